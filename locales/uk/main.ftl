## Reach — Українська (Ukrainian)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Українська
# The language's name in English, for the language search.
-locale-english = Ukrainian
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Калькулятор
quick-exit = Швидкий вихід
quick-exit-hint = Одразу ховає цей застосунок
back = Назад
next = Далі
skip = Пропустити
save = Зберегти
cancel = Скасувати
close = Закрити
done = Готово
optional = необов’язково
step-of = Крок { $current } з { $total }
saved-locked = Збережено й захищено на цьому телефоні

## Calculator (the app's disguise)

calc-label = Калькулятор
calc-display-label = Результат
calc-clear = C
calc-equals = =
calc-error = Помилка

## First use: a private PIN

setup-title = Зробіть застосунок особистим
setup-intro = Придумайте секретний номер — PIN-код. Його маєте знати тільки ви.
setup-how = Щоб потім відкрити застосунок, наберіть свій PIN-код на калькуляторі й натисніть =.
setup-pin-label = Ваш PIN-код (від 6 до 12 цифр)
setup-pin-repeat-label = Наберіть PIN-код ще раз
setup-duress-title = Екстрений PIN-код (можна пропустити)
setup-duress-intro = Якщо вас змусять відкрити застосунок, наберіть замість свого PIN-коду цей, інший. Застосунок виглядатиме порожнім, а все, що в ньому є, непомітно видалиться.
setup-duress-label = Екстрений PIN-код
setup-submit = Зберегти мій PIN-код
setup-mismatch = PIN-коди не збігаються. Будь ласка, спробуйте ще раз.

## Language

lang-title = Виберіть мову
lang-intro = Її можна змінити пізніше в налаштуваннях.
lang-search-label = Знайдіть свою мову
lang-search-hint = Напишіть назву своєї мови будь-якою мовою
lang-search-none = Такої мови немає. Спробуйте ввести менше літер.
lang-yours = Мови на цьому телефоні
lang-all = Усі мови
lang-load-failed = Не вдалося відкрити цю мову, тому застосунок показано англійською.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Скільки вам років?
age-intro = Це можна пропустити. Якщо вам менше 18, застосунок говоритиме простішими словами й покаже допомогу для дітей.
age-under_18 = Менше 18
age-18_to_25 = Від 18 до 25
age-26_to_59 = Від 26 до 59
age-60_plus = 60 або більше

## Danger check and emergency numbers

danger-title = Ви зараз у небезпеці?
danger-yes = Так, я зараз у небезпеці
danger-no = Ні, зараз ні
emergency-title = Екстрені номери
emergency-intro = На ці номери можна дзвонити без інтернету.
emergency-country-label = Ваша країна
emergency-police = Поліція та екстрені служби
emergency-hotline = Допомога при торгівлі людьми та примусовій праці
emergency-children = Допомога дітям і підліткам
emergency-call = Подзвонити на номер { $number }
emergency-source = Джерело: { $source }
emergency-checked = Перевірено: { $date }
emergency-not-checked = Ще не перевірено повторно. Якщо номер не працює, подзвоніть на екстрений номер.
emergency-call-trace = Дзвінки та СМС залишаються в списках на вашому телефоні. Якщо хтось перевіряє ваш телефон, ви можете потім їх видалити.
emergency-none = Для цієї країни в нас поки немає номерів. Якщо ви в небезпеці, подзвоніть на місцевий екстрений номер.
emergency-continue = Продовжити й попросити допомоги

## What help is needed

needs-title = Яка допомога вам потрібна?
needs-intro = Виберіть усе, що підходить. Це можна пропустити.
need-safety_now = Бути в безпеці зараз
need-shelter = Безпечне місце, де жити
need-medical = Лікар або ліки
need-legal_immigration = Допомога з документами, візою чи законом
need-labour_exploitation = Проблеми на роботі або не платять
need-sexual_exploitation = Примушують до сексу
need-child_at_risk = Дитина в небезпеці
need-money_debt = Гроші або борги
need-going_home = Повернутися додому або знайти родину
need-interpreter = Людина, яка говорить моєю мовою
need-other = Інше
urgency-title = Як швидко вам потрібна допомога?
urgency-now = Зараз
urgency-today = Сьогодні
urgency-this_week = Цього тижня
urgency-not_urgent = Може зачекати
for-whom-title = Для кого цей запит?
for-whom-self = Для мене
for-whom-someone_else = Для іншої людини
for-whom-assisted_by_outreach = Я із соціальної служби й допомагаю іншій людині

## Safe contact

contact-title = Як гаряча лінія може безпечно з вами зв’язатися?
contact-intro = Виберіть хоча б один спосіб. Вибирайте лише ті способи, які для вас безпечні.
contact-call = Дзвінок
contact-sms = СМС
contact-messaging_app = Месенджер
contact-email = Електронна пошта
contact-in_person_via_outreach = Особисто, через соціального працівника
contact-check_back_in_app = Я дивитимусь відповідь у цьому застосунку
contact-phone-label = Номер телефону з кодом країни (наприклад, +380…)
contact-app-label = Який застосунок? (наприклад, WhatsApp, Signal)
contact-handle-label = Ваше ім’я або номер у цьому застосунку
contact-email-label = Адреса електронної пошти
times-title = Коли з вами безпечно зв’язатися?
times-intro = Це можна пропустити. Тоді гаряча лінія буде особливо обережною.
times-add = Додати безпечний час
times-remove = Прибрати цей час
times-from = З
times-to = До
times-days = Дні
times-any-day = Будь-який день
times-zone = Часовий пояс
weekday-mon = Понеділок
weekday-tue = Вівторок
weekday-wed = Середа
weekday-thu = Четвер
weekday-fri = П’ятниця
weekday-sat = Субота
weekday-sun = Неділя
voicemail-title = Чи може гаряча лінія залишити голосове повідомлення?
voicemail-yes = Так, голосове повідомлення — це безпечно
voicemail-no = Ні, ніколи не залишайте голосових повідомлень
voicemail-unsaid = Якщо ви не відповісте на це питання, гаряча лінія не залишатиме голосових повідомлень.
code-word-label = Кодове слово
code-word-hint = Гаряча лінія назве це слово, щоб ви знали, що це справді вони.
someone-else-title = Якщо відповість хтось інший, гаряча лінія має…
someone-else-hang_up = Покласти слухавку
someone-else-say_wrong_number = Сказати, що помилилися номером
someone-else-ask_for_code_word = Запитати кодове слово
someone-else-other = Зробити щось інше
someone-else-other-label = Що їм зробити?
responder-title = З ким ви хотіли б поговорити?
responder-woman = З жінкою
responder-man = З чоловіком
responder-any_gender = Байдуже, з ким
responder-language-label = Якою мовою вам відповісти

## More (all optional)

more-title = Ще трохи про вас
more-intro = Усе це необов’язково.
place-label = Де ви зараз? Достатньо міста чи району.
place-hint = Пишіть лише те, що хочете. Застосунок ніколи не використовує ваше місцезнаходження.
message-label = Ваше повідомлення
message-hint = Можна писати будь-якою мовою.
message-left =
    { $count ->
        [one] Залишилася { $count } літера
        [few] Залишилося { $count } літери
        [many] Залишилося { $count } літер
       *[other] Залишилося { $count } літери
    }

## Consent

consent-title = Хто може бачити ваш запит?
consent-intro = Вирішуєте ви. Найбільш закритий варіант уже вибрано.
consent-hotline_only = Лише гаряча лінія
consent-hotline_only-desc = Його читає лише команда гарячої лінії. Вони нікому його не передають.
consent-may_refer_to_services = Гаряча лінія та служби, які можуть допомогти
consent-may_refer_to_services-desc = Гаряча лінія може передати його до притулків, лікарям чи юристам, щоб вам допомогти.
consent-may_involve_police = Гаряча лінія, служби допомоги та поліція
consent-may_involve_police-desc = Гаряча лінія може також повідомити поліцію.
consent-child-note = Тобі ще немає 18, тому гаряча лінія, можливо, муситиме повідомити тих, чия робота — захищати дітей, щоб тобі нічого не загрожувало.

## Review and send

review-title = Перевірте свій запит
review-intro = Ваш запит буде захищено так, що відкрити його зможе лише гаряча лінія. Після надсилання ніхто не зможе прочитати його на цьому телефоні — навіть ви.
review-not-answered = Немає відповіді
review-change = Змінити
review-needs = Потрібна допомога
review-contact = Як із вами зв’язатися
review-times = Безпечний час
review-more = Ще про вас
review-consent = Хто може бачити
submit = Захистити й надіслати на гарячу лінію
submit-working = Захищаємо ваш запит…
submit-done = Ваш запит захищено на цьому телефоні. Його буде надіслано, коли з’явиться інтернет.

## Status

status-title = Ваші запити
status-intro = Тут видно, що відбувається з кожним запитом.
status-empty = Запитів поки немає.
status-saved = Збережено й захищено на цьому телефоні. Буде надіслано, коли з’явиться інтернет.
status-sending = Надсилаємо…
status-received = Гаряча лінія отримала його. Ми перевірили підтвердження від гарячої лінії.
status-needs_attention = Цей запит потребує вашої уваги.
status-attempts =
    { $count ->
        [one] { $count } спроба
        [few] { $count } спроби
        [many] { $count } спроб
       *[other] { $count } спроби
    }
status-hotline-received = Чекає, поки його прочитають на гарячій лінії.
status-hotline-in_review = На гарячій лінії його зараз читають.
status-hotline-answered = Гаряча лінія вжила заходів.
status-hotline-closed = Гаряча лінія закрила запит.
status-hotline-contact_planned = Працівник гарячої лінії обмірковує, як безпечно зв’язатися з вами.
status-hotline-needs_interpreter = Гаряча лінія шукає людину, яка говорить вашою мовою.
status-hotline-referred = Гаряча лінія попросила організацію-партнера допомогти вам.
status-hotline-unknown = Гаряча лінія має новини щодо цього запиту. Оновіть застосунок, коли це буде безпечно, щоб побачити більше.
status-replies = Повідомлення від гарячої лінії
status-reply-note = Гаряча лінія також написала (можливо, не вашою мовою):
status-reply-unreadable = Надійшло повідомлення, яке цей застосунок не зміг перевірити, тому його не показано.
status-offline = Зараз немає інтернету. Ваші запити в безпеці на цьому телефоні.
status-send-now = Надіслати зараз
status-retry = Спробувати ще раз
status-check = Запитати в гарячої лінії про новини
status-new = Новий запит

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Ми прочитали ваш запит. Ми зв’яжемося з вами тим способом, який ви обрали.
reply-call_planned = Ми зателефонуємо вам: { $day }, з { $from } до { $to } (за вашим місцевим часом).
reply-message_planned = Ми надішлемо вам повідомлення: { $day }, з { $from } до { $to } (за вашим місцевим часом).
reply-interpreter = Ми шукаємо перекладача, який говорить вашою мовою. Незабаром ми зв’яжемося з вами.
reply-referred = Ми попросили організацію-партнера поруч із вами допомогти. Вони зв’яжуться з вами тим способом, який ви обрали.
reply-call_us = Будь ласка, зателефонуйте нам, коли це буде безпечно для вас. Час обираєте ви.
reply-danger = Якщо ви зараз у небезпеці, зателефонуйте на екстрений номер. Він є в цьому застосунку.
reply-closed = Ми закрили ваш запит. Ви можете надіслати новий будь-коли.
reply-unknown = Гаряча лінія надіслала повідомлення, яке ця версія застосунку не може показати. Будь ласка, оновіть застосунок, коли це буде безпечно.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Ваш запит закрито. Розкажете, як пройшла допомога? Три короткі запитання. Їх можна пропустити.
feedback-private = Ваші відповіді надсилаються без вашого запиту й без імені. Гаряча лінія бачить лише загальні підсумки.
feedback-start = Відповісти
feedback-skip = Ні, дякую
feedback-send = Надіслати відповіді
feedback-q-helped = Ви отримали допомогу, яка була потрібна?
feedback-q-safe = Ви почувалися в безпеці, коли ми з вами зв’язалися?
feedback-q-recommend = Ви розповіли б про нас другові?
feedback-a-yes = Так
feedback-a-partly = Частково
feedback-a-no = Ні
feedback-thanks = Дякуємо. Ваші відповіді буде надіслано.
feedback-declined = Добре. Ми більше не питатимемо.
feedback-failed = Не вдалося. Спробуйте ще раз.
problem-unknown_key = Застосунок треба оновити, перш ніж надіслати цей запит.
problem-conflict = Гаряча лінія має інший запит із тим самим номером. Будь ласка, зв’яжіться з гарячою лінією іншим способом.
problem-malformed = Гаряча лінія не змогла прочитати цей запит. Будь ласка, почніть новий запит.
problem-too_large = Цей запит задовгий. Будь ласка, почніть новий, із коротшим повідомленням.
problem-unsupported_media_type = Застосунок треба оновити, перш ніж надіслати цей запит.
problem-other = Мережа або гаряча лінія не прийняла цей запит. Можна спробувати ще раз або через іншу мережу.

## Several people on one device (outreach)

drafts-title = Ще не надіслані запити
drafts-continue = Продовжити
drafts-delete = Видалити
drafts-none = Нічого не чекає.
review-reference = Ця людина не залишить собі цей телефон: дайте їй код
review-reference-hint = З кодом вона зможе читати відповіді гарячої лінії на будь-якому телефоні з цим застосунком. Цей телефон покаже лише, чи отримала гаряча лінія запит.
assisted-organisation-label = Ваша організація (ви — соціальний працівник)
assisted-hint = Гаряча лінія побачить, що ви допомогли цій людині, і з ким ви працюєте.
assisted-channel-label = Як гаряча лінія може з вами зв’язатися (необов’язково)
reference-title = Код людини
reference-intro = Дайте ці слова людині. З ними вона зможе читати відповіді гарячої лінії на будь-якому телефоні з цим застосунком. Цей телефон ніде їх не записує і забуває їх, щойно людина їх отримає.
reference-for-person = Ці слова — ваші. З ними ви можете читати відповіді гарячої лінії. На будь-якому телефоні з цим застосунком відкрийте «{ $requests }», потім «{ $check }» і введіть слова або цифри. Зберігайте їх у надійному місці: будь-хто, у кого вони є, може прочитати відповіді.
reference-words = Слова
reference-digits = Той самий код цифрами
reference-request = Запит { $number }
reference-done = Людина має свій код
reference-again = Застосунок заблокувався, коли показувався код. Ось він знову: дайте його людині зараз.
status-check-reference = Перевірити код
check-reference-title = Перевірити код
check-reference-intro = Введіть слова або цифри, які вам дали. Цей телефон не зберігає ні їх, ні відповіді.
check-reference-no-hotline = Цей застосунок ще не під’єднано до гарячої лінії, тому тут не можна перевірити код. Будь ласка, спробуйте на іншому телефоні з цим застосунком.
check-reference-label = Слова або цифри
check-reference-submit = Перевірити
check-reference-working = Перевіряємо. Це може тривати кілька секунд…
check-reference-no-replies = Повідомлень від гарячої лінії ще немає.
check-reference-show-in = Показати мовою: { $language }
worker-title = Робота на вулиці
worker-working-as = Ви працюєте від імені: { $organisation }
worker-intro = Кожна людина, якій ви допомагаєте, відповідає своєю мовою. Відповіді виходять із цього телефона запечатаними, а людина забирає з собою код. Тут лишаються тільки номер і стан кожного запиту.
worker-new-person = Допомогти новій людині
handover-title = Питання тільки для вас
handover-worker = Тепер дайте телефон людині. На наступні питання вона відповідає сама, і ви не побачите її відповідей.
handover-person = Наступні питання тільки для вас. Людина, яка вам допомагає, не побачить ваших відповідей.
handover-start = Почати
giveback-title = Дякуємо
giveback-intro = Ваші відповіді запечатані. Людина, яка вам допомагає, не може їх побачити. Тепер поверніть телефон.
giveback-button = Повернути телефон
review-private = На це людина відповіла сама. Не показується.
review-assisted-as = Гаряча лінія побачить, що ви допомогли, як: { $organisation }
review-later = Не зараз: залишити в «Ще не надіслані запити»
review-hand-again = Знову дати телефон людині
review-hand-again-hint = Натисніть, якщо людина хоче змінити те, що відповіла сама, або там треба щось виправити. Вона знову побачить «Хто може бачити» і вибере знову.
review-private-fix = Щось із того, що людина відповіла сама, треба виправити. Виправити це може тільки вона: знову дайте їй телефон.
age-given-back-worker = Якщо ви зміните вік на «Менше 18» або з «Менше 18» на інший, людина має знову побачити «Хто може бачити»: ви ще раз дасте їй телефон.
age-reopened-worker = Вік змінив вибір людини в «Хто може бачити». Продовжуйте: ви знову дасте їй телефон, і вона вибере знову.
setup-worker = Я соціальний працівник: допомагаю іншим людям просити про допомогу
setup-worker-hint = Гаряча лінія бачитиме вашу організацію в кожному запиті, з яким ви допомагаєте.
worker-org-needed = Напишіть назву вашої організації або вимкніть режим соціального працівника.
settings-worker-title = Режим соціального працівника
settings-worker-intro = Допомагайте іншим людям надсилати запити з цього телефона. Їхні відповіді запечатані, і кожна людина забирає з собою код.
settings-worker-on = Увімкнути
settings-worker-save = Зберегти зміни
settings-worker-off = Вимкнути
settings-worker-saved = Готово. Режим соціального працівника увімкнено.
settings-worker-removed = Готово. Режим соціального працівника вимкнено.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Прочитати вголос: { $text }
speak-stop = Зупинити читання
speak-no-voice = На цьому телефоні немає голосу для цієї мови.
speak-unavailable = Читання вголос зараз не працює на цьому телефоні.
speak-headphones = Скористайтеся навушниками, якщо хтось поруч може почути.

## Settings

settings-title = Налаштування
settings-language = Мова
settings-read-aloud = Читати кожен екран уголос, коли він відкривається
settings-lock = Заблокувати зараз
settings-less-protected = Менший захист на цьому пристрої: тут немає надійного сховища ключів, тому той, хто скопіює файли застосунку, зможе намагатися вгадати ваш PIN-код. Довший PIN-код захищає краще.
settings-duress-title = Екстрений PIN-код
settings-duress-intro = Другий PIN-код на випадок, якщо вас змусять відкрити застосунок. Він непомітно видаляє все.
settings-current-pin = Ваш PIN-код
settings-duress-save = Зберегти екстрений PIN-код
settings-duress-remove = Видалити екстрений PIN-код
settings-pin-title = Зміна PIN-коду
settings-new-pin = Новий PIN-код (від 6 до 12 цифр)
settings-new-pin-again = Наберіть новий PIN-код ще раз
settings-pin-save = Змінити PIN-код
settings-pin-changed = Ваш PIN-код змінено. Відтепер використовуйте новий PIN-код.
settings-duress-saved = Готово. Екстрений PIN-код збережено.
settings-duress-removed = Готово. Екстреного PIN-коду більше немає.
pin-wrong-left =
    { $count ->
        [one] Неправильний PIN-код. Якщо ще { $count } раз набрати неправильний PIN-код, усе на цьому телефоні буде видалено.
        [few] Неправильний PIN-код. Якщо ще { $count } рази набрати неправильний PIN-код, усе на цьому телефоні буде видалено.
        [many] Неправильний PIN-код. Якщо ще { $count } разів набрати неправильний PIN-код, усе на цьому телефоні буде видалено.
       *[other] Неправильний PIN-код. Якщо ще { $count } рази набрати неправильний PIN-код, усе на цьому телефоні буде видалено.
    }
settings-wipe-title = Видалити все
settings-wipe-intro = Це видалить усі запити й чернетки на цьому телефоні. Скасувати це не можна. Запити, які гаряча лінія вже отримала, залишаться в гарячої лінії.
settings-wipe-confirm = Так, видалити все

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Ти зараз у небезпеці?
danger-yes-child = Так, я в небезпеці
danger-no-child = Ні, не зараз
emergency-intro-child = Ти можеш зателефонувати на ці номери. Інтернет не потрібен.
emergency-call-trace-child = Твій телефон зберігає список дзвінків і повідомлень. Якщо хвилюєшся, що хтось його побачить, можеш потім їх видалити.
needs-title-child = З чим тобі потрібна допомога?
needs-intro-child = Натисни на все, що правда про тебе. Це можна пропустити.
need-legal_immigration-child = Допомога з паперами чи документами
need-labour_exploitation-child = Хтось змушує мене працювати
need-sexual_exploitation-child = Хтось змушує мене робити щось сексуальне
need-money_debt-child = Хтось каже, що за мною борг
need-going_home-child = Я хочу додому або знайти свою родину
need-child_at_risk-child = Інша дитина в небезпеці
urgency-title-child = Коли тобі потрібна допомога?
for-whom-title-child = Кому потрібна допомога?
for-whom-self-child = Мені
contact-title-child = Як нам безпечно з тобою поговорити?
contact-intro-child = Вибери спосіб, який для тебе безпечний. Ніхто інший не повинен його бачити.
times-title-child = Коли нам безпечно подзвонити чи написати тобі?
times-intro-child = Це можна пропустити. Тоді ми будемо дуже обережні.
voicemail-title-child = Можна залишити тобі голосове повідомлення?
someone-else-title-child = Якщо відповість інша людина, що нам робити?
responder-title-child = З ким ти хочеш поговорити?
more-title-child = Щось іще?
more-intro-child = Можеш не відповідати.
place-label-child = Де ти? Досить назви міста.
message-label-child = Розкажи, що відбувається, якщо хочеш
consent-title-child = Хто може прочитати те, що ти пишеш?
consent-intro-child = Вибираєш ти. Найбезпечніший варіант уже вибрано.
consent-hotline_only-desc-child = Це читають лише ті, хто допомагає на гарячій лінії. Вони тримають це в таємниці.
consent-may_refer_to_services-desc-child = Гаряча лінія може розповісти тим, хто захищає дітей: наприклад, лікарю, юристу чи людям із безпечного притулку.
consent-may_involve_police-desc-child = Гаряча лінія може повідомити й поліцію, щоб зупинити тих, хто тебе кривдить.
review-title-child = Переглянь свої відповіді
review-intro-child = Коли ти надішлеш повідомлення, воно буде захищене. Відкрити його зможе лише гаряча лінія. На цьому телефоні його ніхто не прочитає, навіть ти.
submit-done-child = Твоє повідомлення захищене на цьому телефоні. Його буде надіслано, коли з’явиться інтернет.
handover-title-child = Питання тільки для тебе
handover-person-child = На наступні питання відповідаєш тільки ти. Людина, яка тобі допомагає, не побачить, що ти пишеш.
giveback-intro-child = Твої відповіді захищені. Людина, яка тобі допомагає, не може їх побачити. Тепер поверни їй телефон.
reference-for-person-child = Ці слова — тільки для тебе. З ними ти можеш прочитати, що гаряча лінія тобі напише. На будь-якому телефоні з цим застосунком натисни «{ $requests }», потім «{ $check }» і введи слова або цифри. Тримай їх у таємниці: будь-хто, у кого вони є, може прочитати відповіді.

## Errors (codes come from the app's core)

error-wrong_pin = Неправильний PIN-код.
error-locked = Будь ласка, спершу відкрийте застосунок своїм PIN-кодом.
error-no_hotline = Застосунок ще не під’єднано до гарячої лінії. Вашу чернетку збережено.
error-invalid = Деякі відповіді треба змінити. Подивіться на позначені питання.
error-pin_too_short = У PIN-коді від 6 до 12 цифр.
error-duress_same_as_pin = Екстрений PIN-код має відрізнятися від вашого PIN-коду.
error-worker_drafts_open = Режим соціального працівника залишається увімкненим, доки запити людей, яким ви допомагаєте, не надіслано. Будь ласка, надішліть їх або видаліть у «Ще не надіслані запити», а потім вимкніть режим.
error-already_set_up = Застосунок уже налаштовано.
error-not_found = Не знайдено. Можливо, це було видалено.
error-internal = Щось пішло не так. Ваші збережені запити в безпеці. Будь ласка, спробуйте ще раз.
error-not_set_up = Застосунок ще не налаштовано. Будь ласка, спершу придумайте PIN-код.
error-busy = Застосунок зараз надсилає дані. Будь ласка, спробуйте ще раз трохи згодом.
error-status_unavailable = Зараз не вдалося зв’язатися з гарячою лінією. Ваш запит у безпеці. Будь ласка, спробуйте ще раз пізніше.
error-malformed = Деякі відповіді не вдалося прочитати. Будь ласка, перевірте їх і спробуйте ще раз.
error-too_large = Це задовго для надсилання. Будь ласка, зробіть повідомлення коротшим.
error-unsupported_version = Застосунок треба оновити.
error-profile = Дані гарячої лінії в застосунку неправильні. Вашу чернетку збережено. Будь ласка, встановіть оновлений застосунок.
error-sync_client = Зараз застосунок не може безпечно під’єднатися. Ваш запит збережено, його буде надіслано пізніше.
error-already_exists = Це вже збережено.
error-empty_pin = Будь ласка, введіть PIN-код.
error-invalid_kdf_params = Налаштування застосунку неправильні. Будь ласка, встановіть оновлений застосунок.
error-device_secret_unavailable = Застосунок не може відкрити захищене сховище телефону. Будь ласка, перезапустіть телефон і спробуйте ще раз.
error-envelope = Не вдалося захистити ваш запит для гарячої лінії. Його збережено як чернетку.
error-receipt_mismatch = Не вдалося перевірити відповідь гарячої лінії. Ваш запит буде надіслано ще раз.
error-corrupt = Збережені дані застосунку пошкоджено. Їх не можна відкрити.
error-io = Телефон не зміг це зберегти. Можливо, пам’ять заповнена. Будь ласка, звільніть трохи місця і спробуйте ще раз.
error-database = Застосунок не зміг прочитати або зберегти дані. Ваші збережені запити в безпеці. Будь ласка, спробуйте ще раз.
error-pin_too_long = У PIN-коді від 6 до 12 цифр.
error-pin_not_digits = У PIN-коді лише цифри.
error-reference_word_count = У коді 9 слів. Перевірте, чи ви ввели всі.
error-reference_unknown_word = Одне зі слів неправильне. Перевірте написання.
check-reference-wrong-word = Слово номер { $number } неправильне. Перевірте його написання.
error-reference_digits = У коді 22 цифри. Перевірте, чи ви ввели всі.
error-reference_check = Одне слово або цифра неправильні. Перевірте кожне і спробуйте ще раз.
error-reference_not_found = Гаряча лінія ще не має запиту з цим кодом. Якщо його надіслали з телефону без інтернету, він надійде, коли той телефон знову під’єднається до інтернету: будь ласка, спробуйте ще раз пізніше. Якщо його все одно не знайдено, перевірте кожне слово або цифру.
field-error-empty = Будь ласка, заповніть це поле або пропустіть питання.
field-error-not_trimmed = Будь ласка, приберіть пробіли на початку чи в кінці.
field-error-too_long = Текст задовгий. Максимум літер: { $max }.
field-error-too_many_bytes = Текст задовгий.
field-error-too_many = Забагато. Максимум: { $max }.
field-error-duplicate = Це вже є в списку.
field-error-control_characters = Тут є знаки, які не можна використовувати.
field-error-invalid_phone = Номер телефону виглядає неправильно. Почніть із + і коду країни.
field-error-invalid_region = Ця країна невідома.
field-error-invalid_email = Адреса електронної пошти виглядає неправильно.
field-error-invalid_language = Ця мова невідома.
field-error-invalid_time_zone = Цей часовий пояс невідомий.
field-error-invalid_time = Будь ласка, виберіть різний час початку й кінця.
field-error-no_contact_method = Будь ласка, виберіть хоча б один спосіб зв’язку. Достатньо варіанта «Я дивитимусь відповідь у цьому застосунку».
field-error-unsupported_version = Застосунок треба оновити.
