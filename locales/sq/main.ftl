## Reach — Shqip (Albanian)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Shqip
# The language's name in English, for the language search.
-locale-english = Albanian
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Makina llogaritëse
quick-exit = Dalje e shpejtë
quick-exit-hint = E fsheh menjëherë këtë aplikacion
back = Prapa
next = Vazhdo
skip = Kapërceje
save = Ruaj
cancel = Anulo
close = Mbyll
done = Gati
optional = jo e detyrueshme
step-of = Hapi { $current } nga { $total }
saved-locked = U ruajt dhe u kyç në këtë telefon

## Calculator (the app's disguise)

calc-label = Makina llogaritëse
calc-display-label = Rezultati
calc-clear = C
calc-equals = =
calc-error = Gabim

## First use: a private PIN

setup-title = Bëjeni këtë aplikacion privat
setup-intro = Zgjidhni një numër sekret (PIN). Vetëm ju duhet ta dini.
setup-how = Për ta hapur këtë aplikacion më vonë, shkruani PIN-in tuaj në makinën llogaritëse, pastaj shtypni =.
setup-pin-label = PIN-i juaj (6 deri në 12 shifra)
setup-pin-repeat-label = Shkruajeni sërish PIN-in tuaj
setup-duress-title = PIN emergjence (mund ta kapërceni)
setup-duress-intro = Nëse dikush ju detyron ta hapni këtë aplikacion, shkruani në vend të tij këtë PIN tjetër. Aplikacioni do të duket bosh dhe gjithçka në të do të fshihet pa lënë asnjë shenjë.
setup-duress-label = PIN emergjence
setup-submit = Ruaj PIN-in tim
setup-mismatch = Të dy PIN-et nuk janë të njëjtë. Ju lutemi provoni përsëri.

## Language

lang-title = Zgjidhni gjuhën tuaj
lang-intro = Mund ta ndryshoni më vonë te Cilësimet.
lang-search-label = Gjeni gjuhën tuaj
lang-search-hint = Shkruani emrin e gjuhës suaj, në çdo gjuhë
lang-search-none = Asnjë gjuhë nuk përputhet me këtë. Provoni me më pak shkronja.
lang-yours = Gjuhët në këtë telefon
lang-all = Të gjitha gjuhët
lang-load-failed = Kjo gjuhë nuk u hap dot, prandaj aplikacioni shfaqet në anglisht.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Sa vjeç jeni?
age-intro = Mund ta kapërceni këtë. Nëse jeni nën 18 vjeç, aplikacioni përdor fjalë më të thjeshta dhe tregon ndihmë për fëmijët.
age-under_18 = Nën 18 vjeç
age-18_to_25 = 18 deri në 25 vjeç
age-26_to_59 = 26 deri në 59 vjeç
age-60_plus = 60 vjeç ose më shumë

## Danger check and emergency numbers

danger-title = A jeni në rrezik tani?
danger-yes = Po, jam në rrezik tani
danger-no = Jo, jo tani
emergency-title = Numrat e emergjencës
emergency-intro = Mund t'i telefononi këta numra edhe pa internet.
emergency-country-label = Vendi juaj
emergency-police = Policia dhe emergjenca
emergency-hotline = Ndihmë për njerëzit që janë trafikuar ose që detyrohen të punojnë
emergency-children = Ndihmë për fëmijët dhe të rinjtë
emergency-call = Telefono { $number }
emergency-source = Burimi: { $source }
emergency-checked = Kontrolluar më: { $date }
emergency-not-checked = Nuk është kontrolluar ende përsëri. Nëse numri nuk punon, telefononi numrin e emergjencës.
emergency-call-trace = Telefonatat dhe mesazhet me tekst mbeten në listat e telefonit tuaj. Nëse dikush jua kontrollon telefonin, mund t'i fshini më pas.
emergency-none = Nuk kemi ende numra për këtë vend. Nëse jeni në rrezik, telefononi numrin vendor të emergjencës.
emergency-continue = Vazhdoni dhe kërkoni ndihmë

## What help is needed

needs-title = Çfarë ndihme ju duhet?
needs-intro = Zgjidhni gjithçka që ju përshtatet. Mund ta kapërceni këtë.
need-safety_now = Të jem në siguri tani
need-shelter = Një vend i sigurt për të qëndruar
need-medical = Një mjek ose ilaçe
need-legal_immigration = Ndihmë me dokumentet, vizën ose ligjin
need-labour_exploitation = Probleme në punë ose pa pagë
need-sexual_exploitation = Më detyrojnë të bëj seks
need-child_at_risk = Një fëmijë është në rrezik
need-money_debt = Para ose borxhe
need-going_home = Të kthehem në shtëpi ose të gjej familjen
need-interpreter = Dikush që flet gjuhën time
need-other = Diçka tjetër
urgency-title = Sa shpejt ju duhet ndihma?
urgency-now = Tani
urgency-today = Sot
urgency-this_week = Këtë javë
urgency-not_urgent = Mund të presë
for-whom-title = Për kë është kjo kërkesë?
for-whom-self = Për mua
for-whom-someone_else = Për dikë tjetër
for-whom-assisted_by_outreach = Jam punonjës në terren dhe po ndihmoj dikë

## Safe contact

contact-title = Si mund t'ju kontaktojë linja e ndihmës pa rrezik?
contact-intro = Zgjidhni të paktën një mënyrë. Zgjidhni vetëm mënyra që janë të sigurta për ju.
contact-call = Telefonatë
contact-sms = Mesazh me tekst (SMS)
contact-messaging_app = Aplikacion mesazhesh
contact-email = Email
contact-in_person_via_outreach = Personalisht, përmes një punonjësi në terren
contact-check_back_in_app = Do ta shikoj përgjigjen në këtë aplikacion
contact-phone-label = Numri i telefonit, me kodin e vendit (për shembull +44…)
contact-app-label = Cili aplikacion? (për shembull WhatsApp, Signal)
contact-handle-label = Emri ose numri juaj në atë aplikacion
contact-email-label = Adresa e email-it
times-title = Kur është e sigurt t'ju kontaktojnë?
times-intro = Mund ta kapërceni këtë. Atëherë linja e ndihmës do të jetë edhe më e kujdesshme.
times-add = Shto një orar të sigurt
times-remove = Hiqe këtë orar
times-from = Nga
times-to = Deri
times-days = Ditët
times-any-day = Çdo ditë
times-zone = Zona kohore
weekday-mon = E hënë
weekday-tue = E martë
weekday-wed = E mërkurë
weekday-thu = E enjte
weekday-fri = E premte
weekday-sat = E shtunë
weekday-sun = E diel
voicemail-title = A mund të lërë linja e ndihmës një mesazh zanor?
voicemail-yes = Po, një mesazh zanor është i sigurt
voicemail-no = Jo, mos lini kurrë mesazh zanor
voicemail-unsaid = Nëse nuk përgjigjeni, linja e ndihmës nuk do të lërë mesazh.
code-word-label = Fjala sekrete
code-word-hint = Linja e ndihmës do ta thotë këtë fjalë, që ta dini se janë vërtet ata.
someone-else-title = Nëse përgjigjet dikush tjetër, linja e ndihmës duhet…
someone-else-hang_up = Ta mbyllë telefonin
someone-else-say_wrong_number = Të thotë që është numër i gabuar
someone-else-ask_for_code_word = Të kërkojë fjalën sekrete
someone-else-other = Diçka tjetër
someone-else-other-label = Çfarë duhet të bëjnë?
responder-title = Me kë do të donit të flisnit?
responder-woman = Me një grua
responder-man = Me një burrë
responder-any_gender = Nuk ka rëndësi
responder-language-label = Gjuha në të cilën doni të merrni përgjigje

## More (all optional)

more-title = Pak më shumë për ju
more-intro = Asnjë nga këto nuk është e detyrueshme.
place-label = Ku jeni? Mjafton një qytet ose një zonë.
place-hint = Tregoni vetëm atë që doni. Ky aplikacion nuk e përdor kurrë vendndodhjen tuaj.
message-label = Mesazhi juaj
message-hint = Mund të shkruani në çdo gjuhë.
message-left =
    { $count ->
        [one] Ka mbetur { $count } shkronjë
       *[other] Kanë mbetur { $count } shkronja
    }

## Consent

consent-title = Kush mund ta shohë kërkesën tuaj?
consent-intro = Ju vendosni. Zgjedhja më private është zgjedhur tashmë.
consent-hotline_only = Vetëm linja e ndihmës
consent-hotline_only-desc = Vetëm ekipi i linjës së ndihmës e lexon. Ata nuk ia japin askujt.
consent-may_refer_to_services = Linja e ndihmës dhe shërbimet që mund të ndihmojnë
consent-may_refer_to_services-desc = Linja e ndihmës mund ta ndajë me strehimore, mjekë ose avokatë, për t'ju ndihmuar.
consent-may_involve_police = Linja e ndihmës, shërbimet dhe policia
consent-may_involve_police-desc = Linja e ndihmës mund të njoftojë edhe policinë.
consent-child-note = Meqë je nën 18 vjeç, linja e ndihmës mund të duhet t'u tregojë njerëzve që punojnë për mbrojtjen e fëmijëve, për të të mbajtur në siguri.

## Review and send

review-title = Kontrolloni kërkesën tuaj
review-intro = Kërkesa juaj do të kyçet, që ta hapë vetëm linja e ndihmës. Pasi ta dërgoni, askush nuk mund ta lexojë në këtë telefon, as ju vetë.
review-not-answered = Pa përgjigje
review-change = Ndrysho
review-needs = Ndihma që ju duhet
review-contact = Si t'ju kontaktojnë
review-times = Oraret e sigurta
review-more = Më shumë për ju
review-consent = Kush mund ta shohë
submit = Kyçe dhe dërgoja linjës së ndihmës
submit-working = Po kyçet kërkesa juaj…
submit-done = Kërkesa juaj është kyçur në këtë telefon. Do të dërgohet kur të ketë internet.

## Status

status-title = Kërkesat tuaja
status-intro = Këtu mund të shihni ku ndodhet çdo kërkesë.
status-empty = Ende nuk ka kërkesa.
status-saved = U ruajt në këtë telefon dhe u kyç. Do të dërgohet kur të ketë internet.
status-sending = Po dërgohet tani…
status-received = Linja e ndihmës e ka marrë. Ne e kontrolluam konfirmimin e linjës së ndihmës.
status-needs_attention = Kjo kërkesë ka nevojë për vëmendjen tuaj.
status-attempts =
    { $count ->
        [one] U provua një herë
       *[other] U provua { $count } herë
    }
status-hotline-received = Po pret që dikush në linjën e ndihmës ta lexojë.
status-hotline-in_review = Dikush në linjën e ndihmës po e lexon.
status-hotline-answered = Linja e ndihmës ka vepruar për të.
status-hotline-closed = Linja e ndihmës e ka mbyllur.
status-hotline-contact_planned = Dikush në linjën e ndihmës po mendon si t'ju kontaktojë pa rrezik.
status-hotline-needs_interpreter = Linja e ndihmës po kërkon dikë që flet gjuhën tuaj.
status-hotline-referred = Linja e ndihmës i ka kërkuar një organizate partnere t'ju ndihmojë.
status-hotline-unknown = Linja e ndihmës ka lajme për të. Përditësoni aplikacionin kur të jetë e sigurt, për të parë më shumë.
status-replies = Mesazhe nga linja e ndihmës
status-reply-note = Linja e ndihmës shkroi gjithashtu (ndoshta jo në gjuhën tuaj):
status-reply-unreadable = Erdhi një mesazh që ky aplikacion nuk mundi ta kontrollojë, prandaj nuk shfaqet.
status-offline = Tani nuk ka internet. Kërkesat tuaja janë të sigurta në këtë telefon.
status-send-now = Dërgo tani
status-retry = Provo përsëri
status-check = Pyet linjën e ndihmës për lajme
status-new = Fillo një kërkesë të re

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = E kemi lexuar kërkesën tuaj. Do t'ju kontaktojmë në mënyrën që zgjodhët.
reply-call_planned = Do t'ju telefonojmë midis orës { $from } dhe { $to } (ora juaj). Dita: { $day }.
reply-message_planned = Do t'ju dërgojmë një mesazh midis orës { $from } dhe { $to } (ora juaj). Dita: { $day }.
reply-interpreter = Po kërkojmë një përkthyes që flet gjuhën tuaj. Do t'ju kontaktojmë së shpejti.
reply-referred = I kemi kërkuar një organizate partnere afër jush t'ju ndihmojë. Ata do t'ju kontaktojnë në mënyrën që zgjodhët.
reply-call_us = Ju lutemi na telefononi kur të jetë e sigurt për ju. Ju e zgjidhni orën.
reply-danger = Nëse jeni në rrezik tani, telefononi numrin e emergjencës. E gjeni në këtë aplikacion.
reply-closed = E kemi mbyllur kërkesën tuaj. Mund të dërgoni një të re në çdo kohë.
reply-unknown = Linja e ndihmës dërgoi një mesazh që ky version i aplikacionit nuk mund ta shfaqë. Ju lutemi përditësoni aplikacionin kur të jetë e sigurt.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Kërkesa juaj është mbyllur. A do të na tregonit si shkoi ndihma? Tri pyetje të shkurtra. Mund t'i kapërceni.
feedback-private = Përgjigjet tuaja dërgohen pa kërkesën dhe pa emrin tuaj. Linja e ndihmës sheh vetëm numrat në total.
feedback-start = Përgjigju
feedback-skip = Jo, faleminderit
feedback-send = Dërgo përgjigjet
feedback-q-helped = A e morët ndihmën që ju duhej?
feedback-q-safe = A u ndjetë të sigurt kur ju kontaktuam?
feedback-q-recommend = A do t'i tregonit një miku për ne?
feedback-a-yes = Po
feedback-a-partly = Pjesërisht
feedback-a-no = Jo
feedback-thanks = Faleminderit. Përgjigjet tuaja do të dërgohen.
feedback-declined = Në rregull. Nuk do t'ju pyesim më.
feedback-failed = Nuk funksionoi. Ju lutemi provoni përsëri.
problem-unknown_key = Ky aplikacion ka nevojë për përditësim para se kjo kërkesë të dërgohet.
problem-conflict = Linja e ndihmës ka një kërkesë tjetër me të njëjtin numër. Ju lutemi kontaktoni linjën e ndihmës në një mënyrë tjetër.
problem-malformed = Linja e ndihmës nuk mundi ta lexojë këtë kërkesë. Ju lutemi filloni një kërkesë të re.
problem-too_large = Kjo kërkesë është shumë e gjatë. Ju lutemi filloni një të re me një mesazh më të shkurtër.
problem-unsupported_media_type = Ky aplikacion ka nevojë për përditësim para se kjo kërkesë të dërgohet.
problem-other = Rrjeti ose linja e ndihmës e refuzoi këtë kërkesë. Mund të provoni përsëri, ose të provoni një rrjet tjetër.

## Several people on one device (outreach)

drafts-title = Kërkesa që nuk janë dërguar ende
drafts-continue = Vazhdo
drafts-delete = Fshi
drafts-none = Asgjë në pritje.
review-reference = Ky person nuk do ta mbajë këtë telefon: jepini një kod
review-reference-hint = Me kod, ai mund të lexojë përgjigjet e linjës së ndihmës në çdo telefon me këtë aplikacion. Ky telefon do të tregojë vetëm nëse linja e ndihmës e mori kërkesën.
assisted-organisation-label = Organizata juaj (ju, punonjësi në terren)
assisted-hint = Linja e ndihmës do të shohë që e ndihmuat këtë person dhe me kë punoni.
assisted-channel-label = Si mund t'ju kontaktojë linja e ndihmës (jo e detyrueshme)
reference-title = Kodi i personit
reference-intro = Jepini këto fjalë personit. Me to, ai mund të lexojë përgjigjet e linjës së ndihmës në çdo telefon me këtë aplikacion. Ky telefon nuk i shkruan askund dhe i harron sapo personi t'i ketë.
reference-for-person = Këto fjalë janë të tuajat. Me to, mund të lexoni përgjigjet e linjës së ndihmës. Në çdo telefon me këtë aplikacion, hapni «{ $requests }», pastaj «{ $check }», dhe shkruani fjalët ose numrat. Ruajini mirë: kushdo që i ka mund t'i lexojë përgjigjet.
reference-words = Fjalët
reference-digits = I njëjti kod me numra
reference-request = Kërkesa { $number }
reference-done = Personi e ka kodin e vet
reference-again = Aplikacioni u kyç ndërsa kodi shfaqej. Ja ku është përsëri: jepjani personit tani.
status-check-reference = Kontrollo një kod
check-reference-title = Kontrollo një kod
check-reference-intro = Shkruani fjalët ose numrat që ju dhanë. Ky telefon nuk i ruan ato, as përgjigjet.
check-reference-no-hotline = Ky aplikacion nuk është lidhur ende me një linjë ndihme, prandaj nuk mund të kontrollojë një kod këtu. Ju lutemi provoni në një telefon tjetër me këtë aplikacion.
check-reference-label = Fjalë ose numra
check-reference-submit = Kontrollo
check-reference-working = Po kontrollohet. Mund të zgjasë disa sekonda…
check-reference-no-replies = Ende nuk ka mesazhe nga linja e ndihmës.
check-reference-show-in = Shfaq në gjuhën { $language }
worker-title = Punë në terren
worker-working-as = Punoni si: { $organisation }
worker-intro = Çdo person që ndihmoni përgjigjet në gjuhën e vet. Përgjigjet largohen nga ky telefon të vulosura, dhe personi merr me vete një kod. Këtu mbeten vetëm numri dhe gjendja e çdo kërkese.
worker-new-person = Ndihmoni një person të ri
handover-title = Pyetje vetëm për ju
handover-worker = Tani jepjani telefonin personit. Ai u përgjigjet vetë pyetjeve të ardhshme, dhe ju nuk do t'i shihni përgjigjet.
handover-person = Pyetjet e ardhshme janë vetëm për ju. Personi që ju ndihmon nuk do t'i shohë përgjigjet tuaja.
handover-start = Fillo
giveback-title = Faleminderit
giveback-intro = Përgjigjet tuaja janë vulosur. Personi që ju ndihmon nuk mund t'i shohë. Tani ktheni telefonin.
giveback-button = Ktheni telefonin
review-private = Personi iu përgjigj kësaj vetë. Nuk shfaqet.
review-assisted-as = Linja e ndihmës do të shohë që ndihmuat, si: { $organisation }
review-later = Jo tani: ruaje te «Kërkesa që nuk janë dërguar ende»
review-hand-again = Jepjani përsëri telefonin personit
review-hand-again-hint = Përdoreni nëse personi do të ndryshojë atë që u përgjigj vetë, ose nëse diçka atje duhet ndrequr. Ai do ta shohë përsëri pyetjen se kush mund ta shohë kërkesën dhe do të zgjedhë përsëri.
review-private-fix = Diçka që personi u përgjigj vetë duhet ndrequr. Vetëm ai mund ta ndreqë: jepjani përsëri telefonin.
age-given-back-worker = Nëse e ndryshoni moshën në «Nën 18 vjeç» ose nga «Nën 18 vjeç», personi duhet ta shohë përsëri pyetjen se kush mund ta shohë kërkesën: do t'ia jepni telefonin edhe një herë.
age-reopened-worker = Ndryshimi i moshës prek zgjedhjen e personit se kush mund ta shohë kërkesën. Vazhdoni: do t'ia jepni përsëri telefonin dhe ai do të zgjedhë përsëri.
setup-worker = Jam punonjës në terren: ndihmoj të tjerët të kërkojnë ndihmë
setup-worker-hint = Linja e ndihmës do të shohë organizatën tuaj në çdo kërkesë ku ndihmoni.
worker-org-needed = Shkruani emrin e organizatës suaj, ose fikni mënyrën e punonjësit në terren.
settings-worker-title = Mënyra e punonjësit në terren
settings-worker-intro = Ndihmoni të tjerët të dërgojnë kërkesa nga ky telefon. Përgjigjet e tyre vulosen, dhe çdo person merr me vete një kod.
settings-worker-on = Ndize
settings-worker-save = Ruaj ndryshimet
settings-worker-off = Fike
settings-worker-saved = U krye. Mënyra e punonjësit në terren është e ndezur.
settings-worker-removed = U krye. Mënyra e punonjësit në terren është e fikur.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Lexo me zë: { $text }
speak-stop = Ndalo leximin
speak-no-voice = Në këtë telefon nuk ka zë për këtë gjuhë.
speak-unavailable = Leximi me zë nuk funksionon tani në këtë telefon.
speak-headphones = Përdorni kufje nëse dikush afër mund të dëgjojë.

## Settings

settings-title = Cilësimet
settings-language = Gjuha
settings-read-aloud = Lexo me zë çdo ekran kur hapet
settings-lock = Kyçe tani
settings-less-protected = Më pak mbrojtje në këtë pajisje: këtu nuk ka vend të sigurt për çelësat, prandaj kushdo që kopjon skedarët e aplikacionit mund të provojë ta gjejë PIN-in tuaj. Një PIN më i gjatë ju mbron më mirë.
settings-duress-title = PIN emergjence
settings-duress-intro = Një PIN i dytë për rastin kur dikush ju detyron ta hapni aplikacionin. Ai fshin gjithçka pa lënë asnjë shenjë.
settings-current-pin = PIN-i juaj
settings-duress-save = Ruaj PIN-in e emergjencës
settings-duress-remove = Hiq PIN-in e emergjencës
settings-pin-title = Ndryshoni PIN-in tuaj
settings-new-pin = PIN-i i ri (6 deri në 12 shifra)
settings-new-pin-again = PIN-i i ri përsëri
settings-pin-save = Ndrysho PIN-in
settings-pin-changed = PIN-i juaj u ndryshua. Tani e tutje përdorni PIN-in e ri.
settings-duress-saved = U krye. PIN-i juaj i emergjencës u ruajt.
settings-duress-removed = U krye. Tani nuk ka PIN emergjence.
pin-wrong-left =
    { $count ->
        [one] Ky PIN nuk është i saktë. Nëse gaboni PIN-in edhe një herë, gjithçka në këtë telefon fshihet.
       *[other] Ky PIN nuk është i saktë. Nëse gaboni PIN-in edhe { $count } herë, gjithçka në këtë telefon fshihet.
    }
settings-wipe-title = Fshi gjithçka
settings-wipe-intro = Kjo fshin të gjitha kërkesat dhe draftet në këtë telefon. Nuk mund të zhbëhet. Kërkesat që linja e ndihmës i ka marrë tashmë mbeten te linja e ndihmës.
settings-wipe-confirm = Po, fshi gjithçka

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = A je në rrezik tani?
danger-yes-child = Po, jam në rrezik
danger-no-child = Jo, tani jo
emergency-intro-child = Mund t'i telefonosh këta numra. Nuk të duhet internet.
emergency-call-trace-child = Telefoni yt mban një listë me telefonatat dhe mesazhet. Nëse ke frikë se dikush mund ta shohë, mund t'i fshish më pas.
needs-title-child = Për çfarë të duhet ndihmë?
needs-intro-child = Prek gjithçka që është e vërtetë për ty. Mund ta kapërcesh këtë.
need-legal_immigration-child = Ndihmë me letrat ose dokumentet
need-labour_exploitation-child = Dikush më detyron të punoj
need-sexual_exploitation-child = Dikush më detyron të bëj gjëra seksuale
need-money_debt-child = Dikush thotë se i kam borxh para
need-going_home-child = Dua të shkoj në shtëpi ose të gjej familjen time
need-child_at_risk-child = Një fëmijë tjetër është në rrezik
urgency-title-child = Kur të duhet ndihma?
for-whom-title-child = Kujt i duhet ndihma?
for-whom-self-child = Mua
contact-title-child = Si mund të flasim me ty pa rrezik?
contact-intro-child = Zgjidh një mënyrë që është e sigurt për ty. Askush tjetër nuk duhet ta shohë.
times-title-child = Kur është e sigurt që të të telefonojmë ose të të shkruajmë?
times-intro-child = Mund ta kapërcesh këtë. Atëherë do të jemi shumë të kujdesshëm.
voicemail-title-child = A mund të lëmë një mesazh zanor?
someone-else-title-child = Nëse përgjigjet një person tjetër, çfarë duhet të bëjmë?
responder-title-child = Me kë do të flasësh?
more-title-child = Diçka tjetër?
more-intro-child = Nuk ke pse të përgjigjesh.
place-label-child = Ku je? Mjafton emri i një qyteti.
message-label-child = Na trego çfarë po ndodh, nëse do
consent-title-child = Kush mund ta lexojë atë që shkrove?
consent-intro-child = Ti zgjedh. Zgjedhja më e sigurt është zgjedhur tashmë.
consent-hotline_only-desc-child = Vetëm ndihmësit e linjës së ndihmës e lexojnë. Ata e mbajnë të fshehtë.
consent-may_refer_to_services-desc-child = Linja e ndihmës mund t'u tregojë njerëzve që mbrojnë fëmijët, si një mjek, një shtëpi e sigurt ose një avokat.
consent-may_involve_police-desc-child = Linja e ndihmës mund t'i tregojë edhe policisë, që ajo të ndalojë njerëzit që të lëndojnë.
review-title-child = Shiko përgjigjet e tua
review-intro-child = Kur ta dërgosh, ajo kyçet. Vetëm linja e ndihmës mund ta hapë. Askush nuk mund ta lexojë në këtë telefon, as ti.
submit-done-child = Mesazhi yt është kyçur në këtë telefon. Do të dërgohet kur të ketë internet.
handover-title-child = Pyetje vetëm për ty
handover-person-child = Vetëm ti u përgjigjesh pyetjeve të ardhshme. Personi që të ndihmon nuk do të shohë çfarë thua.
giveback-intro-child = Përgjigjet e tua janë kyçur. Personi që të ndihmon nuk mund t'i shohë. Tani ktheja telefonin.
reference-for-person-child = Këto fjalë janë vetëm për ty. Me to mund të lexosh çfarë të shkruan linja e ndihmës. Në çdo telefon me këtë aplikacion, prek «{ $requests }», pastaj «{ $check }», dhe shkruaj fjalët ose numrat. Mbaji të fshehta: kushdo që i ka mund t'i lexojë përgjigjet.

## Errors (codes come from the app's core)

error-wrong_pin = Ky PIN nuk është i saktë.
error-locked = Ju lutemi hapeni fillimisht aplikacionin me PIN-in tuaj.
error-no_hotline = Ky aplikacion nuk është lidhur ende me një linjë ndihme. Drafti juaj është ruajtur.
error-invalid = Disa përgjigje duhen ndryshuar. Ju lutemi shikoni pyetjet e shënuara.
error-pin_too_short = Një PIN ka 6 deri në 12 shifra.
error-duress_same_as_pin = PIN-i i emergjencës duhet të jetë ndryshe nga PIN-i juaj.
error-worker_drafts_open = Mënyra e punonjësit në terren mbetet e ndezur ndërsa kërkesat e personave që ndihmoni nuk janë dërguar. Dërgojini, ose fshijini te «Kërkesa që nuk janë dërguar ende», pastaj fikeni.
error-already_set_up = Ky aplikacion është konfiguruar tashmë.
error-not_found = Kjo nuk u gjet. Mund të jetë fshirë.
error-internal = Diçka shkoi keq. Kërkesat tuaja të ruajtura janë të sigurta. Ju lutemi provoni përsëri.
error-not_set_up = Ky aplikacion nuk është konfiguruar ende. Ju lutemi zgjidhni fillimisht një PIN.
error-busy = Aplikacioni po dërgon. Ju lutemi provoni përsëri pas pak.
error-status_unavailable = Linja e ndihmës nuk mund të pyetej tani. Kërkesa juaj është e sigurt. Ju lutemi provoni përsëri më vonë.
error-malformed = Disa përgjigje nuk mund të lexoheshin. Ju lutemi kontrollojini dhe provoni përsëri.
error-too_large = Kjo është shumë e gjatë për t'u dërguar. Ju lutemi shkurtojeni mesazhin.
error-unsupported_version = Ky aplikacion ka nevojë për përditësim.
error-profile = Të dhënat e linjës së ndihmës në këtë aplikacion nuk janë të sakta. Drafti juaj është ruajtur. Ju lutemi merrni një version të ri të aplikacionit.
error-sync_client = Aplikacioni nuk mund të lidhet pa rrezik tani. Kërkesa juaj është ruajtur dhe do të dërgohet më vonë.
error-already_exists = Kjo është ruajtur tashmë.
error-empty_pin = Ju lutemi shkruani PIN-in tuaj.
error-invalid_kdf_params = Cilësimet e këtij aplikacioni nuk janë të sakta. Ju lutemi merrni një version të ri të aplikacionit.
error-device_secret_unavailable = Aplikacioni nuk arrin te hapësira e sigurt e këtij telefoni. Ju lutemi rindizni telefonin dhe provoni përsëri.
error-envelope = Kërkesa juaj nuk mund të vulosej për linjën e ndihmës. Ajo është ende e ruajtur si draft.
error-receipt_mismatch = Përgjigja e linjës së ndihmës nuk mund të kontrollohej. Kërkesa juaj do të dërgohet përsëri.
error-corrupt = Të dhënat e ruajtura të aplikacionit janë dëmtuar. Nuk mund të hapen.
error-io = Telefoni nuk mundi ta ruante këtë. Mund të jetë plot. Ju lutemi lironi pak hapësirë dhe provoni përsëri.
error-database = Aplikacioni nuk mundi t'i lexonte ose t'i ruante të dhënat e tij. Kërkesat tuaja të ruajtura janë të sigurta. Ju lutemi provoni përsëri.
error-pin_too_long = Një PIN ka 6 deri në 12 shifra.
error-pin_not_digits = Një PIN ka vetëm shifra.
error-reference_word_count = Një kod ka 9 fjalë. Kontrolloni që i shkruat të gjitha.
error-reference_unknown_word = Një nga fjalët nuk është e saktë. Kontrolloni drejtshkrimin.
check-reference-wrong-word = Fjala numër { $number } nuk është e saktë. Kontrolloni drejtshkrimin.
error-reference_digits = Një kod ka 22 numra. Kontrolloni që i shkruat të gjithë.
error-reference_check = Një fjalë ose numër nuk është i saktë. Kontrolloni secilin dhe provoni përsëri.
error-reference_not_found = Linja e ndihmës nuk ka ende kërkesë me këtë kod. Nëse u dërgua nga një telefon pa internet, do të arrijë kur ai telefon të ketë sërish internet. Ju lutemi provoni përsëri më vonë. Nëse ende nuk gjendet, kontrolloni çdo fjalë ose numër.
field-error-empty = Ju lutemi plotësojeni këtë, ose kapërceni pyetjen.
field-error-not_trimmed = Ju lutemi hiqni hapësirat në fillim ose në fund.
field-error-too_long = Kjo është shumë e gjatë. Më së shumti { $max } shkronja.
field-error-too_many_bytes = Kjo është shumë e gjatë.
field-error-too_many = Janë shumë. Më së shumti { $max }.
field-error-duplicate = Kjo është dy herë në listë.
field-error-control_characters = Këtu ka shenja që nuk mund të përdoren.
field-error-invalid_phone = Ky numër telefoni nuk duket i saktë. Filloni me + dhe kodin e vendit.
field-error-invalid_region = Ky vend nuk njihet.
field-error-invalid_email = Kjo adresë email-i nuk duket e saktë.
field-error-invalid_language = Kjo gjuhë nuk njihet.
field-error-invalid_time_zone = Kjo zonë kohore nuk njihet.
field-error-invalid_time = Ju lutemi zgjidhni një orë fillimi dhe një orë mbarimi që nuk janë të njëjta.
field-error-no_contact_method = Ju lutemi zgjidhni të paktën një mënyrë për t'ju kontaktuar. "Do ta shikoj përgjigjen në këtë aplikacion" mjafton.
field-error-unsupported_version = Ky aplikacion ka nevojë për përditësim.
