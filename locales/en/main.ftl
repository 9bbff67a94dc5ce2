## Reach — English (source language)
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = English
# The language's name in English, for the language search.
-locale-english = English
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = source

## Shared

app-title = Calculator
quick-exit = Quick exit
quick-exit-hint = Hides this app at once
back = Back
next = Next
skip = Skip this
save = Save
cancel = Cancel
close = Close
done = Done
optional = optional
step-of = Step { $current } of { $total }
saved-locked = Saved and locked on this phone

## Calculator (the app's disguise)

calc-label = Calculator
calc-display-label = Result
calc-clear = C
calc-equals = =
calc-error = Error

## First use: a private PIN

setup-title = Make this app private
setup-intro = Choose a secret number (a PIN). Only you should know it.
setup-how = To open this app later, type your PIN on the calculator, then press =.
setup-pin-label = Your PIN (6 to 12 numbers)
setup-pin-repeat-label = Type your PIN again
setup-duress-title = Emergency PIN (you can skip this)
setup-duress-intro = If someone forces you to open this app, type this other PIN instead. The app will look empty, and everything in it will be deleted without any sign.
setup-duress-label = Emergency PIN
setup-submit = Save my PIN
setup-mismatch = The two PINs are not the same. Please try again.

## Language

lang-title = Choose your language
lang-intro = You can change it later in Settings.
lang-search-label = Find your language
lang-search-hint = Type the name of your language, in any language
lang-search-none = No language matches this. Try fewer letters.
lang-yours = Languages on this phone
lang-all = All languages
lang-load-failed = This language could not be opened, so the app is shown in English.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = How old are you?
age-intro = You can skip this. If you are under 18, the app uses simpler words and shows help for children.
age-under_18 = Under 18
age-18_to_25 = 18 to 25
age-26_to_59 = 26 to 59
age-60_plus = 60 or older

## Danger check and emergency numbers

danger-title = Are you in danger right now?
danger-yes = Yes, I am in danger now
danger-no = No, not right now
emergency-title = Emergency numbers
emergency-intro = You can call these numbers without internet.
emergency-country-label = Your country
emergency-police = Police and emergency
emergency-hotline = Help for people who are trafficked or forced to work
emergency-children = Help for children and young people
emergency-call = Call { $number }
emergency-source = Source: { $source }
emergency-checked = Checked: { $date }
emergency-not-checked = Not checked again yet. If the number does not work, call the emergency number.
emergency-call-trace = Calls and text messages stay in your phone's lists. If someone checks your phone, you can delete them afterwards.
emergency-none = We do not have numbers for this country yet. If you are in danger, call the local emergency number.
emergency-continue = Continue and ask for help

## What help is needed

needs-title = What help do you need?
needs-intro = Choose all that fit. You can skip this.
need-safety_now = To be safe now
need-shelter = A safe place to stay
need-medical = A doctor or medicine
need-legal_immigration = Help with papers, visa or the law
need-labour_exploitation = Problems at work or no pay
need-sexual_exploitation = Forced into sex
need-child_at_risk = A child is in danger
need-money_debt = Money or debt
need-going_home = Going home or finding family
need-interpreter = Someone who speaks my language
need-other = Something else

urgency-title = How soon do you need help?
urgency-now = Now
urgency-today = Today
urgency-this_week = This week
urgency-not_urgent = It can wait

for-whom-title = Who is this request for?
for-whom-self = For me
for-whom-someone_else = For someone else
for-whom-assisted_by_outreach = I am an outreach worker helping someone

## Safe contact

contact-title = How can the hotline reach you safely?
contact-intro = Choose at least one way. Only choose ways that are safe for you.
contact-call = Phone call
contact-sms = Text message (SMS)
contact-messaging_app = Messaging app
contact-email = Email
contact-in_person_via_outreach = In person, through an outreach worker
contact-check_back_in_app = I will look in this app for an answer
contact-phone-label = Phone number, with country code (for example +44…)
contact-app-label = Which app? (for example WhatsApp, Signal)
contact-handle-label = Your name or number in that app
contact-email-label = Email address

times-title = When is it safe to contact you?
times-intro = You can skip this. Then the hotline will be extra careful.
times-add = Add a safe time
times-remove = Remove this time
times-from = From
times-to = To
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

voicemail-title = Can the hotline leave a voice message?
voicemail-yes = Yes, a voice message is safe
voicemail-no = No, never leave a voice message
voicemail-unsaid = If you do not answer, the hotline will not leave one.

code-word-label = Code word
code-word-hint = The hotline will say this word, so you know it is really them.

someone-else-title = If someone else answers, the hotline should…
someone-else-hang_up = Hang up
someone-else-say_wrong_number = Say it is a wrong number
someone-else-ask_for_code_word = Ask for the code word
someone-else-other = Something else
someone-else-other-label = What should they do?

responder-title = Who would you like to talk to?
responder-woman = A woman
responder-man = A man
responder-any_gender = Anyone is fine
responder-language-label = Language you want to be answered in

## More (all optional)

more-title = A little more about you
more-intro = All of this is optional.
place-label = Where are you? A town or area is enough.
place-hint = Share only what you want. This app never uses your location.
message-label = Your message
message-hint = You can write in any language.
message-left = { $count ->
    [one] { $count } letter left
   *[other] { $count } letters left
}

## Consent

consent-title = Who may see your request?
consent-intro = You decide. The most private choice is already selected.
consent-hotline_only = Only the hotline
consent-hotline_only-desc = Only the hotline team reads it. They do not share it.
consent-may_refer_to_services = The hotline and services that can help
consent-may_refer_to_services-desc = The hotline may share it with shelters, doctors or lawyers, to help you.
consent-may_involve_police = The hotline, services and the police
consent-may_involve_police-desc = The hotline may also tell the police.
consent-child-note = Because you are under 18, the hotline may have to tell people whose job is to protect children, to keep you safe.

## Review and send

review-title = Check your request
review-intro = Your request will be locked so that only the hotline can open it. After you send it, nobody can read it on this phone, not even you.
review-not-answered = Not answered
review-change = Change
review-needs = Help needed
review-contact = How to reach you
review-times = Safe times
review-more = More about you
review-consent = Who may see it
submit = Lock and send to the hotline
submit-working = Locking your request…
submit-done = Your request is locked on this phone. It will be sent when there is internet.

## Status

status-title = Your requests
status-intro = Here you can see where each request is.
status-empty = No requests yet.
status-saved = Saved on this phone and locked. It will be sent when there is internet.
status-sending = Sending now…
status-received = The hotline has received it. We checked the hotline's receipt.
status-needs_attention = This request needs your attention.
status-attempts = { $count ->
    [one] Tried once
   *[other] Tried { $count } times
}
status-hotline-received = Waiting for someone at the hotline to read it.
status-hotline-in_review = Someone at the hotline is reading it.
status-hotline-answered = The hotline has acted on it.
status-hotline-closed = The hotline has closed it.
status-hotline-contact_planned = Someone at the hotline is planning how to contact you safely.
status-hotline-needs_interpreter = The hotline is finding someone who speaks your language.
status-hotline-referred = The hotline has asked a partner organisation to help you.
status-hotline-unknown = The hotline has news about it. Update the app when it is safe to see more.
status-replies = Messages from the hotline
status-reply-note = The hotline also wrote (maybe not in your language):
status-reply-unreadable = A message arrived that this app could not check, so it is not shown.
status-offline = No internet right now. Your requests are safe on this phone.
status-send-now = Send now
status-retry = Try again
status-check = Ask the hotline for news
status-new = Start a new request

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = We have read your request. We will contact you in the way you chose.
reply-call_planned = We will call you on { $day } between { $from } and { $to } (your time).
reply-message_planned = We will send you a message on { $day } between { $from } and { $to } (your time).
reply-interpreter = We are finding an interpreter who speaks your language. We will contact you soon.
reply-referred = We have asked a partner organisation near you to help. They will contact you in the way you chose.
reply-call_us = Please call us when it is safe for you. You choose the time.
reply-danger = If you are in danger now, call the emergency number. You can find it in this app.
reply-closed = We have closed your request. You can send a new one at any time.
reply-unknown = The hotline sent a message that this version of the app cannot show. Please update the app when it is safe.

## Survivors' voices: asked once after the hotline closes a request
feedback-offer = Your request is closed. Would you tell us how the help went? Three short questions. You can skip them.
feedback-private = Your answers are sent without your request or your name. The hotline only sees totals.
feedback-start = Answer
feedback-skip = No, thanks
feedback-send = Send answers
feedback-q-helped = Did you get the help you needed?
feedback-q-safe = Did you feel safe when we contacted you?
feedback-q-recommend = Would you tell a friend about us?
feedback-a-yes = Yes
feedback-a-partly = Partly
feedback-a-no = No
feedback-thanks = Thank you. Your answers will be sent.
feedback-declined = All right. We will not ask again.
feedback-failed = That did not work. Please try again.

problem-unknown_key = This app needs an update before this request can be sent.
problem-conflict = The hotline has a different request with the same number. Please contact the hotline another way.
problem-malformed = The hotline could not read this request. Please start a new request.
problem-too_large = This request is too long. Please start a new one with a shorter message.
problem-unsupported_media_type = This app needs an update before this request can be sent.
problem-other = The network or the hotline refused this request. You can try again, or try another network.

## Several people on one device (outreach)

drafts-title = Requests not sent yet
drafts-continue = Continue
drafts-delete = Delete
drafts-none = Nothing waiting.

# A person helped by an outreach worker may not keep the phone: instead of reading the
# hotline's answers here, they take a reference (words or numbers) to check on any phone.
review-reference = This person will not keep this phone: give them a reference
review-reference-hint = With a reference, they can read the hotline's answers on any phone with this app. This phone will only show whether the hotline got the request.
assisted-organisation-label = Your organisation (you, the outreach worker)
assisted-hint = The hotline will see that you helped this person, and who you work with.
assisted-channel-label = How the hotline can reach you (optional)
reference-title = The person's reference
reference-intro = Give these words to the person. With them, they can read the hotline's answers on any phone with this app. This phone writes them nowhere, and forgets them once the person has them.
# Addressed to the person, in their own language, under the worker's words above (the screen
# around it may be in the worker's language), and read aloud. $requests and $check: the names
# of the buttons that lead to checking a reference (status-title, status-check-reference).
reference-for-person = These words are yours. With them, you can read the hotline's answers. On any phone with this app, open “{ $requests }”, then “{ $check }”, and type the words or the numbers. Keep them safe: anyone who has them can read the answers.
reference-words = The words
reference-digits = The same reference as numbers
reference-request = Request { $number }
reference-done = The person has their reference
reference-again = The app was locked while the reference was shown. Here it is again: give it to the person now.
status-check-reference = Check a reference
check-reference-title = Check a reference
check-reference-intro = Type the words or numbers you were given. This phone does not keep them, or the answers.
check-reference-no-hotline = This app is not set up with a hotline yet, so it cannot check a reference here. Please try on another phone with this app.
check-reference-label = Words or numbers
check-reference-submit = Check
check-reference-working = Checking. This can take a few seconds…
check-reference-no-replies = No messages from the hotline yet.
# A button under a checked reference's answers: shows them in another language, the one the
# reference's words were typed in or the screens' own. $language: that language's name in its own
# script (Español, العربية, English).
check-reference-show-in = Show in { $language }

# Worker mode: an outreach worker's own phone. The worker's screens stay in the worker's
# language; the person's questions are in the person's language.
worker-title = Outreach
worker-working-as = You work as: { $organisation }
worker-intro = Each person you help answers in their own language. Their answers leave this phone sealed, and they take a reference away. Only each request's number and state stay here.
worker-new-person = Help a new person
# The hand-over screen: the worker gives the phone to the person, who answers the next
# questions alone. The title and handover-person are shown in the person's language,
# handover-worker in the worker's.
handover-title = Questions for you alone
handover-worker = Give the phone to the person now. They answer the next questions alone, and you will not see their answers.
handover-person = The next questions are for you alone. The person helping you will not see your answers.
handover-start = Start
giveback-title = Thank you
giveback-intro = Your answers are sealed. The person helping you cannot see them. Now give the phone back.
giveback-button = Give the phone back
review-private = The person answered this alone. It is not shown.
review-assisted-as = The hotline will see that you helped, as: { $organisation }
review-later = Not now: keep it in “Requests not sent yet”
# The worker's review after the person gave the phone back: the way back into the person's own
# part is to give them the phone again (from the hand-over); they see the consent again.
review-hand-again = Give the phone to the person again
review-hand-again-hint = If the person wants to change what they answered alone, or something there must be fixed. They will see the consent again and choose again.
review-private-fix = Something the person answered alone must be fixed. Only they can fix it: give them the phone again.
# The age screen on a worker's phone after the person gave the phone back, said to the worker in
# the worker's language. Under 18 gives the person a consent with a note for children.
age-given-back-worker = If you change the age to or from under 18, the person must see the consent again: you will give them the phone once more.
age-reopened-worker = The age changed the person's consent. Go on: you will give them the phone again, and they choose again.
setup-worker = I am an outreach worker: I help other people ask for help
setup-worker-hint = The hotline will see your organisation on each request you help with.
worker-org-needed = Write the name of your organisation, or turn off outreach worker mode.
settings-worker-title = Outreach worker mode
settings-worker-intro = Help other people send requests from this phone. Their answers are sealed, and each person takes a reference away.
settings-worker-on = Turn on
settings-worker-save = Save changes
settings-worker-off = Turn off
settings-worker-saved = Done. Outreach worker mode is on.
settings-worker-removed = Done. Outreach worker mode is off.

## Read aloud (a speaker button beside each question, choice and the consent text)

# The speaker button's accessible name: what it will read.
speak-read = Read aloud: { $text }
speak-stop = Stop reading
speak-no-voice = There is no voice for this language on this phone.
speak-unavailable = Reading aloud does not work on this phone right now.
speak-headphones = Use headphones if someone nearby could hear.

## Settings

settings-title = Settings
settings-language = Language
settings-read-aloud = Read each screen aloud when it opens
settings-lock = Lock now
settings-less-protected = Less protected on this device: there is no safe key store here, so anyone who copies the app's files could try to guess your PIN. A longer PIN protects you better.
settings-duress-title = Emergency PIN
settings-duress-intro = A second PIN for when someone forces you to open the app. It deletes everything without any sign.
settings-current-pin = Your PIN
settings-duress-save = Save emergency PIN
settings-duress-remove = Remove emergency PIN
settings-pin-title = Change your PIN
settings-new-pin = New PIN (6 to 12 numbers)
settings-new-pin-again = New PIN again
settings-pin-save = Change PIN
settings-pin-changed = Your PIN is changed. From now on, use the new PIN.
settings-duress-saved = Done. Your emergency PIN is saved.
settings-duress-removed = Done. There is no emergency PIN now.
pin-wrong-left = { $count ->
    [one] That PIN is not right. After one more wrong PIN, everything on this phone is deleted.
   *[other] That PIN is not right. After { $count } more wrong PINs, everything on this phone is deleted.
}
settings-wipe-title = Delete everything
settings-wipe-intro = This deletes all requests and drafts on this phone. It cannot be undone. Requests the hotline has already received stay with the hotline.
settings-wipe-confirm = Yes, delete everything

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Are you in danger now?
danger-yes-child = Yes, I am in danger
danger-no-child = No, not now
emergency-intro-child = You can call these numbers. You do not need internet.
emergency-call-trace-child = Your phone keeps a list of calls and messages. If you are worried someone will see it, you can delete them after.
needs-title-child = What do you need help with?
needs-intro-child = Tap everything that is true for you. You can skip this.
need-legal_immigration-child = Help with papers or documents
need-labour_exploitation-child = Someone makes me work
need-sexual_exploitation-child = Someone makes me do sexual things
need-money_debt-child = Someone says I owe them money
need-going_home-child = I want to go home or find my family
need-child_at_risk-child = Another child is in danger
urgency-title-child = When do you need help?
for-whom-title-child = Who needs help?
for-whom-self-child = Me
contact-title-child = How can we talk to you safely?
contact-intro-child = Choose a way that is safe for you. Nobody else should see it.
times-title-child = When is it safe for us to call or write?
times-intro-child = You can skip this. Then we will be very careful.
voicemail-title-child = Can we leave a voice message?
someone-else-title-child = If another person answers, what should we do?
responder-title-child = Who do you want to talk to?
more-title-child = Anything else?
more-intro-child = You do not have to answer.
place-label-child = Where are you? The name of a town is enough.
message-label-child = Tell us what is happening, if you want to
consent-title-child = Who can read what you wrote?
consent-intro-child = You choose. The safest choice is already picked.
consent-hotline_only-desc-child = Only the helpers at the hotline read it. They keep it secret.
consent-may_refer_to_services-desc-child = The hotline can tell people who keep children safe, like a doctor, a safe home or a lawyer.
consent-may_involve_police-desc-child = The hotline can also tell the police, so they can stop the people who hurt you.
review-title-child = Look at your answers
review-intro-child = When you send this, it is locked. Only the hotline can open it. Nobody can read it on this phone, not even you.
submit-done-child = Your message is locked on this phone. It will be sent when there is internet.
handover-title-child = Questions just for you
handover-person-child = Only you answer the next questions. Your helper will not see what you say.
giveback-intro-child = Your answers are locked. Your helper cannot see them. Now give the phone back to your helper.
reference-for-person-child = These words are only for you. They let you read what the hotline writes back to you. On any phone with this app, tap “{ $requests }”, then “{ $check }”, and type the words or the numbers. Keep them secret: anyone who has them can read the answers.

## Errors (codes come from the app's core)

error-wrong_pin = That PIN is not right.
error-locked = Please open the app with your PIN first.
error-no_hotline = This app is not connected to a hotline yet. Your draft is saved.
error-invalid = Some answers need a change. Please look at the marked questions.
error-pin_too_short = A PIN has 6 to 12 numbers.
error-duress_same_as_pin = The emergency PIN must be different from your PIN.
error-worker_drafts_open = Outreach worker mode stays on while requests of people you help are not sent. Send them, or delete them in “Requests not sent yet”, then turn it off.
error-already_set_up = This app is already set up.
error-not_found = This was not found. It may have been deleted.
error-internal = Something went wrong. Your saved requests are safe. Please try again.
error-not_set_up = This app is not set up yet. Please choose a PIN first.
error-busy = The app is busy sending. Please try again in a moment.
error-status_unavailable = The hotline could not be asked right now. Your request is safe. Please try again later.
error-malformed = Some answers could not be read. Please check them and try again.
error-too_large = This is too long to send. Please make your message shorter.
error-unsupported_version = This app needs an update.
error-profile = This app's hotline details are not right. Your draft is saved. Please get an updated app.
error-sync_client = The app cannot connect safely right now. Your request is saved and will be sent later.
error-already_exists = This is already saved.
error-empty_pin = Please type your PIN.
error-invalid_kdf_params = This app's settings are not right. Please get an updated app.
error-device_secret_unavailable = The app cannot reach this phone's secure storage. Please restart the phone and try again.
error-envelope = Your request could not be sealed for the hotline. It is still saved as a draft.
error-receipt_mismatch = The hotline's answer could not be checked. Your request will be sent again.
error-corrupt = The app's saved data is damaged. It cannot be opened.
error-io = The phone could not save this. It may be full. Please free some space and try again.
error-database = The app could not read or save its data. Your saved requests are safe. Please try again.
error-pin_too_long = A PIN has 6 to 12 numbers.
error-pin_not_digits = A PIN has only numbers.
error-reference_word_count = A reference has 9 words. Please check that you typed all of them.
error-reference_unknown_word = One of the words is not right. Please check the spelling.
check-reference-wrong-word = Word { $number } is not right. Please check its spelling.
error-reference_digits = A reference has 22 numbers. Please check that you typed all of them.
error-reference_check = One word or number is not right. Please check each one and try again.
error-reference_not_found = The hotline does not have a request with this reference yet. If it was sent from a phone without internet, it arrives when that phone is online again: please try again later. If it is still not found, check each word or number.

field-error-empty = Please fill this in, or skip the question.
field-error-not_trimmed = Please remove the spaces at the start or end.
field-error-too_long = This is too long. At most { $max } letters.
field-error-too_many_bytes = This is too long.
field-error-too_many = Too many. At most { $max }.
field-error-duplicate = This is in the list twice.
field-error-control_characters = This has characters that cannot be used.
field-error-invalid_phone = This phone number does not look right. Start with + and the country code.
field-error-invalid_region = This country is not known.
field-error-invalid_email = This email address does not look right.
field-error-invalid_language = This language is not known.
field-error-invalid_time_zone = This time zone is not known.
field-error-invalid_time = Please choose a start and an end time that are different.
field-error-no_contact_method = Please choose at least one way to reach you. "I will look in this app" is enough.
field-error-unsupported_version = This app needs an update.
