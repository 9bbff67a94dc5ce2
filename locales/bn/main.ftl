## Reach — বাংলা (Bengali)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = বাংলা
# The language's name in English, for the language search.
-locale-english = Bengali
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ক্যালকুলেটর
quick-exit = দ্রুত বের হোন
quick-exit-hint = এই অ্যাপটি সঙ্গে সঙ্গে লুকিয়ে ফেলে
back = পিছনে
next = পরের ধাপ
skip = এটি বাদ দিন
save = সেভ করুন
cancel = বাতিল করুন
close = বন্ধ করুন
done = হয়ে গেছে
optional = না দিলেও চলবে
step-of = { $total } ধাপের মধ্যে { $current } নম্বর ধাপ
saved-locked = এই ফোনে সেভ ও লক করা হয়েছে

## Calculator (the app's disguise)

calc-label = ক্যালকুলেটর
calc-display-label = ফলাফল
calc-clear = C
calc-equals = =
calc-error = ত্রুটি

## First use: a private PIN

setup-title = এই অ্যাপটি গোপন রাখুন
setup-intro = একটি গোপন নম্বর (পিন) বেছে নিন। শুধু আপনিই যেন এটি জানেন।
setup-how = পরে এই অ্যাপ খুলতে, ক্যালকুলেটরে আপনার পিন লিখুন, তারপর = চাপুন।
setup-pin-label = আপনার পিন (৬ থেকে ১২টি সংখ্যা)
setup-pin-repeat-label = আপনার পিন আবার লিখুন
setup-duress-title = জরুরি পিন (চাইলে বাদ দিতে পারেন)
setup-duress-intro = কেউ যদি জোর করে আপনাকে দিয়ে এই অ্যাপ খোলাতে চায়, তাহলে এর বদলে এই অন্য পিনটি লিখুন। অ্যাপটি খালি দেখাবে, আর এর ভেতরের সবকিছু কোনো চিহ্ন ছাড়াই মুছে যাবে।
setup-duress-label = জরুরি পিন
setup-submit = আমার পিন সেভ করুন
setup-mismatch = দুটি পিন এক রকম নয়। দয়া করে আবার চেষ্টা করুন।

## Language

lang-title = আপনার ভাষা বেছে নিন
lang-intro = পরে সেটিংসে গিয়ে এটি বদলাতে পারবেন।
lang-search-label = আপনার ভাষা খুঁজুন
lang-search-hint = যেকোনো ভাষায় আপনার ভাষার নাম লিখুন
lang-search-none = এর সাথে মেলে এমন কোনো ভাষা নেই। কম অক্ষর দিয়ে চেষ্টা করুন।
lang-yours = এই ফোনের ভাষাগুলো
lang-all = সব ভাষা
lang-load-failed = এই ভাষাটি খোলা যায়নি, তাই অ্যাপটি ইংরেজিতে দেখানো হচ্ছে।

## Age (asked early, optional: under 18 switches to the child's path)

age-title = আপনার বয়স কত?
age-intro = চাইলে এটি বাদ দিতে পারেন। আপনার বয়স ১৮-র কম হলে অ্যাপটি আরও সহজ শব্দ ব্যবহার করে এবং শিশুদের জন্য সাহায্য দেখায়।
age-under_18 = ১৮-র কম
age-18_to_25 = ১৮ থেকে ২৫
age-26_to_59 = ২৬ থেকে ৫৯
age-60_plus = ৬০ বা তার বেশি

## Danger check and emergency numbers

danger-title = আপনি কি এখন বিপদে আছেন?
danger-yes = হ্যাঁ, আমি এখন বিপদে আছি
danger-no = না, এখন নয়
emergency-title = জরুরি নম্বর
emergency-intro = ইন্টারনেট ছাড়াই এই নম্বরগুলোতে ফোন করতে পারবেন।
emergency-country-label = আপনার দেশ
emergency-police = পুলিশ ও জরুরি সেবা
emergency-hotline = পাচার হওয়া বা জোর করে কাজ করানো মানুষের জন্য সাহায্য
emergency-children = শিশু ও কিশোর-কিশোরীদের জন্য সাহায্য
emergency-call = { $number } নম্বরে ফোন করুন
emergency-source = সূত্র: { $source }
emergency-checked = যাচাই করা হয়েছে: { $date }
emergency-not-checked = এখনো আবার যাচাই করা হয়নি। নম্বরটি কাজ না করলে জরুরি নম্বরে ফোন করুন।
emergency-call-trace = কল ও টেক্সট মেসেজ আপনার ফোনের তালিকায় থেকে যায়। কেউ যদি আপনার ফোন চেক করে, তাহলে পরে এগুলো মুছে ফেলতে পারেন।
emergency-none = এই দেশের নম্বর আমাদের কাছে এখনো নেই। আপনি বিপদে থাকলে স্থানীয় জরুরি নম্বরে ফোন করুন।
emergency-continue = এগিয়ে যান এবং সাহায্য চান

## What help is needed

needs-title = আপনার কী সাহায্য দরকার?
needs-intro = যেগুলো মেলে, সব বেছে নিন। চাইলে এটি বাদ দিতে পারেন।
need-safety_now = এখনই নিরাপদ থাকা
need-shelter = থাকার জন্য নিরাপদ জায়গা
need-medical = ডাক্তার বা ওষুধ
need-legal_immigration = কাগজপত্র, ভিসা বা আইনের ব্যাপারে সাহায্য
need-labour_exploitation = কাজের জায়গায় সমস্যা বা বেতন না পাওয়া
need-sexual_exploitation = জোর করে যৌন কাজে বাধ্য করা
need-child_at_risk = একটি শিশু বিপদে আছে
need-money_debt = টাকা বা ঋণ
need-going_home = বাড়ি ফেরা বা পরিবারকে খুঁজে পাওয়া
need-interpreter = আমার ভাষায় কথা বলে এমন কেউ
need-other = অন্য কিছু
urgency-title = কত তাড়াতাড়ি আপনার সাহায্য দরকার?
urgency-now = এখনই
urgency-today = আজ
urgency-this_week = এই সপ্তাহে
urgency-not_urgent = অপেক্ষা করা যায়
for-whom-title = এই অনুরোধ কার জন্য?
for-whom-self = আমার জন্য
for-whom-someone_else = অন্য কারও জন্য
for-whom-assisted_by_outreach = আমি একজন মাঠকর্মী, কাউকে সাহায্য করছি

## Safe contact

contact-title = হেল্পলাইন কীভাবে নিরাপদে আপনার সাথে যোগাযোগ করবে?
contact-intro = অন্তত একটি উপায় বেছে নিন। শুধু সেই উপায়গুলো বেছে নিন যা আপনার জন্য নিরাপদ।
contact-call = ফোন কল
contact-sms = টেক্সট মেসেজ (SMS)
contact-messaging_app = মেসেজিং অ্যাপ
contact-email = ইমেইল
contact-in_person_via_outreach = সরাসরি দেখা করে, মাঠকর্মীর মাধ্যমে
contact-check_back_in_app = আমি উত্তরের জন্য এই অ্যাপে দেখব
contact-phone-label = ফোন নম্বর, দেশের কোডসহ (যেমন +880…)
contact-app-label = কোন অ্যাপ? (যেমন WhatsApp, Signal)
contact-handle-label = সেই অ্যাপে আপনার নাম বা নম্বর
contact-email-label = ইমেইল ঠিকানা
times-title = কখন আপনার সাথে যোগাযোগ করা নিরাপদ?
times-intro = চাইলে এটি বাদ দিতে পারেন। তখন হেল্পলাইন আরও বেশি সাবধান থাকবে।
times-add = একটি নিরাপদ সময় যোগ করুন
times-remove = এই সময়টি সরিয়ে দিন
times-from = কখন থেকে
times-to = কখন পর্যন্ত
times-days = দিন
times-any-day = যেকোনো দিন
times-zone = টাইম জোন
weekday-mon = সোমবার
weekday-tue = মঙ্গলবার
weekday-wed = বুধবার
weekday-thu = বৃহস্পতিবার
weekday-fri = শুক্রবার
weekday-sat = শনিবার
weekday-sun = রবিবার
voicemail-title = হেল্পলাইন কি ভয়েস মেসেজ রেখে যেতে পারে?
voicemail-yes = হ্যাঁ, ভয়েস মেসেজ নিরাপদ
voicemail-no = না, কখনো ভয়েস মেসেজ রাখবেন না
voicemail-unsaid = আপনি ফোন না ধরলে হেল্পলাইন কোনো ভয়েস মেসেজ রাখবে না।
code-word-label = গোপন শব্দ
code-word-hint = হেল্পলাইন এই শব্দটি বলবে, যাতে আপনি বুঝতে পারেন যে সত্যিই তারাই।
someone-else-title = অন্য কেউ ফোন ধরলে হেল্পলাইন কী করবে?
someone-else-hang_up = ফোন কেটে দেবে
someone-else-say_wrong_number = বলবে যে ভুল নম্বর
someone-else-ask_for_code_word = গোপন শব্দটি জিজ্ঞেস করবে
someone-else-other = অন্য কিছু
someone-else-other-label = তাদের কী করা উচিত?
responder-title = আপনি কার সাথে কথা বলতে চান?
responder-woman = একজন নারী
responder-man = একজন পুরুষ
responder-any_gender = যে কেউ হলেই চলবে
responder-language-label = আপনি কোন ভাষায় উত্তর পেতে চান

## More (all optional)

more-title = আপনার সম্পর্কে আরও একটু
more-intro = এর কোনোটিই না দিলেও চলবে।
place-label = আপনি কোথায় আছেন? একটি শহর বা এলাকার নাম বললেই যথেষ্ট।
place-hint = শুধু ততটুকুই জানান যতটুকু আপনি চান। এই অ্যাপ কখনো আপনার লোকেশন ব্যবহার করে না।
message-label = আপনার বার্তা
message-hint = আপনি যেকোনো ভাষায় লিখতে পারেন।
message-left =
    { $count ->
        [one] আর { $count }টি অক্ষর বাকি
       *[other] আর { $count }টি অক্ষর বাকি
    }

## Consent

consent-title = আপনার অনুরোধ কে দেখতে পারবে?
consent-intro = সিদ্ধান্ত আপনার। সবচেয়ে গোপন বিকল্পটি আগে থেকেই বেছে রাখা আছে।
consent-hotline_only = শুধু হেল্পলাইন
consent-hotline_only-desc = শুধু হেল্পলাইনের দল এটি পড়ে। তারা এটি কাউকে জানায় না।
consent-may_refer_to_services = হেল্পলাইন এবং যেসব সেবা সাহায্য করতে পারে
consent-may_refer_to_services-desc = আপনাকে সাহায্য করার জন্য হেল্পলাইন এটি আশ্রয়কেন্দ্র, ডাক্তার বা আইনজীবীকে জানাতে পারে।
consent-may_involve_police = হেল্পলাইন, সেবা প্রতিষ্ঠান এবং পুলিশ
consent-may_involve_police-desc = হেল্পলাইন পুলিশকেও জানাতে পারে।
consent-child-note = তোমার বয়স ১৮-র কম, তাই তোমাকে নিরাপদ রাখতে হেল্পলাইনকে হয়তো এমন মানুষদের জানাতে হবে, যাদের কাজ শিশুদের রক্ষা করা।

## Review and send

review-title = আপনার অনুরোধটি দেখে নিন
review-intro = আপনার অনুরোধটি লক করা হবে, যাতে শুধু হেল্পলাইনই এটি খুলতে পারে। পাঠানোর পরে এই ফোনে কেউ এটি পড়তে পারবে না, আপনিও না।
review-not-answered = উত্তর দেওয়া হয়নি
review-change = বদলান
review-needs = যে সাহায্য দরকার
review-contact = কীভাবে আপনার সাথে যোগাযোগ করা যাবে
review-times = নিরাপদ সময়
review-more = আপনার সম্পর্কে আরও
review-consent = কে দেখতে পারবে
submit = লক করে হেল্পলাইনে পাঠান
submit-working = আপনার অনুরোধ লক করা হচ্ছে…
submit-done = আপনার অনুরোধটি এই ফোনে লক করা হয়েছে। ইন্টারনেট পেলেই এটি পাঠানো হবে।

## Status

status-title = আপনার অনুরোধগুলো
status-intro = এখানে দেখতে পাবেন প্রতিটি অনুরোধ কোন অবস্থায় আছে।
status-empty = এখনো কোনো অনুরোধ নেই।
status-saved = এই ফোনে সেভ ও লক করা আছে। ইন্টারনেট পেলেই পাঠানো হবে।
status-sending = এখন পাঠানো হচ্ছে…
status-received = হেল্পলাইন এটি পেয়েছে। আমরা হেল্পলাইনের প্রাপ্তির রসিদ যাচাই করেছি।
status-needs_attention = এই অনুরোধটিতে আপনার মনোযোগ দরকার।
status-attempts =
    { $count ->
        [one] { $count } বার চেষ্টা করা হয়েছে
       *[other] { $count } বার চেষ্টা করা হয়েছে
    }
status-hotline-received = হেল্পলাইনের কেউ এটি পড়বেন, তার অপেক্ষায় আছে।
status-hotline-in_review = হেল্পলাইনের একজন এটি পড়ছেন।
status-hotline-answered = হেল্পলাইন এ বিষয়ে ব্যবস্থা নিয়েছে।
status-hotline-closed = হেল্পলাইন এটি বন্ধ করেছে।
status-hotline-contact_planned = হেল্পলাইনের একজন ঠিক করছেন, কীভাবে নিরাপদে আপনার সাথে যোগাযোগ করা যায়।
status-hotline-needs_interpreter = হেল্পলাইন আপনার ভাষায় কথা বলেন এমন কাউকে খুঁজছে।
status-hotline-referred = হেল্পলাইন একটি সহযোগী সংস্থাকে আপনাকে সাহায্য করতে বলেছে।
status-hotline-unknown = হেল্পলাইনের কাছে এ বিষয়ে নতুন খবর আছে। আরও দেখতে, নিরাপদ হলে অ্যাপটি আপডেট করুন।
status-replies = হেল্পলাইনের বার্তা
status-reply-note = হেল্পলাইন আরও লিখেছে (হয়তো আপনার ভাষায় নয়):
status-reply-unreadable = একটি বার্তা এসেছে, যা এই অ্যাপ যাচাই করতে পারেনি, তাই সেটি দেখানো হচ্ছে না।
status-offline = এখন ইন্টারনেট নেই। আপনার অনুরোধগুলো এই ফোনে নিরাপদে আছে।
status-send-now = এখনই পাঠান
status-retry = আবার চেষ্টা করুন
status-check = হেল্পলাইনের কাছে খবর জানতে চান
status-new = নতুন অনুরোধ শুরু করুন

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = আমরা আপনার অনুরোধ পড়েছি। আপনি যে উপায় বেছে নিয়েছেন, সেভাবেই আমরা যোগাযোগ করব।
reply-call_planned = আমরা { $day } { $from } থেকে { $to }-এর মধ্যে (আপনার এলাকার সময় অনুযায়ী) আপনাকে ফোন করব।
reply-message_planned = আমরা { $day } { $from } থেকে { $to }-এর মধ্যে (আপনার এলাকার সময় অনুযায়ী) আপনাকে বার্তা পাঠাব।
reply-interpreter = আমরা আপনার ভাষায় কথা বলেন এমন একজন দোভাষী খুঁজছি। আমরা শিগগিরই আপনার সাথে যোগাযোগ করব।
reply-referred = আমরা আপনার কাছাকাছি একটি সহযোগী সংস্থাকে সাহায্য করতে বলেছি। আপনি যে উপায় বেছে নিয়েছেন, সেভাবেই তারা যোগাযোগ করবে।
reply-call_us = আপনার জন্য যখন নিরাপদ, তখন আমাদের ফোন করুন। সময় আপনিই ঠিক করবেন।
reply-danger = আপনি যদি এখন বিপদে থাকেন, জরুরি নম্বরে ফোন করুন। নম্বরটি এই অ্যাপেই পাবেন।
reply-closed = আমরা আপনার অনুরোধটি বন্ধ করেছি। আপনি যেকোনো সময় নতুন অনুরোধ পাঠাতে পারেন।
reply-unknown = হেল্পলাইন এমন একটি বার্তা পাঠিয়েছে, যা অ্যাপের এই সংস্করণ দেখাতে পারে না। নিরাপদ হলে দয়া করে অ্যাপটি আপডেট করুন।

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = আপনার অনুরোধটি বন্ধ হয়েছে। সাহায্য কেমন ছিল আমাদের বলবেন? তিনটি ছোট প্রশ্ন। আপনি এগুলো বাদ দিতে পারেন।
feedback-private = আপনার উত্তর আপনার অনুরোধ বা নাম ছাড়াই পাঠানো হয়। হটলাইন শুধু মোট সংখ্যা দেখে।
feedback-start = উত্তর দিন
feedback-skip = না, ধন্যবাদ
feedback-send = উত্তর পাঠান
feedback-q-helped = আপনার যে সাহায্য দরকার ছিল তা কি পেয়েছেন?
feedback-q-safe = আমরা যখন যোগাযোগ করেছিলাম তখন কি নিরাপদ বোধ করেছিলেন?
feedback-q-recommend = আপনি কি কোনো বন্ধুকে আমাদের কথা বলবেন?
feedback-a-yes = হ্যাঁ
feedback-a-partly = কিছুটা
feedback-a-no = না
feedback-thanks = ধন্যবাদ। আপনার উত্তর পাঠানো হবে।
feedback-declined = ঠিক আছে। আমরা আর জিজ্ঞেস করব না।
feedback-failed = কাজ হয়নি। আবার চেষ্টা করুন।
problem-unknown_key = এই অনুরোধ পাঠানোর আগে অ্যাপটি আপডেট করতে হবে।
problem-conflict = হেল্পলাইনের কাছে একই নম্বরের অন্য একটি অনুরোধ আছে। দয়া করে অন্য কোনো উপায়ে হেল্পলাইনের সাথে যোগাযোগ করুন।
problem-malformed = হেল্পলাইন এই অনুরোধটি পড়তে পারেনি। দয়া করে নতুন অনুরোধ শুরু করুন।
problem-too_large = এই অনুরোধটি খুব লম্বা। দয়া করে ছোট বার্তা দিয়ে নতুন একটি শুরু করুন।
problem-unsupported_media_type = এই অনুরোধ পাঠানোর আগে অ্যাপটি আপডেট করতে হবে।
problem-other = নেটওয়ার্ক বা হেল্পলাইন এই অনুরোধটি নেয়নি। আবার চেষ্টা করতে পারেন, বা অন্য নেটওয়ার্কে চেষ্টা করে দেখুন।

## Several people on one device (outreach)

drafts-title = যে অনুরোধগুলো এখনো পাঠানো হয়নি
drafts-continue = চালিয়ে যান
drafts-delete = মুছে ফেলুন
drafts-none = কিছুই অপেক্ষায় নেই।
review-reference = এই মানুষটি এই ফোন নিজের কাছে রাখবেন না: তাঁকে একটি কোড দিন
review-reference-hint = কোড দিয়ে তিনি এই অ্যাপ আছে এমন যেকোনো ফোনে হেল্পলাইনের উত্তর পড়তে পারবেন। এই ফোন শুধু দেখাবে হেল্পলাইন অনুরোধটি পেয়েছে কি না।
assisted-organisation-label = আপনার সংস্থা (আপনি, মাঠকর্মী)
assisted-hint = হেল্পলাইন দেখবে যে আপনি এই মানুষটিকে সাহায্য করেছেন, আর আপনি কাদের সঙ্গে কাজ করেন।
assisted-channel-label = হেল্পলাইন কীভাবে আপনার সঙ্গে যোগাযোগ করতে পারে (ঐচ্ছিক)
reference-title = মানুষটির কোড
reference-intro = এই শব্দগুলো মানুষটিকে দিন। এগুলো দিয়ে তিনি এই অ্যাপ আছে এমন যেকোনো ফোনে হেল্পলাইনের উত্তর পড়তে পারবেন। এই ফোন এগুলো কোথাও লিখে রাখে না, আর মানুষটি এগুলো পেয়ে গেলেই ভুলে যায়।
reference-for-person = এই শব্দগুলো আপনার। এগুলো দিয়ে আপনি হেল্পলাইনের উত্তর পড়তে পারবেন। এই অ্যাপ আছে এমন যেকোনো ফোনে “{ $requests }” খুলুন, তারপর “{ $check }” খুলুন, আর শব্দগুলো বা সংখ্যাগুলো লিখুন। এগুলো নিরাপদে রাখুন: যে কেউ এগুলো পেলে উত্তরগুলো পড়তে পারবে।
reference-words = শব্দগুলো
reference-digits = একই কোড সংখ্যায়
reference-request = অনুরোধ { $number }
reference-done = মানুষটির কাছে তাঁর কোড আছে
reference-again = কোডটি দেখানোর সময় অ্যাপটি লক হয়ে গিয়েছিল। এই যে আবার: এখনই এটি মানুষটিকে দিন।
status-check-reference = কোড যাচাই করুন
check-reference-title = কোড যাচাই করুন
check-reference-intro = আপনাকে যে শব্দ বা সংখ্যা দেওয়া হয়েছে, সেগুলো লিখুন। এই ফোন সেগুলো রাখে না, উত্তরগুলোও রাখে না।
check-reference-no-hotline = এই অ্যাপটি এখনো কোনো হেল্পলাইনের সাথে যুক্ত নয়, তাই এখানে কোড যাচাই করা যাবে না। দয়া করে এই অ্যাপ আছে এমন অন্য কোনো ফোনে চেষ্টা করুন।
check-reference-label = শব্দ বা সংখ্যা
check-reference-submit = যাচাই করুন
check-reference-working = যাচাই হচ্ছে। কয়েক সেকেন্ড লাগতে পারে…
check-reference-no-replies = হেল্পলাইন থেকে এখনো কোনো বার্তা আসেনি।
check-reference-show-in = { $language } ভাষায় দেখান
worker-title = মাঠের কাজ
worker-working-as = আপনি কাজ করছেন: { $organisation }
worker-intro = আপনি যাকে সাহায্য করেন, সে নিজের ভাষায় উত্তর দেয়। উত্তরগুলো সিল করা অবস্থায় এই ফোন থেকে যায়, আর মানুষটি একটি কোড সঙ্গে নিয়ে যায়। এখানে শুধু প্রতিটি অনুরোধের নম্বর আর অবস্থা থাকে।
worker-new-person = নতুন একজনকে সাহায্য করুন
handover-title = শুধু আপনার জন্য প্রশ্ন
handover-worker = এখন ফোনটি মানুষটির হাতে দিন। পরের প্রশ্নগুলোর উত্তর সে একা দেবে, আর আপনি তার উত্তর দেখবেন না।
handover-person = পরের প্রশ্নগুলো শুধু আপনার জন্য। যিনি আপনাকে সাহায্য করছেন, তিনি আপনার উত্তর দেখবেন না।
handover-start = শুরু করুন
giveback-title = ধন্যবাদ
giveback-intro = আপনার উত্তরগুলো সিল করা হয়েছে। যিনি আপনাকে সাহায্য করছেন, তিনি সেগুলো দেখতে পারবেন না। এখন ফোনটি ফিরিয়ে দিন।
giveback-button = ফোনটি ফিরিয়ে দিন
review-private = মানুষটি এটি একা উত্তর দিয়েছে। এটি দেখানো হয় না।
review-assisted-as = হেল্পলাইন দেখবে যে আপনি সাহায্য করেছেন, এই নামে: { $organisation }
review-later = এখন নয়: “যে অনুরোধগুলো এখনো পাঠানো হয়নি”-এ রেখে দিন
review-hand-again = ফোনটি আবার মানুষটির হাতে দিন
review-hand-again-hint = মানুষটি একা যা উত্তর দিয়েছে তা বদলাতে চাইলে, বা সেখানে কিছু ঠিক করতে হলে এটি ব্যবহার করুন। সে আবার “কে দেখতে পারবে” প্রশ্নটি দেখবে এবং আবার বেছে নেবে।
review-private-fix = মানুষটি একা যা উত্তর দিয়েছে, তার কিছু ঠিক করতে হবে। শুধু সে-ই এটি ঠিক করতে পারে: ফোনটি আবার তার হাতে দিন।
age-given-back-worker = আপনি যদি বয়স বদলে ১৮-র কম করেন, বা ১৮-র কম বয়স বদলান, তাহলে মানুষটিকে আবার “কে দেখতে পারবে” প্রশ্নটি দেখতে হবে: আপনি ফোনটি আরেকবার তার হাতে দেবেন।
age-reopened-worker = বয়স বদলানোয় মানুষটির “কে দেখতে পারবে” উত্তরটি আর চলবে না। চালিয়ে যান: আপনি ফোনটি আবার তার হাতে দেবেন, আর সে আবার বেছে নেবে।
setup-worker = আমি একজন মাঠকর্মী: আমি অন্যদের সাহায্য চাইতে সাহায্য করি
setup-worker-hint = আপনি যে অনুরোধে সাহায্য করবেন, তার প্রতিটিতে হেল্পলাইন আপনার সংস্থা দেখবে।
worker-org-needed = আপনার সংস্থার নাম লিখুন, অথবা মাঠকর্মী মোড বন্ধ করুন।
settings-worker-title = মাঠকর্মী মোড
settings-worker-intro = এই ফোন থেকে অন্যদের অনুরোধ পাঠাতে সাহায্য করুন। তাদের উত্তর সিল করা থাকে, আর প্রত্যেকে একটি কোড সঙ্গে নিয়ে যায়।
settings-worker-on = চালু করুন
settings-worker-save = পরিবর্তন সেভ করুন
settings-worker-off = বন্ধ করুন
settings-worker-saved = হয়ে গেছে। মাঠকর্মী মোড চালু আছে।
settings-worker-removed = হয়ে গেছে। মাঠকর্মী মোড বন্ধ আছে।

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = পড়ে শোনান: { $text }
speak-stop = পড়া থামান
speak-no-voice = এই ফোনে এই ভাষার জন্য কোনো ভয়েস নেই।
speak-unavailable = এই মুহূর্তে এই ফোনে পড়ে শোনানো কাজ করছে না।
speak-headphones = কাছের কেউ শুনে ফেলতে পারলে হেডফোন ব্যবহার করুন।

## Settings

settings-title = সেটিংস
settings-language = ভাষা
settings-read-aloud = প্রতিটি স্ক্রিন খোলার সাথে সাথে পড়ে শোনানো
settings-lock = এখনই লক করুন
settings-less-protected = এই ডিভাইসে কম সুরক্ষা: এখানে চাবি রাখার কোনো নিরাপদ জায়গা নেই, তাই অ্যাপের ফাইল কপি করলে কেউ আপনার পিন অনুমান করার চেষ্টা করতে পারে। লম্বা পিন আপনাকে আরও ভালো সুরক্ষা দেয়।
settings-duress-title = জরুরি পিন
settings-duress-intro = দ্বিতীয় একটি পিন, যখন কেউ জোর করে আপনাকে দিয়ে অ্যাপ খোলাতে চায়। এটি কোনো চিহ্ন ছাড়াই সবকিছু মুছে ফেলে।
settings-current-pin = আপনার পিন
settings-duress-save = জরুরি পিন সেভ করুন
settings-duress-remove = জরুরি পিন সরিয়ে দিন
settings-pin-title = আপনার পিন বদলান
settings-new-pin = নতুন পিন (৬ থেকে ১২টি সংখ্যা)
settings-new-pin-again = নতুন পিন আবার লিখুন
settings-pin-save = পিন বদলান
settings-pin-changed = আপনার পিন বদলানো হয়েছে। এখন থেকে নতুন পিন ব্যবহার করুন।
settings-duress-saved = হয়ে গেছে। আপনার জরুরি পিন সেভ করা হয়েছে।
settings-duress-removed = হয়ে গেছে। এখন কোনো জরুরি পিন নেই।
pin-wrong-left =
    { $count ->
        [one] এই পিনটি সঠিক নয়। আর { $count } বার ভুল পিন দিলে এই ফোনের সবকিছু মুছে যাবে।
       *[other] এই পিনটি সঠিক নয়। আর { $count } বার ভুল পিন দিলে এই ফোনের সবকিছু মুছে যাবে।
    }
settings-wipe-title = সবকিছু মুছে ফেলুন
settings-wipe-intro = এতে এই ফোনের সব অনুরোধ ও খসড়া মুছে যাবে। এটি আর ফেরানো যাবে না। হেল্পলাইন যেসব অনুরোধ আগেই পেয়েছে, সেগুলো হেল্পলাইনের কাছেই থাকবে।
settings-wipe-confirm = হ্যাঁ, সবকিছু মুছে ফেলুন

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = তুমি কি এখন বিপদে আছো?
danger-yes-child = হ্যাঁ, আমি বিপদে আছি
danger-no-child = না, এখন আমি ঠিক আছি
emergency-intro-child = তুমি এই নম্বরগুলোতে ফোন করতে পারো। ইন্টারনেট লাগবে না।
emergency-call-trace-child = তোমার ফোন কল আর মেসেজের একটি তালিকা রেখে দেয়। কেউ এটি দেখে ফেলবে বলে চিন্তা হলে, তুমি পরে এগুলো মুছে ফেলতে পারো।
needs-title-child = তোমার কোন ব্যাপারে সাহায্য দরকার?
needs-intro-child = তোমার বেলায় যা যা সত্যি, সবগুলোতে চাপ দাও। চাইলে এটি বাদ দিতে পারো।
need-legal_immigration-child = কাগজপত্র বা দলিলের ব্যাপারে সাহায্য
need-labour_exploitation-child = কেউ আমাকে জোর করে কাজ করায়
need-sexual_exploitation-child = কেউ আমাকে জোর করে যৌন কিছু করায়
need-money_debt-child = কেউ বলে, আমি তার কাছে টাকা ধারি
need-going_home-child = আমি বাড়ি যেতে চাই বা আমার পরিবারকে খুঁজে পেতে চাই
need-child_at_risk-child = আরেকটি শিশু বিপদে আছে
urgency-title-child = তোমার কখন সাহায্য দরকার?
for-whom-title-child = কার সাহায্য দরকার?
for-whom-self-child = আমার
contact-title-child = আমরা কীভাবে নিরাপদে তোমার সাথে কথা বলব?
contact-intro-child = তোমার জন্য নিরাপদ একটি উপায় বেছে নাও। অন্য কেউ যেন এটি না দেখে।
times-title-child = কখন তোমাকে ফোন করা বা লেখা নিরাপদ?
times-intro-child = চাইলে এটি বাদ দিতে পারো। তখন আমরা খুব সাবধান থাকব।
voicemail-title-child = আমরা কি তোমার জন্য ভয়েস মেসেজ রেখে যেতে পারি?
someone-else-title-child = অন্য কেউ ফোন ধরলে আমরা কী করব?
responder-title-child = তুমি কার সাথে কথা বলতে চাও?
more-title-child = আর কিছু?
more-intro-child = উত্তর না দিলেও চলবে।
place-label-child = তুমি কোথায় আছো? একটি শহর বা গ্রামের নাম বললেই হবে।
message-label-child = চাইলে আমাদের বলো কী হচ্ছে
consent-title-child = তুমি যা লিখেছ, তা কে পড়তে পারবে?
consent-intro-child = তুমিই বেছে নাও। সবচেয়ে নিরাপদ বিকল্পটি আগে থেকেই বেছে রাখা আছে।
consent-hotline_only-desc-child = শুধু হেল্পলাইনের সাহায্যকারীরা এটি পড়েন। তাঁরা এটি গোপন রাখেন।
consent-may_refer_to_services-desc-child = হেল্পলাইন এমন মানুষদের জানাতে পারে যাঁরা শিশুদের নিরাপদ রাখেন, যেমন ডাক্তার, নিরাপদ আশ্রয় বা আইনজীবী।
consent-may_involve_police-desc-child = হেল্পলাইন পুলিশকেও জানাতে পারে, যাতে যারা তোমাকে কষ্ট দেয় পুলিশ তাদের থামাতে পারে।
review-title-child = তোমার উত্তরগুলো দেখে নাও
review-intro-child = পাঠালেই এটি লক হয়ে যাবে। শুধু হেল্পলাইন এটি খুলতে পারবে। এই ফোনে কেউ এটি পড়তে পারবে না, তুমিও না।
submit-done-child = তোমার বার্তা এই ফোনে লক করা আছে। ইন্টারনেট পেলেই এটি পাঠানো হবে।
handover-title-child = প্রশ্নগুলো শুধু তোমার জন্য
handover-person-child = পরের প্রশ্নগুলোর উত্তর শুধু তুমিই দেবে। যে তোমাকে সাহায্য করছে, সে দেখবে না তুমি কী বলছ।
giveback-intro-child = তোমার উত্তরগুলো লক করা আছে। যে তোমাকে সাহায্য করছে, সে এগুলো দেখতে পারবে না। এখন ফোনটি তাকে ফিরিয়ে দাও।
reference-for-person-child = এই শব্দগুলো শুধু তোমার জন্য। এগুলো দিয়ে তুমি পড়তে পারবে হেল্পলাইন তোমাকে কী লিখেছে। এই অ্যাপ আছে এমন যেকোনো ফোনে “{ $requests }” বোতামে চাপ দাও, তারপর “{ $check }” বোতামে চাপ দাও, আর শব্দগুলো বা সংখ্যাগুলো লেখো। এগুলো গোপন রাখো: যে কেউ এগুলো পেলে উত্তরগুলো পড়তে পারবে।

## Errors (codes come from the app's core)

error-wrong_pin = এই পিনটি সঠিক নয়।
error-locked = দয়া করে আগে আপনার পিন দিয়ে অ্যাপটি খুলুন।
error-no_hotline = এই অ্যাপটি এখনো কোনো হেল্পলাইনের সাথে যুক্ত নয়। আপনার খসড়া সেভ করা আছে।
error-invalid = কিছু উত্তর বদলাতে হবে। দয়া করে চিহ্ন দেওয়া প্রশ্নগুলো দেখুন।
error-pin_too_short = পিনে ৬ থেকে ১২টি সংখ্যা থাকে।
error-duress_same_as_pin = জরুরি পিন আপনার পিন থেকে আলাদা হতে হবে।
error-worker_drafts_open = আপনি যাদের সাহায্য করেন, তাদের অনুরোধ পাঠানো না হওয়া পর্যন্ত মাঠকর্মী মোড চালু থাকবে। দয়া করে সেগুলো পাঠান, অথবা “যে অনুরোধগুলো এখনো পাঠানো হয়নি”-এ গিয়ে সেগুলো মুছে ফেলুন, তারপর মোডটি বন্ধ করুন।
error-already_set_up = এই অ্যাপটি আগেই সেট করা হয়েছে।
error-not_found = এটি খুঁজে পাওয়া যায়নি। হয়তো এটি মুছে ফেলা হয়েছে।
error-internal = কিছু একটা সমস্যা হয়েছে। আপনার সেভ করা অনুরোধগুলো নিরাপদ আছে। দয়া করে আবার চেষ্টা করুন।
error-not_set_up = এই অ্যাপটি এখনো সেট করা হয়নি। দয়া করে আগে একটি পিন বেছে নিন।
error-busy = অ্যাপটি এখন পাঠাচ্ছে। দয়া করে একটু পরে আবার চেষ্টা করুন।
error-status_unavailable = এখন হেল্পলাইনের কাছে জানতে চাওয়া গেল না। আপনার অনুরোধ নিরাপদ আছে। দয়া করে পরে আবার চেষ্টা করুন।
error-malformed = কিছু উত্তর পড়া যায়নি। দয়া করে সেগুলো দেখে আবার চেষ্টা করুন।
error-too_large = এটি পাঠানোর জন্য খুব লম্বা। দয়া করে আপনার বার্তা ছোট করুন।
error-unsupported_version = এই অ্যাপটি আপডেট করতে হবে।
error-profile = এই অ্যাপে হেল্পলাইনের তথ্য ঠিক নেই। আপনার খসড়া সেভ করা আছে। দয়া করে অ্যাপের নতুন সংস্করণ নিন।
error-sync_client = অ্যাপটি এখন নিরাপদে সংযোগ করতে পারছে না। আপনার অনুরোধ সেভ করা আছে, পরে পাঠানো হবে।
error-already_exists = এটি আগেই সেভ করা আছে।
error-empty_pin = দয়া করে আপনার পিন লিখুন।
error-invalid_kdf_params = এই অ্যাপের সেটিংস ঠিক নেই। দয়া করে অ্যাপের নতুন সংস্করণ নিন।
error-device_secret_unavailable = অ্যাপটি এই ফোনের নিরাপদ স্টোরেজে পৌঁছাতে পারছে না। দয়া করে ফোনটি বন্ধ করে আবার চালু করুন, তারপর আবার চেষ্টা করুন।
error-envelope = আপনার অনুরোধটি হেল্পলাইনের জন্য লক করা যায়নি। এটি এখনো খসড়া হিসেবে সেভ করা আছে।
error-receipt_mismatch = হেল্পলাইনের উত্তর যাচাই করা যায়নি। আপনার অনুরোধটি আবার পাঠানো হবে।
error-corrupt = অ্যাপের সেভ করা ডেটা নষ্ট হয়ে গেছে। এটি খোলা যাবে না।
error-io = ফোনটি এটি সেভ করতে পারেনি। ফোনটি হয়তো ভরে গেছে। দয়া করে কিছু জায়গা খালি করে আবার চেষ্টা করুন।
error-database = অ্যাপটি তার ডেটা পড়তে বা সেভ করতে পারেনি। আপনার সেভ করা অনুরোধগুলো নিরাপদ আছে। দয়া করে আবার চেষ্টা করুন।
error-pin_too_long = পিনে ৬ থেকে ১২টি সংখ্যা থাকে।
error-pin_not_digits = পিনে শুধু সংখ্যা থাকে।
error-reference_word_count = কোডে ৯টি শব্দ থাকে। দয়া করে দেখুন সবগুলো লিখেছেন কি না।
error-reference_unknown_word = একটি শব্দ ঠিক নয়। দয়া করে বানানটি দেখুন।
check-reference-wrong-word = { $number } নম্বর শব্দটি ঠিক নয়। দয়া করে বানানটি দেখুন।
error-reference_digits = কোডে ২২টি সংখ্যা থাকে। দয়া করে দেখুন সবগুলো লিখেছেন কি না।
error-reference_check = একটি শব্দ বা সংখ্যা ঠিক নয়। দয়া করে প্রতিটি দেখে আবার চেষ্টা করুন।
error-reference_not_found = এই কোডের কোনো অনুরোধ এখনো হেল্পলাইনের কাছে নেই। এটি ইন্টারনেট ছাড়া কোনো ফোন থেকে পাঠানো হলে, সেই ফোন আবার ইন্টারনেট পেলেই এটি পৌঁছাবে। দয়া করে পরে আবার চেষ্টা করুন। তখনো না পাওয়া গেলে, দয়া করে প্রতিটি শব্দ বা সংখ্যা দেখুন।
field-error-empty = দয়া করে এটি পূরণ করুন, অথবা প্রশ্নটি বাদ দিন।
field-error-not_trimmed = দয়া করে শুরুতে বা শেষে থাকা ফাঁকা জায়গা মুছে দিন।
field-error-too_long = এটি খুব লম্বা। সবচেয়ে বেশি { $max }টি অক্ষর।
field-error-too_many_bytes = এটি খুব লম্বা।
field-error-too_many = অনেক বেশি। সবচেয়ে বেশি { $max }টি।
field-error-duplicate = এটি তালিকায় দুবার আছে।
field-error-control_characters = এতে এমন কিছু অক্ষর আছে যা ব্যবহার করা যায় না।
field-error-invalid_phone = এই ফোন নম্বরটি ঠিক মনে হচ্ছে না। + আর দেশের কোড দিয়ে শুরু করুন।
field-error-invalid_region = এই দেশটি চেনা যায়নি।
field-error-invalid_email = এই ইমেইল ঠিকানাটি ঠিক মনে হচ্ছে না।
field-error-invalid_language = এই ভাষাটি চেনা যায়নি।
field-error-invalid_time_zone = এই টাইম জোনটি চেনা যায়নি।
field-error-invalid_time = দয়া করে আলাদা আলাদা শুরুর সময় ও শেষের সময় বেছে নিন।
field-error-no_contact_method = দয়া করে আপনার সাথে যোগাযোগের অন্তত একটি উপায় বেছে নিন। "আমি উত্তরের জন্য এই অ্যাপে দেখব" বেছে নিলেই যথেষ্ট।
field-error-unsupported_version = এই অ্যাপটি আপডেট করতে হবে।
