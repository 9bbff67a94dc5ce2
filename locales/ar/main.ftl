## Reach — العربية (Arabic)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = العربية
# The language's name in English, for the language search.
-locale-english = Arabic
-locale-dir = rtl
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = الآلة الحاسبة
quick-exit = خروج سريع
quick-exit-hint = يُخفي هذا التطبيق فورًا
back = رجوع
next = التالي
skip = تخطي هذا
save = حفظ
cancel = إلغاء
close = إغلاق
done = تم
optional = اختياري
step-of = الخطوة { $current } من { $total }
saved-locked = محفوظ ومقفل على هذا الهاتف

## Calculator (the app's disguise)

calc-label = الآلة الحاسبة
calc-display-label = النتيجة
calc-clear = C
calc-equals = =
calc-error = خطأ

## First use: a private PIN

setup-title = لنجعل هذا التطبيق خاصًا بك
setup-intro = الرجاء اختيار رقم سري (PIN). يجب ألا يعرفه أحد غيرك.
setup-how = لفتح هذا التطبيق لاحقًا، يكفي كتابة رقمك السري في الآلة الحاسبة، ثم الضغط على =.
setup-pin-label = رقمك السري (من 6 إلى 12 رقمًا)
setup-pin-repeat-label = رقمك السري مرة أخرى
setup-duress-title = رقم سري للطوارئ (يمكنك تخطي هذا)
setup-duress-intro = إذا أجبرك أحد على فتح هذا التطبيق، يمكنك كتابة هذا الرقم السري الآخر بدلًا من رقمك. سيظهر التطبيق فارغًا، وسيُحذف كل ما فيه دون أي علامة.
setup-duress-label = رقم سري للطوارئ
setup-submit = حفظ رقمي السري
setup-mismatch = الرقمان السريان ليسا متطابقين. الرجاء المحاولة مرة أخرى.

## Language

lang-title = اختيار اللغة
lang-intro = يمكنك تغييرها لاحقًا من الإعدادات.
lang-search-label = البحث عن لغتك
lang-search-hint = يمكنك كتابة اسم لغتك بأي لغة
lang-search-none = لا توجد لغة تطابق هذا. الرجاء تجربة حروف أقل.
lang-yours = اللغات الموجودة على هذا الهاتف
lang-all = كل اللغات
lang-load-failed = تعذّر فتح هذه اللغة، لذلك يظهر التطبيق باللغة الإنجليزية.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = كم عمرك؟
age-intro = يمكنك تخطي هذا. إذا كان عمرك أقل من 18 سنة، يستخدم التطبيق كلمات أبسط ويعرض مساعدة للأطفال.
age-under_18 = أقل من 18
age-18_to_25 = من 18 إلى 25
age-26_to_59 = من 26 إلى 59
age-60_plus = 60 أو أكثر

## Danger check and emergency numbers

danger-title = هل أنت في خطر الآن؟
danger-yes = نعم، أنا في خطر الآن
danger-no = لا، ليس الآن
emergency-title = أرقام الطوارئ
emergency-intro = يمكنك الاتصال بهذه الأرقام بدون إنترنت.
emergency-country-label = بلدك
emergency-police = الشرطة والطوارئ
emergency-hotline = مساعدة للناس الذين يتم الاتجار بهم أو إجبارهم على العمل
emergency-children = مساعدة للأطفال والشباب
emergency-call = الاتصال بالرقم { $number }
emergency-source = المصدر: { $source }
emergency-checked = تاريخ التحقق: { $date }
emergency-not-checked = لم نتحقق منه مرة أخرى بعد. إذا لم يعمل الرقم، الرجاء الاتصال برقم الطوارئ.
emergency-call-trace = تبقى المكالمات والرسائل النصية في قوائم هاتفك. إذا كان أحد يتفقد هاتفك، يمكنك حذفها بعد ذلك.
emergency-none = ليست لدينا أرقام لهذا البلد بعد. إذا كنت في خطر، الرجاء الاتصال برقم الطوارئ المحلي.
emergency-continue = المتابعة وطلب المساعدة

## What help is needed

needs-title = ما المساعدة التي تلزمك؟
needs-intro = يمكنك اختيار كل ما يناسبك. ويمكنك تخطي هذا السؤال.
need-safety_now = أن أكون في أمان الآن
need-shelter = مكان آمن للإقامة
need-medical = طبيب أو دواء
need-legal_immigration = مساعدة في الأوراق أو التأشيرة أو القانون
need-labour_exploitation = مشاكل في العمل أو عدم دفع الأجر
need-sexual_exploitation = إجبار على ممارسة الجنس
need-child_at_risk = طفل في خطر
need-money_debt = المال أو الديون
need-going_home = العودة إلى بلدي أو العثور على عائلتي
need-interpreter = شخص يتكلم لغتي
need-other = شيء آخر
urgency-title = متى تلزمك المساعدة؟
urgency-now = الآن
urgency-today = اليوم
urgency-this_week = هذا الأسبوع
urgency-not_urgent = يمكن الانتظار
for-whom-title = لمن هذا الطلب؟
for-whom-self = لي
for-whom-someone_else = لشخص آخر
for-whom-assisted_by_outreach = أعمل في الدعم الميداني وأساعد شخصًا آخر

## Safe contact

contact-title = كيف يمكن لخط المساعدة التواصل معك بأمان؟
contact-intro = الرجاء اختيار طريقة واحدة على الأقل، ومن الطرق الآمنة لك فقط.
contact-call = مكالمة هاتفية
contact-sms = رسالة نصية (SMS)
contact-messaging_app = تطبيق مراسلة
contact-email = بريد إلكتروني
contact-in_person_via_outreach = لقاء شخصي، عن طريق فريق الدعم الميداني
contact-check_back_in_app = سأبحث عن الرد في هذا التطبيق
# The example number sits in a LEFT-TO-RIGHT ISOLATE (U+2066 … U+2069) so that "+" shows before the digits in right-to-left text.
contact-phone-label = رقم الهاتف مع رمز البلد (مثلًا { "\u2066+966…\u2069" })
contact-app-label = أي تطبيق؟ (مثلًا WhatsApp أو Signal)
contact-handle-label = اسمك أو رقمك في هذا التطبيق
contact-email-label = عنوان البريد الإلكتروني
times-title = متى يكون التواصل معك آمنًا؟
times-intro = يمكنك تخطي هذا. عندها سيكون خط المساعدة أكثر حذرًا.
times-add = إضافة وقت آمن
times-remove = حذف هذا الوقت
times-from = من
times-to = إلى
times-days = الأيام
times-any-day = أي يوم
times-zone = المنطقة الزمنية
weekday-mon = الاثنين
weekday-tue = الثلاثاء
weekday-wed = الأربعاء
weekday-thu = الخميس
weekday-fri = الجمعة
weekday-sat = السبت
weekday-sun = الأحد
voicemail-title = هل يمكن لخط المساعدة ترك رسالة صوتية؟
voicemail-yes = نعم، الرسالة الصوتية آمنة
voicemail-no = لا، لا تتركوا رسالة صوتية أبدًا
voicemail-unsaid = إذا لم تتم الإجابة عن هذا السؤال، فلن يترك خط المساعدة رسالة صوتية.
code-word-label = كلمة السر
code-word-hint = سيقول خط المساعدة هذه الكلمة، وهكذا يمكنك التأكد أنهم هم حقًا.
someone-else-title = إذا أجاب شخص آخر، يجب على خط المساعدة…
someone-else-hang_up = إنهاء المكالمة
someone-else-say_wrong_number = القول إن الرقم خطأ
someone-else-ask_for_code_word = السؤال عن كلمة السر
someone-else-other = شيء آخر
someone-else-other-label = ماذا يجب أن يفعلوا؟
responder-title = من الأفضل أن يتحدث معك؟
responder-woman = امرأة
responder-man = رجل
responder-any_gender = أي شخص، لا فرق
responder-language-label = اللغة المفضلة للرد عليك

## More (all optional)

more-title = معلومات أكثر عنك
more-intro = كل هذا اختياري.
place-label = أين أنت؟ يكفي اسم المدينة أو المنطقة.
place-hint = يمكنك مشاركة ما يناسبك فقط. هذا التطبيق لا يستخدم موقعك أبدًا.
message-label = رسالتك
message-hint = يمكنك الكتابة بأي لغة.
message-left =
    { $count ->
        [zero] لم يبقَ أي حرف
        [one] بقي حرف واحد
        [two] بقي حرفان
        [few] بقي { $count } أحرف
        [many] بقي { $count } حرفًا
       *[other] بقي { $count } حرف
    }

## Consent

consent-title = من يمكنه رؤية طلبك؟
consent-intro = القرار لك. الخيار الأكثر خصوصية مختار مسبقًا.
consent-hotline_only = خط المساعدة فقط
consent-hotline_only-desc = يقرؤه فريق خط المساعدة فقط، ولا يشاركه مع أحد.
consent-may_refer_to_services = خط المساعدة والجهات التي يمكنها المساعدة
consent-may_refer_to_services-desc = يمكن لخط المساعدة مشاركته مع دور الإيواء أو الأطباء أو المحامين، لمساعدتك.
consent-may_involve_police = خط المساعدة والجهات المساعدة والشرطة
consent-may_involve_police-desc = يمكن لخط المساعدة أيضًا إبلاغ الشرطة.
consent-child-note = لأن عمرك أقل من 18 سنة، قد يضطر خط المساعدة إلى إخبار أشخاص عملهم حماية الأطفال، حتى تبقى في أمان.

## Review and send

review-title = مراجعة طلبك
review-intro = سيتم قفل طلبك بحيث لا يفتحه إلا خط المساعدة. بعد الإرسال، لن يستطيع أحد قراءته على هذا الهاتف، ولا حتى أنت.
review-not-answered = لم تتم الإجابة
review-change = تغيير
review-needs = المساعدة المطلوبة
review-contact = طريقة التواصل معك
review-times = الأوقات الآمنة
review-more = معلومات أكثر عنك
review-consent = من يمكنه رؤيته
submit = قفل الطلب وإرساله إلى خط المساعدة
submit-working = جارٍ قفل طلبك…
submit-done = طلبك مقفل على هذا الهاتف. سيُرسَل عندما يتوفر الإنترنت.

## Status

status-title = طلباتك
status-intro = هنا يظهر أين وصل كل طلب.
status-empty = لا توجد طلبات بعد.
status-saved = محفوظ ومقفل على هذا الهاتف. سيُرسَل عندما يتوفر الإنترنت.
status-sending = جارٍ الإرسال الآن…
status-received = وصل الطلب إلى خط المساعدة. تحققنا من إشعار الاستلام من خط المساعدة.
status-needs_attention = هذا الطلب يحتاج إلى انتباهك.
status-attempts =
    { $count ->
        [zero] لم تتم أي محاولة
        [one] تمت المحاولة مرة واحدة
        [two] تمت المحاولة مرتين
        [few] تمت المحاولة { $count } مرات
        [many] تمت المحاولة { $count } مرة
       *[other] تمت المحاولة { $count } مرة
    }
status-hotline-received = في انتظار أن يقرأه أحد في خط المساعدة.
status-hotline-in_review = شخص في خط المساعدة يقرؤه الآن.
status-hotline-answered = اتخذ خط المساعدة خطوات بشأن هذا الطلب.
status-hotline-closed = أغلق خط المساعدة هذا الطلب.
status-hotline-contact_planned = شخص في خط المساعدة يخطط لطريقة آمنة للتواصل معك.
status-hotline-needs_interpreter = يبحث خط المساعدة عن شخص يتكلم لغتك.
status-hotline-referred = طلب خط المساعدة من منظمة شريكة أن تساعدك.
status-hotline-unknown = لدى خط المساعدة أخبار عن هذا الطلب. الرجاء تحديث التطبيق عندما يكون ذلك آمنًا، لرؤية المزيد.
status-replies = رسائل من خط المساعدة
status-reply-note = كتب خط المساعدة أيضًا (ربما ليس بلغتك):
status-reply-unreadable = وصلت رسالة لم يتمكن هذا التطبيق من التحقق منها، لذلك لا تظهر.
status-offline = لا يوجد إنترنت الآن. طلباتك آمنة على هذا الهاتف.
status-send-now = إرسال الآن
status-retry = المحاولة مرة أخرى
status-check = سؤال خط المساعدة عن أي جديد
status-new = بدء طلب جديد

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = قرأنا طلبك. سنتواصل معك بالطريقة التي اخترتها.
reply-call_planned = سنتصل بك يوم { $day } بين الساعة { $from } والساعة { $to } (بتوقيتك المحلي).
reply-message_planned = سنرسل إليك رسالة يوم { $day } بين الساعة { $from } والساعة { $to } (بتوقيتك المحلي).
reply-interpreter = نبحث عن مترجم يتكلم لغتك. سنتواصل معك قريبًا.
reply-referred = طلبنا من منظمة شريكة قريبة منك أن تساعدك. ستتواصل معك بالطريقة التي اخترتها.
reply-call_us = الرجاء الاتصال بنا عندما يكون ذلك آمنًا لك. اختيار الوقت يعود لك.
reply-danger = إذا كنت في خطر الآن، الرجاء الاتصال برقم الطوارئ. الرقم موجود في هذا التطبيق.
reply-closed = أغلقنا طلبك. يمكنك إرسال طلب جديد في أي وقت.
reply-unknown = أرسل خط المساعدة رسالة لا يستطيع هذا الإصدار من التطبيق عرضها. الرجاء تحديث التطبيق عندما يكون ذلك آمنًا.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = تم إغلاق طلبك. هل تخبرنا كيف كانت المساعدة؟ ثلاثة أسئلة قصيرة. يمكنك تخطيها.
feedback-private = تُرسل إجاباتك بدون طلبك وبدون اسمك. خط المساعدة يرى المجاميع فقط.
feedback-start = أجب
feedback-skip = لا، شكرًا
feedback-send = أرسل الإجابات
feedback-q-helped = هل حصلت على المساعدة التي كنت تحتاجها؟
feedback-q-safe = هل شعرت بالأمان عندما تواصلنا معك؟
feedback-q-recommend = هل تخبر صديقًا عنا؟
feedback-a-yes = نعم
feedback-a-partly = جزئيًا
feedback-a-no = لا
feedback-thanks = شكرًا لك. سيتم إرسال إجاباتك.
feedback-declined = حسنًا. لن نسأل مرة أخرى.
feedback-failed = لم ينجح ذلك. حاول مرة أخرى من فضلك.
problem-unknown_key = يحتاج هذا التطبيق إلى تحديث قبل إرسال هذا الطلب.
problem-conflict = لدى خط المساعدة طلب آخر بنفس الرقم. الرجاء التواصل مع خط المساعدة بطريقة أخرى.
problem-malformed = لم يتمكن خط المساعدة من قراءة هذا الطلب. الرجاء بدء طلب جديد.
problem-too_large = هذا الطلب طويل جدًا. الرجاء بدء طلب جديد برسالة أقصر.
problem-unsupported_media_type = يحتاج هذا التطبيق إلى تحديث قبل إرسال هذا الطلب.
problem-other = رفضت الشبكة أو خط المساعدة هذا الطلب. يمكنك المحاولة مرة أخرى، أو تجربة شبكة أخرى.

## Several people on one device (outreach)

drafts-title = طلبات لم تُرسَل بعد
drafts-continue = متابعة
drafts-delete = حذف
drafts-none = لا يوجد شيء في الانتظار.
review-reference = هذا الشخص لن يحتفظ بهذا الهاتف: أعطِه رمزًا
review-reference-hint = بهذا الرمز يستطيع قراءة ردود خط المساعدة على أي هاتف فيه هذا التطبيق. أما هذا الهاتف فسيُظهر فقط هل استلم خط المساعدة الطلب أم لا.
assisted-organisation-label = منظمتك (أنت، العامل الميداني)
assisted-hint = سيرى خط المساعدة أنك ساعدت هذا الشخص، ومع من تعمل.
assisted-channel-label = كيف يمكن لخط المساعدة التواصل معك (اختياري)
reference-title = رمز الشخص
reference-intro = أعطِ هذه الكلمات للشخص. بها يستطيع قراءة ردود خط المساعدة على أي هاتف فيه هذا التطبيق. هذا الهاتف لا يكتبها في أي مكان، وينساها بعد أن يأخذها الشخص.
reference-for-person = هذه الكلمات لك. بها يمكنك قراءة ردود خط المساعدة. على أي هاتف فيه هذا التطبيق، الرجاء فتح «{ $requests }» ثم «{ $check }»، وكتابة الكلمات أو الأرقام. الرجاء الحفاظ عليها جيدًا: أي شخص تكون معه يستطيع قراءة الردود.
reference-words = الكلمات
reference-digits = الرمز نفسه بالأرقام
reference-request = الطلب { $number }
reference-done = أخذ الشخص رمزه
reference-again = قُفِل التطبيق أثناء عرض الرمز. ها هو مرة أخرى: أعطِه للشخص الآن.
status-check-reference = التحقق من رمز
check-reference-title = التحقق من رمز
check-reference-intro = الرجاء كتابة الكلمات أو الأرقام التي أُعطيت لك. هذا الهاتف لا يحفظها، ولا يحفظ الردود.
check-reference-no-hotline = هذا التطبيق غير متصل بخط مساعدة بعد، لذلك لا يمكن التحقق من رمز هنا. الرجاء المحاولة على هاتف آخر فيه هذا التطبيق.
check-reference-label = الكلمات أو الأرقام
check-reference-submit = التحقق
check-reference-working = جارٍ التحقق. قد يستغرق هذا بضع ثوانٍ…
check-reference-no-replies = لا توجد رسائل من خط المساعدة بعد.
check-reference-show-in = عرض باللغة { $language }
worker-title = العمل الميداني
worker-working-as = تعمل باسم: { $organisation }
worker-intro = كل شخص تساعده يجيب بلغته. تخرج إجاباته من هذا الهاتف مختومة، ويأخذ معه رمزًا. لا يبقى هنا إلا رقم كل طلب وحالته.
worker-new-person = ساعد شخصًا جديدًا
handover-title = أسئلة لك وحدك
handover-worker = أعطِ الهاتف للشخص الآن. سيجيب عن الأسئلة التالية وحده، ولن ترى إجاباته.
handover-person = الأسئلة التالية لك وحدك. الشخص الذي يساعدك لن يرى إجاباتك.
handover-start = ابدأ
giveback-title = شكرًا لك
giveback-intro = إجاباتك مختومة. الشخص الذي يساعدك لا يستطيع رؤيتها. أعد الهاتف الآن.
giveback-button = أعد الهاتف
review-private = أجاب الشخص عن هذا وحده. لا يُعرض.
review-assisted-as = سيرى خط المساعدة أنك ساعدت، باسم: { $organisation }
review-later = ليس الآن: الإبقاء عليه في «طلبات لم تُرسَل بعد»
review-hand-again = إعطاء الهاتف للشخص مرة أخرى
review-hand-again-hint = استخدم هذا إذا أراد الشخص تغيير ما أجاب عنه وحده، أو إذا كان فيه شيء يجب تصحيحه. سيرى مرة أخرى سؤال من يمكنه رؤية الطلب، ويختار من جديد.
review-private-fix = يجب تصحيح شيء أجاب عنه الشخص وحده. هو وحده يستطيع تصحيحه: أعطِه الهاتف مرة أخرى.
age-given-back-worker = إذا غيّرت العمر إلى أقل من 18، أو غيّرت عمرًا كان أقل من 18، فيجب أن يرى الشخص سؤال من يمكنه رؤية الطلب مرة أخرى: ستعطيه الهاتف مرة ثانية.
age-reopened-worker = تغيير العمر يؤثر في اختيار الشخص لمن يمكنه رؤية الطلب. تابِع: ستعطيه الهاتف مرة أخرى، وسيختار من جديد.
setup-worker = أنا عامل ميداني: أساعد أشخاصًا آخرين على طلب المساعدة
setup-worker-hint = سيرى خط المساعدة منظمتك في كل طلب تساعد فيه.
worker-org-needed = اكتب اسم منظمتك، أو أوقف وضع العامل الميداني.
settings-worker-title = وضع العامل الميداني
settings-worker-intro = ساعد أشخاصًا آخرين على إرسال طلبات من هذا الهاتف. إجاباتهم مختومة، وكل شخص يأخذ معه رمزًا.
settings-worker-on = تشغيل
settings-worker-save = حفظ التغييرات
settings-worker-off = إيقاف
settings-worker-saved = تم. وضع العامل الميداني مُفعَّل.
settings-worker-removed = تم. وضع العامل الميداني متوقف.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = قراءة بصوت عالٍ: { $text }
speak-stop = إيقاف القراءة
speak-no-voice = لا يوجد صوت لهذه اللغة على هذا الهاتف.
speak-unavailable = القراءة بصوت عالٍ لا تعمل على هذا الهاتف الآن.
speak-headphones = الرجاء استخدام سماعات الأذن إذا كان هناك من قد يسمع بالقرب منك.

## Settings

settings-title = الإعدادات
settings-language = اللغة
settings-read-aloud = قراءة كل شاشة بصوت عالٍ عند فتحها
settings-lock = القفل الآن
settings-less-protected = حماية أقل على هذا الجهاز: لا يوجد هنا مكان آمن لحفظ المفتاح، لذلك يمكن لمن ينسخ ملفات التطبيق أن يحاول تخمين رقمك السري. الرقم السري الأطول يحميك أكثر.
settings-duress-title = رقم سري للطوارئ
settings-duress-intro = رقم سري ثانٍ لاستخدامه إذا أجبرك أحد على فتح التطبيق. يحذف كل شيء دون أي علامة.
settings-current-pin = رقمك السري
settings-duress-save = حفظ رقم الطوارئ السري
settings-duress-remove = إزالة رقم الطوارئ السري
settings-pin-title = تغيير رقمك السري
settings-new-pin = الرقم السري الجديد (من 6 إلى 12 رقمًا)
settings-new-pin-again = الرقم السري الجديد مرة أخرى
settings-pin-save = تغيير الرقم السري
settings-pin-changed = تم تغيير رقمك السري. من الآن، الرجاء استخدام الرقم السري الجديد.
settings-duress-saved = تم. رقم الطوارئ السري محفوظ.
settings-duress-removed = تم. لا يوجد رقم سري للطوارئ الآن.
pin-wrong-left =
    { $count ->
        [zero] هذا الرقم السري غير صحيح. لم تبقَ أي محاولة قبل حذف كل شيء على هذا الهاتف.
        [one] هذا الرقم السري غير صحيح. بعد محاولة خاطئة واحدة أخرى، سيُحذف كل شيء على هذا الهاتف.
        [two] هذا الرقم السري غير صحيح. بعد محاولتين خاطئتين أخريين، سيُحذف كل شيء على هذا الهاتف.
        [few] هذا الرقم السري غير صحيح. بعد { $count } محاولات خاطئة أخرى، سيُحذف كل شيء على هذا الهاتف.
        [many] هذا الرقم السري غير صحيح. بعد { $count } محاولة خاطئة أخرى، سيُحذف كل شيء على هذا الهاتف.
       *[other] هذا الرقم السري غير صحيح. بعد { $count } محاولة خاطئة أخرى، سيُحذف كل شيء على هذا الهاتف.
    }
settings-wipe-title = حذف كل شيء
settings-wipe-intro = هذا يحذف كل الطلبات والمسودات على هذا الهاتف. لا يمكن التراجع عن ذلك. الطلبات التي وصلت إلى خط المساعدة تبقى لدى خط المساعدة.
settings-wipe-confirm = نعم، حذف كل شيء

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = هل هناك خطر عليك الآن؟
danger-yes-child = نعم، أنا في خطر
danger-no-child = لا، أنا بخير الآن
emergency-intro-child = يمكنك الاتصال بهذه الأرقام. لا تحتاج إلى إنترنت.
emergency-call-trace-child = هاتفك يحفظ قائمة بالمكالمات والرسائل. إذا كنت تخاف أن يراها أحد، يمكنك حذفها بعد ذلك.
needs-title-child = بماذا نساعدك؟
needs-intro-child = اضغط على كل ما هو صحيح عنك. يمكنك تخطي هذا.
need-legal_immigration-child = مساعدة في الأوراق أو الوثائق
need-labour_exploitation-child = شخص يجبرني على العمل
need-sexual_exploitation-child = شخص يجبرني على فعل أشياء جنسية
need-money_debt-child = شخص يقول إن عليّ مالًا له
need-going_home-child = أريد العودة إلى البيت أو إيجاد عائلتي
need-child_at_risk-child = طفل آخر في خطر
urgency-title-child = متى تحتاج المساعدة؟
for-whom-title-child = من يحتاج المساعدة؟
for-whom-self-child = أنا
contact-title-child = كيف نتكلم معك بأمان؟
contact-intro-child = اختر طريقة آمنة لك. يجب ألا يراها أحد غيرك.
times-title-child = متى يكون آمنًا أن نتصل بك أو نكتب لك؟
times-intro-child = يمكنك تخطي هذا. عندها سنكون حذرين جدًا.
voicemail-title-child = هل يمكننا أن نترك لك رسالة صوتية؟
someone-else-title-child = إذا أجاب شخص آخر، ماذا نفعل؟
responder-title-child = مع من تريد أن تتكلم؟
more-title-child = هل هناك شيء آخر؟
more-intro-child = ليس عليك أن تجيب.
place-label-child = أين أنت؟ يكفي اسم البلدة.
message-label-child = أخبرنا ماذا يحدث معك، إذا أردت
consent-title-child = من يستطيع قراءة ما كتبته؟
consent-intro-child = الاختيار لك. الخيار الأكثر أمانًا مختار من قبل.
consent-hotline_only-desc-child = يقرؤه المساعدون في خط المساعدة فقط. وهم يحفظونه سرًا.
consent-may_refer_to_services-desc-child = يمكن لخط المساعدة أن يخبر أشخاصًا يحمون الأطفال، مثل طبيب أو بيت آمن أو محامٍ.
consent-may_involve_police-desc-child = يمكن لخط المساعدة أيضًا أن يخبر الشرطة، حتى توقف الأشخاص الذين يؤذونك.
review-title-child = انظر إلى إجاباتك
review-intro-child = عندما ترسل هذا، يُقفَل. خط المساعدة فقط يستطيع فتحه. لا أحد يستطيع قراءته على هذا الهاتف، ولا حتى أنت.
submit-done-child = رسالتك مقفلة على هذا الهاتف. ستُرسَل عندما يكون هناك إنترنت.
handover-title-child = أسئلة لك أنت فقط
handover-person-child = أنت وحدك تجيب عن الأسئلة التالية. الشخص الذي يساعدك لن يرى ما تقوله.
giveback-intro-child = إجاباتك مقفلة. الشخص الذي يساعدك لا يستطيع رؤيتها. الآن أعد الهاتف إلى الشخص الذي يساعدك.
reference-for-person-child = هذه الكلمات لك أنت فقط. بها تقرأ ما يكتبه لك خط المساعدة. على أي هاتف فيه هذا التطبيق، اضغط على «{ $requests }» ثم «{ $check }»، واكتب الكلمات أو الأرقام. احفظها سرًّا: أي شخص تكون معه يستطيع قراءة الردود.

## Errors (codes come from the app's core)

error-wrong_pin = هذا الرقم السري غير صحيح.
error-locked = الرجاء فتح التطبيق برقمك السري أولًا.
error-no_hotline = هذا التطبيق غير متصل بخط مساعدة بعد. تم حفظ مسودتك.
error-invalid = بعض الإجابات تحتاج إلى تغيير. الرجاء النظر في الأسئلة المعلَّمة.
error-pin_too_short = الرقم السري من 6 إلى 12 رقمًا.
error-duress_same_as_pin = يجب أن يكون رقم الطوارئ السري مختلفًا عن رقمك السري.
error-worker_drafts_open = يبقى وضع العامل الميداني مُفعَّلًا ما دامت طلبات الأشخاص الذين تساعدهم لم تُرسَل. الرجاء إرسالها، أو حذفها في «طلبات لم تُرسَل بعد»، ثم إيقاف هذا الوضع.
error-already_set_up = هذا التطبيق مُعَدّ بالفعل.
error-not_found = لم يتم العثور على هذا. ربما تم حذفه.
error-internal = حدث خطأ ما. طلباتك المحفوظة آمنة. الرجاء المحاولة مرة أخرى.
error-not_set_up = هذا التطبيق غير مُعَدّ بعد. الرجاء اختيار رقم سري أولًا.
error-busy = التطبيق مشغول بالإرسال. الرجاء المحاولة مرة أخرى بعد قليل.
error-status_unavailable = تعذّر سؤال خط المساعدة الآن. طلبك آمن. الرجاء المحاولة مرة أخرى لاحقًا.
error-malformed = تعذّرت قراءة بعض الإجابات. الرجاء مراجعتها والمحاولة مرة أخرى.
error-too_large = هذا طويل جدًا للإرسال. الرجاء كتابة رسالة أقصر.
error-unsupported_version = يحتاج هذا التطبيق إلى تحديث.
error-profile = بيانات خط المساعدة في هذا التطبيق غير صحيحة. تم حفظ مسودتك. الرجاء الحصول على نسخة محدَّثة من التطبيق.
error-sync_client = لا يستطيع التطبيق الاتصال بأمان الآن. تم حفظ طلبك وسيُرسَل لاحقًا.
error-already_exists = هذا محفوظ بالفعل.
error-empty_pin = الرجاء كتابة رقمك السري.
error-invalid_kdf_params = إعدادات هذا التطبيق غير صحيحة. الرجاء الحصول على نسخة محدَّثة من التطبيق.
error-device_secret_unavailable = لا يستطيع التطبيق الوصول إلى المخزن الآمن في هذا الهاتف. الرجاء إعادة تشغيل الهاتف والمحاولة مرة أخرى.
error-envelope = تعذّر قفل طلبك لخط المساعدة. لا يزال محفوظًا كمسودة.
error-receipt_mismatch = تعذّر التحقق من رد خط المساعدة. سيُرسَل طلبك مرة أخرى.
error-corrupt = البيانات المحفوظة في التطبيق تالفة. لا يمكن فتحها.
error-io = لم يتمكن الهاتف من حفظ هذا. ربما الذاكرة ممتلئة. الرجاء إفراغ بعض المساحة والمحاولة مرة أخرى.
error-database = لم يتمكن التطبيق من قراءة بياناته أو حفظها. طلباتك المحفوظة آمنة. الرجاء المحاولة مرة أخرى.
error-pin_too_long = الرقم السري من 6 إلى 12 رقمًا.
error-pin_not_digits = الرقم السري أرقام فقط.
error-reference_word_count = الرمز فيه 9 كلمات. الرجاء التأكد من كتابتها كلها.
error-reference_unknown_word = إحدى الكلمات غير صحيحة. الرجاء التأكد من طريقة كتابتها.
check-reference-wrong-word = الكلمة رقم { $number } غير صحيحة. الرجاء التأكد من طريقة كتابتها.
error-reference_digits = الرمز فيه 22 رقمًا. الرجاء التأكد من كتابتها كلها.
error-reference_check = هناك كلمة أو رقم غير صحيح. الرجاء التأكد من كل واحد والمحاولة مرة أخرى.
error-reference_not_found = لا يوجد لدى خط المساعدة طلب بهذا الرمز بعد. إذا أُرسل من هاتف بدون إنترنت، فسيصل عندما يتوفر الإنترنت على ذلك الهاتف مرة أخرى. الرجاء المحاولة مرة أخرى لاحقًا. إذا لم يُعثر عليه بعد ذلك، الرجاء التأكد من كل كلمة أو رقم.
field-error-empty = الرجاء ملء هذه الخانة، أو تخطي السؤال.
field-error-not_trimmed = الرجاء حذف المسافات في البداية أو النهاية.
field-error-too_long = هذا طويل جدًا. عدد الأحرف المسموح به: { $max } على الأكثر.
field-error-too_many_bytes = هذا طويل جدًا.
field-error-too_many = العدد كبير جدًا. الحد الأقصى: { $max }.
field-error-duplicate = هذا موجود في القائمة مرتين.
field-error-control_characters = يحتوي هذا على رموز لا يمكن استخدامها.
field-error-invalid_phone = رقم الهاتف هذا لا يبدو صحيحًا. الرجاء البدء بعلامة + ثم رمز البلد.
field-error-invalid_region = هذا البلد غير معروف.
field-error-invalid_email = عنوان البريد الإلكتروني هذا لا يبدو صحيحًا.
field-error-invalid_language = هذه اللغة غير معروفة.
field-error-invalid_time_zone = هذه المنطقة الزمنية غير معروفة.
field-error-invalid_time = الرجاء اختيار وقت بداية ووقت نهاية مختلفين.
field-error-no_contact_method = الرجاء اختيار طريقة واحدة على الأقل للتواصل معك. يكفي اختيار «سأبحث عن الرد في هذا التطبيق».
field-error-unsupported_version = يحتاج هذا التطبيق إلى تحديث.
