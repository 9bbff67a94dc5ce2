## Reach — Română (Romanian)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Română
# The language's name in English, for the language search.
-locale-english = Romanian
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Calculator
quick-exit = Ieșire rapidă
quick-exit-hint = Ascunde imediat această aplicație
back = Înapoi
next = Înainte
skip = Săriți peste
save = Salvați
cancel = Anulați
close = Închideți
done = Gata
optional = opțional
step-of = Pasul { $current } din { $total }
saved-locked = Salvat și încuiat pe acest telefon

## Calculator (the app's disguise)

calc-label = Calculator
calc-display-label = Rezultat
calc-clear = C
calc-equals = =
calc-error = Eroare

## First use: a private PIN

setup-title = Faceți aplicația privată
setup-intro = Alegeți un număr secret (un PIN). Numai dumneavoastră trebuie să-l știți.
setup-how = Ca să deschideți aplicația mai târziu, scrieți PIN-ul pe calculator, apoi apăsați =.
setup-pin-label = PIN-ul dumneavoastră (între 6 și 12 cifre)
setup-pin-repeat-label = Scrieți PIN-ul încă o dată
setup-duress-title = PIN de urgență (puteți sări peste)
setup-duress-intro = Dacă cineva vă obligă să deschideți aplicația, scrieți în loc acest alt PIN. Aplicația va părea goală și tot ce este în ea va fi șters fără nicio urmă.
setup-duress-label = PIN de urgență
setup-submit = Salvați PIN-ul
setup-mismatch = Cele două PIN-uri nu sunt la fel. Vă rugăm să încercați din nou.

## Language

lang-title = Alegeți limba
lang-intro = O puteți schimba mai târziu în Setări.
lang-search-label = Căutați limba dumneavoastră
lang-search-hint = Scrieți numele limbii dumneavoastră, în orice limbă
lang-search-none = Nicio limbă nu se potrivește. Încercați cu mai puține litere.
lang-yours = Limbile de pe acest telefon
lang-all = Toate limbile
lang-load-failed = Această limbă nu a putut fi deschisă, așa că aplicația este afișată în engleză.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Câți ani aveți?
age-intro = Puteți sări peste. Dacă aveți sub 18 ani, aplicația folosește cuvinte mai simple și arată ajutor pentru copii.
age-under_18 = Sub 18
age-18_to_25 = Între 18 și 25
age-26_to_59 = Între 26 și 59
age-60_plus = 60 sau mai mult

## Danger check and emergency numbers

danger-title = Sunteți în pericol chiar acum?
danger-yes = Da, sunt în pericol acum
danger-no = Nu, nu acum
emergency-title = Numere de urgență
emergency-intro = Puteți suna la aceste numere fără internet.
emergency-country-label = Țara dumneavoastră
emergency-police = Poliție și urgențe
emergency-hotline = Ajutor pentru persoanele traficate sau forțate să muncească
emergency-children = Ajutor pentru copii și tineri
emergency-call = Sunați la { $number }
emergency-source = Sursa: { $source }
emergency-checked = Verificat: { $date }
emergency-not-checked = Nu a fost verificat din nou. Dacă numărul nu merge, sunați la numărul de urgență.
emergency-call-trace = Apelurile și mesajele text rămân în listele din telefon. Dacă cineva vă verifică telefonul, le puteți șterge după aceea.
emergency-none = Nu avem încă numere pentru această țară. Dacă sunteți în pericol, sunați la numărul local de urgență.
emergency-continue = Continuați și cereți ajutor

## What help is needed

needs-title = De ce ajutor aveți nevoie?
needs-intro = Alegeți tot ce se potrivește. Puteți sări peste.
need-safety_now = Să fiu în siguranță acum
need-shelter = Un loc sigur unde să stau
need-medical = Un medic sau medicamente
need-legal_immigration = Ajutor cu actele, viza sau legea
need-labour_exploitation = Probleme la muncă sau fără plată
need-sexual_exploitation = Forțare la sex
need-child_at_risk = Un copil este în pericol
need-money_debt = Bani sau datorii
need-going_home = Să merg acasă sau să-mi găsesc familia
need-interpreter = Cineva care vorbește limba mea
need-other = Altceva
urgency-title = Cât de repede aveți nevoie de ajutor?
urgency-now = Acum
urgency-today = Azi
urgency-this_week = Săptămâna aceasta
urgency-not_urgent = Poate aștepta
for-whom-title = Pentru cine este cererea?
for-whom-self = Pentru mine
for-whom-someone_else = Pentru altcineva
for-whom-assisted_by_outreach = Lucrez pe teren și ajut pe cineva

## Safe contact

contact-title = Cum vă poate contacta linia de ajutor în siguranță?
contact-intro = Alegeți cel puțin o cale. Alegeți doar căile care sunt sigure pentru dumneavoastră.
contact-call = Apel telefonic
contact-sms = Mesaj text (SMS)
contact-messaging_app = Aplicație de mesaje
contact-email = E-mail
contact-in_person_via_outreach = Față în față, printr-un lucrător de teren
contact-check_back_in_app = Voi căuta răspunsul în această aplicație
contact-phone-label = Număr de telefon, cu prefixul țării (de exemplu +40…)
contact-app-label = Ce aplicație? (de exemplu WhatsApp, Signal)
contact-handle-label = Numele sau numărul dumneavoastră în acea aplicație
contact-email-label = Adresă de e-mail
times-title = Când este sigur să vă contacteze?
times-intro = Puteți sări peste. Atunci linia de ajutor va fi foarte atentă.
times-add = Adăugați un interval sigur
times-remove = Ștergeți acest interval
times-from = De la
times-to = Până la
times-days = Zile
times-any-day = Orice zi
times-zone = Fus orar
weekday-mon = Luni
weekday-tue = Marți
weekday-wed = Miercuri
weekday-thu = Joi
weekday-fri = Vineri
weekday-sat = Sâmbătă
weekday-sun = Duminică
voicemail-title = Poate linia de ajutor să lase un mesaj vocal?
voicemail-yes = Da, un mesaj vocal este sigur
voicemail-no = Nu, nu lăsați niciodată mesaj vocal
voicemail-unsaid = Dacă nu răspundeți la această întrebare, linia de ajutor nu va lăsa mesaj vocal.
code-word-label = Cuvânt secret
code-word-hint = Linia de ajutor va spune acest cuvânt, ca să știți că sunt într-adevăr ei.
someone-else-title = Dacă răspunde altcineva, linia de ajutor trebuie…
someone-else-hang_up = Să închidă
someone-else-say_wrong_number = Să spună că este un număr greșit
someone-else-ask_for_code_word = Să ceară cuvântul secret
someone-else-other = Să facă altceva
someone-else-other-label = Ce ar trebui să facă?
responder-title = Cu cine ați vrea să vorbiți?
responder-woman = Cu o femeie
responder-man = Cu un bărbat
responder-any_gender = Oricine, nu contează
responder-language-label = Limba în care vreți să vi se răspundă

## More (all optional)

more-title = Puțin mai mult despre dumneavoastră
more-intro = Toate acestea sunt opționale.
place-label = Unde sunteți? Un oraș sau o zonă este de ajuns.
place-hint = Spuneți doar ce vreți. Această aplicație nu vă folosește niciodată locația.
message-label = Mesajul dumneavoastră
message-hint = Puteți scrie în orice limbă.
message-left =
    { $count ->
        [one] A mai rămas { $count } literă
        [few] Au mai rămas { $count } litere
       *[other] Au mai rămas { $count } de litere
    }

## Consent

consent-title = Cine vă poate vedea cererea?
consent-intro = Dumneavoastră decideți. Varianta cea mai privată este deja aleasă.
consent-hotline_only = Doar linia de ajutor
consent-hotline_only-desc = Doar echipa liniei de ajutor o citește. Nu o dau nimănui.
consent-may_refer_to_services = Linia de ajutor și serviciile care pot ajuta
consent-may_refer_to_services-desc = Linia de ajutor o poate trimite la adăposturi, medici sau avocați, ca să vă ajute.
consent-may_involve_police = Linia de ajutor, serviciile și poliția
consent-may_involve_police-desc = Linia de ajutor poate anunța și poliția.
consent-child-note = Pentru că ai sub 18 ani, linia de ajutor poate fi obligată să anunțe oamenii a căror meserie este să protejeze copiii, ca să fii în siguranță.

## Review and send

review-title = Verificați cererea
review-intro = Cererea va fi încuiată, ca doar linia de ajutor să o poată deschide. După ce o trimiteți, nimeni nu o mai poate citi pe acest telefon, nici măcar dumneavoastră.
review-not-answered = Fără răspuns
review-change = Schimbați
review-needs = Ajutor necesar
review-contact = Cum vă contactăm
review-times = Intervale sigure
review-more = Mai multe despre dumneavoastră
review-consent = Cine o poate vedea
submit = Încuiați și trimiteți la linia de ajutor
submit-working = Se încuie cererea…
submit-done = Cererea este încuiată pe acest telefon. Va fi trimisă când va fi internet.

## Status

status-title = Cererile dumneavoastră
status-intro = Aici vedeți unde a ajuns fiecare cerere.
status-empty = Încă nu există cereri.
status-saved = Salvată și încuiată pe acest telefon. Va fi trimisă când va fi internet.
status-sending = Se trimite acum…
status-received = Linia de ajutor a primit-o. Am verificat confirmarea de primire de la linia de ajutor.
status-needs_attention = Această cerere are nevoie de atenția dumneavoastră.
status-attempts =
    { $count ->
        [one] S-a încercat o dată
        [few] S-a încercat de { $count } ori
       *[other] S-a încercat de { $count } de ori
    }
status-hotline-received = Așteaptă să fie citită de cineva de la linia de ajutor.
status-hotline-in_review = Cineva de la linia de ajutor o citește.
status-hotline-answered = Linia de ajutor s-a ocupat de ea.
status-hotline-closed = Linia de ajutor a închis-o.
status-hotline-contact_planned = Cineva de la linia de ajutor pregătește un mod sigur de a vă contacta.
status-hotline-needs_interpreter = Linia de ajutor caută pe cineva care vorbește limba dumneavoastră.
status-hotline-referred = Linia de ajutor a cerut unei organizații partenere să vă ajute.
status-hotline-unknown = Linia de ajutor are vești despre această cerere. Actualizați aplicația când este sigur, ca să vedeți mai mult.
status-replies = Mesaje de la linia de ajutor
status-reply-note = Linia de ajutor a mai scris (poate nu în limba dumneavoastră):
status-reply-unreadable = A sosit un mesaj pe care această aplicație nu l-a putut verifica, așa că nu este afișat.
status-offline = Acum nu este internet. Cererile dumneavoastră sunt în siguranță pe acest telefon.
status-send-now = Trimiteți acum
status-retry = Încercați din nou
status-check = Întrebați linia de ajutor dacă sunt noutăți
status-new = Începeți o cerere nouă

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Am citit cererea dumneavoastră. Vă vom contacta în felul pe care l-ați ales.
reply-call_planned = Vă vom suna { $day }, între { $from } și { $to } (ora de unde sunteți).
reply-message_planned = Vă vom trimite un mesaj { $day }, între { $from } și { $to } (ora de unde sunteți).
reply-interpreter = Căutăm un interpret care vorbește limba dumneavoastră. Vă vom contacta în curând.
reply-referred = Am cerut ajutor unei organizații partenere de lângă dumneavoastră. Organizația vă va contacta în felul pe care l-ați ales.
reply-call_us = Vă rugăm să ne sunați când este sigur pentru dumneavoastră. Dumneavoastră alegeți momentul.
reply-danger = Dacă sunteți în pericol acum, sunați la numărul de urgență. Îl găsiți în această aplicație.
reply-closed = Am închis cererea dumneavoastră. Puteți trimite una nouă oricând.
reply-unknown = Linia de ajutor a trimis un mesaj pe care această versiune a aplicației nu îl poate afișa. Vă rugăm să actualizați aplicația când este sigur.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Cererea ta a fost închisă. Ne spui cum a fost ajutorul? Trei întrebări scurte. Le poți sări.
feedback-private = Răspunsurile tale sunt trimise fără cererea și fără numele tău. Linia de ajutor vede doar totaluri.
feedback-start = Răspunde
feedback-skip = Nu, mulțumesc
feedback-send = Trimite răspunsurile
feedback-q-helped = Ai primit ajutorul de care aveai nevoie?
feedback-q-safe = Te-ai simțit în siguranță când te-am contactat?
feedback-q-recommend = Le-ai spune prietenilor despre noi?
feedback-a-yes = Da
feedback-a-partly = Parțial
feedback-a-no = Nu
feedback-thanks = Mulțumim. Răspunsurile tale vor fi trimise.
feedback-declined = Bine. Nu te mai întrebăm.
feedback-failed = Nu a mers. Te rugăm să încerci din nou.
problem-unknown_key = Aplicația trebuie actualizată înainte de a trimite această cerere.
problem-conflict = Linia de ajutor are o altă cerere cu același număr. Vă rugăm să contactați linia de ajutor în alt mod.
problem-malformed = Linia de ajutor nu a putut citi această cerere. Vă rugăm să începeți o cerere nouă.
problem-too_large = Această cerere este prea lungă. Vă rugăm să începeți una nouă, cu un mesaj mai scurt.
problem-unsupported_media_type = Aplicația trebuie actualizată înainte de a trimite această cerere.
problem-other = Rețeaua sau linia de ajutor a refuzat această cerere. Puteți încerca din nou sau puteți încerca altă rețea.

## Several people on one device (outreach)

drafts-title = Cereri încă netrimise
drafts-continue = Continuați
drafts-delete = Ștergeți
drafts-none = Nimic nu așteaptă.
review-reference = Această persoană nu va păstra telefonul: dați-i un cod
review-reference-hint = Cu un cod, poate citi răspunsurile liniei de ajutor pe orice telefon cu această aplicație. Acest telefon va arăta doar dacă linia de ajutor a primit cererea.
assisted-organisation-label = Organizația dumneavoastră (a lucrătorului de teren)
assisted-hint = Linia de ajutor va vedea că ați ajutat această persoană și cu cine lucrați.
assisted-channel-label = Cum vă poate contacta linia de ajutor (opțional)
reference-title = Codul persoanei
reference-intro = Dați aceste cuvinte persoanei. Cu ele poate citi răspunsurile liniei de ajutor pe orice telefon cu această aplicație. Acest telefon nu le scrie nicăieri și le uită odată ce persoana le are.
reference-for-person = Aceste cuvinte sunt ale dumneavoastră. Cu ele puteți citi răspunsurile liniei de ajutor. Pe orice telefon cu această aplicație, deschideți „{ $requests }”, apoi „{ $check }” și scrieți cuvintele sau cifrele. Păstrați-le în siguranță: oricine le are poate citi răspunsurile.
reference-words = Cuvintele
reference-digits = Același cod în cifre
reference-request = Cererea { $number }
reference-done = Persoana are codul ei
reference-again = Aplicația s-a încuiat în timp ce codul era afișat. Iată-l din nou: dați-l acum persoanei.
status-check-reference = Verifică un cod
check-reference-title = Verifică un cod
check-reference-intro = Scrieți cuvintele sau cifrele pe care le-ați primit. Acest telefon nu le păstrează, nici răspunsurile.
check-reference-no-hotline = Aplicația nu este încă legată de o linie de ajutor, așa că nu poate verifica un cod aici. Vă rugăm să încercați pe alt telefon care are această aplicație.
check-reference-label = Cuvinte sau cifre
check-reference-submit = Verifică
check-reference-working = Se verifică. Poate dura câteva secunde…
check-reference-no-replies = Încă nu sunt mesaje de la linia de ajutor.
check-reference-show-in = Afișează în limba { $language }
worker-title = Muncă de teren
worker-working-as = Lucrați pentru: { $organisation }
worker-intro = Fiecare persoană pe care o ajutați răspunde în limba ei. Răspunsurile pleacă de pe acest telefon sigilate, iar persoana ia cu ea un cod. Aici rămân doar numărul și starea fiecărei cereri.
worker-new-person = Ajutați o persoană nouă
handover-title = Întrebări doar pentru dumneavoastră
handover-worker = Acum dați telefonul persoanei. Ea răspunde singură la întrebările următoare și nu veți vedea răspunsurile ei.
handover-person = Întrebările următoare sunt doar pentru dumneavoastră. Persoana care vă ajută nu va vedea răspunsurile.
handover-start = Începeți
giveback-title = Vă mulțumim
giveback-intro = Răspunsurile dumneavoastră sunt sigilate. Persoana care vă ajută nu le poate vedea. Acum dați telefonul înapoi.
giveback-button = Dați telefonul înapoi
review-private = Persoana a răspuns singură la asta. Nu se afișează.
review-assisted-as = Linia de ajutor va vedea că ați ajutat, ca: { $organisation }
review-later = Nu acum: păstrați în „Cereri încă netrimise”
review-hand-again = Dați din nou telefonul persoanei
review-hand-again-hint = Folosiți acest buton dacă persoana vrea să schimbe ce a răspuns singură sau dacă trebuie corectat ceva acolo. Va vedea din nou întrebarea despre cine poate vedea cererea și va alege din nou.
review-private-fix = Ceva ce persoana a răspuns singură trebuie corectat. Doar ea poate corecta: dați-i din nou telefonul.
age-given-back-worker = Dacă schimbați vârsta la „Sub 18” sau de la „Sub 18” la alta, persoana trebuie să vadă din nou întrebarea despre cine poate vedea cererea: îi veți da telefonul încă o dată.
age-reopened-worker = Schimbarea vârstei afectează alegerea persoanei despre cine poate vedea cererea. Continuați: îi veți da din nou telefonul, iar ea va alege din nou.
setup-worker = Sunt lucrător de teren: ajut alte persoane să ceară ajutor
setup-worker-hint = Linia de ajutor va vedea organizația dumneavoastră la fiecare cerere la care ajutați.
worker-org-needed = Scrieți numele organizației dvs. sau opriți modul de lucrător de teren.
settings-worker-title = Modul lucrător de teren
settings-worker-intro = Ajutați alte persoane să trimită cereri de pe acest telefon. Răspunsurile lor sunt sigilate și fiecare persoană ia cu ea un cod.
settings-worker-on = Porniți
settings-worker-save = Salvați modificările
settings-worker-off = Opriți
settings-worker-saved = Gata. Modul lucrător de teren este pornit.
settings-worker-removed = Gata. Modul lucrător de teren este oprit.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Citiți cu voce tare: { $text }
speak-stop = Opriți citirea
speak-no-voice = Pe acest telefon nu există o voce pentru această limbă.
speak-unavailable = Citirea cu voce tare nu funcționează acum pe acest telefon.
speak-headphones = Folosiți căști dacă cineva din apropiere ar putea auzi.

## Settings

settings-title = Setări
settings-language = Limbă
settings-read-aloud = Fiecare ecran este citit cu voce tare când se deschide
settings-lock = Încuiați acum
settings-less-protected = Mai puțin protejat pe acest dispozitiv: aici nu există un loc sigur pentru chei, așa că cineva care copiază fișierele aplicației ar putea încerca să vă ghicească PIN-ul. Un PIN mai lung vă protejează mai bine.
settings-duress-title = PIN de urgență
settings-duress-intro = Un al doilea PIN, pentru cazul în care cineva vă obligă să deschideți aplicația. Șterge totul fără nicio urmă.
settings-current-pin = PIN-ul dumneavoastră
settings-duress-save = Salvați PIN-ul de urgență
settings-duress-remove = Ștergeți PIN-ul de urgență
settings-pin-title = Schimbați PIN-ul dumneavoastră
settings-new-pin = PIN-ul nou (între 6 și 12 cifre)
settings-new-pin-again = Scrieți PIN-ul nou încă o dată
settings-pin-save = Schimbați PIN-ul
settings-pin-changed = PIN-ul dumneavoastră a fost schimbat. De acum înainte, folosiți PIN-ul nou.
settings-duress-saved = Gata. PIN-ul de urgență este salvat.
settings-duress-removed = Gata. Acum nu mai există niciun PIN de urgență.
pin-wrong-left =
    { $count ->
        [one] PIN-ul nu este corect. După încă un PIN greșit, tot ce este pe acest telefon va fi șters.
        [few] PIN-ul nu este corect. După încă { $count } PIN-uri greșite, tot ce este pe acest telefon va fi șters.
       *[other] PIN-ul nu este corect. După încă { $count } de PIN-uri greșite, tot ce este pe acest telefon va fi șters.
    }
settings-wipe-title = Ștergeți tot
settings-wipe-intro = Aceasta șterge toate cererile și ciornele de pe acest telefon. Nu se poate anula. Cererile pe care linia de ajutor le-a primit deja rămân la linia de ajutor.
settings-wipe-confirm = Da, ștergeți tot

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Ești în pericol acum?
danger-yes-child = Da, sunt în pericol
danger-no-child = Nu, acum nu
emergency-intro-child = Poți suna la aceste numere. Nu ai nevoie de internet.
emergency-call-trace-child = Telefonul tău păstrează o listă cu apeluri și mesaje. Dacă îți faci griji că o va vedea cineva, le poți șterge după aceea.
needs-title-child = Cu ce ai nevoie de ajutor?
needs-intro-child = Atinge tot ce este adevărat pentru tine. Poți sări peste.
need-legal_immigration-child = Ajutor cu actele sau documentele
need-labour_exploitation-child = Cineva mă obligă să muncesc
need-sexual_exploitation-child = Cineva mă obligă să fac lucruri sexuale
need-money_debt-child = Cineva spune că îi datorez bani
need-going_home-child = Vreau să merg acasă sau să-mi găsesc familia
need-child_at_risk-child = Alt copil este în pericol
urgency-title-child = Când ai nevoie de ajutor?
for-whom-title-child = Cine are nevoie de ajutor?
for-whom-self-child = Eu
contact-title-child = Cum putem vorbi cu tine în siguranță?
contact-intro-child = Alege o cale care este sigură pentru tine. Nimeni altcineva nu ar trebui să o vadă.
times-title-child = Când este sigur să te sunăm sau să-ți scriem?
times-intro-child = Poți sări peste. Atunci vom fi foarte atenți.
voicemail-title-child = Putem să-ți lăsăm un mesaj vocal?
someone-else-title-child = Dacă răspunde altcineva, ce să facem?
responder-title-child = Cu cine vrei să vorbești?
more-title-child = Mai e ceva?
more-intro-child = Nu trebuie să răspunzi.
place-label-child = Unde ești? Numele unui oraș este de ajuns.
message-label-child = Spune-ne ce se întâmplă, dacă vrei
consent-title-child = Cine poate citi ce ai scris?
consent-intro-child = Tu alegi. Varianta cea mai sigură este deja aleasă.
consent-hotline_only-desc-child = Doar oamenii care ajută la linia de ajutor citesc ce ai scris. Ei păstrează secretul.
consent-may_refer_to_services-desc-child = Linia de ajutor poate anunța oameni care îi apără pe copii, de exemplu un medic, o casă sigură sau un avocat.
consent-may_involve_police-desc-child = Linia de ajutor poate anunța și poliția, ca să-i oprească pe oamenii care îți fac rău.
review-title-child = Uită-te la răspunsurile tale
review-intro-child = Când trimiți mesajul, el se încuie. Doar linia de ajutor îl poate deschide. Nimeni nu-l poate citi pe acest telefon, nici măcar tu.
submit-done-child = Mesajul tău este încuiat pe acest telefon. Va fi trimis când va fi internet.
handover-title-child = Întrebări doar pentru tine
handover-person-child = Doar tu răspunzi la întrebările următoare. Persoana care te ajută nu va vedea ce spui.
giveback-intro-child = Răspunsurile tale sunt încuiate. Persoana care te ajută nu le poate vedea. Acum dă-i telefonul înapoi.
reference-for-person-child = Aceste cuvinte sunt doar pentru tine. Cu ele poți citi ce îți scrie linia de ajutor. Pe orice telefon cu această aplicație, atinge „{ $requests }”, apoi „{ $check }” și scrie cuvintele sau cifrele. Păstrează-le secrete: oricine le are poate citi răspunsurile.

## Errors (codes come from the app's core)

error-wrong_pin = PIN-ul nu este corect.
error-locked = Vă rugăm să deschideți mai întâi aplicația cu PIN-ul.
error-no_hotline = Aplicația nu este încă legată de o linie de ajutor. Ciorna este salvată.
error-invalid = Unele răspunsuri trebuie schimbate. Vă rugăm să vă uitați la întrebările marcate.
error-pin_too_short = Un PIN are între 6 și 12 cifre.
error-duress_same_as_pin = PIN-ul de urgență trebuie să fie diferit de PIN-ul dumneavoastră.
error-worker_drafts_open = Modul lucrător de teren rămâne pornit cât timp cererile persoanelor pe care le ajutați nu sunt trimise. Trimiteți-le sau ștergeți-le în „Cereri încă netrimise”, apoi opriți-l.
error-already_set_up = Aplicația este deja pregătită.
error-not_found = Nu a fost găsit. Poate a fost șters.
error-internal = Ceva nu a mers bine. Cererile salvate sunt în siguranță. Vă rugăm să încercați din nou.
error-not_set_up = Aplicația nu este încă pregătită. Vă rugăm să alegeți mai întâi un PIN.
error-busy = Aplicația trimite acum. Vă rugăm să încercați din nou peste puțin timp.
error-status_unavailable = Linia de ajutor nu a putut fi întrebată acum. Cererea este în siguranță. Vă rugăm să încercați din nou mai târziu.
error-malformed = Unele răspunsuri nu au putut fi citite. Vă rugăm să le verificați și să încercați din nou.
error-too_large = Este prea lung pentru a fi trimis. Vă rugăm să scrieți un mesaj mai scurt.
error-unsupported_version = Aplicația trebuie actualizată.
error-profile = Datele liniei de ajutor din aplicație nu sunt corecte. Ciorna este salvată. Vă rugăm să instalați o versiune nouă a aplicației.
error-sync_client = Acum aplicația nu se poate conecta în siguranță. Cererea este salvată și va fi trimisă mai târziu.
error-already_exists = Acest lucru este deja salvat.
error-empty_pin = Vă rugăm să scrieți PIN-ul.
error-invalid_kdf_params = Setările aplicației nu sunt corecte. Vă rugăm să instalați o versiune nouă a aplicației.
error-device_secret_unavailable = Aplicația nu poate folosi locul sigur pentru chei de pe acest telefon. Vă rugăm să reporniți telefonul și să încercați din nou.
error-envelope = Cererea nu a putut fi încuiată pentru linia de ajutor. Este în continuare salvată ca ciornă.
error-receipt_mismatch = Răspunsul liniei de ajutor nu a putut fi verificat. Cererea va fi trimisă din nou.
error-corrupt = Datele salvate ale aplicației sunt deteriorate. Nu pot fi deschise.
error-io = Telefonul nu a putut salva acest lucru. Poate este plin. Vă rugăm să eliberați puțin spațiu și să încercați din nou.
error-database = Aplicația nu a putut citi sau salva datele. Cererile salvate sunt în siguranță. Vă rugăm să încercați din nou.
error-pin_too_long = Un PIN are între 6 și 12 cifre.
error-pin_not_digits = Un PIN are numai cifre.
error-reference_word_count = Un cod are 9 cuvinte. Verificați că le-ați scris pe toate.
error-reference_unknown_word = Unul dintre cuvinte nu este corect. Verificați cum e scris.
check-reference-wrong-word = Cuvântul cu numărul { $number } nu este corect. Verificați cum e scris.
error-reference_digits = Un cod are 22 de cifre. Verificați că le-ați scris pe toate.
error-reference_check = Un cuvânt sau o cifră nu este corectă. Verificați fiecare și încercați din nou.
error-reference_not_found = Linia de ajutor nu are încă nicio cerere cu acest cod. Dacă a fost trimisă de pe un telefon fără internet, ajunge când acel telefon are din nou internet. Vă rugăm să încercați din nou mai târziu. Dacă tot nu este găsită, verificați fiecare cuvânt sau cifră.
field-error-empty = Vă rugăm să completați aici sau să săriți peste întrebare.
field-error-not_trimmed = Vă rugăm să ștergeți spațiile de la început sau de la sfârșit.
field-error-too_long = Este prea lung. Număr maxim de litere: { $max }.
field-error-too_many_bytes = Este prea lung.
field-error-too_many = Prea multe. Cel mult: { $max }.
field-error-duplicate = Apare de două ori în listă.
field-error-control_characters = Conține caractere care nu pot fi folosite.
field-error-invalid_phone = Numărul de telefon nu pare corect. Începeți cu + și prefixul țării.
field-error-invalid_region = Această țară nu este cunoscută.
field-error-invalid_email = Adresa de e-mail nu pare corectă.
field-error-invalid_language = Această limbă nu este cunoscută.
field-error-invalid_time_zone = Acest fus orar nu este cunoscut.
field-error-invalid_time = Vă rugăm să alegeți o oră de început și o oră de sfârșit diferite.
field-error-no_contact_method = Vă rugăm să alegeți cel puțin o cale prin care să vă contactăm. „Voi căuta răspunsul în această aplicație” este de ajuns.
field-error-unsupported_version = Aplicația trebuie actualizată.
