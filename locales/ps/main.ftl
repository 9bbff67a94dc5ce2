## Reach — پښتو (Pashto)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = پښتو
# The language's name in English, for the language search.
-locale-english = Pashto
-locale-dir = rtl
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ماشین حساب
quick-exit = ژر وتل
quick-exit-hint = دا اپلیکیشن سمدستي پټوي
back = شاته
next = بل
skip = دا پرېږدئ
save = خوندي کول
cancel = لغوه کول
close = بندول
done = بشپړ
optional = اختیاري
step-of = ګام { $current } له { $total } څخه
saved-locked = په دې موبایل کې خوندي او قلف شوی

## Calculator (the app's disguise)

calc-label = ماشین حساب
calc-display-label = پایله
calc-clear = C
calc-equals = =
calc-error = تېروتنه

## First use: a private PIN

setup-title = دا اپلیکیشن خصوصي کړئ
setup-intro = یو پټ نمبر (PIN) وټاکئ. یوازې تاسو باید پرې پوه یاست.
setup-how = وروسته د دې اپلیکیشن د پرانیستلو لپاره، خپل پټ نمبر په ماشین حساب کې ولیکئ، بیا = کېکاږئ.
setup-pin-label = ستاسو پټ نمبر (له ۶ تر ۱۲ عددونو)
setup-pin-repeat-label = خپل پټ نمبر بیا ولیکئ
setup-duress-title = بېړنی پټ نمبر (دا پرېښودلی شئ)
setup-duress-intro = که څوک تاسو اړ کړي چې دا اپلیکیشن پرانیزئ، نو پر ځای یې دا بل پټ نمبر ولیکئ. اپلیکیشن به تش ښکاري، او هر څه چې پکې دي، پرته له کومې نښې به پاک شي.
setup-duress-label = بېړنی پټ نمبر
setup-submit = زما پټ نمبر خوندي کړئ
setup-mismatch = دا دوه پټ نمبرونه یو شان نه دي. مهرباني وکړئ بیا هڅه وکړئ.

## Language

lang-title = خپله ژبه وټاکئ
lang-intro = وروسته یې په تنظیماتو کې بدلولی شئ.
lang-search-label = خپله ژبه ومومئ
lang-search-hint = د خپلې ژبې نوم په هره ژبه چې غواړئ ولیکئ
lang-search-none = هیڅ ژبه ورسره سمون نه خوري. لږ توري ولیکئ.
lang-yours = په دې موبایل کې ژبې
lang-all = ټولې ژبې
lang-load-failed = دا ژبه پرانیستل نه شوه، نو اپلیکیشن په انګلیسي ښودل کېږي.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = تاسو څو کلن یاست؟
age-intro = دا پرېښودلی شئ. که له ۱۸ کلونو کم یاست، اپلیکیشن اسانه ټکي کاروي او د ماشومانو لپاره مرسته ښيي.
age-under_18 = له ۱۸ کلونو کم
age-18_to_25 = له ۱۸ تر ۲۵ پورې
age-26_to_59 = له ۲۶ تر ۵۹ پورې
age-60_plus = ۶۰ یا ډېر

## Danger check and emergency numbers

danger-title = ایا همدا اوس په خطر کې یاست؟
danger-yes = هو، همدا اوس په خطر کې یم
danger-no = نه، اوس نه
emergency-title = بېړني نمبرونه
emergency-intro = تاسو کولی شئ پرته له انټرنټ څخه دې نمبرونو ته زنګ ووهئ.
emergency-country-label = ستاسو هېواد
emergency-police = پولیس او بېړنۍ مرسته
emergency-hotline = د هغو کسانو لپاره مرسته چې قاچاق شوي یا کار ته اړ شوي دي
emergency-children = د ماشومانو او ځوانانو لپاره مرسته
emergency-call = { $number } ته زنګ ووهئ
emergency-source = سرچینه: { $source }
emergency-checked = د کتلو نېټه: { $date }
emergency-not-checked = تر اوسه بیا نه دی کتل شوی. که نمبر کار ونه کړي، بېړني نمبر ته زنګ ووهئ.
emergency-call-trace = زنګونه او لنډ پیغامونه ستاسو د موبایل په لستونو کې پاتې کېږي. که څوک ستاسو موبایل ګوري، وروسته یې پاکولی شئ.
emergency-none = تر اوسه د دې هېواد لپاره نمبرونه نه لرو. که په خطر کې یاست، د خپلې سیمې بېړني نمبر ته زنګ ووهئ.
emergency-continue = مخکې لاړ شئ او مرسته وغواړئ

## What help is needed

needs-title = تاسو څه ډول مرستې ته اړتیا لرئ؟
needs-intro = هر هغه څه وټاکئ چې سمون لري. دا پرېښودلی شئ.
need-safety_now = همدا اوس خوندي کېدل
need-shelter = د اوسېدو لپاره یو خوندي ځای
need-medical = ډاکټر یا درمل
need-legal_immigration = د اسنادو، ویزې یا قانون په اړه مرسته
need-labour_exploitation = په کار کې ستونزه یا معاش نه ورکول
need-sexual_exploitation = جنسي اړیکې ته مجبورول
need-child_at_risk = یو ماشوم په خطر کې دی
need-money_debt = پیسې یا پور
need-going_home = کور ته تلل یا د کورنۍ موندل
need-interpreter = څوک چې زما په ژبه خبرې وکړي
need-other = بل څه
urgency-title = څومره ژر مرستې ته اړتیا لرئ؟
urgency-now = همدا اوس
urgency-today = نن
urgency-this_week = همدا اونۍ
urgency-not_urgent = بېړه نشته
for-whom-title = دا غوښتنه د چا لپاره ده؟
for-whom-self = زما لپاره
for-whom-someone_else = د بل چا لپاره
for-whom-assisted_by_outreach = زه د ساحې کارکوونکی یم او له یو چا سره مرسته کوم

## Safe contact

contact-title = د مرستې مرکز څنګه کولی شي په خوندي ډول له تاسو سره اړیکه ونیسي؟
contact-intro = لږ تر لږه یوه لاره وټاکئ. یوازې هغه لارې وټاکئ چې ستاسو لپاره خوندي وي.
contact-call = ټیلیفوني زنګ
contact-sms = لنډ پیغام (SMS)
contact-messaging_app = د پیغامونو اپلیکیشن
contact-email = ایمیل
contact-in_person_via_outreach = مخامخ، د ساحې کارکوونکي له لارې
contact-check_back_in_app = زه به په دې اپلیکیشن کې ځواب وګورم
# The example number sits in a LEFT-TO-RIGHT ISOLATE (U+2066 … U+2069) so that "+" shows before the digits in right-to-left text.
contact-phone-label = د ټیلیفون نمبر، د هېواد له کوډ سره (د بېلګې په توګه { "\u2066+93…\u2069" })
contact-app-label = کوم اپلیکیشن؟ (د بېلګې په توګه WhatsApp، Signal)
contact-handle-label = په هغه اپلیکیشن کې ستاسو نوم یا نمبر
contact-email-label = د ایمیل پته
times-title = کله له تاسو سره اړیکه نیول خوندي دي؟
times-intro = دا پرېښودلی شئ. بیا به د مرستې مرکز ډېر زیات احتیاط وکړي.
times-add = یو خوندي وخت زیات کړئ
times-remove = دا وخت لرې کړئ
times-from = له
times-to = تر
times-days = ورځې
times-any-day = هره ورځ
times-zone = د وخت سیمه
weekday-mon = دوشنبه
weekday-tue = سه شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه
voicemail-title = ایا د مرستې مرکز کولی شي غږیز پیغام پرېږدي؟
voicemail-yes = هو، غږیز پیغام خوندي دی
voicemail-no = نه، هیڅکله غږیز پیغام مه پرېږدئ
voicemail-unsaid = که دې پوښتنې ته ځواب ورنه کړئ، د مرستې مرکز به غږیز پیغام نه پرېږدي.
code-word-label = پټه کلمه
code-word-hint = د مرستې مرکز به دا کلمه ووایي، تر څو پوه شئ چې رښتیا هغوی دي.
someone-else-title = که بل څوک ځواب ورکړي، د مرستې مرکز باید…
someone-else-hang_up = ټیلیفون بند کړي
someone-else-say_wrong_number = ووایي چې نمبر غلط دی
someone-else-ask_for_code_word = پټه کلمه وپوښتي
someone-else-other = بل څه وکړي
someone-else-other-label = هغوی باید څه وکړي؟
responder-title = له چا سره خبرې کول غواړئ؟
responder-woman = یوه ښځه
responder-man = یو سړی
responder-any_gender = هر څوک وي، سمه ده
responder-language-label = هغه ژبه چې غواړئ په هغې ځواب درکړل شي

## More (all optional)

more-title = ستاسو په اړه لږ نور
more-intro = دا ټول اختیاري دي.
place-label = تاسو چېرته یاست؟ د ښار یا سیمې نوم بس دی.
place-hint = یوازې هغه څه ووایاست چې ویل یې غواړئ. دا اپلیکیشن هیڅکله ستاسو ځای نه کاروي.
message-label = ستاسو پیغام
message-hint = په هره ژبه چې غواړئ لیکلی شئ.
message-left =
    { $count ->
        [one] یو توری پاتې دی
       *[other] { $count } توري پاتې دي
    }

## Consent

consent-title = څوک ستاسو غوښتنه لیدلی شي؟
consent-intro = پرېکړه ستاسو ده. تر ټولو خصوصي انتخاب له مخکې ټاکل شوی دی.
consent-hotline_only = یوازې د مرستې مرکز
consent-hotline_only-desc = یوازې د مرستې مرکز ټیم یې لولي. هغوی یې له بل چا سره نه شریکوي.
consent-may_refer_to_services = د مرستې مرکز او هغه ځایونه چې مرسته کولی شي
consent-may_refer_to_services-desc = د مرستې مرکز کېدای شي دا له پناه ځایونو، ډاکټرانو یا وکیلانو سره شریکه کړي، تر څو له تاسو سره مرسته وشي.
consent-may_involve_police = د مرستې مرکز، د مرستې ځایونه او پولیس
consent-may_involve_police-desc = د مرستې مرکز کېدای شي پولیسو ته هم خبر ورکړي.
consent-child-note = څرنګه چې تاسو له ۱۸ کلونو کم یاست، د مرستې مرکز به شاید هغو کسانو ته خبر ورکړي چې دنده یې د ماشومانو ساتنه ده، تر څو تاسو خوندي پاتې شئ.

## Review and send

review-title = خپله غوښتنه وګورئ
review-intro = ستاسو غوښتنه به قلف شي، تر څو یوازې د مرستې مرکز یې پرانیستلی شي. کله چې یې ولېږئ، بیا یې هیڅوک په دې موبایل کې نه شي لوستلی، حتی تاسو هم نه.
review-not-answered = ځواب نه دی ورکړل شوی
review-change = بدلول
review-needs = اړینه مرسته
review-contact = له تاسو سره د اړیکې لاره
review-times = خوندي وختونه
review-more = ستاسو په اړه نور
review-consent = څوک یې لیدلی شي
submit = قلف یې کړئ او د مرستې مرکز ته یې ولېږئ
submit-working = ستاسو غوښتنه قلف کېږي…
submit-done = ستاسو غوښتنه په دې موبایل کې قلف شوه. کله چې انټرنټ وي، لېږل کېږي.

## Status

status-title = ستاسو غوښتنې
status-intro = دلته لیدلی شئ چې هره غوښتنه چېرته ده.
status-empty = تر اوسه هیڅ غوښتنه نشته.
status-saved = په دې موبایل کې خوندي او قلف شوې. کله چې انټرنټ وي، لېږل کېږي.
status-sending = اوس لېږل کېږي…
status-received = د مرستې مرکز دا ترلاسه کړې ده. د مرستې مرکز رسید وکتل شو.
status-needs_attention = دا غوښتنه ستاسو پاملرنې ته اړتیا لري.
status-attempts =
    { $count ->
        [one] یو ځل هڅه وشوه
       *[other] { $count } ځله هڅه وشوه
    }
status-hotline-received = په دې انتظار کې ده چې د مرستې مرکز کې څوک یې ولولي.
status-hotline-in_review = د مرستې مرکز کې څوک یې لولي.
status-hotline-answered = د مرستې مرکز پرې کار کړی دی.
status-hotline-closed = د مرستې مرکز دا بنده کړې ده.
status-hotline-contact_planned = د مرستې مرکز کې څوک پلان جوړوي چې څنګه په خوندي ډول له تاسو سره اړیکه ونیسي.
status-hotline-needs_interpreter = د مرستې مرکز داسې څوک لټوي چې ستاسو په ژبه خبرې کوي.
status-hotline-referred = د مرستې مرکز له یوې همکارې ادارې غوښتي چې له تاسو سره مرسته وکړي.
status-hotline-unknown = د مرستې مرکز په دې اړه نوی خبر لري. کله چې خوندي وي، اپلیکیشن تازه کړئ، تر څو نور ووینئ.
status-replies = د مرستې مرکز پیغامونه
status-reply-note = د مرستې مرکز دا هم لیکلي (کېدای شي ستاسو په ژبه نه وي):
status-reply-unreadable = یو پیغام راغی چې دې اپلیکیشن ونه شو کتلی، نو نه ښودل کېږي.
status-offline = اوس انټرنټ نشته. ستاسو غوښتنې په دې موبایل کې خوندي دي.
status-send-now = اوس یې ولېږئ
status-retry = بیا هڅه وکړئ
status-check = د مرستې مرکز څخه خبر وپوښتئ
status-new = نوې غوښتنه پیل کړئ

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = موږ ستاسو غوښتنه ولوستله. په هغه لاره به له تاسو سره اړیکه ونیسو چې تاسو ټاکلې ده.
reply-call_planned = موږ به تاسو ته { $day } ورځ، د { $from } او { $to } ترمنځ (ستاسو د وخت له مخې) زنګ ووهو.
reply-message_planned = موږ به تاسو ته { $day } ورځ، د { $from } او { $to } ترمنځ (ستاسو د وخت له مخې) پیغام درولېږو.
reply-interpreter = موږ داسې ژباړونکی لټوو چې ستاسو په ژبه خبرې کوي. ژر به له تاسو سره اړیکه ونیسو.
reply-referred = موږ ستاسو سیمې ته نږدې له یوې همکارې ادارې غوښتي چې مرسته وکړي. هغوی به په هغه لاره له تاسو سره اړیکه ونیسي چې تاسو ټاکلې ده.
reply-call_us = مهرباني وکړئ کله چې ستاسو لپاره خوندي وي، موږ ته زنګ ووهئ. وخت تاسو ټاکئ.
reply-danger = که همدا اوس په خطر کې یاست، بېړني نمبر ته زنګ ووهئ. هغه په دې اپلیکیشن کې موندلی شئ.
reply-closed = موږ ستاسو غوښتنه بنده کړه. هر وخت چې وغواړئ، نوې غوښتنه لېږلی شئ.
reply-unknown = د مرستې مرکز یو پیغام لېږلی چې د اپلیکیشن دا نسخه یې نه شي ښودلی. مهرباني وکړئ کله چې خوندي وي، اپلیکیشن تازه کړئ.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = ستاسو غوښتنه بنده شوه. ایا موږ ته وایاست چې مرسته څنګه وه؟ درې لنډې پوښتنې. کولی شئ یې پرېږدئ.
feedback-private = ستاسو ځوابونه پرته له غوښتنې او نوم څخه لېږل کېږي. د مرستې مرکز یوازې ټولټال شمېر ګوري.
feedback-start = ځواب ورکړئ
feedback-skip = نه، مننه
feedback-send = ځوابونه ولېږئ
feedback-q-helped = ایا هغه مرسته مو ترلاسه کړه چې اړتیا مو ورته درلوده؟
feedback-q-safe = کله چې موږ له تاسو سره اړیکه ونیوله، ایا ځان مو خوندي احساس کړ؟
feedback-q-recommend = ایا خپل یو ملګري ته به زموږ په اړه ووایاست؟
feedback-a-yes = هو
feedback-a-partly = تر یوه حده
feedback-a-no = نه
feedback-thanks = مننه. ستاسو ځوابونه به ولېږل شي.
feedback-declined = سمه ده. بیا به یې ونه پوښتو.
feedback-failed = دا ونه شو. مهرباني وکړئ بیا هڅه وکړئ.
problem-unknown_key = مخکې له دې چې دا غوښتنه ولېږل شي، دا اپلیکیشن تازه کولو ته اړتیا لري.
problem-conflict = د مرستې مرکز د همدې نمبر سره بله غوښتنه لري. مهرباني وکړئ په بله لاره له مرستې مرکز سره اړیکه ونیسئ.
problem-malformed = د مرستې مرکز دا غوښتنه ونه شوه لوستلی. مهرباني وکړئ نوې غوښتنه پیل کړئ.
problem-too_large = دا غوښتنه ډېره اوږده ده. مهرباني وکړئ له لنډ پیغام سره نوې غوښتنه پیل کړئ.
problem-unsupported_media_type = مخکې له دې چې دا غوښتنه ولېږل شي، دا اپلیکیشن تازه کولو ته اړتیا لري.
problem-other = شبکې یا د مرستې مرکز دا غوښتنه ونه منله. بیا هڅه کولی شئ، یا بله شبکه وازمویئ.

## Several people on one device (outreach)

drafts-title = هغه غوښتنې چې لا نه دي لېږل شوې
drafts-continue = دوام ورکړئ
drafts-delete = پاکول
drafts-none = هیڅ شی په انتظار کې نه دی.
review-reference = دا کس به دا ټیلیفون له ځان سره ونه ساتي: هغه ته یو کوډ ورکړئ
review-reference-hint = د کوډ په مرسته هغه کولی شي د مرستې مرکز ځوابونه په هر هغه ټیلیفون کې ولولي چې دا اپ پکې وي. دا ټیلیفون یوازې دا ښيي چې آیا د مرستې مرکز غوښتنه ترلاسه کړې که نه.
assisted-organisation-label = ستاسو اداره (تاسو، د ساحې کارکوونکی)
assisted-hint = د مرستې مرکز به وګوري چې تاسو له دې کس سره مرسته کړې، او له چا سره کار کوئ.
assisted-channel-label = د مرستې مرکز څنګه له تاسو سره اړیکه نیولی شي (اختیاري)
reference-title = د کس کوډ
reference-intro = دا کلمې هغه کس ته ورکړئ. په دوی سره هغه کولی شي د مرستې مرکز ځوابونه په هر هغه ټیلیفون کې ولولي چې دا اپ پکې وي. دا ټیلیفون یې هېڅ ځای کې نه لیکي، او کله چې هغه کس یې ولري، هېروي یې.
reference-for-person = دا کلمې ستاسو دي. په دوی سره تاسو کولی شئ د مرستې مرکز ځوابونه ولولئ. په هر هغه ټیلیفون کې چې دا اپ پکې وي، «{ $requests }» او بیا «{ $check }» پرانیزئ، او کلمې یا شمېرې ولیکئ. دا په خوندي ځای کې وساتئ: هر څوک چې دا ولري، کولی شي ځوابونه ولولي.
reference-words = کلمې
reference-digits = همدا کوډ په شمېرو
reference-request = غوښتنه { $number }
reference-done = کس خپل کوډ لري
reference-again = کله چې کوډ ښودل کېده، اپ قلف شو. کوډ دلته بیا دی: اوس یې هغه کس ته ورکړئ.
status-check-reference = کوډ وګورئ
check-reference-title = کوډ وګورئ
check-reference-intro = هغه کلمې یا شمېرې ولیکئ چې تاسو ته درکړل شوې. دا ټیلیفون نه هغه ساتي او نه ځوابونه.
check-reference-no-hotline = دا اپلیکیشن تر اوسه له کوم مرستې مرکز سره نه دی نښلول شوی، نو دلته کوډ نه شي کتل کېدای. مهرباني وکړئ په بل ټیلیفون کې هڅه وکړئ چې دا اپلیکیشن لري.
check-reference-label = کلمې یا شمېرې
check-reference-submit = وګورئ
check-reference-working = کتل کېږي. ښايي څو ثانیې ونیسي…
check-reference-no-replies = لا د مرستې مرکز څخه هېڅ پیغام نشته.
check-reference-show-in = په { $language } ژبه یې وښایئ
worker-title = ساحوي کار
worker-working-as = تاسو په دې نوم کار کوئ: { $organisation }
worker-intro = هر هغه کس چې تاسو ورسره مرسته کوئ په خپله ژبه ځواب ورکوي. ځوابونه یې مهر شوي له دې تلیفون څخه وځي، او هغه کس یو کوډ له ځان سره وړي. دلته یوازې د هرې غوښتنې شمېره او حالت پاتې کېږي.
worker-new-person = له یو نوي کس سره مرسته وکړئ
handover-title = یوازې ستاسو لپاره پوښتنې
handover-worker = اوس تلیفون هغه کس ته ورکړئ. هغه راتلونکو پوښتنو ته یوازې ځواب ورکوي، او تاسو به یې ځوابونه ونه وینئ.
handover-person = راتلونکې پوښتنې یوازې ستاسو لپاره دي. هغه کس چې له تاسو سره مرسته کوي ستاسو ځوابونه نه ویني.
handover-start = پیل کړئ
giveback-title = مننه
giveback-intro = ستاسو ځوابونه مهر شول. هغه کس چې له تاسو سره مرسته کوي هغه نشي لیدلی. اوس تلیفون بېرته ورکړئ.
giveback-button = تلیفون بېرته ورکړئ
review-private = دې ته هغه کس یوازې ځواب ورکړی. نه ښودل کېږي.
review-assisted-as = د مرستې لیکه به وویني چې تاسو مرسته کړې، په دې نوم: { $organisation }
review-later = اوس نه: په «هغه غوښتنې چې لا نه دي لېږل شوې» کې یې وساتئ
review-hand-again = تلیفون بیا هغه کس ته ورکړئ
review-hand-again-hint = دا وکاروئ که هغه کس غواړي هغه ځوابونه بدل کړي چې یوازې یې ورکړي، یا که هلته څه باید سم شي. هغه به بیا دا پوښتنه وویني چې څوک غوښتنه لیدلی شي، او بیا به انتخاب وکړي.
review-private-fix = په هغو ځوابونو کې چې هغه کس یوازې ورکړي، یو څه باید سم شي. یوازې هغه یې سمولی شي: تلیفون بیا هغه ته ورکړئ.
age-given-back-worker = که تاسو عمر «له ۱۸ کلونو کم» ته یا له «له ۱۸ کلونو کم» څخه بدل کړئ، هغه کس باید بیا دا پوښتنه وویني چې څوک غوښتنه لیدلی شي: تاسو به تلیفون یو ځل بیا هغه ته ورکړئ.
age-reopened-worker = د عمر بدلون د هغه کس په دې انتخاب اغېز وکړ چې څوک غوښتنه لیدلی شي. دوام ورکړئ: تاسو به تلیفون بیا هغه ته ورکړئ، او هغه به بیا انتخاب وکړي.
setup-worker = زه د ساحې کارکوونکی یم: له نورو سره مرسته کوم چې مرسته وغواړي
setup-worker-hint = د مرستې لیکه به ستاسو اداره په هره هغه غوښتنه کې وویني چې تاسو پکې مرسته کوئ.
worker-org-needed = د خپل سازمان نوم ولیکئ، یا د ساحوي کارکوونکي حالت بند کړئ.
settings-worker-title = د ساحې کارکوونکي حالت
settings-worker-intro = له دې تلیفون څخه له نورو سره د غوښتنو په لېږلو کې مرسته وکړئ. د هغوی ځوابونه مهر کېږي، او هر کس یو کوډ له ځان سره وړي.
settings-worker-on = چالان کړئ
settings-worker-save = بدلونونه خوندي کړئ
settings-worker-off = بند کړئ
settings-worker-saved = بشپړ شو. د ساحې کارکوونکي حالت چالان دی.
settings-worker-removed = بشپړ شو. د ساحې کارکوونکي حالت بند دی.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = په لوړ غږ لوستل: { $text }
speak-stop = لوستل ودرول
speak-no-voice = په دې موبایل کې د دې ژبې لپاره غږ نشته.
speak-unavailable = اوس په دې موبایل کې په لوړ غږ لوستل کار نه کوي.
speak-headphones = که څوک نږدې اورېدلی شي، هېډفون وکاروئ.

## Settings

settings-title = تنظیمات
settings-language = ژبه
settings-read-aloud = هر سکرین د پرانیستلو پر وخت په لوړ غږ لوستل
settings-lock = اوس یې قلف کړئ
settings-less-protected = په دې وسیله کې ساتنه لږه ده: دلته د کیلي لپاره خوندي ځای نشته، نو هر څوک چې د اپلیکیشن فایلونه کاپي کړي، کولی شي ستاسو پټ نمبر اټکل کړي. اوږد پټ نمبر تاسو ښه ساتي.
settings-duress-title = بېړنی پټ نمبر
settings-duress-intro = دویم پټ نمبر، د هغه وخت لپاره چې څوک تاسو اړ کړي چې اپلیکیشن پرانیزئ. دا پرته له کومې نښې هر څه پاکوي.
settings-current-pin = ستاسو پټ نمبر
settings-duress-save = بېړنی پټ نمبر خوندي کړئ
settings-duress-remove = بېړنی پټ نمبر لرې کړئ
settings-pin-title = خپل پټ نمبر بدل کړئ
settings-new-pin = نوی پټ نمبر (له ۶ تر ۱۲ عددونو)
settings-new-pin-again = نوی پټ نمبر بیا ولیکئ
settings-pin-save = پټ نمبر بدل کړئ
settings-pin-changed = ستاسو پټ نمبر بدل شو. له اوس وروسته نوی پټ نمبر وکاروئ.
settings-duress-saved = بشپړ شو. ستاسو بېړنی پټ نمبر خوندي شو.
settings-duress-removed = بشپړ شو. اوس هیڅ بېړنی پټ نمبر نشته.
pin-wrong-left =
    { $count ->
        [one] دا پټ نمبر سم نه دی. که یو ځل نور غلط پټ نمبر ولیکل شي، په دې موبایل کې به هر څه پاک شي.
       *[other] دا پټ نمبر سم نه دی. که { $count } ځله نور غلط پټ نمبر ولیکل شي، په دې موبایل کې به هر څه پاک شي.
    }
settings-wipe-title = هر څه پاک کړئ
settings-wipe-intro = دا کار په دې موبایل کې ټولې غوښتنې او مسودې پاکوي. بېرته نه راګرځي. هغه غوښتنې چې د مرستې مرکز مخکې ترلاسه کړې، د مرستې مرکز سره پاتې کېږي.
settings-wipe-confirm = هو، هر څه پاک کړئ

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = ایا اوس په خطر کې یاست؟
danger-yes-child = هو، زه په خطر کې یم
danger-no-child = نه، اوس نه
emergency-intro-child = دې نمبرونو ته زنګ وهلی شئ. انټرنټ ته اړتیا نشته.
emergency-call-trace-child = ستاسو موبایل د زنګونو او پیغامونو لست ساتي. که وېرېږئ چې څوک به یې وویني، وروسته یې پاکولی شئ.
needs-title-child = په څه شي کې مرسته غواړئ؟
needs-intro-child = هر هغه څه کېکاږئ چې ستاسو لپاره رښتیا دي. دا پرېښودلی شئ.
need-legal_immigration-child = د کاغذونو یا اسنادو په اړه مرسته
need-labour_exploitation-child = څوک ما کار کولو ته اړ کوي
need-sexual_exploitation-child = څوک ما جنسي کارونو ته اړ کوي
need-money_debt-child = څوک وايي چې زه باید هغه ته پیسې ورکړم
need-going_home-child = غواړم کور ته لاړ شم یا خپله کورنۍ ومومم
need-child_at_risk-child = بل ماشوم په خطر کې دی
urgency-title-child = کله مرستې ته اړتیا لرئ؟
for-whom-title-child = څوک مرستې ته اړتیا لري؟
for-whom-self-child = زه
contact-title-child = موږ څنګه په خوندي ډول له تاسو سره خبرې کولی شو؟
contact-intro-child = داسې لاره وټاکئ چې ستاسو لپاره خوندي وي. بل هیڅوک باید دا ونه ویني.
times-title-child = کله خوندي ده چې موږ زنګ ووهو یا ولیکو؟
times-intro-child = دا پرېښودلی شئ. بیا به موږ ډېر پام کوو.
voicemail-title-child = ایا موږ غږیز پیغام پرېښودلی شو؟
someone-else-title-child = که بل څوک ځواب ورکړي، موږ باید څه وکړو؟
responder-title-child = له چا سره خبرې کول غواړئ؟
more-title-child = نور څه شته؟
more-intro-child = ځواب ورکول اړین نه دي.
place-label-child = چېرته یاست؟ د ښار نوم بس دی.
message-label-child = که غواړئ، موږ ته ووایاست چې څه پېښېږي
consent-title-child = څوک هغه څه لوستلی شي چې تاسو لیکلي؟
consent-intro-child = تاسو یې ټاکئ. تر ټولو خوندي انتخاب له مخکې ټاکل شوی.
consent-hotline_only-desc-child = یوازې د مرستې مرکز مرستندویان یې لولي. هغوی یې پټ ساتي.
consent-may_refer_to_services-desc-child = د مرستې مرکز کولی شي هغو کسانو ته ووایي چې ماشومان خوندي ساتي، لکه ډاکټر، خوندي کور یا وکیل.
consent-may_involve_police-desc-child = د مرستې مرکز کولی شي پولیسو ته هم ووایي، تر څو هغه کسان ودروي چې تاسو ته یې زیان رسولی.
review-title-child = خپل ځوابونه وګورئ
review-intro-child = کله چې دا ولېږئ، قلف کېږي. یوازې د مرستې مرکز یې پرانیستلی شي. په دې موبایل کې یې هیڅوک نه شي لوستلی، حتی تاسو هم نه.
submit-done-child = ستاسو پیغام په دې موبایل کې قلف شو. کله چې انټرنټ وي، لېږل کېږي.
handover-title-child = دا پوښتنې یوازې ستاسو لپاره دي
handover-person-child = راتلونکو پوښتنو ته یوازې تاسو ځواب ورکوئ. هغه کس چې له تاسو سره مرسته کوي، نه ویني چې تاسو څه وایئ.
giveback-intro-child = ستاسو ځوابونه قلف شول. هغه کس چې له تاسو سره مرسته کوي، ستاسو ځوابونه نشي لیدلی. اوس تلیفون بېرته هغه ته ورکړئ.
reference-for-person-child = دا کلمې یوازې ستاسو لپاره دي. په دوی سره تاسو لوستلی شئ چې د مرستې مرکز تاسو ته څه لیکي. په هر هغه تلیفون کې چې دا اپ پکې وي، «{ $requests }» کېکاږئ، بیا «{ $check }» کېکاږئ، او کلمې یا شمېرې ولیکئ. دا پټې وساتئ: هر څوک چې دا ولري، کولی شي ځوابونه ولولي.

## Errors (codes come from the app's core)

error-wrong_pin = دا پټ نمبر سم نه دی.
error-locked = مهرباني وکړئ لومړی اپلیکیشن په خپل پټ نمبر پرانیزئ.
error-no_hotline = دا اپلیکیشن تر اوسه له کوم مرستې مرکز سره نه دی نښلول شوی. ستاسو مسوده ساتل شوې ده.
error-invalid = ځینې ځوابونه باید بدل شي. مهرباني وکړئ نښه شوو پوښتنو ته وګورئ.
error-pin_too_short = پټ نمبر له ۶ تر ۱۲ عددونو لري.
error-duress_same_as_pin = بېړنی پټ نمبر باید ستاسو له پټ نمبر سره توپیر ولري.
error-worker_drafts_open = څو چې د هغو کسانو غوښتنې چې تاسو ورسره مرسته کوئ لا نه وي لېږل شوې، د ساحې کارکوونکي حالت فعال پاتې کېږي. دا غوښتنې ولېږئ، یا یې په «هغه غوښتنې چې لا نه دي لېږل شوې» کې پاکې کړئ، بیا دا حالت بند کړئ.
error-already_set_up = دا اپلیکیشن مخکې چمتو شوی دی.
error-not_found = دا ونه موندل شو. کېدای شي پاک شوی وي.
error-internal = یوه ستونزه پېښه شوه. ستاسو ساتل شوې غوښتنې خوندي دي. مهرباني وکړئ بیا هڅه وکړئ.
error-not_set_up = دا اپلیکیشن تر اوسه نه دی چمتو شوی. مهرباني وکړئ لومړی یو پټ نمبر وټاکئ.
error-busy = اپلیکیشن د لېږلو په حال کې دی. مهرباني وکړئ یوه شېبه وروسته بیا هڅه وکړئ.
error-status_unavailable = اوس د مرستې مرکز نه پوښتل کېدای شو. ستاسو غوښتنه خوندي ده. مهرباني وکړئ وروسته بیا هڅه وکړئ.
error-malformed = ځینې ځوابونه ونه لوستل شول. مهرباني وکړئ هغه وګورئ او بیا هڅه وکړئ.
error-too_large = دا د لېږلو لپاره ډېر اوږد دی. مهرباني وکړئ خپل پیغام لنډ کړئ.
error-unsupported_version = دا اپلیکیشن تازه کولو ته اړتیا لري.
error-profile = په دې اپلیکیشن کې د مرستې مرکز معلومات سم نه دي. ستاسو مسوده ساتل شوې ده. مهرباني وکړئ تازه اپلیکیشن ترلاسه کړئ.
error-sync_client = اپلیکیشن اوس په خوندي ډول نه شي نښلېدلی. ستاسو غوښتنه ساتل شوې او وروسته به ولېږل شي.
error-already_exists = دا مخکې ساتل شوی دی.
error-empty_pin = مهرباني وکړئ خپل پټ نمبر ولیکئ.
error-invalid_kdf_params = د دې اپلیکیشن تنظیمات سم نه دي. مهرباني وکړئ تازه اپلیکیشن ترلاسه کړئ.
error-device_secret_unavailable = اپلیکیشن د دې موبایل خوندي ځای ته لاسرسی نه لري. مهرباني وکړئ موبایل بند او بیا چالان کړئ، او بیا هڅه وکړئ.
error-envelope = ستاسو غوښتنه د مرستې مرکز لپاره قلف نه شوه. لا هم د مسودې په توګه ساتل شوې ده.
error-receipt_mismatch = د مرستې مرکز ځواب ونه کتل شو. ستاسو غوښتنه به بیا ولېږل شي.
error-corrupt = د اپلیکیشن ساتل شوي معلومات خراب شوي دي. نه شي پرانیستل کېدای.
error-io = موبایل دا ونه شو ساتلی. کېدای شي ډک وي. مهرباني وکړئ یو څه ځای خالي کړئ او بیا هڅه وکړئ.
error-database = اپلیکیشن ونه شو کولی خپل معلومات ولولي یا وساتي. ستاسو ساتل شوې غوښتنې خوندي دي. مهرباني وکړئ بیا هڅه وکړئ.
error-pin_too_long = پټ نمبر له ۶ تر ۱۲ عددونو لري.
error-pin_not_digits = پټ نمبر یوازې عددونه لري.
error-reference_word_count = کوډ ۹ کلمې لري. وګورئ چې ټولې مو لیکلي دي.
error-reference_unknown_word = یوه کلمه سمه نه ده. املا یې وګورئ.
check-reference-wrong-word = د { $number } شمېرې کلمه سمه نه ده. املا یې وګورئ.
error-reference_digits = کوډ ۲۲ شمېرې لري. وګورئ چې ټولې مو لیکلي دي.
error-reference_check = یوه کلمه یا شمېره سمه نه ده. هره یوه وګورئ او بیا هڅه وکړئ.
error-reference_not_found = د مرستې مرکز لا له دې کوډ سره هېڅ غوښتنه نه لري. که دا د انټرنټ پرته له ټیلیفون څخه لېږل شوې وي، نو کله چې هغه ټیلیفون بیا انټرنټ ولري، رسېږي. مهرباني وکړئ وروسته بیا هڅه وکړئ. که بیا هم ونه موندل شوه، هره کلمه یا شمېره وګورئ.
field-error-empty = مهرباني وکړئ دا ډک کړئ، یا دا پوښتنه پرېږدئ.
field-error-not_trimmed = مهرباني وکړئ په پیل یا پای کې تش ځایونه لرې کړئ.
field-error-too_long = دا ډېر اوږد دی. تر ټولو ډېر { $max } توري.
field-error-too_many_bytes = دا ډېر اوږد دی.
field-error-too_many = ډېر زیات دي. تر ټولو ډېر { $max }.
field-error-duplicate = دا په لست کې دوه ځله راغلی.
field-error-control_characters = دا داسې نښې لري چې نه شي کارېدای.
field-error-invalid_phone = دا د ټیلیفون نمبر سم نه ښکاري. په + او د هېواد په کوډ پیل کړئ.
field-error-invalid_region = دا هېواد نه پېژندل کېږي.
field-error-invalid_email = دا د ایمیل پته سمه نه ښکاري.
field-error-invalid_language = دا ژبه نه پېژندل کېږي.
field-error-invalid_time_zone = دا د وخت سیمه نه پېژندل کېږي.
field-error-invalid_time = مهرباني وکړئ د پیل او پای داسې وختونه وټاکئ چې یو شان نه وي.
field-error-no_contact_method = مهرباني وکړئ لږ تر لږه یوه لاره وټاکئ چې له تاسو سره اړیکه ونیول شي. «زه به په دې اپلیکیشن کې ځواب وګورم» هم بس دی.
field-error-unsupported_version = دا اپلیکیشن تازه کولو ته اړتیا لري.
