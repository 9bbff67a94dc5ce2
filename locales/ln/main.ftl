## Reach — Lingála (Lingala)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Lingála
# The language's name in English, for the language search.
-locale-english = Lingala
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Kalkilatrisi
quick-exit = Bima noki
quick-exit-hint = Ebombi aplikasyo oyo mbala moko
back = Zonga
next = Oyo elandi
skip = Leka oyo
save = Bomba
cancel = Tika
close = Kanga
done = Esili
optional = ezali na makasi te
step-of = Etape { $current } na { $total }
saved-locked = Ebombami mpe ekangami na telefone oyo

## Calculator (the app's disguise)

calc-label = Kalkilatrisi
calc-display-label = Eyano
calc-clear = C
calc-equals = =
calc-error = Libunga

## First use: a private PIN

setup-title = Komisa aplikasyo oyo ya sekele
setup-intro = Pona nimero ya sekele (PIN). Esengeli koyebana kaka na yo.
setup-how = Mpo na kofungola aplikasyo oyo sima, koma PIN na yo na kalkilatrisi, sima fina =.
setup-pin-label = PIN na yo (nimero 6 kino 12)
setup-pin-repeat-label = Koma lisusu PIN na yo
setup-duress-title = PIN ya likama (okoki koleka oyo)
setup-duress-intro = Soki moto asɛngi yo na makasi ofungola aplikasyo oyo, koma PIN mosusu oyo na esika ya oyo na yo. Aplikasyo ekomonana pamba, mpe nyonso oyo ezali na kati ekolongwa kozanga elembo moko te.
setup-duress-label = PIN ya likama
setup-submit = Bomba PIN na ngai
setup-mismatch = Ba PIN mibale ekokani te. Tosɛngi yo omeka lisusu.

## Language

lang-title = Pona lokota na yo
lang-intro = Okoki kobongola yango sima na Mibongiseli.
lang-search-label = Luka lokota na yo
lang-search-hint = Koma nkombo ya lokota na yo, na lokota nyonso
lang-search-none = Lokota moko te ekokani na oyo. Meka na nkoma moke.
lang-yours = Nkota oyo ezali na telefone oyo
lang-all = Nkota nyonso
lang-load-failed = Lokota oyo efungwami te, yango wana aplikasyo ezali kolakisama na Lingelesi.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Ozali na mbula boni?
age-intro = Okoki koleka oyo. Soki ozali na mbula na se ya 18, aplikasyo ekosalela maloba ya pɛtɛɛ mpe ekolakisa lisalisi mpo na bana.
age-under_18 = Na se ya 18
age-18_to_25 = 18 kino 25
age-26_to_59 = 26 kino 59
age-60_plus = 60 to koleka

## Danger check and emergency numbers

danger-title = Ozali na likama sikawa?
danger-yes = Ɛɛ, nazali na likama sikawa
danger-no = Te, sikawa te
emergency-title = Nimero ya lisalisi ya noki
emergency-intro = Okoki kobenga nimero oyo kozanga intɛrnɛtɛ.
emergency-country-label = Mboka na yo
emergency-police = Polisi mpe lisalisi ya noki
emergency-hotline = Lisalisi mpo na bato oyo batɛkami to bapusami na makasi kosala mosala
emergency-children = Lisalisi mpo na bana mpe bilenge
emergency-call = Benga { $number }
emergency-source = Euti na: { $source }
emergency-checked = Etalelami: { $date }
emergency-not-checked = Etalelami lisusu naino te. Soki nimero esali te, benga nimero ya lisalisi ya noki.
emergency-call-trace = Ba-appel mpe nsango ya kokoma etikalaka na ba-liste ya telefone na yo. Soki moto moko atalaka telefone na yo, okoki kolongola yango na nsima.
emergency-none = Tozali naino na nimero ya mboka oyo te. Soki ozali na likama, benga nimero ya lisalisi ya noki ya esika ozali.
emergency-continue = Kende liboso mpe sɛnga lisalisi

## What help is needed

needs-title = Osengeli na lisalisi nini?
needs-intro = Pona nyonso oyo ekokani na yo. Okoki koleka oyo.
need-safety_now = Kozala na kimya sikawa
need-shelter = Esika ya kimya ya kofanda
need-medical = Monganga to nkisi
need-legal_immigration = Lisalisi mpo na mikanda, viza to mibeko
need-labour_exploitation = Mikakatano na mosala to bafuti ngai te
need-sexual_exploitation = Bapusi ngai na makasi na kosangisa nzoto
need-child_at_risk = Mwana azali na likama
need-money_debt = Mbongo to nyongo
need-going_home = Kozonga na ndako to koluka libota
need-interpreter = Moto oyo aloba lokota na ngai
need-other = Eloko mosusu
urgency-title = Osengeli na lisalisi mokolo nini?
urgency-now = Sikawa
urgency-today = Lɛlɔ
urgency-this_week = Pɔsɔ oyo
urgency-not_urgent = Ekoki kozela
for-whom-title = Bosɛngi oyo ezali mpo na nani?
for-whom-self = Mpo na ngai
for-whom-someone_else = Mpo na moto mosusu
for-whom-assisted_by_outreach = Nazali mosali oyo asalisaka bato, nazali kosalisa moto

## Safe contact

contact-title = Ndenge nini bato ya lisalisi bakoki kokutana na yo na kimya?
contact-intro = Pona ata nzela moko. Pona kaka banzela oyo ezali malamu mpo na yo.
contact-call = Kobenga na telefone
contact-sms = Nsango ya kokoma (SMS)
contact-messaging_app = Aplikasyo ya nsango
contact-email = Imɛlɛ
contact-in_person_via_outreach = Miso na miso, na nzela ya mosali oyo asalisaka bato
contact-check_back_in_app = Nakotala eyano na aplikasyo oyo
contact-phone-label = Nimero ya telefone, na kodi ya mboka (ndakisa +243…)
contact-app-label = Aplikasyo nini? (ndakisa WhatsApp, Signal)
contact-handle-label = Nkombo na yo to nimero na yo na aplikasyo wana
contact-email-label = Adrɛsi ya imɛlɛ
times-title = Ntango nini ezali malamu kokutana na yo?
times-intro = Okoki koleka oyo. Bongo bato ya lisalisi bakokeba mingi.
times-add = Bakisa ntango ya kimya
times-remove = Longola ntango oyo
times-from = Kobanda
times-to = Kino
times-days = Mikɔlɔ
times-any-day = Mokɔlɔ nyonso
times-zone = Ngonga ya esika
weekday-mon = Mokɔlɔ ya yambo
weekday-tue = Mokɔlɔ ya mibale
weekday-wed = Mokɔlɔ ya misato
weekday-thu = Mokɔlɔ ya minei
weekday-fri = Mokɔlɔ ya mitano
weekday-sat = Mpɔsɔ
weekday-sun = Lomingo
voicemail-title = Bato ya lisalisi bakoki kotika nsango ya mongongo?
voicemail-yes = Ɛɛ, nsango ya mongongo ezali malamu
voicemail-no = Te, botika ata moke te nsango ya mongongo
voicemail-unsaid = Soki oyanoli te, bato ya lisalisi bakotika nsango te.
code-word-label = Liloba ya sekele
code-word-hint = Bato ya lisalisi bakoloba liloba oyo, mpo oyeba ete ezali solo bango.
someone-else-title = Soki moto mosusu ayanoli, bato ya lisalisi basengeli…
someone-else-hang_up = Kokata telefone
someone-else-say_wrong_number = Koloba ete ezali nimero ya libunga
someone-else-ask_for_code_word = Kotuna liloba ya sekele
someone-else-other = Eloko mosusu
someone-else-other-label = Basengeli kosala nini?
responder-title = Olingi kosolola na nani?
responder-woman = Mwasi
responder-man = Mobali
responder-any_gender = Moto nyonso azali malamu
responder-language-label = Lokota oyo olingi bayanola yo na yango

## More (all optional)

more-title = Moke lisusu na ntina na yo
more-intro = Nyonso oyo ezali na makasi te.
place-label = Ozali wapi? Engumba to etuka ekoki.
place-hint = Koma kaka oyo olingi. Aplikasyo oyo esalelaka ata moke te esika ozali.
message-label = Nsango na yo
message-hint = Okoki kokoma na lokota nyonso.
message-left =
    { $count ->
        [one] Etikali nkoma { $count }
       *[other] Etikali nkoma { $count }
    }

## Consent

consent-title = Nani akoki komona bosɛngi na yo?
consent-intro = Ezali yo nde ozwi mokano. Eponi oyo ya sekele koleka esi eponami.
consent-hotline_only = Kaka bato ya lisalisi
consent-hotline_only-desc = Kaka etuluku ya bato ya lisalisi nde ekotanga yango. Bakopesa yango na moto mosusu te.
consent-may_refer_to_services = Bato ya lisalisi mpe bisika oyo ekoki kosalisa
consent-may_refer_to_services-desc = Bato ya lisalisi bakoki kopesa yango na bisika ya kobatela bato, na bamonganga to na ba-avoka, mpo na kosalisa yo.
consent-may_involve_police = Bato ya lisalisi, bisika ya lisalisi mpe polisi
consent-may_involve_police-desc = Bato ya lisalisi bakoki mpe koyebisa polisi.
consent-child-note = Lokola ozali na mbula na se ya 18, bato ya lisalisi bakoki kosɛngama koyebisa bato oyo mosala na bango ezali kobatela bana, mpo ozala na kimya.

## Review and send

review-title = Tala bosɛngi na yo
review-intro = Bosɛngi na yo ekokangama mpo ete kaka bato ya lisalisi bakoka kofungola yango. Soki otindi yango, moto moko te akoki kotanga yango na telefone oyo, ata yo te.
review-not-answered = Eyanolami te
review-change = Bongola
review-needs = Lisalisi oyo esengeli
review-contact = Ndenge ya kokutana na yo
review-times = Bantango ya kimya
review-more = Mingi na ntina na yo
review-consent = Nani akoki komona yango
submit = Kanga mpe tinda epai ya bato ya lisalisi
submit-working = Bosɛngi na yo ezali kokangama…
submit-done = Bosɛngi na yo ekangami na telefone oyo. Ekotindama ntango intɛrnɛtɛ ekozala.

## Status

status-title = Masɛngi na yo
status-intro = Awa okoki komona esika bosɛngi moko na moko ekomi.
status-empty = Bosɛngi moko te naino.
status-saved = Ebombami na telefone oyo mpe ekangami. Ekotindama ntango intɛrnɛtɛ ekozala.
status-sending = Ezali kotindama sikawa…
status-received = Bato ya lisalisi bazwi yango. Totaleli ndinga oyo bato ya lisalisi batindaki.
status-needs_attention = Bosɛngi oyo esengeli ete otala yango.
status-attempts =
    { $count ->
        [one] Emekami mbala { $count }
       *[other] Emekami mbala { $count }
    }
status-hotline-received = Ezali kozela ete moto ya lisalisi atanga yango.
status-hotline-in_review = Moto ya lisalisi azali kotanga yango.
status-hotline-answered = Bato ya lisalisi basali eloko mpo na yango.
status-hotline-closed = Bato ya lisalisi bakangi yango.
status-hotline-contact_planned = Moto ya lisalisi azali kobongisa ndenge ya kokutana na yo na kimya.
status-hotline-needs_interpreter = Bato ya lisalisi bazali koluka moto oyo aloba lokota na yo.
status-hotline-referred = Bato ya lisalisi basɛngi lisanga moko ya baninga na bango kosalisa yo.
status-hotline-unknown = Bato ya lisalisi bazali na sango mpo na yango. Zongisa aplikasyo na sika ntango ezali malamu mpo omona mingi.
status-replies = Nsango euti na bato ya lisalisi
status-reply-note = Bato ya lisalisi bakomi lisusu (mbala mosusu na lokota na yo te):
status-reply-unreadable = Nsango moko eyei oyo aplikasyo ekokaki kotalela te, yango wana ezali kolakisama te.
status-offline = Intɛrnɛtɛ ezali te sikawa. Masɛngi na yo ezali malamu na telefone oyo.
status-send-now = Tinda sikawa
status-retry = Meka lisusu
status-check = Tuna bato ya lisalisi sango
status-new = Banda bosɛngi ya sika

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Totangi bosɛngi na yo. Tokokutana na yo na nzela oyo oponaki.
reply-call_planned = Tokobenga yo mokolo { $day } kati na { $from } mpe { $to } (ngonga ya esika na yo).
reply-message_planned = Tokotindela yo nsango mokolo { $day } kati na { $from } mpe { $to } (ngonga ya esika na yo).
reply-interpreter = Tozali koluka mobongoli oyo aloba lokota na yo. Tokokutana na yo noki.
reply-referred = Tosɛngi lisanga moko ya baninga na biso pene na yo kosalisa yo. Bakokutana na yo na nzela oyo oponaki.
reply-call_us = Tosɛngi yo obenga biso ntango ezali malamu mpo na yo. Yo nde oponaka ntango.
reply-danger = Soki ozali na likama sikawa, benga nimero ya lisalisi ya noki. Okoki kozwa yango na aplikasyo oyo.
reply-closed = Tokangi bosɛngi na yo. Okoki kotinda mosusu ntango nyonso.
reply-unknown = Bato ya lisalisi batindi nsango oyo aplikasyo oyo ekoki kolakisa te. Tosɛngi yo ozongisa aplikasyo na sika ntango ezali malamu.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Bosɛngi na yo ekangami. Okoki koyebisa biso ndenge lisalisi elekaki? Mituna misato ya mokuse. Okoki koleka yango.
feedback-private = Biyano na yo etindamaka kozanga bosɛngi na yo to nkombo na yo. Bato ya lisalisi bamonaka kaka motango ya nyonso.
feedback-start = Yanola
feedback-skip = Te, matɔndɔ
feedback-send = Tinda biyano
feedback-q-helped = Ozwaki lisalisi oyo ozalaki na yango mposa?
feedback-q-safe = Omiyokaki na kimya ntango tokutanaki na yo?
feedback-q-recommend = Okoki koyebisa moninga na yo mpo na biso?
feedback-a-yes = Ɛɛ
feedback-a-partly = Ndambo
feedback-a-no = Te
feedback-thanks = Matɔndɔ. Biyano na yo ekotindama.
feedback-declined = Malamu. Tokotuna lisusu te.
feedback-failed = Yango esali te. Tosɛngi yo omeka lisusu.
problem-unknown_key = Aplikasyo oyo esengeli kozongisama na sika liboso bosɛngi oyo etindama.
problem-conflict = Bato ya lisalisi bazali na bosɛngi mosusu na nimero moko. Tosɛngi yo okutana na bato ya lisalisi na nzela mosusu.
problem-malformed = Bato ya lisalisi bakoki kotanga bosɛngi oyo te. Tosɛngi yo obanda bosɛngi ya sika.
problem-too_large = Bosɛngi oyo eleki molai. Tosɛngi yo obanda mosusu na nsango ya mokuse.
problem-unsupported_media_type = Aplikasyo oyo esengeli kozongisama na sika liboso bosɛngi oyo etindama.
problem-other = Rezo to bato ya lisalisi baboyi bosɛngi oyo. Okoki komeka lisusu, to komeka rezo mosusu.

## Several people on one device (outreach)

drafts-title = Masɛngi oyo etindami naino te
drafts-continue = Kende liboso
drafts-delete = Longola
drafts-none = Eloko moko te ezali kozela.
review-reference = Moto oyo akokende na telefone oyo te: pesa ye kode
review-reference-hint = Na kode, akoki kotanga biyano ya bato ya lisalisi na telefone nyonso oyo ezali na aplikasyo oyo. Telefone oyo ekolakisa kaka soki bato ya lisalisi bazwi bosɛngi to te.
assisted-organisation-label = Ebongiseli na yo (yo, mosali ya esika)
assisted-hint = Bato ya lisalisi bakomona ete osalisaki moto oyo, mpe na nani osalaka.
assisted-channel-label = Ndenge bato ya lisalisi bakoki kokutana na yo (soki olingi)
reference-title = Kode ya moto oyo
reference-intro = Pesa moto oyo maloba oyo. Na maloba yango, akoki kotanga biyano ya bato ya lisalisi na telefone nyonso oyo ezali na aplikasyo oyo. Telefone oyo ekomaka yango na esika moko te, mpe ekobosana yango ntango moto oyo akozwa yango.
reference-for-person = Maloba oyo ezali ya yo. Na maloba yango, okoki kotanga biyano ya bato ya lisalisi. Na telefone nyonso oyo ezali na aplikasyo oyo, fungola “{ $requests }”, na nsima “{ $check }”, mpe koma maloba to nimero. Bomba yango malamu: moto nyonso oyo azali na yango akoki kotanga biyano.
reference-words = Maloba
reference-digits = Kode yango moko na nimero
reference-request = Bosɛngi { $number }
reference-done = Moto oyo azwi kode na ye
reference-again = Aplikasyo ekangamaki ntango kode ezalaki komonana. Kode yango oyo lisusu: pesa moto oyo yango sikawa.
status-check-reference = Tala kode
check-reference-title = Tala kode
check-reference-intro = Koma maloba to nimero oyo bapesaki yo. Telefone oyo ebombaka yango te, ata biyano te.
check-reference-no-hotline = Aplikasyo oyo ekangisami naino na bato ya lisalisi te, yango wana ekoki kotala kode awa te. Tosɛngi yo omeka na telefone mosusu oyo ezali na aplikasyo oyo.
check-reference-label = Maloba to nimero
check-reference-submit = Tala
check-reference-working = Tozali kotala. Ekoki kozwa basekonde moke…
check-reference-no-replies = Naino sango moko te euti na bato ya lisalisi.
check-reference-show-in = Lakisa na { $language }
worker-title = Mosala ya esika
worker-working-as = Ozali kosala lokola: { $organisation }
worker-intro = Moto nyonso oyo ozali kosalisa azali koyanola na monɔkɔ na ye. Biyano na ye ebimaka na telefone oyo ekangami, mpe moto yango akendaka na kode. Awa etikalaka kaka nimero mpe ezalela ya lisɛngi moko na moko.
worker-new-person = Salisá moto ya sika
handover-title = Mituna mpo na yo kaka
handover-worker = Sikoyo pesá moto yango telefone. Akoyanola mituna oyo ekolanda ye moko, mpe okomona biyano na ye te.
handover-person = Mituna oyo ekolanda ezali mpo na yo kaka. Moto oyo azali kosalisa yo akomona biyano na yo te.
handover-start = Banda
giveback-title = Matɔndɔ
giveback-intro = Biyano na yo ekangami. Moto oyo azali kosalisa yo akoki komona yango te. Sikoyo zongisá telefone.
giveback-button = Zongisá telefone
review-private = Moto yango ayanolaki likambo oyo ye moko. Emonisami te.
review-assisted-as = Molɔngɔ ya lisalisi ekomona ete osalisaki, lokola: { $organisation }
review-later = Sikoyo te: tika yango na “Masɛngi oyo etindami naino te”
review-hand-again = Pesá moto yango telefone lisusu
review-hand-again-hint = Salelá yango soki moto yango alingi kobongola oyo ayanolaki ye moko, to soki likambo moko kuna esengeli kobongisama. Akomona lisusu “Nani akoki komona yango” mpe akopona lisusu.
review-private-fix = Likambo moko oyo moto yango ayanolaki ye moko esengeli kobongisama. Kaka ye nde akoki kobongisa yango: pesá ye telefone lisusu.
age-given-back-worker = Soki obongoli mbula na “Na se ya 18” to olongoli yango kuna, moto yango asengeli komona lisusu “Nani akoki komona yango”: okopesa ye telefone mbala moko lisusu.
age-reopened-worker = Lokola mbula ebongwani, eponi ya moto yango na “Nani akoki komona yango” ebongwani. Kende liboso: okopesa ye telefone lisusu, mpe akopona lisusu.
setup-worker = Nazali mosali ya esika: nasalisaka bato mosusu básɛnga lisalisi
setup-worker-hint = Molɔngɔ ya lisalisi ekomona ebongiseli na yo na lisɛngi nyonso oyo okosalisa.
worker-org-needed = Komá nkómbó ya ebongiseli na yo, to kanga lolenge ya mosáli ya libándá.
settings-worker-title = Lolenge ya mosali ya esika
settings-worker-intro = Salisá bato mosusu batinda masɛngi na telefone oyo. Biyano na bango ekangamaka, mpe moto nyonso akendaka na kode.
settings-worker-on = Pelisá
settings-worker-save = Bomba mbongwana
settings-worker-off = Kufisá
settings-worker-saved = Esili. Lolenge ya mosali ya esika epeli.
settings-worker-removed = Esili. Lolenge ya mosali ya esika ekufi.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Tanga na mongongo: { $text }
speak-stop = Tika kotanga
speak-no-voice = Mongongo ya lokota oyo ezali te na telefone oyo.
speak-unavailable = Kotanga na mongongo esali te na telefone oyo sikawa.
speak-headphones = Salela ba-écouteurs soki moto moko pene na yo akoki koyoka.

## Settings

settings-title = Mibongiseli
settings-language = Lokota
settings-read-aloud = Tanga na mongongo ekrani moko na moko ntango efungwami
settings-lock = Kanga sikawa
settings-less-protected = Kobatelama moke na esaleli oyo: esika ya kobomba bafungola na kimya ezali awa te, yango wana moto nyonso oyo akopi bafisye ya aplikasyo akoki komeka kokanisa PIN na yo. PIN ya molai ebatelaka yo malamu koleka.
settings-duress-title = PIN ya likama
settings-duress-intro = PIN ya mibale mpo na ntango moto apusi yo na makasi ofungola aplikasyo. Elongolaka nyonso kozanga elembo moko te.
settings-current-pin = PIN na yo
settings-duress-save = Bomba PIN ya likama
settings-duress-remove = Longola PIN ya likama
settings-pin-title = Bongola PIN na yo
settings-new-pin = PIN ya sika (nimero 6 kino 12)
settings-new-pin-again = PIN ya sika lisusu
settings-pin-save = Bongola PIN
settings-pin-changed = PIN na yo ebongwani. Kobanda sikawa, salela PIN ya sika.
settings-duress-saved = Esili. PIN na yo ya likama ebombami.
settings-duress-removed = Esili. PIN ya likama ezali lisusu te.
pin-wrong-left =
    { $count ->
        [one] PIN yango ezali malamu te. Soki okomi PIN ya libunga mbala { $count } lisusu, nyonso oyo ezali na telefone oyo ekolongolama.
       *[other] PIN yango ezali malamu te. Soki okomi PIN ya libunga mbala { $count } lisusu, nyonso oyo ezali na telefone oyo ekolongolama.
    }
settings-wipe-title = Longola nyonso
settings-wipe-intro = Oyo elongolaka masɛngi nyonso mpe makomi nyonso oyo etindami te na telefone oyo. Ekoki kozonga te. Masɛngi oyo bato ya lisalisi bazwaki kala etikalaka epai na bango.
settings-wipe-confirm = Ɛɛ, longola nyonso

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Ozali na likama sikawa?
danger-yes-child = Ɛɛ, nazali na likama
danger-no-child = Te, sikawa te
emergency-intro-child = Okoki kobenga nimero oyo. Osengeli na intɛrnɛtɛ te.
emergency-call-trace-child = Telefone na yo ebombaka liste ya ba-appel mpe ya nsango. Soki obangi ete moto akomona yango, okoki kolongola yango na nsima.
needs-title-child = Osengeli na lisalisi mpo na nini?
needs-intro-child = Fina biloko nyonso oyo ezali solo mpo na yo. Okoki koleka oyo.
need-legal_immigration-child = Lisalisi mpo na mikanda
need-labour_exploitation-child = Moto moko apusaka ngai na makasi nasala mosala
need-sexual_exploitation-child = Moto moko apusaka ngai na makasi nasala makambo ya kosangisa nzoto
need-money_debt-child = Moto moko alobaka ete nazali na nyongo na ye
need-going_home-child = Nalingi kozonga na ndako to koluka libota na ngai
need-child_at_risk-child = Mwana mosusu azali na likama
urgency-title-child = Ntango nini osengeli na lisalisi?
for-whom-title-child = Nani asengeli na lisalisi?
for-whom-self-child = Ngai
contact-title-child = Ndenge nini tokoki kosolola na yo na kimya?
contact-intro-child = Pona nzela oyo ezali malamu mpo na yo. Moto mosusu asengeli komona yango te.
times-title-child = Ntango nini ezali malamu mpo tobenga yo to tokomela yo?
times-intro-child = Okoki koleka oyo. Bongo tokokeba mingi.
voicemail-title-child = Tokoki kotika nsango ya mongongo?
someone-else-title-child = Soki moto mosusu ayanoli, tosala nini?
responder-title-child = Olingi kosolola na nani?
more-title-child = Eloko mosusu?
more-intro-child = Esengeli te ete oyanola.
place-label-child = Ozali wapi? Nkombo ya engumba ekoki.
message-label-child = Yebisa biso oyo ezali koleka, soki olingi
consent-title-child = Nani akoki kotanga oyo okomaki?
consent-intro-child = Yo nde oponaka. Eponi oyo ya kimya koleka esi eponami.
consent-hotline_only-desc-child = Kaka basalisi ya bato ya lisalisi nde bakotanga yango. Bakobomba yango na sekele.
consent-may_refer_to_services-desc-child = Bato ya lisalisi bakoki koyebisa bato oyo babatelaka bana, lokola monganga, ndako ya kimya to avoka.
consent-may_involve_police-desc-child = Bato ya lisalisi bakoki mpe koyebisa polisi, mpo bakanga bato oyo bazali kosala yo mabe.
review-title-child = Tala biyano na yo
review-intro-child = Soki otindi oyo, ekokangama. Kaka bato ya lisalisi nde bakoki kofungola yango. Moto moko te akoki kotanga yango na telefone oyo, ata yo te.
submit-done-child = Nsango na yo ekangami na telefone oyo. Ekotindama ntango intɛrnɛtɛ ekozala.
handover-title-child = Mituna oyo ezali kaka mpo na yo
handover-person-child = Yo moko nde okoyanola mituna oyo ekolanda. Moto oyo azali kosalisa yo akomona te oyo okoyanola.
giveback-intro-child = Biyano na yo ekangami. Moto oyo azali kosalisa yo akoki komona yango te. Sikoyo zongisá telefone epai ya moto oyo azali kosalisa yo.
reference-for-person-child = Maloba oyo ezali kaka mpo na yo. Ekosalisa yo kotanga oyo bato ya lisalisi bakomela yo. Na telefone nyonso oyo ezali na aplikasyo oyo, fina “{ $requests }”, na nsima fina “{ $check }”, mpe koma maloba to nimero. Bomba yango sekele: moto nyonso oyo azali na yango akoki kotanga biyano.

## Errors (codes come from the app's core)

error-wrong_pin = PIN yango ezali malamu te.
error-locked = Tosɛngi yo ofungola liboso aplikasyo na PIN na yo.
error-no_hotline = Aplikasyo oyo ekangisami naino na bato ya lisalisi te. Makomi na yo ebombami.
error-invalid = Biyano mosusu esengeli kobongwana. Tosɛngi yo otala mituna oyo ezali na elembo.
error-pin_too_short = PIN ezali na nimero 6 kino 12.
error-duress_same_as_pin = PIN ya likama esengeli kokesana na PIN na yo.
error-worker_drafts_open = Lolenge ya mosali ya esika ekotikala kopela tango masɛngi ya bato oyo ozali kosalisa etindami naino te. Tinda yango to longola yango na “Masɛngi oyo etindami naino te”, na nsima kufisá lolenge yango.
error-already_set_up = Aplikasyo oyo esi ebongisami.
error-not_found = Emonani te. Ekoki kozala balongoli yango.
error-internal = Eloko moko etamboli malamu te. Masɛngi na yo oyo ebombami ezali malamu. Tosɛngi yo omeka lisusu.
error-not_set_up = Aplikasyo oyo ebongisami naino te. Tosɛngi yo opona liboso PIN.
error-busy = Aplikasyo ezali kotinda. Tosɛngi yo omeka lisusu na mwa ntango.
error-status_unavailable = Tokoki kotuna bato ya lisalisi sikawa te. Bosɛngi na yo ezali malamu. Tosɛngi yo omeka lisusu sima.
error-malformed = Biyano mosusu etangami te. Tosɛngi yo otala yango mpe omeka lisusu.
error-too_large = Oyo eleki molai mpo na kotindama. Tosɛngi yo okitisa nsango na yo.
error-unsupported_version = Aplikasyo oyo esengeli kozongisama na sika.
error-profile = Bansango ya bato ya lisalisi na aplikasyo oyo ezali malamu te. Makomi na yo ebombami. Tosɛngi yo ozwa aplikasyo ya sika.
error-sync_client = Aplikasyo ekoki kokangana na kimya sikawa te. Bosɛngi na yo ebombami mpe ekotindama sima.
error-already_exists = Oyo esi ebombami.
error-empty_pin = Tosɛngi yo okoma PIN na yo.
error-invalid_kdf_params = Mibongiseli ya aplikasyo oyo ezali malamu te. Tosɛngi yo ozwa aplikasyo ya sika.
error-device_secret_unavailable = Aplikasyo ekoki kokɔta te na esika ya kobomba na kimya ya telefone oyo. Tosɛngi yo okanga telefone, ofungola yango lisusu, mpe omeka lisusu.
error-envelope = Bosɛngi na yo ekoki kokangama mpo na bato ya lisalisi te. Ezali kaka ebombami lokola makomi.
error-receipt_mismatch = Eyano ya bato ya lisalisi ekoki kotalelama te. Bosɛngi na yo ekotindama lisusu.
error-corrupt = Biloko oyo aplikasyo ebombaki ebebi. Ekoki kofungwama te.
error-io = Telefone ekoki kobomba oyo te. Ekoki kozala etondi. Tosɛngi yo olongola mwa biloko mpe omeka lisusu.
error-database = Aplikasyo ekoki kotanga to kobomba biloko na yango te. Masɛngi na yo oyo ebombami ezali malamu. Tosɛngi yo omeka lisusu.
error-pin_too_long = PIN ezali na nimero 6 kino 12.
error-pin_not_digits = PIN ezali kaka na nimero.
error-reference_word_count = Kode ezali na maloba 9. Tosɛngi yo otala soki okomi yango nyonso.
error-reference_unknown_word = Liloba moko ezali malamu te. Tosɛngi yo otala ndenge okomi yango.
check-reference-wrong-word = Liloba ya nimero { $number } ezali malamu te. Tosɛngi yo otala ndenge okomi yango.
error-reference_digits = Kode ezali na nimero 22. Tosɛngi yo otala soki okomi yango nyonso.
error-reference_check = Liloba to nimero moko ezali malamu te. Tosɛngi yo otala moko moko mpe omeka lisusu.
error-reference_not_found = Bato ya lisalisi bazali naino na bosɛngi moko te na kode oyo. Soki etindamaki na telefone oyo ezali na intɛrnɛtɛ te, ekokoma ntango telefone yango ekozwa intɛrnɛtɛ lisusu: tosɛngi yo omeka lisusu sima. Soki ezwami naino te, tala liloba to nimero moko moko.
field-error-empty = Tosɛngi yo otondisa awa, to oleka motuna.
field-error-not_trimmed = Tosɛngi yo olongola bisika pamba na ebandeli to na suka.
field-error-too_long = Oyo eleki molai. Kaka nkoma { $max }.
field-error-too_many_bytes = Oyo eleki molai.
field-error-too_many = Eleki mingi. Kaka { $max }.
field-error-duplicate = Oyo ezali mbala mibale na liste.
field-error-control_characters = Oyo ezali na bilembo oyo ekoki kosalelama te.
field-error-invalid_phone = Nimero ya telefone oyo ezali lokola malamu te. Banda na + mpe kodi ya mboka.
field-error-invalid_region = Mboka oyo eyebani te.
field-error-invalid_email = Adrɛsi ya imɛlɛ oyo ezali lokola malamu te.
field-error-invalid_language = Lokota oyo eyebani te.
field-error-invalid_time_zone = Ngonga ya esika oyo eyebani te.
field-error-invalid_time = Tosɛngi yo opona ngonga ya ebandeli mpe ya suka oyo ekokesana.
field-error-no_contact_method = Tosɛngi yo opona ata nzela moko ya kokutana na yo. "Nakotala na aplikasyo oyo" ekoki.
field-error-unsupported_version = Aplikasyo oyo esengeli kozongisama na sika.
