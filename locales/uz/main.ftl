## Reach — Oʻzbekcha (Uzbek)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Oʻzbekcha
# The language's name in English, for the language search.
-locale-english = Uzbek
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Kalkulyator
quick-exit = Tez chiqish
quick-exit-hint = Bu ilovani darhol yashiradi
back = Orqaga
next = Keyingi
skip = Oʻtkazib yuborish
save = Saqlash
cancel = Bekor qilish
close = Yopish
done = Tayyor
optional = ixtiyoriy
step-of = Qadam: { $current } / { $total }
saved-locked = Bu telefonda saqlandi va qulflandi

## Calculator (the app's disguise)

calc-label = Kalkulyator
calc-display-label = Natija
calc-clear = C
calc-equals = =
calc-error = Xato

## First use: a private PIN

setup-title = Bu ilovani shaxsiy qiling
setup-intro = Maxfiy raqam (PIN) tanlang. Uni faqat siz bilishingiz kerak.
setup-how = Keyinroq bu ilovani ochish uchun kalkulyatorda PIN kodingizni tering, keyin = tugmasini bosing.
setup-pin-label = PIN kodingiz (6 tadan 12 tagacha raqam)
setup-pin-repeat-label = PIN kodingizni yana bir marta tering
setup-duress-title = Favqulodda PIN (buni oʻtkazib yuborishingiz mumkin)
setup-duress-intro = Agar kimdir sizni bu ilovani ochishga majburlasa, oʻrniga mana shu boshqa PIN kodni tering. Ilova boʻsh koʻrinadi va undagi hamma narsa hech qanday iz qoldirmasdan oʻchiriladi.
setup-duress-label = Favqulodda PIN
setup-submit = PIN kodimni saqlash
setup-mismatch = Ikki PIN bir xil emas. Iltimos, qaytadan urinib koʻring.

## Language

lang-title = Tilingizni tanlang
lang-intro = Keyinroq uni Sozlamalarda oʻzgartirishingiz mumkin.
lang-search-label = Tilingizni toping
lang-search-hint = Tilingiz nomini istalgan tilda yozing
lang-search-none = Bunga mos til yoʻq. Kamroq harf yozib koʻring.
lang-yours = Bu telefondagi tillar
lang-all = Barcha tillar
lang-load-failed = Bu tilni ochib boʻlmadi, shuning uchun ilova ingliz tilida koʻrsatilmoqda.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Necha yoshdasiz?
age-intro = Buni oʻtkazib yuborishingiz mumkin. Agar 18 yoshga toʻlmagan boʻlsangiz, ilova soddaroq soʻzlardan foydalanadi va bolalar uchun yordamni koʻrsatadi.
age-under_18 = 18 yoshdan kichik
age-18_to_25 = 18 dan 25 gacha
age-26_to_59 = 26 dan 59 gacha
age-60_plus = 60 va undan katta

## Danger check and emergency numbers

danger-title = Hozir xavf ostidamisiz?
danger-yes = Ha, hozir xavf ostidaman
danger-no = Yoʻq, hozir emas
emergency-title = Favqulodda raqamlar
emergency-intro = Bu raqamlarga internetsiz qoʻngʻiroq qilishingiz mumkin.
emergency-country-label = Mamlakatingiz
emergency-police = Politsiya va favqulodda yordam
emergency-hotline = Odam savdosiga uchragan yoki majburan ishlatilayotgan odamlar uchun yordam
emergency-children = Bolalar va yoshlar uchun yordam
emergency-call = { $number } raqamiga qoʻngʻiroq qilish
emergency-source = Manba: { $source }
emergency-checked = Tekshirilgan: { $date }
emergency-not-checked = Hali qayta tekshirilmagan. Agar raqam ishlamasa, favqulodda raqamga qoʻngʻiroq qiling.
emergency-call-trace = Qoʻngʻiroqlar va matnli xabarlar telefoningizdagi roʻyxatlarda qoladi. Agar kimdir telefoningizni tekshirsa, keyin ularni oʻchirib tashlashingiz mumkin.
emergency-none = Bu mamlakat uchun hozircha raqamlarimiz yoʻq. Agar xavf ostida boʻlsangiz, mahalliy favqulodda raqamga qoʻngʻiroq qiling.
emergency-continue = Davom etish va yordam soʻrash

## What help is needed

needs-title = Sizga qanday yordam kerak?
needs-intro = Mos keladiganlarning hammasini tanlang. Buni oʻtkazib yuborishingiz mumkin.
need-safety_now = Hozir xavfsiz boʻlish
need-shelter = Yashash uchun xavfsiz joy
need-medical = Shifokor yoki dori
need-legal_immigration = Hujjatlar, viza yoki qonun boʻyicha yordam
need-labour_exploitation = Ishdagi muammolar yoki maosh toʻlanmayapti
need-sexual_exploitation = Jinsiy aloqaga majburlash
need-child_at_risk = Bola xavf ostida
need-money_debt = Pul yoki qarz
need-going_home = Uyga qaytish yoki oilani topish
need-interpreter = Mening tilimda gapiradigan odam
need-other = Boshqa narsa
urgency-title = Yordam qanchalik tez kerak?
urgency-now = Hozir
urgency-today = Bugun
urgency-this_week = Shu hafta
urgency-not_urgent = Kutsa boʻladi
for-whom-title = Bu soʻrov kim uchun?
for-whom-self = Oʻzim uchun
for-whom-someone_else = Boshqa odam uchun
for-whom-assisted_by_outreach = Men ijtimoiy xodimman va kimgadir yordam beryapman

## Safe contact

contact-title = Yordam xizmati siz bilan qanday qilib xavfsiz bogʻlana oladi?
contact-intro = Kamida bitta yoʻlni tanlang. Faqat siz uchun xavfsiz boʻlgan yoʻllarni tanlang.
contact-call = Telefon qoʻngʻirogʻi
contact-sms = Matnli xabar (SMS)
contact-messaging_app = Messenjer ilovasi
contact-email = Elektron pochta
contact-in_person_via_outreach = Yuzma-yuz, ijtimoiy xodim orqali
contact-check_back_in_app = Javobni shu ilovada koʻraman
contact-phone-label = Telefon raqami, mamlakat kodi bilan (masalan, +44…)
contact-app-label = Qaysi ilova? (masalan, WhatsApp, Signal)
contact-handle-label = Shu ilovadagi ismingiz yoki raqamingiz
contact-email-label = Elektron pochta manzili
times-title = Qachon siz bilan bogʻlanish xavfsiz?
times-intro = Buni oʻtkazib yuborishingiz mumkin. Unda yordam xizmati ayniqsa ehtiyot boʻladi.
times-add = Xavfsiz vaqt qoʻshish
times-remove = Bu vaqtni olib tashlash
times-from = Qachondan
times-to = Qachongacha
times-days = Kunlar
times-any-day = Istalgan kun
times-zone = Vaqt mintaqasi
weekday-mon = Dushanba
weekday-tue = Seshanba
weekday-wed = Chorshanba
weekday-thu = Payshanba
weekday-fri = Juma
weekday-sat = Shanba
weekday-sun = Yakshanba
voicemail-title = Yordam xizmati ovozli xabar qoldirishi mumkinmi?
voicemail-yes = Ha, ovozli xabar xavfsiz
voicemail-no = Yoʻq, hech qachon ovozli xabar qoldirmang
voicemail-unsaid = Agar siz javob bermasangiz, yordam xizmati xabar qoldirmaydi.
code-word-label = Shartli soʻz
code-word-hint = Yordam xizmati shu soʻzni aytadi, shunda bu haqiqatan ular ekanini bilasiz.
someone-else-title = Agar boshqa odam javob bersa, yordam xizmati…
someone-else-hang_up = Telefonni qoʻyishi kerak
someone-else-say_wrong_number = Notoʻgʻri raqam deyishi kerak
someone-else-ask_for_code_word = Shartli soʻzni soʻrashi kerak
someone-else-other = Boshqa narsa
someone-else-other-label = Ular nima qilishi kerak?
responder-title = Kim bilan gaplashishni xohlaysiz?
responder-woman = Ayol
responder-man = Erkak
responder-any_gender = Kim boʻlsa ham mayli
responder-language-label = Javobni qaysi tilda olishni xohlaysiz

## More (all optional)

more-title = Oʻzingiz haqingizda biroz koʻproq
more-intro = Bularning hammasi ixtiyoriy.
place-label = Qayerdasiz? Shahar yoki hudud nomi yetarli.
place-hint = Faqat xohlaganingizni yozing. Bu ilova hech qachon joylashuvingizdan foydalanmaydi.
message-label = Xabaringiz
message-hint = Istalgan tilda yozishingiz mumkin.
message-left =
    { $count ->
        [one] { $count } ta harf qoldi
       *[other] { $count } ta harf qoldi
    }

## Consent

consent-title = Soʻrovingizni kim koʻrishi mumkin?
consent-intro = Siz hal qilasiz. Eng maxfiy tanlov allaqachon belgilangan.
consent-hotline_only = Faqat yordam xizmati
consent-hotline_only-desc = Uni faqat yordam xizmati jamoasi oʻqiydi. Ular uni hech kimga bermaydi.
consent-may_refer_to_services = Yordam xizmati va yordam bera oladigan tashkilotlar
consent-may_refer_to_services-desc = Sizga yordam berish uchun yordam xizmati uni boshpana, shifokor yoki advokatlar bilan boʻlishishi mumkin.
consent-may_involve_police = Yordam xizmati, tashkilotlar va politsiya
consent-may_involve_police-desc = Yordam xizmati politsiyaga ham xabar berishi mumkin.
consent-child-note = Siz 18 yoshga toʻlmaganingiz uchun, sizni xavfsiz saqlash maqsadida yordam xizmati bolalarni himoya qiladigan odamlarga aytishi kerak boʻlishi mumkin.

## Review and send

review-title = Soʻrovingizni tekshiring
review-intro = Soʻrovingiz qulflanadi, uni faqat yordam xizmati ocha oladi. Yuborganingizdan keyin uni bu telefonda hech kim oʻqiy olmaydi, hatto siz ham.
review-not-answered = Javob berilmagan
review-change = Oʻzgartirish
review-needs = Kerakli yordam
review-contact = Siz bilan qanday bogʻlanish
review-times = Xavfsiz vaqtlar
review-more = Siz haqingizda qoʻshimcha
review-consent = Kim koʻrishi mumkin
submit = Qulflash va yordam xizmatiga yuborish
submit-working = Soʻrovingiz qulflanmoqda…
submit-done = Soʻrovingiz bu telefonda qulflandi. Internet boʻlganda yuboriladi.

## Status

status-title = Soʻrovlaringiz
status-intro = Bu yerda har bir soʻrov qayerda ekanini koʻrishingiz mumkin.
status-empty = Hozircha soʻrov yoʻq.
status-saved = Bu telefonda saqlandi va qulflandi. Internet boʻlganda yuboriladi.
status-sending = Hozir yuborilmoqda…
status-received = Yordam xizmati uni oldi. Biz yordam xizmatining tasdigʻini tekshirdik.
status-needs_attention = Bu soʻrov sizning eʼtiboringizni talab qiladi.
status-attempts =
    { $count ->
        [one] Bir marta urinildi
       *[other] { $count } marta urinildi
    }
status-hotline-received = Yordam xizmatida kimdir uni oʻqishini kutmoqda.
status-hotline-in_review = Yordam xizmatida kimdir uni oʻqiyapti.
status-hotline-answered = Yordam xizmati bu boʻyicha choralar koʻrdi.
status-hotline-closed = Yordam xizmati uni yopdi.
status-hotline-contact_planned = Yordam xizmatida kimdir siz bilan qanday xavfsiz bogʻlanishni rejalashtirmoqda.
status-hotline-needs_interpreter = Yordam xizmati sizning tilingizda gapiradigan odamni qidirmoqda.
status-hotline-referred = Yordam xizmati hamkor tashkilotdan sizga yordam berishni soʻradi.
status-hotline-unknown = Yordam xizmatida bu haqda yangilik bor. Koʻproq koʻrish uchun xavfsiz boʻlganda ilovani yangilang.
status-replies = Yordam xizmatidan xabarlar
status-reply-note = Yordam xizmati yana yozdi (balki sizning tilingizda emas):
status-reply-unreadable = Bir xabar keldi, lekin bu ilova uni tekshira olmadi, shuning uchun u koʻrsatilmaydi.
status-offline = Hozir internet yoʻq. Soʻrovlaringiz bu telefonda xavfsiz.
status-send-now = Hozir yuborish
status-retry = Qayta urinish
status-check = Yordam xizmatidan yangilik soʻrash
status-new = Yangi soʻrov boshlash

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Soʻrovingizni oʻqidik. Siz tanlagan yoʻl bilan siz bilan bogʻlanamiz.
reply-call_planned = Sizga { $day } kuni { $from } – { $to } oraligʻida (sizning vaqtingiz bilan) qoʻngʻiroq qilamiz.
reply-message_planned = Sizga { $day } kuni { $from } – { $to } oraligʻida (sizning vaqtingiz bilan) xabar yuboramiz.
reply-interpreter = Sizning tilingizda gapiradigan tarjimon qidiryapmiz. Tez orada siz bilan bogʻlanamiz.
reply-referred = Sizga yaqin boʻlgan hamkor tashkilotdan yordam berishni soʻradik. Ular siz tanlagan yoʻl bilan siz bilan bogʻlanadi.
reply-call_us = Iltimos, siz uchun xavfsiz boʻlganda bizga qoʻngʻiroq qiling. Vaqtni siz tanlaysiz.
reply-danger = Agar hozir xavf ostida boʻlsangiz, favqulodda raqamga qoʻngʻiroq qiling. Uni shu ilovada topishingiz mumkin.
reply-closed = Soʻrovingizni yopdik. Istalgan vaqtda yangi soʻrov yuborishingiz mumkin.
reply-unknown = Yordam xizmati ilovaning bu versiyasi koʻrsata olmaydigan xabar yubordi. Iltimos, xavfsiz boʻlganda ilovani yangilang.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Soʻrovingiz yopildi. Yordam qanday boʻlganini bizga aytib bera olasizmi? Uchta qisqa savol. Ularni oʻtkazib yuborishingiz mumkin.
feedback-private = Javoblaringiz soʻrovingiz va ismingizsiz yuboriladi. Yordam xizmati faqat umumiy sonlarni koʻradi.
feedback-start = Javob berish
feedback-skip = Yoʻq, rahmat
feedback-send = Javoblarni yuborish
feedback-q-helped = Sizga kerakli yordamni oldingizmi?
feedback-q-safe = Biz siz bilan bogʻlanganimizda oʻzingizni xavfsiz his qildingizmi?
feedback-q-recommend = Doʻstingizga biz haqimizda aytasizmi?
feedback-a-yes = Ha
feedback-a-partly = Qisman
feedback-a-no = Yoʻq
feedback-thanks = Rahmat. Javoblaringiz yuboriladi.
feedback-declined = Mayli. Boshqa soʻramaymiz.
feedback-failed = Bu ishlamadi. Iltimos, qaytadan urinib koʻring.
problem-unknown_key = Bu soʻrovni yuborishdan oldin ilovani yangilash kerak.
problem-conflict = Yordam xizmatida xuddi shu raqamli boshqa soʻrov bor. Iltimos, yordam xizmati bilan boshqa yoʻl bilan bogʻlaning.
problem-malformed = Yordam xizmati bu soʻrovni oʻqiy olmadi. Iltimos, yangi soʻrov boshlang.
problem-too_large = Bu soʻrov juda uzun. Iltimos, qisqaroq xabar bilan yangi soʻrov boshlang.
problem-unsupported_media_type = Bu soʻrovni yuborishdan oldin ilovani yangilash kerak.
problem-other = Tarmoq yoki yordam xizmati bu soʻrovni qabul qilmadi. Qayta urinib koʻrishingiz yoki boshqa tarmoqdan foydalanishingiz mumkin.

## Several people on one device (outreach)

drafts-title = Hali yuborilmagan soʻrovlar
drafts-continue = Davom etish
drafts-delete = Oʻchirish
drafts-none = Kutayotgan hech narsa yoʻq.
review-reference = Bu odam bu telefonni oʻzida qoldirmaydi: unga kod bering
review-reference-hint = Kod bilan u bu ilova bor har qanday telefonda yordam xizmatining javoblarini oʻqiy oladi. Bu telefon faqat yordam xizmati soʻrovni olgan-olmaganini koʻrsatadi.
assisted-organisation-label = Tashkilotingiz (siz, ijtimoiy xodim)
assisted-hint = Yordam xizmati siz bu odamga yordam berganingizni va kim bilan ishlashingizni koʻradi.
assisted-channel-label = Yordam xizmati siz bilan qanday bogʻlana oladi (ixtiyoriy)
reference-title = Odamning kodi
reference-intro = Bu soʻzlarni odamga bering. Ular bilan u bu ilova bor har qanday telefonda yordam xizmatining javoblarini oʻqiy oladi. Bu telefon ularni hech qayerga yozmaydi va odam ularni olgach, ularni unutadi.
reference-for-person = Bu soʻzlar sizniki. Ular bilan yordam xizmatining javoblarini oʻqiy olasiz. Bu ilova bor har qanday telefonda «{ $requests }» boʻlimini oching, soʻng «{ $check }» tugmasini bosing va soʻzlar yoki raqamlarni yozing. Ularni ehtiyot qilib saqlang: ularni bilgan har qanday odam javoblarni oʻqiy oladi.
reference-words = Soʻzlar
reference-digits = Shu kodning oʻzi raqamlarda
reference-request = Soʻrov { $number }
reference-done = Odamda oʻz kodi bor
reference-again = Kod koʻrsatilayotganda ilova qulflandi. Mana u yana: uni hozir odamga bering.
status-check-reference = Kodni tekshirish
check-reference-title = Kodni tekshirish
check-reference-intro = Sizga berilgan soʻzlar yoki raqamlarni yozing. Bu telefon ularni ham, javoblarni ham saqlamaydi.
check-reference-no-hotline = Bu ilova hali yordam xizmatiga ulanmagan, shuning uchun bu yerda kodni tekshira olmaydi. Iltimos, bu ilova oʻrnatilgan boshqa telefonda urinib koʻring.
check-reference-label = Soʻzlar yoki raqamlar
check-reference-submit = Tekshirish
check-reference-working = Tekshirilmoqda. Bir necha soniya ketishi mumkin…
check-reference-no-replies = Yordam xizmatidan hali xabar yoʻq.
check-reference-show-in = { $language } tilida koʻrsatish
worker-title = Dala ishi
worker-working-as = Siz shu nom bilan ishlaysiz: { $organisation }
worker-intro = Siz yordam beradigan har bir odam o‘z tilida javob beradi. Javoblari bu telefondan muhrlangan holda chiqadi, odam esa kodni olib ketadi. Bu yerda har bir so‘rovning raqami va holatigina qoladi.
worker-new-person = Yangi odamga yordam berish
handover-title = Faqat siz uchun savollar
handover-worker = Endi telefonni o‘sha odamga bering. Keyingi savollarga u yolg‘iz javob beradi, siz esa uning javoblarini ko‘rmaysiz.
handover-person = Keyingi savollar faqat siz uchun. Sizga yordam berayotgan odam javoblaringizni ko‘rmaydi.
handover-start = Boshlash
giveback-title = Rahmat
giveback-intro = Javoblaringiz muhrlandi. Sizga yordam berayotgan odam ularni ko‘ra olmaydi. Endi telefonni qaytaring.
giveback-button = Telefonni qaytarish
review-private = Bunga odam yolg‘iz javob bergan. Ko‘rsatilmaydi.
review-assisted-as = Ishonch telefoni yordam berganingizni shunday ko‘radi: { $organisation }
review-later = Hozir emas: «Hali yuborilmagan soʻrovlar» boʻlimida saqlash
review-hand-again = Telefonni odamga yana berish
review-hand-again-hint = Odam yolgʻiz bergan javoblarini oʻzgartirmoqchi boʻlsa yoki u yerda nimanidir tuzatish kerak boʻlsa, shuni bosing. U «Kim koʻrishi mumkin» savolini yana koʻradi va qaytadan tanlaydi.
review-private-fix = Odam yolgʻiz javob bergan narsada nimanidir tuzatish kerak. Buni faqat u tuzata oladi: telefonni unga yana bering.
age-given-back-worker = Agar yoshni «18 yoshdan kichik» qilib yoki undan boshqa qilib oʻzgartirsangiz, odam «Kim koʻrishi mumkin» savolini yana koʻrishi kerak: telefonni unga yana bir marta berasiz.
age-reopened-worker = Yosh odamning «Kim koʻrishi mumkin» tanlovini oʻzgartirdi. Davom eting: telefonni unga yana berasiz va u qaytadan tanlaydi.
setup-worker = Men ijtimoiy xodimman: boshqalarga yordam so‘rashda ko‘maklashaman
setup-worker-hint = Ishonch telefoni siz yordam bergan har bir so‘rovda tashkilotingizni ko‘radi.
worker-org-needed = Tashkilotingiz nomini yozing yoki dala xodimi rejimini o‘chiring.
settings-worker-title = Ijtimoiy xodim rejimi
settings-worker-intro = Boshqalarga bu telefondan so‘rov yuborishda yordam bering. Ularning javoblari muhrlanadi, har bir odam kodni olib ketadi.
settings-worker-on = Yoqish
settings-worker-save = O‘zgarishlarni saqlash
settings-worker-off = O‘chirish
settings-worker-saved = Tayyor. Ijtimoiy xodim rejimi yoqilgan.
settings-worker-removed = Tayyor. Ijtimoiy xodim rejimi o‘chirilgan.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Ovoz chiqarib oʻqish: { $text }
speak-stop = Oʻqishni toʻxtatish
speak-no-voice = Bu telefonda bu til uchun ovoz yoʻq.
speak-unavailable = Ovoz chiqarib oʻqish hozir bu telefonda ishlamayapti.
speak-headphones = Yoningizdagi kimdir eshitishi mumkin boʻlsa, quloqchin taqing.

## Settings

settings-title = Sozlamalar
settings-language = Til
settings-read-aloud = Har bir ekranni ochilganda ovoz chiqarib oʻqish
settings-lock = Hozir qulflash
settings-less-protected = Bu qurilmada himoya kuchsizroq: bu yerda xavfsiz kalit ombori yoʻq, shuning uchun ilova fayllarini nusxalagan har kim PIN kodingizni topishga urinishi mumkin. Uzunroq PIN sizni yaxshiroq himoya qiladi.
settings-duress-title = Favqulodda PIN
settings-duress-intro = Kimdir sizni ilovani ochishga majburlaganda ishlatiladigan ikkinchi PIN. U hamma narsani hech qanday iz qoldirmasdan oʻchiradi.
settings-current-pin = PIN kodingiz
settings-duress-save = Favqulodda PIN kodni saqlash
settings-duress-remove = Favqulodda PIN kodni olib tashlash
settings-pin-title = PIN kodingizni oʻzgartiring
settings-new-pin = Yangi PIN (6 tadan 12 tagacha raqam)
settings-new-pin-again = Yangi PIN yana bir marta
settings-pin-save = PIN kodni oʻzgartirish
settings-pin-changed = PIN kodingiz oʻzgartirildi. Bundan buyon yangi PIN koddan foydalaning.
settings-duress-saved = Tayyor. Favqulodda PIN kodingiz saqlandi.
settings-duress-removed = Tayyor. Endi favqulodda PIN yoʻq.
pin-wrong-left =
    { $count ->
        [one] Bu PIN notoʻgʻri. Yana bir marta notoʻgʻri PIN kiritilsa, bu telefondagi hamma narsa oʻchiriladi.
       *[other] Bu PIN notoʻgʻri. Yana { $count } marta notoʻgʻri PIN kiritilsa, bu telefondagi hamma narsa oʻchiriladi.
    }
settings-wipe-title = Hammasini oʻchirish
settings-wipe-intro = Bu telefondagi barcha soʻrovlar va qoralamalarni oʻchiradi. Buni ortga qaytarib boʻlmaydi. Yordam xizmati allaqachon olgan soʻrovlar yordam xizmatida qoladi.
settings-wipe-confirm = Ha, hammasini oʻchirish

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Hozir xavf ostidamisiz?
danger-yes-child = Ha, men xavf ostidaman
danger-no-child = Yoʻq, hozir emas
emergency-intro-child = Bu raqamlarga qoʻngʻiroq qilishingiz mumkin. Internet kerak emas.
emergency-call-trace-child = Telefoningiz qoʻngʻiroqlar va xabarlar roʻyxatini saqlaydi. Agar kimdir uni koʻrib qolishidan xavotir olsangiz, keyin ularni oʻchirib tashlashingiz mumkin.
needs-title-child = Sizga nimada yordam kerak?
needs-intro-child = Siz haqingizda toʻgʻri boʻlganlarning hammasini bosing. Buni oʻtkazib yuborishingiz mumkin.
need-legal_immigration-child = Hujjatlar bilan yordam
need-labour_exploitation-child = Kimdir meni ishlashga majbur qiladi
need-sexual_exploitation-child = Kimdir meni jinsiy ishlarni qilishga majbur qiladi
need-money_debt-child = Kimdir men unga pul qarzdor ekanimni aytadi
need-going_home-child = Uyga qaytishni yoki oilamni topishni xohlayman
need-child_at_risk-child = Boshqa bola xavf ostida
urgency-title-child = Yordam qachon kerak?
for-whom-title-child = Kimga yordam kerak?
for-whom-self-child = Menga
contact-title-child = Qanday qilib siz bilan xavfsiz gaplasha olamiz?
contact-intro-child = Siz uchun xavfsiz yoʻlni tanlang. Uni boshqa hech kim koʻrmasligi kerak.
times-title-child = Qachon qoʻngʻiroq qilsak yoki yozsak xavfsiz?
times-intro-child = Buni oʻtkazib yuborishingiz mumkin. Unda biz juda ehtiyot boʻlamiz.
voicemail-title-child = Ovozli xabar qoldirsak boʻladimi?
someone-else-title-child = Agar boshqa odam javob bersa, nima qilaylik?
responder-title-child = Kim bilan gaplashishni xohlaysiz?
more-title-child = Yana biror narsa bormi?
more-intro-child = Javob berishingiz shart emas.
place-label-child = Qayerdasiz? Shahar nomi yetarli.
message-label-child = Nima boʻlayotganini bizga ayting, agar xohlasangiz
consent-title-child = Yozganingizni kim oʻqiy oladi?
consent-intro-child = Siz tanlaysiz. Eng xavfsiz tanlov allaqachon belgilangan.
consent-hotline_only-desc-child = Uni faqat yordam xizmatidagi yordamchilar oʻqiydi. Ular uni sir saqlaydi.
consent-may_refer_to_services-desc-child = Yordam xizmati bolalarni himoya qiladigan odamlarga, masalan, shifokor, xavfsiz uy yoki advokatga aytishi mumkin.
consent-may_involve_police-desc-child = Yordam xizmati politsiyaga ham aytishi mumkin, shunda ular sizga yomonlik qilayotgan odamlarni toʻxtata oladi.
review-title-child = Javoblaringizga qarang
review-intro-child = Buni yuborganingizda u qulflanadi. Uni faqat yordam xizmati ocha oladi. Bu telefonda uni hech kim oʻqiy olmaydi, hatto siz ham.
submit-done-child = Xabaringiz bu telefonda qulflandi. Internet boʻlganda yuboriladi.
handover-title-child = Bu savollar faqat siz uchun
handover-person-child = Keyingi savollarga faqat oʻzingiz javob berasiz. Sizga yordam berayotgan odam nima yozganingizni koʻrmaydi.
giveback-intro-child = Javoblaringiz qulflandi. Sizga yordam berayotgan odam ularni koʻra olmaydi. Endi telefonni unga qaytarib bering.
reference-for-person-child = Bu soʻzlar faqat siz uchun. Ular bilan yordam xizmati sizga nima yozganini oʻqiy olasiz. Bu ilova bor har qanday telefonda «{ $requests }»ni bosing, soʻng «{ $check }» tugmasini bosing va soʻzlar yoki raqamlarni yozing. Ularni sir saqlang: ularni bilgan har qanday odam javoblarni oʻqiy oladi.

## Errors (codes come from the app's core)

error-wrong_pin = Bu PIN notoʻgʻri.
error-locked = Iltimos, avval ilovani PIN kodingiz bilan oching.
error-no_hotline = Bu ilova hali yordam xizmatiga ulanmagan. Qoralamangiz saqlandi.
error-invalid = Baʼzi javoblarni oʻzgartirish kerak. Iltimos, belgilangan savollarga qarang.
error-pin_too_short = PIN 6 tadan 12 tagacha raqamdan iborat.
error-duress_same_as_pin = Favqulodda PIN sizning PIN kodingizdan farq qilishi kerak.
error-worker_drafts_open = Siz yordam beradigan odamlarning soʻrovlari yuborilmaguncha ijtimoiy xodim rejimi yoqilgan holda qoladi. Iltimos, ularni yuboring yoki «Hali yuborilmagan soʻrovlar» boʻlimida oʻchirib tashlang, soʻng rejimni oʻchiring.
error-already_set_up = Bu ilova allaqachon sozlangan.
error-not_found = Bu topilmadi. Ehtimol, u oʻchirilgan.
error-internal = Nimadir notoʻgʻri ketdi. Saqlangan soʻrovlaringiz xavfsiz. Iltimos, qaytadan urinib koʻring.
error-not_set_up = Bu ilova hali sozlanmagan. Iltimos, avval PIN tanlang.
error-busy = Ilova hozir yuborish bilan band. Iltimos, birozdan keyin qayta urinib koʻring.
error-status_unavailable = Hozir yordam xizmatidan soʻrab boʻlmadi. Soʻrovingiz xavfsiz. Iltimos, keyinroq qayta urinib koʻring.
error-malformed = Baʼzi javoblarni oʻqib boʻlmadi. Iltimos, ularni tekshirib, qayta urinib koʻring.
error-too_large = Bu yuborish uchun juda uzun. Iltimos, xabaringizni qisqartiring.
error-unsupported_version = Bu ilovani yangilash kerak.
error-profile = Bu ilovadagi yordam xizmati maʼlumotlari notoʻgʻri. Qoralamangiz saqlandi. Iltimos, ilovaning yangi versiyasini oling.
error-sync_client = Ilova hozir xavfsiz ulana olmayapti. Soʻrovingiz saqlandi va keyinroq yuboriladi.
error-already_exists = Bu allaqachon saqlangan.
error-empty_pin = Iltimos, PIN kodingizni tering.
error-invalid_kdf_params = Bu ilovaning sozlamalari notoʻgʻri. Iltimos, ilovaning yangi versiyasini oling.
error-device_secret_unavailable = Ilova bu telefonning xavfsiz xotirasiga kira olmayapti. Iltimos, telefonni oʻchirib yoqing va yana urinib koʻring.
error-envelope = Soʻrovingizni yordam xizmati uchun muhrlab boʻlmadi. U hali ham qoralama sifatida saqlangan.
error-receipt_mismatch = Yordam xizmatining javobini tekshirib boʻlmadi. Soʻrovingiz qayta yuboriladi.
error-corrupt = Ilovaning saqlangan maʼlumotlari buzilgan. Uni ochib boʻlmaydi.
error-io = Telefon buni saqlay olmadi. Xotira toʻlgan boʻlishi mumkin. Iltimos, biroz joy boʻshating va qayta urinib koʻring.
error-database = Ilova oʻz maʼlumotlarini oʻqiy yoki saqlay olmadi. Saqlangan soʻrovlaringiz xavfsiz. Iltimos, qaytadan urinib koʻring.
error-pin_too_long = PIN 6 tadan 12 tagacha raqamdan iborat.
error-pin_not_digits = PIN faqat raqamlardan iborat.
error-reference_word_count = Kodda 9 ta soʻz bor. Hammasini yozganingizni tekshiring.
error-reference_unknown_word = Soʻzlardan biri notoʻgʻri. Imlosini tekshiring.
check-reference-wrong-word = { $number }-soʻz notoʻgʻri. Imlosini tekshiring.
error-reference_digits = Kodda 22 ta raqam bor. Hammasini yozganingizni tekshiring.
error-reference_check = Bitta soʻz yoki raqam notoʻgʻri. Har birini tekshirib, qayta urinib koʻring.
error-reference_not_found = Yordam xizmatida hali bu kodli soʻrov yoʻq. Agar u internetsiz telefondan yuborilgan boʻlsa, oʻsha telefon yana internetga ulanganda yetib keladi: iltimos, keyinroq qayta urinib koʻring. Agar baribir topilmasa, har bir soʻz yoki raqamni tekshiring.
field-error-empty = Iltimos, buni toʻldiring yoki savolni oʻtkazib yuboring.
field-error-not_trimmed = Iltimos, boshidagi yoki oxiridagi boʻsh joylarni olib tashlang.
field-error-too_long = Bu juda uzun. Koʻpi bilan { $max } ta harf.
field-error-too_many_bytes = Bu juda uzun.
field-error-too_many = Juda koʻp. Koʻpi bilan { $max } ta.
field-error-duplicate = Bu roʻyxatda ikki marta bor.
field-error-control_characters = Bunda ishlatib boʻlmaydigan belgilar bor.
field-error-invalid_phone = Bu telefon raqami notoʻgʻri koʻrinadi. + va mamlakat kodi bilan boshlang.
field-error-invalid_region = Bu mamlakat nomaʼlum.
field-error-invalid_email = Bu elektron pochta manzili notoʻgʻri koʻrinadi.
field-error-invalid_language = Bu til nomaʼlum.
field-error-invalid_time_zone = Bu vaqt mintaqasi nomaʼlum.
field-error-invalid_time = Iltimos, har xil boshlanish va tugash vaqtini tanlang.
field-error-no_contact_method = Iltimos, siz bilan bogʻlanishning kamida bitta yoʻlini tanlang. "Javobni shu ilovada koʻraman" ham yetarli.
field-error-unsupported_version = Bu ilovani yangilash kerak.
