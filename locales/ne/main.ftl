## Reach — नेपाली (Nepali)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = नेपाली
# The language's name in English, for the language search.
-locale-english = Nepali
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = क्याल्कुलेटर
quick-exit = छिटो बाहिर निस्कनुहोस्
quick-exit-hint = यो एप तुरुन्तै लुकाउँछ
back = पछाडि
next = अर्को
skip = यो छोड्नुहोस्
save = सेभ गर्नुहोस्
cancel = रद्द गर्नुहोस्
close = बन्द गर्नुहोस्
done = भयो
optional = नभरे पनि हुन्छ
step-of = { $total } मध्ये चरण { $current }
saved-locked = यो फोनमा सेभ र लक गरियो

## Calculator (the app's disguise)

calc-label = क्याल्कुलेटर
calc-display-label = नतिजा
calc-clear = C
calc-equals = =
calc-error = त्रुटि

## First use: a private PIN

setup-title = यो एपलाई गोप्य बनाउनुहोस्
setup-intro = एउटा गोप्य नम्बर (पिन) छान्नुहोस्। यो तपाईंलाई मात्र थाहा हुनुपर्छ।
setup-how = पछि यो एप खोल्न, क्याल्कुलेटरमा आफ्नो पिन टाइप गर्नुहोस्, अनि = थिच्नुहोस्।
setup-pin-label = तपाईंको पिन (६ देखि १२ अङ्क)
setup-pin-repeat-label = आफ्नो पिन फेरि टाइप गर्नुहोस्
setup-duress-title = आपतकालीन पिन (यो छोड्न सक्नुहुन्छ)
setup-duress-intro = कसैले तपाईंलाई यो एप खोल्न कर गरेमा, यसको सट्टा यो अर्को पिन टाइप गर्नुहोस्। एप खाली देखिनेछ, र यसभित्रका सबै कुरा कुनै संकेत नछोडी मेटिनेछन्।
setup-duress-label = आपतकालीन पिन
setup-submit = मेरो पिन सेभ गर्नुहोस्
setup-mismatch = दुईवटा पिन उस्तै छैनन्। कृपया फेरि प्रयास गर्नुहोस्।

## Language

lang-title = आफ्नो भाषा छान्नुहोस्
lang-intro = तपाईं यसलाई पछि सेटिङमा गएर बदल्न सक्नुहुन्छ।
lang-search-label = आफ्नो भाषा खोज्नुहोस्
lang-search-hint = आफ्नो भाषाको नाम जुनसुकै भाषामा टाइप गर्नुहोस्
lang-search-none = यससँग मिल्ने कुनै भाषा छैन। कम अक्षर राखेर हेर्नुहोस्।
lang-yours = यो फोनमा भएका भाषाहरू
lang-all = सबै भाषाहरू
lang-load-failed = यो भाषा खोल्न सकिएन, त्यसैले एप अंग्रेजीमा देखाइएको छ।

## Age (asked early, optional: under 18 switches to the child's path)

age-title = तपाईंको उमेर कति हो?
age-intro = तपाईं यो छोड्न सक्नुहुन्छ। तपाईंको उमेर १८ भन्दा कम छ भने एपले सजिला शब्द प्रयोग गर्छ र बालबालिकाका लागि सहयोग देखाउँछ।
age-under_18 = १८ भन्दा कम
age-18_to_25 = १८ देखि २५
age-26_to_59 = २६ देखि ५९
age-60_plus = ६० वा सोभन्दा बढी

## Danger check and emergency numbers

danger-title = के तपाईं अहिले खतरामा हुनुहुन्छ?
danger-yes = हो, म अहिले खतरामा छु
danger-no = होइन, अहिले छैन
emergency-title = आपतकालीन नम्बरहरू
emergency-intro = तपाईं इन्टरनेट बिना यी नम्बरमा फोन गर्न सक्नुहुन्छ।
emergency-country-label = तपाईंको देश
emergency-police = प्रहरी र आपतकालीन सेवा
emergency-hotline = बेचबिखनमा परेका वा जबरजस्ती काम गर्न लगाइएका मानिसका लागि सहयोग
emergency-children = बालबालिका र किशोरकिशोरीका लागि सहयोग
emergency-call = { $number } मा फोन गर्नुहोस्
emergency-source = स्रोत: { $source }
emergency-checked = जाँच गरिएको: { $date }
emergency-not-checked = अहिलेसम्म फेरि जाँच गरिएको छैन। नम्बरले काम नगरेमा आपतकालीन नम्बरमा फोन गर्नुहोस्।
emergency-call-trace = फोन कल र टेक्स्ट म्यासेजहरू तपाईंको फोनको सूचीमा रहन्छन्। कसैले तपाईंको फोन जाँच्छ भने, तपाईं पछि तिनलाई मेटाउन सक्नुहुन्छ।
emergency-none = यो देशका नम्बरहरू हामीसँग अहिलेसम्म छैनन्। तपाईं खतरामा हुनुहुन्छ भने स्थानीय आपतकालीन नम्बरमा फोन गर्नुहोस्।
emergency-continue = अगाडि बढ्नुहोस् र सहयोग माग्नुहोस्

## What help is needed

needs-title = तपाईंलाई कस्तो सहयोग चाहिन्छ?
needs-intro = मिल्ने सबै छान्नुहोस्। तपाईं यो छोड्न पनि सक्नुहुन्छ।
need-safety_now = अहिले नै सुरक्षित हुन
need-shelter = बस्नका लागि सुरक्षित ठाउँ
need-medical = डाक्टर वा औषधि
need-legal_immigration = कागजपत्र, भिसा वा कानुनमा सहयोग
need-labour_exploitation = कामको ठाउँमा समस्या वा तलब नपाएको
need-sexual_exploitation = यौन सम्पर्कका लागि जबरजस्ती गरिएको
need-child_at_risk = कुनै बच्चा खतरामा छ
need-money_debt = पैसा वा ऋण
need-going_home = घर फर्कन वा परिवार भेट्टाउन
need-interpreter = मेरो भाषा बोल्ने कोही
need-other = अरू केही
urgency-title = तपाईंलाई कति छिटो सहयोग चाहिन्छ?
urgency-now = अहिले नै
urgency-today = आज
urgency-this_week = यो हप्ता
urgency-not_urgent = पर्खन सकिन्छ
for-whom-title = यो अनुरोध कसका लागि हो?
for-whom-self = मेरा लागि
for-whom-someone_else = अरू कसैका लागि
for-whom-assisted_by_outreach = म कसैलाई सहयोग गर्दै गरेको फिल्ड कार्यकर्ता हुँ

## Safe contact

contact-title = हेल्पलाइनले तपाईंलाई सुरक्षित रूपमा कसरी सम्पर्क गर्न सक्छ?
contact-intro = कम्तीमा एउटा तरिका छान्नुहोस्। तपाईंका लागि सुरक्षित तरिका मात्र छान्नुहोस्।
contact-call = फोन कल
contact-sms = टेक्स्ट म्यासेज (SMS)
contact-messaging_app = म्यासेजिङ एप
contact-email = इमेल
contact-in_person_via_outreach = आमनेसामने, फिल्ड कार्यकर्तामार्फत
contact-check_back_in_app = म जवाफका लागि यही एप हेर्नेछु
contact-phone-label = फोन नम्बर, देशको कोडसहित (जस्तै +977…)
contact-app-label = कुन एप? (जस्तै WhatsApp, Signal)
contact-handle-label = त्यो एपमा तपाईंको नाम वा नम्बर
contact-email-label = इमेल ठेगाना
times-title = तपाईंलाई कहिले सम्पर्क गर्दा सुरक्षित हुन्छ?
times-intro = तपाईं यो छोड्न सक्नुहुन्छ। त्यसो भए हेल्पलाइनले झन् धेरै सावधानी अपनाउनेछ।
times-add = सुरक्षित समय थप्नुहोस्
times-remove = यो समय हटाउनुहोस्
times-from = कहिलेदेखि
times-to = कहिलेसम्म
times-days = दिनहरू
times-any-day = जुनसुकै दिन
times-zone = समय क्षेत्र
weekday-mon = सोमबार
weekday-tue = मंगलबार
weekday-wed = बुधबार
weekday-thu = बिहीबार
weekday-fri = शुक्रबार
weekday-sat = शनिबार
weekday-sun = आइतबार
voicemail-title = के हेल्पलाइनले भ्वाइस म्यासेज छोड्न सक्छ?
voicemail-yes = हो, भ्वाइस म्यासेज सुरक्षित छ
voicemail-no = होइन, कहिल्यै भ्वाइस म्यासेज नछोड्नुहोस्
voicemail-unsaid = तपाईंले फोन उठाउनुभएन भने हेल्पलाइनले भ्वाइस म्यासेज छोड्दैन।
code-word-label = गोप्य शब्द
code-word-hint = हेल्पलाइनले यो शब्द भन्नेछ, ताकि साँच्चै उनीहरू नै हुन् भनेर तपाईंलाई थाहा होस्।
someone-else-title = अरू कसैले फोन उठाएमा हेल्पलाइनले के गर्ने?
someone-else-hang_up = फोन काट्ने
someone-else-say_wrong_number = गलत नम्बर परेको भन्ने
someone-else-ask_for_code_word = गोप्य शब्द सोध्ने
someone-else-other = अरू केही
someone-else-other-label = उनीहरूले के गर्नुपर्छ?
responder-title = तपाईं कोसँग कुरा गर्न चाहनुहुन्छ?
responder-woman = महिला
responder-man = पुरुष
responder-any_gender = जो भए पनि हुन्छ
responder-language-label = तपाईंलाई कुन भाषामा जवाफ चाहिन्छ

## More (all optional)

more-title = तपाईंको बारेमा अलिकति थप
more-intro = यी सबै नभरे पनि हुन्छ।
place-label = तपाईं कहाँ हुनुहुन्छ? सहर वा क्षेत्रको नाम भए पुग्छ।
place-hint = तपाईंले चाहेको कुरा मात्र बताउनुहोस्। यो एपले तपाईंको लोकेसन कहिल्यै प्रयोग गर्दैन।
message-label = तपाईंको सन्देश
message-hint = तपाईं जुनसुकै भाषामा लेख्न सक्नुहुन्छ।
message-left =
    { $count ->
        [one] { $count } अक्षर बाँकी
       *[other] { $count } अक्षर बाँकी
    }

## Consent

consent-title = तपाईंको अनुरोध कसले हेर्न सक्छ?
consent-intro = निर्णय तपाईंको हो। सबैभन्दा गोप्य विकल्प पहिले नै छानिएको छ।
consent-hotline_only = हेल्पलाइन मात्र
consent-hotline_only-desc = हेल्पलाइनको टोलीले मात्र यो पढ्छ। उनीहरू यो अरू कसैलाई दिँदैनन्।
consent-may_refer_to_services = हेल्पलाइन र सहयोग गर्न सक्ने सेवाहरू
consent-may_refer_to_services-desc = तपाईंलाई सहयोग गर्न, हेल्पलाइनले यो आश्रयस्थल, डाक्टर वा वकिललाई दिन सक्छ।
consent-may_involve_police = हेल्पलाइन, सेवाहरू र प्रहरी
consent-may_involve_police-desc = हेल्पलाइनले प्रहरीलाई पनि भन्न सक्छ।
consent-child-note = तिम्रो उमेर १८ भन्दा कम भएकाले, तिमीलाई सुरक्षित राख्न हेल्पलाइनले बालबालिकाको सुरक्षा गर्ने काम भएका मानिसलाई भन्नुपर्ने हुन सक्छ।

## Review and send

review-title = आफ्नो अनुरोध जाँच्नुहोस्
review-intro = तपाईंको अनुरोध लक गरिनेछ, ताकि हेल्पलाइनले मात्र यसलाई खोल्न सकोस्। पठाएपछि यो फोनमा कसैले पनि यसलाई पढ्न सक्दैन, तपाईंले पनि सक्नुहुन्न।
review-not-answered = जवाफ दिइएको छैन
review-change = बदल्नुहोस्
review-needs = चाहिएको सहयोग
review-contact = तपाईंलाई कसरी सम्पर्क गर्ने
review-times = सुरक्षित समय
review-more = तपाईंको बारेमा थप
review-consent = कसले हेर्न सक्छ
submit = लक गरेर हेल्पलाइनमा पठाउनुहोस्
submit-working = तपाईंको अनुरोध लक गर्दै…
submit-done = तपाईंको अनुरोध यो फोनमा लक गरिएको छ। इन्टरनेट भएपछि यो पठाइनेछ।

## Status

status-title = तपाईंका अनुरोधहरू
status-intro = यहाँ प्रत्येक अनुरोध कहाँ पुग्यो भनेर हेर्न सक्नुहुन्छ।
status-empty = अहिलेसम्म कुनै अनुरोध छैन।
status-saved = यो फोनमा सेभ र लक गरिएको छ। इन्टरनेट भएपछि पठाइनेछ।
status-sending = अहिले पठाउँदै…
status-received = हेल्पलाइनले यो पाएको छ। हामीले हेल्पलाइनको रसिद जाँचेका छौं।
status-needs_attention = यो अनुरोधमा तपाईंको ध्यान चाहिन्छ।
status-attempts =
    { $count ->
        [one] एक पटक प्रयास गरियो
       *[other] { $count } पटक प्रयास गरियो
    }
status-hotline-received = हेल्पलाइनमा कसैले पढ्ने प्रतीक्षामा छ।
status-hotline-in_review = हेल्पलाइनका एक जनाले यो पढ्दै हुनुहुन्छ।
status-hotline-answered = हेल्पलाइनले यसमा काम गरेको छ।
status-hotline-closed = हेल्पलाइनले यो बन्द गरेको छ।
status-hotline-contact_planned = हेल्पलाइनका एक जनाले तपाईंलाई सुरक्षित रूपमा कसरी सम्पर्क गर्ने भनेर योजना बनाउँदै हुनुहुन्छ।
status-hotline-needs_interpreter = हेल्पलाइनले तपाईंको भाषा बोल्ने व्यक्ति खोज्दैछ।
status-hotline-referred = हेल्पलाइनले एउटा साझेदार संस्थालाई तपाईंलाई सहयोग गर्न अनुरोध गरेको छ।
status-hotline-unknown = हेल्पलाइनसँग यसबारे नयाँ खबर छ। थप हेर्न, सुरक्षित हुँदा एप अपडेट गर्नुहोस्।
status-replies = हेल्पलाइनका सन्देशहरू
status-reply-note = हेल्पलाइनले यो पनि लेखेको छ (सायद तपाईंको भाषामा होइन):
status-reply-unreadable = एउटा सन्देश आयो, तर यो एपले त्यसलाई जाँच्न सकेन, त्यसैले देखाइएको छैन।
status-offline = अहिले इन्टरनेट छैन। तपाईंका अनुरोधहरू यो फोनमा सुरक्षित छन्।
status-send-now = अहिले पठाउनुहोस्
status-retry = फेरि प्रयास गर्नुहोस्
status-check = हेल्पलाइनसँग खबर सोध्नुहोस्
status-new = नयाँ अनुरोध सुरु गर्नुहोस्

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = हामीले तपाईंको अनुरोध पढ्यौं। तपाईंले छानेको तरिकाले हामी तपाईंलाई सम्पर्क गर्नेछौं।
reply-call_planned = हामी तपाईंलाई { $day } { $from } देखि { $to } सम्मको बीचमा (तपाईं भएको ठाउँको समय अनुसार) फोन गर्नेछौं।
reply-message_planned = हामी तपाईंलाई { $day } { $from } देखि { $to } सम्मको बीचमा (तपाईं भएको ठाउँको समय अनुसार) सन्देश पठाउनेछौं।
reply-interpreter = हामी तपाईंको भाषा बोल्ने दोभाषे खोज्दैछौं। हामी छिट्टै तपाईंलाई सम्पर्क गर्नेछौं।
reply-referred = हामीले तपाईंको नजिकको एउटा साझेदार संस्थालाई सहयोग गर्न अनुरोध गरेका छौं। उनीहरूले तपाईंले छानेको तरिकाले तपाईंलाई सम्पर्क गर्नेछन्।
reply-call_us = तपाईंलाई सुरक्षित हुँदा हामीलाई फोन गर्नुहोस्। समय तपाईं आफैं छान्नुहोस्।
reply-danger = तपाईं अहिले खतरामा हुनुहुन्छ भने आपतकालीन नम्बरमा फोन गर्नुहोस्। त्यो नम्बर यही एपमा छ।
reply-closed = हामीले तपाईंको अनुरोध बन्द गरेका छौं। तपाईं जुनसुकै बेला नयाँ अनुरोध पठाउन सक्नुहुन्छ।
reply-unknown = हेल्पलाइनले एउटा सन्देश पठायो, जुन एपको यो संस्करणले देखाउन सक्दैन। कृपया सुरक्षित हुँदा एप अपडेट गर्नुहोस्।

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = तपाईंको अनुरोध बन्द भयो। सहयोग कस्तो रह्यो हामीलाई भन्नुहुन्छ? तीनवटा छोटा प्रश्न। तपाईं यिनलाई छोड्न सक्नुहुन्छ।
feedback-private = तपाईंका उत्तर तपाईंको अनुरोध वा नामबिना पठाइन्छन्। हटलाइनले जम्मा संख्या मात्र देख्छ।
feedback-start = उत्तर दिनुहोस्
feedback-skip = होइन, धन्यवाद
feedback-send = उत्तर पठाउनुहोस्
feedback-q-helped = तपाईंलाई चाहिएको सहयोग पाउनुभयो?
feedback-q-safe = हामीले सम्पर्क गर्दा तपाईं सुरक्षित महसुस गर्नुभयो?
feedback-q-recommend = तपाईं साथीलाई हाम्रो बारेमा भन्नुहुन्छ?
feedback-a-yes = हो
feedback-a-partly = केही हदसम्म
feedback-a-no = होइन
feedback-thanks = धन्यवाद। तपाईंका उत्तर पठाइनेछन्।
feedback-declined = ठिक छ। हामी फेरि सोध्ने छैनौं।
feedback-failed = भएन। कृपया फेरि प्रयास गर्नुहोस्।
problem-unknown_key = यो अनुरोध पठाउनुअघि यो एप अपडेट गर्नुपर्छ।
problem-conflict = हेल्पलाइनसँग उही नम्बरको अर्को अनुरोध छ। कृपया हेल्पलाइनलाई अर्कै तरिकाले सम्पर्क गर्नुहोस्।
problem-malformed = हेल्पलाइनले यो अनुरोध पढ्न सकेन। कृपया नयाँ अनुरोध सुरु गर्नुहोस्।
problem-too_large = यो अनुरोध धेरै लामो छ। कृपया छोटो सन्देशसहित नयाँ अनुरोध सुरु गर्नुहोस्।
problem-unsupported_media_type = यो अनुरोध पठाउनुअघि यो एप अपडेट गर्नुपर्छ।
problem-other = नेटवर्क वा हेल्पलाइनले यो अनुरोध स्वीकार गरेन। तपाईं फेरि प्रयास गर्न सक्नुहुन्छ, वा अर्को नेटवर्कबाट प्रयास गर्न सक्नुहुन्छ।

## Several people on one device (outreach)

drafts-title = अहिलेसम्म नपठाइएका अनुरोधहरू
drafts-continue = जारी राख्नुहोस्
drafts-delete = मेटाउनुहोस्
drafts-none = केही पनि बाँकी छैन।
review-reference = यो व्यक्तिले यो फोन आफूसँग राख्नुहुन्न: उहाँलाई एउटा कोड दिनुहोस्
review-reference-hint = कोड भए उहाँ यो एप भएको जुनसुकै फोनमा हेल्पलाइनका जवाफ पढ्न सक्नुहुन्छ। यो फोनले हेल्पलाइनले अनुरोध पायो कि पाएन, त्यति मात्र देखाउँछ।
assisted-organisation-label = तपाईंको संस्था (तपाईं, फिल्डमा काम गर्ने कार्यकर्ता)
assisted-hint = हेल्पलाइनले तपाईंले यो व्यक्तिलाई सहयोग गर्नुभयो र तपाईं कोसँग काम गर्नुहुन्छ भनेर देख्नेछ।
assisted-channel-label = हेल्पलाइनले तपाईंलाई कसरी सम्पर्क गर्न सक्छ (ऐच्छिक)
reference-title = यो व्यक्तिको कोड
reference-intro = यी शब्दहरू उहाँलाई दिनुहोस्। यी शब्दले उहाँ यो एप भएको जुनसुकै फोनमा हेल्पलाइनका जवाफ पढ्न सक्नुहुन्छ। यो फोनले यिनलाई कतै लेख्दैन, र उहाँले पाएपछि बिर्सन्छ।
reference-for-person = यी शब्दहरू तपाईंका हुन्। यी शब्दले तपाईं हेल्पलाइनका जवाफ पढ्न सक्नुहुन्छ। यो एप भएको जुनसुकै फोनमा “{ $requests }” खोल्नुहोस्, त्यसपछि “{ $check }” थिच्नुहोस् र शब्द वा अङ्क लेख्नुहोस्। यिनलाई सुरक्षित राख्नुहोस्: यी शब्द जोसँग हुन्छन्, उसले पनि जवाफ पढ्न सक्छ।
reference-words = शब्दहरू
reference-digits = यही कोड अङ्कमा
reference-request = अनुरोध { $number }
reference-done = उहाँले आफ्नो कोड पाउनुभयो
reference-again = कोड देखिइरहेको बेला एप लक भयो। कोड फेरि यहाँ छ: अहिले नै यो उहाँलाई दिनुहोस्।
status-check-reference = कोड जाँच्नुहोस्
check-reference-title = कोड जाँच्नुहोस्
check-reference-intro = तपाईंलाई दिइएका शब्द वा अङ्क लेख्नुहोस्। यो फोनले ती शब्द वा अङ्क राख्दैन, जवाफ पनि राख्दैन।
check-reference-no-hotline = यो एप अहिलेसम्म कुनै हेल्पलाइनसँग जोडिएको छैन, त्यसैले यहाँ कोड जाँच्न सकिँदैन। कृपया यो एप भएको अर्को फोनमा प्रयास गर्नुहोस्।
check-reference-label = शब्द वा अङ्क
check-reference-submit = जाँच्नुहोस्
check-reference-working = जाँच्दै छ। केही सेकेन्ड लाग्न सक्छ…
check-reference-no-replies = हेल्पलाइनबाट अहिलेसम्म कुनै सन्देश आएको छैन।
check-reference-show-in = { $language } भाषामा देखाउनुहोस्
worker-title = फिल्डको काम
worker-working-as = तपाईं यो नामबाट काम गर्नुहुन्छ: { $organisation }
worker-intro = तपाईंले मद्दत गर्ने हरेक व्यक्तिले आफ्नै भाषामा जवाफ दिन्छ। जवाफहरू सिल भएर यो फोनबाट जान्छन्, र त्यो व्यक्तिले एउटा कोड साथमा लैजान्छ। यहाँ हरेक अनुरोधको नम्बर र अवस्था मात्र रहन्छ।
worker-new-person = नयाँ व्यक्तिलाई मद्दत गर्नुहोस्
handover-title = तपाईंका लागि मात्र प्रश्नहरू
handover-worker = अब फोन त्यो व्यक्तिलाई दिनुहोस्। अर्को प्रश्नहरूको जवाफ उसले एक्लै दिन्छ, र तपाईंले उसको जवाफ देख्नुहुने छैन।
handover-person = अर्को प्रश्नहरू तपाईंका लागि मात्र हुन्। तपाईंलाई मद्दत गर्ने व्यक्तिले तपाईंका जवाफ देख्ने छैन।
handover-start = सुरु गर्नुहोस्
giveback-title = धन्यवाद
giveback-intro = तपाईंका जवाफहरू सिल भए। तपाईंलाई मद्दत गर्ने व्यक्तिले ती देख्न सक्दैन। अब फोन फिर्ता दिनुहोस्।
giveback-button = फोन फिर्ता दिनुहोस्
review-private = यसको जवाफ व्यक्तिले एक्लै दिएको हो। यो देखाइँदैन।
review-assisted-as = हेल्पलाइनले तपाईंले मद्दत गर्नुभएको यो नामबाट देख्नेछ: { $organisation }
review-later = अहिले होइन: “अहिलेसम्म नपठाइएका अनुरोधहरू” मा राख्नुहोस्
review-hand-again = फोन फेरि त्यो व्यक्तिलाई दिनुहोस्
review-hand-again-hint = त्यो व्यक्तिले एक्लै दिएको जवाफ बदल्न चाहनुहुन्छ भने, वा त्यहाँ केही सच्याउनुपर्छ भने यो थिच्नुहोस्। उहाँले “कसले हेर्न सक्छ” फेरि देख्नुहुनेछ र फेरि छान्नुहुनेछ।
review-private-fix = त्यो व्यक्तिले एक्लै दिएको कुनै जवाफ सच्याउनुपर्छ। त्यो उहाँ मात्र सच्याउन सक्नुहुन्छ: फोन फेरि उहाँलाई दिनुहोस्।
age-given-back-worker = तपाईंले उमेर “१८ भन्दा कम” मा वा त्यसबाट बदल्नुभयो भने, त्यो व्यक्तिले “कसले हेर्न सक्छ” फेरि हेर्नुपर्छ: तपाईंले फोन उहाँलाई फेरि एक पटक दिनुहुनेछ।
age-reopened-worker = उमेर बदलिएकाले त्यो व्यक्तिको “कसले हेर्न सक्छ” छनोटमा असर परेको छ। अगाडि बढ्नुहोस्: तपाईंले फोन उहाँलाई फेरि दिनुहुनेछ, र उहाँले फेरि छान्नुहुनेछ।
setup-worker = म फिल्डमा काम गर्ने कार्यकर्ता हुँ: म अरूलाई मद्दत माग्न मद्दत गर्छु
setup-worker-hint = तपाईंले मद्दत गर्ने हरेक अनुरोधमा हेल्पलाइनले तपाईंको संस्था देख्नेछ।
worker-org-needed = आफ्नो संस्थाको नाम लेख्नुहोस्, वा क्षेत्र कार्यकर्ता मोड बन्द गर्नुहोस्।
settings-worker-title = फिल्ड कार्यकर्ता मोड
settings-worker-intro = यो फोनबाट अरूलाई अनुरोध पठाउन मद्दत गर्नुहोस्। उनीहरूका जवाफ सिल हुन्छन्, र हरेक व्यक्तिले एउटा कोड लैजान्छ।
settings-worker-on = खोल्नुहोस्
settings-worker-save = परिवर्तन सेभ गर्नुहोस्
settings-worker-off = बन्द गर्नुहोस्
settings-worker-saved = भयो। फिल्ड कार्यकर्ता मोड खुला छ।
settings-worker-removed = भयो। फिल्ड कार्यकर्ता मोड बन्द छ।

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = ठूलो स्वरमा पढ्नुहोस्: { $text }
speak-stop = पढ्न रोक्नुहोस्
speak-no-voice = यो फोनमा यो भाषाको आवाज छैन।
speak-unavailable = अहिले यो फोनमा ठूलो स्वरमा पढ्ने सुविधाले काम गर्दैन।
speak-headphones = नजिकै कसैले सुन्न सक्ने भए हेडफोन प्रयोग गर्नुहोस्।

## Settings

settings-title = सेटिङ
settings-language = भाषा
settings-read-aloud = हरेक स्क्रिन खुल्दा ठूलो स्वरमा पढेर सुनाउने
settings-lock = अहिले लक गर्नुहोस्
settings-less-protected = यो उपकरणमा कम सुरक्षा: यहाँ साँचो राख्ने सुरक्षित ठाउँ छैन, त्यसैले एपका फाइलहरू प्रतिलिपि गर्ने व्यक्तिले तपाईंको पिन अनुमान गर्ने प्रयास गर्न सक्छ। लामो पिनले तपाईंलाई राम्रोसँग सुरक्षित राख्छ।
settings-duress-title = आपतकालीन पिन
settings-duress-intro = कसैले तपाईंलाई एप खोल्न कर गरेको बेलाका लागि दोस्रो पिन। यसले कुनै संकेत नछोडी सबै कुरा मेटाउँछ।
settings-current-pin = तपाईंको पिन
settings-duress-save = आपतकालीन पिन सेभ गर्नुहोस्
settings-duress-remove = आपतकालीन पिन हटाउनुहोस्
settings-pin-title = आफ्नो पिन बदल्नुहोस्
settings-new-pin = नयाँ पिन (६ देखि १२ अङ्क)
settings-new-pin-again = नयाँ पिन फेरि टाइप गर्नुहोस्
settings-pin-save = पिन बदल्नुहोस्
settings-pin-changed = तपाईंको पिन बदलियो। अबदेखि नयाँ पिन प्रयोग गर्नुहोस्।
settings-duress-saved = भयो। तपाईंको आपतकालीन पिन सेभ गरियो।
settings-duress-removed = भयो। अब कुनै आपतकालीन पिन छैन।
pin-wrong-left =
    { $count ->
        [one] त्यो पिन मिलेन। अझै एक पटक गलत पिन हालेमा यो फोनमा भएका सबै कुरा मेटिनेछन्।
       *[other] त्यो पिन मिलेन। अझै { $count } पटक गलत पिन हालेमा यो फोनमा भएका सबै कुरा मेटिनेछन्।
    }
settings-wipe-title = सबै मेटाउनुहोस्
settings-wipe-intro = यसले यो फोनमा भएका सबै अनुरोध र ड्राफ्ट मेटाउँछ। यो फिर्ता गर्न सकिँदैन। हेल्पलाइनले पहिले नै पाइसकेका अनुरोधहरू हेल्पलाइनमै रहन्छन्।
settings-wipe-confirm = हो, सबै मेटाउनुहोस्

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = के तिमी अहिले खतरामा छौ?
danger-yes-child = हो, म खतरामा छु
danger-no-child = होइन, अहिले म ठिक छु
emergency-intro-child = तिमी यी नम्बरमा फोन गर्न सक्छौ। इन्टरनेट चाहिँदैन।
emergency-call-trace-child = तिम्रो फोनले कल र म्यासेजको सूची राख्छ। कसैले देख्छ कि भनेर चिन्ता लागे, पछि तिमी ती मेटाउन सक्छौ।
needs-title-child = तिमीलाई केमा सहयोग चाहिन्छ?
needs-intro-child = तिम्रो लागि जे-जे सही हो, ती सबैमा थिच। यो छोड्न पनि सक्छौ।
need-legal_immigration-child = कागजपत्र वा डकुमेन्टमा सहयोग
need-labour_exploitation-child = कसैले मलाई जबरजस्ती काम गर्न लगाउँछ
need-sexual_exploitation-child = कसैले मलाई जबरजस्ती यौन क्रियाकलाप गर्न लगाउँछ
need-money_debt-child = कसैले मैले उसको पैसा तिर्नुपर्छ भन्छ
need-going_home-child = म घर जान वा मेरो परिवार भेट्टाउन चाहन्छु
need-child_at_risk-child = अर्को बच्चा खतरामा छ
urgency-title-child = तिमीलाई कहिले सहयोग चाहिन्छ?
for-whom-title-child = कसलाई सहयोग चाहिन्छ?
for-whom-self-child = मलाई
contact-title-child = हामी तिमीसँग सुरक्षित रूपमा कसरी कुरा गर्न सक्छौं?
contact-intro-child = तिम्रो लागि सुरक्षित तरिका छान। अरू कसैले यो देख्नु हुँदैन।
times-title-child = हामीले तिमीलाई कहिले फोन गर्दा वा लेख्दा सुरक्षित हुन्छ?
times-intro-child = तिमी यो छोड्न सक्छौ। त्यसो भए हामी धेरै होसियार हुनेछौं।
voicemail-title-child = के हामी तिम्रो लागि भ्वाइस म्यासेज छोड्न सक्छौं?
someone-else-title-child = अरू कसैले फोन उठायो भने हामीले के गर्ने?
responder-title-child = तिमी कोसँग कुरा गर्न चाहन्छौ?
more-title-child = अरू केही छ?
more-intro-child = जवाफ दिनैपर्छ भन्ने छैन।
place-label-child = तिमी कहाँ छौ? सहर वा गाउँको नाम भए पुग्छ।
message-label-child = मन लागे, के भइरहेको छ हामीलाई भन
consent-title-child = तिमीले लेखेको कुरा कसले पढ्न सक्छ?
consent-intro-child = तिमी आफैं छान। सबैभन्दा सुरक्षित विकल्प पहिले नै छानिएको छ।
consent-hotline_only-desc-child = हेल्पलाइनका सहयोगीहरूले मात्र यो पढ्छन्। उनीहरू यो गोप्य राख्छन्।
consent-may_refer_to_services-desc-child = हेल्पलाइनले बालबालिकालाई सुरक्षित राख्ने मानिसलाई भन्न सक्छ, जस्तै डाक्टर, सुरक्षित घर वा वकिल।
consent-may_involve_police-desc-child = हेल्पलाइनले प्रहरीलाई पनि भन्न सक्छ, ताकि प्रहरीले तिमीलाई दुख दिने मानिसलाई रोक्न सकोस्।
review-title-child = आफ्ना जवाफ हेर
review-intro-child = पठाएपछि यो लक हुन्छ। हेल्पलाइनले मात्र यसलाई खोल्न सक्छ। यो फोनमा कसैले पनि यसलाई पढ्न सक्दैन, तिमीले पनि सक्दैनौ।
submit-done-child = तिम्रो सन्देश यो फोनमा लक छ। इन्टरनेट भएपछि यो पठाइनेछ।
handover-title-child = तिम्रो लागि मात्र प्रश्नहरू
handover-person-child = अबका प्रश्नहरूको जवाफ तिमी मात्र दिन्छौ। तिमीलाई मद्दत गर्ने व्यक्तिले तिमीले भनेको कुरा देख्ने छैन।
giveback-intro-child = तिम्रा जवाफहरू लक भए। तिमीलाई मद्दत गर्ने व्यक्तिले ती देख्न सक्दैन। अब फोन तिमीलाई मद्दत गर्ने व्यक्तिलाई फिर्ता देऊ।
reference-for-person-child = यी शब्दहरू तिम्रो लागि मात्र हुन्। यी शब्दले हेल्पलाइनले तिमीलाई लेखेको जवाफ तिमी पढ्न सक्छौ। यो एप भएको जुनसुकै फोनमा “{ $requests }” मा थिच, त्यसपछि “{ $check }” मा थिच र शब्द वा अङ्क लेख। यिनलाई गोप्य राख: यी शब्द जोसँग हुन्छन्, उसले पनि जवाफ पढ्न सक्छ।

## Errors (codes come from the app's core)

error-wrong_pin = त्यो पिन मिलेन।
error-locked = कृपया पहिले आफ्नो पिनले एप खोल्नुहोस्।
error-no_hotline = यो एप अहिलेसम्म कुनै हेल्पलाइनसँग जोडिएको छैन। तपाईंको ड्राफ्ट सेभ गरिएको छ।
error-invalid = केही जवाफहरू बदल्नुपर्छ। कृपया चिन्ह लगाइएका प्रश्नहरू हेर्नुहोस्।
error-pin_too_short = पिनमा ६ देखि १२ अङ्क हुन्छन्।
error-duress_same_as_pin = आपतकालीन पिन तपाईंको पिनभन्दा फरक हुनुपर्छ।
error-worker_drafts_open = तपाईंले मद्दत गर्ने व्यक्तिहरूका अनुरोधहरू नपठाइएसम्म फिल्ड कार्यकर्ता मोड खुला रहन्छ। “अहिलेसम्म नपठाइएका अनुरोधहरू” मा गएर ती पठाउनुहोस् वा मेटाउनुहोस्, अनि मोड बन्द गर्नुहोस्।
error-already_set_up = यो एप पहिले नै सेट गरिएको छ।
error-not_found = यो भेटिएन। यो मेटिएको हुन सक्छ।
error-internal = केही गडबड भयो। तपाईंका सेभ गरिएका अनुरोधहरू सुरक्षित छन्। कृपया फेरि प्रयास गर्नुहोस्।
error-not_set_up = यो एप अहिलेसम्म सेट गरिएको छैन। कृपया पहिले एउटा पिन छान्नुहोस्।
error-busy = एपले अहिले पठाउँदै छ। कृपया केही बेरपछि फेरि प्रयास गर्नुहोस्।
error-status_unavailable = अहिले हेल्पलाइनलाई सोध्न सकिएन। तपाईंको अनुरोध सुरक्षित छ। कृपया पछि फेरि प्रयास गर्नुहोस्।
error-malformed = केही जवाफहरू पढ्न सकिएन। कृपया ती जाँचेर फेरि प्रयास गर्नुहोस्।
error-too_large = यो पठाउन धेरै लामो छ। कृपया आफ्नो सन्देश छोटो बनाउनुहोस्।
error-unsupported_version = यो एप अपडेट गर्नुपर्छ।
error-profile = यो एपमा हेल्पलाइनको विवरण मिलेको छैन। तपाईंको ड्राफ्ट सेभ गरिएको छ। कृपया एपको नयाँ संस्करण लिनुहोस्।
error-sync_client = एप अहिले सुरक्षित रूपमा जोडिन सकेन। तपाईंको अनुरोध सेभ गरिएको छ र पछि पठाइनेछ।
error-already_exists = यो पहिले नै सेभ गरिएको छ।
error-empty_pin = कृपया आफ्नो पिन लेख्नुहोस्।
error-invalid_kdf_params = यो एपको सेटिङ मिलेको छैन। कृपया एपको नयाँ संस्करण लिनुहोस्।
error-device_secret_unavailable = एपले यो फोनको सुरक्षित भण्डारसम्म पुग्न सकेन। कृपया फोन बन्द गरेर फेरि खोल्नुहोस् र फेरि प्रयास गर्नुहोस्।
error-envelope = तपाईंको अनुरोध हेल्पलाइनका लागि लक गर्न सकिएन। यो अझै ड्राफ्टको रूपमा सेभ छ।
error-receipt_mismatch = हेल्पलाइनको जवाफ जाँच्न सकिएन। तपाईंको अनुरोध फेरि पठाइनेछ।
error-corrupt = एपमा सेभ गरिएको डाटा बिग्रिएको छ। यसलाई खोल्न सकिँदैन।
error-io = फोनले यो सेभ गर्न सकेन। फोन भरिएको हुन सक्छ। कृपया केही ठाउँ खाली गरेर फेरि प्रयास गर्नुहोस्।
error-database = एपले आफ्नो डाटा पढ्न वा सेभ गर्न सकेन। तपाईंका सेभ गरिएका अनुरोधहरू सुरक्षित छन्। कृपया फेरि प्रयास गर्नुहोस्।
error-pin_too_long = पिनमा ६ देखि १२ अङ्क हुन्छन्।
error-pin_not_digits = पिनमा अङ्क मात्र हुन्छन्।
error-reference_word_count = कोडमा ९ वटा शब्द हुन्छन्। कृपया सबै लेख्नुभयो कि हेर्नुहोस्।
error-reference_unknown_word = एउटा शब्द मिलेन। कृपया हिज्जे हेर्नुहोस्।
check-reference-wrong-word = शब्द नम्बर { $number } मिलेन। कृपया हिज्जे हेर्नुहोस्।
error-reference_digits = कोडमा २२ वटा अङ्क हुन्छन्। कृपया सबै लेख्नुभयो कि हेर्नुहोस्।
error-reference_check = एउटा शब्द वा अङ्क मिलेन। कृपया हरेक जाँचेर फेरि प्रयास गर्नुहोस्।
error-reference_not_found = हेल्पलाइनसँग यो कोडको अनुरोध अहिलेसम्म छैन। यदि यो इन्टरनेट नभएको फोनबाट पठाइएको हो भने, त्यो फोनमा फेरि इन्टरनेट भएपछि यो आइपुग्छ: कृपया पछि फेरि प्रयास गर्नुहोस्। त्यसपछि पनि भेटिएन भने, कृपया हरेक शब्द वा अङ्क जाँच्नुहोस्।
field-error-empty = कृपया यो भर्नुहोस्, वा प्रश्न छोड्नुहोस्।
field-error-not_trimmed = कृपया सुरु वा अन्त्यमा भएको खाली ठाउँ हटाउनुहोस्।
field-error-too_long = यो धेरै लामो भयो। बढीमा { $max } अक्षर।
field-error-too_many_bytes = यो धेरै लामो भयो।
field-error-too_many = धेरै भयो। बढीमा { $max }।
field-error-duplicate = यो सूचीमा दुई पटक छ।
field-error-control_characters = यसमा प्रयोग गर्न नमिल्ने अक्षरहरू छन्।
field-error-invalid_phone = यो फोन नम्बर मिलेको जस्तो देखिँदैन। + र देशको कोडबाट सुरु गर्नुहोस्।
field-error-invalid_region = यो देश चिनिएन।
field-error-invalid_email = यो इमेल ठेगाना मिलेको जस्तो देखिँदैन।
field-error-invalid_language = यो भाषा चिनिएन।
field-error-invalid_time_zone = यो समय क्षेत्र चिनिएन।
field-error-invalid_time = कृपया सुरु हुने र सकिने फरक-फरक समय छान्नुहोस्।
field-error-no_contact_method = कृपया तपाईंलाई सम्पर्क गर्ने कम्तीमा एउटा तरिका छान्नुहोस्। "म जवाफका लागि यही एप हेर्नेछु" छाने पनि पुग्छ।
field-error-unsupported_version = यो एप अपडेट गर्नुपर्छ।
