## Reach — Naija Pidgin (Nigerian Pidgin)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Naija Pidgin
# The language's name in English, for the language search.
-locale-english = Nigerian Pidgin
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Calculator
quick-exit = Comot sharp sharp
quick-exit-hint = E go hide dis app one time
back = Go back
next = Next
skip = Skip am
save = Save am
cancel = Cancel
close = Close am
done = E don finish
optional = you no must do am
step-of = Step { $current } for { $total }
saved-locked = E don save and lock for dis phone

## Calculator (the app's disguise)

calc-label = Calculator
calc-display-label = Answer
calc-clear = C
calc-equals = =
calc-error = Error

## First use: a private PIN

setup-title = Make dis app be secret
setup-intro = Choose one secret number (PIN). Na only you suppose know am.
setup-how = To open dis app later, type your PIN for di calculator, then press =.
setup-pin-label = Your PIN (6 reach 12 numbers)
setup-pin-repeat-label = Type di PIN again
setup-duress-title = Emergency PIN (you fit skip dis one)
setup-duress-intro = If person force you to open dis app, type dis oda PIN instead. Di app go look like say e empty, and everything inside am go delete without any sign.
setup-duress-label = Emergency PIN
setup-submit = Save my PIN
setup-mismatch = Di two PIN no be di same. Abeg try again.

## Language

lang-title = Pick your language
lang-intro = You fit change am later for Settings.
lang-search-label = Find di language wey you sabi
lang-search-hint = Type di name of your language, for any language
lang-search-none = No language match dis one. Reduce di letters and try again.
lang-yours = Languages wey dey dis phone
lang-all = All di languages
lang-load-failed = We no fit open dis language, so di app dey show for English.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = How old you be?
age-intro = You fit skip dis one. If you never reach 18, di app go use simple words and show help for pikin dem.
age-under_18 = Never reach 18
age-18_to_25 = 18 reach 25
age-26_to_59 = 26 reach 59
age-60_plus = 60 or pass

## Danger check and emergency numbers

danger-title = You dey for danger now now?
danger-yes = Yes, I dey for danger now
danger-no = No, no be now
emergency-title = Numbers for emergency
emergency-intro = You fit call dis numbers without internet.
emergency-country-label = Your country
emergency-police = Police and emergency help
emergency-hotline = Help for people wey dem sell or force to work
emergency-children = Help for pikin and young people
emergency-call = Call { $number }
emergency-source = Where e come from: { $source }
emergency-checked = We check am: { $date }
emergency-not-checked = We never check am again. If di number no work, call di emergency number.
emergency-call-trace = Calls and text messages dey stay for di lists inside your phone. If person dey check your phone, you fit delete dem after.
emergency-none = We never get numbers for dis country. If you dey for danger, call di emergency number for where you dey.
emergency-continue = Continue make you ask for help

## What help is needed

needs-title = Which help you need?
needs-intro = Choose all di ones wey fit you. You fit skip dis one.
need-safety_now = To dey safe now
need-shelter = Safe place wey I fit stay
need-medical = Doctor or medicine
need-legal_immigration = Help with papers, visa or law matter
need-labour_exploitation = Wahala for work or dem no pay me
need-sexual_exploitation = Dem force me to do sex
need-child_at_risk = One pikin dey for danger
need-money_debt = Money or debt wahala
need-going_home = To go back house or find my family
need-interpreter = Person wey fit speak my language
need-other = Oda thing
urgency-title = How quick you need di help?
urgency-now = Now now
urgency-today = Today
urgency-this_week = Dis week
urgency-not_urgent = E fit wait
for-whom-title = Who dis request be for?
for-whom-self = For me
for-whom-someone_else = For another person
for-whom-assisted_by_outreach = I be outreach worker wey dey help person

## Safe contact

contact-title = How di hotline fit reach you safe?
contact-intro = Choose at least one way. Only choose di ways wey dey safe for you.
contact-call = Phone call
contact-sms = Message for phone (SMS)
contact-messaging_app = App for message
contact-email = Email
contact-in_person_via_outreach = Face to face, through outreach worker
contact-check_back_in_app = I go look dis app for answer
contact-phone-label = Phone number, with country code (like +234…)
contact-app-label = Which app? (like WhatsApp, Signal)
contact-handle-label = Your name or number for dat app
contact-email-label = Your email address
times-title = When e dey safe to contact you?
times-intro = You fit skip dis one. Den di hotline go dey extra careful.
times-add = Add one safe time
times-remove = Remove dis time
times-from = From
times-to = Reach
times-days = Days
times-any-day = Any day
times-zone = Time zone
weekday-mon = Monday
weekday-tue = Tuesday
weekday-wed = Wednesday
weekday-thu = Thursday
weekday-fri = Friday
weekday-sat = Saturday
weekday-sun = Sunday
voicemail-title = Di hotline fit leave voice message?
voicemail-yes = Yes, voice message dey safe
voicemail-no = No, make una no ever leave voice message
voicemail-unsaid = If you no answer, di hotline no go leave any.
code-word-label = Code word
code-word-hint = Di hotline go talk dis word, so you go know say na dem for real.
someone-else-title = If another person pick di call, di hotline suppose…
someone-else-hang_up = Cut di call
someone-else-say_wrong_number = Talk say na wrong number
someone-else-ask_for_code_word = Ask for di code word
someone-else-other = Oda thing
someone-else-other-label = Wetin dem suppose do?
responder-title = Who you wan talk to?
responder-woman = Woman
responder-man = Man
responder-any_gender = Anybody dey okay
responder-language-label = Di language wey you want make dem take answer you

## More (all optional)

more-title = Small more about you
more-intro = All dis one no be by force.
place-label = Where you dey? Town or area don do.
place-hint = Share only wetin you want. Dis app no dey ever use your location.
message-label = Your message
message-hint = You fit write for any language.
message-left =
    { $count ->
        [one] { $count } letter remain
       *[other] { $count } letters remain
    }

## Consent

consent-title = Who fit see your request?
consent-intro = Na you go decide. Di most private choice don already dey selected.
consent-hotline_only = Na only di hotline
consent-hotline_only-desc = Na only di hotline team go read am. Dem no go share am.
consent-may_refer_to_services = Di hotline and people wey fit help
consent-may_refer_to_services-desc = Di hotline fit share am with shelter, doctor or lawyer, to help you.
consent-may_involve_police = Di hotline, helpers and di police
consent-may_involve_police-desc = Di hotline fit still tell di police.
consent-child-note = Because you never reach 18, di hotline fit need to tell people wey dia work na to protect pikin dem, make you dey safe.

## Review and send

review-title = Look your request well
review-intro = We go lock your request so na only di hotline fit open am. After you send am, nobody fit read am for dis phone, even you sef.
review-not-answered = You never answer
review-change = Change am
review-needs = Help wey you need
review-contact = How dem go reach you
review-times = Safe time
review-more = Oda tins about you
review-consent = Who fit see am
submit = Lock am and send to di hotline
submit-working = We dey lock your request…
submit-done = Your request don lock for dis phone. E go send when internet dey.

## Status

status-title = Your request dem
status-intro = For here you fit see where each request reach.
status-empty = No request yet.
status-saved = E don save for dis phone and e don lock. E go send when internet dey.
status-sending = E dey send now…
status-received = Di hotline don receive am. We don check di receipt wey di hotline give.
status-needs_attention = Dis request need make you look am.
status-attempts =
    { $count ->
        [one] We try am one time
       *[other] We try am { $count } times
    }
status-hotline-received = E dey wait make person for di hotline read am.
status-hotline-in_review = Person for di hotline dey read am now.
status-hotline-answered = Di hotline don do something about am.
status-hotline-closed = Di hotline don close am.
status-hotline-contact_planned = Person for di hotline dey plan how to reach you safe.
status-hotline-needs_interpreter = Di hotline dey find person wey fit speak your language.
status-hotline-referred = Di hotline don ask one partner organisation make dem help you.
status-hotline-unknown = Di hotline get news about am. Update di app when e dey safe, to see more.
status-replies = Messages from di hotline
status-reply-note = Di hotline still write (maybe no be for your language):
status-reply-unreadable = One message come wey dis app no fit check, so we no show am.
status-offline = No internet now. Your request dem dey safe for dis phone.
status-send-now = Send am now
status-retry = Try am again
status-check = Ask di hotline for news
status-new = Start new request

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = We don read your request. We go contact you di way wey you choose.
reply-call_planned = We go call you on { $day } between { $from } and { $to } (your own time).
reply-message_planned = We go send you message on { $day } between { $from } and { $to } (your own time).
reply-interpreter = We dey find interpreter wey fit speak your language. We go contact you soon.
reply-referred = We don ask one partner organisation wey dey near you make dem help. Dem go contact you di way wey you choose.
reply-call_us = Abeg call us when e dey safe for you. Na you go choose di time.
reply-danger = If you dey for danger now, call di emergency number. You fit find am for dis app.
reply-closed = We don close your request. You fit send new one any time.
reply-unknown = Di hotline send message wey dis version of di app no fit show. Abeg update di app when e dey safe.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Your request don close. You go tell us how di help take go? Na three short questions. You fit skip dem.
feedback-private = Your answers go send without your request or your name. Di hotline go only see di total.
feedback-start = Answer
feedback-skip = No, thank you
feedback-send = Send di answers
feedback-q-helped = You get di help wey you need?
feedback-q-safe = You feel safe when we contact you?
feedback-q-recommend = You go tell your friend about us?
feedback-a-yes = Yes
feedback-a-partly = Small small
feedback-a-no = No
feedback-thanks = Thank you. Your answers go send.
feedback-declined = No wahala. We no go ask again.
feedback-failed = E no work. Abeg try again.
problem-unknown_key = Dis app need update before dis request fit send.
problem-conflict = Di hotline get another request wey get di same number. Abeg contact di hotline another way.
problem-malformed = Di hotline no fit read dis request. Abeg start new request.
problem-too_large = Dis request too long. Abeg start new one with short message.
problem-unsupported_media_type = Dis app need update before dis request fit send.
problem-other = Di network or di hotline no gree collect dis request. You fit try again, or try another network.

## Several people on one device (outreach)

drafts-title = Requests wey never send
drafts-continue = Continue
drafts-delete = Delete am
drafts-none = Nothing dey wait.
review-reference = Dis person no go keep dis phone: give am code
review-reference-hint = With code, e fit read wetin di hotline answer for any phone wey get dis app. Dis phone go only show if di hotline don get di request.
assisted-organisation-label = Your organisation (you, di outreach worker)
assisted-hint = Di hotline go see say you help dis person, and di people wey you dey work with.
assisted-channel-label = How di hotline fit reach you (you no must do am)
reference-title = Di person code
reference-intro = Give di person dis words. With dem, e fit read wetin di hotline answer for any phone wey get dis app. Dis phone no dey write dem anywhere, and e go forget dem once di person don get dem.
reference-for-person = Dis words na your own. With dem, you fit read wetin di hotline answer. For any phone wey get dis app, open “{ $requests }”, then “{ $check }”, and type di words or di number. Keep dem for safe place: anybody wey get dem fit read di answer.
reference-words = Di words
reference-digits = Di same code for number
reference-request = Request { $number }
reference-done = Di person don get im code
reference-again = Di app lock while di code dey show. Here e dey again: give am to di person now.
status-check-reference = Check code
check-reference-title = Check code
check-reference-intro = Type di words or number wey dem give you. Dis phone no dey keep dem, or di answer.
check-reference-no-hotline = Dis app never connect to any hotline, so e no fit check code here. Abeg try for another phone wey get dis app.
check-reference-label = Words or number
check-reference-submit = Check
check-reference-working = E dey check. E fit take small time…
check-reference-no-replies = No message from di hotline yet.
check-reference-show-in = Show am for { $language }
worker-title = Outreach work
worker-working-as = You dey work as: { $organisation }
worker-intro = Every person wey you help go answer for dia own language. Dia answers go comot from dis phone sealed, and di person go carry one code go. Na only di number and di state of each request go remain here.
worker-new-person = Help one new person
handover-title = Questions for you alone
handover-worker = Give di person di phone now. Dem go answer di next questions by demself, and you no go see dia answers.
handover-person = Di next questions na for you alone. Di person wey dey help you no go see your answers.
handover-start = Make we start
giveback-title = Tank you
giveback-intro = Your answers don seal. Di person wey dey help you no fit see dem. Now, give back di phone.
giveback-button = Give back di phone
review-private = Di person answer dis one by demself. E no dey show.
review-assisted-as = Di hotline go see say you help, as: { $organisation }
review-later = No be now: keep am for “Requests wey never send”
review-hand-again = Give di person di phone again
review-hand-again-hint = Use dis one if di person wan change wetin dem answer by demself, or if something for there need fix. Dem go see di question of who fit see di request again, and choose again.
review-private-fix = Something wey di person answer by demself need fix. Na only dem fit fix am: give dem di phone again.
age-given-back-worker = If you change di age to “Never reach 18”, or from am, di person must see di question of who fit see di request again: you go give dem di phone one more time.
age-reopened-worker = Di age change touch di person choice of who fit see di request. Continue: you go give dem di phone again, and dem go choose again.
setup-worker = I be outreach worker: I dey help oda people ask for help
setup-worker-hint = Di hotline go see your organisation for every request wey you help with.
worker-org-needed = Write the name of your organisation, or off the outreach worker mode.
settings-worker-title = Di outreach worker mode
settings-worker-intro = Help oda people send request from dis phone. Dia answers dey sealed, and each person go carry one code go.
settings-worker-on = On am
settings-worker-save = Save di changes
settings-worker-off = Off am
settings-worker-saved = E don do. Outreach worker mode don on.
settings-worker-removed = E don do. Outreach worker mode don off.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Read am loud: { $text }
speak-stop = Stop to read
speak-no-voice = No voice dey for dis language for dis phone.
speak-unavailable = Di reading no dey work for dis phone now.
speak-headphones = Use headphones if person wey dey near you fit hear.

## Settings

settings-title = Settings
settings-language = Language
settings-read-aloud = Read each screen loud when e open
settings-lock = Lock am now
settings-less-protected = Dis device no too get protection: no safe key store dey here, so anybody wey copy di app files fit try guess your PIN. Longer PIN go protect you well well.
settings-duress-title = Emergency PIN
settings-duress-intro = Second PIN for when person force you to open di app. E go delete everything without any sign.
settings-current-pin = Your PIN
settings-duress-save = Save di emergency PIN
settings-duress-remove = Remove di emergency PIN
settings-pin-title = Change di PIN wey you get
settings-new-pin = New PIN (6 reach 12 numbers)
settings-new-pin-again = New PIN one more time
settings-pin-save = Change PIN
settings-pin-changed = Your PIN don change. From now go, use di new PIN.
settings-duress-saved = E don do. Your emergency PIN don save.
settings-duress-removed = E don do. No emergency PIN dey now.
pin-wrong-left =
    { $count ->
        [one] Dat PIN no correct. If you put one more wrong PIN, everything for dis phone go delete.
       *[other] Dat PIN no correct. If you put { $count } more wrong PIN, everything for dis phone go delete.
    }
settings-wipe-title = Delete everything
settings-wipe-intro = Dis one go delete all di requests and drafts for dis phone. You no fit undo am. Requests wey di hotline don already receive go still dey with di hotline.
settings-wipe-confirm = Yes, delete am all

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = You dey for danger now?
danger-yes-child = Yes, I dey for danger
danger-no-child = No, no be now
emergency-intro-child = You fit call dis numbers. You no need internet.
emergency-call-trace-child = Your phone dey keep list of calls and messages. If you dey fear say person go see am, you fit delete dem after.
needs-title-child = Wetin you need help for?
needs-intro-child = Tap everything wey true for you. You fit skip dis one.
need-legal_immigration-child = Help with papers or documents
need-labour_exploitation-child = Somebody dey force me work
need-sexual_exploitation-child = Somebody dey force me do sex things
need-money_debt-child = Somebody dey talk say I owe am money
need-going_home-child = I wan go house or find my family
need-child_at_risk-child = Another pikin dey for danger
urgency-title-child = When you need help?
for-whom-title-child = Who need help?
for-whom-self-child = Na me
contact-title-child = How we fit talk to you safe?
contact-intro-child = Choose one way wey dey safe for you. Nobody else suppose see am.
times-title-child = When e dey safe make we call or write you?
times-intro-child = You fit skip dis one. Den we go dey very careful.
voicemail-title-child = We fit leave voice message?
someone-else-title-child = If another person answer, wetin we go do?
responder-title-child = Who you want talk to?
more-title-child = Anything else dey?
more-intro-child = You no must answer.
place-label-child = Where you dey? Di name of di town don do.
message-label-child = Tell us wetin dey happen, if you want
consent-title-child = Who fit read wetin you write?
consent-intro-child = Na you go choose. Di safest choice don already dey picked.
consent-hotline_only-desc-child = Na only di helpers for di hotline go read am. Dem go keep am secret.
consent-may_refer_to_services-desc-child = Di hotline fit tell people wey dey keep pikin dem safe, like doctor, safe house or lawyer.
consent-may_involve_police-desc-child = Di hotline fit still tell di police, so dem fit stop di people wey dey hurt you.
review-title-child = Look your answers
review-intro-child = When you send dis one, e go lock. Na only di hotline fit open am. Nobody fit read am for dis phone, even you sef.
submit-done-child = Your message don lock for dis phone. E go send when internet dey.
handover-title-child = Questions wey na only for you
handover-person-child = Na only you go answer di next questions. Di person wey dey help you no go see wetin you talk.
giveback-intro-child = Your answers don lock. Di person wey dey help you no fit see dem. Now give di phone back to am.
reference-for-person-child = Dis words na only for you. With dem, you fit read wetin di hotline write back to you. For any phone wey get dis app, tap “{ $requests }”, then “{ $check }”, and type di words or di number. Keep dem secret: anybody wey get dem fit read di answers.

## Errors (codes come from the app's core)

error-wrong_pin = Dat PIN no correct.
error-locked = Abeg open di app with your PIN first.
error-no_hotline = Dis app never connect to any hotline. Your draft don save.
error-invalid = Some answers need change. Abeg look di questions wey we mark.
error-pin_too_short = PIN get 6 reach 12 numbers.
error-duress_same_as_pin = Di emergency PIN must different from your PIN.
error-worker_drafts_open = Di outreach worker mode go dey on as long as di requests of di people wey you dey help never send. Send dem, or delete dem for “Requests wey never send”, then off am.
error-already_set_up = Dis app don already set up.
error-not_found = We no find dis one. Maybe dem don delete am.
error-internal = Something no go well. Di requests wey you save dey safe. Abeg try again.
error-not_set_up = Dis app never set up. Abeg choose PIN first.
error-busy = Di app dey busy dey send. Abeg try again small time.
error-status_unavailable = We no fit ask di hotline now. Your request dey safe. Abeg try again later.
error-malformed = We no fit read some answers. Abeg check dem and try again.
error-too_large = Dis one too long to send. Abeg make your message short.
error-unsupported_version = Dis app need update.
error-profile = Di hotline details for dis app no correct. Your draft don save. Abeg get di new app.
error-sync_client = Di app no fit connect safe now. Your request don save and e go send later.
error-already_exists = Dis one don save before.
error-empty_pin = Abeg type your PIN.
error-invalid_kdf_params = Dis app settings no correct. Abeg get di new app.
error-device_secret_unavailable = Di app no fit reach di safe storage for dis phone. Abeg off di phone, on am again, then try again.
error-envelope = We no fit seal your request for di hotline. E still dey saved as draft.
error-receipt_mismatch = We no fit check di hotline answer. Your request go send again.
error-corrupt = Di data wey di app save don spoil. E no fit open.
error-io = Di phone no fit save dis one. Maybe e don full. Abeg clear some space and try again.
error-database = Di app no fit read or save im data. Di requests wey you save dey safe. Abeg try again.
error-pin_too_long = PIN get 6 reach 12 numbers.
error-pin_not_digits = PIN na only numbers.
error-reference_word_count = Code get 9 words. Check say you type all of dem.
error-reference_unknown_word = One of di words no correct. Check how you spell am.
check-reference-wrong-word = Word number { $number } no correct. Check how you spell am.
error-reference_digits = Code get 22 numbers. Check say you type all of dem.
error-reference_check = One word or number no correct. Check each one and try again.
error-reference_not_found = Di hotline never get any request with dis code. If dem send am from phone wey no get internet, e go reach when dat phone get internet again. Abeg try again later. If you still no see am, check each word or number.
field-error-empty = Abeg fill dis one, or skip di question.
field-error-not_trimmed = Abeg remove di space for di start or di end.
field-error-too_long = Dis one too long. No pass { $max } letters.
field-error-too_many_bytes = Dis one too long.
field-error-too_many = E too plenty. No pass { $max }.
field-error-duplicate = Dis one dey di list two times.
field-error-control_characters = Dis one get characters wey we no fit use.
field-error-invalid_phone = Dis phone number no look correct. Start with + and di country code.
field-error-invalid_region = We no know dis country.
field-error-invalid_email = Dis email address no look correct.
field-error-invalid_language = We no know dis language.
field-error-invalid_time_zone = We no know dis time zone.
field-error-invalid_time = Abeg choose start time and end time wey no be di same.
field-error-no_contact_method = Abeg choose at least one way wey we fit take reach you. "I go look dis app for answer" don do.
field-error-unsupported_version = Dis app need update.
