## Reach — Български (Bulgarian)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Български
# The language's name in English, for the language search.
-locale-english = Bulgarian
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Калкулатор
quick-exit = Бърз изход
quick-exit-hint = Скрива това приложение веднага
back = Назад
next = Напред
skip = Пропусни
save = Запази
cancel = Отказ
close = Затвори
done = Готово
optional = по избор
step-of = Стъпка { $current } от { $total }
saved-locked = Запазено и заключено на този телефон

## Calculator (the app's disguise)

calc-label = Калкулатор
calc-display-label = Резултат
calc-clear = C
calc-equals = =
calc-error = Грешка

## First use: a private PIN

setup-title = Направете това приложение лично
setup-intro = Изберете таен номер (ПИН). Само вие трябва да го знаете.
setup-how = За да отворите това приложение по-късно, въведете своя ПИН на калкулатора и натиснете =.
setup-pin-label = Вашият ПИН (от 6 до 12 цифри)
setup-pin-repeat-label = Въведете ПИН-а си отново
setup-duress-title = Спешен ПИН (можете да пропуснете това)
setup-duress-intro = Ако някой ви принуди да отворите това приложение, въведете този друг ПИН. Приложението ще изглежда празно и всичко в него ще бъде изтрито, без да остане следа.
setup-duress-label = Спешен ПИН
setup-submit = Запази моя ПИН
setup-mismatch = Двата ПИН-а не са еднакви. Моля, опитайте отново.

## Language

lang-title = Изберете своя език
lang-intro = Можете да го смените по-късно в Настройки.
lang-search-label = Намерете своя език
lang-search-hint = Напишете името на своя език, на който и да е език
lang-search-none = Няма език, който да отговаря на това. Опитайте с по-малко букви.
lang-yours = Езици на този телефон
lang-all = Всички езици
lang-load-failed = Този език не можа да се отвори, затова приложението е на английски.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = На колко години сте?
age-intro = Можете да пропуснете това. Ако сте под 18 години, приложението използва по-прости думи и показва помощ за деца.
age-under_18 = Под 18
age-18_to_25 = От 18 до 25
age-26_to_59 = От 26 до 59
age-60_plus = 60 или повече

## Danger check and emergency numbers

danger-title = В опасност ли сте в момента?
danger-yes = Да, сега съм в опасност
danger-no = Не, не в момента
emergency-title = Спешни номера
emergency-intro = Можете да се обадите на тези номера и без интернет.
emergency-country-label = Вашата държава
emergency-police = Полиция и спешна помощ
emergency-hotline = Помощ за хора, станали жертва на трафик или принудени да работят
emergency-children = Помощ за деца и млади хора
emergency-call = Обадете се на { $number }
emergency-source = Източник: { $source }
emergency-checked = Проверено: { $date }
emergency-not-checked = Още не е проверено отново. Ако номерът не работи, обадете се на спешния номер.
emergency-call-trace = Обажданията и текстовите съобщения остават в списъците на телефона ви. Ако някой проверява телефона ви, можете да ги изтриете след това.
emergency-none = Все още нямаме номера за тази държава. Ако сте в опасност, обадете се на местния спешен номер.
emergency-continue = Продължете и поискайте помощ

## What help is needed

needs-title = Каква помощ ви трябва?
needs-intro = Изберете всичко, което се отнася до вас. Можете да пропуснете това.
need-safety_now = Да бъда в безопасност сега
need-shelter = Безопасно място, където да остана
need-medical = Лекар или лекарства
need-legal_immigration = Помощ с документи, виза или закона
need-labour_exploitation = Проблеми на работа или не ми плащат
need-sexual_exploitation = Принуждават ме да правя секс
need-child_at_risk = Дете е в опасност
need-money_debt = Пари или дългове
need-going_home = Да се прибера у дома или да намеря семейството си
need-interpreter = Някой, който говори моя език
need-other = Нещо друго
urgency-title = Колко скоро ви трябва помощ?
urgency-now = Сега
urgency-today = Днес
urgency-this_week = Тази седмица
urgency-not_urgent = Може да почака
for-whom-title = За кого е тази молба?
for-whom-self = За мен
for-whom-someone_else = За някой друг
for-whom-assisted_by_outreach = Аз съм теренен работник и помагам на някого

## Safe contact

contact-title = Как горещата линия може да се свърже с вас безопасно?
contact-intro = Изберете поне един начин. Избирайте само начини, които са безопасни за вас.
contact-call = Телефонно обаждане
contact-sms = Текстово съобщение (SMS)
contact-messaging_app = Приложение за съобщения
contact-email = Имейл
contact-in_person_via_outreach = Лично, чрез теренен работник
contact-check_back_in_app = Ще проверявам за отговор в това приложение
contact-phone-label = Телефонен номер, с кода на държавата (например +44…)
contact-app-label = Кое приложение? (например WhatsApp, Signal)
contact-handle-label = Вашето име или номер в това приложение
contact-email-label = Имейл адрес
times-title = Кога е безопасно да се свържат с вас?
times-intro = Можете да пропуснете това. Тогава горещата линия ще бъде още по-внимателна.
times-add = Добавете безопасно време
times-remove = Премахнете това време
times-from = От
times-to = До
times-days = Дни
times-any-day = Всеки ден
times-zone = Часова зона
weekday-mon = Понеделник
weekday-tue = Вторник
weekday-wed = Сряда
weekday-thu = Четвъртък
weekday-fri = Петък
weekday-sat = Събота
weekday-sun = Неделя
voicemail-title = Може ли горещата линия да остави гласово съобщение?
voicemail-yes = Да, гласово съобщение е безопасно
voicemail-no = Не, никога не оставяйте гласово съобщение
voicemail-unsaid = Ако не отговорите, горещата линия няма да остави съобщение.
code-word-label = Кодова дума
code-word-hint = Горещата линия ще каже тази дума, за да знаете, че наистина са те.
someone-else-title = Ако отговори някой друг, горещата линия трябва да…
someone-else-hang_up = Затвори
someone-else-say_wrong_number = Каже, че е грешен номер
someone-else-ask_for_code_word = Поиска кодовата дума
someone-else-other = Нещо друго
someone-else-other-label = Какво трябва да направят?
responder-title = С кого бихте искали да говорите?
responder-woman = С жена
responder-man = С мъж
responder-any_gender = Без значение
responder-language-label = Език, на който искате да ви отговорят

## More (all optional)

more-title = Още малко за вас
more-intro = Всичко това е по избор.
place-label = Къде сте? Град или район са достатъчни.
place-hint = Споделете само това, което искате. Това приложение никога не използва местоположението ви.
message-label = Вашето съобщение
message-hint = Можете да пишете на всеки език.
message-left =
    { $count ->
        [one] Остава { $count } буква
       *[other] Остават { $count } букви
    }

## Consent

consent-title = Кой може да види молбата ви?
consent-intro = Вие решавате. Най-поверителният избор вече е отбелязан.
consent-hotline_only = Само горещата линия
consent-hotline_only-desc = Чете я само екипът на горещата линия. Те не я споделят.
consent-may_refer_to_services = Горещата линия и служби, които могат да помогнат
consent-may_refer_to_services-desc = Горещата линия може да я сподели с приюти, лекари или адвокати, за да ви помогне.
consent-may_involve_police = Горещата линия, службите и полицията
consent-may_involve_police-desc = Горещата линия може да каже и на полицията.
consent-child-note = Тъй като си под 18 години, горещата линия може да трябва да каже на хората, чиято работа е да пазят децата, за да си в безопасност.

## Review and send

review-title = Проверете молбата си
review-intro = Молбата ви ще бъде заключена, така че само горещата линия да може да я отвори. След като я изпратите, никой не може да я прочете на този телефон, дори вие.
review-not-answered = Без отговор
review-change = Промени
review-needs = Нужна помощ
review-contact = Как да се свържат с вас
review-times = Безопасни часове
review-more = Още за вас
review-consent = Кой може да я види
submit = Заключи и изпрати на горещата линия
submit-working = Молбата ви се заключва…
submit-done = Молбата ви е заключена на този телефон. Ще бъде изпратена, когато има интернет.

## Status

status-title = Вашите молби
status-intro = Тук можете да видите докъде е стигнала всяка молба.
status-empty = Все още няма молби.
status-saved = Запазена на този телефон и заключена. Ще бъде изпратена, когато има интернет.
status-sending = Изпраща се…
status-received = Горещата линия я получи. Проверихме потвърждението от горещата линия.
status-needs_attention = Тази молба се нуждае от вашето внимание.
status-attempts =
    { $count ->
        [one] Един опит
       *[other] { $count } опита
    }
status-hotline-received = Чака някой от горещата линия да я прочете.
status-hotline-in_review = Някой от горещата линия я чете.
status-hotline-answered = Горещата линия е предприела действия.
status-hotline-closed = Горещата линия я затвори.
status-hotline-contact_planned = Някой от горещата линия планира как да се свърже с вас безопасно.
status-hotline-needs_interpreter = Горещата линия търси някой, който говори вашия език.
status-hotline-referred = Горещата линия помоли партньорска организация да ви помогне.
status-hotline-unknown = Горещата линия има новини за нея. Обновете приложението, когато е безопасно, за да видите повече.
status-replies = Съобщения от горещата линия
status-reply-note = Горещата линия написа също (може би не на вашия език):
status-reply-unreadable = Пристигна съобщение, което това приложение не можа да провери, затова не се показва.
status-offline = В момента няма интернет. Молбите ви са в безопасност на този телефон.
status-send-now = Изпрати сега
status-retry = Опитай отново
status-check = Попитай горещата линия за новини
status-new = Започни нова молба

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Прочетохме молбата ви. Ще се свържем с вас по начина, който избрахте.
reply-call_planned = Ще ви се обадим между { $from } и { $to } (вашето време). Ден: { $day }.
reply-message_planned = Ще ви изпратим съобщение между { $from } и { $to } (вашето време). Ден: { $day }.
reply-interpreter = Търсим преводач, който говори вашия език. Скоро ще се свържем с вас.
reply-referred = Помолихме партньорска организация близо до вас да помогне. Те ще се свържат с вас по начина, който избрахте.
reply-call_us = Моля, обадете ни се, когато е безопасно за вас. Вие избирате кога.
reply-danger = Ако сега сте в опасност, обадете се на спешния номер. Ще го намерите в това приложение.
reply-closed = Затворихме молбата ви. Можете да изпратите нова по всяко време.
reply-unknown = Горещата линия изпрати съобщение, което тази версия на приложението не може да покаже. Моля, обновете приложението, когато е безопасно.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Молбата ви е затворена. Ще ни кажете ли как мина помощта? Три кратки въпроса. Можете да ги пропуснете.
feedback-private = Отговорите ви се изпращат без молбата и без името ви. Горещата линия вижда само общите бройки.
feedback-start = Отговори
feedback-skip = Не, благодаря
feedback-send = Изпрати отговорите
feedback-q-helped = Получихте ли помощта, която ви трябваше?
feedback-q-safe = Чувствахте ли се в безопасност, когато се свързахме с вас?
feedback-q-recommend = Бихте ли казали на приятел за нас?
feedback-a-yes = Да
feedback-a-partly = Отчасти
feedback-a-no = Не
feedback-thanks = Благодарим ви. Отговорите ви ще бъдат изпратени.
feedback-declined = Добре. Няма да питаме отново.
feedback-failed = Не се получи. Моля, опитайте отново.
problem-unknown_key = Това приложение трябва да се обнови, преди тази молба да може да бъде изпратена.
problem-conflict = Горещата линия има друга молба със същия номер. Моля, свържете се с горещата линия по друг начин.
problem-malformed = Горещата линия не можа да прочете тази молба. Моля, започнете нова молба.
problem-too_large = Тази молба е твърде дълга. Моля, започнете нова с по-кратко съобщение.
problem-unsupported_media_type = Това приложение трябва да се обнови, преди тази молба да може да бъде изпратена.
problem-other = Мрежата или горещата линия отказа тази молба. Можете да опитате отново или да опитате друга мрежа.

## Several people on one device (outreach)

drafts-title = Молби, които още не са изпратени
drafts-continue = Продължи
drafts-delete = Изтрий
drafts-none = Нищо не чака.
review-reference = Този човек няма да задържи този телефон: дайте му код
review-reference-hint = С кода той може да чете отговорите на горещата линия на всеки телефон с това приложение. Този телефон ще показва само дали горещата линия е получила молбата.
assisted-organisation-label = Вашата организация (вие, теренният служител)
assisted-hint = Горещата линия ще види, че сте помогнали на този човек, и с кого работите.
assisted-channel-label = Как горещата линия може да се свърже с вас (по желание)
reference-title = Кодът на човека
reference-intro = Дайте тези думи на човека. С тях той може да чете отговорите на горещата линия на всеки телефон с това приложение. Този телефон не ги записва никъде и ги забравя, щом човекът ги има.
reference-for-person = Тези думи са ваши. С тях можете да четете отговорите на горещата линия. На всеки телефон с това приложение отворете „{ $requests }“, после „{ $check }“ и въведете думите или цифрите. Пазете ги на сигурно място: всеки, който ги има, може да чете отговорите.
reference-words = Думите
reference-digits = Същият код с цифри
reference-request = Молба { $number }
reference-done = Човекът има своя код
reference-again = Приложението се заключи, докато кодът беше показан. Ето го отново: дайте го на човека сега.
status-check-reference = Провери код
check-reference-title = Проверка на код
check-reference-intro = Въведете думите или цифрите, които сте получили. Този телефон не пази нито тях, нито отговорите.
check-reference-no-hotline = Това приложение още не е свързано с гореща линия, затова тук не може да се провери код. Моля, опитайте на друг телефон с това приложение.
check-reference-label = Думи или цифри
check-reference-submit = Провери
check-reference-working = Проверява се. Може да отнеме няколко секунди…
check-reference-no-replies = Още няма съобщения от горещата линия.
check-reference-show-in = Покажи на { $language }
worker-title = Теренна работа
worker-working-as = Работите като: { $organisation }
worker-intro = Всеки човек, на когото помагате, отговаря на своя език. Отговорите излизат от този телефон запечатани, а човекът взима код със себе си. Тук остават само номерът и състоянието на всяка молба.
worker-new-person = Помогнете на нов човек
handover-title = Въпроси само за вас
handover-worker = Сега дайте телефона на човека. Той отговаря сам на следващите въпроси и вие няма да видите отговорите.
handover-person = Следващите въпроси са само за вас. Човекът, който ви помага, няма да види отговорите ви.
handover-start = Започни
giveback-title = Благодарим ви
giveback-intro = Отговорите ви са запечатани. Човекът, който ви помага, не може да ги види. Сега върнете телефона.
giveback-button = Върнете телефона
review-private = Човекът е отговорил на това сам. Не се показва.
review-assisted-as = Горещата линия ще види, че сте помогнали, като: { $organisation }
review-later = Не сега: остави я в „Молби, които още не са изпратени“
review-hand-again = Дай телефона на човека отново
review-hand-again-hint = Използвайте това, ако човекът иска да промени това, на което е отговорил сам, или ако там трябва да се поправи нещо. Той ще види отново въпроса кой може да види молбата и ще избере отново.
review-private-fix = Нещо, на което човекът е отговорил сам, трябва да се поправи. Само той може да го поправи: дайте му телефона отново.
age-given-back-worker = Ако промените възрастта на под 18 или от под 18 на друга, човекът трябва да види отново въпроса кой може да види молбата: ще му дадете телефона още веднъж.
age-reopened-worker = Промяната на възрастта засяга избора на човека кой може да види молбата. Продължете: ще му дадете телефона отново и той ще избере отново.
setup-worker = Аз съм теренен служител: помагам на други хора да поискат помощ
setup-worker-hint = Горещата линия ще вижда организацията ви във всяка молба, с която помагате.
worker-org-needed = Напишете името на организацията си или изключете режима за теренен работник.
settings-worker-title = Режим за теренен служител
settings-worker-intro = Помагайте на други хора да изпращат молби от този телефон. Отговорите им са запечатани и всеки човек взима код със себе си.
settings-worker-on = Включи
settings-worker-save = Запази промените
settings-worker-off = Изключи
settings-worker-saved = Готово. Режимът за теренен служител е включен.
settings-worker-removed = Готово. Режимът за теренен служител е изключен.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Прочети на глас: { $text }
speak-stop = Спри четенето
speak-no-voice = На този телефон няма глас за този език.
speak-unavailable = Четенето на глас не работи на този телефон в момента.
speak-headphones = Използвайте слушалки, ако някой наблизо може да чуе.

## Settings

settings-title = Настройки
settings-language = Език
settings-read-aloud = Четене на глас на всеки екран при отварянето му
settings-lock = Заключи сега
settings-less-protected = По-слаба защита на това устройство: тук няма сигурно хранилище за ключове, затова всеки, който копира файловете на приложението, може да опита да отгатне вашия ПИН. По-дълъг ПИН ви пази по-добре.
settings-duress-title = Спешен ПИН
settings-duress-intro = Втори ПИН за случай, когато някой ви принуди да отворите приложението. Той изтрива всичко, без да остане следа.
settings-current-pin = Вашият ПИН
settings-duress-save = Запази спешния ПИН
settings-duress-remove = Премахни спешния ПИН
settings-pin-title = Сменете своя ПИН
settings-new-pin = Нов ПИН (от 6 до 12 цифри)
settings-new-pin-again = Новият ПИН отново
settings-pin-save = Смени ПИН
settings-pin-changed = Вашият ПИН е сменен. Отсега нататък използвайте новия ПИН.
settings-duress-saved = Готово. Спешният ви ПИН е запазен.
settings-duress-removed = Готово. Вече няма спешен ПИН.
pin-wrong-left =
    { $count ->
        [one] Този ПИН не е верен. След още един грешен ПИН всичко на този телефон ще бъде изтрито.
       *[other] Този ПИН не е верен. След още { $count } грешни ПИН-а всичко на този телефон ще бъде изтрито.
    }
settings-wipe-title = Изтрий всичко
settings-wipe-intro = Това изтрива всички молби и чернови на този телефон. Не може да бъде отменено. Молбите, които горещата линия вече е получила, остават при горещата линия.
settings-wipe-confirm = Да, изтрий всичко

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = В опасност ли си сега?
danger-yes-child = Да, в опасност съм
danger-no-child = Не, не сега
emergency-intro-child = Можеш да се обадиш на тези номера. Не ти трябва интернет.
emergency-call-trace-child = Телефонът ти пази списък с обажданията и съобщенията. Ако се притесняваш, че някой ще го види, можеш да ги изтриеш после.
needs-title-child = За какво ти трябва помощ?
needs-intro-child = Докосни всичко, което е вярно за теб. Можеш да пропуснеш това.
need-legal_immigration-child = Помощ с документи
need-labour_exploitation-child = Някой ме кара да работя
need-sexual_exploitation-child = Някой ме кара да правя сексуални неща
need-money_debt-child = Някой казва, че му дължа пари
need-going_home-child = Искам да се прибера у дома или да намеря семейството си
need-child_at_risk-child = Друго дете е в опасност
urgency-title-child = Кога ти трябва помощ?
for-whom-title-child = На кого му трябва помощ?
for-whom-self-child = На мен
contact-title-child = Как можем да говорим с теб безопасно?
contact-intro-child = Избери начин, който е безопасен за теб. Никой друг не трябва да го вижда.
times-title-child = Кога е безопасно да ти се обадим или да ти пишем?
times-intro-child = Можеш да пропуснеш това. Тогава ще бъдем много внимателни.
voicemail-title-child = Може ли да оставим гласово съобщение?
someone-else-title-child = Ако отговори друг човек, какво да направим?
responder-title-child = С кого искаш да говориш?
more-title-child = Нещо друго?
more-intro-child = Не е нужно да отговаряш.
place-label-child = Къде си? Името на град е достатъчно.
message-label-child = Разкажи ни какво се случва, ако искаш
consent-title-child = Кой може да прочете това, което написа?
consent-intro-child = Ти избираш. Най-безопасният избор вече е отбелязан.
consent-hotline_only-desc-child = Четат го само хората от горещата линия, които помагат. Те го пазят в тайна.
consent-may_refer_to_services-desc-child = Горещата линия може да каже на хора, които пазят децата, например лекар, безопасен дом или адвокат.
consent-may_involve_police-desc-child = Горещата линия може да каже и на полицията, за да спре хората, които те нараняват.
review-title-child = Виж отговорите си
review-intro-child = Когато изпратиш това, то се заключва. Само горещата линия може да го отвори. Никой не може да го прочете на този телефон, дори ти.
submit-done-child = Съобщението ти е заключено на този телефон. Ще бъде изпратено, когато има интернет.
handover-title-child = Въпроси само за теб
handover-person-child = Само ти отговаряш на следващите въпроси. Човекът, който ти помага, няма да види какво казваш.
giveback-intro-child = Отговорите ти са заключени. Човекът, който ти помага, не може да ги види. Сега върни телефона на човека, който ти помага.
reference-for-person-child = Тези думи са само за теб. С тях можеш да четеш какво ти пише горещата линия. На всеки телефон с това приложение докосни „{ $requests }“, после „{ $check }“ и въведи думите или цифрите. Пази ги в тайна: всеки, който ги има, може да чете отговорите.

## Errors (codes come from the app's core)

error-wrong_pin = Този ПИН не е верен.
error-locked = Моля, първо отворете приложението с вашия ПИН.
error-no_hotline = Това приложение още не е свързано с гореща линия. Черновата ви е запазена.
error-invalid = Някои отговори трябва да се променят. Моля, вижте отбелязаните въпроси.
error-pin_too_short = ПИН-ът има от 6 до 12 цифри.
error-duress_same_as_pin = Спешният ПИН трябва да е различен от вашия ПИН.
error-worker_drafts_open = Режимът за теренен служител остава включен, докато има неизпратени молби на хората, на които помагате. Моля, изпратете ги или ги изтрийте в „Молби, които още не са изпратени“ и после изключете режима.
error-already_set_up = Това приложение вече е настроено.
error-not_found = Това не беше намерено. Може да е изтрито.
error-internal = Нещо се обърка. Запазените ви молби са в безопасност. Моля, опитайте отново.
error-not_set_up = Това приложение още не е настроено. Моля, първо изберете ПИН.
error-busy = Приложението изпраща в момента. Моля, опитайте отново след малко.
error-status_unavailable = Горещата линия не можа да бъде попитана в момента. Молбата ви е в безопасност. Моля, опитайте отново по-късно.
error-malformed = Някои отговори не можаха да бъдат прочетени. Моля, проверете ги и опитайте отново.
error-too_large = Това е твърде дълго за изпращане. Моля, направете съобщението си по-кратко.
error-unsupported_version = Това приложение трябва да се обнови.
error-profile = Данните за горещата линия в това приложение не са верни. Черновата ви е запазена. Моля, вземете обновена версия на приложението.
error-sync_client = Приложението не може да се свърже безопасно в момента. Молбата ви е запазена и ще бъде изпратена по-късно.
error-already_exists = Това вече е запазено.
error-empty_pin = Моля, въведете своя ПИН.
error-invalid_kdf_params = Настройките на това приложение не са верни. Моля, вземете обновена версия на приложението.
error-device_secret_unavailable = Приложението няма достъп до защитеното хранилище на този телефон. Моля, рестартирайте телефона и опитайте отново.
error-envelope = Молбата ви не можа да бъде запечатана за горещата линия. Тя все още е запазена като чернова.
error-receipt_mismatch = Отговорът на горещата линия не можа да бъде проверен. Молбата ви ще бъде изпратена отново.
error-corrupt = Запазените данни на приложението са повредени. Не могат да бъдат отворени.
error-io = Телефонът не можа да запази това. Може паметта да е пълна. Моля, освободете малко място и опитайте отново.
error-database = Приложението не можа да прочете или запази данните си. Запазените ви молби са в безопасност. Моля, опитайте отново.
error-pin_too_long = ПИН-ът има от 6 до 12 цифри.
error-pin_not_digits = ПИН-ът съдържа само цифри.
error-reference_word_count = Кодът има 9 думи. Моля, проверете дали сте написали всички.
error-reference_unknown_word = Една от думите не е правилна. Моля, проверете как е написана.
check-reference-wrong-word = Дума номер { $number } не е правилна. Моля, проверете как е написана.
error-reference_digits = Кодът има 22 цифри. Моля, проверете дали сте написали всички.
error-reference_check = Една дума или цифра не е правилна. Моля, проверете всяка и опитайте отново.
error-reference_not_found = Горещата линия още няма молба с този код. Ако е изпратена от телефон без интернет, тя ще пристигне, когато този телефон отново има интернет. Моля, опитайте отново по-късно. Ако пак не бъде намерена, проверете всяка дума или цифра.
field-error-empty = Моля, попълнете това или пропуснете въпроса.
field-error-not_trimmed = Моля, премахнете интервалите в началото или в края.
field-error-too_long = Това е твърде дълго. Най-много { $max } букви.
field-error-too_many_bytes = Това е твърде дълго.
field-error-too_many = Твърде много. Най-много { $max }.
field-error-duplicate = Това е два пъти в списъка.
field-error-control_characters = Тук има знаци, които не могат да се използват.
field-error-invalid_phone = Този телефонен номер не изглежда правилен. Започнете с + и кода на държавата.
field-error-invalid_region = Тази държава не е известна.
field-error-invalid_email = Този имейл адрес не изглежда правилен.
field-error-invalid_language = Този език не е известен.
field-error-invalid_time_zone = Тази часова зона не е известна.
field-error-invalid_time = Моля, изберете различни начален и краен час.
field-error-no_contact_method = Моля, изберете поне един начин да се свържат с вас. „Ще проверявам за отговор в това приложение“ е достатъчно.
field-error-unsupported_version = Това приложение трябва да се обнови.
