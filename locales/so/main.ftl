## Reach — Soomaali (Somali)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Soomaali
# The language's name in English, for the language search.
-locale-english = Somali
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Xisaabiye
quick-exit = Ka bax dhakhso
quick-exit-hint = Barnaamijkan isla markiiba wuu qariyaa
back = Dib u noqo
next = Sii wad
skip = Ka bood tan
save = Kaydi
cancel = Jooji
close = Xir
done = Waa dhammaatay
optional = waa ikhtiyaari
step-of = Tallaabada { $current } ee { $total }
saved-locked = Telefoonkan waa lagu kaydiyay, waana la quflay

## Calculator (the app's disguise)

calc-label = Xisaabiye
calc-display-label = Natiijo
calc-clear = C
calc-equals = =
calc-error = Khalad

## First use: a private PIN

setup-title = Barnaamijkan ka dhig mid qarsoon
setup-intro = Dooro lambar sir ah (PIN). Waa inaad adiga keliya ogaataa.
setup-how = Si aad barnaamijkan mar dambe u furto, ku qor PIN-kaaga xisaabiyaha, kadibna riix =.
setup-pin-label = PIN-kaaga (6 ilaa 12 lambar)
setup-pin-repeat-label = Mar kale qor PIN-kaaga
setup-duress-title = PIN degdeg ah (waad ka boodi kartaa tan)
setup-duress-intro = Haddii qof kugu qasbo inaad barnaamijkan furto, meeshii ku qor PIN-kan kale. Barnaamijku wuxuu u ekaan doonaa mid madhan, wax kasta oo ku jirana waa la tirtiri doonaa iyadoo aan calaamad la arkin.
setup-duress-label = PIN degdeg ah
setup-submit = Kaydi PIN-kayga
setup-mismatch = Labada PIN isku mid ma aha. Fadlan isku day mar kale.

## Language

lang-title = Dooro luuqaddaada
lang-intro = Mar dambe waad ku beddeli kartaa Dejinta.
lang-search-label = Raadi luuqaddaada
lang-search-hint = Qor magaca luuqaddaada, luuqad kasta
lang-search-none = Ma jirto luuqad tan la mid ah. Isku day xarfo ka yar.
lang-yours = Luuqadaha telefoonkan ku jira
lang-all = Dhammaan luuqadaha
lang-load-failed = Luuqaddan lama furi karin, sidaa darteed barnaamijka waxaa lagu muujiyay Ingiriis.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Immisa jir baad tahay?
age-intro = Waad ka boodi kartaa tan. Haddii aad ka yar tahay 18, barnaamijku wuxuu isticmaalaa erayo fudud, wuxuuna muujiyaa caawimaad carruurta loogu talagalay.
age-under_18 = Ka yar 18
age-18_to_25 = 18 ilaa 25
age-26_to_59 = 26 ilaa 59
age-60_plus = 60 ama ka weyn

## Danger check and emergency numbers

danger-title = Ma ku jirtaa khatar hadda?
danger-yes = Haa, hadda khatar ayaan ku jiraa
danger-no = Maya, hadda maya
emergency-title = Lambarada degdegga
emergency-intro = Lambaradan waad wici kartaa internet la'aan.
emergency-country-label = Waddankaaga
emergency-police = Booliska iyo gurmadka degdegga ah
emergency-hotline = Caawimaad dadka la iibiyo ama shaqo lagu qasbo
emergency-children = Caawimaad carruurta iyo dhallinyarada
emergency-call = Wac { $number }
emergency-source = Ilaha: { $source }
emergency-checked = La hubiyay: { $date }
emergency-not-checked = Weli mar kale lama hubin. Haddii lambarku aanu shaqayn, wac lambarka degdegga.
emergency-call-trace = Wicitaannada iyo fariimaha qoraalka ah waxay ku haraan liisaska telefoonkaaga. Haddii qof baaro telefoonkaaga, waad tirtiri kartaa kadib.
emergency-none = Weli lambaro looma hayo waddankan. Haddii aad khatar ku jirto, wac lambarka degdegga ee deegaanka.
emergency-continue = Sii wad oo caawimaad weydii

## What help is needed

needs-title = Caawimaad noocee ah ayaad u baahan tahay?
needs-intro = Dooro dhammaan kuwa kugu habboon. Waad ka boodi kartaa tan.
need-safety_now = Inaan hadda nabad ahaado
need-shelter = Meel ammaan ah oo la joogo
need-medical = Dhakhtar ama dawo
need-legal_immigration = Caawimaad waraaqaha, fiisaha ama sharciga
need-labour_exploitation = Dhibaato shaqada ah ama mushahar la'aan
need-sexual_exploitation = Lagu qasbay galmo
need-child_at_risk = Ilmo ayaa khatar ku jira
need-money_debt = Lacag ama deyn
need-going_home = Guriga u laabasho ama qoyska oo la helo
need-interpreter = Qof ku hadla luuqaddayda
need-other = Wax kale
urgency-title = Goorma ayaad caawimaad u baahan tahay?
urgency-now = Hadda
urgency-today = Maanta
urgency-this_week = Toddobaadkan
urgency-not_urgent = Way sugi kartaa
for-whom-title = Codsigan yaa loogu talagalay?
for-whom-self = Aniga
for-whom-someone_else = Qof kale
for-whom-assisted_by_outreach = Waxaan ahay shaqaale bulsho oo qof caawinaya

## Safe contact

contact-title = Sidee khadka caawimaaddu kuugula soo xiriiri karaa si ammaan ah?
contact-intro = Dooro ugu yaraan hal hab. Dooro oo keliya hababka adiga kuu ammaan ah.
contact-call = Wicitaan telefoon
contact-sms = Fariin qoraal ah (SMS)
contact-messaging_app = Barnaamij fariimeed
contact-email = Iimayl
contact-in_person_via_outreach = Fool ka fool, iyadoo loo marayo shaqaale bulsho
contact-check_back_in_app = Jawaabta waxaan ka eegi doonaa barnaamijkan
contact-phone-label = Lambarka telefoonka, oo leh koodka waddanka (tusaale +252…)
contact-app-label = Barnaamijkee? (tusaale WhatsApp, Signal)
contact-handle-label = Magacaaga ama lambarkaaga barnaamijkaas
contact-email-label = Ciwaanka iimaylka
times-title = Goorma ayay ammaan tahay in lagula soo xiriiro?
times-intro = Waad ka boodi kartaa tan. Markaas khadka caawimaaddu si gaar ah ayuu u taxaddari doonaa.
times-add = Ku dar waqti ammaan ah
times-remove = Ka saar waqtigan
times-from = Laga bilaabo
times-to = Ilaa
times-days = Maalmaha
times-any-day = Maalin kasta
times-zone = Aagga waqtiga
weekday-mon = Isniin
weekday-tue = Talaado
weekday-wed = Arbaco
weekday-thu = Khamiis
weekday-fri = Jimco
weekday-sat = Sabti
weekday-sun = Axad
voicemail-title = Khadka caawimaaddu ma kaa tagi karaa fariin cod ah?
voicemail-yes = Haa, fariin cod ah waa ammaan
voicemail-no = Maya, marnaba ha iga tegin fariin cod ah
voicemail-unsaid = Haddii aadan jawaabin, khadka caawimaaddu fariin cod ah kama tagi doono.
code-word-label = Erayga sirta ah
code-word-hint = Khadka caawimaaddu wuxuu odhan doonaa eraygan, si aad u ogaato inay runtii iyaga yihiin.
someone-else-title = Haddii qof kale jawaabo, khadka caawimaaddu waa inuu…
someone-else-hang_up = Dhigo telefoonka
someone-else-say_wrong_number = Yidhaahdo waa lambar khaldan
someone-else-ask_for_code_word = Weydiiyo erayga sirta ah
someone-else-other = Wax kale
someone-else-other-label = Maxay tahay inay sameeyaan?
responder-title = Yaad jeclaan lahayd inaad la hadasho?
responder-woman = Haweeney
responder-man = Nin
responder-any_gender = Qof kasta waa ku filan
responder-language-label = Luuqadda aad rabto in lagugu jawaabo

## More (all optional)

more-title = Wax yar oo dheeraad ah oo adiga kugu saabsan
more-intro = Waxan oo dhan waa ikhtiyaari.
place-label = Xaggee joogtaa? Magaalo ama degmo ayaa ku filan.
place-hint = Wadaag oo keliya waxaad rabto. Barnaamijkan marnaba ma isticmaalo goobtaada.
message-label = Fariintaada
message-hint = Waxaad ku qori kartaa luuqad kasta.
message-left =
    { $count ->
        [one] { $count } xaraf ayaa haray
       *[other] { $count } xaraf ayaa haray
    }

## Consent

consent-title = Yaa arki kara codsigaaga?
consent-intro = Adiga ayaa go'aamiya. Doorashada ugu qarsoon horay ayaa loo doortay.
consent-hotline_only = Khadka caawimaadda oo keliya
consent-hotline_only-desc = Kooxda khadka caawimaadda oo keliya ayaa akhrisa. Cid kale lama wadaagaan.
consent-may_refer_to_services = Khadka caawimaadda iyo adeegyada caawin kara
consent-may_refer_to_services-desc = Si lagu caawiyo, khadka caawimaaddu wuxuu la wadaagi karaa hoyga, dhakhaatiirta ama qareennada.
consent-may_involve_police = Khadka caawimaadda, adeegyada iyo booliska
consent-may_involve_police-desc = Khadka caawimaaddu wuxuu sidoo kale u sheegi karaa booliska.
consent-child-note = Maadaama aad ka yar tahay 18, si aad ammaan u ahaato, khadka caawimaaddu waxaa laga yaabaa inay waajib ku noqoto inuu u sheego dadka shaqadoodu tahay ilaalinta carruurta.

## Review and send

review-title = Hubi codsigaaga
review-intro = Codsigaaga waa la quflayaa si khadka caawimaadda oo keliya u furi karo. Markaad dirto kadib, qofna kuma akhrin karo telefoonkan, xitaa adiga.
review-not-answered = Lama jawaabin
review-change = Beddel
review-needs = Caawimaadda loo baahan yahay
review-contact = Sida lagula soo xiriiro
review-times = Waqtiyada ammaanka ah
review-more = Wax dheeraad ah oo adiga kugu saabsan
review-consent = Yaa arki kara
submit = Qufl oo u dir khadka caawimaadda
submit-working = Codsigaaga waa la quflayaa…
submit-done = Codsigaaga waa lagu quflay telefoonkan. Waa la diri doonaa marka internet jiro.

## Status

status-title = Codsiyadaada
status-intro = Halkan waxaad ku arki kartaa meesha uu marayo codsi kasta.
status-empty = Weli codsi ma jiro.
status-saved = Telefoonkan waa lagu kaydiyay, waana la quflay. Waa la diri doonaa marka internet jiro.
status-sending = Hadda waa la dirayaa…
status-received = Khadka caawimaaddu wuu helay. Waxaan hubinnay rasiidka khadka caawimaadda.
status-needs_attention = Codsigan wuxuu u baahan yahay inaad eegto.
status-attempts =
    { $count ->
        [one] Hal mar ayaa la isku dayay
       *[other] { $count } jeer ayaa la isku dayay
    }
status-hotline-received = Waxaa la sugayaa in qof khadka caawimaadda ka tirsan akhriyo.
status-hotline-in_review = Qof khadka caawimaadda ka tirsan ayaa akhrinaya.
status-hotline-answered = Khadka caawimaaddu wax ayuu ka qabtay.
status-hotline-closed = Khadka caawimaaddu wuu xiray.
status-hotline-contact_planned = Qof khadka caawimaadda ka tirsan ayaa qorsheynaya sida si ammaan ah laguula soo xiriiro.
status-hotline-needs_interpreter = Khadka caawimaaddu wuxuu raadinayaa qof ku hadla luuqaddaada.
status-hotline-referred = Khadka caawimaaddu wuxuu ka codsaday hay'ad la shaqeysa inay ku caawiso.
status-hotline-unknown = Khadka caawimaaddu war cusub ayuu ka hayaa. Si aad wax badan u aragto, cusboonaysii barnaamijka marka ay ammaan tahay.
status-replies = Fariimaha khadka caawimaadda
status-reply-note = Khadka caawimaaddu wuxuu kale oo qoray (laga yaabee inaanay ahayn luuqaddaada):
status-reply-unreadable = Fariin ayaa timid oo barnaamijkan uusan hubin karin, sidaa darteed lama muujinayo.
status-offline = Hadda internet ma jiro. Codsiyadaadu way ammaan yihiin telefoonkan.
status-send-now = Hadda dir
status-retry = Isku day mar kale
status-check = Weydii khadka caawimaadda war cusub
status-new = Bilow codsi cusub

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Waan akhrinnay codsigaaga. Waxaan kula soo xiriiri doonnaa habka aad dooratay.
reply-call_planned = Waxaan ku soo wici doonnaa { $day } inta u dhaxaysa { $from } iyo { $to } (waqtigaaga).
reply-message_planned = Waxaan kuu soo diri doonnaa fariin { $day } inta u dhaxaysa { $from } iyo { $to } (waqtigaaga).
reply-interpreter = Waxaan raadinaynaa turjubaan ku hadla luuqaddaada. Dhowaan ayaan kula soo xiriiri doonnaa.
reply-referred = Waxaan ka codsannay hay'ad nala shaqaysa oo kuu dhow inay ku caawiso. Waxay kula soo xiriiri doonaan habka aad dooratay.
reply-call_us = Fadlan na soo wac marka ay kuu ammaan tahay. Adiga ayaa dooranaya waqtiga.
reply-danger = Haddii aad hadda khatar ku jirto, wac lambarka degdegga. Waxaad ka heli kartaa barnaamijkan.
reply-closed = Waan xirnay codsigaaga. Waqti kasta waxaad diri kartaa mid cusub.
reply-unknown = Khadka caawimaaddu wuxuu soo diray fariin uusan noocan barnaamijku muujin karin. Fadlan cusboonaysii barnaamijka marka ay ammaan tahay.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Codsigaaga waa la xiray. Ma noo sheegi lahayd sida caawimaaddu u dhacday? Saddex su'aalood oo gaagaaban. Waad ka boodi kartaa.
feedback-private = Jawaabahaaga waxaa loo diraa iyadoo aan codsigaaga iyo magacaaga la raacin. Khadka caawimaaddu wuxuu arkaa oo keliya wadarta.
feedback-start = Ka jawaab
feedback-skip = Maya, mahadsanid
feedback-send = Dir jawaabaha
feedback-q-helped = Ma heshay caawimaaddii aad u baahnayd?
feedback-q-safe = Ma dareentay ammaan markii aan kula soo xiriirnay?
feedback-q-recommend = Ma u sheegi lahayd saaxiib annaga?
feedback-a-yes = Haa
feedback-a-partly = Qayb ahaan
feedback-a-no = Maya
feedback-thanks = Mahadsanid. Jawaabahaaga waa la diri doonaa.
feedback-declined = Waa hagaag. Mar dambe ku weydiin mayno.
feedback-failed = Taasi ma shaqayn. Fadlan isku day mar kale.
problem-unknown_key = Barnaamijkan wuxuu u baahan yahay cusboonaysiin ka hor inta aan codsigan la dirin.
problem-conflict = Khadka caawimaaddu wuxuu hayaa codsi kale oo leh lambar isku mid ah. Fadlan khadka caawimaadda kula xiriir hab kale.
problem-malformed = Khadka caawimaaddu ma akhrin karin codsigan. Fadlan bilow codsi cusub.
problem-too_large = Codsigani aad buu u dheer yahay. Fadlan bilow mid cusub oo fariin gaaban leh.
problem-unsupported_media_type = Barnaamijkan wuxuu u baahan yahay cusboonaysiin ka hor inta aan codsigan la dirin.
problem-other = Shabakadda ama khadka caawimaaddu way diideen codsigan. Waad isku dayi kartaa mar kale, ama isku day shabakad kale.

## Several people on one device (outreach)

drafts-title = Codsiyo aan weli la dirin
drafts-continue = Sii wad
drafts-delete = Tirtir
drafts-none = Wax sugaya ma jiraan.
review-reference = Qofkan ma haysan doono taleefankan: sii koodh
review-reference-hint = Koodhka, wuxuu ku akhrin karaa jawaabaha khadka caawimaadda taleefan kasta oo uu ku jiro barnaamijkan. Taleefankan wuxuu muujin doonaa oo keliya in khadka caawimaaddu helay codsiga iyo in kale.
assisted-organisation-label = Hay'addaada (adiga, shaqaalaha bulshada)
assisted-hint = Khadka caawimaaddu wuxuu arki doonaa inaad qofkan caawisay, iyo cidda aad la shaqayso.
assisted-channel-label = Sida khadka caawimaaddu kuula soo xiriiri karo (waa ikhtiyaari)
reference-title = Koodhka qofka
reference-intro = Qofka sii ereyadan. Iyaga, wuxuu ku akhrin karaa jawaabaha khadka caawimaadda taleefan kasta oo uu ku jiro barnaamijkan. Taleefankan meelna kuma qoro iyaga, wuuna ilaawaa marka qofku haysto.
reference-for-person = Ereyadani waa kuwaaga. Iyaga ayaad ku akhrin kartaa jawaabaha khadka caawimaadda. Taleefan kasta oo uu ku jiro barnaamijkan, fur “{ $requests }”, kadibna “{ $check }”, oo qor ereyada ama lambarada. Si fiican u ilaali: qof kasta oo haysta ayaa akhrin kara jawaabaha.
reference-words = Ereyada
reference-digits = Isla koodhka oo lambaro ah
reference-request = Codsi { $number }
reference-done = Qofku wuxuu haystaa koodhkiisa
reference-again = Barnaamijka waa la quflay intii koodhka la muujinayay. Waa kan mar kale: hadda qofka sii.
status-check-reference = Hubi koodh
check-reference-title = Hubi koodh
check-reference-intro = Qor ereyada ama lambarada laguu siiyay. Taleefankan ma kaydiyo iyaga, ama jawaabaha.
check-reference-no-hotline = Barnaamijkan weli laguma xirin khad caawimaad, sidaa darteed halkan laguma hubin karo koodh. Fadlan isku day telefoon kale oo uu ku jiro barnaamijkan.
check-reference-label = Erayo ama lambaro
check-reference-submit = Hubi
check-reference-working = Waa la hubinayaa. Waxay qaadan kartaa dhawr ilbiriqsi…
check-reference-no-replies = Weli farriin kama iman khadka caawimaadda.
check-reference-show-in = Ku muuji af { $language }
worker-title = Shaqada bulshada
worker-working-as = Waxaad u shaqaysaa: { $organisation }
worker-intro = Qof kasta oo aad caawiso wuxuu ku jawaabaa luqaddiisa. Jawaabihiisa waxay telefoonkan uga baxaan iyagoo xiran, qofkuna wuxuu qaataa kood. Halkan waxaa ku haray oo keliya lambarka iyo xaaladda codsi kasta.
worker-new-person = Caawi qof cusub
handover-title = Su'aalo adiga keliya kuu ah
handover-worker = Hadda telefoonka sii qofka. Wuxuu keligiis ka jawaabayaa su'aalaha xiga, adiguna ma arki doontid jawaabihiisa.
handover-person = Su'aalaha xiga adiga keliya ayay kuu yihiin. Qofka ku caawinaya ma arki doono jawaabahaaga.
handover-start = Bilow
giveback-title = Mahadsanid
giveback-intro = Jawaabahaaga waa la xiray. Qofka ku caawinaya ma arki karo. Hadda telefoonka celi.
giveback-button = Telefoonka celi
review-private = Qofku keligiis ayuu ka jawaabay tan. Lama muujiyo.
review-assisted-as = Khadka caawimaadda wuxuu arki doonaa inaad caawisay, sida: { $organisation }
review-later = Hadda maya: ku kaydi “Codsiyo aan weli la dirin”
review-hand-again = Mar kale telefoonka sii qofka
review-hand-again-hint = Isticmaal tan haddii qofku rabo inuu beddelo wixii uu keligiis ka jawaabay, ama haddii wax halkaas ku jira loo baahan yahay in la saxo. Wuxuu mar kale arki doonaa su'aasha ah yaa arki kara codsiga, wuxuuna mar kale dooran doonaa.
review-private-fix = Wax qofku keligiis ka jawaabay waa in la saxaa. Isaga oo keliya ayaa saxi kara: mar kale telefoonka sii.
age-given-back-worker = Haddii aad da'da u beddesho “Ka yar 18” ama aad ka beddesho “Ka yar 18”, qofku waa inuu mar kale arkaa su'aasha ah yaa arki kara codsiga: mar kale ayaad telefoonka siin doontaa.
age-reopened-worker = Beddelka da'du wuxuu saameeyay doorashada qofka ee ah yaa arki kara codsiga. Sii wad: mar kale ayaad telefoonka siin doontaa, isna mar kale ayuu dooran doonaa.
setup-worker = Waxaan ahay shaqaale bulshada: waxaan caawiyaa dadka kale inay caawimaad codsadaan
setup-worker-hint = Khadka caawimaadda wuxuu arki doonaa hay'addaada codsi kasta oo aad caawiso.
worker-org-needed = Qor magaca hay'addaada, ama dami habka shaqaalaha goobta.
settings-worker-title = Habka shaqaalaha bulshada
settings-worker-intro = Caawi dadka kale inay codsiyo ka diraan telefoonkan. Jawaabahooda waa la xiraa, qof kastaana wuxuu qaataa kood.
settings-worker-on = Shid
settings-worker-save = Kaydi isbeddellada
settings-worker-off = Dami
settings-worker-saved = Waa la dhammeeyay. Habka shaqaalaha bulshada waa shidan yahay.
settings-worker-removed = Waa la dhammeeyay. Habka shaqaalaha bulshada waa dansan yahay.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Kor u akhri: { $text }
speak-stop = Jooji akhriska
speak-no-voice = Telefoonkan ma laha cod luuqaddan ah.
speak-unavailable = Kor u akhrintu hadda kuma shaqaynayso telefoonkan.
speak-headphones = Isticmaal samaacadaha haddii qof kuu dhow uu maqli karo.

## Settings

settings-title = Dejinta
settings-language = Luuqadda
settings-read-aloud = Kor u akhri shaashad kasta marka ay furanto
settings-lock = Hadda qufl
settings-less-protected = Ilaalin yar ayaa qalabkan ku jirta: halkan ma jiro meel ammaan ah oo furayaasha lagu kaydiyo, sidaa darteed qof kasta oo koobiyeeya faylasha barnaamijka wuxuu isku dayi karaa inuu qiyaaso PIN-kaaga. PIN dheer ayaa si fiican kuu ilaaliya.
settings-duress-title = PIN degdeg ah
settings-duress-intro = PIN labaad oo loogu talagalay marka qof kugu qasbo inaad barnaamijka furto. Wax walba wuu tirtiraa iyadoo aan calaamad la arkin.
settings-current-pin = PIN-kaaga
settings-duress-save = Kaydi PIN-ka degdegga
settings-duress-remove = Ka saar PIN-ka degdegga
settings-pin-title = Beddel PIN-kaaga
settings-new-pin = PIN cusub (6 ilaa 12 lambar)
settings-new-pin-again = PIN-ka cusub mar kale
settings-pin-save = Beddel PIN-ka
settings-pin-changed = PIN-kaaga waa la beddelay. Hadda wixii ka dambeeya, isticmaal PIN-ka cusub.
settings-duress-saved = Waa dhammaatay. PIN-kaaga degdegga waa la kaydiyay.
settings-duress-removed = Waa dhammaatay. Hadda ma jiro PIN degdeg ah.
pin-wrong-left =
    { $count ->
        [one] PIN-kaasi sax ma aha. Hal PIN oo khaldan oo kale kadib, wax kasta oo telefoonkan ku jira waa la tirtiri doonaa.
       *[other] PIN-kaasi sax ma aha. { $count } PIN oo khaldan oo kale kadib, wax kasta oo telefoonkan ku jira waa la tirtiri doonaa.
    }
settings-wipe-title = Tirtir wax walba
settings-wipe-intro = Tani waxay tirtiraysaa dhammaan codsiyada iyo qabyo-qoraallada telefoonkan ku jira. Dib looma soo celin karo. Codsiyada uu khadka caawimaaddu horay u helay waxay sii joogayaan khadka caawimaadda.
settings-wipe-confirm = Haa, tirtir wax walba

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Ma ku jirtaa khatar hadda?
danger-yes-child = Haa, khatar ayaan ku jiraa
danger-no-child = Maya, hadda maya
emergency-intro-child = Waad wici kartaa lambaradan. Uma baahnid internet.
emergency-call-trace-child = Telefoonkaagu wuxuu hayaa liiska wicitaannada iyo fariimaha. Haddii aad ka welwelsan tahay in qof arko, waad tirtiri kartaa kadib.
needs-title-child = Maxaad u baahan tahay in lagaa caawiyo?
needs-intro-child = Taabo wax kasta oo run kuu ah. Waad ka boodi kartaa tan.
need-legal_immigration-child = Caawimaad waraaqaha ama dukumiintiyada
need-labour_exploitation-child = Qof ayaa igu qasba shaqo
need-sexual_exploitation-child = Qof ayaa igu qasba waxyaabo galmo ah
need-money_debt-child = Qof ayaa igu yidhaahda: lacag baan kugu leeyahay
need-going_home-child = Waxaan rabaa inaan guriga aado ama qoyskayga helo
need-child_at_risk-child = Ilmo kale ayaa khatar ku jira
urgency-title-child = Goorma ayaad caawimaad u baahan tahay?
for-whom-title-child = Yaa caawimaad u baahan?
for-whom-self-child = Aniga
contact-title-child = Sidee si ammaan ah kuula hadli karnaa?
contact-intro-child = Dooro hab kuu ammaan ah. Qof kale waa inuusan arkin.
times-title-child = Goorma ayay ammaan tahay inaan ku soo wacno ama kuu qorno?
times-intro-child = Waad ka boodi kartaa tan. Markaas aad baan u taxaddari doonnaa.
voicemail-title-child = Ma kaaga tagi karnaa fariin cod ah?
someone-else-title-child = Haddii qof kale jawaabo, maxaan samaynaa?
responder-title-child = Yaad rabtaa inaad la hadasho?
more-title-child = Wax kale ma jiraan?
more-intro-child = Kuma khasbana inaad ka jawaabto.
place-label-child = Xaggee joogtaa? Magaca magaalada ayaa ku filan.
message-label-child = Noo sheeg waxa dhacaya, haddii aad rabto
consent-title-child = Yaa akhrin kara waxaad qortay?
consent-intro-child = Adigaa dooranaya. Doorashada ugu ammaansan horay ayaa loo doortay.
consent-hotline_only-desc-child = Caawiyeyaasha khadka caawimaadda oo keliya ayaa akhriya. Sir ayay ku hayaan.
consent-may_refer_to_services-desc-child = Khadka caawimaaddu wuxuu u sheegi karaa dadka ilaaliya carruurta, sida dhakhtar, guri ammaan ah ama qareen.
consent-may_involve_police-desc-child = Khadka caawimaaddu wuxuu sidoo kale u sheegi karaa booliska, si ay u joojiyaan dadka ku dhibaya.
review-title-child = Eeg jawaabahaaga
review-intro-child = Markaad tan dirto, waa la quflayaa. Khadka caawimaadda oo keliya ayaa furi kara. Qofna kuma akhrin karo telefoonkan, xitaa adiga.
submit-done-child = Fariintaada waa lagu quflay telefoonkan. Waa la diri doonaa marka internet jiro.
handover-title-child = Su'aalahan adiga oo keliya ayay kuu yihiin
handover-person-child = Adiga oo keliya ayaa ka jawaabaya su'aalaha xiga. Qofka ku caawinaya ma arki doono waxaad sheegto.
giveback-intro-child = Jawaabahaaga waa la quflay. Qofka ku caawinaya ma arki karo. Hadda telefoonka u celi.
reference-for-person-child = Ereyadani adiga oo keliya ayay kuu yihiin. Iyaga ayaad ku akhrin kartaa waxa khadka caawimaadda kuu soo qoro. Telefoon kasta oo uu ku jiro barnaamijkan, taabo “{ $requests }”, kadibna “{ $check }”, oo qor ereyada ama lambarada. Qarsoodi u hay: qof kasta oo haysta ayaa akhrin kara jawaabaha.

## Errors (codes come from the app's core)

error-wrong_pin = PIN-kaasi sax ma aha.
error-locked = Fadlan marka hore barnaamijka ku fur PIN-kaaga.
error-no_hotline = Barnaamijkan weli laguma xirin khad caawimaad. Qabyo-qoraalkaaga waa la kaydiyay.
error-invalid = Jawaabaha qaar waa in la beddelaa. Fadlan eeg su'aalaha la calaamadeeyay.
error-pin_too_short = PIN wuxuu leeyahay 6 ilaa 12 lambar.
error-duress_same_as_pin = PIN-ka degdeggu waa inuu ka duwanaadaa PIN-kaaga.
error-worker_drafts_open = Habka shaqaalaha bulshada waa shidan yahay inta ay jiraan codsiyo dadka aad caawiso oo aan la dirin. Dir codsiyadaas, ama ka tirtir “Codsiyo aan weli la dirin”, kadibna dami.
error-already_set_up = Barnaamijkan horay ayaa loo diyaariyay.
error-not_found = Tan lama helin. Waxaa laga yaabaa in la tirtiray.
error-internal = Wax ayaa khaldamay. Codsiyadaada la kaydiyay way ammaan yihiin. Fadlan isku day mar kale.
error-not_set_up = Barnaamijkan weli lama diyaarin. Fadlan marka hore dooro PIN.
error-busy = Barnaamijku wuu mashquul yahay, wax ayuu dirayaa. Fadlan isku day mar kale wax yar kadib.
error-status_unavailable = Hadda khadka caawimaadda lama weydiin karin. Codsigaagu waa ammaan. Fadlan isku day mar dambe.
error-malformed = Jawaabaha qaar lama akhrin karin. Fadlan hubi oo isku day mar kale.
error-too_large = Tani aad bay u dheer tahay in la diro. Fadlan gaabi fariintaada.
error-unsupported_version = Barnaamijkan wuxuu u baahan yahay cusboonaysiin.
error-profile = Macluumaadka khadka caawimaadda ee barnaamijkan sax ma aha. Qabyo-qoraalkaaga waa la kaydiyay. Fadlan hel barnaamij la cusboonaysiiyay.
error-sync_client = Barnaamijku hadda si ammaan ah uma xiriiri karo. Codsigaaga waa la kaydiyay, waana la diri doonaa mar dambe.
error-already_exists = Tan horay ayaa loo kaydiyay.
error-empty_pin = Fadlan qor PIN-kaaga.
error-invalid_kdf_params = Dejinta barnaamijkan sax ma aha. Fadlan hel barnaamij la cusboonaysiiyay.
error-device_secret_unavailable = Barnaamijku ma gaari karo kaydka ammaanka ah ee telefoonkan. Fadlan dami oo shid telefoonka, kadibna isku day mar kale.
error-envelope = Codsigaaga looma quflin karin khadka caawimaadda. Weli waa kaydsan yahay sida qabyo-qoraal.
error-receipt_mismatch = Jawaabta khadka caawimaadda lama hubin karin. Codsigaaga mar kale ayaa la diri doonaa.
error-corrupt = Xogta barnaamijka ee la kaydiyay way xumaatay. Lama furi karo.
error-io = Telefoonku ma kaydin karin tan. Waxaa laga yaabaa inuu buuxo. Fadlan meel bannee oo isku day mar kale.
error-database = Barnaamijku ma akhrin karin ama ma kaydin karin xogtiisa. Codsiyadaada la kaydiyay way ammaan yihiin. Fadlan isku day mar kale.
error-pin_too_long = PIN wuxuu leeyahay 6 ilaa 12 lambar.
error-pin_not_digits = PIN wuxuu leeyahay lambaro oo keliya.
error-reference_word_count = Koodhku wuxuu leeyahay 9 erey. Hubi inaad dhammaan qortay.
error-reference_unknown_word = Mid ka mid ah ereyada ma saxna. Hubi higgaadda.
check-reference-wrong-word = Ereyga lambarka { $number } ma saxna. Hubi higgaadda.
error-reference_digits = Koodhku wuxuu leeyahay 22 lambar. Hubi inaad dhammaan qortay.
error-reference_check = Hal erey ama lambar ma saxna. Hubi mid walba oo isku day mar kale.
error-reference_not_found = Khadka caawimaaddu weli ma hayo codsi leh koodhkan. Haddii laga soo diray telefoon aan internet lahayn, wuu iman doonaa marka telefoonkaasi mar kale internet helo. Fadlan isku day mar dambe. Haddii weli la waayo, hubi erey kasta ama lambar kasta.
field-error-empty = Fadlan buuxi tan, ama ka bood su'aasha.
field-error-not_trimmed = Fadlan ka saar meelaha bannaan ee bilowga ama dhammaadka.
field-error-too_long = Tani aad bay u dheer tahay. Ugu badnaan { $max } xaraf.
field-error-too_many_bytes = Tani aad bay u dheer tahay.
field-error-too_many = Aad bay u badan yihiin. Ugu badnaan { $max }.
field-error-duplicate = Tani liiska laba jeer ayay ku jirtaa.
field-error-control_characters = Tani waxay leedahay calaamado aan la isticmaali karin.
field-error-invalid_phone = Lambarka telefoonkani uma eka mid sax ah. Ku bilow + iyo koodka waddanka.
field-error-invalid_region = Waddankan lama yaqaan.
field-error-invalid_email = Ciwaanka iimaylkani uma eka mid sax ah.
field-error-invalid_language = Luuqaddan lama yaqaan.
field-error-invalid_time_zone = Aagga waqtigan lama yaqaan.
field-error-invalid_time = Fadlan dooro waqti bilow iyo waqti dhammaad oo kala duwan.
field-error-no_contact_method = Fadlan dooro ugu yaraan hal hab oo lagula soo xiriiro. "Jawaabta waxaan ka eegi doonaa barnaamijkan" ayaa ku filan.
field-error-unsupported_version = Barnaamijkan wuxuu u baahan yahay cusboonaysiin.
