## Reach — Twi (Twi)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Twi
# The language's name in English, for the language search.
-locale-english = Twi (Akan)
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Akontaabuo
quick-exit = Fi mu ntɛm
quick-exit-hint = Ɛde app yi sie ntɛm ara
back = San w'akyi
next = Ɛdi hɔ
skip = Twa eyi mu
save = Sie
cancel = Gyae
close = To mu
done = Awie
optional = sɛ wopɛ a
step-of = Anammɔn { $current } wɔ { $total } mu
saved-locked = Wɔde asie na wɔato mu wɔ fon yi so

## Calculator (the app's disguise)

calc-label = Akontaabuo
calc-display-label = Mmuaeɛ
calc-clear = C
calc-equals = =
calc-error = Mfomsoɔ

## First use: a private PIN

setup-title = Ma app yi nyɛ wo nko ara dea
setup-intro = Paw nɔma a ɛyɛ kokoam (PIN). Ɛsɛ sɛ wo nko ara na wunim.
setup-how = Sɛ wopɛ sɛ wobue app yi akyiri a, kyerɛw wo PIN wɔ akontaabuo no so, na mia =.
setup-pin-label = Wo PIN (nɔma 6 kɔsi 12)
setup-pin-repeat-label = San kyerɛw wo PIN bio
setup-duress-title = Ntɛm PIN (wobɛtumi atwa eyi mu)
setup-duress-intro = Sɛ obi hyɛ wo sɛ bue app yi a, kyerɛw PIN foforɔ yi mmom. App no bɛyɛ sɛ hwee nni mu, na biribiara a ɛwɔ mu no bɛpepa a sɛnkyerɛnne biara nni hɔ.
setup-duress-label = Ntɛm PIN
setup-submit = Sie me PIN
setup-mismatch = PIN mmienu no nyɛ pɛ. Mesrɛ wo, san bɔ mmɔden bio.

## Language

lang-title = Paw wo kasa
lang-intro = Wobɛtumi asesa akyiri yi wɔ Nhyehyɛeɛ mu.
lang-search-label = Hwehwɛ wo kasa
lang-search-hint = Kyerɛw wo kasa din, wɔ kasa biara mu
lang-search-none = Kasa biara nhyia eyi. Sɔ hwɛ nkyerɛwde kakra.
lang-yours = Kasa a ɛwɔ fon yi so
lang-all = Kasa nyinaa
lang-load-failed = Kasa yi antumi ammue, enti app no da adi wɔ Borɔfo kasa mu.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Wadi mfeɛ sɛn?
age-intro = Wobɛtumi atwa eyi mu. Sɛ wonnii mfeɛ 18 a, app no de nsɛmfua a ɛnyɛ den bɛdi dwuma, na ɛbɛkyerɛ wo mmoa a ɛwɔ hɔ ma mmofra.
age-under_18 = Ɛnnuru 18
age-18_to_25 = 18 kɔsi 25
age-26_to_59 = 26 kɔsi 59
age-60_plus = 60 anaa ɛboro saa

## Danger check and emergency numbers

danger-title = Wowɔ asiane mu seesei?
danger-yes = Aane, mewɔ asiane mu seesei
danger-no = Daabi, ɛnyɛ seesei
emergency-title = Ntɛm mmoa nɔma
emergency-intro = Wobɛtumi afrɛ nɔma yi a intanɛt nni hɔ.
emergency-country-label = Wo man
emergency-police = Polisifoɔ ne ntɛm mmoa
emergency-hotline = Mmoa ma nnipa a wɔatɔn wɔn anaa wɔhyɛ wɔn ma wɔyɛ adwuma
emergency-children = Mmoa ma mmofra ne mmabunu
emergency-call = Frɛ { $number }
emergency-source = Ɛfiri: { $source }
emergency-checked = Wɔhwɛeɛ: { $date }
emergency-not-checked = Wɔnnya nhwɛɛ mu bio. Sɛ nɔma no anyɛ adwuma a, frɛ ntɛm mmoa nɔma.
emergency-call-trace = Fon frɛ ne nkra a wɔakyerɛw no tena wo fon no so wɔ nhyehyɛeɛ mu. Sɛ obi hwehwɛ wo fon mu a, wobɛtumi apepa akyire yi.
emergency-none = Yɛnni ɔman yi nɔma ɛ. Sɛ wowɔ asiane mu a, frɛ ntɛm mmoa nɔma a ɛwɔ wo mpɔtam hɔ.
emergency-continue = Toa so na srɛ mmoa

## What help is needed

needs-title = Mmoa bɛn na wohia?
needs-intro = Paw deɛ ɛfa wo ho nyinaa. Wobɛtumi atwa eyi mu.
need-safety_now = Sɛ mɛnya ahobammɔ seesei
need-shelter = Baabi a ahobammɔ wɔ a mɛtena
need-medical = Dɔkota anaa aduro
need-legal_immigration = Mmoa wɔ krataa, visa anaa mmara ho
need-labour_exploitation = Ɔhaw wɔ adwuma mu anaa wɔntua me ka
need-sexual_exploitation = Wɔhyɛ me ma me ne obi da
need-child_at_risk = Abofra bi wɔ asiane mu
need-money_debt = Sika anaa ka
need-going_home = Sɛ mɛsan akɔ fie anaa mɛhwehwɛ m'abusua
need-interpreter = Obi a ɔka me kasa
need-other = Biribi foforɔ
urgency-title = Ɛberɛ bɛn na wohia mmoa?
urgency-now = Seesei
urgency-today = Ɛnnɛ
urgency-this_week = Nnawɔtwe yi
urgency-not_urgent = Ɛbɛtumi atwɛn
for-whom-title = Hwan na abisadeɛ yi yɛ ne dea?
for-whom-self = Ɛyɛ me dea
for-whom-someone_else = Ɛyɛ obi foforɔ dea
for-whom-assisted_by_outreach = Meyɛ dwumayɛfoɔ a mema nnipa mmoa, na meboa obi

## Safe contact

contact-title = Ɔkwan bɛn so na mmoafoɔ no bɛtumi ne wo adi nkitaho a asiane nni mu?
contact-intro = Paw ɔkwan baako, anaa deɛ ɛboro saa. Paw akwan a asiane nni mu ma wo nko ara.
contact-call = Fon frɛ
contact-sms = Nkra a wɔakyerɛw (SMS)
contact-messaging_app = App a wɔde soma nkra
contact-email = Email
contact-in_person_via_outreach = Anim ne anim, denam dwumayɛfoɔ a ɔboa nnipa so
contact-check_back_in_app = Mɛhwɛ mmuaeɛ wɔ app yi mu
contact-phone-label = Fon nɔma, ne ɔman nɔma (sɛ nhwɛsoɔ +233…)
contact-app-label = App bɛn? (sɛ nhwɛsoɔ WhatsApp, Signal)
contact-handle-label = Wo din anaa wo nɔma wɔ saa app no mu
contact-email-label = Email address
times-title = Ɛberɛ bɛn na asiane nni mu sɛ wɔne wo bɛkasa?
times-intro = Wobɛtumi atwa eyi mu. Ɛno de, mmoafoɔ no bɛhwɛ yiye kɛse.
times-add = Fa ɛberɛ a asiane nni mu ka ho
times-remove = Yi ɛberɛ yi firi hɔ
times-from = Firi
times-to = Kɔsi
times-days = Nna
times-any-day = Da biara
times-zone = Mpɔtam berɛ
weekday-mon = Dwoada
weekday-tue = Benada
weekday-wed = Wukuada
weekday-thu = Yawoada
weekday-fri = Fiada
weekday-sat = Memeneda
weekday-sun = Kwasiada
voicemail-title = Mmoafoɔ no bɛtumi agyaw nne nkra?
voicemail-yes = Aane, nne nkra nni asiane
voicemail-no = Daabi, mempɛ nne nkra biara da
voicemail-unsaid = Sɛ wannye so a, mmoafoɔ no rennyaw nkra biara.
code-word-label = Kokoam asɛmfua
code-word-hint = Mmoafoɔ no bɛka asɛmfua yi, sɛdeɛ wobɛhunu sɛ ɛyɛ wɔn ampa.
someone-else-title = Sɛ obi foforɔ gye so a, ɛsɛ sɛ mmoafoɔ no…
someone-else-hang_up = Twa fon no mu
someone-else-say_wrong_number = Ka sɛ wɔfrɛɛ nɔma a ɛnyɛ ɛno
someone-else-ask_for_code_word = Bisa kokoam asɛmfua no
someone-else-other = Biribi foforɔ
someone-else-other-label = Ɛdeɛn na ɛsɛ sɛ wɔyɛ?
responder-title = Hwan na wopɛ sɛ wo ne no kasa?
responder-woman = Ɔbaa
responder-man = Ɔbarima
responder-any_gender = Obiara yɛ
responder-language-label = Kasa a wopɛ sɛ wɔde bua wo

## More (all optional)

more-title = Kakra bio fa wo ho
more-intro = Wonhia sɛ wobua eyi nyinaa. Sɛ wopɛ a nko ara.
place-label = Wowɔ he? Kuro anaa mpɔtam bi to.
place-hint = Ka deɛ wopɛ nko ara. App yi mfa baabi a wowɔ da.
message-label = Wo nkra
message-hint = Wobɛtumi akyerɛw wɔ kasa biara mu.
message-left =
    { $count ->
        [one] Nkyerɛwde { $count } na aka
       *[other] Nkyerɛwde { $count } na aka
    }

## Consent

consent-title = Hwan na ɔbɛtumi ahu w'abisadeɛ?
consent-intro = Wo na wosi gyinaeɛ. Wɔapaw deɛ ɛyɛ kokoam sene biara dada.
consent-hotline_only = Mmoafoɔ no nko ara
consent-hotline_only-desc = Mmoafoɔ kuo no nko ara na wɔkenkan. Wɔmfa nkyɛ obiara.
consent-may_refer_to_services = Mmoafoɔ no ne wɔn a wɔbɛtumi aboa
consent-may_refer_to_services-desc = Mmoafoɔ no bɛtumi de akyerɛ baabi a wɔhwɛ nnipa so, dɔkotafoɔ anaa mmaranimfoɔ, na wɔaboa wo.
consent-may_involve_police = Mmoafoɔ no, wɔn a wɔboa, ne polisifoɔ
consent-may_involve_police-desc = Mmoafoɔ no bɛtumi aka akyerɛ polisifoɔ nso.
consent-child-note = Esiane sɛ wonnii mfeɛ 18 nti, ebia ɛbɛsɛ sɛ mmoafoɔ no ka kyerɛ nnipa a wɔn adwuma ne sɛ wɔbɔ mmofra ho ban, sɛdeɛ ɛbɛyɛ a wobɛnya ahobammɔ.

## Review and send

review-title = Hwɛ w'abisadeɛ
review-intro = Wɔbɛto w'abisadeɛ mu sɛdeɛ mmoafoɔ no nko ara na wɔbɛtumi abue. Sɛ wosoma wie a, obiara rentumi nkenkan wɔ fon yi so, wo mpo.
review-not-answered = Wommuaeɛ
review-change = Sesa
review-needs = Mmoa a wohia
review-contact = Sɛdeɛ wɔbɛnya wo
review-times = Ɛberɛ a asiane nni mu
review-more = Wo ho nsɛm bio
review-consent = Hwan na ɔbɛtumi ahu
submit = To mu na soma kɔ mmoafoɔ no nkyɛn
submit-working = Yɛreto w'abisadeɛ mu…
submit-done = Wɔato w'abisadeɛ mu wɔ fon yi so. Wɔbɛsoma bere a intanɛt wɔ hɔ.

## Status

status-title = W'abisadeɛ
status-intro = Ha na wobɛhunu baabi a abisadeɛ biara du.
status-empty = Abisadeɛ biara nni hɔ ɛ.
status-saved = Wɔde asie wɔ fon yi so na wɔato mu. Wɔbɛsoma bere a intanɛt wɔ hɔ.
status-sending = Yɛresoma seesei…
status-received = Mmoafoɔ no anya. Yɛahwɛ adansedeɛ a mmoafoɔ no de mae.
status-needs_attention = Abisadeɛ yi hia w'adwene.
status-attempts =
    { $count ->
        [one] Wɔasɔ ahwɛ mprɛ { $count }
       *[other] Wɔasɔ ahwɛ mprɛ { $count }
    }
status-hotline-received = Ɛretwɛn sɛ obi a ɔwɔ mmoafoɔ no mu bɛkenkan.
status-hotline-in_review = Obi a ɔwɔ mmoafoɔ no mu rekenkan.
status-hotline-answered = Mmoafoɔ no ayɛ ho biribi.
status-hotline-closed = Mmoafoɔ no ato mu.
status-hotline-contact_planned = Obi a ɔwɔ mmoafoɔ no mu rehyehyɛ sɛdeɛ ɔbɛne wo adi nkitaho a asiane nni mu.
status-hotline-needs_interpreter = Mmoafoɔ no rehwehwɛ obi a ɔka wo kasa.
status-hotline-referred = Mmoafoɔ no abisa kuo foforɔ a wɔne wɔn yɛ adwuma sɛ wɔmmoa wo.
status-hotline-unknown = Mmoafoɔ no wɔ ho asɛm. Yɛ app no foforɔ bere a asiane nni mu na woahu pii.
status-replies = Nkra a ɛfiri mmoafoɔ no hɔ
status-reply-note = Mmoafoɔ no kyerɛw nso (ebia ɛnyɛ wo kasa mu):
status-reply-unreadable = Nkra bi baeɛ a app yi antumi anhwɛ mu, enti wɔnkyerɛ.
status-offline = Intanɛt nni hɔ seesei. W'abisadeɛ wɔ fon yi so a asiane nni mu.
status-send-now = Soma seesei
status-retry = Sɔ hwɛ bio
status-check = Bisa mmoafoɔ no asɛm foforɔ
status-new = Fi abisadeɛ foforɔ ase

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Yɛakenkan w'abisadeɛ. Yɛbɛfa ɔkwan a wopawee no so ne wo adi nkitaho.
reply-call_planned = Yɛbɛfrɛ wo { $day } wɔ { $from } ne { $to } ntam (wo berɛ).
reply-message_planned = Yɛbɛsoma wo nkra { $day } wɔ { $from } ne { $to } ntam (wo berɛ).
reply-interpreter = Yɛrehwehwɛ kasamufoɔ a ɔka wo kasa. Yɛbɛne wo adi nkitaho ntɛm.
reply-referred = Yɛabisa kuo bi a ɛbɛn wo a yɛne wɔn yɛ adwuma sɛ wɔmmoa wo. Wɔbɛfa ɔkwan a wopawee no so ne wo adi nkitaho.
reply-call_us = Mesrɛ wo, frɛ yɛn bere a asiane nni mu ma wo. Wo na wopaw berɛ no.
reply-danger = Sɛ wowɔ asiane mu seesei a, frɛ ntɛm mmoa nɔma. Wobɛhunu wɔ app yi mu.
reply-closed = Yɛato w'abisadeɛ mu. Wobɛtumi asoma foforɔ berɛ biara.
reply-unknown = Mmoafoɔ no somaa nkra a app yi fa yi ntumi nkyerɛ. Mesrɛ wo, yɛ app no foforɔ bere a asiane nni mu.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Wɔato w'abisadeɛ mu. Wobɛka akyerɛ yɛn sɛdeɛ mmoa no kɔeɛ? Nsɛmmisa tiawa mmiɛnsa. Wobɛtumi atwa mu.
feedback-private = Wɔsoma wo mmuaeɛ a w'abisadeɛ anaa wo din nka ho. Mmoafoɔ no hunu dodoɔ no nyinaa nko ara.
feedback-start = Bua
feedback-skip = Daabi, meda wo ase
feedback-send = Soma mmuaeɛ
feedback-q-helped = Wonyaa mmoa a na wohia no?
feedback-q-safe = Wotee sɛ asiane nni mu bere a yɛne wo dii nkitaho no?
feedback-q-recommend = Wobɛka yɛn ho asɛm akyerɛ wo adamfo?
feedback-a-yes = Aane
feedback-a-partly = Kakra
feedback-a-no = Daabi
feedback-thanks = Meda wo ase. Wɔbɛsoma wo mmuaeɛ.
feedback-declined = Ɛyɛ. Yɛrenbisa bio.
feedback-failed = Ɛno anyɛ yie. Mesrɛ wo, sɔ hwɛ bio.
problem-unknown_key = Ɛsɛ sɛ wɔyɛ app yi foforɔ ansa na wɔasoma abisadeɛ yi.
problem-conflict = Mmoafoɔ no wɔ abisadeɛ foforɔ a ɛwɔ nɔma korɔ no ara. Mesrɛ wo, fa ɔkwan foforɔ so ne mmoafoɔ no di nkitaho.
problem-malformed = Mmoafoɔ no antumi ankenkan abisadeɛ yi. Mesrɛ wo, fi abisadeɛ foforɔ ase.
problem-too_large = Abisadeɛ yi ware dodo. Mesrɛ wo, fi foforɔ ase na ma nkra no nyɛ tiawa.
problem-unsupported_media_type = Ɛsɛ sɛ wɔyɛ app yi foforɔ ansa na wɔasoma abisadeɛ yi.
problem-other = Network no anaa mmoafoɔ no ampene abisadeɛ yi so. Wobɛtumi asɔ ahwɛ bio, anaa sɔ network foforɔ hwɛ.

## Several people on one device (outreach)

drafts-title = Abisadeɛ a wɔnsomaeɛ
drafts-continue = Toa so
drafts-delete = Pepa
drafts-none = Biribiara nni hɔ a ɛretwɛn.
review-reference = Saa onipa yi remfa saa fon yi nkɔ: ma no kood
review-reference-hint = Kood no nti, obetumi akenkan mmoafoɔ no mmuaeɛ wɔ fon biara a saa app yi wɔ so. Saa fon yi bɛkyerɛ nko ara sɛ mmoafoɔ no anya abisadeɛ no anaa.
assisted-organisation-label = Adwumakuo a wowɔ mu (wo, dwumayɛfoɔ a ɔboa nnipa)
assisted-hint = Mmoafoɔ no bɛhunu sɛ woboaa onipa yi, ne wɔn a wo ne wɔn yɛ adwuma.
assisted-channel-label = Ɔkwan a mmoafoɔ no bɛfa so ne wo adi nkitaho (sɛ wopɛ a)
reference-title = Onipa no kood
reference-intro = Ma onipa no saa nsɛmfua yi. Ɛnam wɔn so, obetumi akenkan mmoafoɔ no mmuaeɛ wɔ fon biara a saa app yi wɔ so. Saa fon yi nkyerɛw wɔn ngu baabiara, na sɛ onipa no nya wɔn a, ne werɛ fi wɔn.
reference-for-person = Saa nsɛmfua yi yɛ wo dea. Ɛnam wɔn so, wobɛtumi akenkan mmoafoɔ no mmuaeɛ. Wɔ fon biara a saa app yi wɔ so no, bue “{ $requests }”, afei bue “{ $check }”, na kyerɛw nsɛmfua no anaa nɔma no. Sie wɔn yie: obiara a onim wɔn betumi akenkan mmuaeɛ no.
reference-words = Nsɛmfua no
reference-digits = Kood koro no ara wɔ nɔma mu
reference-request = Abisadeɛ { $number }
reference-done = Onipa no wɔ ne kood
reference-again = Wɔtoo app no mu berɛ a na kood no da adi. Ɛno nie bio: fa ma onipa no seesei.
status-check-reference = Hwɛ kood
check-reference-title = Hwɛ kood
check-reference-intro = Kyerɛw nsɛmfua anaa nɔma a wɔde maa wo no. Saa fon yi nkora so, ɛnkora mmuaeɛ no nso so.
check-reference-no-hotline = Wɔmfaa app yi nka mmoafoɔ biara ho ɛ, enti ɛntumi nhwɛ kood wɔ ha. Mesrɛ wo, sɔ hwɛ wɔ fon foforɔ a app yi wɔ so.
check-reference-label = Nsɛmfua anaa nɔma
check-reference-submit = Hwɛ
check-reference-working = Yɛrehwɛ. Ebetumi agye simma kakra…
check-reference-no-replies = Nkra biara mfiri mmoafoɔ no hɔ mmaeɛ.
check-reference-show-in = Kyerɛ wɔ { $language } mu
worker-title = Adwuma a wɔkɔ nnipa nkyɛn
worker-working-as = Woyɛ adwuma sɛ: { $organisation }
worker-intro = Obiara a woboa no bua wɔ ne kasa mu. Ne mmuae fi fon yi so kɔ a wɔato mu, na onipa no de kood kɔ. Ɛha de, abisade biara nɔma ne ne tebea nko ara na ɛka.
worker-new-person = Boa onipa foforo
handover-title = Nsɛmmisa ma wo nko ara
handover-worker = Afei de fon no ma onipa no. Ɔno nko ara na ɔbɛbua nsɛmmisa a ɛdi so no, na worenhu ne mmuae.
handover-person = Nsɛmmisa a ɛdi so no yɛ wo nko ara dea. Obi a ɔreboa wo no renhu wo mmuae.
handover-start = Fi ase
giveback-title = Medaase
giveback-intro = Wɔato wo mmuae mu. Obi a ɔreboa wo no ntumi nhu. Afei de fon no san ma no.
giveback-button = De fon no san ma
review-private = Onipa no nko ara na ɔbuaa yei. Wɔnkyerɛ.
review-assisted-as = Mmoa lain no bɛhu sɛ woboae, sɛ: { $organisation }
review-later = Ɛnyɛ seesei: fa sie wɔ “Abisadeɛ a wɔnsomaeɛ” mu
review-hand-again = De fon no ma onipa no bio
review-hand-again-hint = Fa yei di dwuma sɛ onipa no pɛ sɛ ɔsesa deɛ ɔno nko ara buaeɛ, anaa sɛ biribi wɔ hɔ a ɛsɛ sɛ wɔsiesie a. Ɔbɛhunu “Hwan na ɔbɛtumi ahu” bio, na ɔbɛpaw bio.
review-private-fix = Biribi wɔ deɛ onipa no nko ara buaeɛ mu a ɛsɛ sɛ wɔsiesie. Ɔno nko ara na ɔbɛtumi asiesie: de fon no ma no bio.
age-given-back-worker = Sɛ wosesa mfeɛ no kɔ “Ɛnnuru 18” so anaa wofiri “Ɛnnuru 18” so a, ɛsɛ sɛ onipa no hunu “Hwan na ɔbɛtumi ahu” bio: wobɛde fon no ama no bio.
age-reopened-worker = Mfeɛ no asesa deɛ onipa no apaw wɔ “Hwan na ɔbɛtumi ahu” mu. Toa so: wobɛde fon no ama no bio, na ɔbɛpaw bio.
setup-worker = Meyɛ dwumayɛfoɔ a ɔboa nnipa: meboa afoforo ma wɔbisa mmoa
setup-worker-hint = Mmoa lain no bɛhu wo adwumakuo wɔ abisade biara a woboa mu.
worker-org-needed = Kyerɛw wo ahyehyɛde no din, anaa dum adwumayɛni a ɔkɔ mfikyiri no kwan no.
settings-worker-title = Dwumayɛfoɔ kwan
settings-worker-intro = Boa afoforo ma wɔmfa fon yi nsoma abisade. Wɔto wɔn mmuae mu, na obiara de kood kɔ.
settings-worker-on = Sɔ
settings-worker-save = Sie nsakrae no
settings-worker-off = Dum
settings-worker-saved = Awie. Dwumayɛfoɔ kwan no asɔ.
settings-worker-removed = Awie. Dwumayɛfoɔ kwan no adum.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Kenkan no dennen: { $text }
speak-stop = Gyae kenkan
speak-no-voice = Nne biara nni fon yi so ma kasa yi.
speak-unavailable = Seesei, kenkan dennen nyɛ adwuma wɔ fon yi so.
speak-headphones = Sɛ obi a ɔbɛn wo bɛtumi ate a, fa headphone tie.

## Settings

settings-title = Nhyehyɛeɛ
settings-language = Kasa
settings-read-aloud = Kenkan skrin biara dennen bere a ɛbue
settings-lock = To mu seesei
settings-less-protected = Ahobammɔ sua wɔ afidie yi so: baabi a wɔde safoa sie yie nni ha, enti obiara a ɔbɛyɛ app no fael ho mfonini bɛtumi asɔ ahwɛ sɛ ɔbɛbɔ wo PIN no ho nkontomma. PIN a ɛware bɔ wo ho ban yie sene.
settings-duress-title = Ntɛm PIN
settings-duress-intro = PIN a ɛtɔ so mmienu, ma bere a obi hyɛ wo sɛ bue app no. Ɛpepa biribiara a sɛnkyerɛnne biara nni hɔ.
settings-current-pin = Wo PIN
settings-duress-save = Sie ntɛm PIN
settings-duress-remove = Yi ntɛm PIN firi hɔ
settings-pin-title = Sesa wo PIN
settings-new-pin = PIN foforɔ (nɔma 6 kɔsi 12)
settings-new-pin-again = PIN foforɔ bio
settings-pin-save = Sesa PIN
settings-pin-changed = Wɔasesa wo PIN. Firi seesei, fa PIN foforɔ no di dwuma.
settings-duress-saved = Awie. Wɔde wo ntɛm PIN asie.
settings-duress-removed = Awie. Ntɛm PIN biara nni hɔ seesei.
pin-wrong-left =
    { $count ->
        [one] PIN no nyɛ papa. Sɛ wokyerɛw PIN a ɛnyɛ papa mprɛ { $count } bio a, wɔbɛpepa biribiara a ɛwɔ fon yi so.
       *[other] PIN no nyɛ papa. Sɛ wokyerɛw PIN a ɛnyɛ papa mprɛ { $count } bio a, wɔbɛpepa biribiara a ɛwɔ fon yi so.
    }
settings-wipe-title = Pepa biribiara
settings-wipe-intro = Eyi pepa abisadeɛ ne nkyerɛwee a wɔnsomaeɛ nyinaa a ɛwɔ fon yi so. Wɔrentumi nsan mfa mma. Abisadeɛ a mmoafoɔ no anya dada no tena mmoafoɔ no hɔ.
settings-wipe-confirm = Aane, pepa biribiara

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Wowɔ asiane mu seesei?
danger-yes-child = Aane, mewɔ asiane mu
danger-no-child = Daabi, ɛnyɛ seesei
emergency-intro-child = Wobɛtumi afrɛ nɔma yi. Wonhia intanɛt.
emergency-call-trace-child = Wo fon kae fon frɛ ne nkra. Sɛ wosuro sɛ obi bɛhu a, wobɛtumi apepa akyire yi.
needs-title-child = Dɛn ho na wohia mmoa?
needs-intro-child = Mia deɛ ɛyɛ nokorɛ ma wo nyinaa so. Wobɛtumi atwa eyi mu.
need-legal_immigration-child = Mmoa wɔ krataa ho
need-labour_exploitation-child = Obi hyɛ me ma meyɛ adwuma
need-sexual_exploitation-child = Obi hyɛ me ma meyɛ nna ho nneɛma
need-money_debt-child = Obi se mede no ka
need-going_home-child = Mepɛ sɛ mesan kɔ fie anaa mehwehwɛ m'abusua
need-child_at_risk-child = Abofra foforɔ wɔ asiane mu
urgency-title-child = Ɛberɛ bɛn na wohia mmoa?
for-whom-title-child = Hwan na ɔhia mmoa?
for-whom-self-child = Me
contact-title-child = Ɔkwan bɛn so na yɛbɛtumi ne wo akasa a asiane nni mu?
contact-intro-child = Paw ɔkwan a asiane nni mu ma wo. Ɛnsɛ sɛ obi foforɔ hu.
times-title-child = Ɛberɛ bɛn na asiane nni mu sɛ yɛbɛfrɛ wo anaa yɛbɛkyerɛw wo?
times-intro-child = Wobɛtumi atwa eyi mu. Ɛno de, yɛbɛhwɛ yiye paa.
voicemail-title-child = Yɛbɛtumi agyaw nne nkra?
someone-else-title-child = Sɛ obi foforɔ gye so a, ɛdeɛn na yɛnyɛ?
responder-title-child = Hwan na wopɛ sɛ wo ne no kasa?
more-title-child = Biribi foforɔ wɔ hɔ?
more-intro-child = Wonhia sɛ wobua.
place-label-child = Wowɔ he? Kuro no din to.
message-label-child = Ka deɛ ɛrekɔ so kyerɛ yɛn, sɛ wopɛ a
consent-title-child = Hwan na ɔbɛtumi akenkan deɛ wokyerɛweeɛ?
consent-intro-child = Wo na wopaw. Wɔapaw deɛ asiane nni mu koraa dada.
consent-hotline_only-desc-child = Mmoafoɔ no nko ara na wɔkenkan. Wɔde sie kokoam.
consent-may_refer_to_services-desc-child = Mmoafoɔ no bɛtumi aka akyerɛ nnipa a wɔbɔ mmofra ho ban, te sɛ dɔkota, fie a asiane nni mu anaa mmaranimfoɔ.
consent-may_involve_police-desc-child = Mmoafoɔ no bɛtumi aka akyerɛ polisifoɔ nso, na wɔasi nnipa a wɔyɛ wo yea no kwan.
review-title-child = Hwɛ wo mmuaeɛ
review-intro-child = Sɛ wosoma eyi a, wɔto mu. Mmoafoɔ no nko ara na wɔbɛtumi abue. Obiara rentumi nkenkan wɔ fon yi so, wo mpo.
submit-done-child = Wɔato wo nkra mu wɔ fon yi so. Wɔbɛsoma bere a intanɛt wɔ hɔ.
handover-title-child = Nsɛmmisa yi yɛ wo dea
handover-person-child = Wo nko ara na wobɛbua nsɛmmisa a ɛdi so no. Obi a ɔreboa wo no renhu deɛ woka.
giveback-intro-child = Wɔato wo mmuae mu. Obi a ɔreboa wo no ntumi nhu. Afei de fon no san ma obi a ɔreboa wo no.
reference-for-person-child = Saa nsɛmfua yi yɛ wo nko ara dea. Ɛnam wɔn so, wobɛtumi akenkan deɛ mmoafoɔ no kyerɛw ma wo. Wɔ fon biara a saa app yi wɔ so no, mia “{ $requests }” so, afei mia “{ $check }” so, na kyerɛw nsɛmfua no anaa nɔma no. Fa wɔn sie kokoam: obiara a onim wɔn betumi akenkan mmuaeɛ no.

## Errors (codes come from the app's core)

error-wrong_pin = PIN no nyɛ papa.
error-locked = Mesrɛ wo, di kan fa wo PIN bue app no.
error-no_hotline = Wɔmfaa app yi nka mmoafoɔ biara ho ɛ. Wɔde wo nkyerɛwee asie.
error-invalid = Ɛsɛ sɛ wɔsesa mmuaeɛ bi. Mesrɛ wo, hwɛ nsɛmmisa a wɔahyɛ ho nsɛnkyerɛnne no.
error-pin_too_short = PIN wɔ nɔma 6 kɔsi 12.
error-duress_same_as_pin = Ɛsɛ sɛ ntɛm PIN no nsɛ wo PIN.
error-worker_drafts_open = Sɛ nnipa a woboa wɔn no abisadeɛ bi wɔ hɔ a wɔnsomaeɛ a, dwumayɛfoɔ kwan no bɛkɔ so asɔ. Mesrɛ wo, soma abisadeɛ no anaa pepa wɔ “Abisadeɛ a wɔnsomaeɛ” mu, na afei dum kwan no.
error-already_set_up = Wɔasiesie app yi dada.
error-not_found = Wɔanhunu eyi. Ebia wɔapepa.
error-internal = Biribi ankɔ yie. W'abisadeɛ a wɔde asie no, asiane biara nni ho. Mesrɛ wo, sɔ hwɛ bio.
error-not_set_up = Wɔnsiesiee app yi ɛ. Mesrɛ wo, di kan paw PIN.
error-busy = App no resoma. Mesrɛ wo, twɛn kakra na sɔ hwɛ bio.
error-status_unavailable = Yɛantumi ammisa mmoafoɔ no seesei. W'abisadeɛ nni asiane mu. Mesrɛ wo, akyiri yi sɔ hwɛ bio.
error-malformed = Yɛantumi ankenkan mmuaeɛ bi. Mesrɛ wo, hwɛ mu na sɔ hwɛ bio.
error-too_large = Eyi ware dodo sɛ wɔbɛsoma. Mesrɛ wo, ma wo nkra nyɛ tiawa.
error-unsupported_version = Ɛsɛ sɛ wɔyɛ app yi foforɔ.
error-profile = Mmoafoɔ no ho nsɛm a ɛwɔ app yi mu nyɛ papa. Wɔde wo nkyerɛwee asie. Mesrɛ wo, nya app a wɔayɛ no foforɔ.
error-sync_client = App no ntumi nka ho a asiane nni mu seesei. Wɔde w'abisadeɛ asie na wɔbɛsoma akyiri yi.
error-already_exists = Wɔde eyi asie dada.
error-empty_pin = Mesrɛ wo, kyerɛw wo PIN.
error-invalid_kdf_params = App yi nhyehyɛeɛ nyɛ papa. Mesrɛ wo, nya app a wɔayɛ no foforɔ.
error-device_secret_unavailable = App no ntumi nnya fon yi kokoam sieberɛ. Mesrɛ wo, dum fon no na sɔ bio, na sɔ hwɛ bio.
error-envelope = Yɛantumi anto w'abisadeɛ mu amma mmoafoɔ no. Wɔde asie sɛ nkyerɛwee da so.
error-receipt_mismatch = Yɛantumi anhwɛ mmoafoɔ no mmuaeɛ mu. Wɔbɛsan asoma w'abisadeɛ bio.
error-corrupt = Nsɛm a app no de asie no asɛe. Wɔrentumi mmue.
error-io = Fon no antumi ansie eyi. Ebia ayɛ ma. Mesrɛ wo, yi nneɛma bi firi so na sɔ hwɛ bio.
error-database = App no antumi ankenkan anaa ansie ne nsɛm. W'abisadeɛ a wɔde asie no, asiane biara nni ho. Mesrɛ wo, sɔ hwɛ bio.
error-pin_too_long = PIN wɔ nɔma 6 kɔsi 12.
error-pin_not_digits = PIN wɔ nɔma nko ara.
error-reference_word_count = Kood wɔ nsɛmfua 9. Hwɛ sɛ wokyerɛw ne nyinaa.
error-reference_unknown_word = Nsɛmfua no mu baako nyɛ pɛ. Hwɛ sɛdeɛ wokyerɛw no.
check-reference-wrong-word = Asɛmfua a ɛtɔ so { $number } no nyɛ pɛ. Hwɛ sɛdeɛ wokyerɛw no.
error-reference_digits = Kood wɔ nɔma 22. Hwɛ sɛ wokyerɛw ne nyinaa.
error-reference_check = Asɛmfua anaa nɔma baako nyɛ pɛ. Hwɛ biara na san sɔ hwɛ.
error-reference_not_found = Mmoafoɔ no nni abisadeɛ biara a ɛwɔ saa kood yi seesei. Sɛ wɔfiri fon a intanɛt nni so na ɛsomaa a, ɛbɛba bere a saa fon no nya intanɛt bio: mesrɛ wo, akyiri yi sɔ hwɛ bio. Sɛ wɔnhunu no ara a, hwɛ asɛmfua anaa nɔma biara.
field-error-empty = Mesrɛ wo, hyɛ eyi ma, anaa twa asɛmmisa no mu.
field-error-not_trimmed = Mesrɛ wo, yi kwan a ɛwɔ ahyɛaseɛ anaa awieeɛ no firi hɔ.
field-error-too_long = Eyi ware dodo. Nkyerɛwde { $max } pɛ.
field-error-too_many_bytes = Eyi ware dodo.
field-error-too_many = Ɛdɔɔso dodo. { $max } pɛ.
field-error-duplicate = Eyi wɔ nhyehyɛeɛ no mu mprɛ mmienu.
field-error-control_characters = Eyi wɔ nkyerɛwde a wɔntumi mfa nni dwuma.
field-error-invalid_phone = Ɛte sɛ fon nɔma yi nyɛ papa. Fi ase fa + ne ɔman nɔma.
field-error-invalid_region = Yɛnnim ɔman yi.
field-error-invalid_email = Ɛte sɛ email address yi nyɛ papa.
field-error-invalid_language = Yɛnnim kasa yi.
field-error-invalid_time_zone = Yɛnnim mpɔtam berɛ yi.
field-error-invalid_time = Mesrɛ wo, paw ahyɛaseɛ berɛ ne awieeɛ berɛ a ɛnyɛ pɛ.
field-error-no_contact_method = Mesrɛ wo, paw ɔkwan baako a wɔbɛfa so anya wo. "Mɛhwɛ wɔ app yi mu" to.
field-error-unsupported_version = Ɛsɛ sɛ wɔyɛ app yi foforɔ.
