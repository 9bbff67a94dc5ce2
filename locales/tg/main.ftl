## Reach — Тоҷикӣ (Tajik)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Тоҷикӣ
# The language's name in English, for the language search.
-locale-english = Tajik
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Ҳисобкунак
quick-exit = Зуд баромадан
quick-exit-hint = Ин барномаро фавран пинҳон мекунад
back = Бозгашт
next = Баъдӣ
skip = Инро гузаронидан
save = Нигоҳ доштан
cancel = Бекор кардан
close = Пӯшидан
done = Тайёр
optional = ихтиёрӣ
step-of = Қадами { $current } аз { $total }
saved-locked = Дар ин телефон нигоҳ дошта ва қулф карда шуд

## Calculator (the app's disguise)

calc-label = Ҳисобкунак
calc-display-label = Натиҷа
calc-clear = C
calc-equals = =
calc-error = Хато

## First use: a private PIN

setup-title = Ин барномаро шахсӣ кунед
setup-intro = Рақами махфӣ (PIN-рамз) интихоб кунед. Онро бояд танҳо шумо донед.
setup-how = Барои баъдтар кушодани ин барнома, PIN-рамзи худро дар ҳисобкунак нависед ва баъд тугмаи =-ро пахш кунед.
setup-pin-label = PIN-рамзи шумо (аз 6 то 12 рақам)
setup-pin-repeat-label = PIN-рамзи худро боз як бор нависед
setup-duress-title = PIN-рамзи фавқулода (инро гузаронидан мумкин аст)
setup-duress-intro = Агар касе шуморо маҷбур кунад, ки ин барномаро кушоед, ба ҷои он ин PIN-рамзи дигарро нависед. Барнома холӣ менамояд ва ҳама чиз дар он бе ягон нишона нест карда мешавад.
setup-duress-label = PIN-рамзи фавқулода
setup-submit = PIN-рамзи маро нигоҳ доред
setup-mismatch = Ду PIN-рамз якхела нестанд. Лутфан, боз кӯшиш кунед.

## Language

lang-title = Забони худро интихоб кунед
lang-intro = Шумо метавонед онро баъдтар дар Танзимот иваз кунед.
lang-search-label = Забони худро ёбед
lang-search-hint = Номи забони худро бо ҳар забоне, ки хоҳед, нависед
lang-search-none = Ягон забон мувофиқ нест. Ҳарфҳои камтар нависед.
lang-yours = Забонҳои ин телефон
lang-all = Ҳамаи забонҳо
lang-load-failed = Ин забон кушода нашуд, барои ҳамин барнома бо забони англисӣ нишон дода мешавад.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Шумо чандсолаед?
age-intro = Инро гузаронидан мумкин аст. Агар шумо аз 18 сола хурдтар бошед, барнома калимаҳои соддатарро истифода мебарад ва ёриро барои кӯдакон нишон медиҳад.
age-under_18 = Аз 18 сола хурдтар
age-18_to_25 = Аз 18 то 25
age-26_to_59 = Аз 26 то 59
age-60_plus = 60 ва калонтар

## Danger check and emergency numbers

danger-title = Оё шумо ҳозир дар хатар ҳастед?
danger-yes = Ҳа, ман ҳозир дар хатар ҳастам
danger-no = Не, ҳозир не
emergency-title = Рақамҳои ёрии фаврӣ
emergency-intro = Ба ин рақамҳо бе интернет занг задан мумкин аст.
emergency-country-label = Кишвари шумо
emergency-police = Полис ва ёрии фаврӣ
emergency-hotline = Ёрӣ барои одамоне, ки ба савдои одамон гирифтор шудаанд ё маҷбуран кор мекунанд
emergency-children = Ёрӣ барои кӯдакон ва ҷавонон
emergency-call = Ба { $number } занг задан
emergency-source = Манбаъ: { $source }
emergency-checked = Санҷида шуд: { $date }
emergency-not-checked = Ҳанӯз аз нав санҷида нашудааст. Агар рақам кор накунад, ба рақами ёрии фаврӣ занг занед.
emergency-call-trace = Зангҳо ва паёмакҳо дар рӯйхатҳои телефони шумо мемонанд. Агар касе телефони шуморо санҷад, шумо метавонед баъдтар онҳоро нест кунед.
emergency-none = Мо ҳанӯз барои ин кишвар рақам надорем. Агар дар хатар бошед, ба рақами маҳаллии ёрии фаврӣ занг занед.
emergency-continue = Идома додан ва ёрӣ пурсидан

## What help is needed

needs-title = Ба шумо чӣ гуна ёрӣ лозим аст?
needs-intro = Ҳамаи он чиро, ки мувофиқ аст, интихоб кунед. Инро гузаронидан мумкин аст.
need-safety_now = Ҳозир дар амон будан
need-shelter = Ҷои бехатар барои зиндагӣ
need-medical = Духтур ё дору
need-legal_immigration = Ёрӣ бо ҳуҷҷатҳо, раводид ё қонун
need-labour_exploitation = Мушкилот дар кор ё музд намедиҳанд
need-sexual_exploitation = Маҷбур ба алоқаи ҷинсӣ
need-child_at_risk = Кӯдак дар хатар аст
need-money_debt = Пул ё қарз
need-going_home = Ба хона баргаштан ё ёфтани оила
need-interpreter = Касе, ки бо забони ман гап мезанад
need-other = Чизи дигар
urgency-title = Ёрӣ ба шумо чӣ қадар зуд лозим аст?
urgency-now = Ҳозир
urgency-today = Имрӯз
urgency-this_week = Ҳамин ҳафта
urgency-not_urgent = Интизор шудан мумкин аст
for-whom-title = Ин дархост барои кист?
for-whom-self = Барои худам
for-whom-someone_else = Барои каси дигар
for-whom-assisted_by_outreach = Ман корманди иҷтимоӣ ҳастам ва ба касе ёрӣ медиҳам

## Safe contact

contact-title = Хадамоти ёрӣ чӣ тавр метавонад бо шумо бехатар тамос гирад?
contact-intro = Ақаллан як роҳро интихоб кунед. Танҳо роҳҳоеро интихоб кунед, ки барои шумо бехатаранд.
contact-call = Занги телефонӣ
contact-sms = Паёмак (SMS)
contact-messaging_app = Барномаи паёмрасон
contact-email = Почтаи электронӣ
contact-in_person_via_outreach = Рӯ ба рӯ, тавассути корманди иҷтимоӣ
contact-check_back_in_app = Ман ҷавобро дар ҳамин барнома мебинам
contact-phone-label = Рақами телефон, бо рамзи кишвар (масалан +44…)
contact-app-label = Кадом барнома? (масалан WhatsApp, Signal)
contact-handle-label = Ном ё рақами шумо дар он барнома
contact-email-label = Суроғаи почтаи электронӣ
times-title = Кай бо шумо тамос гирифтан бехатар аст?
times-intro = Инро гузаронидан мумкин аст. Он гоҳ хадамоти ёрӣ бештар эҳтиёт мекунад.
times-add = Вақти бехатарро илова кунед
times-remove = Ин вақтро тоза кунед
times-from = Аз
times-to = То
times-days = Рӯзҳо
times-any-day = Дилхоҳ рӯз
times-zone = Минтақаи вақт
weekday-mon = Душанбе
weekday-tue = Сешанбе
weekday-wed = Чоршанбе
weekday-thu = Панҷшанбе
weekday-fri = Ҷумъа
weekday-sat = Шанбе
weekday-sun = Якшанбе
voicemail-title = Оё хадамоти ёрӣ метавонад паёми овозӣ гузорад?
voicemail-yes = Ҳа, паёми овозӣ бехатар аст
voicemail-no = Не, ҳеҷ гоҳ паёми овозӣ нагузоред
voicemail-unsaid = Агар шумо ҷавоб надиҳед, хадамоти ёрӣ паём намегузорад.
code-word-label = Калимаи шартӣ
code-word-hint = Хадамоти ёрӣ ин калимаро мегӯяд, то шумо донед, ки ин воқеан худи онҳо ҳастанд.
someone-else-title = Агар каси дигар ҷавоб диҳад, хадамоти ёрӣ бояд…
someone-else-hang_up = Гӯширо гузорад
someone-else-say_wrong_number = Гӯяд, ки рақам хато аст
someone-else-ask_for_code_word = Калимаи шартиро пурсад
someone-else-other = Чизи дигар
someone-else-other-label = Онҳо чӣ кор кунанд?
responder-title = Бо кӣ гап задан мехоҳед?
responder-woman = Зан
responder-man = Мард
responder-any_gender = Ҳар кас бошад, майлаш
responder-language-label = Забоне, ки бо он ҷавоб гирифтан мехоҳед

## More (all optional)

more-title = Каме бештар дар бораи шумо
more-intro = Ҳамаи ин ихтиёрӣ аст.
place-label = Шумо дар куҷо ҳастед? Номи шаҳр ё минтақа кифоя аст.
place-hint = Танҳо он чиро, ки мехоҳед, нависед. Ин барнома ҳеҷ гоҳ ҷойгиршавии шуморо истифода намебарад.
message-label = Паёми шумо
message-hint = Шумо метавонед бо ҳар забон нависед.
message-left =
    { $count ->
       *[other] { $count } ҳарф монд
    }

## Consent

consent-title = Дархости шуморо кӣ дида метавонад?
consent-intro = Шумо худатон қарор медиҳед. Интихоби аз ҳама махфӣ аллакай қайд шудааст.
consent-hotline_only = Танҳо хадамоти ёрӣ
consent-hotline_only-desc = Онро танҳо гурӯҳи хадамоти ёрӣ мехонад. Онҳо онро ба касе намедиҳанд.
consent-may_refer_to_services = Хадамоти ёрӣ ва ташкилотҳое, ки метавонанд ёрӣ диҳанд
consent-may_refer_to_services-desc = Барои ёрӣ ба шумо, хадамоти ёрӣ метавонад онро ба паноҳгоҳҳо, духтурон ё ҳуқуқшиносон диҳад.
consent-may_involve_police = Хадамоти ёрӣ, ташкилотҳо ва полис
consent-may_involve_police-desc = Хадамоти ёрӣ метавонад ба полис низ хабар диҳад.
consent-child-note = Азбаски шумо аз 18 сола хурдтаред, барои бехатарии шумо хадамоти ёрӣ шояд маҷбур шавад ба одамоне хабар диҳад, ки кори онҳо ҳифзи кӯдакон аст.

## Review and send

review-title = Дархости худро санҷед
review-intro = Дархости шумо қулф мешавад, то онро танҳо хадамоти ёрӣ кушода тавонад. Пас аз фиристодан, дар ин телефон ҳеҷ кас онро хонда наметавонад, ҳатто худи шумо.
review-not-answered = Ҷавоб дода нашуд
review-change = Иваз кардан
review-needs = Ёрии лозимӣ
review-contact = Чӣ тавр бо шумо тамос гирифтан
review-times = Вақтҳои бехатар
review-more = Бештар дар бораи шумо
review-consent = Кӣ дида метавонад
submit = Қулф кардан ва ба хадамоти ёрӣ фиристодан
submit-working = Дархости шумо қулф шуда истодааст…
submit-done = Дархости шумо дар ин телефон қулф шуд. Вақте ки интернет бошад, фиристода мешавад.

## Status

status-title = Дархостҳои шумо
status-intro = Дар ин ҷо шумо мебинед, ки ҳар як дархост дар куҷост.
status-empty = Ҳоло дархост нест.
status-saved = Дар ин телефон нигоҳ дошта ва қулф карда шуд. Вақте ки интернет бошад, фиристода мешавад.
status-sending = Ҳозир фиристода истодааст…
status-received = Хадамоти ёрӣ онро гирифт. Мо тасдиқи хадамоти ёриро санҷидем.
status-needs_attention = Ин дархост диққати шуморо талаб мекунад.
status-attempts =
    { $count ->
       *[other] { $count } бор кӯшиш шуд
    }
status-hotline-received = Интизори он аст, ки касе дар хадамоти ёрӣ онро хонад.
status-hotline-in_review = Касе дар хадамоти ёрӣ онро мехонад.
status-hotline-answered = Хадамоти ёрӣ оид ба он чора дид.
status-hotline-closed = Хадамоти ёрӣ онро баст.
status-hotline-contact_planned = Касе дар хадамоти ёрӣ нақша мекашад, ки чӣ тавр бо шумо бехатар тамос гирад.
status-hotline-needs_interpreter = Хадамоти ёрӣ касеро меҷӯяд, ки бо забони шумо гап мезанад.
status-hotline-referred = Хадамоти ёрӣ аз як ташкилоти шарик хоҳиш кард, ки ба шумо ёрӣ диҳад.
status-hotline-unknown = Хадамоти ёрӣ дар ин бора хабаре дорад. Барои дидани бештар, вақте ки бехатар аст, барномаро навсозӣ кунед.
status-replies = Паёмҳо аз хадамоти ёрӣ
status-reply-note = Хадамоти ёрӣ инчунин навишт (шояд на бо забони шумо):
status-reply-unreadable = Паёме омад, ки ин барнома онро санҷида натавонист, барои ҳамин нишон дода намешавад.
status-offline = Ҳозир интернет нест. Дархостҳои шумо дар ин телефон бехатаранд.
status-send-now = Ҳозир фиристодан
status-retry = Боз кӯшиш кардан
status-check = Аз хадамоти ёрӣ хабар пурсидан
status-new = Дархости нав оғоз кардан

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Мо дархости шуморо хондем. Мо бо роҳе, ки шумо интихоб кардед, бо шумо тамос мегирем.
reply-call_planned = Мо ба шумо { $day } аз соати { $from } то { $to } (бо вақти шумо) занг мезанем.
reply-message_planned = Мо ба шумо { $day } аз соати { $from } то { $to } (бо вақти шумо) паём мефиристем.
reply-interpreter = Мо тарҷумонеро меҷӯем, ки бо забони шумо гап мезанад. Ба зудӣ бо шумо тамос мегирем.
reply-referred = Мо аз як ташкилоти шарик дар наздикии шумо хоҳиш кардем, ки ёрӣ диҳад. Онҳо бо роҳе, ки шумо интихоб кардед, бо шумо тамос мегиранд.
reply-call_us = Лутфан, вақте ки барои шумо бехатар аст, ба мо занг занед. Вақтро худатон интихоб кунед.
reply-danger = Агар ҳозир дар хатар бошед, ба рақами ёрии фаврӣ занг занед. Онро дар ҳамин барнома ёфта метавонед.
reply-closed = Мо дархости шуморо бастем. Шумо метавонед ҳар вақт дархости нав фиристед.
reply-unknown = Хадамоти ёрӣ паёме фиристод, ки ин версияи барнома онро нишон дода наметавонад. Лутфан, вақте ки бехатар аст, барномаро навсозӣ кунед.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Дархости шумо баста шуд. Метавонед ба мо гӯед, ки ёрӣ чӣ гуна буд? Се саволи кӯтоҳ. Онҳоро гузаронидан мумкин аст.
feedback-private = Ҷавобҳои шумо бе дархост ва бе номи шумо фиристода мешаванд. Хадамоти ёрӣ танҳо шумораи умумиро мебинад.
feedback-start = Ҷавоб додан
feedback-skip = Не, ташаккур
feedback-send = Ҷавобҳоро фиристодан
feedback-q-helped = Оё ёрии лозимиро гирифтед?
feedback-q-safe = Вақте ки мо бо шумо тамос гирифтем, худро бехатар ҳис кардед?
feedback-q-recommend = Оё ба дӯстатон дар бораи мо мегӯед?
feedback-a-yes = Ҳа
feedback-a-partly = Қисман
feedback-a-no = Не
feedback-thanks = Ташаккур. Ҷавобҳои шумо фиристода мешаванд.
feedback-declined = Хуб. Мо дигар намепурсем.
feedback-failed = Нашуд. Лутфан, боз кӯшиш кунед.
problem-unknown_key = Пеш аз фиристодани ин дархост барнома бояд навсозӣ шавад.
problem-conflict = Хадамоти ёрӣ дархости дигаре бо ҳамин рақам дорад. Лутфан, бо хадамоти ёрӣ бо роҳи дигар тамос гиред.
problem-malformed = Хадамоти ёрӣ ин дархостро хонда натавонист. Лутфан, дархости нав оғоз кунед.
problem-too_large = Ин дархост хеле дароз аст. Лутфан, бо паёми кӯтоҳтар дархости нав оғоз кунед.
problem-unsupported_media_type = Пеш аз фиристодани ин дархост барнома бояд навсозӣ шавад.
problem-other = Шабака ё хадамоти ёрӣ ин дархостро қабул накард. Шумо метавонед боз кӯшиш кунед ё шабакаи дигарро санҷед.

## Several people on one device (outreach)

drafts-title = Дархостҳое, ки ҳанӯз фиристода нашудаанд
drafts-continue = Идома додан
drafts-delete = Нест кардан
drafts-none = Ҳеҷ чиз интизор нест.
review-reference = Ин шахс ин телефонро нигоҳ намедорад: ба ӯ як рамз диҳед
review-reference-hint = Бо рамз ӯ метавонад ҷавобҳои хадамоти ёриро дар ҳар телефоне, ки ин барнома дорад, хонад. Ин телефон танҳо нишон медиҳад, ки оё хадамоти ёрӣ дархостро гирифтааст.
assisted-organisation-label = Ташкилоти шумо (шумо, корманди иҷтимоӣ)
assisted-hint = Хадамоти ёрӣ мебинад, ки шумо ба ин шахс ёрӣ додед ва бо кӣ кор мекунед.
assisted-channel-label = Хадамоти ёрӣ чӣ тавр метавонад бо шумо тамос гирад (ихтиёрӣ)
reference-title = Рамзи шахс
reference-intro = Ин калимаҳоро ба шахс диҳед. Бо онҳо ӯ метавонад ҷавобҳои хадамоти ёриро дар ҳар телефоне, ки ин барнома дорад, хонад. Онҳо танҳо ҳозир нишон дода мешаванд: ин телефон онҳоро нигоҳ намедорад.
reference-for-person = Ин калимаҳо аз они шумоянд. Бо онҳо шумо метавонед ҷавобҳои хадамоти ёриро хонед. Дар ҳар телефоне, ки ин барнома дорад, «{ $requests }»-ро кушоед, баъд «{ $check }»-ро кушоед ва калимаҳо ё рақамҳоро нависед. Онҳоро дар ҷои бехатар нигоҳ доред: ҳар касе, ки онҳоро дорад, метавонад ҷавобҳоро хонад.
reference-words = Калимаҳо
reference-digits = Ҳамин рамз бо рақамҳо
reference-request = Дархост { $number }
reference-done = Шахс рамзи худро дорад
status-check-reference = Санҷиши рамз
check-reference-title = Санҷиши рамз
check-reference-intro = Калимаҳо ё рақамҳоеро, ки ба шумо доданд, нависед. Ин телефон на онҳоро ва на ҷавобҳоро нигоҳ медорад.
check-reference-label = Калимаҳо ё рақамҳо
check-reference-submit = Санҷидан
check-reference-working = Санҷида мешавад. Чанд сония вақт гирифта метавонад…
check-reference-no-replies = Аз хадамоти ёрӣ ҳоло паём нест.
check-reference-show-in = Нишон додан ба забони { $language }
worker-title = Кори саҳроӣ
worker-working-as = Шумо бо ин ном кор мекунед: { $organisation }
worker-intro = Ҳар шахсе, ки ба ӯ кӯмак мекунед, бо забони худ ҷавоб медиҳад. Ҷавобҳо аз ин телефон мӯҳршуда мебароянд ва он шахс рамзеро бо худ мебарад. Дар ин ҷо танҳо рақам ва ҳолати ҳар дархост мемонад.
worker-new-person = Ба шахси нав кӯмак кунед
handover-title = Саволҳо танҳо барои шумо
handover-worker = Ҳоло телефонро ба он шахс диҳед. Ӯ ба саволҳои навбатӣ худаш ҷавоб медиҳад ва шумо ҷавобҳояшро намебинед.
handover-person = Саволҳои навбатӣ танҳо барои шумост. Касе, ки ба шумо кӯмак мекунад, ҷавобҳои шуморо намебинад.
handover-start = Оғоз
giveback-title = Ташаккур
giveback-intro = Ҷавобҳои шумо мӯҳр шуданд. Касе, ки ба шумо кӯмак мекунад, онҳоро дида наметавонад. Ҳоло телефонро баргардонед.
giveback-button = Телефонро баргардонед
review-private = Ба ин шахс худаш ҷавоб дод. Нишон дода намешавад.
review-assisted-as = Хати кӯмак мебинад, ки шумо кӯмак кардед, ҳамчун: { $organisation }
setup-worker = Ман корманди иҷтимоӣ ҳастам: ба дигарон дар дархости кӯмак ёрӣ медиҳам
setup-worker-hint = Хати кӯмак ташкилоти шуморо дар ҳар дархосте, ки кӯмак мекунед, мебинад.
worker-org-needed = Номи ташкилоти худро нависед ё реҷаи корманди саҳроиро хомӯш кунед.
settings-worker-title = Реҷаи корманди иҷтимоӣ
settings-worker-intro = Ба дигарон барои фиристодани дархост аз ин телефон кӯмак кунед. Ҷавобҳояшон мӯҳр мешаванд ва ҳар шахс рамзеро бо худ мебарад.
settings-worker-on = Фаъол кардан
settings-worker-save = Нигоҳ доштани тағйирот
settings-worker-off = Хомӯш кардан
settings-worker-saved = Тайёр. Реҷаи корманди иҷтимоӣ фаъол аст.
settings-worker-removed = Тайёр. Реҷаи корманди иҷтимоӣ хомӯш аст.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Бо овози баланд хондан: { $text }
speak-stop = Қатъ кардани хондан
speak-no-voice = Дар ин телефон барои ин забон овоз нест.
speak-unavailable = Ҳозир хондан бо овози баланд дар ин телефон кор намекунад.
speak-headphones = Агар касе дар наздикӣ шунида тавонад, гӯшак истифода баред.

## Settings

settings-title = Танзимот
settings-language = Забон
settings-read-aloud = Ҳар экранро ҳангоми кушода шуданаш бо овози баланд хондан
settings-lock = Ҳозир қулф кардан
settings-less-protected = Дар ин дастгоҳ ҳифз сусттар аст: дар ин ҷо анбори бехатари калидҳо нест, барои ҳамин ҳар касе, ки файлҳои барномаро нусхабардорӣ кунад, метавонад кӯшиш кунад PIN-рамзи шуморо ёбад. PIN-рамзи дарозтар шуморо беҳтар ҳифз мекунад.
settings-duress-title = PIN-рамзи фавқулода
settings-duress-intro = PIN-рамзи дуюм барои ҳолате, ки касе шуморо маҷбур мекунад барномаро кушоед. Он ҳама чизро бе ягон нишона нест мекунад.
settings-current-pin = PIN-рамзи шумо
settings-duress-save = Нигоҳ доштани PIN-рамзи фавқулода
settings-duress-remove = Тоза кардани PIN-рамзи фавқулода
settings-pin-title = PIN-рамзи худро иваз кунед
settings-new-pin = PIN-рамзи нав (аз 6 то 12 рақам)
settings-new-pin-again = PIN-рамзи нав боз як бор
settings-pin-save = Иваз кардани PIN-рамз
settings-pin-changed = PIN-рамзи шумо иваз шуд. Аз ҳоло PIN-рамзи навро истифода баред.
settings-duress-saved = Тайёр. PIN-рамзи фавқулодаи шумо нигоҳ дошта шуд.
settings-duress-removed = Тайёр. Ҳоло PIN-рамзи фавқулода нест.
pin-wrong-left =
    { $count ->
       *[other] Ин PIN-рамз дуруст нест. Агар боз { $count } бор PIN-рамзи хато ворид шавад, ҳама чиз дар ин телефон нест карда мешавад.
    }
settings-wipe-title = Ҳама чизро нест кардан
settings-wipe-intro = Ин ҳамаи дархостҳо ва сиёҳнависҳоро дар ин телефон нест мекунад. Инро баргардонда намешавад. Дархостҳое, ки хадамоти ёрӣ аллакай гирифтааст, дар хадамоти ёрӣ мемонанд.
settings-wipe-confirm = Ҳа, ҳама чизро нест кунед

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Шумо ҳоло дар хатар ҳастед?
danger-yes-child = Ҳа, ман дар хатар ҳастам
danger-no-child = Не, ҳоло не
emergency-intro-child = Шумо метавонед ба ин рақамҳо занг занед. Интернет лозим нест.
emergency-call-trace-child = Телефони шумо рӯйхати зангҳо ва паёмҳоро нигоҳ медорад. Агар хавотир бошед, ки касе онро бинад, баъд метавонед онҳоро нест кунед.
needs-title-child = Ба шумо дар чӣ ёрӣ лозим аст?
needs-intro-child = Ҳар чиро, ки дар бораи шумо дуруст аст, пахш кунед. Инро гузаронидан мумкин аст.
need-legal_immigration-child = Ёрӣ бо ҳуҷҷатҳо
need-labour_exploitation-child = Касе маро маҷбур мекунад, ки кор кунам
need-sexual_exploitation-child = Касе маро маҷбур мекунад, ки корҳои ҷинсӣ кунам
need-money_debt-child = Касе мегӯяд, ки ман ба ӯ пул қарздорам
need-going_home-child = Ман мехоҳам ба хона равам ё оилаамро ёбам
need-child_at_risk-child = Кӯдаки дигар дар хатар аст
urgency-title-child = Ёрӣ кай лозим аст?
for-whom-title-child = Ёрӣ ба кӣ лозим аст?
for-whom-self-child = Ба ман
contact-title-child = Мо чӣ тавр бо шумо бехатар гап зада метавонем?
contact-intro-child = Роҳеро интихоб кунед, ки барои шумо бехатар аст. Каси дигар набояд онро бинад.
times-title-child = Кай мо метавонем бехатар занг занем ё нависем?
times-intro-child = Инро гузаронидан мумкин аст. Он гоҳ мо хеле эҳтиёт мекунем.
voicemail-title-child = Мо метавонем паёми овозӣ гузорем?
someone-else-title-child = Агар каси дигар ҷавоб диҳад, мо чӣ кор кунем?
responder-title-child = Бо кӣ гап задан мехоҳед?
more-title-child = Боз чизе ҳаст?
more-intro-child = Ҷавоб додан ҳатмӣ нест.
place-label-child = Шумо дар куҷоед? Номи шаҳр кифоя аст.
message-label-child = Агар хоҳед, ба мо гӯед, ки чӣ шуда истодааст
consent-title-child = Навиштаи шуморо кӣ хонда метавонад?
consent-intro-child = Шумо интихоб мекунед. Интихоби аз ҳама бехатар аллакай қайд шудааст.
consent-hotline_only-desc-child = Онро танҳо ёрдиҳандагони хадамоти ёрӣ мехонанд. Онҳо онро пинҳон нигоҳ медоранд.
consent-may_refer_to_services-desc-child = Хадамоти ёрӣ метавонад ба одамоне гӯяд, ки кӯдаконро ҳифз мекунанд, масалан духтур, хонаи бехатар ё ҳуқуқшинос.
consent-may_involve_police-desc-child = Хадамоти ёрӣ метавонад ба полис низ гӯяд, то онҳо одамонеро, ки ба шумо бадӣ мекунанд, боздоранд.
review-title-child = Ба ҷавобҳоятон нигаред
review-intro-child = Вақте ки инро мефиристед, он қулф мешавад. Онро танҳо хадамоти ёрӣ кушода метавонад. Дар ин телефон ҳеҷ кас онро хонда наметавонад, ҳатто худи шумо.
submit-done-child = Паёми шумо дар ин телефон қулф шуд. Вақте ки интернет бошад, фиристода мешавад.
handover-title-child = Саволҳо махсус барои шумо
handover-person-child = Ба саволҳои навбатӣ танҳо худи шумо ҷавоб медиҳед. Касе, ки ба шумо кӯмак мекунад, он чиро, ки шумо менависед, намебинад.
giveback-intro-child = Ҷавобҳои шумо қулф шуданд. Касе, ки ба шумо кӯмак мекунад, онҳоро дида наметавонад. Ҳоло телефонро ба ӯ баргардонед.
reference-for-person-child = Ин калимаҳо танҳо барои шумоянд. Бо онҳо шумо метавонед хонед, ки хадамоти ёрӣ ба шумо чӣ навиштааст. Дар ҳар телефоне, ки ин барнома дорад, «{ $requests }»-ро пахш кунед, баъд «{ $check }»-ро пахш кунед ва калимаҳо ё рақамҳоро нависед. Онҳоро пинҳон нигоҳ доред: ҳар касе, ки онҳоро дорад, метавонад ҷавобҳоро хонад.

## Errors (codes come from the app's core)

error-wrong_pin = Ин PIN-рамз дуруст нест.
error-locked = Лутфан, аввал барномаро бо PIN-рамзи худ кушоед.
error-no_hotline = Ин барнома ҳанӯз ба хадамоти ёрӣ пайваст нашудааст. Сиёҳнависи шумо нигоҳ дошта шуд.
error-invalid = Баъзе ҷавобҳоро бояд иваз кард. Лутфан, ба саволҳои қайдшуда нигаред.
error-pin_too_short = PIN-рамз аз 6 то 12 рақам дорад.
error-duress_same_as_pin = PIN-рамзи фавқулода бояд аз PIN-рамзи шумо фарқ кунад.
error-already_set_up = Ин барнома аллакай танзим шудааст.
error-not_found = Ин ёфт нашуд. Шояд он нест карда шудааст.
error-internal = Чизе хато шуд. Дархостҳои нигоҳдоштаи шумо бехатаранд. Лутфан, боз кӯшиш кунед.
error-not_set_up = Ин барнома ҳанӯз танзим нашудааст. Лутфан, аввал PIN-рамз интихоб кунед.
error-busy = Барнома ҳоло банди фиристодан аст. Лутфан, пас аз каме боз кӯшиш кунед.
error-status_unavailable = Ҳоло аз хадамоти ёрӣ пурсидан нашуд. Дархости шумо бехатар аст. Лутфан, баъдтар боз кӯшиш кунед.
error-malformed = Баъзе ҷавобҳоро хондан нашуд. Лутфан, онҳоро санҷед ва боз кӯшиш кунед.
error-too_large = Ин барои фиристодан хеле дароз аст. Лутфан, паёми худро кӯтоҳтар кунед.
error-unsupported_version = Ин барнома бояд навсозӣ шавад.
error-profile = Маълумоти хадамоти ёрӣ дар ин барнома дуруст нест. Сиёҳнависи шумо нигоҳ дошта шуд. Лутфан, барномаи навшударо гиред.
error-sync_client = Барнома ҳоло наметавонад бехатар пайваст шавад. Дархости шумо нигоҳ дошта шуд ва баъдтар фиристода мешавад.
error-already_exists = Ин аллакай нигоҳ дошта шудааст.
error-empty_pin = Лутфан, PIN-рамзи худро нависед.
error-invalid_kdf_params = Танзимоти ин барнома дуруст нест. Лутфан, барномаи навшударо гиред.
error-device_secret_unavailable = Барнома ба хотираи бехатари ин телефон дастрасӣ надорад. Лутфан, телефонро хомӯш карда, аз нав фаъол кунед ва боз кӯшиш кунед.
error-envelope = Дархости шуморо барои хадамоти ёрӣ мӯҳр кардан нашуд. Он ҳамчун сиёҳнавис нигоҳ дошта шудааст.
error-receipt_mismatch = Ҷавоби хадамоти ёриро санҷидан нашуд. Дархости шумо боз фиристода мешавад.
error-corrupt = Маълумоти нигоҳдоштаи барнома вайрон шудааст. Онро кушодан мумкин нест.
error-io = Телефон инро нигоҳ дошта натавонист. Шояд хотира пур аст. Лутфан, каме ҷой холӣ кунед ва боз кӯшиш кунед.
error-database = Барнома маълумоти худро хонда ё нигоҳ дошта натавонист. Дархостҳои нигоҳдоштаи шумо бехатаранд. Лутфан, боз кӯшиш кунед.
error-pin_too_long = PIN-рамз аз 6 то 12 рақам дорад.
error-pin_not_digits = PIN-рамз танҳо аз рақамҳо иборат аст.
error-reference_word_count = Рамз 9 калима дорад. Санҷед, ки ҳамаро навиштаед.
error-reference_unknown_word = Яке аз калимаҳо дуруст нест. Имлоро санҷед.
error-reference_digits = Рамз 22 рақам дорад. Санҷед, ки ҳамаро навиштаед.
error-reference_check = Як калима ё рақам дуруст нест. Ҳар якро санҷида, боз кӯшиш кунед.
error-reference_not_found = Хадамоти ёрӣ дархост бо ин рамз надорад. Онро санҷида, боз кӯшиш кунед.
field-error-empty = Лутфан, инро пур кунед ё саволро гузаронед.
field-error-not_trimmed = Лутфан, фосилаҳои аввал ё охирро тоза кунед.
field-error-too_long = Ин хеле дароз аст. Ҳадди аксар { $max } ҳарф.
field-error-too_many_bytes = Ин хеле дароз аст.
field-error-too_many = Хеле зиёд. Ҳадди аксар { $max }.
field-error-duplicate = Ин дар рӯйхат ду бор ҳаст.
field-error-control_characters = Дар ин аломатҳое ҳастанд, ки истифода бурдан мумкин нест.
field-error-invalid_phone = Ин рақами телефон нодуруст менамояд. Бо + ва рамзи кишвар оғоз кунед.
field-error-invalid_region = Ин кишвар маълум нест.
field-error-invalid_email = Ин суроғаи почтаи электронӣ нодуруст менамояд.
field-error-invalid_language = Ин забон маълум нест.
field-error-invalid_time_zone = Ин минтақаи вақт маълум нест.
field-error-invalid_time = Лутфан, вақти оғоз ва анҷомро гуногун интихоб кунед.
field-error-no_contact_method = Лутфан, ақаллан як роҳи тамос бо шуморо интихоб кунед. "Ман ҷавобро дар ҳамин барнома мебинам" кифоя аст.
field-error-unsupported_version = Ин барнома бояд навсозӣ шавад.
