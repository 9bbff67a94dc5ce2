## Reach — ئۇيغۇرچە (Uyghur)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = ئۇيغۇرچە
# The language's name in English, for the language search.
-locale-english = Uyghur
-locale-dir = rtl
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ھېسابلىغۇچ
quick-exit = تېز چېكىنىش
quick-exit-hint = بۇ ئەپنى دەرھال يوشۇرىدۇ
back = قايتىش
next = كېيىنكى
skip = بۇنىڭدىن ئاتلاش
save = ساقلاش
cancel = بىكار قىلىش
close = تاقاش
done = تامام
optional = ئىختىيارىي
step-of = { $total } قەدەمنىڭ { $current }-قەدىمى
saved-locked = بۇ تېلېفوندا ساقلاندى ۋە قۇلۇپلاندى

## Calculator (the app's disguise)

calc-label = ھېسابلىغۇچ
calc-display-label = نەتىجە
calc-clear = C
calc-equals = =
calc-error = خاتالىق

## First use: a private PIN

setup-title = بۇ ئەپنى شەخسىي قىلىڭ
setup-intro = بىر مەخپىي نومۇر (PIN) تاللاڭ. ئۇنى پەقەت سىزلا بىلىشىڭىز كېرەك.
setup-how = كېيىن بۇ ئەپنى ئېچىش ئۈچۈن، مەخپىي نومۇرىڭىزنى ھېسابلىغۇچقا يېزىڭ، ئاندىن = نى بېسىڭ.
setup-pin-label = مەخپىي نومۇرىڭىز (6 دىن 12 گىچە رەقەم)
setup-pin-repeat-label = مەخپىي نومۇرىڭىزنى قايتا يېزىڭ
setup-duress-title = جىددىي مەخپىي نومۇر (بۇنىڭدىن ئاتلىسىڭىزمۇ بولىدۇ)
setup-duress-intro = ئەگەر بىرەرسى سىزنى بۇ ئەپنى ئېچىشقا مەجبۇرلىسا، ئۇنىڭ ئورنىغا بۇ باشقا مەخپىي نومۇرنى يېزىڭ. ئەپ قۇرۇق كۆرۈنىدۇ، ئىچىدىكى ھەممە نەرسە ھېچقانداق ئىز قالدۇرماي ئۆچۈرۈلىدۇ.
setup-duress-label = جىددىي مەخپىي نومۇر
setup-submit = مەخپىي نومۇرىمنى ساقلاش
setup-mismatch = ئىككى مەخپىي نومۇر ئوخشاش ئەمەس. قايتا سىناپ بېقىڭ.

## Language

lang-title = تىلىڭىزنى تاللاڭ
lang-intro = ئۇنى كېيىن تەڭشەكلەردە ئۆزگەرتەلەيسىز.
lang-search-label = تىلىڭىزنى تېپىڭ
lang-search-hint = تىلىڭىزنىڭ نامىنى خالىغان تىلدا يېزىڭ
lang-search-none = بۇنىڭغا ماس كېلىدىغان تىل يوق. ئازراق ھەرپ يېزىپ بېقىڭ.
lang-yours = بۇ تېلېفوندىكى تىللار
lang-all = بارلىق تىللار
lang-load-failed = بۇ تىلنى ئاچقىلى بولمىدى، شۇڭا ئەپ ئىنگلىزچە كۆرسىتىلدى.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = يېشىڭىز نەچچىدە؟
age-intro = بۇنىڭدىن ئاتلىسىڭىزمۇ بولىدۇ. ئەگەر 18 ياشتىن كىچىك بولسىڭىز، ئەپ ئاددىيراق سۆزلەرنى ئىشلىتىدۇ ۋە بالىلار ئۈچۈن ياردەمنى كۆرسىتىدۇ.
age-under_18 = 18 ياشتىن كىچىك
age-18_to_25 = 18 ياشتىن 25 ياشقىچە
age-26_to_59 = 26 ياشتىن 59 ياشقىچە
age-60_plus = 60 ياش ياكى ئۇنىڭدىن چوڭ

## Danger check and emergency numbers

danger-title = سىز ھازىر خەتەردىمۇ؟
danger-yes = ھەئە، مەن ھازىر خەتەردە
danger-no = ياق، ھازىر ئەمەس
emergency-title = جىددىي نومۇرلار
emergency-intro = بۇ نومۇرلارغا تورسىزمۇ تېلېفون قىلالايسىز.
emergency-country-label = دۆلىتىڭىز
emergency-police = ساقچى ۋە جىددىي قۇتقۇزۇش
emergency-hotline = ئادەم سودىسىغا ئۇچرىغان ياكى ئىشلەشكە مەجبۇرلانغان كىشىلەرگە ياردەم
emergency-children = بالىلار ۋە ياشلار ئۈچۈن ياردەم
emergency-call = { $number } نومۇرىغا تېلېفون قىلىش
emergency-source = مەنبە: { $source }
emergency-checked = تەكشۈرۈلگەن ۋاقتى: { $date }
emergency-not-checked = تېخى قايتا تەكشۈرۈلمىدى. نومۇر ئىشلىمىسە، جىددىي نومۇرغا تېلېفون قىلىڭ.
emergency-call-trace = تېلېفون ۋە قىسقا ئۇچۇر خاتىرىلىرى تېلېفونىڭىزدىكى تىزىملىكلەردە قالىدۇ. ئەگەر بىرەرسى تېلېفونىڭىزنى تەكشۈرسە، كېيىن ئۇلارنى ئۆچۈرەلەيسىز.
emergency-none = بۇ دۆلەت ئۈچۈن تېخى نومۇرىمىز يوق. خەتەردە بولسىڭىز، يەرلىك جىددىي نومۇرغا تېلېفون قىلىڭ.
emergency-continue = داۋاملاشتۇرۇش ۋە ياردەم سوراش

## What help is needed

needs-title = سىزگە قانداق ياردەم كېرەك؟
needs-intro = ماس كېلىدىغانلىرىنىڭ ھەممىسىنى تاللاڭ. بۇنىڭدىن ئاتلىسىڭىزمۇ بولىدۇ.
need-safety_now = ھازىرلا بىخەتەر بولۇش
need-shelter = تۇرۇشقا بىخەتەر جاي
need-medical = دوختۇر ياكى دورا
need-legal_immigration = ھۆججەت، ۋىزا ياكى قانۇن ھەققىدە ياردەم
need-labour_exploitation = خىزمەتتىكى مەسىلە ياكى ئىش ھەققى بېرىلمەسلىك
need-sexual_exploitation = جىنسىي مۇناسىۋەتكە مەجبۇرلاش
need-child_at_risk = بىر بالا خەتەردە
need-money_debt = پۇل ياكى قەرز
need-going_home = ئۆيگە قايتىش ياكى ئائىلىنى تېپىش
need-interpreter = مېنىڭ تىلىمدا سۆزلەيدىغان بىرەرسى
need-other = باشقا نەرسە
urgency-title = ياردەم قانچىلىك تېز كېرەك؟
urgency-now = ھازىرلا
urgency-today = بۈگۈن
urgency-this_week = بۇ ھەپتە
urgency-not_urgent = ساقلىسا بولىدۇ
for-whom-title = بۇ ئىلتىماس كىم ئۈچۈن؟
for-whom-self = ئۆزۈم ئۈچۈن
for-whom-someone_else = باشقا بىرەرسى ئۈچۈن
for-whom-assisted_by_outreach = مەن بىرەرسىگە ياردەم بېرىۋاتقان مەيدان خىزمەتچىسى

## Safe contact

contact-title = ياردەم لىنىيىسى سىز بىلەن قانداق قىلىپ بىخەتەر ئالاقىلىشالايدۇ؟
contact-intro = كەم دېگەندە بىر ئۇسۇلنى تاللاڭ. پەقەت سىز ئۈچۈن بىخەتەر بولغان ئۇسۇللارنىلا تاللاڭ.
contact-call = تېلېفون
contact-sms = قىسقا ئۇچۇر (SMS)
contact-messaging_app = ئۇچۇر ئەپى
contact-email = ئېلخەت
contact-in_person_via_outreach = يۈزمۇيۈز، مەيدان خىزمەتچىسى ئارقىلىق
contact-check_back_in_app = جاۋابنى بۇ ئەپتىن ئۆزۈم كۆرىمەن
# The example number sits in a LEFT-TO-RIGHT ISOLATE (U+2066 … U+2069) so that "+" shows before the digits in right-to-left text.
contact-phone-label = تېلېفون نومۇرى، دۆلەت كودى بىلەن (مەسىلەن { "\u2066+44…\u2069" })
contact-app-label = قايسى ئەپ؟ (مەسىلەن WhatsApp، Signal)
contact-handle-label = ئۇ ئەپتىكى ئىسمىڭىز ياكى نومۇرىڭىز
contact-email-label = ئېلخەت ئادرېسى
times-title = سىز بىلەن قاچان ئالاقىلىشىش بىخەتەر؟
times-intro = بۇنىڭدىن ئاتلىسىڭىزمۇ بولىدۇ. ئۇ چاغدا ياردەم لىنىيىسى تېخىمۇ ئېھتىيات قىلىدۇ.
times-add = بىخەتەر ۋاقىت قوشۇش
times-remove = بۇ ۋاقىتنى ئۆچۈرۈش
times-from = باشلىنىش
times-to = ئاخىرلىشىش
times-days = كۈنلەر
times-any-day = ھەر قانداق كۈن
times-zone = ۋاقىت رايونى
weekday-mon = دۈشەنبە
weekday-tue = سەيشەنبە
weekday-wed = چارشەنبە
weekday-thu = پەيشەنبە
weekday-fri = جۈمە
weekday-sat = شەنبە
weekday-sun = يەكشەنبە
voicemail-title = ياردەم لىنىيىسى ئاۋازلىق ئۇچۇر قالدۇرسا بولامدۇ؟
voicemail-yes = ھەئە، ئاۋازلىق ئۇچۇر بىخەتەر
voicemail-no = ياق، ھەرگىز ئاۋازلىق ئۇچۇر قالدۇرماڭ
voicemail-unsaid = بۇ سوئالغا جاۋاب بەرمىسىڭىز، ياردەم لىنىيىسى ئاۋازلىق ئۇچۇر قالدۇرمايدۇ.
code-word-label = مەخپىي سۆز
code-word-hint = ياردەم لىنىيىسى بۇ سۆزنى دەيدۇ، شۇنىڭ بىلەن ئۇلارنىڭ راستىنلا ئۆزلىرى ئىكەنلىكىنى بىلىسىز.
someone-else-title = ئەگەر باشقا بىرەرسى جاۋاب بەرسە، ياردەم لىنىيىسى…
someone-else-hang_up = تېلېفوننى قويۇۋەتسۇن
someone-else-say_wrong_number = «خاتا نومۇر» دېسۇن
someone-else-ask_for_code_word = مەخپىي سۆزنى سورىسۇن
someone-else-other = باشقا ئىش قىلسۇن
someone-else-other-label = ئۇلار نېمە قىلسۇن؟
responder-title = كىم بىلەن سۆزلىشىشنى خالايسىز؟
responder-woman = ئايال
responder-man = ئەر
responder-any_gender = كىم بولسا بولىدۇ
responder-language-label = جاۋاب ئالماقچى بولغان تىلىڭىز

## More (all optional)

more-title = ئۆزىڭىز ھەققىدە يەنە ئازراق
more-intro = بۇلارنىڭ ھەممىسى ئىختىيارىي.
place-label = سىز قەيەردە؟ شەھەر ياكى رايون نامى يېتەرلىك.
place-hint = پەقەت ئۆزىڭىز خالىغاننىلا يېزىڭ. بۇ ئەپ ھەرگىز ئورنىڭىزنى ئىشلەتمەيدۇ.
message-label = ئۇچۇرىڭىز
message-hint = خالىغان تىلدا يازسىڭىز بولىدۇ.
message-left =
    { $count ->
        [one] بىر ھەرپ قالدى
       *[other] { $count } ھەرپ قالدى
    }

## Consent

consent-title = ئىلتىماسىڭىزنى كىم كۆرەلەيدۇ؟
consent-intro = سىز قارار قىلىسىز. ئەڭ مەخپىي تاللاش ئاللىبۇرۇن تاللانغان.
consent-hotline_only = پەقەت ياردەم لىنىيىسى
consent-hotline_only-desc = ئۇنى پەقەت ياردەم لىنىيىسى خادىملىرى ئوقۇيدۇ. ئۇلار ئۇنى ھېچكىمگە بەرمەيدۇ.
consent-may_refer_to_services = ياردەم لىنىيىسى ۋە ياردەم قىلالايدىغان ئورۇنلار
consent-may_refer_to_services-desc = ياردەم لىنىيىسى سىزگە ياردەم قىلىش ئۈچۈن ئۇنى پاناھلىنىش ئورۇنلىرى، دوختۇرلار ياكى ئادۋوكاتلار بىلەن ئورتاقلىشىشى مۇمكىن.
consent-may_involve_police = ياردەم لىنىيىسى، ياردەم ئورۇنلىرى ۋە ساقچى
consent-may_involve_police-desc = ياردەم لىنىيىسى ساقچىغىمۇ خەۋەر قىلىشى مۇمكىن.
consent-child-note = سىز 18 ياشتىن كىچىك بولغاچقا، ياردەم لىنىيىسى سىزنى بىخەتەر قىلىش ئۈچۈن بالىلارنى قوغداش خىزمىتىدىكى كىشىلەرگە خەۋەر قىلىشقا مەجبۇر بولۇشى مۇمكىن.

## Review and send

review-title = ئىلتىماسىڭىزنى تەكشۈرۈڭ
review-intro = ئىلتىماسىڭىز قۇلۇپلىنىدۇ، شۇڭا ئۇنى پەقەت ياردەم لىنىيىسىلا ئاچالايدۇ. ئەۋەتكەندىن كېيىن، ئۇنى بۇ تېلېفوندا ھېچكىم ئوقۇيالمايدۇ، ھەتتا سىزمۇ.
review-not-answered = جاۋاب بېرىلمىگەن
review-change = ئۆزگەرتىش
review-needs = كېرەكلىك ياردەم
review-contact = سىز بىلەن ئالاقىلىشىش ئۇسۇلى
review-times = بىخەتەر ۋاقىتلار
review-more = سىز ھەققىدە تېخىمۇ كۆپ
review-consent = كىم كۆرەلەيدۇ
submit = قۇلۇپلاپ ياردەم لىنىيىسىگە ئەۋەتىش
submit-working = ئىلتىماسىڭىز قۇلۇپلىنىۋاتىدۇ…
submit-done = ئىلتىماسىڭىز بۇ تېلېفوندا قۇلۇپلاندى. تور بولغاندا ئەۋەتىلىدۇ.

## Status

status-title = ئىلتىماسلىرىڭىز
status-intro = بۇ يەردە ھەر بىر ئىلتىماسنىڭ قەيەرگە يەتكەنلىكىنى كۆرەلەيسىز.
status-empty = تېخى ئىلتىماس يوق.
status-saved = بۇ تېلېفوندا ساقلاندى ۋە قۇلۇپلاندى. تور بولغاندا ئەۋەتىلىدۇ.
status-sending = ھازىر ئەۋەتىلىۋاتىدۇ…
status-received = ياردەم لىنىيىسى ئۇنى تاپشۇرۇۋالدى. ياردەم لىنىيىسىنىڭ تالونىنى تەكشۈردۇق.
status-needs_attention = بۇ ئىلتىماس دىققىتىڭىزنى تەلەپ قىلىدۇ.
status-attempts =
    { $count ->
        [one] بىر قېتىم سىنالدى
       *[other] { $count } قېتىم سىنالدى
    }
status-hotline-received = ياردەم لىنىيىسىدىكى بىرەرسىنىڭ ئوقۇشىنى ساقلاۋاتىدۇ.
status-hotline-in_review = ياردەم لىنىيىسىدىكى بىرەرسى ئۇنى ئوقۇۋاتىدۇ.
status-hotline-answered = ياردەم لىنىيىسى بۇ ھەقتە ئىش قىلدى.
status-hotline-closed = ياردەم لىنىيىسى ئۇنى تاقىدى.
status-hotline-contact_planned = ياردەم لىنىيىسىدىكى بىرەرسى سىز بىلەن قانداق بىخەتەر ئالاقىلىشىشنى پىلانلاۋاتىدۇ.
status-hotline-needs_interpreter = ياردەم لىنىيىسى سىزنىڭ تىلىڭىزدا سۆزلەيدىغان بىرەرسىنى ئىزدەۋاتىدۇ.
status-hotline-referred = ياردەم لىنىيىسى ھەمكارلاشقۇچى بىر تەشكىلاتتىن سىزگە ياردەم قىلىشنى سورىدى.
status-hotline-unknown = ياردەم لىنىيىسىدە بۇ ھەقتە يېڭى خەۋەر بار. تېخىمۇ كۆپ كۆرۈش ئۈچۈن، بىخەتەر بولغاندا ئەپنى يېڭىلاڭ.
status-replies = ياردەم لىنىيىسىدىن كەلگەن ئۇچۇرلار
status-reply-note = ياردەم لىنىيىسى يەنە مۇنۇلارنى يازدى (بەلكىم سىزنىڭ تىلىڭىزدا ئەمەس):
status-reply-unreadable = بۇ ئەپ تەكشۈرەلمىگەن بىر ئۇچۇر كەلدى، شۇڭا ئۇ كۆرسىتىلمىدى.
status-offline = ھازىر تور يوق. ئىلتىماسلىرىڭىز بۇ تېلېفوندا بىخەتەر.
status-send-now = ھازىر ئەۋەتىش
status-retry = قايتا سىناش
status-check = ياردەم لىنىيىسىدىن خەۋەر سوراش
status-new = يېڭى ئىلتىماس باشلاش

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = ئىلتىماسىڭىزنى ئوقۇدۇق. سىز تاللىغان ئۇسۇلدا سىز بىلەن ئالاقىلىشىمىز.
reply-call_planned = { $day } كۈنى { $from } بىلەن { $to } ئارىلىقىدا (سىزنىڭ ۋاقتىڭىز بويىچە) سىزگە تېلېفون قىلىمىز.
reply-message_planned = { $day } كۈنى { $from } بىلەن { $to } ئارىلىقىدا (سىزنىڭ ۋاقتىڭىز بويىچە) سىزگە ئۇچۇر ئەۋەتىمىز.
reply-interpreter = سىزنىڭ تىلىڭىزدا سۆزلەيدىغان تەرجىمان ئىزدەۋاتىمىز. پات ئارىدا سىز بىلەن ئالاقىلىشىمىز.
reply-referred = سىزگە يېقىن بىر ھەمكارلاشقۇچى تەشكىلاتتىن ياردەم قىلىشنى سورىدۇق. ئۇلار سىز تاللىغان ئۇسۇلدا سىز بىلەن ئالاقىلىشىدۇ.
reply-call_us = سىز ئۈچۈن بىخەتەر بولغاندا بىزگە تېلېفون قىلىڭ. ۋاقىتنى ئۆزىڭىز تاللايسىز.
reply-danger = ئەگەر ھازىر خەتەردە بولسىڭىز، جىددىي نومۇرغا تېلېفون قىلىڭ. ئۇنى بۇ ئەپتىن تاپالايسىز.
reply-closed = ئىلتىماسىڭىزنى تاقىدۇق. خالىغان ۋاقىتتا يېڭى ئىلتىماس ئەۋەتەلەيسىز.
reply-unknown = ياردەم لىنىيىسى ئەپنىڭ بۇ نەشرى كۆرسىتەلمەيدىغان بىر ئۇچۇر ئەۋەتتى. بىخەتەر بولغاندا ئەپنى يېڭىلاڭ.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = ئىلتىماسىڭىز تاقالدى. ياردەمنىڭ قانداق بولغانلىقىنى بىزگە ئېيتىپ بېرەمسىز؟ ئۈچ قىسقا سوئال. ئۇلاردىن ئاتلىسىڭىزمۇ بولىدۇ.
feedback-private = جاۋابلىرىڭىز ئىلتىماسىڭىز ۋە ئىسمىڭىز بىلەن بىللە ئەۋەتىلمەيدۇ. ياردەم لىنىيىسى پەقەت ئومۇمىي سانلارنىلا كۆرىدۇ.
feedback-start = جاۋاب بېرىش
feedback-skip = ياق، رەھمەت
feedback-send = جاۋابلارنى ئەۋەتىش
feedback-q-helped = كېرەكلىك ياردەمگە ئېرىشتىڭىزمۇ؟
feedback-q-safe = بىز سىز بىلەن ئالاقىلاشقاندا ئۆزىڭىزنى بىخەتەر ھېس قىلدىڭىزمۇ؟
feedback-q-recommend = بىز ھەققىمىزدە بىر دوستىڭىزغا ئېيتامسىز؟
feedback-a-yes = ھەئە
feedback-a-partly = قىسمەن
feedback-a-no = ياق
feedback-thanks = رەھمەت. جاۋابلىرىڭىز ئەۋەتىلىدۇ.
feedback-declined = بولىدۇ. قايتا سورىمايمىز.
feedback-failed = بۇ بولمىدى. قايتا سىناپ بېقىڭ.
problem-unknown_key = بۇ ئىلتىماسنى ئەۋەتىشتىن بۇرۇن بۇ ئەپنى يېڭىلاش كېرەك.
problem-conflict = ياردەم لىنىيىسىدە ئوخشاش نومۇرلۇق باشقا بىر ئىلتىماس بار. ياردەم لىنىيىسى بىلەن باشقا ئۇسۇلدا ئالاقىلىشىڭ.
problem-malformed = ياردەم لىنىيىسى بۇ ئىلتىماسنى ئوقۇيالمىدى. يېڭى ئىلتىماس باشلاڭ.
problem-too_large = بۇ ئىلتىماس بەك ئۇزۇن. قىسقىراق ئۇچۇر بىلەن يېڭى ئىلتىماس باشلاڭ.
problem-unsupported_media_type = بۇ ئىلتىماسنى ئەۋەتىشتىن بۇرۇن بۇ ئەپنى يېڭىلاش كېرەك.
problem-other = تور ياكى ياردەم لىنىيىسى بۇ ئىلتىماسنى قوبۇل قىلمىدى. قايتا سىنىسىڭىز ياكى باشقا تورنى سىنىسىڭىز بولىدۇ.

## Several people on one device (outreach)

drafts-title = تېخى ئەۋەتىلمىگەن ئىلتىماسلار
drafts-continue = داۋاملاشتۇرۇش
drafts-delete = ئۆچۈرۈش
drafts-none = ساقلاۋاتقان ھېچنېمە يوق.
review-reference = بۇ كىشى بۇ تېلېفوننى ئۆزىدە ساقلىمايدۇ: ئۇنىڭغا بىر كود بېرىڭ
review-reference-hint = كود ئارقىلىق ئۇ بۇ ئەپ بار ھەر قانداق تېلېفوندا ياردەم لىنىيىسىنىڭ جاۋابلىرىنى ئوقۇيالايدۇ. بۇ تېلېفون پەقەت ياردەم لىنىيىسى ئىلتىماسنى تاپشۇرۇۋالغان-ئالمىغانلىقىنىلا كۆرسىتىدۇ.
assisted-organisation-label = تەشكىلاتىڭىز (سىز، مەيدان خىزمەتچىسى)
assisted-hint = ياردەم لىنىيىسى سىزنىڭ بۇ كىشىگە ياردەم بەرگەنلىكىڭىزنى ۋە كىم بىلەن ئىشلەيدىغانلىقىڭىزنى كۆرىدۇ.
assisted-channel-label = ياردەم لىنىيىسى سىز بىلەن قانداق ئالاقىلىشالايدۇ (ئىختىيارىي)
reference-title = كىشىنىڭ كودى
reference-intro = بۇ سۆزلەرنى ئۇ كىشىگە بېرىڭ. بۇلار ئارقىلىق ئۇ بۇ ئەپ بار ھەر قانداق تېلېفوندا ياردەم لىنىيىسىنىڭ جاۋابلىرىنى ئوقۇيالايدۇ. ئۇلار پەقەت ھازىرلا كۆرسىتىلىدۇ: بۇ تېلېفون ئۇلارنى ساقلىمايدۇ.
reference-for-person = بۇ سۆزلەر سىزنىڭ. بۇلار ئارقىلىق سىز ياردەم لىنىيىسىنىڭ جاۋابلىرىنى ئوقۇيالايسىز. بۇ ئەپ بار ھەر قانداق تېلېفوندا «{ $requests }» نى ئېچىپ، ئاندىن «{ $check }» نى بېسىپ، سۆز ياكى سانلارنى يېزىڭ. ئۇلارنى ياخشى ساقلاڭ: ئۇلار كىمدە بولسا، شۇ كىشى جاۋابلارنى ئوقۇيالايدۇ.
reference-words = سۆزلەر
reference-digits = ئوخشاش كود سان بىلەن
reference-request = ئىلتىماس { $number }
reference-done = كىشىدە ئۆزىنىڭ كودى بار
status-check-reference = كودنى تەكشۈرۈش
check-reference-title = كودنى تەكشۈرۈش
check-reference-intro = سىزگە بېرىلگەن سۆز ياكى سانلارنى يېزىڭ. بۇ تېلېفون ئۇلارنىمۇ، جاۋابلارنىمۇ ساقلىمايدۇ.
check-reference-label = سۆز ياكى سان
check-reference-submit = تەكشۈرۈش
check-reference-working = تەكشۈرۈلۈۋاتىدۇ. بىر نەچچە سېكۇنت كېتىشى مۇمكىن…
check-reference-no-replies = ياردەم لىنىيىسىدىن تېخى ئۇچۇر يوق.
check-reference-show-in = { $language } تىلىدا كۆرسىتىش
worker-title = مەيدان خىزمىتى
worker-working-as = سىز بۇ نام بىلەن ئىشلەيسىز: { $organisation }
worker-intro = سىز ياردەم بەرگەن ھەر بىر كىشى ئۆز تىلىدا جاۋاب بېرىدۇ. جاۋابلىرى پېچەتلىنىپ بۇ تېلېفوندىن چىقىدۇ، ئۇ كىشى بىر كودنى ئېلىپ كېتىدۇ. بۇ يەردە ھەر بىر ئىلتىماسنىڭ نومۇرى ۋە ھالىتىلا قالىدۇ.
worker-new-person = يېڭى كىشىگە ياردەم بېرىش
handover-title = پەقەت سىز ئۈچۈن سوئاللار
handover-worker = ھازىر تېلېفوننى ئۇ كىشىگە بېرىڭ. كېيىنكى سوئاللارغا ئۇ يالغۇز جاۋاب بېرىدۇ، سىز ئۇنىڭ جاۋابلىرىنى كۆرمەيسىز.
handover-person = كېيىنكى سوئاللار پەقەت سىز ئۈچۈن. سىزگە ياردەم بېرىۋاتقان كىشى جاۋابلىرىڭىزنى كۆرمەيدۇ.
handover-start = باشلاش
giveback-title = رەھمەت
giveback-intro = جاۋابلىرىڭىز پېچەتلەندى. سىزگە ياردەم بېرىۋاتقان كىشى ئۇلارنى كۆرەلمەيدۇ. ھازىر تېلېفوننى قايتۇرۇپ بېرىڭ.
giveback-button = تېلېفوننى قايتۇرۇش
review-private = بۇنىڭغا ئۇ كىشى يالغۇز جاۋاب بەردى. كۆرسىتىلمەيدۇ.
review-assisted-as = ياردەم لىنىيەسى سىزنىڭ ياردەم بەرگىنىڭىزنى مۇنداق كۆرىدۇ: { $organisation }
setup-worker = مەن مەيدان خىزمەتچىسى: باشقىلارنىڭ ياردەم سورىشىغا ياردەم بېرىمەن
setup-worker-hint = ياردەم لىنىيەسى سىز ياردەم بەرگەن ھەر بىر ئىلتىماستا تەشكىلاتىڭىزنى كۆرىدۇ.
worker-org-needed = تەشكىلاتىڭىزنىڭ نامىنى يېزىڭ، ياكى مەيدان خىزمەتچىسى ھالىتىنى تاقاڭ.
settings-worker-title = مەيدان خىزمەتچىسى ھالىتى
settings-worker-intro = باشقىلارنىڭ بۇ تېلېفوندىن ئىلتىماس ئەۋەتىشىگە ياردەم بېرىڭ. ئۇلارنىڭ جاۋابلىرى پېچەتلىنىدۇ، ھەر بىر كىشى بىر كودنى ئېلىپ كېتىدۇ.
settings-worker-on = ئېچىش
settings-worker-save = ئۆزگەرتىشلەرنى ساقلاش
settings-worker-off = تاقاش
settings-worker-saved = بولدى. مەيدان خىزمەتچىسى ھالىتى ئوچۇق.
settings-worker-removed = بولدى. مەيدان خىزمەتچىسى ھالىتى تاقاق.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = ئۈنلۈك ئوقۇش: { $text }
speak-stop = ئوقۇشنى توختىتىش
speak-no-voice = بۇ تېلېفوندا بۇ تىل ئۈچۈن ئاۋاز يوق.
speak-unavailable = ھازىر بۇ تېلېفوندا ئۈنلۈك ئوقۇش ئىشلىمەيدۇ.
speak-headphones = يېنىڭىزدىكى بىرەرسى ئاڭلاپ قېلىشى مۇمكىن بولسا، قۇلاقچا ئىشلىتىڭ.

## Settings

settings-title = تەڭشەكلەر
settings-language = تىل
settings-read-aloud = ھەر بىر ئېكران ئېچىلغاندا ئۇنى ئۈنلۈك ئوقۇش
settings-lock = ھازىر قۇلۇپلاش
settings-less-protected = بۇ ئۈسكۈنىدە قوغدىلىش ئاجىزراق: بۇ يەردە ئاچقۇچنى ساقلايدىغان بىخەتەر جاي يوق، شۇڭا ئەپنىڭ ھۆججەتلىرىنى كۆچۈرۈۋالغان ھەر قانداق ئادەم مەخپىي نومۇرىڭىزنى تېپىشقا ئۇرۇنۇشى مۇمكىن. ئۇزۇنراق مەخپىي نومۇر سىزنى تېخىمۇ ياخشى قوغدايدۇ.
settings-duress-title = جىددىي مەخپىي نومۇر
settings-duress-intro = بىرەرسى سىزنى ئەپنى ئېچىشقا مەجبۇرلىغان ۋاقىت ئۈچۈن ئىككىنچى مەخپىي نومۇر. ئۇ ھەممە نەرسىنى ھېچقانداق ئىز قالدۇرماي ئۆچۈرىدۇ.
settings-current-pin = مەخپىي نومۇرىڭىز
settings-duress-save = جىددىي مەخپىي نومۇرنى ساقلاش
settings-duress-remove = جىددىي مەخپىي نومۇرنى ئۆچۈرۈش
settings-pin-title = مەخپىي نومۇرىڭىزنى ئۆزگەرتىش
settings-new-pin = يېڭى مەخپىي نومۇر (6 دىن 12 گىچە رەقەم)
settings-new-pin-again = يېڭى مەخپىي نومۇرنى قايتا يېزىڭ
settings-pin-save = مەخپىي نومۇرنى ئۆزگەرتىش
settings-pin-changed = مەخپىي نومۇرىڭىز ئۆزگەرتىلدى. بۇنىڭدىن كېيىن يېڭى مەخپىي نومۇرنى ئىشلىتىڭ.
settings-duress-saved = بولدى. جىددىي مەخپىي نومۇرىڭىز ساقلاندى.
settings-duress-removed = بولدى. ھازىر جىددىي مەخپىي نومۇر يوق.
pin-wrong-left =
    { $count ->
        [one] بۇ مەخپىي نومۇر توغرا ئەمەس. يەنە بىر قېتىم خاتا نومۇر يېزىلسا، بۇ تېلېفوندىكى ھەممە نەرسە ئۆچۈرۈلىدۇ.
       *[other] بۇ مەخپىي نومۇر توغرا ئەمەس. يەنە { $count } قېتىم خاتا نومۇر يېزىلسا، بۇ تېلېفوندىكى ھەممە نەرسە ئۆچۈرۈلىدۇ.
    }
settings-wipe-title = ھەممىنى ئۆچۈرۈش
settings-wipe-intro = بۇ تېلېفوندىكى بارلىق ئىلتىماس ۋە قارالمىلار ئۆچۈرۈلىدۇ. ئۇنى ئەسلىگە كەلتۈرگىلى بولمايدۇ. ياردەم لىنىيىسى ئاللىبۇرۇن تاپشۇرۇۋالغان ئىلتىماسلار ياردەم لىنىيىسىدە قالىدۇ.
settings-wipe-confirm = ھەئە، ھەممىنى ئۆچۈرۈش

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = سىز ھازىر خەتەردىمۇ؟
danger-yes-child = ھەئە، مەن خەتەردە
danger-no-child = ياق، ھازىر ئەمەس
emergency-intro-child = بۇ نومۇرلارغا تېلېفون قىلالايسىز. تور كېرەك ئەمەس.
emergency-call-trace-child = تېلېفونىڭىزدا تېلېفون ۋە ئۇچۇرلارنىڭ تىزىملىكى ساقلىنىدۇ. بىرەرسى ئۇنى كۆرۈپ قېلىشىدىن ئەنسىرىسىڭىز، كېيىن ئۇلارنى ئۆچۈرسىڭىز بولىدۇ.
needs-title-child = نېمىگە ياردەم كېرەك؟
needs-intro-child = سىزگە توغرا كېلىدىغانلىرىنىڭ ھەممىسىنى بېسىڭ. بۇنىڭدىن ئاتلىسىڭىزمۇ بولىدۇ.
need-legal_immigration-child = قەغەز ياكى ھۆججەت ھەققىدە ياردەم
need-labour_exploitation-child = بىرەرسى مېنى ئىشلەشكە مەجبۇرلايدۇ
need-sexual_exploitation-child = بىرەرسى مېنى جىنسىي ئىشلارنى قىلىشقا مەجبۇرلايدۇ
need-money_debt-child = بىرەرسى مېنى ئۇنىڭغا قەرزدار دەيدۇ
need-going_home-child = ئۆيگە قايتىشنى ياكى ئائىلەمنى تېپىشنى خالايمەن
need-child_at_risk-child = باشقا بىر بالا خەتەردە
urgency-title-child = ياردەم قاچان كېرەك؟
for-whom-title-child = كىمگە ياردەم كېرەك؟
for-whom-self-child = ماڭا
contact-title-child = بىز سىز بىلەن قانداق قىلىپ بىخەتەر سۆزلىشەلەيمىز؟
contact-intro-child = سىز ئۈچۈن بىخەتەر بولغان بىر ئۇسۇلنى تاللاڭ. ئۇنى باشقا ھېچكىم كۆرمەسلىكى كېرەك.
times-title-child = بىز قاچان تېلېفون قىلساق ياكى يازساق بىخەتەر؟
times-intro-child = بۇنىڭدىن ئاتلىسىڭىزمۇ بولىدۇ. ئۇ چاغدا بىز ناھايىتى ئېھتىيات قىلىمىز.
voicemail-title-child = ئاۋازلىق ئۇچۇر قالدۇرساق بولامدۇ؟
someone-else-title-child = ئەگەر باشقا بىرەرسى جاۋاب بەرسە، نېمە قىلايلى؟
responder-title-child = كىم بىلەن سۆزلىشىشنى خالايسىز؟
more-title-child = يەنە بىرەر نەرسە بارمۇ؟
more-intro-child = جاۋاب بېرىشىڭىز شەرت ئەمەس.
place-label-child = سىز قەيەردە؟ شەھەر نامى يېتەرلىك.
message-label-child = خالىسىڭىز، نېمە ئىش بولۇۋاتقانلىقىنى بىزگە ئېيتىڭ
consent-title-child = يازغانلىرىڭىزنى كىم ئوقۇيالايدۇ؟
consent-intro-child = سىز تاللايسىز. ئەڭ بىخەتەر تاللاش ئاللىبۇرۇن تاللانغان.
consent-hotline_only-desc-child = ئۇنى پەقەت ياردەم لىنىيىسىدىكى ياردەمچىلەرلا ئوقۇيدۇ. ئۇلار ئۇنى مەخپىي ساقلايدۇ.
consent-may_refer_to_services-desc-child = ياردەم لىنىيىسى بالىلارنى قوغدايدىغان كىشىلەرگە، مەسىلەن دوختۇر، بىخەتەر ئۆي ياكى ئادۋوكاتقا ئېيتالايدۇ.
consent-may_involve_police-desc-child = ياردەم لىنىيىسى ساقچىغىمۇ ئېيتالايدۇ، شۇنداق قىلىپ ئۇلار سىزگە زىيان يەتكۈزگەن كىشىلەرنى توسالايدۇ.
review-title-child = جاۋابلىرىڭىزغا قاراڭ
review-intro-child = بۇنى ئەۋەتكىنىڭىزدە، ئۇ قۇلۇپلىنىدۇ. ئۇنى پەقەت ياردەم لىنىيىسىلا ئاچالايدۇ. ئۇنى بۇ تېلېفوندا ھېچكىم ئوقۇيالمايدۇ، ھەتتا سىزمۇ.
submit-done-child = ئۇچۇرىڭىز بۇ تېلېفوندا قۇلۇپلاندى. تور بولغاندا ئەۋەتىلىدۇ.
handover-title-child = بۇ سوئاللار سىز ئۈچۈنلا
handover-person-child = كېيىنكى سوئاللارغا پەقەت سىزلا جاۋاب بېرىسىز. سىزگە ياردەم بېرىۋاتقان كىشى يازغانلىرىڭىزنى كۆرمەيدۇ.
giveback-intro-child = جاۋابلىرىڭىز قۇلۇپلاندى. سىزگە ياردەم بېرىۋاتقان كىشى ئۇلارنى كۆرەلمەيدۇ. ئەمدى تېلېفوننى ئۇنىڭغا قايتۇرۇپ بېرىڭ.
reference-for-person-child = بۇ سۆزلەر پەقەت سىز ئۈچۈن. بۇلار ئارقىلىق ياردەم لىنىيىسىنىڭ سىزگە يازغان جاۋابلىرىنى ئوقۇيالايسىز. بۇ ئەپ بار ھەر قانداق تېلېفوندا «{ $requests }» نى بېسىپ، ئاندىن «{ $check }» نى بېسىپ، سۆز ياكى سانلارنى يېزىڭ. ئۇلارنى مەخپىي ساقلاڭ: ئۇلار كىمدە بولسا، شۇ كىشى جاۋابلارنى ئوقۇيالايدۇ.

## Errors (codes come from the app's core)

error-wrong_pin = بۇ مەخپىي نومۇر توغرا ئەمەس.
error-locked = ئالدى بىلەن ئەپنى مەخپىي نومۇرىڭىز بىلەن ئېچىڭ.
error-no_hotline = بۇ ئەپ تېخى ياردەم لىنىيىسىگە ئۇلانمىغان. قارالمىڭىز ساقلاندى.
error-invalid = بەزى جاۋابلارنى ئۆزگەرتىش كېرەك. بەلگە قويۇلغان سوئاللارغا قاراڭ.
error-pin_too_short = مەخپىي نومۇر 6 دىن 12 گىچە رەقەم بولىدۇ.
error-duress_same_as_pin = جىددىي مەخپىي نومۇر سىزنىڭ مەخپىي نومۇرىڭىزدىن پەرقلىق بولۇشى كېرەك.
error-already_set_up = بۇ ئەپ ئاللىبۇرۇن تەڭشەلگەن.
error-not_found = بۇ تېپىلمىدى. ئۆچۈرۈلگەن بولۇشى مۇمكىن.
error-internal = بىر خاتالىق كۆرۈلدى. ساقلانغان ئىلتىماسلىرىڭىز بىخەتەر. قايتا سىناپ بېقىڭ.
error-not_set_up = بۇ ئەپ تېخى تەڭشەلمىگەن. ئالدى بىلەن بىر مەخپىي نومۇر تاللاڭ.
error-busy = ئەپ ئەۋەتىش بىلەن ئالدىراش. بىردەمدىن كېيىن قايتا سىناپ بېقىڭ.
error-status_unavailable = ھازىر ياردەم لىنىيىسىدىن سورىغىلى بولمىدى. ئىلتىماسىڭىز بىخەتەر. كېيىنرەك قايتا سىناپ بېقىڭ.
error-malformed = بەزى جاۋابلارنى ئوقۇغىلى بولمىدى. ئۇلارنى تەكشۈرۈپ، قايتا سىناپ بېقىڭ.
error-too_large = بۇ ئەۋەتىشكە بەك ئۇزۇن. ئۇچۇرىڭىزنى قىسقارتىڭ.
error-unsupported_version = بۇ ئەپنى يېڭىلاش كېرەك.
error-profile = بۇ ئەپتىكى ياردەم لىنىيىسى ئۇچۇرلىرى توغرا ئەمەس. قارالمىڭىز ساقلاندى. يېڭىلانغان ئەپكە ئېرىشىڭ.
error-sync_client = ئەپ ھازىر بىخەتەر ئۇلىنالمايدۇ. ئىلتىماسىڭىز ساقلاندى، كېيىن ئەۋەتىلىدۇ.
error-already_exists = بۇ ئاللىبۇرۇن ساقلانغان.
error-empty_pin = مەخپىي نومۇرىڭىزنى يېزىڭ.
error-invalid_kdf_params = بۇ ئەپنىڭ تەڭشەكلىرى توغرا ئەمەس. يېڭىلانغان ئەپكە ئېرىشىڭ.
error-device_secret_unavailable = ئەپ بۇ تېلېفوننىڭ بىخەتەر ساقلاش ئورنىغا يېتەلمىدى. تېلېفوننى قايتا قوزغىتىپ، قايتا سىناپ بېقىڭ.
error-envelope = ئىلتىماسىڭىزنى ياردەم لىنىيىسى ئۈچۈن قۇلۇپلىغىلى بولمىدى. ئۇ يەنىلا قارالما سۈپىتىدە ساقلانغان.
error-receipt_mismatch = ياردەم لىنىيىسىنىڭ جاۋابىنى تەكشۈرگىلى بولمىدى. ئىلتىماسىڭىز قايتا ئەۋەتىلىدۇ.
error-corrupt = ئەپنىڭ ساقلانغان ئۇچۇرلىرى بۇزۇلغان. ئۇنى ئاچقىلى بولمايدۇ.
error-io = تېلېفون بۇنى ساقلىيالمىدى. ئۇ تولۇپ كەتكەن بولۇشى مۇمكىن. بىر ئاز بوشلۇق بىكارلاپ، قايتا سىناپ بېقىڭ.
error-database = ئەپ ئۆز ئۇچۇرلىرىنى ئوقۇيالمىدى ياكى ساقلىيالمىدى. ساقلانغان ئىلتىماسلىرىڭىز بىخەتەر. قايتا سىناپ بېقىڭ.
error-pin_too_long = مەخپىي نومۇر 6 دىن 12 گىچە رەقەم بولىدۇ.
error-pin_not_digits = مەخپىي نومۇر پەقەت رەقەملەردىن تۈزۈلىدۇ.
error-reference_word_count = كودتا 9 سۆز بار. ھەممىسىنى يازغانلىقىڭىزنى تەكشۈرۈڭ.
error-reference_unknown_word = سۆزلەرنىڭ بىرى توغرا ئەمەس. ئىملاسىنى تەكشۈرۈڭ.
error-reference_digits = كودتا 22 سان بار. ھەممىسىنى يازغانلىقىڭىزنى تەكشۈرۈڭ.
error-reference_check = بىر سۆز ياكى سان توغرا ئەمەس. ھەر بىرىنى تەكشۈرۈپ قايتا سىناڭ.
error-reference_not_found = ياردەم لىنىيىسىدە بۇ كودلۇق ئىلتىماس يوق. تەكشۈرۈپ قايتا سىناڭ.
field-error-empty = بۇنى تولدۇرۇڭ، ياكى بۇ سوئالدىن ئاتلاڭ.
field-error-not_trimmed = بېشى ياكى ئاخىرىدىكى بوشلۇقلارنى ئۆچۈرۈڭ.
field-error-too_long = بۇ بەك ئۇزۇن. ئەڭ كۆپ بولغاندا { $max } ھەرپ.
field-error-too_many_bytes = بۇ بەك ئۇزۇن.
field-error-too_many = بەك كۆپ. ئەڭ كۆپ بولغاندا { $max }.
field-error-duplicate = بۇ تىزىملىكتە ئىككى قېتىم بار.
field-error-control_characters = بۇنىڭدا ئىشلەتكىلى بولمايدىغان بەلگىلەر بار.
field-error-invalid_phone = بۇ تېلېفون نومۇرى توغرىدەك كۆرۈنمەيدۇ. + ۋە دۆلەت كودى بىلەن باشلاڭ.
field-error-invalid_region = بۇ دۆلەت تونۇلمىدى.
field-error-invalid_email = بۇ ئېلخەت ئادرېسى توغرىدەك كۆرۈنمەيدۇ.
field-error-invalid_language = بۇ تىل تونۇلمىدى.
field-error-invalid_time_zone = بۇ ۋاقىت رايونى تونۇلمىدى.
field-error-invalid_time = ئوخشاش بولمىغان باشلىنىش ۋە ئاخىرلىشىش ۋاقتىنى تاللاڭ.
field-error-no_contact_method = سىز بىلەن ئالاقىلىشىشنىڭ كەم دېگەندە بىر ئۇسۇلىنى تاللاڭ. «جاۋابنى بۇ ئەپتىن ئۆزۈم كۆرىمەن» يېتەرلىك.
field-error-unsupported_version = بۇ ئەپنى يېڭىلاش كېرەك.
