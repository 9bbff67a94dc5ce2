## Reach — ትግርኛ (Tigrinya)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = ትግርኛ
# The language's name in English, for the language search.
-locale-english = Tigrinya
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ካልኩሌተር
quick-exit = ቀልጢፍኩም ውጹ
quick-exit-hint = ነዚ ኣፕ ብቕጽበት ይሕብኦ
back = ተመለሱ
next = ቀጽሉ
skip = ነዚ ሕለፍዎ
save = ዓቅቡ
cancel = ሰርዙ
close = ዕጸዉ
done = ተወዲኡ
optional = ግዴታ ኣይኮነን
step-of = ስጉምቲ { $current } ካብ { $total }
saved-locked = ኣብዚ ተሌፎን ተዓቂቡን ተዓጽዩን ኣሎ

## Calculator (the app's disguise)

calc-label = ካልኩሌተር
calc-display-label = ውጽኢት
calc-clear = C
calc-equals = =
calc-error = ጌጋ

## First use: a private PIN

setup-title = ነዚ ኣፕ ምስጢራዊ ግበርዎ
setup-intro = ምስጢራዊ ቁጽሪ (ፒን) ምረጹ። ክፈልጦ ዘለዎ ንስኹም ጥራይ ኢኹም።
setup-how = ጸኒሕኩም ነዚ ኣፕ ንምኽፋት፣ ፒንኩም ኣብቲ ካልኩሌተር ጽሓፉ፣ ድሕሪኡ = ጠውቑ።
setup-pin-label = ፒንኩም (ካብ 6 ክሳብ 12 ቁጽርታት)
setup-pin-repeat-label = ፒንኩም ደጊምኩም ጽሓፉ
setup-duress-title = ፒን ህጹጽ እዋን (ክትሓልፍዎ ትኽእሉ ኢኹም)
setup-duress-intro = ሰብ ነዚ ኣፕ ክትከፍትዎ እንተ ኣገዲዱኩም፣ ኣብ ክንድኡ ነዚ ካልእ ፒን ጽሓፉ። እቲ ኣፕ ባዶ ኮይኑ ክረአ እዩ፣ ኣብኡ ዘሎ ኩሉ ድማ ብዘይ ዝኾነ ምልክት ክድምሰስ እዩ።
setup-duress-label = ፒን ህጹጽ እዋን
setup-submit = ፒነይ ዓቅቡ
setup-mismatch = እቶም ክልተ ፒን ሓደ ኣይኮኑን። በጃኹም ደጊምኩም ፈትኑ።

## Language

lang-title = ቋንቋኹም ምረጹ
lang-intro = ጸኒሕኩም ኣብ ምድላዋት ክትቕይርዎ ትኽእሉ ኢኹም።
lang-search-label = ቋንቋኹም ድለዩ
lang-search-hint = ስም ቋንቋኹም ጽሓፉ፣ ብዝኾነ ቋንቋ
lang-search-none = ምስዚ ዝሰማማዕ ቋንቋ የለን። ውሑዳት ፊደላት ፈትኑ።
lang-yours = ኣብዚ ተሌፎን ዘለዉ ቋንቋታት
lang-all = ኩሎም ቋንቋታት
lang-load-failed = እዚ ቋንቋ ክኽፈት ኣይከኣለን፣ ስለዚ እቲ ኣፕ ብእንግሊዝኛ ይረአ ኣሎ።

## Age (asked early, optional: under 18 switches to the child's path)

age-title = ዕድመኹም ክንደይ እዩ?
age-intro = ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም። ትሕቲ 18 ዓመት እንተኾንኩም፣ እቲ ኣፕ ቀለልቲ ቃላት ይጥቀም፣ ንቆልዑ ዝኸውን ሓገዝ ድማ የርኢ።
age-under_18 = ትሕቲ 18
age-18_to_25 = ካብ 18 ክሳብ 25
age-26_to_59 = ካብ 26 ክሳብ 59
age-60_plus = 60 ወይ ልዕሊኡ

## Danger check and emergency numbers

danger-title = ሕጂ ኣብ ሓደጋ ዲኹም ዘለኹም?
danger-yes = እወ፣ ሕጂ ኣብ ሓደጋ እየ ዘለኹ
danger-no = ኣይፋል፣ ሕጂ ኣይኮንኩን
emergency-title = ቁጽርታት ህጹጽ ረድኤት
emergency-intro = ነዞም ቁጽርታት ብዘይ ኢንተርነት ክትድውሉሎም ትኽእሉ ኢኹም።
emergency-country-label = ሃገርኩም
emergency-police = ፖሊስን ህጹጽ ረድኤትን
emergency-hotline = ሓገዝ ንዝተሸጡ ወይ ብግዲ ክሰርሑ ዝተገደዱ ሰባት
emergency-children = ሓገዝ ንቆልዑን መንእሰያትን
emergency-call = ናብ { $number } ደውሉ
emergency-source = ምንጪ፦ { $source }
emergency-checked = ዝተረጋገጸሉ፦ { $date }
emergency-not-checked = ገና ደጊሙ ኣይተረጋገጸን። እቲ ቁጽሪ እንተዘይሰሪሑ፣ ናብ ቁጽሪ ህጹጽ ረድኤት ደውሉ።
emergency-call-trace = ደወላትን ጽሑፍ መልእኽትታትን ኣብ ዝርዝራት ተሌፎንኩም ይተርፉ። ሰብ ተሌፎንኩም እንተፈቲሹ፣ ድሕሪኡ ክትድምስስዎም ትኽእሉ ኢኹም።
emergency-none = ነዛ ሃገር ገና ቁጽርታት የብልናን። ኣብ ሓደጋ እንተሃሊኹም፣ ናብ ናይቲ ከባቢ ቁጽሪ ህጹጽ ረድኤት ደውሉ።
emergency-continue = ቀጽሉን ሓገዝ ሕተቱን

## What help is needed

needs-title = እንታይ ሓገዝ የድልየኩም?
needs-intro = ዝሰማምዑኹም ኩሎም ምረጹ። ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም።
need-safety_now = ሕጂ ውሑስ ምዃን
need-shelter = ውሑስ መንበሪ ቦታ
need-medical = ሓኪም ወይ መድሃኒት
need-legal_immigration = ሓገዝ ብዛዕባ ወረቓቕቲ፣ ቪዛ ወይ ሕጊ
need-labour_exploitation = ጸገም ኣብ ስራሕ ወይ ደሞዝ ዘይምኽፋል
need-sexual_exploitation = ንጾታዊ ርክብ ምግዳድ
need-child_at_risk = ሓደ ቆልዓ ኣብ ሓደጋ ኣሎ
need-money_debt = ገንዘብ ወይ ዕዳ
need-going_home = ናብ ገዛ ምምላስ ወይ ስድራ ምርካብ
need-interpreter = ቋንቋይ ዝዛረብ ሰብ
need-other = ካልእ ነገር
urgency-title = ሓገዝ መዓስ የድልየኩም?
urgency-now = ሕጂ
urgency-today = ሎሚ
urgency-this_week = ኣብዚ ሰሙን
urgency-not_urgent = ክጸንሕ ይኽእል እዩ
for-whom-title = እዚ ሕቶ ንመን እዩ?
for-whom-self = ንዓይ
for-whom-someone_else = ንካልእ ሰብ
for-whom-assisted_by_outreach = ኣብ መስክ ዝሰርሕ ሰራሕተኛ ሓገዝ እየ፣ ንሓደ ሰብ እሕግዝ ኣለኹ

## Safe contact

contact-title = መስመር ሓገዝ ብውሑስ መገዲ ብኸመይ ክረኽበኩም ይኽእል?
contact-intro = እንተወሓደ ሓደ መገዲ ምረጹ። ንዓኹም ውሑስ ዝኾኑ መገድታት ጥራይ ምረጹ።
contact-call = ደወል ተሌፎን
contact-sms = ጽሑፍ መልእኽቲ (SMS)
contact-messaging_app = ኣፕ መልእኽቲ
contact-email = ኢመይል
contact-in_person_via_outreach = ብኣካል፣ ብመንገዲ ሰራሕተኛ መስክ
contact-check_back_in_app = መልሲ ኣብዚ ኣፕ ክርኢ እየ
contact-phone-label = ቁጽሪ ተሌፎን፣ ምስ ኮድ ሃገር (ንኣብነት +291…)
contact-app-label = ኣየናይ ኣፕ? (ንኣብነት WhatsApp፣ Signal)
contact-handle-label = ኣብቲ ኣፕ ዘሎ ስምኩም ወይ ቁጽርኹም
contact-email-label = ኣድራሻ ኢመይል
times-title = መዓስ እዩ ንዓኹም ምርካብ ውሑስ?
times-intro = ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም። ሽዑ መስመር ሓገዝ ብዝያዳ ክጥንቀቕ እዩ።
times-add = ውሑስ ሰዓት ወስኹ
times-remove = ነዚ ሰዓት ኣውጽእዎ
times-from = ካብ
times-to = ክሳብ
times-days = መዓልታት
times-any-day = ዝኾነ መዓልቲ
times-zone = ዞባ ሰዓት
weekday-mon = ሰኑይ
weekday-tue = ሰሉስ
weekday-wed = ረቡዕ
weekday-thu = ሓሙስ
weekday-fri = ዓርቢ
weekday-sat = ቀዳም
weekday-sun = ሰንበት
voicemail-title = መስመር ሓገዝ ናይ ድምጺ መልእኽቲ ክገድፍ ይኽእል ድዩ?
voicemail-yes = እወ፣ ናይ ድምጺ መልእኽቲ ውሑስ እዩ
voicemail-no = ኣይፋል፣ ናይ ድምጺ መልእኽቲ ፈጺሙ ኣይትግደፉ
voicemail-unsaid = እንተዘይመሊስኩም፣ መስመር ሓገዝ ናይ ድምጺ መልእኽቲ ኣይገድፍን እዩ።
code-word-label = ምስጢራዊ ቃል
code-word-hint = መስመር ሓገዝ ነዛ ቃል ክብላ እዩ፣ ስለዚ ብሓቂ ንሳቶም ምዃኖም ክትፈልጡ ኢኹም።
someone-else-title = ካልእ ሰብ እንተመሊሱ፣ መስመር ሓገዝ…
someone-else-hang_up = ተሌፎን ይዕጸው
someone-else-say_wrong_number = ጌጋ ቁጽሪ እዩ ይበል
someone-else-ask_for_code_word = ምስጢራዊ ቃል ይሕተት
someone-else-other = ካልእ ነገር
someone-else-other-label = እንታይ ክገብሩ ኣለዎም?
responder-title = ምስ መን ክትዛረቡ ትደልዩ?
responder-woman = ምስ ሰበይቲ
responder-man = ምስ ሰብኣይ
responder-any_gender = ዝኾነ ሰብ ጸገም የብሉን
responder-language-label = መልሲ ክትቅበሉሉ እትደልዩ ቋንቋ

## More (all optional)

more-title = ቁሩብ ተወሳኺ ብዛዕባኹም
more-intro = እዚ ኩሉ ግዴታ ኣይኮነን።
place-label = ኣበይ ኣለኹም? ስም ከተማ ወይ ከባቢ ይኣክል።
place-hint = ዝደለኹምዎ ጥራይ ኣካፍሉ። እዚ ኣፕ ዘለኹምሉ ቦታ ፈጺሙ ኣይጥቀመሉን እዩ።
message-label = መልእኽትኹም
message-hint = ብዝኾነ ቋንቋ ክትጽሕፉ ትኽእሉ ኢኹም።
message-left =
    { $count ->
        [one] { $count } ፊደል ተሪፉ
       *[other] { $count } ፊደላት ተሪፎም
    }

## Consent

consent-title = ሕቶኹም መን ክርእዮ ይኽእል?
consent-intro = ንስኹም ኢኹም ትውስኑ። እቲ ዝበለጸ ምስጢራዊ ምርጫ ድሮ ተመሪጹ ኣሎ።
consent-hotline_only = መስመር ሓገዝ ጥራይ
consent-hotline_only-desc = ዘንብቦ ጉጅለ መስመር ሓገዝ ጥራይ እዩ። ንካልእ ኣየካፍልዎን።
consent-may_refer_to_services = መስመር ሓገዝን ክሕግዙ ዝኽእሉ ኣገልግሎታትን
consent-may_refer_to_services-desc = ንኽሕግዘኩም፣ መስመር ሓገዝ ንመዕቆቢታት፣ ንሓካይም ወይ ንጠበቓታት ከካፍሎ ይኽእል።
consent-may_involve_police = መስመር ሓገዝ፣ ኣገልግሎታትን ፖሊስን
consent-may_involve_police-desc = መስመር ሓገዝ ንፖሊስ እውን ክሕብር ይኽእል።
consent-child-note = ትሕቲ 18 ዓመት ስለ ዝኾንኩም፣ ንውሕስነትኩም፣ መስመር ሓገዝ ንቆልዑ ምሕላው ስርሖም ዝኾነ ሰባት ክሕብር ክግደድ ይኽእል።

## Review and send

review-title = ሕቶኹም ተመልከቱ
review-intro = ሕቶኹም ክዕጾ እዩ፣ ስለዚ ክኸፍቶ ዝኽእል መስመር ሓገዝ ጥራይ እዩ። ምስ ሰደድኩምዎ፣ ኣብዚ ተሌፎን ዝኾነ ሰብ ክንብቦ ኣይክእልን፣ ንስኹም እውን።
review-not-answered = ኣይተመለሰን
review-change = ቀይሩ
review-needs = ዘድሊ ሓገዝ
review-contact = ብኸመይ ክረኽበኩም
review-times = ውሑሳት ሰዓታት
review-more = ተወሳኺ ብዛዕባኹም
review-consent = መን ክርእዮ ይኽእል
submit = ዕጸዉን ናብ መስመር ሓገዝ ስደዱን
submit-working = ሕቶኹም ይዕጾ ኣሎ…
submit-done = ሕቶኹም ኣብዚ ተሌፎን ተዓጽዩ ኣሎ። ኢንተርነት ምስ ዝህሉ ክስደድ እዩ።

## Status

status-title = ሕቶታትኩም
status-intro = ኣብዚ ነፍሲ ወከፍ ሕቶ ኣበይ ከም ዘሎ ክትርእዩ ትኽእሉ ኢኹም።
status-empty = ገና ሕቶ የለን።
status-saved = ኣብዚ ተሌፎን ተዓቂቡን ተዓጽዩን ኣሎ። ኢንተርነት ምስ ዝህሉ ክስደድ እዩ።
status-sending = ሕጂ ይስደድ ኣሎ…
status-received = መስመር ሓገዝ ተቐቢሉዎ። ናይ መስመር ሓገዝ መረጋገጺ ፈቲሽናዮ።
status-needs_attention = እዚ ሕቶ ኣቓልቦኹም የድልዮ።
status-attempts =
    { $count ->
        [one] { $count } ግዜ ተፈቲኑ
       *[other] { $count } ግዜ ተፈቲኑ
    }
status-hotline-received = ሰብ ካብ መስመር ሓገዝ ከንብቦ ይጽበ ኣሎ።
status-hotline-in_review = ሰብ ካብ መስመር ሓገዝ የንብቦ ኣሎ።
status-hotline-answered = መስመር ሓገዝ ስጉምቲ ወሲዱሉ።
status-hotline-closed = መስመር ሓገዝ ዓጽዩዎ።
status-hotline-contact_planned = ሰብ ካብ መስመር ሓገዝ ብኸመይ ብውሑስ ክረኽበኩም ከም ዝኽእል ይሓስብ ኣሎ።
status-hotline-needs_interpreter = መስመር ሓገዝ ቋንቋኹም ዝዛረብ ሰብ ይደሊ ኣሎ።
status-hotline-referred = መስመር ሓገዝ ሓደ መሻርኽቲ ትካል ክሕግዘኩም ሓቲቱ።
status-hotline-unknown = መስመር ሓገዝ ብዛዕባኡ ሓድሽ ሓበሬታ ኣለዎ። ዝያዳ ንምርኣይ፣ ውሑስ ምስ ኮነ ነቲ ኣፕ ኣሐድስዎ።
status-replies = መልእኽትታት ካብ መስመር ሓገዝ
status-reply-note = መስመር ሓገዝ እዚ እውን ጽሒፉ (ምናልባት ብቋንቋኹም ኣይኮነን)፦
status-reply-unreadable = እዚ ኣፕ ከረጋግጾ ዘይከኣለ መልእኽቲ መጺኡ፣ ስለዚ ኣይተራእየን።
status-offline = ሕጂ ኢንተርነት የለን። ሕቶታትኩም ኣብዚ ተሌፎን ውሑሳት እዮም።
status-send-now = ሕጂ ስደዱ
status-retry = ደጊምኩም ፈትኑ
status-check = ካብ መስመር ሓገዝ ሓድሽ ሓበሬታ ሕተቱ
status-new = ሓድሽ ሕቶ ጀምሩ

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = ሕቶኹም ኣንቢብናዮ። በቲ ዝመረጽኩምዎ መገዲ ክንረኽበኩም ኢና።
reply-call_planned = { $day } ካብ { $from } ክሳብ { $to } (ብናትኩም ሰዓት) ክንድውለልኩም ኢና።
reply-message_planned = { $day } ካብ { $from } ክሳብ { $to } (ብናትኩም ሰዓት) መልእኽቲ ክንሰደልኩም ኢና።
reply-interpreter = ቋንቋኹም ዝዛረብ ተርጓሚ ንደሊ ኣለና። ቀልጢፍና ክንረኽበኩም ኢና።
reply-referred = ኣብ ጥቃኹም ዘሎ መሻርኽቲ ትካል ክሕግዘኩም ሓቲትና። ንሳቶም በቲ ዝመረጽኩምዎ መገዲ ክረኽቡኹም እዮም።
reply-call_us = በጃኹም ንዓኹም ውሑስ ምስ ኮነ ደውሉልና። ሰዓት ንስኹም ምረጹ።
reply-danger = ሕጂ ኣብ ሓደጋ እንተሃሊኹም፣ ናብ ቁጽሪ ህጹጽ ረድኤት ደውሉ። ኣብዚ ኣፕ ክትረኽብዎ ትኽእሉ ኢኹም።
reply-closed = ሕቶኹም ዓጺናዮ። ኣብ ዝኾነ ግዜ ሓድሽ ሕቶ ክትሰዱ ትኽእሉ ኢኹም።
reply-unknown = መስመር ሓገዝ እዚ ስሪት ናይቲ ኣፕ ከርእዮ ዘይክእል መልእኽቲ ሰዲዱ። በጃኹም ውሑስ ምስ ኮነ ነቲ ኣፕ ኣሐድስዎ።

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = ሕቶኹም ተዓጽዩ ኣሎ። እቲ ሓገዝ ከመይ ከም ዝነበረ ክትነግሩና ትደልዩ ዶ? ሰለስተ ሓጺር ሕቶታት እዮም። ክትሓልፍዎም ትኽእሉ ኢኹም።
feedback-private = መልስታትኩም ብዘይ ሕቶኹምን ብዘይ ስምኩምን እዮም ዝስደዱ። መስመር ሓገዝ ጠቕላላ ቁጽሪ ጥራይ እዩ ዝርኢ።
feedback-start = ምለሱ
feedback-skip = ኣይፋል፣ የቐንየልና
feedback-send = መልስታት ስደዱ
feedback-q-helped = ዘድልየኩም ሓገዝ ረኺብኩም ዶ?
feedback-q-safe = ክንረኽበኩም ከለና ውሕስነት ተሰሚዑኩም ዶ?
feedback-q-recommend = ብዛዕባና ንዓርኪ ክትነግሩ ዶ ኢኹም?
feedback-a-yes = እወ
feedback-a-partly = ብኸፊል
feedback-a-no = ኣይፋል
feedback-thanks = የቐንየልና። መልስታትኩም ክስደዱ እዮም።
feedback-declined = ሕራይ። ደጊምና ኣይክንሓተኩምን ኢና።
feedback-failed = ኣይሰለጠን። በጃኹም ደጊምኩም ፈትኑ።
problem-unknown_key = እዚ ሕቶ ቅድሚ ምስዳዱ፣ እዚ ኣፕ ምሕዳስ የድልዮ።
problem-conflict = መስመር ሓገዝ ብተመሳሳሊ ቁጽሪ ዝተፈልየ ሕቶ ኣለዎ። በጃኹም ንመስመር ሓገዝ ብኻልእ መገዲ ርኸብዎ።
problem-malformed = መስመር ሓገዝ ነዚ ሕቶ ከንብቦ ኣይከኣለን። በጃኹም ሓድሽ ሕቶ ጀምሩ።
problem-too_large = እዚ ሕቶ ኣዝዩ ነዊሕ እዩ። በጃኹም ብሓጺር መልእኽቲ ሓድሽ ሕቶ ጀምሩ።
problem-unsupported_media_type = እዚ ሕቶ ቅድሚ ምስዳዱ፣ እዚ ኣፕ ምሕዳስ የድልዮ።
problem-other = እቲ ኔትዎርክ ወይ መስመር ሓገዝ ነዚ ሕቶ ኣይተቐበሎን። ደጊምኩም ክትፍትኑ፣ ወይ ካልእ ኔትዎርክ ክትፍትኑ ትኽእሉ ኢኹም።

## Several people on one device (outreach)

drafts-title = ገና ዘይተሰዱ ሕቶታት
drafts-continue = ቀጽሉ
drafts-delete = ደምስሱ
drafts-none = ዝጽበ ነገር የለን።
review-reference = እዚ ሰብ እዚ ተሌፎን ኣይሕዞን እዩ፦ ኮድ ሃቦ
review-reference-hint = ብኮድ፡ እዚ ኣፕ ኣብ ዘለዎ ዝኾነ ተሌፎን መልስታት መስመር ሓገዝ ከንብብ ይኽእል። እዚ ተሌፎን መስመር ሓገዝ ሕቶ ከም ዝተቐበለ ጥራይ የርኢ።
assisted-organisation-label = ትካልኩም (ንስኹም፣ ሰራሕተኛ መስክ)
assisted-hint = መስመር ሓገዝ ነዚ ሰብ ከም ዝሓገዝኩምዎን ምስ መን ከም እትሰርሑን ክርኢ እዩ።
assisted-channel-label = መስመር ሓገዝ ብኸመይ ክረኽበኩም ይኽእል (ግዴታ ኣይኮነን)
reference-title = ኮድ እቲ ሰብ
reference-intro = እዘን ቃላት ነቲ ሰብ ሃቦ። ብእአን፡ እዚ ኣፕ ኣብ ዘለዎ ዝኾነ ተሌፎን መልስታት መስመር ሓገዝ ከንብብ ይኽእል። እዚ ተሌፎን ኣብ ዝኾነ ቦታ ኣይጽሕፈንን፡ እቲ ሰብ ምስ ሓዘን ድማ ይርስዐን።
reference-for-person = እዘን ቃላት ናትኩም እየን። ብእአን፡ መልስታት መስመር ሓገዝ ከተንብቡ ትኽእሉ ኢኹም። እዚ ኣፕ ኣብ ዘለዎ ዝኾነ ተሌፎን፣ «{ $requests }» ክፈቱ፣ ድሕሪኡ «{ $check }» ጠውቑ፣ ቃላት ወይ ቁጽርታት ጽሓፉ። ብጥንቃቐ ሓዝወን፦ ዝኾነ ሰብ እዘን ቃላት እንተ ሒዙ፣ መልስታት ከንብብ ይኽእል።
reference-words = ቃላት
reference-digits = እቲ ሓደ ኮድ ብቑጽሪ
reference-request = ሕቶ { $number }
reference-done = እቲ ሰብ ኮዱ ሒዙ ኣሎ
reference-again = እቲ ኮድ ክርአ ከሎ እቲ ኣፕ ተዓጽዩ ነይሩ። እንሆ ደጊሙ፦ ሕጂ ነቲ ሰብ ሃቦ።
status-check-reference = ኮድ ኣረጋግጹ
check-reference-title = ኮድ ኣረጋግጹ
check-reference-intro = ዝተዋህበኩም ቃላት ወይ ቁጽርታት ጽሓፉ። እዚ ተሌፎን ንዓአቶም ይኹን ንመልስታት ኣይዕቅቦምን።
check-reference-no-hotline = እዚ ኣፕ ገና ምስ መስመር ሓገዝ ኣይተራኸበን፣ ስለዚ ኣብዚ ኮድ ከረጋግጽ ኣይክእልን። በጃኹም ኣብ ካልእ ተሌፎን እዚ ኣፕ ዘለዎ ፈትኑ።
check-reference-label = ቃላት ወይ ቁጽርታት
check-reference-submit = ኣረጋግጹ
check-reference-working = ይረጋገጽ ኣሎ። ቁሩብ ካልኢታት ክወስድ ይኽእል…
check-reference-no-replies = ካብ መስመር ሓገዝ ክሳብ ሕጂ መልእኽቲ የለን።
check-reference-show-in = ብ{ $language } ኣርእዩ
worker-title = ስራሕ መስክ
worker-working-as = ብዚ ስም ትሰርሑ፦ { $organisation }
worker-intro = ነፍሲ ወከፍ እትሕግዝዎ ሰብ ብቋንቋኡ ይምልስ። መልስታቱ ተሓቲሞም ካብዚ ተሌፎን ይወጹ፣ እቲ ሰብ ድማ ኮድ ሒዙ ይኸይድ። ኣብዚ ቁጽሪን ኩነታትን ነፍሲ ወከፍ ሕቶ ጥራይ ይተርፍ።
worker-new-person = ንሓድሽ ሰብ ሓግዙ
handover-title = ንዓኹም ጥራይ ዝኾኑ ሕቶታት
handover-worker = ሕጂ ነቲ ሰብ ተሌፎን ሃብዎ። ንዝቕጽሉ ሕቶታት በይኑ ይምልስ፣ ንስኹም ድማ መልስታቱ ኣይትርእዩን።
handover-person = ዝቕጽሉ ሕቶታት ንዓኹም ጥራይ እዮም። እቲ ዝሕግዘኩም ሰብ መልስታትኩም ኣይርእን።
handover-start = ጀምሩ
giveback-title = የቐንየልና
giveback-intro = መልስታትኩም ተሓቲሞም ኣለዉ። እቲ ዝሕግዘኩም ሰብ ክርእዮም ኣይክእልን። ሕጂ ተሌፎን ምለሱ።
giveback-button = ተሌፎን ምለሱ
review-private = እቲ ሰብ ነዚ በይኑ መሊሱዎ። ኣይረአን።
review-assisted-as = መስመር ሓገዝ ከም ዝሓገዝኩም ክርኢ እዩ፣ ከም፦ { $organisation }
review-later = ሕጂ ኣይኮነን፦ ኣብ «ገና ዘይተሰዱ ሕቶታት» ዓቕብዎ
review-hand-again = ነቲ ሰብ ተሌፎን እንደገና ሃብዎ
review-hand-again-hint = እቲ ሰብ በይኑ ዝመለሶ ክቕይር እንተደልዩ፣ ወይ ኣብኡ ክዕረ ዘለዎ ነገር እንተሎ፣ ነዚ ተጠቐሙ። ሕቶ «መን ክርእዮ ይኽእል» ደጊሙ ክርእዮ እዩ፣ ብሓድሽ ድማ ክመርጽ እዩ።
review-private-fix = እቲ ሰብ በይኑ ዝመለሶ ገለ ነገር ክዕረ ኣለዎ። ክዕርዮ ዝኽእል ንሱ ጥራይ እዩ፦ ተሌፎን እንደገና ሃብዎ።
age-given-back-worker = ዕድመ ናብ «ትሕቲ 18» ወይ ካብ «ትሕቲ 18» እንተቐይርኩም፣ እቲ ሰብ ሕቶ «መን ክርእዮ ይኽእል» ደጊሙ ክርኢ ኣለዎ፦ ተሌፎን ሓንሳብ ደጊምኩም ክትህብዎ ኢኹም።
age-reopened-worker = እቲ ዕድመ ንምርጫ እቲ ሰብ ኣብ «መን ክርእዮ ይኽእል» ቀይርዎ። ቀጽሉ፦ ተሌፎን እንደገና ክትህብዎ ኢኹም፣ ንሱ ድማ ብሓድሽ ክመርጽ እዩ።
setup-worker = ኣነ ሰራሕተኛ መስክ እየ፦ ካልኦት ሓገዝ ክሓቱ እሕግዝ
setup-worker-hint = መስመር ሓገዝ ኣብ ነፍሲ ወከፍ እትሕግዝዎ ሕቶ ትካልኩም ክርኢ እዩ።
worker-org-needed = ስም ትካልኩም ጽሓፉ፣ ወይ ኣገባብ ሰራሕተኛ መዳይ ኣጥፍኡ።
settings-worker-title = ኣገባብ ሰራሕተኛ መስክ
settings-worker-intro = ካልኦት ካብዚ ተሌፎን ሕቶ ክሰዱ ሓግዝዎም። መልስታቶም ይሕተሙ፣ ነፍሲ ወከፍ ሰብ ድማ ኮድ ሒዙ ይኸይድ።
settings-worker-on = ወልዑ
settings-worker-save = ለውጥታት ዓቕቡ
settings-worker-off = ኣጥፍኡ
settings-worker-saved = ተወዲኡ። ኣገባብ ሰራሕተኛ መስክ ይሰርሕ ኣሎ።
settings-worker-removed = ተወዲኡ። ኣገባብ ሰራሕተኛ መስክ ጠፊኡ ኣሎ።

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = ብድምጺ ኣንብቡ፦ { $text }
speak-stop = ምንባብ ኣቋርጹ
speak-no-voice = ኣብዚ ተሌፎን ንዚ ቋንቋ ዝኸውን ድምጺ የለን።
speak-unavailable = ሕጂ ኣብዚ ተሌፎን ብድምጺ ምንባብ ኣይሰርሕን እዩ።
speak-headphones = ኣብ ቀረባ ዘሎ ሰብ ክሰምዕ ዝኽእል እንተኾይኑ፣ ሄድፎን ተጠቐሙ።

## Settings

settings-title = ምድላዋት
settings-language = ቋንቋ
settings-read-aloud = ነፍሲ ወከፍ ስክሪን ምስ ተኸፍተ ብድምጺ ምንባብ
settings-lock = ሕጂ ዕጸዉ
settings-less-protected = ኣብዚ መሳርሒ ዝወሓደ ሓለዋ ኣሎ፦ ኣብዚ ውሑስ መዕቀቢ መፍትሕ የለን፣ ስለዚ ፋይላት ናይዚ ኣፕ ዝቐድሕ ሰብ ፒንኩም ክግምት ክፍትን ይኽእል። ዝነውሐ ፒን ብዝበለጸ ይሕልወኩም።
settings-duress-title = ፒን ህጹጽ እዋን
settings-duress-intro = ሰብ ነቲ ኣፕ ክትከፍትዎ ምስ ዘገድደኩም እትጥቀሙሉ ካልኣይ ፒን። ብዘይ ዝኾነ ምልክት ኩሉ ይድምስስ።
settings-current-pin = ፒንኩም
settings-duress-save = ፒን ህጹጽ እዋን ዓቅቡ
settings-duress-remove = ፒን ህጹጽ እዋን ኣውጽኡ
settings-pin-title = ፒንኩም ቀይሩ
settings-new-pin = ሓድሽ ፒን (ካብ 6 ክሳብ 12 ቁጽርታት)
settings-new-pin-again = ሓድሽ ፒን ደጊምኩም ጽሓፉ
settings-pin-save = ፒን ቀይሩ
settings-pin-changed = ፒንኩም ተቐይሩ። ካብ ሕጂ ንደሓር ነቲ ሓድሽ ፒን ተጠቐሙ።
settings-duress-saved = ተወዲኡ። ፒን ህጹጽ እዋን ተዓቂቡ።
settings-duress-removed = ተወዲኡ። ሕጂ ፒን ህጹጽ እዋን የለን።
pin-wrong-left =
    { $count ->
        [one] እዚ ፒን ቅኑዕ ኣይኮነን። { $count } ግዜ ተወሳኺ ጌጋ ፒን እንተጸሓፍኩም፣ ኣብዚ ተሌፎን ዘሎ ኩሉ ክድምሰስ እዩ።
       *[other] እዚ ፒን ቅኑዕ ኣይኮነን። { $count } ግዜ ተወሳኺ ጌጋ ፒን እንተጸሓፍኩም፣ ኣብዚ ተሌፎን ዘሎ ኩሉ ክድምሰስ እዩ።
    }
settings-wipe-title = ኩሉ ደምስሱ
settings-wipe-intro = እዚ ኣብዚ ተሌፎን ዘለዉ ኩሎም ሕቶታትን ረቂቓትን ይድምስስ። ክምለስ ኣይክእልን እዩ። መስመር ሓገዝ ድሮ ዝተቐበሎም ሕቶታት ኣብ መስመር ሓገዝ ይጸንሑ።
settings-wipe-confirm = እወ፣ ኩሉ ደምስሱ

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = ሕጂ ኣብ ሓደጋ ዲኹም?
danger-yes-child = እወ፣ ኣብ ሓደጋ እየ
danger-no-child = ኣይፋል፣ ሕጂ ኣይኮንኩን
emergency-intro-child = ናብዞም ቁጽርታት ክትድውሉ ትኽእሉ ኢኹም። ኢንተርነት ኣየድልን።
emergency-call-trace-child = ተሌፎንኩም ዝርዝር ደወላትን መልእኽትታትን ይሕዝ። ሰብ ከይርእዮ እንተ ተሻቒልኩም፣ ድሕሪኡ ክትድምስስዎም ትኽእሉ ኢኹም።
needs-title-child = እንታይ ሓገዝ ትደልዩ?
needs-intro-child = ንዓኹም ሓቂ ዝኾነ ኩሉ ጠውቑ። ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም።
need-legal_immigration-child = ሓገዝ ብዛዕባ ወረቓቕቲ
need-labour_exploitation-child = ሓደ ሰብ ብግዲ የስርሓኒ ኣሎ
need-sexual_exploitation-child = ሓደ ሰብ ጾታዊ ነገራት ክገብር የገድደኒ ኣሎ
need-money_debt-child = ሓደ ሰብ ዕዳ ከም ዘለኒ ይብል
need-going_home-child = ናብ ገዛ ክምለስ ወይ ስድራይ ክረክብ እደሊ
need-child_at_risk-child = ካልእ ቆልዓ ኣብ ሓደጋ ኣሎ
urgency-title-child = መዓስ ሓገዝ የድልየኩም?
for-whom-title-child = መን እዩ ሓገዝ ዘድልዮ?
for-whom-self-child = ኣነ
contact-title-child = ብኸመይ ብውሑስ ክንዛረበኩም ንኽእል?
contact-intro-child = ንዓኹም ውሑስ ዝኾነ መገዲ ምረጹ። ካልእ ሰብ ክርእዮ የብሉን።
times-title-child = መዓስ እዩ ክንድውለልኩም ወይ ክንጽሕፈልኩም ውሑስ?
times-intro-child = ነዚ ክትሓልፍዎ ትኽእሉ ኢኹም። ሽዑ ኣዝና ክንጥንቀቕ ኢና።
voicemail-title-child = ናይ ድምጺ መልእኽቲ ክንገድፍ ንኽእል ዶ?
someone-else-title-child = ካልእ ሰብ እንተመሊሱ፣ እንታይ ንግበር?
responder-title-child = ምስ መን ክትዛረቡ ትደልዩ?
more-title-child = ካልእ ነገር ኣሎ ድዩ?
more-intro-child = ክትምልሱ ግዴታ የብልኩምን።
place-label-child = ኣበይ ኣለኹም? ስም ከተማ ይኣክል።
message-label-child = እንታይ ይኸውን ከም ዘሎ ንገሩና፣ እንተደሊኹም
consent-title-child = ዝጸሓፍኩምዎ መን ከንብቦ ይኽእል?
consent-intro-child = ንስኹም ምረጹ። እቲ ዝበለጸ ውሑስ ምርጫ ድሮ ተመሪጹ ኣሎ።
consent-hotline_only-desc-child = ዘንብብዎ ኣብ መስመር ሓገዝ ዘለዉ ሓገዝቲ ጥራይ እዮም። ብምስጢር ይሕዝዎ።
consent-may_refer_to_services-desc-child = መስመር ሓገዝ ንቆልዑ ዝሕልዉ ሰባት፣ ከም ሓኪም፣ ውሑስ ገዛ ወይ ጠበቓ፣ ክነግር ይኽእል።
consent-may_involve_police-desc-child = መስመር ሓገዝ ነቶም ዝጎድኡኹም ሰባት ደው ንኸብልዎም፣ ንፖሊስ እውን ክነግር ይኽእል።
review-title-child = መልስታትኩም ተመልከቱ
review-intro-child = ምስ ሰደድኩምዎ ይዕጾ። ክኸፍቶ ዝኽእል መስመር ሓገዝ ጥራይ እዩ። ኣብዚ ተሌፎን ዝኾነ ሰብ ክንብቦ ኣይክእልን፣ ንስኹም እውን።
submit-done-child = መልእኽትኹም ኣብዚ ተሌፎን ተዓጽዩ ኣሎ። ኢንተርነት ምስ ዝህሉ ክስደድ እዩ።
handover-title-child = ሕቶታት ንዓኹም ጥራይ
handover-person-child = ዝቕጽሉ ሕቶታት ንስኹም ጥራይ ትምልስዎም። እቲ ዝሕግዘኩም ሰብ ዝበልኩምዎ ኣይርእን።
giveback-intro-child = መልስታትኩም ተዓጽዮም ኣለዉ። እቲ ዝሕግዘኩም ሰብ ክርእዮም ኣይክእልን። ሕጂ ተሌፎን ናብቲ ዝሕግዘኩም ሰብ ምለሱ።
reference-for-person-child = እዘን ቃላት ንዓኹም ጥራይ እየን። ብእአን፡ መስመር ሓገዝ ዝጸሓፈልኩም ከተንብቡ ትኽእሉ ኢኹም። እዚ ኣፕ ኣብ ዘለዎ ዝኾነ ተሌፎን፣ «{ $requests }» ጠውቑ፣ ድሕሪኡ «{ $check }» ጠውቑ፣ ቃላት ወይ ቁጽርታት ጽሓፉ። ብምስጢር ሓዝወን፦ ዝኾነ ሰብ እዘን ቃላት እንተ ሒዙ፣ መልስታት ከንብብ ይኽእል።

## Errors (codes come from the app's core)

error-wrong_pin = እዚ ፒን ቅኑዕ ኣይኮነን።
error-locked = በጃኹም ቅድም ነቲ ኣፕ ብፒንኩም ክፈትዎ።
error-no_hotline = እዚ ኣፕ ገና ምስ መስመር ሓገዝ ኣይተራኸበን። ረቂቕኩም ተዓቂቡ ኣሎ።
error-invalid = ገለ መልስታት ምቕያር የድልዮም። በጃኹም ነቶም ምልክት ዘለዎም ሕቶታት ርኣዩ።
error-pin_too_short = ፒን ካብ 6 ክሳብ 12 ቁጽርታት ኣለዎ።
error-duress_same_as_pin = ፒን ህጹጽ እዋን ካብ ፒንኩም ዝተፈልየ ክኸውን ኣለዎ።
error-worker_drafts_open = ናይ እትሕግዝዎም ሰባት ሕቶታት ክሳብ ዝስደዱ፣ ኣገባብ ሰራሕተኛ መስክ ክሰርሕ ይቕጽል። በጃኹም ስደድዎም፣ ወይ ኣብ «ገና ዘይተሰዱ ሕቶታት» ደምስስዎም፣ ድሕሪኡ ኣጥፍእዎ።
error-already_set_up = እዚ ኣፕ ድሮ ተዳልዩ ኣሎ።
error-not_found = እዚ ኣይተረኽበን። ተደምሲሱ ክኸውን ይኽእል።
error-internal = ገለ ጸገም ኣጋጢሙ። ዝዓቀብኩምዎም ሕቶታት ውሑሳት እዮም። በጃኹም ደጊምኩም ፈትኑ።
error-not_set_up = እዚ ኣፕ ገና ኣይተዳለወን። በጃኹም ቅድም ፒን ምረጹ።
error-busy = እቲ ኣፕ ይሰድድ ኣሎ። በጃኹም ቁሩብ ጸኒሕኩም ደጊምኩም ፈትኑ።
error-status_unavailable = ሕጂ መስመር ሓገዝ ክሕተት ኣይከኣለን። ሕቶኹም ውሑስ እዩ። በጃኹም ጸኒሕኩም ደጊምኩም ፈትኑ።
error-malformed = ገለ መልስታት ክንበቡ ኣይከኣሉን። በጃኹም ፈቲሽኩም ደጊምኩም ፈትኑ።
error-too_large = እዚ ንምስዳድ ኣዝዩ ነዊሕ እዩ። በጃኹም መልእኽትኹም ኣሕጽርዎ።
error-unsupported_version = እዚ ኣፕ ምሕዳስ የድልዮ።
error-profile = ናይዚ ኣፕ ሓበሬታ መስመር ሓገዝ ቅኑዕ ኣይኮነን። ረቂቕኩም ተዓቂቡ ኣሎ። በጃኹም ዝተሓደሰ ኣፕ ርኸቡ።
error-sync_client = እቲ ኣፕ ሕጂ ብውሑስ ክራኸብ ኣይክእልን። ሕቶኹም ተዓቂቡ ኣሎ፣ ጸኒሑ ክስደድ እዩ።
error-already_exists = እዚ ድሮ ተዓቂቡ ኣሎ።
error-empty_pin = በጃኹም ፒንኩም ጽሓፉ።
error-invalid_kdf_params = ምድላዋት ናይዚ ኣፕ ቅኑዕ ኣይኮነን። በጃኹም ዝተሓደሰ ኣፕ ርኸቡ።
error-device_secret_unavailable = እቲ ኣፕ ናብ ውሑስ መዕቀቢ ናይዚ ተሌፎን ክበጽሕ ኣይከኣለን። በጃኹም ተሌፎን ኣጥፊእኩም ወሊዕኩም ደጊምኩም ፈትኑ።
error-envelope = ሕቶኹም ንመስመር ሓገዝ ክዕጾ ኣይከኣለን። ገና ከም ረቂቕ ተዓቂቡ ኣሎ።
error-receipt_mismatch = መልሲ መስመር ሓገዝ ክረጋገጽ ኣይከኣለን። ሕቶኹም ደጊሙ ክስደድ እዩ።
error-corrupt = እቲ ኣፕ ዝዓቀቦ ሓበሬታ ተበላሽዩ። ክኽፈት ኣይክእልን።
error-io = እቲ ተሌፎን ነዚ ክዕቅቦ ኣይከኣለን። ምናልባት መሊኡ ይኸውን። በጃኹም ገለ ቦታ ሓራ ግበሩ፣ ድሕሪኡ ደጊምኩም ፈትኑ።
error-database = እቲ ኣፕ ሓበሬታኡ ከንብብ ወይ ክዕቅብ ኣይከኣለን። ዝዓቀብኩምዎም ሕቶታት ውሑሳት እዮም። በጃኹም ደጊምኩም ፈትኑ።
error-pin_too_long = ፒን ካብ 6 ክሳብ 12 ቁጽርታት ኣለዎ።
error-pin_not_digits = ፒን ቁጽርታት ጥራይ እዩ ዘለዎ።
error-reference_word_count = ኮድ 9 ቃላት ኣለዎ። ኩሉ ከም ዝጸሓፍኩም ኣረጋግጹ።
error-reference_unknown_word = ሓንቲ ካብ ቃላት ቅንዕቲ ኣይኮነትን። ኣጻሕሕፋ ኣረጋግጹ።
check-reference-wrong-word = ቃል ቁጽሪ { $number } ቅንዕቲ ኣይኮነትን። ኣጻሕሕፋ ኣረጋግጹ።
error-reference_digits = ኮድ 22 ቁጽርታት ኣለዎ። ኩሉ ከም ዝጸሓፍኩም ኣረጋግጹ።
error-reference_check = ሓንቲ ቃል ወይ ቁጽሪ ቅኑዕ ኣይኮነን። ነፍሲ ወከፍ ኣረጋጊጽኩም እንደገና ፈትኑ።
error-reference_not_found = መስመር ሓገዝ ክሳብ ሕጂ በዚ ኮድ ዝኾነ ሕቶ የብሉን። ካብ ኢንተርነት ዘይብሉ ተሌፎን እንተተሰዲዱ፣ እቲ ተሌፎን ደጊሙ ኢንተርነት ምስ ረኸበ ክበጽሕ እዩ። በጃኹም ጸኒሕኩም ደጊምኩም ፈትኑ። ገና እንተዘይተረኺቡ፣ ነፍሲ ወከፍ ቃል ወይ ቁጽሪ ኣረጋግጹ።
field-error-empty = በጃኹም ነዚ ምልኡ፣ ወይ ነቲ ሕቶ ሕለፍዎ።
field-error-not_trimmed = በጃኹም ኣብ መጀመርታ ወይ መወዳእታ ዘሎ ባዶ ቦታ ኣውጽኡ።
field-error-too_long = እዚ ኣዝዩ ነዊሕ እዩ። እንተበዝሐ { $max } ፊደላት።
field-error-too_many_bytes = እዚ ኣዝዩ ነዊሕ እዩ።
field-error-too_many = ኣዝዩ ብዙሕ እዩ። እንተበዝሐ { $max }።
field-error-duplicate = እዚ ኣብቲ ዝርዝር ክልተ ግዜ ኣሎ።
field-error-control_characters = እዚ ክጥቀመሉ ዘይከኣል ምልክታት ኣለዎ።
field-error-invalid_phone = እዚ ቁጽሪ ተሌፎን ቅኑዕ ኣይመስልን። ብ + ን ኮድ ሃገርን ጀምሩ።
field-error-invalid_region = እዛ ሃገር ኣይትፍለጥን።
field-error-invalid_email = እዚ ኣድራሻ ኢመይል ቅኑዕ ኣይመስልን።
field-error-invalid_language = እዚ ቋንቋ ኣይፍለጥን።
field-error-invalid_time_zone = እዚ ዞባ ሰዓት ኣይፍለጥን።
field-error-invalid_time = በጃኹም ዝተፈላለዩ ሰዓት መጀመርታን መወዳእታን ምረጹ።
field-error-no_contact_method = በጃኹም ክንረኽበኩም እንኽእለሉ እንተወሓደ ሓደ መገዲ ምረጹ። "መልሲ ኣብዚ ኣፕ ክርኢ እየ" ይኣክል።
field-error-unsupported_version = እዚ ኣፕ ምሕዳስ የድልዮ።
