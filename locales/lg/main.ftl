## Reach — Luganda (Ganda)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Luganda
# The language's name in English, for the language search.
-locale-english = Ganda
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Ekibalirizi
quick-exit = Fuluma mangu
quick-exit-hint = Ekweka app eno amangu ddala
back = Ddayo
next = Ekiddako
skip = Buuka kino
save = Tereka
cancel = Sazaamu
close = Ggalawo
done = Kiwedde
optional = si kya buwaze
step-of = Omutendera { $current } ku { $total }
saved-locked = Kiterekeddwa era kisibiddwa ku ssimu eno

## Calculator (the app's disguise)

calc-label = Ekibalirizi
calc-display-label = Ekivuddemu
calc-clear = C
calc-equals = =
calc-error = Ensobi

## First use: a private PIN

setup-title = Fuula app eno eyiyo wekka
setup-intro = Londa ennamba ey'ekyama (PIN). Ggwe wekka gw'olina okugimanya.
setup-how = Okuggulawo app eno oluvannyuma, wandiika PIN yo ku kibalirizi, oluvannyuma onyige =.
setup-pin-label = PIN yo (ennamba 6 okutuuka ku 12)
setup-pin-repeat-label = Ddamu owandiike PIN yo
setup-duress-title = PIN ey'obuzibu (osobola okubuuka kino)
setup-duress-intro = Omuntu bw'akukaka okuggulawo app eno, wandiika PIN eno endala mu kifo ky'eyiyo. App ejja kulabika nga temuli kintu, era byonna ebigirimu bijja kusangulwamu awatali kabonero konna.
setup-duress-label = PIN ey'obuzibu
setup-submit = Tereka PIN yange
setup-mismatch = PIN zombi tezifaanagana. Bambi ddamu ogezeeko.

## Language

lang-title = Londa olulimi lwo
lang-intro = Osobola okulukyusa oluvannyuma mu Nteekateeka.
lang-search-label = Noonya olulimi lwo
lang-search-hint = Wandiika erinnya ly'olulimi lwo, mu lulimi lwonna
lang-search-none = Tewali lulimi lufaanana na kino. Gezaako ennukuta ntono.
lang-yours = Ennimi eziri ku ssimu eno
lang-all = Ennimi zonna
lang-load-failed = Olulimi luno terusobodde kuggulwawo, kale app eragibwa mu Lungereza.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Olina emyaka emeka?
age-intro = Osobola okubuuka kino. Bw'oba ng'olina emyaka egitannaweza 18, app ekozesa ebigambo ebyangu era ekulaga obuyambi bw'abaana.
age-under_18 = Wansi wa 18
age-18_to_25 = 18 okutuuka ku 25
age-26_to_59 = 26 okutuuka ku 59
age-60_plus = 60 oba okusingawo

## Danger check and emergency numbers

danger-title = Oli mu kabi kati?
danger-yes = Yee, ndi mu kabi kati
danger-no = Nedda, si kati
emergency-title = Ennamba z'ebigwa bitalaze
emergency-intro = Osobola okukuba ennamba zino nga tolina yintaneeti.
emergency-country-label = Eggwanga lyo
emergency-police = Poliisi n'ebigwa bitalaze
emergency-hotline = Obuyambi eri abantu abaatundibwa oba abakakibwa okukola
emergency-children = Obuyambi eri abaana n'abavubuka
emergency-call = Kuba { $number }
emergency-source = Gye kyava: { $source }
emergency-checked = Kyakeberebwa: { $date }
emergency-not-checked = Tekinnaddamu kukeberebwa. Ennamba bw'etakola, kuba ennamba y'ebigwa bitalaze.
emergency-call-trace = Essimu z'okubye n'obubaka obuwandiike bisigala ku nkalala z'essimu yo. Omuntu bw'aba akebera essimu yo, osobola okubisangulamu oluvannyuma.
emergency-none = Tetunnaba kufuna nnamba z'eggwanga lino. Bw'oba oli mu kabi, kuba ennamba y'ebigwa bitalaze ey'ewammwe.
emergency-continue = Weyongereyo osabe obuyambi

## What help is needed

needs-title = Obuyambi ki bw'oyagala?
needs-intro = Londa byonna ebikukwatako. Osobola okubuuka kino.
need-safety_now = Okuba mu mirembe kati
need-shelter = Ekifo eky'emirembe eky'okusulamu
need-medical = Omusawo oba eddagala
need-legal_immigration = Obuyambi ku mpapula, visa oba amateeka
need-labour_exploitation = Ebizibu ku mulimu oba obutasasulwa
need-sexual_exploitation = Okukakibwa okwegatta
need-child_at_risk = Omwana ali mu kabi
need-money_debt = Ssente oba ebbanja
need-going_home = Okuddayo eka oba okuzuula ab'omu maka
need-interpreter = Omuntu ayogera olulimi lwange
need-other = Ekirala
urgency-title = Oyagala obuyambi ddi?
urgency-now = Kati
urgency-today = Leero
urgency-this_week = Wiiki eno
urgency-not_urgent = Kisobola okulinda
for-whom-title = Okusaba kuno kwa ani?
for-whom-self = Kwange
for-whom-someone_else = Kwa muntu mulala
for-whom-assisted_by_outreach = Ndi mukozi ayamba abantu, nnyamba omuntu

## Safe contact

contact-title = Layini y'obuyambi eyinza kukutuukako etya mu mirembe?
contact-intro = Londa waakiri engeri emu. Londa engeri zokka ezitali za kabi gy'oli.
contact-call = Okukuba essimu
contact-sms = Obubaka obuwandiike (SMS)
contact-messaging_app = App y'obubaka
contact-email = Imeeyili
contact-in_person_via_outreach = Maaso ku maaso, ng'oyita mu mukozi ayamba abantu
contact-check_back_in_app = Nja kutunula mu app eno okulaba eky'okuddamu
contact-phone-label = Ennamba y'essimu, ne koodi y'eggwanga (okugeza +256…)
contact-app-label = App ki? (okugeza WhatsApp, Signal)
contact-handle-label = Erinnya lyo oba ennamba yo mu app eyo
contact-email-label = Endagiriro ya imeeyili
times-title = Ddi lw'oba mu mirembe okukutuukirira?
times-intro = Osobola okubuuka kino. Olwo layini y'obuyambi ejja kwegendereza nnyo.
times-add = Yongerako ekiseera eky'emirembe
times-remove = Ggyawo ekiseera kino
times-from = Okuva
times-to = Okutuuka
times-days = Ennaku
times-any-day = Olunaku lwonna
times-zone = Essaawa z'ekitundu
weekday-mon = Balaza
weekday-tue = Lwakubiri
weekday-wed = Lwakusatu
weekday-thu = Lwakuna
weekday-fri = Lwakutaano
weekday-sat = Lwamukaaga
weekday-sun = Ssande
voicemail-title = Layini y'obuyambi esobola okulekawo obubaka bw'eddoboozi?
voicemail-yes = Yee, obubaka bw'eddoboozi tebulina kabi
voicemail-no = Nedda, temulekangawo bubaka bwa ddoboozi
voicemail-unsaid = Bw'otoddamu, layini y'obuyambi tejja kulekawo bubaka.
code-word-label = Ekigambo eky'ekyama
code-word-hint = Layini y'obuyambi ejja kwogera ekigambo kino, olwo omanye nti be ddala.
someone-else-title = Omuntu omulala bw'addamu, layini y'obuyambi esaanye…
someone-else-hang_up = Okusala essimu
someone-else-say_wrong_number = Okugamba nti ennamba nsobi
someone-else-ask_for_code_word = Okubuuza ekigambo eky'ekyama
someone-else-other = Ekirala
someone-else-other-label = Basaanye kukola ki?
responder-title = Oyagala kwogera na ani?
responder-woman = Omukazi
responder-man = Omusajja
responder-any_gender = Buli muntu kirungi
responder-language-label = Olulimi lw'oyagala okuddibwamu

## More (all optional)

more-title = Ebintu bitono ebirala ebikukwatako
more-intro = Bino byonna si bya buwaze.
place-label = Oli wa? Ekibuga oba ekitundu kimala.
place-hint = Bagana ky'oyagala kyokka. App eno tekozesa wa w'oli n'akatono.
message-label = Obubaka bwo
message-hint = Osobola okuwandiika mu lulimi lwonna.
message-left =
    { $count ->
        [one] Esigaddeyo ennukuta { $count }
       *[other] Zisigaddeyo ennukuta { $count }
    }

## Consent

consent-title = Ani ayinza okulaba okusaba kwo?
consent-intro = Ggwe asalawo. Ekisinga okuba eky'ekyama kyalondeddwa dda.
consent-hotline_only = Layini y'obuyambi yokka
consent-hotline_only-desc = Ttiimu ya layini y'obuyambi yokka y'ekusoma. Tebakibuulira balala.
consent-may_refer_to_services = Layini y'obuyambi n'ebitongole ebiyinza okuyamba
consent-may_refer_to_services-desc = Layini y'obuyambi eyinza okukibuulira amaka agasuza abantu, abasawo oba bannamateeka, okukuyamba.
consent-may_involve_police = Layini y'obuyambi, ebitongole ne poliisi
consent-may_involve_police-desc = Layini y'obuyambi eyinza n'okutegeeza poliisi.
consent-child-note = Olw'okuba olina emyaka egitannaweza 18, layini y'obuyambi eyinza okwetaaga okubuulira abantu abalina omulimu gw'okukuuma abaana, osobole okuba mu mirembe.

## Review and send

review-title = Kebera okusaba kwo
review-intro = Okusaba kwo kujja kusibibwa, layini y'obuyambi yokka y'esobole okukuggulawo. Bw'omala okukuweereza, tewali muntu ayinza kukusoma ku ssimu eno, wadde ggwe.
review-not-answered = Tekiddiddwamu
review-change = Kyusa
review-needs = Obuyambi obwetaagibwa
review-contact = Engeri y'okukutuukako
review-times = Ebiseera eby'emirembe
review-more = Ebikukwatako ebirala
review-consent = Ani ayinza okukulaba
submit = Siba oweereze eri layini y'obuyambi
submit-working = Okusaba kwo kusibibwa…
submit-done = Okusaba kwo kusibiddwa ku ssimu eno. Kujja kuweerezebwa nga yintaneeti eriwo.

## Status

status-title = Bye wasaba
status-intro = Wano osobola okulaba buli kusaba we kutuuse.
status-empty = Tewali kusaba kwonna.
status-saved = Kuterekeddwa ku ssimu eno era kusibiddwa. Kujja kuweerezebwa nga yintaneeti eriwo.
status-sending = Kuweerezebwa kati…
status-received = Layini y'obuyambi ekufunye. Twakebera ekiwandiiko ekikakasa ekya layini y'obuyambi.
status-needs_attention = Okusaba kuno kwetaaga okufaayo kwo.
status-attempts =
    { $count ->
        [one] Kugezeseddwa omulundi { $count }
       *[other] Kugezeseddwa emirundi { $count }
    }
status-hotline-received = Kulinda omuntu ku layini y'obuyambi okukusoma.
status-hotline-in_review = Omuntu ku layini y'obuyambi akusoma.
status-hotline-answered = Layini y'obuyambi ekuliko ky'ekozeewo.
status-hotline-closed = Layini y'obuyambi ekuggadde.
status-hotline-contact_planned = Omuntu ku layini y'obuyambi ateekateeka engeri y'okukutuukirira mu mirembe.
status-hotline-needs_interpreter = Layini y'obuyambi enoonya omuntu ayogera olulimi lwo.
status-hotline-referred = Layini y'obuyambi esabye ekitongole ekikolagana nayo okukuyamba.
status-hotline-unknown = Layini y'obuyambi erina amawulire ku kusaba kuno. Zza obuggya app nga tewali kabi olabe ebisingawo.
status-replies = Obubaka okuva ku layini y'obuyambi
status-reply-note = Layini y'obuyambi era yawandiise (oboolyawo si mu lulimi lwo):
status-reply-unreadable = Waliwo obubaka obwatuuse app eno bw'etasobodde kukebera, kale tebulagibwa.
status-offline = Tewali yintaneeti kati. Bye wasaba biri bulungi ku ssimu eno.
status-send-now = Weereza kati
status-retry = Ddamu ogezeeko
status-check = Buuza layini y'obuyambi amawulire
status-new = Tandika okusaba okupya

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Tusomye okusaba kwo. Tujja kukutuukirira mu ngeri gye walonda.
reply-call_planned = Tujja kukukubira ku { $day } wakati wa { $from } ne { $to } (essaawa z'ewuwo).
reply-message_planned = Tujja kukuweereza obubaka ku { $day } wakati wa { $from } ne { $to } (essaawa z'ewuwo).
reply-interpreter = Tunoonya omuvvuunuzi ayogera olulimi lwo. Tujja kukutuukirira mangu.
reply-referred = Tusabye ekitongole ekikolagana naffe ekiri okumpi naawe okukuyamba. Kijja kukutuukirira mu ngeri gye walonda.
reply-call_us = Bambi tukubire nga tewali kabi gy'oli. Ggwe olonda essaawa.
reply-danger = Bw'oba oli mu kabi kati, kuba ennamba y'ebigwa bitalaze. Ogisanga mu app eno.
reply-closed = Tuggadde okusaba kwo. Osobola okuweereza okupya essaawa yonna.
reply-unknown = Layini y'obuyambi eweerezza obubaka app eno gy'olina bw'etasobola kulaga. Bambi zza obuggya app nga tewali kabi.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Okusaba kwo kuggaddwa. Wandituweereddeko engeri obuyambi gye bwagendamu? Ebibuuzo bisatu ebimpi. Osobola okubibuuka.
feedback-private = Eby'okuddamu byo biweerezebwa awatali kusaba kwo wadde erinnya lyo. Layini y'obuyambi eraba omugatte gwokka.
feedback-start = Ddamu
feedback-skip = Nedda, webale
feedback-send = Weereza eby'okuddamu
feedback-q-helped = Wafuna obuyambi bwe wali weetaaga?
feedback-q-safe = Wawulira ng'oli mu mirembe bwe twakutuukirira?
feedback-q-recommend = Wandibuulidde mukwano gwo ebikwata ku ffe?
feedback-a-yes = Yee
feedback-a-partly = Kitundu
feedback-a-no = Nedda
feedback-thanks = Webale. Eby'okuddamu byo bijja kuweerezebwa.
feedback-declined = Kale. Tetujja kuddamu kubuuza.
feedback-failed = Ekyo tekikoze. Bambi ddamu ogezeeko.
problem-unknown_key = App eno yeetaaga okuzzibwa obuggya okusaba kuno nga tekunnaweerezebwa.
problem-conflict = Layini y'obuyambi erina okusaba okulala okulina ennamba y'emu. Bambi tuukirira layini y'obuyambi mu ngeri endala.
problem-malformed = Layini y'obuyambi tesobodde kusoma kusaba kuno. Bambi tandika okusaba okupya.
problem-too_large = Okusaba kuno kuwanvu nnyo. Bambi tandika okupya n'obubaka obumpi.
problem-unsupported_media_type = App eno yeetaaga okuzzibwa obuggya okusaba kuno nga tekunnaweerezebwa.
problem-other = Omukutu oba layini y'obuyambi egaanye okusaba kuno. Osobola okuddamu okugezaako, oba gezaako omukutu omulala.

## Several people on one device (outreach)

drafts-title = Okusaba okutannaweerezebwa
drafts-continue = Weyongereyo
drafts-delete = Sazaamu
drafts-none = Tewali kirindiridde.
review-reference = Omuntu ono tajja kusigaza ssimu eno: muwe koodi
review-reference-hint = Ng'alina koodi, asobola okusoma eby'okuddamu bya layini y'obuyambi ku ssimu yonna erimu app eno. Ssimu eno ejja kulaga kyokka obanga layini y'obuyambi efunye okusaba.
assisted-organisation-label = Ekibiina kyo (ggwe, omukozi w'ebweru)
assisted-hint = Layini y'obuyambi ejja kulaba nti oyambye omuntu ono, n'abo b'okola nabo.
assisted-channel-label = Layini y'obuyambi bw'eyinza okukutuukako (si kiwaze)
reference-title = Koodi y'omuntu ono
reference-intro = Muwe omuntu ono ebigambo bino. Ng'abirina, asobola okusoma eby'okuddamu bya layini y'obuyambi ku ssimu yonna erimu app eno. Ssimu eno tebiwandiika wantu wonna, era ebyerabira omuntu ono ng'amaze okubifuna.
reference-for-person = Ebigambo bino bibyo. Ng'obirina, osobola okusoma eby'okuddamu bya layini y'obuyambi. Ku ssimu yonna erimu app eno, ggulawo “{ $requests }”, oluvannyuma onyige “{ $check }”, owandiike ebigambo oba ennamba. Bikuume bulungi: buli muntu abirina asobola okusoma eby'okuddamu.
reference-words = Ebigambo
reference-digits = Koodi y'emu mu nnamba
reference-request = Okusaba { $number }
reference-done = Omuntu ono afunye koodi ye
reference-again = App esibiddwa nga koodi erabika. Koodi yiino nate: gimuwe omuntu ono kati.
status-check-reference = Kebera koodi
check-reference-title = Kebera koodi
check-reference-intro = Wandiika ebigambo oba ennamba bye baakuwa. Ssimu eno tebitereka, wadde eby'okuddamu.
check-reference-no-hotline = App eno tennayungibwa ku layini y'obuyambi, n'olwekyo tesobola kukebera koodi wano. Bambi gezaako ku ssimu endala erimu app eno.
check-reference-label = Ebigambo oba ennamba
check-reference-submit = Kebera
check-reference-working = Kikeberebwa. Kiyinza okutwala obutikitiki butono…
check-reference-no-replies = Tewannaba kubaawo bubaka okuva ku layini y'obuyambi.
check-reference-show-in = Laga mu { $language }
worker-title = Omulimu gw'ebweru
worker-working-as = Okola nga: { $organisation }
worker-intro = Buli muntu gw'oyamba addamu mu lulimi lwe. Eby'addamu bye bifuluma ku ssimu eno nga biggaddwa, era omuntu oyo agenda ne koodi. Wano wasigalawo namba n'embeera ya buli kusaba kwokka.
worker-new-person = Yamba omuntu omupya
handover-title = Ebibuuzo byo wekka
handover-worker = Kati wa omuntu oyo essimu. Ajja kuddamu ebibuuzo ebiddako yekka, era tojja kulaba by'addamu.
handover-person = Ebibuuzo ebiddako bya ggwe wekka. Omuntu akuyamba tajja kulaba by'oddamu.
handover-start = Tandika
giveback-title = Webale
giveback-intro = Eby'oddamu biggaddwa. Omuntu akuyamba tasobola kubiraba. Kati zzaayo essimu.
giveback-button = Zzaayo essimu
review-private = Omuntu yaddamu kino yekka. Tekirabisibwa.
review-assisted-as = Layini y'obuyambi ejja kulaba nti wayamba, nga: { $organisation }
review-later = Si kati: kuleke mu “Okusaba okutannaweerezebwa”
review-hand-again = Wa omuntu oyo essimu nate
review-hand-again-hint = Kozesa kino singa omuntu oyo ayagala okukyusa bye yaddamu yekka, oba waliwo ekyetaaga okutereezebwa. Ajja kuddamu alabe “Ani ayinza okukulaba” era alonde nate.
review-private-fix = Waliwo ku bye yaddamu yekka ekyetaaga okutereezebwa. Omuntu oyo yekka y'ayinza okukitereeza: muwe essimu nate.
age-given-back-worker = Bw'okyusa emyaka n'ogiteeka ku “Wansi wa 18” oba n'ogiggyako, omuntu oyo ateekwa okuddamu okulaba “Ani ayinza okukulaba”: ojja kumuwa essimu omulundi omulala.
age-reopened-worker = Okukyusa emyaka kukosezza omuntu oyo by'alonze ku “Ani ayinza okukulaba”. Weyongereyo: ojja kumuwa essimu nate, era ajja kulonda nate.
setup-worker = Ndi mukozi w'ebweru: nnyamba abalala okusaba obuyambi
setup-worker-hint = Layini y'obuyambi ejja kulaba ekibiina kyo ku buli kusaba kw'oyambako.
worker-org-needed = Wandiika erinnya ly'ekitongole kyo, oba ggyako embeera y'omukozi w'ebweru.
settings-worker-title = Embeera y'omukozi w'ebweru
settings-worker-intro = Yamba abalala okuweereza okusaba okuva ku ssimu eno. Eby'addamu byabwe biggalwa, era buli muntu agenda ne koodi.
settings-worker-on = Kiteeko
settings-worker-save = Tereka enkyukakyuka
settings-worker-off = Kiggyeko
settings-worker-saved = Kiwedde. Embeera y'omukozi w'ebweru eri ku.
settings-worker-removed = Kiwedde. Embeera y'omukozi w'ebweru eggiddwako.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Soma mu ddoboozi: { $text }
speak-stop = Lekera awo okusoma
speak-no-voice = Ku ssimu eno tewali ddoboozi lya lulimi luno.
speak-unavailable = Okusoma mu ddoboozi tekukola ku ssimu eno kati.
speak-headphones = Kozesa ebizindaalo by'omu matu, omuntu ali okumpi bw'aba ayinza okuwulira.

## Settings

settings-title = Enteekateeka
settings-language = Olulimi
settings-read-aloud = Soma mu ddoboozi buli lutimbe nga luggulwawo
settings-lock = Siba kati
settings-less-protected = Ku kyuma kino obukuumi butono: wano tewali kifo kya kyama eky'okuterekamu ebisumuluzo, kale buli akoppa fayiro za app ayinza okugezaako okukuba akafubitizi ku PIN yo. PIN empanvu ekukuuma bulungi okusingawo.
settings-duress-title = PIN ey'obuzibu
settings-duress-intro = PIN ey'okubiri, ey'ekiseera omuntu w'akukakira okuggulawo app. Esangulawo byonna awatali kabonero konna.
settings-current-pin = PIN yo
settings-duress-save = Tereka PIN ey'obuzibu
settings-duress-remove = Ggyawo PIN ey'obuzibu
settings-pin-title = Kyusa PIN yo
settings-new-pin = PIN empya (ennamba 6 okutuuka ku 12)
settings-new-pin-again = PIN empya nate
settings-pin-save = Kyusa PIN
settings-pin-changed = PIN yo ekyusiddwa. Okuva kati, kozesa PIN empya.
settings-duress-saved = Kiwedde. PIN yo ey'obuzibu eterekeddwa.
settings-duress-removed = Kiwedde. Kati tewali PIN ya buzibu.
pin-wrong-left =
    { $count ->
        [one] PIN eyo si ntuufu. Bw'onoowandiika PIN enkyamu omulundi omulala gumu, buli kimu ku ssimu eno kijja kusangulwawo.
       *[other] PIN eyo si ntuufu. Bw'onoowandiika PIN enkyamu emirundi emirala { $count }, buli kimu ku ssimu eno kijja kusangulwawo.
    }
settings-wipe-title = Sangulawo buli kimu
settings-wipe-intro = Kino kisangulawo okusaba kwonna n'ebiwandiiko ebitannaweerezebwa ku ssimu eno. Tekisobola kuzzibwawo. Okusaba layini y'obuyambi kwe yafuna dda kusigala ewa layini y'obuyambi.
settings-wipe-confirm = Yee, sangulawo buli kimu

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Oli mu kabi kati?
danger-yes-child = Yee, ndi mu kabi
danger-no-child = Nedda, si kati
emergency-intro-child = Osobola okukuba ennamba zino. Teweetaaga yintaneeti.
emergency-call-trace-child = Essimu yo ekuuma olukalala lw'essimu z'okubye n'obubaka. Bw'oba weeraliikirira nti omuntu ayinza okululaba, osobola okubisangulamu oluvannyuma.
needs-title-child = Oyagala kuyambibwa ku ki?
needs-intro-child = Kwata ku byonna ebituufu gy'oli. Osobola okubuuka kino.
need-legal_immigration-child = Obuyambi ku mpapula oba ebiwandiiko
need-labour_exploitation-child = Waliwo ankaka okukola
need-sexual_exploitation-child = Waliwo ankaka okukola ebikolwa eby'okwegatta
need-money_debt-child = Waliwo agamba nti mmubanja ssente
need-going_home-child = Njagala kuddayo ewaffe oba okuzuula ab'omu maka gange
need-child_at_risk-child = Omwana omulala ali mu kabi
urgency-title-child = Oyagala obuyambi ddi?
for-whom-title-child = Ani eyeetaaga obuyambi?
for-whom-self-child = Nze
contact-title-child = Tuyinza tutya okwogera naawe mu mirembe?
contact-intro-child = Londa engeri etali ya kabi gy'oli. Tewali muntu mulala asaanye kugiraba.
times-title-child = Ddi lwe kiba nga tekirina kabi ffe okukukubira oba okukuwandiikira?
times-intro-child = Osobola okubuuka kino. Olwo tujja kwegendereza nnyo.
voicemail-title-child = Tuyinza okulekawo obubaka bw'eddoboozi?
someone-else-title-child = Omuntu omulala bw'addamu, tukole ki?
responder-title-child = Oyagala kwogera na ani?
more-title-child = Waliwo ekirala?
more-intro-child = Tolina kuddamu.
place-label-child = Oli wa? Erinnya ly'ekibuga limala.
message-label-child = Tubuulire ebigenda mu maaso, bw'oba oyagala
consent-title-child = Ani ayinza okusoma bye wawandiika?
consent-intro-child = Ggwe olonda. Ekisinga obukuumi kyalondeddwa dda.
consent-hotline_only-desc-child = Abayambi ku layini y'obuyambi bokka be babisoma. Babikuuma nga bya kyama.
consent-may_refer_to_services-desc-child = Layini y'obuyambi eyinza okubuulira abantu abakuuma abaana, ng'omusawo, amaka ag'emirembe oba munnamateeka.
consent-may_involve_police-desc-child = Layini y'obuyambi eyinza n'okubuulira poliisi, esobole okuyimiriza abantu abakulumya.
review-title-child = Tunuulira eby'okuddamu byo
review-intro-child = Bw'oweereza kino, kisibibwa. Layini y'obuyambi yokka y'esobola okukiggulawo. Tewali muntu ayinza kukisoma ku ssimu eno, wadde ggwe.
submit-done-child = Obubaka bwo busibiddwa ku ssimu eno. Bujja kuweerezebwa nga yintaneeti eriwo.
handover-title-child = Ebibuuzo bya ggwe wekka
handover-person-child = Ggwe wekka gw'onoddamu ebibuuzo ebiddako. Omuntu akuyamba tajja kulaba by'onoddamu.
giveback-intro-child = Eby'oddamu bisibiddwa. Omuntu akuyamba tasobola kubiraba. Kati zzaayo essimu eri omuntu akuyamba.
reference-for-person-child = Ebigambo bino bya ggwe wekka. Bikuyamba okusoma layini y'obuyambi by'ekuwandiikira. Ku ssimu yonna erimu app eno, kwata ku “{ $requests }”, oluvannyuma kwata ku “{ $check }”, owandiike ebigambo oba ennamba. Bikuume nga kyama: buli muntu abirina asobola okusoma eby'okuddamu.

## Errors (codes come from the app's core)

error-wrong_pin = PIN eyo si ntuufu.
error-locked = Bambi sooka oggulewo app ne PIN yo.
error-no_hotline = App eno tennayungibwa ku layini y'obuyambi. Ekiwandiiko kyo kiterekeddwa.
error-invalid = Eby'okuddamu ebimu byetaaga okukyusibwa. Bambi tunuulira ebibuuzo ebiteereddwako akabonero.
error-pin_too_short = PIN erina ennamba 6 okutuuka ku 12.
error-duress_same_as_pin = PIN ey'obuzibu erina okuba ya njawulo ku PIN yo.
error-worker_drafts_open = Embeera y'omukozi w'ebweru esigala ku nga okusaba kw'abantu b'oyamba tekunnaweerezebwa. Kuweereze oba kusazeemu mu “Okusaba okutannaweerezebwa”, oluvannyuma ogiggyeko.
error-already_set_up = App eno yateekebwateekebwa dda.
error-not_found = Kino tekizuuliddwa. Kiyinza okuba nga kyasangulwawo.
error-internal = Waliwo ekitagenze bulungi. Bye wasaba ebiterekeddwa biri bulungi. Bambi ddamu ogezeeko.
error-not_set_up = App eno tennateekebwateekebwa. Bambi sooka olonde PIN.
error-busy = App ekyaweereza. Bambi ddamu ogezeeko mu kaseera katono.
error-status_unavailable = Layini y'obuyambi tesobodde kubuuzibwa kati. Okusaba kwo kuli bulungi. Bambi ddamu ogezeeko oluvannyuma.
error-malformed = Eby'okuddamu ebimu tebisobodde kusomebwa. Bambi bikebere oddemu ogezeeko.
error-too_large = Kino kiwanvu nnyo okuweerezebwa. Bambi fuula obubaka bwo obumpi.
error-unsupported_version = App eno yeetaaga okuzzibwa obuggya.
error-profile = Ebikwata ku layini y'obuyambi mu app eno si bituufu. Ekiwandiiko kyo kiterekeddwa. Bambi funa app empya.
error-sync_client = App tesobola kuyungibwa mu mirembe kati. Okusaba kwo kuterekeddwa era kujja kuweerezebwa oluvannyuma.
error-already_exists = Kino kyaterekebwa dda.
error-empty_pin = Bambi wandiika PIN yo.
error-invalid_kdf_params = Enteekateeka za app eno si ntuufu. Bambi funa app empya.
error-device_secret_unavailable = App tesobola kutuuka ku kifo ky'ekyama ekiterekamu ku ssimu eno. Bambi ggyako essimu oddemu ogiteekeko, oddemu ogezeeko.
error-envelope = Okusaba kwo tekusobodde kusibibwa ku lwa layini y'obuyambi. Kukyaterekeddwa ng'ekiwandiiko.
error-receipt_mismatch = Eky'okuddamu kya layini y'obuyambi tekisobodde kukeberebwa. Okusaba kwo kujja kuddamu kuweerezebwa.
error-corrupt = Ebiterekeddwa mu app byonoonese. Tebisobola kuggulwawo.
error-io = Essimu tesobodde kutereka kino. Eyinza okuba nga ejjudde. Bambi ggyako ebimu oddemu ogezeeko.
error-database = App tesobodde kusoma oba kutereka ebibyo. Bye wasaba ebiterekeddwa biri bulungi. Bambi ddamu ogezeeko.
error-pin_too_long = PIN erina ennamba 6 okutuuka ku 12.
error-pin_not_digits = PIN erina ennamba zokka.
error-reference_word_count = Koodi erina ebigambo 9. Bambi kakasa nti obiwandiise byonna.
error-reference_unknown_word = Ekigambo kimu tekituufu. Bambi kebera engeri gy'okiwandiisemu.
check-reference-wrong-word = Ekigambo nnamba { $number } tekituufu. Bambi kebera engeri gy'okiwandiisemu.
error-reference_digits = Koodi erina ennamba 22. Bambi kakasa nti oziwandiise zonna.
error-reference_check = Ekigambo oba ennamba emu si ntuufu. Bambi kebera buli kimu, oddemu ogezeeko.
error-reference_not_found = Layini y'obuyambi tennaba kufuna kusaba kulina koodi eno. Bwe kuba nga kwaweerezebwa okuva ku ssimu etaalina yintaneeti, kujja kutuuka ng'essimu eyo efunye yintaneeti nate: bambi ddamu ogezeeko oluvannyuma. Bwe kiba nga tekinnazuulwa, kebera buli kigambo oba buli nnamba.
field-error-empty = Bambi jjuzaamu wano, oba buuka ekibuuzo.
field-error-not_trimmed = Bambi ggyawo ebbanga eriri ku ntandikwa oba ku nkomerero.
field-error-too_long = Kino kiwanvu nnyo. Ennukuta { $max } zokka.
field-error-too_many_bytes = Kino kiwanvu nnyo.
field-error-too_many = Bingi nnyo. Tebisukka { $max }.
field-error-duplicate = Kino kiri ku lukalala emirundi ebiri.
field-error-control_characters = Kino kirimu ennukuta ezitakozesebwa.
field-error-invalid_phone = Ennamba y'essimu eno erabika nga si ntuufu. Tandika ne + ne koodi y'eggwanga.
field-error-invalid_region = Eggwanga lino terimanyiddwa.
field-error-invalid_email = Endagiriro ya imeeyili eno erabika nga si ntuufu.
field-error-invalid_language = Olulimi luno terumanyiddwa.
field-error-invalid_time_zone = Essaawa z'ekitundu zino tezimanyiddwa.
field-error-invalid_time = Bambi londa essaawa ey'okutandika n'ey'okumaliriza ezaawukana.
field-error-no_contact_method = Bambi londa waakiri engeri emu ey'okukutuukako. "Nja kutunula mu app eno" kimala.
field-error-unsupported_version = App eno yeetaaga okuzzibwa obuggya.
