## Reach — Русский (Russian)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Русский
# The language's name in English, for the language search.
-locale-english = Russian
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Калькулятор
quick-exit = Быстрый выход
quick-exit-hint = Сразу скрывает это приложение
back = Назад
next = Далее
skip = Пропустить
save = Сохранить
cancel = Отмена
close = Закрыть
done = Готово
optional = необязательно
step-of = Шаг { $current } из { $total }
saved-locked = Сохранено и защищено на этом телефоне

## Calculator (the app's disguise)

calc-label = Калькулятор
calc-display-label = Результат
calc-clear = C
calc-equals = =
calc-error = Ошибка

## First use: a private PIN

setup-title = Сделайте приложение личным
setup-intro = Придумайте секретный номер — PIN-код. Его должны знать только вы.
setup-how = Чтобы потом открыть приложение, наберите свой PIN-код на калькуляторе и нажмите =.
setup-pin-label = Ваш PIN-код (от 6 до 12 цифр)
setup-pin-repeat-label = Наберите PIN-код ещё раз
setup-duress-title = Экстренный PIN-код (можно пропустить)
setup-duress-intro = Если вас заставят открыть приложение, наберите вместо своего PIN-кода этот, другой. Приложение будет выглядеть пустым, а всё, что в нём есть, незаметно удалится.
setup-duress-label = Экстренный PIN-код
setup-submit = Сохранить мой PIN-код
setup-mismatch = PIN-коды не совпадают. Пожалуйста, попробуйте ещё раз.

## Language

lang-title = Выберите язык
lang-intro = Его можно будет изменить позже в настройках.
lang-search-label = Найдите свой язык
lang-search-hint = Напишите название своего языка на любом языке
lang-search-none = Такого языка нет. Попробуйте ввести меньше букв.
lang-yours = Языки на этом телефоне
lang-all = Все языки
lang-load-failed = Не удалось открыть этот язык, поэтому приложение показано на английском.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Сколько вам лет?
age-intro = Это можно пропустить. Если вам меньше 18, приложение будет говорить более простыми словами и покажет помощь для детей.
age-under_18 = Меньше 18
age-18_to_25 = От 18 до 25
age-26_to_59 = От 26 до 59
age-60_plus = 60 или больше

## Danger check and emergency numbers

danger-title = Вы сейчас в опасности?
danger-yes = Да, я сейчас в опасности
danger-no = Нет, сейчас нет
emergency-title = Экстренные номера
emergency-intro = На эти номера можно звонить без интернета.
emergency-country-label = Ваша страна
emergency-police = Полиция и экстренные службы
emergency-hotline = Помощь при торговле людьми и принудительном труде
emergency-children = Помощь детям и подросткам
emergency-call = Позвонить по номеру { $number }
emergency-source = Источник: { $source }
emergency-checked = Проверено: { $date }
emergency-not-checked = Ещё не перепроверено. Если номер не работает, позвоните по экстренному номеру.
emergency-call-trace = Звонки и СМС остаются в списках на вашем телефоне. Если кто-то проверяет ваш телефон, потом их можно удалить.
emergency-none = Для этой страны у нас пока нет номеров. Если вы в опасности, позвоните по местному экстренному номеру.
emergency-continue = Продолжить и попросить помощи

## What help is needed

needs-title = Какая помощь вам нужна?
needs-intro = Выберите всё, что подходит. Это можно пропустить.
need-safety_now = Быть в безопасности сейчас
need-shelter = Безопасное место, где жить
need-medical = Врач или лекарства
need-legal_immigration = Помощь с документами, визой или законом
need-labour_exploitation = Проблемы на работе или не платят
need-sexual_exploitation = Принуждают к сексу
need-child_at_risk = Ребёнок в опасности
need-money_debt = Деньги или долги
need-going_home = Вернуться домой или найти семью
need-interpreter = Человек, который говорит на моём языке
need-other = Другое
urgency-title = Как скоро вам нужна помощь?
urgency-now = Сейчас
urgency-today = Сегодня
urgency-this_week = На этой неделе
urgency-not_urgent = Может подождать
for-whom-title = Для кого этот запрос?
for-whom-self = Для меня
for-whom-someone_else = Для другого человека
for-whom-assisted_by_outreach = Я из социальной службы и помогаю другому человеку

## Safe contact

contact-title = Как горячая линия может безопасно с вами связаться?
contact-intro = Выберите хотя бы один способ. Выбирайте только те способы, которые для вас безопасны.
contact-call = Звонок
contact-sms = СМС
contact-messaging_app = Мессенджер
contact-email = Электронная почта
contact-in_person_via_outreach = Лично, через социального работника
contact-check_back_in_app = Я буду смотреть ответ в этом приложении
contact-phone-label = Номер телефона с кодом страны (например, +7…)
contact-app-label = Какое приложение? (например, WhatsApp, Signal)
contact-handle-label = Ваше имя или номер в этом приложении
contact-email-label = Адрес электронной почты
times-title = Когда с вами безопасно связаться?
times-intro = Это можно пропустить. Тогда горячая линия будет особенно осторожна.
times-add = Добавить безопасное время
times-remove = Убрать это время
times-from = С
times-to = До
times-days = Дни
times-any-day = Любой день
times-zone = Часовой пояс
weekday-mon = Понедельник
weekday-tue = Вторник
weekday-wed = Среда
weekday-thu = Четверг
weekday-fri = Пятница
weekday-sat = Суббота
weekday-sun = Воскресенье
voicemail-title = Может ли горячая линия оставить голосовое сообщение?
voicemail-yes = Да, голосовое сообщение — это безопасно
voicemail-no = Нет, никогда не оставляйте голосовых сообщений
voicemail-unsaid = Если вы не ответите на этот вопрос, горячая линия не будет оставлять голосовых сообщений.
code-word-label = Кодовое слово
code-word-hint = Горячая линия назовёт это слово, чтобы вы знали, что это действительно они.
someone-else-title = Если ответит кто-то другой, горячая линия должна…
someone-else-hang_up = Положить трубку
someone-else-say_wrong_number = Сказать, что ошиблись номером
someone-else-ask_for_code_word = Спросить кодовое слово
someone-else-other = Сделать что-то другое
someone-else-other-label = Что им сделать?
responder-title = С кем вы хотели бы поговорить?
responder-woman = С женщиной
responder-man = С мужчиной
responder-any_gender = Всё равно, с кем
responder-language-label = На каком языке вам ответить

## More (all optional)

more-title = Ещё немного о вас
more-intro = Всё это необязательно.
place-label = Где вы находитесь? Достаточно города или района.
place-hint = Пишите только то, что хотите. Приложение никогда не использует ваше местоположение.
message-label = Ваше сообщение
message-hint = Можно писать на любом языке.
message-left =
    { $count ->
        [one] Осталась { $count } буква
        [few] Осталось { $count } буквы
        [many] Осталось { $count } букв
       *[other] Осталось { $count } буквы
    }

## Consent

consent-title = Кто может видеть ваш запрос?
consent-intro = Решаете вы. Самый закрытый вариант уже выбран.
consent-hotline_only = Только горячая линия
consent-hotline_only-desc = Его читает только команда горячей линии. Они никому его не передают.
consent-may_refer_to_services = Горячая линия и службы, которые могут помочь
consent-may_refer_to_services-desc = Горячая линия может передать его в приюты, врачам или юристам, чтобы вам помочь.
consent-may_involve_police = Горячая линия, службы помощи и полиция
consent-may_involve_police-desc = Горячая линия может также сообщить в полицию.
consent-child-note = Тебе ещё нет 18, поэтому горячая линия, возможно, должна будет сообщить тем, чья работа — защищать детей, чтобы тебе ничего не угрожало.

## Review and send

review-title = Проверьте свой запрос
review-intro = Ваш запрос будет защищён так, что открыть его сможет только горячая линия. После отправки никто не сможет прочитать его на этом телефоне — даже вы.
review-not-answered = Нет ответа
review-change = Изменить
review-needs = Нужная помощь
review-contact = Как с вами связаться
review-times = Безопасное время
review-more = Ещё о вас
review-consent = Кто может видеть
submit = Защитить и отправить на горячую линию
submit-working = Защищаем ваш запрос…
submit-done = Ваш запрос защищён на этом телефоне. Он отправится, когда появится интернет.

## Status

status-title = Ваши запросы
status-intro = Здесь видно, что происходит с каждым запросом.
status-empty = Запросов пока нет.
status-saved = Сохранён и защищён на этом телефоне. Отправится, когда появится интернет.
status-sending = Отправляем…
status-received = Горячая линия получила его. Мы проверили подтверждение от горячей линии.
status-needs_attention = Этому запросу нужно ваше внимание.
status-attempts =
    { $count ->
        [one] { $count } попытка
        [few] { $count } попытки
        [many] { $count } попыток
       *[other] { $count } попытки
    }
status-hotline-received = Ждёт, когда его прочитают на горячей линии.
status-hotline-in_review = На горячей линии его сейчас читают.
status-hotline-answered = Горячая линия приняла меры.
status-hotline-closed = Горячая линия закрыла запрос.
status-hotline-contact_planned = Сотрудник горячей линии продумывает, как безопасно связаться с вами.
status-hotline-needs_interpreter = Горячая линия ищет человека, который говорит на вашем языке.
status-hotline-referred = Горячая линия попросила организацию-партнёра помочь вам.
status-hotline-unknown = У горячей линии есть новости по этому запросу. Обновите приложение, когда это будет безопасно, чтобы увидеть больше.
status-replies = Сообщения от горячей линии
status-reply-note = Горячая линия также написала (возможно, не на вашем языке):
status-reply-unreadable = Пришло сообщение, которое это приложение не смогло проверить, поэтому оно не показано.
status-offline = Сейчас нет интернета. Ваши запросы в безопасности на этом телефоне.
status-send-now = Отправить сейчас
status-retry = Попробовать ещё раз
status-check = Спросить у горячей линии, есть ли новости
status-new = Новый запрос

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Мы прочитали ваш запрос. Мы свяжемся с вами тем способом, который вы выбрали.
reply-call_planned = Мы позвоним вам: { $day }, с { $from } до { $to } (по вашему местному времени).
reply-message_planned = Мы отправим вам сообщение: { $day }, с { $from } до { $to } (по вашему местному времени).
reply-interpreter = Мы ищем переводчика, который говорит на вашем языке. Скоро мы свяжемся с вами.
reply-referred = Мы попросили организацию-партнёра рядом с вами помочь. Они свяжутся с вами тем способом, который вы выбрали.
reply-call_us = Пожалуйста, позвоните нам, когда это будет безопасно для вас. Время выбираете вы.
reply-danger = Если вы сейчас в опасности, позвоните по экстренному номеру. Он есть в этом приложении.
reply-closed = Мы закрыли ваш запрос. Вы можете отправить новый в любое время.
reply-unknown = Горячая линия прислала сообщение, которое эта версия приложения не может показать. Пожалуйста, обновите приложение, когда это будет безопасно.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Ваш запрос закрыт. Расскажете, как прошла помощь? Три коротких вопроса. Их можно пропустить.
feedback-private = Ваши ответы отправляются без вашего запроса и без имени. Горячая линия видит только общие итоги.
feedback-start = Ответить
feedback-skip = Нет, спасибо
feedback-send = Отправить ответы
feedback-q-helped = Вы получили помощь, которая была нужна?
feedback-q-safe = Вы чувствовали себя в безопасности, когда мы связались с вами?
feedback-q-recommend = Вы бы рассказали о нас другу?
feedback-a-yes = Да
feedback-a-partly = Отчасти
feedback-a-no = Нет
feedback-thanks = Спасибо. Ваши ответы будут отправлены.
feedback-declined = Хорошо. Мы больше не спросим.
feedback-failed = Не получилось. Попробуйте ещё раз.
problem-unknown_key = Приложение нужно обновить, прежде чем отправить этот запрос.
problem-conflict = У горячей линии есть другой запрос с тем же номером. Пожалуйста, свяжитесь с горячей линией другим способом.
problem-malformed = Горячая линия не смогла прочитать этот запрос. Пожалуйста, начните новый запрос.
problem-too_large = Этот запрос слишком длинный. Пожалуйста, начните новый, с более коротким сообщением.
problem-unsupported_media_type = Приложение нужно обновить, прежде чем отправить этот запрос.
problem-other = Сеть или горячая линия не приняла этот запрос. Можно попробовать ещё раз или через другую сеть.

## Several people on one device (outreach)

drafts-title = Ещё не отправленные запросы
drafts-continue = Продолжить
drafts-delete = Удалить
drafts-none = Ничего не ждёт отправки.
review-reference = Этот человек не оставит себе этот телефон: дайте ему код
review-reference-hint = С кодом он сможет читать ответы горячей линии на любом телефоне с этим приложением. Этот телефон покажет только, получила ли горячая линия запрос.
assisted-organisation-label = Ваша организация (вы — социальный работник)
assisted-hint = Горячая линия увидит, что вы помогли этому человеку, и с кем вы работаете.
assisted-channel-label = Как горячая линия может с вами связаться (необязательно)
reference-title = Код человека
reference-intro = Дайте эти слова человеку. С ними он сможет читать ответы горячей линии на любом телефоне с этим приложением. Этот телефон нигде их не записывает и забывает их, как только человек их получит.
reference-for-person = Эти слова — ваши. С ними вы можете читать ответы горячей линии. На любом телефоне с этим приложением откройте «{ $requests }», затем «{ $check }» и введите слова или цифры. Храните их в надёжном месте: любой, у кого они есть, может прочитать ответы.
reference-words = Слова
reference-digits = Тот же код цифрами
reference-request = Запрос { $number }
reference-done = У человека есть его код
reference-again = Приложение заблокировалось, пока был показан код. Вот он ещё раз: дайте его человеку сейчас.
status-check-reference = Проверить код
check-reference-title = Проверить код
check-reference-intro = Введите слова или цифры, которые вам дали. Этот телефон не хранит ни их, ни ответы.
check-reference-no-hotline = Приложение пока не подключено к горячей линии, поэтому здесь нельзя проверить код. Пожалуйста, попробуйте на другом телефоне с этим приложением.
check-reference-label = Слова или цифры
check-reference-submit = Проверить
check-reference-working = Проверяем. Это может занять несколько секунд…
check-reference-no-replies = Сообщений от горячей линии пока нет.
check-reference-show-in = Показать на языке: { $language }
worker-title = Работа на улице
worker-working-as = Вы работаете от имени: { $organisation }
worker-intro = Каждый человек, которому вы помогаете, отвечает на своём языке. Ответы уходят с этого телефона запечатанными, а человек уносит с собой код. Здесь остаются только номер и состояние каждого запроса.
worker-new-person = Помочь новому человеку
handover-title = Вопросы только для вас
handover-worker = Теперь передайте телефон человеку. На следующие вопросы он отвечает сам, и вы не увидите его ответы.
handover-person = Следующие вопросы только для вас. Человек, который вам помогает, не увидит ваши ответы.
handover-start = Начать
giveback-title = Спасибо
giveback-intro = Ваши ответы запечатаны. Человек, который вам помогает, не может их увидеть. Теперь верните телефон.
giveback-button = Вернуть телефон
review-private = На это человек ответил сам. Не показывается.
review-assisted-as = Горячая линия увидит, что вы помогли, как: { $organisation }
review-later = Не сейчас: оставить в «Ещё не отправленные запросы»
review-hand-again = Снова передать телефон человеку
review-hand-again-hint = Нажмите, если человек хочет изменить то, что ответил сам, или там нужно что-то исправить. Он снова увидит вопрос, кто может видеть запрос, и выберет заново.
review-private-fix = Что-то из того, что человек ответил сам, нужно исправить. Исправить это может только он: снова передайте ему телефон.
age-given-back-worker = Если вы измените возраст на «Меньше 18» или с «Меньше 18» на другой, человек должен снова увидеть вопрос, кто может видеть запрос: вы ещё раз передадите ему телефон.
age-reopened-worker = Изменение возраста касается выбора человека, кто может видеть запрос. Продолжайте: вы снова передадите ему телефон, и он выберет заново.
setup-worker = Я социальный работник: помогаю другим людям просить о помощи
setup-worker-hint = Горячая линия увидит вашу организацию в каждом запросе, с которым вы помогаете.
worker-org-needed = Напишите название вашей организации или выключите режим социального работника.
settings-worker-title = Режим социального работника
settings-worker-intro = Помогайте другим людям отправлять запросы с этого телефона. Их ответы запечатаны, и каждый уносит с собой код.
settings-worker-on = Включить
settings-worker-save = Сохранить изменения
settings-worker-off = Выключить
settings-worker-saved = Готово. Режим социального работника включён.
settings-worker-removed = Готово. Режим социального работника выключен.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Прочитать вслух: { $text }
speak-stop = Остановить чтение
speak-no-voice = На этом телефоне нет голоса для этого языка.
speak-unavailable = Чтение вслух сейчас не работает на этом телефоне.
speak-headphones = Используйте наушники, если кто-то рядом может услышать.

## Settings

settings-title = Настройки
settings-language = Язык
settings-read-aloud = Читать вслух каждый экран при открытии
settings-lock = Заблокировать сейчас
settings-less-protected = Меньше защиты на этом устройстве: здесь нет надёжного хранилища ключей, поэтому тот, кто скопирует файлы приложения, сможет пытаться угадать ваш PIN-код. Более длинный PIN-код защищает лучше.
settings-duress-title = Экстренный PIN-код
settings-duress-intro = Второй PIN-код на случай, если вас заставят открыть приложение. Он незаметно удаляет всё.
settings-current-pin = Ваш PIN-код
settings-duress-save = Сохранить экстренный PIN-код
settings-duress-remove = Удалить экстренный PIN-код
settings-pin-title = Смена PIN-кода
settings-new-pin = Новый PIN-код (от 6 до 12 цифр)
settings-new-pin-again = Наберите новый PIN-код ещё раз
settings-pin-save = Сменить PIN-код
settings-pin-changed = Ваш PIN-код изменён. Теперь используйте новый PIN-код.
settings-duress-saved = Готово. Экстренный PIN-код сохранён.
settings-duress-removed = Готово. Экстренного PIN-кода больше нет.
pin-wrong-left =
    { $count ->
        [one] Неверный PIN-код. Если ещё { $count } раз набрать неверный PIN-код, всё на этом телефоне будет удалено.
        [few] Неверный PIN-код. Если ещё { $count } раза набрать неверный PIN-код, всё на этом телефоне будет удалено.
        [many] Неверный PIN-код. Если ещё { $count } раз набрать неверный PIN-код, всё на этом телефоне будет удалено.
       *[other] Неверный PIN-код. Если ещё { $count } раза набрать неверный PIN-код, всё на этом телефоне будет удалено.
    }
settings-wipe-title = Удалить всё
settings-wipe-intro = Это удалит все запросы и черновики на этом телефоне. Отменить это нельзя. Запросы, которые горячая линия уже получила, останутся у горячей линии.
settings-wipe-confirm = Да, удалить всё

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Ты сейчас в опасности?
danger-yes-child = Да, я в опасности
danger-no-child = Нет, не сейчас
emergency-intro-child = Ты можешь позвонить по этим номерам. Интернет не нужен.
emergency-call-trace-child = Твой телефон хранит список звонков и сообщений. Если ты волнуешься, что кто-то его увидит, потом можешь их удалить.
needs-title-child = С чем тебе нужна помощь?
needs-intro-child = Нажми на всё, что правда про тебя. Это можно пропустить.
need-legal_immigration-child = Помощь с бумагами или документами
need-labour_exploitation-child = Кто-то заставляет меня работать
need-sexual_exploitation-child = Кто-то заставляет меня делать что-то сексуальное
need-money_debt-child = Кто-то говорит, что за мной долг
need-going_home-child = Я хочу домой или найти свою семью
need-child_at_risk-child = Другой ребёнок в опасности
urgency-title-child = Когда тебе нужна помощь?
for-whom-title-child = Кому нужна помощь?
for-whom-self-child = Мне
contact-title-child = Как нам безопасно с тобой поговорить?
contact-intro-child = Выбери способ, который для тебя безопасен. Никто другой не должен его видеть.
times-title-child = Когда нам безопасно позвонить или написать тебе?
times-intro-child = Это можно пропустить. Тогда мы будем очень осторожны.
voicemail-title-child = Можно оставить тебе голосовое сообщение?
someone-else-title-child = Если ответит другой человек, что нам делать?
responder-title-child = С кем ты хочешь поговорить?
more-title-child = Что-нибудь ещё?
more-intro-child = Можешь не отвечать.
place-label-child = Где ты? Достаточно названия города.
message-label-child = Расскажи, что происходит, если хочешь
consent-title-child = Кто может прочитать то, что ты пишешь?
consent-intro-child = Выбираешь ты. Самый безопасный вариант уже выбран.
consent-hotline_only-desc-child = Это читают только те, кто помогает на горячей линии. Они хранят это в секрете.
consent-may_refer_to_services-desc-child = Горячая линия может рассказать тем, кто защищает детей: например, врачу, юристу или людям из безопасного приюта.
consent-may_involve_police-desc-child = Горячая линия может сообщить и в полицию, чтобы остановить тех, кто делает тебе больно.
review-title-child = Посмотри свои ответы
review-intro-child = Когда ты отправишь сообщение, оно будет защищено. Открыть его сможет только горячая линия. На этом телефоне его никто не прочитает, даже ты.
submit-done-child = Твоё сообщение защищено на этом телефоне. Оно отправится, когда появится интернет.
handover-title-child = Вопросы только для тебя
handover-person-child = На следующие вопросы отвечаешь только ты. Человек, который тебе помогает, не увидит, что ты ответишь.
giveback-intro-child = Твои ответы защищены. Человек, который тебе помогает, не может их увидеть. Теперь верни ему телефон.
reference-for-person-child = Эти слова только для тебя. С ними ты сможешь прочитать, что тебе напишет горячая линия. На любом телефоне с этим приложением нажми «{ $requests }», потом «{ $check }» и введи слова или цифры. Храни их в секрете: любой, у кого они есть, может прочитать ответы.

## Errors (codes come from the app's core)

error-wrong_pin = Неверный PIN-код.
error-locked = Пожалуйста, сначала откройте приложение своим PIN-кодом.
error-no_hotline = Приложение пока не подключено к горячей линии. Ваш черновик сохранён.
error-invalid = Некоторые ответы нужно исправить. Посмотрите на отмеченные вопросы.
error-pin_too_short = В PIN-коде от 6 до 12 цифр.
error-duress_same_as_pin = Экстренный PIN-код должен отличаться от вашего PIN-кода.
error-worker_drafts_open = Режим социального работника остаётся включённым, пока запросы людей, которым вы помогаете, не отправлены. Отправьте или удалите их в «Ещё не отправленные запросы», затем выключите режим.
error-already_set_up = Приложение уже настроено.
error-not_found = Не найдено. Возможно, это было удалено.
error-internal = Что-то пошло не так. Ваши сохранённые запросы в безопасности. Пожалуйста, попробуйте ещё раз.
error-not_set_up = Приложение ещё не настроено. Пожалуйста, сначала придумайте PIN-код.
error-busy = Приложение сейчас отправляет данные. Пожалуйста, попробуйте ещё раз чуть позже.
error-status_unavailable = Сейчас не удалось связаться с горячей линией. Ваш запрос в безопасности. Пожалуйста, попробуйте ещё раз позже.
error-malformed = Некоторые ответы не удалось прочитать. Пожалуйста, проверьте их и попробуйте ещё раз.
error-too_large = Это слишком длинно для отправки. Пожалуйста, сделайте сообщение короче.
error-unsupported_version = Приложение нужно обновить.
error-profile = Данные горячей линии в приложении неверны. Ваш черновик сохранён. Пожалуйста, установите обновлённое приложение.
error-sync_client = Сейчас приложение не может безопасно подключиться. Ваш запрос сохранён и будет отправлен позже.
error-already_exists = Это уже сохранено.
error-empty_pin = Пожалуйста, введите PIN-код.
error-invalid_kdf_params = Настройки приложения неверны. Пожалуйста, установите обновлённое приложение.
error-device_secret_unavailable = Приложение не может открыть защищённое хранилище телефона. Пожалуйста, перезапустите телефон и попробуйте ещё раз.
error-envelope = Не удалось защитить ваш запрос для горячей линии. Он сохранён как черновик.
error-receipt_mismatch = Не удалось проверить ответ горячей линии. Ваш запрос будет отправлен ещё раз.
error-corrupt = Сохранённые данные приложения повреждены. Их нельзя открыть.
error-io = Телефону не удалось это сохранить. Возможно, память заполнена. Пожалуйста, освободите немного места и попробуйте ещё раз.
error-database = Приложению не удалось прочитать или сохранить данные. Ваши сохранённые запросы в безопасности. Пожалуйста, попробуйте ещё раз.
error-pin_too_long = В PIN-коде от 6 до 12 цифр.
error-pin_not_digits = В PIN-коде только цифры.
error-reference_word_count = В коде 9 слов. Проверьте, что вы ввели все.
error-reference_unknown_word = Одно из слов неверное. Проверьте написание.
check-reference-wrong-word = Слово номер { $number } неверное. Проверьте написание.
error-reference_digits = В коде 22 цифры. Проверьте, что вы ввели все.
error-reference_check = Одно слово или цифра неверны. Проверьте каждое и попробуйте снова.
error-reference_not_found = У горячей линии пока нет запроса с этим кодом. Если его отправили с телефона без интернета, он придёт, когда на том телефоне снова появится интернет. Пожалуйста, попробуйте ещё раз позже. Если его всё ещё нет, проверьте каждое слово или цифру.
field-error-empty = Пожалуйста, заполните это поле или пропустите вопрос.
field-error-not_trimmed = Пожалуйста, уберите пробелы в начале или в конце.
field-error-too_long = Текст слишком длинный. Максимум букв: { $max }.
field-error-too_many_bytes = Текст слишком длинный.
field-error-too_many = Слишком много. Максимум: { $max }.
field-error-duplicate = Это уже есть в списке.
field-error-control_characters = Здесь есть знаки, которые нельзя использовать.
field-error-invalid_phone = Номер телефона выглядит неправильно. Начните с + и кода страны.
field-error-invalid_region = Эта страна неизвестна.
field-error-invalid_email = Адрес электронной почты выглядит неправильно.
field-error-invalid_language = Этот язык неизвестен.
field-error-invalid_time_zone = Этот часовой пояс неизвестен.
field-error-invalid_time = Пожалуйста, выберите разное время начала и конца.
field-error-no_contact_method = Пожалуйста, выберите хотя бы один способ связи. Достаточно варианта «Я буду смотреть ответ в этом приложении».
field-error-unsupported_version = Приложение нужно обновить.
