## Reach staff inbox — English (source language)
## Staff read these on a work computer; plain and exact, no jargon.

-locale-name = English
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = source

inbox-title = Reach inbox
skip-to-main = Skip to the main content

## Login
login-title = Staff login
login-name = Name
login-password = Password
login-code = Code from your authenticator app
login-submit = Log in
login-failed = Wrong name, password or code.
login-locked = Too many failed logins. Try again in { $seconds } seconds.
login-expired = Your session ended. Please log in again.
logout = Log out
logged-in-as = Logged in as { $name } ({ $role })

## Roles
role-operator = operator
role-supervisor = supervisor
role-admin = admin

## List
list-title = Requests
list-empty = No request matches these filters.
list-count = { $count ->
    [one] One request
   *[other] { $count } requests
}
filter-title = Filters
filter-state = State
filter-language = Language
filter-need = Need
filter-urgency = Urgency
filter-assignee = Assigned to
filter-any = Any
filter-unassigned = Nobody
filter-apply = Show
flag-danger = Danger now
flag-child = Child
flag-assisted = Assisted
col-request = Request
col-received = Received
col-state = State
col-language = Language
col-needs = Needs
col-assignee = Assigned to
not-answered = not answered
set-aside = { $count ->
    [one] One stored request could not be opened. Ask an administrator to look at it.
   *[other] { $count } stored requests could not be opened. Ask an administrator to look at them.
}

pages = Pages of the list
page-of = Page { $page } of { $pages }
page-previous = Previous page
page-next = Next page

## States
state-received = New
state-in_review = In review
state-answered = Answered
state-closed = Closed
state-contact_planned = Contact planned
state-needs_interpreter = Needs interpreter
state-referred = Referred to partner

## Urgency
urgency-now = Now
urgency-today = Today
urgency-this_week = This week
urgency-not_urgent = Not urgent

## Needs
need-safety_now = Safety now
need-shelter = Shelter
need-medical = Medical help
need-legal_immigration = Papers, legal help
need-labour_exploitation = Forced or exploited work
need-sexual_exploitation = Sexual exploitation
need-child_at_risk = A child is at risk
need-money_debt = Debt, money owed
need-going_home = Going home
need-interpreter = Interpreter
need-other = Something else

## Request page
request-title = Request { $id }
back-to-list = Back to the list
safe-contact-title = Safe contact: read before any contact
safe-methods = Allowed ways to answer
method-check_back_in_app = Only in the app: the person will look there. Do not call or write.
method-call = Call { $phone }
method-sms = Text message to { $phone }
method-messaging_app = { $app }: { $handle }
method-email = Email { $address }
method-in_person_via_outreach = In person, through the outreach worker
voicemail-no = Do not leave a voicemail.
voicemail-yes = A voicemail is allowed.
code-word = Code word: { $word }
someone-else = If someone else answers:
someone-else-hang_up = Hang up without a word.
someone-else-say_wrong_number = Say it is a wrong number.
someone-else-ask_for_code_word = Ask for the code word before saying anything.
someone-else-other = In the person's words: { $text }
responder = Answer by: { $gender }
responder-woman = a woman
responder-man = a man
responder-any_gender = anyone
safe-times = Safe times, in your time zone ({ $zone })
safe-times-none = The person gave no safe times: prefer the app or a text message.
safe-time-row = { $days } { $start }–{ $end } (their time: { $theirs })
any-day = Every day
now-safe = Now is a safe time to contact.
now-not-safe = Now is NOT a safe time to contact.
request-details = What the person wrote
field-needs = Needs
field-urgency = Urgency
field-for-whom = For whom
field-age = Age
field-language = Language
field-place = Place
field-message = Message
field-consent = Consent
for-whom-self = The person themselves
for-whom-someone_else = Someone else
for-whom-assisted_by_outreach = With an outreach worker
age-under_18 = Under 18
age-18_to_25 = 18 to 25
age-26_to_59 = 26 to 59
age-60_plus = 60 or older
consent-hotline_only = Only the hotline
consent-may_refer_to_services = The hotline and support services
consent-may_involve_police = Services and the police
child-warning = A child may be involved: follow the child safeguarding procedure.
assisted-by = Assisted by an outreach worker:
consent-assisted = Given by the person, with the outreach worker’s help

## Notes
notes-title = Notes for colleagues
notes-none = No notes yet.
note-by = { $author }, { $day }
note-add = Add a note (only staff see it; stored encrypted)
note-submit = Save note
note-unreadable = This note could not be opened.
done-note = Note saved.

## Replies to the person
reply-title = Reply to the person
reply-intro = The person reads your reply in their own language ({ $language }): their phone translates the message you choose. Times are in the person's time zone.
reply-template = Message
reply-day = Day
reply-from = From (person's time)
reply-to = To (person's time)
reply-text = Short note (optional; shown exactly as you write it, not translated)
reply-text-hint = At most { $max } characters. Write nothing that would harm the person if someone else reads their phone.
reply-submit = Seal and send reply
reply-sent-title = Replies sent
reply-none = No replies yet.
reply-by = Reply { $seq }, { $author }, { $day }
reply-unreadable = This reply could not be opened.
reply-no-key = This request came from an older app without a reply key: no reply can reach the phone. Contact the person as their safe-contact plan says.
reply-note-label = Note:
done-reply = Reply sealed. The person's phone fetches it when it next connects.
error-reply-params = This message needs a day and a time window (a start and a different end).
error-reply-text = The note has at most { $max } characters.
error-reply-limit = This request already has the most replies allowed ({ $max }).
error-reply-no-key = This request has no reply key.

## Replies as the person reads them (in the person's language on their phone)
reply-received = We have read your request. We will contact you in the way you chose.
reply-call_planned = We will call you on { $day } between { $from } and { $to } (your time).
reply-message_planned = We will send you a message on { $day } between { $from } and { $to } (your time).
reply-interpreter = We are finding an interpreter who speaks your language. We will contact you soon.
reply-referred = We have asked a partner organisation near you to help. They will contact you in the way you chose.
reply-call_us = Please call us when it is safe for you. You choose the time.
reply-danger = If you are in danger now, call the emergency number. You can find it in this app.
reply-closed = We have closed your request. You can send a new one at any time.

## Actions
actions-title = Work on this request
assign-me = Assign to me
assign-to = Assign to
assign-submit = Assign
unassign = Unassign
state-set = Set state
state-submit = Save state
done-assigned = Assigned.
done-state = State saved.

## Errors
error-forbidden = Your role does not allow this.
error-csrf = This form is out of date. Please try again.
error-not-found = There is no such request.
error-bad-input = That was not a valid choice.
error-note-length = A note has 1 to 2000 characters.
weekday-monday = Mon
weekday-tuesday = Tue
weekday-wednesday = Wed
weekday-thursday = Thu
weekday-friday = Fri
weekday-saturday = Sat
weekday-sunday = Sun

## Staff accounts (admins only)
nav-staff = Staff accounts
staff-title = Staff accounts
staff-add-title = Add a staff member
staff-name = Login name
staff-name-help = 1 to 64 characters: small letters a–z, digits 0–9, dot (.), underscore (_) or hyphen (-).
staff-role = Role
staff-add-submit = Add and show their login
staff-list-title = Accounts
staff-enabled = can log in
staff-disabled = disabled: cannot log in
staff-locked = Locked for now after failed logins. The lock ends by itself, or with a new password.
staff-you = This is your account. Only another admin can change it.
staff-role-of = Role of { $name }
staff-role-submit = Change role
staff-disable = Disable { $name }
staff-enable = Enable { $name }
staff-reset = New password and code for { $name }
staff-reset-help = For a forgotten password, a lost phone, or a login someone else may know: the old password and authenticator stop working, and open sessions end.
staff-done-role = The role of { $name } is changed.
staff-done-disabled = { $name } is disabled and logged out.
staff-done-enabled = { $name } can log in again.
staff-error-own = Nobody can change their own account. Ask another admin.
staff-error-bad-name = That name cannot be used. A name is 1 to 64 characters: small letters a–z, digits 0–9, dot (.), underscore (_) or hyphen (-).
staff-error-taken = A staff member with that name already exists. Choose another name.
staff-error-unknown = There is no staff member with that name.

## A new login, shown once
creds-title-added = New account: { $name }
creds-title-reset = New login for { $name }
creds-once = Shown this once only: it cannot be shown again. Give it to { $name } now, in person. They keep the password in a password manager and scan the code with their authenticator app.
creds-password = Password
creds-authenticator = Authenticator app
creds-qr-label = QR code to scan with the authenticator app of { $name }
creds-uri = If the code cannot be scanned, enter this link in the authenticator app:
creds-done = Done: back to staff accounts

## Export for a partner's case system
export-title = Export for a partner
export-help = Tick the requests to export in the list below, choose a format and how to protect the file, then download it. Export only what the partner needs.
export-hotline-only = A request whose consent is “Only the hotline” has no box to tick: the person was told the hotline does not share it.
export-select = Select request { $id }
export-format = Format
export-format-json = JSON (for case systems)
export-format-csv = CSV (for spreadsheets)
export-protect = Protect the file with
export-protect-passphrase = A passphrase
export-protect-key = The partner's public key
export-passphrase = Passphrase (at least 12 characters)
export-passphrase-hint = Give the passphrase to the partner by another channel, for example by phone. Never send it with the file.
export-recipient = The partner's public key (starts with age1)
export-recipient-hint = The partner gives you this key. Only the partner can open the file.
export-submit = Download the encrypted file
export-error-none = Nothing was exported: select at least one request.
export-error-too-many = Nothing was exported: at most { $max } requests at a time.
export-error-passphrase = Nothing was exported: the passphrase needs at least 12 characters.
export-error-recipient = Nothing was exported: that is not a public key. It starts with age1.
export-error-unknown = Nothing was exported: one of the selected requests does not exist.
export-error-hotline-only = Nothing was exported: one of the selected requests has the consent “Only the hotline”. The person was told the hotline does not share it.

## Survivors' voices
nav-label = Inbox sections
voices-title = Survivors' voices
voices-intro = After a request is closed, the app asks the person, once and only if they want, three questions about the help they got. Their answers arrive without the request or any name, and are shown here only as monthly totals.
voices-rules = Only months that have ended are shown, each with at least { $min } answers; a count under { $min } is hidden, with one more where it could otherwise be worked out.
voices-none = No month has enough answers to show yet.
voices-month = { $month }: { $count ->
    [one] { $count } answer
   *[other] { $count } answers
}
voices-question = Question
voices-q-helped = Did you get the help you needed?
voices-q-safe = Did you feel safe when we contacted you?
voices-q-recommend = Would you tell a friend about us?
voices-a-yes = Yes
voices-a-partly = Partly
voices-a-no = No
voices-a-none = Not answered
voices-hidden = hidden (under { $min })
voices-withheld = { $count ->
    [one] One ended month is not shown: it has fewer than { $min } answers.
   *[other] { $count } ended months are not shown: each has fewer than { $min } answers.
}
voices-unreadable = { $count ->
    [one] One answer could not be read and is not counted.
   *[other] { $count } answers could not be read and are not counted.
}
