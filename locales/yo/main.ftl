## Reach — Èdè Yorùbá (Yoruba)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Èdè Yorùbá
# The language's name in English, for the language search.
-locale-english = Yoruba
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Ẹ̀rọ ìṣirò
quick-exit = Jáde kíákíá
quick-exit-hint = Ó máa fi áàpù yìí pamọ́ lẹ́sẹ̀kẹsẹ̀
back = Padà
next = Tẹ̀síwájú
skip = Fo èyí
save = Fi pamọ́
cancel = Fagilé
close = Pa á dé
done = Ó ti parí
optional = kò pọndandan
step-of = Ìgbésẹ̀ { $current } nínú { $total }
saved-locked = A ti fi pamọ́, a sì ti tì í pa lórí fóònù yìí

## Calculator (the app's disguise)

calc-label = Ẹ̀rọ ìṣirò
calc-display-label = Èsì
calc-clear = C
calc-equals = =
calc-error = Àṣìṣe

## First use: a private PIN

setup-title = Ṣe áàpù yìí ní àṣírí
setup-intro = Yan nọ́mbà àṣírí kan (PIN). Ìwọ nìkan ló yẹ kó mọ̀ ọ́n.
setup-how = Láti ṣí áàpù yìí lẹ́yìn náà, tẹ PIN rẹ sórí ẹ̀rọ ìṣirò, lẹ́yìn náà tẹ =.
setup-pin-label = PIN rẹ (nọ́mbà 6 sí 12)
setup-pin-repeat-label = Tún PIN rẹ tẹ̀
setup-duress-title = PIN pàjáwìrì (o lè fo èyí)
setup-duress-intro = Tí ẹnìkan bá fipá mú ọ láti ṣí áàpù yìí, tẹ PIN mìíràn yìí dípò rẹ̀. Áàpù náà máa dà bí ẹni pé kò sí nǹkan kan nínú rẹ̀, gbogbo ohun tó wà nínú rẹ̀ sì máa parẹ́ láìsí àmì kankan.
setup-duress-label = PIN pàjáwìrì
setup-submit = Fi PIN mi pamọ́
setup-mismatch = PIN méjèèjì kò jọra. Jọ̀wọ́ gbìyànjú lẹ́ẹ̀kan sí i.

## Language

lang-title = Yan èdè rẹ
lang-intro = O lè yí i padà lẹ́yìn náà nínú Ètò.
lang-search-label = Wá èdè rẹ
lang-search-hint = Tẹ orúkọ èdè rẹ, ní èdè èyíkéyìí
lang-search-none = Kò sí èdè tó bá èyí mu. Gbìyànjú lẹ́tà díẹ̀.
lang-yours = Àwọn èdè tó wà lórí fóònù yìí
lang-all = Gbogbo èdè
lang-load-failed = A kò lè ṣí èdè yìí, nítorí náà áàpù náà wà ní èdè Gẹ̀ẹ́sì.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Ọmọ ọdún mélòó ni ọ́?
age-intro = O lè fo èyí. Tí o kò bá tíì pé ọmọ ọdún 18, áàpù náà máa lo ọ̀rọ̀ tó rọrùn, yóò sì fi ìrànlọ́wọ́ fún àwọn ọmọdé hàn.
age-under_18 = Kò tíì pé 18
age-18_to_25 = 18 sí 25
age-26_to_59 = 26 sí 59
age-60_plus = 60 tàbí jù bẹ́ẹ̀ lọ

## Danger check and emergency numbers

danger-title = Ṣé o wà nínú ewu báyìí?
danger-yes = Bẹ́ẹ̀ ni, mo wà nínú ewu báyìí
danger-no = Rárá, kì í ṣe báyìí
emergency-title = Àwọn nọ́mbà pàjáwìrì
emergency-intro = O lè pe àwọn nọ́mbà yìí láìsí íńtánẹ́ẹ̀tì.
emergency-country-label = Orílẹ̀-èdè rẹ
emergency-police = Ọlọ́pàá àti ìrànlọ́wọ́ pàjáwìrì
emergency-hotline = Ìrànlọ́wọ́ fún àwọn tí wọ́n tà tàbí tí wọ́n fipá mú láti ṣiṣẹ́
emergency-children = Ìrànlọ́wọ́ fún àwọn ọmọdé àti ọ̀dọ́
emergency-call = Pe { $number }
emergency-source = Orísun: { $source }
emergency-checked = A ṣàyẹ̀wò rẹ̀: { $date }
emergency-not-checked = A kò tíì tún un ṣàyẹ̀wò. Tí nọ́mbà náà kò bá ṣiṣẹ́, pe nọ́mbà pàjáwìrì.
emergency-call-trace = Àwọn ìpè àti ọ̀rọ̀ àtẹ̀jíṣẹ́ máa ń wà nínú àkójọ lórí fóònù rẹ. Tí ẹnìkan bá ń yẹ fóònù rẹ wò, o lè pa wọ́n rẹ́ lẹ́yìn náà.
emergency-none = A kò tíì ní nọ́mbà fún orílẹ̀-èdè yìí. Tí o bá wà nínú ewu, pe nọ́mbà pàjáwìrì ti àdúgbò rẹ.
emergency-continue = Tẹ̀síwájú kí o sì béèrè ìrànlọ́wọ́

## What help is needed

needs-title = Ìrànlọ́wọ́ wo lo nílò?
needs-intro = Yan gbogbo èyí tó bá ọ mu. O lè fo èyí.
need-safety_now = Láti wà láìléwu báyìí
need-shelter = Ibi ààbò láti dúró sí
need-medical = Dókítà tàbí oògùn
need-legal_immigration = Ìrànlọ́wọ́ nípa ìwé, físà tàbí òfin
need-labour_exploitation = Ìṣòro níbi iṣẹ́ tàbí wọn kò san owó mi
need-sexual_exploitation = Wọ́n fipá mú mi ní ìbálòpọ̀
need-child_at_risk = Ọmọdé kan wà nínú ewu
need-money_debt = Owó tàbí gbèsè
need-going_home = Lílọ sílé tàbí wíwá ẹbí
need-interpreter = Ẹnìkan tó ń sọ èdè mi
need-other = Nǹkan mìíràn
urgency-title = Ìgbà wo lo nílò ìrànlọ́wọ́?
urgency-now = Báyìí
urgency-today = Lónìí
urgency-this_week = Ọ̀sẹ̀ yìí
urgency-not_urgent = Ó lè dúró
for-whom-title = Ta ni ìbéèrè yìí wà fún?
for-whom-self = Fún mi
for-whom-someone_else = Fún ẹlòmíràn
for-whom-assisted_by_outreach = Òṣìṣẹ́ ìrànlọ́wọ́ ni mí, mo ń ran ẹnìkan lọ́wọ́

## Safe contact

contact-title = Báwo ni ẹgbẹ́ ìrànlọ́wọ́ ṣe lè kàn sí ọ láìléwu?
contact-intro = Yan ọ̀nà kan ó kéré tán. Yan àwọn ọ̀nà tí kò léwu fún ọ nìkan.
contact-call = Ìpè fóònù
contact-sms = Ọ̀rọ̀ àtẹ̀jíṣẹ́ (SMS)
contact-messaging_app = Áàpù ìfiránṣẹ́
contact-email = Ímeèlì
contact-in_person_via_outreach = Ní ojúkojú, nípasẹ̀ òṣìṣẹ́ ìrànlọ́wọ́
contact-check_back_in_app = Màá wo áàpù yìí fún èsì
contact-phone-label = Nọ́mbà fóònù, pẹ̀lú kóòdù orílẹ̀-èdè (fún àpẹẹrẹ +234…)
contact-app-label = Áàpù wo? (fún àpẹẹrẹ WhatsApp, Signal)
contact-handle-label = Orúkọ tàbí nọ́mbà rẹ nínú áàpù náà
contact-email-label = Àdírẹ́sì ímeèlì
times-title = Ìgbà wo ni kò léwu láti kàn sí ọ?
times-intro = O lè fo èyí. Nígbà náà, ẹgbẹ́ ìrànlọ́wọ́ máa ṣọ́ra gidigidi.
times-add = Fi àkókò tí kò léwu kún un
times-remove = Yọ àkókò yìí kúrò
times-from = Láti
times-to = Sí
times-days = Àwọn ọjọ́
times-any-day = Ọjọ́ èyíkéyìí
times-zone = Agbègbè àkókò
weekday-mon = Ọjọ́ Ajé
weekday-tue = Ọjọ́ Ìṣẹ́gun
weekday-wed = Ọjọ́rú
weekday-thu = Ọjọ́bọ̀
weekday-fri = Ọjọ́ Ẹtì
weekday-sat = Ọjọ́ Àbámẹ́ta
weekday-sun = Ọjọ́ Àìkú
voicemail-title = Ṣé ẹgbẹ́ ìrànlọ́wọ́ lè fi ọ̀rọ̀ ohùn sílẹ̀ fún ọ?
voicemail-yes = Bẹ́ẹ̀ ni, ọ̀rọ̀ ohùn kò léwu
voicemail-no = Rárá, ẹ má ṣe fi ọ̀rọ̀ ohùn sílẹ̀ rárá
voicemail-unsaid = Tí o kò bá dáhùn, ẹgbẹ́ ìrànlọ́wọ́ kò ní fi ọ̀rọ̀ ohùn sílẹ̀.
code-word-label = Ọ̀rọ̀ àṣírí
code-word-hint = Ẹgbẹ́ ìrànlọ́wọ́ máa sọ ọ̀rọ̀ yìí, kí o lè mọ̀ pé àwọn gan-an ni.
someone-else-title = Tí ẹlòmíràn bá dáhùn, ẹgbẹ́ ìrànlọ́wọ́ gbọ́dọ̀…
someone-else-hang_up = Pa ìpè náà
someone-else-say_wrong_number = Sọ pé nọ́mbà tí kò tọ́ ni
someone-else-ask_for_code_word = Béèrè ọ̀rọ̀ àṣírí
someone-else-other = Nǹkan mìíràn
someone-else-other-label = Kí ni kí wọ́n ṣe?
responder-title = Ta ni o fẹ́ bá sọ̀rọ̀?
responder-woman = Obìnrin
responder-man = Ọkùnrin
responder-any_gender = Ẹnikẹ́ni dára
responder-language-label = Èdè tí o fẹ́ kí wọ́n fi dá ọ lóhùn

## More (all optional)

more-title = Díẹ̀ sí i nípa rẹ
more-intro = Gbogbo èyí kò pọndandan.
place-label = Níbo lo wà? Orúkọ ìlú tàbí àdúgbò ti tó.
place-hint = Sọ ohun tí o fẹ́ nìkan. Áàpù yìí kì í lo ibi tí o wà láé.
message-label = Ọ̀rọ̀ rẹ
message-hint = O lè kọ ọ́ ní èdè èyíkéyìí.
message-left =
    { $count ->
       *[other] Lẹ́tà { $count } ló kù
    }

## Consent

consent-title = Ta ló lè rí ìbéèrè rẹ?
consent-intro = Ìwọ ló máa pinnu. A ti yan èyí tó jẹ́ àṣírí jù lọ tẹ́lẹ̀.
consent-hotline_only = Ẹgbẹ́ ìrànlọ́wọ́ nìkan
consent-hotline_only-desc = Àwọn òṣìṣẹ́ ẹgbẹ́ ìrànlọ́wọ́ nìkan ló máa kà á. Wọn kò ní fi han ẹlòmíràn.
consent-may_refer_to_services = Ẹgbẹ́ ìrànlọ́wọ́ àti àwọn tó lè ṣèrànwọ́
consent-may_refer_to_services-desc = Láti ràn ọ́ lọ́wọ́, ẹgbẹ́ ìrànlọ́wọ́ lè fi han ibi ààbò, dókítà tàbí agbẹjọ́rò.
consent-may_involve_police = Ẹgbẹ́ ìrànlọ́wọ́, àwọn olùrànlọ́wọ́ àti ọlọ́pàá
consent-may_involve_police-desc = Ẹgbẹ́ ìrànlọ́wọ́ tún lè sọ fún ọlọ́pàá.
consent-child-note = Nítorí pé o kò tíì pé ọmọ ọdún 18, ẹgbẹ́ ìrànlọ́wọ́ lè ní láti sọ fún àwọn tí iṣẹ́ wọn jẹ́ láti dáàbò bo àwọn ọmọdé, kí o lè wà láìléwu.

## Review and send

review-title = Ṣàyẹ̀wò ìbéèrè rẹ
review-intro = A máa tì ìbéèrè rẹ pa kí ẹgbẹ́ ìrànlọ́wọ́ nìkan lè ṣí i. Lẹ́yìn tí o bá fi ránṣẹ́, kò sí ẹni tó lè kà á lórí fóònù yìí, kódà ìwọ náà.
review-not-answered = O kò dáhùn
review-change = Yí padà
review-needs = Ìrànlọ́wọ́ tí o nílò
review-contact = Bí a ṣe lè kàn sí ọ
review-times = Àwọn àkókò tí kò léwu
review-more = Nǹkan mìíràn nípa rẹ
review-consent = Ta ló lè rí i
submit = Tì í pa kí o sì fi ránṣẹ́ sí ẹgbẹ́ ìrànlọ́wọ́
submit-working = A ń ti ìbéèrè rẹ pa…
submit-done = A ti ti ìbéèrè rẹ pa lórí fóònù yìí. A máa fi ránṣẹ́ nígbà tí íńtánẹ́ẹ̀tì bá wà.

## Status

status-title = Àwọn ìbéèrè rẹ
status-intro = Níbí, o lè rí ibi tí ìbéèrè kọ̀ọ̀kan dé.
status-empty = Kò sí ìbéèrè kankan síbẹ̀.
status-saved = A ti fi pamọ́ lórí fóònù yìí, a sì ti tì í pa. A máa fi ránṣẹ́ nígbà tí íńtánẹ́ẹ̀tì bá wà.
status-sending = A ń fi ránṣẹ́ báyìí…
status-received = Ẹgbẹ́ ìrànlọ́wọ́ ti gbà á. A ti ṣàyẹ̀wò ìwé ẹ̀rí tí wọ́n fi ránṣẹ́.
status-needs_attention = Ìbéèrè yìí nílò àkíyèsí rẹ.
status-attempts =
    { $count ->
       *[other] A ti gbìyànjú rẹ̀ ní ìgbà { $count }
    }
status-hotline-received = À ń dúró kí ẹnìkan ní ẹgbẹ́ ìrànlọ́wọ́ kà á.
status-hotline-in_review = Ẹnìkan ní ẹgbẹ́ ìrànlọ́wọ́ ń kà á.
status-hotline-answered = Ẹgbẹ́ ìrànlọ́wọ́ ti gbé ìgbésẹ̀ lórí rẹ̀.
status-hotline-closed = Ẹgbẹ́ ìrànlọ́wọ́ ti pa á dé.
status-hotline-contact_planned = Ẹnìkan ní ẹgbẹ́ ìrànlọ́wọ́ ń gbèrò bí wọ́n ṣe máa kàn sí ọ láìléwu.
status-hotline-needs_interpreter = Ẹgbẹ́ ìrànlọ́wọ́ ń wá ẹnìkan tó ń sọ èdè rẹ.
status-hotline-referred = Ẹgbẹ́ ìrànlọ́wọ́ ti ní kí àjọ alábàáṣiṣẹ́ kan ràn ọ́ lọ́wọ́.
status-hotline-unknown = Ẹgbẹ́ ìrànlọ́wọ́ ní ìròyìn nípa rẹ̀. Láti rí i sí i, ṣe ìmúdójúìwọ̀n áàpù náà nígbà tí kò bá léwu.
status-replies = Àwọn ọ̀rọ̀ láti ọ̀dọ̀ ẹgbẹ́ ìrànlọ́wọ́
status-reply-note = Ẹgbẹ́ ìrànlọ́wọ́ tún kọ (bóyá kì í ṣe ní èdè rẹ):
status-reply-unreadable = Ọ̀rọ̀ kan dé tí áàpù yìí kò lè ṣàyẹ̀wò, nítorí náà a kò fi hàn.
status-offline = Kò sí íńtánẹ́ẹ̀tì báyìí. Àwọn ìbéèrè rẹ wà láìléwu lórí fóònù yìí.
status-send-now = Fi ránṣẹ́ báyìí
status-retry = Gbìyànjú lẹ́ẹ̀kan sí i
status-check = Béèrè ìròyìn lọ́wọ́ ẹgbẹ́ ìrànlọ́wọ́
status-new = Bẹ̀rẹ̀ ìbéèrè tuntun

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = A ti ka ìbéèrè rẹ. A máa kàn sí ọ ní ọ̀nà tí o yàn.
reply-call_planned = A máa pè ọ́ ní { $day } láàárín { $from } sí { $to } (àkókò tìrẹ).
reply-message_planned = A máa fi ọ̀rọ̀ ránṣẹ́ sí ọ ní { $day } láàárín { $from } sí { $to } (àkókò tìrẹ).
reply-interpreter = À ń wá ògbufọ̀ tó ń sọ èdè rẹ. A máa kàn sí ọ láìpẹ́.
reply-referred = A ti ní kí àjọ alábàáṣiṣẹ́ kan tó wà nítòsí rẹ ràn ọ́ lọ́wọ́. Wọ́n máa kàn sí ọ ní ọ̀nà tí o yàn.
reply-call_us = Jọ̀wọ́ pè wá nígbà tí kò bá léwu fún ọ. Ìwọ lo máa yan àkókò.
reply-danger = Tí o bá wà nínú ewu báyìí, pe nọ́mbà pàjáwìrì. O lè rí i nínú áàpù yìí.
reply-closed = A ti pa ìbéèrè rẹ dé. O lè fi tuntun ránṣẹ́ nígbàkigbà.
reply-unknown = Ẹgbẹ́ ìrànlọ́wọ́ fi ọ̀rọ̀ kan ránṣẹ́ tí ẹ̀dà áàpù yìí kò lè fi hàn. Jọ̀wọ́ ṣe ìmúdójúìwọ̀n áàpù náà nígbà tí kò bá léwu.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = A ti pa ìbéèrè rẹ dé. Ṣé o lè sọ fún wa bí ìrànlọ́wọ́ náà ṣe lọ? Ìbéèrè kúkúrú mẹ́ta ni. O lè fò wọ́n.
feedback-private = A máa fi àwọn ìdáhùn rẹ ránṣẹ́ láìsí ìbéèrè rẹ tàbí orúkọ rẹ. Àpapọ̀ nìkan ni ẹgbẹ́ ìrànlọ́wọ́ máa rí.
feedback-start = Dáhùn
feedback-skip = Rárá, o ṣé
feedback-send = Fi àwọn ìdáhùn ránṣẹ́
feedback-q-helped = Ṣé o rí ìrànlọ́wọ́ tí o nílò gbà?
feedback-q-safe = Ṣé ọkàn rẹ balẹ̀ nígbà tí a kàn sí ọ?
feedback-q-recommend = Ṣé o máa sọ nípa wa fún ọ̀rẹ́ kan?
feedback-a-yes = Bẹ́ẹ̀ ni
feedback-a-partly = Ní apá kan
feedback-a-no = Rárá
feedback-thanks = O ṣé. A máa fi àwọn ìdáhùn rẹ ránṣẹ́.
feedback-declined = Ó dáa. A kò ní tún béèrè mọ́.
feedback-failed = Ìyẹn kò ṣiṣẹ́. Jọ̀wọ́ gbìyànjú lẹ́ẹ̀kan sí i.
problem-unknown_key = Áàpù yìí nílò ìmúdójúìwọ̀n kí a tó lè fi ìbéèrè yìí ránṣẹ́.
problem-conflict = Ẹgbẹ́ ìrànlọ́wọ́ ní ìbéèrè mìíràn pẹ̀lú nọ́mbà kan náà. Jọ̀wọ́ kàn sí ẹgbẹ́ ìrànlọ́wọ́ ní ọ̀nà mìíràn.
problem-malformed = Ẹgbẹ́ ìrànlọ́wọ́ kò lè ka ìbéèrè yìí. Jọ̀wọ́ bẹ̀rẹ̀ ìbéèrè tuntun.
problem-too_large = Ìbéèrè yìí ti gùn jù. Jọ̀wọ́ bẹ̀rẹ̀ tuntun pẹ̀lú ọ̀rọ̀ tó kúrú.
problem-unsupported_media_type = Áàpù yìí nílò ìmúdójúìwọ̀n kí a tó lè fi ìbéèrè yìí ránṣẹ́.
problem-other = Nẹ́tíwọ̀ọ̀kì tàbí ẹgbẹ́ ìrànlọ́wọ́ kọ ìbéèrè yìí. O lè gbìyànjú lẹ́ẹ̀kan sí i, tàbí gbìyànjú nẹ́tíwọ̀ọ̀kì mìíràn.

## Several people on one device (outreach)

drafts-title = Àwọn ìbéèrè tí a kò tíì fi ránṣẹ́
drafts-continue = Tẹ̀síwájú
drafts-delete = Pa á rẹ́
drafts-none = Kò sí nǹkan tó ń dúró.
review-reference = Ẹni yìí kò ní fi fóònù yìí sọ́dọ̀: fún un ní kóòdù kan
review-reference-hint = Pẹ̀lú kóòdù, ó lè ka ìdáhùn ẹgbẹ́ ìrànlọ́wọ́ lórí fóònù èyíkéyìí tí ó ní áàpù yìí. Fóònù yìí yóò fi hàn nìkan bóyá ẹgbẹ́ ìrànlọ́wọ́ ti gba ìbéèrè náà.
assisted-organisation-label = Àjọ rẹ (ìwọ, òṣìṣẹ́ ìrànlọ́wọ́)
assisted-hint = Ẹgbẹ́ ìrànlọ́wọ́ yóò rí i pé o ran ẹni yìí lọ́wọ́, àti àwọn tí o ń bá ṣiṣẹ́.
assisted-channel-label = Báwo ni ẹgbẹ́ ìrànlọ́wọ́ ṣe lè kàn sí ọ (kò pọndandan)
reference-title = Kóòdù ẹni náà
reference-intro = Fún ẹni náà ní àwọn ọ̀rọ̀ yìí. Pẹ̀lú wọn, ó lè ka ìdáhùn ẹgbẹ́ ìrànlọ́wọ́ lórí fóònù èyíkéyìí tí ó ní áàpù yìí. Fóònù yìí kò kọ wọ́n sí ibì kankan, ó sì máa gbàgbé wọn nígbà tí ẹni náà bá ti ní wọn.
reference-for-person = Tìrẹ ni àwọn ọ̀rọ̀ yìí. Pẹ̀lú wọn, o lè ka ìdáhùn ẹgbẹ́ ìrànlọ́wọ́. Lórí fóònù èyíkéyìí tí ó ní áàpù yìí, ṣí “{ $requests }”, lẹ́yìn náà ṣí “{ $check }”, kí o sì tẹ àwọn ọ̀rọ̀ tàbí nọ́ńbà náà. Pa wọ́n mọ́ dáadáa: ẹnikẹ́ni tí ó bá ní wọn lè ka àwọn ìdáhùn náà.
reference-words = Àwọn ọ̀rọ̀
reference-digits = Kóòdù kan náà ní nọ́ńbà
reference-request = Ìbéèrè { $number }
reference-done = Ẹni náà ti ní kóòdù rẹ̀
reference-again = Áàpù náà tì ara rẹ̀ pa nígbà tí kóòdù náà ń hàn. Òun nìyí lẹ́ẹ̀kan sí i: fún ẹni náà ní i báyìí.
status-check-reference = Ṣàyẹ̀wò kóòdù
check-reference-title = Ṣàyẹ̀wò kóòdù
check-reference-intro = Tẹ àwọn ọ̀rọ̀ tàbí nọ́ńbà tí wọ́n fún ọ. Fóònù yìí kò ní tọ́jú wọn, tàbí àwọn ìdáhùn.
check-reference-no-hotline = Áàpù yìí kò tíì so mọ́ ẹgbẹ́ ìrànlọ́wọ́ kankan, nítorí náà kò lè ṣàyẹ̀wò kóòdù níbí. Jọ̀wọ́ gbìyànjú lórí fóònù mìíràn tí áàpù yìí wà lórí rẹ̀.
check-reference-label = Ọ̀rọ̀ tàbí nọ́ńbà
check-reference-submit = Ṣàyẹ̀wò
check-reference-working = À ń ṣàyẹ̀wò. Ó lè gba ìṣẹ́jú àáyá díẹ̀…
check-reference-no-replies = Kò sí ọ̀rọ̀ láti ọ̀dọ̀ ẹgbẹ́ ìrànlọ́wọ́ síbẹ̀.
check-reference-show-in = Ṣàfihàn ní èdè { $language }
worker-title = Iṣẹ́ ìta
worker-working-as = O ń ṣiṣẹ́ gẹ́gẹ́ bí: { $organisation }
worker-intro = Ẹnì kọ̀ọ̀kan tí o ń ràn lọ́wọ́ ń dáhùn ní èdè rẹ̀. Àwọn ìdáhùn rẹ̀ ń jáde kúrò lórí fóònù yìí ní dídì, ẹni náà sì ń mú kóòdù kan lọ. Nọ́mbà àti ipò ìbéèrè kọ̀ọ̀kan nìkan ló ń kù síbí.
worker-new-person = Ran ẹni tuntun lọ́wọ́
handover-title = Àwọn ìbéèrè fún ìwọ nìkan
handover-worker = Fún ẹni náà ní fóònù báyìí. Òun nìkan ni yóò dáhùn àwọn ìbéèrè tó kàn, o kò sì ní rí ìdáhùn rẹ̀.
handover-person = Àwọn ìbéèrè tó kàn jẹ́ fún ìwọ nìkan. Ẹni tó ń ràn ọ́ lọ́wọ́ kò ní rí ìdáhùn rẹ.
handover-start = Bẹ̀rẹ̀
giveback-title = O ṣé
giveback-intro = A ti di àwọn ìdáhùn rẹ. Ẹni tó ń ràn ọ́ lọ́wọ́ kò lè rí wọn. Dá fóònù padà báyìí.
giveback-button = Dá fóònù padà
review-private = Ẹni náà dáhùn èyí fúnra rẹ̀. Kò hàn.
review-assisted-as = Ìlà ìrànlọ́wọ́ yóò rí i pé o ràn lọ́wọ́, gẹ́gẹ́ bí: { $organisation }
review-later = Kì í ṣe nísinsìnyí: fi í pamọ́ sínú “Àwọn ìbéèrè tí a kò tíì fi ránṣẹ́”
review-hand-again = Tún fún ẹni náà ní fóònù
review-hand-again-hint = Lo èyí tí ẹni náà bá fẹ́ yí ohun tó dáhùn fúnra rẹ̀ padà, tàbí tí ohun kan níbẹ̀ bá nílò àtúnṣe. Yóò tún rí “Ta ló lè rí i”, yóò sì tún yàn.
review-private-fix = Ohun kan tí ẹni náà dáhùn fúnra rẹ̀ nílò àtúnṣe. Òun nìkan ló lè tún un ṣe: tún fún un ní fóònù.
age-given-back-worker = Tí o bá yí ọjọ́ orí padà sí “Kò tíì pé 18” tàbí kúrò níbẹ̀, ẹni náà gbọ́dọ̀ tún rí “Ta ló lè rí i”: o máa tún fún un ní fóònù lẹ́ẹ̀kan sí i.
age-reopened-worker = Ọjọ́ orí náà yí ohun tí ẹni náà yàn nínú “Ta ló lè rí i” padà. Tẹ̀síwájú: o máa tún fún un ní fóònù, yóò sì tún yàn.
setup-worker = Òṣìṣẹ́ ìrànlọ́wọ́ ni mí: mo ń ran àwọn míì lọ́wọ́ láti béèrè ìrànlọ́wọ́
setup-worker-hint = Ìlà ìrànlọ́wọ́ yóò rí àjọ rẹ lórí gbogbo ìbéèrè tí o bá ràn lọ́wọ́.
worker-org-needed = Kọ orúkọ àjọ rẹ, tàbí pa ipò òṣìṣẹ́ ìta.
settings-worker-title = Ipò òṣìṣẹ́ ìrànlọ́wọ́
settings-worker-intro = Ran àwọn míì lọ́wọ́ láti fi ìbéèrè ránṣẹ́ láti fóònù yìí. A ń di àwọn ìdáhùn wọn, ẹnì kọ̀ọ̀kan sì ń mú kóòdù kan lọ.
settings-worker-on = Tàn án
settings-worker-save = Fi àwọn àyípadà pamọ́
settings-worker-off = Pa á
settings-worker-saved = Ó ti parí. Ipò òṣìṣẹ́ ìrànlọ́wọ́ ti tàn.
settings-worker-removed = Ó ti parí. Ipò òṣìṣẹ́ ìrànlọ́wọ́ ti kú.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Kà á sókè: { $text }
speak-stop = Dá kíkà dúró
speak-no-voice = Kò sí ohùn fún èdè yìí lórí fóònù yìí.
speak-unavailable = Kíkà sókè kò ṣiṣẹ́ lórí fóònù yìí báyìí.
speak-headphones = Lo ẹ̀rọ agbọ́rọ̀ etí (headphone) bí ẹnìkan tó wà nítòsí bá lè gbọ́.

## Settings

settings-title = Ètò
settings-language = Èdè
settings-read-aloud = Kà ojú-ìwé kọ̀ọ̀kan sókè nígbà tó bá ṣí
settings-lock = Tì í pa báyìí
settings-less-protected = Ààbò kò pọ̀ tó lórí ẹ̀rọ yìí: kò sí ibi ìpamọ́ kọ́kọ́rọ́ tó láàbò níbí, nítorí náà ẹnikẹ́ni tó bá da àwọn fáìlì áàpù yìí kọ lè gbìyànjú láti ṣàwárí PIN rẹ. PIN tó gùn jù máa dáàbò bò ọ́ dáadáa.
settings-duress-title = PIN pàjáwìrì
settings-duress-intro = PIN kejì fún ìgbà tí ẹnìkan bá fipá mú ọ láti ṣí áàpù náà. Ó máa pa gbogbo nǹkan rẹ́ láìsí àmì kankan.
settings-current-pin = PIN rẹ
settings-duress-save = Fi PIN pàjáwìrì pamọ́
settings-duress-remove = Yọ PIN pàjáwìrì kúrò
settings-pin-title = Yí PIN rẹ padà
settings-new-pin = PIN tuntun (nọ́mbà 6 sí 12)
settings-new-pin-again = Tún PIN tuntun tẹ̀
settings-pin-save = Yí PIN padà
settings-pin-changed = A ti yí PIN rẹ padà. Láti ìsinsìnyí lọ, lo PIN tuntun.
settings-duress-saved = Ó ti parí. A ti fi PIN pàjáwìrì rẹ pamọ́.
settings-duress-removed = Ó ti parí. Kò sí PIN pàjáwìrì mọ́ báyìí.
pin-wrong-left =
    { $count ->
       *[other] PIN yẹn kò tọ́. Tí o bá tún tẹ PIN tí kò tọ́ ní ìgbà { $count } sí i, gbogbo nǹkan tó wà lórí fóònù yìí máa parẹ́.
    }
settings-wipe-title = Pa gbogbo nǹkan rẹ́
settings-wipe-intro = Èyí máa pa gbogbo ìbéèrè àti àkọsílẹ̀ tó wà lórí fóònù yìí rẹ́. A kò lè dá a padà. Àwọn ìbéèrè tí ẹgbẹ́ ìrànlọ́wọ́ ti gbà máa wà lọ́dọ̀ wọn.
settings-wipe-confirm = Bẹ́ẹ̀ ni, pa gbogbo nǹkan rẹ́

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Ṣé o wà nínú ewu báyìí?
danger-yes-child = Bẹ́ẹ̀ ni, mo wà nínú ewu
danger-no-child = Rárá, kì í ṣe báyìí
emergency-intro-child = O lè pe àwọn nọ́mbà yìí. O kò nílò íńtánẹ́ẹ̀tì.
emergency-call-trace-child = Fóònù rẹ máa ń tọ́jú àkójọ àwọn ìpè àti ọ̀rọ̀. Tí ẹ̀rù bá ń bà ọ́ pé ẹnìkan máa rí i, o lè pa wọ́n rẹ́ lẹ́yìn náà.
needs-title-child = Kí lo nílò ìrànlọ́wọ́ fún?
needs-intro-child = Tẹ gbogbo ohun tó jẹ́ òótọ́ fún ọ. O lè fo èyí.
need-legal_immigration-child = Ìrànlọ́wọ́ nípa ìwé
need-labour_exploitation-child = Ẹnìkan ń fipá mú mi ṣiṣẹ́
need-sexual_exploitation-child = Ẹnìkan ń fipá mú mi ṣe ohun ìbálòpọ̀
need-money_debt-child = Ẹnìkan sọ pé mo jẹ òun ní owó
need-going_home-child = Mo fẹ́ lọ sílé tàbí wá ẹbí mi
need-child_at_risk-child = Ọmọdé mìíràn wà nínú ewu
urgency-title-child = Ìgbà wo lo nílò ìrànlọ́wọ́?
for-whom-title-child = Ta ló nílò ìrànlọ́wọ́?
for-whom-self-child = Èmi
contact-title-child = Báwo ni a ṣe lè bá ọ sọ̀rọ̀ láìléwu?
contact-intro-child = Yan ọ̀nà tí kò léwu fún ọ. Kò yẹ kí ẹlòmíràn rí i.
times-title-child = Ìgbà wo ni kò léwu kí a pè ọ́ tàbí kí a kọ̀wé sí ọ?
times-intro-child = O lè fo èyí. Nígbà náà, a máa ṣọ́ra gidigidi.
voicemail-title-child = Ṣé a lè fi ọ̀rọ̀ ohùn sílẹ̀?
someone-else-title-child = Tí ẹlòmíràn bá dáhùn, kí ni kí a ṣe?
responder-title-child = Ta ni o fẹ́ bá sọ̀rọ̀?
more-title-child = Ṣé nǹkan mìíràn wà?
more-intro-child = O kò ní láti dáhùn.
place-label-child = Níbo lo wà? Orúkọ ìlú ti tó.
message-label-child = Sọ ohun tó ń ṣẹlẹ̀ fún wa, tí o bá fẹ́
consent-title-child = Ta ló lè ka ohun tí o kọ?
consent-intro-child = Ìwọ ló máa yàn. A ti yan èyí tó láàbò jù lọ tẹ́lẹ̀.
consent-hotline_only-desc-child = Àwọn olùrànlọ́wọ́ ní ẹgbẹ́ ìrànlọ́wọ́ nìkan ló máa kà á. Wọ́n máa pa á mọ́ ní àṣírí.
consent-may_refer_to_services-desc-child = Ẹgbẹ́ ìrànlọ́wọ́ lè sọ fún àwọn tó ń dáàbò bo àwọn ọmọdé, bí dókítà, ilé ààbò tàbí agbẹjọ́rò.
consent-may_involve_police-desc-child = Ẹgbẹ́ ìrànlọ́wọ́ tún lè sọ fún ọlọ́pàá, kí wọ́n lè dá àwọn tó ń ṣe ọ́ léṣe dúró.
review-title-child = Wo àwọn ìdáhùn rẹ
review-intro-child = Tí o bá fi èyí ránṣẹ́, a máa tì í pa. Ẹgbẹ́ ìrànlọ́wọ́ nìkan ló lè ṣí i. Kò sí ẹni tó lè kà á lórí fóònù yìí, kódà ìwọ náà.
submit-done-child = A ti ti ọ̀rọ̀ rẹ pa lórí fóònù yìí. A máa fi ránṣẹ́ nígbà tí íńtánẹ́ẹ̀tì bá wà.
handover-title-child = Àwọn ìbéèrè tìrẹ nìkan
handover-person-child = Ìwọ nìkan ni yóò dáhùn àwọn ìbéèrè tó kàn. Ẹni tó ń ràn ọ́ lọ́wọ́ kò ní rí ohun tí o sọ.
giveback-intro-child = A ti ti àwọn ìdáhùn rẹ pa. Ẹni tó ń ràn ọ́ lọ́wọ́ kò lè rí wọn. Báyìí, dá fóònù padà fún ẹni tó ń ràn ọ́ lọ́wọ́.
reference-for-person-child = Àwọn ọ̀rọ̀ yìí wà fún ìwọ nìkan. Pẹ̀lú wọn, o lè ka ohun tí ẹgbẹ́ ìrànlọ́wọ́ kọ̀wé sí ọ. Lórí fóònù èyíkéyìí tí ó ní áàpù yìí, tẹ “{ $requests }”, lẹ́yìn náà tẹ “{ $check }”, kí o sì tẹ àwọn ọ̀rọ̀ tàbí nọ́ńbà náà. Pa wọ́n mọ́ ní àṣírí: ẹnikẹ́ni tí ó bá ní wọn lè ka àwọn ìdáhùn náà.

## Errors (codes come from the app's core)

error-wrong_pin = PIN yẹn kò tọ́.
error-locked = Jọ̀wọ́ kọ́kọ́ fi PIN rẹ ṣí áàpù náà.
error-no_hotline = Áàpù yìí kò tíì so mọ́ ẹgbẹ́ ìrànlọ́wọ́ kankan. A ti fi àkọsílẹ̀ rẹ pamọ́.
error-invalid = Àwọn ìdáhùn kan nílò àtúnṣe. Jọ̀wọ́ wo àwọn ìbéèrè tí a sàmì sí.
error-pin_too_short = PIN ní nọ́mbà 6 sí 12.
error-duress_same_as_pin = PIN pàjáwìrì gbọ́dọ̀ yàtọ̀ sí PIN rẹ.
error-worker_drafts_open = Ipò òṣìṣẹ́ ìrànlọ́wọ́ máa wà ní títàn níwọ̀n ìgbà tí a kò bá tíì fi àwọn ìbéèrè àwọn ènìyàn tí o ń ràn lọ́wọ́ ránṣẹ́. Jọ̀wọ́ fi wọ́n ránṣẹ́, tàbí pa wọ́n rẹ́ nínú “Àwọn ìbéèrè tí a kò tíì fi ránṣẹ́”, lẹ́yìn náà pa á.
error-already_set_up = A ti ṣètò áàpù yìí tẹ́lẹ̀.
error-not_found = A kò rí èyí. Ó ṣeé ṣe kí ó ti parẹ́.
error-internal = Nǹkan kan ṣàṣìṣe. Àwọn ìbéèrè rẹ tí a fi pamọ́ wà láìléwu. Jọ̀wọ́ gbìyànjú lẹ́ẹ̀kan sí i.
error-not_set_up = A kò tíì ṣètò áàpù yìí. Jọ̀wọ́ kọ́kọ́ yan PIN.
error-busy = Áàpù náà ń fi nǹkan ránṣẹ́ lọ́wọ́. Jọ̀wọ́ gbìyànjú lẹ́ẹ̀kan sí i láìpẹ́.
error-status_unavailable = A kò lè béèrè lọ́wọ́ ẹgbẹ́ ìrànlọ́wọ́ báyìí. Ìbéèrè rẹ wà láìléwu. Jọ̀wọ́ gbìyànjú lẹ́ẹ̀kan sí i nígbà mìíràn.
error-malformed = A kò lè ka àwọn ìdáhùn kan. Jọ̀wọ́ ṣàyẹ̀wò wọn kí o sì gbìyànjú lẹ́ẹ̀kan sí i.
error-too_large = Èyí ti gùn jù láti fi ránṣẹ́. Jọ̀wọ́ jẹ́ kí ọ̀rọ̀ rẹ kúrú sí i.
error-unsupported_version = Áàpù yìí nílò ìmúdójúìwọ̀n.
error-profile = Àlàyé ẹgbẹ́ ìrànlọ́wọ́ nínú áàpù yìí kò tọ́. A ti fi àkọsílẹ̀ rẹ pamọ́. Jọ̀wọ́ gba áàpù tí a ti ṣe ìmúdójúìwọ̀n rẹ̀.
error-sync_client = Áàpù náà kò lè sopọ̀ láìléwu báyìí. A ti fi ìbéèrè rẹ pamọ́, a sì máa fi ránṣẹ́ lẹ́yìn náà.
error-already_exists = A ti fi èyí pamọ́ tẹ́lẹ̀.
error-empty_pin = Jọ̀wọ́ tẹ PIN rẹ.
error-invalid_kdf_params = Ètò áàpù yìí kò tọ́. Jọ̀wọ́ gba áàpù tí a ti ṣe ìmúdójúìwọ̀n rẹ̀.
error-device_secret_unavailable = Áàpù náà kò lè dé ibi ìpamọ́ àṣírí fóònù yìí. Jọ̀wọ́ pa fóònù náà kí o tún tàn án, lẹ́yìn náà gbìyànjú lẹ́ẹ̀kan sí i.
error-envelope = A kò lè ti ìbéèrè rẹ pa fún ẹgbẹ́ ìrànlọ́wọ́. Ó ṣì wà ní ìpamọ́ gẹ́gẹ́ bí àkọsílẹ̀.
error-receipt_mismatch = A kò lè ṣàyẹ̀wò ìdáhùn ẹgbẹ́ ìrànlọ́wọ́. A máa tún ìbéèrè rẹ fi ránṣẹ́.
error-corrupt = Àwọn ohun tí áàpù náà fi pamọ́ ti bàjẹ́. A kò lè ṣí i.
error-io = Fóònù náà kò lè fi èyí pamọ́. Ó lè ti kún. Jọ̀wọ́ pa àwọn nǹkan kan rẹ́ láti ní àyè, kí o sì gbìyànjú lẹ́ẹ̀kan sí i.
error-database = Áàpù náà kò lè ka tàbí fi àwọn ohun rẹ̀ pamọ́. Àwọn ìbéèrè rẹ tí a fi pamọ́ wà láìléwu. Jọ̀wọ́ gbìyànjú lẹ́ẹ̀kan sí i.
error-pin_too_long = PIN ní nọ́mbà 6 sí 12.
error-pin_not_digits = Nọ́mbà nìkan ni PIN ní.
error-reference_word_count = Kóòdù ní ọ̀rọ̀ 9. Ṣàyẹ̀wò pé o tẹ gbogbo wọn.
error-reference_unknown_word = Ọ̀kan nínú àwọn ọ̀rọ̀ náà kò tọ̀nà. Ṣàyẹ̀wò bí o ṣe kọ ọ́.
check-reference-wrong-word = Ọ̀rọ̀ nọ́mbà { $number } kò tọ̀nà. Ṣàyẹ̀wò bí o ṣe kọ ọ́.
error-reference_digits = Kóòdù ní nọ́ńbà 22. Ṣàyẹ̀wò pé o tẹ gbogbo wọn.
error-reference_check = Ọ̀rọ̀ kan tàbí nọ́ńbà kan kò tọ̀nà. Ṣàyẹ̀wò ọ̀kọ̀ọ̀kan kí o sì tún gbìyànjú.
error-reference_not_found = Ẹgbẹ́ ìrànlọ́wọ́ kò tíì ní ìbéèrè kankan pẹ̀lú kóòdù yìí. Tí wọ́n bá fi ránṣẹ́ láti orí fóònù tí kò ní íńtánẹ́ẹ̀tì, yóò dé nígbà tí fóònù náà bá tún ní íńtánẹ́ẹ̀tì: jọ̀wọ́ gbìyànjú lẹ́ẹ̀kan sí i nígbà mìíràn. Tí a kò bá rí i síbẹ̀, ṣàyẹ̀wò ọ̀rọ̀ tàbí nọ́ńbà kọ̀ọ̀kan.
field-error-empty = Jọ̀wọ́ kọ nǹkan síbí, tàbí fo ìbéèrè náà.
field-error-not_trimmed = Jọ̀wọ́ yọ àyè òfo ní ìbẹ̀rẹ̀ tàbí ní òpin kúrò.
field-error-too_long = Èyí ti gùn jù. Lẹ́tà { $max } ló pọ̀ jù.
field-error-too_many_bytes = Èyí ti gùn jù.
field-error-too_many = Ó ti pọ̀ jù. { $max } ló pọ̀ jù.
field-error-duplicate = Èyí wà nínú àkójọ lẹ́ẹ̀mejì.
field-error-control_characters = Èyí ní àwọn àmì tí a kò lè lò.
field-error-invalid_phone = Nọ́mbà fóònù yìí kò dà bí èyí tó tọ́. Bẹ̀rẹ̀ pẹ̀lú + àti kóòdù orílẹ̀-èdè.
field-error-invalid_region = A kò mọ orílẹ̀-èdè yìí.
field-error-invalid_email = Àdírẹ́sì ímeèlì yìí kò dà bí èyí tó tọ́.
field-error-invalid_language = A kò mọ èdè yìí.
field-error-invalid_time_zone = A kò mọ agbègbè àkókò yìí.
field-error-invalid_time = Jọ̀wọ́ yan àkókò ìbẹ̀rẹ̀ àti àkókò ìparí tó yàtọ̀ síra.
field-error-no_contact_method = Jọ̀wọ́ yan ọ̀nà kan ó kéré tán tí a fi lè kàn sí ọ. "Màá wo áàpù yìí fún èsì" ti tó.
field-error-unsupported_version = Áàpù yìí nílò ìmúdójúìwọ̀n.
