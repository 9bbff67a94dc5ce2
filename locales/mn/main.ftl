## Reach — Монгол (Mongolian)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Монгол
# The language's name in English, for the language search.
-locale-english = Mongolian
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Тооны машин
quick-exit = Шууд гарах
quick-exit-hint = Энэ аппыг шууд нууна
back = Буцах
next = Дараах
skip = Алгасах
save = Хадгалах
cancel = Цуцлах
close = Хаах
done = Болсон
optional = заавал биш
step-of = Алхам { $current } / { $total }
saved-locked = Энэ утсанд хадгалж, түгжсэн

## Calculator (the app's disguise)

calc-label = Тооны машин
calc-display-label = Хариу
calc-clear = C
calc-equals = =
calc-error = Алдаа

## First use: a private PIN

setup-title = Энэ аппыг хувийн болгох
setup-intro = Нууц тоо (ПИН код) сонгоно уу. Үүнийг зөвхөн та л мэдэх ёстой.
setup-how = Дараа нь энэ аппыг нээхдээ тооны машин дээр ПИН кодоо бичээд = дарна уу.
setup-pin-label = Таны ПИН код (6-12 оронтой тоо)
setup-pin-repeat-label = ПИН кодоо дахин бичнэ үү
setup-duress-title = Яаралтай ПИН код (алгасаж болно)
setup-duress-intro = Хэрэв хэн нэгэн таныг энэ аппыг нээхийг албадвал, оронд нь энэ өөр ПИН кодыг бичээрэй. Апп хоосон харагдах бөгөөд доторх бүх зүйл ямар ч ул мөргүйгээр устна.
setup-duress-label = Яаралтай ПИН код
setup-submit = ПИН кодоо хадгалах
setup-mismatch = Хоёр ПИН код ижил биш байна. Дахин оролдоно уу.

## Language

lang-title = Хэлээ сонгоно уу
lang-intro = Дараа нь Тохиргоо хэсэгт өөрчилж болно.
lang-search-label = Хэлээ хайх
lang-search-hint = Хэлнийхээ нэрийг ямар ч хэлээр бичнэ үү
lang-search-none = Тохирох хэл алга. Цөөн үсэг бичээд үзээрэй.
lang-yours = Энэ утсан дээрх хэлүүд
lang-all = Бүх хэл
lang-load-failed = Энэ хэлийг нээж чадсангүй, тиймээс аппыг англиар харуулж байна.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Та хэдэн настай вэ?
age-intro = Үүнийг алгасаж болно. Хэрэв та 18 хүрээгүй бол апп илүү энгийн үг хэрэглэж, хүүхдэд зориулсан тусламжийг харуулна.
age-under_18 = 18-аас доош
age-18_to_25 = 18-25
age-26_to_59 = 26-59
age-60_plus = 60 ба түүнээс дээш

## Danger check and emergency numbers

danger-title = Та яг одоо аюулд байна уу?
danger-yes = Тийм, би одоо аюулд байна
danger-no = Үгүй, одоо биш
emergency-title = Яаралтай тусламжийн дугаарууд
emergency-intro = Эдгээр дугаар руу интернэтгүйгээр залгаж болно.
emergency-country-label = Таны улс
emergency-police = Цагдаа ба яаралтай тусламж
emergency-hotline = Хүний наймаанд өртсөн эсвэл албадан ажиллуулж буй хүмүүст зориулсан тусламж
emergency-children = Хүүхэд, залууст зориулсан тусламж
emergency-call = { $number } дугаар руу залгах
emergency-source = Эх сурвалж: { $source }
emergency-checked = Шалгасан: { $date }
emergency-not-checked = Дахин шалгаагүй байна. Дугаар ажиллахгүй бол яаралтай тусламжийн дугаар руу залгаарай.
emergency-call-trace = Дуудлага болон мессежүүд таны утасны жагсаалтад үлддэг. Хэн нэгэн таны утсыг шалгадаг бол дараа нь тэдгээрийг устгаж болно.
emergency-none = Энэ улсын дугаар бидэнд одоохондоо алга. Аюулд байгаа бол орон нутгийн яаралтай тусламжийн дугаар руу залгаарай.
emergency-continue = Үргэлжлүүлж тусламж хүсэх

## What help is needed

needs-title = Танд ямар тусламж хэрэгтэй вэ?
needs-intro = Тохирох бүгдийг сонгоно уу. Үүнийг алгасаж болно.
need-safety_now = Одоо аюулгүй байх
need-shelter = Байх аюулгүй газар
need-medical = Эмч эсвэл эм
need-legal_immigration = Бичиг баримт, виз эсвэл хуулийн тусламж
need-labour_exploitation = Ажил дээрх асуудал эсвэл цалин өгөхгүй байгаа
need-sexual_exploitation = Бэлгийн харьцаанд албадсан
need-child_at_risk = Хүүхэд аюулд байна
need-money_debt = Мөнгө эсвэл өр
need-going_home = Гэртээ харих эсвэл гэр бүлээ олох
need-interpreter = Миний хэлээр ярьдаг хүн
need-other = Өөр зүйл
urgency-title = Танд тусламж хэр яаралтай хэрэгтэй вэ?
urgency-now = Одоо
urgency-today = Өнөөдөр
urgency-this_week = Энэ долоо хоногт
urgency-not_urgent = Хүлээж болно
for-whom-title = Энэ хүсэлт хэнд зориулсан бэ?
for-whom-self = Өөртөө
for-whom-someone_else = Өөр хүнд
for-whom-assisted_by_outreach = Би нийгмийн ажилтан, хэн нэгэнд тусалж байна

## Safe contact

contact-title = Тусламжийн төв тантай яаж аюулгүй холбогдох вэ?
contact-intro = Дор хаяж нэг аргыг сонгоно уу. Зөвхөн танд аюулгүй аргуудыг сонгоорой.
contact-call = Утасны дуудлага
contact-sms = Мессеж (SMS)
contact-messaging_app = Мессежийн апп
contact-email = Имэйл
contact-in_person_via_outreach = Биечлэн, нийгмийн ажилтнаар дамжуулан
contact-check_back_in_app = Би хариуг энэ аппаас харна
contact-phone-label = Утасны дугаар, улсын кодтой (жишээ нь +44…)
contact-app-label = Ямар апп? (жишээ нь WhatsApp, Signal)
contact-handle-label = Тэр апп дахь таны нэр эсвэл дугаар
contact-email-label = Имэйл хаяг
times-title = Тантай хэзээ холбогдоход аюулгүй вэ?
times-intro = Үүнийг алгасаж болно. Тэгвэл тусламжийн төв илүү болгоомжтой байна.
times-add = Аюулгүй цаг нэмэх
times-remove = Энэ цагийг хасах
times-from = Эхлэх
times-to = Дуусах
times-days = Өдрүүд
times-any-day = Аль ч өдөр
times-zone = Цагийн бүс
weekday-mon = Даваа
weekday-tue = Мягмар
weekday-wed = Лхагва
weekday-thu = Пүрэв
weekday-fri = Баасан
weekday-sat = Бямба
weekday-sun = Ням
voicemail-title = Тусламжийн төв дуут мессеж үлдээж болох уу?
voicemail-yes = Тийм, дуут мессеж аюулгүй
voicemail-no = Үгүй, хэзээ ч дуут мессеж бүү үлдээ
voicemail-unsaid = Та утсаа авахгүй бол тусламжийн төв мессеж үлдээхгүй.
code-word-label = Тохиролцсон үг
code-word-hint = Тусламжийн төв энэ үгийг хэлнэ, тэгэхээр та үнэхээр тэд мөн гэдгийг мэднэ.
someone-else-title = Өөр хүн утсаа авбал тусламжийн төв…
someone-else-hang_up = Утсаа таслах
someone-else-say_wrong_number = Буруу дугаар гэж хэлэх
someone-else-ask_for_code_word = Тохиролцсон үгийг асуух
someone-else-other = Өөр зүйл
someone-else-other-label = Тэд юу хийх ёстой вэ?
responder-title = Та хэнтэй ярихыг хүсэж байна вэ?
responder-woman = Эмэгтэй
responder-man = Эрэгтэй
responder-any_gender = Хэн ч байсан болно
responder-language-label = Хариуг ямар хэлээр авахыг хүсэж байна

## More (all optional)

more-title = Өөрийнхөө тухай жаахан нэмж
more-intro = Энэ бүгд заавал биш.
place-label = Та хаана байна вэ? Хот эсвэл нутгийн нэр хангалттай.
place-hint = Зөвхөн хүссэнээ хуваалцаарай. Энэ апп таны байршлыг хэзээ ч ашигладаггүй.
message-label = Таны мессеж
message-hint = Та ямар ч хэлээр бичиж болно.
message-left =
    { $count ->
        [one] { $count } үсэг үлдлээ
       *[other] { $count } үсэг үлдлээ
    }

## Consent

consent-title = Таны хүсэлтийг хэн харж болох вэ?
consent-intro = Та өөрөө шийднэ. Хамгийн нууцлалтай сонголтыг аль хэдийн сонгосон байна.
consent-hotline_only = Зөвхөн тусламжийн төв
consent-hotline_only-desc = Зөвхөн тусламжийн төвийн баг уншина. Тэд үүнийг бусдад өгөхгүй.
consent-may_refer_to_services = Тусламжийн төв болон туслах боломжтой байгууллагууд
consent-may_refer_to_services-desc = Танд туслахын тулд тусламжийн төв үүнийг хамгаалах байр, эмч эсвэл хуульчидтай хуваалцаж болно.
consent-may_involve_police = Тусламжийн төв, байгууллагууд болон цагдаа
consent-may_involve_police-desc = Тусламжийн төв цагдаад ч мэдэгдэж болно.
consent-child-note = Та 18 хүрээгүй тул таныг аюулгүй байлгахын тулд тусламжийн төв хүүхэд хамгаалах ажилтай хүмүүст мэдэгдэх шаардлагатай байж магадгүй.

## Review and send

review-title = Хүсэлтээ шалгах
review-intro = Таны хүсэлтийг зөвхөн тусламжийн төв нээж чадахаар түгжинэ. Илгээсний дараа энэ утсан дээр хэн ч, бүр та ч уншиж чадахгүй.
review-not-answered = Хариулаагүй
review-change = Өөрчлөх
review-needs = Хэрэгтэй тусламж
review-contact = Тантай холбогдох арга
review-times = Аюулгүй цаг
review-more = Таны тухай нэмэлт
review-consent = Хэн харж болох
submit = Түгжээд тусламжийн төв рүү илгээх
submit-working = Таны хүсэлтийг түгжиж байна…
submit-done = Таны хүсэлт энэ утсан дээр түгжигдсэн. Интернэт байх үед илгээгдэнэ.

## Status

status-title = Таны хүсэлтүүд
status-intro = Энд хүсэлт бүр хаана явааг харж болно.
status-empty = Одоохондоо хүсэлт алга.
status-saved = Энэ утсанд хадгалж, түгжсэн. Интернэт байх үед илгээгдэнэ.
status-sending = Одоо илгээж байна…
status-received = Тусламжийн төв хүлээн авсан. Бид тусламжийн төвийн баталгааг шалгасан.
status-needs_attention = Энэ хүсэлтэд таны анхаарал хэрэгтэй байна.
status-attempts =
    { $count ->
        [one] Нэг удаа оролдсон
       *[other] { $count } удаа оролдсон
    }
status-hotline-received = Тусламжийн төвийн хэн нэгэн уншихыг хүлээж байна.
status-hotline-in_review = Тусламжийн төвийн хэн нэгэн уншиж байна.
status-hotline-answered = Тусламжийн төв арга хэмжээ авсан.
status-hotline-closed = Тусламжийн төв үүнийг хаасан.
status-hotline-contact_planned = Тусламжийн төвийн хэн нэгэн тантай хэрхэн аюулгүй холбогдохыг төлөвлөж байна.
status-hotline-needs_interpreter = Тусламжийн төв таны хэлээр ярьдаг хүн хайж байна.
status-hotline-referred = Тусламжийн төв хамтрагч байгууллагаас танд туслахыг хүссэн.
status-hotline-unknown = Тусламжийн төвөөс энэ талаар мэдээ ирсэн. Дэлгэрэнгүйг харахын тулд аюулгүй үедээ аппаа шинэчлээрэй.
status-replies = Тусламжийн төвийн мессежүүд
status-reply-note = Тусламжийн төв бас бичсэн (таны хэлээр биш байж магадгүй):
status-reply-unreadable = Мессеж ирсэн боловч энэ апп шалгаж чадаагүй тул харуулахгүй.
status-offline = Одоо интернэт алга. Таны хүсэлтүүд энэ утсанд аюулгүй байна.
status-send-now = Одоо илгээх
status-retry = Дахин оролдох
status-check = Тусламжийн төвөөс мэдээ асуух
status-new = Шинэ хүсэлт эхлэх

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Бид таны хүсэлтийг уншлаа. Таны сонгосон аргаар тантай холбогдоно.
reply-call_planned = Бид танд { $day }, { $from }-{ $to } цагийн хооронд (таны байгаа газрын цагаар) залгана.
reply-message_planned = Бид танд { $day }, { $from }-{ $to } цагийн хооронд (таны байгаа газрын цагаар) мессеж илгээнэ.
reply-interpreter = Бид таны хэлээр ярьдаг орчуулагч хайж байна. Удахгүй тантай холбогдоно.
reply-referred = Бид танд ойр байгаа хамтрагч байгууллагаас туслахыг хүссэн. Тэд таны сонгосон аргаар тантай холбогдоно.
reply-call_us = Танд аюулгүй үед бидэн рүү залгаарай. Цагийг та өөрөө сонгоно.
reply-danger = Хэрэв та одоо аюулд байгаа бол яаралтай тусламжийн дугаар руу залгаарай. Дугаарыг энэ аппаас олж болно.
reply-closed = Бид таны хүсэлтийг хаалаа. Та хүссэн үедээ шинэ хүсэлт илгээж болно.
reply-unknown = Тусламжийн төв аппын энэ хувилбарт харагдахгүй мессеж илгээсэн. Аюулгүй үедээ аппаа шинэчилнэ үү.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Таны хүсэлт хаагдсан. Тусламж ямар байсныг бидэнд хэлэх үү? Гурван богино асуулт байна. Алгасаж болно.
feedback-private = Таны хариултыг хүсэлт болон нэрээс тань тусад нь илгээнэ. Тусламжийн төв зөвхөн нийт тоог харна.
feedback-start = Хариулах
feedback-skip = Үгүй, баярлалаа
feedback-send = Хариулт илгээх
feedback-q-helped = Танд хэрэгтэй тусламжаа авсан уу?
feedback-q-safe = Бид тантай холбогдоход та өөрийгөө аюулгүй гэж мэдэрсэн үү?
feedback-q-recommend = Та найздаа бидний тухай хэлэх үү?
feedback-a-yes = Тийм
feedback-a-partly = Хэсэгчлэн
feedback-a-no = Үгүй
feedback-thanks = Баярлалаа. Таны хариултыг илгээнэ.
feedback-declined = Зүгээр. Бид дахиж асуухгүй.
feedback-failed = Болсонгүй. Дахин оролдоно уу.
problem-unknown_key = Энэ хүсэлтийг илгээхийн өмнө аппаа шинэчлэх хэрэгтэй.
problem-conflict = Тусламжийн төвд ижил дугаартай өөр хүсэлт байна. Тусламжийн төвтэй өөр аргаар холбогдоно уу.
problem-malformed = Тусламжийн төв энэ хүсэлтийг уншиж чадсангүй. Шинэ хүсэлт эхлүүлнэ үү.
problem-too_large = Энэ хүсэлт хэт урт байна. Богино мессежтэй шинэ хүсэлт эхлүүлнэ үү.
problem-unsupported_media_type = Энэ хүсэлтийг илгээхийн өмнө аппаа шинэчлэх хэрэгтэй.
problem-other = Сүлжээ эсвэл тусламжийн төв энэ хүсэлтийг хүлээж аваагүй. Дахин оролдох эсвэл өөр сүлжээ ашиглаж үзээрэй.

## Several people on one device (outreach)

drafts-title = Хараахан илгээгээгүй хүсэлтүүд
drafts-continue = Үргэлжлүүлэх
drafts-delete = Устгах
drafts-none = Хүлээгдэж буй зүйл алга.
review-reference = Энэ хүн энэ утсыг авч явахгүй: түүнд код өгнө үү
review-reference-hint = Кодоор тэр энэ апп суулгасан ямар ч утаснаас тусламжийн төвийн хариуг уншиж чадна. Энэ утас зөвхөн тусламжийн төв хүсэлтийг хүлээж авсан эсэхийг харуулна.
assisted-organisation-label = Таны байгууллага (та, талбарын ажилтан)
assisted-hint = Та энэ хүнд тусалсан, мөн хэнтэй ажилладгийг тань тусламжийн төв харна.
assisted-channel-label = Тусламжийн төв тантай хэрхэн холбогдох вэ (заавал биш)
reference-title = Энэ хүний код
reference-intro = Эдгээр үгийг тэр хүнд өгнө үү. Эдгээр үгээр тэр энэ апп суулгасан ямар ч утаснаас тусламжийн төвийн хариуг уншиж чадна. Энэ утас тэдгээрийг хаана ч бичихгүй бөгөөд тэр хүн авсны дараа мартана.
reference-for-person = Эдгээр үг таных. Эдгээр үгээр та тусламжийн төвийн хариуг уншиж чадна. Энэ апп суулгасан ямар ч утсан дээр «{ $requests }» гэснийг нээж, дараа нь «{ $check }» гэснийг дараад үг эсвэл тоог бичнэ үү. Эдгээрийг найдвартай хадгална уу: эдгээрийг мэдсэн хэн ч хариуг уншиж чадна.
reference-words = Үгс
reference-digits = Ижил код, тоогоор
reference-request = Хүсэлт { $number }
reference-done = Энэ хүн кодоо авсан
reference-again = Код харагдаж байх үед апп түгжигдсэн. Кодыг дахин харуулж байна: одоо тэр хүнд өгнө үү.
status-check-reference = Код шалгах
check-reference-title = Код шалгах
check-reference-intro = Танд өгсөн үг эсвэл тоог бичнэ үү. Энэ утас тэдгээрийг ч, хариуг ч хадгалахгүй.
check-reference-no-hotline = Энэ апп одоохондоо тусламжийн төвтэй холбогдоогүй тул энд код шалгах боломжгүй. Энэ апп суулгасан өөр утсаар оролдоно уу.
check-reference-label = Үг эсвэл тоо
check-reference-submit = Шалгах
check-reference-working = Шалгаж байна. Хэдэн секунд болж магадгүй…
check-reference-no-replies = Тусламжийн төвөөс одоогоор мессеж алга.
check-reference-show-in = { $language } хэлээр харуулах
worker-title = Талбарын ажил
worker-working-as = Та ийм нэрээр ажиллана: { $organisation }
worker-intro = Таны тусалж буй хүн бүр өөрийн хэлээр хариулна. Хариултууд нь энэ утаснаас битүүмжлэгдэж гарах ба тэр хүн код авч явна. Энд хүсэлт бүрийн дугаар, төлөв л үлдэнэ.
worker-new-person = Шинэ хүнд туслах
handover-title = Зөвхөн танд зориулсан асуулт
handover-worker = Одоо утсаа тэр хүнд өгнө үү. Тэр дараагийн асуултад ганцаараа хариулах бөгөөд та хариултыг нь харахгүй.
handover-person = Дараагийн асуултууд зөвхөн танд зориулагдсан. Танд тусалж буй хүн таны хариултыг харахгүй.
handover-start = Эхлэх
giveback-title = Баярлалаа
giveback-intro = Таны хариултууд битүүмжлэгдлээ. Танд тусалж буй хүн тэдгээрийг харж чадахгүй. Одоо утсаа буцааж өгнө үү.
giveback-button = Утсаа буцааж өгөх
review-private = Үүнд тэр хүн ганцаараа хариулсан. Харуулахгүй.
review-assisted-as = Тусламжийн утас таныг тусалсныг ийм нэрээр харна: { $organisation }
review-later = Одоо биш: «Хараахан илгээгээгүй хүсэлтүүд» хэсэгт үлдээх
review-hand-again = Утсаа тэр хүнд дахин өгөх
review-hand-again-hint = Тэр хүн ганцаараа хариулснаа өөрчлөхийг хүсвэл, эсвэл тэнд засах зүйл байвал үүнийг ашиглана уу. Тэр «Хэн харж болох»-ыг дахин харж, дахин сонгоно.
review-private-fix = Тэр хүний ганцаараа хариулсан зүйлд засах зүйл байна. Зөвхөн тэр өөрөө засаж чадна: утсаа түүнд дахин өгнө үү.
age-given-back-worker = Хэрэв та насыг «18-аас доош» болгож эсвэл үүнээс өөрчилбөл тэр хүн «Хэн харж болох»-ыг дахин харах ёстой: та утсаа түүнд дахин нэг удаа өгнө.
age-reopened-worker = Нас өөрчлөгдсөн нь тэр хүний «Хэн харж болох» сонголтод нөлөөлсөн. Үргэлжлүүлнэ үү: та утсаа түүнд дахин өгч, тэр дахин сонгоно.
setup-worker = Би талбарын ажилтан: бусдад тусламж хүсэхэд нь тусалдаг
setup-worker-hint = Таны тусалсан хүсэлт бүрд тусламжийн утас таны байгууллагыг харна.
worker-org-needed = Байгууллагынхаа нэрийг бичнэ үү, эсвэл талбайн ажилтны горимыг унтраана уу.
settings-worker-title = Талбарын ажилтны горим
settings-worker-intro = Энэ утаснаас бусдад хүсэлт илгээхэд нь туслаарай. Тэдний хариулт битүүмжлэгдэх ба хүн бүр код авч явна.
settings-worker-on = Асаах
settings-worker-save = Өөрчлөлтийг хадгалах
settings-worker-off = Унтраах
settings-worker-saved = Боллоо. Талбарын ажилтны горим асаалттай.
settings-worker-removed = Боллоо. Талбарын ажилтны горим унтраалттай.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Чанга унших: { $text }
speak-stop = Уншихыг зогсоох
speak-no-voice = Энэ утсанд энэ хэлний дуу хоолой алга.
speak-unavailable = Энэ утсан дээр одоо чанга унших боломжгүй байна.
speak-headphones = Ойр хавьд хэн нэгэн сонсож магадгүй бол чихэвч хэрэглээрэй.

## Settings

settings-title = Тохиргоо
settings-language = Хэл
settings-read-aloud = Дэлгэц бүрийг нээгдэх үед нь чанга унших
settings-lock = Одоо түгжих
settings-less-protected = Энэ төхөөрөмж дээр хамгаалалт сул байна: энд аюулгүй түлхүүрийн сан байхгүй тул аппын файлуудыг хуулсан хэн ч таны ПИН кодыг таахыг оролдож болно. Урт ПИН код таныг илүү сайн хамгаална.
settings-duress-title = Яаралтай ПИН код
settings-duress-intro = Хэн нэгэн таныг аппыг нээхийг албадах үед зориулсан хоёр дахь ПИН код. Энэ нь бүх зүйлийг ямар ч ул мөргүй устгана.
settings-current-pin = Таны ПИН код
settings-duress-save = Яаралтай ПИН код хадгалах
settings-duress-remove = Яаралтай ПИН код устгах
settings-pin-title = ПИН кодоо солих
settings-new-pin = Шинэ ПИН код (6-12 оронтой тоо)
settings-new-pin-again = Шинэ ПИН кодоо дахин
settings-pin-save = ПИН код солих
settings-pin-changed = Таны ПИН код солигдлоо. Одооноос эхлэн шинэ ПИН кодыг ашиглаарай.
settings-duress-saved = Болсон. Таны яаралтай ПИН код хадгалагдлаа.
settings-duress-removed = Болсон. Одоо яаралтай ПИН код байхгүй.
pin-wrong-left =
    { $count ->
        [one] ПИН код буруу байна. Дахиад нэг удаа буруу ПИН код оруулбал энэ утсан дээрх бүх зүйл устна.
       *[other] ПИН код буруу байна. Дахиад { $count } удаа буруу ПИН код оруулбал энэ утсан дээрх бүх зүйл устна.
    }
settings-wipe-title = Бүгдийг устгах
settings-wipe-intro = Энэ нь энэ утсан дээрх бүх хүсэлт, ноорогийг устгана. Буцаах боломжгүй. Тусламжийн төвд аль хэдийн очсон хүсэлтүүд тусламжийн төвд үлдэнэ.
settings-wipe-confirm = Тийм, бүгдийг устга

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Та одоо аюулд байна уу?
danger-yes-child = Тийм, би аюулд байна
danger-no-child = Үгүй, одоо биш
emergency-intro-child = Та эдгээр дугаар руу залгаж болно. Интернэт хэрэггүй.
emergency-call-trace-child = Таны утас дуудлага, мессежийн жагсаалтыг хадгалдаг. Хэн нэгэн үүнийг харчих вий гэж санаа зовж байвал дараа нь тэдгээрийг устгаж болно.
needs-title-child = Танд юунд тусламж хэрэгтэй вэ?
needs-intro-child = Өөрт тань тохирох бүгдийг дарна уу. Алгасаж болно.
need-legal_immigration-child = Бичиг баримтын тусламж
need-labour_exploitation-child = Хэн нэгэн намайг албадан ажил хийлгэдэг
need-sexual_exploitation-child = Хэн нэгэн намайг албадан бэлгийн зүйл хийлгэдэг
need-money_debt-child = Хэн нэгэн намайг өөрт нь мөнгө өртэй гэдэг
need-going_home-child = Би гэртээ харих эсвэл гэр бүлээ олохыг хүсэж байна
need-child_at_risk-child = Өөр хүүхэд аюулд байна
urgency-title-child = Танд хэзээ тусламж хэрэгтэй вэ?
for-whom-title-child = Хэнд тусламж хэрэгтэй вэ?
for-whom-self-child = Надад
contact-title-child = Бид тантай яаж аюулгүй ярих вэ?
contact-intro-child = Танд аюулгүй аргыг сонгоно уу. Өөр хүн үүнийг харах ёсгүй.
times-title-child = Бид хэзээ залгах эсвэл бичих нь аюулгүй вэ?
times-intro-child = Үүнийг алгасаж болно. Тэгвэл бид маш болгоомжтой байна.
voicemail-title-child = Бид дуут мессеж үлдээж болох уу?
someone-else-title-child = Өөр хүн утсаа авбал бид юу хийх вэ?
responder-title-child = Та хэнтэй ярихыг хүсэж байна?
more-title-child = Өөр юм байна уу?
more-intro-child = Хариулах албагүй.
place-label-child = Та хаана байна? Хотын нэр хангалттай.
message-label-child = Юу болж байгааг бидэнд хэлээрэй, хэрэв хүсвэл
consent-title-child = Таны бичсэнийг хэн уншиж болох вэ?
consent-intro-child = Та өөрөө сонго. Хамгийн аюулгүй сонголтыг аль хэдийн сонгосон.
consent-hotline_only-desc-child = Зөвхөн тусламжийн төвийн туслагчид уншина. Тэд нууцална.
consent-may_refer_to_services-desc-child = Тусламжийн төв эмч, аюулгүй байр, хуульч гэх мэт хүүхдийг хамгаалдаг хүмүүст хэлж болно.
consent-may_involve_police-desc-child = Тусламжийн төв цагдаад ч хэлж болно. Тэгвэл цагдаа танд муу зүйл хийж буй хүмүүсийг зогсоож чадна.
review-title-child = Хариултуудаа хараарай
review-intro-child = Үүнийг илгээхэд түгжигдэнэ. Зөвхөн тусламжийн төв нээж чадна. Энэ утсан дээр хэн ч, бүр та ч уншиж чадахгүй.
submit-done-child = Таны мессеж энэ утсан дээр түгжигдсэн. Интернэт байх үед илгээгдэнэ.
handover-title-child = Эдгээр асуулт зөвхөн танд
handover-person-child = Дараагийн асуултуудад зөвхөн та хариулна. Танд тусалж буй хүн таны хэлснийг харахгүй.
giveback-intro-child = Таны хариултууд түгжигдсэн. Танд тусалж буй хүн тэдгээрийг харж чадахгүй. Одоо утсыг танд тусалж буй хүнд буцааж өгнө үү.
reference-for-person-child = Эдгээр үг зөвхөн танд зориулагдсан. Эдгээр үгээр та тусламжийн төв танд юу бичсэнийг уншиж чадна. Энэ апп суулгасан ямар ч утсан дээр «{ $requests }» гэснийг дарж, дараа нь «{ $check }» гэснийг дараад үг эсвэл тоог бичнэ үү. Эдгээрийг нууцалж хадгална уу: эдгээрийг мэдсэн хэн ч хариуг уншиж чадна.

## Errors (codes come from the app's core)

error-wrong_pin = ПИН код буруу байна.
error-locked = Эхлээд аппыг ПИН кодоороо нээнэ үү.
error-no_hotline = Энэ апп одоохондоо тусламжийн төвтэй холбогдоогүй байна. Таны ноорог хадгалагдсан.
error-invalid = Зарим хариултыг өөрчлөх хэрэгтэй. Тэмдэглэсэн асуултуудыг харна уу.
error-pin_too_short = ПИН код 6-12 оронтой тоо байна.
error-duress_same_as_pin = Яаралтай ПИН код таны ПИН кодоос өөр байх ёстой.
error-worker_drafts_open = Таны тусалж буй хүмүүсийн хүсэлт илгээгдээгүй байгаа үед талбарын ажилтны горим асаалттай хэвээр байна. «Хараахан илгээгээгүй хүсэлтүүд» хэсэгт тэдгээрийг илгээж эсвэл устгаж, дараа нь горимыг унтраана уу.
error-already_set_up = Энэ апп аль хэдийн тохируулагдсан.
error-not_found = Үүнийг олсонгүй. Устгагдсан байж магадгүй.
error-internal = Ямар нэг зүйл буруу боллоо. Таны хадгалсан хүсэлтүүд аюулгүй. Дахин оролдоно уу.
error-not_set_up = Энэ апп хараахан тохируулагдаагүй. Эхлээд ПИН код сонгоно уу.
error-busy = Апп одоо илгээж байна. Түр хүлээгээд дахин оролдоно уу.
error-status_unavailable = Одоо тусламжийн төвөөс асууж чадсангүй. Таны хүсэлт аюулгүй. Дараа дахин оролдоно уу.
error-malformed = Зарим хариултыг уншиж чадсангүй. Шалгаад дахин оролдоно уу.
error-too_large = Энэ нь илгээхэд хэт урт байна. Мессежээ богиносгоно уу.
error-unsupported_version = Энэ аппыг шинэчлэх хэрэгтэй.
error-profile = Энэ аппын тусламжийн төвийн мэдээлэл буруу байна. Таны ноорог хадгалагдсан. Шинэчилсэн апп авна уу.
error-sync_client = Апп одоо аюулгүй холбогдож чадахгүй байна. Таны хүсэлт хадгалагдсан, дараа илгээгдэнэ.
error-already_exists = Энэ аль хэдийн хадгалагдсан.
error-empty_pin = ПИН кодоо бичнэ үү.
error-invalid_kdf_params = Энэ аппын тохиргоо буруу байна. Шинэчилсэн апп авна уу.
error-device_secret_unavailable = Апп энэ утасны аюулгүй санд хандаж чадахгүй байна. Утсаа унтрааж асаагаад дахин оролдоно уу.
error-envelope = Таны хүсэлтийг тусламжийн төвд зориулж битүүмжилж чадсангүй. Ноорог хэлбэрээр хадгалагдсан хэвээр байна.
error-receipt_mismatch = Тусламжийн төвийн хариуг шалгаж чадсангүй. Таны хүсэлтийг дахин илгээнэ.
error-corrupt = Аппын хадгалсан мэдээлэл гэмтсэн байна. Нээх боломжгүй.
error-io = Утас үүнийг хадгалж чадсангүй. Санах ой дүүрсэн байж магадгүй. Зай чөлөөлөөд дахин оролдоно уу.
error-database = Апп мэдээллээ уншиж эсвэл хадгалж чадсангүй. Таны хадгалсан хүсэлтүүд аюулгүй. Дахин оролдоно уу.
error-pin_too_long = ПИН код 6-12 оронтой тоо байна.
error-pin_not_digits = ПИН код зөвхөн тооноос бүрдэнэ.
error-reference_word_count = Код 9 үгтэй. Бүгдийг нь бичсэн эсэхээ шалгана уу.
error-reference_unknown_word = Нэг үг буруу байна. Зөв бичсэн эсэхээ шалгана уу.
check-reference-wrong-word = { $number } дугаар үг буруу байна. Зөв бичсэн эсэхээ шалгана уу.
error-reference_digits = Код 22 оронтой тоо. Бүгдийг нь бичсэн эсэхээ шалгана уу.
error-reference_check = Нэг үг эсвэл тоо буруу байна. Нэг бүрчлэн шалгаад дахин оролдоно уу.
error-reference_not_found = Тусламжийн төвд энэ кодтой хүсэлт одоогоор алга. Хэрэв интернэтгүй утаснаас илгээсэн бол тэр утас дахин интернэттэй болоход ирнэ: дараа дахин оролдоно уу. Тэгсэн ч олдохгүй бол үг эсвэл тоо бүрийг шалгана уу.
field-error-empty = Үүнийг бөглөнө үү, эсвэл асуултыг алгасна уу.
field-error-not_trimmed = Эхэнд эсвэл төгсгөлд байгаа хоосон зайг арилгана уу.
field-error-too_long = Энэ хэт урт байна. Хамгийн ихдээ { $max } үсэг.
field-error-too_many_bytes = Энэ хэт урт байна.
field-error-too_many = Хэт олон байна. Хамгийн ихдээ { $max }.
field-error-duplicate = Энэ жагсаалтад хоёр удаа байна.
field-error-control_characters = Үүнд ашиглаж болохгүй тэмдэгт байна.
field-error-invalid_phone = Энэ утасны дугаар буруу юм шиг байна. + тэмдэг болон улсын кодоор эхлүүлнэ үү.
field-error-invalid_region = Энэ улсыг таньсангүй.
field-error-invalid_email = Энэ имэйл хаяг буруу юм шиг байна.
field-error-invalid_language = Энэ хэлийг таньсангүй.
field-error-invalid_time_zone = Энэ цагийн бүсийг таньсангүй.
field-error-invalid_time = Эхлэх болон дуусах цагийг өөр өөрөөр сонгоно уу.
field-error-no_contact_method = Тантай холбогдох дор хаяж нэг аргыг сонгоно уу. "Би хариуг энэ аппаас харна" гэдгийг сонгоход хангалттай.
field-error-unsupported_version = Энэ аппыг шинэчлэх хэрэгтэй.
