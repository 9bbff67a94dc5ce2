## Reach — Hausa (Hausa)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Hausa
# The language's name in English, for the language search.
-locale-english = Hausa
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Na'urar lissafi
quick-exit = Fita da sauri
quick-exit-hint = Tana ɓoye wannan manhaja nan take
back = Koma baya
next = Na gaba
skip = Tsallake wannan
save = Ajiye
cancel = Soke
close = Rufe
done = An gama
optional = ba dole ba ne
step-of = Mataki na { $current } cikin { $total }
saved-locked = An ajiye kuma an kulle a wannan wayar

## Calculator (the app's disguise)

calc-label = Na'urar lissafi
calc-display-label = Sakamako
calc-clear = C
calc-equals = =
calc-error = Kuskure

## First use: a private PIN

setup-title = Mayar da wannan manhaja ta sirri
setup-intro = Zaɓi lambar sirri (PIN). Ku kaɗai ya kamata ku san ta.
setup-how = Don buɗe wannan manhaja daga baya, rubuta PIN ɗinku a kan na'urar lissafin, sannan danna =.
setup-pin-label = PIN ɗinku (lamba 6 zuwa 12)
setup-pin-repeat-label = Sake rubuta PIN ɗinku
setup-duress-title = PIN na gaggawa (kuna iya tsallake wannan)
setup-duress-intro = Idan wani ya tilasta muku buɗe wannan manhaja, ku rubuta wannan PIN ɗin dabam maimakon haka. Manhajar za ta yi kamar babu komai a cikinta, kuma za a goge duk abin da ke cikinta ba tare da wata alama ba.
setup-duress-label = PIN na gaggawa
setup-submit = Ajiye PIN ɗina
setup-mismatch = PIN ɗin biyu ba ɗaya ba ne. Don Allah ku sake gwadawa.

## Language

lang-title = Zaɓi harshenku
lang-intro = Kuna iya canza shi daga baya a cikin Saituna.
lang-search-label = Nemo harshenku
lang-search-hint = Rubuta sunan harshenku, da kowane harshe
lang-search-none = Babu harshen da ya dace da wannan. Gwada 'yan haruffa kaɗan.
lang-yours = Harsunan da ke wannan wayar
lang-all = Duk harsuna
lang-load-failed = Ba a iya buɗe wannan harshe ba, don haka ana nuna manhajar da Turanci.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Shekarunku nawa?
age-intro = Kuna iya tsallake wannan. Idan shekarunku ba su kai 18 ba, manhajar za ta yi amfani da kalmomi masu sauƙi, kuma ta nuna taimako ga yara.
age-under_18 = Ƙasa da 18
age-18_to_25 = 18 zuwa 25
age-26_to_59 = 26 zuwa 59
age-60_plus = 60 ko fiye

## Danger check and emergency numbers

danger-title = Kuna cikin haɗari yanzu?
danger-yes = Ee, ina cikin haɗari yanzu
danger-no = A'a, ba yanzu ba
emergency-title = Lambobin gaggawa
emergency-intro = Kuna iya kiran waɗannan lambobi ba tare da intanet ba.
emergency-country-label = Ƙasarku
emergency-police = 'Yan sanda da agajin gaggawa
emergency-hotline = Taimako ga mutanen da aka yi safararsu ko aka tilasta musu aiki
emergency-children = Taimako ga yara da matasa
emergency-call = Kira { $number }
emergency-source = Tushe: { $source }
emergency-checked = An duba: { $date }
emergency-not-checked = Ba a sake duba shi ba tukuna. Idan lambar ba ta aiki, ku kira lambar gaggawa.
emergency-call-trace = Kiraye-kiraye da saƙonnin rubutu suna zama a cikin jerin da ke wayarku. Idan wani yana duba wayarku, kuna iya goge su daga baya.
emergency-none = Ba mu da lambobi na wannan ƙasa tukuna. Idan kuna cikin haɗari, ku kira lambar gaggawa ta yankinku.
emergency-continue = Ci gaba ku nemi taimako

## What help is needed

needs-title = Wane taimako kuke buƙata?
needs-intro = Zaɓi duk waɗanda suka dace. Kuna iya tsallake wannan.
need-safety_now = Samun tsaro yanzu
need-shelter = Wuri mai aminci don zama
need-medical = Likita ko magani
need-legal_immigration = Taimako game da takardu, biza ko doka
need-labour_exploitation = Matsala a wurin aiki ko rashin biya
need-sexual_exploitation = An tilasta min yin jima'i
need-child_at_risk = Wani yaro yana cikin haɗari
need-money_debt = Kuɗi ko bashi
need-going_home = Komawa gida ko neman iyali
need-interpreter = Wanda yake jin harshena
need-other = Wani abu dabam
urgency-title = Yaushe kuke buƙatar taimako?
urgency-now = Yanzu
urgency-today = Yau
urgency-this_week = Wannan makon
urgency-not_urgent = Zai iya jira
for-whom-title = Wannan roƙo na wane ne?
for-whom-self = Don kaina
for-whom-someone_else = Don wani dabam
for-whom-assisted_by_outreach = Ni ma'aikacin agaji ne da ke taimaka wa wani

## Safe contact

contact-title = Ta yaya layin taimako zai iya tuntuɓarku lafiya?
contact-intro = Zaɓi aƙalla hanya ɗaya. Ku zaɓi hanyoyin da ke da aminci a gare ku kawai.
contact-call = Kiran waya
contact-sms = Saƙon rubutu (SMS)
contact-messaging_app = Manhajar aika saƙo
contact-email = Imel
contact-in_person_via_outreach = Ido da ido, ta hannun ma'aikacin agaji
contact-check_back_in_app = Zan duba amsa a cikin wannan manhaja
contact-phone-label = Lambar waya, tare da lambar ƙasa (misali +234…)
contact-app-label = Wace manhaja? (misali WhatsApp, Signal)
contact-handle-label = Sunanku ko lambarku a cikin wannan manhajar
contact-email-label = Adireshin imel
times-title = Yaushe ne babu haɗari a tuntuɓe ku?
times-intro = Kuna iya tsallake wannan. Idan kun tsallake, layin taimako zai ƙara yin hankali sosai.
times-add = Ƙara lokaci mai aminci
times-remove = Cire wannan lokaci
times-from = Daga
times-to = Zuwa
times-days = Ranaku
times-any-day = Kowace rana
times-zone = Yankin lokaci
weekday-mon = Litinin
weekday-tue = Talata
weekday-wed = Laraba
weekday-thu = Alhamis
weekday-fri = Juma'a
weekday-sat = Asabar
weekday-sun = Lahadi
voicemail-title = Layin taimako zai iya barin saƙon murya?
voicemail-yes = Ee, saƙon murya yana da aminci
voicemail-no = A'a, kada a bar saƙon murya ko kaɗan
voicemail-unsaid = Idan ba ku amsa ba, layin taimako ba zai bar saƙon murya ba.
code-word-label = Kalmar sirri
code-word-hint = Layin taimako zai faɗi wannan kalma, don ku san cewa su ne da gaske.
someone-else-title = Idan wani dabam ya ɗauki wayar, ya kamata layin taimako ya…
someone-else-hang_up = Katse wayar
someone-else-say_wrong_number = Ce an yi kuskuren lamba
someone-else-ask_for_code_word = Tambayi kalmar sirri
someone-else-other = Wani abu dabam
someone-else-other-label = Me ya kamata su yi?
responder-title = Da wa kuke son yin magana?
responder-woman = Mace
responder-man = Namiji
responder-any_gender = Kowa ma ya yi
responder-language-label = Harshen da kuke son a amsa muku da shi

## More (all optional)

more-title = Ƙarin bayani kaɗan game da ku
more-intro = Duk wannan ba dole ba ne.
place-label = Ina kuke? Gari ko unguwa ya isa.
place-hint = Ku faɗi abin da kuke so kawai. Wannan manhaja ba ta taɓa amfani da wurin da kuke ba.
message-label = Saƙonku
message-hint = Kuna iya rubutu da kowane harshe.
message-left =
    { $count ->
        [one] Harafi { $count } ya rage
       *[other] Haruffa { $count } sun rage
    }

## Consent

consent-title = Wa zai iya ganin roƙonku?
consent-intro = Ku ne kuke yanke shawara. An riga an zaɓi zaɓin da ya fi sirri.
consent-hotline_only = Layin taimako kawai
consent-hotline_only-desc = Ƙungiyar layin taimako kawai ce take karantawa. Ba sa raba shi da kowa.
consent-may_refer_to_services = Layin taimako da ƙungiyoyin da za su iya taimakawa
consent-may_refer_to_services-desc = Don a taimake ku, layin taimako zai iya raba shi da wuraren fakewa, likitoci ko lauyoyi.
consent-may_involve_police = Layin taimako, ƙungiyoyin taimako da 'yan sanda
consent-may_involve_police-desc = Layin taimako zai iya sanar da 'yan sanda ma.
consent-child-note = Saboda shekarunku ba su kai 18 ba, yana iya zama dole layin taimako ya sanar da mutanen da aikinsu shi ne kare yara, don ku zauna lafiya.

## Review and send

review-title = Duba roƙonku
review-intro = Za a kulle roƙonku ta yadda layin taimako kaɗai zai iya buɗe shi. Bayan kun aika, babu wanda zai iya karanta shi a wannan wayar, har ku ma.
review-not-answered = Ba a amsa ba
review-change = Canza
review-needs = Taimakon da ake buƙata
review-contact = Yadda za a tuntuɓe ku
review-times = Lokuta masu aminci
review-more = Ƙari game da ku
review-consent = Wa zai iya gani
submit = Kulle ku aika wa layin taimako
submit-working = Ana kulle roƙonku…
submit-done = An kulle roƙonku a wannan wayar. Za a aika shi idan akwai intanet.

## Status

status-title = Roƙe-roƙenku
status-intro = A nan kuna iya ganin inda kowane roƙo yake.
status-empty = Babu roƙo tukuna.
status-saved = An ajiye a wannan wayar kuma an kulle. Za a aika shi idan akwai intanet.
status-sending = Ana aikawa yanzu…
status-received = Layin taimako ya karɓa. Mun duba rasidin layin taimako.
status-needs_attention = Wannan roƙo yana buƙatar kulawarku.
status-attempts =
    { $count ->
        [one] An gwada sau ɗaya
       *[other] An gwada sau { $count }
    }
status-hotline-received = Ana jiran wani a layin taimako ya karanta shi.
status-hotline-in_review = Wani a layin taimako yana karanta shi.
status-hotline-answered = Layin taimako ya ɗauki mataki a kai.
status-hotline-closed = Layin taimako ya rufe shi.
status-hotline-contact_planned = Wani a layin taimako yana shirin yadda zai tuntuɓe ku lafiya.
status-hotline-needs_interpreter = Layin taimako yana neman wanda yake jin harshenku.
status-hotline-referred = Layin taimako ya roƙi wata ƙungiya abokiyar aiki ta taimake ku.
status-hotline-unknown = Layin taimako yana da labari game da shi. Don ganin ƙari, ku sabunta manhajar idan babu haɗari.
status-replies = Saƙonni daga layin taimako
status-reply-note = Layin taimako ya kuma rubuta (wataƙila ba da harshenku ba):
status-reply-unreadable = Wani saƙo ya zo wanda wannan manhaja ba ta iya tantancewa ba, don haka ba a nuna shi ba.
status-offline = Babu intanet yanzu. Roƙe-roƙenku suna lafiya a wannan wayar.
status-send-now = Aika yanzu
status-retry = Sake gwadawa
status-check = Tambayi layin taimako labari
status-new = Fara sabon roƙo

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Mun karanta roƙonku. Za mu tuntuɓe ku ta hanyar da kuka zaɓa.
reply-call_planned = Za mu kira ku ranar { $day } tsakanin { $from } da { $to } (lokacinku).
reply-message_planned = Za mu aika muku saƙo ranar { $day } tsakanin { $from } da { $to } (lokacinku).
reply-interpreter = Muna neman mai fassara da ke jin harshenku. Za mu tuntuɓe ku ba da daɗewa ba.
reply-referred = Mun roƙi wata ƙungiya abokiyar aiki da ke kusa da ku ta taimaka. Za su tuntuɓe ku ta hanyar da kuka zaɓa.
reply-call_us = Don Allah ku kira mu idan babu haɗari a gare ku. Ku ne kuke zaɓar lokaci.
reply-danger = Idan kuna cikin haɗari yanzu, ku kira lambar gaggawa. Kuna iya samun ta a cikin wannan manhaja.
reply-closed = Mun rufe roƙonku. Kuna iya aika sabo a kowane lokaci.
reply-unknown = Layin taimako ya aika saƙon da wannan sigar manhajar ba za ta iya nunawa ba. Don Allah ku sabunta manhajar idan babu haɗari.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = An rufe roƙonku. Za ku gaya mana yadda taimakon ya kasance? Tambayoyi gajeru guda uku. Kuna iya tsallake su.
feedback-private = Ana aika amsoshinku ba tare da roƙonku ko sunanku ba. Layin taimako yana ganin jimilla kawai.
feedback-start = Amsa
feedback-skip = A'a, na gode
feedback-send = Aika amsoshi
feedback-q-helped = Kun sami taimakon da kuke buƙata?
feedback-q-safe = Kun ji kuna lafiya lokacin da muka tuntuɓe ku?
feedback-q-recommend = Za ku gaya wa aboki game da mu?
feedback-a-yes = Ee
feedback-a-partly = Wani ɓangare
feedback-a-no = A'a
feedback-thanks = Na gode. Za a aika amsoshinku.
feedback-declined = To. Ba za mu sake tambaya ba.
feedback-failed = Hakan bai yi aiki ba. Don Allah ku sake gwadawa.
problem-unknown_key = Wannan manhaja tana buƙatar sabuntawa kafin a iya aika wannan roƙo.
problem-conflict = Layin taimako yana da wani roƙo dabam mai lamba ɗaya da wannan. Don Allah ku tuntuɓi layin taimako ta wata hanya.
problem-malformed = Layin taimako bai iya karanta wannan roƙo ba. Don Allah ku fara sabon roƙo.
problem-too_large = Wannan roƙo ya yi tsawo sosai. Don Allah ku fara sabo da gajeren saƙo.
problem-unsupported_media_type = Wannan manhaja tana buƙatar sabuntawa kafin a iya aika wannan roƙo.
problem-other = Hanyar sadarwa ko layin taimako ya ƙi wannan roƙo. Kuna iya sake gwadawa, ko ku gwada wata hanyar sadarwa.

## Several people on one device (outreach)

drafts-title = Roƙe-roƙen da ba a aika ba tukuna
drafts-continue = Ci gaba
drafts-delete = Goge
drafts-none = Babu abin da ke jira.
review-reference = Wannan mutumin ba zai riƙe wannan wayar ba: ba shi lamba
review-reference-hint = Da wannan lambar, zai iya karanta amsoshin layin taimako a kowace waya da ke da wannan manhaja. Wannan wayar za ta nuna ne kawai ko layin taimako ya karɓi roƙon.
assisted-organisation-label = Ƙungiyarka (kai, ma'aikacin fage)
assisted-hint = Layin taimako zai ga cewa ka taimaki wannan mutumin, da waɗanda kake aiki da su.
assisted-channel-label = Yadda layin taimako zai iya tuntuɓarka (ba dole ba)
reference-title = Lambar mutumin
reference-intro = Ba wa mutumin waɗannan kalmomi. Da su, zai iya karanta amsoshin layin taimako a kowace waya da ke da wannan manhaja. Wannan wayar ba ta rubuta su a ko'ina ba, kuma tana manta da su da zarar mutumin yana da su.
reference-for-person = Waɗannan kalmomi naku ne. Da su, za ku iya karanta amsoshin layin taimako. A kowace waya da ke da wannan manhaja, ku buɗe “{ $requests }”, sannan “{ $check }”, sai ku rubuta kalmomin ko lambobin. Ku ajiye su a wuri mai aminci: duk wanda yake da su zai iya karanta amsoshin.
reference-words = Kalmomin
reference-digits = Lambar guda ɗaya, a rubuce da lambobi
reference-request = Roƙo { $number }
reference-done = Mutumin yana da lambarsa
reference-again = An kulle manhajar yayin da ake nuna lambar. Ga ta nan kuma: ba wa mutumin ita yanzu.
status-check-reference = Duba lamba
check-reference-title = Duba lamba
check-reference-intro = Rubuta kalmomi ko lambobin da aka ba ku. Wannan wayar ba ta ajiye su, ko amsoshin.
check-reference-no-hotline = Ba a haɗa wannan manhaja da layin taimako ba tukuna, don haka ba za ta iya duba lamba a nan ba. Don Allah ku gwada a wata waya da ke da wannan manhaja.
check-reference-label = Kalmomi ko lambobi
check-reference-submit = Duba
check-reference-working = Ana dubawa. Zai iya ɗaukar 'yan daƙiƙoƙi…
check-reference-no-replies = Babu saƙo daga layin taimako tukuna.
check-reference-show-in = Nuna a harshen { $language }
worker-title = Aikin fage
worker-working-as = Kana aiki da sunan: { $organisation }
worker-intro = Kowane mutumin da kake taimakawa yana amsawa da harshensa. Amsoshinsa suna fita daga wannan wayar a rufe, kuma mutumin yana tafiya da lamba. Lamba da halin kowane roƙo kawai ke zama a nan.
worker-new-person = Taimaka wa sabon mutum
handover-title = Tambayoyi gare ka kaɗai
handover-worker = Ka ba mutumin wayar yanzu. Zai amsa tambayoyi na gaba shi kaɗai, kuma ba za ka ga amsoshinsa ba.
handover-person = Tambayoyi na gaba naka ne kaɗai. Wanda ke taimaka maka ba zai ga amsoshinka ba.
handover-start = Fara
giveback-title = Na gode
giveback-intro = An rufe amsoshinka. Wanda ke taimaka maka ba zai iya ganinsu ba. Yanzu ka mayar da wayar.
giveback-button = Mayar da wayar
review-private = Mutumin ya amsa wannan shi kaɗai. Ba a nuna shi ba.
review-assisted-as = Layin taimako zai ga cewa ka taimaka, da sunan: { $organisation }
review-later = Ba yanzu ba: ajiye shi a “Roƙe-roƙen da ba a aika ba tukuna”
review-hand-again = Sake ba mutumin wayar
review-hand-again-hint = Yi amfani da wannan idan mutumin yana son canza abin da ya amsa shi kaɗai, ko akwai wani abu a can da dole a gyara. Zai sake ganin tambayar wa zai iya ganin roƙon, ya sake zaɓa.
review-private-fix = Dole a gyara wani abu da mutumin ya amsa shi kaɗai. Shi kaɗai ne zai iya gyara shi: sake ba shi wayar.
age-given-back-worker = Idan ka canza shekarun zuwa ƙasa da 18, ko ka canza shekarun da suke ƙasa da 18, dole mutumin ya sake ganin tambayar wa zai iya ganin roƙon: za ka ƙara ba shi wayar sau ɗaya.
age-reopened-worker = Canjin shekarun ya shafi zaɓin mutumin na wa zai iya ganin roƙon. Ci gaba: za ka sake ba shi wayar, kuma zai sake zaɓa.
setup-worker = Ni ma'aikacin fage ne: ina taimaka wa wasu mutane su nemi taimako
setup-worker-hint = Layin taimako zai ga ƙungiyarka a kowane roƙon da ka taimaka da shi.
worker-org-needed = Rubuta sunan ƙungiyarka, ko ka kashe yanayin ma'aikacin filin.
settings-worker-title = Yanayin ma'aikacin fage
settings-worker-intro = Taimaka wa wasu mutane su aika roƙo daga wannan wayar. Ana rufe amsoshinsu, kuma kowane mutum yana tafiya da lamba.
settings-worker-on = Kunna
settings-worker-save = Ajiye canje-canje
settings-worker-off = Kashe
settings-worker-saved = An gama. Yanayin ma'aikacin fage yana kunne.
settings-worker-removed = An gama. Yanayin ma'aikacin fage a kashe yake.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Karanta da murya: { $text }
speak-stop = Daina karantawa
speak-no-voice = Babu murya don wannan harshe a wannan wayar.
speak-unavailable = Karantawa da murya ba ta aiki a wannan wayar yanzu.
speak-headphones = Ku sa hedfon idan wani da ke kusa zai iya ji.

## Settings

settings-title = Saituna
settings-language = Harshe
settings-read-aloud = Karanta kowane shafi da murya idan ya buɗe
settings-lock = Kulle yanzu
settings-less-protected = Kariya ba ta da ƙarfi a wannan na'ura: babu wurin ajiyar maɓalli mai aminci a nan, don haka duk wanda ya kwafi fayilolin manhajar zai iya ƙoƙarin hasashen PIN ɗinku. PIN mai tsawo yana ƙara kare ku.
settings-duress-title = PIN na gaggawa
settings-duress-intro = PIN na biyu don lokacin da wani ya tilasta muku buɗe manhajar. Yana goge komai ba tare da wata alama ba.
settings-current-pin = PIN ɗinku
settings-duress-save = Ajiye PIN na gaggawa
settings-duress-remove = Cire PIN na gaggawa
settings-pin-title = Canza PIN ɗinku
settings-new-pin = Sabon PIN (lamba 6 zuwa 12)
settings-new-pin-again = Sake rubuta sabon PIN
settings-pin-save = Canza PIN
settings-pin-changed = An canza PIN ɗinku. Daga yanzu, ku yi amfani da sabon PIN.
settings-duress-saved = An gama. An ajiye PIN ɗinku na gaggawa.
settings-duress-removed = An gama. Yanzu babu PIN na gaggawa.
pin-wrong-left =
    { $count ->
        [one] Wannan PIN ba daidai ba ne. Idan aka sake shigar da kuskuren PIN sau ɗaya, za a goge duk abin da ke wannan wayar.
       *[other] Wannan PIN ba daidai ba ne. Idan aka sake shigar da kuskuren PIN sau { $count }, za a goge duk abin da ke wannan wayar.
    }
settings-wipe-title = Goge komai
settings-wipe-intro = Wannan yana goge duk roƙe-roƙe da daftarori da ke wannan wayar. Ba za a iya dawo da su ba. Roƙe-roƙen da layin taimako ya riga ya karɓa suna nan a wurin layin taimako.
settings-wipe-confirm = Ee, goge komai

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Kuna cikin haɗari yanzu?
danger-yes-child = Ee, ina cikin haɗari
danger-no-child = A'a, ba yanzu ba
emergency-intro-child = Kuna iya kiran waɗannan lambobi. Ba kwa buƙatar intanet.
emergency-call-trace-child = Wayarku tana ajiye jerin kira da saƙonni. Idan kuna damuwa cewa wani zai gan shi, kuna iya goge su daga baya.
needs-title-child = Me kuke buƙatar taimako a kai?
needs-intro-child = Danna duk abin da yake gaskiya a gare ku. Kuna iya tsallake wannan.
need-legal_immigration-child = Taimako game da takardu
need-labour_exploitation-child = Wani yana tilasta min aiki
need-sexual_exploitation-child = Wani yana tilasta min yin abubuwan jima'i
need-money_debt-child = Wani yana cewa ina bin sa kuɗi
need-going_home-child = Ina so in koma gida ko in sami iyalina
need-child_at_risk-child = Wani yaro dabam yana cikin haɗari
urgency-title-child = Yaushe kuke buƙatar taimako?
for-whom-title-child = Wa yake buƙatar taimako?
for-whom-self-child = Ni
contact-title-child = Ta yaya za mu yi magana da ku lafiya?
contact-intro-child = Zaɓi hanyar da ke da aminci a gare ku. Kada wani ya gani.
times-title-child = Yaushe ne babu haɗari mu kira ku ko mu rubuta muku?
times-intro-child = Kuna iya tsallake wannan. Idan kun tsallake, za mu yi hankali sosai.
voicemail-title-child = Za mu iya barin saƙon murya?
someone-else-title-child = Idan wani dabam ya ɗauki wayar, me za mu yi?
responder-title-child = Da wa kuke son yin magana?
more-title-child = Akwai wani abu kuma?
more-intro-child = Ba dole ba ne ku amsa.
place-label-child = Ina kuke? Sunan gari ya isa.
message-label-child = Ku gaya mana abin da ke faruwa, idan kuna so
consent-title-child = Wa zai iya karanta abin da kuka rubuta?
consent-intro-child = Ku ne kuke zaɓa. An riga an zaɓi zaɓin da ya fi aminci.
consent-hotline_only-desc-child = Masu taimako a layin taimako kaɗai ne suke karantawa. Suna riƙe shi a asirce.
consent-may_refer_to_services-desc-child = Layin taimako zai iya gaya wa mutanen da ke kare yara, kamar likita, gida mai aminci ko lauya.
consent-may_involve_police-desc-child = Layin taimako zai iya gaya wa 'yan sanda ma, don su dakatar da mutanen da suke cutar da ku.
review-title-child = Duba amsoshinku
review-intro-child = Idan kun aika wannan, za a kulle shi. Layin taimako kaɗai ne zai iya buɗe shi. Babu wanda zai iya karanta shi a wannan wayar, har ku ma.
submit-done-child = An kulle saƙonku a wannan wayar. Za a aika shi idan akwai intanet.
handover-title-child = Tambayoyi don ku kaɗai
handover-person-child = Ku kaɗai ne za ku amsa tambayoyi na gaba. Wanda ke taimaka muku ba zai ga abin da kuka faɗa ba.
giveback-intro-child = An kulle amsoshinku. Wanda ke taimaka muku ba zai iya ganinsu ba. Yanzu ku mayar wa wanda ke taimaka muku da wayar.
reference-for-person-child = Waɗannan kalmomi naku ne kaɗai. Da su, za ku iya karanta abin da layin taimako ya rubuta muku. A kowace waya da ke da wannan manhaja, ku danna “{ $requests }”, sannan “{ $check }”, sai ku rubuta kalmomin ko lambobin. Ku riƙe su a asirce: duk wanda yake da su zai iya karanta amsoshin.

## Errors (codes come from the app's core)

error-wrong_pin = Wannan PIN ba daidai ba ne.
error-locked = Don Allah ku fara buɗe manhajar da PIN ɗinku.
error-no_hotline = Ba a haɗa wannan manhaja da layin taimako ba tukuna. An ajiye daftarinku.
error-invalid = Wasu amsoshi suna buƙatar canji. Don Allah ku duba tambayoyin da aka yi wa alama.
error-pin_too_short = PIN yana da lamba 6 zuwa 12.
error-duress_same_as_pin = Dole PIN na gaggawa ya bambanta da PIN ɗinku.
error-worker_drafts_open = Yanayin ma'aikacin fage zai kasance a kunne muddin akwai roƙe-roƙen mutanen da kuke taimakawa da ba a aika ba. Don Allah ku aika su, ko ku goge su a “Roƙe-roƙen da ba a aika ba tukuna”, sannan ku kashe shi.
error-already_set_up = An riga an shirya wannan manhaja.
error-not_found = Ba a sami wannan ba. Wataƙila an goge shi.
error-internal = Wani abu ya ɓaci. Roƙe-roƙenku da aka ajiye suna lafiya. Don Allah ku sake gwadawa.
error-not_set_up = Ba a shirya wannan manhaja ba tukuna. Don Allah ku fara zaɓar PIN.
error-busy = Manhajar tana aikawa yanzu. Don Allah ku sake gwadawa nan da ɗan lokaci.
error-status_unavailable = Ba a iya tambayar layin taimako yanzu ba. Roƙonku yana lafiya. Don Allah ku sake gwadawa daga baya.
error-malformed = Ba a iya karanta wasu amsoshi ba. Don Allah ku duba su ku sake gwadawa.
error-too_large = Wannan ya yi tsawo sosai don aikawa. Don Allah ku gajarta saƙonku.
error-unsupported_version = Wannan manhaja tana buƙatar sabuntawa.
error-profile = Bayanan layin taimako na wannan manhaja ba daidai ba ne. An ajiye daftarinku. Don Allah ku sami sabuwar manhajar.
error-sync_client = Manhajar ba za ta iya haɗawa lafiya yanzu ba. An ajiye roƙonku kuma za a aika shi daga baya.
error-already_exists = An riga an ajiye wannan.
error-empty_pin = Don Allah ku rubuta PIN ɗinku.
error-invalid_kdf_params = Saitunan wannan manhaja ba daidai ba ne. Don Allah ku sami sabuwar manhajar.
error-device_secret_unavailable = Manhajar ba ta iya isa ga ma'ajiyar tsaro ta wannan wayar ba. Don Allah ku kashe wayar ku kunna ta, sannan ku sake gwadawa.
error-envelope = Ba a iya kulle roƙonku don layin taimako ba. Har yanzu yana nan a matsayin daftari.
error-receipt_mismatch = Ba a iya tantance amsar layin taimako ba. Za a sake aika roƙonku.
error-corrupt = Bayanan da manhajar ta ajiye sun lalace. Ba za a iya buɗe su ba.
error-io = Wayar ba ta iya ajiye wannan ba. Wataƙila ta cika. Don Allah ku share wani abu don samun wuri, ku sake gwadawa.
error-database = Manhajar ba ta iya karantawa ko ajiye bayananta ba. Roƙe-roƙenku da aka ajiye suna lafiya. Don Allah ku sake gwadawa.
error-pin_too_long = PIN yana da lamba 6 zuwa 12.
error-pin_not_digits = PIN yana da lambobi kawai.
error-reference_word_count = Lambar tana da kalmomi 9. Don Allah ku duba ko kun rubuta duka.
error-reference_unknown_word = Ɗaya daga cikin kalmomin ba daidai ba ce. Don Allah ku duba yadda aka rubuta ta.
check-reference-wrong-word = Kalma mai lamba { $number } ba daidai ba ce. Don Allah ku duba yadda aka rubuta ta.
error-reference_digits = Lambar tana da lambobi 22. Don Allah ku duba ko kun rubuta duka.
error-reference_check = Kalma ko lamba ɗaya ba daidai ba ce. Don Allah ku duba kowacce ku sake gwadawa.
error-reference_not_found = Layin taimako ba shi da roƙo da wannan lambar tukuna. Idan an aika shi daga wayar da ba ta da intanet, zai iso idan wannan wayar ta sake samun intanet. Don Allah ku sake gwadawa daga baya. Idan har yanzu ba a same shi ba, ku duba kowace kalma ko lamba.
field-error-empty = Don Allah ku cike wannan, ko ku tsallake tambayar.
field-error-not_trimmed = Don Allah ku cire sarari a farko ko ƙarshe.
field-error-too_long = Wannan ya yi tsawo sosai. Haruffa { $max } a mafi yawa.
field-error-too_many_bytes = Wannan ya yi tsawo sosai.
field-error-too_many = Sun yi yawa. { $max } a mafi yawa.
field-error-duplicate = Wannan yana cikin jerin sau biyu.
field-error-control_characters = Wannan yana da alamomin da ba za a iya amfani da su ba.
field-error-invalid_phone = Wannan lambar waya ba ta yi kama da daidai ba. Fara da + da lambar ƙasa.
field-error-invalid_region = Ba a san wannan ƙasa ba.
field-error-invalid_email = Wannan adireshin imel bai yi kama da daidai ba.
field-error-invalid_language = Ba a san wannan harshe ba.
field-error-invalid_time_zone = Ba a san wannan yankin lokaci ba.
field-error-invalid_time = Don Allah ku zaɓi lokacin farawa da lokacin ƙarewa da suka bambanta.
field-error-no_contact_method = Don Allah ku zaɓi aƙalla hanya ɗaya da za a tuntuɓe ku. "Zan duba amsa a cikin wannan manhaja" ya isa.
field-error-unsupported_version = Wannan manhaja tana buƙatar sabuntawa.
