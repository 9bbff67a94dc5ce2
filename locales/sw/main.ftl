## Reach — Kiswahili (Swahili)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Kiswahili
# The language's name in English, for the language search.
-locale-english = Swahili
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Kikokotoo
quick-exit = Toka haraka
quick-exit-hint = Huficha programu hii mara moja
back = Rudi
next = Endelea
skip = Ruka hili
save = Hifadhi
cancel = Ghairi
close = Funga
done = Tayari
optional = si lazima
step-of = Hatua ya { $current } kati ya { $total }
saved-locked = Imehifadhiwa na kufungwa kwenye simu hii

## Calculator (the app's disguise)

calc-label = Kikokotoo
calc-display-label = Jibu
calc-clear = C
calc-equals = =
calc-error = Hitilafu

## First use: a private PIN

setup-title = Ifanye programu hii kuwa ya siri
setup-intro = Chagua namba ya siri (PIN). Ni wewe tu unayepaswa kuijua.
setup-how = Ili kufungua programu hii baadaye, andika PIN yako kwenye kikokotoo, kisha bonyeza =.
setup-pin-label = PIN yako (tarakimu 6 hadi 12)
setup-pin-repeat-label = Andika PIN yako tena
setup-duress-title = PIN ya dharura (unaweza kuruka hili)
setup-duress-intro = Mtu akikulazimisha kufungua programu hii, andika PIN hii nyingine badala yake. Programu itaonekana tupu, na kila kitu ndani yake kitafutwa bila dalili yoyote.
setup-duress-label = PIN ya dharura
setup-submit = Hifadhi PIN yangu
setup-mismatch = PIN hizi mbili hazifanani. Tafadhali jaribu tena.

## Language

lang-title = Chagua lugha yako
lang-intro = Unaweza kuibadilisha baadaye kwenye Mipangilio.
lang-search-label = Tafuta lugha yako
lang-search-hint = Andika jina la lugha yako, kwa lugha yoyote
lang-search-none = Hakuna lugha inayolingana na hili. Jaribu herufi chache.
lang-yours = Lugha zilizo kwenye simu hii
lang-all = Lugha zote
lang-load-failed = Lugha hii haikuweza kufunguliwa, kwa hiyo programu inaonyeshwa kwa Kiingereza.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Una umri gani?
age-intro = Unaweza kuruka hili. Ikiwa una umri chini ya miaka 18, programu itatumia maneno rahisi zaidi na kuonyesha msaada kwa watoto.
age-under_18 = Chini ya miaka 18
age-18_to_25 = Miaka 18 hadi 25
age-26_to_59 = Miaka 26 hadi 59
age-60_plus = Miaka 60 au zaidi

## Danger check and emergency numbers

danger-title = Je, uko hatarini sasa hivi?
danger-yes = Ndiyo, niko hatarini sasa
danger-no = Hapana, si sasa hivi
emergency-title = Namba za dharura
emergency-intro = Unaweza kupiga namba hizi bila intaneti.
emergency-country-label = Nchi yako
emergency-police = Polisi na dharura
emergency-hotline = Msaada kwa watu walioingizwa kwenye biashara ya binadamu au kulazimishwa kufanya kazi
emergency-children = Msaada kwa watoto na vijana
emergency-call = Piga { $number }
emergency-source = Chanzo: { $source }
emergency-checked = Imekaguliwa: { $date }
emergency-not-checked = Bado haijakaguliwa tena. Namba hii isipofanya kazi, piga namba ya dharura.
emergency-call-trace = Simu ulizopiga na ujumbe mfupi hubaki kwenye orodha zilizo kwenye simu yako. Mtu akikagua simu yako, unaweza kuzifuta baadaye.
emergency-none = Bado hatuna namba za nchi hii. Ukiwa hatarini, piga namba ya dharura ya eneo lako.
emergency-continue = Endelea uombe msaada

## What help is needed

needs-title = Unahitaji msaada gani?
needs-intro = Chagua yote yanayokufaa. Unaweza kuruka hili.
need-safety_now = Kuwa salama sasa hivi
need-shelter = Mahali salama pa kukaa
need-medical = Daktari au dawa
need-legal_immigration = Msaada kuhusu nyaraka, viza au sheria
need-labour_exploitation = Matatizo kazini au kutolipwa
need-sexual_exploitation = Kulazimishwa kufanya ngono
need-child_at_risk = Mtoto yuko hatarini
need-money_debt = Pesa au deni
need-going_home = Kurudi nyumbani au kuitafuta familia
need-interpreter = Mtu anayezungumza lugha yangu
need-other = Kitu kingine
urgency-title = Unahitaji msaada haraka kiasi gani?
urgency-now = Sasa
urgency-today = Leo
urgency-this_week = Wiki hii
urgency-not_urgent = Inaweza kusubiri
for-whom-title = Ombi hili ni la nani?
for-whom-self = Kwa ajili yangu
for-whom-someone_else = Kwa ajili ya mtu mwingine
for-whom-assisted_by_outreach = Mimi ni mfanyakazi wa nyanjani ninayemsaidia mtu

## Safe contact

contact-title = Huduma ya msaada inawezaje kukufikia kwa usalama?
contact-intro = Chagua angalau njia moja. Chagua tu njia zilizo salama kwako.
contact-call = Kupigiwa simu
contact-sms = Ujumbe mfupi (SMS)
contact-messaging_app = Programu ya ujumbe
contact-email = Barua pepe
contact-in_person_via_outreach = Ana kwa ana, kupitia mfanyakazi wa nyanjani
contact-check_back_in_app = Nitaangalia jibu kwenye programu hii
contact-phone-label = Namba ya simu, pamoja na msimbo wa nchi (kwa mfano +255…)
contact-app-label = Programu gani? (kwa mfano WhatsApp, Signal)
contact-handle-label = Jina au namba yako kwenye programu hiyo
contact-email-label = Anwani ya barua pepe
times-title = Ni wakati gani ni salama kuwasiliana nawe?
times-intro = Unaweza kuruka hili. Hapo huduma ya msaada itakuwa makini zaidi.
times-add = Ongeza wakati salama
times-remove = Ondoa wakati huu
times-from = Kuanzia
times-to = Hadi
times-days = Siku
times-any-day = Siku yoyote
times-zone = Saa za eneo
weekday-mon = Jumatatu
weekday-tue = Jumanne
weekday-wed = Jumatano
weekday-thu = Alhamisi
weekday-fri = Ijumaa
weekday-sat = Jumamosi
weekday-sun = Jumapili
voicemail-title = Je, huduma ya msaada inaweza kuacha ujumbe wa sauti?
voicemail-yes = Ndiyo, ujumbe wa sauti ni salama
voicemail-no = Hapana, wasiache ujumbe wa sauti kamwe
voicemail-unsaid = Usipojibu, huduma ya msaada haitaacha ujumbe wa sauti.
code-word-label = Neno la siri
code-word-hint = Huduma ya msaada itasema neno hili, ili ujue kwamba ni wao kweli.
someone-else-title = Mtu mwingine akijibu, huduma ya msaada inapaswa…
someone-else-hang_up = Kukata simu
someone-else-say_wrong_number = Kusema wamekosea namba
someone-else-ask_for_code_word = Kuuliza neno la siri
someone-else-other = Kitu kingine
someone-else-other-label = Wafanye nini?
responder-title = Ungependa kuzungumza na nani?
responder-woman = Mwanamke
responder-man = Mwanamume
responder-any_gender = Yeyote ni sawa
responder-language-label = Lugha unayotaka kujibiwa kwayo

## More (all optional)

more-title = Zaidi kidogo kukuhusu
more-intro = Yote haya si lazima.
place-label = Uko wapi? Mji au eneo linatosha.
place-hint = Sema tu unachotaka. Programu hii haitumii kamwe mahali ulipo.
message-label = Ujumbe wako
message-hint = Unaweza kuandika kwa lugha yoyote.
message-left =
    { $count ->
        [one] Imebaki herufi { $count }
       *[other] Zimebaki herufi { $count }
    }

## Consent

consent-title = Nani anaweza kuona ombi lako?
consent-intro = Wewe ndiye unayeamua. Chaguo la siri zaidi limeshachaguliwa.
consent-hotline_only = Huduma ya msaada pekee
consent-hotline_only-desc = Timu ya huduma ya msaada pekee ndiyo inayolisoma. Hawampi mtu mwingine.
consent-may_refer_to_services = Huduma ya msaada na mashirika yanayoweza kusaidia
consent-may_refer_to_services-desc = Huduma ya msaada inaweza kulipeleka kwa makazi salama, madaktari au mawakili, ili kukusaidia.
consent-may_involve_police = Huduma ya msaada, mashirika na polisi
consent-may_involve_police-desc = Huduma ya msaada inaweza pia kuwaambia polisi.
consent-child-note = Kwa sababu una umri chini ya miaka 18, huenda huduma ya msaada ikalazimika kuwaambia watu ambao kazi yao ni kuwalinda watoto, ili uwe salama.

## Review and send

review-title = Kagua ombi lako
review-intro = Ombi lako litafungwa ili huduma ya msaada pekee iweze kulifungua. Ukishalituma, hakuna anayeweza kulisoma kwenye simu hii, hata wewe.
review-not-answered = Hakuna jibu
review-change = Badilisha
review-needs = Msaada unaohitajika
review-contact = Jinsi ya kukufikia
review-times = Nyakati salama
review-more = Zaidi kukuhusu
review-consent = Nani anaweza kuliona
submit = Funga na utume kwa huduma ya msaada
submit-working = Inafunga ombi lako…
submit-done = Ombi lako limefungwa kwenye simu hii. Litatumwa kukiwa na intaneti.

## Status

status-title = Maombi yako
status-intro = Hapa unaweza kuona kila ombi limefika wapi.
status-empty = Bado hakuna maombi.
status-saved = Limehifadhiwa kwenye simu hii na limefungwa. Litatumwa kukiwa na intaneti.
status-sending = Inatuma sasa…
status-received = Huduma ya msaada imelipokea. Tumekagua risiti ya huduma ya msaada.
status-needs_attention = Ombi hili linahitaji uliangalie.
status-attempts =
    { $count ->
        [one] Imejaribiwa mara moja
       *[other] Imejaribiwa mara { $count }
    }
status-hotline-received = Linasubiri mtu wa huduma ya msaada alisome.
status-hotline-in_review = Mtu wa huduma ya msaada analisoma.
status-hotline-answered = Huduma ya msaada imechukua hatua.
status-hotline-closed = Huduma ya msaada imelifunga.
status-hotline-contact_planned = Mtu wa huduma ya msaada anapanga jinsi ya kuwasiliana nawe kwa usalama.
status-hotline-needs_interpreter = Huduma ya msaada inatafuta mtu anayezungumza lugha yako.
status-hotline-referred = Huduma ya msaada imeomba shirika mshirika likusaidie.
status-hotline-unknown = Huduma ya msaada ina habari kuhusu ombi hili. Sasisha programu wakati ni salama, ili uone zaidi.
status-replies = Ujumbe kutoka huduma ya msaada
status-reply-note = Huduma ya msaada pia iliandika (huenda si kwa lugha yako):
status-reply-unreadable = Ujumbe umefika, lakini programu hii haikuweza kuukagua, kwa hiyo hauonyeshwi.
status-offline = Hakuna intaneti sasa hivi. Maombi yako yako salama kwenye simu hii.
status-send-now = Tuma sasa
status-retry = Jaribu tena
status-check = Uliza huduma ya msaada kama kuna habari
status-new = Anza ombi jipya

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Tumesoma ombi lako. Tutawasiliana nawe kwa njia uliyochagua.
reply-call_planned = Tutakupigia simu siku ya { $day }, kati ya { $from } na { $to } (kwa saa za mahali ulipo).
reply-message_planned = Tutakutumia ujumbe siku ya { $day }, kati ya { $from } na { $to } (kwa saa za mahali ulipo).
reply-interpreter = Tunatafuta mkalimani anayezungumza lugha yako. Tutawasiliana nawe hivi karibuni.
reply-referred = Tumeomba shirika mshirika lililo karibu nawe likusaidie. Watawasiliana nawe kwa njia uliyochagua.
reply-call_us = Tafadhali tupigie simu wakati ni salama kwako. Wewe ndiye unayechagua wakati.
reply-danger = Ikiwa uko hatarini sasa, piga namba ya dharura. Unaweza kuipata kwenye programu hii.
reply-closed = Tumefunga ombi lako. Unaweza kutuma ombi jipya wakati wowote.
reply-unknown = Huduma ya msaada imetuma ujumbe ambao toleo hili la programu haliwezi kuuonyesha. Tafadhali sasisha programu wakati ni salama.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Ombi lako limefungwa. Je, utatuambia msaada ulikuwaje? Maswali matatu mafupi. Unaweza kuyaruka.
feedback-private = Majibu yako yanatumwa bila ombi lako wala jina lako. Simu ya msaada inaona jumla tu.
feedback-start = Jibu
feedback-skip = Hapana, asante
feedback-send = Tuma majibu
feedback-q-helped = Je, ulipata msaada uliohitaji?
feedback-q-safe = Je, ulijisikia salama tulipowasiliana nawe?
feedback-q-recommend = Je, ungemwambia rafiki kuhusu sisi?
feedback-a-yes = Ndiyo
feedback-a-partly = Kiasi
feedback-a-no = Hapana
feedback-thanks = Asante. Majibu yako yatatumwa.
feedback-declined = Sawa. Hatutauliza tena.
feedback-failed = Haikufanikiwa. Tafadhali jaribu tena.
problem-unknown_key = Programu hii inahitaji kusasishwa kabla ya kutuma ombi hili.
problem-conflict = Huduma ya msaada ina ombi jingine lenye namba hiyo hiyo. Tafadhali wasiliana na huduma ya msaada kwa njia nyingine.
problem-malformed = Huduma ya msaada haikuweza kusoma ombi hili. Tafadhali anza ombi jipya.
problem-too_large = Ombi hili ni refu mno. Tafadhali anza jipya lenye ujumbe mfupi zaidi.
problem-unsupported_media_type = Programu hii inahitaji kusasishwa kabla ya kutuma ombi hili.
problem-other = Mtandao au huduma ya msaada imekataa ombi hili. Unaweza kujaribu tena, au kujaribu mtandao mwingine.

## Several people on one device (outreach)

drafts-title = Maombi ambayo bado hayajatumwa
drafts-continue = Endelea
drafts-delete = Futa
drafts-none = Hakuna kinachosubiri.
review-reference = Mtu huyu hatabaki na simu hii: mpe msimbo
review-reference-hint = Kwa msimbo, anaweza kusoma majibu ya huduma ya msaada kwenye simu yoyote yenye programu hii. Simu hii itaonyesha tu kama huduma ya msaada imepokea ombi.
assisted-organisation-label = Shirika lako (wewe, mfanyakazi wa nyanjani)
assisted-hint = Huduma ya msaada itaona kwamba ulimsaidia mtu huyu, na unafanya kazi na nani.
assisted-channel-label = Jinsi huduma ya msaada inavyoweza kukufikia (si lazima)
reference-title = Msimbo wa mtu huyu
reference-intro = Mpe mtu huyu maneno haya. Kwa hayo, anaweza kusoma majibu ya huduma ya msaada kwenye simu yoyote yenye programu hii. Simu hii haiyaandiki popote, na huyasahau mara tu mtu huyu anapoyapata.
reference-for-person = Maneno haya ni yako. Kwa hayo, unaweza kusoma majibu ya huduma ya msaada. Kwenye simu yoyote yenye programu hii, fungua “{ $requests }”, kisha “{ $check }”, halafu andika maneno au namba. Yahifadhi mahali salama: mtu yeyote aliye nayo anaweza kusoma majibu.
reference-words = Maneno
reference-digits = Msimbo huo huo kwa namba
reference-request = Ombi { $number }
reference-done = Mtu huyu ana msimbo wake
reference-again = Programu ilifungwa wakati msimbo ulipokuwa ukionyeshwa. Huu hapa tena: mpe mtu huyu sasa.
status-check-reference = Angalia msimbo
check-reference-title = Angalia msimbo
check-reference-intro = Andika maneno au namba ulizopewa. Simu hii haiyahifadhi, wala majibu.
check-reference-no-hotline = Programu hii bado haijaunganishwa na huduma ya msaada, kwa hiyo haiwezi kuangalia msimbo hapa. Tafadhali jaribu kwenye simu nyingine yenye programu hii.
check-reference-label = Maneno au namba
check-reference-submit = Angalia
check-reference-working = Inaangalia. Inaweza kuchukua sekunde chache…
check-reference-no-replies = Bado hakuna ujumbe kutoka huduma ya msaada.
check-reference-show-in = Onyesha kwa { $language }
worker-title = Kazi ya nyanjani
worker-working-as = Unafanya kazi kama: { $organisation }
worker-intro = Kila mtu unayemsaidia anajibu kwa lugha yake. Majibu yake yanatoka kwenye simu hii yakiwa yamefungwa, na mtu huyo anaondoka na msimbo. Hapa vinabaki tu namba na hali ya kila ombi.
worker-new-person = Msaidie mtu mpya
handover-title = Maswali kwa ajili yako peke yako
handover-worker = Sasa mpe mtu huyo simu. Atajibu maswali yanayofuata peke yake, na hutaona majibu yake.
handover-person = Maswali yanayofuata ni kwa ajili yako peke yako. Anayekusaidia hataona majibu yako.
handover-start = Anza
giveback-title = Asante
giveback-intro = Majibu yako yamefungwa. Anayekusaidia hawezi kuyaona. Sasa rudisha simu.
giveback-button = Rudisha simu
review-private = Mtu huyo alijibu hili peke yake. Halionyeshwi.
review-assisted-as = Huduma ya msaada itaona kwamba ulisaidia, kama: { $organisation }
review-later = Si sasa: liweke kwenye “Maombi ambayo bado hayajatumwa”
review-hand-again = Mpe mtu huyo simu tena
review-hand-again-hint = Tumia hii ikiwa mtu huyo anataka kubadilisha alichojibu peke yake, au kuna kitu hapo kinachohitaji kurekebishwa. Ataona tena swali la nani anaweza kuona ombi, na atachagua tena.
review-private-fix = Kitu ambacho mtu huyo alijibu peke yake kinahitaji kurekebishwa. Ni yeye tu anayeweza kukirekebisha: mpe simu tena.
age-given-back-worker = Ukibadilisha umri kuwa “Chini ya miaka 18” au kutoka hapo, mtu huyo lazima aone tena swali la nani anaweza kuona ombi: utampa simu mara moja zaidi.
age-reopened-worker = Kubadilisha umri kumegusa chaguo la mtu huyo kuhusu nani anaweza kuona ombi. Endelea: utampa simu tena, naye atachagua tena.
setup-worker = Mimi ni mfanyakazi wa nyanjani: ninawasaidia wengine kuomba msaada
setup-worker-hint = Huduma ya msaada itaona shirika lako kwenye kila ombi unalosaidia.
worker-org-needed = Andika jina la shirika lako, au zima hali ya mfanyakazi wa nyanjani.
settings-worker-title = Hali ya mfanyakazi wa nyanjani
settings-worker-intro = Wasaidie wengine kutuma maombi kutoka kwenye simu hii. Majibu yao yanafungwa, na kila mtu anaondoka na msimbo.
settings-worker-on = Washa
settings-worker-save = Hifadhi mabadiliko
settings-worker-off = Zima
settings-worker-saved = Imekamilika. Hali ya mfanyakazi wa nyanjani imewashwa.
settings-worker-removed = Imekamilika. Hali ya mfanyakazi wa nyanjani imezimwa.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Soma kwa sauti: { $text }
speak-stop = Acha kusoma
speak-no-voice = Hakuna sauti ya lugha hii kwenye simu hii.
speak-unavailable = Kusoma kwa sauti hakufanyi kazi kwenye simu hii kwa sasa.
speak-headphones = Tumia vipokea sauti vya masikioni ikiwa mtu aliye karibu anaweza kusikia.

## Settings

settings-title = Mipangilio
settings-language = Lugha
settings-read-aloud = Soma kila skrini kwa sauti inapofunguka
settings-lock = Funga sasa
settings-less-protected = Ulinzi mdogo kwenye kifaa hiki: hakuna mahali salama pa kuhifadhi ufunguo hapa, kwa hiyo mtu akinakili faili za programu anaweza kujaribu kubahatisha PIN yako. PIN ndefu zaidi inakulinda vizuri zaidi.
settings-duress-title = PIN ya dharura
settings-duress-intro = PIN ya pili kwa wakati mtu anapokulazimisha kufungua programu. Inafuta kila kitu bila dalili yoyote.
settings-current-pin = PIN yako
settings-duress-save = Hifadhi PIN ya dharura
settings-duress-remove = Ondoa PIN ya dharura
settings-pin-title = Badilisha PIN yako
settings-new-pin = PIN mpya (tarakimu 6 hadi 12)
settings-new-pin-again = Andika PIN mpya tena
settings-pin-save = Badilisha PIN
settings-pin-changed = PIN yako imebadilishwa. Kuanzia sasa, tumia PIN mpya.
settings-duress-saved = Tayari. PIN yako ya dharura imehifadhiwa.
settings-duress-removed = Tayari. Sasa hakuna PIN ya dharura.
pin-wrong-left =
    { $count ->
        [one] PIN hiyo si sahihi. PIN isiyo sahihi ikiandikwa mara moja zaidi, kila kitu kwenye simu hii kitafutwa.
       *[other] PIN hiyo si sahihi. PIN isiyo sahihi ikiandikwa mara { $count } zaidi, kila kitu kwenye simu hii kitafutwa.
    }
settings-wipe-title = Futa kila kitu
settings-wipe-intro = Hii inafuta maombi yote na rasimu zote kwenye simu hii. Haiwezi kurudishwa. Maombi ambayo huduma ya msaada imeshapokea yanabaki kwa huduma ya msaada.
settings-wipe-confirm = Ndiyo, futa kila kitu

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Uko hatarini sasa?
danger-yes-child = Ndiyo, niko hatarini
danger-no-child = Hapana, si sasa
emergency-intro-child = Unaweza kupiga namba hizi. Huhitaji intaneti.
emergency-call-trace-child = Simu yako huweka orodha ya simu ulizopiga na ujumbe. Ukiwa na wasiwasi kwamba mtu ataiona, unaweza kuzifuta baadaye.
needs-title-child = Unahitaji msaada kuhusu nini?
needs-intro-child = Gusa kila kitu ambacho ni kweli kwako. Unaweza kuruka hili.
need-legal_immigration-child = Msaada kuhusu karatasi au nyaraka
need-labour_exploitation-child = Mtu ananilazimisha kufanya kazi
need-sexual_exploitation-child = Mtu ananilazimisha kufanya mambo ya ngono
need-money_debt-child = Mtu anasema nina deni lake
need-going_home-child = Nataka kurudi nyumbani au kuipata familia yangu
need-child_at_risk-child = Mtoto mwingine yuko hatarini
urgency-title-child = Unahitaji msaada lini?
for-whom-title-child = Nani anahitaji msaada?
for-whom-self-child = Mimi
contact-title-child = Tunawezaje kuzungumza nawe kwa usalama?
contact-intro-child = Chagua njia iliyo salama kwako. Mtu mwingine asiione.
times-title-child = Ni lini ni salama kwetu kukupigia simu au kukuandikia?
times-intro-child = Unaweza kuruka hili. Hapo tutakuwa waangalifu sana.
voicemail-title-child = Tunaweza kukuachia ujumbe wa sauti?
someone-else-title-child = Mtu mwingine akijibu, tufanye nini?
responder-title-child = Unataka kuzungumza na nani?
more-title-child = Kuna kitu kingine?
more-intro-child = Si lazima ujibu.
place-label-child = Uko wapi? Jina la mji linatosha.
message-label-child = Tuambie kinachoendelea, ukitaka
consent-title-child = Nani anaweza kusoma ulichoandika?
consent-intro-child = Wewe unachagua. Chaguo salama zaidi limeshachaguliwa.
consent-hotline_only-desc-child = Ni wasaidizi wa huduma ya msaada pekee wanaosoma. Wanaweka siri.
consent-may_refer_to_services-desc-child = Huduma ya msaada inaweza kuwaambia watu wanaowalinda watoto, kama daktari, nyumba salama au wakili.
consent-may_involve_police-desc-child = Huduma ya msaada inaweza pia kuwaambia polisi, ili wawazuie watu wanaokuumiza.
review-title-child = Angalia majibu yako
review-intro-child = Ukituma ujumbe huu, unafungwa. Huduma ya msaada pekee inaweza kuufungua. Hakuna anayeweza kuusoma kwenye simu hii, hata wewe.
submit-done-child = Ujumbe wako umefungwa kwenye simu hii. Utatumwa kukiwa na intaneti.
handover-title-child = Maswali haya ni yako tu
handover-person-child = Wewe peke yako utajibu maswali yanayofuata. Anayekusaidia hataona unachosema.
giveback-intro-child = Majibu yako yamefungwa. Anayekusaidia hawezi kuyaona. Sasa mrudishie simu yake.
reference-for-person-child = Maneno haya ni yako tu. Kwa hayo, unaweza kusoma kile ambacho huduma ya msaada inakuandikia. Kwenye simu yoyote yenye programu hii, gusa “{ $requests }”, kisha “{ $check }”, halafu andika maneno au namba. Yaweke siri: mtu yeyote aliye nayo anaweza kusoma majibu.

## Errors (codes come from the app's core)

error-wrong_pin = PIN hiyo si sahihi.
error-locked = Tafadhali fungua programu kwa PIN yako kwanza.
error-no_hotline = Programu hii bado haijaunganishwa na huduma ya msaada. Rasimu yako imehifadhiwa.
error-invalid = Baadhi ya majibu yanahitaji kubadilishwa. Tafadhali angalia maswali yaliyowekewa alama.
error-pin_too_short = PIN ina tarakimu 6 hadi 12.
error-duress_same_as_pin = PIN ya dharura lazima iwe tofauti na PIN yako.
error-worker_drafts_open = Hali ya mfanyakazi wa nyanjani inabaki imewashwa wakati maombi ya watu unaowasaidia bado hayajatumwa. Yatume, au yafute kwenye “Maombi ambayo bado hayajatumwa”, kisha uizime.
error-already_set_up = Programu hii imeshawekwa tayari.
error-not_found = Hiki hakikupatikana. Huenda kimefutwa.
error-internal = Kuna tatizo limetokea. Maombi uliyohifadhi yako salama. Tafadhali jaribu tena.
error-not_set_up = Programu hii bado haijawekwa. Tafadhali chagua PIN kwanza.
error-busy = Programu inatuma sasa. Tafadhali jaribu tena baada ya muda mfupi.
error-status_unavailable = Huduma ya msaada haikuweza kuulizwa sasa hivi. Ombi lako liko salama. Tafadhali jaribu tena baadaye.
error-malformed = Baadhi ya majibu hayakuweza kusomwa. Tafadhali yaangalie kisha ujaribu tena.
error-too_large = Hii ni ndefu mno kutuma. Tafadhali fupisha ujumbe wako.
error-unsupported_version = Programu hii inahitaji kusasishwa.
error-profile = Taarifa za huduma ya msaada kwenye programu hii si sahihi. Rasimu yako imehifadhiwa. Tafadhali pata programu iliyosasishwa.
error-sync_client = Programu haiwezi kuunganishwa kwa usalama sasa hivi. Ombi lako limehifadhiwa na litatumwa baadaye.
error-already_exists = Hii imeshahifadhiwa.
error-empty_pin = Tafadhali andika PIN yako.
error-invalid_kdf_params = Mipangilio ya programu hii si sahihi. Tafadhali pata programu iliyosasishwa.
error-device_secret_unavailable = Programu haiwezi kufikia hifadhi salama ya simu hii. Tafadhali zima na uwashe simu, kisha ujaribu tena.
error-envelope = Ombi lako halikuweza kufungwa kwa ajili ya huduma ya msaada. Bado limehifadhiwa kama rasimu.
error-receipt_mismatch = Jibu la huduma ya msaada halikuweza kukaguliwa. Ombi lako litatumwa tena.
error-corrupt = Data zilizohifadhiwa na programu zimeharibika. Haziwezi kufunguliwa.
error-io = Simu haikuweza kuhifadhi hii. Huenda imejaa. Tafadhali ondoa baadhi ya vitu ili kupata nafasi, kisha ujaribu tena.
error-database = Programu haikuweza kusoma au kuhifadhi data zake. Maombi uliyohifadhi yako salama. Tafadhali jaribu tena.
error-pin_too_long = PIN ina tarakimu 6 hadi 12.
error-pin_not_digits = PIN ina tarakimu tu.
error-reference_word_count = Msimbo una maneno 9. Hakikisha umeandika yote.
error-reference_unknown_word = Neno moja si sahihi. Angalia tahajia.
check-reference-wrong-word = Neno namba { $number } si sahihi. Angalia tahajia.
error-reference_digits = Msimbo una namba 22. Hakikisha umeandika zote.
error-reference_check = Neno au namba moja si sahihi. Angalia kila moja na ujaribu tena.
error-reference_not_found = Huduma ya msaada bado haina ombi lenye msimbo huu. Kama lilitumwa kutoka kwenye simu isiyo na intaneti, litafika simu hiyo itakapopata intaneti tena. Tafadhali jaribu tena baadaye. Likiendelea kukosekana, angalia kila neno au namba.
field-error-empty = Tafadhali jaza hapa, au ruka swali hili.
field-error-not_trimmed = Tafadhali ondoa nafasi tupu mwanzoni au mwishoni.
field-error-too_long = Hii ni ndefu mno. Isizidi herufi { $max }.
field-error-too_many_bytes = Hii ni ndefu mno.
field-error-too_many = Ni nyingi mno. Zisizidi { $max }.
field-error-duplicate = Hiki kimo kwenye orodha mara mbili.
field-error-control_characters = Hapa kuna herufi ambazo haziwezi kutumika.
field-error-invalid_phone = Namba hii ya simu haionekani sahihi. Anza na + na msimbo wa nchi.
field-error-invalid_region = Nchi hii haijulikani.
field-error-invalid_email = Anwani hii ya barua pepe haionekani sahihi.
field-error-invalid_language = Lugha hii haijulikani.
field-error-invalid_time_zone = Saa hizi za eneo hazijulikani.
field-error-invalid_time = Tafadhali chagua wakati wa kuanza na wakati wa kumaliza ambao ni tofauti.
field-error-no_contact_method = Tafadhali chagua angalau njia moja ya kukufikia. "Nitaangalia jibu kwenye programu hii" inatosha.
field-error-unsupported_version = Programu hii inahitaji kusasishwa.
