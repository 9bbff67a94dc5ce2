## Reach — Ikinyarwanda (Kinyarwanda)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Ikinyarwanda
# The language's name in English, for the language search.
-locale-english = Kinyarwanda
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Mubazi
quick-exit = Sohoka vuba
quick-exit-hint = Ihisha iyi porogaramu ako kanya
back = Subira inyuma
next = Komeza
skip = Simbuka iki
save = Bika
cancel = Reka
close = Funga
done = Birarangiye
optional = si ngombwa
step-of = Intambwe ya { $current } kuri { $total }
saved-locked = Byabitswe kandi bifungiwe kuri iyi telefone

## Calculator (the app's disguise)

calc-label = Mubazi
calc-display-label = Igisubizo
calc-clear = C
calc-equals = =
calc-error = Ikosa

## First use: a private PIN

setup-title = Gira iyi porogaramu iyawe wenyine
setup-intro = Hitamo umubare w'ibanga (PIN). Ni wowe wenyine ugomba kuwumenya.
setup-how = Kugira ngo ufungure iyi porogaramu nyuma, andika PIN yawe kuri mubazi, hanyuma ukande =.
setup-pin-label = PIN yawe (imibare 6 kugeza kuri 12)
setup-pin-repeat-label = Ongera wandike PIN yawe
setup-duress-title = PIN y'ubutabazi (ushobora gusimbuka iki)
setup-duress-intro = Niba hari ukugoye ngo ufungure iyi porogaramu, andika iyi PIN indi aho kuba iyawe. Porogaramu izagaragara nk'irimo ubusa, kandi ibiyirimo byose bizasibwa nta kimenyetso.
setup-duress-label = PIN y'ubutabazi
setup-submit = Bika PIN yanjye
setup-mismatch = Izo PIN zombi ntizisa. Ongera ugerageze.

## Language

lang-title = Hitamo ururimi rwawe
lang-intro = Ushobora kuruhindura nyuma muri Igenamiterere.
lang-search-label = Shaka ururimi rwawe
lang-search-hint = Andika izina ry'ururimi rwawe, mu rurimi urwo ari rwo rwose
lang-search-none = Nta rurimi ruhuye n'ibi. Gerageza inyuguti nke.
lang-yours = Indimi ziri kuri iyi telefone
lang-all = Indimi zose
lang-load-failed = Uru rurimi ntirwashoboye gufunguka, bityo porogaramu irerekanwa mu Cyongereza.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Ufite imyaka ingahe?
age-intro = Ushobora gusimbuka iki. Niba ufite imyaka iri munsi ya 18, porogaramu ikoresha amagambo yoroshye kandi ikakwereka ubufasha bw'abana.
age-under_18 = Munsi ya 18
age-18_to_25 = 18 kugeza kuri 25
age-26_to_59 = 26 kugeza kuri 59
age-60_plus = 60 cyangwa irenga

## Danger check and emergency numbers

danger-title = Ese uri mu kaga ubu?
danger-yes = Yego, ndi mu kaga ubu
danger-no = Oya, si ubu
emergency-title = Nimero z'ubutabazi
emergency-intro = Ushobora guhamagara izi nimero nta interineti.
emergency-country-label = Igihugu cyawe
emergency-police = Polisi n'ubutabazi
emergency-hotline = Ubufasha ku bantu bacurujwe cyangwa bahatiwe gukora
emergency-children = Ubufasha ku bana n'urubyiruko
emergency-call = Hamagara { $number }
emergency-source = Aho byavuye: { $source }
emergency-checked = Byagenzuwe: { $date }
emergency-not-checked = Ntibiragenzurwa bundi bushya. Niba nimero idakora, hamagara nimero y'ubutabazi.
emergency-call-trace = Iyo uhamagaye cyangwa wohereje ubutumwa bugufi, biguma ku ntonde za telefone yawe. Niba hari umuntu ugenzura telefone yawe, ushobora kubisiba nyuma.
emergency-none = Nta nimero dufite z'iki gihugu kugeza ubu. Niba uri mu kaga, hamagara nimero y'ubutabazi y'aho uri.
emergency-continue = Komeza usabe ubufasha

## What help is needed

needs-title = Ukeneye bufasha ki?
needs-intro = Hitamo ibyose bikureba. Ushobora gusimbuka iki.
need-safety_now = Kugira umutekano ubu
need-shelter = Aho kuba hatekanye
need-medical = Muganga cyangwa imiti
need-legal_immigration = Ubufasha ku byangombwa, viza cyangwa amategeko
need-labour_exploitation = Ibibazo ku kazi cyangwa kudahembwa
need-sexual_exploitation = Guhatirwa imibonano mpuzabitsina
need-child_at_risk = Umwana ari mu kaga
need-money_debt = Amafaranga cyangwa umwenda
need-going_home = Gutaha cyangwa kubona umuryango
need-interpreter = Umuntu uvuga ururimi rwanjye
need-other = Ikindi
urgency-title = Ukeneye ubufasha ryari?
urgency-now = Ubu
urgency-today = Uyu munsi
urgency-this_week = Iki cyumweru
urgency-not_urgent = Bishobora gutegereza
for-whom-title = Ubu busabe ni ubwa nde?
for-whom-self = Ni ubwanjye
for-whom-someone_else = Ni ubw'undi muntu
for-whom-assisted_by_outreach = Ndi umukozi ufasha abantu, ndafasha umuntu

## Safe contact

contact-title = Umurongo w'ubufasha wakugeraho ute mu mutekano?
contact-intro = Hitamo nibura uburyo bumwe. Hitamo gusa uburyo butagushyira mu kaga.
contact-call = Guhamagara kuri telefone
contact-sms = Ubutumwa bugufi (SMS)
contact-messaging_app = Porogaramu y'ubutumwa
contact-email = Imeyili
contact-in_person_via_outreach = Imbonankubone, binyuze ku mukozi ufasha abantu
contact-check_back_in_app = Nzareba igisubizo muri iyi porogaramu
contact-phone-label = Nimero ya telefone, hamwe na kode y'igihugu (urugero +250…)
contact-app-label = Porogaramu iyihe? (urugero WhatsApp, Signal)
contact-handle-label = Izina ryawe cyangwa nimero yawe muri iyo porogaramu
contact-email-label = Aderesi ya imeyili
times-title = Ni ryari bitekanye kukuvugisha?
times-intro = Ushobora gusimbuka iki. Icyo gihe umurongo w'ubufasha uzitonda cyane.
times-add = Ongeraho igihe gitekanye
times-remove = Kuraho iki gihe
times-from = Kuva
times-to = Kugeza
times-days = Iminsi
times-any-day = Umunsi uwo ari wo wose
times-zone = Isaha y'aho uri
weekday-mon = Ku wa mbere
weekday-tue = Ku wa kabiri
weekday-wed = Ku wa gatatu
weekday-thu = Ku wa kane
weekday-fri = Ku wa gatanu
weekday-sat = Ku wa gatandatu
weekday-sun = Ku cyumweru
voicemail-title = Umurongo w'ubufasha ushobora gusiga ubutumwa bw'ijwi?
voicemail-yes = Yego, ubutumwa bw'ijwi ntacyo butwaye
voicemail-no = Oya, ntimukigere musiga ubutumwa bw'ijwi
voicemail-unsaid = Nutitaba, umurongo w'ubufasha ntuzasiga ubutumwa.
code-word-label = Ijambo ry'ibanga
code-word-hint = Umurongo w'ubufasha uzavuga iri jambo, kugira ngo umenye ko ari bo koko.
someone-else-title = Niba undi muntu yitabye, umurongo w'ubufasha ukwiye…
someone-else-hang_up = Gukupa
someone-else-say_wrong_number = Kuvuga ko ari nimero itari yo
someone-else-ask_for_code_word = Kubaza ijambo ry'ibanga
someone-else-other = Ikindi
someone-else-other-label = Bakwiye gukora iki?
responder-title = Wifuza kuvugana na nde?
responder-woman = Umugore
responder-man = Umugabo
responder-any_gender = Uwo ari we wese ni byiza
responder-language-label = Ururimi wifuza gusubizwamo

## More (all optional)

more-title = Ibindi bike bikwerekeye
more-intro = Ibi byose si ngombwa.
place-label = Uri he? Umujyi cyangwa agace birahagije.
place-hint = Vuga gusa ibyo ushaka. Iyi porogaramu ntijya ikoresha aho uri.
message-label = Ubutumwa bwawe
message-hint = Ushobora kwandika mu rurimi urwo ari rwo rwose.
message-left =
    { $count ->
       *[other] Hasigaye inyuguti { $count }
    }

## Consent

consent-title = Ni nde ushobora kubona ubusabe bwawe?
consent-intro = Ni wowe ufata icyemezo. Uburyo bw'ibanga kurusha ubundi bwamaze guhitwamo.
consent-hotline_only = Umurongo w'ubufasha wonyine
consent-hotline_only-desc = Itsinda ry'umurongo w'ubufasha ni ryo ryonyine ribusoma. Ntiribusangiza abandi.
consent-may_refer_to_services = Umurongo w'ubufasha n'inzego zishobora gufasha
consent-may_refer_to_services-desc = Umurongo w'ubufasha ushobora kubusangiza aho bacumbikira abantu, abaganga cyangwa abanyamategeko, kugira ngo bagufashe.
consent-may_involve_police = Umurongo w'ubufasha, inzego na polisi
consent-may_involve_police-desc = Umurongo w'ubufasha ushobora no kubibwira polisi.
consent-child-note = Kubera ko ufite imyaka iri munsi ya 18, umurongo w'ubufasha ushobora kubibwira abantu bashinzwe kurinda abana, kugira ngo ugire umutekano.

## Review and send

review-title = Genzura ubusabe bwawe
review-intro = Ubusabe bwawe buzafungwa ku buryo umurongo w'ubufasha wonyine ari wo ushobora kubufungura. Numara kubwohereza, nta muntu ushobora kubusoma kuri iyi telefone, ndetse nawe.
review-not-answered = Ntibyasubijwe
review-change = Hindura
review-needs = Ubufasha bukenewe
review-contact = Uko wagerwaho
review-times = Ibihe bitekanye
review-more = Ibindi bikwerekeye
review-consent = Abashobora kububona
submit = Funga kandi wohereze ku murongo w'ubufasha
submit-working = Ubusabe bwawe burimo gufungwa…
submit-done = Ubusabe bwawe bufungiwe kuri iyi telefone. Buzoherezwa igihe hari interineti.

## Status

status-title = Ubusabe bwawe
status-intro = Hano ushobora kureba aho buri busabe bugeze.
status-empty = Nta busabe burahari.
status-saved = Bwabitswe kuri iyi telefone kandi burafunze. Buzoherezwa igihe hari interineti.
status-sending = Burimo koherezwa ubu…
status-received = Umurongo w'ubufasha warabwakiriye. Twagenzuye icyemezo cy'umurongo w'ubufasha.
status-needs_attention = Ubu busabe bukeneye ko ubureba.
status-attempts =
    { $count ->
       *[other] Byageragejwe inshuro { $count }
    }
status-hotline-received = Bitegereje ko umuntu wo ku murongo w'ubufasha abusoma.
status-hotline-in_review = Umuntu wo ku murongo w'ubufasha arimo kubusoma.
status-hotline-answered = Umurongo w'ubufasha wagize icyo ubukoraho.
status-hotline-closed = Umurongo w'ubufasha warabufunze.
status-hotline-contact_planned = Umuntu wo ku murongo w'ubufasha arimo gutegura uko yakuvugisha mu mutekano.
status-hotline-needs_interpreter = Umurongo w'ubufasha urimo gushaka umuntu uvuga ururimi rwawe.
status-hotline-referred = Umurongo w'ubufasha wasabye umufatanyabikorwa kugufasha.
status-hotline-unknown = Umurongo w'ubufasha ufite amakuru kuri bwo. Vugurura porogaramu igihe bitekanye kugira ngo ubone byinshi.
status-replies = Ubutumwa buturutse ku murongo w'ubufasha
status-reply-note = Umurongo w'ubufasha wanditse kandi (wenda atari mu rurimi rwawe):
status-reply-unreadable = Hageze ubutumwa iyi porogaramu itashoboye kugenzura, bityo ntibwerekanwa.
status-offline = Nta interineti ubu. Ubusabe bwawe burinzwe kuri iyi telefone.
status-send-now = Ohereza ubu
status-retry = Ongera ugerageze
status-check = Baza umurongo w'ubufasha amakuru
status-new = Tangira ubusabe bushya

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Twasomye ubusabe bwawe. Tuzakuvugisha mu buryo wahisemo.
reply-call_planned = Tuzaguhamagara { $day } hagati ya { $from } na { $to } (isaha y'aho uri).
reply-message_planned = Tuzakoherereza ubutumwa { $day } hagati ya { $from } na { $to } (isaha y'aho uri).
reply-interpreter = Turimo gushaka umusemuzi uvuga ururimi rwawe. Tuzakuvugisha vuba.
reply-referred = Twasabye umufatanyabikorwa uri hafi yawe kugufasha. Azakuvugisha mu buryo wahisemo.
reply-call_us = Turagusaba kuduhamagara igihe bitekanye kuri wowe. Ni wowe uhitamo igihe.
reply-danger = Niba uri mu kaga ubu, hamagara nimero y'ubutabazi. Uyisanga muri iyi porogaramu.
reply-closed = Twafunze ubusabe bwawe. Ushobora kohereza ubundi igihe icyo ari cyo cyose.
reply-unknown = Umurongo w'ubufasha wohereje ubutumwa iyi verisiyo ya porogaramu idashobora kwerekana. Vugurura porogaramu igihe bitekanye.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Ubusabe bwawe bwafunzwe. Watubwira uko ubufasha bwagenze? Ibibazo bitatu bigufi. Ushobora kubisimbuka.
feedback-private = Ibisubizo byawe byoherezwa nta busabe bwawe cyangwa izina ryawe. Umurongo w'ubufasha ubona imibare yose hamwe gusa.
feedback-start = Subiza
feedback-skip = Oya, murakoze
feedback-send = Ohereza ibisubizo
feedback-q-helped = Wabonye ubufasha wari ukeneye?
feedback-q-safe = Wumvise utekanye igihe twakuvugishaga?
feedback-q-recommend = Wabwira inshuti yawe ibyacu?
feedback-a-yes = Yego
feedback-a-partly = Gake
feedback-a-no = Oya
feedback-thanks = Murakoze. Ibisubizo byawe bizoherezwa.
feedback-declined = Ni byiza. Ntituzongera kubaza.
feedback-failed = Ntibyakunze. Ongera ugerageze.
problem-unknown_key = Iyi porogaramu ikeneye kuvugururwa mbere y'uko ubu busabe bwoherezwa.
problem-conflict = Umurongo w'ubufasha ufite ubundi busabe bufite nimero imwe n'ubu. Vugisha umurongo w'ubufasha mu bundi buryo.
problem-malformed = Umurongo w'ubufasha ntiwashoboye gusoma ubu busabe. Tangira ubusabe bushya.
problem-too_large = Ubu busabe ni burebure cyane. Tangira ubushya bufite ubutumwa bugufi.
problem-unsupported_media_type = Iyi porogaramu ikeneye kuvugururwa mbere y'uko ubu busabe bwoherezwa.
problem-other = Umuyoboro cyangwa umurongo w'ubufasha wanze ubu busabe. Ushobora kongera kugerageza, cyangwa ukagerageza undi muyoboro.

## Several people on one device (outreach)

drafts-title = Ubusabe butaroherezwa
drafts-continue = Komeza
drafts-delete = Siba
drafts-none = Nta kintu gitegereje.
review-reference = Uyu muntu ntazagumana iyi telefoni: muhe kode
review-reference-hint = Akoresheje kode, ashobora gusoma ibisubizo by'umurongo w'ubufasha kuri telefoni iyo ari yo yose ifite iyi porogaramu. Iyi telefoni izerekana gusa niba umurongo w'ubufasha wakiriye ubusabe.
assisted-organisation-label = Ikigo ukorera (wowe, umukozi ufasha abantu)
assisted-hint = Umurongo w'ubufasha uzabona ko wafashije uyu muntu, n'abo mukorana.
assisted-channel-label = Uko umurongo w'ubufasha wakugeraho (si ngombwa)
reference-title = Kode y'uyu muntu
reference-intro = Ha uyu muntu aya magambo. Ayakoresheje, ashobora gusoma ibisubizo by'umurongo w'ubufasha kuri telefoni iyo ari yo yose ifite iyi porogaramu. Iyi telefoni ntiyayandika ahantu na hamwe, kandi irayibagirwa uyu muntu amaze kuyabona.
reference-for-person = Aya magambo ni ayawe. Uyakoresheje, ushobora gusoma ibisubizo by'umurongo w'ubufasha. Kuri telefoni iyo ari yo yose ifite iyi porogaramu, fungura “{ $requests }”, hanyuma “{ $check }”, maze wandike amagambo cyangwa imibare. Uyabike neza: umuntu wese uyafite ashobora gusoma ibisubizo.
reference-words = Amagambo
reference-digits = Iyo kode mu mibare
reference-request = Ubusabe { $number }
reference-done = Uyu muntu afite kode ye
reference-again = Porogaramu yafunzwe igihe kode yagaragaraga. Dore yongeye kugaragara: ha uyu muntu iyi kode nonaha.
status-check-reference = Reba kode
check-reference-title = Reba kode
check-reference-intro = Andika amagambo cyangwa imibare wahawe. Iyi telefoni ntiyabika ibyo, cyangwa ibisubizo.
check-reference-no-hotline = Iyi porogaramu ntiragera ku murongo w'ubufasha, bityo ntishobora kureba kode hano. Gerageza kuri indi telefoni ifite iyi porogaramu.
check-reference-label = Amagambo cyangwa imibare
check-reference-submit = Reba
check-reference-working = Biri kurebwa. Bishobora gufata amasegonda make…
check-reference-no-replies = Nta butumwa buraturuka ku murongo w'ubufasha.
check-reference-show-in = Erekana mu { $language }
worker-title = Akazi ko ku murima
worker-working-as = Ukorera: { $organisation }
worker-intro = Buri muntu ufasha asubiza mu rurimi rwe. Ibisubizo bye bisohoka kuri iyi telefoni bifunze, kandi uwo muntu atwara kode. Hano hasigara nimero n'uko ubusabe bwose buhagaze gusa.
worker-new-person = Fasha umuntu mushya
handover-title = Ibibazo byawe wenyine
handover-worker = Ubu ha uwo muntu telefoni. Arasubiza ibibazo bikurikira wenyine, kandi ntuzabona ibisubizo bye.
handover-person = Ibibazo bikurikira ni ibyawe wenyine. Ugufasha ntazabona ibisubizo byawe.
handover-start = Tangira
giveback-title = Murakoze
giveback-intro = Ibisubizo byawe byafunzwe. Ugufasha ntashobora kubibona. Ubu subiza telefoni.
giveback-button = Subiza telefoni
review-private = Uwo muntu yashubije ibi wenyine. Ntibigaragazwa.
review-assisted-as = Umurongo w'ubufasha uzabona ko wafashije, nka: { $organisation }
review-later = Si ubu: bubike muri “Ubusabe butaroherezwa”
review-hand-again = Ongera uhe uwo muntu telefoni
review-hand-again-hint = Koresha iki niba uwo muntu ashaka guhindura ibyo yashubije wenyine, cyangwa hari ikigomba gukosorwa muri byo. Azongera abone ikibazo cy'abashobora kubona ubusabe, kandi yongere ahitemo.
review-private-fix = Hari ikigomba gukosorwa mu byo uwo muntu yashubije wenyine. Ni we wenyine ushobora kugikosora: ongera umuhe telefoni.
age-given-back-worker = Niba uhinduye imyaka ukayishyira kuri “Munsi ya 18” cyangwa ukayivana kuri “Munsi ya 18”, uwo muntu agomba kongera kubona ikibazo cy'abashobora kubona ubusabe: uzongera umuhe telefoni.
age-reopened-worker = Guhindura imyaka bigira ingaruka ku byo uwo muntu yahisemo ku bashobora kubona ubusabe. Komeza: uzongera umuhe telefoni, kandi yongere ahitemo.
setup-worker = Ndi umukozi ufasha abantu: mfasha abandi gusaba ubufasha
setup-worker-hint = Umurongo w'ubufasha uzabona ikigo ukorera kuri buri busabe ufashamo.
worker-org-needed = Andika izina ry'umuryango wawe, cyangwa uzimye uburyo bw'umukozi wo ku murima.
settings-worker-title = Uburyo bw'umukozi ufasha abantu
settings-worker-intro = Fasha abandi kohereza ubusabe uhereye kuri iyi telefoni. Ibisubizo byabo birafungwa, kandi buri muntu atwara kode.
settings-worker-on = Fungura
settings-worker-save = Bika impinduka
settings-worker-off = Zimya
settings-worker-saved = Byarangiye. Uburyo bw'umukozi ufasha abantu burakora.
settings-worker-removed = Byarangiye. Uburyo bw'umukozi ufasha abantu bwazimijwe.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Soma mu ijwi riranguruye: { $text }
speak-stop = Hagarika gusoma
speak-no-voice = Nta jwi ry'uru rurimi riri kuri iyi telefone.
speak-unavailable = Gusoma mu ijwi riranguruye ntibikora kuri iyi telefone ubu.
speak-headphones = Koresha ecouteurs niba hari umuntu uri hafi ushobora kumva.

## Settings

settings-title = Igenamiterere
settings-language = Ururimi
settings-read-aloud = Soma mu ijwi riranguruye buri paji uko ifunguwe
settings-lock = Funga ubu
settings-less-protected = Kuri iki gikoresho umutekano ni muke: nta hantu hizewe ho kubika imfunguzo, bityo umuntu wese wakoporora amadosiye ya porogaramu yagerageza gukeka PIN yawe. PIN ndende iragurinda kurushaho.
settings-duress-title = PIN y'ubutabazi
settings-duress-intro = PIN ya kabiri, y'igihe hari ukugoye ngo ufungure porogaramu. Isiba byose nta kimenyetso.
settings-current-pin = PIN yawe
settings-duress-save = Bika PIN y'ubutabazi
settings-duress-remove = Kuraho PIN y'ubutabazi
settings-pin-title = Hindura PIN yawe
settings-new-pin = PIN nshya (imibare 6 kugeza kuri 12)
settings-new-pin-again = Ongera wandike PIN nshya
settings-pin-save = Hindura PIN
settings-pin-changed = PIN yawe yahinduwe. Guhera ubu, koresha PIN nshya.
settings-duress-saved = Byakozwe. PIN yawe y'ubutabazi yabitswe.
settings-duress-removed = Byakozwe. Ubu nta PIN y'ubutabazi ihari.
pin-wrong-left =
    { $count ->
       *[other] Iyo PIN si yo. Niwandika PIN itari yo izindi nshuro { $count }, ibiri kuri iyi telefone byose bizasibwa.
    }
settings-wipe-title = Siba byose
settings-wipe-intro = Ibi bisiba ubusabe bwose n'inyandiko zitarangiye biri kuri iyi telefone. Ntibishobora gusubizwa. Ubusabe umurongo w'ubufasha wamaze kwakira bugumana umurongo w'ubufasha.
settings-wipe-confirm = Yego, siba byose

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Uri mu kaga ubu?
danger-yes-child = Yego, ndi mu kaga
danger-no-child = Oya, si ubu
emergency-intro-child = Ushobora guhamagara izi nimero. Ntukeneye interineti.
emergency-call-trace-child = Telefone yawe ibika urutonde rw'abo wahamagaye n'ubutumwa. Niba utinya ko hari uzarubona, ushobora kubisiba nyuma.
needs-title-child = Ukeneye ubufasha kuri iki?
needs-intro-child = Kanda ku bintu byose ari ukuri kuri wowe. Ushobora gusimbuka iki.
need-legal_immigration-child = Ubufasha ku mpapuro cyangwa ibyangombwa
need-labour_exploitation-child = Hari umpatira gukora
need-sexual_exploitation-child = Hari umpatira gukora ibijyanye n'imibonano mpuzabitsina
need-money_debt-child = Hari uvuga ko mufitiye amafaranga
need-going_home-child = Ndashaka gutaha cyangwa kubona umuryango wanjye
need-child_at_risk-child = Undi mwana ari mu kaga
urgency-title-child = Ukeneye ubufasha ryari?
for-whom-title-child = Ni nde ukeneye ubufasha?
for-whom-self-child = Njye
contact-title-child = Twavugana nawe dute mu mutekano?
contact-intro-child = Hitamo uburyo butagushyira mu kaga. Nta wundi ukwiye kububona.
times-title-child = Ni ryari bitekanye ko tuguhamagara cyangwa tukakwandikira?
times-intro-child = Ushobora gusimbuka iki. Icyo gihe tuzitonda cyane.
voicemail-title-child = Dushobora gusiga ubutumwa bw'ijwi?
someone-else-title-child = Niba undi muntu yitabye, dukore iki?
responder-title-child = Ushaka kuvugana na nde?
more-title-child = Hari ikindi?
more-intro-child = Si ngombwa ko usubiza.
place-label-child = Uri he? Izina ry'umujyi rirahagije.
message-label-child = Tubwire ibiri kuba, niba ubishaka
consent-title-child = Ni nde ushobora gusoma ibyo wanditse?
consent-intro-child = Ni wowe uhitamo. Uburyo butekanye kurusha ubundi bwamaze guhitwamo.
consent-hotline_only-desc-child = Abafasha bo ku murongo w'ubufasha ni bo bonyine babisoma. Babigira ibanga.
consent-may_refer_to_services-desc-child = Umurongo w'ubufasha ushobora kubibwira abantu barinda abana, nka muganga, inzu itekanye cyangwa umunyamategeko.
consent-may_involve_police-desc-child = Umurongo w'ubufasha ushobora no kubibwira polisi, kugira ngo ihagarike abantu bakubabaza.
review-title-child = Reba ibisubizo byawe
review-intro-child = Nubyohereza, birafungwa. Umurongo w'ubufasha wonyine ni wo ushobora kubifungura. Nta muntu ushobora kubisoma kuri iyi telefone, ndetse nawe.
submit-done-child = Ubutumwa bwawe bufungiwe kuri iyi telefone. Buzoherezwa igihe hari interineti.
handover-title-child = Ibi bibazo ni ibyawe gusa
handover-person-child = Ni wowe wenyine usubiza ibibazo bikurikira. Ugufasha ntazabona ibyo uvuga.
giveback-intro-child = Ibisubizo byawe birafunze. Ugufasha ntashobora kubibona. Ubu musubize telefoni.
reference-for-person-child = Aya magambo ni ayawe gusa. Agufasha gusoma ibyo umurongo w'ubufasha ukwandikiye. Kuri telefoni iyo ari yo yose ifite iyi porogaramu, kanda “{ $requests }”, hanyuma “{ $check }”, maze wandike amagambo cyangwa imibare. Uyagire ibanga: umuntu wese uyafite ashobora gusoma ibisubizo.

## Errors (codes come from the app's core)

error-wrong_pin = Iyo PIN si yo.
error-locked = Banza ufungure porogaramu ukoresheje PIN yawe.
error-no_hotline = Iyi porogaramu ntiragera ku murongo w'ubufasha. Inyandiko yawe yabitswe.
error-invalid = Ibisubizo bimwe bikeneye guhindurwa. Reba ibibazo byashyizweho ikimenyetso.
error-pin_too_short = PIN igira imibare 6 kugeza kuri 12.
error-duress_same_as_pin = PIN y'ubutabazi igomba gutandukana na PIN yawe.
error-worker_drafts_open = Uburyo bw'umukozi ufasha abantu bukomeza gukora igihe cyose ubusabe bw'abantu ufasha butaroherezwa. Ubwohereze, cyangwa ubusibe muri “Ubusabe butaroherezwa”, hanyuma uzimye ubu buryo.
error-already_set_up = Iyi porogaramu yamaze gutegurwa.
error-not_found = Ibi ntibyabonetse. Bishobora kuba byarasibwe.
error-internal = Hari ikitagenze neza. Ubusabe bwawe bwabitswe burinzwe. Ongera ugerageze.
error-not_set_up = Iyi porogaramu ntirategurwa. Banza uhitemo PIN.
error-busy = Porogaramu irimo kohereza. Ongera ugerageze mu kanya.
error-status_unavailable = Ntibyashobotse kubaza umurongo w'ubufasha ubu. Ubusabe bwawe burinzwe. Ongera ugerageze nyuma.
error-malformed = Ibisubizo bimwe ntibyashoboye gusomwa. Bigenzure hanyuma wongere ugerageze.
error-too_large = Ibi ni birebire cyane ngo byoherezwe. Gabanya ubutumwa bwawe.
error-unsupported_version = Iyi porogaramu ikeneye kuvugururwa.
error-profile = Amakuru y'umurongo w'ubufasha ari muri iyi porogaramu si yo. Inyandiko yawe yabitswe. Shaka porogaramu ivuguruye.
error-sync_client = Porogaramu ntishobora kwihuza mu mutekano ubu. Ubusabe bwawe bwabitswe kandi buzoherezwa nyuma.
error-already_exists = Ibi byamaze kubikwa.
error-empty_pin = Andika PIN yawe.
error-invalid_kdf_params = Igenamiterere ry'iyi porogaramu si ryo. Shaka porogaramu ivuguruye.
error-device_secret_unavailable = Porogaramu ntishobora kugera aho iyi telefone ibika ibintu mu mutekano. Ongera utangize telefone hanyuma wongere ugerageze.
error-envelope = Ubusabe bwawe ntibwashoboye gufungirwa umurongo w'ubufasha. Buracyabitswe nk'inyandiko.
error-receipt_mismatch = Igisubizo cy'umurongo w'ubufasha ntigishoboye kugenzurwa. Ubusabe bwawe buzongera koherezwa.
error-corrupt = Amakuru porogaramu yabitse yangiritse. Ntashobora gufungurwa.
error-io = Telefone ntiyashoboye kubika ibi. Ishobora kuba yuzuye. Vanaho ibintu bimwe hanyuma wongere ugerageze.
error-database = Porogaramu ntiyashoboye gusoma cyangwa kubika amakuru yayo. Ubusabe bwawe bwabitswe burinzwe. Ongera ugerageze.
error-pin_too_long = PIN igira imibare 6 kugeza kuri 12.
error-pin_not_digits = PIN igira imibare gusa.
error-reference_word_count = Kode igira amagambo 9. Reba ko wanditse yose.
error-reference_unknown_word = Rimwe mu magambo si ryo. Reba uko ryanditse.
check-reference-wrong-word = Ijambo rya { $number } si ryo. Reba uko ryanditse.
error-reference_digits = Kode igira imibare 22. Reba ko wanditse yose.
error-reference_check = Ijambo cyangwa umubare umwe si byo. Reba buri kimwe wongere ugerageze.
error-reference_not_found = Umurongo w'ubufasha nta busabe urabona bufite iyi kode. Niba bwoherejwe na telefoni idafite interineti, buzagera igihe iyo telefoni izongera kugira interineti. Ongera ugerageze nyuma. Niba bukomeje kutaboneka, reba buri jambo cyangwa umubare.
field-error-empty = Uzuza aha, cyangwa usimbuke ikibazo.
field-error-not_trimmed = Kuraho imyanya iri ku ntangiriro cyangwa ku iherezo.
field-error-too_long = Ibi ni birebire cyane. Inyuguti { $max } gusa.
field-error-too_many_bytes = Ibi ni birebire cyane.
field-error-too_many = Ni byinshi cyane. Ntibirenze { $max }.
field-error-duplicate = Ibi biri ku rutonde kabiri.
field-error-control_characters = Ibi birimo inyuguti zidashobora gukoreshwa.
field-error-invalid_phone = Iyi nimero ya telefone isa n'aho atari yo. Tangiza + na kode y'igihugu.
field-error-invalid_region = Iki gihugu ntikizwi.
field-error-invalid_email = Iyi aderesi ya imeyili isa n'aho atari yo.
field-error-invalid_language = Uru rurimi ntiruzwi.
field-error-invalid_time_zone = Iyi saha y'aho uri ntizwi.
field-error-invalid_time = Hitamo igihe cyo gutangira n'icyo kurangiza bitandukanye.
field-error-no_contact_method = Hitamo nibura uburyo bumwe bwo kukugeraho. "Nzareba muri iyi porogaramu" birahagije.
field-error-unsupported_version = Iyi porogaramu ikeneye kuvugururwa.
