## Reach — Runasimi (Southern Quechua)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Runasimi
# The language's name in English, for the language search.
-locale-english = Quechua
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Yupana
quick-exit = Utqaylla lluqsiy
quick-exit-hint = Kay aplikasyunta chaylla pakan
back = Kutiy
next = Qatiqnin
skip = Kayta saqiy
save = Waqaychay
cancel = Amaña
close = Wichq'ay
done = Tukusqa
optional = munaspaqa
step-of = Thatki { $current } ({ $total } thatkimanta)
saved-locked = Kay telefonopi waqaychasqa, llaveyasqa ima

## Calculator (the app's disguise)

calc-label = Yupana
calc-display-label = Yupasqa
calc-clear = C
calc-equals = =
calc-error = Pantay

## First use: a private PIN

setup-title = Kay aplikasyunta pakasqata ruway
setup-intro = Huk pakasqa yupayta (PIN) akllay. Qamlla yachanayki.
setup-how = Qhipaman kay aplikasyunta kichanaykipaq, PIN-niykita yupanapi qillqay, chaymanta = ñit'iy.
setup-pin-label = PIN-niyki (6-manta 12-kama yupaykuna)
setup-pin-repeat-label = PIN-niykita hukmanta qillqay
setup-duress-title = Sasachakuypaq PIN (kayta saqiyta atinki)
setup-duress-intro = Pipas kallpawan kay aplikasyunta kichachisunki chayqa, kay huk PIN-ta qillqay. Aplikasyunqa ch'usaq rikhurinqa, ukhunpi tukuy imapas pichakunqa, mana ima unanchapas kanqachu.
setup-duress-label = Sasachakuypaq PIN
setup-submit = PIN-niyta waqaychay
setup-mismatch = Iskaynin PIN-kuna mana kaqllachu. Ama hina kaspa, hukmanta ruway.

## Language

lang-title = Simiykita akllay
lang-intro = Qhipaman Allichanakunapi tikrayta atinki.
lang-search-label = Simiykita maskay
lang-search-hint = Simiykiq sutinta qillqay, ima simipipas
lang-search-none = Mana ima simipas kayman tupanchu. Aswan pisi qillqakunawan ruway.
lang-yours = Kay telefonopi simikuna
lang-all = Tukuy simikuna
lang-load-failed = Kay simita mana kichayta atikurqanchu, chayrayku aplikasyunqa inglés simipi rikhurichkan.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Hayk'a watayuqtaq kanki?
age-intro = Kayta saqiyta atinki. 18 watamanta pisi kanki chayqa, aplikasyunqa aswan mana sasa simikunata llamk'achin, wawakunapaq yanapaytapas rikuchin.
age-under_18 = 18 watamanta pisi
age-18_to_25 = 18-manta 25 watakama
age-26_to_59 = 26-manta 59 watakama
age-60_plus = 60 wata utaq aswan

## Danger check and emergency numbers

danger-title = Kunan pacha peligropichu kachkanki?
danger-yes = Arí, kunan peligropi kachkani
danger-no = Manam, kunanqa manam
emergency-title = Sasachakuypaq yupaykuna
emergency-intro = Kay yupaykunaman waqyayta atinki, internet mana kaptinpas.
emergency-country-label = Suyuyki
emergency-police = Policía, sasachakuypaq yanapaypas
emergency-hotline = Rantikusqa runakunapaq utaq kallpawan llamk'achisqa runakunapaq yanapay
emergency-children = Wawakunapaq, waynakunapaq, sipaskunapaq yanapay
emergency-call = { $number } yupayman waqyay
emergency-source = Maymanta: { $source }
emergency-checked = Qhawasqa: { $date }
emergency-not-checked = Manaraq hukmanta qhawasqachu. Yupay mana llamk'anchu chayqa, sasachakuypaq yupayman waqyay.
emergency-call-trace = Waqyaykunapas qillqasqa willakuykunapas telefonoykiq listankunapi qhepanku. Pipas telefonoykita qhawan chayqa, qhepaman chaykunata pichayta atinki.
emergency-none = Manaraq kay suyupaq yupaykuna kapuwanchikchu. Peligropi kachkanki chayqa, kay kitipi sasachakuypaq yupayman waqyay.
emergency-continue = Qatiy, yanapayta mañakuy

## What help is needed

needs-title = Ima yanapaytataq munanki?
needs-intro = Tukuy tupaqkunata akllay. Kayta saqiyta atinki.
need-safety_now = Kunan mana peligropi kanay
need-shelter = Mana peligroyuq tiyanay wasi
need-medical = Hampiq utaq hampi
need-legal_immigration = Papelkunapaq, visapaq utaq kamachiykunapaq yanapay
need-labour_exploitation = Llamk'aypi sasachakuykuna utaq mana pagawankuchu
need-sexual_exploitation = Kallpawan sexota ruwachiwanku
need-child_at_risk = Huk wawa peligropi kachkan
need-money_debt = Qullqi utaq manu
need-going_home = Wasiyman kutiy utaq aylluyta tariy
need-interpreter = Simiypi rimaq runa
need-other = Huk imapas
urgency-title = Hayk'aqtaq yanapayta munanki?
urgency-now = Kunanpacha
urgency-today = Kunan p'unchaw
urgency-this_week = Kay semanapi
urgency-not_urgent = Suyakunmanmi
for-whom-title = Pipaqtaq kay mañakuy?
for-whom-self = Ñuqapaq
for-whom-someone_else = Huk runapaq
for-whom-assisted_by_outreach = Yanapaq llamk'aqmi kani, huk runata yanapachkani

## Safe contact

contact-title = Yanapaqkuna imaynatataq mana peligroyuq qamwan rimanmanku?
contact-intro = Huk ñanta utaq aswanta akllay. Qampaq mana peligroyuq ñankunallata akllay.
contact-call = Telefonopi waqyay
contact-sms = Qillqasqa willakuy (SMS)
contact-messaging_app = Willakuy apachina aplikasyun
contact-email = Email
contact-in_person_via_outreach = Uyanpura, huk yanapaq llamk'aqwan
contact-check_back_in_app = Kay aplikasyunpi kutichiyta qhawasaq
contact-phone-label = Telefono yupay, suyuq yupayninwan (kayhina +44…)
contact-app-label = Mayqin aplikasyun? (kayhina WhatsApp, Signal)
contact-handle-label = Sutiyki utaq yupayniyki chay aplikasyunpi
contact-email-label = Emailniyki
times-title = Hayk'aqtaq qamwan rimanankupaq mana peligroyuq?
times-intro = Kayta saqiyta atinki. Chayqa yanapaqkuna aswan allin yuyaywan ruwanqaku.
times-add = Mana peligroyuq pachata yapay
times-remove = Kay pachata urquy
times-from = Qallariy
times-to = Tukukuy
times-days = P'unchawkuna
times-any-day = Ima p'unchawpas
times-zone = Hora suyu
weekday-mon = Killachaw (lunes)
weekday-tue = Atichaw (martes)
weekday-wed = Quyllurchaw (miércoles)
weekday-thu = Illapachaw (jueves)
weekday-fri = Ch'askachaw (viernes)
weekday-sat = K'uychichaw (sábado)
weekday-sun = Intichaw (domingo)
voicemail-title = Yanapaqkuna kunkawan willakuyta saqinmankuchu?
voicemail-yes = Arí, kunkawan willakuyqa mana peligroyuqmi
voicemail-no = Manam, ama hayk'aqpas kunkawan willakuyta saqiychikchu
voicemail-unsaid = Mana kutichinki chayqa, yanapaqkuna mana willakuyta saqinqakuchu.
code-word-label = Pakasqa simi
code-word-hint = Yanapaqkuna kay simita ninqaku, chhaynapi cheqaqtapuni paykuna kasqankuta yachanki.
someone-else-title = Huk runa kutichin chayqa, yanapaqkuna imatataq ruwanan?
someone-else-hang_up = Telefonota wichq'ay
someone-else-say_wrong_number = "Pantasqa yupaymi" niy
someone-else-ask_for_code_word = Pakasqa simita mañakuy
someone-else-other = Huk imapas
someone-else-other-label = Imatataq ruwananku?
responder-title = Piwantaq rimayta munanki?
responder-woman = Huk warmiwan
responder-man = Huk qhariwan
responder-any_gender = Pipas allinmi
responder-language-label = Ima simipi kutichisunaykita munanki

## More (all optional)

more-title = Qammanta aswan pisillata
more-intro = Kay tukuyqa munaspallam.
place-label = Maypitaq kachkanki? Huk llaqtalla utaq kitilla allinmi.
place-hint = Munasqaykillata willay. Kay aplikasyunqa mana hayk'aqpas maypi kasqaykita qhawanchu.
message-label = Willakuyniyki
message-hint = Ima simipipas qillqayta atinki.
message-left =
    { $count ->
       *[other] { $count } qillqa puchukan
    }

## Consent

consent-title = Pikunataq mañakuyniykita rikunmanku?
consent-intro = Qammi akllanki. Aswan pakasqa akllayqa ñam akllasqaña kachkan.
consent-hotline_only = Yanapaqkunalla
consent-hotline_only-desc = Yanapaq huñulla ñawinchan. Paykunaqa mana pimanpas willankuchu.
consent-may_refer_to_services = Yanapaqkuna, yanapayta atiq wasikunapas
consent-may_refer_to_services-desc = Yanapaqkunaqa pakakuna wasikunaman, hampiqkunaman utaq abogadokunaman willankumanmi, qamta yanapanankupaq.
consent-may_involve_police = Yanapaqkuna, yanapaq wasikuna, policíapas
consent-may_involve_police-desc = Yanapaqkunaqa policíamanpas willankumanmi.
consent-child-note = 18 watamanta pisi kasqaykirayku, yanapaqkunaqa wawakunata waqaychaq runakunaman willanankupaq kanman, qamta waqaychanankupaq.

## Review and send

review-title = Mañakuyniykita qhaway
review-intro = Mañakuyniykiqa llaveyasqa kanqa, yanapaqkunalla kichanankupaq. Apachisqaykimanta, kay telefonopi mana pipas ñawinchayta atinqachu, nitaq qampas.
review-not-answered = Mana kutichisqa
review-change = Tikray
review-needs = Munasqayki yanapay
review-contact = Imaynata qamwan rimanankupaq
review-times = Mana peligroyuq pachakuna
review-more = Qammanta aswan
review-consent = Pikuna rikunmanku
submit = Llaveyay, yanapaqkunaman apachiy
submit-working = Mañakuyniykita llaveyachkan…
submit-done = Mañakuyniykiqa kay telefonopi llaveyasqañam. Internet kaptin apachikunqa.

## Status

status-title = Mañakuyniykikuna
status-intro = Kaypi sapa mañakuy maypichus kasqanta rikunki.
status-empty = Manaraq mañakuykuna kanchu.
status-saved = Kay telefonopi waqaychasqa, llaveyasqa ima. Internet kaptin apachikunqa.
status-sending = Kunan apachikuchkan…
status-received = Yanapaqkuna chaskirqankuñam. Yanapaqkunaq chaskisqa willakuyninta qhawarqanchikmi.
status-needs_attention = Kay mañakuyqa qampa qhawariyniykita munan.
status-attempts =
    { $count ->
       *[other] { $count } kutita apachiyta kallpachakurqa
    }
status-hotline-received = Yanapaqkunamanta huk runa ñawinchananta suyachkan.
status-hotline-in_review = Yanapaqkunamanta huk runa ñawinchachkan.
status-hotline-answered = Yanapaqkuna imatapas ruwarqankuñam.
status-hotline-closed = Yanapaqkuna wichq'arqankuñam.
status-hotline-contact_planned = Yanapaqkunamanta huk runa imaynata mana peligroyuq qamwan rimananta yuyaykuchkan.
status-hotline-needs_interpreter = Yanapaqkuna simiykipi rimaq runata maskachkanku.
status-hotline-referred = Yanapaqkuna huk masi organizaciónta qamta yanapananpaq mañakurqanku.
status-hotline-unknown = Yanapaqkunaqa kaymanta willakuyniyuqmi. Mana peligro kaptin aplikasyunta musuqyachiy, aswanta rikunaykipaq.
status-replies = Yanapaqkunaq willakuyninkuna
status-reply-note = Yanapaqkuna kaytapas qillqarqanku (icha mana simiykipichu):
status-reply-unreadable = Huk willakuy chayamurqa, kay aplikasyun mana qhawayta atirqanchu, chayrayku mana rikuchikunchu.
status-offline = Kunan mana internet kanchu. Mañakuyniykikuna kay telefonopi waqaychasqa kachkan.
status-send-now = Kunan apachiy
status-retry = Hukmanta ruway
status-check = Yanapaqkunata willakuyta tapuy
status-new = Musuq mañakuyta qallariy

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Mañakuyniykita ñawincharqaykuñam. Akllasqayki ñanta qamwan rimasaqku.
reply-call_planned = { $day } p'unchaw, { $from } horamanta { $to } horakama waqyasqaykiku (qampa horaykipi).
reply-message_planned = { $day } p'unchaw, { $from } horamanta { $to } horakama willakuyta apachisqaykiku (qampa horaykipi).
reply-interpreter = Simiykipi rimaq tikraqta maskachkaniku. Ñaqhallamanmi qamwan rimasaqku.
reply-referred = Qayllaykipi huk masi organizaciónta yanapanankupaq mañakurqayku. Paykuna akllasqayki ñanta qamwan rimanqaku.
reply-call_us = Ama hina kaspa, mana peligroyuq kaptin waqyamuwayku. Qammi pachata akllanki.
reply-danger = Kunan peligropi kachkanki chayqa, sasachakuypaq yupayman waqyay. Kay aplikasyunpi tarinki.
reply-closed = Mañakuyniykita wichq'arqaykuñam. Hayk'aq munaspapas musuqta apachiyta atinki.
reply-unknown = Yanapaqkuna huk willakuyta apachimurqanku, kay aplikasyunqa mana rikuchiyta atinchu. Ama hina kaspa, mana peligro kaptin aplikasyunta musuqyachiy.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Mañakuyniykiqa wichq'asqañam. Yanapaymanta willayta munankichu? Kimsa uchuy tapukuykuna. Saqiyta atinki.
feedback-private = Kutichiyniykikunaqa mana mañakuyniykiwan, nitaq sutiykiwan apachikun. Yanapaqkunaqa hayk'a kasqallanta rikunku.
feedback-start = Kutichiy
feedback-skip = Manam, sulpayki
feedback-send = Kutichiykunata apachiy
feedback-q-helped = Munasqayki yanapayta chaskirqankichu?
feedback-q-safe = Qamwan rimaptiyku, mana manchakuspachu karqanki?
feedback-q-recommend = Huk masiykiman ñuqaykumanta willawaqchu?
feedback-a-yes = Arí
feedback-a-partly = Wakinllan
feedback-a-no = Manam
feedback-thanks = Sulpayki. Kutichiyniykikuna apachikunqa.
feedback-declined = Allinmi. Manañam hukmanta tapusaqkuchu.
feedback-failed = Mana atikurqanchu. Ama hina kaspa, hukmanta ruway.
problem-unknown_key = Kay mañakuy apachikunanpaqqa, aplikasyunta musuqyachinayki.
problem-conflict = Yanapaqkunaqa kikin yupaywan huk mañakuyniyuqmi. Ama hina kaspa, yanapaqkunawan huk ñanta rimay.
problem-malformed = Yanapaqkuna kay mañakuyta mana ñawinchayta atirqankuchu. Ama hina kaspa, musuq mañakuyta qallariy.
problem-too_large = Kay mañakuyqa ancha sunim. Ama hina kaspa, aswan pisi willakuywan musuqta qallariy.
problem-unsupported_media_type = Kay mañakuy apachikunanpaqqa, aplikasyunta musuqyachinayki.
problem-other = Red utaq yanapaqkuna kay mañakuyta mana chaskirqankuchu. Hukmanta ruwayta atinki, utaq huk redwan ruway.

## Several people on one device (outreach)

drafts-title = Manaraq apachisqa mañakuykuna
drafts-continue = Qatiy
drafts-delete = Pichay
drafts-none = Manam imapas suyachkanchu.
review-reference = Kay runaqa manam kay teléfonota waqaychanqachu: huk códigota quy
review-reference-hint = Códigowanqa, yanapaqkunaq kutichiyninkunata ñawinchanman kay app kaq mayqen teléfonopipas. Kay teléfonoqa yanapaqkuna mañakuyta chaskisqankutalla rikuchinqa.
assisted-organisation-label = Organizacionniyki (qam, yanapaq llamk'aq)
assisted-hint = Yanapaqkunaqa rikunqanku kay runata yanapasqaykita, pikunawan llamk'asqaykitapas.
assisted-channel-label = Yanapaqkuna imaynatataq qamwan rimanmanku (munaspaqa)
reference-title = Runaq códigon
reference-intro = Kay simikunata runaman quy. Chaykunawan, yanapaqkunaq kutichiyninkunata ñawinchanman kay app kaq mayqen teléfonopipas. Kay teléfonoqa manam maypipas qillqanchu, runa chaykunata hapiptinmi qunqan.
reference-for-person = Kay simikunaqa qampam. Chaykunawanmi yanapaqkunaq kutichiyninkunata ñawinchawaq. Kay app kaq mayqen teléfonopipas “{ $requests }” nisqata kichay, chaymanta “{ $check }” nisqata, hinaspa simikunata utaq yupaykunata qillqay. Allinta waqaychay: pipas chaykunata yachaqqa kutichiykunata ñawinchanmanmi.
reference-words = Simikuna
reference-digits = Kikin código yupaykunapi
reference-request = Mañakuy { $number }
reference-done = Runaqa códigonta hapinña
reference-again = Código rikuchisqa kachkaptinmi app llaveyakurqan. Kaypim huktawan kachkan: kunan runaman quy.
status-check-reference = Códigota qhaway
check-reference-title = Códigota qhaway
check-reference-intro = Qusqayki simikunata utaq yupaykunata qillqay. Kay teléfonoqa manam chaykunata, nitaq kutichiykunata waqaychanchu.
check-reference-no-hotline = Kay aplikasyunqa manaraq yanapaqkunawan tinkisqachu, chayrayku kaypi mana códigota qhawayta atinchu. Ama hina kaspa, kay aplikasyunniyuq huk telefonopi ruway.
check-reference-label = Simikuna utaq yupaykuna
check-reference-submit = Qhaway
check-reference-working = Qhawachkan. Huk chhika segundokunata unanman…
check-reference-no-replies = Manaraqmi yanapaqkunamanta willakuy kanchu.
check-reference-show-in = { $language } simipi rikuchiy
worker-title = Hawapi llamkay
worker-working-as = Kay sutiwan llamkanki: { $organisation }
worker-intro = Yanapasqayki sapa runam kikin simimpi kutichin. Kutichiyninkunaqa kay celularmanta wichqasqa lluqsin, chay runataq huk códigota apakun. Kaypiqa sapa mañakuypa yupayninlla, imayna kasqanllam qipan.
worker-new-person = Musuq runata yanapay
handover-title = Qampaqlla tapukuykuna
handover-worker = Kunan celularta chay runaman quy. Hamuq tapukuykunata sapallan kutichinqa, qamtaq mana kutichiyninkunata rikunkichu.
handover-person = Hamuq tapukuykunaqa qampaqllam. Yanapasuqniykiqa manam kutichiyniykikunata rikunqachu.
handover-start = Qallariy
giveback-title = Sulpayki
giveback-intro = Kutichiyniykikunaqa wichqasqañam. Yanapasuqniykiqa manam rikuyta atinchu. Kunan celularta kutichiy.
giveback-button = Celularta kutichiy
review-private = Chay runam kayta sapallan kutichirqa. Manam rikuchikunchu.
review-assisted-as = Yanapay línea rikunqa yanapasqaykita, kay sutiwan: { $organisation }
review-later = Mana kunanchu: “Manaraq apachisqa mañakuykuna” nisqapi waqaychay
review-hand-again = Chay runaman celularta huktawan quy
review-hand-again-hint = Kayta llamk'achiy, chay runa sapallan kutichisqanta tikrayta munaptin, utaq chaypi imapas allichana kaptin. Payqa huktawanmi rikunqa pikunachus mañakuyta rikunmanku chayta, hinaspa huktawan akllanqa.
review-private-fix = Chay runaq sapallan kutichisqanpi imapas allichana kachkan. Paylla allichayta atin: huktawan celularta payman quy.
age-given-back-worker = Watata “18 watamanta pisi” kananpaq, utaq chaymanta hukman tikraspaqa, chay runaqa huktawanmi rikunan pikunachus mañakuyta rikunmanku chayta: huk kutitawanmi celularta payman qunki.
age-reopened-worker = Wata tikrasqa rayku, chay runaqa huktawanmi akllanan pikunachus mañakuyta rikunmanku chayta. Qatiy: huktawanmi celularta payman qunki, paytaq akllanqa.
setup-worker = Ñuqaqa hawapi llamkaqmi kani: huk runakunata yanapakuy mañakunankupaq yanapani
setup-worker-hint = Yanapay línea rikunqa organizacionniykita sapa yanapasqayki mañakuypi.
worker-org-needed = Organizacioniykiq sutinta qillqay, utaq llamk'aq wasi hawa kaqta wañuchiy.
settings-worker-title = Hawapi llamkaq modo
settings-worker-intro = Huk runakunata kay celularmanta mañakuykunata apachinankupaq yanapay. Kutichiyninkunaqa wichqasqam, sapa runataq huk códigota apakun.
settings-worker-on = Hap'ichiy
settings-worker-save = Tikrakuykunata waqaychay
settings-worker-off = Wañuchiy
settings-worker-saved = Tukukunñam. Hawapi llamkaq modo hap'ichisqam.
settings-worker-removed = Tukukunñam. Hawapi llamkaq modo wañuchisqam.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Kunkawan ñawiriy: { $text }
speak-stop = Ñawiriyta sayachiy
speak-no-voice = Kay telefonopiqa mana kanchu kay simipaq kunka.
speak-unavailable = Kunanqa kay telefonopi kunkawan ñawiriyqa mana llamk'anchu.
speak-headphones = Pipas qayllaykipi uyarinman chayqa, audífonota apaykachay.

## Settings

settings-title = Allichanakuna
settings-language = Simi
settings-read-aloud = Sapa pantalla kichakuptin kunkawan ñawiriy
settings-lock = Kunan llaveyay
settings-less-protected = Kay telefonopi pisi waqaychasqa: kaypi mana llavekunapaq waqaychana kanchu, chayrayku aplikasyunpa archivonkunata copiaq runa PIN-niykita tariyta munanman. Aswan suni PIN aswan allinta waqaychasunki.
settings-duress-title = Sasachakuypaq PIN
settings-duress-intro = Iskay kaq PIN, pipas kallpawan aplikasyunta kichachisunki chaypaq. Tukuy imata pichan, mana ima unanchapas kanqachu.
settings-current-pin = PIN-niyki
settings-duress-save = Sasachakuypaq PIN-ta waqaychay
settings-duress-remove = Sasachakuypaq PIN-ta urquy
settings-pin-title = PIN-niykita tikray
settings-new-pin = Musuq PIN (6-manta 12-kama yupaykuna)
settings-new-pin-again = Musuq PIN hukmanta
settings-pin-save = PIN-ta tikray
settings-pin-changed = PIN-niykiqa tikrasqañam. Kunanmanta musuq PIN-ta llamk'achiy.
settings-duress-saved = Tukusqa. Sasachakuypaq PIN-niyki waqaychasqañam.
settings-duress-removed = Tukusqa. Kunanqa manam sasachakuypaq PIN kanchu.
pin-wrong-left =
    { $count ->
       *[other] Kay PIN mana allinchu. Hukmanta { $count } kutita pantaspaqa, kay telefonopi tukuy imapas pichakunqa.
    }
settings-wipe-title = Tukuy imata pichay
settings-wipe-intro = Kayqa kay telefonopi tukuy mañakuykunata, borradorkunatapas pichan. Manam kutichiyta atikunchu. Yanapaqkuna ñam chaskisqanku mañakuykunaqa yanapaqkunawanmi qhepan.
settings-wipe-confirm = Arí, tukuy imata pichay

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Kunan peligropichu kachkanki?
danger-yes-child = Arí, peligropi kachkani
danger-no-child = Manam kunanqa
emergency-intro-child = Kay yupaykunaman waqyayta atinki. Mana internet necesitankichu.
emergency-call-trace-child = Telefonoykiqa waqyaykunaq willakuykunaq listanta waqaychan. Pipas rikunqa nispa llakikunki chayqa, qhepaman chaykunata pichayta atinki.
needs-title-child = Imapaqtaq yanapayta munanki?
needs-intro-child = Qampaq cheqaq kaqkunata tukuyta ñit'iy. Kayta saqiyta atinki.
need-legal_immigration-child = Papelkunapaq utaq documentokunapaq yanapay
need-labour_exploitation-child = Pipas kallpawan llamk'achiwan
need-sexual_exploitation-child = Pipas sexopaq kaqkunata ruwachiwan
need-money_debt-child = Pipas "qullqita manuwanki" niwan
need-going_home-child = Wasiyman kutiyta utaq aylluyta tariyta munani
need-child_at_risk-child = Huk wawapas peligropi kachkan
urgency-title-child = Hayk'aq yanapayta munanki?
for-whom-title-child = Pitaq yanapayta munan?
for-whom-self-child = Ñuqa
contact-title-child = Imaynatataq qamwan mana peligroyuq rimayta atisaqku?
contact-intro-child = Qampaq mana peligroyuq ñanta akllay. Mana huk runa rikunanchu.
times-title-child = Hayk'aqtaq mana peligroyuq waqyanaykupaq utaq qillqanaykupaq?
times-intro-child = Kayta saqiyta atinki. Chayqa ancha allinta qhawakusaqku.
voicemail-title-child = Kunkawan willakuyta saqisaqkuchu?
someone-else-title-child = Huk runa kutichin chayqa, imatataq ruwanayku?
responder-title-child = Piwan rimayta munanki?
more-title-child = Huk imapas kanchu?
more-intro-child = Manam kutichinaykichu.
place-label-child = Maypitaq kachkanki? Huk llaqtaq sutillan allinmi.
message-label-child = Munaspaqa, ima pasachkasqanta willawayku
consent-title-child = Pikunataq qillqasqaykita ñawinchanmanku?
consent-intro-child = Qammi akllanki. Aswan mana peligroyuq akllayqa ñam akllasqaña.
consent-hotline_only-desc-child = Yanapaqkunallam ñawinchanku. Paykunaqa pakasqapi waqaychanku.
consent-may_refer_to_services-desc-child = Yanapaqkunaqa wawakunata waqaychaq runakunaman willanmanku, kayhina hampiqman, mana peligroyuq wasiman utaq abogadoman.
consent-may_involve_police-desc-child = Yanapaqkunaqa policíamanpas willanmanku, chhaynapi qamta ñak'arichiq runakunata hark'anankupaq.
review-title-child = Kutichiyniykikunata qhaway
review-intro-child = Kayta apachiptiykiqa, llaveyasqa kanqa. Yanapaqkunallam kichayta atinku. Kay telefonopi mana pipas ñawinchayta atinchu, nitaq qampas.
submit-done-child = Willakuyniyki kay telefonopi llaveyasqañam. Internet kaptin apachikunqa.
handover-title-child = Kay tapukuykunaqa qampaqllam
handover-person-child = Hamuq tapukuykunataqa qamllam kutichinki. Yanapasuqniykiqa manam rikunqachu imata nisqaykita.
giveback-intro-child = Kutichiyniykikunaqa llaveyasqañam. Yanapasuqniykiqa manam rikuyta atinchu. Kunan celularta yanapasuqniykiman kutichiy.
reference-for-person-child = Kay simikunaqa qampaqllam. Chaykunawanmi yanapaqkuna qampaq qillqasqankuta ñawinchayta atinki. Kay app kaq mayqen teléfonopipas “{ $requests }” nisqata ñit'iy, chaymanta “{ $check }” nisqata, hinaspa simikunata utaq yupaykunata qillqay. Pakallapi waqaychay: pipas chaykunata yachaqqa kutichiykunata ñawinchanmanmi.

## Errors (codes come from the app's core)

error-wrong_pin = Kay PIN mana allinchu.
error-locked = Ama hina kaspa, ñawpaqta aplikasyunta PIN-niykiwan kichay.
error-no_hotline = Kay aplikasyunqa manaraq yanapaqkunawan tinkisqachu. Borradorniykiqa waqaychasqam.
error-invalid = Wakin kutichiykunata tikranayki. Ama hina kaspa, unanchasqa tapukuykunata qhaway.
error-pin_too_short = PIN-qa 6-manta 12-kama yupayniyuq.
error-duress_same_as_pin = Sasachakuypaq PIN-qa PIN-niykimanta hukniray kanan.
error-worker_drafts_open = Hawapi llamkaq modoqa hap'ichisqallam qipan, yanapasqayki runakunaq mañakuyninkuna manaraq apachisqa kaptinqa. Chaykunata apachiy, utaq “Manaraq apachisqa mañakuykuna” nisqapi pichay, chaymanta wañuchiy.
error-already_set_up = Kay aplikasyunqa ñam allichasqaña.
error-not_found = Kayqa mana tarikurqanchu. Icha pichasqaña.
error-internal = Imapas mana allinchu karqa. Waqaychasqa mañakuyniykikunaqa allinmi kachkan. Ama hina kaspa, hukmanta ruway.
error-not_set_up = Kay aplikasyunqa manaraq allichasqachu. Ama hina kaspa, ñawpaqta huk PIN-ta akllay.
error-busy = Aplikasyunqa apachichkanmi. Ama hina kaspa, pisi pachamanta hukmanta ruway.
error-status_unavailable = Kunanqa yanapaqkunata mana tapuyta atikunchu. Mañakuyniykiqa allinmi kachkan. Ama hina kaspa, qhipaman hukmanta ruway.
error-malformed = Wakin kutichiykunata mana ñawinchayta atikurqanchu. Ama hina kaspa, qhawaspa hukmanta ruway.
error-too_large = Kayqa ancha sunim apachinapaq. Ama hina kaspa, willakuyniykita aswan pisiyachiy.
error-unsupported_version = Kay aplikasyunta musuqyachinayki.
error-profile = Kay aplikasyunpi yanapaqkunamanta willakuykuna mana allinchu. Borradorniykiqa waqaychasqam. Ama hina kaspa, musuqyachisqa aplikasyunta hap'iy.
error-sync_client = Aplikasyunqa kunan mana peligroyuqta tinkiyta atinchu. Mañakuyniykiqa waqaychasqam, qhipaman apachikunqa.
error-already_exists = Kayqa ñam waqaychasqaña.
error-empty_pin = Ama hina kaspa, PIN-niykita qillqay.
error-invalid_kdf_params = Kay aplikasyunpa allichanankuna mana allinchu. Ama hina kaspa, musuqyachisqa aplikasyunta hap'iy.
error-device_secret_unavailable = Aplikasyunqa kay telefonopa pakasqa waqaychananman mana chayayta atinchu. Ama hina kaspa, telefonota wañuchispa hukmanta hap'ichiy, hinaspa hukmanta ruway.
error-envelope = Mañakuyniykita yanapaqkunapaq mana sellayta atikurqanchu. Borrador hinam waqaychasqa kachkan.
error-receipt_mismatch = Yanapaqkunaq kutichiyninta mana qhawayta atikurqanchu. Mañakuyniyki hukmanta apachikunqa.
error-corrupt = Aplikasyunpa waqaychasqa willakuyninkuna waqllisqa kachkan. Mana kichayta atikunchu.
error-io = Telefonoqa kayta mana waqaychayta atirqanchu. Icha hunt'asqaña. Ama hina kaspa, wakin kaqkunata pichaspa hukmanta ruway.
error-database = Aplikasyunqa willakuyninkunata mana ñawinchayta nitaq waqaychayta atirqanchu. Waqaychasqa mañakuyniykikunaqa allinmi kachkan. Ama hina kaspa, hukmanta ruway.
error-pin_too_long = PIN-qa 6-manta 12-kama yupayniyuq.
error-pin_not_digits = PIN-qa yupaykunallayuq.
error-reference_word_count = Códigoqa 9 simiyuqmi. Llapanta qillqasqaykita qhaway.
error-reference_unknown_word = Huk simi mana allinchu. Imayna qillqasqaykita qhaway.
check-reference-wrong-word = { $number } ñiqin simi mana allinchu. Imayna qillqasqaykita qhaway.
error-reference_digits = Códigoqa 22 yupayniyuqmi. Llapanta qillqasqaykita qhaway.
error-reference_check = Huk simi utaq huk yupay mana allinchu. Sapankata qhawaspa hukmanta ruway.
error-reference_not_found = Yanapaqkunaqa manaraqmi kay códigoyuq mañakuyta hapinkuchu. Mana internetniyuq telefonomanta apachisqa kaptinqa, chay telefonopi hukmanta internet kaptinmi chayamunqa. Ama hina kaspa, qhipaman hukmanta ruway. Chaypas mana tarikuptinqa, sapanka simita utaq yupayta qhaway.
field-error-empty = Ama hina kaspa, kayta hunt'ay, utaq tapukuyta saqiy.
field-error-not_trimmed = Ama hina kaspa, qallariypi utaq tukukuypi ch'usaq k'itikunata urquy.
field-error-too_long = Kayqa ancha sunim. Aswanqa { $max } qillqakuna.
field-error-too_many_bytes = Kayqa ancha sunim.
field-error-too_many = Ancha achkam. Aswanqa { $max }.
field-error-duplicate = Kayqa iskay kutitam listapi kachkan.
field-error-control_characters = Kaypi mana llamk'achina qillqakuna kachkan.
field-error-invalid_phone = Kay telefono yupayqa mana allinchu rikch'akun. + hinaspa suyuq yupayninwan qallariy.
field-error-invalid_region = Kay suyuqa mana riqsisqachu.
field-error-invalid_email = Kay emailqa mana allinchu rikch'akun.
field-error-invalid_language = Kay simiqa mana riqsisqachu.
field-error-invalid_time_zone = Kay hora suyuqa mana riqsisqachu.
field-error-invalid_time = Ama hina kaspa, qallariy horata tukukuy horatawan hukniray akllay.
field-error-no_contact_method = Ama hina kaspa, qamwan rimanankupaq huk ñantapas akllay. "Kay aplikasyunpi kutichiyta qhawasaq" nisqallapas allinmi.
field-error-unsupported_version = Kay aplikasyunta musuqyachinayki.
