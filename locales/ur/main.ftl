## Reach — اردو (Urdu)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = اردو
# The language's name in English, for the language search.
-locale-english = Urdu
-locale-dir = rtl
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = کیلکولیٹر
quick-exit = فوراً باہر نکلیں
quick-exit-hint = اس ایپ کو فوراً چھپا دیتا ہے
back = واپس
next = آگے
skip = اسے چھوڑیں
save = محفوظ کریں
cancel = منسوخ کریں
close = بند کریں
done = ہو گیا
optional = اختیاری
step-of = { $total } میں سے مرحلہ { $current }
saved-locked = اس فون پر محفوظ اور لاک ہے

## Calculator (the app's disguise)

calc-label = کیلکولیٹر
calc-display-label = نتیجہ
calc-clear = C
calc-equals = =
calc-error = غلطی

## First use: a private PIN

setup-title = اس ایپ کو نجی بنائیں
setup-intro = ایک خفیہ نمبر (PIN) چنیں۔ یہ صرف آپ کو معلوم ہونا چاہیے۔
setup-how = بعد میں یہ ایپ کھولنے کے لیے کیلکولیٹر پر اپنا خفیہ نمبر لکھیں، پھر = دبائیں۔
setup-pin-label = آپ کا خفیہ نمبر (6 سے 12 ہندسے)
setup-pin-repeat-label = اپنا خفیہ نمبر دوبارہ لکھیں
setup-duress-title = ہنگامی خفیہ نمبر (اسے چھوڑا جا سکتا ہے)
setup-duress-intro = اگر کوئی آپ کو یہ ایپ کھولنے پر مجبور کرے، تو اپنے خفیہ نمبر کی جگہ یہ دوسرا نمبر لکھیں۔ ایپ خالی نظر آئے گی، اور اس میں سب کچھ بغیر کسی نشان کے مٹ جائے گا۔
setup-duress-label = ہنگامی خفیہ نمبر
setup-submit = میرا خفیہ نمبر محفوظ کریں
setup-mismatch = دونوں خفیہ نمبر ایک جیسے نہیں ہیں۔ براہ کرم دوبارہ کوشش کریں۔

## Language

lang-title = اپنی زبان چنیں
lang-intro = اسے بعد میں سیٹنگز میں بدلا جا سکتا ہے۔
lang-search-label = اپنی زبان تلاش کریں
lang-search-hint = اپنی زبان کا نام کسی بھی زبان میں لکھیں
lang-search-none = اس سے ملتی کوئی زبان نہیں۔ کم حروف لکھ کر دیکھیں۔
lang-yours = اس فون پر موجود زبانیں
lang-all = تمام زبانیں
lang-load-failed = یہ زبان کھولی نہیں جا سکی، اس لیے ایپ انگریزی میں دکھائی جا رہی ہے۔

## Age (asked early, optional: under 18 switches to the child's path)

age-title = آپ کی عمر کیا ہے؟
age-intro = اسے چھوڑا جا سکتا ہے۔ اگر آپ کی عمر 18 سال سے کم ہے تو ایپ آسان الفاظ استعمال کرتی ہے اور بچوں کے لیے مدد دکھاتی ہے۔
age-under_18 = 18 سے کم
age-18_to_25 = 18 سے 25
age-26_to_59 = 26 سے 59
age-60_plus = 60 یا زیادہ

## Danger check and emergency numbers

danger-title = کیا آپ اس وقت خطرے میں ہیں؟
danger-yes = ہاں، میں ابھی خطرے میں ہوں
danger-no = نہیں، ابھی نہیں
emergency-title = ہنگامی نمبر
emergency-intro = ان نمبروں پر انٹرنیٹ کے بغیر کال کی جا سکتی ہے۔
emergency-country-label = آپ کا ملک
emergency-police = پولیس اور ایمرجنسی
emergency-hotline = ان لوگوں کے لیے مدد جنہیں اسمگل کیا گیا ہو یا زبردستی کام کروایا جاتا ہو
emergency-children = بچوں اور نوجوانوں کے لیے مدد
emergency-call = { $number } پر کال کریں
emergency-source = ذریعہ: { $source }
emergency-checked = جانچ کی تاریخ: { $date }
emergency-not-checked = ابھی دوبارہ جانچ نہیں ہوئی۔ اگر یہ نمبر کام نہ کرے تو ایمرجنسی نمبر پر کال کریں۔
emergency-call-trace = کالیں اور ٹیکسٹ میسج آپ کے فون کی فہرستوں میں رہتے ہیں۔ اگر کوئی آپ کا فون چیک کرتا ہو تو آپ بعد میں انہیں مٹا سکتے ہیں۔
emergency-none = ہمارے پاس ابھی اس ملک کے نمبر نہیں ہیں۔ اگر آپ خطرے میں ہیں تو مقامی ایمرجنسی نمبر پر کال کریں۔
emergency-continue = آگے بڑھیں اور مدد مانگیں

## What help is needed

needs-title = آپ کو کس مدد کی ضرورت ہے؟
needs-intro = جو بھی ٹھیک لگے، سب چنیں۔ اسے چھوڑا بھی جا سکتا ہے۔
need-safety_now = ابھی محفوظ ہونا
need-shelter = رہنے کے لیے محفوظ جگہ
need-medical = ڈاکٹر یا دوا
need-legal_immigration = کاغذات، ویزا یا قانون میں مدد
need-labour_exploitation = کام پر مسائل یا تنخواہ نہ ملنا
need-sexual_exploitation = جنسی کام پر مجبور کیا جانا
need-child_at_risk = کوئی بچہ خطرے میں ہے
need-money_debt = پیسہ یا قرض
need-going_home = گھر واپس جانا یا گھر والوں کو ڈھونڈنا
need-interpreter = کوئی جو میری زبان بولے
need-other = کچھ اور
urgency-title = آپ کو کتنی جلدی مدد چاہیے؟
urgency-now = ابھی
urgency-today = آج
urgency-this_week = اس ہفتے
urgency-not_urgent = جلدی نہیں ہے
for-whom-title = یہ درخواست کس کے لیے ہے؟
for-whom-self = میرے لیے
for-whom-someone_else = کسی اور کے لیے
for-whom-assisted_by_outreach = میں فیلڈ ورکر ہوں، کسی اور کی مدد کے لیے

## Safe contact

contact-title = ہیلپ لائن آپ سے محفوظ طریقے سے کیسے رابطہ کرے؟
contact-intro = کم از کم ایک طریقہ چنیں۔ صرف وہی طریقے چنیں جو آپ کے لیے محفوظ ہوں۔
contact-call = فون کال
contact-sms = ٹیکسٹ میسج (SMS)
contact-messaging_app = میسجنگ ایپ
contact-email = ای میل
contact-in_person_via_outreach = آمنے سامنے، کسی فیلڈ ورکر کے ذریعے
contact-check_back_in_app = جواب اسی ایپ میں دیکھنا
# The example number sits in a LEFT-TO-RIGHT ISOLATE (U+2066 … U+2069) so that "+" shows before the digits in right-to-left text.
contact-phone-label = فون نمبر، ملک کے کوڈ کے ساتھ (مثلاً { "\u2066+92…\u2069" })
contact-app-label = کون سی ایپ؟ (مثلاً WhatsApp یا Signal)
contact-handle-label = اس ایپ میں آپ کا نام یا نمبر
contact-email-label = ای میل ایڈریس
times-title = آپ سے رابطہ کرنا کب محفوظ ہے؟
times-intro = اسے چھوڑا جا سکتا ہے۔ پھر ہیلپ لائن زیادہ احتیاط کرے گی۔
times-add = محفوظ وقت شامل کریں
times-remove = یہ وقت ہٹائیں
times-from = کب سے
times-to = کب تک
times-days = دن
times-any-day = کوئی بھی دن
times-zone = ٹائم زون
weekday-mon = پیر
weekday-tue = منگل
weekday-wed = بدھ
weekday-thu = جمعرات
weekday-fri = جمعہ
weekday-sat = ہفتہ
weekday-sun = اتوار
voicemail-title = کیا ہیلپ لائن وائس میسج چھوڑ سکتی ہے؟
voicemail-yes = ہاں، وائس میسج محفوظ ہے
voicemail-no = نہیں، کبھی وائس میسج نہ چھوڑیں
voicemail-unsaid = اگر اس سوال کا جواب نہ دیا جائے، تو ہیلپ لائن وائس میسج نہیں چھوڑے گی۔
code-word-label = خفیہ لفظ
code-word-hint = ہیلپ لائن یہ لفظ بولے گی، تاکہ آپ کو پتا چلے کہ واقعی وہی ہیں۔
someone-else-title = اگر کوئی اور فون اٹھائے تو ہیلپ لائن کو چاہیے کہ…
someone-else-hang_up = فون بند کر دے
someone-else-say_wrong_number = کہے کہ غلط نمبر ہے
someone-else-ask_for_code_word = خفیہ لفظ پوچھے
someone-else-other = کچھ اور کرے
someone-else-other-label = انہیں کیا کرنا چاہیے؟
responder-title = آپ کی بات کس سے ہو؟
responder-woman = کسی عورت سے
responder-man = کسی مرد سے
responder-any_gender = کوئی بھی ٹھیک ہے
responder-language-label = جواب کس زبان میں چاہیے

## More (all optional)

more-title = آپ کے بارے میں تھوڑا اور
more-intro = یہ سب اختیاری ہے۔
place-label = آپ کہاں ہیں؟ شہر یا علاقہ کافی ہے۔
place-hint = صرف وہی بتائیں جو آپ چاہیں۔ یہ ایپ کبھی آپ کی لوکیشن استعمال نہیں کرتی۔
message-label = آپ کا پیغام
message-hint = کسی بھی زبان میں لکھا جا سکتا ہے۔
message-left =
    { $count ->
        [one] { $count } حرف باقی ہے
       *[other] { $count } حروف باقی ہیں
    }

## Consent

consent-title = آپ کی درخواست کون دیکھ سکتا ہے؟
consent-intro = فیصلہ آپ کا ہے۔ سب سے نجی انتخاب پہلے سے چنا ہوا ہے۔
consent-hotline_only = صرف ہیلپ لائن
consent-hotline_only-desc = صرف ہیلپ لائن کی ٹیم اسے پڑھتی ہے۔ وہ اسے کسی کو نہیں دیتے۔
consent-may_refer_to_services = ہیلپ لائن اور وہ ادارے جو مدد کر سکتے ہیں
consent-may_refer_to_services-desc = آپ کی مدد کے لیے ہیلپ لائن اسے پناہ گاہوں، ڈاکٹروں یا وکیلوں کو دے سکتی ہے۔
consent-may_involve_police = ہیلپ لائن، مددگار ادارے اور پولیس
consent-may_involve_police-desc = ہیلپ لائن پولیس کو بھی بتا سکتی ہے۔
consent-child-note = تمہاری عمر 18 سال سے کم ہے، اس لیے تمہیں محفوظ رکھنے کے لیے ہو سکتا ہے ہیلپ لائن کو ان لوگوں کو بتانا پڑے جن کا کام بچوں کی حفاظت کرنا ہے۔

## Review and send

review-title = اپنی درخواست دیکھ لیں
review-intro = آپ کی درخواست لاک کر دی جائے گی تاکہ صرف ہیلپ لائن اسے کھول سکے۔ بھیجنے کے بعد اس فون پر کوئی اسے نہیں پڑھ سکتا، آپ بھی نہیں۔
review-not-answered = جواب نہیں دیا گیا
review-change = بدلیں
review-needs = کیا مدد چاہیے
review-contact = آپ سے رابطہ کیسے ہو
review-times = محفوظ اوقات
review-more = آپ کے بارے میں مزید
review-consent = اسے کون دیکھ سکتا ہے
submit = لاک کر کے ہیلپ لائن کو بھیجیں
submit-working = آپ کی درخواست لاک ہو رہی ہے…
submit-done = آپ کی درخواست اس فون پر لاک ہو گئی ہے۔ انٹرنیٹ ملتے ہی بھیج دی جائے گی۔

## Status

status-title = آپ کی درخواستیں
status-intro = یہاں دیکھیں کہ ہر درخواست کہاں تک پہنچی ہے۔
status-empty = ابھی کوئی درخواست نہیں۔
status-saved = اس فون پر محفوظ اور لاک ہے۔ انٹرنیٹ ملتے ہی بھیج دی جائے گی۔
status-sending = ابھی بھیجی جا رہی ہے…
status-received = ہیلپ لائن کو مل گئی ہے۔ ہم نے ہیلپ لائن کی رسید جانچ لی ہے۔
status-needs_attention = اس درخواست پر آپ کی توجہ چاہیے۔
status-attempts =
    { $count ->
        [one] ایک بار کوشش کی گئی
       *[other] { $count } بار کوشش کی گئی
    }
status-hotline-received = انتظار ہے کہ ہیلپ لائن پر کوئی اسے پڑھے۔
status-hotline-in_review = ہیلپ لائن پر اسے پڑھا جا رہا ہے۔
status-hotline-answered = ہیلپ لائن نے اس پر کارروائی کر دی ہے۔
status-hotline-closed = ہیلپ لائن نے اسے بند کر دیا ہے۔
status-hotline-contact_planned = ہیلپ لائن پر کوئی یہ طے کر رہا ہے کہ آپ سے محفوظ طریقے سے کیسے رابطہ کیا جائے۔
status-hotline-needs_interpreter = ہیلپ لائن کسی ایسے شخص کو ڈھونڈ رہی ہے جو آپ کی زبان بولتا ہو۔
status-hotline-referred = ہیلپ لائن نے ایک ساتھی ادارے سے آپ کی مدد کرنے کو کہا ہے۔
status-hotline-unknown = ہیلپ لائن کے پاس اس بارے میں نئی خبر ہے۔ مزید دیکھنے کے لیے، جب محفوظ ہو تو ایپ اپ ڈیٹ کریں۔
status-replies = ہیلپ لائن کے پیغامات
status-reply-note = ہیلپ لائن نے یہ بھی لکھا ہے (شاید آپ کی زبان میں نہیں):
status-reply-unreadable = ایک پیغام آیا جسے یہ ایپ جانچ نہیں سکی، اس لیے وہ نہیں دکھایا گیا۔
status-offline = ابھی انٹرنیٹ نہیں ہے۔ آپ کی درخواستیں اس فون پر محفوظ ہیں۔
status-send-now = ابھی بھیجیں
status-retry = دوبارہ کوشش کریں
status-check = ہیلپ لائن سے خبر پوچھیں
status-new = نئی درخواست شروع کریں

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = ہم نے آپ کی درخواست پڑھ لی ہے۔ آپ نے جو طریقہ چنا ہے، ہم اسی سے آپ سے رابطہ کریں گے۔
reply-call_planned = ہم آپ کو { $day } کو { $from } سے { $to } کے درمیان (آپ کے مقامی وقت کے مطابق) فون کریں گے۔
reply-message_planned = ہم آپ کو { $day } کو { $from } سے { $to } کے درمیان (آپ کے مقامی وقت کے مطابق) پیغام بھیجیں گے۔
reply-interpreter = ہم ایسا ترجمان ڈھونڈ رہے ہیں جو آپ کی زبان بولتا ہو۔ ہم جلد آپ سے رابطہ کریں گے۔
reply-referred = ہم نے آپ کے قریب ایک ساتھی ادارے سے مدد کرنے کو کہا ہے۔ آپ نے جو طریقہ چنا ہے، وہ اسی سے آپ سے رابطہ کریں گے۔
reply-call_us = جب آپ کے لیے محفوظ ہو، ہمیں فون کریں۔ وقت آپ خود چنیں۔
reply-danger = اگر آپ ابھی خطرے میں ہیں تو ہنگامی نمبر پر فون کریں۔ یہ نمبر اسی ایپ میں موجود ہے۔
reply-closed = ہم نے آپ کی درخواست بند کر دی ہے۔ آپ جب چاہیں نئی درخواست بھیج سکتے ہیں۔
reply-unknown = ہیلپ لائن نے ایک ایسا پیغام بھیجا ہے جو ایپ کا یہ ورژن نہیں دکھا سکتا۔ براہ کرم جب محفوظ ہو تو ایپ اپ ڈیٹ کریں۔

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = آپ کی درخواست بند ہو گئی ہے۔ کیا آپ بتائیں گے کہ مدد کیسی رہی؟ تین مختصر سوال۔ آپ انہیں چھوڑ سکتے ہیں۔
feedback-private = آپ کے جواب آپ کی درخواست یا نام کے بغیر بھیجے جاتے ہیں۔ ہیلپ لائن صرف کل تعداد دیکھتی ہے۔
feedback-start = جواب دیں
feedback-skip = نہیں، شکریہ
feedback-send = جواب بھیجیں
feedback-q-helped = کیا آپ کو وہ مدد ملی جس کی ضرورت تھی؟
feedback-q-safe = جب ہم نے رابطہ کیا تو کیا آپ نے خود کو محفوظ محسوس کیا؟
feedback-q-recommend = کیا آپ کسی دوست کو ہمارے بارے میں بتائیں گے؟
feedback-a-yes = ہاں
feedback-a-partly = کچھ حد تک
feedback-a-no = نہیں
feedback-thanks = شکریہ۔ آپ کے جواب بھیج دیے جائیں گے۔
feedback-declined = ٹھیک ہے۔ ہم دوبارہ نہیں پوچھیں گے۔
feedback-failed = یہ کام نہیں ہوا۔ براہ کرم دوبارہ کوشش کریں۔
problem-unknown_key = یہ درخواست بھیجنے سے پہلے اس ایپ کو اپ ڈیٹ کرنا ضروری ہے۔
problem-conflict = ہیلپ لائن کے پاس اسی نمبر کی ایک اور درخواست ہے۔ براہ کرم کسی اور طریقے سے ہیلپ لائن سے رابطہ کریں۔
problem-malformed = ہیلپ لائن یہ درخواست نہیں پڑھ سکی۔ براہ کرم نئی درخواست شروع کریں۔
problem-too_large = یہ درخواست بہت لمبی ہے۔ براہ کرم چھوٹے پیغام کے ساتھ نئی درخواست شروع کریں۔
problem-unsupported_media_type = یہ درخواست بھیجنے سے پہلے اس ایپ کو اپ ڈیٹ کرنا ضروری ہے۔
problem-other = نیٹ ورک یا ہیلپ لائن نے یہ درخواست قبول نہیں کی۔ دوبارہ کوشش کریں، یا کوئی اور نیٹ ورک آزمائیں۔

## Several people on one device (outreach)

drafts-title = جو درخواستیں ابھی نہیں بھیجی گئیں
drafts-continue = جاری رکھیں
drafts-delete = مٹائیں
drafts-none = کچھ بھی انتظار میں نہیں۔
review-reference = یہ شخص یہ فون اپنے پاس نہیں رکھے گا: اسے ایک کوڈ دیں
review-reference-hint = کوڈ سے وہ اس ایپ والے کسی بھی فون پر ہیلپ لائن کے جواب پڑھ سکتا ہے۔ یہ فون صرف یہ دکھائے گا کہ ہیلپ لائن کو درخواست ملی یا نہیں۔
assisted-organisation-label = آپ کی تنظیم (آپ، فیلڈ ورکر)
assisted-hint = ہیلپ لائن دیکھے گی کہ آپ نے اس شخص کی مدد کی، اور آپ کس کے ساتھ کام کرتے ہیں۔
assisted-channel-label = ہیلپ لائن آپ سے کیسے رابطہ کرے (اختیاری)
reference-title = اس شخص کا کوڈ
reference-intro = یہ الفاظ اس شخص کو دیں۔ ان سے وہ اس ایپ والے کسی بھی فون پر ہیلپ لائن کے جواب پڑھ سکتا ہے۔ یہ فون انہیں کہیں نہیں لکھتا، اور جب یہ اس شخص کے پاس پہنچ جائیں تو انہیں بھول جاتا ہے۔
reference-for-person = یہ الفاظ آپ کے ہیں۔ ان سے آپ ہیلپ لائن کے جواب پڑھ سکتے ہیں۔ اس ایپ والے کسی بھی فون پر “{ $requests }” کھولیں، پھر “{ $check }” کھولیں، اور الفاظ یا نمبر لکھیں۔ انہیں سنبھال کر رکھیں: جس کے پاس بھی یہ ہوں، وہ جواب پڑھ سکتا ہے۔
reference-words = الفاظ
reference-digits = یہی کوڈ نمبروں میں
reference-request = درخواست { $number }
reference-done = اس شخص کے پاس اپنا کوڈ ہے
reference-again = جب کوڈ دکھایا جا رہا تھا تو ایپ لاک ہو گئی۔ یہ رہا دوبارہ: اب اسے اس شخص کو دیں۔
status-check-reference = کوڈ چیک کریں
check-reference-title = کوڈ چیک کریں
check-reference-intro = جو الفاظ یا نمبر آپ کو دیے گئے تھے وہ لکھیں۔ یہ فون انہیں یا جوابوں کو محفوظ نہیں رکھتا۔
check-reference-no-hotline = یہ ایپ ابھی کسی ہیلپ لائن سے جڑی نہیں ہے، اس لیے یہاں کوڈ چیک نہیں ہو سکتا۔ براہ کرم کسی دوسرے فون پر کوشش کریں جس میں یہ ایپ ہو۔
check-reference-label = الفاظ یا نمبر
check-reference-submit = چیک کریں
check-reference-working = چیک ہو رہا ہے۔ اس میں چند سیکنڈ لگ سکتے ہیں…
check-reference-no-replies = ہیلپ لائن کی طرف سے ابھی کوئی پیغام نہیں۔
check-reference-show-in = { $language } میں دکھائیں
worker-title = فیلڈ کا کام
worker-working-as = آپ اس نام سے کام کرتے ہیں: { $organisation }
worker-intro = آپ جس کی بھی مدد کرتے ہیں، وہ اپنی زبان میں جواب دیتا ہے۔ جوابات مہر بند ہو کر اس فون سے جاتے ہیں، اور وہ شخص ایک کوڈ ساتھ لے جاتا ہے۔ یہاں ہر درخواست کا صرف نمبر اور حالت رہتی ہے۔
worker-new-person = کسی نئے شخص کی مدد کریں
handover-title = صرف آپ کے لیے سوالات
handover-worker = اب فون اس شخص کو دیں۔ اگلے سوالوں کے جواب وہ اکیلا دے گا، اور آپ اس کے جواب نہیں دیکھیں گے۔
handover-person = اگلے سوالات صرف آپ کے لیے ہیں۔ جو آپ کی مدد کر رہا ہے، وہ آپ کے جواب نہیں دیکھے گا۔
handover-start = شروع کریں
giveback-title = شکریہ
giveback-intro = آپ کے جوابات مہر بند ہو گئے۔ جو آپ کی مدد کر رہا ہے، وہ انہیں نہیں دیکھ سکتا۔ اب فون واپس کر دیں۔
giveback-button = فون واپس کریں
review-private = اس کا جواب اس شخص نے اکیلے دیا ہے۔ یہ نہیں دکھایا جاتا۔
review-assisted-as = ہیلپ لائن دیکھے گی کہ آپ نے مدد کی، اس نام سے: { $organisation }
review-later = ابھی نہیں: “جو درخواستیں ابھی نہیں بھیجی گئیں” میں رکھیں
review-hand-again = فون دوبارہ اس شخص کو دیں
review-hand-again-hint = یہ تب استعمال کریں جب وہ شخص اپنے اکیلے دیے ہوئے جواب بدلنا چاہے، یا ان میں کچھ ٹھیک کرنا ہو۔ وہ “اسے کون دیکھ سکتا ہے” دوبارہ دیکھے گا اور پھر سے چنے گا۔
review-private-fix = اس شخص نے اکیلے جو جواب دیا، اس میں کچھ ٹھیک کرنا ہے۔ اسے صرف وہی ٹھیک کر سکتا ہے: فون دوبارہ اسے دیں۔
age-given-back-worker = اگر آپ عمر کو “18 سے کم” میں یا “18 سے کم” سے بدلیں، تو اس شخص کو “اسے کون دیکھ سکتا ہے” دوبارہ دیکھنا ہوگا: آپ فون ایک بار پھر اسے دیں گے۔
age-reopened-worker = عمر بدلنے سے اس شخص کا “اسے کون دیکھ سکتا ہے” والا انتخاب بدل گیا۔ جاری رکھیں: آپ فون دوبارہ اسے دیں گے، اور وہ پھر سے چنے گا۔
setup-worker = میں فیلڈ ورکر ہوں: میں دوسروں کو مدد مانگنے میں مدد کرتا ہوں
setup-worker-hint = آپ جس بھی درخواست میں مدد کریں گے، ہیلپ لائن اس پر آپ کی تنظیم دیکھے گی۔
worker-org-needed = اپنی تنظیم کا نام لکھیں، یا فیلڈ ورکر موڈ بند کریں۔
settings-worker-title = فیلڈ ورکر موڈ
settings-worker-intro = اس فون سے دوسروں کو درخواستیں بھیجنے میں مدد کریں۔ ان کے جوابات مہر بند ہوتے ہیں، اور ہر شخص ایک کوڈ ساتھ لے جاتا ہے۔
settings-worker-on = آن کریں
settings-worker-save = تبدیلیاں محفوظ کریں
settings-worker-off = بند کریں
settings-worker-saved = ہو گیا۔ فیلڈ ورکر موڈ آن ہے۔
settings-worker-removed = ہو گیا۔ فیلڈ ورکر موڈ بند ہے۔

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = بلند آواز سے پڑھیں: { $text }
speak-stop = پڑھنا بند کریں
speak-no-voice = اس فون پر اس زبان کے لیے کوئی آواز نہیں ہے۔
speak-unavailable = ابھی اس فون پر بلند آواز سے پڑھنا کام نہیں کر رہا۔
speak-headphones = اگر آس پاس کوئی سن سکتا ہو تو ہیڈفون استعمال کریں۔

## Settings

settings-title = سیٹنگز
settings-language = زبان
settings-read-aloud = ہر اسکرین کھلنے پر اسے بلند آواز سے پڑھیں
settings-lock = ابھی لاک کریں
settings-less-protected = اس آلے پر کم حفاظت: یہاں چابی رکھنے کی کوئی محفوظ جگہ نہیں، اس لیے جو ایپ کی فائلیں نقل کرے وہ آپ کا خفیہ نمبر اندازے سے ڈھونڈنے کی کوشش کر سکتا ہے۔ لمبا خفیہ نمبر آپ کی بہتر حفاظت کرتا ہے۔
settings-duress-title = ہنگامی خفیہ نمبر
settings-duress-intro = ایک دوسرا خفیہ نمبر، اس وقت کے لیے جب کوئی آپ کو ایپ کھولنے پر مجبور کرے۔ یہ بغیر کسی نشان کے سب کچھ مٹا دیتا ہے۔
settings-current-pin = آپ کا خفیہ نمبر
settings-duress-save = ہنگامی خفیہ نمبر محفوظ کریں
settings-duress-remove = ہنگامی خفیہ نمبر ہٹائیں
settings-pin-title = اپنا خفیہ نمبر بدلیں
settings-new-pin = نیا خفیہ نمبر (6 سے 12 ہندسے)
settings-new-pin-again = نیا خفیہ نمبر دوبارہ لکھیں
settings-pin-save = خفیہ نمبر بدلیں
settings-pin-changed = آپ کا خفیہ نمبر بدل گیا ہے۔ اب سے نیا خفیہ نمبر استعمال کریں۔
settings-duress-saved = ہو گیا۔ آپ کا ہنگامی خفیہ نمبر محفوظ ہو گیا ہے۔
settings-duress-removed = ہو گیا۔ اب کوئی ہنگامی خفیہ نمبر نہیں ہے۔
pin-wrong-left =
    { $count ->
        [one] یہ خفیہ نمبر درست نہیں ہے۔ اگر ایک بار اور غلط خفیہ نمبر لکھا گیا، تو اس فون پر موجود سب کچھ مٹ جائے گا۔
       *[other] یہ خفیہ نمبر درست نہیں ہے۔ اگر { $count } بار اور غلط خفیہ نمبر لکھا گیا، تو اس فون پر موجود سب کچھ مٹ جائے گا۔
    }
settings-wipe-title = سب کچھ مٹا دیں
settings-wipe-intro = اس سے اس فون پر موجود تمام درخواستیں اور ڈرافٹ مٹ جائیں گے۔ یہ واپس نہیں ہو سکتا۔ جو درخواستیں ہیلپ لائن کو پہلے مل چکی ہیں، وہ ہیلپ لائن کے پاس رہیں گی۔
settings-wipe-confirm = ہاں، سب کچھ مٹا دیں

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = کیا تم ابھی خطرے میں ہو؟
danger-yes-child = ہاں، میں خطرے میں ہوں
danger-no-child = نہیں، اس وقت نہیں
emergency-intro-child = ان نمبروں پر فون کرو۔ انٹرنیٹ کی ضرورت نہیں۔
emergency-call-trace-child = تمہارا فون کالوں اور پیغاموں کی فہرست رکھتا ہے۔ اگر تمہیں فکر ہو کہ کوئی اسے دیکھ لے گا، تو انہیں بعد میں مٹایا جا سکتا ہے۔
needs-title-child = تمہیں کس چیز میں مدد چاہیے؟
needs-intro-child = جو باتیں تمہارے لیے سچ ہیں، ان سب پر ٹیپ کرو۔ چاہو تو اسے چھوڑ دو۔
need-legal_immigration-child = کاغذات یا دستاویزات میں مدد
need-labour_exploitation-child = کوئی مجھ سے زبردستی کام کرواتا ہے
need-sexual_exploitation-child = کوئی مجھ سے زبردستی جنسی حرکتیں کرواتا ہے
need-money_debt-child = کوئی کہتا ہے کہ مجھے اس کے پیسے دینے ہیں
need-going_home-child = مجھے گھر جانا ہے یا اپنے گھر والوں کو ڈھونڈنا ہے
need-child_at_risk-child = کوئی اور بچہ خطرے میں ہے
urgency-title-child = تمہیں مدد کب چاہیے؟
for-whom-title-child = مدد کس کو چاہیے؟
for-whom-self-child = مجھے
contact-title-child = ہم تم سے محفوظ طریقے سے کیسے بات کریں؟
contact-intro-child = وہ طریقہ چنو جو تمہارے لیے محفوظ ہو۔ کسی اور کو یہ نظر نہ آئے۔
times-title-child = تمہیں فون کرنا یا پیغام بھیجنا کب محفوظ ہے؟
times-intro-child = چاہو تو اسے چھوڑ دو۔ پھر ہم بہت احتیاط کریں گے۔
voicemail-title-child = کیا ہم تمہارے لیے وائس میسج چھوڑ سکتے ہیں؟
someone-else-title-child = اگر کوئی اور فون اٹھائے تو ہم کیا کریں؟
responder-title-child = تمہیں کس سے بات کرنی ہے؟
more-title-child = کچھ اور بتانا ہے؟
more-intro-child = جواب دینا ضروری نہیں۔
place-label-child = تم کہاں ہو؟ شہر کا نام کافی ہے۔
message-label-child = اگر چاہو تو ہمیں بتاؤ کہ کیا ہو رہا ہے
consent-title-child = جو تم نے لکھا، اسے کون پڑھ سکتا ہے؟
consent-intro-child = تم خود چنو۔ سب سے محفوظ انتخاب پہلے سے چنا ہوا ہے۔
consent-hotline_only-desc-child = صرف ہیلپ لائن پر مدد کرنے والے اسے پڑھتے ہیں۔ وہ اسے راز رکھتے ہیں۔
consent-may_refer_to_services-desc-child = ہیلپ لائن ان لوگوں کو بتا سکتی ہے جو بچوں کو محفوظ رکھتے ہیں، جیسے ڈاکٹر، محفوظ گھر یا وکیل۔
consent-may_involve_police-desc-child = ہیلپ لائن پولیس کو بھی بتا سکتی ہے، تاکہ پولیس ان لوگوں کو روکے جو تمہیں تکلیف دیتے ہیں۔
review-title-child = اپنے جواب دیکھ لو
review-intro-child = بھیجنے کے بعد یہ لاک ہو جاتا ہے۔ صرف ہیلپ لائن اسے کھول سکتی ہے۔ اس فون پر کوئی اسے نہیں پڑھ سکتا، تم بھی نہیں۔
submit-done-child = تمہارا پیغام اس فون پر لاک ہو گیا ہے۔ انٹرنیٹ ملتے ہی بھیج دیا جائے گا۔
handover-title-child = یہ سوال صرف تمہارے لیے ہیں
handover-person-child = اگلے سوالوں کے جواب صرف تم دو گے۔ جو تمہاری مدد کر رہا ہے، وہ نہیں دیکھے گا کہ تم نے کیا لکھا۔
giveback-intro-child = تمہارے جواب لاک ہو گئے ہیں۔ جو تمہاری مدد کر رہا ہے، وہ انہیں نہیں دیکھ سکتا۔ اب فون اسی کو واپس دے دو۔
reference-for-person-child = یہ الفاظ صرف تمہارے لیے ہیں۔ ان سے تم پڑھ سکتے ہو کہ ہیلپ لائن نے تمہیں کیا جواب لکھا۔ اس ایپ والے کسی بھی فون پر “{ $requests }” پر ٹیپ کرو، پھر “{ $check }” پر ٹیپ کرو، اور الفاظ یا نمبر لکھو۔ انہیں راز رکھو: جس کے پاس بھی یہ ہوں، وہ جواب پڑھ سکتا ہے۔

## Errors (codes come from the app's core)

error-wrong_pin = یہ خفیہ نمبر درست نہیں ہے۔
error-locked = براہ کرم پہلے اپنے خفیہ نمبر سے ایپ کھولیں۔
error-no_hotline = یہ ایپ ابھی کسی ہیلپ لائن سے جڑی نہیں ہے۔ آپ کا ڈرافٹ محفوظ ہے۔
error-invalid = کچھ جوابات بدلنے کی ضرورت ہے۔ براہ کرم نشان والے سوالات دیکھیں۔
error-pin_too_short = خفیہ نمبر میں 6 سے 12 ہندسے ہوتے ہیں۔
error-duress_same_as_pin = ہنگامی خفیہ نمبر آپ کے خفیہ نمبر سے مختلف ہونا چاہیے۔
error-worker_drafts_open = جب تک آپ جن لوگوں کی مدد کرتے ہیں ان کی درخواستیں نہیں بھیجی جاتیں، فیلڈ ورکر موڈ آن رہتا ہے۔ براہ کرم انہیں بھیجیں، یا “جو درخواستیں ابھی نہیں بھیجی گئیں” میں مٹائیں، پھر موڈ بند کریں۔
error-already_set_up = یہ ایپ پہلے سے سیٹ اپ ہے۔
error-not_found = یہ نہیں ملا۔ ہو سکتا ہے اسے مٹا دیا گیا ہو۔
error-internal = کچھ غلط ہو گیا۔ آپ کی رکھی ہوئی درخواستیں محفوظ ہیں۔ براہ کرم دوبارہ کوشش کریں۔
error-not_set_up = یہ ایپ ابھی سیٹ اپ نہیں ہے۔ براہ کرم پہلے ایک خفیہ نمبر چنیں۔
error-busy = ایپ ابھی بھیج رہی ہے۔ براہ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔
error-status_unavailable = ابھی ہیلپ لائن سے پوچھا نہیں جا سکا۔ آپ کی درخواست محفوظ ہے۔ براہ کرم بعد میں دوبارہ کوشش کریں۔
error-malformed = کچھ جوابات پڑھے نہیں جا سکے۔ براہ کرم انہیں دیکھیں اور دوبارہ کوشش کریں۔
error-too_large = یہ بھیجنے کے لیے بہت لمبا ہے۔ براہ کرم اپنا پیغام چھوٹا کریں۔
error-unsupported_version = اس ایپ کو اپ ڈیٹ کرنا ضروری ہے۔
error-profile = اس ایپ میں ہیلپ لائن کی معلومات درست نہیں ہیں۔ آپ کا ڈرافٹ محفوظ ہے۔ براہ کرم ایپ کا نیا ورژن لیں۔
error-sync_client = ایپ ابھی محفوظ طریقے سے نہیں جڑ سکتی۔ آپ کی درخواست محفوظ ہے اور بعد میں بھیج دی جائے گی۔
error-already_exists = یہ پہلے سے محفوظ ہے۔
error-empty_pin = براہ کرم اپنا خفیہ نمبر لکھیں۔
error-invalid_kdf_params = اس ایپ کی سیٹنگز درست نہیں ہیں۔ براہ کرم ایپ کا نیا ورژن لیں۔
error-device_secret_unavailable = ایپ اس فون کی محفوظ جگہ تک نہیں پہنچ سکتی۔ براہ کرم فون بند کر کے دوبارہ چالو کریں اور پھر کوشش کریں۔
error-envelope = آپ کی درخواست ہیلپ لائن کے لیے لاک نہیں ہو سکی۔ یہ اب بھی ڈرافٹ کے طور پر محفوظ ہے۔
error-receipt_mismatch = ہیلپ لائن کا جواب جانچا نہیں جا سکا۔ آپ کی درخواست دوبارہ بھیجی جائے گی۔
error-corrupt = ایپ کا محفوظ کیا ہوا ڈیٹا خراب ہو گیا ہے۔ اسے کھولا نہیں جا سکتا۔
error-io = فون اسے محفوظ نہیں کر سکا۔ شاید فون بھر گیا ہے۔ براہ کرم تھوڑی جگہ خالی کریں اور دوبارہ کوشش کریں۔
error-database = ایپ اپنا ڈیٹا پڑھ یا محفوظ نہیں کر سکی۔ آپ کی رکھی ہوئی درخواستیں محفوظ ہیں۔ براہ کرم دوبارہ کوشش کریں۔
error-pin_too_long = خفیہ نمبر میں 6 سے 12 ہندسے ہوتے ہیں۔
error-pin_not_digits = خفیہ نمبر میں صرف ہندسے ہوتے ہیں۔
error-reference_word_count = کوڈ میں 9 الفاظ ہوتے ہیں۔ دیکھیں کہ آپ نے سب لکھے ہیں۔
error-reference_unknown_word = ایک لفظ ٹھیک نہیں ہے۔ ہجے چیک کریں۔
check-reference-wrong-word = لفظ نمبر { $number } ٹھیک نہیں ہے۔ اس کے ہجے چیک کریں۔
error-reference_digits = کوڈ میں 22 نمبر ہوتے ہیں۔ دیکھیں کہ آپ نے سب لکھے ہیں۔
error-reference_check = ایک لفظ یا نمبر ٹھیک نہیں ہے۔ ہر ایک چیک کریں اور دوبارہ کوشش کریں۔
error-reference_not_found = ہیلپ لائن کے پاس ابھی اس کوڈ والی کوئی درخواست نہیں۔ اگر یہ کسی ایسے فون سے بھیجی گئی تھی جس پر انٹرنیٹ نہیں تھا، تو یہ اس وقت پہنچے گی جب وہ فون دوبارہ انٹرنیٹ سے جڑے گا: براہ کرم بعد میں دوبارہ کوشش کریں۔ اگر پھر بھی نہ ملے تو ہر لفظ یا نمبر چیک کریں۔
field-error-empty = براہ کرم اسے بھریں، یا یہ سوال چھوڑ دیں۔
field-error-not_trimmed = براہ کرم شروع یا آخر کی خالی جگہ ہٹا دیں۔
field-error-too_long = یہ بہت لمبا ہے۔ زیادہ سے زیادہ { $max } حروف۔
field-error-too_many_bytes = یہ بہت لمبا ہے۔
field-error-too_many = یہ بہت زیادہ ہیں۔ زیادہ سے زیادہ { $max }۔
field-error-duplicate = یہ فہرست میں دو بار ہے۔
field-error-control_characters = اس میں ایسے نشان ہیں جو استعمال نہیں ہو سکتے۔
field-error-invalid_phone = یہ فون نمبر درست نہیں لگتا۔ شروع میں + اور ملک کا کوڈ لکھیں۔
field-error-invalid_region = یہ ملک معلوم نہیں۔
field-error-invalid_email = یہ ای میل ایڈریس درست نہیں لگتا۔
field-error-invalid_language = یہ زبان معلوم نہیں۔
field-error-invalid_time_zone = یہ ٹائم زون معلوم نہیں۔
field-error-invalid_time = براہ کرم شروع اور آخر کا الگ الگ وقت چنیں۔
field-error-no_contact_method = براہ کرم آپ سے رابطے کا کم از کم ایک طریقہ چنیں۔ "جواب اسی ایپ میں دیکھنا" بھی کافی ہے۔
field-error-unsupported_version = اس ایپ کو اپ ڈیٹ کرنا ضروری ہے۔
