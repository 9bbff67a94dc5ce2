## Reach — Bamanankan (Bambara)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Bamanankan
# The language's name in English, for the language search.
-locale-english = Bambara
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Jatebɔlan
quick-exit = Bɔ joona
quick-exit-hint = A bɛ nin porogaramu dogo o yɔrɔnin kelen
back = Segin kɔ
next = Tɛmɛ ɲɛfɛ
skip = Nin tɛmɛ
save = A mara
cancel = A dabila
close = A datugu
done = A banna
optional = a tɛ wajibi ye
step-of = Sen { $current } { $total } la
saved-locked = A marala ani a datugura nin telefɔni in kan

## Calculator (the app's disguise)

calc-label = Jatebɔlan
calc-display-label = Jaabi
calc-clear = C
calc-equals = =
calc-error = Fili

## First use: a private PIN

setup-title = Nin porogaramu kɛ i ka gundo ye
setup-intro = Gundo nimɔrɔ dɔ sugandi (PIN). E dama de ka kan k'a dɔn.
setup-how = Walasa ka nin porogaramu da wuli kɔfɛ, i ka PIN sɛbɛn jatebɔlan kan, o kɔ, = digi.
setup-pin-label = I ka PIN (nimɔrɔ 6 ka taa bila 12 la)
setup-pin-repeat-label = I ka PIN sɛbɛn tugun
setup-duress-title = Farati PIN (i bɛ se ka nin tɛmɛ)
setup-duress-intro = Ni mɔgɔ dɔ b'i diyagoya ka nin porogaramu da wuli, nin PIN wɛrɛ sɛbɛn i ka PIN nɔ na. Porogaramu bɛna ye i n'a fɔ foyi t'a kɔnɔ, ani fɛn o fɛn b'a kɔnɔ, o bɛɛ bɛna jɔsi k'a sɔrɔ taamasiyɛn si ma ye.
setup-duress-label = Farati PIN
setup-submit = N ka PIN mara
setup-mismatch = PIN fila ninnu tɛ kelen ye. Sabali, a lajɛ tugun.

## Language

lang-title = I ka kan sugandi
lang-intro = I bɛ se k'a yɛlɛma kɔfɛ Labɛnw kɔnɔ.
lang-search-label = I ka kan ɲini
lang-search-hint = I ka kan tɔgɔ sɛbɛn, kan o kan na
lang-search-none = Kan si tɛ bɛn nin ma. A lajɛ ni siginiden dama dɔgɔman ye.
lang-yours = Kan minnu bɛ nin telefɔni in kan
lang-all = Kanw bɛɛ
lang-load-failed = Nin kan ma se ka da wuli, o de kosɔn porogaramu bɛ angilɛkan na.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = I si ye san joli ye?
age-intro = I bɛ se ka nin tɛmɛ. Ni i si ma san 18 bɔ, porogaramu bɛna kuma nɔgɔmanw kɛ, ka dɛmɛ jira min bɛ denmisɛnw ye.
age-under_18 = San 18 duguma
age-18_to_25 = 18 ka taa 25
age-26_to_59 = 26 ka taa 59
age-60_plus = 60 walima ka tɛmɛ o kan

## Danger check and emergency numbers

danger-title = I bɛ farati la sisan wa?
danger-yes = Ɔwɔ, n bɛ farati la sisan
danger-no = Ayi, sisan tɛ
emergency-title = Teliman dɛmɛ nimɔrɔw
emergency-intro = I bɛ se ka nin nimɔrɔw wele ɛntɛrinɛti tɛ yen tuma min na fana.
emergency-country-label = I ka jamana
emergency-police = Pɔlisi ani teliman dɛmɛ
emergency-hotline = Dɛmɛ mɔgɔw ye minnu feerela walima minnu diyagoyara ka baara kɛ
emergency-children = Dɛmɛ denmisɛnw ni kamalenninw ye
emergency-call = { $number } wele
emergency-source = A bɔyɔrɔ: { $source }
emergency-checked = A lajɛra: { $date }
emergency-not-checked = A ma lajɛ tugun fɔlɔ. Ni nimɔrɔ tɛ baara kɛ, teliman dɛmɛ nimɔrɔ wele.
emergency-call-trace = Weleliw ni cikan sɛbɛnnenw bɛ to i ka telefɔni ka lisiw kɔnɔ. Ni mɔgɔ dɔ bɛ i ka telefɔni lajɛ, i bɛ se k'u jɔsi o kɔfɛ.
emergency-none = Nin jamana nimɔrɔw t'an bolo fɔlɔ. Ni i bɛ farati la, i sigiyɔrɔ teliman dɛmɛ nimɔrɔ wele.
emergency-continue = Taa ɲɛ ka dɛmɛ ɲini

## What help is needed

needs-title = I mago bɛ dɛmɛ juman na?
needs-intro = Minnu bɛɛ bɛ bɛn i ma, olu sugandi. I bɛ se ka nin tɛmɛ.
need-safety_now = Ka lakana sisan
need-shelter = Sigiyɔrɔ lakananen
need-medical = Dɔgɔtɔrɔ walima fura
need-legal_immigration = Dɛmɛ sɛbɛnw, wisa walima sariya ko la
need-labour_exploitation = Gɛlɛyaw baara la walima u tɛ n sara
need-sexual_exploitation = U ye n diyagoya cɛ ni muso ko la
need-child_at_risk = Den dɔ bɛ farati la
need-money_debt = Wari walima juru
need-going_home = Ka segin so walima ka denbaya sɔrɔ
need-interpreter = Mɔgɔ min bɛ n ka kan fɔ
need-other = Fɛn wɛrɛ
urgency-title = I mago bɛ dɛmɛ na joona cogo di?
urgency-now = Sisan
urgency-today = Bi
urgency-this_week = Nin dɔgɔkun in kɔnɔ
urgency-not_urgent = A bɛ se ka makɔnɔ
for-whom-title = Nin delili ye jɔn ta ye?
for-whom-self = N yɛrɛ ta
for-whom-someone_else = Mɔgɔ wɛrɛ ta
for-whom-assisted_by_outreach = Ne ye baarakɛla ye min bɛ mɔgɔw dɛmɛ, n bɛ mɔgɔ dɔ dɛmɛ

## Safe contact

contact-title = Dɛmɛbagaw bɛ se ka i sɔrɔ cogo di k'a sɔrɔ farati t'a la?
contact-intro = Sira kelen sugandi k'a dɔgɔya. Sira minnu lakananen don i ma, olu dama sugandi.
contact-call = Telefɔni weleli
contact-sms = Cikan sɛbɛnnen (SMS)
contact-messaging_app = Cikan porogaramu
contact-email = Imɛli
contact-in_person_via_outreach = Ɲɛ ni ɲɛ, baarakɛla dɔ fɛ min bɛ mɔgɔw dɛmɛ
contact-check_back_in_app = N bɛna jaabi filɛ nin porogaramu kɔnɔ
contact-phone-label = Telefɔni nimɔrɔ, ni jamana kode ye (misali la +223…)
contact-app-label = Porogaramu juman? (misali la WhatsApp, Signal)
contact-handle-label = I tɔgɔ walima i nimɔrɔ o porogaramu kɔnɔ
contact-email-label = Imɛli adirɛsi
times-title = Waati jumɛn de lakananen don ka kuma i fɛ?
times-intro = I bɛ se ka nin tɛmɛ. O tuma, dɛmɛbagaw bɛna u janto kosɛbɛ.
times-add = Waati lakananen dɔ fara a kan
times-remove = Nin waati bɔ a la
times-from = Ka bɔ
times-to = Ka se
times-days = Tilew
times-any-day = Tile o tile
times-zone = Yɔrɔ lɛrɛ
weekday-mon = Ntɛnɛ
weekday-tue = Tarata
weekday-wed = Araba
weekday-thu = Alamisa
weekday-fri = Juma
weekday-sat = Sibiri
weekday-sun = Kari
voicemail-title = Dɛmɛbagaw bɛ se ka kumakan cikan to wa?
voicemail-yes = Ɔwɔ, kumakan cikan farati tɛ
voicemail-no = Ayi, aw kana kumakan cikan to abada
voicemail-unsaid = Ni i ma jaabi, dɛmɛbagaw tɛna cikan si to.
code-word-label = Gundo kuma
code-word-hint = Dɛmɛbagaw bɛna nin kuma fɔ, walasa i k'a dɔn ko u yɛrɛ don tigitigi.
someone-else-title = Ni mɔgɔ wɛrɛ ye jaabi di, dɛmɛbagaw ka kan ka…
someone-else-hang_up = Telefɔni datugu
someone-else-say_wrong_number = A fɔ ko nimɔrɔ filinen don
someone-else-ask_for_code_word = Gundo kuma ɲininka
someone-else-other = Fɛn wɛrɛ
someone-else-other-label = U ka kan ka mun kɛ?
responder-title = I b'a fɛ ka kuma ni jɔn ye?
responder-woman = Muso
responder-man = Cɛ
responder-any_gender = Mɔgɔ o mɔgɔ ka ɲi
responder-language-label = Kan min na i b'a fɛ u ka i jaabi

## More (all optional)

more-title = I ko dɔɔnin wɛrɛ
more-intro = Nin bɛɛ tɛ wajibi ye.
place-label = I bɛ min? Dugu walima mara tɔgɔ ka wasa.
place-hint = I b'a fɛ ka min fɔ, o dama fɔ. Nin porogaramu tɛ i sigiyɔrɔ ta abada.
message-label = I ka cikan
message-hint = I bɛ se ka sɛbɛn kan o kan na.
message-left =
    { $count ->
       *[other] Siginiden { $count } de to yen
    }

## Consent

consent-title = Jɔn bɛ se ka i ka delili ye?
consent-intro = E de bɛ latigɛ. Sugandili min ka gundo ka bon ni tɔw ye, o sugandira ka ban.
consent-hotline_only = Dɛmɛbagaw dama
consent-hotline_only-desc = Dɛmɛbagaw ka jɛkulu dama de b'a kalan. U t'a di mɔgɔ wɛrɛ ma.
consent-may_refer_to_services = Dɛmɛbagaw ani baarada minnu bɛ se ka dɛmɛ kɛ
consent-may_refer_to_services-desc = Dɛmɛbagaw bɛ se k'a di lafiyayɔrɔw ma, dɔgɔtɔrɔw walima sariya dɛmɛbagaw, walasa ka i dɛmɛ.
consent-may_involve_police = Dɛmɛbagaw, baaradaw ani pɔlisi
consent-may_involve_police-desc = Dɛmɛbagaw bɛ se k'a fɔ pɔlisi fana ye.
consent-child-note = Iko i si ma san 18 bɔ, a bɛ se ka kɛ dɛmɛbagaw ka kan k'a fɔ mɔgɔw ye minnu ka baara ye ka denmisɛnw lakana, walasa i ka lakana.

## Review and send

review-title = I ka delili lajɛ
review-intro = I ka delili bɛna datugu walasa dɛmɛbagaw dama ka se k'a da wuli. Ni i y'a ci, mɔgɔ si tɛna se k'a kalan nin telefɔni kan, hali e yɛrɛ.
review-not-answered = A ma jaabi
review-change = A yɛlɛma
review-needs = Dɛmɛ min ka kan
review-contact = I sɔrɔ cogo
review-times = Waati lakananenw
review-more = I ko wɛrɛw
review-consent = Jɔn bɛ se k'a ye
submit = A datugu ka a ci dɛmɛbagaw ma
submit-working = I ka delili bɛ datugu…
submit-done = I ka delili datugura nin telefɔni kan. A bɛna ci ni ɛntɛrinɛti bɛ yen.

## Status

status-title = I ka deliliw
status-intro = Yan, i bɛ se ka delili kelen kelen bɛɛ sennayɔrɔ ye.
status-empty = Delili si tɛ yen fɔlɔ.
status-saved = A marala nin telefɔni kan ani a datugura. A bɛna ci ni ɛntɛrinɛti bɛ yen.
status-sending = A bɛ ci sisan…
status-received = Dɛmɛbagaw y'a sɔrɔ. An ye dɛmɛbagaw ka sɔrɔsɛbɛn lajɛ.
status-needs_attention = Nin delili mago bɛ i ka lajɛli la.
status-attempts =
    { $count ->
       *[other] A lajɛra siɲɛ { $count }
    }
status-hotline-received = A bɛ mɔgɔ dɔ makɔnɔ dɛmɛbagaw cɛma walasa k'a kalan.
status-hotline-in_review = Dɛmɛbaga dɔ b'a kalan na.
status-hotline-answered = Dɛmɛbagaw ye fɛn dɔ kɛ a ko la.
status-hotline-closed = Dɛmɛbagaw y'a datugu.
status-hotline-contact_planned = Dɛmɛbaga dɔ b'a labɛn na cogo min na a bɛna i sɔrɔ farati t'a la.
status-hotline-needs_interpreter = Dɛmɛbagaw bɛ mɔgɔ ɲini min bɛ i ka kan fɔ.
status-hotline-referred = Dɛmɛbagaw ye u jɛɲɔgɔn jɛkulu dɔ ɲininka ka i dɛmɛ.
status-hotline-unknown = Kibaru dɔ bɛ dɛmɛbagaw bolo a ko la. Porogaramu kura ta ni farati tɛ yen, walasa ka fɛn caman ye.
status-replies = Cikanw minnu bɔra dɛmɛbagaw fɛ
status-reply-note = Dɛmɛbagaw ye nin fana sɛbɛn (a bɛ se ka kɛ i ka kan tɛ):
status-reply-unreadable = Cikan dɔ nana min ma se ka lajɛ nin porogaramu fɛ, o de kosɔn a tɛ jira.
status-offline = Ɛntɛrinɛti tɛ yen sisan. I ka deliliw lakananen don nin telefɔni kan.
status-send-now = A ci sisan
status-retry = A lajɛ tugun
status-check = Kibaru ɲininka dɛmɛbagaw fɛ
status-new = Delili kura daminɛ

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = An ye i ka delili kalan. An bɛna i sɔrɔ i ye sira min sugandi.
reply-call_planned = An bɛna i wele { $day } { $from } ni { $to } cɛ (i ka waati la).
reply-message_planned = An bɛna cikan ci i ma { $day } { $from } ni { $to } cɛ (i ka waati la).
reply-interpreter = An bɛ kanyɛlɛmabaga ɲini min bɛ i ka kan fɔ. An bɛna i sɔrɔ joona.
reply-referred = An ye an jɛɲɔgɔn jɛkulu dɔ ɲininka min bɛ i kɛrɛfɛ, walasa u ka i dɛmɛ. U bɛna i sɔrɔ i ye sira min sugandi.
reply-call_us = Sabali, an wele ni farati t'a la i ma. E de bɛ waati sugandi.
reply-danger = Ni i bɛ farati la sisan, teliman dɛmɛ nimɔrɔ wele. I b'a sɔrɔ nin porogaramu kɔnɔ.
reply-closed = An ye i ka delili datugu. I bɛ se ka delili kura ci waati o waati.
reply-unknown = Dɛmɛbagaw ye cikan dɔ ci, nin porogaramu sugu tɛ se ka min jira. Sabali, porogaramu kura ta ni farati t'a la.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = I ka delili datugura. I bɛ se k'a fɔ an ye dɛmɛ kɛra cogo min na wa? Ɲininkali surun saba. I bɛ se k'u tɛmɛ.
feedback-private = I ka jaabiw bɛ ci k'a sɔrɔ i ka delili walima i tɔgɔ t'a la. Dɛmɛbagaw bɛ hakɛ bɛɛ lajɛlen dama de ye.
feedback-start = Jaabi di
feedback-skip = Ayi, i ni ce
feedback-send = Jaabiw ci
feedback-q-helped = I ye dɛmɛ sɔrɔ i mago tun bɛ min na wa?
feedback-q-safe = I y'a ye ko i lakananen don tuma min na an ye i sɔrɔ wa?
feedback-q-recommend = I bɛna an ko fɔ i terikɛ ye wa?
feedback-a-yes = Ɔwɔ
feedback-a-partly = Dɔɔnin
feedback-a-no = Ayi
feedback-thanks = I ni ce. I ka jaabiw bɛna ci.
feedback-declined = A ka ɲi. An tɛna a ɲininka tugun.
feedback-failed = O ma se ka kɛ. Sabali, a lajɛ tugun.
problem-unknown_key = Nin porogaramu mago bɛ kuraya la sani nin delili ka se ka ci.
problem-conflict = Delili wɛrɛ bɛ dɛmɛbagaw bolo min nimɔrɔ ye kelen ye. Sabali, dɛmɛbagaw sɔrɔ sira wɛrɛ fɛ.
problem-malformed = Dɛmɛbagaw ma se ka nin delili kalan. Sabali, delili kura daminɛ.
problem-too_large = Nin delili ka jan kojugu. Sabali, kura daminɛ ni cikan surun ye.
problem-unsupported_media_type = Nin porogaramu mago bɛ kuraya la sani nin delili ka se ka ci.
problem-other = Rezo walima dɛmɛbagaw ban na nin delili ma. I bɛ se k'a lajɛ tugun, walima ka rezo wɛrɛ lajɛ.

## Several people on one device (outreach)

drafts-title = Delili minnu ma ci fɔlɔ
drafts-continue = Taa ɲɛ
drafts-delete = A jɔsi
drafts-none = Foyi tɛ makɔnɔni na.
review-reference = Nin mɔgɔ tɛna nin telefɔni mara: kodi dɔ di a ma
review-reference-hint = Ni kodi b'a bolo, a bɛ se ka dɛmɛbagaw ka jaabiw kalan telefɔni o telefɔni kan min bɛ ni nin porogaramu ye. Nin telefɔni bɛna a jira dɔrɔn ni dɛmɛbagaw ye delili sɔrɔ.
assisted-organisation-label = I ka tɔn (e, baarakɛla min bɛ taa mɔgɔw fɛ)
assisted-hint = Dɛmɛbagaw bɛna a ye ko i ye nin mɔgɔ dɛmɛ, ani i bɛ baara kɛ ni minnu ye.
assisted-channel-label = Dɛmɛbagaw bɛ se ka i sɔrɔ cogo min na (a ma wajibi)
reference-title = Mɔgɔ in ka kodi
reference-intro = Nin kumaw di mɔgɔ in ma. Ni u b'a bolo, a bɛ se ka dɛmɛbagaw ka jaabiw kalan telefɔni o telefɔni kan min bɛ ni nin porogaramu ye. Nin telefɔni t'u sɛbɛn yɔrɔ si, wa a b'u ɲinɛ ni u sera mɔgɔ in bolo.
reference-for-person = Nin kumaw ye i ta ye. Ni u b'i bolo, i bɛ se ka dɛmɛbagaw ka jaabiw kalan. Telefɔni o telefɔni kan min bɛ ni nin porogaramu ye, “{ $requests }” da wuli, o kɔfɛ “{ $check }”, ka kumaw walima jatedenw sɛbɛn. U mara ka ɲɛ: mɔgɔ o mɔgɔ ni u b'a bolo, o bɛ se ka jaabiw kalan.
reference-words = Kumaw
reference-digits = Kodi kelen in ni jatedenw ye
reference-request = Delili { $number }
reference-done = Mɔgɔ in ka kodi b'a bolo
reference-again = Porogaramu datugura k'a sɔrɔ kodi tun bɛ jira. A filɛ kokura: a di mɔgɔ in ma sisan.
status-check-reference = Kodi lajɛ
check-reference-title = Kodi lajɛ
check-reference-intro = I ye kuma minnu walima jateden minnu sɔrɔ, olu sɛbɛn. Nin telefɔni t'u mara, a tɛ jaabiw fana mara.
check-reference-no-hotline = Nin porogaramu ma siri dɛmɛbagaw la fɔlɔ, o de kosɔn a tɛ se ka kodi lajɛ yan. Sabali, a lajɛ telefɔni wɛrɛ kan min bɛ ni nin porogaramu ye.
check-reference-label = Kumaw walima jatedenw
check-reference-submit = A lajɛ
check-reference-working = An b'a lajɛ. O bɛ se ka waati dɔɔnin ta…
check-reference-no-replies = Cikan si ma na dɛmɛbagaw fɛ fɔlɔ.
check-reference-show-in = A jira { $language } la
worker-title = Baara kɛ mɔgɔw fɛ
worker-working-as = I bɛ baara kɛ ni: { $organisation }
worker-intro = I bɛ mɔgɔ o mɔgɔ dɛmɛ, o bɛ jaabi di a yɛrɛ ka kan na. U ka jaabiw bɛ bɔ nin telefɔni in kɔnɔ ka datugu, mɔgɔ bɛ taa ni kodi ye. Delili kelen-kelen nimɔrɔ ni a cogo dɔrɔn de bɛ to yan.
worker-new-person = Mɔgɔ kura dɛmɛ
handover-title = Ɲininkali minnu ye i kelen ta ye
handover-worker = Telefɔni di mɔgɔ ma sisan. A bɛna ɲininkali nataw jaabi a kelen, i tɛna a ka jaabiw ye.
handover-person = Ɲininkali nataw ye i kelen ta ye. Mɔgɔ min bɛ i dɛmɛ, o tɛna i ka jaabiw ye.
handover-start = A daminɛ
giveback-title = I ni ce
giveback-intro = I ka jaabiw datugulen don. Mɔgɔ min bɛ i dɛmɛ, o tɛ se k'u ye. Sisan telefɔni segin a ma.
giveback-button = Telefɔni segin
review-private = Mɔgɔ ye nin jaabi a kelen. A tɛ jira.
review-assisted-as = Dɛmɛbagaw bɛna a ye ko i ye dɛmɛ kɛ, nin tɔgɔ la: { $organisation }
review-later = Sisan tɛ: a to “Delili minnu ma ci fɔlɔ” kɔnɔ
review-hand-again = Telefɔni di mɔgɔ ma tugun
review-hand-again-hint = Nin digi ni mɔgɔ b'a fɛ ka fɛn yɛlɛma a ye min jaabi a kelen, walima ni fɛn dɔ ka kan ka latilen yen. A bɛna “Jɔn bɛ se k'a ye” ɲininkali ye tugun, ka sugandili kɛ kokura.
review-private-fix = Mɔgɔ ye fɛn minnu jaabi a kelen, dɔ ka kan ka latilen o la. A kelen de bɛ se k'a latilen: telefɔni di a ma tugun.
age-given-back-worker = Ni i ye si kɛ san 18 duguma, walima ni i ye si yɛlɛma min tun ye san 18 duguma ye, mɔgɔ ka kan ka “Jɔn bɛ se k'a ye” ɲininkali ye tugun: i bɛna telefɔni di a ma siɲɛ kelen tugun.
age-reopened-worker = Si yɛlɛmali ye mɔgɔ ka “Jɔn bɛ se k'a ye” sugandili yɛlɛma. Taa ɲɛ: i bɛna telefɔni di a ma tugun, a bɛna sugandili kɛ kokura.
setup-worker = Ne ye baarakɛla ye min bɛ taa mɔgɔw fɛ: ne bɛ mɔgɔ wɛrɛw dɛmɛ u ka dɛmɛ ɲini
setup-worker-hint = Dɛmɛbagaw bɛna i ka tɔn ye delili bɛɛ la i bɛ min dɛmɛ.
worker-org-needed = I ka tɔnba tɔgɔ sɛbɛn, walima ka baarakɛla cogo in bɔ.
settings-worker-title = Baarakɛla cogo
settings-worker-intro = Mɔgɔ wɛrɛw dɛmɛ u ka delili ci ka bɔ nin telefɔni in na. U ka jaabiw bɛ datugu, mɔgɔ kelen-kelen bɛɛ bɛ taa ni kodi ye.
settings-worker-on = A daminɛ
settings-worker-save = Fɛn yɛlɛmalenw mara
settings-worker-off = A jɔ
settings-worker-saved = A banna. Baarakɛla cogo daminɛna.
settings-worker-removed = A banna. Baarakɛla cogo jɔra.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = A lamɛn: { $text }
speak-stop = Kalan jɔ
speak-no-voice = Kumakan si tɛ nin kan in ye nin telefɔni in kan.
speak-unavailable = Kalan ni kumakan ye tɛ baara nin telefɔni in kan sisan.
speak-headphones = Ni mɔgɔ dɔ bɛ se k'a mɛn i kɛrɛ fɛ, ekutɛriw baara.

## Settings

settings-title = Labɛnw
settings-language = Kan
settings-read-aloud = Ɛkaran bɛɛ kalan ni kumakan ye n'a yɛlɛla
settings-lock = A datugu sisan
settings-less-protected = Lakanali ka dɔgɔ nin minɛn kan: yɔrɔ lakananen t'a kan ka kɔnɔnakunw mara, o de kosɔn mɔgɔ o mɔgɔ ye porogaramu ka dosiyew kopi, o bɛ se k'a ɲini k'i ka PIN dɔn. PIN jan b'i lakana ka tɛmɛ.
settings-duress-title = Farati PIN
settings-duress-intro = PIN filanan, ni mɔgɔ dɔ b'i diyagoya ka porogaramu da wuli. A bɛ fɛn bɛɛ jɔsi k'a sɔrɔ taamasiyɛn si ma ye.
settings-current-pin = I ka PIN
settings-duress-save = Farati PIN mara
settings-duress-remove = Farati PIN bɔ a la
settings-pin-title = I ka PIN yɛlɛma
settings-new-pin = PIN kura (nimɔrɔ 6 ka taa bila 12 la)
settings-new-pin-again = PIN kura tugun
settings-pin-save = PIN yɛlɛma
settings-pin-changed = I ka PIN yɛlɛmana. Ka bɔ sisan na, PIN kura baara.
settings-duress-saved = A banna. I ka farati PIN marala.
settings-duress-removed = A banna. Farati PIN si tɛ yen sisan.
pin-wrong-left =
    { $count ->
       *[other] O PIN ma ɲi. Ni i ye PIN filinen sɛbɛn siɲɛ { $count } wɛrɛ, fɛn o fɛn bɛ nin telefɔni kan, o bɛɛ bɛna jɔsi.
    }
settings-wipe-title = Fɛn bɛɛ jɔsi
settings-wipe-intro = Nin bɛ deliliw bɛɛ ani sɛbɛn minnu ma ci, olu jɔsi nin telefɔni kan. A tɛ se ka segin. Dɛmɛbagaw ye delili minnu sɔrɔ ka ban, olu bɛ to dɛmɛbagaw bolo.
settings-wipe-confirm = Ɔwɔ, fɛn bɛɛ jɔsi

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = I bɛ farati la sisan wa?
danger-yes-child = Ɔwɔ, n bɛ farati la
danger-no-child = Ayi, sisan tɛ
emergency-intro-child = I bɛ se ka nin nimɔrɔw wele. Ɛntɛrinɛti mago t'i la.
emergency-call-trace-child = I ka telefɔni bɛ weleliw ni cikanw lisi mara. Ni i t'a fɛ mɔgɔ wɛrɛ k'a ye, i bɛ se k'u jɔsi o kɔfɛ.
needs-title-child = I mago bɛ dɛmɛ na mun na?
needs-intro-child = Fɛn minnu bɛɛ ye tiɲɛ ye i fɛ, olu digi. I bɛ se ka nin tɛmɛ.
need-legal_immigration-child = Dɛmɛ sɛbɛnw ko la
need-labour_exploitation-child = Mɔgɔ dɔ bɛ n diyagoya ka baara kɛ
need-sexual_exploitation-child = Mɔgɔ dɔ bɛ n diyagoya ka cɛ ni muso ko kɛ
need-money_debt-child = Mɔgɔ dɔ b'a fɔ ko a ka juru bɛ n na
need-going_home-child = N b'a fɛ ka segin so walima ka n ka denbaya sɔrɔ
need-child_at_risk-child = Den wɛrɛ bɛ farati la
urgency-title-child = I mago bɛ dɛmɛ na tuma jumɛn?
for-whom-title-child = Jɔn mago bɛ dɛmɛ na?
for-whom-self-child = Ne
contact-title-child = An bɛ se ka kuma i fɛ cogo di k'a sɔrɔ farati t'a la?
contact-intro-child = Sira dɔ sugandi min lakananen don i ma. Mɔgɔ wɛrɛ man kan k'a ye.
times-title-child = Waati jumɛn de lakananen don an ka i wele walima ka sɛbɛn i ma?
times-intro-child = I bɛ se ka nin tɛmɛ. O tuma, an bɛna an janto kosɛbɛ.
voicemail-title-child = An bɛ se ka kumakan cikan to wa?
someone-else-title-child = Ni mɔgɔ wɛrɛ ye jaabi di, an ka kan ka mun kɛ?
responder-title-child = I b'a fɛ ka kuma ni jɔn ye?
more-title-child = Fɛn wɛrɛ bɛ yen wa?
more-intro-child = I man kan ka jaabi di ni i t'a fɛ.
place-label-child = I bɛ min? Dugu tɔgɔ ka wasa.
message-label-child = Min bɛ kɛra, o fɔ an ye, ni i b'a fɛ
consent-title-child = Jɔn bɛ se ka i ka sɛbɛn kalan?
consent-intro-child = E de bɛ sugandili kɛ. Min lakananen don ka tɛmɛ, o sugandira ka ban.
consent-hotline_only-desc-child = Dɛmɛbagaw dama de b'a kalan. U b'a mara gundo la.
consent-may_refer_to_services-desc-child = Dɛmɛbagaw bɛ se k'a fɔ mɔgɔw ye minnu bɛ denmisɛnw lakana, i n'a fɔ dɔgɔtɔrɔ, so lakananen walima sariya dɛmɛbaga.
consent-may_involve_police-desc-child = Dɛmɛbagaw bɛ se k'a fɔ pɔlisi fana ye, walasa u ka mɔgɔ minnu b'i tɔɔrɔ, olu bali.
review-title-child = I ka jaabiw lajɛ
review-intro-child = Ni i ye nin ci, a bɛ datugu. Dɛmɛbagaw dama de bɛ se k'a da wuli. Mɔgɔ si tɛ se k'a kalan nin telefɔni kan, hali e yɛrɛ.
submit-done-child = I ka cikan datugura nin telefɔni kan. A bɛna ci ni ɛntɛrinɛti bɛ yen.
handover-title-child = Ɲininkali minnu ye e dama ta ye
handover-person-child = E dama de bɛna ɲininkali nataw jaabi. Mɔgɔ min bɛ i dɛmɛ, o tɛna i ka kumaw ye.
giveback-intro-child = I ka jaabiw datugura. Mɔgɔ min bɛ i dɛmɛ, o tɛ se k'u ye. Sisan, telefɔni segin o mɔgɔ ma.
reference-for-person-child = Nin kumaw ye e dama ta ye. U b'a to i bɛ se ka dɛmɛbagaw ka jaabiw kalan. Telefɔni o telefɔni kan min bɛ ni nin porogaramu ye, “{ $requests }” digi, o kɔfɛ “{ $check }”, ka kumaw walima jatedenw sɛbɛn. U dogo: mɔgɔ o mɔgɔ ni u b'a bolo, o bɛ se ka jaabiw kalan.

## Errors (codes come from the app's core)

error-wrong_pin = O PIN ma ɲi.
error-locked = Sabali, porogaramu da wuli ni i ka PIN ye fɔlɔ.
error-no_hotline = Nin porogaramu ma siri dɛmɛbagaw la fɔlɔ. I ka sɛbɛn marala.
error-invalid = Jaabi dɔw ka kan ka yɛlɛma. Sabali, ɲininkali taamasiyɛnnenw lajɛ.
error-pin_too_short = Nimɔrɔ 6 ka taa bila 12 la de bɛ PIN na.
error-duress_same_as_pin = Farati PIN ka kan ka danfara ni i ka PIN ye.
error-worker_drafts_open = Baarakɛla cogo tɛ se ka jɔ ni i bɛ mɔgɔ minnu dɛmɛ, olu ka deliliw ma ci fɔlɔ. Sabali, u ci, walima k'u jɔsi “Delili minnu ma ci fɔlɔ” kɔnɔ, o kɔfɛ k'a jɔ.
error-already_set_up = Nin porogaramu labɛnna ka ban.
error-not_found = Nin ma sɔrɔ. A bɛ se ka kɛ a jɔsira.
error-internal = Fɛn dɔ ma taa ka ɲɛ. I ka delili maralenw lakananen don. Sabali, a lajɛ tugun.
error-not_set_up = Nin porogaramu ma labɛn fɔlɔ. Sabali, PIN sugandi fɔlɔ.
error-busy = Porogaramu bɛ ci kɛ la. Sabali, a lajɛ tugun dɔɔnin kɔfɛ.
error-status_unavailable = Dɛmɛbagaw ma se ka ɲininka sisan. I ka delili lakananen don. Sabali, a lajɛ tugun kɔfɛ.
error-malformed = Jaabi dɔw ma se ka kalan. Sabali, u lajɛ ka a lajɛ tugun.
error-too_large = Nin ka jan kojugu ka ci. Sabali, i ka cikan surunya.
error-unsupported_version = Nin porogaramu mago bɛ kuraya la.
error-profile = Dɛmɛbagaw ka kunnafoniw nin porogaramu kɔnɔ ma ɲi. I ka sɛbɛn marala. Sabali, porogaramu kuralen ta.
error-sync_client = Porogaramu tɛ se ka siri farati tɛ yɔrɔ min na sisan. I ka delili marala, a bɛna ci kɔfɛ.
error-already_exists = Nin marala ka ban.
error-empty_pin = Sabali, i ka PIN sɛbɛn.
error-invalid_kdf_params = Nin porogaramu ka labɛnw ma ɲi. Sabali, porogaramu kuralen ta.
error-device_secret_unavailable = Porogaramu tɛ se ka se nin telefɔni ka marayɔrɔ lakananen ma. Sabali, telefɔni faga k'a mana tugun, ka a lajɛ tugun.
error-envelope = I ka delili ma se ka datugu dɛmɛbagaw ye. A bɛ mara sɛbɛn ye hali bi.
error-receipt_mismatch = Dɛmɛbagaw ka jaabi ma se ka lajɛ. I ka delili bɛna ci tugun.
error-corrupt = Porogaramu ka fɛn maralenw tiɲɛna. A tɛ se ka da wuli.
error-io = Telefɔni ma se ka nin mara. A bɛ se ka kɛ a fara. Sabali, yɔrɔ dɔ lankolon ka a lajɛ tugun.
error-database = Porogaramu ma se k'a ka kunnafoniw kalan walima k'u mara. I ka delili maralenw lakananen don. Sabali, a lajɛ tugun.
error-pin_too_long = Nimɔrɔ 6 ka taa bila 12 la de bɛ PIN na.
error-pin_not_digits = Nimɔrɔw dama de bɛ PIN na.
error-reference_word_count = Kodi ye kuma 9 ye. Sabali, a lajɛ ni i y'u bɛɛ sɛbɛn.
error-reference_unknown_word = Kuma kelen ma ɲi. Sabali, a sɛbɛncogo lajɛ.
check-reference-wrong-word = Kuma nimɔrɔ { $number } ma ɲi. Sabali, a sɛbɛncogo lajɛ.
error-reference_digits = Kodi ye jateden 22 ye. Sabali, a lajɛ ni i y'u bɛɛ sɛbɛn.
error-reference_check = Kuma kelen walima jateden kelen ma ɲi. Sabali, u kelen kelen lajɛ ka a lajɛ tugun.
error-reference_not_found = Delili si tɛ dɛmɛbagaw bolo ni nin kodi ye fɔlɔ. Ni a cira telefɔni dɔ la ɛntɛrinɛti tɛ yen tuma min na, a bɛna se ni ɛntɛrinɛti bɛ o telefɔni kan tugun. Sabali, a lajɛ tugun kɔfɛ. Ni a ma sɔrɔ o kɔ fana, sabali, kuma walima jateden kelen kelen lajɛ.
field-error-empty = Sabali, nin fa, walima ɲininkali tɛmɛ.
field-error-not_trimmed = Sabali, yɔrɔ lankolonw bɔ a daminɛ walima a laban na.
field-error-too_long = Nin ka jan kojugu. Siginiden { $max } dama.
field-error-too_many_bytes = Nin ka jan kojugu.
field-error-too_many = A ka ca kojugu. { $max } dama.
field-error-duplicate = Nin bɛ lisi kɔnɔ siɲɛ fila.
field-error-control_characters = Siginiden dɔw bɛ nin na minnu tɛ se ka baara.
field-error-invalid_phone = Nin telefɔni nimɔrɔ ma ɲi. A daminɛ ni + ye ani jamana kode.
field-error-invalid_region = Nin jamana ma dɔn.
field-error-invalid_email = Nin imɛli adirɛsi ma ɲi.
field-error-invalid_language = Nin kan ma dɔn.
field-error-invalid_time_zone = Nin yɔrɔ lɛrɛ ma dɔn.
field-error-invalid_time = Sabali, daminɛ waati ni laban waati sugandi minnu tɛ kelen ye.
field-error-no_contact_method = Sabali, sira kelen sugandi k'a dɔgɔya walasa ka i sɔrɔ. "N bɛna a filɛ nin porogaramu kɔnɔ" ka wasa.
field-error-unsupported_version = Nin porogaramu mago bɛ kuraya la.
