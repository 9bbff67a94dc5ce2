## Reach صندوق وارد الموظفين — العربية (Arabic)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.

-locale-name = العربية
-locale-dir = rtl
# source | machine-drafted | reviewed
-locale-status = machine-drafted

inbox-title = صندوق وارد Reach
skip-to-main = الانتقال إلى المحتوى الرئيسي

## Login
login-title = دخول الموظفين
login-name = الاسم
login-password = كلمة المرور
login-code = الرمز من تطبيق المصادقة
login-submit = دخول
login-failed = الاسم أو كلمة المرور أو الرمز غير صحيح.
login-locked = محاولات دخول فاشلة كثيرة. حاول مرة أخرى بعد { $seconds } ثانية.
login-expired = انتهت جلستك. الرجاء الدخول مرة أخرى.
logout = خروج
logged-in-as = داخل باسم { $name } ({ $role })

## Roles
role-operator = موظف الخط
role-supervisor = مشرف
role-admin = مدير النظام

## List
list-title = الطلبات
list-empty = لا يوجد طلب يطابق هذه المرشحات.
list-count = { $count ->
    [zero] لا طلبات
    [one] طلب واحد
    [two] طلبان
    [few] { $count } طلبات
    [many] { $count } طلبًا
   *[other] { $count } طلب
}
filter-title = المرشحات
filter-state = الحالة
filter-language = اللغة
filter-need = الحاجة
filter-urgency = الاستعجال
filter-assignee = مسند إلى
filter-any = الكل
filter-unassigned = لا أحد
filter-apply = عرض
flag-danger = خطر الآن
flag-child = طفل
flag-assisted = بمساعدة ميدانية
col-request = الطلب
col-received = تاريخ الاستلام
col-state = الحالة
col-language = اللغة
col-needs = الاحتياجات
col-assignee = مسند إلى
not-answered = لم تتم الإجابة
set-aside = { $count ->
    [zero] لا توجد طلبات محفوظة تعذّر فتحها.
    [one] تعذّر فتح طلب محفوظ واحد. اطلب من مدير النظام فحصه.
    [two] تعذّر فتح طلبين محفوظين. اطلب من مدير النظام فحصهما.
    [few] تعذّر فتح { $count } طلبات محفوظة. اطلب من مدير النظام فحصها.
    [many] تعذّر فتح { $count } طلبًا محفوظًا. اطلب من مدير النظام فحصها.
   *[other] تعذّر فتح { $count } طلب محفوظ. اطلب من مدير النظام فحصها.
}

pages = صفحات القائمة
page-of = الصفحة { $page } من { $pages }
page-previous = الصفحة السابقة
page-next = الصفحة التالية

## States
state-received = جديد
state-in_review = قيد المراجعة
state-answered = تم الرد
state-closed = مغلق
state-contact_planned = تم التخطيط للتواصل
state-needs_interpreter = يحتاج إلى مترجم
state-referred = أُحيل إلى جهة شريكة

## Urgency
urgency-now = الآن
urgency-today = اليوم
urgency-this_week = هذا الأسبوع
urgency-not_urgent = غير مستعجل

## Needs
need-safety_now = الأمان الآن
need-shelter = مأوى آمن
need-medical = مساعدة طبية
need-legal_immigration = أوراق، مساعدة قانونية
need-labour_exploitation = عمل قسري أو استغلالي
need-sexual_exploitation = استغلال جنسي
need-child_at_risk = طفل في خطر
need-money_debt = ديون، أموال مستحقة
need-going_home = العودة إلى الوطن
need-interpreter = مترجم
need-other = شيء آخر

## Request page
request-title = الطلب { $id }
back-to-list = العودة إلى القائمة
safe-contact-title = التواصل الآمن: اقرأ قبل أي تواصل
safe-methods = طرق الرد المسموح بها
method-check_back_in_app = في التطبيق فقط: سينظر الشخص هناك. لا تتصل ولا تكتب.
method-call = اتصال على { $phone }
method-sms = رسالة نصية إلى { $phone }
method-messaging_app = { $app }: { $handle }
method-email = بريد إلكتروني إلى { $address }
method-in_person_via_outreach = شخصيًا، عن طريق العامل الميداني
voicemail-no = لا تترك رسالة صوتية.
voicemail-yes = يُسمح بترك رسالة صوتية.
code-word = الكلمة الرمزية: { $word }
someone-else = إذا رد شخص آخر:
someone-else-hang_up = أغلق الخط دون كلمة.
someone-else-say_wrong_number = قل إن الرقم خاطئ.
someone-else-ask_for_code_word = اطلب كلمة السر قبل قول أي شيء.
someone-else-other = بكلمات الشخص: { $text }
responder = يرد: { $gender }
responder-woman = امرأة
responder-man = رجل
responder-any_gender = أي شخص
safe-times = الأوقات الآمنة، بتوقيتك ({ $zone })
safe-times-none = لم يذكر الشخص أوقاتًا آمنة: فضّل التطبيق أو رسالة نصية.
safe-time-row = { $days } { $start }–{ $end } (بتوقيت الشخص: { $theirs })
any-day = كل يوم
now-safe = الآن وقت آمن للتواصل.
now-not-safe = تنبيه: الآن ليس وقتًا آمنًا للتواصل.
request-details = ما كتبه الشخص
field-needs = الاحتياجات
field-urgency = الاستعجال
field-for-whom = لمن
field-age = العمر
field-language = اللغة
field-place = المكان
field-message = الرسالة
field-consent = الموافقة
for-whom-self = الشخص نفسه
for-whom-someone_else = شخص آخر
for-whom-assisted_by_outreach = بمساعدة عامل ميداني
age-under_18 = أقل من 18
age-18_to_25 = من 18 إلى 25
age-26_to_59 = من 26 إلى 59
age-60_plus = 60 أو أكثر
consent-hotline_only = خط المساعدة فقط
consent-may_refer_to_services = خط المساعدة وخدمات الدعم
consent-may_involve_police = الخدمات والشرطة
child-warning = قد يكون هناك طفل معني: اتبع إجراءات حماية الطفل.
assisted-by = بمساعدة عامل ميداني:
consent-assisted = وافق عليه الشخص نفسه، بمساعدة العامل الميداني

## Notes
notes-title = ملاحظات للزملاء
notes-none = لا توجد ملاحظات بعد.
note-by = { $author }، { $day }
note-add = أضف ملاحظة (يراها الموظفون فقط؛ تُحفظ مشفرة)
note-submit = حفظ الملاحظة
note-unreadable = تعذّر فتح هذه الملاحظة.
done-note = تم حفظ الملاحظة.

## Replies to the person
reply-title = الرد على الشخص
reply-intro = يقرأ الشخص ردك بلغته ({ $language }): هاتفه يترجم الرسالة التي تختارها. الأوقات حسب المنطقة الزمنية للشخص.
reply-template = الرسالة
reply-day = اليوم
reply-from = من (بتوقيت الشخص)
reply-to = إلى (بتوقيت الشخص)
reply-text = ملاحظة قصيرة (اختيارية؛ تظهر كما تكتبها تمامًا، دون ترجمة)
reply-text-hint = الحد الأقصى { $max } حرف. لا تكتب شيئًا قد يضر الشخص إذا قرأ شخص آخر هاتفه.
reply-submit = تشفير الرد وإرساله
reply-sent-title = الردود المرسلة
reply-none = لا توجد ردود بعد.
reply-by = الرد { $seq }، { $author }، { $day }
reply-unreadable = تعذّر فتح هذا الرد.
reply-no-key = جاء هذا الطلب من نسخة قديمة من التطبيق بدون مفتاح رد: لا يمكن لأي رد أن يصل إلى الهاتف. تواصل مع الشخص كما تنص خطة التواصل الآمن الخاصة به.
reply-note-label = ملاحظة:
done-reply = تم تشفير الرد. سيجلبه هاتف الشخص عند اتصاله التالي بالإنترنت.
error-reply-params = تحتاج هذه الرسالة إلى يوم وفترة زمنية (وقت بداية ووقت نهاية مختلفان).
error-reply-text = الحد الأقصى للملاحظة { $max } حرف.
error-reply-limit = وصل هذا الطلب بالفعل إلى الحد الأقصى المسموح به من الردود ({ $max }).
error-reply-no-key = لا يوجد مفتاح رد لهذا الطلب.

## Replies as the person reads them (in the person's language on their phone)
reply-received = قرأنا طلبك. سنتواصل معك بالطريقة التي اخترتها.
reply-call_planned = سنتصل بك يوم { $day } بين الساعة { $from } والساعة { $to } (بتوقيتك المحلي).
reply-message_planned = سنرسل إليك رسالة يوم { $day } بين الساعة { $from } والساعة { $to } (بتوقيتك المحلي).
reply-interpreter = نبحث عن مترجم يتكلم لغتك. سنتواصل معك قريبًا.
reply-referred = طلبنا من منظمة شريكة قريبة منك أن تساعدك. ستتواصل معك بالطريقة التي اخترتها.
reply-call_us = الرجاء الاتصال بنا عندما يكون ذلك آمنًا لك. اختيار الوقت يعود لك.
reply-danger = إذا كنت في خطر الآن، الرجاء الاتصال برقم الطوارئ. الرقم موجود في هذا التطبيق.
reply-closed = أغلقنا طلبك. يمكنك إرسال طلب جديد في أي وقت.

## Actions
actions-title = العمل على هذا الطلب
assign-me = أسنده إليّ
assign-to = إسناد إلى
assign-submit = إسناد
unassign = إلغاء الإسناد
state-set = تغيير الحالة
state-submit = حفظ الحالة
done-assigned = تم الإسناد.
done-state = تم حفظ الحالة.

## Errors
error-forbidden = دورك لا يسمح بهذا.
error-csrf = هذا النموذج قديم. الرجاء المحاولة مرة أخرى.
error-not-found = لا يوجد هذا الطلب.
error-bad-input = هذا ليس اختيارًا صالحًا.
error-note-length = الملاحظة من 1 إلى 2000 حرف.
weekday-monday = الإثنين
weekday-tuesday = الثلاثاء
weekday-wednesday = الأربعاء
weekday-thursday = الخميس
weekday-friday = الجمعة
weekday-saturday = السبت
weekday-sunday = الأحد

## Staff accounts (admins only)
nav-staff = حسابات الموظفين
staff-title = حسابات الموظفين
staff-add-title = إضافة حساب
staff-name = اسم الدخول
staff-name-help = من 1 إلى 64 حرفًا: حروف لاتينية صغيرة (من a إلى z)، أو أرقام (من 0 إلى 9)، أو نقطة (.)، أو شرطة سفلية (_)، أو شرطة (-).
staff-role = الدور
staff-add-submit = إضافة وعرض بيانات الدخول
staff-list-title = الحسابات
staff-enabled = يمكنه الدخول
staff-disabled = معطّل: لا يمكنه الدخول
staff-locked = مقفل حاليًا بعد محاولات دخول فاشلة. يُرفع القفل من تلقاء نفسه، أو بكلمة مرور جديدة.
staff-you = هذا حسابك. لا يغيّره إلا مدير نظام آخر.
staff-role-of = دور { $name }
staff-role-submit = تغيير الدور
staff-disable = تعطيل { $name }
staff-enable = تفعيل { $name }
staff-reset = كلمة مرور ورمز جديدان لـ { $name }
staff-reset-help = عند نسيان كلمة المرور، أو فقدان الهاتف، أو إذا كان شخص آخر قد يعرف بيانات الدخول: تتوقف كلمة المرور وتطبيق المصادقة القديمان عن العمل، وتنتهي الجلسات المفتوحة.
staff-done-role = تم تغيير دور { $name }.
staff-done-disabled = تم تعطيل حساب { $name } وإنهاء جلساته.
staff-done-enabled = يمكن لـ { $name } الدخول مرة أخرى.
staff-error-own = لا يمكن لأحد تغيير حسابه بنفسه. اطلب ذلك من مدير نظام آخر.
staff-error-bad-name = لا يمكن استخدام هذا الاسم. الاسم من 1 إلى 64 حرفًا: حروف لاتينية صغيرة (من a إلى z)، أو أرقام (من 0 إلى 9)، أو نقطة (.)، أو شرطة سفلية (_)، أو شرطة (-).
staff-error-taken = يوجد حساب بهذا الاسم. اختر اسمًا آخر.
staff-error-unknown = لا يوجد حساب بهذا الاسم.

## A new login, shown once
creds-title-added = حساب جديد: { $name }
creds-title-reset = بيانات دخول جديدة لـ { $name }
creds-once = تُعرض هذه المرة فقط ولا يمكن عرضها مرة أخرى. سلّمها الآن إلى { $name } شخصيًا. تُحفظ كلمة المرور في مدير كلمات المرور، ويُمسح الرمز بتطبيق المصادقة.
creds-password = كلمة المرور
creds-authenticator = تطبيق المصادقة
creds-qr-label = رمز QR يُمسح بتطبيق المصادقة لدى { $name }
creds-uri = إذا تعذّر مسح الرمز، أدخل هذا الرابط في تطبيق المصادقة:
creds-done = تم: العودة إلى حسابات الموظفين

## التصدير إلى نظام الحالات لدى جهة شريكة
export-title = التصدير لجهة شريكة
export-help = حدّد في القائمة أدناه الطلبات التي تريد تصديرها، واختر صيغة وطريقة لحماية الملف، ثم نزّله. صدّر فقط ما تحتاجه الجهة الشريكة.
export-hotline-only = الطلب الذي موافقته «خط المساعدة فقط» ليس له مربع تحديد: قيل للشخص إن خط المساعدة لا يشاركه.
export-select = تحديد الطلب { $id }
export-format = الصيغة
export-format-json = JSON (لأنظمة الحالات)
export-format-csv = CSV (لجداول البيانات)
export-protect = حماية الملف بواسطة
export-protect-passphrase = عبارة مرور
export-protect-key = المفتاح العام للجهة الشريكة
export-passphrase = عبارة المرور (12 حرفًا على الأقل)
export-passphrase-hint = أعطِ عبارة المرور للجهة الشريكة بطريقة أخرى، مثلًا بالهاتف. لا ترسلها أبدًا مع الملف.
export-recipient = المفتاح العام للجهة الشريكة (يبدأ بـ age1)
export-recipient-hint = تعطيك الجهة الشريكة هذا المفتاح. وحدها تستطيع فتح الملف.
export-submit = تنزيل الملف المشفّر
export-error-none = لم يُصدَّر شيء: حدّد طلبًا واحدًا على الأقل.
export-error-too-many = لم يُصدَّر شيء: { $max } طلب على الأكثر في المرة الواحدة.
export-error-passphrase = لم يُصدَّر شيء: تحتاج عبارة المرور إلى 12 حرفًا على الأقل.
export-error-recipient = لم يُصدَّر شيء: هذا ليس مفتاحًا عامًا. يبدأ المفتاح بـ age1.
export-error-unknown = لم يُصدَّر شيء: أحد الطلبات المحددة غير موجود.
export-error-hotline-only = لم يُصدَّر شيء: أحد الطلبات المحددة موافقته «خط المساعدة فقط». قيل للشخص إن خط المساعدة لا يشاركه.

## Survivors' voices
nav-label = أقسام صندوق الوارد
voices-title = أصوات الناجين
voices-intro = بعد إغلاق الطلب، يسأل التطبيق الشخص مرة واحدة فقط وإن أراد، ثلاثة أسئلة عن المساعدة التي حصل عليها. تصل الإجابات بدون الطلب وبدون أي اسم، وتُعرض هنا كمجاميع شهرية فقط.
voices-rules = تُعرض الأشهر المنتهية فقط، ولكل منها { $min } إجابات على الأقل؛ ويُخفى أي عدد أقل من { $min }، مع عدد آخر إذا كان يمكن استنتاجه.
voices-none = لا يوجد بعد شهر فيه إجابات كافية للعرض.
voices-month = { $month }: { $count ->
    [zero] لا إجابات
    [one] إجابة واحدة
    [two] إجابتان
    [few] { $count } إجابات
   *[other] { $count } إجابة
}
voices-question = السؤال
voices-q-helped = هل حصلت على المساعدة التي كنت تحتاجها؟
voices-q-safe = هل شعرت بالأمان عندما تواصلنا معك؟
voices-q-recommend = هل تخبر صديقًا عنا؟
voices-a-yes = نعم
voices-a-partly = جزئيًا
voices-a-no = لا
voices-a-none = بلا إجابة
voices-hidden = مخفي (أقل من { $min })
voices-withheld = { $count ->
    [one] شهر منتهٍ واحد غير معروض: فيه أقل من { $min } إجابات.
   *[other] { $count } أشهر منتهية غير معروضة: في كل منها أقل من { $min } إجابات.
}
voices-unreadable = { $count ->
    [one] تعذرت قراءة إجابة واحدة ولم تُحتسب.
   *[other] تعذرت قراءة { $count } إجابات ولم تُحتسب.
}
