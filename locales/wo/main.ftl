## Reach — Wolof (Wolof)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Wolof
# The language's name in English, for the language search.
-locale-english = Wolof
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Kalkilatris
quick-exit = Génn bu gaaw
quick-exit-hint = Day nëbb aplikaasiyoŋ bii ci saa si
back = Dellu
next = Kanam
skip = Tëb lii
save = Denc
cancel = Neenal
close = Tëj
done = Jeex na
optional = du warugar
step-of = Tappaay { $current } ci { $total }
saved-locked = Denc nanu ko te tëj nanu ko ci telefon bii

## Calculator (the app's disguise)

calc-label = Kalkilatris
calc-display-label = Tontu
calc-clear = C
calc-equals = =
calc-error = Njuumte

## First use: a private PIN

setup-title = Def aplikaasiyoŋ bii mu nekk sa kumpa
setup-intro = Tànnal nimero bu kumpa (PIN). Yow rekk a war a ko xam.
setup-how = Ngir ubbi aplikaasiyoŋ bii ginnaaw, bindal sa PIN ci kalkilatris bi, te bësal =.
setup-pin-label = Sa PIN (6 ba 12 nimero)
setup-pin-repeat-label = Bindaatal sa PIN
setup-duress-title = PIN bu musiba (mën nga tëb lii)
setup-duress-intro = Su kenn di la forse nga ubbi aplikaasiyoŋ bii, bindal PIN bu wuute bii. Aplikaasiyoŋ bi dina mel ni dara nekku ci, te lépp lu ci nekk dina far te kenn du ci gis benn màndarga.
setup-duress-label = PIN bu musiba
setup-submit = Denc sama PIN
setup-mismatch = Ñaari PIN yi yemuñu. Jéemaatal, bu la neexee.

## Language

lang-title = Tànnal sa làkk
lang-intro = Mën nga ko soppi ginnaaw ci Tànneef yi.
lang-search-label = Wutal sa làkk
lang-search-hint = Bindal turu sa làkk, ci benn làkk bu mu mën a doon
lang-search-none = Amul benn làkk bu dëppoo ak lii. Jéemal ak araf yu néewal.
lang-yours = Làkk yi nekk ci telefon bii
lang-all = Làkk yépp
lang-load-failed = Làkk bii mënul a ubbiku, kon aplikaasiyoŋ bi mi ngi ci angale.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Ñaata at nga am?
age-intro = Mën nga tëb lii. Su fekkee amoo 18 at, aplikaasiyoŋ bi dina jëfandikoo ay baat yu yomb te won la ndimbal ngir xale yi.
age-under_18 = Suufu 18
age-18_to_25 = 18 ba 25
age-26_to_59 = 26 ba 59
age-60_plus = 60 walla lu ko ëpp

## Danger check and emergency numbers

danger-title = Ndax yaa ngi ci musiba léegi?
danger-yes = Waaw, maa ngi ci musiba léegi
danger-no = Déedéet, léegi déet
emergency-title = Nimero yu ndimbal bu gaaw
emergency-intro = Mën nga woo nimero yii te amoo internet.
emergency-country-label = Sa réew
emergency-police = Polis ak ndimbal bu gaaw
emergency-hotline = Ndimbal ngir nit ñu ñu jaay walla ñu ñu forse ci liggéey
emergency-children = Ndimbal ngir xale yi ak ndaw ñi
emergency-call = Woo { $number }
emergency-source = Fi mu jóge: { $source }
emergency-checked = Seet nañu ko: { $date }
emergency-not-checked = Seetaatagunu ko. Su nimero bi liggéeyul, wool nimero ndimbal bu gaaw bi.
emergency-call-trace = Woote yi ak bataaxal yu ñuy bind dañuy des ci lim yi ci sa telefon. Su kenn di seet sa telefon, mën nga leen far ginaaw bi.
emergency-none = Amagunu nimero yu réew mii. Su fekkee yaa ngi ci musiba, wool nimero ndimbal bu gaaw bu fi nga nekk.
emergency-continue = Jàllal te laaj ndimbal

## What help is needed

needs-title = Ban ndimbal nga soxla?
needs-intro = Tànnal lépp lu la jëm. Mën nga tëb lii.
need-safety_now = Am kaaraange léegi
need-shelter = Bérab bu wóor ngir dëkk
need-medical = Doktoor walla garab
need-legal_immigration = Ndimbal ci këyit yi, wiisa walla yoon
need-labour_exploitation = Jafe-jafe ci liggéey walla ñu feyuma
need-sexual_exploitation = Ñu forse ma ci mbiri séy
need-child_at_risk = Am xale bu nekk ci musiba
need-money_debt = Xaalis walla bor
need-going_home = Dellu kër walla gis sama njaboot
need-interpreter = Kenn ku degg sama làkk
need-other = Yeneen
urgency-title = Kañ nga soxla ndimbal?
urgency-now = Léegi
urgency-today = Tey
urgency-this_week = Ayubés bii
urgency-not_urgent = Mën na xaar
for-whom-title = Laaj bii, ngir kan la?
for-whom-self = Ngir man
for-whom-someone_else = Ngir keneen
for-whom-assisted_by_outreach = Man liggéeykat laa buy dimbali nit ñi, maa ngi dimbali kenn

## Safe contact

contact-title = Naka la kurél ndimbal gi mën a jokkoo ak yow ci kaaraange?
contact-intro = Tànnal benn yoon beneen. Tànnal rekk yoon yu wóor ngir yow.
contact-call = Woote ci telefon
contact-sms = Bataaxal bu ñuy bind (SMS)
contact-messaging_app = Aplikaasiyoŋ bu ñuy yónnee bataaxal
contact-email = Imeel
contact-in_person_via_outreach = Ci kanam, jaare ko ci liggéeykat buy dimbali nit ñi
contact-check_back_in_app = Dinaa seet tontu bi ci aplikaasiyoŋ bii
contact-phone-label = Nimero telefon, ak kodu réew mi (misaal +221…)
contact-app-label = Ban aplikaasiyoŋ? (misaal WhatsApp, Signal)
contact-handle-label = Sa tur walla sa nimero ci aplikaasiyoŋ boobu
contact-email-label = Adrees imeel
times-title = Kañ la wóor ñu jokkoo ak yow?
times-intro = Mën nga tëb lii. Boo ko defee, kurél ndimbal gi dina moytu lool.
times-add = Yokk waxtu wu wóor
times-remove = Far waxtu wii
times-from = Li dale
times-to = Ba
times-days = Fan yi
times-any-day = Bés bu nekk
times-zone = Waxtu diiwaan bi
weekday-mon = Altine
weekday-tue = Talaata
weekday-wed = Àllarba
weekday-thu = Alxamis
weekday-fri = Àjjuma
weekday-sat = Gaawu
weekday-sun = Dibéer
voicemail-title = Ndax kurél ndimbal gi mën na bàyyi bataaxal bu baat?
voicemail-yes = Waaw, bataaxal bu baat wóor na
voicemail-no = Déedéet, buleen bàyyi mukk bataaxal bu baat
voicemail-unsaid = Boo tontuwul, kurél ndimbal gi du bàyyi bataaxal.
code-word-label = Baat bu kumpa
code-word-hint = Kurél ndimbal gi dina wax baat bii, ngir nga xam ne ñoo ko dëgg.
someone-else-title = Su keneen tontoo, kurél ndimbal gi war na…
someone-else-hang_up = Dog woote bi
someone-else-say_wrong_number = Wax ne njuumte nimero la
someone-else-ask_for_code_word = Laaj baat bu kumpa bi
someone-else-other = Yeneen
someone-else-other-label = Lan lañu war a def?
responder-title = Ak kan nga bëgg a wax?
responder-woman = Jigéen
responder-man = Góor
responder-any_gender = Ku mu mën a doon baax na
responder-language-label = Làkk bi nga bëgg ñu tontu la ci

## More (all optional)

more-title = Tuuti ci sa mbir
more-intro = Lii lépp du warugar.
place-label = Fan nga nekk? Dëkk walla gox doy na.
place-hint = Waxal rekk li nga bëgg. Aplikaasiyoŋ bii du jëfandikoo mukk fi nga nekk.
message-label = Sa bataaxal
message-hint = Mën nga bind ci benn làkk bu mu mën a doon.
message-left =
    { $count ->
       *[other] { $count } araf a des
    }

## Consent

consent-title = Kan moo mën a gis sa laaj?
consent-intro = Yow yaay tànn. Li gën a sutura tànn nañu ko ba noppi.
consent-hotline_only = Kurél ndimbal gi rekk
consent-hotline_only-desc = Ekibu kurél ndimbal gi rekk ay jàng. Duñu ko séddoo ak keneen.
consent-may_refer_to_services = Kurél ndimbal gi ak ñeneen ñu mën a dimbali
consent-may_refer_to_services-desc = Kurél ndimbal gi mën na ko yónnee ci kër yu ñuy aar nit ñi, doktoor yi walla layookat yi, ngir dimbali la.
consent-may_involve_police = Kurél ndimbal gi, ñeneen ñi ak polis
consent-may_involve_police-desc = Kurél ndimbal gi mën na it wax ko polis.
consent-child-note = Ndax amoo 18 at, kurél ndimbal gi mën na am warugar ci wax ko nit ñi seen liggéey di aar xale yi, ngir nga am kaaraange.

## Review and send

review-title = Seetal sa laaj
review-intro = Dinañu tëj sa laaj ngir kurél ndimbal gi rekk mën ko ubbi. Boo ko yónneeb ba noppi, kenn mënul koo jàng ci telefon bii, du yow sax.
review-not-answered = Tontuwuñu ko
review-change = Soppi
review-needs = Ndimbal li nga soxla
review-contact = Naka lañu lay jotee
review-times = Waxtu yu wóor
review-more = Sa mbir
review-consent = Kan moo ko mën a gis
submit = Tëj te yónne ko kurél ndimbal gi
submit-working = Nu ngi tëj sa laaj…
submit-done = Sa laaj tëju na ci telefon bii. Dinañu ko yónnee bu internet amee.

## Status

status-title = Say laaj
status-intro = Fii mën nga gis fan la laaj bu nekk tollu.
status-empty = Amagul benn laaj.
status-saved = Denc nañu ko ci telefon bii te tëj nañu ko. Dinañu ko yónnee bu internet amee.
status-sending = Nu ngi koy yónnee léegi…
status-received = Kurél ndimbal gi jot na ko. Seet nanu kayit bu kurél ndimbal gi yónnee.
status-needs_attention = Laaj bii dafa soxla nga xool ko.
status-attempts =
    { $count ->
       *[other] Jéem nañu ko { $count } yoon
    }
status-hotline-received = Mu ngi xaar kenn ci kurél ndimbal gi jàng ko.
status-hotline-in_review = Kenn ci kurél ndimbal gi mu ngi koy jàng.
status-hotline-answered = Kurél ndimbal gi def na dara ci.
status-hotline-closed = Kurél ndimbal gi tëj na ko.
status-hotline-contact_planned = Kenn ci kurél ndimbal gi mu ngi waajal naka lay jokkoo ak yow ci kaaraange.
status-hotline-needs_interpreter = Kurél ndimbal gi mu ngi wut kenn ku degg sa làkk.
status-hotline-referred = Kurél ndimbal gi ñaan na benn kurél bu ñuy liggéeyandoo ngir mu dimbali la.
status-hotline-unknown = Kurél ndimbal gi am na xibaar ci. Yeesalal aplikaasiyoŋ bi bu wóoree ngir gis lu ëpp.
status-replies = Bataaxal yu jóge ci kurél ndimbal gi
status-reply-note = Kurél ndimbal gi bind na it (xëy na du ci sa làkk):
status-reply-unreadable = Am bataaxal bu ñëw bu aplikaasiyoŋ bii mënul a seet, kon wonewuñu ko.
status-offline = Amul internet léegi. Say laaj ñu ngi ci kaaraange ci telefon bii.
status-send-now = Yónne léegi
status-retry = Jéemaatal
status-check = Laaj kurél ndimbal gi xibaar
status-new = Tambali laaj bu bees

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Jàng nanu sa laaj. Dinanu jokkoo ak yow ci yoon wi nga tànn.
reply-call_planned = Dinanu la woo { $day } diggante { $from } ak { $to } (sa waxtu).
reply-message_planned = Dinanu la yónne bataaxal { $day } diggante { $from } ak { $to } (sa waxtu).
reply-interpreter = Nu ngi wut tekkikat bu degg sa làkk. Dinanu jokkoo ak yow ci ni mu gën a gaawe.
reply-referred = Ñaan nanu benn kurél bu nuy liggéeyandoo bu la jege ngir mu dimbali la. Dinañu jokkoo ak yow ci yoon wi nga tànn.
reply-call_us = Woo nu bu wóoree ci yow, bu la neexee. Yow yaay tànn waxtu wi.
reply-danger = Su fekkee yaa ngi ci musiba léegi, wool nimero ndimbal bu gaaw bi. Mën nga ko gis ci aplikaasiyoŋ bii.
reply-closed = Tëj nanu sa laaj. Mën nga yónne bu bees saa su la neexee.
reply-unknown = Kurél ndimbal gi yónne na bataaxal bu aplikaasiyoŋ bii mënul a won. Yeesalal aplikaasiyoŋ bi bu wóoree, bu la neexee.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Sa laaj tëju na. Ndax mën nga nu wax naka la ndimbal gi demee? Ñetti laaj yu gàtt. Mën nga leen tëb.
feedback-private = Say tontu dañuy dem te sa laaj walla sa tur duñu ci. Kurél ndimbal gi limu yépp rekk lay gis.
feedback-start = Tontu
feedback-skip = Déedéet, jërëjëf
feedback-send = Yónne tontu yi
feedback-q-helped = Ndax am nga ndimbal li nga soxlaa woon?
feedback-q-safe = Ndax dangaa yég ne yaa ngi ci kaaraange bi nu jokkoo ak yow?
feedback-q-recommend = Ndax dinga wax sa xarit ci nun?
feedback-a-yes = Waaw
feedback-a-partly = Tuuti
feedback-a-no = Déedéet
feedback-thanks = Jërëjëf. Dinañu yónne say tontu.
feedback-declined = Baax na. Dunu laajaat.
feedback-failed = Loolu antuwul. Jéemaatal, bu la neexee.
problem-unknown_key = Aplikaasiyoŋ bii soxla na ñu yeesal ko balaa ñuy yónne laaj bii.
problem-conflict = Kurél ndimbal gi am na beneen laaj bu am nimero bii. Jokkool ak kurél ndimbal gi ci beneen yoon, bu la neexee.
problem-malformed = Kurél ndimbal gi mënul a jàng laaj bii. Tambalil laaj bu bees, bu la neexee.
problem-too_large = Laaj bii dafa gudd lool. Tambalil bu bees ak bataaxal bu gàttal.
problem-unsupported_media_type = Aplikaasiyoŋ bii soxla na ñu yeesal ko balaa ñuy yónne laaj bii.
problem-other = Resoo bi walla kurél ndimbal gi dafa bañ laaj bii. Mën nga jéemaat, walla jéem beneen resoo.

## Several people on one device (outreach)

drafts-title = Laaj yu ñu yónneegul
drafts-continue = Jàllal
drafts-delete = Far
drafts-none = Dara du xaar.
review-reference = Nit kii du denc telefon bii: jox ko ab kood
review-reference-hint = Ak kood bi, mën na jàng tontu kurél ndimbal gi ci bépp telefon bu am aplikaasiyoŋ bii. Telefon bii dina wone rekk ndax kurél ndimbal gi jot na laaj bi.
assisted-organisation-label = Sa mbootaay (yow, liggéeykat bi)
assisted-hint = Kurél ndimbal gi dina gis ne yaa dimbali nit kii, ak ñan ngay liggéeyal.
assisted-channel-label = Naka la kurél ndimbal gi mën a jokkoo ak yow (du warugar)
reference-title = Koodu nit ki
reference-intro = Jox nit ki baat yii. Ak ñoom, mën na jàng tontu kurél ndimbal gi ci bépp telefon bu am aplikaasiyoŋ bii. Telefon bii du leen bind fenn, te dina leen fàtte bu nit ki amee leen.
reference-for-person = Baat yii yaa ko moom. Ak ñoom, mën nga jàng tontu kurél ndimbal gi. Ci bépp telefon bu am aplikaasiyoŋ bii, ubbil “{ $requests }”, ba noppi ubbil “{ $check }”, te bind baat yi walla siifar yi. Denc leen bu baax: ku leen am, mën na jàng tontu yi.
reference-words = Baat yi
reference-digits = Kood bi ci siifar
reference-request = Laaj { $number }
reference-done = Nit ki am na koodam
reference-again = Aplikaasiyoŋ bi tëju na bi kood bi di feen. Mu ngi fi beneen yoon: jox ko nit ki léegi.
status-check-reference = Seet ab kood
check-reference-title = Seet ab kood
check-reference-intro = Bind baat yi walla siifar yi ñu la jox. Telefon bii du leen denc, du denc tontu yi it.
check-reference-no-hotline = Aplikaasiyoŋ bii lëkkaloogul ak kurél ndimbal, kon mënul a seet kood fii. Jéemal ci beneen telefon bu am aplikaasiyoŋ bii, bu la neexee.
check-reference-label = Baat walla siifar
check-reference-submit = Seet
check-reference-working = Mu ngi seet. Man na yàgg ay saa yu néew…
check-reference-no-replies = Amagul benn bataaxal bu jóge ci kurél ndimbal gi.
check-reference-show-in = Wone ci { $language }
worker-title = Liggéey ci biti
worker-working-as = Yaa ngi liggéey ci turu: { $organisation }
worker-intro = Nit ku nekk ngay dimbali dina tontu ci làkkam. Ay tontoom dinañu génn ci telefon bii, tëju, te nit ki dina yóbbu ab koodu. Fii, limu ak mbirum laaj bu nekk rekk a fiy des.
worker-new-person = Dimbali nit ku bees
handover-title = Laaj yu dul ci yow rekk
handover-worker = Léegi jox nit ki telefon bi. Moom kese moo ciy tontu laaj yi ci topp, te doo gis ay tontoom.
handover-person = Laaj yi ci topp ci yow rekk lañu. Ki lay dimbali du gis say tontu.
handover-start = Tambali
giveback-title = Jërëjëf
giveback-intro = Say tontu tëju nañu. Ki lay dimbali mënul leen a gis. Léegi delloo telefon bi.
giveback-button = Delloo telefon bi
review-private = Nit ki moom kese moo tontu lii. Wonewul.
review-assisted-as = Liñu jëfandikoo ngir dimbali dina gis ne dimbali nga, ni: { $organisation }
review-later = Du léegi: denc ko ci “Laaj yu ñu yónneegul”
review-hand-again = Jox nit ki telefon bi beneen yoon
review-hand-again-hint = Jëfandikool lii su nit ki bëggee soppi li mu tontu moom kese, walla am lu ñu fa wara defar. Dina gisaat “Kan moo ko mën a gis” te tànnaat.
review-private-fix = Am na lu nit ki tontu moom kese lu ñu wara defar. Moom rekk moo ko mën a defar: jox ko telefon bi beneen yoon.
age-given-back-worker = Su nga soppee at mi ba mu nekk “Suufu 18”, walla nga jële ko ci “Suufu 18”, nit ki dafa wara gisaat “Kan moo ko mën a gis”: dinga ko jox telefon bi beneen yoon.
age-reopened-worker = At mi soppi na li nit ki tànn ci “Kan moo ko mën a gis”. Jàllal: dinga ko jox telefon bi beneen yoon, te mu tànnaat.
setup-worker = Liggéeykat ci biti laa: damay dimbali ñeneen ñu laaj ndimbal
setup-worker-hint = Liñu jëfandikoo ngir dimbali dina gis sa mbootaay ci laaj bu nekk boo dimbali.
worker-org-needed = Bindal turu sa mbootaay, walla fay anam liggéeykat bu dox.
settings-worker-title = Anamu liggéeykat ci biti
settings-worker-intro = Dimbali ñeneen ñu yónnee ay laaj ci telefon bii. Seeni tontu dañu leen di tëj, te ku nekk dina yóbbu ab koodu.
settings-worker-on = Taal
settings-worker-save = Denc coppite yi
settings-worker-off = Fay
settings-worker-saved = Jeex na. Anamu liggéeykat ci biti taal na.
settings-worker-removed = Jeex na. Anamu liggéeykat ci biti fay na.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Jàng ko ci kaw: { $text }
speak-stop = Taxawal jàng gi
speak-no-voice = Amul baat bu làkk bii ci telefon bii.
speak-unavailable = Jàng ci kaw doxul léegi ci telefon bii.
speak-headphones = Jëfandikoo ekutëer su fekkee kenn ci sa wet mën na dégg.

## Settings

settings-title = Tànneef
settings-language = Làkk
settings-read-aloud = Jàng ci kaw ekraŋ bu nekk bu ubbikoo
settings-lock = Tëj léegi
settings-less-protected = Kaaraange bi néew na ci masin bii: amul bérab bu wóor ngir denc caabi yi fii, kon ku duppi fisiyee yu aplikaasiyoŋ bi mën na jéem a wax sa PIN. PIN bu gudd moo la gën a aar.
settings-duress-title = PIN bu musiba
settings-duress-intro = Ñaareelu PIN ngir bu kenn di la forse nga ubbi aplikaasiyoŋ bi. Day far lépp te kenn du ci gis benn màndarga.
settings-current-pin = Sa PIN
settings-duress-save = Denc PIN bu musiba bi
settings-duress-remove = Far PIN bu musiba bi
settings-pin-title = Soppi sa PIN
settings-new-pin = PIN bu bees (6 ba 12 nimero)
settings-new-pin-again = PIN bu bees bi, ñaareel yoon
settings-pin-save = Soppi PIN
settings-pin-changed = Sa PIN soppiku na. Li dale léegi, jëfandikool PIN bu bees bi.
settings-duress-saved = Jeex na. Sa PIN bu musiba denc nañu ko.
settings-duress-removed = Jeex na. Amatul PIN bu musiba léegi.
pin-wrong-left =
    { $count ->
       *[other] PIN boobu baaxul. Soo bindaatee PIN bu baaxul { $count } yoon, lépp lu nekk ci telefon bii dinañu ko far.
    }
settings-wipe-title = Far lépp
settings-wipe-intro = Lii day far laaj yépp ak bind yu ñu yónneegul ci telefon bii. Mënatu koo dellusi. Laaj yi kurél ndimbal gi jot ba noppi dinañu des ci kurél ndimbal gi.
settings-wipe-confirm = Waaw, far lépp

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Ndax yaa ngi ci musiba léegi?
danger-yes-child = Waaw, maa ngi ci musiba
danger-no-child = Déedéet, léegi déet
emergency-intro-child = Mën nga woo nimero yii. Soxlaalo internet.
emergency-call-trace-child = Sa telefon day denc lim woote yi ak bataaxal yi. Soo ragalee ne kenn dina ko gis, mën nga leen far ginaaw bi.
needs-title-child = Ci lan nga soxla ndimbal?
needs-intro-child = Bësal lépp lu dëgg ci yow. Mën nga tëb lii.
need-legal_immigration-child = Ndimbal ci këyit yi
need-labour_exploitation-child = Am na ku may forse ci liggéey
need-sexual_exploitation-child = Am na ku may forse ci mbiri séy
need-money_debt-child = Am na ku ne dama ko ameel bor
need-going_home-child = Bëgg naa dellu kër walla gis sama njaboot
need-child_at_risk-child = Am na beneen xale bu nekk ci musiba
urgency-title-child = Kañ nga soxla ndimbal?
for-whom-title-child = Kan moo soxla ndimbal?
for-whom-self-child = Man
contact-title-child = Naka lanu mën a waxtaan ak yow ci kaaraange?
contact-intro-child = Tànnal yoon wu wóor ngir yow. Keneen warul koo gis.
times-title-child = Kañ la wóor nu woo la walla nu bind la?
times-intro-child = Mën nga tëb lii. Boo ko defee, dinanu moytu lool.
voicemail-title-child = Ndax mën nanu bàyyi bataaxal bu baat?
someone-else-title-child = Su keneen tontoo, lan lanu war a def?
responder-title-child = Ak kan nga bëgg a wax?
more-title-child = Am na leneen?
more-intro-child = Warula tontu.
place-label-child = Fan nga nekk? Turu dëkk bi doy na.
message-label-child = Wax nu li xew, boo bëggee
consent-title-child = Kan moo mën a jàng li nga bind?
consent-intro-child = Yow yaay tànn. Li gën a wóor tànn nañu ko ba noppi.
consent-hotline_only-desc-child = Dimbalikat yi ci kurél ndimbal gi rekk ay jàng. Dañu koy denc ci kumpa.
consent-may_refer_to_services-desc-child = Kurél ndimbal gi mën na wax nit ñiy aar xale yi, niki doktoor, kër gu wóor walla layookat.
consent-may_involve_police-desc-child = Kurél ndimbal gi mën na it wax polis, ngir ñu taxawal nit ñiy metital la.
review-title-child = Seetal say tontu
review-intro-child = Boo ko yónnee, dinañu ko tëj. Kurél ndimbal gi rekk moo ko mën a ubbi. Kenn mënul koo jàng ci telefon bii, du yow sax.
submit-done-child = Sa bataaxal tëju na ci telefon bii. Dinañu ko yónnee bu internet amee.
handover-title-child = Laaj ngir yow rekk
handover-person-child = Yow rekk ngay tontu laaj yi ci topp. Ki lay dimbali du gis li nga wax.
giveback-intro-child = Say tontu tëju nañu. Ki lay dimbali mënul leen a gis. Léegi delloo ko telefon bi.
reference-for-person-child = Baat yii ngir yow rekk lañu. Ak ñoom, mën nga jàng li kurél ndimbal gi bind ngir yow. Ci bépp telefon bu am aplikaasiyoŋ bii, bësal “{ $requests }”, ba noppi bësal “{ $check }”, te bind baat yi walla siifar yi. Denc leen ci kumpa: ku leen am, mën na jàng tontu yi.

## Errors (codes come from the app's core)

error-wrong_pin = PIN boobu baaxul.
error-locked = Ubbil aplikaasiyoŋ bi ak sa PIN ba jëkk, bu la neexee.
error-no_hotline = Aplikaasiyoŋ bii lëkkaloogul ak kurél ndimbal. Denc nañu sa bind.
error-invalid = Am na ay tontu yu war a soppi. Seetal laaj yi ñu màndargaal, bu la neexee.
error-pin_too_short = PIN am na 6 ba 12 nimero.
error-duress_same_as_pin = PIN bu musiba bi war na wuute ak sa PIN.
error-worker_drafts_open = Su amee laaju nit ñi ngay dimbali yu ñu yónneegul, anamu liggéeykat ci biti du fay. Yónneel leen, walla far leen ci “Laaj yu ñu yónneegul”, ba noppi fayal ko, bu la neexee.
error-already_set_up = Aplikaasiyoŋ bii defar nañu ko ba noppi.
error-not_found = Gisuñu lii. Xëy na far nañu ko.
error-internal = Am na lu baaxul. Say laaj yu ñu denc ñu ngi ci kaaraange. Jéemaatal, bu la neexee.
error-not_set_up = Aplikaasiyoŋ bii defarooguñu ko. Tànnal PIN ba jëkk, bu la neexee.
error-busy = Aplikaasiyoŋ bi mu ngi yónnee. Jéemaatal ci kanam tuuti.
error-status_unavailable = Mënuñu laaj kurél ndimbal gi léegi. Sa laaj mu ngi ci kaaraange. Jéemaatal ginnaaw, bu la neexee.
error-malformed = Am na ay tontu yu ñu mënul a jàng. Seetal leen te jéemaat, bu la neexee.
error-too_large = Lii dafa gudd lool ngir yónne. Gàttalal sa bataaxal, bu la neexee.
error-unsupported_version = Aplikaasiyoŋ bii soxla na ñu yeesal ko.
error-profile = Xibaari kurél ndimbal gi ci aplikaasiyoŋ bii baaxuñu. Denc nañu sa bind. Jëlal aplikaasiyoŋ bu ñu yeesal, bu la neexee.
error-sync_client = Aplikaasiyoŋ bi mënul a lëkkaloo ci kaaraange léegi. Denc nañu sa laaj te dinañu ko yónne ginnaaw.
error-already_exists = Lii denc nañu ko ba noppi.
error-empty_pin = Bindal sa PIN, bu la neexee.
error-invalid_kdf_params = Tànneef yu aplikaasiyoŋ bii baaxuñu. Jëlal aplikaasiyoŋ bu ñu yeesal, bu la neexee.
error-device_secret_unavailable = Aplikaasiyoŋ bi mënul a jot bérab bu wóor bu telefon bii di denc. Fayal telefon bi te taalaat ko, te jéemaat.
error-envelope = Mënuñu tëj sa laaj ngir kurél ndimbal gi. Mu ngi denc rekk ni bind.
error-receipt_mismatch = Mënuñu seet tontu kurél ndimbal gi. Dinañu yónneeat sa laaj.
error-corrupt = Li aplikaasiyoŋ bi denc yàqu na. Mënul a ubbiku.
error-io = Telefon bi mënul a denc lii. Xëy na dafa fees. Far ay lëf te jéemaat, bu la neexee.
error-database = Aplikaasiyoŋ bi mënul a jàng walla denc ay xibaaram. Say laaj yu ñu denc ñu ngi ci kaaraange. Jéemaatal, bu la neexee.
error-pin_too_long = PIN am na 6 ba 12 nimero.
error-pin_not_digits = PIN am na nimero rekk.
error-reference_word_count = Kood am na 9 baat. Seetal ndax bind nga leen yépp.
error-reference_unknown_word = Benn ci baat yi jubul. Seetal naka nga ko binde.
check-reference-wrong-word = Baat bu nimero { $number } bi jubul. Seetal naka nga ko binde.
error-reference_digits = Kood am na 22 siifar. Seetal ndax bind nga leen yépp.
error-reference_check = Benn baat walla benn siifar jubul. Seetal bu nekk te jéemaat.
error-reference_not_found = Kurél ndimbal gi amagul benn laaj ak kood bii. Su ñu ko yónneewoon ci telefon bu amul internet, dina agsi bu telefon boobu amaatee internet: jéemaatal ginnaaw, bu la neexee. Su ñu ko gisul ba tey, seetal bu nekk ci baat yi walla siifar yi.
field-error-empty = Feesal fii, walla tëb laaj bi, bu la neexee.
field-error-not_trimmed = Far béréb yu dëkk ci ndoorte li walla ci mujj gi, bu la neexee.
field-error-too_long = Lii dafa gudd lool. { $max } araf rekk.
field-error-too_many_bytes = Lii dafa gudd lool.
field-error-too_many = Dafa bare lool. { $max } rekk.
field-error-duplicate = Lii ñaari yoon la nekk ci lim bi.
field-error-control_characters = Lii am na ay araf yu ñu mënul a jëfandikoo.
field-error-invalid_phone = Nimero telefon bii baaxul. Tambalil ak + ak kodu réew mi.
field-error-invalid_region = Xamuñu réew mii.
field-error-invalid_email = Adrees imeel bii baaxul.
field-error-invalid_language = Xamuñu làkk bii.
field-error-invalid_time_zone = Xamuñu waxtu diiwaan bii.
field-error-invalid_time = Tànnal waxtu ndoorte ak waxtu mujj yu wuute, bu la neexee.
field-error-no_contact_method = Tànnal benn yoon beneen ngir ñu jot la, bu la neexee. "Dinaa seet ci aplikaasiyoŋ bii" doy na.
field-error-unsupported_version = Aplikaasiyoŋ bii soxla na ñu yeesal ko.
