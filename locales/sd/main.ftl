## Reach — سنڌي (Sindhi)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = سنڌي
# The language's name in English, for the language search.
-locale-english = Sindhi
-locale-dir = rtl
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ڪيلڪيوليٽر
quick-exit = تڪڙو نڪرڻ
quick-exit-hint = هن ايپ کي هڪدم لڪائي ٿو
back = واپس
next = اڳتي
skip = هي ڇڏي ڏيو
save = محفوظ ڪريو
cancel = منسوخ ڪريو
close = بند ڪريو
done = ٿي ويو
optional = اختياري
step-of = { $total } مان { $current } قدم
saved-locked = هن فون تي محفوظ ۽ لاڪ ٿيل

## Calculator (the app's disguise)

calc-label = ڪيلڪيوليٽر
calc-display-label = نتيجو
calc-clear = C
calc-equals = =
calc-error = غلطي

## First use: a private PIN

setup-title = هن ايپ کي ذاتي بڻايو
setup-intro = هڪ ڳجهو نمبر (PIN) چونڊيو. اهو رڳو اوهان کي ئي خبر هجڻ گهرجي.
setup-how = بعد ۾ هيءَ ايپ کولڻ لاءِ، ڪيلڪيوليٽر تي پنهنجو ڳجهو نمبر لکو، پوءِ = دٻايو.
setup-pin-label = اوهان جو ڳجهو نمبر (6 کان 12 انگ)
setup-pin-repeat-label = پنهنجو ڳجهو نمبر ٻيهر لکو
setup-duress-title = ايمرجنسي ڳجهو نمبر (هي ڇڏي سگهو ٿا)
setup-duress-intro = جيڪڏهن ڪو اوهان کي هيءَ ايپ کولڻ تي مجبور ڪري، ته ان جي بدران هي ٻيو ڳجهو نمبر لکو. ايپ خالي نظر ايندي، ۽ ان ۾ سڀ ڪجهه بنا ڪنهن نشاني جي ميٽجي ويندو.
setup-duress-label = ايمرجنسي ڳجهو نمبر
setup-submit = منهنجو ڳجهو نمبر محفوظ ڪريو
setup-mismatch = ٻئي ڳجها نمبر ساڳيا ناهن. مهرباني ڪري ٻيهر ڪوشش ڪريو.

## Language

lang-title = پنهنجي ٻولي چونڊيو
lang-intro = اوهان ان کي بعد ۾ سيٽنگن ۾ بدلائي سگهو ٿا.
lang-search-label = پنهنجي ٻولي ڳوليو
lang-search-hint = پنهنجي ٻوليءَ جو نالو ڪنهن به ٻوليءَ ۾ لکو
lang-search-none = ڪا به ٻولي ان سان نٿي ملي. گهٽ اکر لکي ڏسو.
lang-yours = هن فون تي ٻوليون
lang-all = سڀ ٻوليون
lang-load-failed = هيءَ ٻولي کلي نه سگهي، تنهنڪري ايپ انگريزيءَ ۾ ڏيکاري پئي وڃي.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = اوهان جي عمر ڪيتري آهي؟
age-intro = اوهان هي ڇڏي سگهو ٿا. جيڪڏهن اوهان جي عمر 18 کان گهٽ آهي، ته ايپ سولا لفظ استعمال ڪندي ۽ ٻارن لاءِ مدد ڏيکاريندي.
age-under_18 = 18 کان گهٽ
age-18_to_25 = 18 کان 25
age-26_to_59 = 26 کان 59
age-60_plus = 60 يا وڌيڪ

## Danger check and emergency numbers

danger-title = ڇا اوهان هن وقت خطري ۾ آهيو؟
danger-yes = ها، مان هن وقت خطري ۾ آهيان
danger-no = نه، هن وقت نه
emergency-title = ايمرجنسي نمبر
emergency-intro = اوهان انهن نمبرن تي انٽرنيٽ کان سواءِ به فون ڪري سگهو ٿا.
emergency-country-label = اوهان جو ملڪ
emergency-police = پوليس ۽ ايمرجنسي
emergency-hotline = انهن ماڻهن لاءِ مدد جن جي اسمگلنگ ڪئي وئي يا جن کان زوري ڪم ورتو ويو
emergency-children = ٻارن ۽ نوجوانن لاءِ مدد
emergency-call = { $number } تي فون ڪريو
emergency-source = ذريعو: { $source }
emergency-checked = جانچ جي تاريخ: { $date }
emergency-not-checked = اڃا ٻيهر نه جانچيو ويو آهي. جيڪڏهن نمبر ڪم نه ڪري، ته ايمرجنسي نمبر تي فون ڪريو.
emergency-call-trace = فون ڪالون ۽ مختصر پيغام اوهان جي فون جي فهرستن ۾ رهن ٿا. جيڪڏهن ڪو اوهان جو فون جانچي ٿو، ته اوهان انهن کي پوءِ ميٽي سگهو ٿا.
emergency-none = اسان وٽ اڃا هن ملڪ جا نمبر ناهن. جيڪڏهن اوهان خطري ۾ آهيو، ته مقامي ايمرجنسي نمبر تي فون ڪريو.
emergency-continue = اڳتي وڌو ۽ مدد گهرو

## What help is needed

needs-title = اوهان کي ڪهڙي مدد گهرجي؟
needs-intro = جيڪي به ٺهن ٿا، سڀ چونڊيو. اوهان هي ڇڏي به سگهو ٿا.
need-safety_now = هن وقت محفوظ ٿيڻ
need-shelter = رهڻ لاءِ ڪا محفوظ جاءِ
need-medical = ڊاڪٽر يا دوا
need-legal_immigration = ڪاغذن، ويزا يا قانون بابت مدد
need-labour_exploitation = ڪم تي مسئلا يا پگهار نه ملڻ
need-sexual_exploitation = جنسي عمل لاءِ مجبور ڪرڻ
need-child_at_risk = ڪو ٻار خطري ۾ آهي
need-money_debt = پئسا يا قرض
need-going_home = گهر واپس وڃڻ يا خاندان کي ڳولڻ
need-interpreter = ڪو ماڻهو جيڪو منهنجي ٻولي ڳالهائي
need-other = ٻيو ڪجهه
urgency-title = اوهان کي ڪيترو جلد مدد گهرجي؟
urgency-now = هاڻي
urgency-today = اڄ
urgency-this_week = هن هفتي
urgency-not_urgent = انتظار ڪري سگهجي ٿو
for-whom-title = هيءَ درخواست ڪنهن لاءِ آهي؟
for-whom-self = منهنجي لاءِ
for-whom-someone_else = ڪنهن ٻئي لاءِ
for-whom-assisted_by_outreach = مان ڪنهن جي مدد ڪندڙ فيلڊ ورڪر آهيان

## Safe contact

contact-title = مدد لائين اوهان سان محفوظ طريقي سان ڪيئن رابطو ڪري سگهي ٿي؟
contact-intro = گهٽ ۾ گهٽ هڪ طريقو چونڊيو. رڳو اهي طريقا چونڊيو جيڪي اوهان لاءِ محفوظ آهن.
contact-call = فون ڪال
contact-sms = مختصر پيغام (SMS)
contact-messaging_app = پيغام واري ايپ
contact-email = اي ميل
contact-in_person_via_outreach = سامهون ملي، فيلڊ ورڪر جي ذريعي
contact-check_back_in_app = جواب هن ايپ ۾ پاڻ ڏسڻ
# The example number sits in a LEFT-TO-RIGHT ISOLATE (U+2066 … U+2069) so that "+" shows before the digits in right-to-left text.
contact-phone-label = فون نمبر، ملڪ جي ڪوڊ سان (مثال طور { "\u2066+92…\u2069" })
contact-app-label = ڪهڙي ايپ؟ (مثال طور WhatsApp، Signal)
contact-handle-label = ان ايپ ۾ اوهان جو نالو يا نمبر
contact-email-label = اي ميل پتو
times-title = اوهان سان ڪڏهن رابطو ڪرڻ محفوظ آهي؟
times-intro = اوهان هي ڇڏي سگهو ٿا. پوءِ مدد لائين وڌيڪ احتياط ڪندي.
times-add = هڪ محفوظ وقت شامل ڪريو
times-remove = هي وقت هٽايو
times-from = کان
times-to = تائين
times-days = ڏينهن
times-any-day = ڪو به ڏينهن
times-zone = ٽائيم زون
weekday-mon = سومر
weekday-tue = اڱارو
weekday-wed = اربع
weekday-thu = خميس
weekday-fri = جمعو
weekday-sat = ڇنڇر
weekday-sun = آچر
voicemail-title = ڇا مدد لائين آواز وارو پيغام ڇڏي سگهي ٿي؟
voicemail-yes = ها، آواز وارو پيغام محفوظ آهي
voicemail-no = نه، ڪڏهن به آواز وارو پيغام نه ڇڏيو
voicemail-unsaid = جيڪڏهن اوهان هن سوال جو جواب نه ڏيو، ته مدد لائين آواز وارو پيغام نه ڇڏيندي.
code-word-label = ڳجهو لفظ
code-word-hint = مدد لائين هي لفظ چوندي، جيئن اوهان کي خبر پوي ته واقعي اهي ئي آهن.
someone-else-title = جيڪڏهن ڪو ٻيو جواب ڏئي، ته مدد لائين کي گهرجي ته…
someone-else-hang_up = فون بند ڪري
someone-else-say_wrong_number = چوي ته نمبر غلط آهي
someone-else-ask_for_code_word = ڳجهو لفظ پڇي
someone-else-other = ٻيو ڪجهه ڪري
someone-else-other-label = انهن کي ڇا ڪرڻ گهرجي؟
responder-title = اوهان ڪنهن سان ڳالهائڻ چاهيو ٿا؟
responder-woman = هڪ عورت
responder-man = هڪ مرد
responder-any_gender = ڪو به هجي، ٺيڪ آهي
responder-language-label = اها ٻولي جنهن ۾ اوهان جواب چاهيو ٿا

## More (all optional)

more-title = اوهان بابت ٿورو وڌيڪ
more-intro = هي سڀ اختياري آهي.
place-label = اوهان ڪٿي آهيو؟ شهر يا علائقي جو نالو ڪافي آهي.
place-hint = رڳو اهو ٻڌايو جيڪو اوهان چاهيو. هيءَ ايپ ڪڏهن به اوهان جي جاءِ (لوڪيشن) استعمال نٿي ڪري.
message-label = اوهان جو پيغام
message-hint = اوهان ڪنهن به ٻوليءَ ۾ لکي سگهو ٿا.
message-left =
    { $count ->
        [one] هڪ اکر باقي آهي
       *[other] { $count } اکر باقي آهن
    }

## Consent

consent-title = اوهان جي درخواست ڪير ڏسي سگهي ٿو؟
consent-intro = فيصلو اوهان جو آهي. سڀ کان ڳجهي چونڊ اڳ ۾ ئي چونڊيل آهي.
consent-hotline_only = رڳو مدد لائين
consent-hotline_only-desc = رڳو مدد لائين جي ٽيم ان کي پڙهي ٿي. اهي ان کي ڪنهن سان به ونڊ نٿا ڪن.
consent-may_refer_to_services = مدد لائين ۽ اهي ادارا جيڪي مدد ڪري سگهن ٿا
consent-may_refer_to_services-desc = مدد لائين ان کي پناهگاهن، ڊاڪٽرن يا وڪيلن سان ونڊي سگهي ٿي، ته جيئن اوهان جي مدد ٿئي.
consent-may_involve_police = مدد لائين، مددگار ادارا ۽ پوليس
consent-may_involve_police-desc = مدد لائين پوليس کي به ٻڌائي سگهي ٿي.
consent-child-note = ڇو ته اوهان جي عمر 18 کان گهٽ آهي، تنهنڪري مدد لائين کي شايد انهن ماڻهن کي ٻڌائڻو پوي جن جو ڪم ٻارن جي حفاظت ڪرڻ آهي، ته جيئن اوهان محفوظ رهو.

## Review and send

review-title = پنهنجي درخواست جانچيو
review-intro = اوهان جي درخواست لاڪ ڪئي ويندي ته جيئن رڳو مدد لائين ان کي کولي سگهي. موڪلڻ کان پوءِ، هن فون تي ڪو به ان کي پڙهي نه سگهندو، اوهان به نه.
review-not-answered = جواب نه ڏنو ويو
review-change = بدلايو
review-needs = گهربل مدد
review-contact = اوهان سان رابطي جو طريقو
review-times = محفوظ وقت
review-more = اوهان بابت وڌيڪ
review-consent = ڪير ڏسي سگهي ٿو
submit = لاڪ ڪري مدد لائين ڏانهن موڪليو
submit-working = اوهان جي درخواست لاڪ ٿي رهي آهي…
submit-done = اوهان جي درخواست هن فون تي لاڪ ٿي وئي آهي. جڏهن انٽرنيٽ هوندو، تڏهن موڪلي ويندي.

## Status

status-title = اوهان جون درخواستون
status-intro = هتي اوهان ڏسي سگهو ٿا ته هر درخواست ڪٿي پهتي آهي.
status-empty = اڃا ڪا به درخواست ناهي.
status-saved = هن فون تي محفوظ ۽ لاڪ ٿيل آهي. جڏهن انٽرنيٽ هوندو، تڏهن موڪلي ويندي.
status-sending = هاڻي موڪلي پئي وڃي…
status-received = مدد لائين کي ملي وئي آهي. اسان مدد لائين جي رسيد جانچي ورتي.
status-needs_attention = هن درخواست تي اوهان جي توجه گهرجي.
status-attempts =
    { $count ->
        [one] هڪ ڀيرو ڪوشش ڪئي وئي
       *[other] { $count } ڀيرا ڪوشش ڪئي وئي
    }
status-hotline-received = انتظار آهي ته مدد لائين ۾ ڪو ان کي پڙهي.
status-hotline-in_review = مدد لائين ۾ ڪو ان کي پڙهي رهيو آهي.
status-hotline-answered = مدد لائين ان تي ڪارروائي ڪئي آهي.
status-hotline-closed = مدد لائين ان کي بند ڪري ڇڏيو آهي.
status-hotline-contact_planned = مدد لائين ۾ ڪو رٿ ٺاهي رهيو آهي ته اوهان سان محفوظ طريقي سان ڪيئن رابطو ڪجي.
status-hotline-needs_interpreter = مدد لائين ڪنهن اهڙي ماڻهوءَ کي ڳولي رهي آهي جيڪو اوهان جي ٻولي ڳالهائي.
status-hotline-referred = مدد لائين هڪ ساٿي اداري کي اوهان جي مدد ڪرڻ لاءِ چيو آهي.
status-hotline-unknown = مدد لائين وٽ ان بابت نئين خبر آهي. وڌيڪ ڏسڻ لاءِ، جڏهن محفوظ هجي ته ايپ اپڊيٽ ڪريو.
status-replies = مدد لائين جا پيغام
status-reply-note = مدد لائين هي به لکيو (شايد اوهان جي ٻوليءَ ۾ نه):
status-reply-unreadable = هڪ پيغام آيو جنهن کي هيءَ ايپ جانچي نه سگهي، تنهنڪري اهو ڏيکاريو نٿو وڃي.
status-offline = هن وقت انٽرنيٽ ناهي. اوهان جون درخواستون هن فون تي محفوظ آهن.
status-send-now = هاڻي موڪليو
status-retry = ٻيهر ڪوشش ڪريو
status-check = مدد لائين کان خبر پڇو
status-new = نئين درخواست شروع ڪريو

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = اسان اوهان جي درخواست پڙهي ورتي آهي. اسان اوهان سان ان طريقي سان رابطو ڪنداسين جيڪو اوهان چونڊيو.
reply-call_planned = اسان اوهان کي { $day } تي { $from } ۽ { $to } جي وچ ۾ (اوهان جي وقت موجب) فون ڪنداسين.
reply-message_planned = اسان اوهان کي { $day } تي { $from } ۽ { $to } جي وچ ۾ (اوهان جي وقت موجب) پيغام موڪلينداسين.
reply-interpreter = اسان اهڙو ترجمان ڳولي رهيا آهيون جيڪو اوهان جي ٻولي ڳالهائي. اسان جلد اوهان سان رابطو ڪنداسين.
reply-referred = اسان اوهان جي ويجهو هڪ ساٿي اداري کي مدد لاءِ چيو آهي. اهي اوهان سان ان طريقي سان رابطو ڪندا جيڪو اوهان چونڊيو.
reply-call_us = مهرباني ڪري جڏهن اوهان لاءِ محفوظ هجي، اسان کي فون ڪريو. وقت اوهان پاڻ چونڊيو.
reply-danger = جيڪڏهن اوهان هن وقت خطري ۾ آهيو، ته ايمرجنسي نمبر تي فون ڪريو. اهو اوهان کي هن ايپ ۾ ملي ويندو.
reply-closed = اسان اوهان جي درخواست بند ڪري ڇڏي آهي. اوهان ڪنهن به وقت نئين درخواست موڪلي سگهو ٿا.
reply-unknown = مدد لائين هڪ اهڙو پيغام موڪليو آهي جيڪو ايپ جو هي نسخو ڏيکاري نٿو سگهي. مهرباني ڪري جڏهن محفوظ هجي ته ايپ اپڊيٽ ڪريو.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = اوهان جي درخواست بند ٿي وئي آهي. ڇا اوهان اسان کي ٻڌائيندا ته مدد ڪيئن هئي؟ ٽي ننڍا سوال. اوهان انهن کي ڇڏي سگهو ٿا.
feedback-private = اوهان جا جواب اوهان جي درخواست ۽ نالي کان سواءِ موڪليا ويندا. مدد لائين رڳو ڪل ڳاڻاٽو ڏسي ٿي.
feedback-start = جواب ڏيو
feedback-skip = نه، مهرباني
feedback-send = جواب موڪليو
feedback-q-helped = ڇا اوهان کي اها مدد ملي جيڪا اوهان کي گهربل هئي؟
feedback-q-safe = جڏهن اسان اوهان سان رابطو ڪيو، ڇا اوهان پاڻ کي محفوظ محسوس ڪيو؟
feedback-q-recommend = ڇا اوهان ڪنهن دوست کي اسان بابت ٻڌائيندا؟
feedback-a-yes = ها
feedback-a-partly = ڪجهه حد تائين
feedback-a-no = نه
feedback-thanks = مهرباني. اوهان جا جواب موڪليا ويندا.
feedback-declined = ٺيڪ آهي. اسان ٻيهر نه پڇنداسين.
feedback-failed = اهو نه ٿي سگهيو. مهرباني ڪري ٻيهر ڪوشش ڪريو.
problem-unknown_key = هيءَ درخواست موڪلڻ کان اڳ هن ايپ کي اپڊيٽ ڪرڻ جي ضرورت آهي.
problem-conflict = مدد لائين وٽ ساڳئي نمبر سان ٻي درخواست آهي. مهرباني ڪري مدد لائين سان ڪنهن ٻئي طريقي سان رابطو ڪريو.
problem-malformed = مدد لائين هيءَ درخواست پڙهي نه سگهي. مهرباني ڪري نئين درخواست شروع ڪريو.
problem-too_large = هيءَ درخواست تمام ڊگهي آهي. مهرباني ڪري ننڍي پيغام سان نئين درخواست شروع ڪريو.
problem-unsupported_media_type = هيءَ درخواست موڪلڻ کان اڳ هن ايپ کي اپڊيٽ ڪرڻ جي ضرورت آهي.
problem-other = نيٽ ورڪ يا مدد لائين هيءَ درخواست قبول نه ڪئي. اوهان ٻيهر ڪوشش ڪري سگهو ٿا، يا ڪو ٻيو نيٽ ورڪ آزمائي ڏسو.

## Several people on one device (outreach)

drafts-title = اهي درخواستون جيڪي اڃا نه موڪليون ويون
drafts-continue = جاري رکو
drafts-delete = ميٽيو
drafts-none = ڪجهه به انتظار ۾ ناهي.
review-reference = هي ماڻهو هي فون پاڻ وٽ نه رکندو: کيس هڪ ڪوڊ ڏيو
review-reference-hint = ڪوڊ سان هو هن ايپ واري ڪنهن به فون تي مدد لائين جا جواب پڙهي سگهي ٿو. هي فون رڳو اهو ڏيکاريندو ته مدد لائين کي درخواست ملي يا نه.
assisted-organisation-label = اوهان جي تنظيم (اوهان، فيلڊ ورڪر)
assisted-hint = مدد لائين ڏسندي ته اوهان هن ماڻهوءَ جي مدد ڪئي، ۽ اوهان ڪنهن سان ڪم ڪريو ٿا.
assisted-channel-label = مدد لائين اوهان سان ڪيئن رابطو ڪري سگهي ٿي (اختياري)
reference-title = ماڻهوءَ جو ڪوڊ
reference-intro = هي لفظ ان ماڻهوءَ کي ڏيو. انهن سان هو هن ايپ واري ڪنهن به فون تي مدد لائين جا جواب پڙهي سگهي ٿو. هي فون انهن کي ڪٿي به نٿو لکي، ۽ جڏهن اهي ان ماڻهوءَ وٽ هجن، تڏهن انهن کي وساري ڇڏي ٿو.
reference-for-person = هي لفظ توهان جا آهن. انهن سان توهان مدد لائين جا جواب پڙهي سگهو ٿا. هن ايپ واري ڪنهن به فون تي «{ $requests }» کوليو، پوءِ «{ $check }»، ۽ لفظ يا انگ لکو. انهن کي محفوظ رکو: جنهن وٽ به اهي هوندا، اهو جواب پڙهي سگهندو.
reference-words = لفظ
reference-digits = ساڳيو ڪوڊ انگن ۾
reference-request = درخواست { $number }
reference-done = ماڻهوءَ وٽ سندس ڪوڊ آهي
reference-again = جڏهن ڪوڊ ڏيکاريو پئي ويو، تڏهن ايپ لاڪ ٿي وئي. هي ڪوڊ وري هتي آهي: هاڻي اهو ان ماڻهوءَ کي ڏيو.
status-check-reference = ڪوڊ چيڪ ڪريو
check-reference-title = ڪوڊ چيڪ ڪريو
check-reference-intro = جيڪي لفظ يا انگ توهان کي ڏنا ويا، اهي لکو. هي فون نه انهن کي رکي ٿو نه جوابن کي.
check-reference-no-hotline = هيءَ ايپ اڃا ڪنهن مدد لائين سان ڳنڍيل ناهي، ان ڪري هتي ڪوڊ چيڪ نٿو ٿي سگهي. مهرباني ڪري ڪنهن ٻئي فون تي ڪوشش ڪريو جنهن ۾ هيءَ ايپ هجي.
check-reference-label = لفظ يا انگ
check-reference-submit = چيڪ ڪريو
check-reference-working = چيڪ ٿي رهيو آهي. ڪجهه سيڪنڊ لڳي سگهن ٿا…
check-reference-no-replies = مدد لائين کان اڃا ڪو پيغام ناهي.
check-reference-show-in = { $language } ۾ ڏيکاريو
worker-title = فيلڊ جو ڪم
worker-working-as = اوهان هن نالي سان ڪم ڪريو ٿا: { $organisation }
worker-intro = جنهن به ماڻهوءَ جي اوهان مدد ڪريو ٿا، اهو پنهنجي ٻوليءَ ۾ جواب ڏئي ٿو. جواب مهر ٿي هن فون مان وڃن ٿا، ۽ اهو ماڻهو هڪ ڪوڊ ساڻ کڻي وڃي ٿو. هتي رڳو هر درخواست جو نمبر ۽ حالت رهي ٿي.
worker-new-person = ڪنهن نئين ماڻهوءَ جي مدد ڪريو
handover-title = رڳو اوهان لاءِ سوال
handover-worker = هاڻي فون ان ماڻهوءَ کي ڏيو. اهو ايندڙ سوالن جا جواب اڪيلو ڏيندو، ۽ اوهان ان جا جواب نه ڏسندا.
handover-person = ايندڙ سوال رڳو اوهان لاءِ آهن. جيڪو اوهان جي مدد ڪري رهيو آهي، اهو اوهان جا جواب نه ڏسندو.
handover-start = شروع ڪريو
giveback-title = مهرباني
giveback-intro = اوهان جا جواب مهر ٿي ويا. جيڪو اوهان جي مدد ڪري رهيو آهي، اهو انهن کي ڏسي نٿو سگهي. هاڻي فون واپس ڏيو.
giveback-button = فون واپس ڏيو
review-private = هن جو جواب ماڻهوءَ اڪيلي ڏنو آهي. اهو نه ڏيکاريو ويندو.
review-assisted-as = هيلپ لائين ڏسندي ته اوهان مدد ڪئي، هن نالي سان: { $organisation }
review-later = هاڻي نه: «اهي درخواستون جيڪي اڃا نه موڪليون ويون» ۾ رکو
review-hand-again = فون ان ماڻهوءَ کي ٻيهر ڏيو
review-hand-again-hint = هي تڏهن استعمال ڪريو جڏهن اهو ماڻهو اڪيلي ڏنل جواب بدلائڻ چاهي، يا اتي ڪا شيءِ درست ڪرڻي هجي. هو ٻيهر اهو سوال ڏسندو ته درخواست ڪير ڏسي سگهي ٿو، ۽ ٻيهر چونڊيندو.
review-private-fix = ماڻهوءَ جي اڪيلي ڏنل جوابن ۾ ڪا شيءِ درست ڪرڻي آهي. رڳو اهو ئي ان کي درست ڪري سگهي ٿو: فون کيس ٻيهر ڏيو.
age-given-back-worker = جيڪڏهن اوهان عمر «18 کان گهٽ» ڪريو، يا «18 کان گهٽ» مان بدلايو، ته ماڻهوءَ کي ٻيهر اهو سوال ڏسڻو پوندو ته درخواست ڪير ڏسي سگهي ٿو: اوهان فون کيس هڪ ڀيرو وري ڏيندا.
age-reopened-worker = عمر جي تبديليءَ جو اثر ماڻهوءَ جي ان چونڊ تي پيو آهي ته درخواست ڪير ڏسي سگهي ٿو. جاري رکو: اوهان فون کيس ٻيهر ڏيندا، ۽ هو ٻيهر چونڊيندو.
setup-worker = مان فيلڊ ورڪر آهيان: ٻين کي مدد گهرڻ ۾ مدد ڪريان ٿو
setup-worker-hint = اوهان جنهن به درخواست ۾ مدد ڪندا، هيلپ لائين ان ۾ اوهان جي تنظيم ڏسندي.
worker-org-needed = پنهنجي تنظيم جو نالو لکو، يا فيلڊ ورڪر موڊ بند ڪريو.
settings-worker-title = فيلڊ ورڪر موڊ
settings-worker-intro = هن فون تان ٻين کي درخواستون موڪلڻ ۾ مدد ڪريو. انهن جا جواب مهر ٿين ٿا، ۽ هر ماڻهو هڪ ڪوڊ ساڻ کڻي وڃي ٿو.
settings-worker-on = چالو ڪريو
settings-worker-save = تبديليون محفوظ ڪريو
settings-worker-off = بند ڪريو
settings-worker-saved = ٿي ويو. فيلڊ ورڪر موڊ چالو آهي.
settings-worker-removed = ٿي ويو. فيلڊ ورڪر موڊ بند آهي.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = وڏي آواز ۾ پڙهو: { $text }
speak-stop = پڙهڻ بند ڪريو
speak-no-voice = هن فون تي هن ٻوليءَ لاءِ ڪو آواز ناهي.
speak-unavailable = هن وقت هن فون تي وڏي آواز ۾ پڙهڻ ڪم نٿو ڪري.
speak-headphones = جيڪڏهن ويجهو ڪو ٻڌي سگهي ٿو، ته هيڊفون استعمال ڪريو.

## Settings

settings-title = سيٽنگون
settings-language = ٻولي
settings-read-aloud = هر اسڪرين کلڻ تي ان کي وڏي آواز ۾ پڙهو
settings-lock = هاڻي لاڪ ڪريو
settings-less-protected = هن ڊوائيس تي گهٽ حفاظت: هتي چاٻي رکڻ لاءِ ڪا محفوظ جاءِ ناهي، تنهنڪري جيڪو به ايپ جون فائلون ڪاپي ڪري، اهو اوهان جو ڳجهو نمبر اندازي سان ڳولڻ جي ڪوشش ڪري سگهي ٿو. ڊگهو ڳجهو نمبر اوهان کي وڌيڪ بچائي ٿو.
settings-duress-title = ايمرجنسي ڳجهو نمبر
settings-duress-intro = ٻيو ڳجهو نمبر، ان وقت لاءِ جڏهن ڪو اوهان کي ايپ کولڻ تي مجبور ڪري. اهو بنا ڪنهن نشاني جي سڀ ڪجهه ميٽي ڇڏي ٿو.
settings-current-pin = اوهان جو ڳجهو نمبر
settings-duress-save = ايمرجنسي ڳجهو نمبر محفوظ ڪريو
settings-duress-remove = ايمرجنسي ڳجهو نمبر هٽايو
settings-pin-title = پنهنجو ڳجهو نمبر بدلايو
settings-new-pin = نئون ڳجهو نمبر (6 کان 12 انگ)
settings-new-pin-again = نئون ڳجهو نمبر ٻيهر لکو
settings-pin-save = ڳجهو نمبر بدلايو
settings-pin-changed = اوهان جو ڳجهو نمبر بدلجي ويو. هاڻي کان نئون ڳجهو نمبر استعمال ڪريو.
settings-duress-saved = ٿي ويو. اوهان جو ايمرجنسي ڳجهو نمبر محفوظ ٿي ويو.
settings-duress-removed = ٿي ويو. هاڻي ڪو ايمرجنسي ڳجهو نمبر ناهي.
pin-wrong-left =
    { $count ->
        [one] هي ڳجهو نمبر صحيح ناهي. هڪ ٻيو غلط نمبر لکڻ کان پوءِ، هن فون تي سڀ ڪجهه ميٽجي ويندو.
       *[other] هي ڳجهو نمبر صحيح ناهي. { $count } وڌيڪ غلط نمبر لکڻ کان پوءِ، هن فون تي سڀ ڪجهه ميٽجي ويندو.
    }
settings-wipe-title = سڀ ڪجهه ميٽيو
settings-wipe-intro = هي هن فون تي سڀ درخواستون ۽ مسودا ميٽي ڇڏي ٿو. ان کي واپس نٿو ڪري سگهجي. جيڪي درخواستون مدد لائين کي اڳ ۾ ئي ملي چڪيون آهن، اهي مدد لائين وٽ رهنديون.
settings-wipe-confirm = ها، سڀ ڪجهه ميٽيو

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = ڇا اوهان هاڻي خطري ۾ آهيو؟
danger-yes-child = ها، مان خطري ۾ آهيان
danger-no-child = نه، هاڻي نه
emergency-intro-child = اوهان انهن نمبرن تي فون ڪري سگهو ٿا. انٽرنيٽ جي ضرورت ناهي.
emergency-call-trace-child = اوهان جو فون ڪالن ۽ پيغامن جي فهرست رکي ٿو. جيڪڏهن اوهان کي ڊپ آهي ته ڪو اها ڏسندو، ته اوهان پوءِ انهن کي ميٽي سگهو ٿا.
needs-title-child = اوهان کي ڪهڙي ڳالهه ۾ مدد گهرجي؟
needs-intro-child = جيڪي ڳالهيون اوهان لاءِ سچ آهن، اهي سڀ دٻايو. اوهان هي ڇڏي سگهو ٿا.
need-legal_immigration-child = ڪاغذن يا دستاويزن ۾ مدد
need-labour_exploitation-child = ڪو مون کان زوري ڪم ڪرائي ٿو
need-sexual_exploitation-child = ڪو مون کان زوري جنسي ڪم ڪرائي ٿو
need-money_debt-child = ڪو چوي ٿو ته مون تي سندس پئسا قرض آهن
need-going_home-child = مون کي گهر وڃڻو آهي يا پنهنجو خاندان ڳولڻو آهي
need-child_at_risk-child = ڪو ٻيو ٻار خطري ۾ آهي
urgency-title-child = اوهان کي مدد ڪڏهن گهرجي؟
for-whom-title-child = مدد ڪنهن کي گهرجي؟
for-whom-self-child = مون کي
contact-title-child = اسان اوهان سان محفوظ طريقي سان ڪيئن ڳالهائي سگهون ٿا؟
contact-intro-child = اهڙو طريقو چونڊيو جيڪو اوهان لاءِ محفوظ هجي. ٻيو ڪو به اهو نه ڏسي.
times-title-child = اسان لاءِ ڪڏهن فون ڪرڻ يا لکڻ محفوظ آهي؟
times-intro-child = اوهان هي ڇڏي سگهو ٿا. پوءِ اسان ڏاڍو خيال ڪنداسين.
voicemail-title-child = ڇا اسان آواز وارو پيغام ڇڏي سگهون ٿا؟
someone-else-title-child = جيڪڏهن ڪو ٻيو جواب ڏئي، ته اسان ڇا ڪريون؟
responder-title-child = اوهان ڪنهن سان ڳالهائڻ چاهيو ٿا؟
more-title-child = ٻيو ڪجهه؟
more-intro-child = جواب ڏيڻ ضروري ناهي.
place-label-child = اوهان ڪٿي آهيو؟ شهر جو نالو ڪافي آهي.
message-label-child = جيڪڏهن چاهيو، ته اسان کي ٻڌايو ته ڇا ٿي رهيو آهي
consent-title-child = اوهان جيڪو لکيو، اهو ڪير پڙهي سگهي ٿو؟
consent-intro-child = اوهان چونڊيو. سڀ کان محفوظ چونڊ اڳ ۾ ئي چونڊيل آهي.
consent-hotline_only-desc-child = رڳو مدد لائين جا مددگار ان کي پڙهن ٿا. اهي ان کي راز ۾ رکن ٿا.
consent-may_refer_to_services-desc-child = مدد لائين انهن ماڻهن کي ٻڌائي سگهي ٿي جيڪي ٻارن کي محفوظ رکن ٿا، جهڙوڪ ڊاڪٽر، محفوظ گهر يا وڪيل.
consent-may_involve_police-desc-child = مدد لائين پوليس کي به ٻڌائي سگهي ٿي، ته جيئن اهي انهن ماڻهن کي روڪين جن اوهان کي نقصان پهچايو.
review-title-child = پنهنجا جواب ڏسو
review-intro-child = جڏهن اوهان هي موڪليندا، ته اهو لاڪ ٿي ويندو. رڳو مدد لائين ان کي کولي سگهي ٿي. هن فون تي ڪو به ان کي پڙهي نٿو سگهي، اوهان به نه.
submit-done-child = اوهان جو پيغام هن فون تي لاڪ ٿي ويو آهي. جڏهن انٽرنيٽ هوندو، تڏهن موڪليو ويندو.
handover-title-child = هي سوال رڳو اوهان لاءِ آهن
handover-person-child = ايندڙ سوالن جا جواب رڳو اوهان ڏيندا. جيڪو اوهان جي مدد ڪري رهيو آهي، اهو نه ڏسندو ته اوهان ڇا چيو.
giveback-intro-child = اوهان جا جواب لاڪ ٿي ويا آهن. جيڪو اوهان جي مدد ڪري رهيو آهي، اهو انهن کي ڏسي نٿو سگهي. هاڻي فون ان کي واپس ڏيو.
reference-for-person-child = هي لفظ رڳو اوهان لاءِ آهن. انهن سان اوهان اهو پڙهي سگهو ٿا جيڪو مدد لائين اوهان کي لکندي. هن ايپ واري ڪنهن به فون تي «{ $requests }» دٻايو، پوءِ «{ $check }» دٻايو، ۽ لفظ يا انگ لکو. انهن کي ڳجهو رکو: جنهن وٽ به اهي هوندا، اهو جواب پڙهي سگهندو.

## Errors (codes come from the app's core)

error-wrong_pin = هي ڳجهو نمبر صحيح ناهي.
error-locked = مهرباني ڪري پهرين ايپ کي پنهنجي ڳجهي نمبر سان کوليو.
error-no_hotline = هيءَ ايپ اڃا ڪنهن مدد لائين سان ڳنڍيل ناهي. اوهان جو مسودو محفوظ آهي.
error-invalid = ڪجهه جوابن ۾ تبديلي گهرجي. مهرباني ڪري نشان لڳل سوالن کي ڏسو.
error-pin_too_short = ڳجهي نمبر ۾ 6 کان 12 انگ هوندا آهن.
error-duress_same_as_pin = ايمرجنسي ڳجهو نمبر اوهان جي ڳجهي نمبر کان مختلف هئڻ گهرجي.
error-worker_drafts_open = جيستائين اوهان جن ماڻهن جي مدد ڪريو ٿا انهن جون درخواستون نه موڪليون وڃن، فيلڊ ورڪر موڊ چالو رهي ٿو. انهن کي موڪليو، يا «اهي درخواستون جيڪي اڃا نه موڪليون ويون» ۾ ميٽيو، پوءِ ان کي بند ڪريو.
error-already_set_up = هيءَ ايپ اڳ ۾ ئي سيٽ ٿيل آهي.
error-not_found = هي نه مليو. ٿي سگهي ٿو ته اهو ميٽيو ويو هجي.
error-internal = ڪجهه غلط ٿي ويو. اوهان جون محفوظ ڪيل درخواستون سلامت آهن. مهرباني ڪري ٻيهر ڪوشش ڪريو.
error-not_set_up = هيءَ ايپ اڃا سيٽ ٿيل ناهي. مهرباني ڪري پهرين هڪ ڳجهو نمبر چونڊيو.
error-busy = ايپ موڪلڻ ۾ مصروف آهي. مهرباني ڪري ٿوري دير کان پوءِ ٻيهر ڪوشش ڪريو.
error-status_unavailable = هن وقت مدد لائين کان پڇي نه سگهياسين. اوهان جي درخواست محفوظ آهي. مهرباني ڪري بعد ۾ ٻيهر ڪوشش ڪريو.
error-malformed = ڪجهه جواب پڙهي نه سگهياسين. مهرباني ڪري انهن کي جانچيو ۽ ٻيهر ڪوشش ڪريو.
error-too_large = هي موڪلڻ لاءِ تمام ڊگهو آهي. مهرباني ڪري پنهنجو پيغام ننڍو ڪريو.
error-unsupported_version = هن ايپ کي اپڊيٽ جي ضرورت آهي.
error-profile = هن ايپ ۾ مدد لائين جي معلومات صحيح ناهي. اوهان جو مسودو محفوظ آهي. مهرباني ڪري اپڊيٽ ٿيل ايپ حاصل ڪريو.
error-sync_client = ايپ هن وقت محفوظ طريقي سان ڳنڍجي نٿي سگهي. اوهان جي درخواست محفوظ آهي ۽ بعد ۾ موڪلي ويندي.
error-already_exists = هي اڳ ۾ ئي محفوظ آهي.
error-empty_pin = مهرباني ڪري پنهنجو ڳجهو نمبر لکو.
error-invalid_kdf_params = هن ايپ جون سيٽنگون صحيح ناهن. مهرباني ڪري اپڊيٽ ٿيل ايپ حاصل ڪريو.
error-device_secret_unavailable = ايپ هن فون جي محفوظ اسٽوريج تائين پهچي نٿي سگهي. مهرباني ڪري فون بند ڪري ٻيهر چالو ڪريو ۽ ٻيهر ڪوشش ڪريو.
error-envelope = اوهان جي درخواست مدد لائين لاءِ لاڪ نه ٿي سگهي. اها اڃا به مسودي طور محفوظ آهي.
error-receipt_mismatch = مدد لائين جو جواب جانچي نه سگهياسين. اوهان جي درخواست ٻيهر موڪلي ويندي.
error-corrupt = ايپ جي محفوظ ڪيل ڊيٽا خراب ٿي وئي آهي. اها کلي نٿي سگهي.
error-io = فون هي محفوظ نه ڪري سگهيو. ٿي سگهي ٿو ته اهو ڀريل هجي. مهرباني ڪري ڪجهه جاءِ خالي ڪريو ۽ ٻيهر ڪوشش ڪريو.
error-database = ايپ پنهنجي ڊيٽا پڙهي يا محفوظ ڪري نه سگهي. اوهان جون محفوظ ڪيل درخواستون سلامت آهن. مهرباني ڪري ٻيهر ڪوشش ڪريو.
error-pin_too_long = ڳجهي نمبر ۾ 6 کان 12 انگ هوندا آهن.
error-pin_not_digits = ڳجهي نمبر ۾ رڳو انگ هوندا آهن.
error-reference_word_count = ڪوڊ ۾ 9 لفظ آهن. ڏسو ته سڀ لکيا اٿو.
error-reference_unknown_word = هڪ لفظ صحيح ناهي. ان جي جوڙجڪ چيڪ ڪريو.
check-reference-wrong-word = لفظ نمبر { $number } صحيح ناهي. ان جي جوڙجڪ چيڪ ڪريو.
error-reference_digits = ڪوڊ ۾ 22 انگ آهن. ڏسو ته سڀ لکيا اٿو.
error-reference_check = هڪ لفظ يا انگ صحيح ناهي. هر هڪ چيڪ ڪري وري ڪوشش ڪريو.
error-reference_not_found = مدد لائين وٽ اڃا هن ڪوڊ واري ڪا درخواست ناهي. جيڪڏهن اها انٽرنيٽ کان سواءِ فون تان موڪلي وئي هئي، ته جڏهن ان فون تي وري انٽرنيٽ هوندو، تڏهن پهچندي. مهرباني ڪري بعد ۾ ٻيهر ڪوشش ڪريو. جيڪڏهن پوءِ به نه ملي، ته هر لفظ يا انگ چيڪ ڪريو.
field-error-empty = مهرباني ڪري هي ڀريو، يا سوال ڇڏي ڏيو.
field-error-not_trimmed = مهرباني ڪري شروع يا آخر ۾ خالي جاءِ هٽايو.
field-error-too_long = هي تمام ڊگهو آهي. وڌ ۾ وڌ { $max } اکر.
field-error-too_many_bytes = هي تمام ڊگهو آهي.
field-error-too_many = تمام گهڻا آهن. وڌ ۾ وڌ { $max }.
field-error-duplicate = هي فهرست ۾ ٻه ڀيرا آهي.
field-error-control_characters = هن ۾ اهڙا نشان آهن جيڪي استعمال نٿا ٿي سگهن.
field-error-invalid_phone = هي فون نمبر صحيح نٿو لڳي. + ۽ ملڪ جي ڪوڊ سان شروع ڪريو.
field-error-invalid_region = هي ملڪ سڃاتل ناهي.
field-error-invalid_email = هي اي ميل پتو صحيح نٿو لڳي.
field-error-invalid_language = هيءَ ٻولي سڃاتل ناهي.
field-error-invalid_time_zone = هي ٽائيم زون سڃاتل ناهي.
field-error-invalid_time = مهرباني ڪري شروع ۽ آخر جو مختلف وقت چونڊيو.
field-error-no_contact_method = مهرباني ڪري اوهان سان رابطي جو گهٽ ۾ گهٽ هڪ طريقو چونڊيو. «جواب هن ايپ ۾ پاڻ ڏسڻ» به ڪافي آهي.
field-error-unsupported_version = هن ايپ کي اپڊيٽ جي ضرورت آهي.
