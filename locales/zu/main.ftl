## Reach — isiZulu (Zulu)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = isiZulu
# The language's name in English, for the language search.
-locale-english = Zulu
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Isibali
quick-exit = Phuma ngokushesha
quick-exit-hint = Ifihla le app ngokushesha
back = Emuva
next = Okulandelayo
skip = Yeqa lokhu
save = Londoloza
cancel = Khansela
close = Vala
done = Kuphelile
optional = akuphoqelekile
step-of = Isinyathelo { $current } kwezingu-{ $total }
saved-locked = Kulondoloziwe futhi kukhiyiwe kule foni

## Calculator (the app's disguise)

calc-label = Isibali
calc-display-label = Impendulo
calc-clear = C
calc-equals = =
calc-error = Iphutha

## First use: a private PIN

setup-title = Yenza le app ibe yimfihlo
setup-intro = Khetha inombolo eyimfihlo (i-PIN). Kufanele yaziwe nguwe kuphela.
setup-how = Ukuze uvule le app kamuva, bhala i-PIN yakho kusibali, bese ucindezela =.
setup-pin-label = I-PIN yakho (izinombolo ezi-6 kuya kwezi-12)
setup-pin-repeat-label = Bhala i-PIN yakho futhi
setup-duress-title = I-PIN yesimo esiphuthumayo (ungakweqa lokhu)
setup-duress-intro = Uma umuntu ekuphoqa ukuthi uvule le app, bhala le PIN enye esikhundleni. I-app izobonakala ingenalutho, futhi konke okukuyo kuzosulwa kungabonakali lutho.
setup-duress-label = I-PIN yesimo esiphuthumayo
setup-submit = Londoloza i-PIN yami
setup-mismatch = Ama-PIN womabili awafani. Sicela uzame futhi.

## Language

lang-title = Khetha ulimi lwakho
lang-intro = Ungalushintsha kamuva kuZilungiselelo.
lang-search-label = Thola ulimi lwakho
lang-search-hint = Bhala igama lolimi lwakho, nganoma yiluphi ulimi
lang-search-none = Alukho ulimi olufana nalokhu. Zama ngezinhlamvu ezimbalwa.
lang-yours = Izilimi ezikule foni
lang-all = Zonke izilimi
lang-load-failed = Lolu limi aluvulekanga, ngakho i-app iboniswa ngesiNgisi.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Mingaki iminyaka yakho?
age-intro = Ungakweqa lokhu. Uma uneminyaka engaphansi kwe-18, i-app isebenzisa amagama alula futhi ikhombisa usizo lwezingane.
age-under_18 = Ngaphansi kwe-18
age-18_to_25 = 18 kuya ku-25
age-26_to_59 = 26 kuya ku-59
age-60_plus = 60 noma ngaphezulu

## Danger check and emergency numbers

danger-title = Ingabe usengozini manje?
danger-yes = Yebo, ngisengozini manje
danger-no = Cha, hhayi manje
emergency-title = Izinombolo zesimo esiphuthumayo
emergency-intro = Ungashayela lezi zinombolo ngaphandle kwe-inthanethi.
emergency-country-label = Izwe lakho
emergency-police = Amaphoyisa nesimo esiphuthumayo
emergency-hotline = Usizo kubantu abashushumbiswayo noma abaphoqwa ukusebenza
emergency-children = Usizo lwezingane nentsha
emergency-call = Shayela u-{ $number }
emergency-source = Umthombo: { $source }
emergency-checked = Kuhlolwe: { $date }
emergency-not-checked = Akukahlolwa futhi. Uma inombolo ingasebenzi, shayela inombolo yesimo esiphuthumayo.
emergency-call-trace = Izingcingo nemilayezo ebhaliwe zihlala ohlwini lwefoni yakho. Uma umuntu ehlola ifoni yakho, ungazisusa ngemuva kwalokho.
emergency-none = Asikabi nazo izinombolo zaleli zwe. Uma usengozini, shayela inombolo yesimo esiphuthumayo yendawo.
emergency-continue = Qhubeka ucele usizo

## What help is needed

needs-title = Udinga usizo oluni?
needs-intro = Khetha konke okufanele. Ungakweqa lokhu.
need-safety_now = Ukuphepha manje
need-shelter = Indawo ephephile yokuhlala
need-medical = Udokotela noma umuthi
need-legal_immigration = Usizo ngamaphepha, i-visa noma umthetho
need-labour_exploitation = Izinkinga emsebenzini noma ukungakhokhelwa
need-sexual_exploitation = Ukuphoqwa ocansini
need-child_at_risk = Ingane isengozini
need-money_debt = Imali noma isikweletu
need-going_home = Ukubuyela ekhaya noma ukuthola umndeni
need-interpreter = Umuntu okhuluma ulimi lwami
need-other = Okunye
urgency-title = Udinga usizo ngokushesha kangakanani?
urgency-now = Manje
urgency-today = Namuhla
urgency-this_week = Kuleli sonto
urgency-not_urgent = Kungalinda
for-whom-title = Lesi sicelo ngesikabani?
for-whom-self = Ngesami
for-whom-someone_else = Ngesomunye umuntu
for-whom-assisted_by_outreach = Ngingumsebenzi wasemphakathini osiza umuntu

## Safe contact

contact-title = Ulayini wosizo ungakuthola kanjani ngokuphephile?
contact-intro = Khetha okungenani indlela eyodwa. Khetha kuphela izindlela eziphephile kuwe.
contact-call = Ukushaya ucingo
contact-sms = Umlayezo obhaliwe (SMS)
contact-messaging_app = I-app yemilayezo
contact-email = I-imeyili
contact-in_person_via_outreach = Ubuso nobuso, ngomsebenzi wasemphakathini
contact-check_back_in_app = Ngizobheka impendulo kule app
contact-phone-label = Inombolo yocingo, nekhodi yezwe (isibonelo +27…)
contact-app-label = Iyiphi i-app? (isibonelo WhatsApp, Signal)
contact-handle-label = Igama lakho noma inombolo yakho kuleyo app
contact-email-label = Ikheli le-imeyili
times-title = Kuphephile nini ukuthi kuxhunyanwe nawe?
times-intro = Ungakweqa lokhu. Khona-ke ulayini wosizo uzoqaphela kakhulu.
times-add = Engeza isikhathi esiphephile
times-remove = Susa lesi sikhathi
times-from = Kusukela
times-to = Kuze kube
times-days = Izinsuku
times-any-day = Noma yiluphi usuku
times-zone = Isikhathi sendawo
weekday-mon = UMsombuluko
weekday-tue = ULwesibili
weekday-wed = ULwesithathu
weekday-thu = ULwesine
weekday-fri = ULwesihlanu
weekday-sat = UMgqibelo
weekday-sun = ISonto
voicemail-title = Ingabe ulayini wosizo ungashiya umlayezo wezwi?
voicemail-yes = Yebo, umlayezo wezwi uphephile
voicemail-no = Cha, ningalokothi nishiye umlayezo wezwi
voicemail-unsaid = Uma ungaphenduli, ulayini wosizo ngeke ushiye umlayezo.
code-word-label = Igama lemfihlo
code-word-hint = Ulayini wosizo uzosho leli gama, ukuze wazi ukuthi yibo ngempela.
someone-else-title = Uma kuphendula omunye umuntu, ulayini wosizo kufanele…
someone-else-hang_up = Uvale ucingo
someone-else-say_wrong_number = Uthi kuyinombolo okungeyona
someone-else-ask_for_code_word = Ucele igama lemfihlo
someone-else-other = Okunye
someone-else-other-label = Kufanele benzeni?
responder-title = Ungathanda ukukhuluma nobani?
responder-woman = Owesifazane
responder-man = Owesilisa
responder-any_gender = Noma ubani ulungile
responder-language-label = Ulimi ofuna ukuphendulwa ngalo

## More (all optional)

more-title = Okuncane okwengeziwe ngawe
more-intro = Konke lokhu akuphoqelekile.
place-label = Ukuphi? Idolobha noma indawo yanele.
place-hint = Yabelana kuphela ngalokho okufunayo. Le app ayisebenzisi neze indawo okuyo.
message-label = Umlayezo wakho
message-hint = Ungabhala nganoma yiluphi ulimi.
message-left =
    { $count ->
        [one] Kusele uhlamvu olu-{ $count }
       *[other] Kusele izinhlamvu ezingu-{ $count }
    }

## Consent

consent-title = Ubani ongabona isicelo sakho?
consent-intro = Nguwe onquma. Ukukhetha okuyimfihlo kakhulu sekukhethiwe.
consent-hotline_only = Ulayini wosizo kuphela
consent-hotline_only-desc = Ithimba lolayini wosizo kuphela elisifundayo. Alisabelani nabanye.
consent-may_refer_to_services = Ulayini wosizo nezinhlangano ezingasiza
consent-may_refer_to_services-desc = Ulayini wosizo ungasabelana ngaso nezindawo zokukhosela, odokotela noma abameli, ukuze bakusize.
consent-may_involve_police = Ulayini wosizo, izinhlangano namaphoyisa
consent-may_involve_police-desc = Ulayini wosizo ungatshela namaphoyisa.
consent-child-note = Ngoba uneminyaka engaphansi kwe-18, ulayini wosizo ungase kudingeke utshele abantu abanomsebenzi wokuvikela izingane, ukuze uphephe.

## Review and send

review-title = Hlola isicelo sakho
review-intro = Isicelo sakho sizokhiywa ukuze kuvule ulayini wosizo kuphela. Uma usuthumele, akekho ongasifunda kule foni, ngisho nawe.
review-not-answered = Akuphendulwanga
review-change = Shintsha
review-needs = Usizo oludingekayo
review-contact = Indlela yokukuthola
review-times = Izikhathi eziphephile
review-more = Okwengeziwe ngawe
review-consent = Ubani ongakubona
submit = Khiya bese uthumela kulayini wosizo
submit-working = Isicelo sakho siyakhiywa…
submit-done = Isicelo sakho sikhiyiwe kule foni. Sizothunyelwa uma kune-inthanethi.

## Status

status-title = Izicelo zakho
status-intro = Lapha ungabona ukuthi isicelo ngasinye sikuphi.
status-empty = Azikabikho izicelo.
status-saved = Kulondoloziwe kule foni futhi kukhiyiwe. Kuzothunyelwa uma kune-inthanethi.
status-sending = Kuyathunyelwa manje…
status-received = Ulayini wosizo usitholile. Sihlolile irisidi yolayini wosizo.
status-needs_attention = Lesi sicelo sidinga ukunaka kwakho.
status-attempts =
    { $count ->
        [one] Kuzanywe izikhathi ezingu-{ $count }
       *[other] Kuzanywe izikhathi ezingu-{ $count }
    }
status-hotline-received = Kulindwe ukuthi umuntu wasolayini wosizo asifunde.
status-hotline-in_review = Umuntu wasolayini wosizo uyasifunda.
status-hotline-answered = Ulayini wosizo wenzile okuthile ngaso.
status-hotline-closed = Ulayini wosizo usivalile.
status-hotline-contact_planned = Umuntu wasolayini wosizo uhlela ukuthi angaxhumana kanjani nawe ngokuphephile.
status-hotline-needs_interpreter = Ulayini wosizo ufuna umuntu okhuluma ulimi lwakho.
status-hotline-referred = Ulayini wosizo ucele inhlangano ebambisene nawo ukuthi ikusize.
status-hotline-unknown = Ulayini wosizo unezindaba ngaso. Buyekeza i-app uma kuphephile ukuze ubone okwengeziwe.
status-replies = Imilayezo evela kulayini wosizo
status-reply-note = Ulayini wosizo ubuye wabhala (mhlawumbe hhayi ngolimi lwakho):
status-reply-unreadable = Kufike umlayezo le app engakwazanga ukuwuhlola, ngakho awuboniswa.
status-offline = Ayikho i-inthanethi manje. Izicelo zakho ziphephile kule foni.
status-send-now = Thumela manje
status-retry = Zama futhi
status-check = Buza ulayini wosizo izindaba
status-new = Qala isicelo esisha

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Sisifundile isicelo sakho. Sizoxhumana nawe ngendlela oyikhethile.
reply-call_planned = Sizokushayela ngo-{ $day } phakathi kuka-{ $from } no-{ $to } (isikhathi sakho).
reply-message_planned = Sizokuthumelela umlayezo ngo-{ $day } phakathi kuka-{ $from } no-{ $to } (isikhathi sakho).
reply-interpreter = Sifuna utolika okhuluma ulimi lwakho. Sizoxhumana nawe maduze.
reply-referred = Sicele inhlangano ebambisene nathi eduze kwakho ukuthi ikusize. Izoxhumana nawe ngendlela oyikhethile.
reply-call_us = Sicela usishayele uma kuphephile kuwe. Nguwe okhetha isikhathi.
reply-danger = Uma usengozini manje, shayela inombolo yesimo esiphuthumayo. Ungayithola kule app.
reply-closed = Siyivalile isicelo sakho. Ungathumela esisha noma nini.
reply-unknown = Ulayini wosizo uthumele umlayezo lolu hlobo lwe-app olungakwazi ukuwubonisa. Sicela ubuyekeze i-app uma kuphephile.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Isicelo sakho sivaliwe. Ungasitshela ukuthi usizo luhambe kanjani? Imibuzo emithathu emifushane. Ungayeqa.
feedback-private = Izimpendulo zakho zithunyelwa ngaphandle kwesicelo sakho noma igama lakho. Ulayini wosizo ubona izibalo eziphelele kuphela.
feedback-start = Phendula
feedback-skip = Cha, ngiyabonga
feedback-send = Thumela izimpendulo
feedback-q-helped = Ingabe ulutholile usizo obeludinga?
feedback-q-safe = Ingabe uzizwe uphephile lapho sixhumana nawe?
feedback-q-recommend = Ungatshela umngane wakho ngathi?
feedback-a-yes = Yebo
feedback-a-partly = Kancane
feedback-a-no = Cha
feedback-thanks = Ngiyabonga. Izimpendulo zakho zizothunyelwa.
feedback-declined = Kulungile. Ngeke siphinde sibuze.
feedback-failed = Lokho akusebenzanga. Sicela uzame futhi.
problem-unknown_key = Le app idinga ukubuyekezwa ngaphambi kokuthi lesi sicelo sithunyelwe.
problem-conflict = Ulayini wosizo unesicelo esihlukile esinenombolo efanayo. Sicela uxhumane nolayini wosizo ngenye indlela.
problem-malformed = Ulayini wosizo awukwazanga ukufunda lesi sicelo. Sicela uqale isicelo esisha.
problem-too_large = Lesi sicelo side kakhulu. Sicela uqale esisha nomlayezo omfushane.
problem-unsupported_media_type = Le app idinga ukubuyekezwa ngaphambi kokuthi lesi sicelo sithunyelwe.
problem-other = Inethiwekhi noma ulayini wosizo wenqabile lesi sicelo. Ungazama futhi, noma uzame enye inethiwekhi.

## Several people on one device (outreach)

drafts-title = Izicelo ezingakathunyelwa
drafts-continue = Qhubeka
drafts-delete = Susa
drafts-none = Akukho okulindile.
review-reference = Lo muntu ngeke ayigcine le foni: mnike ikhodi
review-reference-hint = Ngekhodi, angafunda izimpendulo zolayini wosizo kunoma iyiphi ifoni ene-app le. Le foni izobonisa kuphela ukuthi ulayini wosizo usithole yini isicelo.
assisted-organisation-label = Inhlangano yakho (wena, umsebenzi wasemphakathini)
assisted-hint = Ulayini wosizo uzobona ukuthi usize lo muntu, nokuthi usebenza nobani.
assisted-channel-label = Ulayini wosizo ungakuthola kanjani (akuphoqelekile)
reference-title = Ikhodi yalo muntu
reference-intro = Nika lo muntu la magama. Ngawo angafunda izimpendulo zolayini wosizo kunoma iyiphi ifoni ene-app le. Le foni ayiwabhali ndawo, futhi iyawakhohlwa uma lo muntu esenawo.
reference-for-person = La magama ngawakho. Ngawo ungafunda izimpendulo zolayini wosizo. Kunoma iyiphi ifoni ene-app le, vula “{ $requests }”, bese ucindezela “{ $check }”, ubhale amagama noma izinombolo. Wagcine endaweni ephephile: noma ubani onawo angafunda izimpendulo.
reference-words = Amagama
reference-digits = Ikhodi efanayo ngezinombolo
reference-request = Isicelo { $number }
reference-done = Lo muntu unayo ikhodi yakhe
reference-again = I-app ikhiyiwe ngesikhathi kuboniswa ikhodi. Nansi futhi ikhodi: yinike lo muntu manje.
status-check-reference = Hlola ikhodi
check-reference-title = Hlola ikhodi
check-reference-intro = Bhala amagama noma izinombolo ozinikiwe. Le foni ayizigcini, noma izimpendulo.
check-reference-no-hotline = Le app ayikaxhunywa kulayini wosizo, ngakho ayikwazi ukuhlola ikhodi lapha. Sicela uzame kwenye foni ene-app le.
check-reference-label = Amagama noma izinombolo
check-reference-submit = Hlola
check-reference-working = Kuyahlolwa. Kungathatha imizuzwana embalwa…
check-reference-no-replies = Awukabi khona umlayezo ovela kulayini wosizo.
check-reference-show-in = Bonisa ngolimi: { $language }
worker-title = Umsebenzi wasemphakathini
worker-working-as = Usebenza njengo: { $organisation }
worker-intro = Wonke umuntu omsizayo uphendula ngolimi lwakhe. Izimpendulo zakhe ziphuma kulolu cingo zivaliwe, futhi lowo muntu uhamba nekhodi. Lapha kusala inombolo nesimo sesicelo ngasinye kuphela.
worker-new-person = Siza umuntu omusha
handover-title = Imibuzo yakho wedwa
handover-worker = Manje nika lowo muntu ucingo. Uzophendula imibuzo elandelayo yedwa, futhi ngeke uzibone izimpendulo zakhe.
handover-person = Imibuzo elandelayo ingeyakho wedwa. Okusizayo ngeke azibone izimpendulo zakho.
handover-start = Qala
giveback-title = Ngiyabonga
giveback-intro = Izimpendulo zakho zivaliwe. Okusizayo akakwazi ukuzibona. Manje buyisela ucingo.
giveback-button = Buyisela ucingo
review-private = Lowo muntu uphendule lokhu yedwa. Akuboniswa.
review-assisted-as = Ulayini wosizo uzobona ukuthi usizile, njengo: { $organisation }
review-later = Hhayi manje: sigcine ku-“Izicelo ezingakathunyelwa”
review-hand-again = Phinda unike lowo muntu ucingo
review-hand-again-hint = Sebenzisa lokhu uma lowo muntu efuna ukushintsha akuphendule yedwa, noma kukhona okufanele kulungiswe lapho. Uzophinde abone umbuzo othi “Ubani ongakubona”, aphinde akhethe.
review-private-fix = Kukhona lowo muntu akuphendule yedwa okufanele kulungiswe. Nguye kuphela ongakulungisa: phinda umnike ucingo.
age-given-back-worker = Uma ushintsha iminyaka uyenze “Ngaphansi kwe-18” noma uyisuse kulokho, lowo muntu kufanele aphinde abone umbuzo othi “Ubani ongakubona”: uzophinda umnike ucingo.
age-reopened-worker = Iminyaka ishintshe lokho lowo muntu akukhethile ku-“Ubani ongakubona”. Qhubeka: uzophinda umnike ucingo, naye aphinde akhethe.
setup-worker = Ngiyisisebenzi sasemphakathini: ngisiza abanye ukuthi bacele usizo
setup-worker-hint = Ulayini wosizo uzobona inhlangano yakho kuso sonke isicelo osiza ngaso.
worker-org-needed = Bhala igama lenhlangano yakho, noma ucishe imodi yesisebenzi sasemphakathini.
settings-worker-title = Imodi yesisebenzi sasemphakathini
settings-worker-intro = Siza abanye ukuthi bathumele izicelo kulolu cingo. Izimpendulo zabo ziyavalwa, futhi umuntu ngamunye uhamba nekhodi.
settings-worker-on = Vula
settings-worker-save = Londoloza izinguquko
settings-worker-off = Vala
settings-worker-saved = Kwenziwe. Imodi yesisebenzi sasemphakathini ivuliwe.
settings-worker-removed = Kwenziwe. Imodi yesisebenzi sasemphakathini ivaliwe.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Funda ngokuzwakalayo: { $text }
speak-stop = Yeka ukufunda
speak-no-voice = Alikho izwi lalolu limi kule foni.
speak-unavailable = Ukufunda ngokuzwakalayo akusebenzi kule foni okwamanje.
speak-headphones = Sebenzisa ama-headphone uma kukhona umuntu oseduze ongase ezwe.

## Settings

settings-title = Izilungiselelo
settings-language = Ulimi
settings-read-aloud = Funda isikrini ngasinye ngokuzwakalayo uma sivuleka
settings-lock = Khiya manje
settings-less-protected = Kuvikeleke kancane kule divayisi: ayikho indawo ephephile yokugcina okhiye lapha, ngakho noma ubani okopisha amafayela e-app angazama ukuqagela i-PIN yakho. I-PIN ende ikuvikela kangcono.
settings-duress-title = I-PIN yesimo esiphuthumayo
settings-duress-intro = I-PIN yesibili yalapho umuntu ekuphoqa ukuthi uvule i-app. Isusa konke kungabonakali lutho.
settings-current-pin = I-PIN yakho
settings-duress-save = Londoloza i-PIN yesimo esiphuthumayo
settings-duress-remove = Susa i-PIN yesimo esiphuthumayo
settings-pin-title = Shintsha i-PIN yakho
settings-new-pin = I-PIN entsha (izinombolo ezi-6 kuya kwezi-12)
settings-new-pin-again = I-PIN entsha futhi
settings-pin-save = Shintsha i-PIN
settings-pin-changed = I-PIN yakho ishintshiwe. Kusukela manje, sebenzisa i-PIN entsha.
settings-duress-saved = Kwenziwe. I-PIN yakho yesimo esiphuthumayo ilondoloziwe.
settings-duress-removed = Kwenziwe. Ayikho i-PIN yesimo esiphuthumayo manje.
pin-wrong-left =
    { $count ->
        [one] Leyo PIN ayilungile. Uma ubhala i-PIN engalungile izikhathi ezingu-{ $count } futhi, konke okukule foni kuzosulwa.
       *[other] Leyo PIN ayilungile. Uma ubhala i-PIN engalungile izikhathi ezingu-{ $count } futhi, konke okukule foni kuzosulwa.
    }
settings-wipe-title = Susa konke
settings-wipe-intro = Lokhu kususa zonke izicelo nemibhalo engakaqedwa kule foni. Akunakuhlehliswa. Izicelo ulayini wosizo ozitholile zihlala kulayini wosizo.
settings-wipe-confirm = Yebo, susa konke

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Usengozini manje?
danger-yes-child = Yebo, ngisengozini
danger-no-child = Cha, hhayi manje
emergency-intro-child = Ungashayela lezi zinombolo. Awudingi i-inthanethi.
emergency-call-trace-child = Ifoni yakho igcina uhlu lwezingcingo nemilayezo. Uma ukhathazekile ukuthi umuntu uzolubona, ungazisusa kamuva.
needs-title-child = Udinga usizo ngani?
needs-intro-child = Thinta konke okuyiqiniso kuwe. Ungakweqa lokhu.
need-legal_immigration-child = Usizo ngamaphepha noma ngemibhalo
need-labour_exploitation-child = Umuntu ungiphoqa ukuthi ngisebenze
need-sexual_exploitation-child = Umuntu ungiphoqa ukwenza izinto zocansi
need-money_debt-child = Umuntu uthi ngimkweleta imali
need-going_home-child = Ngifuna ukuya ekhaya noma ukuthola umndeni wami
need-child_at_risk-child = Enye ingane isengozini
urgency-title-child = Udinga usizo nini?
for-whom-title-child = Ubani odinga usizo?
for-whom-self-child = Mina
contact-title-child = Singakhuluma kanjani nawe ngokuphephile?
contact-intro-child = Khetha indlela ephephile kuwe. Akekho omunye okufanele ayibone.
times-title-child = Kuphephile nini ukuthi sikushayele noma sikubhalele?
times-intro-child = Ungakweqa lokhu. Khona-ke sizoqaphela kakhulu.
voicemail-title-child = Singashiya umlayezo wezwi?
someone-else-title-child = Uma kuphendula omunye umuntu, senzeni?
responder-title-child = Ufuna ukukhuluma nobani?
more-title-child = Kukhona okunye?
more-intro-child = Akudingeki ukuthi uphendule.
place-label-child = Ukuphi? Igama ledolobha lanele.
message-label-child = Sitshele ukuthi kwenzekani, uma ufuna
consent-title-child = Ubani ongafunda lokho okubhalile?
consent-intro-child = Nguwe okhethayo. Ukukhetha okuphephe kakhulu sekukhethiwe.
consent-hotline_only-desc-child = Abasizi basolayini wosizo kuphela abakufundayo. Bakugcina kuyimfihlo.
consent-may_refer_to_services-desc-child = Ulayini wosizo ungatshela abantu abagcina izingane ziphephile, njengodokotela, ikhaya eliphephile noma ummeli.
consent-may_involve_police-desc-child = Ulayini wosizo ungatshela namaphoyisa, ukuze amise abantu abakulimazayo.
review-title-child = Bheka izimpendulo zakho
review-intro-child = Uma uthumela lokhu, kuyakhiywa. Ulayini wosizo kuphela ongakuvula. Akekho ongakufunda kule foni, ngisho nawe.
submit-done-child = Umlayezo wakho ukhiyiwe kule foni. Uzothunyelwa uma kune-inthanethi.
handover-title-child = Le mibuzo ingeyakho kuphela
handover-person-child = Nguwe kuphela ozophendula imibuzo elandelayo. Okusizayo ngeke akubone lokho okubhalayo.
giveback-intro-child = Izimpendulo zakho zikhiyiwe. Okusizayo akakwazi ukuzibona. Manje buyisela ifoni kulowo okusizayo.
reference-for-person-child = La magama awakho wedwa. Ngawo ungafunda izimpendulo ezivela kulayini wosizo. Kunoma iyiphi ifoni ene-app le, thinta “{ $requests }”, bese uthinta “{ $check }”, ubhale amagama noma izinombolo. Wagcine eyimfihlo: noma ubani onawo angafunda izimpendulo.

## Errors (codes come from the app's core)

error-wrong_pin = Leyo PIN ayilungile.
error-locked = Sicela uqale uvule i-app nge-PIN yakho.
error-no_hotline = Le app ayikaxhunywa kulayini wosizo. Umbhalo wakho ulondoloziwe.
error-invalid = Ezinye izimpendulo zidinga ukushintshwa. Sicela ubheke imibuzo emakiwe.
error-pin_too_short = I-PIN inezinombolo ezi-6 kuya kwezi-12.
error-duress_same_as_pin = I-PIN yesimo esiphuthumayo kufanele ihluke ku-PIN yakho.
error-worker_drafts_open = Imodi yesisebenzi sasemphakathini ihlala ivuliwe uma izicelo zabantu obasizayo zingakathunyelwa. Sicela uzithumele, noma uzisuse esikrinini esithi “Izicelo ezingakathunyelwa”, bese uyivala.
error-already_set_up = Le app isilungisiwe kakade.
error-not_found = Lokhu akutholakalanga. Kungenzeka kususiwe.
error-internal = Kukhona okungahambanga kahle. Izicelo zakho ezilondoloziwe ziphephile. Sicela uzame futhi.
error-not_set_up = Le app ayikalungiswa. Sicela uqale ukhethe i-PIN.
error-busy = I-app isathumela. Sicela uzame futhi emva kwesikhashana.
error-status_unavailable = Ulayini wosizo awukwazanga ukubuzwa manje. Isicelo sakho siphephile. Sicela uzame futhi kamuva.
error-malformed = Ezinye izimpendulo azikwazanga ukufundwa. Sicela uzihlole bese uzama futhi.
error-too_large = Lokhu kude kakhulu ukuthi kuthunyelwe. Sicela wenze umlayezo wakho ube mfushane.
error-unsupported_version = Le app idinga ukubuyekezwa.
error-profile = Imininingwane yolayini wosizo kule app ayilungile. Umbhalo wakho ulondoloziwe. Sicela uthole i-app ebuyekeziwe.
error-sync_client = I-app ayikwazi ukuxhuma ngokuphephile manje. Isicelo sakho silondoloziwe futhi sizothunyelwa kamuva.
error-already_exists = Lokhu sekulondoloziwe kakade.
error-empty_pin = Sicela ubhale i-PIN yakho.
error-invalid_kdf_params = Izilungiselelo zale app azilungile. Sicela uthole i-app ebuyekeziwe.
error-device_secret_unavailable = I-app ayikwazi ukufinyelela endaweni yokugcina ephephile yale foni. Sicela uqale kabusha ifoni bese uzama futhi.
error-envelope = Isicelo sakho asikwazanga ukuvalelwa ulayini wosizo. Sisalondoloziwe njengombhalo.
error-receipt_mismatch = Impendulo yolayini wosizo ayikwazanga ukuhlolwa. Isicelo sakho sizothunyelwa futhi.
error-corrupt = Idatha elondoloziwe ye-app yonakele. Ayikwazi ukuvulwa.
error-io = Ifoni ayikwazanga ukulondoloza lokhu. Kungenzeka igcwele. Sicela wenze isikhala bese uzama futhi.
error-database = I-app ayikwazanga ukufunda noma ukulondoloza idatha yayo. Izicelo zakho ezilondoloziwe ziphephile. Sicela uzame futhi.
error-pin_too_long = I-PIN inezinombolo ezi-6 kuya kwezi-12.
error-pin_not_digits = I-PIN inezinombolo kuphela.
error-reference_word_count = Ikhodi inamagama angu-9. Bheka ukuthi uwabhale wonke yini.
error-reference_unknown_word = Elinye lamagama alilona. Bheka ukupela kwalo.
check-reference-wrong-word = Igama lenombolo { $number } alilona. Bheka ukupela kwalo.
error-reference_digits = Ikhodi inezinombolo ezingu-22. Bheka ukuthi uzibhale zonke yini.
error-reference_check = Igama noma inombolo eyodwa ayilungile. Bheka ngayinye bese uzama futhi.
error-reference_not_found = Ulayini wosizo awukabi naso isicelo esinale khodi. Uma sithunyelwe kusuka kufoni engenayo i-inthanethi, sizofika lapho leyo foni isiphinde yaba ne-inthanethi: sicela uzame futhi kamuva. Uma singakatholakali, bheka igama ngalinye noma inombolo ngayinye.
field-error-empty = Sicela ugcwalise lokhu, noma weqe umbuzo.
field-error-not_trimmed = Sicela ususe izikhala ekuqaleni noma ekugcineni.
field-error-too_long = Lokhu kude kakhulu. Izinhlamvu ezingu-{ $max } kuphela.
field-error-too_many_bytes = Lokhu kude kakhulu.
field-error-too_many = Kuningi kakhulu. Okungu-{ $max } kuphela.
field-error-duplicate = Lokhu kukuhlu kabili.
field-error-control_characters = Lokhu kunezinhlamvu ezingenakusetshenziswa.
field-error-invalid_phone = Le nombolo yocingo ayibukeki ilungile. Qala ngo-+ nekhodi yezwe.
field-error-invalid_region = Leli zwe alaziwa.
field-error-invalid_email = Leli kheli le-imeyili alibukeki lilungile.
field-error-invalid_language = Lolu limi alwaziwa.
field-error-invalid_time_zone = Lesi sikhathi sendawo asaziwa.
field-error-invalid_time = Sicela ukhethe isikhathi sokuqala nesokugcina esihlukile.
field-error-no_contact_method = Sicela ukhethe okungenani indlela eyodwa yokukuthola. "Ngizobheka kule app" kwanele.
field-error-unsupported_version = Le app idinga ukubuyekezwa.
