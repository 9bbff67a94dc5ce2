## Reach — ਪੰਜਾਬੀ (Punjabi)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = ਪੰਜਾਬੀ
# The language's name in English, for the language search.
-locale-english = Punjabi
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ਕੈਲਕੁਲੇਟਰ
quick-exit = ਝੱਟ ਬਾਹਰ ਨਿਕਲੋ
quick-exit-hint = ਇਸ ਐਪ ਨੂੰ ਉਸੇ ਵੇਲੇ ਲੁਕਾ ਦਿੰਦਾ ਹੈ
back = ਪਿੱਛੇ
next = ਅੱਗੇ
skip = ਇਸ ਨੂੰ ਛੱਡੋ
save = ਸੰਭਾਲੋ
cancel = ਰੱਦ ਕਰੋ
close = ਬੰਦ ਕਰੋ
done = ਹੋ ਗਿਆ
optional = ਜ਼ਰੂਰੀ ਨਹੀਂ
step-of = ਕਦਮ { $current } / { $total }
saved-locked = ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲ ਕੇ ਲੌਕ ਕੀਤਾ ਗਿਆ

## Calculator (the app's disguise)

calc-label = ਕੈਲਕੁਲੇਟਰ
calc-display-label = ਨਤੀਜਾ
calc-clear = C
calc-equals = =
calc-error = ਗਲਤੀ

## First use: a private PIN

setup-title = ਇਸ ਐਪ ਨੂੰ ਸਿਰਫ਼ ਆਪਣੇ ਲਈ ਬਣਾਓ
setup-intro = ਇੱਕ ਗੁਪਤ ਨੰਬਰ (ਪਿੰਨ) ਚੁਣੋ। ਇਹ ਸਿਰਫ਼ ਤੁਹਾਨੂੰ ਹੀ ਪਤਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
setup-how = ਬਾਅਦ ਵਿੱਚ ਇਹ ਐਪ ਖੋਲ੍ਹਣ ਲਈ, ਕੈਲਕੁਲੇਟਰ 'ਤੇ ਆਪਣਾ ਪਿੰਨ ਲਿਖੋ, ਫਿਰ = ਦਬਾਓ।
setup-pin-label = ਤੁਹਾਡਾ ਪਿੰਨ (6 ਤੋਂ 12 ਅੰਕ)
setup-pin-repeat-label = ਆਪਣਾ ਪਿੰਨ ਦੁਬਾਰਾ ਲਿਖੋ
setup-duress-title = ਐਮਰਜੈਂਸੀ ਪਿੰਨ (ਤੁਸੀਂ ਇਸ ਨੂੰ ਛੱਡ ਸਕਦੇ ਹੋ)
setup-duress-intro = ਜੇ ਕੋਈ ਤੁਹਾਨੂੰ ਇਹ ਐਪ ਖੋਲ੍ਹਣ ਲਈ ਮਜਬੂਰ ਕਰੇ, ਤਾਂ ਉਸ ਦੀ ਥਾਂ ਇਹ ਦੂਜਾ ਪਿੰਨ ਲਿਖੋ। ਐਪ ਖਾਲੀ ਦਿਖੇਗੀ, ਅਤੇ ਇਸ ਵਿਚਲਾ ਸਭ ਕੁਝ ਬਿਨਾਂ ਕਿਸੇ ਨਿਸ਼ਾਨ ਦੇ ਮਿਟ ਜਾਵੇਗਾ।
setup-duress-label = ਐਮਰਜੈਂਸੀ ਪਿੰਨ
setup-submit = ਮੇਰਾ ਪਿੰਨ ਸੰਭਾਲੋ
setup-mismatch = ਦੋਵੇਂ ਪਿੰਨ ਇੱਕੋ ਜਿਹੇ ਨਹੀਂ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।

## Language

lang-title = ਆਪਣੀ ਭਾਸ਼ਾ ਚੁਣੋ
lang-intro = ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਸੈਟਿੰਗਾਂ ਵਿੱਚ ਇਸ ਨੂੰ ਬਦਲ ਸਕਦੇ ਹੋ।
lang-search-label = ਆਪਣੀ ਭਾਸ਼ਾ ਲੱਭੋ
lang-search-hint = ਆਪਣੀ ਭਾਸ਼ਾ ਦਾ ਨਾਂ ਕਿਸੇ ਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖੋ
lang-search-none = ਇਸ ਨਾਲ ਕੋਈ ਭਾਸ਼ਾ ਨਹੀਂ ਮਿਲਦੀ। ਘੱਟ ਅੱਖਰ ਲਿਖ ਕੇ ਦੇਖੋ।
lang-yours = ਇਸ ਫ਼ੋਨ ਦੀਆਂ ਭਾਸ਼ਾਵਾਂ
lang-all = ਸਾਰੀਆਂ ਭਾਸ਼ਾਵਾਂ
lang-load-failed = ਇਹ ਭਾਸ਼ਾ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕੀ, ਇਸ ਲਈ ਐਪ ਅੰਗਰੇਜ਼ੀ ਵਿੱਚ ਦਿਖਾਈ ਗਈ ਹੈ।

## Age (asked early, optional: under 18 switches to the child's path)

age-title = ਤੁਹਾਡੀ ਉਮਰ ਕਿੰਨੀ ਹੈ?
age-intro = ਤੁਸੀਂ ਇਸ ਨੂੰ ਛੱਡ ਸਕਦੇ ਹੋ। ਜੇ ਤੁਹਾਡੀ ਉਮਰ 18 ਤੋਂ ਘੱਟ ਹੈ, ਤਾਂ ਐਪ ਸੌਖੇ ਸ਼ਬਦ ਵਰਤਦੀ ਹੈ ਅਤੇ ਬੱਚਿਆਂ ਲਈ ਮਦਦ ਦਿਖਾਉਂਦੀ ਹੈ।
age-under_18 = 18 ਤੋਂ ਘੱਟ
age-18_to_25 = 18 ਤੋਂ 25
age-26_to_59 = 26 ਤੋਂ 59
age-60_plus = 60 ਜਾਂ ਵੱਧ

## Danger check and emergency numbers

danger-title = ਕੀ ਤੁਸੀਂ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ?
danger-yes = ਹਾਂ, ਮੈਂ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹਾਂ
danger-no = ਨਹੀਂ, ਹੁਣੇ ਨਹੀਂ
emergency-title = ਐਮਰਜੈਂਸੀ ਨੰਬਰ
emergency-intro = ਤੁਸੀਂ ਇਹ ਨੰਬਰ ਇੰਟਰਨੈੱਟ ਤੋਂ ਬਿਨਾਂ ਮਿਲਾ ਸਕਦੇ ਹੋ।
emergency-country-label = ਤੁਹਾਡਾ ਦੇਸ਼
emergency-police = ਪੁਲਿਸ ਅਤੇ ਐਮਰਜੈਂਸੀ
emergency-hotline = ਤਸਕਰੀ ਦਾ ਸ਼ਿਕਾਰ ਜਾਂ ਜ਼ਬਰਦਸਤੀ ਕੰਮ ਕਰਵਾਏ ਜਾਂਦੇ ਲੋਕਾਂ ਲਈ ਮਦਦ
emergency-children = ਬੱਚਿਆਂ ਅਤੇ ਨੌਜਵਾਨਾਂ ਲਈ ਮਦਦ
emergency-call = { $number } 'ਤੇ ਫ਼ੋਨ ਕਰੋ
emergency-source = ਸਰੋਤ: { $source }
emergency-checked = ਜਾਂਚ ਦੀ ਤਾਰੀਖ: { $date }
emergency-not-checked = ਅਜੇ ਦੁਬਾਰਾ ਜਾਂਚ ਨਹੀਂ ਹੋਈ। ਜੇ ਇਹ ਨੰਬਰ ਨਾ ਲੱਗੇ, ਤਾਂ ਐਮਰਜੈਂਸੀ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
emergency-call-trace = ਕਾਲਾਂ ਅਤੇ ਮੈਸੇਜ ਤੁਹਾਡੇ ਫ਼ੋਨ ਦੀਆਂ ਸੂਚੀਆਂ ਵਿੱਚ ਰਹਿੰਦੇ ਹਨ। ਜੇ ਕੋਈ ਤੁਹਾਡਾ ਫ਼ੋਨ ਜਾਂਚਦਾ ਹੈ, ਤਾਂ ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਇਹਨਾਂ ਨੂੰ ਮਿਟਾ ਸਕਦੇ ਹੋ।
emergency-none = ਸਾਡੇ ਕੋਲ ਅਜੇ ਇਸ ਦੇਸ਼ ਦੇ ਨੰਬਰ ਨਹੀਂ ਹਨ। ਜੇ ਤੁਸੀਂ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ ਸਥਾਨਕ ਐਮਰਜੈਂਸੀ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ।
emergency-continue = ਅੱਗੇ ਵਧੋ ਅਤੇ ਮਦਦ ਮੰਗੋ

## What help is needed

needs-title = ਤੁਹਾਨੂੰ ਕਿਹੜੀ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
needs-intro = ਜੋ ਵੀ ਢੁੱਕਦਾ ਹੈ, ਸਭ ਚੁਣੋ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਛੱਡ ਸਕਦੇ ਹੋ।
need-safety_now = ਹੁਣੇ ਸੁਰੱਖਿਅਤ ਹੋਣਾ
need-shelter = ਰਹਿਣ ਲਈ ਸੁਰੱਖਿਅਤ ਥਾਂ
need-medical = ਡਾਕਟਰ ਜਾਂ ਦਵਾਈ
need-legal_immigration = ਕਾਗਜ਼ਾਂ, ਵੀਜ਼ੇ ਜਾਂ ਕਾਨੂੰਨ ਬਾਰੇ ਮਦਦ
need-labour_exploitation = ਕੰਮ 'ਤੇ ਮੁਸ਼ਕਲ ਜਾਂ ਤਨਖਾਹ ਨਹੀਂ ਮਿਲਦੀ
need-sexual_exploitation = ਜ਼ਬਰਦਸਤੀ ਸੈਕਸ ਕਰਵਾਇਆ ਗਿਆ
need-child_at_risk = ਕੋਈ ਬੱਚਾ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ
need-money_debt = ਪੈਸਾ ਜਾਂ ਕਰਜ਼ਾ
need-going_home = ਘਰ ਵਾਪਸ ਜਾਣਾ ਜਾਂ ਪਰਿਵਾਰ ਲੱਭਣਾ
need-interpreter = ਕੋਈ ਜੋ ਮੇਰੀ ਭਾਸ਼ਾ ਬੋਲਦਾ ਹੋਵੇ
need-other = ਕੁਝ ਹੋਰ
urgency-title = ਤੁਹਾਨੂੰ ਕਿੰਨੀ ਜਲਦੀ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
urgency-now = ਹੁਣੇ
urgency-today = ਅੱਜ
urgency-this_week = ਇਸ ਹਫ਼ਤੇ
urgency-not_urgent = ਉਡੀਕ ਕਰ ਸਕਦੇ ਹਾਂ
for-whom-title = ਇਹ ਬੇਨਤੀ ਕਿਸ ਲਈ ਹੈ?
for-whom-self = ਮੇਰੇ ਲਈ
for-whom-someone_else = ਕਿਸੇ ਹੋਰ ਲਈ
for-whom-assisted_by_outreach = ਮੈਂ ਫੀਲਡ ਵਰਕਰ ਹਾਂ, ਕਿਸੇ ਦੀ ਮਦਦ ਲਈ

## Safe contact

contact-title = ਹੈਲਪਲਾਈਨ ਤੁਹਾਡੇ ਨਾਲ ਸੁਰੱਖਿਅਤ ਤਰੀਕੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰੇ?
contact-intro = ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਰੀਕਾ ਚੁਣੋ। ਸਿਰਫ਼ ਉਹੀ ਤਰੀਕੇ ਚੁਣੋ ਜੋ ਤੁਹਾਡੇ ਲਈ ਸੁਰੱਖਿਅਤ ਹਨ।
contact-call = ਫ਼ੋਨ ਕਾਲ
contact-sms = ਟੈਕਸਟ ਮੈਸੇਜ (SMS)
contact-messaging_app = ਮੈਸੇਜਿੰਗ ਐਪ
contact-email = ਈਮੇਲ
contact-in_person_via_outreach = ਆਹਮੋ-ਸਾਹਮਣੇ, ਕਿਸੇ ਫੀਲਡ ਵਰਕਰ ਰਾਹੀਂ
contact-check_back_in_app = ਜਵਾਬ ਇਸੇ ਐਪ ਵਿੱਚ ਦੇਖਣਾ
contact-phone-label = ਫ਼ੋਨ ਨੰਬਰ, ਦੇਸ਼ ਦੇ ਕੋਡ ਨਾਲ (ਜਿਵੇਂ +91…)
contact-app-label = ਕਿਹੜੀ ਐਪ? (ਜਿਵੇਂ WhatsApp, Signal)
contact-handle-label = ਉਸ ਐਪ ਵਿੱਚ ਤੁਹਾਡਾ ਨਾਂ ਜਾਂ ਨੰਬਰ
contact-email-label = ਈਮੇਲ ਪਤਾ
times-title = ਤੁਹਾਡੇ ਨਾਲ ਕਦੋਂ ਸੰਪਰਕ ਕਰਨਾ ਸੁਰੱਖਿਅਤ ਹੈ?
times-intro = ਤੁਸੀਂ ਇਸ ਨੂੰ ਛੱਡ ਸਕਦੇ ਹੋ। ਫਿਰ ਹੈਲਪਲਾਈਨ ਹੋਰ ਵੀ ਧਿਆਨ ਰੱਖੇਗੀ।
times-add = ਕੋਈ ਸੁਰੱਖਿਅਤ ਸਮਾਂ ਜੋੜੋ
times-remove = ਇਹ ਸਮਾਂ ਹਟਾਓ
times-from = ਤੋਂ
times-to = ਤੱਕ
times-days = ਦਿਨ
times-any-day = ਕੋਈ ਵੀ ਦਿਨ
times-zone = ਸਮਾਂ ਖੇਤਰ
weekday-mon = ਸੋਮਵਾਰ
weekday-tue = ਮੰਗਲਵਾਰ
weekday-wed = ਬੁੱਧਵਾਰ
weekday-thu = ਵੀਰਵਾਰ
weekday-fri = ਸ਼ੁੱਕਰਵਾਰ
weekday-sat = ਸ਼ਨੀਵਾਰ
weekday-sun = ਐਤਵਾਰ
voicemail-title = ਕੀ ਹੈਲਪਲਾਈਨ ਵੌਇਸ ਮੈਸੇਜ ਛੱਡ ਸਕਦੀ ਹੈ?
voicemail-yes = ਹਾਂ, ਵੌਇਸ ਮੈਸੇਜ ਸੁਰੱਖਿਅਤ ਹੈ
voicemail-no = ਨਹੀਂ, ਕਦੇ ਵੀ ਵੌਇਸ ਮੈਸੇਜ ਨਾ ਛੱਡੋ
voicemail-unsaid = ਜੇ ਤੁਸੀਂ ਫ਼ੋਨ ਨਹੀਂ ਚੁੱਕਦੇ, ਤਾਂ ਹੈਲਪਲਾਈਨ ਵੌਇਸ ਮੈਸੇਜ ਨਹੀਂ ਛੱਡੇਗੀ।
code-word-label = ਗੁਪਤ ਸ਼ਬਦ
code-word-hint = ਹੈਲਪਲਾਈਨ ਇਹ ਸ਼ਬਦ ਬੋਲੇਗੀ, ਤਾਂ ਜੋ ਤੁਹਾਨੂੰ ਪਤਾ ਲੱਗੇ ਕਿ ਸੱਚਮੁੱਚ ਉਹੀ ਹਨ।
someone-else-title = ਜੇ ਕੋਈ ਹੋਰ ਫ਼ੋਨ ਚੁੱਕੇ, ਤਾਂ ਹੈਲਪਲਾਈਨ ਨੂੰ ਚਾਹੀਦਾ ਹੈ ਕਿ…
someone-else-hang_up = ਫ਼ੋਨ ਕੱਟ ਦੇਵੇ
someone-else-say_wrong_number = ਕਹੇ ਕਿ ਗਲਤ ਨੰਬਰ ਲੱਗ ਗਿਆ
someone-else-ask_for_code_word = ਗੁਪਤ ਸ਼ਬਦ ਪੁੱਛੇ
someone-else-other = ਕੁਝ ਹੋਰ
someone-else-other-label = ਉਨ੍ਹਾਂ ਨੂੰ ਕੀ ਕਰਨਾ ਚਾਹੀਦਾ ਹੈ?
responder-title = ਤੁਸੀਂ ਕਿਸ ਨਾਲ ਗੱਲ ਕਰਨਾ ਚਾਹੋਗੇ?
responder-woman = ਕੋਈ ਔਰਤ
responder-man = ਕੋਈ ਆਦਮੀ
responder-any_gender = ਕੋਈ ਵੀ ਠੀਕ ਹੈ
responder-language-label = ਜਿਸ ਭਾਸ਼ਾ ਵਿੱਚ ਤੁਸੀਂ ਜਵਾਬ ਚਾਹੁੰਦੇ ਹੋ

## More (all optional)

more-title = ਆਪਣੇ ਬਾਰੇ ਥੋੜ੍ਹਾ ਹੋਰ
more-intro = ਇਹ ਸਭ ਜ਼ਰੂਰੀ ਨਹੀਂ ਹੈ।
place-label = ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ? ਕੋਈ ਸ਼ਹਿਰ ਜਾਂ ਇਲਾਕਾ ਦੱਸਣਾ ਕਾਫ਼ੀ ਹੈ।
place-hint = ਸਿਰਫ਼ ਉਹੀ ਦੱਸੋ ਜੋ ਤੁਸੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੇ ਹੋ। ਇਹ ਐਪ ਕਦੇ ਵੀ ਤੁਹਾਡੀ ਲੋਕੇਸ਼ਨ ਨਹੀਂ ਵਰਤਦੀ।
message-label = ਤੁਹਾਡਾ ਸੁਨੇਹਾ
message-hint = ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਭਾਸ਼ਾ ਵਿੱਚ ਲਿਖ ਸਕਦੇ ਹੋ।
message-left =
    { $count ->
        [one] { $count } ਅੱਖਰ ਬਾਕੀ ਹੈ
       *[other] { $count } ਅੱਖਰ ਬਾਕੀ ਹਨ
    }

## Consent

consent-title = ਤੁਹਾਡੀ ਬੇਨਤੀ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ?
consent-intro = ਫ਼ੈਸਲਾ ਤੁਹਾਡਾ ਹੈ। ਸਭ ਤੋਂ ਨਿੱਜੀ ਚੋਣ ਪਹਿਲਾਂ ਹੀ ਚੁਣੀ ਹੋਈ ਹੈ।
consent-hotline_only = ਸਿਰਫ਼ ਹੈਲਪਲਾਈਨ
consent-hotline_only-desc = ਇਸ ਨੂੰ ਸਿਰਫ਼ ਹੈਲਪਲਾਈਨ ਦੀ ਟੀਮ ਪੜ੍ਹਦੀ ਹੈ। ਉਹ ਇਸ ਨੂੰ ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਹੀਂ ਕਰਦੇ।
consent-may_refer_to_services = ਹੈਲਪਲਾਈਨ ਅਤੇ ਮਦਦ ਕਰ ਸਕਣ ਵਾਲੀਆਂ ਸੇਵਾਵਾਂ
consent-may_refer_to_services-desc = ਤੁਹਾਡੀ ਮਦਦ ਲਈ, ਹੈਲਪਲਾਈਨ ਇਸ ਨੂੰ ਆਸਰਾ ਘਰਾਂ, ਡਾਕਟਰਾਂ ਜਾਂ ਵਕੀਲਾਂ ਨਾਲ ਸਾਂਝਾ ਕਰ ਸਕਦੀ ਹੈ।
consent-may_involve_police = ਹੈਲਪਲਾਈਨ, ਸੇਵਾਵਾਂ ਅਤੇ ਪੁਲਿਸ
consent-may_involve_police-desc = ਹੈਲਪਲਾਈਨ ਪੁਲਿਸ ਨੂੰ ਵੀ ਦੱਸ ਸਕਦੀ ਹੈ।
consent-child-note = ਕਿਉਂਕਿ ਤੁਹਾਡੀ ਉਮਰ 18 ਤੋਂ ਘੱਟ ਹੈ, ਤੁਹਾਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਣ ਲਈ ਹੈਲਪਲਾਈਨ ਨੂੰ ਸ਼ਾਇਦ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਨੂੰ ਦੱਸਣਾ ਪਵੇ ਜਿਨ੍ਹਾਂ ਦਾ ਕੰਮ ਬੱਚਿਆਂ ਦੀ ਰੱਖਿਆ ਕਰਨਾ ਹੈ।

## Review and send

review-title = ਆਪਣੀ ਬੇਨਤੀ ਜਾਂਚੋ
review-intro = ਤੁਹਾਡੀ ਬੇਨਤੀ ਲੌਕ ਕੀਤੀ ਜਾਵੇਗੀ ਤਾਂ ਜੋ ਸਿਰਫ਼ ਹੈਲਪਲਾਈਨ ਹੀ ਇਸ ਨੂੰ ਖੋਲ੍ਹ ਸਕੇ। ਭੇਜਣ ਤੋਂ ਬਾਅਦ, ਇਸ ਫ਼ੋਨ 'ਤੇ ਕੋਈ ਵੀ ਇਸ ਨੂੰ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ, ਤੁਸੀਂ ਵੀ ਨਹੀਂ।
review-not-answered = ਜਵਾਬ ਨਹੀਂ ਦਿੱਤਾ
review-change = ਬਦਲੋ
review-needs = ਲੋੜੀਂਦੀ ਮਦਦ
review-contact = ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਦਾ ਤਰੀਕਾ
review-times = ਸੁਰੱਖਿਅਤ ਸਮੇਂ
review-more = ਤੁਹਾਡੇ ਬਾਰੇ ਹੋਰ
review-consent = ਇਸ ਨੂੰ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ
submit = ਲੌਕ ਕਰਕੇ ਹੈਲਪਲਾਈਨ ਨੂੰ ਭੇਜੋ
submit-working = ਤੁਹਾਡੀ ਬੇਨਤੀ ਲੌਕ ਕੀਤੀ ਜਾ ਰਹੀ ਹੈ…
submit-done = ਤੁਹਾਡੀ ਬੇਨਤੀ ਇਸ ਫ਼ੋਨ 'ਤੇ ਲੌਕ ਹੋ ਗਈ ਹੈ। ਇੰਟਰਨੈੱਟ ਆਉਣ 'ਤੇ ਇਹ ਭੇਜੀ ਜਾਵੇਗੀ।

## Status

status-title = ਤੁਹਾਡੀਆਂ ਬੇਨਤੀਆਂ
status-intro = ਇੱਥੇ ਤੁਸੀਂ ਦੇਖ ਸਕਦੇ ਹੋ ਕਿ ਹਰ ਬੇਨਤੀ ਕਿੱਥੇ ਤੱਕ ਪਹੁੰਚੀ ਹੈ।
status-empty = ਅਜੇ ਕੋਈ ਬੇਨਤੀ ਨਹੀਂ।
status-saved = ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੰਭਾਲ ਕੇ ਲੌਕ ਕੀਤੀ ਗਈ ਹੈ। ਇੰਟਰਨੈੱਟ ਆਉਣ 'ਤੇ ਇਹ ਭੇਜੀ ਜਾਵੇਗੀ।
status-sending = ਹੁਣੇ ਭੇਜੀ ਜਾ ਰਹੀ ਹੈ…
status-received = ਹੈਲਪਲਾਈਨ ਨੂੰ ਇਹ ਮਿਲ ਗਈ ਹੈ। ਅਸੀਂ ਹੈਲਪਲਾਈਨ ਦੀ ਰਸੀਦ ਜਾਂਚ ਲਈ ਹੈ।
status-needs_attention = ਇਸ ਬੇਨਤੀ ਵੱਲ ਤੁਹਾਡਾ ਧਿਆਨ ਚਾਹੀਦਾ ਹੈ।
status-attempts =
    { $count ->
        [one] { $count } ਵਾਰ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ
       *[other] { $count } ਵਾਰ ਕੋਸ਼ਿਸ਼ ਕੀਤੀ
    }
status-hotline-received = ਹੈਲਪਲਾਈਨ 'ਤੇ ਕਿਸੇ ਵੱਲੋਂ ਇਸ ਨੂੰ ਪੜ੍ਹੇ ਜਾਣ ਦੀ ਉਡੀਕ ਹੈ।
status-hotline-in_review = ਹੈਲਪਲਾਈਨ 'ਤੇ ਕੋਈ ਇਸ ਨੂੰ ਪੜ੍ਹ ਰਿਹਾ ਹੈ।
status-hotline-answered = ਹੈਲਪਲਾਈਨ ਨੇ ਇਸ 'ਤੇ ਕਾਰਵਾਈ ਕਰ ਦਿੱਤੀ ਹੈ।
status-hotline-closed = ਹੈਲਪਲਾਈਨ ਨੇ ਇਸ ਨੂੰ ਬੰਦ ਕਰ ਦਿੱਤਾ ਹੈ।
status-hotline-contact_planned = ਹੈਲਪਲਾਈਨ 'ਤੇ ਕੋਈ ਤੁਹਾਡੇ ਨਾਲ ਸੁਰੱਖਿਅਤ ਸੰਪਰਕ ਕਰਨ ਦੀ ਯੋਜਨਾ ਬਣਾ ਰਿਹਾ ਹੈ।
status-hotline-needs_interpreter = ਹੈਲਪਲਾਈਨ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਬੋਲਣ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨੂੰ ਲੱਭ ਰਹੀ ਹੈ।
status-hotline-referred = ਹੈਲਪਲਾਈਨ ਨੇ ਤੁਹਾਡੀ ਮਦਦ ਲਈ ਇੱਕ ਸਾਥੀ ਸੰਸਥਾ ਨੂੰ ਕਿਹਾ ਹੈ।
status-hotline-unknown = ਹੈਲਪਲਾਈਨ ਕੋਲ ਇਸ ਬਾਰੇ ਖ਼ਬਰ ਹੈ। ਹੋਰ ਦੇਖਣ ਲਈ, ਜਦੋਂ ਸੁਰੱਖਿਅਤ ਹੋਵੇ ਤਾਂ ਐਪ ਅੱਪਡੇਟ ਕਰੋ।
status-replies = ਹੈਲਪਲਾਈਨ ਵੱਲੋਂ ਸੁਨੇਹੇ
status-reply-note = ਹੈਲਪਲਾਈਨ ਨੇ ਇਹ ਵੀ ਲਿਖਿਆ (ਸ਼ਾਇਦ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਵਿੱਚ ਨਹੀਂ):
status-reply-unreadable = ਇੱਕ ਸੁਨੇਹਾ ਆਇਆ ਜਿਸ ਨੂੰ ਇਹ ਐਪ ਜਾਂਚ ਨਹੀਂ ਸਕੀ, ਇਸ ਲਈ ਉਹ ਨਹੀਂ ਦਿਖਾਇਆ ਗਿਆ।
status-offline = ਹੁਣੇ ਇੰਟਰਨੈੱਟ ਨਹੀਂ ਹੈ। ਤੁਹਾਡੀਆਂ ਬੇਨਤੀਆਂ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸੁਰੱਖਿਅਤ ਹਨ।
status-send-now = ਹੁਣੇ ਭੇਜੋ
status-retry = ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ
status-check = ਹੈਲਪਲਾਈਨ ਤੋਂ ਖ਼ਬਰ ਪੁੱਛੋ
status-new = ਨਵੀਂ ਬੇਨਤੀ ਸ਼ੁਰੂ ਕਰੋ

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = ਅਸੀਂ ਤੁਹਾਡੀ ਬੇਨਤੀ ਪੜ੍ਹ ਲਈ ਹੈ। ਅਸੀਂ ਤੁਹਾਡੇ ਚੁਣੇ ਹੋਏ ਤਰੀਕੇ ਨਾਲ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਾਂਗੇ।
reply-call_planned = ਅਸੀਂ ਤੁਹਾਨੂੰ { $day } ਨੂੰ { $from } ਤੋਂ { $to } ਵਿਚਕਾਰ (ਤੁਹਾਡੇ ਸਮੇਂ ਅਨੁਸਾਰ) ਫ਼ੋਨ ਕਰਾਂਗੇ।
reply-message_planned = ਅਸੀਂ ਤੁਹਾਨੂੰ { $day } ਨੂੰ { $from } ਤੋਂ { $to } ਵਿਚਕਾਰ (ਤੁਹਾਡੇ ਸਮੇਂ ਅਨੁਸਾਰ) ਸੁਨੇਹਾ ਭੇਜਾਂਗੇ।
reply-interpreter = ਅਸੀਂ ਤੁਹਾਡੀ ਭਾਸ਼ਾ ਬੋਲਣ ਵਾਲਾ ਦੁਭਾਸ਼ੀਆ ਲੱਭ ਰਹੇ ਹਾਂ। ਅਸੀਂ ਜਲਦੀ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਾਂਗੇ।
reply-referred = ਅਸੀਂ ਤੁਹਾਡੇ ਨੇੜੇ ਦੀ ਇੱਕ ਸਾਥੀ ਸੰਸਥਾ ਨੂੰ ਮਦਦ ਕਰਨ ਲਈ ਕਿਹਾ ਹੈ। ਉਹ ਤੁਹਾਡੇ ਚੁਣੇ ਹੋਏ ਤਰੀਕੇ ਨਾਲ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕਰਨਗੇ।
reply-call_us = ਜਦੋਂ ਤੁਹਾਡੇ ਲਈ ਸੁਰੱਖਿਅਤ ਹੋਵੇ, ਕਿਰਪਾ ਕਰਕੇ ਸਾਨੂੰ ਫ਼ੋਨ ਕਰੋ। ਸਮਾਂ ਤੁਸੀਂ ਚੁਣੋ।
reply-danger = ਜੇ ਤੁਸੀਂ ਹੁਣੇ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ, ਤਾਂ ਐਮਰਜੈਂਸੀ ਨੰਬਰ 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਇਹ ਨੰਬਰ ਤੁਹਾਨੂੰ ਇਸ ਐਪ ਵਿੱਚ ਮਿਲ ਜਾਵੇਗਾ।
reply-closed = ਅਸੀਂ ਤੁਹਾਡੀ ਬੇਨਤੀ ਬੰਦ ਕਰ ਦਿੱਤੀ ਹੈ। ਤੁਸੀਂ ਕਿਸੇ ਵੀ ਵੇਲੇ ਨਵੀਂ ਬੇਨਤੀ ਭੇਜ ਸਕਦੇ ਹੋ।
reply-unknown = ਹੈਲਪਲਾਈਨ ਨੇ ਇੱਕ ਸੁਨੇਹਾ ਭੇਜਿਆ ਹੈ ਜੋ ਐਪ ਦਾ ਇਹ ਵਰਜਨ ਨਹੀਂ ਦਿਖਾ ਸਕਦਾ। ਜਦੋਂ ਸੁਰੱਖਿਅਤ ਹੋਵੇ, ਕਿਰਪਾ ਕਰਕੇ ਐਪ ਅੱਪਡੇਟ ਕਰੋ।

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = ਤੁਹਾਡੀ ਬੇਨਤੀ ਬੰਦ ਹੋ ਗਈ ਹੈ। ਕੀ ਤੁਸੀਂ ਸਾਨੂੰ ਦੱਸੋਗੇ ਕਿ ਮਦਦ ਕਿਵੇਂ ਰਹੀ? ਤਿੰਨ ਛੋਟੇ ਸਵਾਲ ਹਨ। ਤੁਸੀਂ ਇਨ੍ਹਾਂ ਨੂੰ ਛੱਡ ਸਕਦੇ ਹੋ।
feedback-private = ਤੁਹਾਡੇ ਜਵਾਬ ਤੁਹਾਡੀ ਬੇਨਤੀ ਜਾਂ ਤੁਹਾਡੇ ਨਾਂ ਤੋਂ ਬਿਨਾਂ ਭੇਜੇ ਜਾਂਦੇ ਹਨ। ਹੈਲਪਲਾਈਨ ਸਿਰਫ਼ ਕੁੱਲ ਗਿਣਤੀ ਦੇਖਦੀ ਹੈ।
feedback-start = ਜਵਾਬ ਦਿਓ
feedback-skip = ਨਹੀਂ, ਸ਼ੁਕਰੀਆ
feedback-send = ਜਵਾਬ ਭੇਜੋ
feedback-q-helped = ਕੀ ਤੁਹਾਨੂੰ ਲੋੜੀਂਦੀ ਮਦਦ ਮਿਲੀ?
feedback-q-safe = ਜਦੋਂ ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਕੀਤਾ, ਕੀ ਤੁਸੀਂ ਸੁਰੱਖਿਅਤ ਮਹਿਸੂਸ ਕੀਤਾ?
feedback-q-recommend = ਕੀ ਤੁਸੀਂ ਕਿਸੇ ਦੋਸਤ ਨੂੰ ਸਾਡੇ ਬਾਰੇ ਦੱਸੋਗੇ?
feedback-a-yes = ਹਾਂ
feedback-a-partly = ਕੁਝ ਹੱਦ ਤੱਕ
feedback-a-no = ਨਹੀਂ
feedback-thanks = ਸ਼ੁਕਰੀਆ। ਤੁਹਾਡੇ ਜਵਾਬ ਭੇਜੇ ਜਾਣਗੇ।
feedback-declined = ਠੀਕ ਹੈ। ਅਸੀਂ ਦੁਬਾਰਾ ਨਹੀਂ ਪੁੱਛਾਂਗੇ।
feedback-failed = ਇਹ ਨਹੀਂ ਹੋ ਸਕਿਆ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
problem-unknown_key = ਇਹ ਬੇਨਤੀ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਇਸ ਐਪ ਨੂੰ ਅੱਪਡੇਟ ਕਰਨ ਦੀ ਲੋੜ ਹੈ।
problem-conflict = ਹੈਲਪਲਾਈਨ ਕੋਲ ਇਸੇ ਨੰਬਰ ਵਾਲੀ ਇੱਕ ਹੋਰ ਬੇਨਤੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਹੈਲਪਲਾਈਨ ਨਾਲ ਕਿਸੇ ਹੋਰ ਤਰੀਕੇ ਨਾਲ ਸੰਪਰਕ ਕਰੋ।
problem-malformed = ਹੈਲਪਲਾਈਨ ਇਹ ਬੇਨਤੀ ਪੜ੍ਹ ਨਹੀਂ ਸਕੀ। ਕਿਰਪਾ ਕਰਕੇ ਨਵੀਂ ਬੇਨਤੀ ਸ਼ੁਰੂ ਕਰੋ।
problem-too_large = ਇਹ ਬੇਨਤੀ ਬਹੁਤ ਲੰਬੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਛੋਟੇ ਸੁਨੇਹੇ ਨਾਲ ਨਵੀਂ ਬੇਨਤੀ ਸ਼ੁਰੂ ਕਰੋ।
problem-unsupported_media_type = ਇਹ ਬੇਨਤੀ ਭੇਜਣ ਤੋਂ ਪਹਿਲਾਂ ਇਸ ਐਪ ਨੂੰ ਅੱਪਡੇਟ ਕਰਨ ਦੀ ਲੋੜ ਹੈ।
problem-other = ਨੈੱਟਵਰਕ ਜਾਂ ਹੈਲਪਲਾਈਨ ਨੇ ਇਹ ਬੇਨਤੀ ਨਹੀਂ ਲਈ। ਤੁਸੀਂ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦੇ ਹੋ, ਜਾਂ ਕੋਈ ਹੋਰ ਨੈੱਟਵਰਕ ਵਰਤ ਕੇ ਦੇਖੋ।

## Several people on one device (outreach)

drafts-title = ਬੇਨਤੀਆਂ ਜੋ ਅਜੇ ਨਹੀਂ ਭੇਜੀਆਂ
drafts-continue = ਜਾਰੀ ਰੱਖੋ
drafts-delete = ਮਿਟਾਓ
drafts-none = ਕੁਝ ਵੀ ਉਡੀਕ ਵਿੱਚ ਨਹੀਂ।
review-reference = ਇਹ ਵਿਅਕਤੀ ਇਹ ਫ਼ੋਨ ਆਪਣੇ ਕੋਲ ਨਹੀਂ ਰੱਖੇਗਾ: ਉਸਨੂੰ ਇੱਕ ਕੋਡ ਦਿਓ
review-reference-hint = ਕੋਡ ਨਾਲ ਉਹ ਇਸ ਐਪ ਵਾਲੇ ਕਿਸੇ ਵੀ ਫ਼ੋਨ 'ਤੇ ਹੈਲਪਲਾਈਨ ਦੇ ਜਵਾਬ ਪੜ੍ਹ ਸਕਦਾ ਹੈ। ਇਹ ਫ਼ੋਨ ਸਿਰਫ਼ ਇਹ ਦਿਖਾਏਗਾ ਕਿ ਹੈਲਪਲਾਈਨ ਨੂੰ ਬੇਨਤੀ ਮਿਲੀ ਜਾਂ ਨਹੀਂ।
assisted-organisation-label = ਤੁਹਾਡੀ ਸੰਸਥਾ (ਤੁਸੀਂ, ਫੀਲਡ ਵਰਕਰ)
assisted-hint = ਹੈਲਪਲਾਈਨ ਦੇਖੇਗੀ ਕਿ ਤੁਸੀਂ ਇਸ ਵਿਅਕਤੀ ਦੀ ਮਦਦ ਕੀਤੀ, ਅਤੇ ਤੁਸੀਂ ਕਿਸ ਨਾਲ ਕੰਮ ਕਰਦੇ ਹੋ।
assisted-channel-label = ਹੈਲਪਲਾਈਨ ਤੁਹਾਡੇ ਨਾਲ ਕਿਵੇਂ ਸੰਪਰਕ ਕਰੇ (ਜ਼ਰੂਰੀ ਨਹੀਂ)
reference-title = ਵਿਅਕਤੀ ਦਾ ਕੋਡ
reference-intro = ਇਹ ਸ਼ਬਦ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਦਿਓ। ਇਹਨਾਂ ਨਾਲ ਉਹ ਇਸ ਐਪ ਵਾਲੇ ਕਿਸੇ ਵੀ ਫ਼ੋਨ 'ਤੇ ਹੈਲਪਲਾਈਨ ਦੇ ਜਵਾਬ ਪੜ੍ਹ ਸਕਦਾ ਹੈ। ਇਹ ਫ਼ੋਨ ਇਹਨਾਂ ਨੂੰ ਕਿਤੇ ਨਹੀਂ ਲਿਖਦਾ, ਅਤੇ ਜਦੋਂ ਇਹ ਉਸ ਵਿਅਕਤੀ ਕੋਲ ਹੋਣ, ਤਾਂ ਇਹਨਾਂ ਨੂੰ ਭੁੱਲ ਜਾਂਦਾ ਹੈ।
reference-for-person = ਇਹ ਸ਼ਬਦ ਤੁਹਾਡੇ ਹਨ। ਇਹਨਾਂ ਨਾਲ ਤੁਸੀਂ ਹੈਲਪਲਾਈਨ ਦੇ ਜਵਾਬ ਪੜ੍ਹ ਸਕਦੇ ਹੋ। ਇਸ ਐਪ ਵਾਲੇ ਕਿਸੇ ਵੀ ਫ਼ੋਨ 'ਤੇ “{ $requests }” ਖੋਲ੍ਹੋ, ਫਿਰ “{ $check }” ਖੋਲ੍ਹੋ, ਅਤੇ ਸ਼ਬਦ ਜਾਂ ਅੰਕ ਲਿਖੋ। ਇਹਨਾਂ ਨੂੰ ਸੰਭਾਲ ਕੇ ਰੱਖੋ: ਜਿਸ ਕੋਲ ਵੀ ਇਹ ਹੋਣਗੇ, ਉਹ ਜਵਾਬ ਪੜ੍ਹ ਸਕੇਗਾ।
reference-words = ਸ਼ਬਦ
reference-digits = ਇਹੀ ਕੋਡ ਅੰਕਾਂ ਵਿੱਚ
reference-request = ਬੇਨਤੀ { $number }
reference-done = ਵਿਅਕਤੀ ਕੋਲ ਉਸਦਾ ਕੋਡ ਹੈ
reference-again = ਜਦੋਂ ਕੋਡ ਦਿਖਾਇਆ ਜਾ ਰਿਹਾ ਸੀ, ਐਪ ਲੌਕ ਹੋ ਗਈ ਸੀ। ਇਹ ਕੋਡ ਦੁਬਾਰਾ ਇੱਥੇ ਹੈ: ਇਸਨੂੰ ਹੁਣੇ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਦਿਓ।
status-check-reference = ਕੋਡ ਜਾਂਚੋ
check-reference-title = ਕੋਡ ਜਾਂਚੋ
check-reference-intro = ਜੋ ਸ਼ਬਦ ਜਾਂ ਅੰਕ ਤੁਹਾਨੂੰ ਦਿੱਤੇ ਗਏ ਸਨ, ਉਹ ਲਿਖੋ। ਇਹ ਫ਼ੋਨ ਉਹਨਾਂ ਨੂੰ ਜਾਂ ਜਵਾਬਾਂ ਨੂੰ ਨਹੀਂ ਰੱਖਦਾ।
check-reference-no-hotline = ਇਹ ਐਪ ਅਜੇ ਕਿਸੇ ਹੈਲਪਲਾਈਨ ਨਾਲ ਜੁੜੀ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਇੱਥੇ ਕੋਡ ਜਾਂਚਿਆ ਨਹੀਂ ਜਾ ਸਕਦਾ। ਕਿਰਪਾ ਕਰਕੇ ਇਸ ਐਪ ਵਾਲੇ ਕਿਸੇ ਹੋਰ ਫ਼ੋਨ 'ਤੇ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
check-reference-label = ਸ਼ਬਦ ਜਾਂ ਅੰਕ
check-reference-submit = ਜਾਂਚੋ
check-reference-working = ਜਾਂਚ ਹੋ ਰਹੀ ਹੈ। ਕੁਝ ਸਕਿੰਟ ਲੱਗ ਸਕਦੇ ਹਨ…
check-reference-no-replies = ਹੈਲਪਲਾਈਨ ਵੱਲੋਂ ਅਜੇ ਕੋਈ ਸੁਨੇਹਾ ਨਹੀਂ।
check-reference-show-in = { $language } ਵਿੱਚ ਦਿਖਾਓ
worker-title = ਫੀਲਡ ਦਾ ਕੰਮ
worker-working-as = ਤੁਸੀਂ ਇਸ ਨਾਮ ਨਾਲ ਕੰਮ ਕਰਦੇ ਹੋ: { $organisation }
worker-intro = ਤੁਸੀਂ ਜਿਸ ਦੀ ਮਦਦ ਕਰਦੇ ਹੋ, ਉਹ ਆਪਣੀ ਭਾਸ਼ਾ ਵਿੱਚ ਜਵਾਬ ਦਿੰਦਾ ਹੈ। ਜਵਾਬ ਸੀਲ ਹੋ ਕੇ ਇਸ ਫ਼ੋਨ ਤੋਂ ਜਾਂਦੇ ਹਨ, ਅਤੇ ਉਹ ਵਿਅਕਤੀ ਇੱਕ ਕੋਡ ਨਾਲ ਲੈ ਜਾਂਦਾ ਹੈ। ਇੱਥੇ ਹਰ ਬੇਨਤੀ ਦਾ ਸਿਰਫ਼ ਨੰਬਰ ਅਤੇ ਸਥਿਤੀ ਰਹਿੰਦੀ ਹੈ।
worker-new-person = ਕਿਸੇ ਨਵੇਂ ਵਿਅਕਤੀ ਦੀ ਮਦਦ ਕਰੋ
handover-title = ਸਿਰਫ਼ ਤੁਹਾਡੇ ਲਈ ਸਵਾਲ
handover-worker = ਹੁਣ ਫ਼ੋਨ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਦਿਓ। ਅਗਲੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਉਹ ਇਕੱਲਾ ਦੇਵੇਗਾ, ਅਤੇ ਤੁਸੀਂ ਉਸ ਦੇ ਜਵਾਬ ਨਹੀਂ ਦੇਖੋਗੇ।
handover-person = ਅਗਲੇ ਸਵਾਲ ਸਿਰਫ਼ ਤੁਹਾਡੇ ਲਈ ਹਨ। ਜੋ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਿਹਾ ਹੈ, ਉਹ ਤੁਹਾਡੇ ਜਵਾਬ ਨਹੀਂ ਦੇਖੇਗਾ।
handover-start = ਸ਼ੁਰੂ ਕਰੋ
giveback-title = ਧੰਨਵਾਦ
giveback-intro = ਤੁਹਾਡੇ ਜਵਾਬ ਸੀਲ ਹੋ ਗਏ ਹਨ। ਜੋ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਿਹਾ ਹੈ, ਉਹ ਇਨ੍ਹਾਂ ਨੂੰ ਨਹੀਂ ਦੇਖ ਸਕਦਾ। ਹੁਣ ਫ਼ੋਨ ਵਾਪਸ ਦਿਓ।
giveback-button = ਫ਼ੋਨ ਵਾਪਸ ਦਿਓ
review-private = ਇਸ ਦਾ ਜਵਾਬ ਵਿਅਕਤੀ ਨੇ ਇਕੱਲੇ ਦਿੱਤਾ ਹੈ। ਇਹ ਦਿਖਾਇਆ ਨਹੀਂ ਜਾਂਦਾ।
review-assisted-as = ਹੈਲਪਲਾਈਨ ਦੇਖੇਗੀ ਕਿ ਤੁਸੀਂ ਮਦਦ ਕੀਤੀ, ਇਸ ਨਾਮ ਨਾਲ: { $organisation }
review-later = ਹੁਣ ਨਹੀਂ: “ਬੇਨਤੀਆਂ ਜੋ ਅਜੇ ਨਹੀਂ ਭੇਜੀਆਂ” ਵਿੱਚ ਰੱਖੋ
review-hand-again = ਫ਼ੋਨ ਉਸ ਵਿਅਕਤੀ ਨੂੰ ਦੁਬਾਰਾ ਦਿਓ
review-hand-again-hint = ਇਹ ਵਰਤੋ ਜੇ ਵਿਅਕਤੀ ਆਪਣੇ ਇਕੱਲੇ ਦਿੱਤੇ ਜਵਾਬ ਬਦਲਣਾ ਚਾਹੁੰਦਾ ਹੈ, ਜਾਂ ਉਨ੍ਹਾਂ ਵਿੱਚ ਕੁਝ ਠੀਕ ਕਰਨਾ ਜ਼ਰੂਰੀ ਹੈ। ਉਸ ਨੂੰ ਫਿਰ ਪੁੱਛਿਆ ਜਾਵੇਗਾ ਕਿ ਬੇਨਤੀ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ, ਅਤੇ ਉਹ ਦੁਬਾਰਾ ਚੁਣੇਗਾ।
review-private-fix = ਵਿਅਕਤੀ ਦੇ ਇਕੱਲੇ ਦਿੱਤੇ ਜਵਾਬਾਂ ਵਿੱਚ ਕੁਝ ਠੀਕ ਕਰਨਾ ਜ਼ਰੂਰੀ ਹੈ। ਸਿਰਫ਼ ਉਹੀ ਇਸ ਨੂੰ ਠੀਕ ਕਰ ਸਕਦਾ ਹੈ: ਫ਼ੋਨ ਉਸ ਨੂੰ ਦੁਬਾਰਾ ਦਿਓ।
age-given-back-worker = ਜੇ ਤੁਸੀਂ ਉਮਰ “18 ਤੋਂ ਘੱਟ” ਕਰਦੇ ਹੋ, ਜਾਂ “18 ਤੋਂ ਘੱਟ” ਤੋਂ ਬਦਲਦੇ ਹੋ, ਤਾਂ ਵਿਅਕਤੀ ਨੂੰ ਫਿਰ ਪੁੱਛਿਆ ਜਾਵੇਗਾ ਕਿ ਬੇਨਤੀ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ: ਤੁਸੀਂ ਫ਼ੋਨ ਉਸ ਨੂੰ ਇੱਕ ਵਾਰ ਹੋਰ ਦਿਓਗੇ।
age-reopened-worker = ਉਮਰ ਬਦਲਣ ਦਾ ਅਸਰ ਵਿਅਕਤੀ ਦੀ ਇਸ ਚੋਣ ਉੱਤੇ ਪਿਆ ਹੈ ਕਿ ਬੇਨਤੀ ਕੌਣ ਦੇਖ ਸਕਦਾ ਹੈ। ਜਾਰੀ ਰੱਖੋ: ਤੁਸੀਂ ਫ਼ੋਨ ਉਸ ਨੂੰ ਦੁਬਾਰਾ ਦਿਓਗੇ, ਅਤੇ ਉਹ ਦੁਬਾਰਾ ਚੁਣੇਗਾ।
setup-worker = ਮੈਂ ਫੀਲਡ ਵਰਕਰ ਹਾਂ: ਮੈਂ ਦੂਜਿਆਂ ਨੂੰ ਮਦਦ ਮੰਗਣ ਵਿੱਚ ਮਦਦ ਕਰਦਾ ਹਾਂ
setup-worker-hint = ਤੁਸੀਂ ਜਿਸ ਵੀ ਬੇਨਤੀ ਵਿੱਚ ਮਦਦ ਕਰੋਗੇ, ਉਸ ਵਿੱਚ ਹੈਲਪਲਾਈਨ ਤੁਹਾਡੀ ਸੰਸਥਾ ਦੇਖੇਗੀ।
worker-org-needed = ਆਪਣੀ ਸੰਸਥਾ ਦਾ ਨਾਮ ਲਿਖੋ, ਜਾਂ ਫੀਲਡ ਵਰਕਰ ਮੋਡ ਬੰਦ ਕਰੋ।
settings-worker-title = ਫੀਲਡ ਵਰਕਰ ਮੋਡ
settings-worker-intro = ਇਸ ਫ਼ੋਨ ਤੋਂ ਦੂਜਿਆਂ ਨੂੰ ਬੇਨਤੀ ਭੇਜਣ ਵਿੱਚ ਮਦਦ ਕਰੋ। ਉਨ੍ਹਾਂ ਦੇ ਜਵਾਬ ਸੀਲ ਹੁੰਦੇ ਹਨ, ਅਤੇ ਹਰ ਵਿਅਕਤੀ ਇੱਕ ਕੋਡ ਨਾਲ ਲੈ ਜਾਂਦਾ ਹੈ।
settings-worker-on = ਚਾਲੂ ਕਰੋ
settings-worker-save = ਬਦਲਾਅ ਸੇਵ ਕਰੋ
settings-worker-off = ਬੰਦ ਕਰੋ
settings-worker-saved = ਹੋ ਗਿਆ। ਫੀਲਡ ਵਰਕਰ ਮੋਡ ਚਾਲੂ ਹੈ।
settings-worker-removed = ਹੋ ਗਿਆ। ਫੀਲਡ ਵਰਕਰ ਮੋਡ ਬੰਦ ਹੈ।

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹੋ: { $text }
speak-stop = ਪੜ੍ਹਨਾ ਬੰਦ ਕਰੋ
speak-no-voice = ਇਸ ਫ਼ੋਨ 'ਤੇ ਇਸ ਭਾਸ਼ਾ ਲਈ ਕੋਈ ਆਵਾਜ਼ ਨਹੀਂ ਹੈ।
speak-unavailable = ਇਸ ਫ਼ੋਨ 'ਤੇ ਹੁਣੇ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹਨਾ ਕੰਮ ਨਹੀਂ ਕਰ ਰਿਹਾ।
speak-headphones = ਜੇ ਨੇੜੇ ਕੋਈ ਸੁਣ ਸਕਦਾ ਹੋਵੇ, ਤਾਂ ਹੈੱਡਫ਼ੋਨ ਵਰਤੋ।

## Settings

settings-title = ਸੈਟਿੰਗਾਂ
settings-language = ਭਾਸ਼ਾ
settings-read-aloud = ਹਰ ਸਕਰੀਨ ਖੁੱਲ੍ਹਣ 'ਤੇ ਉਸ ਨੂੰ ਉੱਚੀ ਆਵਾਜ਼ ਵਿੱਚ ਪੜ੍ਹੋ
settings-lock = ਹੁਣੇ ਲੌਕ ਕਰੋ
settings-less-protected = ਇਸ ਡਿਵਾਈਸ 'ਤੇ ਸੁਰੱਖਿਆ ਘੱਟ ਹੈ: ਇੱਥੇ ਚਾਬੀਆਂ ਰੱਖਣ ਦੀ ਕੋਈ ਸੁਰੱਖਿਅਤ ਥਾਂ ਨਹੀਂ ਹੈ, ਇਸ ਲਈ ਜੋ ਵੀ ਐਪ ਦੀਆਂ ਫ਼ਾਈਲਾਂ ਕਾਪੀ ਕਰੇ, ਉਹ ਤੁਹਾਡਾ ਪਿੰਨ ਬੁੱਝਣ ਦੀ ਕੋਸ਼ਿਸ਼ ਕਰ ਸਕਦਾ ਹੈ। ਲੰਬਾ ਪਿੰਨ ਤੁਹਾਨੂੰ ਵੱਧ ਸੁਰੱਖਿਅਤ ਰੱਖਦਾ ਹੈ।
settings-duress-title = ਐਮਰਜੈਂਸੀ ਪਿੰਨ
settings-duress-intro = ਦੂਜਾ ਪਿੰਨ, ਉਸ ਵੇਲੇ ਲਈ ਜਦੋਂ ਕੋਈ ਤੁਹਾਨੂੰ ਐਪ ਖੋਲ੍ਹਣ ਲਈ ਮਜਬੂਰ ਕਰੇ। ਇਹ ਬਿਨਾਂ ਕਿਸੇ ਨਿਸ਼ਾਨ ਦੇ ਸਭ ਕੁਝ ਮਿਟਾ ਦਿੰਦਾ ਹੈ।
settings-current-pin = ਤੁਹਾਡਾ ਪਿੰਨ
settings-duress-save = ਐਮਰਜੈਂਸੀ ਪਿੰਨ ਸੰਭਾਲੋ
settings-duress-remove = ਐਮਰਜੈਂਸੀ ਪਿੰਨ ਹਟਾਓ
settings-pin-title = ਆਪਣਾ ਪਿੰਨ ਬਦਲੋ
settings-new-pin = ਨਵਾਂ ਪਿੰਨ (6 ਤੋਂ 12 ਅੰਕ)
settings-new-pin-again = ਨਵਾਂ ਪਿੰਨ ਦੁਬਾਰਾ
settings-pin-save = ਪਿੰਨ ਬਦਲੋ
settings-pin-changed = ਤੁਹਾਡਾ ਪਿੰਨ ਬਦਲ ਗਿਆ ਹੈ। ਹੁਣ ਤੋਂ ਨਵਾਂ ਪਿੰਨ ਵਰਤੋ।
settings-duress-saved = ਹੋ ਗਿਆ। ਤੁਹਾਡਾ ਐਮਰਜੈਂਸੀ ਪਿੰਨ ਸੰਭਾਲ ਲਿਆ ਗਿਆ ਹੈ।
settings-duress-removed = ਹੋ ਗਿਆ। ਹੁਣ ਕੋਈ ਐਮਰਜੈਂਸੀ ਪਿੰਨ ਨਹੀਂ ਹੈ।
pin-wrong-left =
    { $count ->
        [one] ਇਹ ਪਿੰਨ ਸਹੀ ਨਹੀਂ ਹੈ। { $count } ਹੋਰ ਵਾਰ ਗਲਤ ਪਿੰਨ ਲਿਖਣ 'ਤੇ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸਭ ਕੁਝ ਮਿਟ ਜਾਵੇਗਾ।
       *[other] ਇਹ ਪਿੰਨ ਸਹੀ ਨਹੀਂ ਹੈ। { $count } ਹੋਰ ਵਾਰ ਗਲਤ ਪਿੰਨ ਲਿਖਣ 'ਤੇ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸਭ ਕੁਝ ਮਿਟ ਜਾਵੇਗਾ।
    }
settings-wipe-title = ਸਭ ਕੁਝ ਮਿਟਾਓ
settings-wipe-intro = ਇਹ ਇਸ ਫ਼ੋਨ 'ਤੇ ਸਾਰੀਆਂ ਬੇਨਤੀਆਂ ਅਤੇ ਡਰਾਫ਼ਟ ਮਿਟਾ ਦਿੰਦਾ ਹੈ। ਇਹ ਵਾਪਸ ਨਹੀਂ ਹੋ ਸਕਦਾ। ਜਿਹੜੀਆਂ ਬੇਨਤੀਆਂ ਹੈਲਪਲਾਈਨ ਨੂੰ ਪਹਿਲਾਂ ਹੀ ਮਿਲ ਚੁੱਕੀਆਂ ਹਨ, ਉਹ ਹੈਲਪਲਾਈਨ ਕੋਲ ਰਹਿੰਦੀਆਂ ਹਨ।
settings-wipe-confirm = ਹਾਂ, ਸਭ ਕੁਝ ਮਿਟਾਓ

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = ਕੀ ਤੁਸੀਂ ਹੁਣ ਖ਼ਤਰੇ ਵਿੱਚ ਹੋ?
danger-yes-child = ਹਾਂ, ਮੈਂ ਖ਼ਤਰੇ ਵਿੱਚ ਹਾਂ
danger-no-child = ਨਹੀਂ, ਹੁਣ ਨਹੀਂ
emergency-intro-child = ਤੁਸੀਂ ਇਹਨਾਂ ਨੰਬਰਾਂ 'ਤੇ ਫ਼ੋਨ ਕਰ ਸਕਦੇ ਹੋ। ਇੰਟਰਨੈੱਟ ਦੀ ਲੋੜ ਨਹੀਂ।
emergency-call-trace-child = ਤੁਹਾਡਾ ਫ਼ੋਨ ਕਾਲਾਂ ਅਤੇ ਮੈਸੇਜਾਂ ਦੀ ਸੂਚੀ ਰੱਖਦਾ ਹੈ। ਜੇ ਤੁਹਾਨੂੰ ਫ਼ਿਕਰ ਹੈ ਕਿ ਕੋਈ ਇਸ ਨੂੰ ਦੇਖ ਲਵੇਗਾ, ਤਾਂ ਤੁਸੀਂ ਬਾਅਦ ਵਿੱਚ ਇਹਨਾਂ ਨੂੰ ਮਿਟਾ ਸਕਦੇ ਹੋ।
needs-title-child = ਤੁਹਾਨੂੰ ਕਿਸ ਚੀਜ਼ ਵਿੱਚ ਮਦਦ ਚਾਹੀਦੀ ਹੈ?
needs-intro-child = ਜੋ ਵੀ ਤੁਹਾਡੇ ਲਈ ਸੱਚ ਹੈ, ਉਸ 'ਤੇ ਦਬਾਓ। ਤੁਸੀਂ ਇਸ ਨੂੰ ਛੱਡ ਸਕਦੇ ਹੋ।
need-legal_immigration-child = ਕਾਗਜ਼ਾਂ ਬਾਰੇ ਮਦਦ
need-labour_exploitation-child = ਕੋਈ ਮੇਰੇ ਤੋਂ ਜ਼ਬਰਦਸਤੀ ਕੰਮ ਕਰਵਾਉਂਦਾ ਹੈ
need-sexual_exploitation-child = ਕੋਈ ਮੇਰੇ ਤੋਂ ਜ਼ਬਰਦਸਤੀ ਜਿਨਸੀ ਕੰਮ ਕਰਵਾਉਂਦਾ ਹੈ
need-money_debt-child = ਕੋਈ ਕਹਿੰਦਾ ਹੈ ਕਿ ਮੈਂ ਉਸ ਦੇ ਪੈਸੇ ਦੇਣੇ ਹਨ
need-going_home-child = ਮੈਨੂੰ ਘਰ ਜਾਣਾ ਹੈ ਜਾਂ ਆਪਣਾ ਪਰਿਵਾਰ ਲੱਭਣਾ ਹੈ
need-child_at_risk-child = ਕੋਈ ਹੋਰ ਬੱਚਾ ਖ਼ਤਰੇ ਵਿੱਚ ਹੈ
urgency-title-child = ਤੁਹਾਨੂੰ ਮਦਦ ਕਦੋਂ ਚਾਹੀਦੀ ਹੈ?
for-whom-title-child = ਮਦਦ ਕਿਸ ਨੂੰ ਚਾਹੀਦੀ ਹੈ?
for-whom-self-child = ਮੈਨੂੰ
contact-title-child = ਅਸੀਂ ਤੁਹਾਡੇ ਨਾਲ ਸੁਰੱਖਿਅਤ ਤਰੀਕੇ ਨਾਲ ਕਿਵੇਂ ਗੱਲ ਕਰੀਏ?
contact-intro-child = ਕੋਈ ਅਜਿਹਾ ਤਰੀਕਾ ਚੁਣੋ ਜੋ ਤੁਹਾਡੇ ਲਈ ਸੁਰੱਖਿਅਤ ਹੋਵੇ। ਕਿਸੇ ਹੋਰ ਨੂੰ ਇਹ ਨਹੀਂ ਦਿਖਣਾ ਚਾਹੀਦਾ।
times-title-child = ਸਾਡੇ ਲਈ ਫ਼ੋਨ ਕਰਨਾ ਜਾਂ ਲਿਖਣਾ ਕਦੋਂ ਸੁਰੱਖਿਅਤ ਹੈ?
times-intro-child = ਤੁਸੀਂ ਇਸ ਨੂੰ ਛੱਡ ਸਕਦੇ ਹੋ। ਫਿਰ ਅਸੀਂ ਬਹੁਤ ਧਿਆਨ ਰੱਖਾਂਗੇ।
voicemail-title-child = ਕੀ ਅਸੀਂ ਵੌਇਸ ਮੈਸੇਜ ਛੱਡ ਸਕਦੇ ਹਾਂ?
someone-else-title-child = ਜੇ ਕੋਈ ਹੋਰ ਫ਼ੋਨ ਚੁੱਕੇ, ਤਾਂ ਅਸੀਂ ਕੀ ਕਰੀਏ?
responder-title-child = ਤੁਸੀਂ ਕਿਸ ਨਾਲ ਗੱਲ ਕਰਨਾ ਚਾਹੁੰਦੇ ਹੋ?
more-title-child = ਕੁਝ ਹੋਰ?
more-intro-child = ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇਣ ਦੀ ਲੋੜ ਨਹੀਂ।
place-label-child = ਤੁਸੀਂ ਕਿੱਥੇ ਹੋ? ਕਿਸੇ ਸ਼ਹਿਰ ਦਾ ਨਾਂ ਕਾਫ਼ੀ ਹੈ।
message-label-child = ਜੇ ਤੁਸੀਂ ਚਾਹੋ, ਸਾਨੂੰ ਦੱਸੋ ਕਿ ਕੀ ਹੋ ਰਿਹਾ ਹੈ
consent-title-child = ਤੁਸੀਂ ਜੋ ਲਿਖਿਆ, ਉਹ ਕੌਣ ਪੜ੍ਹ ਸਕਦਾ ਹੈ?
consent-intro-child = ਤੁਸੀਂ ਚੁਣੋ। ਸਭ ਤੋਂ ਸੁਰੱਖਿਅਤ ਚੋਣ ਪਹਿਲਾਂ ਹੀ ਚੁਣੀ ਹੋਈ ਹੈ।
consent-hotline_only-desc-child = ਇਸ ਨੂੰ ਸਿਰਫ਼ ਹੈਲਪਲਾਈਨ ਦੇ ਮਦਦਗਾਰ ਪੜ੍ਹਦੇ ਹਨ। ਉਹ ਇਸ ਨੂੰ ਗੁਪਤ ਰੱਖਦੇ ਹਨ।
consent-may_refer_to_services-desc-child = ਹੈਲਪਲਾਈਨ ਉਨ੍ਹਾਂ ਲੋਕਾਂ ਨੂੰ ਦੱਸ ਸਕਦੀ ਹੈ ਜੋ ਬੱਚਿਆਂ ਨੂੰ ਸੁਰੱਖਿਅਤ ਰੱਖਦੇ ਹਨ, ਜਿਵੇਂ ਡਾਕਟਰ, ਸੁਰੱਖਿਅਤ ਘਰ ਜਾਂ ਵਕੀਲ।
consent-may_involve_police-desc-child = ਹੈਲਪਲਾਈਨ ਪੁਲਿਸ ਨੂੰ ਵੀ ਦੱਸ ਸਕਦੀ ਹੈ, ਤਾਂ ਜੋ ਉਹ ਤੁਹਾਨੂੰ ਦੁੱਖ ਦੇਣ ਵਾਲੇ ਲੋਕਾਂ ਨੂੰ ਰੋਕ ਸਕਣ।
review-title-child = ਆਪਣੇ ਜਵਾਬ ਦੇਖੋ
review-intro-child = ਜਦੋਂ ਤੁਸੀਂ ਇਹ ਭੇਜਦੇ ਹੋ, ਇਹ ਲੌਕ ਹੋ ਜਾਂਦਾ ਹੈ। ਸਿਰਫ਼ ਹੈਲਪਲਾਈਨ ਹੀ ਇਸ ਨੂੰ ਖੋਲ੍ਹ ਸਕਦੀ ਹੈ। ਇਸ ਫ਼ੋਨ 'ਤੇ ਕੋਈ ਵੀ ਇਸ ਨੂੰ ਨਹੀਂ ਪੜ੍ਹ ਸਕਦਾ, ਤੁਸੀਂ ਵੀ ਨਹੀਂ।
submit-done-child = ਤੁਹਾਡਾ ਸੁਨੇਹਾ ਇਸ ਫ਼ੋਨ 'ਤੇ ਲੌਕ ਹੋ ਗਿਆ ਹੈ। ਇੰਟਰਨੈੱਟ ਆਉਣ 'ਤੇ ਇਹ ਭੇਜਿਆ ਜਾਵੇਗਾ।
handover-title-child = ਇਹ ਸਵਾਲ ਬੱਸ ਤੁਹਾਡੇ ਲਈ ਹਨ
handover-person-child = ਅਗਲੇ ਸਵਾਲਾਂ ਦੇ ਜਵਾਬ ਸਿਰਫ਼ ਤੁਸੀਂ ਦਿਓਗੇ। ਜੋ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਿਹਾ ਹੈ, ਉਹ ਨਹੀਂ ਦੇਖੇਗਾ ਕਿ ਤੁਸੀਂ ਕੀ ਕਿਹਾ।
giveback-intro-child = ਤੁਹਾਡੇ ਜਵਾਬ ਲੌਕ ਹੋ ਗਏ ਹਨ। ਜੋ ਤੁਹਾਡੀ ਮਦਦ ਕਰ ਰਿਹਾ ਹੈ, ਉਹ ਇਨ੍ਹਾਂ ਨੂੰ ਨਹੀਂ ਦੇਖ ਸਕਦਾ। ਹੁਣ ਫ਼ੋਨ ਉਸ ਨੂੰ ਵਾਪਸ ਦੇ ਦਿਓ।
reference-for-person-child = ਇਹ ਸ਼ਬਦ ਸਿਰਫ਼ ਤੁਹਾਡੇ ਲਈ ਹਨ। ਇਹਨਾਂ ਨਾਲ ਤੁਸੀਂ ਪੜ੍ਹ ਸਕਦੇ ਹੋ ਕਿ ਹੈਲਪਲਾਈਨ ਤੁਹਾਨੂੰ ਕੀ ਲਿਖਦੀ ਹੈ। ਇਸ ਐਪ ਵਾਲੇ ਕਿਸੇ ਵੀ ਫ਼ੋਨ 'ਤੇ “{ $requests }” ਦਬਾਓ, ਫਿਰ “{ $check }” ਦਬਾਓ, ਅਤੇ ਸ਼ਬਦ ਜਾਂ ਅੰਕ ਲਿਖੋ। ਇਹਨਾਂ ਨੂੰ ਗੁਪਤ ਰੱਖੋ: ਜਿਸ ਕੋਲ ਵੀ ਇਹ ਹੋਣਗੇ, ਉਹ ਜਵਾਬ ਪੜ੍ਹ ਸਕੇਗਾ।

## Errors (codes come from the app's core)

error-wrong_pin = ਇਹ ਪਿੰਨ ਸਹੀ ਨਹੀਂ ਹੈ।
error-locked = ਕਿਰਪਾ ਕਰਕੇ ਪਹਿਲਾਂ ਆਪਣੇ ਪਿੰਨ ਨਾਲ ਐਪ ਖੋਲ੍ਹੋ।
error-no_hotline = ਇਹ ਐਪ ਅਜੇ ਕਿਸੇ ਹੈਲਪਲਾਈਨ ਨਾਲ ਜੁੜੀ ਨਹੀਂ ਹੈ। ਤੁਹਾਡਾ ਡਰਾਫ਼ਟ ਸੰਭਾਲਿਆ ਗਿਆ ਹੈ।
error-invalid = ਕੁਝ ਜਵਾਬਾਂ ਨੂੰ ਬਦਲਣ ਦੀ ਲੋੜ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਨਿਸ਼ਾਨ ਲੱਗੇ ਸਵਾਲ ਦੇਖੋ।
error-pin_too_short = ਪਿੰਨ ਵਿੱਚ 6 ਤੋਂ 12 ਅੰਕ ਹੁੰਦੇ ਹਨ।
error-duress_same_as_pin = ਐਮਰਜੈਂਸੀ ਪਿੰਨ ਤੁਹਾਡੇ ਪਿੰਨ ਤੋਂ ਵੱਖਰਾ ਹੋਣਾ ਚਾਹੀਦਾ ਹੈ।
error-worker_drafts_open = ਜਦੋਂ ਤੱਕ ਜਿਨ੍ਹਾਂ ਲੋਕਾਂ ਦੀ ਤੁਸੀਂ ਮਦਦ ਕਰਦੇ ਹੋ, ਉਨ੍ਹਾਂ ਦੀਆਂ ਬੇਨਤੀਆਂ ਨਹੀਂ ਭੇਜੀਆਂ ਜਾਂਦੀਆਂ, ਫੀਲਡ ਵਰਕਰ ਮੋਡ ਚਾਲੂ ਰਹਿੰਦਾ ਹੈ। ਉਨ੍ਹਾਂ ਨੂੰ ਭੇਜੋ, ਜਾਂ “ਬੇਨਤੀਆਂ ਜੋ ਅਜੇ ਨਹੀਂ ਭੇਜੀਆਂ” ਵਿੱਚ ਮਿਟਾਓ, ਫਿਰ ਇਸਨੂੰ ਬੰਦ ਕਰੋ।
error-already_set_up = ਇਹ ਐਪ ਪਹਿਲਾਂ ਹੀ ਸੈੱਟ ਹੈ।
error-not_found = ਇਹ ਨਹੀਂ ਮਿਲਿਆ। ਹੋ ਸਕਦਾ ਹੈ ਇਹ ਮਿਟਾ ਦਿੱਤਾ ਗਿਆ ਹੋਵੇ।
error-internal = ਕੁਝ ਗਲਤ ਹੋ ਗਿਆ। ਤੁਹਾਡੀਆਂ ਸੰਭਾਲੀਆਂ ਬੇਨਤੀਆਂ ਸੁਰੱਖਿਅਤ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-not_set_up = ਇਹ ਐਪ ਅਜੇ ਸੈੱਟ ਨਹੀਂ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਪਹਿਲਾਂ ਇੱਕ ਪਿੰਨ ਚੁਣੋ।
error-busy = ਐਪ ਇਸ ਵੇਲੇ ਭੇਜ ਰਹੀ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਥੋੜ੍ਹੀ ਦੇਰ ਬਾਅਦ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-status_unavailable = ਹੁਣੇ ਹੈਲਪਲਾਈਨ ਤੋਂ ਪੁੱਛਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਸੁਰੱਖਿਅਤ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-malformed = ਕੁਝ ਜਵਾਬ ਪੜ੍ਹੇ ਨਹੀਂ ਜਾ ਸਕੇ। ਕਿਰਪਾ ਕਰਕੇ ਉਨ੍ਹਾਂ ਨੂੰ ਜਾਂਚੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-too_large = ਇਹ ਭੇਜਣ ਲਈ ਬਹੁਤ ਲੰਬਾ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਸੁਨੇਹਾ ਛੋਟਾ ਕਰੋ।
error-unsupported_version = ਇਸ ਐਪ ਨੂੰ ਅੱਪਡੇਟ ਦੀ ਲੋੜ ਹੈ।
error-profile = ਇਸ ਐਪ ਵਿੱਚ ਹੈਲਪਲਾਈਨ ਦੀ ਜਾਣਕਾਰੀ ਸਹੀ ਨਹੀਂ ਹੈ। ਤੁਹਾਡਾ ਡਰਾਫ਼ਟ ਸੰਭਾਲਿਆ ਗਿਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਅੱਪਡੇਟ ਕੀਤੀ ਐਪ ਲਓ।
error-sync_client = ਐਪ ਹੁਣੇ ਸੁਰੱਖਿਅਤ ਢੰਗ ਨਾਲ ਜੁੜ ਨਹੀਂ ਸਕਦੀ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਸੰਭਾਲੀ ਗਈ ਹੈ ਅਤੇ ਬਾਅਦ ਵਿੱਚ ਭੇਜੀ ਜਾਵੇਗੀ।
error-already_exists = ਇਹ ਪਹਿਲਾਂ ਹੀ ਸੰਭਾਲਿਆ ਹੋਇਆ ਹੈ।
error-empty_pin = ਕਿਰਪਾ ਕਰਕੇ ਆਪਣਾ ਪਿੰਨ ਲਿਖੋ।
error-invalid_kdf_params = ਇਸ ਐਪ ਦੀਆਂ ਸੈਟਿੰਗਾਂ ਸਹੀ ਨਹੀਂ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਅੱਪਡੇਟ ਕੀਤੀ ਐਪ ਲਓ।
error-device_secret_unavailable = ਐਪ ਇਸ ਫ਼ੋਨ ਦੀ ਸੁਰੱਖਿਅਤ ਸਟੋਰੇਜ ਤੱਕ ਨਹੀਂ ਪਹੁੰਚ ਸਕਦੀ। ਕਿਰਪਾ ਕਰਕੇ ਫ਼ੋਨ ਬੰਦ ਕਰਕੇ ਮੁੜ ਚਾਲੂ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-envelope = ਤੁਹਾਡੀ ਬੇਨਤੀ ਹੈਲਪਲਾਈਨ ਲਈ ਲੌਕ ਨਹੀਂ ਹੋ ਸਕੀ। ਇਹ ਅਜੇ ਵੀ ਡਰਾਫ਼ਟ ਵਜੋਂ ਸੰਭਾਲੀ ਹੋਈ ਹੈ।
error-receipt_mismatch = ਹੈਲਪਲਾਈਨ ਦਾ ਜਵਾਬ ਜਾਂਚਿਆ ਨਹੀਂ ਜਾ ਸਕਿਆ। ਤੁਹਾਡੀ ਬੇਨਤੀ ਦੁਬਾਰਾ ਭੇਜੀ ਜਾਵੇਗੀ।
error-corrupt = ਐਪ ਦਾ ਸੰਭਾਲਿਆ ਡਾਟਾ ਖ਼ਰਾਬ ਹੋ ਗਿਆ ਹੈ। ਇਹ ਖੁੱਲ੍ਹ ਨਹੀਂ ਸਕਦਾ।
error-io = ਫ਼ੋਨ ਇਸ ਨੂੰ ਸੰਭਾਲ ਨਹੀਂ ਸਕਿਆ। ਸ਼ਾਇਦ ਇਹ ਭਰਿਆ ਹੋਇਆ ਹੈ। ਕਿਰਪਾ ਕਰਕੇ ਕੁਝ ਥਾਂ ਖਾਲੀ ਕਰੋ ਅਤੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-database = ਐਪ ਆਪਣਾ ਡਾਟਾ ਪੜ੍ਹ ਜਾਂ ਸੰਭਾਲ ਨਹੀਂ ਸਕੀ। ਤੁਹਾਡੀਆਂ ਸੰਭਾਲੀਆਂ ਬੇਨਤੀਆਂ ਸੁਰੱਖਿਅਤ ਹਨ। ਕਿਰਪਾ ਕਰਕੇ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-pin_too_long = ਪਿੰਨ ਵਿੱਚ 6 ਤੋਂ 12 ਅੰਕ ਹੁੰਦੇ ਹਨ।
error-pin_not_digits = ਪਿੰਨ ਵਿੱਚ ਸਿਰਫ਼ ਅੰਕ ਹੁੰਦੇ ਹਨ।
error-reference_word_count = ਕੋਡ ਵਿੱਚ 9 ਸ਼ਬਦ ਹੁੰਦੇ ਹਨ। ਦੇਖੋ ਕਿ ਤੁਸੀਂ ਸਾਰੇ ਲਿਖੇ ਹਨ।
error-reference_unknown_word = ਇੱਕ ਸ਼ਬਦ ਠੀਕ ਨਹੀਂ ਹੈ। ਸ਼ਬਦ-ਜੋੜ ਜਾਂਚੋ।
check-reference-wrong-word = ਸ਼ਬਦ ਨੰਬਰ { $number } ਠੀਕ ਨਹੀਂ ਹੈ। ਸ਼ਬਦ-ਜੋੜ ਜਾਂਚੋ।
error-reference_digits = ਕੋਡ ਵਿੱਚ 22 ਅੰਕ ਹੁੰਦੇ ਹਨ। ਦੇਖੋ ਕਿ ਤੁਸੀਂ ਸਾਰੇ ਲਿਖੇ ਹਨ।
error-reference_check = ਇੱਕ ਸ਼ਬਦ ਜਾਂ ਅੰਕ ਠੀਕ ਨਹੀਂ ਹੈ। ਹਰ ਇੱਕ ਜਾਂਚੋ ਅਤੇ ਫਿਰ ਕੋਸ਼ਿਸ਼ ਕਰੋ।
error-reference_not_found = ਹੈਲਪਲਾਈਨ ਕੋਲ ਅਜੇ ਇਸ ਕੋਡ ਵਾਲੀ ਕੋਈ ਬੇਨਤੀ ਨਹੀਂ ਹੈ। ਜੇ ਇਹ ਬਿਨਾਂ ਇੰਟਰਨੈੱਟ ਵਾਲੇ ਫ਼ੋਨ ਤੋਂ ਭੇਜੀ ਗਈ ਸੀ, ਤਾਂ ਉਸ ਫ਼ੋਨ 'ਤੇ ਦੁਬਾਰਾ ਇੰਟਰਨੈੱਟ ਆਉਣ 'ਤੇ ਇਹ ਪਹੁੰਚੇਗੀ। ਕਿਰਪਾ ਕਰਕੇ ਬਾਅਦ ਵਿੱਚ ਦੁਬਾਰਾ ਕੋਸ਼ਿਸ਼ ਕਰੋ। ਜੇ ਫਿਰ ਵੀ ਨਾ ਮਿਲੇ, ਤਾਂ ਹਰ ਸ਼ਬਦ ਜਾਂ ਅੰਕ ਜਾਂਚੋ।
field-error-empty = ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਭਰੋ, ਜਾਂ ਸਵਾਲ ਛੱਡ ਦਿਓ।
field-error-not_trimmed = ਕਿਰਪਾ ਕਰਕੇ ਸ਼ੁਰੂ ਜਾਂ ਅਖੀਰ ਵਾਲੀਆਂ ਖਾਲੀ ਥਾਵਾਂ ਹਟਾਓ।
field-error-too_long = ਇਹ ਬਹੁਤ ਲੰਬਾ ਹੈ। ਵੱਧ ਤੋਂ ਵੱਧ { $max } ਅੱਖਰ।
field-error-too_many_bytes = ਇਹ ਬਹੁਤ ਲੰਬਾ ਹੈ।
field-error-too_many = ਬਹੁਤ ਜ਼ਿਆਦਾ। ਵੱਧ ਤੋਂ ਵੱਧ { $max }।
field-error-duplicate = ਇਹ ਸੂਚੀ ਵਿੱਚ ਦੋ ਵਾਰ ਹੈ।
field-error-control_characters = ਇਸ ਵਿੱਚ ਅਜਿਹੇ ਅੱਖਰ ਹਨ ਜੋ ਵਰਤੇ ਨਹੀਂ ਜਾ ਸਕਦੇ।
field-error-invalid_phone = ਇਹ ਫ਼ੋਨ ਨੰਬਰ ਸਹੀ ਨਹੀਂ ਲੱਗਦਾ। + ਅਤੇ ਦੇਸ਼ ਦੇ ਕੋਡ ਨਾਲ ਸ਼ੁਰੂ ਕਰੋ।
field-error-invalid_region = ਇਹ ਦੇਸ਼ ਪਤਾ ਨਹੀਂ।
field-error-invalid_email = ਇਹ ਈਮੇਲ ਪਤਾ ਸਹੀ ਨਹੀਂ ਲੱਗਦਾ।
field-error-invalid_language = ਇਹ ਭਾਸ਼ਾ ਪਤਾ ਨਹੀਂ।
field-error-invalid_time_zone = ਇਹ ਸਮਾਂ ਖੇਤਰ ਪਤਾ ਨਹੀਂ।
field-error-invalid_time = ਕਿਰਪਾ ਕਰਕੇ ਵੱਖ-ਵੱਖ ਸ਼ੁਰੂਆਤੀ ਅਤੇ ਅਖੀਰਲਾ ਸਮਾਂ ਚੁਣੋ।
field-error-no_contact_method = ਕਿਰਪਾ ਕਰਕੇ ਤੁਹਾਡੇ ਨਾਲ ਸੰਪਰਕ ਦਾ ਘੱਟੋ-ਘੱਟ ਇੱਕ ਤਰੀਕਾ ਚੁਣੋ। "ਜਵਾਬ ਇਸੇ ਐਪ ਵਿੱਚ ਦੇਖਣਾ" ਚੁਣਨਾ ਵੀ ਕਾਫ਼ੀ ਹੈ।
field-error-unsupported_version = ਇਸ ਐਪ ਨੂੰ ਅੱਪਡੇਟ ਦੀ ਲੋੜ ਹੈ।
