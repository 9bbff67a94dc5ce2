## Reach — ქართული (Georgian)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = ქართული
# The language's name in English, for the language search.
-locale-english = Georgian
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = კალკულატორი
quick-exit = სწრაფი გასვლა
quick-exit-hint = ამ აპს მაშინვე მალავს
back = უკან
next = შემდეგი
skip = გამოტოვება
save = შენახვა
cancel = გაუქმება
close = დახურვა
done = მზადაა
optional = არასავალდებულო
step-of = ნაბიჯი { $current }, სულ { $total }
saved-locked = შენახულია და ჩაკეტილია ამ ტელეფონზე

## Calculator (the app's disguise)

calc-label = კალკულატორი
calc-display-label = შედეგი
calc-clear = C
calc-equals = =
calc-error = შეცდომა

## First use: a private PIN

setup-title = გახადეთ ეს აპი პირადი
setup-intro = აირჩიეთ საიდუმლო ნომერი (PIN-კოდი). ის მხოლოდ თქვენ უნდა იცოდეთ.
setup-how = ამ აპის მოგვიანებით გასახსნელად, კალკულატორზე აკრიფეთ თქვენი PIN-კოდი და დააჭირეთ =.
setup-pin-label = თქვენი PIN-კოდი (6-დან 12 ციფრამდე)
setup-pin-repeat-label = კიდევ ერთხელ აკრიფეთ PIN-კოდი
setup-duress-title = საგანგებო PIN-კოდი (შეგიძლიათ გამოტოვოთ)
setup-duress-intro = თუ ვინმე გაიძულებთ ამ აპის გახსნას, აკრიფეთ ეს სხვა PIN-კოდი. აპი ცარიელი გამოჩნდება და მასში ყველაფერი უკვალოდ წაიშლება.
setup-duress-label = საგანგებო PIN-კოდი
setup-submit = ჩემი PIN-კოდის შენახვა
setup-mismatch = ორი PIN-კოდი ერთნაირი არ არის. გთხოვთ, სცადოთ ხელახლა.

## Language

lang-title = აირჩიეთ თქვენი ენა
lang-intro = მოგვიანებით შეგიძლიათ შეცვალოთ პარამეტრებში.
lang-search-label = იპოვეთ თქვენი ენა
lang-search-hint = აკრიფეთ თქვენი ენის სახელი, ნებისმიერ ენაზე
lang-search-none = ასეთი ენა ვერ მოიძებნა. სცადეთ ნაკლები ასო.
lang-yours = ენები ამ ტელეფონზე
lang-all = ყველა ენა
lang-load-failed = ამ ენის გახსნა ვერ მოხერხდა, ამიტომ აპი ინგლისურად ჩანს.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = რამდენი წლის ხართ?
age-intro = შეგიძლიათ გამოტოვოთ. თუ 18 წლამდე ხართ, აპი უფრო მარტივ სიტყვებს იყენებს და ბავშვებისთვის დახმარებას გაჩვენებთ.
age-under_18 = 18 წლამდე
age-18_to_25 = 18-დან 25 წლამდე
age-26_to_59 = 26-დან 59 წლამდე
age-60_plus = 60 წელი ან მეტი

## Danger check and emergency numbers

danger-title = ახლა საფრთხეში ხართ?
danger-yes = დიახ, ახლა საფრთხეში ვარ
danger-no = არა, ახლა არა
emergency-title = საგანგებო ნომრები
emergency-intro = ამ ნომრებზე დარეკვა ინტერნეტის გარეშეც შეგიძლიათ.
emergency-country-label = თქვენი ქვეყანა
emergency-police = პოლიცია და სასწრაფო დახმარება
emergency-hotline = დახმარება ადამიანებისთვის, რომლებიც ტრეფიკინგის მსხვერპლნი არიან ან იძულებით მუშაობენ
emergency-children = დახმარება ბავშვებისა და ახალგაზრდებისთვის
emergency-call = დარეკვა: { $number }
emergency-source = წყარო: { $source }
emergency-checked = შემოწმდა: { $date }
emergency-not-checked = ჯერ ხელახლა არ შემოწმებულა. თუ ნომერი არ მუშაობს, დარეკეთ საგანგებო ნომერზე.
emergency-call-trace = ზარები და ტექსტური შეტყობინებები თქვენი ტელეფონის სიებში რჩება. თუ ვინმე ამოწმებს თქვენს ტელეფონს, შეგიძლიათ შემდეგ წაშალოთ ისინი.
emergency-none = ამ ქვეყნისთვის ჯერ ნომრები არ გვაქვს. თუ საფრთხეში ხართ, დარეკეთ ადგილობრივ საგანგებო ნომერზე.
emergency-continue = გაგრძელება და დახმარების თხოვნა

## What help is needed

needs-title = როგორი დახმარება გჭირდებათ?
needs-intro = აირჩიეთ ყველაფერი, რაც შეესაბამება. შეგიძლიათ გამოტოვოთ.
need-safety_now = ახლავე უსაფრთხოდ ყოფნა
need-shelter = უსაფრთხო ადგილი საცხოვრებლად
need-medical = ექიმი ან წამალი
need-legal_immigration = დახმარება საბუთებთან, ვიზასთან ან კანონთან დაკავშირებით
need-labour_exploitation = პრობლემები სამსახურში ან ხელფასს არ მიხდიან
need-sexual_exploitation = მაიძულებენ სექსს
need-child_at_risk = ბავშვი საფრთხეშია
need-money_debt = ფული ან ვალი
need-going_home = სახლში დაბრუნება ან ოჯახის პოვნა
need-interpreter = ვინმე, ვინც ჩემს ენაზე ლაპარაკობს
need-other = სხვა რამ
urgency-title = რამდენად მალე გჭირდებათ დახმარება?
urgency-now = ახლავე
urgency-today = დღეს
urgency-this_week = ამ კვირაში
urgency-not_urgent = შეიძლება დაიცადოს
for-whom-title = ვისთვის არის ეს მოთხოვნა?
for-whom-self = ჩემთვის
for-whom-someone_else = სხვისთვის
for-whom-assisted_by_outreach = საველე მუშაკი ვარ და ვინმეს ვეხმარები

## Safe contact

contact-title = როგორ დაგიკავშირდეთ ცხელი ხაზი უსაფრთხოდ?
contact-intro = აირჩიეთ ერთი გზა მაინც. აირჩიეთ მხოლოდ ის გზები, რომლებიც თქვენთვის უსაფრთხოა.
contact-call = სატელეფონო ზარი
contact-sms = ტექსტური შეტყობინება (SMS)
contact-messaging_app = მესენჯერი
contact-email = ელფოსტა
contact-in_person_via_outreach = პირადად, საველე მუშაკის მეშვეობით
contact-check_back_in_app = პასუხს ამ აპში ვნახავ
contact-phone-label = ტელეფონის ნომერი, ქვეყნის კოდით (მაგალითად +44…)
contact-app-label = რომელი აპი? (მაგალითად WhatsApp, Signal)
contact-handle-label = თქვენი სახელი ან ნომერი ამ აპში
contact-email-label = ელფოსტის მისამართი
times-title = როდის არის უსაფრთხო თქვენთან დაკავშირება?
times-intro = შეგიძლიათ გამოტოვოთ. მაშინ ცხელი ხაზი განსაკუთრებით ფრთხილად იქნება.
times-add = უსაფრთხო დროის დამატება
times-remove = ამ დროის წაშლა
times-from = როდიდან
times-to = როდემდე
times-days = დღეები
times-any-day = ნებისმიერი დღე
times-zone = სასაათო სარტყელი
weekday-mon = ორშაბათი
weekday-tue = სამშაბათი
weekday-wed = ოთხშაბათი
weekday-thu = ხუთშაბათი
weekday-fri = პარასკევი
weekday-sat = შაბათი
weekday-sun = კვირა
voicemail-title = შეუძლია ცხელ ხაზს ხმოვანი შეტყობინების დატოვება?
voicemail-yes = დიახ, ხმოვანი შეტყობინება უსაფრთხოა
voicemail-no = არა, არასდროს დატოვოთ ხმოვანი შეტყობინება
voicemail-unsaid = თუ არ უპასუხებთ, ცხელი ხაზი შეტყობინებას არ დატოვებს.
code-word-label = კოდური სიტყვა
code-word-hint = ცხელი ხაზი იტყვის ამ სიტყვას, რომ იცოდეთ, რომ ნამდვილად ისინი არიან.
someone-else-title = თუ სხვა ვინმე უპასუხებს, ცხელმა ხაზმა უნდა…
someone-else-hang_up = გათიშოს ზარი
someone-else-say_wrong_number = თქვას, რომ ნომერი შეეშალა
someone-else-ask_for_code_word = იკითხოს კოდური სიტყვა
someone-else-other = სხვა რამ
someone-else-other-label = რა უნდა გააკეთონ?
responder-title = ვისთან გსურთ საუბარი?
responder-woman = ქალთან
responder-man = მამაკაცთან
responder-any_gender = სულერთია
responder-language-label = ენა, რომელზეც გსურთ პასუხის მიღება

## More (all optional)

more-title = ცოტა მეტი თქვენ შესახებ
more-intro = ეს ყველაფერი არასავალდებულოა.
place-label = სად ხართ? ქალაქი ან რაიონი საკმარისია.
place-hint = გაგვიზიარეთ მხოლოდ ის, რაც გსურთ. ეს აპი არასდროს იყენებს თქვენს მდებარეობას.
message-label = თქვენი შეტყობინება
message-hint = შეგიძლიათ დაწეროთ ნებისმიერ ენაზე.
message-left =
    { $count ->
        [one] დარჩა { $count } ასო
       *[other] დარჩა { $count } ასო
    }

## Consent

consent-title = ვის შეუძლია თქვენი მოთხოვნის ნახვა?
consent-intro = თქვენ წყვეტთ. ყველაზე პირადი არჩევანი უკვე მონიშნულია.
consent-hotline_only = მხოლოდ ცხელ ხაზს
consent-hotline_only-desc = მას მხოლოდ ცხელი ხაზის გუნდი კითხულობს. ისინი არავის უზიარებენ.
consent-may_refer_to_services = ცხელ ხაზს და სამსახურებს, რომლებსაც დახმარება შეუძლიათ
consent-may_refer_to_services-desc = ცხელ ხაზს შეუძლია ის გაუზიაროს თავშესაფრებს, ექიმებს ან ადვოკატებს, რომ დაგეხმაროთ.
consent-may_involve_police = ცხელ ხაზს, სამსახურებს და პოლიციას
consent-may_involve_police-desc = ცხელ ხაზს შეუძლია პოლიციასაც შეატყობინოს.
consent-child-note = რადგან 18 წლამდე ხარ, ცხელ ხაზს შეიძლება მოუწიოს, შეატყობინოს ადამიანებს, რომელთა საქმეც ბავშვების დაცვაა, რომ უსაფრთხოდ იყო.

## Review and send

review-title = შეამოწმეთ თქვენი მოთხოვნა
review-intro = თქვენი მოთხოვნა ისე ჩაიკეტება, რომ მისი გახსნა მხოლოდ ცხელ ხაზს შეეძლება. გაგზავნის შემდეგ ამ ტელეფონზე მას ვერავინ წაიკითხავს, თქვენც კი.
review-not-answered = პასუხი არ არის
review-change = შეცვლა
review-needs = საჭირო დახმარება
review-contact = როგორ დაგიკავშირდნენ
review-times = უსაფრთხო დრო
review-more = მეტი თქვენ შესახებ
review-consent = ვის შეუძლია ნახვა
submit = ჩაკეტვა და ცხელ ხაზზე გაგზავნა
submit-working = თქვენი მოთხოვნა იკეტება…
submit-done = თქვენი მოთხოვნა ჩაკეტილია ამ ტელეფონზე. ის გაიგზავნება, როცა ინტერნეტი იქნება.

## Status

status-title = თქვენი მოთხოვნები
status-intro = აქ ხედავთ, სად არის თითოეული მოთხოვნა.
status-empty = მოთხოვნები ჯერ არ არის.
status-saved = შენახულია ამ ტელეფონზე და ჩაკეტილია. გაიგზავნება, როცა ინტერნეტი იქნება.
status-sending = იგზავნება…
status-received = ცხელმა ხაზმა მიიღო. ჩვენ შევამოწმეთ ცხელი ხაზის დადასტურება.
status-needs_attention = ეს მოთხოვნა თქვენს ყურადღებას საჭიროებს.
status-attempts =
    { $count ->
        [one] ერთი მცდელობა
       *[other] { $count } მცდელობა
    }
status-hotline-received = ელოდება, რომ ცხელ ხაზზე ვინმემ წაიკითხოს.
status-hotline-in_review = ცხელ ხაზზე ვინმე კითხულობს.
status-hotline-answered = ცხელმა ხაზმა უკვე იმოქმედა.
status-hotline-closed = ცხელმა ხაზმა ის დახურა.
status-hotline-contact_planned = ცხელ ხაზზე ვინმე გეგმავს, როგორ დაგიკავშირდეთ უსაფრთხოდ.
status-hotline-needs_interpreter = ცხელი ხაზი ეძებს ვინმეს, ვინც თქვენს ენაზე ლაპარაკობს.
status-hotline-referred = ცხელმა ხაზმა პარტნიორ ორგანიზაციას სთხოვა, რომ დაგეხმაროთ.
status-hotline-unknown = ცხელ ხაზს ამის შესახებ სიახლე აქვს. როცა უსაფრთხო იქნება, განაახლეთ აპი, რომ მეტი ნახოთ.
status-replies = შეტყობინებები ცხელი ხაზიდან
status-reply-note = ცხელმა ხაზმა ასევე დაწერა (შეიძლება არა თქვენს ენაზე):
status-reply-unreadable = მოვიდა შეტყობინება, რომლის შემოწმებაც ამ აპმა ვერ შეძლო, ამიტომ ის არ ჩანს.
status-offline = ახლა ინტერნეტი არ არის. თქვენი მოთხოვნები ამ ტელეფონზე უსაფრთხოდაა.
status-send-now = ახლავე გაგზავნა
status-retry = ხელახლა ცდა
status-check = ცხელი ხაზისთვის სიახლის კითხვა
status-new = ახალი მოთხოვნის დაწყება

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = თქვენი მოთხოვნა წავიკითხეთ. დაგიკავშირდებით იმ გზით, რომელიც აირჩიეთ.
reply-call_planned = დაგირეკავთ { $from }-დან { $to }-მდე (თქვენი დროით). დღე: { $day }.
reply-message_planned = შეტყობინებას გამოგიგზავნით { $from }-დან { $to }-მდე (თქვენი დროით). დღე: { $day }.
reply-interpreter = ვეძებთ თარჯიმანს, რომელიც თქვენს ენაზე ლაპარაკობს. მალე დაგიკავშირდებით.
reply-referred = თქვენთან ახლოს მყოფ პარტნიორ ორგანიზაციას დახმარება ვთხოვეთ. ისინი დაგიკავშირდებიან იმ გზით, რომელიც აირჩიეთ.
reply-call_us = გთხოვთ, დაგვირეკოთ, როცა თქვენთვის უსაფრთხო იქნება. დროს თქვენ ირჩევთ.
reply-danger = თუ ახლა საფრთხეში ხართ, დარეკეთ საგანგებო ნომერზე. მას ამ აპში იპოვით.
reply-closed = თქვენი მოთხოვნა დავხურეთ. ახალის გაგზავნა ნებისმიერ დროს შეგიძლიათ.
reply-unknown = ცხელმა ხაზმა გამოგზავნა შეტყობინება, რომლის ჩვენებაც აპის ამ ვერსიას არ შეუძლია. გთხოვთ, განაახლოთ აპი, როცა უსაფრთხო იქნება.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = თქვენი მოთხოვნა დახურულია. გვეტყვით, როგორ ჩაიარა დახმარებამ? სამი მოკლე კითხვა. შეგიძლიათ გამოტოვოთ.
feedback-private = თქვენი პასუხები იგზავნება თქვენი მოთხოვნისა და სახელის გარეშე. ცხელი ხაზი მხოლოდ ჯამურ რიცხვებს ხედავს.
feedback-start = პასუხი
feedback-skip = არა, გმადლობთ
feedback-send = პასუხების გაგზავნა
feedback-q-helped = მიიღეთ ის დახმარება, რომელიც გჭირდებოდათ?
feedback-q-safe = თავს უსაფრთხოდ გრძნობდით, როცა დაგიკავშირდით?
feedback-q-recommend = ეტყოდით მეგობარს ჩვენ შესახებ?
feedback-a-yes = დიახ
feedback-a-partly = ნაწილობრივ
feedback-a-no = არა
feedback-thanks = გმადლობთ. თქვენი პასუხები გაიგზავნება.
feedback-declined = კარგი. აღარ გკითხავთ.
feedback-failed = ვერ მოხერხდა. გთხოვთ, სცადოთ ხელახლა.
problem-unknown_key = ამ მოთხოვნის გასაგზავნად აპი უნდა განახლდეს.
problem-conflict = ცხელ ხაზს იმავე ნომრით სხვა მოთხოვნა აქვს. გთხოვთ, ცხელ ხაზს სხვა გზით დაუკავშირდეთ.
problem-malformed = ცხელმა ხაზმა ამ მოთხოვნის წაკითხვა ვერ შეძლო. გთხოვთ, ახალი მოთხოვნა დაიწყოთ.
problem-too_large = ეს მოთხოვნა ძალიან გრძელია. გთხოვთ, დაიწყოთ ახალი, უფრო მოკლე შეტყობინებით.
problem-unsupported_media_type = ამ მოთხოვნის გასაგზავნად აპი უნდა განახლდეს.
problem-other = ქსელმა ან ცხელმა ხაზმა ეს მოთხოვნა არ მიიღო. შეგიძლიათ ხელახლა სცადოთ ან სხვა ქსელი სცადოთ.

## Several people on one device (outreach)

drafts-title = ჯერ გაუგზავნელი მოთხოვნები
drafts-continue = გაგრძელება
drafts-delete = წაშლა
drafts-none = არაფერი ელოდება.
review-reference = ეს ადამიანი ამ ტელეფონს არ დაიტოვებს: მიეცით მას კოდი
review-reference-hint = კოდით ის შეძლებს ცხელი ხაზის პასუხების წაკითხვას ნებისმიერ ტელეფონზე, სადაც ეს აპია. ეს ტელეფონი მხოლოდ იმას აჩვენებს, მიიღო თუ არა ცხელმა ხაზმა მოთხოვნა.
assisted-organisation-label = თქვენი ორგანიზაცია (თქვენ, საველე მუშაკი)
assisted-hint = ცხელი ხაზი დაინახავს, რომ ამ ადამიანს დაეხმარეთ და ვისთან მუშაობთ.
assisted-channel-label = როგორ დაგიკავშირდეთ ცხელი ხაზი (სურვილისამებრ)
reference-title = ამ ადამიანის კოდი
reference-intro = მიეცით ეს სიტყვები ამ ადამიანს. ამ სიტყვებით ის შეძლებს ცხელი ხაზის პასუხების წაკითხვას ნებისმიერ ტელეფონზე, სადაც ეს აპია. ეს ტელეფონი მათ არსად იწერს და დაივიწყებს, როგორც კი ისინი ამ ადამიანს ექნება.
reference-for-person = ეს სიტყვები თქვენია. მათით შეძლებთ ცხელი ხაზის პასუხების წაკითხვას. ნებისმიერ ტელეფონზე, სადაც ეს აპია, გახსენით „{ $requests }“, შემდეგ „{ $check }“ და აკრიფეთ სიტყვები ან ციფრები. შეინახეთ ისინი უსაფრთხო ადგილას: ნებისმიერ ადამიანს, ვისაც ისინი აქვს, შეუძლია პასუხების წაკითხვა.
reference-words = სიტყვები
reference-digits = იგივე კოდი ციფრებით
reference-request = მოთხოვნა { $number }
reference-done = ამ ადამიანს კოდი უკვე აქვს
reference-again = აპი ჩაიკეტა, როცა კოდი ჩანდა. აი, კოდი კიდევ ერთხელ: ახლავე მიეცით ის ამ ადამიანს.
status-check-reference = კოდის შემოწმება
check-reference-title = კოდის შემოწმება
check-reference-intro = აკრიფეთ სიტყვები ან ციფრები, რომლებიც მოგცეს. ეს ტელეფონი არც მათ ინახავს და არც პასუხებს.
check-reference-no-hotline = ეს აპი ჯერ არ არის დაკავშირებული ცხელ ხაზთან, ამიტომ აქ კოდს ვერ შეამოწმებს. გთხოვთ, სცადოთ სხვა ტელეფონზე, რომელზეც ეს აპია.
check-reference-label = სიტყვები ან ციფრები
check-reference-submit = შემოწმება
check-reference-working = მოწმდება. ამას შეიძლება რამდენიმე წამი დასჭირდეს…
check-reference-no-replies = ცხელი ხაზიდან ჯერ შეტყობინება არ არის.
check-reference-show-in = ჩვენება ენაზე: { $language }
worker-title = საველე მუშაობა
worker-working-as = თქვენ მუშაობთ როგორც: { $organisation }
worker-intro = ყველა ადამიანი, ვისაც ეხმარებით, საკუთარ ენაზე პასუხობს. პასუხები ამ ტელეფონიდან დალუქული მიდის, ადამიანს კი კოდი მიაქვს. აქ რჩება მხოლოდ თითოეული მოთხოვნის ნომერი და მდგომარეობა.
worker-new-person = ახალ ადამიანს დაეხმარეთ
handover-title = კითხვები მხოლოდ თქვენთვის
handover-worker = ახლა ტელეფონი ადამიანს მიეცით. შემდეგ კითხვებს ის მარტო უპასუხებს და თქვენ მის პასუხებს ვერ ნახავთ.
handover-person = შემდეგი კითხვები მხოლოდ თქვენთვისაა. ვინც გეხმარებათ, თქვენს პასუხებს ვერ ნახავს.
handover-start = დაწყება
giveback-title = გმადლობთ
giveback-intro = თქვენი პასუხები დალუქულია. ვინც გეხმარებათ, ვერ ნახავს მათ. ახლა ტელეფონი დააბრუნეთ.
giveback-button = ტელეფონის დაბრუნება
review-private = ამას ადამიანმა მარტომ უპასუხა. არ ჩანს.
review-assisted-as = ცხელი ხაზი დაინახავს, რომ დაეხმარეთ, როგორც: { $organisation }
review-later = ახლა არა: დატოვება სიაში „ჯერ გაუგზავნელი მოთხოვნები“
review-hand-again = ტელეფონის ისევ მიცემა ადამიანისთვის
review-hand-again-hint = გამოიყენეთ, თუ ადამიანს სურს შეცვალოს ის, რაც მარტომ უპასუხა, ან იქ რამე უნდა გასწორდეს. ის ხელახლა ნახავს „ვის შეუძლია ნახვა“ და ხელახლა აირჩევს.
review-private-fix = რაღაც, რაც ადამიანმა მარტომ უპასუხა, უნდა გასწორდეს. ამის გასწორება მხოლოდ მას შეუძლია: ტელეფონი ისევ მიეცით.
age-given-back-worker = თუ ასაკს ისე შეცვლით, რომ ადამიანი 18 წლამდე გახდება ან აღარ იქნება 18 წლამდე, მან ხელახლა უნდა ნახოს „ვის შეუძლია ნახვა“: ტელეფონს მას კიდევ ერთხელ მისცემთ.
age-reopened-worker = ასაკის ცვლილება ეხება ადამიანის არჩევანს „ვის შეუძლია ნახვა“. გააგრძელეთ: ტელეფონს ისევ მისცემთ და ის ხელახლა აირჩევს.
setup-worker = საველე მუშაკი ვარ: სხვებს ვეხმარები დახმარების თხოვნაში
setup-worker-hint = ცხელი ხაზი თქვენს ორგანიზაციას დაინახავს ყველა მოთხოვნაში, რომელშიც დაეხმარებით.
worker-org-needed = დაწერეთ თქვენი ორგანიზაციის სახელი, ან გამორთეთ საველე მუშაკის რეჟიმი.
settings-worker-title = საველე მუშაკის რეჟიმი
settings-worker-intro = დაეხმარეთ სხვებს ამ ტელეფონიდან მოთხოვნების გაგზავნაში. მათი პასუხები დალუქულია და თითოეულს კოდი მიაქვს.
settings-worker-on = ჩართვა
settings-worker-save = ცვლილებების შენახვა
settings-worker-off = გამორთვა
settings-worker-saved = მზადაა. საველე მუშაკის რეჟიმი ჩართულია.
settings-worker-removed = მზადაა. საველე მუშაკის რეჟიმი გამორთულია.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = ხმამაღლა წაკითხვა: { $text }
speak-stop = კითხვის შეწყვეტა
speak-no-voice = ამ ტელეფონზე ამ ენისთვის ხმა არ არის.
speak-unavailable = ხმამაღლა კითხვა ამ ტელეფონზე ახლა არ მუშაობს.
speak-headphones = გამოიყენეთ ყურსასმენები, თუ ახლოს ვინმემ შეიძლება გაიგოს.

## Settings

settings-title = პარამეტრები
settings-language = ენა
settings-read-aloud = ყოველი ეკრანის ხმამაღლა წაკითხვა მისი გახსნისას
settings-lock = ახლავე ჩაკეტვა
settings-less-protected = ამ მოწყობილობაზე დაცვა ნაკლებია: აქ გასაღებების უსაფრთხო საცავი არ არის, ამიტომ ვინც აპის ფაილებს დააკოპირებს, შეიძლება თქვენი PIN-კოდის გამოცნობა სცადოს. უფრო გრძელი PIN-კოდი უკეთ გიცავთ.
settings-duress-title = საგანგებო PIN-კოდი
settings-duress-intro = მეორე PIN-კოდი იმ შემთხვევისთვის, როცა ვინმე გაიძულებთ აპის გახსნას. ის ყველაფერს უკვალოდ შლის.
settings-current-pin = თქვენი PIN-კოდი
settings-duress-save = საგანგებო PIN-კოდის შენახვა
settings-duress-remove = საგანგებო PIN-კოდის წაშლა
settings-pin-title = შეცვალეთ თქვენი PIN-კოდი
settings-new-pin = ახალი PIN-კოდი (6-დან 12 ციფრამდე)
settings-new-pin-again = ახალი PIN-კოდი კიდევ ერთხელ
settings-pin-save = PIN-კოდის შეცვლა
settings-pin-changed = თქვენი PIN-კოდი შეიცვალა. ამიერიდან გამოიყენეთ ახალი PIN-კოდი.
settings-duress-saved = მზადაა. თქვენი საგანგებო PIN-კოდი შენახულია.
settings-duress-removed = მზადაა. ახლა საგანგებო PIN-კოდი აღარ არის.
pin-wrong-left =
    { $count ->
        [one] ეს PIN-კოდი არასწორია. კიდევ ერთი არასწორი PIN-კოდის შემდეგ ამ ტელეფონზე ყველაფერი წაიშლება.
       *[other] ეს PIN-კოდი არასწორია. კიდევ { $count } არასწორი PIN-კოდის შემდეგ ამ ტელეფონზე ყველაფერი წაიშლება.
    }
settings-wipe-title = ყველაფრის წაშლა
settings-wipe-intro = ეს შლის ყველა მოთხოვნას და მონახაზს ამ ტელეფონზე. ამის გაუქმება შეუძლებელია. მოთხოვნები, რომლებიც ცხელმა ხაზმა უკვე მიიღო, ცხელ ხაზთან რჩება.
settings-wipe-confirm = დიახ, ყველაფრის წაშლა

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = ახლა საფრთხეში ხარ?
danger-yes-child = კი, საფრთხეში ვარ
danger-no-child = არა, ახლა არ ვარ
emergency-intro-child = შეგიძლია ამ ნომრებზე დარეკო. ინტერნეტი არ გჭირდება.
emergency-call-trace-child = შენი ტელეფონი ინახავს ზარებისა და შეტყობინებების სიას. თუ გაწუხებს, რომ ვინმე დაინახავს, შეგიძლია მერე წაშალო ისინი.
needs-title-child = რაში გჭირდება დახმარება?
needs-intro-child = შეეხე ყველაფერს, რაც შენთვის სიმართლეა. შეგიძლია გამოტოვო.
need-legal_immigration-child = დახმარება საბუთებთან ან დოკუმენტებთან
need-labour_exploitation-child = ვიღაც მაიძულებს ვიმუშაო
need-sexual_exploitation-child = ვიღაც მაიძულებს სექსუალური რამეები გავაკეთო
need-money_debt-child = ვიღაც ამბობს, რომ ფული მმართებს
need-going_home-child = მინდა სახლში წასვლა ან ჩემი ოჯახის პოვნა
need-child_at_risk-child = სხვა ბავშვი საფრთხეშია
urgency-title-child = როდის გჭირდება დახმარება?
for-whom-title-child = ვის სჭირდება დახმარება?
for-whom-self-child = მე
contact-title-child = როგორ დაგელაპარაკოთ უსაფრთხოდ?
contact-intro-child = აირჩიე გზა, რომელიც შენთვის უსაფრთხოა. სხვამ არავინ უნდა დაინახოს.
times-title-child = როდის არის უსაფრთხო, რომ დაგირეკოთ ან მოგწეროთ?
times-intro-child = შეგიძლია გამოტოვო. მაშინ ძალიან ფრთხილად ვიქნებით.
voicemail-title-child = შეგვიძლია ხმოვანი შეტყობინების დატოვება?
someone-else-title-child = თუ სხვა ადამიანი უპასუხებს, რა გავაკეთოთ?
responder-title-child = ვისთან გინდა საუბარი?
more-title-child = კიდევ რამე?
more-intro-child = არ არის აუცილებელი, რომ უპასუხო.
place-label-child = სად ხარ? ქალაქის სახელი საკმარისია.
message-label-child = მოგვიყევი, რა ხდება, თუ გინდა
consent-title-child = ვის შეუძლია წაიკითხოს, რაც დაწერე?
consent-intro-child = შენ ირჩევ. ყველაზე უსაფრთხო არჩევანი უკვე მონიშნულია.
consent-hotline_only-desc-child = მას მხოლოდ ცხელი ხაზის დამხმარეები კითხულობენ. ისინი ამას საიდუმლოდ ინახავენ.
consent-may_refer_to_services-desc-child = ცხელ ხაზს შეუძლია უთხრას ადამიანებს, რომლებიც ბავშვებს იცავენ, მაგალითად ექიმს, უსაფრთხო სახლს ან ადვოკატს.
consent-may_involve_police-desc-child = ცხელ ხაზს შეუძლია პოლიციასაც უთხრას, რომ პოლიციამ შეაჩეროს ისინი, ვინც გავნებს.
review-title-child = შეხედე შენს პასუხებს
review-intro-child = როცა ამას გაგზავნი, ის ჩაიკეტება. მისი გახსნა მხოლოდ ცხელ ხაზს შეუძლია. ამ ტელეფონზე მას ვერავინ წაიკითხავს, შენც კი.
submit-done-child = შენი შეტყობინება ჩაკეტილია ამ ტელეფონზე. ის გაიგზავნება, როცა ინტერნეტი იქნება.
handover-title-child = კითხვები მხოლოდ შენთვის
handover-person-child = შემდეგ კითხვებს მხოლოდ შენ უპასუხებ. ვინც გეხმარება, ვერ ნახავს შენს პასუხებს.
giveback-intro-child = შენი პასუხები ჩაკეტილია. ვინც გეხმარება, ვერ ნახავს მათ. ახლა ტელეფონი მას დაუბრუნე, ვინც გეხმარება.
reference-for-person-child = ეს სიტყვები მხოლოდ შენთვისაა. მათით შეძლებ წაიკითხო, რას გწერს ცხელი ხაზი. ნებისმიერ ტელეფონზე, სადაც ეს აპია, შეეხე ღილაკს „{ $requests }“, მერე ღილაკს „{ $check }“ და აკრიფე სიტყვები ან ციფრები. შეინახე ისინი საიდუმლოდ: ვისაც ეს სიტყვები აქვს, მას შეუძლია პასუხების წაკითხვა.

## Errors (codes come from the app's core)

error-wrong_pin = ეს PIN-კოდი არასწორია.
error-locked = გთხოვთ, ჯერ გახსნათ აპი თქვენი PIN-კოდით.
error-no_hotline = ეს აპი ჯერ არ არის დაკავშირებული ცხელ ხაზთან. თქვენი მონახაზი შენახულია.
error-invalid = ზოგიერთი პასუხი უნდა შეიცვალოს. გთხოვთ, ნახოთ მონიშნული კითხვები.
error-pin_too_short = PIN-კოდი 6-დან 12 ციფრამდეა.
error-duress_same_as_pin = საგანგებო PIN-კოდი თქვენი PIN-კოდისგან განსხვავებული უნდა იყოს.
error-worker_drafts_open = საველე მუშაკის რეჟიმი ჩართული რჩება, სანამ იმ ადამიანების მოთხოვნები, ვისაც ეხმარებით, გაგზავნილი არ არის. გახსენით „ჯერ გაუგზავნელი მოთხოვნები“, გააგზავნეთ ან წაშალეთ ისინი და შემდეგ გამორთეთ რეჟიმი.
error-already_set_up = ეს აპი უკვე მომართულია.
error-not_found = ეს ვერ მოიძებნა. შეიძლება წაშლილია.
error-internal = რაღაც შეცდომა მოხდა. თქვენი შენახული მოთხოვნები უსაფრთხოდაა. გთხოვთ, სცადოთ ხელახლა.
error-not_set_up = ეს აპი ჯერ არ არის მომართული. გთხოვთ, ჯერ PIN-კოდი აირჩიოთ.
error-busy = აპი ახლა აგზავნის. გთხოვთ, ცოტა ხანში სცადოთ ხელახლა.
error-status_unavailable = ცხელ ხაზს ახლა ვერ ვკითხეთ. თქვენი მოთხოვნა უსაფრთხოდაა. გთხოვთ, მოგვიანებით სცადოთ.
error-malformed = ზოგიერთი პასუხის წაკითხვა ვერ მოხერხდა. გთხოვთ, შეამოწმოთ და სცადოთ ხელახლა.
error-too_large = ეს გასაგზავნად ძალიან გრძელია. გთხოვთ, შეამოკლოთ შეტყობინება.
error-unsupported_version = ეს აპი უნდა განახლდეს.
error-profile = ამ აპში ცხელი ხაზის მონაცემები არასწორია. თქვენი მონახაზი შენახულია. გთხოვთ, ჩამოტვირთოთ აპის ახალი ვერსია.
error-sync_client = აპი ახლა ვერ უკავშირდება უსაფრთხოდ. თქვენი მოთხოვნა შენახულია და მოგვიანებით გაიგზავნება.
error-already_exists = ეს უკვე შენახულია.
error-empty_pin = გთხოვთ, აკრიფოთ თქვენი PIN-კოდი.
error-invalid_kdf_params = ამ აპის პარამეტრები არასწორია. გთხოვთ, ჩამოტვირთოთ აპის ახალი ვერსია.
error-device_secret_unavailable = აპი ვერ წვდება ამ ტელეფონის დაცულ მეხსიერებას. გთხოვთ, გადატვირთოთ ტელეფონი და სცადოთ ხელახლა.
error-envelope = თქვენი მოთხოვნის დალუქვა ცხელი ხაზისთვის ვერ მოხერხდა. ის კვლავ შენახულია მონახაზად.
error-receipt_mismatch = ცხელი ხაზის პასუხის შემოწმება ვერ მოხერხდა. თქვენი მოთხოვნა ხელახლა გაიგზავნება.
error-corrupt = აპის შენახული მონაცემები დაზიანებულია. მისი გახსნა შეუძლებელია.
error-io = ტელეფონმა ამის შენახვა ვერ შეძლო. შეიძლება მეხსიერება სავსეა. გთხოვთ, გაათავისუფლოთ ცოტა ადგილი და სცადოთ ხელახლა.
error-database = აპმა ვერ შეძლო თავისი მონაცემების წაკითხვა ან შენახვა. თქვენი შენახული მოთხოვნები უსაფრთხოდაა. გთხოვთ, სცადოთ ხელახლა.
error-pin_too_long = PIN-კოდი 6-დან 12 ციფრამდეა.
error-pin_not_digits = PIN-კოდი მხოლოდ ციფრებისგან შედგება.
error-reference_word_count = კოდში 9 სიტყვაა. გთხოვთ, შეამოწმოთ, ყველა აკრიფეთ თუ არა.
error-reference_unknown_word = ერთ-ერთი სიტყვა არასწორია. გთხოვთ, შეამოწმოთ, როგორ დაწერეთ.
check-reference-wrong-word = სიტყვა ნომერი { $number } არასწორია. გთხოვთ, შეამოწმოთ, როგორ დაწერეთ.
error-reference_digits = კოდში 22 ციფრია. გთხოვთ, შეამოწმოთ, ყველა აკრიფეთ თუ არა.
error-reference_check = ერთი სიტყვა ან ციფრი არასწორია. გთხოვთ, შეამოწმოთ თითოეული და სცადოთ ხელახლა.
error-reference_not_found = ცხელ ხაზს ამ კოდით მოთხოვნა ჯერ არ აქვს. თუ ის ინტერნეტის გარეშე ტელეფონიდან გაიგზავნა, ცხელ ხაზთან მივა, როცა ის ტელეფონი ისევ დაუკავშირდება ინტერნეტს: გთხოვთ, მოგვიანებით სცადოთ. თუ მაინც ვერ მოიძებნა, გთხოვთ, შეამოწმოთ თითოეული სიტყვა ან ციფრი.
field-error-empty = გთხოვთ, შეავსოთ ეს ველი ან გამოტოვოთ კითხვა.
field-error-not_trimmed = გთხოვთ, წაშალოთ გამოტოვებები დასაწყისში ან ბოლოში.
field-error-too_long = ეს ძალიან გრძელია. მაქსიმუმ { $max } ასო.
field-error-too_many_bytes = ეს ძალიან გრძელია.
field-error-too_many = ძალიან ბევრია. მაქსიმუმ { $max }.
field-error-duplicate = ეს სიაში ორჯერ არის.
field-error-control_characters = აქ არის სიმბოლოები, რომელთა გამოყენება არ შეიძლება.
field-error-invalid_phone = ეს ტელეფონის ნომერი არასწორი ჩანს. დაიწყეთ +-ით და ქვეყნის კოდით.
field-error-invalid_region = ეს ქვეყანა უცნობია.
field-error-invalid_email = ეს ელფოსტის მისამართი არასწორი ჩანს.
field-error-invalid_language = ეს ენა უცნობია.
field-error-invalid_time_zone = ეს სასაათო სარტყელი უცნობია.
field-error-invalid_time = გთხოვთ, აირჩიოთ განსხვავებული დაწყებისა და დასრულების დრო.
field-error-no_contact_method = გთხოვთ, აირჩიოთ თქვენთან დაკავშირების ერთი გზა მაინც. „პასუხს ამ აპში ვნახავ“ საკმარისია.
field-error-unsupported_version = ეს აპი უნდა განახლდეს.
