## Reach — Malagasy (Malagasy)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Malagasy
# The language's name in English, for the language search.
-locale-english = Malagasy
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Milina kajy
quick-exit = Miala haingana
quick-exit-hint = Manafina ity fampiharana ity avy hatrany
back = Miverina
next = Manaraka
skip = Dinganina ity
save = Tehirizo
cancel = Foano
close = Akatony
done = Vita
optional = tsy voatery
step-of = Dingana { $current } amin'ny { $total }
saved-locked = Voatahiry sy voahidy ao amin'ity finday ity

## Calculator (the app's disguise)

calc-label = Milina kajy
calc-display-label = Valiny
calc-clear = C
calc-equals = =
calc-error = Diso

## First use: a private PIN

setup-title = Ataovy miafina ity fampiharana ity
setup-intro = Misafidiana isa miafina (PIN). Ianao irery ihany no tokony hahafantatra azy.
setup-how = Raha hanokatra ity fampiharana ity any aoriana ianao, soraty amin'ny milina kajy ny PIN-nao, dia tsindrio ny =.
setup-pin-label = Ny PIN-nao (tarehimarika 6 ka hatramin'ny 12)
setup-pin-repeat-label = Soraty indray ny PIN-nao
setup-duress-title = PIN vonjy maika (azonao dinganina ity)
setup-duress-intro = Raha misy manery anao hanokatra ity fampiharana ity, soraty ity PIN hafa ity fa tsy ny anao. Ho toa foana ny fampiharana, ary ho voafafa daholo ny ao anatiny, tsy misy famantarana.
setup-duress-label = PIN vonjy maika
setup-submit = Tehirizo ny PIN-ko
setup-mismatch = Tsy mitovy ireo PIN roa. Andramo indray azafady.

## Language

lang-title = Safidio ny fiteninao
lang-intro = Azonao ovaina any aoriana ao amin'ny Fikirana.
lang-search-label = Tadiavo ny fiteninao
lang-search-hint = Soraty ny anaran'ny fiteninao, amin'izay fiteny tianao
lang-search-none = Tsy misy fiteny mifanaraka amin'izany. Andramo litera vitsy kokoa.
lang-yours = Fiteny ao amin'ity finday ity
lang-all = Fiteny rehetra
lang-load-failed = Tsy nety nisokatra ity fiteny ity, ka amin'ny teny anglisy no asehon'ny fampiharana.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Firy taona ianao?
age-intro = Azonao dinganina ity. Raha latsaky ny 18 taona ianao, mampiasa teny tsotra kokoa ny fampiharana ary mampiseho fanampiana ho an'ny ankizy.
age-under_18 = Latsaky ny 18
age-18_to_25 = 18 ka hatramin'ny 25
age-26_to_59 = 26 ka hatramin'ny 59
age-60_plus = 60 na mihoatra

## Danger check and emergency numbers

danger-title = Ao anatin'ny loza ve ianao izao?
danger-yes = Eny, ao anatin'ny loza aho izao
danger-no = Tsia, tsy izao
emergency-title = Laharana vonjy maika
emergency-intro = Azonao antsoina ireo laharana ireo na tsy misy aterineto aza.
emergency-country-label = Ny fireneninao
emergency-police = Polisy sy vonjy maika
emergency-hotline = Fanampiana ho an'ny olona amidy na terena hiasa
emergency-children = Fanampiana ho an'ny ankizy sy ny tanora
emergency-call = Antsoy ny { $number }
emergency-source = Loharano: { $source }
emergency-checked = Nohamarinina: { $date }
emergency-not-checked = Mbola tsy nohamarinina indray. Raha tsy mandeha ny laharana, antsoy ny laharana vonjy maika.
emergency-call-trace = Mijanona ao amin'ny lisitry ny findainao ny antso sy ny hafatra an-tsoratra. Raha misy olona mijery ny findainao, azonao fafana avy eo izy ireo.
emergency-none = Mbola tsy manana laharana ho an'ity firenena ity izahay. Raha ao anatin'ny loza ianao, antsoy ny laharana vonjy maika eo an-toerana.
emergency-continue = Tohizo ary mangataha fanampiana

## What help is needed

needs-title = Fanampiana inona no ilainao?
needs-intro = Safidio izay rehetra mifanaraka aminao. Azonao dinganina ity.
need-safety_now = Ho voaaro izao
need-shelter = Toerana azo antoka hipetrahana
need-medical = Dokotera na fanafody
need-legal_immigration = Fanampiana momba ny taratasy, visa na lalàna
need-labour_exploitation = Olana any am-piasana na tsy voaloa
need-sexual_exploitation = Terena hanao firaisana ara-nofo
need-child_at_risk = Misy ankizy ao anatin'ny loza
need-money_debt = Vola na trosa
need-going_home = Hody na hitady fianakaviana
need-interpreter = Olona miteny ny fiteniko
need-other = Zavatra hafa
urgency-title = Rahoviana no ilainao ny fanampiana?
urgency-now = Izao
urgency-today = Anio
urgency-this_week = Amin'ity herinandro ity
urgency-not_urgent = Afaka miandry
for-whom-title = Ho an'iza ity fangatahana ity?
for-whom-self = Ho ahy
for-whom-someone_else = Ho an'olon-kafa
for-whom-assisted_by_outreach = Mpiasa an-tsaha manampy olona aho

## Safe contact

contact-title = Ahoana no ahafahan'ny laharana fanampiana mifandray aminao tsy misy loza?
contact-intro = Misafidiana fomba iray farafahakeliny. Safidio ihany ireo fomba azo antoka ho anao.
contact-call = Antso an-tariby
contact-sms = Hafatra an-tsoratra (SMS)
contact-messaging_app = Fampiharana fandefasana hafatra
contact-email = Mailaka
contact-in_person_via_outreach = Mifanatrika, amin'ny alalan'ny mpiasa an-tsaha
contact-check_back_in_app = Hijery valiny ao amin'ity fampiharana ity aho
contact-phone-label = Laharan'ny finday, miaraka amin'ny kaodin'ny firenena (ohatra +261…)
contact-app-label = Fampiharana inona? (ohatra WhatsApp, Signal)
contact-handle-label = Ny anaranao na ny laharanao ao amin'io fampiharana io
contact-email-label = Adiresy mailaka
times-title = Rahoviana no azo antoka ny mifandray aminao?
times-intro = Azonao dinganina ity. Raha izany, hitandrina bebe kokoa ny laharana fanampiana.
times-add = Ampio fotoana azo antoka
times-remove = Esory ity fotoana ity
times-from = Manomboka amin'ny
times-to = Hatramin'ny
times-days = Andro
times-any-day = Isan'andro
times-zone = Faritra ora
weekday-mon = Alatsinainy
weekday-tue = Talata
weekday-wed = Alarobia
weekday-thu = Alakamisy
weekday-fri = Zoma
weekday-sat = Asabotsy
weekday-sun = Alahady
voicemail-title = Afaka mamela hafatra am-peo ve ny laharana fanampiana?
voicemail-yes = Eny, azo antoka ny hafatra am-peo
voicemail-no = Tsia, aza mamela hafatra am-peo mihitsy
voicemail-unsaid = Raha tsy mamaly ianao, tsy hamela hafatra ny laharana fanampiana.
code-word-label = Teny miafina
code-word-hint = Hilaza io teny io ny laharana fanampiana, mba hahafantaranao fa izy ireo marina no miantso.
someone-else-title = Raha olon-kafa no mamaly, ny laharana fanampiana dia tokony…
someone-else-hang_up = Hanapaka ny antso
someone-else-say_wrong_number = Hilaza fa diso laharana
someone-else-ask_for_code_word = Hanontany ny teny miafina
someone-else-other = Zavatra hafa
someone-else-other-label = Inona no tokony ataony?
responder-title = Iza no tianao hiresahana?
responder-woman = Vehivavy
responder-man = Lehilahy
responder-any_gender = Na iza na iza dia tsara
responder-language-label = Fiteny tianao hamaliana anao

## More (all optional)

more-title = Kely fanampiny momba anao
more-intro = Tsy voatery daholo ireo rehetra ireo.
place-label = Aiza ianao? Tanàna na faritra dia ampy.
place-hint = Zarao fotsiny izay tianao. Tsy mampiasa ny toerana misy anao mihitsy ity fampiharana ity.
message-label = Ny hafatrao
message-hint = Afaka manoratra amin'izay fiteny tianao ianao.
message-left =
    { $count ->
        [one] Litera { $count } sisa
       *[other] Litera { $count } sisa
    }

## Consent

consent-title = Iza no mahazo mahita ny fangatahanao?
consent-intro = Ianao no manapa-kevitra. Efa voafidy ny safidy miafina indrindra.
consent-hotline_only = Ny laharana fanampiana ihany
consent-hotline_only-desc = Ny ekipan'ny laharana fanampiana ihany no mamaky azy. Tsy mizara azy amin'olon-kafa izy ireo.
consent-may_refer_to_services = Ny laharana fanampiana sy ireo sampana afaka manampy
consent-may_refer_to_services-desc = Mety hizara azy amin'ny toeram-pialofana, dokotera na mpisolovava ny laharana fanampiana, mba hanampiana anao.
consent-may_involve_police = Ny laharana fanampiana, ireo sampana ary ny polisy
consent-may_involve_police-desc = Mety hilaza amin'ny polisy koa ny laharana fanampiana.
consent-child-note = Satria latsaky ny 18 taona ianao, mety ho voatery hilaza amin'ireo olona miasa hiaro ny ankizy ny laharana fanampiana, mba hiarovana anao.

## Review and send

review-title = Hamarino ny fangatahanao
review-intro = Hohidiana ny fangatahanao mba ho ny laharana fanampiana ihany no afaka manokatra azy. Rehefa alefanao, tsy misy afaka mamaky azy ao amin'ity finday ity intsony, na dia ianao aza.
review-not-answered = Tsy voavaly
review-change = Ovao
review-needs = Fanampiana ilaina
review-contact = Fomba hifandraisana aminao
review-times = Fotoana azo antoka
review-more = Momba anao fanampiny
review-consent = Iza no mahazo mahita azy
submit = Hidio ary alefaso any amin'ny laharana fanampiana
submit-working = Hidiana ny fangatahanao…
submit-done = Voahidy ao amin'ity finday ity ny fangatahanao. Halefa izy rehefa misy aterineto.

## Status

status-title = Ny fangatahanao
status-intro = Eto no ahitanao hoe aiza no misy ny fangatahana tsirairay.
status-empty = Mbola tsy misy fangatahana.
status-saved = Voatahiry ao amin'ity finday ity ary voahidy. Halefa rehefa misy aterineto.
status-sending = Alefa izao…
status-received = Voarain'ny laharana fanampiana izy. Nohamarininay ny taratasy fanamarinana avy amin'ny laharana fanampiana.
status-needs_attention = Mila ny fijerenao ity fangatahana ity.
status-attempts =
    { $count ->
        [one] Nandramana in-{ $count }
       *[other] Nandramana in-{ $count }
    }
status-hotline-received = Miandry olona ao amin'ny laharana fanampiana hamaky azy.
status-hotline-in_review = Misy olona ao amin'ny laharana fanampiana mamaky azy.
status-hotline-answered = Nisy zavatra nataon'ny laharana fanampiana momba azy.
status-hotline-closed = Nakaton'ny laharana fanampiana izy.
status-hotline-contact_planned = Misy olona ao amin'ny laharana fanampiana mikasa ny fomba hifandraisana aminao tsy misy loza.
status-hotline-needs_interpreter = Mitady olona miteny ny fiteninao ny laharana fanampiana.
status-hotline-referred = Nangataka fikambanana mpiara-miasa hanampy anao ny laharana fanampiana.
status-hotline-unknown = Misy vaovao momba azy avy amin'ny laharana fanampiana. Havaozy ny fampiharana rehefa azo antoka mba hahitanao bebe kokoa.
status-replies = Hafatra avy amin'ny laharana fanampiana
status-reply-note = Nanoratra koa ny laharana fanampiana (mety tsy amin'ny fiteninao):
status-reply-unreadable = Nisy hafatra tonga tsy voamarin'ity fampiharana ity, ka tsy aseho.
status-offline = Tsy misy aterineto izao. Voaaro ao amin'ity finday ity ny fangatahanao.
status-send-now = Alefaso izao
status-retry = Andramo indray
status-check = Anontanio vaovao ny laharana fanampiana
status-new = Manomboka fangatahana vaovao

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Novakianay ny fangatahanao. Hifandray aminao amin'ny fomba nofidinao izahay.
reply-call_planned = Hiantso anao izahay amin'ny { $day } eo anelanelan'ny { $from } sy { $to } (oranao).
reply-message_planned = Handefa hafatra aminao izahay amin'ny { $day } eo anelanelan'ny { $from } sy { $to } (oranao).
reply-interpreter = Mitady mpandika teny miteny ny fiteninao izahay. Hifandray aminao tsy ho ela izahay.
reply-referred = Nangataka fikambanana mpiara-miasa akaiky anao izahay mba hanampy anao. Hifandray aminao amin'ny fomba nofidinao izy ireo.
reply-call_us = Antsoy izahay azafady rehefa azo antoka ho anao. Ianao no misafidy ny fotoana.
reply-danger = Raha ao anatin'ny loza ianao izao, antsoy ny laharana vonjy maika. Hitanao ao amin'ity fampiharana ity izany.
reply-closed = Nakatonay ny fangatahanao. Afaka mandefa vaovao ianao na oviana na oviana.
reply-unknown = Nandefa hafatra tsy azon'ity dikan'ny fampiharana ity aseho ny laharana fanampiana. Havaozy ny fampiharana azafady rehefa azo antoka.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Voakatona ny fangatahanao. Azonao lazaina anay ve ny nandehanan'ny fanampiana? Fanontaniana fohy telo. Azonao dinganina ireo.
feedback-private = Alefa tsy miaraka amin'ny fangatahanao na ny anaranao ny valinteninao. Ny isa fitambarany ihany no hitan'ny laharana fanampiana.
feedback-start = Hamaly
feedback-skip = Tsia, misaotra
feedback-send = Alefaso ny valiny
feedback-q-helped = Nahazo ny fanampiana nilainao ve ianao?
feedback-q-safe = Nahatsapa ho voaaro ve ianao fony izahay nifandray taminao?
feedback-q-recommend = Hiresaka momba anay amin'ny namanao ve ianao?
feedback-a-yes = Eny
feedback-a-partly = Ampahany
feedback-a-no = Tsia
feedback-thanks = Misaotra. Halefa ny valinteninao.
feedback-declined = Eny ary. Tsy hanontany intsony izahay.
feedback-failed = Tsy nety izany. Andramo indray azafady.
problem-unknown_key = Mila havaozina ity fampiharana ity vao afaka alefa ity fangatahana ity.
problem-conflict = Manana fangatahana hafa misy laharana mitovy ny laharana fanampiana. Mifandraisa amin'ny laharana fanampiana amin'ny fomba hafa azafady.
problem-malformed = Tsy voavakin'ny laharana fanampiana ity fangatahana ity. Manomboka fangatahana vaovao azafady.
problem-too_large = Lava loatra ity fangatahana ity. Manomboka vaovao misy hafatra fohy kokoa azafady.
problem-unsupported_media_type = Mila havaozina ity fampiharana ity vao afaka alefa ity fangatahana ity.
problem-other = Nolavin'ny tambajotra na ny laharana fanampiana ity fangatahana ity. Afaka manandrana indray ianao, na mampiasa tambajotra hafa.

## Several people on one device (outreach)

drafts-title = Fangatahana mbola tsy lasa
drafts-continue = Tohizo
drafts-delete = Fafao
drafts-none = Tsy misy miandry.
review-reference = Tsy hitondra ity finday ity io olona io: omeo kaody izy
review-reference-hint = Amin'ny kaody, afaka mamaky ny valin'ny laharana fanampiana izy amin'ny finday rehetra misy ity fampiharana ity. Ity finday ity dia hampiseho fotsiny raha efa voarain'ny laharana fanampiana ny fangatahana na tsia.
assisted-organisation-label = Ny fikambananao (ianao, mpiasa an-tsaha)
assisted-hint = Ho hitan'ny laharana fanampiana fa nanampy an'ity olona ity ianao, sy izay iarahanao miasa.
assisted-channel-label = Ahoana no ahafahan'ny laharana fanampiana mifandray aminao (tsy voatery)
reference-title = Ny kaodin'ity olona ity
reference-intro = Omeo an'ity olona ity ireo teny ireo. Amin'ireo teny ireo, afaka mamaky ny valin'ny laharana fanampiana izy amin'ny finday rehetra misy ity fampiharana ity. Tsy manoratra azy ireo na aiza na aiza ity finday ity, ary hadinony izy ireo rehefa efa manana azy ireo ity olona ity.
reference-for-person = Anao ireo teny ireo. Amin'ireo teny ireo, afaka mamaky ny valin'ny laharana fanampiana ianao. Amin'ny finday rehetra misy ity fampiharana ity, sokafy ny «{ $requests }», avy eo ny «{ $check }», ary soraty ireo teny na tarehimarika. Tehirizo tsara izy ireo: na iza na iza manana azy ireo dia afaka mamaky ny valiny.
reference-words = Ireo teny
reference-digits = Io kaody io ihany, amin'ny tarehimarika
reference-request = Fangatahana { $number }
reference-done = Efa manana ny kaodiny ity olona ity
reference-again = Nihidy ny fampiharana raha mbola naseho ny kaody. Indro indray ny kaody: omeo an'ity olona ity izao izy.
status-check-reference = Hamarino ny kaody
check-reference-title = Hamarino ny kaody
check-reference-intro = Soraty ireo teny na tarehimarika nomena anao. Tsy tehirizin'ity finday ity ireo, na ny valiny.
check-reference-no-hotline = Mbola tsy mifandray amin'ny laharana fanampiana ity fampiharana ity, ka tsy afaka manamarina kaody eto izy. Andramo amin'ny finday hafa misy ity fampiharana ity azafady.
check-reference-label = Teny na tarehimarika
check-reference-submit = Hamarino
check-reference-working = Manamarina. Mety haharitra segondra vitsivitsy izany…
check-reference-no-replies = Mbola tsy misy hafatra avy amin'ny laharana fanampiana.
check-reference-show-in = Asehoy amin'ny { $language }
worker-title = Asa an-tsaha
worker-working-as = Miasa ho an'i: { $organisation }
worker-intro = Samy mamaly amin'ny fiteniny ny olona tsirairay ampianao. Mivoaka amin'ity finday ity voaisy tombo-kase ny valiny, ary mitondra kaody ilay olona. Ny laharana sy ny toeran'ny fangatahana tsirairay ihany no mijanona eto.
worker-new-person = Ampio olona vaovao
handover-title = Fanontaniana ho anao irery
handover-worker = Omeo ilay olona izao ny finday. Izy irery no hamaly ireo fanontaniana manaraka, ary tsy ho hitanao ny valiny.
handover-person = Ho anao irery ireo fanontaniana manaraka. Tsy ho hitan'ilay manampy anao ny valinao.
handover-start = Atombohy
giveback-title = Misaotra
giveback-intro = Voaisy tombo-kase ny valinao. Tsy afaka mahita izany ilay manampy anao. Avereno izao ny finday.
giveback-button = Avereno ny finday
review-private = Ilay olona irery no namaly ity. Tsy aseho.
review-assisted-as = Ho hitan'ny laharana fanampiana fa nanampy ianao, amin'ny anaran'ny: { $organisation }
review-later = Tsy izao: avelao ao amin'ny «Fangatahana mbola tsy lasa»
review-hand-again = Omeo ilay olona indray ny finday
review-hand-again-hint = Ampiasao raha te hanova izay novaliany irery ilay olona, na misy zavatra tokony hahitsy ao. Hahita indray ny «Iza no mahazo mahita azy» izy ary hisafidy indray.
review-private-fix = Misy zavatra novalian'ilay olona irery tokony hahitsy. Izy ihany no afaka manitsy izany: omeo azy indray ny finday.
age-given-back-worker = Raha ovainao ho «Latsaky ny 18» ny taona, na avy amin'izany, dia tsy maintsy mahita indray ny «Iza no mahazo mahita azy» ilay olona: hanome azy ny finday indray ianao.
age-reopened-worker = Niova ny safidin'ilay olona momba ny «Iza no mahazo mahita azy» noho ny fiovan'ny taona. Tohizo: hanome azy indray ny finday ianao, ary hisafidy indray izy.
setup-worker = Mpiasa an-tsaha aho: manampy olon-kafa hangataka fanampiana aho
setup-worker-hint = Ho hitan'ny laharana fanampiana ny fikambananao amin'ny fangatahana rehetra ampianao.
worker-org-needed = Soraty ny anaran'ny fikambananao, na vonoy ny fomba mpiasa an-kianja.
settings-worker-title = Fomba mpiasa an-tsaha
settings-worker-intro = Ampio olon-kafa handefa fangatahana avy amin'ity finday ity. Asiana tombo-kase ny valin'izy ireo, ary samy mitondra kaody ny tsirairay.
settings-worker-on = Alefaso
settings-worker-save = Tehirizo ny fanovana
settings-worker-off = Vonoy
settings-worker-saved = Vita. Mandeha ny fomba mpiasa an-tsaha.
settings-worker-removed = Vita. Maty ny fomba mpiasa an-tsaha.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Vakio mafy: { $text }
speak-stop = Atsaharo ny famakiana
speak-no-voice = Tsy misy feo ho an'ity fiteny ity ao amin'ity finday ity.
speak-unavailable = Tsy mandeha ao amin'ity finday ity izao ny famakiana mafy.
speak-headphones = Mampiasà écouteur raha misy olona eo akaiky mety handre.

## Settings

settings-title = Fikirana
settings-language = Fiteny
settings-read-aloud = Vakio mafy ny efijery tsirairay rehefa misokatra
settings-lock = Hidio izao
settings-less-protected = Tsy dia voaaro loatra amin'ity fitaovana ity: tsy misy toerana azo antoka hitehirizana lakile eto, ka izay rehetra mandika ny rakitry ny fampiharana dia afaka manandrana maminavina ny PIN-nao. PIN lava kokoa no miaro anao tsara kokoa.
settings-duress-title = PIN vonjy maika
settings-duress-intro = PIN faharoa ho an'ny fotoana misy manery anao hanokatra ny fampiharana. Mamafa ny zavatra rehetra izy, tsy misy famantarana.
settings-current-pin = Ny PIN-nao
settings-duress-save = Tehirizo ny PIN vonjy maika
settings-duress-remove = Esory ny PIN vonjy maika
settings-pin-title = Ovay ny PIN-nao
settings-new-pin = PIN vaovao (tarehimarika 6 ka hatramin'ny 12)
settings-new-pin-again = PIN vaovao indray
settings-pin-save = Ovay ny PIN
settings-pin-changed = Niova ny PIN-nao. Manomboka izao, ampiasao ny PIN vaovao.
settings-duress-saved = Vita. Voatahiry ny PIN vonjy maika.
settings-duress-removed = Vita. Tsy misy PIN vonjy maika intsony.
pin-wrong-left =
    { $count ->
        [one] Tsy marina io PIN io. Raha diso PIN in-{ $count } indray ianao, ho voafafa daholo ny zavatra rehetra ao amin'ity finday ity.
       *[other] Tsy marina io PIN io. Raha diso PIN in-{ $count } indray ianao, ho voafafa daholo ny zavatra rehetra ao amin'ity finday ity.
    }
settings-wipe-title = Fafao daholo
settings-wipe-intro = Mamafa ny fangatahana sy ny drafitra rehetra ao amin'ity finday ity izany. Tsy azo averina intsony. Ireo fangatahana efa voarain'ny laharana fanampiana dia mijanona any aminy.
settings-wipe-confirm = Eny, fafao daholo

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Ao anatin'ny loza ve ianao izao?
danger-yes-child = Eny, ao anatin'ny loza aho
danger-no-child = Tsia, tsy izao
emergency-intro-child = Azonao antsoina ireo laharana ireo. Tsy mila aterineto ianao.
emergency-call-trace-child = Mitahiry lisitry ny antso sy ny hafatra ny findainao. Raha matahotra ianao sao hisy olona hahita izany, azonao fafana avy eo izy ireo.
needs-title-child = Inona no ilanao fanampiana?
needs-intro-child = Tsindrio izay rehetra marina aminao. Azonao dinganina ity.
need-legal_immigration-child = Fanampiana momba ny taratasy
need-labour_exploitation-child = Misy olona manery ahy hiasa
need-sexual_exploitation-child = Misy olona manery ahy hanao zavatra ara-nofo
need-money_debt-child = Misy olona milaza fa manana trosa aminy aho
need-going_home-child = Te hody aho na te hahita ny fianakaviako
need-child_at_risk-child = Misy ankizy hafa ao anatin'ny loza
urgency-title-child = Rahoviana no ilanao fanampiana?
for-whom-title-child = Iza no mila fanampiana?
for-whom-self-child = Izaho
contact-title-child = Ahoana no ahafahanay miresaka aminao tsy misy loza?
contact-intro-child = Misafidiana fomba azo antoka ho anao. Tsy tokony hisy olon-kafa hahita izany.
times-title-child = Rahoviana no azo antoka raha miantso na manoratra aminao izahay?
times-intro-child = Azonao dinganina ity. Raha izany, hitandrina tsara izahay.
voicemail-title-child = Afaka mamela hafatra am-peo ve izahay?
someone-else-title-child = Raha olon-kafa no mamaly, inona no tokony hataonay?
responder-title-child = Iza no tianao hiresahana?
more-title-child = Misy zavatra hafa ve?
more-intro-child = Tsy voatery hamaly ianao.
place-label-child = Aiza ianao? Ny anaran'ny tanàna dia ampy.
message-label-child = Lazao aminay izay mitranga, raha tianao
consent-title-child = Iza no afaka mamaky izay nosoratanao?
consent-intro-child = Ianao no misafidy. Efa voafidy ny safidy azo antoka indrindra.
consent-hotline_only-desc-child = Ireo mpanampy ao amin'ny laharana fanampiana ihany no mamaky azy. Tazonin'izy ireo ho tsiambaratelo.
consent-may_refer_to_services-desc-child = Afaka milaza amin'ireo olona miaro ny ankizy ny laharana fanampiana, toy ny dokotera, trano azo antoka na mpisolovava.
consent-may_involve_police-desc-child = Afaka milaza amin'ny polisy koa ny laharana fanampiana, mba hampitsaharan'izy ireo ny olona mandratra anao.
review-title-child = Jereo ny valinteninao
review-intro-child = Rehefa alefanao ity, dia hidiana izy. Ny laharana fanampiana ihany no afaka manokatra azy. Tsy misy afaka mamaky azy ao amin'ity finday ity, na dia ianao aza.
submit-done-child = Voahidy ao amin'ity finday ity ny hafatrao. Halefa izy rehefa misy aterineto.
handover-title-child = Fanontaniana ho anao ihany
handover-person-child = Ianao irery no mamaly ireo fanontaniana manaraka. Tsy ho hitan'ilay manampy anao izay lazainao.
giveback-intro-child = Voahidy ny valinao. Tsy afaka mahita izany ilay manampy anao. Avereno amin'ilay manampy anao izao ny finday.
reference-for-person-child = Ho anao ihany ireo teny ireo. Amin'ireo teny ireo, afaka mamaky izay soratan'ny laharana fanampiana ho anao ianao. Amin'ny finday rehetra misy ity fampiharana ity, tsindrio ny «{ $requests }», avy eo tsindrio ny «{ $check }», ary soraty ireo teny na tarehimarika. Tehirizo ho tsiambaratelo izy ireo: na iza na iza manana azy ireo dia afaka mamaky ny valiny.

## Errors (codes come from the app's core)

error-wrong_pin = Tsy marina io PIN io.
error-locked = Sokafy aloha amin'ny PIN-nao ny fampiharana azafady.
error-no_hotline = Mbola tsy mifandray amin'ny laharana fanampiana ity fampiharana ity. Voatahiry ny drafitrao.
error-invalid = Misy valiny sasany tokony hovaina. Jereo ireo fanontaniana voamarika azafady.
error-pin_too_short = Tarehimarika 6 ka hatramin'ny 12 ny PIN.
error-duress_same_as_pin = Tsy maintsy hafa noho ny PIN-nao ny PIN vonjy maika.
error-worker_drafts_open = Mijanona mandeha ny fomba mpiasa an-tsaha raha mbola tsy lasa ny fangatahan'ny olona ampianao. Alefaso na fafao ao amin'ny «Fangatahana mbola tsy lasa» izy ireo, avy eo vonoy ilay fomba azafady.
error-already_set_up = Efa voaomana ity fampiharana ity.
error-not_found = Tsy hita izany. Mety efa voafafa.
error-internal = Nisy zavatra tsy nety. Voaaro ny fangatahanao voatahiry. Andramo indray azafady.
error-not_set_up = Mbola tsy voaomana ity fampiharana ity. Misafidiana PIN aloha azafady.
error-busy = Mbola mandefa ny fampiharana. Andramo indray afaka kelikely azafady.
error-status_unavailable = Tsy azo nanontaniana ny laharana fanampiana izao. Voaaro ny fangatahanao. Andramo indray any aoriana azafady.
error-malformed = Misy valiny sasany tsy voavaky. Hamarino ary andramo indray azafady.
error-too_large = Lava loatra ity ka tsy azo alefa. Fohezo ny hafatrao azafady.
error-unsupported_version = Mila havaozina ity fampiharana ity.
error-profile = Tsy marina ny mombamomba ny laharana fanampiana ato amin'ity fampiharana ity. Voatahiry ny drafitrao. Makà fampiharana nohavaozina azafady.
error-sync_client = Tsy afaka mifandray tsy misy loza ny fampiharana izao. Voatahiry ny fangatahanao ary halefa any aoriana.
error-already_exists = Efa voatahiry izany.
error-empty_pin = Soraty ny PIN-nao azafady.
error-invalid_kdf_params = Tsy marina ny fikiran'ity fampiharana ity. Makà fampiharana nohavaozina azafady.
error-device_secret_unavailable = Tsy tratran'ny fampiharana ny fitehirizana azo antoka ao amin'ity finday ity. Avereno alefa ny finday ary andramo indray azafady.
error-envelope = Tsy voafono ho an'ny laharana fanampiana ny fangatahanao. Mbola voatahiry ho drafitra izy.
error-receipt_mismatch = Tsy voamarina ny valin'ny laharana fanampiana. Halefa indray ny fangatahanao.
error-corrupt = Simba ny angona voatahirin'ny fampiharana. Tsy azo sokafana.
error-io = Tsy nahatahiry izany ny finday. Mety feno izy. Manafaha toerana kely ary andramo indray azafady.
error-database = Tsy nahavaky na nahatahiry ny angony ny fampiharana. Voaaro ny fangatahanao voatahiry. Andramo indray azafady.
error-pin_too_long = Tarehimarika 6 ka hatramin'ny 12 ny PIN.
error-pin_not_digits = Tarehimarika ihany no ao amin'ny PIN.
error-reference_word_count = Teny 9 no ao amin'ny kaody. Jereo azafady raha nosoratanao avokoa.
error-reference_unknown_word = Misy teny iray tsy marina. Jereo azafady ny fanoratana azy.
check-reference-wrong-word = Tsy marina ny teny laharana { $number }. Jereo azafady ny fanoratana azy.
error-reference_digits = Tarehimarika 22 no ao amin'ny kaody. Jereo azafady raha nosoratanao avokoa.
error-reference_check = Misy teny na tarehimarika iray tsy marina. Hamarino tsirairay azafady, dia andramo indray.
error-reference_not_found = Mbola tsy manana fangatahana misy io kaody io ny laharana fanampiana. Raha nalefa tamin'ny finday tsy misy aterineto izy, dia ho tonga rehefa misy aterineto indray ilay finday: andramo indray any aoriana azafady. Raha mbola tsy hita ihany, hamarino tsirairay azafady ny teny na tarehimarika.
field-error-empty = Fenoy ity azafady, na dinganina ilay fanontaniana.
field-error-not_trimmed = Esory ireo elanelana eo am-piandohana na eo am-piafarana azafady.
field-error-too_long = Lava loatra ity. Litera { $max } farafahabetsany.
field-error-too_many_bytes = Lava loatra ity.
field-error-too_many = Be loatra. { $max } farafahabetsany.
field-error-duplicate = Indroa ao anaty lisitra ity.
field-error-control_characters = Misy soratra tsy azo ampiasaina ato.
field-error-invalid_phone = Toa tsy marina ity laharan'ny finday ity. Atombohy amin'ny + sy ny kaodin'ny firenena.
field-error-invalid_region = Tsy fantatra ity firenena ity.
field-error-invalid_email = Toa tsy marina ity adiresy mailaka ity.
field-error-invalid_language = Tsy fantatra ity fiteny ity.
field-error-invalid_time_zone = Tsy fantatra ity faritra ora ity.
field-error-invalid_time = Misafidiana ora fanombohana sy ora fiafarana samy hafa azafady.
field-error-no_contact_method = Misafidiana fomba iray farafahakeliny hifandraisana aminao azafady. "Hijery ao amin'ity fampiharana ity aho" dia ampy.
field-error-unsupported_version = Mila havaozina ity fampiharana ity.
