## Reach — Kurdî (Kurmancî) (Northern Kurdish, Kurmanji)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Kurdî (Kurmancî)
# The language's name in English, for the language search.
-locale-english = Northern Kurdish (Kurmanji)
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Hesabker
quick-exit = Derketina bilez
quick-exit-hint = Vê sepanê di cih de vedişêre
back = Paşve
next = Pêşve
skip = Vê derbas bike
save = Tomar bike
cancel = Betal bike
close = Bigire
done = Temam
optional = ne mecbûrî
step-of = Gav { $current } ji { $total }
saved-locked = Li ser vê telefonê hat tomarkirin û kilîtkirin

## Calculator (the app's disguise)

calc-label = Hesabker
calc-display-label = Encam
calc-clear = C
calc-equals = =
calc-error = Çewtî

## First use: a private PIN

setup-title = Vê sepanê taybet bike
setup-intro = Hejmareke veşartî (şîfre, PIN) hilbijêre. Divê tenê tu wê bizanibî.
setup-how = Ji bo ku paşê vê sepanê vekî, şîfreya xwe li ser hesabkerê binivîse, paşê = bitikîne.
setup-pin-label = Şîfreya te (6 heta 12 hejmar)
setup-pin-repeat-label = Şîfreya xwe dîsa binivîse
setup-duress-title = Şîfreya acîl (tu dikarî vê derbas bikî)
setup-duress-intro = Heke kesek te neçar bike ku vê sepanê vekî, li şûna wê vê şîfreya din binivîse. Sepan dê vala xuya bike, û her tiştê tê de bê tu nîşan dê were jêbirin.
setup-duress-label = Şîfreya acîl
setup-submit = Şîfreya min tomar bike
setup-mismatch = Her du şîfre ne wek hev in. Ji kerema xwe dîsa biceribîne.

## Language

lang-title = Zimanê xwe hilbijêre
lang-intro = Tu dikarî paşê di Mîhengan de biguherînî.
lang-search-label = Zimanê xwe bibîne
lang-search-hint = Navê zimanê xwe binivîse, bi her zimanî
lang-search-none = Tu ziman li vê nayê. Kêmtir tîpan biceribîne.
lang-yours = Zimanên li ser vê telefonê
lang-all = Hemû ziman
lang-load-failed = Ev ziman venebû, ji ber vê yekê sepan bi Îngilîzî tê nîşandan.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Tu çend salî yî?
age-intro = Tu dikarî vê derbas bikî. Heke tu ji 18 salî biçûktir bî, sepan peyvên hêsantir bi kar tîne û alîkariya ji bo zarokan nîşan dide.
age-under_18 = Ji 18 salî kêmtir
age-18_to_25 = 18 heta 25
age-26_to_59 = 26 heta 59
age-60_plus = 60 an zêdetir

## Danger check and emergency numbers

danger-title = Tu niha di xeterê de yî?
danger-yes = Erê, ez niha di xeterê de me
danger-no = Na, ne niha
emergency-title = Hejmarên acîl
emergency-intro = Tu dikarî bê înternetê li van hejmaran bigerî.
emergency-country-label = Welatê te
emergency-police = Polîs û acîl
emergency-hotline = Alîkarî ji bo kesên ku rastî bazirganiya mirovan hatine an bi zorê tên xebitandin
emergency-children = Alîkarî ji bo zarok û ciwanan
emergency-call = Li { $number } bigere
emergency-source = Çavkanî: { $source }
emergency-checked = Hat kontrolkirin: { $date }
emergency-not-checked = Hê dîsa nehatiye kontrolkirin. Heke hejmar nexebite, li hejmara acîl bigere.
emergency-call-trace = Bang û peyamên nivîskî di lîsteyên telefona te de dimînin. Heke kesek telefona te kontrol dike, tu dikarî paşê wan jê bibî.
emergency-none = Hê hejmarên me ji bo vî welatî tune ne. Heke tu di xeterê de yî, li hejmara acîl a herêmî bigere.
emergency-continue = Berdewam bike û alîkarî bixwaze

## What help is needed

needs-title = Çi alîkarî ji te re lazim e?
needs-intro = Hemû yên ku li te tên hilbijêre. Tu dikarî vê derbas bikî.
need-safety_now = Ku ez niha ewle bim
need-shelter = Cihekî ewle ji bo mayînê
need-medical = Bijîşk an derman
need-legal_immigration = Alîkarî bi belge, vîze an qanûnê re
need-labour_exploitation = Pirsgirêk li kar an mûçe nayê dayîn
need-sexual_exploitation = Bi zorê seks
need-child_at_risk = Zarokek di xeterê de ye
need-money_debt = Pere an deyn
need-going_home = Vegera malê an dîtina malbatê
need-interpreter = Kesek ku bi zimanê min diaxive
need-other = Tiştekî din
urgency-title = Çiqas zû alîkarî ji te re lazim e?
urgency-now = Niha
urgency-today = Îro
urgency-this_week = Vê hefteyê
urgency-not_urgent = Dikare li bendê bimîne
for-whom-title = Ev daxwaz ji bo kê ye?
for-whom-self = Ji bo min
for-whom-someone_else = Ji bo kesekî din
for-whom-assisted_by_outreach = Ez wek xebatkar li qadê alîkariya kesekî dikim

## Safe contact

contact-title = Xeta alîkariyê çawa dikare bi ewlehî xwe bigihîne te?
contact-intro = Herî kêm rêyekê hilbijêre. Tenê rêyên ku ji bo te ewle ne hilbijêre.
contact-call = Banga telefonê
contact-sms = Peyama nivîskî (SMS)
contact-messaging_app = Sepana peyaman
contact-email = E-name
contact-in_person_via_outreach = Rû bi rû, bi rêya xebatkarekî qadê
contact-check_back_in_app = Ez ê bersivê di vê sepanê de bibînim
contact-phone-label = Hejmara telefonê, bi koda welêt (wek mînak +90…)
contact-app-label = Kîjan sepan? (wek mînak WhatsApp, Signal)
contact-handle-label = Nav an hejmara te di wê sepanê de
contact-email-label = Navnîşana e-nameyê
times-title = Kengî ewle ye ku bi te re têkilî were danîn?
times-intro = Tu dikarî vê derbas bikî. Wê demê xeta alîkariyê dê hê bêtir hişyar be.
times-add = Demeke ewle lê zêde bike
times-remove = Vê demê rake
times-from = Ji
times-to = Heta
times-days = Roj
times-any-day = Her roj
times-zone = Herêma demê
weekday-mon = Duşem
weekday-tue = Sêşem
weekday-wed = Çarşem
weekday-thu = Pêncşem
weekday-fri = În
weekday-sat = Şemî
weekday-sun = Yekşem
voicemail-title = Xeta alîkariyê dikare peyameke dengî bihêle?
voicemail-yes = Erê, peyama dengî ewle ye
voicemail-no = Na, tu carî peyama dengî nehêlin
voicemail-unsaid = Heke tu bersiva vê pirsê nedî, xeta alîkariyê peyama dengî nahêle.
code-word-label = Peyva veşartî
code-word-hint = Xeta alîkariyê dê vê peyvê bêje, da ku tu bizanibî ku bi rastî ew in.
someone-else-title = Heke kesekî din bersiv da, divê xeta alîkariyê…
someone-else-hang_up = Telefonê bigire
someone-else-say_wrong_number = Bêje ku hejmar şaş e
someone-else-ask_for_code_word = Peyva veşartî bipirse
someone-else-other = Tiştekî din bike
someone-else-other-label = Divê ew çi bikin?
responder-title = Tu dixwazî bi kê re biaxivî?
responder-woman = Jinek
responder-man = Mêrek
responder-any_gender = Kî be, baş e
responder-language-label = Zimanê ku tu dixwazî bersiv pê were dayîn

## More (all optional)

more-title = Hinekî din li ser te
more-intro = Ev hemû ne mecbûrî ye.
place-label = Tu li ku yî? Bajarek an herêmek bes e.
place-hint = Tenê tiştê ku tu dixwazî parve bike. Ev sepan tu carî cihê te bi kar nayîne.
message-label = Peyama te
message-hint = Tu dikarî bi her zimanî binivîsî.
message-left =
    { $count ->
        [one] Tîpek ma
       *[other] { $count } tîp man
    }

## Consent

consent-title = Kî dikare daxwaza te bibîne?
consent-intro = Tu biryarê didî. Vebijêrka herî taybet jixwe hatiye hilbijartin.
consent-hotline_only = Tenê xeta alîkariyê
consent-hotline_only-desc = Tenê tîma xeta alîkariyê wê dixwîne. Ew wê bi kesî re parve nakin.
consent-may_refer_to_services = Xeta alîkariyê û saziyên ku dikarin alîkarî bikin
consent-may_refer_to_services-desc = Xeta alîkariyê dikare wê bi stargeh, bijîşk an parêzeran re parve bike, da ku alîkariya te bikin.
consent-may_involve_police = Xeta alîkariyê, sazî û polîs
consent-may_involve_police-desc = Xeta alîkariyê dikare ji polîs re jî bêje.
consent-child-note = Ji ber ku tu ji 18 salî kêmtir î, dibe ku xeta alîkariyê neçar bimîne ji kesên ku karê wan parastina zarokan e re bêje, da ku tu ewle bimînî.

## Review and send

review-title = Daxwaza xwe kontrol bike
review-intro = Daxwaza te dê were kilîtkirin, da ku tenê xeta alîkariyê karibe wê veke. Piştî ku tu bişînî, kes nikare wê li ser vê telefonê bixwîne, tu jî nikarî.
review-not-answered = Bersiv nehatiye dayîn
review-change = Biguherîne
review-needs = Alîkariya pêwîst
review-contact = Rêya têkiliyê bi te re
review-times = Demên ewle
review-more = Bêtir li ser te
review-consent = Kî dikare bibîne
submit = Kilît bike û ji xeta alîkariyê re bişîne
submit-working = Daxwaza te tê kilîtkirin…
submit-done = Daxwaza te li ser vê telefonê hat kilîtkirin. Dema ku înternet hebe, dê were şandin.

## Status

status-title = Daxwazên te
status-intro = Li vir tu dikarî bibînî ka her daxwaz li ku ye.
status-empty = Hê tu daxwaz tune ne.
status-saved = Li ser vê telefonê hat tomarkirin û kilîtkirin. Dema ku înternet hebe, dê were şandin.
status-sending = Niha tê şandin…
status-received = Xeta alîkariyê ew wergirt. Me wergirtina xeta alîkariyê kontrol kir.
status-needs_attention = Ev daxwaz hewceyî bala te ye.
status-attempts =
    { $count ->
        [one] Carekê hat ceribandin
       *[other] { $count } caran hat ceribandin
    }
status-hotline-received = Li bendê ye ku kesek li xeta alîkariyê wê bixwîne.
status-hotline-in_review = Kesek li xeta alîkariyê wê dixwîne.
status-hotline-answered = Xeta alîkariyê li ser wê tiştek kir.
status-hotline-closed = Xeta alîkariyê ew girt.
status-hotline-contact_planned = Kesek li xeta alîkariyê plan dike ka çawa bi ewlehî bi te re têkilî dayne.
status-hotline-needs_interpreter = Xeta alîkariyê li kesekî digere ku bi zimanê te diaxive.
status-hotline-referred = Xeta alîkariyê ji rêxistineke hevkar xwest ku alîkariya te bike.
status-hotline-unknown = Xeta alîkariyê nûçeyek li ser wê heye. Dema ku ewle be, sepanê nû bike da ku bêtir bibînî.
status-replies = Peyamên ji xeta alîkariyê
status-reply-note = Xeta alîkariyê ev jî nivîsand (dibe ku ne bi zimanê te be):
status-reply-unreadable = Peyamek hat ku ev sepan nekarî kontrol bike, ji ber vê yekê nayê nîşandan.
status-offline = Niha înternet tune. Daxwazên te li ser vê telefonê ewle ne.
status-send-now = Niha bişîne
status-retry = Dîsa biceribîne
status-check = Ji xeta alîkariyê nûçe bipirse
status-new = Daxwazeke nû dest pê bike

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Me daxwaza te xwend. Em ê bi rêya ku te hilbijartiye bi te re têkilî daynin.
reply-call_planned = Em ê roja { $day } di navbera { $from } û { $to } de (li gorî saeta te) li te bigerin.
reply-message_planned = Em ê roja { $day } di navbera { $from } û { $to } de (li gorî saeta te) peyamekê ji te re bişînin.
reply-interpreter = Em li wergêrekî digerin ku bi zimanê te diaxive. Em ê di demeke nêzîk de bi te re têkilî daynin.
reply-referred = Me ji rêxistineke hevkar a nêzîkî te xwest ku alîkarî bike. Ew ê bi rêya ku te hilbijartiye bi te re têkilî daynin.
reply-call_us = Ji kerema xwe dema ku ji bo te ewle be li me bigere. Demê tu hildibijêrî.
reply-danger = Heke tu niha di xeterê de yî, li hejmara acîl bigere. Tu dikarî wê di vê sepanê de bibînî.
reply-closed = Me daxwaza te girt. Tu dikarî her dem daxwazeke nû bişînî.
reply-unknown = Xeta alîkariyê peyamek şand ku ev guhertoya sepanê nikare nîşan bide. Ji kerema xwe dema ku ewle be sepanê nû bike.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Daxwaza te hat girtin. Tu dikarî ji me re bêjî ka alîkarî çawa bû? Sê pirsên kurt. Tu dikarî wan derbas bikî.
feedback-private = Bersivên te bêyî daxwaz û navê te tên şandin. Xeta alîkariyê tenê hejmarên giştî dibîne.
feedback-start = Bersiv bide
feedback-skip = Na, spas
feedback-send = Bersivan bişîne
feedback-q-helped = Te alîkariya ku pêdiviya te pê hebû wergirt?
feedback-q-safe = Dema ku me bi te re têkilî danî, te xwe ewle hîs kir?
feedback-q-recommend = Tu yê ji hevalekî re behsa me bikî?
feedback-a-yes = Erê
feedback-a-partly = Hinekî
feedback-a-no = Na
feedback-thanks = Spas. Bersivên te dê werin şandin.
feedback-declined = Baş e. Em ê dîsa nepirsin.
feedback-failed = Ev nebû. Ji kerema xwe dîsa biceribîne.
problem-unknown_key = Berî ku ev daxwaz were şandin, divê ev sepan were nûkirin.
problem-conflict = Xeta alîkariyê daxwazeke din bi heman hejmarê heye. Ji kerema xwe bi rêyeke din bi xeta alîkariyê re têkilî dayne.
problem-malformed = Xeta alîkariyê nekarî vê daxwazê bixwîne. Ji kerema xwe daxwazeke nû dest pê bike.
problem-too_large = Ev daxwaz pir dirêj e. Ji kerema xwe bi peyameke kurttir daxwazeke nû dest pê bike.
problem-unsupported_media_type = Berî ku ev daxwaz were şandin, divê ev sepan were nûkirin.
problem-other = Tor an xeta alîkariyê ev daxwaz red kir. Tu dikarî dîsa biceribînî, an toreke din biceribînî.

## Several people on one device (outreach)

drafts-title = Daxwazên ku hê nehatine şandin
drafts-continue = Berdewam bike
drafts-delete = Jê bibe
drafts-none = Tiştek li bendê nîne.
review-reference = Ev kes vê telefonê li cem xwe nahêle: kodekê bide vî kesî
review-reference-hint = Bi kodê, ew dikare bersivên xeta alîkariyê li ser her telefoneke ku ev sepan lê hebe bixwîne. Ev telefon tenê nîşan dide ka xeta alîkariyê daxwaz wergirtiye an na.
assisted-organisation-label = Rêxistina te (tu, xebatkarê qadê)
assisted-hint = Xeta alîkariyê dê bibîne ku te alîkariya vî kesî kir, û tu bi kê re dixebitî.
assisted-channel-label = Xeta alîkariyê çawa dikare bi te re têkilî dayne (ne mecbûrî)
reference-title = Koda vî kesî
reference-intro = Van peyvan bide vî kesî. Bi van peyvan, ew dikare bersivên xeta alîkariyê li ser her telefoneke ku ev sepan lê hebe bixwîne. Ev telefon wan li tu derê nanivîse, û gava ku ev kes wan werbigire, wan ji bîr dike.
reference-for-person = Ev peyv yên te ne. Bi van peyvan, tu dikarî bersivên xeta alîkariyê bixwînî. Li ser her telefoneke ku ev sepan lê hebe, “{ $requests }” veke, paşê “{ $check }” veke, û peyvan an hejmaran binivîse. Wan baş biparêze: her kesê ku wan dizane, dikare bersivan bixwîne.
reference-words = Peyv
reference-digits = Heman kod bi hejmaran
reference-request = Daxwaz { $number }
reference-done = Vî kesî koda xwe wergirt
reference-again = Dema ku kod dihat nîşandan, sepan hat kilîtkirin. Va ye kod dîsa: niha wê bide vî kesî.
status-check-reference = Kodekê kontrol bike
check-reference-title = Kodekê kontrol bike
check-reference-intro = Peyv an hejmarên ku ji te re hatine dayîn binivîse. Ev telefon ne wan tomar dike, ne jî bersivan.
check-reference-no-hotline = Ev sepan hê bi xeteke alîkariyê ve girêdayî nîne, ji ber vê yekê li vir nikare kodekê kontrol bike. Ji kerema xwe li ser telefoneke din a ku ev sepan lê heye biceribîne.
check-reference-label = Peyv an hejmar
check-reference-submit = Kontrol bike
check-reference-working = Tê kontrolkirin. Dibe ku çend saniyeyan bidome…
check-reference-no-replies = Hêj ji xeta alîkariyê tu peyam tune.
check-reference-show-in = Bi { $language } nîşan bide
worker-title = Xebata qadê
worker-working-as = Tu wekî vê dixebitî: { $organisation }
worker-intro = Her kesê ku tu alîkariya wî dikî bi zimanê xwe bersiv dide. Bersivên wî bi mohrkirî ji vê telefonê derdikevin, û ew kes kodekê bi xwe re dibe. Li vir tenê hejmar û rewşa her daxwazê dimîne.
worker-new-person = Alîkariya kesekî nû bike
handover-title = Pirs tenê ji bo te
handover-worker = Niha telefonê bide wî kesî. Ew bersiva pirsên piştre bi tena serê xwe dide, û tu bersivên wî nabînî.
handover-person = Pirsên piştre tenê ji bo te ne. Kesê ku alîkariya te dike bersivên te nabîne.
handover-start = Dest pê bike
giveback-title = Spas
giveback-intro = Bersivên te hatin mohrkirin. Kesê ku alîkariya te dike nikare wan bibîne. Niha telefonê vegerîne.
giveback-button = Telefonê vegerîne
review-private = Wî kesî ev bi tena serê xwe bersiv da. Nayê nîşandan.
review-assisted-as = Xeta alîkariyê dê bibîne ku te alîkarî kiriye, wekî: { $organisation }
review-later = Ne niha: di “Daxwazên ku hê nehatine şandin” de bihêle
review-hand-again = Telefonê dîsa bide wî kesî
review-hand-again-hint = Vê bikar bîne heke ew kes bixwaze tiştê ku bi tena serê xwe bersiv daye biguherîne, an tiştek li wir divê were rastkirin. Ew ê dîsa “Kî dikare bibîne” bibîne û dîsa hilbijêre.
review-private-fix = Tiştekî ku wî kesî bi tena serê xwe bersiv daye divê were rastkirin. Tenê ew dikare wê rast bike: telefonê dîsa bide wî.
age-given-back-worker = Heke tu temen bikî “Ji 18 salî kêmtir” an jê biguherînî, divê ew kes dîsa “Kî dikare bibîne” bibîne: tu ê telefonê carek din bidî wî.
age-reopened-worker = Guhertina temen bandor li hilbijartina wî kesî ya “Kî dikare bibîne” kir. Berdewam bike: tu ê telefonê dîsa bidî wî, û ew ê dîsa hilbijêre.
setup-worker = Ez xebatkarê qadê me: ez alîkariya kesên din dikim ku alîkarî bixwazin
setup-worker-hint = Xeta alîkariyê dê rêxistina te di her daxwaza ku tu alîkariyê dikî de bibîne.
worker-org-needed = Navê rêxistina xwe binivîse, an moda karmendê qadê bigire.
settings-worker-title = Moda xebatkarê qadê
settings-worker-intro = Alîkariya kesên din bike ku ji vê telefonê daxwazan bişînin. Bersivên wan tên mohrkirin, û her kes kodekê bi xwe re dibe.
settings-worker-on = Veke
settings-worker-save = Guhertinan tomar bike
settings-worker-off = Bigire
settings-worker-saved = Temam. Moda xebatkarê qadê vekirî ye.
settings-worker-removed = Temam. Moda xebatkarê qadê girtî ye.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Bi deng bixwîne: { $text }
speak-stop = Xwendinê rawestîne
speak-no-voice = Li ser vê telefonê ji bo vî zimanî deng tune.
speak-unavailable = Xwendina bi deng niha li ser vê telefonê naxebite.
speak-headphones = Heke kesek li nêzîk bikaribe bibihîze, guhlêkan bi kar bîne.

## Settings

settings-title = Mîheng
settings-language = Ziman
settings-read-aloud = Her ekranê dema vedibe bi deng bixwîne
settings-lock = Niha kilît bike
settings-less-protected = Li ser vê cîhazê parastin kêmtir e: li vir cihekî ewle ji bo mifteyan tune, ji ber vê yekê her kesê ku pelên sepanê kopî bike dikare hewl bide şîfreya te texmîn bike. Şîfreyeke dirêjtir te baştir diparêze.
settings-duress-title = Şîfreya acîl
settings-duress-intro = Şîfreyeke duyem, ji bo dema ku kesek te neçar dike ku sepanê vekî. Ew bê tu nîşan her tiştî jê dibe.
settings-current-pin = Şîfreya te
settings-duress-save = Şîfreya acîl tomar bike
settings-duress-remove = Şîfreya acîl rake
settings-pin-title = Şîfreya xwe biguherîne
settings-new-pin = Şîfreya nû (6 heta 12 hejmar)
settings-new-pin-again = Şîfreya nû dîsa binivîse
settings-pin-save = Şîfreyê biguherîne
settings-pin-changed = Şîfreya te hat guhertin. Ji niha û pê ve şîfreya nû bi kar bîne.
settings-duress-saved = Temam. Şîfreya te ya acîl hat tomarkirin.
settings-duress-removed = Temam. Niha şîfreya acîl tune.
pin-wrong-left =
    { $count ->
        [one] Ev şîfre ne rast e. Piştî şîfreyeke din a şaş, her tiştê li ser vê telefonê dê were jêbirin.
       *[other] Ev şîfre ne rast e. Piştî { $count } şîfreyên din ên şaş, her tiştê li ser vê telefonê dê were jêbirin.
    }
settings-wipe-title = Her tiştî jê bibe
settings-wipe-intro = Ev hemû daxwaz û pêşnûmeyên li ser vê telefonê jê dibe. Nayê vegerandin. Daxwazên ku xeta alîkariyê berê wergirtine li cem xeta alîkariyê dimînin.
settings-wipe-confirm = Erê, her tiştî jê bibe

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Tu niha di xeterê de yî?
danger-yes-child = Erê, ez di xeterê de me
danger-no-child = Na, ne niha
emergency-intro-child = Tu dikarî li van hejmaran bigerî. Ne hewce ye ku înternet hebe.
emergency-call-trace-child = Telefona te lîsteyeke bang û peyaman tomar dike. Heke tu xem dixwî ku kesek wê bibîne, tu dikarî paşê wan jê bibî.
needs-title-child = Tu di çi de alîkariyê dixwazî?
needs-intro-child = Li ser her tiştê ku ji bo te rast e bitikîne. Tu dikarî vê derbas bikî.
need-legal_immigration-child = Alîkarî bi kaxez an belgeyan re
need-labour_exploitation-child = Kesek min bi zorê dixebitîne
need-sexual_exploitation-child = Kesek min neçarî tiştên zayendî dike
need-money_debt-child = Kesek dibêje ku ez deyndar im
need-going_home-child = Ez dixwazim vegerim malê an malbata xwe bibînim
need-child_at_risk-child = Zarokekî din di xeterê de ye
urgency-title-child = Kengî alîkarî lazim e?
for-whom-title-child = Kî alîkariyê dixwaze?
for-whom-self-child = Ez
contact-title-child = Em çawa dikarin bi ewlehî bi te re biaxivin?
contact-intro-child = Rêyeke ku ji bo te ewle ye hilbijêre. Divê kesekî din wê nebîne.
times-title-child = Kengî ewle ye ku em li te bigerin an ji te re binivîsin?
times-intro-child = Tu dikarî vê derbas bikî. Wê demê em ê pir hişyar bin.
voicemail-title-child = Em dikarin peyameke dengî bihêlin?
someone-else-title-child = Heke kesekî din bersiv bide, em çi bikin?
responder-title-child = Tu dixwazî bi kê re biaxivî?
more-title-child = Tiştekî din?
more-intro-child = Ne mecbûr e ku tu bersiv bidî.
place-label-child = Tu li ku yî? Navê bajarekî bes e.
message-label-child = Heke tu bixwazî, ji me re bêje ka çi diqewime
consent-title-child = Kî dikare tiştê ku te nivîsand bixwîne?
consent-intro-child = Tu hildibijêrî. Vebijêrka herî ewle jixwe hatiye hilbijartin.
consent-hotline_only-desc-child = Tenê alîkarên li xeta alîkariyê wê dixwînin. Ew wê veşartî dihêlin.
consent-may_refer_to_services-desc-child = Xeta alîkariyê dikare ji kesên ku zarokan diparêzin re bêje, wek bijîşk, maleke ewle an parêzer.
consent-may_involve_police-desc-child = Xeta alîkariyê dikare ji polîs re jî bêje, da ku ew kesên ku zirar dane te rawestînin.
review-title-child = Li bersivên xwe binêre
review-intro-child = Dema ku tu vê bişînî, ew tê kilîtkirin. Tenê xeta alîkariyê dikare wê veke. Kes nikare wê li ser vê telefonê bixwîne, tu jî nikarî.
submit-done-child = Peyama te li ser vê telefonê hat kilîtkirin. Dema ku înternet hebe, dê were şandin.
handover-title-child = Pirsên tenê ji bo te
handover-person-child = Tenê tu bersiva pirsên piştre didî. Kesê ku alîkariya te dike tiştê ku tu dibêjî nabîne.
giveback-intro-child = Bersivên te hatin kilîtkirin. Kesê ku alîkariya te dike nikare wan bibîne. Niha telefonê vegerîne kesê ku alîkariya te dike.
reference-for-person-child = Ev peyv tenê ji bo te ne. Bi wan tu dikarî bixwînî ka xeta alîkariyê çi ji te re dinivîse. Li ser her telefoneke ku ev sepan lê hebe, li “{ $requests }” bitikîne, paşê li “{ $check }” bitikîne, û peyvan an hejmaran binivîse. Wan veşartî bihêle: her kesê ku wan dizane, dikare bersivan bixwîne.

## Errors (codes come from the app's core)

error-wrong_pin = Ev şîfre ne rast e.
error-locked = Ji kerema xwe pêşî sepanê bi şîfreya xwe veke.
error-no_hotline = Ev sepan hê bi xeteke alîkariyê ve girêdayî nîne. Pêşnûmeya te hat tomarkirin.
error-invalid = Divê hin bersiv werin guhertin. Ji kerema xwe li pirsên nîşankirî binêre.
error-pin_too_short = Şîfre ji 6 heta 12 hejmaran e.
error-duress_same_as_pin = Divê şîfreya acîl ji şîfreya te cuda be.
error-worker_drafts_open = Heta ku daxwazên kesên ku tu alîkariya wan dikî neyên şandin, moda xebatkarê qadê vekirî dimîne. Di “Daxwazên ku hê nehatine şandin” de wan bişîne an jê bibe, paşê modê bigire.
error-already_set_up = Ev sepan jixwe hatiye amadekirin.
error-not_found = Ev nehat dîtin. Dibe ku hatibe jêbirin.
error-internal = Tiştek xelet çû. Daxwazên te yên tomarkirî ewle ne. Ji kerema xwe dîsa biceribîne.
error-not_set_up = Ev sepan hê nehatiye amadekirin. Ji kerema xwe pêşî şîfreyekê hilbijêre.
error-busy = Sepan mijûlî şandinê ye. Ji kerema xwe piştî demekê dîsa biceribîne.
error-status_unavailable = Niha nebû ku em ji xeta alîkariyê bipirsin. Daxwaza te ewle ye. Ji kerema xwe paşê dîsa biceribîne.
error-malformed = Hin bersiv nehatin xwendin. Ji kerema xwe wan kontrol bike û dîsa biceribîne.
error-too_large = Ev ji bo şandinê pir dirêj e. Ji kerema xwe peyama xwe kurttir bike.
error-unsupported_version = Divê ev sepan were nûkirin.
error-profile = Agahiyên xeta alîkariyê di vê sepanê de ne rast in. Pêşnûmeya te hat tomarkirin. Ji kerema xwe sepaneke nûkirî bistîne.
error-sync_client = Sepan niha nikare bi ewlehî girê bide. Daxwaza te hat tomarkirin û dê paşê were şandin.
error-already_exists = Ev jixwe hatiye tomarkirin.
error-empty_pin = Ji kerema xwe şîfreya xwe binivîse.
error-invalid_kdf_params = Mîhengên vê sepanê ne rast in. Ji kerema xwe sepaneke nûkirî bistîne.
error-device_secret_unavailable = Sepan nikare bigihîje embara ewle ya vê telefonê. Ji kerema xwe telefonê ji nû ve vêxe û dîsa biceribîne.
error-envelope = Daxwaza te ji bo xeta alîkariyê nehat kilîtkirin. Ew hê jî wek pêşnûme tomarkirî ye.
error-receipt_mismatch = Bersiva xeta alîkariyê nehat kontrolkirin. Daxwaza te dê dîsa were şandin.
error-corrupt = Daneyên tomarkirî yên sepanê xera bûne. Nayên vekirin.
error-io = Telefonê nekarî vê tomar bike. Dibe ku tije be. Ji kerema xwe hinek cih vala bike û dîsa biceribîne.
error-database = Sepan nekarî daneyên xwe bixwîne an tomar bike. Daxwazên te yên tomarkirî ewle ne. Ji kerema xwe dîsa biceribîne.
error-pin_too_long = Şîfre ji 6 heta 12 hejmaran e.
error-pin_not_digits = Şîfre tenê ji hejmaran e.
error-reference_word_count = Di kodê de 9 peyv hene. Ji kerema xwe binêre ka te hemû nivîsandine.
error-reference_unknown_word = Yek ji peyvan ne rast e. Ji kerema xwe binêre ka te ew rast nivîsandiye.
check-reference-wrong-word = Peyva hejmar { $number } ne rast e. Ji kerema xwe binêre ka te ew rast nivîsandiye.
error-reference_digits = Di kodê de 22 hejmar hene. Ji kerema xwe binêre ka te hemû nivîsandine.
error-reference_check = Peyvek an hejmarek ne rast e. Ji kerema xwe her yekê kontrol bike û dîsa biceribîne.
error-reference_not_found = Hêj li cem xeta alîkariyê daxwazeke bi vê kodê tune. Heke ew ji telefoneke bê înternet hatibe şandin, dema ku li wê telefonê dîsa înternet hebe, ew ê were: ji kerema xwe paşê dîsa biceribîne. Heke hê jî neyê dîtin, her peyvê an hejmarê yek bi yek kontrol bike.
field-error-empty = Ji kerema xwe vê tije bike, an pirsê derbas bike.
field-error-not_trimmed = Ji kerema xwe valahiyên li destpêk an dawiyê rake.
field-error-too_long = Ev pir dirêj e. Herî zêde { $max } tîp.
field-error-too_many_bytes = Ev pir dirêj e.
field-error-too_many = Pir zêde ne. Herî zêde { $max }.
field-error-duplicate = Ev du caran di lîsteyê de ye.
field-error-control_characters = Di vê de nîşanên ku nayên bikaranîn hene.
field-error-invalid_phone = Ev hejmara telefonê rast xuya nake. Bi + û koda welêt dest pê bike.
field-error-invalid_region = Ev welat nayê naskirin.
field-error-invalid_email = Ev navnîşana e-nameyê rast xuya nake.
field-error-invalid_language = Ev ziman nayê naskirin.
field-error-invalid_time_zone = Ev herêma demê nayê naskirin.
field-error-invalid_time = Ji kerema xwe demeke destpêkê û demeke dawiyê ya cuda hilbijêre.
field-error-no_contact_method = Ji kerema xwe herî kêm rêyekê hilbijêre ku em xwe bigihînin te. "Ez ê bersivê di vê sepanê de bibînim" bes e.
field-error-unsupported_version = Divê ev sepan were nûkirin.
