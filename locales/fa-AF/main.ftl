## Reach — دری (Dari)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = دری
# The language's name in English, for the language search.
-locale-english = Dari
-locale-dir = rtl
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ماشین حساب
quick-exit = خروج سریع
quick-exit-hint = این برنامه را فوراً پنهان می‌کند
back = پس
next = بعدی
skip = از این بگذرید
save = ذخیره
cancel = لغو
close = بستن
done = تمام
optional = اختیاری
step-of = قدم { $current } از { $total }
saved-locked = در این مبایل ذخیره و قفل شده است

## Calculator (the app's disguise)

calc-label = ماشین حساب
calc-display-label = نتیجه
calc-clear = C
calc-equals = =
calc-error = خطا

## First use: a private PIN

setup-title = این برنامه را خصوصی بسازید
setup-intro = یک نمبر مخفی (رمز) انتخاب کنید. فقط خود شما باید آن را بدانید.
setup-how = برای باز کردن این برنامه در آینده، رمز خود را در ماشین حساب بزنید، بعد = را فشار دهید.
setup-pin-label = رمز شما (۶ تا ۱۲ عدد)
setup-pin-repeat-label = رمز خود را دوباره بزنید
setup-duress-title = رمز اضطراری (می‌توانید از این بگذرید)
setup-duress-intro = اگر کسی شما را مجبور کند این برنامه را باز کنید، به جای رمز خود این رمز دیگر را بزنید. برنامه خالی دیده می‌شود و همه چیز داخل آن بدون هیچ نشانه‌ای پاک می‌شود.
setup-duress-label = رمز اضطراری
setup-submit = رمز مرا ذخیره کن
setup-mismatch = این دو رمز یکی نیستند. لطفاً دوباره کوشش کنید.

## Language

lang-title = زبان خود را انتخاب کنید
lang-intro = بعداً می‌توانید آن را در تنظیمات تغییر دهید.
lang-search-label = زبان خود را پیدا کنید
lang-search-hint = نام زبان خود را به هر زبانی بنویسید
lang-search-none = هیچ زبانی با این جور نمی‌آید. حروف کمتر بنویسید.
lang-yours = زبان‌های این مبایل
lang-all = همه زبان‌ها
lang-load-failed = این زبان باز نشد، برای همین برنامه به انگلیسی نشان داده می‌شود.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = چند سال دارید؟
age-intro = می‌توانید از این بگذرید. اگر کمتر از ۱۸ سال دارید، برنامه کلمه‌های ساده‌تر به کار می‌برد و کمک برای اطفال را نشان می‌دهد.
age-under_18 = کمتر از ۱۸
age-18_to_25 = ۱۸ تا ۲۵
age-26_to_59 = ۲۶ تا ۵۹
age-60_plus = ۶۰ یا بیشتر

## Danger check and emergency numbers

danger-title = آیا همین حالا در خطر هستید؟
danger-yes = بلی، همین حالا در خطر هستم
danger-no = نخیر، فعلاً نه
emergency-title = نمبرهای عاجل
emergency-intro = می‌توانید بدون انترنت به این نمبرها زنگ بزنید.
emergency-country-label = کشور شما
emergency-police = پولیس و کمک عاجل
emergency-hotline = کمک برای کسانی که قاچاق شده‌اند یا به کار مجبور شده‌اند
emergency-children = کمک برای اطفال و نوجوانان
emergency-call = زنگ زدن به { $number }
emergency-source = منبع: { $source }
emergency-checked = تاریخ بررسی: { $date }
emergency-not-checked = هنوز دوباره بررسی نشده است. اگر این نمبر کار نکرد، به نمبر عاجل زنگ بزنید.
emergency-call-trace = زنگ‌ها و پیام‌های کوتاه در لست‌های مبایل شما باقی می‌مانند. اگر کسی مبایل شما را بررسی می‌کند، می‌توانید بعداً آن‌ها را پاک کنید.
emergency-none = هنوز برای این کشور نمبری نداریم. اگر در خطر هستید، به نمبر عاجل محلی زنگ بزنید.
emergency-continue = ادامه دادن و کمک خواستن

## What help is needed

needs-title = به چه کمکی ضرورت دارید؟
needs-intro = هر چه مناسب است انتخاب کنید. می‌توانید از این بگذرید.
need-safety_now = همین حالا در امان باشم
need-shelter = یک جای امن برای ماندن
need-medical = داکتر یا دوا
need-legal_immigration = کمک در مورد اسناد، ویزه یا قانون
need-labour_exploitation = مشکل در کار یا معاش نگرفتن
need-sexual_exploitation = مجبور شدن به رابطه جنسی
need-child_at_risk = یک طفل در خطر است
need-money_debt = پول یا قرض
need-going_home = برگشتن به خانه یا پیدا کردن فامیل
need-interpreter = کسی که به زبان من گپ بزند
need-other = چیز دیگر
urgency-title = چقدر زود به کمک ضرورت دارید؟
urgency-now = همین حالا
urgency-today = امروز
urgency-this_week = همین هفته
urgency-not_urgent = می‌تواند صبر کند
for-whom-title = این درخواست برای کیست؟
for-whom-self = برای خودم
for-whom-someone_else = برای کس دیگر
for-whom-assisted_by_outreach = من کارمند ساحوی هستم و به کسی کمک می‌کنم

## Safe contact

contact-title = مرکز کمک چطور می‌تواند به شکل امن با شما تماس بگیرد؟
contact-intro = اقلاً یک راه را انتخاب کنید. فقط راه‌هایی را انتخاب کنید که برای شما امن هستند.
contact-call = زنگ تیلفونی
contact-sms = پیام کوتاه (SMS)
contact-messaging_app = برنامه پیام‌رسان
contact-email = ایمیل
contact-in_person_via_outreach = رو در رو، از طریق کارمند ساحوی
contact-check_back_in_app = خودم جواب را در این برنامه می‌بینم
# The example number sits in a LEFT-TO-RIGHT ISOLATE (U+2066 … U+2069) so that "+" shows before the digits in right-to-left text.
contact-phone-label = نمبر تیلفون، با کود کشور (مثلاً { "\u2066+93…\u2069" })
contact-app-label = کدام برنامه؟ (مثلاً WhatsApp یا Signal)
contact-handle-label = نام یا نمبر شما در آن برنامه
contact-email-label = آدرس ایمیل
times-title = چه وقت تماس با شما امن است؟
times-intro = می‌توانید از این بگذرید. در آن صورت مرکز کمک بیشتر احتیاط می‌کند.
times-add = یک وقت امن اضافه کنید
times-remove = این وقت را پاک کنید
times-from = از
times-to = تا
times-days = روزها
times-any-day = هر روز
times-zone = منطقه زمانی
weekday-mon = دوشنبه
weekday-tue = سه‌شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه
voicemail-title = آیا مرکز کمک می‌تواند پیام صوتی بگذارد؟
voicemail-yes = بلی، پیام صوتی امن است
voicemail-no = نخیر، هیچ وقت پیام صوتی نگذارید
voicemail-unsaid = اگر به این سوال جواب ندهید، مرکز کمک پیام صوتی نمی‌گذارد.
code-word-label = کلمه رمز
code-word-hint = مرکز کمک این کلمه را می‌گوید، تا بدانید که واقعاً خود آن‌ها هستند.
someone-else-title = اگر کس دیگری جواب داد، مرکز کمک باید…
someone-else-hang_up = تیلفون را قطع کند
someone-else-say_wrong_number = بگوید که نمبر اشتباه است
someone-else-ask_for_code_word = کلمه رمز را بپرسد
someone-else-other = کار دیگری بکند
someone-else-other-label = چه کار کنند؟
responder-title = با چه کسی می‌خواهید گپ بزنید؟
responder-woman = یک زن
responder-man = یک مرد
responder-any_gender = فرق نمی‌کند
responder-language-label = زبانی که می‌خواهید به آن جواب بگیرید

## More (all optional)

more-title = کمی بیشتر در مورد شما
more-intro = همه این‌ها اختیاری است.
place-label = کجا هستید؟ نام شهر یا ساحه کافی است.
place-hint = فقط چیزی را بگویید که خودتان می‌خواهید. این برنامه هیچ وقت از موقعیت شما استفاده نمی‌کند.
message-label = پیام شما
message-hint = می‌توانید به هر زبانی بنویسید.
message-left =
    { $count ->
        [one] { $count } حرف مانده است
       *[other] { $count } حرف مانده است
    }

## Consent

consent-title = چه کسی می‌تواند درخواست شما را ببیند؟
consent-intro = تصمیم با شماست. خصوصی‌ترین انتخاب از قبل انتخاب شده است.
consent-hotline_only = فقط مرکز کمک
consent-hotline_only-desc = فقط کارمندان مرکز کمک آن را می‌خوانند. آن را به کسی نمی‌دهند.
consent-may_refer_to_services = مرکز کمک و جاهایی که می‌توانند کمک کنند
consent-may_refer_to_services-desc = مرکز کمک شاید آن را با سرپناه‌ها، داکترها یا وکیل‌ها شریک کند، تا به شما کمک شود.
consent-may_involve_police = مرکز کمک، جاهای کمک‌رسان و پولیس
consent-may_involve_police-desc = مرکز کمک شاید به پولیس هم خبر بدهد.
consent-child-note = چون شما کمتر از ۱۸ سال دارید، مرکز کمک شاید مجبور شود به کسانی خبر بدهد که کارشان محافظت از اطفال است، تا شما در امان باشید.

## Review and send

review-title = درخواست خود را بررسی کنید
review-intro = درخواست شما قفل می‌شود تا فقط مرکز کمک بتواند آن را باز کند. بعد از فرستادن، هیچ کس نمی‌تواند آن را در این مبایل بخواند، حتی خود شما.
review-not-answered = جواب داده نشده
review-change = تغییر
review-needs = کمک لازم
review-contact = راه تماس با شما
review-times = وقت‌های امن
review-more = بیشتر در مورد شما
review-consent = چه کسی می‌تواند آن را ببیند
submit = قفل کردن و فرستادن به مرکز کمک
submit-working = درخواست شما قفل می‌شود…
submit-done = درخواست شما در این مبایل قفل شد. وقتی انترنت باشد، فرستاده می‌شود.

## Status

status-title = درخواست‌های شما
status-intro = اینجا می‌بینید که هر درخواست در کجاست.
status-empty = هنوز هیچ درخواستی نیست.
status-saved = در این مبایل ذخیره و قفل شده است. وقتی انترنت باشد، فرستاده می‌شود.
status-sending = حالا فرستاده می‌شود…
status-received = مرکز کمک آن را گرفته است. رسید مرکز کمک را بررسی کردیم.
status-needs_attention = این درخواست به توجه شما ضرورت دارد.
status-attempts =
    { $count ->
        [one] یک بار کوشش شد
       *[other] { $count } بار کوشش شد
    }
status-hotline-received = منتظر است تا کسی در مرکز کمک آن را بخواند.
status-hotline-in_review = کسی در مرکز کمک آن را می‌خواند.
status-hotline-answered = مرکز کمک روی آن کاری کرده است.
status-hotline-closed = مرکز کمک آن را بسته کرده است.
status-hotline-contact_planned = کسی در مرکز کمک پلان می‌کند که چطور به شکل امن با شما تماس بگیرد.
status-hotline-needs_interpreter = مرکز کمک دنبال کسی است که به زبان شما گپ بزند.
status-hotline-referred = مرکز کمک از یک موسسه همکار خواسته است که به شما کمک کند.
status-hotline-unknown = مرکز کمک در مورد آن خبر تازه دارد. وقتی امن بود، برنامه را تازه کنید تا بیشتر ببینید.
status-replies = پیام‌های مرکز کمک
status-reply-note = مرکز کمک این را هم نوشته است (شاید به زبان شما نباشد):
status-reply-unreadable = پیامی رسید که این برنامه نتوانست آن را بررسی کند، برای همین نشان داده نمی‌شود.
status-offline = فعلاً انترنت نیست. درخواست‌های شما در این مبایل امن هستند.
status-send-now = همین حالا بفرستید
status-retry = دوباره کوشش کنید
status-check = از مرکز کمک خبر بگیرید
status-new = یک درخواست نو شروع کنید

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = درخواست شما را خواندیم. از همان راهی که انتخاب کردید با شما تماس می‌گیریم.
reply-call_planned = روز { $day } بین { $from } و { $to } (به وقت شما) به شما زنگ می‌زنیم.
reply-message_planned = روز { $day } بین { $from } و { $to } (به وقت شما) برای شما پیام می‌فرستیم.
reply-interpreter = دنبال ترجمانی هستیم که به زبان شما گپ بزند. به زودی با شما تماس می‌گیریم.
reply-referred = از یک موسسه همکار در نزدیک شما خواستیم که کمک کند. آن‌ها از همان راهی که انتخاب کردید با شما تماس می‌گیرند.
reply-call_us = لطفاً هر وقت برای شما امن بود به ما زنگ بزنید. وقت آن را خودتان انتخاب می‌کنید.
reply-danger = اگر همین حالا در خطر هستید، به نمبر عاجل زنگ بزنید. آن را در همین برنامه پیدا می‌کنید.
reply-closed = درخواست شما را بسته کردیم. هر وقت بخواهید می‌توانید درخواست نو بفرستید.
reply-unknown = مرکز کمک پیامی فرستاده که این نسخه برنامه نمی‌تواند نشان دهد. لطفاً وقتی امن بود، برنامه را تازه کنید.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = درخواست شما بسته شد. آیا به ما می‌گویید کمک چطور بود؟ سه سوال کوتاه. می‌توانید از آن‌ها بگذرید.
feedback-private = جواب‌های شما بدون درخواست و بدون نام شما فرستاده می‌شود. مرکز کمک فقط مجموع را می‌بیند.
feedback-start = جواب دادن
feedback-skip = نخیر، تشکر
feedback-send = جواب‌ها را بفرستید
feedback-q-helped = آیا کمکی را که لازم داشتید گرفتید؟
feedback-q-safe = وقتی با شما تماس گرفتیم، آیا احساس امنیت کردید؟
feedback-q-recommend = آیا در مورد ما به یک دوست می‌گویید؟
feedback-a-yes = بلی
feedback-a-partly = تا اندازه‌ای
feedback-a-no = نخیر
feedback-thanks = تشکر. جواب‌های شما فرستاده می‌شود.
feedback-declined = خوب است. دیگر نمی‌پرسیم.
feedback-failed = نشد. لطفاً دوباره کوشش کنید.
problem-unknown_key = این برنامه پیش از فرستادن این درخواست باید تازه شود.
problem-conflict = مرکز کمک درخواست دیگری با همین نمبر دارد. لطفاً از راه دیگر با مرکز کمک تماس بگیرید.
problem-malformed = مرکز کمک نتوانست این درخواست را بخواند. لطفاً یک درخواست نو شروع کنید.
problem-too_large = این درخواست خیلی دراز است. لطفاً یک درخواست نو با پیام کوتاه‌تر شروع کنید.
problem-unsupported_media_type = این برنامه پیش از فرستادن این درخواست باید تازه شود.
problem-other = شبکه یا مرکز کمک این درخواست را قبول نکرد. می‌توانید دوباره کوشش کنید، یا یک شبکه دیگر را امتحان کنید.

## Several people on one device (outreach)

drafts-title = درخواست‌هایی که هنوز فرستاده نشده
drafts-continue = ادامه
drafts-delete = پاک کردن
drafts-none = چیزی منتظر نیست.
review-reference = این شخص این تیلفون را نزد خود نگه نمی‌دارد: به او یک کود بدهید
review-reference-hint = با این کود، او می‌تواند جواب‌های مرکز کمک را در هر تیلفونی که این برنامه را دارد بخواند. این تیلفون فقط نشان می‌دهد که مرکز کمک درخواست را گرفته است یا نه.
assisted-organisation-label = مؤسسهٔ شما (شما، کارمند ساحوی)
assisted-hint = مرکز کمک خواهد دید که شما به این شخص کمک کرده‌اید و با کی کار می‌کنید.
assisted-channel-label = مرکز کمک چطور می‌تواند با شما تماس بگیرد (اختیاری)
reference-title = کود این شخص
reference-intro = این کلمه‌ها را به این شخص بدهید. با آن‌ها او می‌تواند جواب‌های مرکز کمک را در هر تیلفونی که این برنامه را دارد بخواند. این تیلفون آن‌ها را هیچ جا نمی‌نویسد و همین که این شخص آن‌ها را داشته باشد، آن‌ها را فراموش می‌کند.
reference-for-person = این کلمه‌ها از شماست. با آن‌ها می‌توانید جواب‌های مرکز کمک را بخوانید. در هر تیلفونی که این برنامه را دارد، «{ $requests }» و بعد «{ $check }» را باز کنید و کلمه‌ها یا عددها را بنویسید. آن‌ها را در جای امن نگه دارید: هر کسی که آن‌ها را داشته باشد، می‌تواند جواب‌ها را بخواند.
reference-words = کلمه‌ها
reference-digits = همین کود به عدد
reference-request = درخواست { $number }
reference-done = این شخص کود خود را دارد
reference-again = برنامه در حالی که کود نشان داده می‌شد قفل شد. کود دوباره اینجا است: همین حالا آن را به این شخص بدهید.
status-check-reference = بررسی کود
check-reference-title = بررسی کود
check-reference-intro = کلمه‌ها یا عددهایی را که به شما داده شده بنویسید. این تیلفون نه آن‌ها را نگه می‌دارد و نه جواب‌ها را.
check-reference-no-hotline = این برنامه هنوز به مرکز کمک وصل نیست، پس اینجا نمی‌تواند کودی را بررسی کند. لطفاً در تیلفون دیگری که این برنامه را دارد کوشش کنید.
check-reference-label = کلمه‌ها یا عددها
check-reference-submit = بررسی
check-reference-working = در حال بررسی. شاید چند ثانیه وقت بگیرد…
check-reference-no-replies = هنوز پیامی از مرکز کمک نیامده است.
check-reference-show-in = نمایش به زبان { $language }
worker-title = کار ساحوی
worker-working-as = شما به این نام کار می‌کنید: { $organisation }
worker-intro = هر کسی که به او کمک می‌کنید به زبان خود جواب می‌دهد. جواب‌ها مُهرشده از این تیلفون بیرون می‌روند و آن شخص یک کود با خود می‌برد. اینجا فقط نمبر و حالت هر درخواست می‌ماند.
worker-new-person = به یک شخص جدید کمک کنید
handover-title = سوال‌هایی فقط برای شما
handover-worker = حالا تیلفون را به آن شخص بدهید. او به سوال‌های بعدی تنها جواب می‌دهد و شما جواب‌هایش را نمی‌بینید.
handover-person = سوال‌های بعدی فقط برای شما است. کسی که به شما کمک می‌کند جواب‌های شما را نمی‌بیند.
handover-start = شروع
giveback-title = تشکر
giveback-intro = جواب‌های شما مُهر شد. کسی که به شما کمک می‌کند نمی‌تواند آن‌ها را ببیند. حالا تیلفون را پس بدهید.
giveback-button = تیلفون را پس بدهید
review-private = این را آن شخص به تنهایی جواب داده. نشان داده نمی‌شود.
review-assisted-as = مرکز کمک خواهد دید که شما کمک کرده‌اید، به این نام: { $organisation }
review-later = حالا نه: نگه داشتن آن در «درخواست‌هایی که هنوز فرستاده نشده»
review-hand-again = دوباره دادن تیلفون به آن شخص
review-hand-again-hint = اگر آن شخص بخواهد چیزی را که به تنهایی جواب داده تغییر دهد، یا چیزی در آن باید درست شود، از این استفاده کنید. او دوباره به این سوال می‌رسد که چه کسی می‌تواند درخواست را ببیند، و دوباره انتخاب می‌کند.
review-private-fix = چیزی که آن شخص به تنهایی جواب داده باید درست شود. فقط خودش می‌تواند آن را درست کند: تیلفون را دوباره به او بدهید.
age-given-back-worker = اگر سن را به کمتر از ۱۸ تغییر بدهید، یا سنی را که کمتر از ۱۸ بود تغییر بدهید، آن شخص باید دوباره به این سوال برسد که چه کسی می‌تواند درخواست را ببیند: یک بار دیگر تیلفون را به او می‌دهید.
age-reopened-worker = تغییر سن بر انتخاب آن شخص در بارهٔ اینکه چه کسی می‌تواند درخواست را ببیند اثر کرد. ادامه بدهید: دوباره تیلفون را به او می‌دهید و او دوباره انتخاب می‌کند.
setup-worker = من کارمند ساحوی هستم: به دیگران کمک می‌کنم که کمک بخواهند
setup-worker-hint = مرکز کمک مؤسسهٔ شما را در هر درخواستی که در آن کمک می‌کنید خواهد دید.
worker-org-needed = نام سازمان تان را بنویسید، یا حالت کارمند ساحوی را خاموش کنید.
settings-worker-title = حالت کارمند ساحوی
settings-worker-intro = به دیگران کمک کنید که از این تیلفون درخواست بفرستند. جواب‌های شان مُهر می‌شود و هر شخص یک کود با خود می‌برد.
settings-worker-on = روشن کردن
settings-worker-save = ذخیرهٔ تغییرات
settings-worker-off = خاموش کردن
settings-worker-saved = تمام. حالت کارمند ساحوی روشن است.
settings-worker-removed = تمام. حالت کارمند ساحوی خاموش است.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = خواندن با آواز بلند: { $text }
speak-stop = خواندن را بس کنید
speak-no-voice = در این مبایل برای این زبان آواز نیست.
speak-unavailable = خواندن با آواز بلند فعلاً در این مبایل کار نمی‌کند.
speak-headphones = اگر کسی در نزدیکی شما شنیده می‌تواند، از گوشکی کار بگیرید.

## Settings

settings-title = تنظیمات
settings-language = زبان
settings-read-aloud = هر صفحه وقتی باز می‌شود با آواز بلند خوانده شود
settings-lock = همین حالا قفل کنید
settings-less-protected = در این دستگاه محافظت کمتر است: اینجا جای امن برای نگه‌داشتن کلید نیست، پس هر کسی که فایل‌های برنامه را کاپی کند، می‌تواند کوشش کند رمز شما را حدس بزند. رمز درازتر شما را بهتر محافظت می‌کند.
settings-duress-title = رمز اضطراری
settings-duress-intro = یک رمز دوم، برای وقتی که کسی شما را مجبور کند برنامه را باز کنید. همه چیز را بدون هیچ نشانه‌ای پاک می‌کند.
settings-current-pin = رمز شما
settings-duress-save = رمز اضطراری را ذخیره کنید
settings-duress-remove = رمز اضطراری را پاک کنید
settings-pin-title = رمز خود را تغییر دهید
settings-new-pin = رمز نو (۶ تا ۱۲ عدد)
settings-new-pin-again = رمز نو را دوباره بزنید
settings-pin-save = تغییر رمز
settings-pin-changed = رمز شما تغییر کرد. از حالا به بعد، رمز نو را بزنید.
settings-duress-saved = تمام. رمز اضطراری شما ذخیره شد.
settings-duress-removed = تمام. حالا هیچ رمز اضطراری نیست.
pin-wrong-left =
    { $count ->
        [one] این رمز درست نیست. اگر یک بار دیگر رمز اشتباه زده شود، همه چیز در این مبایل پاک می‌شود.
       *[other] این رمز درست نیست. اگر { $count } بار دیگر رمز اشتباه زده شود، همه چیز در این مبایل پاک می‌شود.
    }
settings-wipe-title = همه چیز را پاک کنید
settings-wipe-intro = این کار همه درخواست‌ها و پیش‌نویس‌ها را در این مبایل پاک می‌کند. دیگر پس نمی‌آید. درخواست‌هایی که مرکز کمک قبلاً گرفته، نزد مرکز کمک می‌مانند.
settings-wipe-confirm = بلی، همه چیز پاک شود

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = آیا حالا در خطر هستید؟
danger-yes-child = بلی، من در خطر هستم
danger-no-child = نخیر، حالا نه
emergency-intro-child = می‌توانید به این نمبرها زنگ بزنید. به انترنت ضرورت ندارید.
emergency-call-trace-child = مبایل شما لست زنگ‌ها و پیام‌ها را نگه می‌دارد. اگر تشویش دارید که کسی آن را ببیند، می‌توانید بعداً آن‌ها را پاک کنید.
needs-title-child = در چه چیزی کمک می‌خواهید؟
needs-intro-child = هر چیزی را که برای شما درست است، بزنید. می‌توانید از این بگذرید.
need-legal_immigration-child = کمک در مورد کاغذها یا اسناد
need-labour_exploitation-child = کسی مرا مجبور به کار می‌کند
need-sexual_exploitation-child = کسی مرا مجبور به کارهای جنسی می‌کند
need-money_debt-child = کسی می‌گوید که من به او قرضدار هستم
need-going_home-child = می‌خواهم به خانه بروم یا فامیلم را پیدا کنم
need-child_at_risk-child = یک طفل دیگر در خطر است
urgency-title-child = چه وقت کمک می‌خواهید؟
for-whom-title-child = چه کسی به کمک ضرورت دارد؟
for-whom-self-child = من
contact-title-child = چطور می‌توانیم به شکل امن با شما گپ بزنیم؟
contact-intro-child = راهی را انتخاب کنید که برای شما امن است. هیچ کس دیگر نباید آن را ببیند.
times-title-child = چه وقت امن است که ما زنگ بزنیم یا پیام بنویسیم؟
times-intro-child = می‌توانید از این بگذرید. در آن صورت ما خیلی احتیاط می‌کنیم.
voicemail-title-child = آیا می‌توانیم پیام صوتی بگذاریم؟
someone-else-title-child = اگر کس دیگری جواب بدهد، ما چه کنیم؟
responder-title-child = با چه کسی می‌خواهید گپ بزنید؟
more-title-child = چیز دیگری هم هست؟
more-intro-child = لازم نیست جواب بدهید.
place-label-child = کجا هستید؟ نام شهر کافی است.
message-label-child = اگر می‌خواهید، به ما بگویید چه اتفاق می‌افتد
consent-title-child = چه کسی می‌تواند چیزی را که نوشتید بخواند؟
consent-intro-child = خودتان انتخاب کنید. امن‌ترین انتخاب از قبل انتخاب شده است.
consent-hotline_only-desc-child = فقط کمک‌کنندگان مرکز کمک آن را می‌خوانند. آن را مخفی نگه می‌دارند.
consent-may_refer_to_services-desc-child = مرکز کمک می‌تواند به کسانی بگوید که از اطفال محافظت می‌کنند، مثل داکتر، خانه امن یا وکیل.
consent-may_involve_police-desc-child = مرکز کمک می‌تواند به پولیس هم بگوید، تا جلوی کسانی را بگیرند که به شما آزار رسانده‌اند.
review-title-child = جواب‌های خود را ببینید
review-intro-child = وقتی این را بفرستید، قفل می‌شود. فقط مرکز کمک می‌تواند آن را باز کند. هیچ کس نمی‌تواند آن را در این مبایل بخواند، حتی خود شما.
submit-done-child = پیام شما در این مبایل قفل شد. وقتی انترنت باشد، فرستاده می‌شود.
handover-title-child = این سوال‌ها فقط برای شما است
handover-person-child = سوال‌های بعدی را فقط خود شما جواب می‌دهید. کسی که به شما کمک می‌کند نمی‌بیند که شما چه می‌گویید.
giveback-intro-child = جواب‌های شما قفل شد. کسی که به شما کمک می‌کند نمی‌تواند آن‌ها را ببیند. حالا مبایل را به او پس بدهید.
reference-for-person-child = این کلمه‌ها فقط برای خود شما است. با آن‌ها می‌توانید بخوانید که مرکز کمک برای شما چه نوشته است. در هر مبایلی که این برنامه را دارد، «{ $requests }» و بعد «{ $check }» را بزنید و کلمه‌ها یا عددها را بنویسید. آن‌ها را پنهان نگه دارید: هر کسی که آن‌ها را داشته باشد، می‌تواند جواب‌ها را بخواند.

## Errors (codes come from the app's core)

error-wrong_pin = این رمز درست نیست.
error-locked = لطفاً اول برنامه را با رمز خود باز کنید.
error-no_hotline = این برنامه هنوز به مرکز کمک وصل نیست. پیش‌نویس شما ذخیره شده است.
error-invalid = بعضی جواب‌ها باید تغییر کنند. لطفاً به سوال‌های نشانی‌شده نگاه کنید.
error-pin_too_short = رمز ۶ تا ۱۲ عدد دارد.
error-duress_same_as_pin = رمز اضطراری باید با رمز شما فرق داشته باشد.
error-worker_drafts_open = تا وقتی درخواست‌های کسانی که به آن‌ها کمک می‌کنید فرستاده نشده، حالت کارمند ساحوی روشن می‌ماند. لطفاً آن‌ها را بفرستید، یا در «درخواست‌هایی که هنوز فرستاده نشده» پاک کنید، و بعد این حالت را خاموش کنید.
error-already_set_up = این برنامه قبلاً آماده شده است.
error-not_found = این پیدا نشد. شاید پاک شده باشد.
error-internal = یک مشکل پیش آمد. درخواست‌های ذخیره‌شده شما امن هستند. لطفاً دوباره کوشش کنید.
error-not_set_up = این برنامه هنوز آماده نشده است. لطفاً اول یک رمز انتخاب کنید.
error-busy = برنامه مصروف فرستادن است. لطفاً کمی بعد دوباره کوشش کنید.
error-status_unavailable = فعلاً از مرکز کمک پرسیده نشد. درخواست شما امن است. لطفاً بعداً دوباره کوشش کنید.
error-malformed = بعضی جواب‌ها خوانده نشد. لطفاً آن‌ها را بررسی کنید و دوباره کوشش کنید.
error-too_large = این برای فرستادن خیلی دراز است. لطفاً پیام خود را کوتاه‌تر کنید.
error-unsupported_version = این برنامه باید تازه شود.
error-profile = معلومات مرکز کمک در این برنامه درست نیست. پیش‌نویس شما ذخیره شده است. لطفاً نسخه تازه برنامه را بگیرید.
error-sync_client = برنامه فعلاً نمی‌تواند به شکل امن وصل شود. درخواست شما ذخیره شده و بعداً فرستاده می‌شود.
error-already_exists = این قبلاً ذخیره شده است.
error-empty_pin = لطفاً رمز خود را بزنید.
error-invalid_kdf_params = تنظیمات این برنامه درست نیست. لطفاً نسخه تازه برنامه را بگیرید.
error-device_secret_unavailable = برنامه به جای امن نگه‌داری این مبایل دسترسی ندارد. لطفاً مبایل را خاموش و روشن کنید و دوباره کوشش کنید.
error-envelope = درخواست شما برای مرکز کمک قفل نشد. هنوز به شکل پیش‌نویس ذخیره است.
error-receipt_mismatch = جواب مرکز کمک بررسی نشد. درخواست شما دوباره فرستاده می‌شود.
error-corrupt = معلومات ذخیره‌شده برنامه خراب شده است. باز نمی‌شود.
error-io = مبایل نتوانست این را ذخیره کند. شاید حافظه پر باشد. لطفاً کمی جا خالی کنید و دوباره کوشش کنید.
error-database = برنامه نتوانست معلومات خود را بخواند یا ذخیره کند. درخواست‌های ذخیره‌شده شما امن هستند. لطفاً دوباره کوشش کنید.
error-pin_too_long = رمز ۶ تا ۱۲ عدد دارد.
error-pin_not_digits = رمز فقط عدد دارد.
error-reference_word_count = کود ۹ کلمه دارد. لطفاً ببینید که همه را نوشته‌اید.
error-reference_unknown_word = یکی از کلمه‌ها درست نیست. لطفاً املای آن را ببینید.
check-reference-wrong-word = کلمه شماره { $number } درست نیست. لطفاً املای آن را ببینید.
error-reference_digits = کود ۲۲ عدد دارد. لطفاً ببینید که همه را نوشته‌اید.
error-reference_check = یک کلمه یا عدد درست نیست. لطفاً هر کدام را ببینید و دوباره کوشش کنید.
error-reference_not_found = مرکز کمک هنوز درخواستی با این کود ندارد. اگر از تیلفونی بدون انترنت فرستاده شده باشد، وقتی آن تیلفون دوباره انترنت داشته باشد، می‌رسد. لطفاً بعداً دوباره کوشش کنید. اگر باز هم پیدا نشد، لطفاً هر کلمه یا عدد را ببینید.
field-error-empty = لطفاً این را پر کنید، یا از این سوال بگذرید.
field-error-not_trimmed = لطفاً فاصله‌های اول یا آخر را پاک کنید.
field-error-too_long = این خیلی دراز است. بیشترین اندازه { $max } حرف.
field-error-too_many_bytes = این خیلی دراز است.
field-error-too_many = خیلی زیاد است. بیشترین اندازه { $max }.
field-error-duplicate = این دو بار در لست آمده است.
field-error-control_characters = این نشانه‌هایی دارد که استفاده نمی‌شود.
field-error-invalid_phone = این نمبر تیلفون درست معلوم نمی‌شود. با + و کود کشور شروع کنید.
field-error-invalid_region = این کشور شناخته نشده است.
field-error-invalid_email = این آدرس ایمیل درست معلوم نمی‌شود.
field-error-invalid_language = این زبان شناخته نشده است.
field-error-invalid_time_zone = این منطقه زمانی شناخته نشده است.
field-error-invalid_time = لطفاً وقت شروع و وقت ختم متفاوت انتخاب کنید.
field-error-no_contact_method = لطفاً اقلاً یک راه برای تماس با شما انتخاب کنید. «خودم جواب را در این برنامه می‌بینم» هم کافی است.
field-error-unsupported_version = این برنامه باید تازه شود.
