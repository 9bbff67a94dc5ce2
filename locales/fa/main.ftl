## Reach — فارسی (Persian)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = فارسی
# The language's name in English, for the language search.
-locale-english = Persian
-locale-dir = rtl
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ماشین‌حساب
quick-exit = خروج سریع
quick-exit-hint = این برنامه را فوراً پنهان می‌کند
back = بازگشت
next = بعدی
skip = رد شدن از این
save = ذخیره
cancel = لغو
close = بستن
done = تمام
optional = اختیاری
step-of = مرحله { $current } از { $total }
saved-locked = روی این گوشی ذخیره و قفل شده است

## Calculator (the app's disguise)

calc-label = ماشین‌حساب
calc-display-label = نتیجه
calc-clear = C
calc-equals = =
calc-error = خطا

## First use: a private PIN

setup-title = این برنامه را خصوصی کنید
setup-intro = یک عدد مخفی (رمز) انتخاب کنید. فقط خودتان باید آن را بدانید.
setup-how = برای باز کردن این برنامه در آینده، رمزتان را در ماشین‌حساب بزنید و بعد = را فشار دهید.
setup-pin-label = رمز شما (۶ تا ۱۲ عدد)
setup-pin-repeat-label = رمزتان را دوباره بزنید
setup-duress-title = رمز اضطراری (می‌توانید از این رد شوید)
setup-duress-intro = اگر کسی شما را مجبور کرد این برنامه را باز کنید، به جای رمز خودتان این رمز دیگر را بزنید. برنامه خالی به نظر می‌رسد و همه چیزِ داخل آن بدون هیچ نشانه‌ای پاک می‌شود.
setup-duress-label = رمز اضطراری
setup-submit = ذخیره رمز من
setup-mismatch = این دو رمز یکی نیستند. لطفاً دوباره امتحان کنید.

## Language

lang-title = زبان خود را انتخاب کنید
lang-intro = بعداً می‌توانید آن را در تنظیمات عوض کنید.
lang-search-label = زبان خود را پیدا کنید
lang-search-hint = نام زبان خود را به هر زبانی بنویسید
lang-search-none = هیچ زبانی با این جور نیست. حروف کمتری را امتحان کنید.
lang-yours = زبان‌های این گوشی
lang-all = همه زبان‌ها
lang-load-failed = این زبان باز نشد، برای همین برنامه به انگلیسی نشان داده می‌شود.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = چند سال دارید؟
age-intro = می‌توانید از این رد شوید. اگر کمتر از ۱۸ سال دارید، برنامه کلمه‌های ساده‌تری به کار می‌برد و کمک برای کودکان را نشان می‌دهد.
age-under_18 = کمتر از ۱۸
age-18_to_25 = ۱۸ تا ۲۵
age-26_to_59 = ۲۶ تا ۵۹
age-60_plus = ۶۰ یا بیشتر

## Danger check and emergency numbers

danger-title = آیا همین حالا در خطر هستید؟
danger-yes = بله، همین حالا در خطر هستم
danger-no = نه، الان نه
emergency-title = شماره‌های اضطراری
emergency-intro = می‌توانید بدون اینترنت با این شماره‌ها تماس بگیرید.
emergency-country-label = کشور شما
emergency-police = پلیس و اورژانس
emergency-hotline = کمک برای کسانی که قاچاق شده‌اند یا مجبور به کار شده‌اند
emergency-children = کمک برای کودکان و نوجوانان
emergency-call = تماس با { $number }
emergency-source = منبع: { $source }
emergency-checked = تاریخ بررسی: { $date }
emergency-not-checked = هنوز دوباره بررسی نشده است. اگر این شماره کار نکرد، با شماره اضطراری تماس بگیرید.
emergency-call-trace = تماس‌ها و پیامک‌ها در فهرست‌های گوشی شما می‌مانند. اگر کسی گوشی شما را وارسی می‌کند، می‌توانید بعداً آن‌ها را پاک کنید.
emergency-none = هنوز برای این کشور شماره‌ای نداریم. اگر در خطر هستید، با شماره اضطراری محلی تماس بگیرید.
emergency-continue = ادامه و درخواست کمک

## What help is needed

needs-title = به چه کمکی نیاز دارید؟
needs-intro = هر چه مناسب است انتخاب کنید. می‌توانید از این رد شوید.
need-safety_now = همین حالا در امان باشم
need-shelter = یک جای امن برای ماندن
need-medical = پزشک یا دارو
need-legal_immigration = کمک درباره مدارک، ویزا یا قانون
need-labour_exploitation = مشکل در کار یا نگرفتن مزد
need-sexual_exploitation = مجبور شدن به رابطه جنسی
need-child_at_risk = کودکی در خطر است
need-money_debt = پول یا بدهی
need-going_home = برگشتن به خانه یا پیدا کردن خانواده
need-interpreter = کسی که به زبان من حرف بزند
need-other = چیز دیگری
urgency-title = چقدر زود به کمک نیاز دارید؟
urgency-now = همین حالا
urgency-today = امروز
urgency-this_week = این هفته
urgency-not_urgent = می‌تواند صبر کند
for-whom-title = این درخواست برای کیست؟
for-whom-self = برای خودم
for-whom-someone_else = برای کس دیگری
for-whom-assisted_by_outreach = من مددکار میدانی هستم و به کسی کمک می‌کنم

## Safe contact

contact-title = خط کمک چطور می‌تواند به‌طور امن با شما تماس بگیرد؟
contact-intro = دست‌کم یک راه را انتخاب کنید. فقط راه‌هایی را انتخاب کنید که برای شما امن هستند.
contact-call = تماس تلفنی
contact-sms = پیامک (SMS)
contact-messaging_app = برنامه پیام‌رسان
contact-email = ایمیل
contact-in_person_via_outreach = حضوری، از طریق مددکار میدانی
contact-check_back_in_app = خودم جواب را در این برنامه نگاه می‌کنم
# The example number sits in a LEFT-TO-RIGHT ISOLATE (U+2066 … U+2069) so that "+" shows before the digits in right-to-left text.
contact-phone-label = شماره تلفن با کد کشور (مثلاً { "\u2066+98…\u2069" })
contact-app-label = کدام برنامه؟ (مثلاً WhatsApp یا Signal)
contact-handle-label = نام یا شماره شما در آن برنامه
contact-email-label = نشانی ایمیل
times-title = چه زمانی تماس با شما امن است؟
times-intro = می‌توانید از این رد شوید. در آن صورت خط کمک بیشتر احتیاط می‌کند.
times-add = افزودن یک زمان امن
times-remove = حذف این زمان
times-from = از
times-to = تا
times-days = روزها
times-any-day = هر روزی
times-zone = منطقه زمانی
weekday-mon = دوشنبه
weekday-tue = سه‌شنبه
weekday-wed = چهارشنبه
weekday-thu = پنجشنبه
weekday-fri = جمعه
weekday-sat = شنبه
weekday-sun = یکشنبه
voicemail-title = آیا خط کمک می‌تواند پیام صوتی بگذارد؟
voicemail-yes = بله، پیام صوتی امن است
voicemail-no = نه، هرگز پیام صوتی نگذارید
voicemail-unsaid = اگر به این سؤال جواب ندهید، خط کمک پیام صوتی نمی‌گذارد.
code-word-label = کلمه رمز
code-word-hint = خط کمک این کلمه را می‌گوید تا بدانید واقعاً خودشان هستند.
someone-else-title = اگر کس دیگری جواب داد، خط کمک باید…
someone-else-hang_up = تلفن را قطع کند
someone-else-say_wrong_number = بگوید شماره اشتباه است
someone-else-ask_for_code_word = کلمه رمز را بپرسد
someone-else-other = کار دیگری بکند
someone-else-other-label = چه کار کنند؟
responder-title = دوست دارید با چه کسی صحبت کنید؟
responder-woman = یک زن
responder-man = یک مرد
responder-any_gender = فرقی نمی‌کند
responder-language-label = زبانی که می‌خواهید با آن به شما جواب بدهند

## More (all optional)

more-title = کمی بیشتر درباره شما
more-intro = همه این‌ها اختیاری است.
place-label = کجا هستید؟ نام شهر یا منطقه کافی است.
place-hint = فقط چیزی را بگویید که خودتان می‌خواهید. این برنامه هرگز از موقعیت مکانی شما استفاده نمی‌کند.
message-label = پیام شما
message-hint = می‌توانید به هر زبانی بنویسید.
message-left =
    { $count ->
        [one] { $count } حرف مانده است
       *[other] { $count } حرف مانده است
    }

## Consent

consent-title = چه کسی می‌تواند درخواست شما را ببیند؟
consent-intro = تصمیم با شماست. خصوصی‌ترین گزینه از قبل انتخاب شده است.
consent-hotline_only = فقط خط کمک
consent-hotline_only-desc = فقط گروه خط کمک آن را می‌خواند. آن را به کسی نمی‌دهند.
consent-may_refer_to_services = خط کمک و جاهایی که می‌توانند کمک کنند
consent-may_refer_to_services-desc = خط کمک ممکن است آن را به پناهگاه‌ها، پزشکان یا وکیل‌ها بدهد تا به شما کمک شود.
consent-may_involve_police = خط کمک، جاهای کمک‌رسان و پلیس
consent-may_involve_police-desc = خط کمک ممکن است به پلیس هم خبر بدهد.
consent-child-note = چون کمتر از ۱۸ سال داری، شاید خط کمک مجبور شود برای امنیت تو به کسانی خبر بدهد که کارشان محافظت از کودکان است.

## Review and send

review-title = درخواستتان را بررسی کنید
review-intro = درخواست شما قفل می‌شود تا فقط خط کمک بتواند آن را باز کند. بعد از فرستادن، هیچ‌کس نمی‌تواند آن را روی این گوشی بخواند، حتی خود شما.
review-not-answered = بی‌جواب
review-change = تغییر
review-needs = کمک لازم
review-contact = راه تماس با شما
review-times = زمان‌های امن
review-more = بیشتر درباره شما
review-consent = چه کسی می‌تواند آن را ببیند
submit = قفل کردن و فرستادن برای خط کمک
submit-working = در حال قفل کردن درخواست شما…
submit-done = درخواست شما روی این گوشی قفل شد. وقتی اینترنت باشد، فرستاده می‌شود.

## Status

status-title = درخواست‌های شما
status-intro = اینجا می‌بینید که هر درخواست در چه مرحله‌ای است.
status-empty = هنوز درخواستی نیست.
status-saved = روی این گوشی ذخیره و قفل شده است. وقتی اینترنت باشد، فرستاده می‌شود.
status-sending = در حال فرستادن…
status-received = خط کمک آن را دریافت کرده است. رسید خط کمک را بررسی کردیم.
status-needs_attention = این درخواست به توجه شما نیاز دارد.
status-attempts =
    { $count ->
        [one] { $count } بار امتحان شد
       *[other] { $count } بار امتحان شد
    }
status-hotline-received = منتظر است تا کسی در خط کمک آن را بخواند.
status-hotline-in_review = کسی در خط کمک دارد آن را می‌خواند.
status-hotline-answered = خط کمک برای آن کاری انجام داده است.
status-hotline-closed = خط کمک آن را بسته است.
status-hotline-contact_planned = کسی در خط کمک دارد برنامه‌ریزی می‌کند که چطور به‌طور امن با شما تماس بگیرد.
status-hotline-needs_interpreter = خط کمک دنبال کسی است که به زبان شما حرف بزند.
status-hotline-referred = خط کمک از یک سازمان همکار خواسته است که به شما کمک کند.
status-hotline-unknown = خط کمک درباره این درخواست خبر تازه‌ای دارد. برای دیدن بیشتر، وقتی امن است برنامه را به‌روز کنید.
status-replies = پیام‌های خط کمک
status-reply-note = خط کمک این را هم نوشته است (شاید نه به زبان شما):
status-reply-unreadable = پیامی رسید که این برنامه نتوانست آن را بررسی کند، برای همین نشان داده نمی‌شود.
status-offline = الان اینترنت نیست. درخواست‌های شما روی این گوشی امن هستند.
status-send-now = فرستادن همین حالا
status-retry = دوباره امتحان کنید
status-check = پرسیدن خبر از خط کمک
status-new = شروع یک درخواست تازه

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = درخواست شما را خواندیم. از همان راهی که انتخاب کرده‌اید با شما تماس می‌گیریم.
reply-call_planned = روز { $day } بین ساعت { $from } و { $to } (به وقت جایی که هستید) به شما زنگ می‌زنیم.
reply-message_planned = روز { $day } بین ساعت { $from } و { $to } (به وقت جایی که هستید) برای شما پیام می‌فرستیم.
reply-interpreter = دنبال مترجمی هستیم که به زبان شما حرف بزند. به‌زودی با شما تماس می‌گیریم.
reply-referred = از یک سازمان همکار در نزدیکی شما خواسته‌ایم که کمک کند. آن‌ها از همان راهی که انتخاب کرده‌اید با شما تماس می‌گیرند.
reply-call_us = لطفاً هر وقت برایتان امن بود به ما زنگ بزنید. زمانش را خودتان انتخاب می‌کنید.
reply-danger = اگر همین حالا در خطر هستید، با شماره اضطراری تماس بگیرید. آن را در همین برنامه پیدا می‌کنید.
reply-closed = درخواست شما را بستیم. هر وقت خواستید می‌توانید درخواست تازه‌ای بفرستید.
reply-unknown = خط کمک پیامی فرستاده که این نسخه از برنامه نمی‌تواند آن را نشان دهد. لطفاً وقتی امن است برنامه را به‌روز کنید.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = درخواست شما بسته شد. به ما می‌گویید کمک چطور بود؟ سه سؤال کوتاه. می‌توانید از آن‌ها بگذرید.
feedback-private = پاسخ‌های شما بدون درخواست و بدون نام شما فرستاده می‌شود. خط کمک فقط جمع‌ها را می‌بیند.
feedback-start = پاسخ دادن
feedback-skip = نه، ممنون
feedback-send = فرستادن پاسخ‌ها
feedback-q-helped = آیا کمکی را که لازم داشتید گرفتید؟
feedback-q-safe = وقتی با شما تماس گرفتیم احساس امنیت کردید؟
feedback-q-recommend = آیا دربارهٔ ما به یک دوست می‌گویید؟
feedback-a-yes = بله
feedback-a-partly = تا حدی
feedback-a-no = نه
feedback-thanks = ممنون. پاسخ‌های شما فرستاده می‌شود.
feedback-declined = باشد. دیگر نمی‌پرسیم.
feedback-failed = انجام نشد. لطفاً دوباره امتحان کنید.
problem-unknown_key = این برنامه پیش از فرستادن این درخواست باید به‌روز شود.
problem-conflict = خط کمک درخواست دیگری با همین شماره دارد. لطفاً از راه دیگری با خط کمک تماس بگیرید.
problem-malformed = خط کمک نتوانست این درخواست را بخواند. لطفاً یک درخواست تازه شروع کنید.
problem-too_large = این درخواست خیلی طولانی است. لطفاً یک درخواست تازه با پیام کوتاه‌تر شروع کنید.
problem-unsupported_media_type = این برنامه پیش از فرستادن این درخواست باید به‌روز شود.
problem-other = شبکه یا خط کمک این درخواست را نپذیرفت. می‌توانید دوباره امتحان کنید، یا از شبکه دیگری استفاده کنید.

## Several people on one device (outreach)

drafts-title = درخواست‌هایی که هنوز فرستاده نشده‌اند
drafts-continue = ادامه
drafts-delete = حذف
drafts-none = چیزی در انتظار نیست.
review-reference = این فرد این گوشی را نگه نمی‌دارد: به او یک کد بدهید
review-reference-hint = با این کد، او می‌تواند پاسخ‌های خط کمک را در هر گوشی‌ای که این برنامه را دارد بخواند. این گوشی فقط نشان می‌دهد که خط کمک درخواست را گرفته است یا نه.
assisted-organisation-label = سازمان شما (شما، امدادگر میدانی)
assisted-hint = خط کمک خواهد دید که شما به این فرد کمک کرده‌اید و با چه کسانی کار می‌کنید.
assisted-channel-label = خط کمک چطور می‌تواند با شما تماس بگیرد (اختیاری)
reference-title = کد این فرد
reference-intro = این کلمه‌ها را به این فرد بدهید. با آن‌ها می‌تواند پاسخ‌های خط کمک را در هر گوشی‌ای که این برنامه را دارد بخواند. این گوشی آن‌ها را هیچ جا نمی‌نویسد و همین که این فرد آن‌ها را داشته باشد، فراموششان می‌کند.
reference-for-person = این کلمه‌ها مال شماست. با آن‌ها می‌توانید پاسخ‌های خط کمک را بخوانید. در هر گوشی‌ای که این برنامه را دارد، «{ $requests }» و بعد «{ $check }» را باز کنید و کلمه‌ها یا عددها را بنویسید. آن‌ها را در جای امن نگه دارید: هر کسی که آن‌ها را داشته باشد، می‌تواند پاسخ‌ها را بخواند.
reference-words = کلمه‌ها
reference-digits = همین کد به عدد
reference-request = درخواست { $number }
reference-done = این فرد کدش را دارد
reference-again = برنامه در حالی که کد نشان داده می‌شد قفل شد. کد دوباره اینجاست: همین حالا آن را به این فرد بدهید.
status-check-reference = بررسی یک کد
check-reference-title = بررسی یک کد
check-reference-intro = کلمه‌ها یا عددهایی را که به شما داده‌اند بنویسید. این گوشی نه آن‌ها را نگه می‌دارد، نه پاسخ‌ها را.
check-reference-no-hotline = این برنامه هنوز به خط کمکی وصل نیست، پس اینجا نمی‌تواند کدی را بررسی کند. لطفاً روی گوشی دیگری که این برنامه را دارد امتحان کنید.
check-reference-label = کلمه‌ها یا عددها
check-reference-submit = بررسی
check-reference-working = در حال بررسی. ممکن است چند ثانیه طول بکشد…
check-reference-no-replies = هنوز پیامی از خط کمک نیامده است.
check-reference-show-in = نمایش به زبان { $language }
worker-title = کار میدانی
worker-working-as = شما با این نام کار می‌کنید: { $organisation }
worker-intro = هر کسی که به او کمک می‌کنید به زبان خودش پاسخ می‌دهد. پاسخ‌ها مهروموم‌شده از این گوشی بیرون می‌روند و آن فرد یک کد با خود می‌برد. اینجا فقط شماره و وضعیت هر درخواست می‌ماند.
worker-new-person = به فرد تازه‌ای کمک کنید
handover-title = پرسش‌هایی فقط برای شما
handover-worker = اکنون گوشی را به آن فرد بدهید. او به پرسش‌های بعدی تنها پاسخ می‌دهد و شما پاسخ‌هایش را نخواهید دید.
handover-person = پرسش‌های بعدی فقط برای شماست. کسی که به شما کمک می‌کند پاسخ‌های شما را نخواهد دید.
handover-start = شروع
giveback-title = سپاسگزاریم
giveback-intro = پاسخ‌های شما مهروموم شد. کسی که به شما کمک می‌کند نمی‌تواند آن‌ها را ببیند. اکنون گوشی را پس بدهید.
giveback-button = گوشی را پس بدهید
review-private = این را آن فرد به‌تنهایی پاسخ داده است. نمایش داده نمی‌شود.
review-assisted-as = خط کمک خواهد دید که شما کمک کرده‌اید، با این نام: { $organisation }
review-later = فعلاً نه: نگه داشتن آن در «درخواست‌هایی که هنوز فرستاده نشده‌اند»
review-hand-again = دوباره دادن گوشی به آن فرد
review-hand-again-hint = اگر آن فرد بخواهد چیزی را که به‌تنهایی پاسخ داده تغییر دهد، یا چیزی در آن باید درست شود، از این استفاده کنید. او دوباره به این پرسش می‌رسد که چه کسی می‌تواند درخواست را ببیند، و دوباره انتخاب می‌کند.
review-private-fix = چیزی که آن فرد به‌تنهایی پاسخ داده باید درست شود. فقط خودش می‌تواند آن را درست کند: گوشی را دوباره به او بدهید.
age-given-back-worker = اگر سن را به کمتر از ۱۸ تغییر دهید، یا سنی را که کمتر از ۱۸ بود تغییر دهید، آن فرد باید دوباره به این پرسش برسد که چه کسی می‌تواند درخواست را ببیند: یک بار دیگر گوشی را به او می‌دهید.
age-reopened-worker = تغییر سن بر انتخاب آن فرد دربارهٔ اینکه چه کسی می‌تواند درخواست را ببیند اثر گذاشت. ادامه دهید: دوباره گوشی را به او می‌دهید و او دوباره انتخاب می‌کند.
setup-worker = من امدادگر میدانی هستم: به دیگران کمک می‌کنم تا کمک بخواهند
setup-worker-hint = خط کمک در هر درخواستی که در آن کمک می‌کنید سازمان شما را خواهد دید.
worker-org-needed = نام سازمان خود را بنویسید، یا حالت مددکار میدانی را خاموش کنید.
settings-worker-title = حالت امدادگر میدانی
settings-worker-intro = به دیگران کمک کنید تا از این گوشی درخواست بفرستند. پاسخ‌هایشان مهروموم می‌شود و هر کس یک کد با خود می‌برد.
settings-worker-on = روشن کردن
settings-worker-save = ذخیرهٔ تغییرات
settings-worker-off = خاموش کردن
settings-worker-saved = تمام. حالت امدادگر میدانی روشن است.
settings-worker-removed = تمام. حالت امدادگر میدانی خاموش است.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = خواندن با صدای بلند: { $text }
speak-stop = توقف خواندن
speak-no-voice = روی این گوشی صدایی برای این زبان نیست.
speak-unavailable = خواندن با صدای بلند الان روی این گوشی کار نمی‌کند.
speak-headphones = اگر ممکن است کسی در نزدیکی بشنود، از هدفون استفاده کنید.

## Settings

settings-title = تنظیمات
settings-language = زبان
settings-read-aloud = خواندن هر صفحه با صدای بلند وقتی باز می‌شود
settings-lock = قفل کردن همین حالا
settings-less-protected = محافظت کمتر روی این دستگاه: اینجا جای امنی برای نگه‌داشتن کلید نیست، پس کسی که فایل‌های برنامه را کپی کند می‌تواند برای حدس زدن رمز شما تلاش کند. رمز طولانی‌تر بهتر از شما محافظت می‌کند.
settings-duress-title = رمز اضطراری
settings-duress-intro = رمز دوم، برای وقتی که کسی شما را مجبور می‌کند برنامه را باز کنید. همه چیز را بدون هیچ نشانه‌ای پاک می‌کند.
settings-current-pin = رمز شما
settings-duress-save = ذخیره رمز اضطراری
settings-duress-remove = حذف رمز اضطراری
settings-pin-title = تغییر رمز شما
settings-new-pin = رمز جدید (۶ تا ۱۲ عدد)
settings-new-pin-again = رمز جدید را دوباره بزنید
settings-pin-save = تغییر رمز
settings-pin-changed = رمز شما تغییر کرد. از حالا به بعد، رمز جدید را بزنید.
settings-duress-saved = تمام. رمز اضطراری شما ذخیره شد.
settings-duress-removed = تمام. حالا دیگر رمز اضطراری ندارید.
pin-wrong-left =
    { $count ->
        [one] این رمز درست نیست. اگر { $count } بار دیگر رمز اشتباه زده شود، همه چیزِ روی این گوشی پاک می‌شود.
       *[other] این رمز درست نیست. اگر { $count } بار دیگر رمز اشتباه زده شود، همه چیزِ روی این گوشی پاک می‌شود.
    }
settings-wipe-title = پاک کردن همه چیز
settings-wipe-intro = این کار همه درخواست‌ها و پیش‌نویس‌های روی این گوشی را پاک می‌کند. دیگر برنمی‌گردد. درخواست‌هایی که خط کمک قبلاً دریافت کرده، پیش خط کمک می‌مانند.
settings-wipe-confirm = بله، همه چیز پاک شود

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = آیا الان در خطر هستی؟
danger-yes-child = بله، من در خطر هستم
danger-no-child = نه، الان حالم خوب است
emergency-intro-child = می‌توانی به این شماره‌ها زنگ بزنی. اینترنت لازم نیست.
emergency-call-trace-child = گوشی‌ات فهرستی از تماس‌ها و پیام‌ها نگه می‌دارد. اگر نگران هستی که کسی آن را ببیند، می‌توانی بعداً آن‌ها را پاک کنی.
needs-title-child = برای چه چیزی کمک می‌خواهی؟
needs-intro-child = روی هر چیزی که درباره تو درست است بزن. می‌توانی از این رد شوی.
need-legal_immigration-child = کمک برای کاغذها یا مدارک
need-labour_exploitation-child = کسی مرا مجبور به کار می‌کند
need-sexual_exploitation-child = کسی مرا مجبور به کارهای جنسی می‌کند
need-money_debt-child = کسی می‌گوید به او پول بدهکارم
need-going_home-child = می‌خواهم به خانه برگردم یا خانواده‌ام را پیدا کنم
need-child_at_risk-child = یک کودک دیگر در خطر است
urgency-title-child = کی به کمک نیاز داری؟
for-whom-title-child = چه کسی به کمک نیاز دارد؟
for-whom-self-child = من
contact-title-child = چطور می‌توانیم بی‌خطر با تو حرف بزنیم؟
contact-intro-child = راهی را انتخاب کن که برای تو امن است. هیچ‌کس دیگری نباید آن را ببیند.
times-title-child = چه وقت برای ما امن است که به تو زنگ بزنیم یا پیام بدهیم؟
times-intro-child = می‌توانی از این رد شوی. آن‌وقت ما خیلی مراقب خواهیم بود.
voicemail-title-child = می‌توانیم برایت پیام صوتی بگذاریم؟
someone-else-title-child = اگر کس دیگری جواب داد، چه کار کنیم؟
responder-title-child = می‌خواهی با چه کسی حرف بزنی؟
more-title-child = چیز دیگری هست؟
more-intro-child = لازم نیست جواب بدهی.
place-label-child = کجا هستی؟ اسم یک شهر یا روستا کافی است.
message-label-child = اگر دوست داری، به ما بگو چه اتفاقی دارد می‌افتد
consent-title-child = چه کسی می‌تواند چیزی را که نوشتی بخواند؟
consent-intro-child = خودت انتخاب کن. امن‌ترین گزینه از قبل انتخاب شده است.
consent-hotline_only-desc-child = فقط کمک‌کننده‌های خط کمک آن را می‌خوانند. آن را مخفی نگه می‌دارند.
consent-may_refer_to_services-desc-child = خط کمک می‌تواند به کسانی خبر بدهد که از کودکان محافظت می‌کنند، مثل پزشک، خانه امن یا وکیل.
consent-may_involve_police-desc-child = خط کمک می‌تواند به پلیس هم خبر بدهد تا جلوی کسانی را بگیرد که به تو آسیب می‌زنند.
review-title-child = جواب‌هایت را نگاه کن
review-intro-child = وقتی این را بفرستی، قفل می‌شود. فقط خط کمک می‌تواند آن را باز کند. هیچ‌کس نمی‌تواند آن را روی این گوشی بخواند، حتی خودت.
submit-done-child = پیامت روی این گوشی قفل شد. وقتی اینترنت باشد، فرستاده می‌شود.
handover-title-child = پرسش‌هایی فقط برای تو
handover-person-child = فقط خودت به پرسش‌های بعدی پاسخ می‌دهی. کسی که به تو کمک می‌کند نمی‌بیند چه می‌گویی.
giveback-intro-child = پاسخ‌هایت قفل شد. کسی که به تو کمک می‌کند نمی‌تواند آن‌ها را ببیند. حالا گوشی را به او پس بده.
reference-for-person-child = این کلمه‌ها فقط برای خودت است. با آن‌ها می‌توانی بخوانی که خط کمک برایت چه نوشته است. در هر گوشی‌ای که این برنامه را دارد، روی «{ $requests }» و بعد روی «{ $check }» بزن و کلمه‌ها یا عددها را بنویس. آن‌ها را پنهان نگه دار: هر کسی که آن‌ها را داشته باشد، می‌تواند پاسخ‌ها را بخواند.

## Errors (codes come from the app's core)

error-wrong_pin = این رمز درست نیست.
error-locked = لطفاً اول برنامه را با رمزتان باز کنید.
error-no_hotline = این برنامه هنوز به خط کمکی وصل نیست. پیش‌نویس شما ذخیره شده است.
error-invalid = بعضی از جواب‌ها باید تغییر کنند. لطفاً به سؤال‌های علامت‌دار نگاه کنید.
error-pin_too_short = رمز باید ۶ تا ۱۲ عدد باشد.
error-duress_same_as_pin = رمز اضطراری باید با رمز شما فرق داشته باشد.
error-worker_drafts_open = تا وقتی درخواست‌های کسانی که به آن‌ها کمک می‌کنید فرستاده نشده‌اند، حالت امدادگر میدانی روشن می‌ماند. لطفاً آن‌ها را بفرستید، یا در «درخواست‌هایی که هنوز فرستاده نشده‌اند» حذفشان کنید، و بعد این حالت را خاموش کنید.
error-already_set_up = این برنامه قبلاً راه‌اندازی شده است.
error-not_found = پیدا نشد. شاید پاک شده باشد.
error-internal = مشکلی پیش آمد. درخواست‌های ذخیره‌شده شما امن هستند. لطفاً دوباره امتحان کنید.
error-not_set_up = این برنامه هنوز راه‌اندازی نشده است. لطفاً اول یک رمز انتخاب کنید.
error-busy = برنامه در حال فرستادن است. لطفاً کمی بعد دوباره امتحان کنید.
error-status_unavailable = الان پرسیدن از خط کمک ممکن نشد. درخواست شما امن است. لطفاً بعداً دوباره امتحان کنید.
error-malformed = بعضی از جواب‌ها خوانده نشد. لطفاً آن‌ها را بررسی کنید و دوباره امتحان کنید.
error-too_large = این برای فرستادن خیلی طولانی است. لطفاً پیامتان را کوتاه‌تر کنید.
error-unsupported_version = این برنامه باید به‌روز شود.
error-profile = اطلاعات خط کمک در این برنامه درست نیست. پیش‌نویس شما ذخیره شده است. لطفاً نسخه به‌روز برنامه را بگیرید.
error-sync_client = برنامه الان نمی‌تواند به‌طور امن وصل شود. درخواست شما ذخیره شده است و بعداً فرستاده می‌شود.
error-already_exists = این قبلاً ذخیره شده است.
error-empty_pin = لطفاً رمزتان را وارد کنید.
error-invalid_kdf_params = تنظیمات این برنامه درست نیست. لطفاً نسخه به‌روز برنامه را بگیرید.
error-device_secret_unavailable = برنامه به جای امن نگه‌داری این گوشی دسترسی ندارد. لطفاً گوشی را خاموش و روشن کنید و دوباره امتحان کنید.
error-envelope = درخواست شما برای خط کمک قفل نشد. هنوز به‌صورت پیش‌نویس ذخیره شده است.
error-receipt_mismatch = جواب خط کمک بررسی نشد. درخواست شما دوباره فرستاده می‌شود.
error-corrupt = داده‌های ذخیره‌شده برنامه خراب شده است. باز نمی‌شود.
error-io = گوشی نتوانست این را ذخیره کند. شاید حافظه پر باشد. لطفاً کمی جا خالی کنید و دوباره امتحان کنید.
error-database = برنامه نتوانست داده‌هایش را بخواند یا ذخیره کند. درخواست‌های ذخیره‌شده شما امن هستند. لطفاً دوباره امتحان کنید.
error-pin_too_long = رمز باید ۶ تا ۱۲ عدد باشد.
error-pin_not_digits = رمز فقط عدد است.
error-reference_word_count = هر کد ۹ کلمه دارد. لطفاً ببینید همه را نوشته‌اید.
error-reference_unknown_word = یکی از کلمه‌ها درست نیست. لطفاً املای آن را بررسی کنید.
check-reference-wrong-word = کلمه شماره { $number } درست نیست. لطفاً املای آن را بررسی کنید.
error-reference_digits = هر کد ۲۲ عدد دارد. لطفاً ببینید همه را نوشته‌اید.
error-reference_check = یک کلمه یا عدد درست نیست. لطفاً هر کدام را بررسی کنید و دوباره امتحان کنید.
error-reference_not_found = خط کمک هنوز درخواستی با این کد ندارد. اگر از گوشی‌ای بدون اینترنت فرستاده شده باشد، وقتی آن گوشی دوباره اینترنت داشته باشد، می‌رسد. لطفاً بعداً دوباره امتحان کنید. اگر باز هم پیدا نشد، لطفاً هر کلمه یا عدد را بررسی کنید.
field-error-empty = لطفاً این را پر کنید، یا از این سؤال رد شوید.
field-error-not_trimmed = لطفاً فاصله‌های اول یا آخر را پاک کنید.
field-error-too_long = این خیلی طولانی است. حداکثر { $max } حرف.
field-error-too_many_bytes = این خیلی طولانی است.
field-error-too_many = خیلی زیاد است. حداکثر { $max }.
field-error-duplicate = این دو بار در فهرست آمده است.
field-error-control_characters = این متن علامت‌هایی دارد که نمی‌شود از آن‌ها استفاده کرد.
field-error-invalid_phone = این شماره تلفن درست به نظر نمی‌رسد. با + و کد کشور شروع کنید.
field-error-invalid_region = این کشور شناخته نشده است.
field-error-invalid_email = این نشانی ایمیل درست به نظر نمی‌رسد.
field-error-invalid_language = این زبان شناخته نشده است.
field-error-invalid_time_zone = این منطقه زمانی شناخته نشده است.
field-error-invalid_time = لطفاً زمان شروع و زمان پایانِ متفاوت انتخاب کنید.
field-error-no_contact_method = لطفاً دست‌کم یک راه برای تماس با شما انتخاب کنید. «خودم جواب را در این برنامه نگاه می‌کنم» هم کافی است.
field-error-unsupported_version = این برنامه باید به‌روز شود.
