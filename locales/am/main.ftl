## Reach — አማርኛ (Amharic)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = አማርኛ
# The language's name in English, for the language search.
-locale-english = Amharic
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ማስያ
quick-exit = በፍጥነት ይውጡ
quick-exit-hint = ይህን መተግበሪያ ወዲያውኑ ይደብቃል
back = ይመለሱ
next = ቀጣይ
skip = ይህን ይዝለሉ
save = ያስቀምጡ
cancel = ይቅር
close = ይዝጉ
done = ተጠናቋል
optional = የግድ አይደለም
step-of = ደረጃ { $current } ከ { $total }
saved-locked = በዚህ ስልክ ላይ ተቀምጧል፣ ተቆልፏል

## Calculator (the app's disguise)

calc-label = ማስያ
calc-display-label = ውጤት
calc-clear = C
calc-equals = =
calc-error = ስህተት

## First use: a private PIN

setup-title = ይህን መተግበሪያ ሚስጥራዊ ያድርጉ
setup-intro = ሚስጥራዊ ቁጥር (ፒን) ይምረጡ። ይህን ማወቅ ያለብዎት እርስዎ ብቻ ነዎት።
setup-how = በኋላ ይህን መተግበሪያ ለመክፈት፣ ፒንዎን በማስያው ላይ ይጻፉ፣ ከዚያ = ይጫኑ።
setup-pin-label = የእርስዎ ፒን (ከ6 እስከ 12 ቁጥሮች)
setup-pin-repeat-label = ፒንዎን እንደገና ይጻፉ
setup-duress-title = የአደጋ ጊዜ ፒን (ይህን መዝለል ይችላሉ)
setup-duress-intro = አንድ ሰው ይህን መተግበሪያ እንዲከፍቱ ቢያስገድድዎ፣ በምትኩ ይህን ሌላ ፒን ይጻፉ። መተግበሪያው ባዶ ሆኖ ይታያል፤ በውስጡ ያለው ሁሉ ምንም ምልክት ሳይቀር ይሰረዛል።
setup-duress-label = የአደጋ ጊዜ ፒን
setup-submit = ፒኑን ያስቀምጡ
setup-mismatch = ሁለቱ ፒኖች አንድ አይደሉም። እባክዎ እንደገና ይሞክሩ።

## Language

lang-title = ቋንቋዎን ይምረጡ
lang-intro = በኋላ በቅንብሮች ውስጥ መቀየር ይችላሉ።
lang-search-label = ቋንቋዎን ይፈልጉ
lang-search-hint = የቋንቋዎን ስም በማንኛውም ቋንቋ ይተይቡ
lang-search-none = ከዚህ ጋር የሚመሳሰል ቋንቋ የለም። ያነሱ ፊደሎችን ይሞክሩ።
lang-yours = በዚህ ስልክ ላይ ያሉ ቋንቋዎች
lang-all = ሁሉም ቋንቋዎች
lang-load-failed = ይህ ቋንቋ ሊከፈት አልቻለም፤ ስለዚህ መተግበሪያው በእንግሊዝኛ ይታያል።

## Age (asked early, optional: under 18 switches to the child's path)

age-title = ዕድሜዎ ስንት ነው?
age-intro = ይህን መዝለል ይችላሉ። ዕድሜዎ ከ18 በታች ከሆነ፣ መተግበሪያው ቀላል ቃላትን ይጠቀማል፤ ለልጆች የሚሆን እርዳታም ያሳያል።
age-under_18 = ከ18 በታች
age-18_to_25 = ከ18 እስከ 25
age-26_to_59 = ከ26 እስከ 59
age-60_plus = 60 ወይም ከዚያ በላይ

## Danger check and emergency numbers

danger-title = አሁን አደጋ ላይ ነዎት?
danger-yes = አዎ፣ አሁን አደጋ ላይ ነኝ
danger-no = አይ፣ አሁን አይደለም
emergency-title = የአደጋ ጊዜ ቁጥሮች
emergency-intro = እነዚህን ቁጥሮች ያለ ኢንተርኔት መደወል ይችላሉ።
emergency-country-label = ሀገርዎ
emergency-police = ፖሊስ እና የአደጋ ጊዜ አገልግሎት
emergency-hotline = በሕገወጥ የሰዎች ዝውውር ለተጎዱ ወይም በግዳጅ እንዲሠሩ ለተደረጉ ሰዎች እርዳታ
emergency-children = ለልጆች እና ለወጣቶች እርዳታ
emergency-call = ወደ { $number } ይደውሉ
emergency-source = ምንጭ፦ { $source }
emergency-checked = የተረጋገጠበት ቀን፦ { $date }
emergency-not-checked = ገና እንደገና አልተረጋገጠም። ቁጥሩ ካልሠራ፣ ወደ አደጋ ጊዜ ቁጥር ይደውሉ።
emergency-call-trace = ጥሪዎች እና የጽሑፍ መልዕክቶች በስልክዎ ዝርዝሮች ውስጥ ይቀራሉ። አንድ ሰው ስልክዎን የሚፈትሽ ከሆነ፣ ከዚያ በኋላ ሊሰርዟቸው ይችላሉ።
emergency-none = ለዚህ ሀገር እስካሁን ቁጥሮች የሉንም። አደጋ ላይ ከሆኑ፣ ወደ አካባቢው የአደጋ ጊዜ ቁጥር ይደውሉ።
emergency-continue = ይቀጥሉ እና እርዳታ ይጠይቁ

## What help is needed

needs-title = ምን ዓይነት እርዳታ ያስፈልግዎታል?
needs-intro = የሚስማሙዎትን ሁሉ ይምረጡ። ይህን መዝለል ይችላሉ።
need-safety_now = አሁኑኑ ደህና መሆን
need-shelter = ደህንነቱ የተጠበቀ የመኖሪያ ቦታ
need-medical = ሐኪም ወይም መድኃኒት
need-legal_immigration = በሰነዶች፣ በቪዛ ወይም በሕግ ጉዳይ እርዳታ
need-labour_exploitation = በሥራ ቦታ ችግር ወይም ደሞዝ አለመከፈል
need-sexual_exploitation = ለወሲብ መገደድ
need-child_at_risk = አንድ ልጅ አደጋ ላይ ነው
need-money_debt = ገንዘብ ወይም ዕዳ
need-going_home = ወደ ቤት መመለስ ወይም ቤተሰብ ማግኘት
need-interpreter = ቋንቋዬን የሚናገር ሰው
need-other = ሌላ ነገር
urgency-title = እርዳታ ምን ያህል በፍጥነት ያስፈልግዎታል?
urgency-now = አሁን
urgency-today = ዛሬ
urgency-this_week = በዚህ ሳምንት
urgency-not_urgent = ሊቆይ ይችላል
for-whom-title = ይህ የእርዳታ ጥያቄ ለማን ነው?
for-whom-self = ለራሴ
for-whom-someone_else = ለሌላ ሰው
for-whom-assisted_by_outreach = አንድን ሰው የምረዳ የመስክ ሠራተኛ ነኝ

## Safe contact

contact-title = የእርዳታ መስመሩ በደህና እንዴት ሊያገኝዎት ይችላል?
contact-intro = ቢያንስ አንድ መንገድ ይምረጡ። ለእርስዎ ደህና የሆኑ መንገዶችን ብቻ ይምረጡ።
contact-call = የስልክ ጥሪ
contact-sms = የጽሑፍ መልዕክት (SMS)
contact-messaging_app = የመልዕክት መተግበሪያ
contact-email = ኢሜይል
contact-in_person_via_outreach = በአካል፣ በመስክ ሠራተኛ በኩል
contact-check_back_in_app = መልሱን በዚህ መተግበሪያ ውስጥ አያለሁ
contact-phone-label = ስልክ ቁጥር፣ ከሀገር ኮድ ጋር (ለምሳሌ +251…)
contact-app-label = የትኛው መተግበሪያ? (ለምሳሌ WhatsApp፣ Signal)
contact-handle-label = በዚያ መተግበሪያ ላይ ያለዎት ስም ወይም ቁጥር
contact-email-label = የኢሜይል አድራሻ
times-title = እርስዎን ማግኘት ደህና የሚሆነው መቼ ነው?
times-intro = ይህን መዝለል ይችላሉ። ከዘለሉት፣ የእርዳታ መስመሩ የበለጠ ይጠነቀቃል።
times-add = ደህና ሰዓት ያክሉ
times-remove = ይህን ሰዓት ያስወግዱ
times-from = ከስንት ሰዓት
times-to = እስከ ስንት ሰዓት
times-days = ቀናት
times-any-day = ማንኛውም ቀን
times-zone = የሰዓት ሰቅ
weekday-mon = ሰኞ
weekday-tue = ማክሰኞ
weekday-wed = ረቡዕ
weekday-thu = ሐሙስ
weekday-fri = ዓርብ
weekday-sat = ቅዳሜ
weekday-sun = እሑድ
voicemail-title = የእርዳታ መስመሩ የድምፅ መልዕክት መተው ይችላል?
voicemail-yes = አዎ፣ የድምፅ መልዕክት ደህና ነው
voicemail-no = አይ፣ የድምፅ መልዕክት በፍጹም መተው የለበትም
voicemail-unsaid = ስልኩን ካላነሱ፣ የእርዳታ መስመሩ የድምፅ መልዕክት አይተውም።
code-word-label = የሚስጥር ቃል
code-word-hint = የእርዳታ መስመሩ ይህን ቃል ይናገራል፤ በዚህም በእርግጥ እነሱ መሆናቸውን ያውቃሉ።
someone-else-title = ሌላ ሰው ስልኩን ካነሳ፣ የእርዳታ መስመሩ ምን ያድርግ?
someone-else-hang_up = ስልኩን መዝጋት
someone-else-say_wrong_number = የተሳሳተ ቁጥር ነው ማለት
someone-else-ask_for_code_word = የሚስጥር ቃሉን መጠየቅ
someone-else-other = ሌላ ነገር
someone-else-other-label = ምን ማድረግ አለባቸው?
responder-title = ከማን ጋር መነጋገር ይፈልጋሉ?
responder-woman = ከሴት
responder-man = ከወንድ
responder-any_gender = ማንም ቢሆን ችግር የለውም
responder-language-label = መልስ እንዲሰጥዎት የሚፈልጉበት ቋንቋ

## More (all optional)

more-title = ስለ እርስዎ ትንሽ ተጨማሪ
more-intro = ይህ ሁሉ የግድ አይደለም።
place-label = የት ነዎት? የከተማ ወይም የአካባቢ ስም በቂ ነው።
place-hint = ማጋራት የሚፈልጉትን ብቻ ያጋሩ። ይህ መተግበሪያ ያሉበትን ቦታ በፍጹም አይጠቀምም።
message-label = መልዕክትዎ
message-hint = በማንኛውም ቋንቋ መጻፍ ይችላሉ።
message-left =
    { $count ->
        [one] { $count } ፊደል ቀርቷል
       *[other] { $count } ፊደሎች ቀርተዋል
    }

## Consent

consent-title = ጥያቄዎን ማን ሊያይ ይችላል?
consent-intro = እርስዎ ይወስናሉ። በጣም ሚስጥራዊው ምርጫ አስቀድሞ ተመርጧል።
consent-hotline_only = የእርዳታ መስመሩ ብቻ
consent-hotline_only-desc = የሚያነበው የእርዳታ መስመሩ ቡድን ብቻ ነው። ለሌላ ሰው አያጋሩትም።
consent-may_refer_to_services = የእርዳታ መስመሩ እና ሊረዱ የሚችሉ አገልግሎቶች
consent-may_refer_to_services-desc = እርስዎን ለመርዳት፣ የእርዳታ መስመሩ ይህን ለመጠለያዎች፣ ለሐኪሞች ወይም ለጠበቆች ሊያጋራ ይችላል።
consent-may_involve_police = የእርዳታ መስመሩ፣ አገልግሎቶች እና ፖሊስ
consent-may_involve_police-desc = የእርዳታ መስመሩ ለፖሊስም ሊናገር ይችላል።
consent-child-note = ዕድሜዎ ከ18 በታች ስለሆነ፣ ደህንነትዎን ለመጠበቅ የእርዳታ መስመሩ ልጆችን መጠበቅ ሥራቸው ለሆኑ ሰዎች መንገር ሊኖርበት ይችላል።

## Review and send

review-title = የእርዳታ ጥያቄዎን ይፈትሹ
review-intro = ጥያቄዎ ይቆለፋል፤ ሊከፍተው የሚችለው የእርዳታ መስመሩ ብቻ ነው። ከላኩት በኋላ በዚህ ስልክ ላይ ማንም ሊያነበው አይችልም፤ እርስዎም ቢሆኑ።
review-not-answered = አልተመለሰም
review-change = ይቀይሩ
review-needs = የሚያስፈልገው እርዳታ
review-contact = እርስዎን እንዴት ማግኘት እንደሚቻል
review-times = ደህና ሰዓቶች
review-more = ስለ እርስዎ ተጨማሪ
review-consent = ማን ሊያየው ይችላል
submit = ቆልፈው ወደ እርዳታ መስመሩ ይላኩ
submit-working = ጥያቄዎ እየተቆለፈ ነው…
submit-done = ጥያቄዎ በዚህ ስልክ ላይ ተቆልፏል። ኢንተርኔት ሲኖር ይላካል።

## Status

status-title = የእርዳታ ጥያቄዎችዎ
status-intro = እዚህ እያንዳንዱ ጥያቄ የት እንደደረሰ ማየት ይችላሉ።
status-empty = እስካሁን ምንም ጥያቄ የለም።
status-saved = በዚህ ስልክ ላይ ተቀምጧል፣ ተቆልፏል። ኢንተርኔት ሲኖር ይላካል።
status-sending = አሁን እየተላከ ነው…
status-received = የእርዳታ መስመሩ ደርሶታል። የእርዳታ መስመሩን ደረሰኝ አረጋግጠናል።
status-needs_attention = ይህ ጥያቄ የእርስዎን ትኩረት ይፈልጋል።
status-attempts =
    { $count ->
        [one] { $count } ጊዜ ተሞክሯል
       *[other] { $count } ጊዜ ተሞክሯል
    }
status-hotline-received = በእርዳታ መስመሩ ያለ ሰው እስኪያነበው እየተጠበቀ ነው።
status-hotline-in_review = በእርዳታ መስመሩ ያለ ሰው እያነበበው ነው።
status-hotline-answered = የእርዳታ መስመሩ እርምጃ ወስዶበታል።
status-hotline-closed = የእርዳታ መስመሩ ዘግቶታል።
status-hotline-contact_planned = በእርዳታ መስመሩ ያለ ሰው እርስዎን በደህና እንዴት እንደሚያገኝ እያቀደ ነው።
status-hotline-needs_interpreter = የእርዳታ መስመሩ ቋንቋዎን የሚናገር ሰው እየፈለገ ነው።
status-hotline-referred = የእርዳታ መስመሩ አንድ አጋር ድርጅት እንዲረዳዎት ጠይቋል።
status-hotline-unknown = የእርዳታ መስመሩ ስለዚህ ጥያቄ አዲስ መረጃ አለው። ተጨማሪ ለማየት፣ ደህና ሲሆን መተግበሪያውን ያዘምኑ።
status-replies = ከእርዳታ መስመሩ የመጡ መልዕክቶች
status-reply-note = የእርዳታ መስመሩ ይህንም ጽፏል (ምናልባት በቋንቋዎ ላይሆን ይችላል)፦
status-reply-unreadable = አንድ መልዕክት ደርሷል፤ ይህ መተግበሪያ ሊያረጋግጠው ስላልቻለ አይታይም።
status-offline = አሁን ኢንተርኔት የለም። ጥያቄዎችዎ በዚህ ስልክ ላይ ደህና ናቸው።
status-send-now = አሁን ይላኩ
status-retry = እንደገና ይሞክሩ
status-check = ከእርዳታ መስመሩ አዲስ መረጃ ይጠይቁ
status-new = አዲስ ጥያቄ ይጀምሩ

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = ጥያቄዎን አንብበናል። በመረጡት መንገድ እናገኝዎታለን።
reply-call_planned = { $day } ከ{ $from } እስከ { $to } ባለው ጊዜ ውስጥ (እርስዎ ባሉበት ቦታ ሰዓት) እንደውልልዎታለን።
reply-message_planned = { $day } ከ{ $from } እስከ { $to } ባለው ጊዜ ውስጥ (እርስዎ ባሉበት ቦታ ሰዓት) መልዕክት እንልክልዎታለን።
reply-interpreter = ቋንቋዎን የሚናገር አስተርጓሚ እየፈለግን ነው። በቅርቡ እናገኝዎታለን።
reply-referred = በአቅራቢያዎ ያለ አጋር ድርጅት እንዲረዳዎት ጠይቀናል። ድርጅቱ በመረጡት መንገድ ያገኝዎታል።
reply-call_us = እባክዎ ለእርስዎ ደህና ሲሆን ይደውሉልን። ሰዓቱን እርስዎ ይመርጣሉ።
reply-danger = አሁን አደጋ ላይ ከሆኑ፣ ወደ አደጋ ጊዜ ቁጥር ይደውሉ። ቁጥሩን በዚህ መተግበሪያ ውስጥ ማግኘት ይችላሉ።
reply-closed = ጥያቄዎን ዘግተናል። በማንኛውም ጊዜ አዲስ ጥያቄ መላክ ይችላሉ።
reply-unknown = የእርዳታ መስመሩ አንድ መልዕክት ልኳል፤ ይህ የመተግበሪያው ስሪት ሊያሳየው አይችልም። እባክዎ ደህና ሲሆን መተግበሪያውን ያዘምኑ።

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = ጥያቄዎ ተዘግቷል። እርዳታው እንዴት እንደነበረ ይነግሩናል? ሦስት አጭር ጥያቄዎች ናቸው። መዝለል ይችላሉ።
feedback-private = መልሶችዎ ያለ ጥያቄዎ እና ያለ ስምዎ ይላካሉ። የእርዳታ መስመሩ የሚያየው ድምሮችን ብቻ ነው።
feedback-start = መልስ
feedback-skip = አይ፣ አመሰግናለሁ
feedback-send = መልሶቹን ላክ
feedback-q-helped = የሚያስፈልግዎትን እርዳታ አግኝተዋል?
feedback-q-safe = ስናገኝዎ ደህንነት ተሰምቶዎታል?
feedback-q-recommend = ስለ እኛ ለጓደኛ ይነግራሉ?
feedback-a-yes = አዎ
feedback-a-partly = በከፊል
feedback-a-no = አይ
feedback-thanks = እናመሰግናለን። መልሶችዎ ይላካሉ።
feedback-declined = እሺ። ዳግመኛ አንጠይቅም።
feedback-failed = አልተሳካም። እባክዎ እንደገና ይሞክሩ።
problem-unknown_key = ይህ ጥያቄ ከመላኩ በፊት መተግበሪያው መዘመን አለበት።
problem-conflict = የእርዳታ መስመሩ በተመሳሳይ ቁጥር የተለየ ጥያቄ አለው። እባክዎ የእርዳታ መስመሩን በሌላ መንገድ ያግኙ።
problem-malformed = የእርዳታ መስመሩ ይህን ጥያቄ ማንበብ አልቻለም። እባክዎ አዲስ ጥያቄ ይጀምሩ።
problem-too_large = ይህ ጥያቄ በጣም ረጅም ነው። እባክዎ በአጭር መልዕክት አዲስ ጥያቄ ይጀምሩ።
problem-unsupported_media_type = ይህ ጥያቄ ከመላኩ በፊት መተግበሪያው መዘመን አለበት።
problem-other = ኔትወርኩ ወይም የእርዳታ መስመሩ ይህን ጥያቄ አልተቀበለም። እንደገና መሞከር ወይም ሌላ ኔትወርክ መሞከር ይችላሉ።

## Several people on one device (outreach)

drafts-title = ገና ያልተላኩ ጥያቄዎች
drafts-continue = ይቀጥሉ
drafts-delete = ይሰርዙ
drafts-none = የሚጠብቅ ምንም ነገር የለም።
review-reference = ይህ ሰው ይህን ስልክ ይዞ አይሄድም፦ ኮድ ይስጡት
review-reference-hint = በኮዱ፣ ይህ መተግበሪያ ባለበት በማንኛውም ስልክ የእርዳታ መስመሩን መልሶች ማንበብ ይችላል። ይህ ስልክ የሚያሳየው የእርዳታ መስመሩ ጥያቄውን መቀበሉን ወይም አለመቀበሉን ብቻ ነው።
assisted-organisation-label = የእርስዎ ድርጅት (እርስዎ፣ የመስክ ሠራተኛው)
assisted-hint = የእርዳታ መስመሩ ይህን ሰው እንደረዱት እና ከማን ጋር እንደሚሠሩ ያያል።
assisted-channel-label = የእርዳታ መስመሩ እርስዎን እንዴት ሊያገኝዎት ይችላል (አማራጭ)
reference-title = የሰውየው ኮድ
reference-intro = እነዚህን ቃላት ለሰውየው ይስጡ። በእነሱ፣ ይህ መተግበሪያ ባለበት በማንኛውም ስልክ የእርዳታ መስመሩን መልሶች ማንበብ ይችላል። ይህ ስልክ የትም አይጽፋቸውም፤ ሰውየው ከወሰዳቸው በኋላም ይረሳቸዋል።
reference-for-person = እነዚህ ቃላት የእርስዎ ናቸው። በእነሱ የእርዳታ መስመሩን መልሶች ማንበብ ይችላሉ። ይህ መተግበሪያ ባለበት በማንኛውም ስልክ ላይ «{ $requests }» የሚለውን፣ ቀጥሎም «{ $check }» የሚለውን ይክፈቱ፤ ከዚያ ቃላቱን ወይም ቁጥሮቹን ይጻፉ። በጥንቃቄ ያስቀምጧቸው፦ እነሱን ያገኘ ማንኛውም ሰው መልሶቹን ማንበብ ይችላል።
reference-words = ቃላቱ
reference-digits = ያው ኮድ በቁጥር
reference-request = ጥያቄ { $number }
reference-done = ሰውየው ኮዱን ወስዷል
reference-again = ኮዱ እየታየ ሳለ መተግበሪያው ተቆልፎ ነበር። ይኸው እንደገና፦ አሁን ለሰውየው ይስጡት።
status-check-reference = ኮድ ያረጋግጡ
check-reference-title = ኮድ ያረጋግጡ
check-reference-intro = የተሰጥዎትን ቃላት ወይም ቁጥሮች ይጻፉ። ይህ ስልክ እነሱንም ሆነ መልሶቹን አያስቀምጥም።
check-reference-no-hotline = ይህ መተግበሪያ ገና ከእርዳታ መስመር ጋር አልተገናኘም፤ ስለዚህ እዚህ ኮድ ማረጋገጥ አይችልም። እባክዎ ይህ መተግበሪያ ባለበት ሌላ ስልክ ላይ ይሞክሩ።
check-reference-label = ቃላት ወይም ቁጥሮች
check-reference-submit = ያረጋግጡ
check-reference-working = እየተረጋገጠ ነው። ጥቂት ሰከንዶች ሊወስድ ይችላል…
check-reference-no-replies = ከእርዳታ መስመሩ እስካሁን ምንም መልዕክት የለም።
check-reference-show-in = በ{ $language } ያሳዩ
worker-title = የመስክ ሥራ
worker-working-as = የሚሠሩት፦ { $organisation }
worker-intro = የሚረዱት እያንዳንዱ ሰው በራሱ ቋንቋ ይመልሳል። መልሶቹ ታሽገው ከዚህ ስልክ ይወጣሉ፣ ሰውየውም ኮድ ይዞ ይሄዳል። እዚህ የሚቀረው የእያንዳንዱ ጥያቄ ቁጥርና ሁኔታ ብቻ ነው።
worker-new-person = አዲስ ሰው ይርዱ
handover-title = ለእርስዎ ብቻ የሆኑ ጥያቄዎች
handover-worker = አሁን ስልኩን ለሰውየው ይስጡ። ቀጣዮቹን ጥያቄዎች ብቻውን ይመልሳል፤ እርስዎ መልሶቹን አያዩም።
handover-person = ቀጣዮቹ ጥያቄዎች ለእርስዎ ብቻ ናቸው። የሚረዳዎት ሰው መልሶችዎን አያይም።
handover-start = ጀምር
giveback-title = እናመሰግናለን
giveback-intro = መልሶችዎ ታሽገዋል። የሚረዳዎት ሰው ሊያያቸው አይችልም። አሁን ስልኩን መልሰው ይስጡ።
giveback-button = ስልኩን መልሰው ይስጡ
review-private = ይህን ሰውየው ብቻውን መልሷል። አይታይም።
review-assisted-as = የእርዳታ መስመሩ እርስዎ እንደረዱ ያያል፣ እንደዚህ፦ { $organisation }
review-later = አሁን አይደለም፦ በ«ገና ያልተላኩ ጥያቄዎች» ውስጥ ያቆዩት
review-hand-again = ስልኩን እንደገና ለሰውየው ይስጡ
review-hand-again-hint = ሰውየው ብቻውን የመለሰውን መቀየር ከፈለገ፣ ወይም እዚያ አንድ ነገር መታረም ካለበት ይህን ይጫኑ። «ማን ሊያየው ይችላል» የሚለውን ጥያቄ እንደገና ያያል፤ እንደገናም ይመርጣል።
review-private-fix = ሰውየው ብቻውን ከመለሰው ውስጥ አንድ ነገር መታረም አለበት። ሊያርመው የሚችለው እሱ ብቻ ነው፦ ስልኩን እንደገና ይስጡት።
age-given-back-worker = ዕድሜውን ከ18 በታች ካደረጉት ወይም ከ18 በታች የነበረውን ዕድሜ ከቀየሩ፣ ሰውየው «ማን ሊያየው ይችላል» የሚለውን ጥያቄ እንደገና ማየት አለበት፦ ስልኩን አንድ ጊዜ ደግሞ ይሰጡታል።
age-reopened-worker = የዕድሜው መቀየር ሰውየው «ማን ሊያየው ይችላል» ብሎ የመረጠውን ይነካል። ይቀጥሉ፦ ስልኩን እንደገና ይሰጡታል፤ እሱም እንደገና ይመርጣል።
setup-worker = የመስክ ሠራተኛ ነኝ፦ ሌሎች ሰዎች እርዳታ እንዲጠይቁ እረዳለሁ
setup-worker-hint = የእርዳታ መስመሩ በሚረዱት እያንዳንዱ ጥያቄ ላይ ድርጅትዎን ያያል።
worker-org-needed = የድርጅትዎን ስም ይጻፉ፣ ወይም የመስክ ሠራተኛ ሁነታን ያጥፉ።
settings-worker-title = የመስክ ሠራተኛ ሁነታ
settings-worker-intro = ሌሎች ሰዎች ከዚህ ስልክ ጥያቄ እንዲልኩ ይርዱ። መልሶቻቸው ይታሸጋሉ፣ እያንዳንዱ ሰውም ኮድ ይዞ ይሄዳል።
settings-worker-on = አብራ
settings-worker-save = ለውጦችን አስቀምጥ
settings-worker-off = አጥፋ
settings-worker-saved = ተጠናቋል። የመስክ ሠራተኛ ሁነታ በርቷል።
settings-worker-removed = ተጠናቋል። የመስክ ሠራተኛ ሁነታ ጠፍቷል።

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = በድምፅ ያዳምጡ፦ { $text }
speak-stop = ማንበቡን ያቁሙ
speak-no-voice = በዚህ ስልክ ላይ ለዚህ ቋንቋ ድምፅ የለም።
speak-unavailable = በድምፅ ማንበብ አሁን በዚህ ስልክ ላይ አይሰራም።
speak-headphones = በአቅራቢያ ያለ ሰው ሊሰማ የሚችል ከሆነ የጆሮ ማዳመጫ ይጠቀሙ።

## Settings

settings-title = ቅንብሮች
settings-language = ቋንቋ
settings-read-aloud = እያንዳንዱ ገጽ ሲከፈት በድምፅ ይነበብ
settings-lock = አሁን ይቆልፉ
settings-less-protected = በዚህ መሣሪያ ላይ ያነሰ ጥበቃ፦ እዚህ ቁልፍ የሚቀመጥበት ደህንነቱ የተጠበቀ ቦታ የለም፤ ስለዚህ የመተግበሪያውን ፋይሎች የሚቀዳ ሰው ፒንዎን ለመገመት ሊሞክር ይችላል። ረዘም ያለ ፒን በተሻለ ይጠብቅዎታል።
settings-duress-title = የአደጋ ጊዜ ፒን
settings-duress-intro = አንድ ሰው መተግበሪያውን እንዲከፍቱ ሲያስገድድዎ የሚጠቀሙበት ሁለተኛ ፒን። ምንም ምልክት ሳይቀር ሁሉንም ይሰርዛል።
settings-current-pin = ፒንዎ
settings-duress-save = የአደጋ ጊዜ ፒኑን ያስቀምጡ
settings-duress-remove = የአደጋ ጊዜ ፒኑን ያስወግዱ
settings-pin-title = ፒንዎን ይቀይሩ
settings-new-pin = አዲስ ፒን (ከ6 እስከ 12 ቁጥሮች)
settings-new-pin-again = አዲሱን ፒን እንደገና ይጻፉ
settings-pin-save = ፒኑን ይቀይሩ
settings-pin-changed = ፒንዎ ተቀይሯል። ከአሁን ጀምሮ አዲሱን ፒን ይጠቀሙ።
settings-duress-saved = ተጠናቋል። የአደጋ ጊዜ ፒንዎ ተቀምጧል።
settings-duress-removed = ተጠናቋል። አሁን የአደጋ ጊዜ ፒን የለም።
pin-wrong-left =
    { $count ->
        [one] ያ ፒን ትክክል አይደለም። የተሳሳተ ፒን ተጨማሪ { $count } ጊዜ ከተጻፈ፣ በዚህ ስልክ ላይ ያለው ሁሉ ይሰረዛል።
       *[other] ያ ፒን ትክክል አይደለም። የተሳሳተ ፒን ተጨማሪ { $count } ጊዜ ከተጻፈ፣ በዚህ ስልክ ላይ ያለው ሁሉ ይሰረዛል።
    }
settings-wipe-title = ሁሉንም ይሰርዙ
settings-wipe-intro = ይህ በዚህ ስልክ ላይ ያሉትን ሁሉንም ጥያቄዎች እና ረቂቆች ይሰርዛል። መልሶ ማምጣት አይቻልም። የእርዳታ መስመሩ አስቀድሞ የተቀበላቸው ጥያቄዎች በእርዳታ መስመሩ ዘንድ ይቆያሉ።
settings-wipe-confirm = አዎ፣ ሁሉንም ይሰርዙ

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = አሁን በአደጋ ላይ ነዎት?
danger-yes-child = አዎ፣ አደጋ ላይ ነኝ
danger-no-child = አይ፣ አሁን ደህና ነኝ
emergency-intro-child = ወደ እነዚህ ቁጥሮች መደወል ይችላሉ። ኢንተርኔት አያስፈልግም።
emergency-call-trace-child = ስልክዎ የጥሪዎች እና የመልዕክቶች ዝርዝር ይይዛል። ሌላ ሰው ያየዋል ብለው ከተጨነቁ፣ በኋላ ሊሰርዟቸው ይችላሉ።
needs-title-child = በምን ልንረዳዎ እንችላለን?
needs-intro-child = ለእርስዎ እውነት የሆነውን ሁሉ ይንኩ። ይህን መዝለል ይችላሉ።
need-legal_immigration-child = በወረቀቶች ወይም በሰነዶች ጉዳይ እርዳታ
need-labour_exploitation-child = አንድ ሰው በግድ ያሠራኛል
need-sexual_exploitation-child = አንድ ሰው የወሲብ ነገሮችን እንዳደርግ ያስገድደኛል
need-money_debt-child = አንድ ሰው ገንዘብ እንዳለብኝ ይናገራል
need-going_home-child = ወደ ቤት መሄድ ወይም ቤተሰቤን ማግኘት እፈልጋለሁ
need-child_at_risk-child = ሌላ ልጅ አደጋ ላይ ነው
urgency-title-child = እርዳታ መቼ ያስፈልግዎታል?
for-whom-title-child = እርዳታ የሚያስፈልገው ማን ነው?
for-whom-self-child = እኔ
contact-title-child = በደህና እንዴት ልናናግርዎ እንችላለን?
contact-intro-child = ለእርስዎ ደህና የሆነ መንገድ ይምረጡ። ሌላ ሰው ሊያየው አይገባም።
times-title-child = መቼ ብንደውልልዎ ወይም ብንጽፍልዎ ደህና ነው?
times-intro-child = ይህን መዝለል ይችላሉ። ከዘለሉት፣ በጣም እንጠነቀቃለን።
voicemail-title-child = የድምፅ መልዕክት ልንተውልዎ እንችላለን?
someone-else-title-child = ሌላ ሰው ስልኩን ካነሳ፣ ምን እናድርግ?
responder-title-child = ማንን ማናገር ይፈልጋሉ?
more-title-child = ሌላ ነገር አለ?
more-intro-child = መመለስ ግዴታ አይደለም።
place-label-child = የት ነዎት? የከተማ ስም ብቻ በቂ ነው።
message-label-child = ከፈለጉ፣ ምን እየሆነ እንዳለ ይንገሩን
consent-title-child = የጻፉትን ማን ሊያነብ ይችላል?
consent-intro-child = እርስዎ ይምረጡ። በጣም ደህና የሆነው ምርጫ አስቀድሞ ተመርጧል።
consent-hotline_only-desc-child = የሚያነቡት በእርዳታ መስመሩ ያሉ ረዳቶች ብቻ ናቸው። በሚስጥር ይይዙታል።
consent-may_refer_to_services-desc-child = የእርዳታ መስመሩ ልጆችን ለሚጠብቁ ሰዎች ሊነግር ይችላል፤ ለምሳሌ ለሐኪም፣ ደህንነቱ ለተጠበቀ ቤት ወይም ለጠበቃ።
consent-may_involve_police-desc-child = የእርዳታ መስመሩ ለፖሊስም ሊነግር ይችላል፤ የሚጎዱዎትን ሰዎች ፖሊስ እንዲያስቆም።
review-title-child = መልሶችዎን ይመልከቱ
review-intro-child = ይህን ሲልኩት ይቆለፋል። ሊከፍተው የሚችለው የእርዳታ መስመሩ ብቻ ነው። በዚህ ስልክ ላይ ማንም ሊያነበው አይችልም፤ እርስዎም ቢሆኑ።
submit-done-child = መልዕክትዎ በዚህ ስልክ ላይ ተቆልፏል። ኢንተርኔት ሲኖር ይላካል።
handover-title-child = እነዚህ ጥያቄዎች ለእርስዎ ብቻ ናቸው
handover-person-child = ቀጣዮቹን ጥያቄዎች የሚመልሱት እርስዎ ብቻ ነዎት። የሚረዳዎት ሰው የሚሉትን አያይም።
giveback-intro-child = መልሶችዎ ተቆልፈዋል። የሚረዳዎት ሰው ሊያያቸው አይችልም። አሁን ስልኩን ለሚረዳዎት ሰው ይመልሱ።
reference-for-person-child = እነዚህ ቃላት ለእርስዎ ብቻ ናቸው። የእርዳታ መስመሩ የሚጽፍልዎትን መልስ ለማንበብ ይረዱዎታል። ይህ መተግበሪያ ባለበት በማንኛውም ስልክ ላይ «{ $requests }» የሚለውን፣ ቀጥሎም «{ $check }» የሚለውን ይንኩ፤ ከዚያ ቃላቱን ወይም ቁጥሮቹን ይጻፉ። በሚስጥር ይያዟቸው፦ እነሱን ያገኘ ማንኛውም ሰው መልሶቹን ማንበብ ይችላል።

## Errors (codes come from the app's core)

error-wrong_pin = ያ ፒን ትክክል አይደለም።
error-locked = እባክዎ መጀመሪያ መተግበሪያውን በፒንዎ ይክፈቱ።
error-no_hotline = ይህ መተግበሪያ ገና ከእርዳታ መስመር ጋር አልተገናኘም። ረቂቅዎ ተቀምጧል።
error-invalid = አንዳንድ መልሶች መቀየር አለባቸው። እባክዎ ምልክት የተደረገባቸውን ጥያቄዎች ይመልከቱ።
error-pin_too_short = ፒን ከ6 እስከ 12 ቁጥሮች አሉት።
error-duress_same_as_pin = የአደጋ ጊዜ ፒኑ ከፒንዎ የተለየ መሆን አለበት።
error-worker_drafts_open = የሚረዷቸው ሰዎች ጥያቄዎች ገና ሳይላኩ የመስክ ሠራተኛ ሁነታ በርቶ ይቆያል። እባክዎ ይላኳቸው፣ ወይም በ«ገና ያልተላኩ ጥያቄዎች» ውስጥ ይሰርዟቸው፤ ከዚያ በኋላ ሁነታውን ያጥፉ።
error-already_set_up = ይህ መተግበሪያ አስቀድሞ ተዘጋጅቷል።
error-not_found = ይህ አልተገኘም። ተሰርዞ ሊሆን ይችላል።
error-internal = የሆነ ችግር ተፈጥሯል። ያስቀመጧቸው ጥያቄዎች ደህና ናቸው። እባክዎ እንደገና ይሞክሩ።
error-not_set_up = ይህ መተግበሪያ ገና አልተዘጋጀም። እባክዎ መጀመሪያ ፒን ይምረጡ።
error-busy = መተግበሪያው አሁን እየላከ ነው። እባክዎ ትንሽ ቆይተው እንደገና ይሞክሩ።
error-status_unavailable = አሁን የእርዳታ መስመሩን መጠየቅ አልተቻለም። ጥያቄዎ ደህና ነው። እባክዎ ቆይተው እንደገና ይሞክሩ።
error-malformed = አንዳንድ መልሶች ሊነበቡ አልቻሉም። እባክዎ ይፈትሿቸውና እንደገና ይሞክሩ።
error-too_large = ይህ ለመላክ በጣም ረጅም ነው። እባክዎ መልዕክትዎን ያሳጥሩ።
error-unsupported_version = ይህ መተግበሪያ መዘመን አለበት።
error-profile = በዚህ መተግበሪያ ውስጥ ያለው የእርዳታ መስመር መረጃ ትክክል አይደለም። ረቂቅዎ ተቀምጧል። እባክዎ የተዘመነ መተግበሪያ ያግኙ።
error-sync_client = መተግበሪያው አሁን በደህና መገናኘት አልቻለም። ጥያቄዎ ተቀምጧል፣ በኋላ ይላካል።
error-already_exists = ይህ አስቀድሞ ተቀምጧል።
error-empty_pin = እባክዎ ፒንዎን ያስገቡ።
error-invalid_kdf_params = የዚህ መተግበሪያ ቅንብሮች ትክክል አይደሉም። እባክዎ የተዘመነ መተግበሪያ ያግኙ።
error-device_secret_unavailable = መተግበሪያው የዚህን ስልክ ደህንነቱ የተጠበቀ ማከማቻ ማግኘት አልቻለም። እባክዎ ስልኩን አጥፍተው ያብሩና እንደገና ይሞክሩ።
error-envelope = ጥያቄዎ ለእርዳታ መስመሩ ሊቆለፍ አልቻለም። አሁንም እንደ ረቂቅ ተቀምጧል።
error-receipt_mismatch = የእርዳታ መስመሩን መልስ ማረጋገጥ አልተቻለም። ጥያቄዎ እንደገና ይላካል።
error-corrupt = የመተግበሪያው የተቀመጠ መረጃ ተበላሽቷል። ሊከፈት አይችልም።
error-io = ስልኩ ይህን ማስቀመጥ አልቻለም። ምናልባት ሞልቶ ሊሆን ይችላል። እባክዎ ትንሽ ቦታ ያስለቅቁና እንደገና ይሞክሩ።
error-database = መተግበሪያው መረጃውን ማንበብ ወይም ማስቀመጥ አልቻለም። ያስቀመጧቸው ጥያቄዎች ደህና ናቸው። እባክዎ እንደገና ይሞክሩ።
error-pin_too_long = ፒን ከ6 እስከ 12 ቁጥሮች አሉት።
error-pin_not_digits = ፒን ቁጥሮች ብቻ ነው ያሉት።
error-reference_word_count = ኮዱ 9 ቃላት አሉት። እባክዎ ሁሉንም መጻፍዎን ያረጋግጡ።
error-reference_unknown_word = ከቃላቱ አንዱ ትክክል አይደለም። እባክዎ አጻጻፉን ያረጋግጡ።
check-reference-wrong-word = ቃል ቁጥር { $number } ትክክል አይደለም። እባክዎ አጻጻፉን ያረጋግጡ።
error-reference_digits = ኮዱ 22 ቁጥሮች አሉት። እባክዎ ሁሉንም መጻፍዎን ያረጋግጡ።
error-reference_check = አንድ ቃል ወይም ቁጥር ትክክል አይደለም። እባክዎ እያንዳንዱን አረጋግጠው እንደገና ይሞክሩ።
error-reference_not_found = የእርዳታ መስመሩ በዚህ ኮድ እስካሁን ምንም ጥያቄ የለውም። ጥያቄው ኢንተርኔት ከሌለው ስልክ ከተላከ፣ ያ ስልክ እንደገና ኢንተርኔት ሲያገኝ ይደርሳል። እባክዎ ቆይተው እንደገና ይሞክሩ። አሁንም ካልተገኘ፣ እባክዎ እያንዳንዱን ቃል ወይም ቁጥር ያረጋግጡ።
field-error-empty = እባክዎ ይህን ይሙሉ፣ ወይም ጥያቄውን ይዝለሉ።
field-error-not_trimmed = እባክዎ በመጀመሪያው ወይም በመጨረሻው ያለውን ባዶ ቦታ ያስወግዱ።
field-error-too_long = ይህ በጣም ረጅም ነው። ቢበዛ { $max } ፊደሎች።
field-error-too_many_bytes = ይህ በጣም ረጅም ነው።
field-error-too_many = በጣም ብዙ ነው። ቢበዛ { $max }።
field-error-duplicate = ይህ በዝርዝሩ ውስጥ ሁለት ጊዜ አለ።
field-error-control_characters = ይህ ጽሑፍ መጠቀም የማይቻሉ ምልክቶች አሉት።
field-error-invalid_phone = ይህ ስልክ ቁጥር ትክክል አይመስልም። በ+ እና በሀገር ኮድ ይጀምሩ።
field-error-invalid_region = ይህ ሀገር አይታወቅም።
field-error-invalid_email = ይህ የኢሜይል አድራሻ ትክክል አይመስልም።
field-error-invalid_language = ይህ ቋንቋ አይታወቅም።
field-error-invalid_time_zone = ይህ የሰዓት ሰቅ አይታወቅም።
field-error-invalid_time = እባክዎ የተለያዩ የመጀመሪያ እና የመጨረሻ ሰዓቶችን ይምረጡ።
field-error-no_contact_method = እባክዎ እርስዎን የምናገኝበት ቢያንስ አንድ መንገድ ይምረጡ። "መልሱን በዚህ መተግበሪያ ውስጥ አያለሁ" በቂ ነው።
field-error-unsupported_version = ይህ መተግበሪያ መዘመን አለበት።
