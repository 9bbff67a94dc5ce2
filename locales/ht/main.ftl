## Reach — Kreyòl ayisyen (Haitian Creole)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Kreyòl ayisyen
# The language's name in English, for the language search.
-locale-english = Haitian Creole
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Kalkilatris
quick-exit = Sòti vit
quick-exit-hint = Kache aplikasyon sa a touswit
back = Retounen
next = Swivan
skip = Sote sa a
save = Anrejistre
cancel = Anile
close = Fèmen
done = Fini
optional = si ou vle
step-of = Etap { $current } sou { $total }
saved-locked = Anrejistre epi fèmen ak kle sou telefòn sa a

## Calculator (the app's disguise)

calc-label = Kalkilatris
calc-display-label = Rezilta
calc-clear = C
calc-equals = =
calc-error = Erè

## First use: a private PIN

setup-title = Fè aplikasyon sa a vin prive
setup-intro = Chwazi yon nimewo sekrè (yon PIN). Se ou sèl ki dwe konnen l.
setup-how = Pou w louvri aplikasyon sa a pita, tape PIN ou sou kalkilatris la, epi peze =.
setup-pin-label = PIN ou (6 a 12 chif)
setup-pin-repeat-label = Tape PIN ou ankò
setup-duress-title = PIN pou ijans (ou ka sote sa a)
setup-duress-intro = Si yon moun fòse w louvri aplikasyon sa a, tape lòt PIN sa a pito. Aplikasyon an ap parèt vid, epi tout sa ki ladan l ap efase san okenn siy.
setup-duress-label = PIN pou ijans
setup-submit = Anrejistre PIN mwen
setup-mismatch = De PIN yo pa menm. Tanpri eseye ankò.

## Language

lang-title = Chwazi lang ou
lang-intro = Ou ka chanje l pita nan Paramèt.
lang-search-label = Chèche lang ou
lang-search-hint = Tape non lang ou, nan nenpòt lang
lang-search-none = Pa gen okenn lang ki koresponn ak sa. Eseye ak mwens lèt.
lang-yours = Lang ki sou telefòn sa a
lang-all = Tout lang yo
lang-load-failed = Nou pa t ka louvri lang sa a, se pou sa aplikasyon an parèt an angle.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Ki laj ou?
age-intro = Ou ka sote sa a. Si ou gen mwens pase 18 an, aplikasyon an ap sèvi ak mo ki pi senp epi l ap montre èd pou timoun.
age-under_18 = Mwens pase 18 an
age-18_to_25 = 18 a 25 an
age-26_to_59 = 26 a 59 an
age-60_plus = 60 an oswa plis

## Danger check and emergency numbers

danger-title = Èske ou an danje kounye a?
danger-yes = Wi, mwen an danje kounye a
danger-no = Non, pa kounye a
emergency-title = Nimewo ijans
emergency-intro = Ou ka rele nimewo sa yo menm san entènèt.
emergency-country-label = Peyi ou
emergency-police = Lapolis ak ijans
emergency-hotline = Èd pou moun ki viktim trafik moun, oswa moun yo fòse travay
emergency-children = Èd pou timoun ak jèn moun
emergency-call = Rele { $number }
emergency-source = Sous: { $source }
emergency-checked = Verifye: { $date }
emergency-not-checked = Nou poko verifye l ankò. Si nimewo a pa mache, rele nimewo ijans lan.
emergency-call-trace = Apèl ak mesaj tèks yo rete nan lis ki nan telefòn ou. Si yon moun konn tcheke telefòn ou, ou ka efase yo apre sa.
emergency-none = Nou poko gen nimewo pou peyi sa a. Si ou an danje, rele nimewo ijans ki nan zòn nan.
emergency-continue = Kontinye epi mande èd

## What help is needed

needs-title = Ki èd ou bezwen?
needs-intro = Chwazi tout sa ki koresponn ak ou. Ou ka sote sa a.
need-safety_now = Pou m an sekirite kounye a
need-shelter = Yon kote ki an sekirite pou m rete
need-medical = Yon doktè oswa medikaman
need-legal_immigration = Èd ak papye, viza oswa lalwa
need-labour_exploitation = Pwoblèm nan travay oswa yo pa peye m
need-sexual_exploitation = Yo fòse m fè sèks
need-child_at_risk = Yon timoun an danje
need-money_debt = Lajan oswa dèt
need-going_home = Retounen lakay oswa jwenn fanmi m
need-interpreter = Yon moun ki pale lang mwen
need-other = Yon lòt bagay
urgency-title = Ki lè ou bezwen èd la?
urgency-now = Kounye a
urgency-today = Jodi a
urgency-this_week = Semèn sa a
urgency-not_urgent = Li ka tann
for-whom-title = Pou ki moun demann sa a ye?
for-whom-self = Pou mwen
for-whom-someone_else = Pou yon lòt moun
for-whom-assisted_by_outreach = Mwen se yon travayè sou teren k ap ede yon moun

## Safe contact

contact-title = Kijan liy èd la ka kontakte w san danje?
contact-intro = Chwazi omwen yon fason. Chwazi sèlman fason ki san danje pou ou.
contact-call = Apèl telefòn
contact-sms = Mesaj tèks (SMS)
contact-messaging_app = Aplikasyon pou voye mesaj
contact-email = Imèl
contact-in_person_via_outreach = Fas a fas, atravè yon travayè sou teren
contact-check_back_in_app = M ap gade nan aplikasyon sa a pou repons lan
contact-phone-label = Nimewo telefòn, ak kòd peyi a (pa egzanp +44…)
contact-app-label = Ki aplikasyon? (pa egzanp WhatsApp, Signal)
contact-handle-label = Non w oswa nimewo w nan aplikasyon sa a
contact-email-label = Adrès imèl
times-title = Ki lè li san danje pou yo kontakte w?
times-intro = Ou ka sote sa a. Lè sa a, liy èd la ap fè plis atansyon toujou.
times-add = Ajoute yon lè ki san danje
times-remove = Retire lè sa a
times-from = Apati
times-to = Jiska
times-days = Jou
times-any-day = Nenpòt jou
times-zone = Zòn lè
weekday-mon = Lendi
weekday-tue = Madi
weekday-wed = Mèkredi
weekday-thu = Jedi
weekday-fri = Vandredi
weekday-sat = Samdi
weekday-sun = Dimanch
voicemail-title = Èske liy èd la ka kite yon mesaj vokal?
voicemail-yes = Wi, yon mesaj vokal san danje
voicemail-no = Non, pa janm kite mesaj vokal
voicemail-unsaid = Si ou pa reponn, liy èd la p ap kite mesaj.
code-word-label = Mo sekrè
code-word-hint = Liy èd la ap di mo sa a, konsa w ap konnen se yo vre.
someone-else-title = Si se yon lòt moun ki reponn, liy èd la ta dwe…
someone-else-hang_up = Rakwoche
someone-else-say_wrong_number = Di se yon move nimewo
someone-else-ask_for_code_word = Mande mo sekrè a
someone-else-other = Yon lòt bagay
someone-else-other-label = Kisa yo ta dwe fè?
responder-title = Ak ki moun ou ta renmen pale?
responder-woman = Yon fanm
responder-man = Yon gason
responder-any_gender = Nenpòt moun, sa pa fè anyen
responder-language-label = Nan ki lang ou vle yo reponn ou

## More (all optional)

more-title = Yon ti kras plis sou ou
more-intro = Tout sa yo se si ou vle.
place-label = Ki kote ou ye? Yon vil oswa yon zòn ase.
place-hint = Pataje sèlman sa ou vle. Aplikasyon sa a pa janm sèvi ak kote ou ye a.
message-label = Mesaj ou
message-hint = Ou ka ekri nan nenpòt lang.
message-left =
    { $count ->
       *[other] Rete { $count } lèt
    }

## Consent

consent-title = Ki moun ki ka wè demann ou an?
consent-intro = Se ou ki deside. Chwa ki pi prive a deja chwazi.
consent-hotline_only = Sèlman liy èd la
consent-hotline_only-desc = Se sèlman ekip liy èd la ki li l. Yo pa pataje l.
consent-may_refer_to_services = Liy èd la ak sèvis ki ka ede
consent-may_refer_to_services-desc = Liy èd la ka pataje l ak abri, doktè oswa avoka, pou yo ka ede w.
consent-may_involve_police = Liy èd la, sèvis yo ak lapolis
consent-may_involve_police-desc = Liy èd la ka di lapolis tou.
consent-child-note = Paske ou gen mwens pase 18 an, liy èd la ka oblije di moun ki la pou pwoteje timoun yo, pou w ka an sekirite.

## Review and send

review-title = Verifye demann ou
review-intro = Demann ou ap fèmen ak kle pou se sèlman liy èd la ki ka louvri l. Apre ou voye l, pèsonn pa ka li l sou telefòn sa a, menm ou menm.
review-not-answered = Pa reponn
review-change = Chanje
review-needs = Èd ou bezwen
review-contact = Kijan pou kontakte w
review-times = Lè ki san danje
review-more = Plis sou ou
review-consent = Ki moun ki ka wè l
submit = Fèmen ak kle epi voye bay liy èd la
submit-working = N ap fèmen demann ou ak kle…
submit-done = Demann ou fèmen ak kle sou telefòn sa a. L ap pati lè gen entènèt.

## Status

status-title = Demann ou yo
status-intro = Isit la ou ka wè kote chak demann ye.
status-empty = Poko gen demann.
status-saved = Anrejistre sou telefòn sa a epi fèmen ak kle. L ap pati lè gen entènèt.
status-sending = L ap pati kounye a…
status-received = Liy èd la resevwa l. Nou verifye resi liy èd la.
status-needs_attention = Demann sa a bezwen atansyon ou.
status-attempts =
    { $count ->
       *[other] Eseye { $count } fwa
    }
status-hotline-received = N ap tann yon moun nan liy èd la li l.
status-hotline-in_review = Yon moun nan liy èd la ap li l.
status-hotline-answered = Liy èd la fè yon bagay pou li.
status-hotline-closed = Liy èd la fèmen l.
status-hotline-contact_planned = Yon moun nan liy èd la ap planifye kijan pou kontakte w san danje.
status-hotline-needs_interpreter = Liy èd la ap chèche yon moun ki pale lang ou.
status-hotline-referred = Liy èd la mande yon òganizasyon patnè pou ede w.
status-hotline-unknown = Liy èd la gen nouvèl sou li. Mete aplikasyon an ajou lè li san danje pou w wè plis.
status-replies = Mesaj liy èd la voye
status-reply-note = Liy èd la ekri tou (petèt pa nan lang ou):
status-reply-unreadable = Yon mesaj rive ke aplikasyon sa a pa t ka verifye, se pou sa li pa parèt.
status-offline = Pa gen entènèt kounye a. Demann ou yo an sekirite sou telefòn sa a.
status-send-now = Voye kounye a
status-retry = Eseye ankò
status-check = Mande liy èd la nouvèl
status-new = Kòmanse yon nouvo demann

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Nou li demann ou. N ap kontakte w jan ou te chwazi a.
reply-call_planned = N ap rele w { $day } ant { $from } ak { $to } (lè kote ou ye a).
reply-message_planned = N ap voye yon mesaj ba ou { $day } ant { $from } ak { $to } (lè kote ou ye a).
reply-interpreter = N ap chèche yon entèprèt ki pale lang ou. N ap kontakte w byento.
reply-referred = Nou mande yon òganizasyon patnè ki toupre w pou ede w. Y ap kontakte w jan ou te chwazi a.
reply-call_us = Tanpri rele nou lè li san danje pou ou. Se ou ki chwazi lè a.
reply-danger = Si ou an danje kounye a, rele nimewo ijans lan. Ou ka jwenn li nan aplikasyon sa a.
reply-closed = Nou fèmen demann ou. Ou ka voye yon lòt nenpòt lè.
reply-unknown = Liy èd la voye yon mesaj ke vèsyon aplikasyon sa a pa ka montre. Tanpri mete aplikasyon an ajou lè li san danje.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Demann ou fèmen. Èske w ta di nou kijan èd la te pase? Twa ti kesyon. Ou ka sote yo.
feedback-private = Repons ou yo pati san demann ou ni non ou. Liy èd la wè sèlman total yo.
feedback-start = Reponn
feedback-skip = Non, mèsi
feedback-send = Voye repons yo
feedback-q-helped = Èske ou te jwenn èd ou te bezwen an?
feedback-q-safe = Èske ou te santi w an sekirite lè nou te kontakte w?
feedback-q-recommend = Èske ou ta pale yon zanmi sou nou?
feedback-a-yes = Wi
feedback-a-partly = Yon pati
feedback-a-no = Non
feedback-thanks = Mèsi. Repons ou yo pral pati.
feedback-declined = Dakò. Nou p ap mande ankò.
feedback-failed = Sa pa mache. Tanpri eseye ankò.
problem-unknown_key = Fòk ou mete aplikasyon sa a ajou anvan demann sa a ka pati.
problem-conflict = Liy èd la gen yon lòt demann ak menm nimewo a. Tanpri kontakte liy èd la yon lòt jan.
problem-malformed = Liy èd la pa t ka li demann sa a. Tanpri kòmanse yon nouvo demann.
problem-too_large = Demann sa a twò long. Tanpri kòmanse yon nouvo ak yon mesaj ki pi kout.
problem-unsupported_media_type = Fòk ou mete aplikasyon sa a ajou anvan demann sa a ka pati.
problem-other = Rezo a oswa liy èd la refize demann sa a. Ou ka eseye ankò, oswa eseye yon lòt rezo.

## Several people on one device (outreach)

drafts-title = Demann ki poko pati
drafts-continue = Kontinye
drafts-delete = Efase
drafts-none = Anyen p ap tann.
review-reference = Moun sa a p ap kenbe telefòn sa a: ba li yon kòd
review-reference-hint = Avèk kòd la, li ka li repons liy èd la sou nenpòt telefòn ki gen aplikasyon sa a. Telefòn sa a ap montre sèlman si liy èd la resevwa demann nan.
assisted-organisation-label = Òganizasyon ou (ou menm, travayè sou teren an)
assisted-hint = Liy èd la ap wè ou te ede moun sa a, ak ki moun ou travay.
assisted-channel-label = Kijan liy èd la ka kontakte ou (si ou vle)
reference-title = Kòd moun nan
reference-intro = Bay moun nan mo sa yo. Avèk yo, li ka li repons liy èd la sou nenpòt telefòn ki gen aplikasyon sa a. Telefòn sa a pa ekri yo okenn kote, epi li bliye yo depi moun nan genyen yo.
reference-for-person = Mo sa yo se pou ou. Avèk yo, ou ka li repons liy èd la. Sou nenpòt telefòn ki gen aplikasyon sa a, louvri «{ $requests }», apre sa «{ $check }», epi tape mo yo oswa chif yo. Kenbe yo an sekirite: nenpòt moun ki genyen yo ka li repons yo.
reference-words = Mo yo
reference-digits = Menm kòd la an chif
reference-request = Demann { $number }
reference-done = Moun nan gen kòd li
reference-again = Aplikasyon an te fèmen ak kle pandan kòd la te parèt. Men li ankò: bay moun nan li kounye a.
status-check-reference = Verifye yon kòd
check-reference-title = Verifye yon kòd
check-reference-intro = Tape mo oswa chif yo te ba ou yo. Telefòn sa a pa kenbe yo, ni repons yo.
check-reference-no-hotline = Aplikasyon sa a poko konekte ak yon liy èd, donk li pa ka verifye yon kòd isit la. Tanpri eseye sou yon lòt telefòn ki gen aplikasyon sa a.
check-reference-label = Mo oswa chif
check-reference-submit = Verifye
check-reference-working = N ap verifye. Sa ka pran kèk segonn…
check-reference-no-replies = Poko gen mesaj liy èd la voye.
check-reference-show-in = Montre an { $language }
worker-title = Travay sou teren
worker-working-as = Ou travay pou: { $organisation }
worker-intro = Chak moun ou ede reponn nan pwòp lang li. Repons li yo soti nan telefòn sa a sele, epi moun nan pran yon kòd ale avè l. Se sèlman nimewo ak eta chak demann ki rete isit la.
worker-new-person = Ede yon nouvo moun
handover-title = Kesyon pou ou sèl
handover-worker = Bay moun nan telefòn nan kounye a. Li reponn pwochen kesyon yo pou kont li, epi ou p ap wè repons li yo.
handover-person = Pwochen kesyon yo se pou ou sèl. Moun k ap ede w la p ap wè repons ou yo.
handover-start = Kòmanse
giveback-title = Mèsi
giveback-intro = Repons ou yo sele. Moun k ap ede w la pa ka wè yo. Kounye a, remèt telefòn nan.
giveback-button = Remèt telefòn nan
review-private = Moun nan reponn sa a pou kont li. Li pa parèt.
review-assisted-as = Liy èd la ap wè ke ou te ede, kòm: { $organisation }
review-later = Pa kounye a: kite l nan «Demann ki poko pati»
review-hand-again = Bay moun nan telefòn nan ankò
review-hand-again-hint = Sèvi ak sa a si moun nan vle chanje sa li te reponn pou kont li, oswa si gen yon bagay la a ki dwe korije. L ap wè kesyon sou ki moun ki ka wè demann nan ankò, epi l ap chwazi ankò.
review-private-fix = Gen yon bagay moun nan te reponn pou kont li ki dwe korije. Se li sèl ki ka korije l: ba li telefòn nan ankò.
age-given-back-worker = Si ou chanje laj la pou l vin mwens pase 18 an, oswa si ou chanje yon laj ki te mwens pase 18 an, moun nan dwe wè kesyon sou ki moun ki ka wè demann nan ankò: w ap ba li telefòn nan yon lòt fwa.
age-reopened-worker = Chanjman laj la touche chwa moun nan sou ki moun ki ka wè demann nan. Kontinye: w ap ba li telefòn nan ankò, epi l ap chwazi ankò.
setup-worker = Mwen se yon travayè sou teren: mwen ede lòt moun mande èd
setup-worker-hint = Liy èd la ap wè òganizasyon ou sou chak demann ou ede fè.
worker-org-needed = Ekri non òganizasyon w lan, oswa etenn mòd travayè sou teren an.
settings-worker-title = Mòd travayè sou teren
settings-worker-intro = Ede lòt moun voye demann depi telefòn sa a. Repons yo sele, epi chak moun pran yon kòd ale avè l.
settings-worker-on = Limen
settings-worker-save = Anrejistre chanjman yo
settings-worker-off = Etenn
settings-worker-saved = Fini. Mòd travayè sou teren an limen.
settings-worker-removed = Fini. Mòd travayè sou teren an etenn.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Li awotvwa: { $text }
speak-stop = Sispann li
speak-no-voice = Pa gen vwa pou lang sa a sou telefòn sa a.
speak-unavailable = Lekti awotvwa pa mache sou telefòn sa a kounye a.
speak-headphones = Sèvi ak ekoutè si yon moun ki toupre ta ka tande.

## Settings

settings-title = Paramèt
settings-language = Lang
settings-read-aloud = Li chak ekran awotvwa lè li louvri
settings-lock = Fèmen ak kle kounye a
settings-less-protected = Mwens pwoteksyon sou aparèy sa a: pa gen yon kote ki an sekirite pou kenbe kle yo isit la, kidonk nenpòt moun ki kopye fichye aplikasyon an ta ka eseye devine PIN ou. Yon PIN ki pi long pwoteje w pi byen.
settings-duress-title = PIN pou ijans
settings-duress-intro = Yon dezyèm PIN pou lè yon moun fòse w louvri aplikasyon an. Li efase tout bagay san okenn siy.
settings-current-pin = PIN ou
settings-duress-save = Anrejistre PIN ijans lan
settings-duress-remove = Retire PIN ijans lan
settings-pin-title = Chanje PIN ou
settings-new-pin = Nouvo PIN (6 a 12 chif)
settings-new-pin-again = Nouvo PIN lan ankò
settings-pin-save = Chanje PIN
settings-pin-changed = PIN ou chanje. Depi kounye a, sèvi ak nouvo PIN lan.
settings-duress-saved = Fini. PIN ijans ou anrejistre.
settings-duress-removed = Fini. Pa gen PIN ijans kounye a.
pin-wrong-left =
    { $count ->
       *[other] PIN sa a pa bon. Apre { $count } lòt PIN ki pa bon, tout sa ki sou telefòn sa a ap efase.
    }
settings-wipe-title = Efase tout bagay
settings-wipe-intro = Sa a efase tout demann ak bouyon ki sou telefòn sa a. Ou pa ka defèt li. Demann liy èd la deja resevwa yo rete kay liy èd la.
settings-wipe-confirm = Wi, efase tout bagay

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Ou an danje kounye a?
danger-yes-child = Wi, mwen an danje
danger-no-child = Non, pa kounye a
emergency-intro-child = Ou ka rele nimewo sa yo. Ou pa bezwen entènèt.
emergency-call-trace-child = Telefòn ou kenbe yon lis apèl ak mesaj. Si ou pè yon moun ta wè l, ou ka efase yo apre.
needs-title-child = Pou kisa ou bezwen èd?
needs-intro-child = Peze sou tout sa ki vre pou ou. Ou ka sote sa a.
need-legal_immigration-child = Èd ak papye oswa dokiman
need-labour_exploitation-child = Yon moun fòse m travay
need-sexual_exploitation-child = Yon moun fòse m fè bagay seksyèl
need-money_debt-child = Yon moun di m dwe l lajan
need-going_home-child = Mwen vle ale lakay mwen oswa jwenn fanmi m
need-child_at_risk-child = Yon lòt timoun an danje
urgency-title-child = Ki lè ou bezwen èd?
for-whom-title-child = Ki moun ki bezwen èd?
for-whom-self-child = Mwen
contact-title-child = Kijan nou ka pale avè w san danje?
contact-intro-child = Chwazi yon fason ki san danje pou ou. Pèsonn lòt moun pa dwe wè l.
times-title-child = Ki lè li san danje pou nou rele w oswa ekri w?
times-intro-child = Ou ka sote sa a. Lè sa a, n ap fè anpil atansyon.
voicemail-title-child = Èske nou ka kite yon mesaj vokal?
someone-else-title-child = Si se yon lòt moun ki reponn, kisa nou dwe fè?
responder-title-child = Ak ki moun ou vle pale?
more-title-child = Gen lòt bagay?
more-intro-child = Ou pa oblije reponn.
place-label-child = Ki kote ou ye? Non yon vil ase.
message-label-child = Di nou sa k ap pase, si ou vle
consent-title-child = Ki moun ki ka li sa ou ekri a?
consent-intro-child = Se ou ki chwazi. Chwa ki pi san danje a deja chwazi.
consent-hotline_only-desc-child = Se sèlman moun k ap ede nan liy èd la ki li l. Yo kenbe l sekrè.
consent-may_refer_to_services-desc-child = Liy èd la ka di moun ki pwoteje timoun, tankou yon doktè, yon kay ki an sekirite oswa yon avoka.
consent-may_involve_police-desc-child = Liy èd la ka di lapolis tou, pou lapolis ka kanpe moun k ap fè w mal yo.
review-title-child = Gade repons ou yo
review-intro-child = Lè ou voye sa a, li fèmen ak kle. Se sèlman liy èd la ki ka louvri l. Pèsonn pa ka li l sou telefòn sa a, menm ou menm.
submit-done-child = Mesaj ou fèmen ak kle sou telefòn sa a. L ap pati lè gen entènèt.
handover-title-child = Kesyon sa yo se pou ou sèlman
handover-person-child = Se ou sèl ki reponn pwochen kesyon yo. Moun k ap ede w la p ap wè sa ou di.
giveback-intro-child = Repons ou yo fèmen ak kle. Moun k ap ede w la pa ka wè yo. Kounye a, remèt moun k ap ede w la telefòn nan.
reference-for-person-child = Mo sa yo se pou ou sèlman. Avèk yo, ou ka li sa liy èd la ekri ou. Sou nenpòt telefòn ki gen aplikasyon sa a, peze «{ $requests }», apre sa «{ $check }», epi tape mo yo oswa chif yo. Kenbe yo an sekrè: nenpòt moun ki genyen yo ka li repons yo.

## Errors (codes come from the app's core)

error-wrong_pin = PIN sa a pa bon.
error-locked = Tanpri louvri aplikasyon an ak PIN ou anvan.
error-no_hotline = Aplikasyon sa a poko konekte ak yon liy èd. Bouyon ou anrejistre.
error-invalid = Gen kèk repons ki bezwen chanje. Tanpri gade kesyon ki make yo.
error-pin_too_short = Yon PIN gen 6 a 12 chif.
error-duress_same_as_pin = PIN ijans lan dwe diferan de PIN ou.
error-worker_drafts_open = Mòd travayè sou teren an rete limen toutotan gen demann moun ou ap ede ki poko voye. Tanpri voye yo, oswa efase yo nan «Demann ki poko pati», epi apre sa etenn mòd la.
error-already_set_up = Aplikasyon sa a deja prepare.
error-not_found = Nou pa jwenn sa. Li ka te efase.
error-internal = Gen yon bagay ki pa mache. Demann ou anrejistre yo an sekirite. Tanpri eseye ankò.
error-not_set_up = Aplikasyon sa a poko prepare. Tanpri chwazi yon PIN anvan.
error-busy = Aplikasyon an okipe ap voye. Tanpri eseye ankò nan yon ti moman.
error-status_unavailable = Nou pa t ka mande liy èd la kounye a. Demann ou an sekirite. Tanpri eseye ankò pita.
error-malformed = Nou pa t ka li kèk repons. Tanpri verifye yo epi eseye ankò.
error-too_large = Sa a twò long pou voye. Tanpri fè mesaj ou a pi kout.
error-unsupported_version = Fòk ou mete aplikasyon sa a ajou.
error-profile = Enfòmasyon liy èd la nan aplikasyon sa a pa kòrèk. Bouyon ou anrejistre. Tanpri pran yon vèsyon aplikasyon an ki ajou.
error-sync_client = Aplikasyon an pa ka konekte san danje kounye a. Demann ou anrejistre, l ap pati pita.
error-already_exists = Sa a deja anrejistre.
error-empty_pin = Tanpri tape PIN ou.
error-invalid_kdf_params = Paramèt aplikasyon sa a pa kòrèk. Tanpri pran yon vèsyon aplikasyon an ki ajou.
error-device_secret_unavailable = Aplikasyon an pa ka rive nan espas sekirize telefòn sa a. Tanpri etenn epi limen telefòn nan ankò, epi eseye ankò.
error-envelope = Nou pa t ka sele demann ou pou liy èd la. Li toujou anrejistre kòm bouyon.
error-receipt_mismatch = Nou pa t ka verifye repons liy èd la. Demann ou ap pati ankò.
error-corrupt = Done aplikasyon an te anrejistre yo domaje. Li pa ka louvri.
error-io = Telefòn nan pa t ka anrejistre sa a. Li ka plen. Tanpri libere yon ti espas epi eseye ankò.
error-database = Aplikasyon an pa t ka li oswa anrejistre done l yo. Demann ou anrejistre yo an sekirite. Tanpri eseye ankò.
error-pin_too_long = Yon PIN gen 6 a 12 chif.
error-pin_not_digits = Yon PIN gen sèlman chif.
error-reference_word_count = Yon kòd gen 9 mo. Tanpri gade si ou tape yo tout.
error-reference_unknown_word = Youn nan mo yo pa bon. Tanpri gade kijan ou ekri l.
check-reference-wrong-word = Mo nimewo { $number } an pa bon. Tanpri gade kijan ou ekri l.
error-reference_digits = Yon kòd gen 22 chif. Tanpri gade si ou tape yo tout.
error-reference_check = Yon mo oswa yon chif pa bon. Tanpri gade chak grenn epi eseye ankò.
error-reference_not_found = Liy èd la poko gen okenn demann ak kòd sa a. Si yo te voye l depi yon telefòn ki pa t gen entènèt, l ap rive lè telefòn sa a gen entènèt ankò. Tanpri eseye ankò pita. Si yo toujou pa jwenn li, tanpri gade chak mo oswa chak chif.
field-error-empty = Tanpri ranpli sa a, oswa sote kesyon an.
field-error-not_trimmed = Tanpri retire espas ki nan kòmansman oswa nan fen an.
field-error-too_long = Sa a twò long. Pi plis se { $max } lèt.
field-error-too_many_bytes = Sa a twò long.
field-error-too_many = Twòp. Pi plis se { $max }.
field-error-duplicate = Sa a parèt de fwa nan lis la.
field-error-control_characters = Gen karaktè ladan l ki pa ka sèvi.
field-error-invalid_phone = Nimewo telefòn sa a pa sanble kòrèk. Kòmanse ak + epi kòd peyi a.
field-error-invalid_region = Nou pa konnen peyi sa a.
field-error-invalid_email = Adrès imèl sa a pa sanble kòrèk.
field-error-invalid_language = Nou pa konnen lang sa a.
field-error-invalid_time_zone = Nou pa konnen zòn lè sa a.
field-error-invalid_time = Tanpri chwazi yon lè pou kòmanse ak yon lè pou fini ki pa menm.
field-error-no_contact_method = Tanpri chwazi omwen yon fason pou yo kontakte w. "M ap gade nan aplikasyon sa a pou repons lan" ase.
field-error-unsupported_version = Fòk ou mete aplikasyon sa a ajou.
