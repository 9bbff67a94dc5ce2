## Reach — Asụsụ Igbo (Igbo)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Asụsụ Igbo
# The language's name in English, for the language search.
-locale-english = Igbo
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Igwe mgbakọ
quick-exit = Pụọ ngwa ngwa
quick-exit-hint = Ọ na-ezochi ngwa a ozugbo
back = Laghachi
next = Gaa n'ihu
skip = Mafee nke a
save = Chekwaa
cancel = Kagbuo
close = Mechie
done = Emechaala
optional = ọ bụghị iwu
step-of = Nzọụkwụ { $current } n'ime { $total }
saved-locked = Echekwala ma kpọchie ya na ekwentị a

## Calculator (the app's disguise)

calc-label = Igwe mgbakọ
calc-display-label = Azịza
calc-clear = C
calc-equals = =
calc-error = Njehie

## First use: a private PIN

setup-title = Mee ka ngwa a bụrụ nzuzo
setup-intro = Họrọ nọmba nzuzo (PIN). Ọ bụ naanị gị kwesịrị ịma ya.
setup-how = Iji mepee ngwa a ma emesịa, pịa PIN gị na igwe mgbakọ ahụ, wee pịa =.
setup-pin-label = PIN gị (nọmba 6 ruo 12)
setup-pin-repeat-label = Pịa PIN gị ọzọ
setup-duress-title = PIN mberede (ị nwere ike ịmafe nke a)
setup-duress-intro = Ọ bụrụ na mmadụ amanye gị imepe ngwa a, pịa PIN ọzọ a kama. Ngwa ahụ ga-adị ka ọ nweghị ihe ọ bụla n'ime ya, a ga-ehichapụkwa ihe niile dị n'ime ya n'enweghị akara ọ bụla.
setup-duress-label = PIN mberede
setup-submit = Chekwaa PIN m
setup-mismatch = PIN abụọ ahụ adịghị otu. Biko nwaa ọzọ.

## Language

lang-title = Họrọ asụsụ gị
lang-intro = Ị nwere ike ịgbanwe ya ma emesịa na Ntọala.
lang-search-label = Chọta asụsụ gị
lang-search-hint = Pịa aha asụsụ gị, n'asụsụ ọ bụla
lang-search-none = Ọ dịghị asụsụ dabara na nke a. Nwaa mkpụrụedemede ole na ole.
lang-yours = Asụsụ dị na ekwentị a
lang-all = Asụsụ niile
lang-load-failed = Enweghị ike imepe asụsụ a, ya mere e ji Bekee gosi ngwa ahụ.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Afọ ole ka ị dị?
age-intro = Ị nwere ike ịmafe nke a. Ọ bụrụ na afọ gị erughị 18, ngwa ahụ ga-eji okwu dị mfe, ma gosi enyemaka maka ụmụaka.
age-under_18 = Erughị 18
age-18_to_25 = 18 ruo 25
age-26_to_59 = 26 ruo 59
age-60_plus = 60 ma ọ bụ karịa

## Danger check and emergency numbers

danger-title = Ị nọ n'ihe egwu ugbu a?
danger-yes = Ee, anọ m n'ihe egwu ugbu a
danger-no = Mba, ọ bụghị ugbu a
emergency-title = Nọmba mberede
emergency-intro = Ị nwere ike ịkpọ nọmba ndị a n'enweghị ịntanetị.
emergency-country-label = Mba gị
emergency-police = Ndị uwe ojii na enyemaka mberede
emergency-hotline = Enyemaka maka ndị e rere ma ọ bụ ndị a manyere ịrụ ọrụ
emergency-children = Enyemaka maka ụmụaka na ndị ntorobịa
emergency-call = Kpọọ { $number }
emergency-source = Ebe o si: { $source }
emergency-checked = E nyochara ya: { $date }
emergency-not-checked = E nyochabeghị ya ọzọ. Ọ bụrụ na nọmba ahụ arụghị ọrụ, kpọọ nọmba mberede.
emergency-call-trace = Oku na ozi ederede na-anọgide na ndepụta dị n'ekwentị gị. Ọ bụrụ na mmadụ na-enyocha ekwentị gị, ị nwere ike ihichapụ ha mgbe e mesịrị.
emergency-none = Anyị enwebeghị nọmba maka mba a. Ọ bụrụ na ị nọ n'ihe egwu, kpọọ nọmba mberede nke ebe ị nọ.
emergency-continue = Gaa n'ihu ma rịọ enyemaka

## What help is needed

needs-title = Kedu enyemaka ị chọrọ?
needs-intro = Họrọ ihe niile dabara. Ị nwere ike ịmafe nke a.
need-safety_now = Ịnọ na nchekwa ugbu a
need-shelter = Ebe nchekwa ị ga-anọ
need-medical = Dọkịta ma ọ bụ ọgwụ
need-legal_immigration = Enyemaka maka akwụkwọ, visa ma ọ bụ iwu
need-labour_exploitation = Nsogbu n'ebe ọrụ ma ọ bụ enweghị ụgwọ ọrụ
need-sexual_exploitation = A manyere m inwe mmekọahụ
need-child_at_risk = Otu nwatakịrị nọ n'ihe egwu
need-money_debt = Ego ma ọ bụ ụgwọ
need-going_home = Ịla n'ụlọ ma ọ bụ ịchọta ezinụlọ
need-interpreter = Onye na-asụ asụsụ m
need-other = Ihe ọzọ
urgency-title = Olee mgbe ị chọrọ enyemaka?
urgency-now = Ugbu a
urgency-today = Taa
urgency-this_week = N'izu a
urgency-not_urgent = Ọ nwere ike ichere
for-whom-title = Onye ka arịrịọ a bụ maka ya?
for-whom-self = Maka m
for-whom-someone_else = Maka onye ọzọ
for-whom-assisted_by_outreach = Abụ m onye ọrụ enyemaka na-enyere mmadụ aka

## Safe contact

contact-title = Kedu ka ndị ahịrị enyemaka ga-esi kpọtụrụ gị n'enweghị ihe egwu?
contact-intro = Họrọ opekata mpe otu ụzọ. Họrọ naanị ụzọ na-enweghị ihe egwu nye gị.
contact-call = Oku ekwentị
contact-sms = Ozi ederede (SMS)
contact-messaging_app = Ngwa ozi
contact-email = Email
contact-in_person_via_outreach = Ihu na ihu, site n'aka onye ọrụ enyemaka
contact-check_back_in_app = M ga-ele anya na ngwa a maka azịza
contact-phone-label = Nọmba ekwentị, ya na koodu mba (dịka +234…)
contact-app-label = Kedu ngwa? (dịka WhatsApp, Signal)
contact-handle-label = Aha gị ma ọ bụ nọmba gị na ngwa ahụ
contact-email-label = Adreesị email
times-title = Olee mgbe ọ na-adị mma ịkpọtụrụ gị n'enweghị ihe egwu?
times-intro = Ị nwere ike ịmafe nke a. Mgbe ahụ ndị ahịrị enyemaka ga-akpachapụ anya karịa.
times-add = Tinye oge dị mma
times-remove = Wepụ oge a
times-from = Site na
times-to = Ruo
times-days = Ụbọchị
times-any-day = Ụbọchị ọ bụla
times-zone = Mpaghara oge
weekday-mon = Mọnde
weekday-tue = Tiuzdee
weekday-wed = Wenezdee
weekday-thu = Tọọzdee
weekday-fri = Fraịdee
weekday-sat = Satọdee
weekday-sun = Sọndee
voicemail-title = Ndị ahịrị enyemaka nwere ike ịhapụ ozi olu?
voicemail-yes = Ee, ozi olu dị mma
voicemail-no = Mba, unu ahapụla ozi olu ma ọlị
voicemail-unsaid = Ọ bụrụ na ịzaghị, ndị ahịrị enyemaka agaghị ahapụ ozi olu.
code-word-label = Okwu nzuzo
code-word-hint = Ndị ahịrị enyemaka ga-ekwu okwu a, ka ị mara na ọ bụ n'ezie ha.
someone-else-title = Ọ bụrụ na onye ọzọ azaa, ndị ahịrị enyemaka kwesịrị…
someone-else-hang_up = Kwụsị oku ahụ
someone-else-say_wrong_number = Kwuo na ọ bụ nọmba na-ezighị ezi
someone-else-ask_for_code_word = Jụọ okwu nzuzo
someone-else-other = Ihe ọzọ
someone-else-other-label = Gịnị ka ha kwesịrị ime?
responder-title = Onye ka ị chọrọ ka gị na ya kwurịta?
responder-woman = Nwanyị
responder-man = Nwoke
responder-any_gender = Onye ọ bụla dị mma
responder-language-label = Asụsụ ị chọrọ ka e ji zaa gị

## More (all optional)

more-title = Ntakịrị ihe ọzọ gbasara gị
more-intro = Ihe ndị a niile abụghị iwu.
place-label = Ebee ka ị nọ? Aha obodo ma ọ bụ mpaghara ezuola.
place-hint = Kesaa naanị ihe ị chọrọ. Ngwa a anaghị eji ebe ị nọ eme ihe.
message-label = Ozi gị
message-hint = Ị nwere ike ide n'asụsụ ọ bụla.
message-left =
    { $count ->
       *[other] Mkpụrụedemede { $count } fọdụrụ
    }

## Consent

consent-title = Onye nwere ike ịhụ arịrịọ gị?
consent-intro = Ọ bụ gị na-ekpebi. Ahọrọlarị nhọrọ kacha nzuzo.
consent-hotline_only = Naanị ndị ahịrị enyemaka
consent-hotline_only-desc = Ọ bụ naanị otu ndị ahịrị enyemaka na-agụ ya. Ha anaghị ekesa ya.
consent-may_refer_to_services = Ndị ahịrị enyemaka na ndị ọzọ nwere ike inye aka
consent-may_refer_to_services-desc = Iji nyere gị aka, ndị ahịrị enyemaka nwere ike ikesa ya na ebe mgbaba, ndị dọkịta ma ọ bụ ndị ọka iwu.
consent-may_involve_police = Ndị ahịrị enyemaka, ndị ọzọ na-enye aka na ndị uwe ojii
consent-may_involve_police-desc = Ndị ahịrị enyemaka nwekwara ike ịgwa ndị uwe ojii.
consent-child-note = Ebe ọ bụ na afọ gị erughị 18, ndị ahịrị enyemaka nwere ike ịgwa ndị ọrụ ha bụ ichebe ụmụaka, ka ị nọrọ na nchekwa.

## Review and send

review-title = Lelee arịrịọ gị
review-intro = A ga-akpọchi arịrịọ gị ka ọ bụ naanị ndị ahịrị enyemaka nwere ike imepe ya. Mgbe i zipụrụ ya, ọ dịghị onye nwere ike ịgụ ya na ekwentị a, ọbụna gị onwe gị.
review-not-answered = E zabeghị ya
review-change = Gbanwee
review-needs = Enyemaka achọrọ
review-contact = Otu e si kpọtụrụ gị
review-times = Oge dị mma
review-more = Ihe ọzọ gbasara gị
review-consent = Onye nwere ike ịhụ ya
submit = Kpọchie ma ziga ndị ahịrị enyemaka
submit-working = A na-akpọchi arịrịọ gị…
submit-done = Akpọchiela arịrịọ gị na ekwentị a. A ga-eziga ya mgbe ịntanetị dị.

## Status

status-title = Arịrịọ gị
status-intro = N'ebe a, ị ga-ahụ ebe arịrịọ ọ bụla ruru.
status-empty = Enwebeghị arịrịọ ọ bụla.
status-saved = Echekwala ya na ekwentị a ma kpọchie ya. A ga-eziga ya mgbe ịntanetị dị.
status-sending = A na-eziga ya ugbu a…
status-received = Ndị ahịrị enyemaka anatala ya. Anyị nyochara akwụkwọ nnata ha.
status-needs_attention = Arịrịọ a chọrọ ka i lee ya anya.
status-attempts =
    { $count ->
       *[other] A nwara ya ugboro { $count }
    }
status-hotline-received = Ọ na-eche ka onye nọ n'ahịrị enyemaka gụọ ya.
status-hotline-in_review = Otu onye nọ n'ahịrị enyemaka na-agụ ya.
status-hotline-answered = Ndị ahịrị enyemaka emeela ihe banyere ya.
status-hotline-closed = Ndị ahịrị enyemaka emechiela ya.
status-hotline-contact_planned = Otu onye nọ n'ahịrị enyemaka na-eme atụmatụ otu ha ga-esi kpọtụrụ gị n'enweghị ihe egwu.
status-hotline-needs_interpreter = Ndị ahịrị enyemaka na-achọ onye na-asụ asụsụ gị.
status-hotline-referred = Ndị ahịrị enyemaka arịọla otu nzukọ ha na ya na-arụkọ ọrụ ka o nyere gị aka.
status-hotline-unknown = Ndị ahịrị enyemaka nwere ozi ọhụrụ banyere ya. Iji hụkwuo, melite ngwa ahụ mgbe ọ dị mma.
status-replies = Ozi sitere n'aka ndị ahịrị enyemaka
status-reply-note = Ndị ahịrị enyemaka dekwara (ikekwe ọ bụghị n'asụsụ gị):
status-reply-unreadable = Otu ozi bịara nke ngwa a enweghị ike inyocha, ya mere e gosighị ya.
status-offline = Enweghị ịntanetị ugbu a. Arịrịọ gị dị mma na ekwentị a.
status-send-now = Ziga ugbu a
status-retry = Nwaa ọzọ
status-check = Jụọ ndị ahịrị enyemaka maka ozi ọhụrụ
status-new = Malite arịrịọ ọhụrụ

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Anyị agụla arịrịọ gị. Anyị ga-akpọtụrụ gị n'ụzọ ị họrọrọ.
reply-call_planned = Anyị ga-akpọ gị na { $day } n'etiti { $from } na { $to } (oge gị).
reply-message_planned = Anyị ga-ezitere gị ozi na { $day } n'etiti { $from } na { $to } (oge gị).
reply-interpreter = Anyị na-achọ onye ntụgharị okwu na-asụ asụsụ gị. Anyị ga-akpọtụrụ gị n'oge na-adịghị anya.
reply-referred = Anyị arịọla otu nzukọ anyị na ya na-arụkọ ọrụ nọ gị nso ka o nyere aka. Ha ga-akpọtụrụ gị n'ụzọ ị họrọrọ.
reply-call_us = Biko kpọọ anyị mgbe ọ dị mma maka gị. Ọ bụ gị ga-ahọrọ oge.
reply-danger = Ọ bụrụ na ị nọ n'ihe egwu ugbu a, kpọọ nọmba mberede. Ị ga-ahụ ya na ngwa a.
reply-closed = Anyị emechiela arịrịọ gị. Ị nwere ike iziga nke ọhụrụ n'oge ọ bụla.
reply-unknown = Ndị ahịrị enyemaka zitere ozi nke ụdị ngwa a enweghị ike igosi. Biko melite ngwa ahụ mgbe ọ dị mma.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Emechiela arịrịọ gị. Ị ga-agwa anyị otu enyemaka ahụ si gaa? Ajụjụ mkpirikpi atọ. Ị nwere ike ịmafe ha.
feedback-private = A na-eziga azịza gị n'enweghị arịrịọ gị ma ọ bụ aha gị. Ndị ahịrị enyemaka na-ahụ naanị ngụkọta.
feedback-start = Zaa
feedback-skip = Mba, daalụ
feedback-send = Ziga azịza
feedback-q-helped = Ị nwetara enyemaka ị chọrọ?
feedback-q-safe = Ị chere na ị nọ na nchekwa mgbe anyị kpọtụrụ gị?
feedback-q-recommend = Ị ga-agwa enyi gị maka anyị?
feedback-a-yes = Ee
feedback-a-partly = Ntakịrị
feedback-a-no = Mba
feedback-thanks = Daalụ. A ga-eziga azịza gị.
feedback-declined = Ọ dị mma. Anyị agaghị ajụ ọzọ.
feedback-failed = Nke ahụ arụghị ọrụ. Biko nwaa ọzọ.
problem-unknown_key = Ngwa a chọrọ mmelite tupu e nwee ike iziga arịrịọ a.
problem-conflict = Ndị ahịrị enyemaka nwere arịrịọ ọzọ nwere otu nọmba ahụ. Biko kpọtụrụ ndị ahịrị enyemaka n'ụzọ ọzọ.
problem-malformed = Ndị ahịrị enyemaka enweghị ike ịgụ arịrịọ a. Biko malite arịrịọ ọhụrụ.
problem-too_large = Arịrịọ a ogologo karịa. Biko malite nke ọhụrụ nwere ozi dị mkpụmkpụ.
problem-unsupported_media_type = Ngwa a chọrọ mmelite tupu e nwee ike iziga arịrịọ a.
problem-other = Netwọk ma ọ bụ ndị ahịrị enyemaka jụrụ arịrịọ a. Ị nwere ike ịnwa ọzọ, ma ọ bụ nwaa netwọk ọzọ.

## Several people on one device (outreach)

drafts-title = Arịrịọ e zibeghị
drafts-continue = Gaa n'ihu
drafts-delete = Hichapụ
drafts-none = Ọ dịghị ihe na-eche.
review-reference = Onye a agaghị ewere ekwentị a: nye ya koodu
review-reference-hint = Site na koodu ahụ, ọ nwere ike ịgụ azịza ndị ahịrị enyemaka n'ekwentị ọ bụla nwere ngwa a. Ekwentị a ga-egosi naanị ma ndị ahịrị enyemaka anatala arịrịọ ahụ.
assisted-organisation-label = Nzukọ gị (gị onwe gị, onye ọrụ mpụga)
assisted-hint = Ndị ahịrị enyemaka ga-ahụ na ị nyeere onye a aka, na ndị gị na ha na-arụ ọrụ.
assisted-channel-label = Otu ndị ahịrị enyemaka ga-esi kpọtụrụ gị (ọ bụghị iwu)
reference-title = Koodu onye ahụ
reference-intro = Nye onye ahụ okwu ndị a. Site na ha, ọ nwere ike ịgụ azịza ndị ahịrị enyemaka n'ekwentị ọ bụla nwere ngwa a. Ekwentị a anaghị ede ha n'ebe ọ bụla, ọ na-echefukwa ha ozugbo onye ahụ nwere ha.
reference-for-person = Okwu ndị a bụ nke gị. Site na ha, ị nwere ike ịgụ azịza ndị ahịrị enyemaka. N'ekwentị ọ bụla nwere ngwa a, mepee “{ $requests }”, mgbe ahụ “{ $check }”, wee pịnye okwu ma ọ bụ nọmba ndị ahụ. Chekwaa ha nke ọma: onye ọ bụla nwere ha nwere ike ịgụ azịza ndị ahụ.
reference-words = Okwu ndị a
reference-digits = Otu koodu ahụ na nọmba
reference-request = Arịrịọ { $number }
reference-done = Onye ahụ nwere koodu ya
reference-again = Ngwa a kpọchiri onwe ya mgbe a na-egosi koodu ahụ. Lee ya ọzọ: nye onye ahụ ya ugbu a.
status-check-reference = Lelee koodu
check-reference-title = Lelee koodu
check-reference-intro = Pịnye okwu ma ọ bụ nọmba e nyere gị. Ekwentị a anaghị edebe ha, ma ọ bụ azịza ndị ahụ.
check-reference-no-hotline = Ejikọbeghị ngwa a na ahịrị enyemaka, ya mere ọ nweghị ike ilele koodu ebe a. Biko nwaa n'ekwentị ọzọ nwere ngwa a.
check-reference-label = Okwu ma ọ bụ nọmba
check-reference-submit = Lelee
check-reference-working = A na-elele ya. Ọ nwere ike iwe sekọnd ole na ole…
check-reference-no-replies = Enwebeghị ozi sitere n'aka ndị ahịrị enyemaka.
check-reference-show-in = Gosi ya n'asụsụ { $language }
worker-title = Ọrụ mpụga
worker-working-as = Ị na-arụ ọrụ dị ka: { $organisation }
worker-intro = Onye ọ bụla ị na-enyere aka na-aza n'asụsụ nke ya. Azịza ya na-esi na ekwentị a pụọ n'akpọchi, onye ahụ na-ejikwa koodu apụ. Naanị nọmba na ọnọdụ arịrịọ ọ bụla na-anọ ebe a.
worker-new-person = Nyere onye ọhụrụ aka
handover-title = Ajụjụ maka naanị gị
handover-worker = Nye onye ahụ ekwentị ugbu a. Ọ ga-aza ajụjụ ndị na-esote naanị ya, ị gaghị ahụ azịza ya.
handover-person = Ajụjụ ndị na-esote bụ maka naanị gị. Onye na-enyere gị aka agaghị ahụ azịza gị.
handover-start = Malite
giveback-title = Daalụ
giveback-intro = Akpọchiela azịza gị. Onye na-enyere gị aka enweghị ike ịhụ ha. Ugbu a, weghachi ekwentị.
giveback-button = Weghachi ekwentị
review-private = Onye ahụ zara nke a naanị ya. A naghị egosi ya.
review-assisted-as = Ahịrị enyemaka ga-ahụ na i nyere aka, dị ka: { $organisation }
review-later = Ọ bụghị ugbu a: hapụ ya na “Arịrịọ e zibeghị”
review-hand-again = Nye onye ahụ ekwentị ọzọ
review-hand-again-hint = Jiri nke a mee ihe ma ọ bụrụ na onye ahụ chọrọ ịgbanwe ihe ọ zara naanị ya, ma ọ bụ na e nwere ihe a ga-edozi ebe ahụ. Ọ ga-ahụ ajụjụ onye nwere ike ịhụ arịrịọ ahụ ọzọ, ma họrọ ọzọ.
review-private-fix = E nwere ihe onye ahụ zara naanị ya a ga-edozi. Ọ bụ naanị ya nwere ike idozi ya: nye ya ekwentị ọzọ.
age-given-back-worker = Ọ bụrụ na ị gbanwee afọ ka ọ bụrụ erughị 18, ma ọ bụ gbanwee afọ nke erughị 18, onye ahụ ga-ahụrịrị ajụjụ onye nwere ike ịhụ arịrịọ ahụ ọzọ: ị ga-enye ya ekwentị otu ugboro ọzọ.
age-reopened-worker = Mgbanwe afọ ahụ metụtara nhọrọ onye ahụ maka onye nwere ike ịhụ arịrịọ ahụ. Gaa n'ihu: ị ga-enye ya ekwentị ọzọ, ọ ga-ahọrọ ọzọ.
setup-worker = Abụ m onye ọrụ mpụga: ana m enyere ndị ọzọ aka ịrịọ enyemaka
setup-worker-hint = Ahịrị enyemaka ga-ahụ nzukọ gị n'arịrịọ ọ bụla ị nyere aka.
worker-org-needed = Dee aha otu gị, ma ọ bụ gbanyụọ ọnọdụ onye ọrụ mpaghara.
settings-worker-title = Ọnọdụ onye ọrụ mpụga
settings-worker-intro = Nyere ndị ọzọ aka iziga arịrịọ site na ekwentị a. A na-akpọchi azịza ha, onye ọ bụla na-ejikwa koodu apụ.
settings-worker-on = Gbanye
settings-worker-save = Chekwaa mgbanwe
settings-worker-off = Gbanyụọ
settings-worker-saved = Emechaala. Ọnọdụ onye ọrụ mpụga dị ndụ.
settings-worker-removed = Emechaala. Agbanyụọla ọnọdụ onye ọrụ mpụga.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Gụọ ya n'olu: { $text }
speak-stop = Kwụsị ịgụ
speak-no-voice = Enweghị olu maka asụsụ a na ekwentị a.
speak-unavailable = Ịgụ n'olu anaghị arụ ọrụ na ekwentị a ugbu a.
speak-headphones = Jiri headphone ma ọ bụrụ na onye nọ gị nso nwere ike ịnụ ya.

## Settings

settings-title = Ntọala
settings-language = Asụsụ
settings-read-aloud = Gụọ ihuenyo ọ bụla n'olu mgbe o meghere
settings-lock = Kpọchie ugbu a
settings-less-protected = Nchekwa dị ala na ngwaọrụ a: enweghị ebe nchekwa igodo dị mma ebe a, ya mere onye ọ bụla depụtaghachiri faịlụ ngwa a nwere ike ịnwa ịkọ PIN gị. PIN ka ogologo na-echekwa gị nke ọma.
settings-duress-title = PIN mberede
settings-duress-intro = PIN nke abụọ maka mgbe mmadụ manyere gị imepe ngwa ahụ. Ọ na-ehichapụ ihe niile n'enweghị akara ọ bụla.
settings-current-pin = PIN gị
settings-duress-save = Chekwaa PIN mberede
settings-duress-remove = Wepụ PIN mberede
settings-pin-title = Gbanwee PIN gị
settings-new-pin = PIN ọhụrụ (nọmba 6 ruo 12)
settings-new-pin-again = Pịa PIN ọhụrụ ọzọ
settings-pin-save = Gbanwee PIN
settings-pin-changed = Agbanwela PIN gị. Site ugbu a gaa n'ihu, jiri PIN ọhụrụ.
settings-duress-saved = Emechaala. Echekwala PIN mberede gị.
settings-duress-removed = Emechaala. Enweghị PIN mberede ugbu a.
pin-wrong-left =
    { $count ->
       *[other] PIN ahụ ezighị ezi. Ọ bụrụ na ị pịa PIN na-ezighị ezi ugboro { $count } ọzọ, a ga-ehichapụ ihe niile dị na ekwentị a.
    }
settings-wipe-title = Hichapụ ihe niile
settings-wipe-intro = Nke a na-ehichapụ arịrịọ niile na ihe niile e dere na ekwentị a. Enweghị ike ịlaghachi ya. Arịrịọ ndị ahịrị enyemaka natalarị ga-anọgide n'aka ha.
settings-wipe-confirm = Ee, hichapụ ihe niile

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Ị nọ n'ihe egwu ugbu a?
danger-yes-child = Ee, anọ m n'ihe egwu
danger-no-child = Mba, ọ bụghị ugbu a
emergency-intro-child = Ị nwere ike ịkpọ nọmba ndị a. Ị chọghị ịntanetị.
emergency-call-trace-child = Ekwentị gị na-edebe ndepụta oku na ozi. Ọ bụrụ na ị na-atụ egwu na mmadụ ga-ahụ ya, ị nwere ike ihichapụ ha mgbe e mesịrị.
needs-title-child = Gịnị ka ị chọrọ enyemaka maka ya?
needs-intro-child = Pịa ihe niile bụ eziokwu maka gị. Ị nwere ike ịmafe nke a.
need-legal_immigration-child = Enyemaka maka akwụkwọ
need-labour_exploitation-child = Mmadụ na-amanye m ịrụ ọrụ
need-sexual_exploitation-child = Mmadụ na-amanye m ime ihe gbasara mmekọahụ
need-money_debt-child = Mmadụ na-ekwu na m ji ya ụgwọ
need-going_home-child = Achọrọ m ịla n'ụlọ ma ọ bụ ịchọta ezinụlọ m
need-child_at_risk-child = Nwatakịrị ọzọ nọ n'ihe egwu
urgency-title-child = Olee mgbe ị chọrọ enyemaka?
for-whom-title-child = Onye chọrọ enyemaka?
for-whom-self-child = Mụ onwe m
contact-title-child = Kedu ka anyị ga-esi gwa gị okwu n'enweghị ihe egwu?
contact-intro-child = Họrọ ụzọ na-enweghị ihe egwu nye gị. Onye ọzọ ekwesịghị ịhụ ya.
times-title-child = Olee mgbe ọ dị mma ka anyị kpọọ gị ma ọ bụ dee gị?
times-intro-child = Ị nwere ike ịmafe nke a. Mgbe ahụ anyị ga-akpachapụ anya nke ukwuu.
voicemail-title-child = Anyị nwere ike ịhapụ ozi olu?
someone-else-title-child = Ọ bụrụ na onye ọzọ azaa, gịnị ka anyị ga-eme?
responder-title-child = Onye ka ị chọrọ ka gị na ya kwurịta?
more-title-child = Ọ dị ihe ọzọ?
more-intro-child = Ị gaghị aza ma ọ bụrụ na ị chọghị.
place-label-child = Ebee ka ị nọ? Aha obodo ezuola.
message-label-child = Gwa anyị ihe na-eme, ma ọ bụrụ na ị chọrọ
consent-title-child = Onye nwere ike ịgụ ihe i dere?
consent-intro-child = Ọ bụ gị na-ahọrọ. Ahọrọlarị nhọrọ kacha nchekwa.
consent-hotline_only-desc-child = Ọ bụ naanị ndị na-enye aka n'ahịrị enyemaka na-agụ ya. Ha na-edebe ya na nzuzo.
consent-may_refer_to_services-desc-child = Ndị ahịrị enyemaka nwere ike ịgwa ndị na-echebe ụmụaka, dịka dọkịta, ụlọ nchekwa ma ọ bụ onye ọka iwu.
consent-may_involve_police-desc-child = Ndị ahịrị enyemaka nwekwara ike ịgwa ndị uwe ojii, ka ha kwụsị ndị na-emerụ gị ahụ.
review-title-child = Lee azịza gị
review-intro-child = Mgbe i zipụrụ nke a, a ga-akpọchi ya. Ọ bụ naanị ndị ahịrị enyemaka nwere ike imepe ya. Ọ dịghị onye nwere ike ịgụ ya na ekwentị a, ọbụna gị onwe gị.
submit-done-child = Akpọchiela ozi gị na ekwentị a. A ga-eziga ya mgbe ịntanetị dị.
handover-title-child = Ajụjụ ndị a bụ nke gị naanị
handover-person-child = Ọ bụ naanị gị ga-aza ajụjụ ndị na-esote. Onye na-enyere gị aka agaghị ahụ ihe ị kwuru.
giveback-intro-child = Akpọchiela azịza gị. Onye na-enyere gị aka enweghị ike ịhụ ha. Ugbu a, nyeghachi onye na-enyere gị aka ekwentị ahụ.
reference-for-person-child = Okwu ndị a bụ naanị nke gị. Site na ha, ị ga-agụ ihe ndị ahịrị enyemaka dere gị. N'ekwentị ọ bụla nwere ngwa a, pịa “{ $requests }”, mgbe ahụ “{ $check }”, wee pịnye okwu ma ọ bụ nọmba ndị ahụ. Zoo ha nke ọma: onye ọ bụla nwere ha nwere ike ịgụ azịza ndị ahụ.

## Errors (codes come from the app's core)

error-wrong_pin = PIN ahụ ezighị ezi.
error-locked = Biko buru ụzọ jiri PIN gị mepee ngwa ahụ.
error-no_hotline = Ejikọbeghị ngwa a na ahịrị enyemaka. Echekwala ihe i dere.
error-invalid = Ụfọdụ azịza chọrọ mgbanwe. Biko lee ajụjụ ndị e tinyere akara.
error-pin_too_short = PIN nwere nọmba 6 ruo 12.
error-duress_same_as_pin = PIN mberede ga-adị iche na PIN gị.
error-worker_drafts_open = Ọnọdụ onye ọrụ mpụga ga-anọgide na-adị ndụ mgbe e zibeghị arịrịọ nke ndị ị na-enyere aka. Biko ziga ha, ma ọ bụ hichapụ ha na “Arịrịọ e zibeghị”, wee gbanyụọ ya.
error-already_set_up = Edoziela ngwa a.
error-not_found = Ahụghị nke a. Ikekwe ehichapụla ya.
error-internal = Ihe adịghị mma mere. Arịrịọ gị echekwara dị mma. Biko nwaa ọzọ.
error-not_set_up = Edozibeghị ngwa a. Biko buru ụzọ họrọ PIN.
error-busy = Ngwa ahụ na-eziga ihe ugbu a. Biko nwaa ọzọ n'oge na-adịghị anya.
error-status_unavailable = Enweghị ike ịjụ ndị ahịrị enyemaka ugbu a. Arịrịọ gị dị mma. Biko nwaa ọzọ ma emesịa.
error-malformed = Enweghị ike ịgụ ụfọdụ azịza. Biko lelee ha ma nwaa ọzọ.
error-too_large = Nke a ogologo karịa iziga. Biko mee ka ozi gị dị mkpụmkpụ.
error-unsupported_version = Ngwa a chọrọ mmelite.
error-profile = Nkọwa ahịrị enyemaka dị na ngwa a ezighị ezi. Echekwala ihe i dere. Biko nweta ngwa e meliteworo.
error-sync_client = Ngwa ahụ enweghị ike ijikọ n'enweghị ihe egwu ugbu a. Echekwala arịrịọ gị, a ga-eziga ya ma emesịa.
error-already_exists = Echekwalarị nke a.
error-empty_pin = Biko pịa PIN gị.
error-invalid_kdf_params = Ntọala ngwa a ezighị ezi. Biko nweta ngwa e meliteworo.
error-device_secret_unavailable = Ngwa ahụ enweghị ike iru ebe nchekwa nzuzo nke ekwentị a. Biko gbanyụọ ekwentị ahụ ma gbanye ya ọzọ, wee nwaa ọzọ.
error-envelope = Enweghị ike ịkpọchi arịrịọ gị maka ndị ahịrị enyemaka. Ọ ka dị ka ihe e dere echekwara.
error-receipt_mismatch = Enweghị ike inyocha azịza ndị ahịrị enyemaka. A ga-eziga arịrịọ gị ọzọ.
error-corrupt = Data ngwa ahụ chekwara emebiela. Enweghị ike imepe ya.
error-io = Ekwentị ahụ enweghị ike ichekwa nke a. Ikekwe ọ juola. Biko hichapụ ihe ụfọdụ ka ohere dị, wee nwaa ọzọ.
error-database = Ngwa ahụ enweghị ike ịgụ ma ọ bụ chekwaa data ya. Arịrịọ gị echekwara dị mma. Biko nwaa ọzọ.
error-pin_too_long = PIN nwere nọmba 6 ruo 12.
error-pin_not_digits = PIN nwere naanị nọmba.
error-reference_word_count = Koodu nwere okwu 9. Biko lelee na ị pịnyere ha niile.
error-reference_unknown_word = Otu n'ime okwu ndị ahụ ezighị ezi. Biko lelee otu e si dee ya.
check-reference-wrong-word = Okwu nke { $number } ezighị ezi. Biko lelee otu e si dee ya.
error-reference_digits = Koodu nwere nọmba 22. Biko lelee na ị pịnyere ha niile.
error-reference_check = Otu okwu ma ọ bụ nọmba ezighị ezi. Biko lelee nke ọ bụla ma nwaa ọzọ.
error-reference_not_found = Ndị ahịrị enyemaka enwebeghị arịrịọ ọ bụla nwere koodu a. Ọ bụrụ na e zitere ya site n'ekwentị na-enweghị ịntanetị, ọ ga-abịa mgbe ekwentị ahụ nwetara ịntanetị ọzọ. Biko nwaa ọzọ ma emesịa. Ọ bụrụ na a chọtaghị ya mgbe ahụ, biko lelee okwu ma ọ bụ nọmba ọ bụla.
field-error-empty = Biko dejupụta nke a, ma ọ bụ mafee ajụjụ ahụ.
field-error-not_trimmed = Biko wepụ oghere dị na mmalite ma ọ bụ na njedebe.
field-error-too_long = Nke a ogologo karịa. Mkpụrụedemede { $max } ka kachasị.
field-error-too_many_bytes = Nke a ogologo karịa.
field-error-too_many = Ọ dị ọtụtụ karịa. Ọ kachasị { $max }.
field-error-duplicate = Nke a dị na ndepụta ugboro abụọ.
field-error-control_characters = Nke a nwere mkpụrụedemede a na-apụghị iji.
field-error-invalid_phone = Nọmba ekwentị a yighị ka o ziri ezi. Malite na + na koodu mba.
field-error-invalid_region = A maghị mba a.
field-error-invalid_email = Adreesị email a yighị ka o ziri ezi.
field-error-invalid_language = A maghị asụsụ a.
field-error-invalid_time_zone = A maghị mpaghara oge a.
field-error-invalid_time = Biko họrọ oge mmalite na oge njedebe dị iche.
field-error-no_contact_method = Biko họrọ opekata mpe otu ụzọ e si kpọtụrụ gị. "M ga-ele anya na ngwa a maka azịza" ezuola.
field-error-unsupported_version = Ngwa a chọrọ mmelite.
