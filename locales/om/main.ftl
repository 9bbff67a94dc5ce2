## Reach — Afaan Oromoo (Oromo)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Afaan Oromoo
# The language's name in English, for the language search.
-locale-english = Oromo
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Shallagaa
quick-exit = Dafii ba'i
quick-exit-hint = Appii kana battalumatti dhoksa
back = Duubatti
next = Itti fufi
skip = Kana darbi
save = Olkaa'i
cancel = Dhiisi
close = Cufi
done = Xumurameera
optional = dirqama miti
step-of = Tarkaanfii { $current } kan { $total } keessaa
saved-locked = Bilbila kana irratti olkaa'amee cufameera

## Calculator (the app's disguise)

calc-label = Shallagaa
calc-display-label = Bu'aa
calc-clear = C
calc-equals = =
calc-error = Dogoggora

## First use: a private PIN

setup-title = Appii kana iccitii godhi
setup-intro = Lakkoofsa iccitii (PIN) filadhu. Kan isa beeku si qofa ta'uu qaba.
setup-how = Booda appii kana banuuf, PIN kee shallagaa irratti barreessi, achiis = tuqi.
setup-pin-label = PIN kee (lakkoofsa 6 hanga 12)
setup-pin-repeat-label = PIN kee irra deebi'ii barreessi
setup-duress-title = PIN hatattamaa (kana darbuu ni dandeessa)
setup-duress-intro = Namni tokko appii kana akka bantu yoo si dirqisiise, qooda isaa PIN biraa kana barreessi. Appiin kun duwwaa fakkaata, wanti isa keessa jiru hundi mallattoo tokko malee ni haqama.
setup-duress-label = PIN hatattamaa
setup-submit = PIN koo olkaa'i
setup-mismatch = PIN lamaan wal hin fakkaatan. Maaloo irra deebi'ii yaali.

## Language

lang-title = Afaan kee filadhu
lang-intro = Booda Qindaa'ina keessatti jijjiiruu ni dandeessa.
lang-search-label = Afaan kee barbaadi
lang-search-hint = Maqaa afaan keetii barreessi, afaan kamiinuu
lang-search-none = Afaan kanaan walsimu hin jiru. Qubee muraasa yaali.
lang-yours = Afaanota bilbila kana irra jiran
lang-all = Afaanota hunda
lang-load-failed = Afaan kun banamuu hin dandeenye, kanaaf appiin Afaan Ingiliziitiin mul'ata.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Umuriin kee meeqa?
age-intro = Kana darbuu ni dandeessa. Yoo umuriin kee 18 gadi ta'e, appiin jechoota salphaa fayyadama, gargaarsa daa'immaniifis siif agarsiisa.
age-under_18 = 18 gadi
age-18_to_25 = 18 hanga 25
age-26_to_59 = 26 hanga 59
age-60_plus = 60 fi isaa ol

## Danger check and emergency numbers

danger-title = Amma balaa keessa jirtaa?
danger-yes = Eeyyee, amma balaa keessa jira
danger-no = Lakki, amma miti
emergency-title = Lakkoofsota hatattamaa
emergency-intro = Lakkoofsota kana interneetii malee bilbiluu ni dandeessa.
emergency-country-label = Biyya kee
emergency-police = Poolisii fi gargaarsa hatattamaa
emergency-hotline = Gargaarsa namoota gurguramanii ykn humnaan hojjechiifamaniif
emergency-children = Gargaarsa daa'immanii fi dargaggootaaf
emergency-call = { $number } bilbili
emergency-source = Madda: { $source }
emergency-checked = Kan mirkanaa'e: { $date }
emergency-not-checked = Ammaaf irra deebi'amee hin mirkanoofne. Lakkoofsi kun yoo hin hojjenne, lakkoofsa hatattamaa bilbili.
emergency-call-trace = Bilbiloonnii fi ergaawwan barreeffamaa tarree bilbila kee keessatti hafu. Namni tokko bilbila kee yoo sakatta'e, achii booda isaan haquu ni dandeessa.
emergency-none = Biyya kanaaf ammaaf lakkoofsa hin qabnu. Balaa keessa yoo jirte, lakkoofsa hatattamaa naannoo sanaa bilbili.
emergency-continue = Itti fufii gargaarsa gaafadhu

## What help is needed

needs-title = Gargaarsa akkamii barbaadda?
needs-intro = Kan siif ta'u hunda filadhu. Kana darbuu ni dandeessa.
need-safety_now = Amma nagaa ta'uu
need-shelter = Bakka jireenyaa nagaa
need-medical = Doktora ykn qoricha
need-legal_immigration = Gargaarsa waraqaa, viizaa ykn seeraa
need-labour_exploitation = Rakkoo hojii irratti ykn mindaa dhabuu
need-sexual_exploitation = Saalqunnamtiif dirqamuu
need-child_at_risk = Daa'imni tokko balaa keessa jira
need-money_debt = Maallaqa ykn liqii
need-going_home = Mana deebi'uu ykn maatii argachuu
need-interpreter = Nama afaan koo dubbatu
need-other = Waan biraa
urgency-title = Gargaarsa yoom barbaadda?
urgency-now = Amma
urgency-today = Har'a
urgency-this_week = Torbee kana
urgency-not_urgent = Eeguu danda'a
for-whom-title = Gaaffiin kun eenyuuf?
for-whom-self = Anaaf
for-whom-someone_else = Nama biraaf
for-whom-assisted_by_outreach = Ani hojjetaa gargaarsaa dirree ti, nama tokko gargaaraa jira

## Safe contact

contact-title = Sararri gargaarsaa akkamitti nagaan si quunnamuu danda'a?
contact-intro = Yoo xiqqaate karaa tokko filadhu. Karaalee siif nagaa ta'an qofa filadhu.
contact-call = Bilbila
contact-sms = Ergaa barreeffamaa (SMS)
contact-messaging_app = Appii ergaa
contact-email = Imeelii
contact-in_person_via_outreach = Qaamaan, karaa hojjetaa dirree
contact-check_back_in_app = Deebii appii kana keessatti nan ilaala
contact-phone-label = Lakkoofsa bilbilaa, koodii biyyaa waliin (fakkeenyaaf +251…)
contact-app-label = Appii kam? (fakkeenyaaf WhatsApp, Signal)
contact-handle-label = Maqaa ykn lakkoofsa kee appii sana keessatti
contact-email-label = Teessoo imeelii
times-title = Yoom si quunnamuun nagaa dha?
times-intro = Kana darbuu ni dandeessa. Yoos sararri gargaarsaa caalaatti of eeggata.
times-add = Yeroo nagaa dabali
times-remove = Yeroo kana haqi
times-from = Irraa
times-to = Hanga
times-days = Guyyoota
times-any-day = Guyyaa kamiyyuu
times-zone = Naannoo yeroo
weekday-mon = Wiixata
weekday-tue = Kibxata
weekday-wed = Roobii
weekday-thu = Kamiisa
weekday-fri = Jimaata
weekday-sat = Sanbata
weekday-sun = Dilbata
voicemail-title = Sararri gargaarsaa ergaa sagalee dhiisuu danda'aa?
voicemail-yes = Eeyyee, ergaan sagalee nagaa dha
voicemail-no = Lakki, ergaa sagalee gonkumaa hin dhiisinaa
voicemail-unsaid = Yoo ati hin deebisne, sararri gargaarsaa ergaa sagalee hin dhiisu.
code-word-label = Jecha iccitii
code-word-hint = Sararri gargaarsaa jecha kana ni jedha, kanaan dhugumaan isaan ta'uu isaanii ni beekta.
someone-else-title = Yoo namni biraa deebise, sararri gargaarsaa…
someone-else-hang_up = Bilbila haa cufu
someone-else-say_wrong_number = Lakkoofsa dogoggoraa dha haa jedhu
someone-else-ask_for_code_word = Jecha iccitii haa gaafatu
someone-else-other = Waan biraa
someone-else-other-label = Maal gochuu qabu?
responder-title = Eenyu waliin dubbachuu barbaadda?
responder-woman = Dubartii
responder-man = Dhiira
responder-any_gender = Nama kamiyyuu ta'a
responder-language-label = Afaan ittiin deebii argachuu barbaaddu

## More (all optional)

more-title = Waa'ee kee xiqqoo dabalataa
more-intro = Kun hundi dirqama miti.
place-label = Eessa jirta? Magaalaa ykn naannoo qofa ga'aa dha.
place-hint = Waan barbaadde qofa qoodi. Appiin kun bakka ati jirtu gonkumaa hin fayyadamu.
message-label = Ergaa kee
message-hint = Afaan kamiinuu barreessuu ni dandeessa.
message-left =
    { $count ->
        [one] Qubee { $count } hafe
       *[other] Qubee { $count } hafan
    }

## Consent

consent-title = Gaaffii kee eenyutu arguu danda'a?
consent-intro = Ati murteessita. Filannoon iccitii caalu duraan filatameera.
consent-hotline_only = Sarara gargaarsaa qofa
consent-hotline_only-desc = Garee sarara gargaarsaa qofatu dubbisa. Nama biraaf hin qoodan.
consent-may_refer_to_services = Sarara gargaarsaa fi tajaajilota gargaaruu danda'an
consent-may_refer_to_services-desc = Si gargaaruuf, sararri gargaarsaa bakka baqannaa, doktoroota ykn abukaatootaaf qooduu danda'a.
consent-may_involve_police = Sarara gargaarsaa, tajaajilota fi poolisii
consent-may_involve_police-desc = Sararri gargaarsaa poolisiifis himuu danda'a.
consent-child-note = Waan umuriin kee 18 gadi ta'eef, nageenya keetiif, sararri gargaarsaa namoota hojiin isaanii daa'imman eeguu ta'eef himuun isa barbaachisuu danda'a.

## Review and send

review-title = Gaaffii kee ilaali
review-intro = Gaaffiin kee ni cufama, kanaaf sarara gargaarsaa qofatu banuu danda'a. Erga ergitee booda, bilbila kana irratti namni kamiyyuu dubbisuu hin danda'u, atis hin dandeessu.
review-not-answered = Hin deebifamne
review-change = Jijjiiri
review-needs = Gargaarsa barbaachisu
review-contact = Akkamitti si quunnaman
review-times = Yeroo nagaa
review-more = Waa'ee kee dabalataan
review-consent = Eenyutu arguu danda'a
submit = Cufii gara sarara gargaarsaatti ergi
submit-working = Gaaffiin kee cufamaa jira…
submit-done = Gaaffiin kee bilbila kana irratti cufameera. Yeroo interneetiin jiru ni ergama.

## Status

status-title = Gaaffiiwwan kee
status-intro = As gaaffiin tokkoon tokkoon isaa eessa akka jiru arguu ni dandeessa.
status-empty = Ammaaf gaaffiin hin jiru.
status-saved = Bilbila kana irratti olkaa'amee cufameera. Yeroo interneetiin jiru ni ergama.
status-sending = Amma ergamaa jira…
status-received = Sararri gargaarsaa argateera. Ragaa sarara gargaarsaa irraa dhufe mirkaneessineerra.
status-needs_attention = Gaaffiin kun akka ati ilaaltu barbaada.
status-attempts =
    { $count ->
        [one] Al tokko yaalameera
       *[other] Al { $count } yaalameera
    }
status-hotline-received = Namni sarara gargaarsaa akka dubbisu eegaa jira.
status-hotline-in_review = Namni sarara gargaarsaa irraa dubbisaa jira.
status-hotline-answered = Sararri gargaarsaa tarkaanfii irratti fudhateera.
status-hotline-closed = Sararri gargaarsaa cufeera.
status-hotline-contact_planned = Namni sarara gargaarsaa irraa akkamitti nagaan si quunnamu karoorsaa jira.
status-hotline-needs_interpreter = Sararri gargaarsaa nama afaan kee dubbatu barbaadaa jira.
status-hotline-referred = Sararri gargaarsaa dhaabbata michuu tokko akka si gargaaru gaafateera.
status-hotline-unknown = Sararri gargaarsaa waa'ee isaa oduu haaraa qaba. Dabalataan arguuf, yeroo nagaa ta'etti appii haaromsi.
status-replies = Ergaawwan sarara gargaarsaa irraa
status-reply-note = Sararri gargaarsaa kanas barreesseera (tarii afaan keetiin miti):
status-reply-unreadable = Ergaan appiin kun mirkaneessuu hin dandeenye tokko dhufeera, kanaaf hin mul'atu.
status-offline = Amma interneetiin hin jiru. Gaaffiiwwan kee bilbila kana irratti nagaa dha.
status-send-now = Amma ergi
status-retry = Irra deebi'ii yaali
status-check = Sarara gargaarsaa oduu haaraa gaafadhu
status-new = Gaaffii haaraa jalqabi

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Gaaffii kee dubbisneerra. Karaa ati filatteen si quunnamna.
reply-call_planned = { $day } sa'aatii { $from } hanga { $to } (yeroo keetiin) si bilbilla.
reply-message_planned = { $day } sa'aatii { $from } hanga { $to } (yeroo keetiin) ergaa siif ergina.
reply-interpreter = Turjumaana afaan kee dubbatu barbaadaa jirra. Dhiyootti si quunnamna.
reply-referred = Dhaabbata michuu naannoo kee jiru tokko akka si gargaaru gaafanneerra. Isaan karaa ati filatteen si quunnamu.
reply-call_us = Maaloo yeroo siif nagaa ta'etti nu bilbili. Yeroo ati filatta.
reply-danger = Amma balaa keessa yoo jirte, lakkoofsa hatattamaa bilbili. Appii kana keessatti argachuu ni dandeessa.
reply-closed = Gaaffii kee cufneerra. Yeroo kamiyyuu gaaffii haaraa erguu ni dandeessa.
reply-unknown = Sararri gargaarsaa ergaa appiin kun agarsiisuu hin dandeenye erge. Maaloo yeroo nagaa ta'etti appii haaromsi.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Gaaffiin kee cufameera. Gargaarsi akkam akka ture nutti himtaa? Gaaffiiwwan gaggabaaboo sadii. Isaan darbuu ni dandeessa.
feedback-private = Deebiin kee gaaffii kee fi maqaa kee malee ergama. Sararri gargaarsaa waliigala qofa arga.
feedback-start = Deebisi
feedback-skip = Lakki, galatoomi
feedback-send = Deebii ergi
feedback-q-helped = Gargaarsa barbaaddu argatteettaa?
feedback-q-safe = Yeroo si quunnamnetti nagaa sitti dhaga'amee?
feedback-q-recommend = Waa'ee keenya hiriyyaa keetti ni himtaa?
feedback-a-yes = Eeyyee
feedback-a-partly = Muraasa
feedback-a-no = Lakki
feedback-thanks = Galatoomi. Deebiin kee ni ergama.
feedback-declined = Tole. Ammas hin gaafannu.
feedback-failed = Sun hin milkoofne. Maaloo irra deebi'ii yaali.
problem-unknown_key = Gaaffiin kun osoo hin ergamin dura appiin kun haaromfamuu qaba.
problem-conflict = Sararri gargaarsaa lakkoofsa walfakkaatuun gaaffii biraa qaba. Maaloo karaa biraatiin sarara gargaarsaa quunnami.
problem-malformed = Sararri gargaarsaa gaaffii kana dubbisuu hin dandeenye. Maaloo gaaffii haaraa jalqabi.
problem-too_large = Gaaffiin kun baay'ee dheeraa dha. Maaloo ergaa gabaabaa ta'een gaaffii haaraa jalqabi.
problem-unsupported_media_type = Gaaffiin kun osoo hin ergamin dura appiin kun haaromfamuu qaba.
problem-other = Neetworkiin ykn sararri gargaarsaa gaaffii kana dideera. Irra deebi'ii yaaluu, ykn neetworkii biraa yaaluu ni dandeessa.

## Several people on one device (outreach)

drafts-title = Gaaffiiwwan ammaaf hin ergamin
drafts-continue = Itti fufi
drafts-delete = Haqi
drafts-none = Wanti eegaa jiru hin jiru.
review-reference = Namni kun bilbila kana of bira hin qabatu: koodii kenniif
review-reference-hint = Koodiidhaan, bilbila appii kana qabu kamiin iyyuu deebii sarara gargaarsaa dubbisuu danda'a. Bilbilli kun sararri gargaarsaa gaaffii argate moo hin arganne qofa agarsiisa.
assisted-organisation-label = Dhaabbata kee (ati, hojjetaa dirree)
assisted-hint = Sararri gargaarsaa akka ati nama kana gargaarte fi eenyuun wajjin akka hojjettu ni arga.
assisted-channel-label = Sararri gargaarsaa akkamitti si quunnamuu danda'a (dirqama miti)
reference-title = Koodii nama kanaa
reference-intro = Jechoota kana nama kanaaf kenni. Jechoota kanaan, bilbila appii kana qabu kamiin iyyuu deebii sarara gargaarsaa dubbisuu danda'a. Bilbilli kun isaan eessayyuu hin barreessu, yeroo namni kun isaan qabaatu immoo isaan irraanfata.
reference-for-person = Jechoonni kun kan keeti. Jechoota kanaan, deebii sarara gargaarsaa dubbisuu dandeessa. Bilbila appii kana qabu kamiin iyyuu, “{ $requests }” bani, achiis “{ $check }” bani, jechoota ykn lakkoofsota barreessi. Isaan nagaan kuusi: namni isaan qabu kamiyyuu deebii dubbisuu danda'a.
reference-words = Jechoota
reference-digits = Koodii kanuma, lakkoofsaan
reference-request = Gaaffii { $number }
reference-done = Namni kun koodii isaa fudhateera
reference-again = Yeroo koodiin mul'achaa jiru appiin cufameera. Koodiin kunoo deebi'ee mul'ateera: amma nama kanaaf kenni.
status-check-reference = Koodii ilaali
check-reference-title = Koodii ilaali
check-reference-intro = Jechoota ykn lakkoofsota siif kennaman barreessi. Bilbilli kun isaanis ta'e deebii hin olkaa'u.
check-reference-no-hotline = Appiin kun ammaaf sarara gargaarsaa wajjin hin walqabatne, kanaafuu asitti koodii ilaaluu hin danda'u. Maaloo bilbila biraa appii kana qabu irratti yaali.
check-reference-label = Jechoota ykn lakkoofsota
check-reference-submit = Ilaali
check-reference-working = Ilaalaa jira. Sekondii muraasa fudhachuu danda'a…
check-reference-no-replies = Ammaaf sarara gargaarsaa irraa ergaan hin jiru.
check-reference-show-in = Afaan kanaan agarsiisi: { $language }
worker-title = Hojii dirree
worker-working-as = Maqaa kanaan hojjetta: { $organisation }
worker-intro = Namni ati gargaartu hundi afaan isaatiin deebisa. Deebiin isaa chufamee bilbila kana irraa ba'a, namichis koodii fudhatee deema. Asitti lakkoofsaa fi haala gaaffii tokkoo tokkoo qofatu hafa.
worker-new-person = Nama haaraa gargaari
handover-title = Gaaffiiwwan siif qofa
handover-worker = Amma bilbila nama sanaaf kenni. Gaaffiiwwan itti aanan kophaa isaa deebisa, atis deebii isaa hin argitu.
handover-person = Gaaffiiwwan itti aanan siif qofa. Namni si gargaaru deebii kee hin argu.
handover-start = Jalqabi
giveback-title = Galatoomi
giveback-intro = Deebiin kee chufameera. Namni si gargaaru arguu hin danda'u. Amma bilbila deebisi.
giveback-button = Bilbila deebisi
review-private = Namichi kana kophaa isaa deebiseera. Hin mul'atu.
review-assisted-as = Sarariin gargaarsaa akka ati gargaarte ni arga, akka: { $organisation }
review-later = Amma miti: “Gaaffiiwwan ammaaf hin ergamin” keessatti dhiisi
review-hand-again = Bilbila irra deebiin nama sanaaf kenni
review-hand-again-hint = Yoo namni sun waan kophaa isaa deebise jijjiiruu barbaade, ykn achitti wanti sirreeffamuu qabu jiraate, kana fayyadami. Inni “Eenyutu arguu danda'a” irra deebi'ee arga, irra deebi'ees filata.
review-private-fix = Waan namni sun kophaa isaa deebise keessaa wanti tokko sirreeffamuu qaba. Isa qofatu sirreessuu danda'a: bilbila irra deebiin isaaf kenni.
age-given-back-worker = Yoo umurii gara “18 gadi”tti ykn achii jijjiirte, namni sun “Eenyutu arguu danda'a” irra deebi'ee arguu qaba: bilbila yeroo biraa isaaf kennita.
age-reopened-worker = Jijjiiramni umurii filannoo nama sanaa kan “Eenyutu arguu danda'a” irratti dhiibbaa geessiseera. Itti fufi: bilbila irra deebiin isaaf kennita, innis irra deebi'ee filata.
setup-worker = Ani hojjetaa dirreeti: namoonni biroo gargaarsa akka gaafatan nan gargaara
setup-worker-hint = Sarariin gargaarsaa gaaffii ati gargaartu hunda irratti dhaabbata kee ni arga.
worker-org-needed = Maqaa dhaabbata keessanii barreessaa, yookiin haala hojjetaa dirree dhaamsaa.
settings-worker-title = Haala hojjetaa dirree
settings-worker-intro = Namoonni biroo bilbila kana irraa gaaffii akka ergan gargaari. Deebiin isaanii ni chufama, namni hundis koodii fudhatee deema.
settings-worker-on = Banii
settings-worker-save = Jijjiirama olkaa'i
settings-worker-off = Cufi
settings-worker-saved = Xumurameera. Haalli hojjetaa dirree banameera.
settings-worker-removed = Xumurameera. Haalli hojjetaa dirree cufameera.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Sagaleedhaan dubbisi: { $text }
speak-stop = Dubbisuu dhaabi
speak-no-voice = Bilbila kana irratti afaan kanaaf sagaleen hin jiru.
speak-unavailable = Amma bilbila kana irratti sagaleedhaan dubbisuun hin hojjetu.
speak-headphones = Namni si bira jiru dhaga'uu yoo danda'e, dhaggeeffattuu gurraa fayyadami.

## Settings

settings-title = Qindaa'ina
settings-language = Afaan
settings-read-aloud = Fuula hunda yeroo banamu sagaleedhaan dubbisi
settings-lock = Amma cufi
settings-less-protected = Meeshaa kana irratti eegumsi xiqqaa dha: as bakki furtuun nagaan itti kaa'amu hin jiru, kanaaf namni faayilota appii kanaa garagalchu kamiyyuu PIN kee tilmaamuuf yaaluu danda'a. PIN dheeraan caalaatti si eega.
settings-duress-title = PIN hatattamaa
settings-duress-intro = PIN lammaffaa yeroo namni tokko appii akka bantu si dirqisiisuuf. Mallattoo tokko malee waan hunda haqa.
settings-current-pin = PIN kee
settings-duress-save = PIN hatattamaa olkaa'i
settings-duress-remove = PIN hatattamaa haqi
settings-pin-title = PIN kee jijjiiri
settings-new-pin = PIN haaraa (lakkoofsa 6 hanga 12)
settings-new-pin-again = PIN haaraa irra deebi'ii barreessi
settings-pin-save = PIN jijjiiri
settings-pin-changed = PIN kee jijjiirameera. Amma booda PIN haaraa fayyadami.
settings-duress-saved = Xumurameera. PIN hatattamaa kee olkaa'ameera.
settings-duress-removed = Xumurameera. Amma PIN hatattamaa hin jiru.
pin-wrong-left =
    { $count ->
        [one] PIN sun sirrii miti. PIN dogoggoraa al tokko dabalataan yoo galchite, wanti bilbila kana irra jiru hundi ni haqama.
       *[other] PIN sun sirrii miti. PIN dogoggoraa al { $count } dabalataan yoo galchite, wanti bilbila kana irra jiru hundi ni haqama.
    }
settings-wipe-title = Waan hunda haqi
settings-wipe-intro = Kun gaaffiiwwan fi wixinee bilbila kana irra jiran hunda haqa. Deebisuun hin danda'amu. Gaaffiiwwan sararri gargaarsaa duraan argate sarara gargaarsaa bira turu.
settings-wipe-confirm = Eeyyee, waan hunda haqi

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Amma balaa keessa jirtaa?
danger-yes-child = Eeyyee, balaa keessa jira
danger-no-child = Lakki, amma miti
emergency-intro-child = Lakkoofsota kana bilbiluu ni dandeessa. Interneetii hin barbaachisu.
emergency-call-trace-child = Bilbilli kee tarree bilbilootaa fi ergaawwanii ni kuusa. Yoo namni tokko akka argu sodaatte, booda isaan haquu ni dandeessa.
needs-title-child = Maal irratti gargaarsa barbaadda?
needs-intro-child = Waan siif dhugaa ta'e hunda tuqi. Kana darbuu ni dandeessa.
need-legal_immigration-child = Gargaarsa waraqaa ykn ragaalee
need-labour_exploitation-child = Namni tokko humnaan na hojjechiisa
need-sexual_exploitation-child = Namni tokko wantoota saalqunnamtii akkan godhu na dirqisiisa
need-money_debt-child = Namni tokko "liqii qabda" naan jedha
need-going_home-child = Mana deebi'uu ykn maatii koo argachuu barbaada
need-child_at_risk-child = Daa'imni biraa balaa keessa jira
urgency-title-child = Gargaarsa yoom barbaadda?
for-whom-title-child = Eenyutu gargaarsa barbaada?
for-whom-self-child = Ana
contact-title-child = Akkamitti nagaan si waliin dubbachuu dandeenya?
contact-intro-child = Karaa siif nagaa ta'e filadhu. Namni biraa arguu hin qabu.
times-title-child = Yoom si bilbiluun ykn siif barreessuun nagaa dha?
times-intro-child = Kana darbuu ni dandeessa. Yoos baay'ee of eegganna.
voicemail-title-child = Ergaa sagalee dhiisuu dandeenyaa?
someone-else-title-child = Yoo namni biraa deebise, maal haa goonu?
responder-title-child = Eenyu waliin dubbachuu barbaadda?
more-title-child = Waan biraa jiraa?
more-intro-child = Deebisuun dirqama miti.
place-label-child = Eessa jirta? Maqaan magaalaa ga'aa dha.
message-label-child = Yoo barbaadde, waan ta'aa jiru nutti himi
consent-title-child = Waan ati barreessite eenyutu dubbisuu danda'a?
consent-intro-child = Ati filadhu. Filannoon nagaa caalu duraan filatameera.
consent-hotline_only-desc-child = Gargaartoota sarara gargaarsaa qofatu dubbisa. Iccitiidhaan eegu.
consent-may_refer_to_services-desc-child = Sararri gargaarsaa namoota daa'imman eegan, kan akka doktoraa, mana nagaa ykn abukaatoo, itti himuu danda'a.
consent-may_involve_police-desc-child = Sararri gargaarsaa poolisiifis himuu danda'a, akka isaan namoota si miidhan dhaabaniif.
review-title-child = Deebii kee ilaali
review-intro-child = Yeroo kana ergitu, ni cufama. Sarara gargaarsaa qofatu banuu danda'a. Bilbila kana irratti namni tokkollee dubbisuu hin danda'u, atis hin dandeessu.
submit-done-child = Ergaan kee bilbila kana irratti cufameera. Yeroo interneetiin jiru ni ergama.
handover-title-child = Gaaffiiwwan kun siif qofa
handover-person-child = Gaaffiiwwan itti aanan ati qofa deebifta. Namni si gargaaru waan ati jettu hin argu.
giveback-intro-child = Deebiin kee cufameera. Namni si gargaaru arguu hin danda'u. Amma bilbila nama si gargaaruuf deebisi.
reference-for-person-child = Jechoonni kun siif qofa. Jechoota kanaan, waan sarara gargaarsaa siif barreessu dubbisuu dandeessa. Bilbila appii kana qabu kamiin iyyuu, “{ $requests }” tuqi, achiis “{ $check }” tuqi, jechoota ykn lakkoofsota barreessi. Isaan icciitiin qabadhu: namni isaan qabu kamiyyuu deebii dubbisuu danda'a.

## Errors (codes come from the app's core)

error-wrong_pin = PIN sun sirrii miti.
error-locked = Maaloo dura appii kana PIN keetiin bani.
error-no_hotline = Appiin kun ammaaf sarara gargaarsaa wajjin hin walqabatne. Wixineen kee olkaa'ameera.
error-invalid = Deebiiwwan tokko tokko jijjiiramuu qabu. Maaloo gaaffiiwwan mallattoo qaban ilaali.
error-pin_too_short = PIN lakkoofsa 6 hanga 12 qaba.
error-duress_same_as_pin = PIN hatattamaa PIN kee irraa adda ta'uu qaba.
error-worker_drafts_open = Hamma gaaffiiwwan namoota ati gargaartu hin ergamanitti, haalli hojjetaa dirree banaa ta'ee itti fufa. “Gaaffiiwwan ammaaf hin ergamin” keessatti isaan ergi ykn haqi, achiis haala kana cufi.
error-already_set_up = Appiin kun duraan qophaa'eera.
error-not_found = Kun hin argamne. Tarii haqamee ta'a.
error-internal = Wanti tokko dogoggoreera. Gaaffiiwwan kee olkaa'aman nagaa dha. Maaloo irra deebi'ii yaali.
error-not_set_up = Appiin kun ammaaf hin qophoofne. Maaloo dura PIN filadhu.
error-busy = Appiin ergaa jira. Maaloo yeroo muraasaan booda irra deebi'ii yaali.
error-status_unavailable = Amma sarara gargaarsaa gaafachuun hin danda'amne. Gaaffiin kee nagaa dha. Maaloo booda irra deebi'ii yaali.
error-malformed = Deebiiwwan tokko tokko dubbifamuu hin dandeenye. Maaloo ilaalii irra deebi'ii yaali.
error-too_large = Kun erguuf baay'ee dheeraa dha. Maaloo ergaa kee gabaabsi.
error-unsupported_version = Appiin kun haaromfamuu qaba.
error-profile = Odeeffannoon sarara gargaarsaa appii kana keessa jiru sirrii miti. Wixineen kee olkaa'ameera. Maaloo appii haaromfame argadhu.
error-sync_client = Appiin amma nagaan walqunnamuu hin danda'u. Gaaffiin kee olkaa'ameera, booda ni ergama.
error-already_exists = Kun duraan olkaa'ameera.
error-empty_pin = Maaloo PIN kee barreessi.
error-invalid_kdf_params = Qindaa'inni appii kanaa sirrii miti. Maaloo appii haaromfame argadhu.
error-device_secret_unavailable = Appiin kuusaa nagaa bilbila kanaa argachuu hin dandeenye. Maaloo bilbila dhaamsii deebisii banii irra deebi'ii yaali.
error-envelope = Gaaffiin kee sarara gargaarsaaf cufamuu hin dandeenye. Ammas akka wixineetti olkaa'amee jira.
error-receipt_mismatch = Deebiin sarara gargaarsaa mirkanaa'uu hin dandeenye. Gaaffiin kee irra deebi'ee ni ergama.
error-corrupt = Odeeffannoon appiin olkaa'e miidhameera. Banamuu hin danda'u.
error-io = Bilbilli kana olkaa'uu hin dandeenye. Tarii guutamee ta'a. Maaloo bakka muraasa duwwaa godhii irra deebi'ii yaali.
error-database = Appiin odeeffannoo isaa dubbisuu ykn olkaa'uu hin dandeenye. Gaaffiiwwan kee olkaa'aman nagaa dha. Maaloo irra deebi'ii yaali.
error-pin_too_long = PIN lakkoofsa 6 hanga 12 qaba.
error-pin_not_digits = PIN lakkoofsa qofa qaba.
error-reference_word_count = Koodiin jechoota 9 qaba. Maaloo hunda barreessuu kee ilaali.
error-reference_unknown_word = Jechoota keessaa tokko sirrii miti. Maaloo akkaataa itti barreessite ilaali.
check-reference-wrong-word = Jechi { $number }ffaa sirrii miti. Maaloo akkaataa itti barreessite ilaali.
error-reference_digits = Koodiin lakkoofsota 22 qaba. Maaloo hunda barreessuu kee ilaali.
error-reference_check = Jechi ykn lakkoofsi tokko sirrii miti. Maaloo tokkoon tokkoon ilaalii irra deebi'ii yaali.
error-reference_not_found = Sararri gargaarsaa gaaffii koodii kanaan ammaaf hin qabu. Yoo bilbila interneetii hin qabne irraa ergame, yeroo bilbilli sun deebi'ee interneetii argatu ni ga'a: maaloo booda irra deebi'ii yaali. Yoo ammallee hin argamne, maaloo jecha ykn lakkoofsa tokkoon tokkoon ilaali.
field-error-empty = Maaloo kana guuti, ykn gaaffii kana darbi.
field-error-not_trimmed = Maaloo iddoo duwwaa jalqabaa ykn dhumaa irra jiru haqi.
field-error-too_long = Kun baay'ee dheeraa dha. Yoo baay'ate qubee { $max }.
field-error-too_many_bytes = Kun baay'ee dheeraa dha.
field-error-too_many = Baay'ee dha. Yoo baay'ate { $max }.
field-error-duplicate = Kun tarree keessatti al lama jira.
field-error-control_characters = Kun mallattoolee fayyadamuun hin danda'amne qaba.
field-error-invalid_phone = Lakkoofsi bilbilaa kun sirrii hin fakkaatu. + fi koodii biyyaatiin jalqabi.
field-error-invalid_region = Biyyi kun hin beekamu.
field-error-invalid_email = Teessoon imeelii kun sirrii hin fakkaatu.
field-error-invalid_language = Afaan kun hin beekamu.
field-error-invalid_time_zone = Naannoon yeroo kun hin beekamu.
field-error-invalid_time = Maaloo yeroo jalqabaa fi yeroo dhumaa adda ta'an filadhu.
field-error-no_contact_method = Maaloo yoo xiqqaate karaa ittiin si quunnamnu tokko filadhu. "Deebii appii kana keessatti nan ilaala" ga'aa dha.
field-error-unsupported_version = Appiin kun haaromfamuu qaba.
