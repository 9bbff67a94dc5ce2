## Reach — Кыргызча (Kyrgyz)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Кыргызча
# The language's name in English, for the language search.
-locale-english = Kyrgyz
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Калькулятор
quick-exit = Тез чыгуу
quick-exit-hint = Бул колдонмону дароо жашырат
back = Артка
next = Кийинки
skip = Өткөрүп жиберүү
save = Сактоо
cancel = Жокко чыгаруу
close = Жабуу
done = Даяр
optional = милдеттүү эмес
step-of = Кадам { $current } / { $total }
saved-locked = Бул телефондо сакталды жана кулпуланды

## Calculator (the app's disguise)

calc-label = Калькулятор
calc-display-label = Жыйынтык
calc-clear = C
calc-equals = =
calc-error = Ката

## First use: a private PIN

setup-title = Бул колдонмону купуя кылыңыз
setup-intro = Жашыруун сан (PIN-код) тандаңыз. Аны сиз гана билишиңиз керек.
setup-how = Кийин бул колдонмону ачуу үчүн калькуляторго PIN-кодуңузду териңиз, анан = баскычын басыңыз.
setup-pin-label = PIN-кодуңуз (6–12 сан)
setup-pin-repeat-label = PIN-кодуңузду кайра териңиз
setup-duress-title = Шашылыш PIN-код (муну өткөрүп жиберсеңиз болот)
setup-duress-intro = Эгер кимдир бирөө сизди бул колдонмону ачууга мажбурласа, анын ордуна ушул башка PIN-кодду териңиз. Колдонмо бош болуп көрүнөт жана андагы баары эч кандай из калтырбай өчүрүлөт.
setup-duress-label = Шашылыш PIN-код
setup-submit = PIN-кодумду сактоо
setup-mismatch = Эки PIN-код бирдей эмес. Кайра аракет кылыңыз.

## Language

lang-title = Тилиңизди тандаңыз
lang-intro = Кийин аны Жөндөөлөрдөн өзгөртсөңүз болот.
lang-search-label = Тилиңизди табыңыз
lang-search-hint = Тилиңиздин атын каалаган тилде жазыңыз
lang-search-none = Буга дал келген тил жок. Азыраак тамга жазып көрүңүз.
lang-yours = Бул телефондогу тилдер
lang-all = Бардык тилдер
lang-load-failed = Бул тилди ачуу мүмкүн болбоду, ошондуктан колдонмо англис тилинде көрсөтүлүүдө.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Канча жаштасыз?
age-intro = Муну өткөрүп жиберсеңиз болот. Эгер 18 жашка толо элек болсоңуз, колдонмо жөнөкөй сөздөрдү колдонуп, балдар үчүн жардамды көрсөтөт.
age-under_18 = 18 жашка чейин
age-18_to_25 = 18–25
age-26_to_59 = 26–59
age-60_plus = 60 жана андан улуу

## Danger check and emergency numbers

danger-title = Азыр коркунучтасызбы?
danger-yes = Ооба, мен азыр коркунучтамын
danger-no = Жок, азыр эмес
emergency-title = Шашылыш номерлер
emergency-intro = Бул номерлерге интернетсиз чала аласыз.
emergency-country-label = Өлкөңүз
emergency-police = Полиция жана шашылыш жардам
emergency-hotline = Адам сатуудан жабыр тарткан же мажбурлап иштетилген адамдарга жардам
emergency-children = Балдарга жана жаштарга жардам
emergency-call = { $number } номерине чалуу
emergency-source = Булак: { $source }
emergency-checked = Текшерилген: { $date }
emergency-not-checked = Азырынча кайра текшерилген жок. Эгер номер иштебесе, шашылыш номерге чалыңыз.
emergency-call-trace = Чалуулар жана текст билдирүүлөр телефонуңуздагы тизмелерде сакталып калат. Эгер кимдир бирөө телефонуңузду текшерип турса, аларды кийин өчүрүп салсаңыз болот.
emergency-none = Бул өлкөнүн номерлери бизде азырынча жок. Эгер коркунучта болсоңуз, жергиликтүү шашылыш номерге чалыңыз.
emergency-continue = Улантуу жана жардам суроо

## What help is needed

needs-title = Сизге кандай жардам керек?
needs-intro = Туура келгендердин баарын тандаңыз. Муну өткөрүп жиберсеңиз болот.
need-safety_now = Азыр коопсуз болуу
need-shelter = Жашаганга коопсуз жер
need-medical = Дарыгер же дары
need-legal_immigration = Документтер, виза же мыйзам боюнча жардам
need-labour_exploitation = Жумуштагы көйгөйлөр же айлык төлөнбөйт
need-sexual_exploitation = Жыныстык катнашка мажбурлашат
need-child_at_risk = Бала коркунучта
need-money_debt = Акча же карыз
need-going_home = Үйгө кайтуу же үй-бүлөнү табуу
need-interpreter = Менин тилимде сүйлөгөн адам
need-other = Башка нерсе
urgency-title = Жардам канчалык тез керек?
urgency-now = Азыр
urgency-today = Бүгүн
urgency-this_week = Ушул жумада
urgency-not_urgent = Күтсө болот
for-whom-title = Бул өтүнүч ким үчүн?
for-whom-self = Өзүм үчүн
for-whom-someone_else = Башка адам үчүн
for-whom-assisted_by_outreach = Мен социалдык кызматкермин, бирөөгө жардам берип жатам

## Safe contact

contact-title = Жардам кызматы сиз менен кантип коопсуз байланыша алат?
contact-intro = Жок дегенде бир жолду тандаңыз. Сиз үчүн коопсуз болгон жолдорду гана тандаңыз.
contact-call = Телефон чалуу
contact-sms = Текст билдирүү (SMS)
contact-messaging_app = Мессенджер
contact-email = Электрондук почта
contact-in_person_via_outreach = Жүзмө-жүз, социалдык кызматкер аркылуу
contact-check_back_in_app = Жоопту ушул колдонмодон карайм
contact-phone-label = Телефон номери, өлкө коду менен (мисалы, +44…)
contact-app-label = Кайсы колдонмо? (мисалы, WhatsApp, Signal)
contact-handle-label = Ошол колдонмодогу атыңыз же номериңиз
contact-email-label = Электрондук почта дареги
times-title = Сиз менен качан байланышуу коопсуз?
times-intro = Муну өткөрүп жиберсеңиз болот. Анда жардам кызматы өзгөчө этият болот.
times-add = Коопсуз убакыт кошуу
times-remove = Бул убакытты алып салуу
times-from = Качантан
times-to = Качанга чейин
times-days = Күндөр
times-any-day = Каалаган күн
times-zone = Убакыт алкагы
weekday-mon = Дүйшөмбү
weekday-tue = Шейшемби
weekday-wed = Шаршемби
weekday-thu = Бейшемби
weekday-fri = Жума
weekday-sat = Ишемби
weekday-sun = Жекшемби
voicemail-title = Жардам кызматы үн билдирүү калтырса болобу?
voicemail-yes = Ооба, үн билдирүү коопсуз
voicemail-no = Жок, эч качан үн билдирүү калтырбаңыз
voicemail-unsaid = Эгер сиз жооп бербесеңиз, жардам кызматы билдирүү калтырбайт.
code-word-label = Шарттуу сөз
code-word-hint = Жардам кызматы ушул сөздү айтат, ошондо сиз алар чын эле ошолор экенин билесиз.
someone-else-title = Эгер башка бирөө жооп берсе, жардам кызматы…
someone-else-hang_up = Телефонду коюшу керек
someone-else-say_wrong_number = Туура эмес номер деп айтышы керек
someone-else-ask_for_code_word = Шарттуу сөздү сурашы керек
someone-else-other = Башка нерсе
someone-else-other-label = Алар эмне кылышы керек?
responder-title = Ким менен сүйлөшкүңүз келет?
responder-woman = Аял
responder-man = Эркек
responder-any_gender = Ким болсо да мейли
responder-language-label = Жоопту кайсы тилде алгыңыз келет

## More (all optional)

more-title = Өзүңүз жөнүндө бир аз көбүрөөк
more-intro = Мунун баары милдеттүү эмес.
place-label = Сиз кайдасыз? Шаар же аймактын аты жетиштүү.
place-hint = Каалаганыңызды гана жазыңыз. Бул колдонмо жайгашкан жериңизди эч качан колдонбойт.
message-label = Билдирүүңүз
message-hint = Каалаган тилде жаза аласыз.
message-left =
    { $count ->
        [one] { $count } тамга калды
       *[other] { $count } тамга калды
    }

## Consent

consent-title = Өтүнүчүңүздү ким көрө алат?
consent-intro = Сиз чечесиз. Эң купуя тандоо мурунтан эле белгиленген.
consent-hotline_only = Жардам кызматы гана
consent-hotline_only-desc = Аны жардам кызматынын командасы гана окуйт. Алар аны эч кимге бербейт.
consent-may_refer_to_services = Жардам кызматы жана жардам бере турган уюмдар
consent-may_refer_to_services-desc = Сизге жардам берүү үчүн жардам кызматы аны баш калкалоочу жайларга, дарыгерлерге же юристтерге бериши мүмкүн.
consent-may_involve_police = Жардам кызматы, уюмдар жана полиция
consent-may_involve_police-desc = Жардам кызматы полицияга да кабарлашы мүмкүн.
consent-child-note = Сиз 18 жашка толо элек болгондуктан, сизди коопсуз сактоо үчүн жардам кызматы балдарды коргоо менен алектенген адамдарга айтууга аргасыз болушу мүмкүн.

## Review and send

review-title = Өтүнүчүңүздү текшериңиз
review-intro = Өтүнүчүңүз кулпуланат, аны жардам кызматы гана ача алат. Жөнөткөндөн кийин аны бул телефондо эч ким окуй албайт, атүгүл сиз да.
review-not-answered = Жооп берилген жок
review-change = Өзгөртүү
review-needs = Керектүү жардам
review-contact = Сиз менен кантип байланышуу
review-times = Коопсуз убакыттар
review-more = Сиз жөнүндө кошумча
review-consent = Ким көрө алат
submit = Кулпулап, жардам кызматына жөнөтүү
submit-working = Өтүнүчүңүз кулпуланууда…
submit-done = Өтүнүчүңүз бул телефондо кулпуланды. Интернет болгондо жөнөтүлөт.

## Status

status-title = Өтүнүчтөрүңүз
status-intro = Бул жерден ар бир өтүнүч кайда экенин көрө аласыз.
status-empty = Азырынча өтүнүч жок.
status-saved = Бул телефондо сакталды жана кулпуланды. Интернет болгондо жөнөтүлөт.
status-sending = Азыр жөнөтүлүүдө…
status-received = Жардам кызматы аны алды. Биз жардам кызматынын ырастоосун текшердик.
status-needs_attention = Бул өтүнүч сиздин көңүлүңүздү талап кылат.
status-attempts =
    { $count ->
        [one] Бир жолу аракет кылынды
       *[other] { $count } жолу аракет кылынды
    }
status-hotline-received = Жардам кызматында бирөө аны окуганын күтүүдө.
status-hotline-in_review = Жардам кызматында бирөө аны окуп жатат.
status-hotline-answered = Жардам кызматы ал боюнча чара көрдү.
status-hotline-closed = Жардам кызматы аны жапты.
status-hotline-contact_planned = Жардам кызматында бирөө сиз менен кантип коопсуз байланышууну пландап жатат.
status-hotline-needs_interpreter = Жардам кызматы сиздин тилиңизде сүйлөгөн адамды издеп жатат.
status-hotline-referred = Жардам кызматы өнөктөш уюмдан сизге жардам берүүнү суранды.
status-hotline-unknown = Жардам кызматында бул тууралуу жаңылык бар. Көбүрөөк көрүү үчүн коопсуз болгондо колдонмону жаңыртыңыз.
status-replies = Жардам кызматынан келген билдирүүлөр
status-reply-note = Жардам кызматы дагы жазды (балким сиздин тилиңизде эмес):
status-reply-unreadable = Билдирүү келди, бирок бул колдонмо аны текшере алган жок, ошондуктан ал көрсөтүлбөйт.
status-offline = Азыр интернет жок. Өтүнүчтөрүңүз бул телефондо коопсуз.
status-send-now = Азыр жөнөтүү
status-retry = Кайра аракет кылуу
status-check = Жардам кызматынан жаңылык суроо
status-new = Жаңы өтүнүч баштоо

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Өтүнүчүңүздү окудук. Сиз тандаган жол менен сиз менен байланышабыз.
reply-call_planned = Сизге { $day } күнү { $from } – { $to } аралыгында (сиздин убакыт боюнча) чалабыз.
reply-message_planned = Сизге { $day } күнү { $from } – { $to } аралыгында (сиздин убакыт боюнча) билдирүү жөнөтөбүз.
reply-interpreter = Сиздин тилиңизде сүйлөгөн котормочуну издеп жатабыз. Жакында сиз менен байланышабыз.
reply-referred = Сизге жакын жайгашкан өнөктөш уюмдан жардам берүүнү сурандык. Алар сиз тандаган жол менен сиз менен байланышат.
reply-call_us = Сиз үчүн коопсуз болгондо бизге чалыңыз. Убакытты сиз тандайсыз.
reply-danger = Эгер азыр коркунучта болсоңуз, шашылыш номерге чалыңыз. Аны ушул колдонмодон таба аласыз.
reply-closed = Өтүнүчүңүздү жаптык. Каалаган убакта жаңы өтүнүч жөнөтө аласыз.
reply-unknown = Жардам кызматы колдонмонун бул версиясы көрсөтө албаган билдирүү жөнөттү. Коопсуз болгондо колдонмону жаңыртыңыз.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Өтүнүчүңүз жабылды. Жардам кандай болгонун бизге айтып бересизби? Үч кыска суроо. Аларды өткөрүп жиберсеңиз болот.
feedback-private = Жоопторуңуз өтүнүчүңүзсүз жана атыңызсыз жөнөтүлөт. Жардам кызматы жалпы сандарды гана көрөт.
feedback-start = Жооп берүү
feedback-skip = Жок, рахмат
feedback-send = Жоопторду жөнөтүү
feedback-q-helped = Керектүү жардамды алдыңызбы?
feedback-q-safe = Биз сиз менен байланышканда өзүңүздү коопсуз сездиңизби?
feedback-q-recommend = Досуңузга биз жөнүндө айтасызбы?
feedback-a-yes = Ооба
feedback-a-partly = Жарым-жартылай
feedback-a-no = Жок
feedback-thanks = Рахмат. Жоопторуңуз жөнөтүлөт.
feedback-declined = Макул. Экинчи сурабайбыз.
feedback-failed = Бул ишке ашкан жок. Кайра аракет кылыңыз.
problem-unknown_key = Бул өтүнүчтү жөнөтүүдөн мурун колдонмону жаңыртуу керек.
problem-conflict = Жардам кызматында ушундай эле номери бар башка өтүнүч бар. Жардам кызматы менен башка жол менен байланышыңыз.
problem-malformed = Жардам кызматы бул өтүнүчтү окуй алган жок. Жаңы өтүнүч баштаңыз.
problem-too_large = Бул өтүнүч өтө узун. Кыскараак билдирүү менен жаңы өтүнүч баштаңыз.
problem-unsupported_media_type = Бул өтүнүчтү жөнөтүүдөн мурун колдонмону жаңыртуу керек.
problem-other = Тармак же жардам кызматы бул өтүнүчтү кабыл алган жок. Кайра аракет кылсаңыз же башка тармакты колдонуп көрсөңүз болот.

## Several people on one device (outreach)

drafts-title = Азырынча жөнөтүлбөгөн өтүнүчтөр
drafts-continue = Улантуу
drafts-delete = Өчүрүү
drafts-none = Күтүп жаткан эч нерсе жок.
review-reference = Бул адам бул телефонду өзүнө калтырбайт: ага код бериңиз
review-reference-hint = Код менен ал бул колдонмо бар каалаган телефондон жардам кызматынын жоопторун окуй алат. Бул телефон жардам кызматы өтүнүчтү алдыбы же жокпу, ошону гана көрсөтөт.
assisted-organisation-label = Сиздин уюмуңуз (сиз, талаа кызматкери)
assisted-hint = Жардам кызматы сиз бул адамга жардам бергениңизди жана ким менен иштээриңизди көрөт.
assisted-channel-label = Жардам кызматы сиз менен кантип байланышат (милдеттүү эмес)
reference-title = Бул адамдын коду
reference-intro = Бул сөздөрдү ошол адамга бериңиз. Бул сөздөр менен ал бул колдонмо бар каалаган телефондон жардам кызматынын жоопторун окуй алат. Бул телефон аларды эч жерге жазбайт жана ошол адам аларды алгандан кийин унутат.
reference-for-person = Бул сөздөр сиздики. Алар менен жардам кызматынын жоопторун окуй аласыз. Бул колдонмо бар каалаган телефондо «{ $requests }» бөлүмүн ачыңыз, анан «{ $check }» дегенди басып, сөздөрдү же сандарды териңиз. Аларды коопсуз жерде сактаңыз: аларды билген ар бир адам жоопторду окуй алат.
reference-words = Сөздөр
reference-digits = Ошол эле код сандар менен
reference-request = Өтүнүч { $number }
reference-done = Адам өз кодун алды
reference-again = Код көрсөтүлүп турганда колдонмо кулпуланып калды. Мына, код кайра: аны азыр ошол адамга бериңиз.
status-check-reference = Кодду текшерүү
check-reference-title = Кодду текшерүү
check-reference-intro = Сизге берилген сөздөрдү же сандарды териңиз. Бул телефон аларды да, жоопторду да сактабайт.
check-reference-no-hotline = Бул колдонмо азырынча жардам кызматына туташкан жок, ошондуктан бул жерде кодду текшере албайт. Бул колдонмо орнотулган башка телефондон аракет кылып көрүңүз.
check-reference-label = Сөздөр же сандар
check-reference-submit = Текшерүү
check-reference-working = Текшерилүүдө. Бир нече секунд кетиши мүмкүн…
check-reference-no-replies = Жардам кызматынан азырынча билдирүү жок.
check-reference-show-in = { $language } тилинде көрсөтүү
worker-title = Талаа иши
worker-working-as = Сиз ушул ат менен иштейсиз: { $organisation }
worker-intro = Сиз жардам берген ар бир адам өз тилинде жооп берет. Жооптору бул телефондон мөөрлөнүп чыгат, ал эми адам код алып кетет. Бул жерде ар бир өтүнүчтүн номери жана абалы гана калат.
worker-new-person = Жаңы адамга жардам берүү
handover-title = Суроолор сиз үчүн гана
handover-worker = Эми телефонду ошол адамга бериңиз. Кийинки суроолорго ал жалгыз жооп берет, сиз анын жоопторун көрбөйсүз.
handover-person = Кийинки суроолор сиз үчүн гана. Сизге жардам берип жаткан адам жоопторуңузду көрбөйт.
handover-start = Баштоо
giveback-title = Рахмат
giveback-intro = Жоопторуңуз мөөрлөндү. Сизге жардам берип жаткан адам аларды көрө албайт. Эми телефонду кайтарып бериңиз.
giveback-button = Телефонду кайтаруу
review-private = Буга адам жалгыз жооп берген. Көрсөтүлбөйт.
review-assisted-as = Жардам линиясы сиз жардам бергениңизди мындайча көрөт: { $organisation }
review-later = Азыр эмес: «Азырынча жөнөтүлбөгөн өтүнүчтөр» тизмесинде калтыруу
setup-worker = Мен талаа кызматкеримин: башкаларга жардам сурашына жардам берем
setup-worker-hint = Жардам линиясы сиз жардам берген ар бир өтүнүчтө уюмуңузду көрөт.
worker-org-needed = Уюмуңуздун атын жазыңыз, же талаа кызматкеринин режимин өчүрүңүз.
settings-worker-title = Талаа кызматкеринин режими
settings-worker-intro = Башкаларга ушул телефондон өтүнүч жөнөтүүгө жардам бериңиз. Алардын жооптору мөөрлөнөт, ар бир адам код алып кетет.
settings-worker-on = Күйгүзүү
settings-worker-save = Өзгөртүүлөрдү сактоо
settings-worker-off = Өчүрүү
settings-worker-saved = Даяр. Талаа кызматкеринин режими күйүк.
settings-worker-removed = Даяр. Талаа кызматкеринин режими өчүк.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Үн чыгарып окуу: { $text }
speak-stop = Окууну токтотуу
speak-no-voice = Бул телефондо бул тил үчүн үн жок.
speak-unavailable = Бул телефондо үн чыгарып окуу азыр иштебейт.
speak-headphones = Жаныңызда бирөө угуп калышы мүмкүн болсо, кулакчын колдонуңуз.

## Settings

settings-title = Жөндөөлөр
settings-language = Тил
settings-read-aloud = Ар бир экран ачылганда аны үн чыгарып окуу
settings-lock = Азыр кулпулоо
settings-less-protected = Бул түзмөктө коргоо алсызыраак: бул жерде коопсуз ачкыч сактагыч жок, ошондуктан колдонмонун файлдарын көчүргөн ар ким PIN-кодуңузду табууга аракет кылышы мүмкүн. Узунураак PIN-код сизди жакшыраак коргойт.
settings-duress-title = Шашылыш PIN-код
settings-duress-intro = Кимдир бирөө сизди колдонмону ачууга мажбурлаганда колдонулуучу экинчи PIN-код. Ал баарын эч кандай из калтырбай өчүрөт.
settings-current-pin = PIN-кодуңуз
settings-duress-save = Шашылыш PIN-кодду сактоо
settings-duress-remove = Шашылыш PIN-кодду алып салуу
settings-pin-title = PIN-кодуңузду өзгөртүңүз
settings-new-pin = Жаңы PIN-код (6–12 сан)
settings-new-pin-again = Жаңы PIN-код дагы бир жолу
settings-pin-save = PIN-кодду өзгөртүү
settings-pin-changed = PIN-кодуңуз өзгөртүлдү. Мындан ары жаңы PIN-кодду колдонуңуз.
settings-duress-saved = Даяр. Шашылыш PIN-кодуңуз сакталды.
settings-duress-removed = Даяр. Азыр шашылыш PIN-код жок.
pin-wrong-left =
    { $count ->
        [one] Бул PIN-код туура эмес. Дагы бир жолу туура эмес PIN-код терилсе, бул телефондогу баары өчүрүлөт.
       *[other] Бул PIN-код туура эмес. Дагы { $count } жолу туура эмес PIN-код терилсе, бул телефондогу баары өчүрүлөт.
    }
settings-wipe-title = Баарын өчүрүү
settings-wipe-intro = Бул телефондогу бардык өтүнүчтөрдү жана долбоорлорду өчүрөт. Муну кайтаруу мүмкүн эмес. Жардам кызматы мурунтан алган өтүнүчтөр жардам кызматында калат.
settings-wipe-confirm = Ооба, баарын өчүрүү

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Азыр коркунучтасызбы?
danger-yes-child = Ооба, мен коркунучтамын
danger-no-child = Жок, азыр эмес
emergency-intro-child = Бул номерлерге чала аласыз. Интернет керек эмес.
emergency-call-trace-child = Телефонуңуз чалуулардын жана билдирүүлөрдүн тизмесин сактайт. Аны бирөө көрүп калабы деп тынчсызданып жатсаңыз, кийин аларды өчүрүп салсаңыз болот.
needs-title-child = Сизге эмнеге жардам керек?
needs-intro-child = Сизге туура келгендердин баарын басыңыз. Муну өткөрүп жиберсеңиз болот.
need-legal_immigration-child = Документтер боюнча жардам
need-labour_exploitation-child = Бирөө мени иштөөгө мажбурлайт
need-sexual_exploitation-child = Бирөө мени жыныстык нерселерди кылууга мажбурлайт
need-money_debt-child = Бирөө мен ага акча карыз экенимди айтат
need-going_home-child = Үйгө кайткым же үй-бүлөмдү тапкым келет
need-child_at_risk-child = Башка бала коркунучта
urgency-title-child = Жардам качан керек?
for-whom-title-child = Кимге жардам керек?
for-whom-self-child = Мага
contact-title-child = Сиз менен кантип коопсуз сүйлөшө алабыз?
contact-intro-child = Сиз үчүн коопсуз жолду тандаңыз. Аны башка эч ким көрбөшү керек.
times-title-child = Качан чалсак же жазсак коопсуз?
times-intro-child = Муну өткөрүп жиберсеңиз болот. Анда биз абдан этият болобуз.
voicemail-title-child = Үн билдирүү калтырсак болобу?
someone-else-title-child = Эгер башка адам жооп берсе, эмне кылалы?
responder-title-child = Ким менен сүйлөшкүңүз келет?
more-title-child = Дагы бир нерсе барбы?
more-intro-child = Жооп берүү милдеттүү эмес.
place-label-child = Кайдасыз? Шаардын аты жетиштүү.
message-label-child = Эмне болуп жатканын бизге айтыңыз, эгер кааласаңыз
consent-title-child = Жазганыңызды ким окуй алат?
consent-intro-child = Сиз тандайсыз. Эң коопсуз тандоо мурунтан эле белгиленген.
consent-hotline_only-desc-child = Аны жардам кызматындагы жардамчылар гана окуйт. Алар аны жашыруун сакташат.
consent-may_refer_to_services-desc-child = Жардам кызматы балдарды коргогон адамдарга, мисалы, дарыгерге, коопсуз үйгө же юристке айта алат.
consent-may_involve_police-desc-child = Жардам кызматы полицияга да айта алат, ошондо алар сизге жамандык кылган адамдарды токтото алат.
review-title-child = Жоопторуңузду караңыз
review-intro-child = Муну жөнөткөндө ал кулпуланат. Аны жардам кызматы гана ача алат. Бул телефондо аны эч ким окуй албайт, атүгүл сиз да.
submit-done-child = Билдирүүңүз бул телефондо кулпуланды. Интернет болгондо жөнөтүлөт.
handover-title-child = Сизге гана арналган суроолор
handover-person-child = Кийинки суроолорго сиз гана жооп бересиз. Сизге жардам берип жаткан адам эмне деп жооп бергениңизди көрбөйт.
giveback-intro-child = Жоопторуңуз кулпуланды. Сизге жардам берип жаткан адам аларды көрө албайт. Эми телефонду ошол адамга кайтарып бериңиз.
reference-for-person-child = Бул сөздөр сиз үчүн гана. Алар менен жардам кызматы сизге эмне деп жазганын окуй аласыз. Бул колдонмо бар каалаган телефондо «{ $requests }» дегенди басыңыз, анан «{ $check }» дегенди басып, сөздөрдү же сандарды териңиз. Аларды сыр катары сактаңыз: аларды билген ар бир адам жоопторду окуй алат.

## Errors (codes come from the app's core)

error-wrong_pin = Бул PIN-код туура эмес.
error-locked = Адегенде колдонмону PIN-кодуңуз менен ачыңыз.
error-no_hotline = Бул колдонмо азырынча жардам кызматына туташкан жок. Долбооруңуз сакталды.
error-invalid = Айрым жоопторду өзгөртүү керек. Белгиленген суроолорду караңыз.
error-pin_too_short = PIN-код 6дан 12ге чейин сандан турат.
error-duress_same_as_pin = Шашылыш PIN-код сиздин PIN-кодуңуздан башка болушу керек.
error-worker_drafts_open = Сиз жардам берген адамдардын өтүнүчтөрү жөнөтүлмөйүнчө, талаа кызматкеринин режими күйүк бойдон калат. «Азырынча жөнөтүлбөгөн өтүнүчтөр» бөлүмүндө аларды жөнөтүңүз же өчүрүңүз, анан режимди өчүрүңүз.
error-already_set_up = Бул колдонмо мурунтан эле жөндөлгөн.
error-not_found = Бул табылган жок. Балким, ал өчүрүлгөндүр.
error-internal = Бир нерсе туура эмес болуп кетти. Сакталган өтүнүчтөрүңүз коопсуз. Кайра аракет кылыңыз.
error-not_set_up = Бул колдонмо азырынча жөндөлгөн эмес. Адегенде PIN-код тандаңыз.
error-busy = Колдонмо азыр жөнөтүү менен алек. Бир аздан кийин кайра аракет кылыңыз.
error-status_unavailable = Азыр жардам кызматынан сурай алган жокпуз. Өтүнүчүңүз коопсуз. Кийинчерээк кайра аракет кылыңыз.
error-malformed = Айрым жоопторду окуу мүмкүн болбоду. Аларды текшерип, кайра аракет кылыңыз.
error-too_large = Бул жөнөтүү үчүн өтө узун. Билдирүүңүздү кыскартыңыз.
error-unsupported_version = Бул колдонмону жаңыртуу керек.
error-profile = Бул колдонмодогу жардам кызматынын маалыматы туура эмес. Долбооруңуз сакталды. Колдонмонун жаңы версиясын алыңыз.
error-sync_client = Колдонмо азыр коопсуз туташа албайт. Өтүнүчүңүз сакталды жана кийин жөнөтүлөт.
error-already_exists = Бул мурунтан эле сакталган.
error-empty_pin = PIN-кодуңузду териңиз.
error-invalid_kdf_params = Бул колдонмонун жөндөөлөрү туура эмес. Колдонмонун жаңы версиясын алыңыз.
error-device_secret_unavailable = Колдонмо бул телефондун коопсуз сактагычына кире албай жатат. Телефонду өчүрүп күйгүзүп, кайра аракет кылыңыз.
error-envelope = Өтүнүчүңүздү жардам кызматы үчүн мөөрлөө мүмкүн болбоду. Ал дагы эле долбоор катары сакталган.
error-receipt_mismatch = Жардам кызматынын жообун текшерүү мүмкүн болбоду. Өтүнүчүңүз кайра жөнөтүлөт.
error-corrupt = Колдонмодо сакталган маалымат бузулган. Аны ачуу мүмкүн эмес.
error-io = Телефон муну сактай алган жок. Эс тутум толуп калышы мүмкүн. Бир аз орун бошотуп, кайра аракет кылыңыз.
error-database = Колдонмо өз маалыматын окуй же сактай алган жок. Сакталган өтүнүчтөрүңүз коопсуз. Кайра аракет кылыңыз.
error-pin_too_long = PIN-код 6дан 12ге чейин сандан турат.
error-pin_not_digits = PIN-код сандардан гана турат.
error-reference_word_count = Коддо 9 сөз бар. Баарын тердиңизби, текшериңиз.
error-reference_unknown_word = Сөздөрдүн бири туура эмес. Туура жазылганын текшериңиз.
check-reference-wrong-word = { $number }-сөз туура эмес. Туура жазылганын текшериңиз.
error-reference_digits = Коддо 22 сан бар. Баарын тердиңизби, текшериңиз.
error-reference_check = Бир сөз же сан туура эмес. Ар бирин текшерип, кайра аракет кылыңыз.
error-reference_not_found = Жардам кызматында мындай коду бар өтүнүч азырынча жок. Эгер ал интернети жок телефондон жөнөтүлгөн болсо, ал телефон кайра интернетке туташканда келет: кийинчерээк кайра аракет кылыңыз. Эгер дагы эле табылбаса, ар бир сөздү же санды текшериңиз.
field-error-empty = Муну толтуруңуз же суроону өткөрүп жибериңиз.
field-error-not_trimmed = Башындагы же аягындагы боштуктарды алып салыңыз.
field-error-too_long = Бул өтө узун. Эң көп { $max } тамга.
field-error-too_many_bytes = Бул өтө узун.
field-error-too_many = Өтө көп. Эң көп { $max }.
field-error-duplicate = Бул тизмеде эки жолу бар.
field-error-control_characters = Мында колдонууга болбой турган белгилер бар.
field-error-invalid_phone = Бул телефон номери туура эмес окшойт. + жана өлкө коду менен баштаңыз.
field-error-invalid_region = Бул өлкө белгисиз.
field-error-invalid_email = Бул электрондук почта дареги туура эмес окшойт.
field-error-invalid_language = Бул тил белгисиз.
field-error-invalid_time_zone = Бул убакыт алкагы белгисиз.
field-error-invalid_time = Башталыш жана аяктоо убактысын ар башка тандаңыз.
field-error-no_contact_method = Сиз менен байланышуунун жок дегенде бир жолун тандаңыз. "Жоопту ушул колдонмодон карайм" деп тандоо да жетиштүү.
field-error-unsupported_version = Бул колдонмону жаңыртуу керек.
