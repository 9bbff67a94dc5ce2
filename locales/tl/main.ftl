## Reach — Tagalog
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Tagalog
# The language's name in English, for the language search.
-locale-english = Tagalog
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Calculator
quick-exit = Umalis agad
quick-exit-hint = Itinatago agad ang app na ito
back = Bumalik
next = Susunod
skip = Laktawan
save = I-save
cancel = Kanselahin
close = Isara
done = Tapos na
optional = opsyonal
step-of = Hakbang { $current } ng { $total }
saved-locked = Naka-save at naka-lock sa teleponong ito

## Calculator (the app's disguise)

calc-label = Calculator
calc-display-label = Resulta
calc-clear = C
calc-equals = =
calc-error = Error

## First use: a private PIN

setup-title = Gawing pribado ang app na ito
setup-intro = Pumili ng lihim na numero (PIN). Kayo lang dapat ang nakakaalam nito.
setup-how = Para buksan ang app na ito sa susunod, i-type ang inyong PIN sa calculator, tapos pindutin ang =.
setup-pin-label = Ang inyong PIN (6 hanggang 12 numero)
setup-pin-repeat-label = I-type ulit ang inyong PIN
setup-duress-title = Emergency PIN (puwede ninyo itong laktawan)
setup-duress-intro = Kung may pumilit sa inyong buksan ang app na ito, ang ibang PIN na ito ang i-type ninyo. Magmumukhang walang laman ang app, at mabubura ang lahat ng nasa loob nito nang walang bakas.
setup-duress-label = Emergency PIN
setup-submit = I-save ang aking PIN
setup-mismatch = Hindi magkapareho ang dalawang PIN. Pakisubukan ulit.

## Language

lang-title = Piliin ang inyong wika
lang-intro = Puwede ninyo itong palitan mamaya sa Settings.
lang-search-label = Hanapin ang inyong wika
lang-search-hint = I-type ang pangalan ng inyong wika, sa kahit anong wika
lang-search-none = Walang wikang tumutugma rito. Subukan ang mas kaunting titik.
lang-yours = Mga wika sa teleponong ito
lang-all = Lahat ng wika
lang-load-failed = Hindi mabuksan ang wikang ito, kaya nasa Ingles ang app.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Ilang taon na kayo?
age-intro = Puwede ninyo itong laktawan. Kung wala pa kayong 18, gagamit ang app ng mas simpleng salita at ipapakita nito ang tulong para sa mga bata.
age-under_18 = Wala pang 18
age-18_to_25 = 18 hanggang 25
age-26_to_59 = 26 hanggang 59
age-60_plus = 60 pataas

## Danger check and emergency numbers

danger-title = Nasa panganib ba kayo ngayon?
danger-yes = Oo, nasa panganib ako ngayon
danger-no = Hindi, hindi sa ngayon
emergency-title = Mga emergency number
emergency-intro = Puwede ninyong tawagan ang mga numerong ito kahit walang internet.
emergency-country-label = Ang inyong bansa
emergency-police = Pulis at emergency
emergency-hotline = Tulong laban sa human trafficking at sapilitang pagtatrabaho
emergency-children = Tulong para sa mga bata at kabataan
emergency-call = Tawagan ang { $number }
emergency-source = Pinagmulan: { $source }
emergency-checked = Sinuri: { $date }
emergency-not-checked = Hindi pa ito nasusuri ulit. Kung hindi gumana ang numero, tawagan ang emergency number.
emergency-call-trace = Nananatili sa mga listahan ng inyong telepono ang mga tawag at text message. Kung may tumitingin sa inyong telepono, puwede ninyong burahin ang mga ito pagkatapos.
emergency-none = Wala pa kaming mga numero para sa bansang ito. Kung nasa panganib kayo, tawagan ang lokal na emergency number.
emergency-continue = Magpatuloy at humingi ng tulong

## What help is needed

needs-title = Anong tulong ang kailangan ninyo?
needs-intro = Piliin ang lahat ng akma. Puwede ninyo itong laktawan.
need-safety_now = Maging ligtas ngayon
need-shelter = Ligtas na matutuluyan
need-medical = Doktor o gamot
need-legal_immigration = Tulong sa papeles, visa, o batas
need-labour_exploitation = Problema sa trabaho o walang sahod
need-sexual_exploitation = Pinilit makipagtalik
need-child_at_risk = May batang nasa panganib
need-money_debt = Pera o utang
need-going_home = Makauwi o mahanap ang pamilya
need-interpreter = Taong nakakapagsalita ng aking wika
need-other = Iba pa
urgency-title = Gaano kabilis ninyo kailangan ng tulong?
urgency-now = Ngayon na
urgency-today = Ngayong araw
urgency-this_week = Ngayong linggo
urgency-not_urgent = Puwedeng maghintay
for-whom-title = Para kanino ang hiling na ito?
for-whom-self = Para sa akin
for-whom-someone_else = Para sa ibang tao
for-whom-assisted_by_outreach = Outreach worker ako at may tinutulungan akong tao

## Safe contact

contact-title = Paano kayo ligtas na makokontak ng hotline?
contact-intro = Pumili ng kahit isang paraan. Piliin lang ang mga paraang ligtas para sa inyo.
contact-call = Tawag sa telepono
contact-sms = Text message (SMS)
contact-messaging_app = Messaging app
contact-email = Email
contact-in_person_via_outreach = Personal, sa pamamagitan ng outreach worker
contact-check_back_in_app = Titingnan ko ang sagot sa app na ito
contact-phone-label = Numero ng telepono, may country code (halimbawa +63…)
contact-app-label = Aling app? (halimbawa WhatsApp, Signal)
contact-handle-label = Ang inyong pangalan o numero sa app na iyon
contact-email-label = Email address
times-title = Kailan ligtas na kontakin kayo?
times-intro = Puwede ninyo itong laktawan. Kung gayon, lalong mag-iingat ang hotline.
times-add = Magdagdag ng ligtas na oras
times-remove = Alisin ang oras na ito
times-from = Mula
times-to = Hanggang
times-days = Mga araw
times-any-day = Kahit anong araw
times-zone = Time zone
weekday-mon = Lunes
weekday-tue = Martes
weekday-wed = Miyerkules
weekday-thu = Huwebes
weekday-fri = Biyernes
weekday-sat = Sabado
weekday-sun = Linggo
voicemail-title = Puwede bang mag-iwan ng voice message ang hotline?
voicemail-yes = Oo, ligtas ang voice message
voicemail-no = Hindi, huwag kailanman mag-iwan ng voice message
voicemail-unsaid = Kung hindi kayo sumagot, hindi mag-iiwan ng voice message ang hotline.
code-word-label = Lihim na salita
code-word-hint = Sasabihin ng hotline ang salitang ito, para malaman ninyong sila talaga iyon.
someone-else-title = Kung iba ang sumagot, ang dapat gawin ng hotline ay…
someone-else-hang_up = Ibaba ang tawag
someone-else-say_wrong_number = Sabihing maling numero ang natawagan
someone-else-ask_for_code_word = Hingin ang lihim na salita
someone-else-other = Iba pa
someone-else-other-label = Ano ang dapat gawin ng hotline?
responder-title = Sino ang gusto ninyong makausap?
responder-woman = Babae
responder-man = Lalaki
responder-any_gender = Kahit sino
responder-language-label = Wikang gusto ninyong gamitin sa pagsagot sa inyo

## More (all optional)

more-title = Kaunti pa tungkol sa inyo
more-intro = Opsyonal ang lahat ng ito.
place-label = Nasaan kayo? Sapat na ang bayan o lugar.
place-hint = Ibahagi lang ang gusto ninyo. Hindi kailanman ginagamit ng app na ito ang inyong lokasyon.
message-label = Ang inyong mensahe
message-hint = Puwede kayong sumulat sa kahit anong wika.
message-left =
    { $count ->
        [one] Natitirang letra: { $count }
       *[other] Natitirang letra: { $count }
    }

## Consent

consent-title = Sino ang puwedeng makakita ng inyong hiling?
consent-intro = Kayo ang magpapasya. Nakapili na ang pinakapribadong opsyon.
consent-hotline_only = Ang hotline lang
consent-hotline_only-desc = Ang team ng hotline lang ang babasa nito. Hindi nila ito ibinabahagi.
consent-may_refer_to_services = Ang hotline at mga serbisyong makakatulong
consent-may_refer_to_services-desc = Puwedeng ibahagi ito ng hotline sa mga shelter, doktor, o abogado, para matulungan kayo.
consent-may_involve_police = Ang hotline, mga serbisyo, at ang pulis
consent-may_involve_police-desc = Puwede ring sabihan ng hotline ang pulis.
consent-child-note = Dahil wala ka pang 18, baka kailangang sabihan ng hotline ang mga taong trabaho ang protektahan ang mga bata, para ligtas ka.

## Review and send

review-title = Suriin ang inyong hiling
review-intro = Ila-lock ang inyong hiling para ang hotline lang ang makabukas nito. Kapag naipadala na, wala nang makakabasa nito sa teleponong ito, kahit kayo.
review-not-answered = Hindi sinagot
review-change = Baguhin
review-needs = Tulong na kailangan
review-contact = Paano kayo makokontak
review-times = Ligtas na oras
review-more = Higit pa tungkol sa inyo
review-consent = Sino ang puwedeng makakita
submit = I-lock at ipadala sa hotline
submit-working = Nila-lock ang inyong hiling…
submit-done = Naka-lock na ang inyong hiling sa teleponong ito. Ipapadala ito kapag may internet.

## Status

status-title = Ang inyong mga hiling
status-intro = Dito ninyo makikita kung nasaan na ang bawat hiling.
status-empty = Wala pang hiling.
status-saved = Naka-save sa teleponong ito at naka-lock. Ipapadala ito kapag may internet.
status-sending = Ipinapadala na…
status-received = Natanggap na ito ng hotline. Sinuri namin ang kumpirmasyon ng hotline.
status-needs_attention = Kailangan ng inyong pansin ang hiling na ito.
status-attempts =
    { $count ->
        [one] Sinubukan nang { $count } beses
       *[other] Sinubukan nang { $count } beses
    }
status-hotline-received = Naghihintay na may magbasa nito sa hotline.
status-hotline-in_review = May nagbabasa na nito sa hotline.
status-hotline-answered = Kumilos na ang hotline dito.
status-hotline-closed = Isinara na ito ng hotline.
status-hotline-contact_planned = May taga-hotline na nagpaplano kung paano kayo ligtas na makokontak.
status-hotline-needs_interpreter = Naghahanap ang hotline ng taong nakakapagsalita ng inyong wika.
status-hotline-referred = Humingi na ang hotline ng tulong para sa inyo sa isang partner na organisasyon.
status-hotline-unknown = May balita ang hotline tungkol dito. I-update ang app kapag ligtas na, para makita ang higit pa.
status-replies = Mga mensahe mula sa hotline
status-reply-note = Sumulat din ang hotline (baka hindi sa inyong wika):
status-reply-unreadable = May dumating na mensahe na hindi nasuri ng app na ito, kaya hindi ito ipinapakita.
status-offline = Walang internet ngayon. Ligtas ang inyong mga hiling sa teleponong ito.
status-send-now = Ipadala ngayon
status-retry = Subukan ulit
status-check = Magtanong ng balita sa hotline
status-new = Magsimula ng bagong hiling

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Nabasa na namin ang inyong hiling. Kokontakin namin kayo sa paraang pinili ninyo.
reply-call_planned = Tatawagan namin kayo sa { $day }, sa pagitan ng { $from } at { $to } (oras sa inyong lugar).
reply-message_planned = Padadalhan namin kayo ng mensahe sa { $day }, sa pagitan ng { $from } at { $to } (oras sa inyong lugar).
reply-interpreter = Naghahanap kami ng interpreter na nakakapagsalita ng inyong wika. Kokontakin namin kayo sa lalong madaling panahon.
reply-referred = Humingi kami ng tulong sa isang partner na organisasyon na malapit sa inyo. Kokontakin nila kayo sa paraang pinili ninyo.
reply-call_us = Pakitawagan kami kapag ligtas para sa inyo. Kayo ang pipili ng oras.
reply-danger = Kung nasa panganib kayo ngayon, tawagan ang emergency number. Makikita ninyo ito sa app na ito.
reply-closed = Isinara na namin ang inyong hiling. Puwede kayong magpadala ng bago kahit kailan.
reply-unknown = Nagpadala ang hotline ng mensahe na hindi maipakita ng bersyong ito ng app. Paki-update ang app kapag ligtas na.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Sarado na ang iyong kahilingan. Sasabihin mo ba sa amin kung kumusta ang tulong? Tatlong maikling tanong. Puwede mong laktawan.
feedback-private = Ipinapadala ang iyong mga sagot nang walang kahilingan at walang pangalan mo. Kabuuang bilang lang ang nakikita ng hotline.
feedback-start = Sumagot
feedback-skip = Hindi, salamat
feedback-send = Ipadala ang mga sagot
feedback-q-helped = Natanggap mo ba ang tulong na kailangan mo?
feedback-q-safe = Ligtas ba ang pakiramdam mo nang kontakin ka namin?
feedback-q-recommend = Sasabihin mo ba sa isang kaibigan ang tungkol sa amin?
feedback-a-yes = Oo
feedback-a-partly = Medyo
feedback-a-no = Hindi
feedback-thanks = Salamat. Ipapadala ang iyong mga sagot.
feedback-declined = Sige. Hindi na kami magtatanong ulit.
feedback-failed = Hindi ito gumana. Pakisubukan muli.
problem-unknown_key = Kailangang i-update ang app na ito bago maipadala ang hiling na ito.
problem-conflict = May ibang hiling ang hotline na may parehong numero. Pakikontak ang hotline sa ibang paraan.
problem-malformed = Hindi nabasa ng hotline ang hiling na ito. Pakisimulan ang bagong hiling.
problem-too_large = Masyadong mahaba ang hiling na ito. Pakisimulan ang bago na may mas maikling mensahe.
problem-unsupported_media_type = Kailangang i-update ang app na ito bago maipadala ang hiling na ito.
problem-other = Tinanggihan ng network o ng hotline ang hiling na ito. Puwede kayong sumubok ulit, o gumamit ng ibang network.

## Several people on one device (outreach)

drafts-title = Mga hiling na hindi pa naipapadala
drafts-continue = Ituloy
drafts-delete = Burahin
drafts-none = Walang naghihintay.
review-reference = Hindi itatago ng taong ito ang teleponong ito: bigyan siya ng code
review-reference-hint = Sa code, mababasa niya ang mga sagot ng hotline sa kahit anong telepono na may app na ito. Ipapakita lang ng teleponong ito kung natanggap ng hotline ang hiling.
assisted-organisation-label = Ang inyong organisasyon (kayo, ang outreach worker)
assisted-hint = Makikita ng hotline na tinulungan ninyo ang taong ito, at kung kanino kayo nagtatrabaho.
assisted-channel-label = Paano kayo makokontak ng hotline (opsyonal)
reference-title = Ang code ng tao
reference-intro = Ibigay ang mga salitang ito sa tao. Sa mga ito, mababasa niya ang mga sagot ng hotline sa kahit anong telepono na may app na ito. Hindi isinusulat ng teleponong ito ang mga salita kahit saan, at kinalilimutan nito ang mga ito kapag nasa tao na.
reference-for-person = Sa inyo ang mga salitang ito. Sa mga ito, mababasa ninyo ang mga sagot ng hotline. Sa kahit anong telepono na may app na ito, buksan ang “{ $requests }”, pagkatapos ang “{ $check }”, at i-type ang mga salita o numero. Ingatan ninyo ang mga ito: kahit sinong may hawak nito ay makakabasa ng mga sagot.
reference-words = Ang mga salita
reference-digits = Ang parehong code sa mga numero
reference-request = Hiling { $number }
reference-done = Nasa tao na ang kanyang code
reference-again = Na-lock ang app habang ipinapakita ang code. Narito ulit ito: ibigay na ito sa tao ngayon.
status-check-reference = Tingnan ang code
check-reference-title = Tingnan ang code
check-reference-intro = I-type ang mga salita o numerong ibinigay sa inyo. Hindi itinatago ng teleponong ito ang mga ito, o ang mga sagot.
check-reference-no-hotline = Hindi pa nakakonekta sa isang hotline ang app na ito, kaya hindi nito matitingnan ang code dito. Pakisubukan sa ibang telepono na may app na ito.
check-reference-label = Mga salita o numero
check-reference-submit = Tingnan
check-reference-working = Tinitingnan. Baka tumagal ng ilang segundo…
check-reference-no-replies = Wala pang mensahe mula sa hotline.
check-reference-show-in = Ipakita sa { $language }
worker-title = Gawain sa outreach
worker-working-as = Nagtatrabaho kayo bilang: { $organisation }
worker-intro = Bawat taong tinutulungan ninyo ay sumasagot sa sarili niyang wika. Ang mga sagot niya ay lumalabas sa teleponong ito nang selyado, at may dala siyang code. Dito, ang numero at kalagayan lang ng bawat kahilingan ang natitira.
worker-new-person = Tumulong sa bagong tao
handover-title = Mga tanong para sa inyo lang
handover-worker = Ibigay na ngayon ang telepono sa tao. Siya lang ang sasagot sa mga susunod na tanong, at hindi ninyo makikita ang mga sagot niya.
handover-person = Ang mga susunod na tanong ay para sa inyo lang. Hindi makikita ng tumutulong sa inyo ang mga sagot ninyo.
handover-start = Magsimula
giveback-title = Salamat
giveback-intro = Selyado na ang mga sagot ninyo. Hindi ito makikita ng tumutulong sa inyo. Ibalik na ngayon ang telepono.
giveback-button = Ibalik ang telepono
review-private = Siya lang ang sumagot dito. Hindi ito ipinapakita.
review-assisted-as = Makikita ng hotline na tumulong kayo, bilang: { $organisation }
review-later = Hindi muna: itago sa “Mga hiling na hindi pa naipapadala”
review-hand-again = Ibigay ulit ang telepono sa tao
review-hand-again-hint = Gamitin ito kung gustong baguhin ng tao ang mga sinagot niya nang mag-isa, o kung may dapat ayusin doon. Makikita niya ulit ang “Sino ang puwedeng makakita” at pipili siya ulit.
review-private-fix = May dapat ayusin sa mga sinagot ng tao nang mag-isa. Siya lang ang makakapag-ayos nito: ibigay ulit sa kanya ang telepono.
age-given-back-worker = Kung papalitan ninyo ang edad papunta o mula sa “Wala pang 18”, dapat makita ulit ng tao ang “Sino ang puwedeng makakita”: ibibigay ninyo ulit sa kanya ang telepono.
age-reopened-worker = Binago ng edad ang pinili ng tao sa “Sino ang puwedeng makakita”. Ituloy: ibibigay ninyo ulit sa kanya ang telepono, at pipili siya ulit.
setup-worker = Outreach worker ako: tinutulungan ko ang ibang humingi ng tulong
setup-worker-hint = Makikita ng hotline ang inyong organisasyon sa bawat kahilingang tinutulungan ninyo.
worker-org-needed = Isulat ang pangalan ng inyong organisasyon, o patayin ang mode ng outreach worker.
settings-worker-title = Mode ng outreach worker
settings-worker-intro = Tulungan ang ibang magpadala ng kahilingan mula sa teleponong ito. Selyado ang mga sagot nila, at bawat isa ay may dalang code.
settings-worker-on = I-on
settings-worker-save = I-save ang mga pagbabago
settings-worker-off = I-off
settings-worker-saved = Tapos na. Naka-on ang mode ng outreach worker.
settings-worker-removed = Tapos na. Naka-off ang mode ng outreach worker.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Basahin nang malakas: { $text }
speak-stop = Itigil ang pagbasa
speak-no-voice = Walang boses para sa wikang ito sa teleponong ito.
speak-unavailable = Hindi gumagana ngayon ang pagbasa nang malakas sa teleponong ito.
speak-headphones = Gumamit ng headphones kung may taong malapit na puwedeng makarinig.

## Settings

settings-title = Settings
settings-language = Wika
settings-read-aloud = Basahin nang malakas ang bawat screen kapag nagbukas ito
settings-lock = I-lock ngayon
settings-less-protected = Mas kaunti ang proteksyon sa device na ito: walang ligtas na lalagyan ng susi dito, kaya ang sinumang kumopya ng mga file ng app ay maaaring subukang hulaan ang inyong PIN. Mas pinoprotektahan kayo ng mas mahabang PIN.
settings-duress-title = Emergency PIN
settings-duress-intro = Pangalawang PIN para kapag may pumilit sa inyong buksan ang app. Binubura nito ang lahat nang walang bakas.
settings-current-pin = Ang inyong PIN
settings-duress-save = I-save ang emergency PIN
settings-duress-remove = Alisin ang emergency PIN
settings-pin-title = Palitan ang inyong PIN
settings-new-pin = Bagong PIN (6 hanggang 12 numero)
settings-new-pin-again = I-type ulit ang bagong PIN
settings-pin-save = Palitan ang PIN
settings-pin-changed = Napalitan na ang inyong PIN. Mula ngayon, gamitin ang bagong PIN.
settings-duress-saved = Tapos na. Naka-save na ang inyong emergency PIN.
settings-duress-removed = Tapos na. Wala nang emergency PIN ngayon.
pin-wrong-left =
    { $count ->
        [one] Mali ang PIN na iyan. Kapag mali pa ang PIN nang { $count } beses, mabubura ang lahat ng nasa teleponong ito.
       *[other] Mali ang PIN na iyan. Kapag mali pa ang PIN nang { $count } beses, mabubura ang lahat ng nasa teleponong ito.
    }
settings-wipe-title = Burahin ang lahat
settings-wipe-intro = Buburahin nito ang lahat ng hiling at draft sa teleponong ito. Hindi na ito maibabalik. Mananatili sa hotline ang mga hiling na natanggap na nito.
settings-wipe-confirm = Oo, burahin ang lahat

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Nasa panganib ka ba ngayon?
danger-yes-child = Oo, nasa panganib ako
danger-no-child = Hindi, hindi ngayon
emergency-intro-child = Puwede mong tawagan ang mga numerong ito. Hindi mo kailangan ng internet.
emergency-call-trace-child = Nagtatabi ang telepono mo ng listahan ng mga tawag at mensahe. Kung nag-aalala kang may makakita nito, puwede mong burahin ang mga ito pagkatapos.
needs-title-child = Saan mo kailangan ng tulong?
needs-intro-child = Pindutin ang lahat ng totoo para sa iyo. Puwede mo itong laktawan.
need-legal_immigration-child = Tulong sa papeles o dokumento
need-labour_exploitation-child = May pumipilit sa akin na magtrabaho
need-sexual_exploitation-child = May pumipilit sa akin na gumawa ng mga sekswal na bagay
need-money_debt-child = May nagsasabing may utang ako sa kanila
need-going_home-child = Gusto kong umuwi o hanapin ang pamilya ko
need-child_at_risk-child = May ibang batang nasa panganib
urgency-title-child = Kailan mo kailangan ng tulong?
for-whom-title-child = Sino ang nangangailangan ng tulong?
for-whom-self-child = Ako
contact-title-child = Paano ka namin ligtas na makakausap?
contact-intro-child = Pumili ng paraang ligtas para sa iyo. Walang ibang dapat makakita nito.
times-title-child = Kailan ligtas na tawagan o i-message ka namin?
times-intro-child = Puwede mo itong laktawan. Kung gayon, mag-iingat kami nang husto.
voicemail-title-child = Puwede ba kaming mag-iwan ng voice message?
someone-else-title-child = Kung ibang tao ang sumagot, ano ang dapat naming gawin?
responder-title-child = Sino ang gusto mong makausap?
more-title-child = May iba pa ba?
more-intro-child = Hindi mo kailangang sumagot.
place-label-child = Nasaan ka? Sapat na ang pangalan ng bayan.
message-label-child = Sabihin mo sa amin kung ano ang nangyayari, kung gusto mo
consent-title-child = Sino ang puwedeng makabasa ng isinulat mo?
consent-intro-child = Ikaw ang pipili. Nakapili na ang pinakaligtas na opsyon.
consent-hotline_only-desc-child = Ang mga tagatulong lang sa hotline ang babasa nito. Ililihim nila ito.
consent-may_refer_to_services-desc-child = Puwedeng sabihan ng hotline ang mga taong nag-iingat sa kaligtasan ng mga bata, tulad ng doktor, ligtas na tahanan, o abogado.
consent-may_involve_police-desc-child = Puwede ring sabihan ng hotline ang pulis, para mapigilan nila ang mga taong nananakit sa iyo.
review-title-child = Tingnan ang mga sagot mo
review-intro-child = Kapag ipinadala mo ito, ila-lock ito. Ang hotline lang ang makakabukas nito. Walang makakabasa nito sa teleponong ito, kahit ikaw.
submit-done-child = Naka-lock na ang mensahe mo sa teleponong ito. Ipapadala ito kapag may internet.
handover-title-child = Mga tanong para sa iyo lang
handover-person-child = Ikaw lang ang sasagot sa mga susunod na tanong. Hindi makikita ng tumutulong sa iyo ang sasabihin mo.
giveback-intro-child = Naka-lock na ang mga sagot mo. Hindi ito makikita ng tumutulong sa iyo. Ibalik mo na ngayon ang telepono sa tumutulong sa iyo.
reference-for-person-child = Para sa iyo lang ang mga salitang ito. Sa mga ito, mababasa mo ang isinulat ng hotline para sa iyo. Sa kahit anong telepono na may app na ito, pindutin ang “{ $requests }”, pagkatapos ang “{ $check }”, at i-type ang mga salita o numero. Ilihim mo ang mga ito: kahit sinong may hawak nito ay makakabasa ng mga sagot.

## Errors (codes come from the app's core)

error-wrong_pin = Mali ang PIN na iyan.
error-locked = Pakibuksan muna ang app gamit ang inyong PIN.
error-no_hotline = Hindi pa nakakonekta sa isang hotline ang app na ito. Naka-save ang inyong draft.
error-invalid = May mga sagot na kailangang baguhin. Pakitingnan ang mga tanong na may marka.
error-pin_too_short = Ang PIN ay may 6 hanggang 12 numero.
error-duress_same_as_pin = Dapat iba ang emergency PIN sa inyong PIN.
error-worker_drafts_open = Nananatiling naka-on ang mode ng outreach worker habang may mga hiling ng mga taong tinutulungan ninyo na hindi pa naipapadala. Pakipadala ang mga ito, o burahin sa “Mga hiling na hindi pa naipapadala”, saka ito i-off.
error-already_set_up = Naka-set up na ang app na ito.
error-not_found = Hindi ito nakita. Baka nabura na ito.
error-internal = May nangyaring mali. Ligtas ang inyong mga naka-save na hiling. Pakisubukan ulit.
error-not_set_up = Hindi pa naka-set up ang app na ito. Pakipili muna ng PIN.
error-busy = Nagpapadala pa ang app. Pakisubukan ulit maya-maya.
error-status_unavailable = Hindi matanong ang hotline ngayon. Ligtas ang inyong hiling. Pakisubukan ulit mamaya.
error-malformed = May mga sagot na hindi mabasa. Pakitingnan ang mga ito at subukan ulit.
error-too_large = Masyadong mahaba ito para ipadala. Pakipaikliin ang inyong mensahe.
error-unsupported_version = Kailangang i-update ang app na ito.
error-profile = Hindi tama ang mga detalye ng hotline sa app na ito. Naka-save ang inyong draft. Pakikuha ng bagong bersyon ng app.
error-sync_client = Hindi makakonekta nang ligtas ang app ngayon. Naka-save ang inyong hiling at ipapadala ito mamaya.
error-already_exists = Naka-save na ito.
error-empty_pin = Pakilagay ang inyong PIN.
error-invalid_kdf_params = Hindi tama ang mga setting ng app na ito. Pakikuha ng bagong bersyon ng app.
error-device_secret_unavailable = Hindi maabot ng app ang ligtas na lalagyan ng teleponong ito. Paki-restart ang telepono at subukan ulit.
error-envelope = Hindi ma-lock ang inyong hiling para sa hotline. Naka-save pa rin ito bilang draft.
error-receipt_mismatch = Hindi masuri ang sagot ng hotline. Ipapadala ulit ang inyong hiling.
error-corrupt = Sira ang naka-save na data ng app. Hindi ito mabubuksan.
error-io = Hindi ito ma-save ng telepono. Baka puno na ito. Pakibakante ang kaunting espasyo at subukan ulit.
error-database = Hindi mabasa o ma-save ng app ang data nito. Ligtas ang inyong mga naka-save na hiling. Pakisubukan ulit.
error-pin_too_long = Ang PIN ay may 6 hanggang 12 numero.
error-pin_not_digits = Ang PIN ay mga numero lang.
error-reference_word_count = May 9 na salita ang code. Tingnan kung na-type ninyo lahat.
error-reference_unknown_word = Mali ang isa sa mga salita. Tingnan ang baybay.
check-reference-wrong-word = Mali ang salita bilang { $number }. Tingnan ang baybay nito.
error-reference_digits = May 22 numero ang code. Tingnan kung na-type ninyo lahat.
error-reference_check = May isang salita o numerong mali. Tingnan ang bawat isa at subukan ulit.
error-reference_not_found = Wala pang hiling ang hotline na may ganitong code. Kung ipinadala ito mula sa teleponong walang internet, darating ito kapag may internet na ulit ang teleponong iyon: pakisubukan ulit mamaya. Kung hindi pa rin ito makita, tingnan ang bawat salita o numero.
field-error-empty = Pakisagutan ito, o laktawan ang tanong.
field-error-not_trimmed = Pakialis ang mga espasyo sa simula o sa dulo.
field-error-too_long = Masyadong mahaba. Hanggang { $max } letra lang.
field-error-too_many_bytes = Masyadong mahaba.
field-error-too_many = Sobra ang dami. Hanggang { $max } lang.
field-error-duplicate = Dalawang beses itong nasa listahan.
field-error-control_characters = May mga character ito na hindi puwedeng gamitin.
field-error-invalid_phone = Mukhang mali ang numero ng teleponong ito. Magsimula sa + at sa country code.
field-error-invalid_region = Hindi kilala ang bansang ito.
field-error-invalid_email = Mukhang mali ang email address na ito.
field-error-invalid_language = Hindi kilala ang wikang ito.
field-error-invalid_time_zone = Hindi kilala ang time zone na ito.
field-error-invalid_time = Pakipili ng oras ng simula at oras ng pagtatapos na magkaiba.
field-error-no_contact_method = Pakipili ng kahit isang paraan para makontak kayo. Sapat na ang "Titingnan ko ang sagot sa app na ito".
field-error-unsupported_version = Kailangang i-update ang app na ito.
