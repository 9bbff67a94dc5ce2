## Reach — ខ្មែរ (Khmer)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = ខ្មែរ
# The language's name in English, for the language search.
-locale-english = Khmer
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ម៉ាស៊ីនគិតលេខ
quick-exit = ចេញភ្លាម
quick-exit-hint = លាក់កម្មវិធីនេះភ្លាមៗ
back = ថយក្រោយ
next = បន្ទាប់
skip = រំលងចំណុចនេះ
save = រក្សាទុក
cancel = បោះបង់
close = បិទ
done = រួចរាល់
optional = មិនចាំបាច់
step-of = ជំហាន { $current } ក្នុងចំណោម { $total }
saved-locked = បានរក្សាទុក និងចាក់សោនៅលើទូរស័ព្ទនេះ

## Calculator (the app's disguise)

calc-label = ម៉ាស៊ីនគិតលេខ
calc-display-label = លទ្ធផល
calc-clear = C
calc-equals = =
calc-error = កំហុស

## First use: a private PIN

setup-title = ធ្វើឱ្យកម្មវិធីនេះជារបស់អ្នកតែម្នាក់
setup-intro = ជ្រើសរើសលេខសម្ងាត់មួយ (PIN)។ មានតែអ្នកទេដែលគួរដឹងលេខនេះ។
setup-how = ពេលក្រោយ ដើម្បីបើកកម្មវិធីនេះ សូមវាយលេខសម្ងាត់របស់អ្នកនៅលើម៉ាស៊ីនគិតលេខ រួចចុច =។
setup-pin-label = លេខសម្ងាត់របស់អ្នក (ពី 6 ទៅ 12 ខ្ទង់)
setup-pin-repeat-label = វាយលេខសម្ងាត់របស់អ្នកម្តងទៀត
setup-duress-title = លេខសម្ងាត់បន្ទាន់ (អ្នកអាចរំលងចំណុចនេះបាន)
setup-duress-intro = បើមាននរណាម្នាក់បង្ខំអ្នកឱ្យបើកកម្មវិធីនេះ សូមវាយលេខសម្ងាត់ផ្សេងនេះជំនួសវិញ។ កម្មវិធីនឹងមើលទៅទទេ ហើយអ្វីៗទាំងអស់នៅក្នុងនោះនឹងត្រូវលុបចោល ដោយគ្មានសញ្ញាអ្វីឡើយ។
setup-duress-label = លេខសម្ងាត់បន្ទាន់
setup-submit = រក្សាទុកលេខសម្ងាត់របស់ខ្ញុំ
setup-mismatch = លេខសម្ងាត់ទាំងពីរមិនដូចគ្នាទេ។ សូមព្យាយាមម្តងទៀត។

## Language

lang-title = ជ្រើសរើសភាសារបស់អ្នក
lang-intro = អ្នកអាចប្តូរវាពេលក្រោយនៅក្នុងការកំណត់។
lang-search-label = ស្វែងរកភាសារបស់អ្នក
lang-search-hint = វាយឈ្មោះភាសារបស់អ្នក ជាភាសាណាក៏បាន
lang-search-none = គ្មានភាសាណាត្រូវនឹងពាក្យនេះទេ។ សាកវាយអក្សរតិចជាងនេះ។
lang-yours = ភាសានៅលើទូរស័ព្ទនេះ
lang-all = ភាសាទាំងអស់
lang-load-failed = មិនអាចបើកភាសានេះបានទេ ដូច្នេះកម្មវិធីបង្ហាញជាភាសាអង់គ្លេស។

## Age (asked early, optional: under 18 switches to the child's path)

age-title = តើអ្នកអាយុប៉ុន្មាន?
age-intro = អ្នកអាចរំលងចំណុចនេះបាន។ បើអ្នកអាយុក្រោម 18 ឆ្នាំ កម្មវិធីនឹងប្រើពាក្យងាយៗ និងបង្ហាញជំនួយសម្រាប់កុមារ។
age-under_18 = ក្រោម 18 ឆ្នាំ
age-18_to_25 = 18 ដល់ 25 ឆ្នាំ
age-26_to_59 = 26 ដល់ 59 ឆ្នាំ
age-60_plus = 60 ឆ្នាំ ឬលើសពីនេះ

## Danger check and emergency numbers

danger-title = តើអ្នកកំពុងមានគ្រោះថ្នាក់ឥឡូវនេះទេ?
danger-yes = បាទ/ចាស ខ្ញុំកំពុងមានគ្រោះថ្នាក់ឥឡូវនេះ
danger-no = ទេ មិនមែនឥឡូវនេះទេ
emergency-title = លេខទូរស័ព្ទបន្ទាន់
emergency-intro = អ្នកអាចហៅលេខទាំងនេះបាន ដោយមិនចាំបាច់មានអ៊ីនធឺណិត។
emergency-country-label = ប្រទេសរបស់អ្នក
emergency-police = ប៉ូលិស និងសេវាបន្ទាន់
emergency-hotline = ជំនួយសម្រាប់អ្នកដែលត្រូវបានគេជួញដូរ ឬបង្ខំឱ្យធ្វើការ
emergency-children = ជំនួយសម្រាប់កុមារ និងយុវវ័យ
emergency-call = ហៅទៅ { $number }
emergency-source = ប្រភព៖ { $source }
emergency-checked = បានពិនិត្យ៖ { $date }
emergency-not-checked = មិនទាន់បានពិនិត្យម្តងទៀតនៅឡើយ។ បើលេខនេះមិនដំណើរការ សូមហៅលេខបន្ទាន់។
emergency-none = យើងមិនទាន់មានលេខសម្រាប់ប្រទេសនេះនៅឡើយទេ។ បើអ្នកមានគ្រោះថ្នាក់ សូមហៅលេខបន្ទាន់ក្នុងតំបន់។
emergency-continue = បន្ត ហើយសុំជំនួយ

## What help is needed

needs-title = តើអ្នកត្រូវការជំនួយអ្វី?
needs-intro = ជ្រើសរើសអ្វីៗទាំងអស់ដែលត្រូវនឹងអ្នក។ អ្នកអាចរំលងចំណុចនេះបាន។
need-safety_now = ឱ្យមានសុវត្ថិភាពឥឡូវនេះ
need-shelter = កន្លែងស្នាក់នៅដែលមានសុវត្ថិភាព
need-medical = គ្រូពេទ្យ ឬថ្នាំ
need-legal_immigration = ជំនួយផ្នែកឯកសារ ទិដ្ឋាការ ឬច្បាប់
need-labour_exploitation = បញ្ហានៅកន្លែងធ្វើការ ឬមិនបានប្រាក់ឈ្នួល
need-sexual_exploitation = ត្រូវបានគេបង្ខំឱ្យរួមភេទ
need-child_at_risk = កុមារម្នាក់កំពុងមានគ្រោះថ្នាក់
need-money_debt = លុយ ឬបំណុល
need-going_home = ត្រឡប់ទៅផ្ទះវិញ ឬស្វែងរកក្រុមគ្រួសារ
need-interpreter = អ្នកដែលនិយាយភាសារបស់ខ្ញុំ
need-other = អ្វីផ្សេងទៀត
urgency-title = តើអ្នកត្រូវការជំនួយឆាប់ប៉ុណ្ណា?
urgency-now = ឥឡូវនេះ
urgency-today = ថ្ងៃនេះ
urgency-this_week = សប្តាហ៍នេះ
urgency-not_urgent = អាចរង់ចាំបាន
for-whom-title = តើសំណើនេះសម្រាប់នរណា?
for-whom-self = សម្រាប់ខ្ញុំ
for-whom-someone_else = សម្រាប់អ្នកផ្សេង
for-whom-assisted_by_outreach = ខ្ញុំជាបុគ្គលិកចុះមូលដ្ឋាន ដែលកំពុងជួយអ្នកណាម្នាក់

## Safe contact

contact-title = តើខ្សែទូរស័ព្ទជំនួយអាចទាក់ទងអ្នកដោយសុវត្ថិភាពតាមរបៀបណា?
contact-intro = ជ្រើសរើសយ៉ាងហោចណាស់មួយវិធី។ ជ្រើសរើសតែវិធីណាដែលមានសុវត្ថិភាពសម្រាប់អ្នក។
contact-call = ការហៅទូរស័ព្ទ
contact-sms = សារខ្លី (SMS)
contact-messaging_app = កម្មវិធីផ្ញើសារ
contact-email = អ៊ីមែល
contact-in_person_via_outreach = ជួបផ្ទាល់ តាមរយៈបុគ្គលិកចុះមូលដ្ឋាន
contact-check_back_in_app = ខ្ញុំនឹងមើលចម្លើយនៅក្នុងកម្មវិធីនេះ
contact-phone-label = លេខទូរស័ព្ទ ជាមួយលេខកូដប្រទេស (ឧទាហរណ៍ +855…)
contact-app-label = កម្មវិធីណា? (ឧទាហរណ៍ Telegram, WhatsApp, Signal)
contact-handle-label = ឈ្មោះ ឬលេខរបស់អ្នកនៅក្នុងកម្មវិធីនោះ
contact-email-label = អាសយដ្ឋានអ៊ីមែល
times-title = តើពេលណាដែលមានសុវត្ថិភាពក្នុងការទាក់ទងអ្នក?
times-intro = អ្នកអាចរំលងចំណុចនេះបាន។ ពេលនោះ ខ្សែទូរស័ព្ទជំនួយនឹងប្រុងប្រយ័ត្នជាពិសេស។
times-add = បន្ថែមពេលវេលាដែលមានសុវត្ថិភាព
times-remove = លុបពេលវេលានេះចេញ
times-from = ចាប់ពី
times-to = ដល់
times-days = ថ្ងៃ
times-any-day = ថ្ងៃណាក៏បាន
times-zone = ល្វែងម៉ោង
weekday-mon = ថ្ងៃច័ន្ទ
weekday-tue = ថ្ងៃអង្គារ
weekday-wed = ថ្ងៃពុធ
weekday-thu = ថ្ងៃព្រហស្បតិ៍
weekday-fri = ថ្ងៃសុក្រ
weekday-sat = ថ្ងៃសៅរ៍
weekday-sun = ថ្ងៃអាទិត្យ
voicemail-title = តើខ្សែទូរស័ព្ទជំនួយអាចទុកសារជាសំឡេងបានទេ?
voicemail-yes = បាន សារជាសំឡេងមានសុវត្ថិភាព
voicemail-no = ទេ កុំទុកសារជាសំឡេងដាច់ខាត
voicemail-unsaid = បើអ្នកមិនលើកទូរស័ព្ទ ខ្សែទូរស័ព្ទជំនួយនឹងមិនទុកសារជាសំឡេងទេ។
code-word-label = ពាក្យសម្ងាត់
code-word-hint = ខ្សែទូរស័ព្ទជំនួយនឹងនិយាយពាក្យនេះ ដើម្បីឱ្យអ្នកដឹងថាពិតជាពួកគេមែន។
someone-else-title = បើមានអ្នកផ្សេងលើកទូរស័ព្ទ ខ្សែទូរស័ព្ទជំនួយគួរតែ…
someone-else-hang_up = ដាក់ទូរស័ព្ទចុះ
someone-else-say_wrong_number = និយាយថាហៅខុសលេខ
someone-else-ask_for_code_word = សួររកពាក្យសម្ងាត់
someone-else-other = អ្វីផ្សេងទៀត
someone-else-other-label = តើពួកគេគួរធ្វើអ្វី?
responder-title = តើអ្នកចង់និយាយជាមួយនរណា?
responder-woman = ស្ត្រី
responder-man = បុរស
responder-any_gender = នរណាក៏បាន
responder-language-label = ភាសាដែលអ្នកចង់ឱ្យគេឆ្លើយតប

## More (all optional)

more-title = បន្តិចទៀតអំពីអ្នក
more-intro = ទាំងអស់នេះមិនចាំបាច់ឆ្លើយទេ។
place-label = តើអ្នកនៅឯណា? ប្រាប់តែទីក្រុង ឬតំបន់ក៏គ្រប់គ្រាន់ដែរ។
place-hint = ចែករំលែកតែអ្វីដែលអ្នកចង់ចែករំលែក។ កម្មវិធីនេះមិនដែលប្រើទីតាំងរបស់អ្នកទេ។
message-label = សាររបស់អ្នក
message-hint = អ្នកអាចសរសេរជាភាសាណាក៏បាន។
message-left =
    { $count ->
       *[other] នៅសល់ { $count } តួអក្សរ
    }

## Consent

consent-title = តើនរណាអាចមើលសំណើរបស់អ្នកបាន?
consent-intro = អ្នកជាអ្នកសម្រេចចិត្ត។ ជម្រើសដែលឯកជនបំផុតត្រូវបានជ្រើសរើសរួចហើយ។
consent-hotline_only = តែខ្សែទូរស័ព្ទជំនួយប៉ុណ្ណោះ
consent-hotline_only-desc = មានតែក្រុមការងារខ្សែទូរស័ព្ទជំនួយទេដែលអាន។ ពួកគេមិនចែករំលែកវាទេ។
consent-may_refer_to_services = ខ្សែទូរស័ព្ទជំនួយ និងសេវាដែលអាចជួយបាន
consent-may_refer_to_services-desc = ខ្សែទូរស័ព្ទជំនួយអាចចែករំលែកវាជាមួយកន្លែងស្នាក់នៅសុវត្ថិភាព គ្រូពេទ្យ ឬមេធាវី ដើម្បីជួយអ្នក។
consent-may_involve_police = ខ្សែទូរស័ព្ទជំនួយ សេវានានា និងប៉ូលិស
consent-may_involve_police-desc = ខ្សែទូរស័ព្ទជំនួយក៏អាចប្រាប់ប៉ូលិសផងដែរ។
consent-child-note = ដោយសារអ្នកអាយុក្រោម 18 ឆ្នាំ ខ្សែទូរស័ព្ទជំនួយប្រហែលជាត្រូវប្រាប់អ្នកដែលមានភារកិច្ចការពារកុមារ ដើម្បីរក្សាសុវត្ថិភាពអ្នក។

## Review and send

review-title = ពិនិត្យសំណើរបស់អ្នក
review-intro = សំណើរបស់អ្នកនឹងត្រូវចាក់សោ ដើម្បីឱ្យមានតែខ្សែទូរស័ព្ទជំនួយទេដែលអាចបើកវាបាន។ ក្រោយពេលអ្នកផ្ញើ គ្មាននរណាម្នាក់អាចអានវានៅលើទូរស័ព្ទនេះបានទេ សូម្បីតែអ្នកក៏មិនអាចដែរ។
review-not-answered = មិនទាន់ឆ្លើយ
review-change = ប្តូរ
review-needs = ជំនួយដែលត្រូវការ
review-contact = វិធីទាក់ទងអ្នក
review-times = ពេលវេលាដែលមានសុវត្ថិភាព
review-more = បន្ថែមអំពីអ្នក
review-consent = អ្នកដែលអាចមើលបាន
submit = ចាក់សោ ហើយផ្ញើទៅខ្សែទូរស័ព្ទជំនួយ
submit-working = កំពុងចាក់សោសំណើរបស់អ្នក…
submit-done = សំណើរបស់អ្នកត្រូវបានចាក់សោនៅលើទូរស័ព្ទនេះ។ វានឹងត្រូវផ្ញើនៅពេលមានអ៊ីនធឺណិត។

## Status

status-title = សំណើរបស់អ្នក
status-intro = នៅទីនេះ អ្នកអាចមើលឃើញថាសំណើនីមួយៗនៅដល់ណាហើយ។
status-empty = មិនទាន់មានសំណើនៅឡើយទេ។
status-saved = បានរក្សាទុកនៅលើទូរស័ព្ទនេះ និងចាក់សោហើយ។ វានឹងត្រូវផ្ញើនៅពេលមានអ៊ីនធឺណិត។
status-sending = កំពុងផ្ញើឥឡូវនេះ…
status-received = ខ្សែទូរស័ព្ទជំនួយបានទទួលវាហើយ។ យើងបានពិនិត្យបង្កាន់ដៃរបស់ខ្សែទូរស័ព្ទជំនួយហើយ។
status-needs_attention = សំណើនេះត្រូវការការយកចិត្តទុកដាក់ពីអ្នក។
status-attempts =
    { $count ->
       *[other] បានព្យាយាម { $count } ដង
    }
status-hotline-received = កំពុងរង់ចាំអ្នកណាម្នាក់នៅខ្សែទូរស័ព្ទជំនួយអានវា។
status-hotline-in_review = មានអ្នកម្នាក់នៅខ្សែទូរស័ព្ទជំនួយកំពុងអានវា។
status-hotline-answered = ខ្សែទូរស័ព្ទជំនួយបានចាត់វិធានការលើវាហើយ។
status-hotline-closed = ខ្សែទូរស័ព្ទជំនួយបានបិទវាហើយ។
status-hotline-contact_planned = មានអ្នកម្នាក់នៅខ្សែទូរស័ព្ទជំនួយកំពុងរៀបចំផែនការទាក់ទងអ្នកដោយសុវត្ថិភាព។
status-hotline-needs_interpreter = ខ្សែទូរស័ព្ទជំនួយកំពុងស្វែងរកអ្នកដែលនិយាយភាសារបស់អ្នក។
status-hotline-referred = ខ្សែទូរស័ព្ទជំនួយបានស្នើឱ្យអង្គការដៃគូមួយជួយអ្នក។
status-hotline-unknown = ខ្សែទូរស័ព្ទជំនួយមានដំណឹងថ្មីអំពីវា។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី នៅពេលមានសុវត្ថិភាព ដើម្បីមើលបន្ថែម។
status-replies = សារពីខ្សែទូរស័ព្ទជំនួយ
status-reply-note = ខ្សែទូរស័ព្ទជំនួយក៏បានសរសេរផងដែរ (ប្រហែលមិនមែនជាភាសារបស់អ្នក)៖
status-reply-unreadable = មានសារមួយមកដល់ដែលកម្មវិធីនេះមិនអាចពិនិត្យបាន ដូច្នេះវាមិនត្រូវបានបង្ហាញទេ។
status-offline = ឥឡូវនេះគ្មានអ៊ីនធឺណិតទេ។ សំណើរបស់អ្នកមានសុវត្ថិភាពនៅលើទូរស័ព្ទនេះ។
status-send-now = ផ្ញើឥឡូវនេះ
status-retry = ព្យាយាមម្តងទៀត
status-check = សួរខ្សែទូរស័ព្ទជំនួយរកដំណឹងថ្មី
status-new = ចាប់ផ្តើមសំណើថ្មី

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = យើងបានអានសំណើរបស់អ្នកហើយ។ យើងនឹងទាក់ទងអ្នកតាមវិធីដែលអ្នកបានជ្រើសរើស។
reply-call_planned = យើងនឹងហៅទូរស័ព្ទទៅអ្នកនៅ { $day } ចន្លោះម៉ោង { $from } ដល់ { $to } (ម៉ោងរបស់អ្នក)។
reply-message_planned = យើងនឹងផ្ញើសារទៅអ្នកនៅ { $day } ចន្លោះម៉ោង { $from } ដល់ { $to } (ម៉ោងរបស់អ្នក)។
reply-interpreter = យើងកំពុងស្វែងរកអ្នកបកប្រែដែលនិយាយភាសារបស់អ្នក។ យើងនឹងទាក់ទងអ្នកឆាប់ៗនេះ។
reply-referred = យើងបានស្នើឱ្យអង្គការដៃគូមួយនៅជិតអ្នកជួយ។ ពួកគេនឹងទាក់ទងអ្នកតាមវិធីដែលអ្នកបានជ្រើសរើស។
reply-call_us = សូមហៅមកយើង នៅពេលដែលមានសុវត្ថិភាពសម្រាប់អ្នក។ អ្នកជាអ្នកជ្រើសរើសពេលវេលា។
reply-danger = បើអ្នកកំពុងមានគ្រោះថ្នាក់ឥឡូវនេះ សូមហៅលេខបន្ទាន់។ អ្នកអាចរកលេខនោះឃើញនៅក្នុងកម្មវិធីនេះ។
reply-closed = យើងបានបិទសំណើរបស់អ្នកហើយ។ អ្នកអាចផ្ញើសំណើថ្មីបានគ្រប់ពេល។
reply-unknown = ខ្សែទូរស័ព្ទជំនួយបានផ្ញើសារមួយដែលកំណែកម្មវិធីនេះមិនអាចបង្ហាញបាន។ សូមធ្វើបច្ចុប្បន្នភាពកម្មវិធី នៅពេលមានសុវត្ថិភាព។

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = សំណើរបស់អ្នកត្រូវបានបិទហើយ។ តើអ្នកចង់ប្រាប់យើងថាជំនួយនោះយ៉ាងដូចម្តេចទេ? មានតែសំណួរខ្លីៗ 3 ប៉ុណ្ណោះ។ អ្នកអាចរំលងវាបាន។
feedback-private = ចម្លើយរបស់អ្នកត្រូវបានផ្ញើ ដោយគ្មានសំណើ ឬឈ្មោះរបស់អ្នក។ ខ្សែទូរស័ព្ទជំនួយមើលឃើញតែចំនួនសរុបប៉ុណ្ណោះ។
feedback-start = ឆ្លើយ
feedback-skip = ទេ អរគុណ
feedback-send = ផ្ញើចម្លើយ
feedback-q-helped = តើអ្នកបានទទួលជំនួយដែលអ្នកត្រូវការទេ?
feedback-q-safe = តើអ្នកមានអារម្មណ៍សុវត្ថិភាពទេ នៅពេលយើងទាក់ទងអ្នក?
feedback-q-recommend = តើអ្នកនឹងប្រាប់មិត្តភក្តិអំពីយើងទេ?
feedback-a-yes = បាទ/ចាស
feedback-a-partly = បានខ្លះ
feedback-a-no = ទេ
feedback-thanks = អរគុណ។ ចម្លើយរបស់អ្នកនឹងត្រូវផ្ញើ។
feedback-declined = មិនអីទេ។ យើងនឹងមិនសួរម្តងទៀតទេ។
feedback-failed = មិនបានសម្រេចទេ។ សូមព្យាយាមម្តងទៀត។
problem-unknown_key = កម្មវិធីនេះត្រូវការធ្វើបច្ចុប្បន្នភាព មុនពេលអាចផ្ញើសំណើនេះបាន។
problem-conflict = ខ្សែទូរស័ព្ទជំនួយមានសំណើផ្សេងមួយដែលមានលេខដូចគ្នា។ សូមទាក់ទងខ្សែទូរស័ព្ទជំនួយតាមវិធីផ្សេង។
problem-malformed = ខ្សែទូរស័ព្ទជំនួយមិនអាចអានសំណើនេះបានទេ។ សូមចាប់ផ្តើមសំណើថ្មី។
problem-too_large = សំណើនេះវែងពេក។ សូមចាប់ផ្តើមសំណើថ្មី ដោយសរសេរសារខ្លីជាងនេះ។
problem-unsupported_media_type = កម្មវិធីនេះត្រូវការធ្វើបច្ចុប្បន្នភាព មុនពេលអាចផ្ញើសំណើនេះបាន។
problem-other = បណ្តាញ ឬខ្សែទូរស័ព្ទជំនួយបានបដិសេធសំណើនេះ។ អ្នកអាចព្យាយាមម្តងទៀត ឬសាកប្រើបណ្តាញផ្សេង។

## Several people on one device (outreach)

drafts-title = សំណើដែលមិនទាន់បានផ្ញើ
drafts-continue = បន្ត
drafts-delete = លុប
drafts-none = គ្មានអ្វីកំពុងរង់ចាំទេ។
review-reference = មនុស្សនេះនឹងមិនយកទូរស័ព្ទនេះទៅទេ៖ សូមឱ្យលេខកូដមួយដល់គាត់
review-reference-hint = ដោយមានលេខកូដ គាត់អាចអានចម្លើយរបស់ខ្សែទូរស័ព្ទជំនួយ នៅលើទូរស័ព្ទណាក៏បាន ដែលមានកម្មវិធីនេះ។ ទូរស័ព្ទនេះនឹងបង្ហាញតែថា ខ្សែទូរស័ព្ទជំនួយបានទទួលសំណើហើយឬនៅប៉ុណ្ណោះ។
assisted-organisation-label = អង្គការរបស់អ្នក (អ្នក បុគ្គលិកចុះមូលដ្ឋាន)
assisted-hint = ខ្សែទូរស័ព្ទជំនួយនឹងឃើញថាអ្នកបានជួយមនុស្សនេះ និងអ្នកធ្វើការជាមួយអ្នកណា។
assisted-channel-label = របៀបដែលខ្សែទូរស័ព្ទជំនួយអាចទាក់ទងអ្នក (មិនបង្ខំ)
reference-title = លេខកូដរបស់មនុស្សនេះ
reference-intro = សូមឱ្យពាក្យទាំងនេះដល់មនុស្សនេះ។ ដោយមានពាក្យទាំងនេះ គាត់អាចអានចម្លើយរបស់ខ្សែទូរស័ព្ទជំនួយ នៅលើទូរស័ព្ទណាក៏បាន ដែលមានកម្មវិធីនេះ។ ពាក្យទាំងនេះបង្ហាញតែពេលនេះប៉ុណ្ណោះ៖ ទូរស័ព្ទនេះមិនរក្សាទុកវាទេ។
reference-for-person = ពាក្យទាំងនេះជារបស់អ្នក។ ដោយមានពាក្យទាំងនេះ អ្នកអាចអានចម្លើយរបស់ខ្សែទូរស័ព្ទជំនួយ។ នៅលើទូរស័ព្ទណាក៏បាន ដែលមានកម្មវិធីនេះ សូមបើក «{ $requests }» រួចចុច «{ $check }» ហើយវាយពាក្យ ឬលេខទាំងនោះ។ សូមរក្សាទុកវាឱ្យមានសុវត្ថិភាព៖ អ្នកណាក៏ដោយដែលមានវា អាចអានចម្លើយបាន។
reference-words = ពាក្យ
reference-digits = លេខកូដដដែល ជាលេខ
reference-request = សំណើ { $number }
reference-done = មនុស្សនេះមានលេខកូដរបស់គាត់ហើយ
status-check-reference = ពិនិត្យលេខកូដ
check-reference-title = ពិនិត្យលេខកូដ
check-reference-intro = សូមវាយពាក្យ ឬលេខដែលគេបានឱ្យអ្នក។ ទូរស័ព្ទនេះមិនរក្សាទុកពាក្យ ឬលេខទាំងនោះទេ ហើយក៏មិនរក្សាទុកចម្លើយដែរ។
check-reference-label = ពាក្យ ឬលេខ
check-reference-submit = ពិនិត្យ
check-reference-working = កំពុងពិនិត្យ។ អាចចំណាយពេលពីរបីវិនាទី…
check-reference-no-replies = មិនទាន់មានសារពីខ្សែទូរស័ព្ទជំនួយនៅឡើយទេ។
check-reference-show-in = បង្ហាញជា { $language }
worker-title = ការងារចុះមូលដ្ឋាន
worker-working-as = អ្នកធ្វើការជា៖ { $organisation }
worker-intro = មនុស្សម្នាក់ៗដែលអ្នកជួយ ឆ្លើយជាភាសារបស់ខ្លួន។ ចម្លើយចេញពីទូរសព្ទនេះដោយបិទត្រា ហើយមនុស្សនោះយកលេខកូដទៅជាមួយ។ នៅទីនេះសល់តែលេខ និងស្ថានភាពនៃសំណើនីមួយៗប៉ុណ្ណោះ។
worker-new-person = ជួយមនុស្សថ្មីម្នាក់
handover-title = សំណួរសម្រាប់តែអ្នក
handover-worker = ឥឡូវនេះ សូមឲ្យទូរសព្ទទៅមនុស្សនោះ។ គាត់ឆ្លើយសំណួរបន្ទាប់តែម្នាក់ឯង ហើយអ្នកនឹងមិនឃើញចម្លើយរបស់គាត់ទេ។
handover-person = សំណួរបន្ទាប់គឺសម្រាប់តែអ្នក។ អ្នកដែលកំពុងជួយអ្នក នឹងមិនឃើញចម្លើយរបស់អ្នកទេ។
handover-start = ចាប់ផ្ដើម
giveback-title = អរគុណ
giveback-intro = ចម្លើយរបស់អ្នកត្រូវបានបិទត្រា។ អ្នកដែលកំពុងជួយអ្នកមិនអាចមើលឃើញទេ។ ឥឡូវនេះ សូមប្រគល់ទូរសព្ទវិញ។
giveback-button = ប្រគល់ទូរសព្ទវិញ
review-private = មនុស្សនោះបានឆ្លើយផ្នែកនេះតែម្នាក់ឯង។ មិនបង្ហាញទេ។
review-assisted-as = ខ្សែជំនួយនឹងឃើញថាអ្នកបានជួយ ក្នុងនាម៖ { $organisation }
setup-worker = ខ្ញុំជាបុគ្គលិកចុះមូលដ្ឋាន៖ ខ្ញុំជួយអ្នកដទៃឲ្យស្នើសុំជំនួយ
setup-worker-hint = ខ្សែជំនួយនឹងឃើញអង្គការរបស់អ្នក នៅលើសំណើនីមួយៗដែលអ្នកជួយ។
worker-org-needed = សរសេរឈ្មោះអង្គការរបស់អ្នក ឬបិទរបៀបបុគ្គលិកចុះមូលដ្ឋាន។
settings-worker-title = របៀបបុគ្គលិកចុះមូលដ្ឋាន
settings-worker-intro = ជួយអ្នកដទៃផ្ញើសំណើពីទូរសព្ទនេះ។ ចម្លើយរបស់ពួកគេត្រូវបានបិទត្រា ហើយម្នាក់ៗយកលេខកូដទៅជាមួយ។
settings-worker-on = បើក
settings-worker-save = រក្សាទុកការផ្លាស់ប្ដូរ
settings-worker-off = បិទ
settings-worker-saved = រួចរាល់។ របៀបបុគ្គលិកចុះមូលដ្ឋានបានបើក។
settings-worker-removed = រួចរាល់។ របៀបបុគ្គលិកចុះមូលដ្ឋានបានបិទ។

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = អានឲ្យឮ៖ { $text }
speak-stop = ឈប់អាន
speak-no-voice = គ្មានសំឡេងសម្រាប់ភាសានេះនៅលើទូរស័ព្ទនេះទេ។
speak-unavailable = ឥឡូវនេះ ការអានឲ្យឮមិនដំណើរការនៅលើទូរស័ព្ទនេះទេ។
speak-headphones = សូមប្រើកាស ប្រសិនបើមានអ្នកនៅក្បែរអាចឮ។

## Settings

settings-title = ការកំណត់
settings-language = ភាសា
settings-read-aloud = អានអេក្រង់នីមួយៗឲ្យឮ ពេលវាបើក
settings-lock = ចាក់សោឥឡូវនេះ
settings-less-protected = ការការពារតិចជាងនៅលើឧបករណ៍នេះ៖ នៅទីនេះគ្មានកន្លែងរក្សាសោដែលមានសុវត្ថិភាពទេ ដូច្នេះអ្នកណាដែលចម្លងឯកសាររបស់កម្មវិធី អាចសាកទាយលេខសម្ងាត់របស់អ្នក។ លេខសម្ងាត់ដែលវែងជាង ការពារអ្នកបានល្អជាង។
settings-duress-title = លេខសម្ងាត់បន្ទាន់
settings-duress-intro = លេខសម្ងាត់ទីពីរ សម្រាប់ពេលដែលមាននរណាម្នាក់បង្ខំអ្នកឱ្យបើកកម្មវិធី។ វាលុបអ្វីៗទាំងអស់ ដោយគ្មានសញ្ញាអ្វីឡើយ។
settings-current-pin = លេខសម្ងាត់របស់អ្នក
settings-duress-save = រក្សាទុកលេខសម្ងាត់បន្ទាន់
settings-duress-remove = លុបលេខសម្ងាត់បន្ទាន់
settings-pin-title = ប្តូរលេខសម្ងាត់របស់អ្នក
settings-new-pin = លេខសម្ងាត់ថ្មី (ពី 6 ទៅ 12 ខ្ទង់)
settings-new-pin-again = លេខសម្ងាត់ថ្មីម្តងទៀត
settings-pin-save = ប្តូរលេខសម្ងាត់
settings-pin-changed = លេខសម្ងាត់របស់អ្នកត្រូវបានប្តូរហើយ។ ចាប់ពីពេលនេះ សូមប្រើលេខសម្ងាត់ថ្មី។
settings-duress-saved = រួចរាល់។ លេខសម្ងាត់បន្ទាន់របស់អ្នកត្រូវបានរក្សាទុក។
settings-duress-removed = រួចរាល់។ ឥឡូវនេះគ្មានលេខសម្ងាត់បន្ទាន់ទេ។
pin-wrong-left =
    { $count ->
       *[other] លេខសម្ងាត់នោះមិនត្រឹមត្រូវទេ។ បើវាយខុស { $count } ដងទៀត អ្វីៗទាំងអស់នៅលើទូរស័ព្ទនេះនឹងត្រូវលុបចោល។
    }
settings-wipe-title = លុបអ្វីៗទាំងអស់
settings-wipe-intro = ការនេះលុបសំណើ និងសេចក្តីព្រាងទាំងអស់នៅលើទូរស័ព្ទនេះ។ វាមិនអាចយកមកវិញបានទេ។ សំណើដែលខ្សែទូរស័ព្ទជំនួយបានទទួលរួចហើយ នៅតែមាននៅខ្សែទូរស័ព្ទជំនួយ។
settings-wipe-confirm = បាទ/ចាស លុបអ្វីៗទាំងអស់

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = តើអ្នកកំពុងមានគ្រោះថ្នាក់ឥឡូវនេះទេ?
danger-yes-child = បាទ/ចាស ខ្ញុំកំពុងមានគ្រោះថ្នាក់
danger-no-child = ទេ មិនមែនឥឡូវនេះទេ
emergency-intro-child = អ្នកអាចហៅលេខទាំងនេះបាន។ មិនចាំបាច់មានអ៊ីនធឺណិតទេ។
needs-title-child = តើអ្នកត្រូវការជំនួយអំពីអ្វី?
needs-intro-child = ចុចលើអ្វីៗទាំងអស់ដែលពិតសម្រាប់អ្នក។ អ្នកអាចរំលងចំណុចនេះបាន។
need-legal_immigration-child = ជំនួយពីរឿងឯកសារ
need-labour_exploitation-child = មានគេបង្ខំខ្ញុំឱ្យធ្វើការ
need-sexual_exploitation-child = មានគេបង្ខំខ្ញុំឱ្យធ្វើរឿងផ្លូវភេទ
need-money_debt-child = មានគេនិយាយថាខ្ញុំជំពាក់លុយគេ
need-going_home-child = ខ្ញុំចង់ទៅផ្ទះ ឬរកក្រុមគ្រួសាររបស់ខ្ញុំ
need-child_at_risk-child = មានកុមារម្នាក់ទៀតកំពុងមានគ្រោះថ្នាក់
urgency-title-child = តើអ្នកត្រូវការជំនួយនៅពេលណា?
for-whom-title-child = តើនរណាត្រូវការជំនួយ?
for-whom-self-child = ខ្ញុំ
contact-title-child = តើយើងអាចនិយាយជាមួយអ្នកដោយសុវត្ថិភាពតាមរបៀបណា?
contact-intro-child = ជ្រើសរើសវិធីមួយដែលមានសុវត្ថិភាពសម្រាប់អ្នក។ មិនគួរឱ្យអ្នកផ្សេងឃើញវាទេ។
times-title-child = តើពេលណាដែលមានសុវត្ថិភាពឱ្យយើងហៅ ឬសរសេរមក?
times-intro-child = អ្នកអាចរំលងចំណុចនេះបាន។ ពេលនោះយើងនឹងប្រុងប្រយ័ត្នខ្លាំង។
voicemail-title-child = តើយើងអាចទុកសារជាសំឡេងបានទេ?
someone-else-title-child = បើមានអ្នកផ្សេងលើកទូរស័ព្ទ តើយើងគួរធ្វើអ្វី?
responder-title-child = តើអ្នកចង់និយាយជាមួយនរណា?
more-title-child = មានអ្វីផ្សេងទៀតទេ?
more-intro-child = អ្នកមិនចាំបាច់ឆ្លើយទេ។
place-label-child = តើអ្នកនៅឯណា? ប្រាប់តែឈ្មោះទីក្រុងក៏គ្រប់គ្រាន់ដែរ។
message-label-child = ប្រាប់យើងពីអ្វីដែលកំពុងកើតឡើង បើអ្នកចង់
consent-title-child = តើនរណាអាចអានអ្វីដែលអ្នកបានសរសេរ?
consent-intro-child = អ្នកជាអ្នកជ្រើសរើស។ ជម្រើសដែលមានសុវត្ថិភាពបំផុតត្រូវបានជ្រើសរួចហើយ។
consent-hotline_only-desc-child = មានតែអ្នកជួយនៅខ្សែទូរស័ព្ទជំនួយទេដែលអានវា។ ពួកគេរក្សាវាជាការសម្ងាត់។
consent-may_refer_to_services-desc-child = ខ្សែទូរស័ព្ទជំនួយអាចប្រាប់អ្នកដែលការពារកុមារ ដូចជាគ្រូពេទ្យ ផ្ទះសុវត្ថិភាព ឬមេធាវី។
consent-may_involve_police-desc-child = ខ្សែទូរស័ព្ទជំនួយក៏អាចប្រាប់ប៉ូលិសផងដែរ ដើម្បីឱ្យពួកគេអាចបញ្ឈប់អ្នកដែលធ្វើបាបអ្នក។
review-title-child = មើលចម្លើយរបស់អ្នក
review-intro-child = ពេលអ្នកផ្ញើវា វានឹងត្រូវចាក់សោ។ មានតែខ្សែទូរស័ព្ទជំនួយទេដែលអាចបើកវាបាន។ គ្មាននរណាអាចអានវានៅលើទូរស័ព្ទនេះបានទេ សូម្បីតែអ្នក។
submit-done-child = សាររបស់អ្នកត្រូវបានចាក់សោនៅលើទូរស័ព្ទនេះ។ វានឹងត្រូវផ្ញើនៅពេលមានអ៊ីនធឺណិត។

## Errors (codes come from the app's core)

error-wrong_pin = លេខសម្ងាត់នោះមិនត្រឹមត្រូវទេ។
error-locked = សូមបើកកម្មវិធីដោយប្រើលេខសម្ងាត់របស់អ្នកជាមុនសិន។
error-no_hotline = កម្មវិធីនេះមិនទាន់ភ្ជាប់ទៅខ្សែទូរស័ព្ទជំនួយនៅឡើយទេ។ សេចក្តីព្រាងរបស់អ្នកត្រូវបានរក្សាទុក។
error-invalid = ចម្លើយខ្លះត្រូវការកែ។ សូមមើលសំណួរដែលមានសញ្ញាសម្គាល់។
error-pin_too_short = លេខសម្ងាត់មាន 6 ទៅ 12 ខ្ទង់។
error-duress_same_as_pin = លេខសម្ងាត់បន្ទាន់ត្រូវតែខុសពីលេខសម្ងាត់របស់អ្នក។
error-already_set_up = កម្មវិធីនេះបានរៀបចំរួចហើយ។
error-not_found = រកមិនឃើញទេ។ ប្រហែលជាវាត្រូវបានលុបហើយ។
error-internal = មានបញ្ហាអ្វីមួយ។ សំណើដែលអ្នកបានរក្សាទុកនៅតែមានសុវត្ថិភាព។ សូមព្យាយាមម្តងទៀត។
error-not_set_up = កម្មវិធីនេះមិនទាន់បានរៀបចំនៅឡើយទេ។ សូមជ្រើសរើសលេខសម្ងាត់ជាមុនសិន។
error-busy = កម្មវិធីកំពុងរវល់ផ្ញើ។ សូមព្យាយាមម្តងទៀតបន្តិចទៀត។
error-status_unavailable = មិនអាចសួរខ្សែទូរស័ព្ទជំនួយបានទេឥឡូវនេះ។ សំណើរបស់អ្នកមានសុវត្ថិភាព។ សូមព្យាយាមម្តងទៀតពេលក្រោយ។
error-malformed = ចម្លើយខ្លះមិនអាចអានបានទេ។ សូមពិនិត្យវា ហើយព្យាយាមម្តងទៀត។
error-too_large = នេះវែងពេកក្នុងការផ្ញើ។ សូមសរសេរសាររបស់អ្នកឱ្យខ្លីជាងនេះ។
error-unsupported_version = កម្មវិធីនេះត្រូវការធ្វើបច្ចុប្បន្នភាព។
error-profile = ព័ត៌មានខ្សែទូរស័ព្ទជំនួយនៅក្នុងកម្មវិធីនេះមិនត្រឹមត្រូវទេ។ សេចក្តីព្រាងរបស់អ្នកត្រូវបានរក្សាទុក។ សូមយកកម្មវិធីដែលបានធ្វើបច្ចុប្បន្នភាព។
error-sync_client = ឥឡូវនេះកម្មវិធីមិនអាចភ្ជាប់ដោយសុវត្ថិភាពបានទេ។ សំណើរបស់អ្នកត្រូវបានរក្សាទុក ហើយនឹងត្រូវផ្ញើពេលក្រោយ។
error-already_exists = នេះត្រូវបានរក្សាទុករួចហើយ។
error-empty_pin = សូមវាយលេខសម្ងាត់របស់អ្នក។
error-invalid_kdf_params = ការកំណត់របស់កម្មវិធីនេះមិនត្រឹមត្រូវទេ។ សូមយកកម្មវិធីដែលបានធ្វើបច្ចុប្បន្នភាព។
error-device_secret_unavailable = កម្មវិធីមិនអាចចូលទៅកាន់កន្លែងផ្ទុកដែលមានសុវត្ថិភាពរបស់ទូរស័ព្ទនេះបានទេ។ សូមបិទបើកទូរស័ព្ទឡើងវិញ ហើយព្យាយាមម្តងទៀត។
error-envelope = សំណើរបស់អ្នកមិនអាចចាក់សោសម្រាប់ខ្សែទូរស័ព្ទជំនួយបានទេ។ វានៅតែត្រូវបានរក្សាទុកជាសេចក្តីព្រាង។
error-receipt_mismatch = ចម្លើយរបស់ខ្សែទូរស័ព្ទជំនួយមិនអាចពិនិត្យបានទេ។ សំណើរបស់អ្នកនឹងត្រូវផ្ញើម្តងទៀត។
error-corrupt = ទិន្នន័យដែលកម្មវិធីបានរក្សាទុកត្រូវខូច។ វាមិនអាចបើកបានទេ។
error-io = ទូរស័ព្ទមិនអាចរក្សាទុកនេះបានទេ។ ប្រហែលជាវាពេញហើយ។ សូមសម្អាតទំហំខ្លះ ហើយព្យាយាមម្តងទៀត។
error-database = កម្មវិធីមិនអាចអាន ឬរក្សាទុកទិន្នន័យរបស់វាបានទេ។ សំណើដែលអ្នកបានរក្សាទុកនៅតែមានសុវត្ថិភាព។ សូមព្យាយាមម្តងទៀត។
error-pin_too_long = លេខសម្ងាត់មាន 6 ទៅ 12 ខ្ទង់។
error-pin_not_digits = លេខសម្ងាត់មានតែលេខប៉ុណ្ណោះ។
error-reference_word_count = លេខកូដមាន 9 ពាក្យ។ សូមពិនិត្យថាអ្នកបានវាយគ្រប់ពាក្យហើយ។
error-reference_unknown_word = មានពាក្យមួយមិនត្រឹមត្រូវ។ សូមពិនិត្យមើលការសរសេរពាក្យនោះ។
error-reference_digits = លេខកូដមាន 22 ខ្ទង់។ សូមពិនិត្យថាអ្នកបានវាយគ្រប់ខ្ទង់ហើយ។
error-reference_check = មានពាក្យ ឬលេខមួយមិនត្រឹមត្រូវ។ សូមពិនិត្យម្តងមួយៗ ហើយព្យាយាមម្តងទៀត។
error-reference_not_found = ខ្សែទូរស័ព្ទជំនួយគ្មានសំណើដែលមានលេខកូដនេះទេ។ សូមពិនិត្យវា ហើយព្យាយាមម្តងទៀត។
field-error-empty = សូមបំពេញចំណុចនេះ ឬរំលងសំណួរនេះ។
field-error-not_trimmed = សូមលុបដកឃ្លានៅខាងដើម ឬខាងចុង។
field-error-too_long = នេះវែងពេក។ យ៉ាងច្រើន { $max } តួអក្សរ។
field-error-too_many_bytes = នេះវែងពេក។
field-error-too_many = ច្រើនពេក។ យ៉ាងច្រើន { $max }។
field-error-duplicate = នេះមាននៅក្នុងបញ្ជីពីរដង។
field-error-control_characters = នេះមានតួអក្សរដែលមិនអាចប្រើបាន។
field-error-invalid_phone = លេខទូរស័ព្ទនេះមើលទៅមិនត្រឹមត្រូវទេ។ ចាប់ផ្តើមដោយ + និងលេខកូដប្រទេស។
field-error-invalid_region = មិនស្គាល់ប្រទេសនេះទេ។
field-error-invalid_email = អាសយដ្ឋានអ៊ីមែលនេះមើលទៅមិនត្រឹមត្រូវទេ។
field-error-invalid_language = មិនស្គាល់ភាសានេះទេ។
field-error-invalid_time_zone = មិនស្គាល់ល្វែងម៉ោងនេះទេ។
field-error-invalid_time = សូមជ្រើសរើសម៉ោងចាប់ផ្តើម និងម៉ោងបញ្ចប់ដែលខុសគ្នា។
field-error-no_contact_method = សូមជ្រើសរើសយ៉ាងហោចណាស់មួយវិធីដើម្បីទាក់ទងអ្នក។ "ខ្ញុំនឹងមើលចម្លើយនៅក្នុងកម្មវិធីនេះ" ក៏គ្រប់គ្រាន់ដែរ។
field-error-unsupported_version = កម្មវិធីនេះត្រូវការធ្វើបច្ចុប្បន្នភាព។
