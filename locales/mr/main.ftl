## Reach — मराठी (Marathi)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = मराठी
# The language's name in English, for the language search.
-locale-english = Marathi
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = कॅल्क्युलेटर
quick-exit = लगेच बाहेर पडा
quick-exit-hint = हे ॲप लगेच लपवते
back = मागे
next = पुढे
skip = हे वगळा
save = जतन करा
cancel = रद्द करा
close = बंद करा
done = झाले
optional = ऐच्छिक
step-of = { $total } पैकी पायरी { $current }
saved-locked = या फोनवर जतन केले आणि लॉक केले

## Calculator (the app's disguise)

calc-label = कॅल्क्युलेटर
calc-display-label = उत्तर
calc-clear = C
calc-equals = =
calc-error = त्रुटी

## First use: a private PIN

setup-title = हे ॲप खाजगी करा
setup-intro = एक गुप्त नंबर (पिन) निवडा. तो फक्त तुम्हालाच माहीत असावा.
setup-how = नंतर हे ॲप उघडण्यासाठी, कॅल्क्युलेटरवर तुमचा पिन टाइप करा, मग = दाबा.
setup-pin-label = तुमचा पिन (6 ते 12 अंक)
setup-pin-repeat-label = तुमचा पिन पुन्हा टाइप करा
setup-duress-title = आणीबाणीचा पिन (हे तुम्ही वगळू शकता)
setup-duress-intro = जर कोणी तुम्हाला हे ॲप उघडायला भाग पाडले, तर त्याऐवजी हा दुसरा पिन टाइप करा. ॲप रिकामे दिसेल, आणि त्यातील सर्व काही कोणतीही खूण न ठेवता पुसले जाईल.
setup-duress-label = आणीबाणीचा पिन
setup-submit = माझा पिन जतन करा
setup-mismatch = दोन्ही पिन सारखे नाहीत. कृपया पुन्हा प्रयत्न करा.

## Language

lang-title = तुमची भाषा निवडा
lang-intro = तुम्ही ती नंतर सेटिंग्जमध्ये बदलू शकता.
lang-search-label = तुमची भाषा शोधा
lang-search-hint = तुमच्या भाषेचे नाव कोणत्याही भाषेत टाइप करा
lang-search-none = याच्याशी जुळणारी भाषा नाही. कमी अक्षरे टाइप करून पाहा.
lang-yours = या फोनवरील भाषा
lang-all = सर्व भाषा
lang-load-failed = ही भाषा उघडता आली नाही, म्हणून ॲप इंग्रजीत दाखवले आहे.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = तुमचे वय किती आहे?
age-intro = हे तुम्ही वगळू शकता. तुमचे वय 18 पेक्षा कमी असेल, तर ॲप सोपे शब्द वापरते आणि मुलांसाठीची मदत दाखवते.
age-under_18 = 18 पेक्षा कमी
age-18_to_25 = 18 ते 25
age-26_to_59 = 26 ते 59
age-60_plus = 60 किंवा जास्त

## Danger check and emergency numbers

danger-title = तुम्ही आत्ता धोक्यात आहात का?
danger-yes = हो, मी आत्ता धोक्यात आहे
danger-no = नाही, आत्ता नाही
emergency-title = आणीबाणी नंबर
emergency-intro = तुम्ही हे नंबर इंटरनेटशिवाय लावू शकता.
emergency-country-label = तुमचा देश
emergency-police = पोलीस आणि आणीबाणी
emergency-hotline = ज्यांची तस्करी झाली आहे किंवा ज्यांना जबरदस्तीने काम करायला लावले जाते, त्यांच्यासाठी मदत
emergency-children = मुले आणि तरुणांसाठी मदत
emergency-call = { $number } वर कॉल करा
emergency-source = स्रोत: { $source }
emergency-checked = तपासले: { $date }
emergency-not-checked = अजून पुन्हा तपासलेले नाही. हा नंबर लागला नाही, तर आणीबाणी नंबरवर कॉल करा.
emergency-call-trace = कॉल आणि मजकूर संदेश तुमच्या फोनमधील यादीत राहतात. कोणी तुमचा फोन तपासत असेल, तर नंतर तुम्ही ते पुसून टाकू शकता.
emergency-none = या देशाचे नंबर अजून आमच्याकडे नाहीत. तुम्ही धोक्यात असाल, तर स्थानिक आणीबाणी नंबरवर कॉल करा.
emergency-continue = पुढे जा आणि मदत मागा

## What help is needed

needs-title = तुम्हाला कोणती मदत हवी आहे?
needs-intro = लागू असलेले सर्व निवडा. हे तुम्ही वगळू शकता.
need-safety_now = आत्ता सुरक्षित राहणे
need-shelter = राहण्यासाठी सुरक्षित जागा
need-medical = डॉक्टर किंवा औषध
need-legal_immigration = कागदपत्रे, व्हिसा किंवा कायद्याबाबत मदत
need-labour_exploitation = कामावर त्रास किंवा पगार मिळत नाही
need-sexual_exploitation = सेक्ससाठी जबरदस्ती केली जाते
need-child_at_risk = एखादे मूल धोक्यात आहे
need-money_debt = पैसे किंवा कर्ज
need-going_home = घरी परत जाणे किंवा कुटुंबाला शोधणे
need-interpreter = माझी भाषा बोलणारी व्यक्ती
need-other = दुसरे काहीतरी
urgency-title = तुम्हाला किती लवकर मदत हवी आहे?
urgency-now = आत्ता
urgency-today = आज
urgency-this_week = या आठवड्यात
urgency-not_urgent = थांबू शकते
for-whom-title = ही विनंती कोणासाठी आहे?
for-whom-self = माझ्यासाठी
for-whom-someone_else = दुसऱ्या कोणासाठी
for-whom-assisted_by_outreach = मी सामाजिक कार्यकर्ता आहे आणि कोणाला तरी मदत करत आहे

## Safe contact

contact-title = हेल्पलाइन तुमच्याशी सुरक्षितपणे संपर्क कसा करू शकेल?
contact-intro = किमान एक मार्ग निवडा. फक्त तुमच्यासाठी सुरक्षित असलेले मार्गच निवडा.
contact-call = फोन कॉल
contact-sms = मजकूर संदेश (SMS)
contact-messaging_app = मेसेजिंग ॲप
contact-email = ईमेल
contact-in_person_via_outreach = प्रत्यक्ष भेटून, सामाजिक कार्यकर्त्यामार्फत
contact-check_back_in_app = मी उत्तरासाठी या ॲपमध्ये पाहीन
contact-phone-label = फोन नंबर, देशाच्या कोडसह (उदाहरणार्थ +44…)
contact-app-label = कोणते ॲप? (उदाहरणार्थ WhatsApp, Signal)
contact-handle-label = त्या ॲपमधील तुमचे नाव किंवा नंबर
contact-email-label = ईमेल पत्ता
times-title = तुमच्याशी संपर्क करणे कधी सुरक्षित आहे?
times-intro = हे तुम्ही वगळू शकता. मग हेल्पलाइन जास्त काळजी घेईल.
times-add = सुरक्षित वेळ जोडा
times-remove = ही वेळ काढा
times-from = पासून
times-to = पर्यंत
times-days = दिवस
times-any-day = कोणताही दिवस
times-zone = वेळ क्षेत्र
weekday-mon = सोमवार
weekday-tue = मंगळवार
weekday-wed = बुधवार
weekday-thu = गुरुवार
weekday-fri = शुक्रवार
weekday-sat = शनिवार
weekday-sun = रविवार
voicemail-title = हेल्पलाइन व्हॉइस मेसेज ठेवू शकते का?
voicemail-yes = हो, व्हॉइस मेसेज सुरक्षित आहे
voicemail-no = नाही, कधीही व्हॉइस मेसेज ठेवू नका
voicemail-unsaid = तुम्ही फोन उचलला नाही, तर हेल्पलाइन मेसेज ठेवणार नाही.
code-word-label = सांकेतिक शब्द
code-word-hint = हेल्पलाइन हा शब्द बोलेल, म्हणजे खरंच तेच बोलत आहेत हे तुम्हाला कळेल.
someone-else-title = दुसऱ्या कोणी फोन उचलला, तर हेल्पलाइनने…
someone-else-hang_up = फोन ठेवून द्यावा
someone-else-say_wrong_number = चुकीचा नंबर लागला असे सांगावे
someone-else-ask_for_code_word = सांकेतिक शब्द विचारावा
someone-else-other = दुसरे काहीतरी
someone-else-other-label = त्यांनी काय करावे?
responder-title = तुम्हाला कोणाशी बोलायला आवडेल?
responder-woman = एक स्त्री
responder-man = एक पुरुष
responder-any_gender = कोणीही चालेल
responder-language-label = तुम्हाला कोणत्या भाषेत उत्तर हवे आहे

## More (all optional)

more-title = तुमच्याबद्दल थोडे अधिक
more-intro = हे सर्व ऐच्छिक आहे.
place-label = तुम्ही कुठे आहात? गाव किंवा भाग सांगितला तरी पुरे.
place-hint = तुम्हाला हवे तेवढेच सांगा. हे ॲप तुमचे लोकेशन कधीच वापरत नाही.
message-label = तुमचा संदेश
message-hint = तुम्ही कोणत्याही भाषेत लिहू शकता.
message-left =
    { $count ->
        [one] { $count } अक्षर बाकी
       *[other] { $count } अक्षरे बाकी
    }

## Consent

consent-title = तुमची विनंती कोण पाहू शकेल?
consent-intro = तुम्ही ठरवा. सर्वात खाजगी पर्याय आधीच निवडलेला आहे.
consent-hotline_only = फक्त हेल्पलाइन
consent-hotline_only-desc = फक्त हेल्पलाइनची टीम ती वाचते. ते ती कोणालाही देत नाहीत.
consent-may_refer_to_services = हेल्पलाइन आणि मदत करू शकणाऱ्या सेवा
consent-may_refer_to_services-desc = तुम्हाला मदत करण्यासाठी हेल्पलाइन ती निवारा केंद्रे, डॉक्टर किंवा वकिलांना देऊ शकते.
consent-may_involve_police = हेल्पलाइन, सेवा आणि पोलीस
consent-may_involve_police-desc = हेल्पलाइन पोलिसांनाही सांगू शकते.
consent-child-note = तुमचे वय 18 पेक्षा कमी असल्यामुळे, तुम्हाला सुरक्षित ठेवण्यासाठी हेल्पलाइनला मुलांचे संरक्षण करणाऱ्या लोकांना सांगावे लागू शकते.

## Review and send

review-title = तुमची विनंती तपासा
review-intro = तुमची विनंती लॉक केली जाईल, म्हणजे फक्त हेल्पलाइनच ती उघडू शकेल. तुम्ही ती पाठवल्यानंतर, या फोनवर ती कोणीही वाचू शकणार नाही, तुम्हीसुद्धा नाही.
review-not-answered = उत्तर दिलेले नाही
review-change = बदला
review-needs = हवी असलेली मदत
review-contact = तुमच्याशी संपर्क कसा करावा
review-times = सुरक्षित वेळा
review-more = तुमच्याबद्दल अधिक
review-consent = ती कोण पाहू शकेल
submit = लॉक करा आणि हेल्पलाइनला पाठवा
submit-working = तुमची विनंती लॉक होत आहे…
submit-done = तुमची विनंती या फोनवर लॉक झाली आहे. इंटरनेट मिळाल्यावर ती पाठवली जाईल.

## Status

status-title = तुमच्या विनंत्या
status-intro = प्रत्येक विनंती कुठे पोहोचली आहे, हे तुम्ही इथे पाहू शकता.
status-empty = अजून कोणतीही विनंती नाही.
status-saved = या फोनवर जतन केली आणि लॉक केली. इंटरनेट मिळाल्यावर ती पाठवली जाईल.
status-sending = आता पाठवत आहे…
status-received = हेल्पलाइनला ती मिळाली आहे. आम्ही हेल्पलाइनची पोचपावती तपासली.
status-needs_attention = या विनंतीकडे तुम्ही लक्ष देण्याची गरज आहे.
status-attempts =
    { $count ->
        [one] एकदा प्रयत्न केला
       *[other] { $count } वेळा प्रयत्न केला
    }
status-hotline-received = हेल्पलाइनवरील कोणीतरी ती वाचेल, याची वाट पाहत आहे.
status-hotline-in_review = हेल्पलाइनवरील कोणीतरी ती वाचत आहे.
status-hotline-answered = हेल्पलाइनने त्यावर काम केले आहे.
status-hotline-closed = हेल्पलाइनने ती बंद केली आहे.
status-hotline-contact_planned = हेल्पलाइनवरील कोणीतरी तुमच्याशी सुरक्षितपणे संपर्क कसा करायचा याचे नियोजन करत आहे.
status-hotline-needs_interpreter = हेल्पलाइन तुमची भाषा बोलणारी व्यक्ती शोधत आहे.
status-hotline-referred = हेल्पलाइनने एका सहकारी संस्थेला तुम्हाला मदत करायला सांगितले आहे.
status-hotline-unknown = हेल्पलाइनकडे याबद्दल नवीन माहिती आहे. अधिक पाहण्यासाठी, सुरक्षित असेल तेव्हा ॲप अपडेट करा.
status-replies = हेल्पलाइनकडून आलेले संदेश
status-reply-note = हेल्पलाइनने हेही लिहिले (कदाचित तुमच्या भाषेत नसेल):
status-reply-unreadable = एक संदेश आला, पण हे ॲप तो तपासू शकले नाही, म्हणून तो दाखवलेला नाही.
status-offline = आत्ता इंटरनेट नाही. तुमच्या विनंत्या या फोनवर सुरक्षित आहेत.
status-send-now = आता पाठवा
status-retry = पुन्हा प्रयत्न करा
status-check = हेल्पलाइनला नवीन माहिती विचारा
status-new = नवीन विनंती सुरू करा

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = आम्ही तुमची विनंती वाचली आहे. तुम्ही निवडलेल्या मार्गाने आम्ही तुमच्याशी संपर्क करू.
reply-call_planned = आम्ही तुम्हाला { $day }, { $from } ते { $to } या वेळेत (तुमच्या वेळेनुसार) कॉल करू.
reply-message_planned = आम्ही तुम्हाला { $day }, { $from } ते { $to } या वेळेत (तुमच्या वेळेनुसार) संदेश पाठवू.
reply-interpreter = आम्ही तुमची भाषा बोलणारा दुभाषी शोधत आहोत. आम्ही लवकरच तुमच्याशी संपर्क करू.
reply-referred = तुमच्या जवळच्या एका सहकारी संस्थेला आम्ही मदत करायला सांगितले आहे. तुम्ही निवडलेल्या मार्गाने ते तुमच्याशी संपर्क करतील.
reply-call_us = तुमच्यासाठी सुरक्षित असेल तेव्हा कृपया आम्हाला कॉल करा. वेळ तुम्हीच ठरवा.
reply-danger = तुम्ही आत्ता धोक्यात असाल, तर आणीबाणी नंबरवर कॉल करा. तो तुम्हाला या ॲपमध्ये मिळेल.
reply-closed = आम्ही तुमची विनंती बंद केली आहे. तुम्ही कधीही नवीन विनंती पाठवू शकता.
reply-unknown = हेल्पलाइनने असा संदेश पाठवला आहे जो ॲपची ही आवृत्ती दाखवू शकत नाही. सुरक्षित असेल तेव्हा कृपया ॲप अपडेट करा.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = तुमची विनंती बंद झाली आहे. मदत कशी मिळाली ते आम्हाला सांगाल का? तीन छोटे प्रश्न आहेत. तुम्ही ते वगळू शकता.
feedback-private = तुमची उत्तरे तुमच्या विनंतीशिवाय आणि तुमच्या नावाशिवाय पाठवली जातात. हेल्पलाइनला फक्त एकूण आकडे दिसतात.
feedback-start = उत्तर द्या
feedback-skip = नको, धन्यवाद
feedback-send = उत्तरे पाठवा
feedback-q-helped = तुम्हाला हवी असलेली मदत मिळाली का?
feedback-q-safe = आम्ही तुमच्याशी संपर्क केला तेव्हा तुम्हाला सुरक्षित वाटले का?
feedback-q-recommend = तुम्ही आमच्याबद्दल एखाद्या मित्राला सांगाल का?
feedback-a-yes = हो
feedback-a-partly = थोडेफार
feedback-a-no = नाही
feedback-thanks = धन्यवाद. तुमची उत्तरे पाठवली जातील.
feedback-declined = ठीक आहे. आम्ही पुन्हा विचारणार नाही.
feedback-failed = ते झाले नाही. कृपया पुन्हा प्रयत्न करा.
problem-unknown_key = ही विनंती पाठवण्यापूर्वी हे ॲप अपडेट करावे लागेल.
problem-conflict = हेल्पलाइनकडे याच नंबरची दुसरी विनंती आहे. कृपया हेल्पलाइनशी दुसऱ्या मार्गाने संपर्क करा.
problem-malformed = हेल्पलाइन ही विनंती वाचू शकली नाही. कृपया नवीन विनंती सुरू करा.
problem-too_large = ही विनंती खूप मोठी आहे. कृपया छोट्या संदेशासह नवीन विनंती सुरू करा.
problem-unsupported_media_type = ही विनंती पाठवण्यापूर्वी हे ॲप अपडेट करावे लागेल.
problem-other = नेटवर्क किंवा हेल्पलाइनने ही विनंती नाकारली. तुम्ही पुन्हा प्रयत्न करू शकता, किंवा दुसरे नेटवर्क वापरून पाहू शकता.

## Several people on one device (outreach)

drafts-title = अजून न पाठवलेल्या विनंत्या
drafts-continue = पुढे सुरू ठेवा
drafts-delete = काढून टाका
drafts-none = काहीही बाकी नाही.
review-reference = ही व्यक्ती हा फोन स्वतःकडे ठेवणार नाही: तिला एक कोड द्या
review-reference-hint = कोड असेल तर ती व्यक्ती हे ॲप असलेल्या कोणत्याही फोनवर हेल्पलाइनची उत्तरे वाचू शकते. हा फोन फक्त हेल्पलाइनला विनंती मिळाली की नाही, एवढेच दाखवेल.
assisted-organisation-label = तुमची संस्था (तुम्ही, क्षेत्र कार्यकर्ते)
assisted-hint = तुम्ही या व्यक्तीला मदत केली आणि तुम्ही कोणासोबत काम करता, हे हेल्पलाइनला दिसेल.
assisted-channel-label = हेल्पलाइन तुमच्याशी कसा संपर्क करू शकते (ऐच्छिक)
reference-title = या व्यक्तीचा कोड
reference-intro = हे शब्द त्या व्यक्तीला द्या. या शब्दांनी ती व्यक्ती हे ॲप असलेल्या कोणत्याही फोनवर हेल्पलाइनची उत्तरे वाचू शकते. हा फोन हे शब्द कुठेही लिहून ठेवत नाही, आणि त्या व्यक्तीला ते मिळाले की विसरून जातो.
reference-for-person = हे शब्द तुमचे आहेत. या शब्दांनी तुम्ही हेल्पलाइनची उत्तरे वाचू शकता. हे ॲप असलेल्या कोणत्याही फोनवर “{ $requests }” उघडा, मग “{ $check }” उघडा, आणि शब्द किंवा अंक टाइप करा. हे शब्द जपून ठेवा: ते ज्याच्याकडे असतील, तो कोणीही उत्तरे वाचू शकतो.
reference-words = शब्द
reference-digits = हाच कोड अंकांमध्ये
reference-request = विनंती { $number }
reference-done = या व्यक्तीला तिचा कोड मिळाला आहे
reference-again = कोड दिसत असताना ॲप लॉक झाले. हा कोड पुन्हा दाखवला आहे: आता तो त्या व्यक्तीला द्या.
status-check-reference = कोड तपासा
check-reference-title = कोड तपासा
check-reference-intro = तुम्हाला दिलेले शब्द किंवा अंक टाइप करा. हा फोन ते शब्द किंवा अंक ठेवत नाही, आणि उत्तरेही ठेवत नाही.
check-reference-no-hotline = हे ॲप अजून कोणत्याही हेल्पलाइनशी जोडलेले नाही, म्हणून ते इथे कोड तपासू शकत नाही. कृपया हे ॲप असलेल्या दुसऱ्या फोनवर प्रयत्न करा.
check-reference-label = शब्द किंवा अंक
check-reference-submit = तपासा
check-reference-working = तपासत आहे. याला काही सेकंद लागू शकतात…
check-reference-no-replies = हेल्पलाइनकडून अजून कोणताही संदेश नाही.
check-reference-show-in = { $language } मध्ये दाखवा
worker-title = क्षेत्रातील काम
worker-working-as = तुम्ही या नावाने काम करता: { $organisation }
worker-intro = तुम्ही ज्यांना मदत करता, ते प्रत्येकजण आपल्या भाषेत उत्तर देतात. उत्तरे सील होऊन या फोनमधून जातात, आणि ती व्यक्ती एक कोड सोबत नेते. इथे फक्त प्रत्येक विनंतीचा क्रमांक आणि स्थिती राहते.
worker-new-person = नवीन व्यक्तीला मदत करा
handover-title = फक्त तुमच्यासाठी प्रश्न
handover-worker = आता फोन त्या व्यक्तीला द्या. पुढच्या प्रश्नांची उत्तरे ती एकटी देईल, आणि तुम्हाला तिची उत्तरे दिसणार नाहीत.
handover-person = पुढचे प्रश्न फक्त तुमच्यासाठी आहेत. जे तुम्हाला मदत करत आहेत, त्यांना तुमची उत्तरे दिसणार नाहीत.
handover-start = सुरू करा
giveback-title = धन्यवाद
giveback-intro = तुमची उत्तरे सील झाली आहेत. जे तुम्हाला मदत करत आहेत, ते ती पाहू शकत नाहीत. आता फोन परत द्या.
giveback-button = फोन परत द्या
review-private = याचे उत्तर व्यक्तीने एकट्याने दिले आहे. ते दाखवले जात नाही.
review-assisted-as = हेल्पलाइनला दिसेल की तुम्ही मदत केली, या नावाने: { $organisation }
review-later = आता नको: “अजून न पाठवलेल्या विनंत्या” मध्ये ठेवा
review-hand-again = फोन पुन्हा त्या व्यक्तीला द्या
review-hand-again-hint = त्या व्यक्तीला एकट्याने दिलेली उत्तरे बदलायची असतील, किंवा तिथे काही दुरुस्त करायचे असेल, तर हे वापरा. ती व्यक्ती “ती कोण पाहू शकेल” हे पुन्हा पाहील आणि पुन्हा निवडेल.
review-private-fix = व्यक्तीने एकट्याने दिलेल्या उत्तरांमधील काहीतरी दुरुस्त करायला हवे. फक्त तीच ते दुरुस्त करू शकते: फोन पुन्हा तिला द्या.
age-given-back-worker = तुम्ही वय “18 पेक्षा कमी” मध्ये किंवा त्यातून बदलल्यास, त्या व्यक्तीला “ती कोण पाहू शकेल” हे पुन्हा पाहावे लागेल: तुम्ही फोन तिला पुन्हा एकदा द्याल.
age-reopened-worker = वय बदलल्यामुळे त्या व्यक्तीच्या “ती कोण पाहू शकेल” या निवडीवर परिणाम झाला आहे. पुढे चला: तुम्ही फोन तिला पुन्हा द्याल आणि ती पुन्हा निवडेल.
setup-worker = मी क्षेत्र कार्यकर्ता आहे: मी इतरांना मदत मागायला मदत करतो
setup-worker-hint = तुम्ही मदत करता त्या प्रत्येक विनंतीवर हेल्पलाइनला तुमची संस्था दिसेल.
worker-org-needed = तुमच्या संस्थेचे नाव लिहा, किंवा क्षेत्र कार्यकर्ता मोड बंद करा.
settings-worker-title = क्षेत्र कार्यकर्ता मोड
settings-worker-intro = या फोनवरून इतरांना विनंती पाठवायला मदत करा. त्यांची उत्तरे सील केली जातात, आणि प्रत्येकजण एक कोड सोबत नेतो.
settings-worker-on = सुरू करा
settings-worker-save = बदल सेव्ह करा
settings-worker-off = बंद करा
settings-worker-saved = झाले. क्षेत्र कार्यकर्ता मोड सुरू आहे.
settings-worker-removed = झाले. क्षेत्र कार्यकर्ता मोड बंद आहे.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = मोठ्याने वाचा: { $text }
speak-stop = वाचणे थांबवा
speak-no-voice = या फोनवर या भाषेसाठी आवाज नाही.
speak-unavailable = आत्ता या फोनवर मोठ्याने वाचणे चालत नाही.
speak-headphones = जवळपास कोणी ऐकू शकत असेल, तर हेडफोन वापरा.

## Settings

settings-title = सेटिंग्ज
settings-language = भाषा
settings-read-aloud = प्रत्येक स्क्रीन उघडल्यावर ती मोठ्याने वाचा
settings-lock = आता लॉक करा
settings-less-protected = या डिव्हाइसवर संरक्षण कमी आहे: इथे सुरक्षित की-स्टोअर नाही, त्यामुळे ॲपच्या फाइल्स कॉपी करणारा कोणीही तुमचा पिन ओळखण्याचा प्रयत्न करू शकतो. मोठा पिन तुमचे जास्त चांगले संरक्षण करतो.
settings-duress-title = आणीबाणीचा पिन
settings-duress-intro = कोणी तुम्हाला ॲप उघडायला भाग पाडले, तर वापरण्यासाठी दुसरा पिन. तो कोणतीही खूण न ठेवता सर्व काही पुसून टाकतो.
settings-current-pin = तुमचा पिन
settings-duress-save = आणीबाणीचा पिन जतन करा
settings-duress-remove = आणीबाणीचा पिन काढा
settings-pin-title = तुमचा पिन बदला
settings-new-pin = नवीन पिन (6 ते 12 अंक)
settings-new-pin-again = नवीन पिन पुन्हा
settings-pin-save = पिन बदला
settings-pin-changed = तुमचा पिन बदलला आहे. आतापासून नवीन पिन वापरा.
settings-duress-saved = झाले. तुमचा आणीबाणीचा पिन जतन झाला आहे.
settings-duress-removed = झाले. आता कोणताही आणीबाणीचा पिन नाही.
pin-wrong-left =
    { $count ->
        [one] हा पिन बरोबर नाही. आणखी एकदा चुकीचा पिन टाकला, तर या फोनवरील सर्व काही पुसले जाईल.
       *[other] हा पिन बरोबर नाही. आणखी { $count } वेळा चुकीचा पिन टाकला, तर या फोनवरील सर्व काही पुसले जाईल.
    }
settings-wipe-title = सर्व काही पुसून टाका
settings-wipe-intro = यामुळे या फोनवरील सर्व विनंत्या आणि मसुदे पुसले जातात. हे परत आणता येत नाही. हेल्पलाइनला आधीच मिळालेल्या विनंत्या हेल्पलाइनकडेच राहतात.
settings-wipe-confirm = हो, सर्व काही पुसून टाका

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = तुम्ही आता धोक्यात आहात का?
danger-yes-child = हो, मी धोक्यात आहे
danger-no-child = नाही, आता नाही
emergency-intro-child = तुम्ही या नंबरवर फोन करू शकता. इंटरनेट लागत नाही.
emergency-call-trace-child = तुमचा फोन कॉल आणि संदेशांची यादी ठेवतो. ती कोणी पाहील अशी काळजी वाटत असेल, तर तुम्ही नंतर ते पुसून टाकू शकता.
needs-title-child = तुम्हाला कशासाठी मदत हवी आहे?
needs-intro-child = तुमच्यासाठी जे खरे आहे ते सगळे दाबा. हे तुम्ही वगळू शकता.
need-legal_immigration-child = कागदपत्रांसाठी मदत
need-labour_exploitation-child = कोणीतरी मला काम करायला लावते
need-sexual_exploitation-child = कोणीतरी मला लैंगिक गोष्टी करायला लावते
need-money_debt-child = कोणीतरी म्हणते की माझ्यावर त्यांचे पैसे बाकी आहेत
need-going_home-child = मला घरी जायचे आहे किंवा माझ्या कुटुंबाला शोधायचे आहे
need-child_at_risk-child = दुसरे एखादे मूल धोक्यात आहे
urgency-title-child = तुम्हाला मदत कधी हवी आहे?
for-whom-title-child = मदत कोणाला हवी आहे?
for-whom-self-child = मला
contact-title-child = आम्ही तुमच्याशी सुरक्षितपणे कसे बोलू शकतो?
contact-intro-child = तुमच्यासाठी सुरक्षित असलेला मार्ग निवडा. तो दुसऱ्या कोणाला दिसू नये.
times-title-child = आम्ही कधी फोन केला किंवा लिहिले तर सुरक्षित आहे?
times-intro-child = हे तुम्ही वगळू शकता. मग आम्ही खूप काळजी घेऊ.
voicemail-title-child = आम्ही व्हॉइस मेसेज ठेवू शकतो का?
someone-else-title-child = दुसऱ्या कोणी फोन उचलला, तर आम्ही काय करावे?
responder-title-child = तुम्हाला कोणाशी बोलायचे आहे?
more-title-child = आणखी काही?
more-intro-child = तुम्ही उत्तर दिलेच पाहिजे असे नाही.
place-label-child = तुम्ही कुठे आहात? गावाचे नाव पुरे.
message-label-child = काय होत आहे ते आम्हाला सांगा, तुम्हाला हवे असेल तर
consent-title-child = तुम्ही लिहिलेले कोण वाचू शकेल?
consent-intro-child = तुम्ही निवडा. सर्वात सुरक्षित पर्याय आधीच निवडलेला आहे.
consent-hotline_only-desc-child = फक्त हेल्पलाइनवरील मदत करणारे लोक ते वाचतात. ते ते गुप्त ठेवतात.
consent-may_refer_to_services-desc-child = हेल्पलाइन मुलांना सुरक्षित ठेवणाऱ्या लोकांना सांगू शकते, जसे डॉक्टर, सुरक्षित घर किंवा वकील.
consent-may_involve_police-desc-child = हेल्पलाइन पोलिसांनाही सांगू शकते, म्हणजे तुम्हाला त्रास देणाऱ्या लोकांना पोलीस थांबवू शकतील.
review-title-child = तुमची उत्तरे पाहा
review-intro-child = तुम्ही हे पाठवले की ते लॉक होते. फक्त हेल्पलाइनच ते उघडू शकते. या फोनवर ते कोणीही वाचू शकत नाही, तुम्हीसुद्धा नाही.
submit-done-child = तुमचा संदेश या फोनवर लॉक झाला आहे. इंटरनेट मिळाल्यावर तो पाठवला जाईल.
handover-title-child = हे प्रश्न फक्त तुमच्यासाठी
handover-person-child = पुढच्या प्रश्नांची उत्तरे फक्त तुम्हीच द्या. जे तुम्हाला मदत करत आहेत, त्यांना तुम्ही काय सांगता ते दिसणार नाही.
giveback-intro-child = तुमची उत्तरे लॉक झाली आहेत. जे तुम्हाला मदत करत आहेत, ते ती पाहू शकत नाहीत. आता फोन त्यांना परत द्या.
reference-for-person-child = हे शब्द फक्त तुमच्यासाठी आहेत. या शब्दांनी हेल्पलाइनने तुम्हाला लिहिलेली उत्तरे तुम्ही वाचू शकता. हे ॲप असलेल्या कोणत्याही फोनवर “{ $requests }” दाबा, मग “{ $check }” दाबा, आणि शब्द किंवा अंक टाइप करा. हे शब्द गुपित ठेवा: ते ज्याच्याकडे असतील, तो कोणीही उत्तरे वाचू शकतो.

## Errors (codes come from the app's core)

error-wrong_pin = हा पिन बरोबर नाही.
error-locked = कृपया आधी तुमच्या पिनने ॲप उघडा.
error-no_hotline = हे ॲप अजून कोणत्याही हेल्पलाइनशी जोडलेले नाही. तुमचा मसुदा जतन केला आहे.
error-invalid = काही उत्तरे बदलावी लागतील. कृपया खूण केलेले प्रश्न पाहा.
error-pin_too_short = पिनमध्ये 6 ते 12 अंक असतात.
error-duress_same_as_pin = आणीबाणीचा पिन तुमच्या पिनपेक्षा वेगळा असला पाहिजे.
error-worker_drafts_open = तुम्ही ज्यांना मदत करता, त्यांच्या विनंत्या जोपर्यंत पाठवल्या जात नाहीत, तोपर्यंत क्षेत्र कार्यकर्ता मोड सुरू राहतो. “अजून न पाठवलेल्या विनंत्या” मध्ये जाऊन त्या पाठवा किंवा काढून टाका, मग मोड बंद करा.
error-already_set_up = हे ॲप आधीच सेट केलेले आहे.
error-not_found = हे सापडले नाही. कदाचित ते पुसले गेले असेल.
error-internal = काहीतरी चुकले. तुमच्या जतन केलेल्या विनंत्या सुरक्षित आहेत. कृपया पुन्हा प्रयत्न करा.
error-not_set_up = हे ॲप अजून सेट केलेले नाही. कृपया आधी पिन निवडा.
error-busy = ॲप आत्ता पाठवण्यात व्यस्त आहे. कृपया थोड्या वेळाने पुन्हा प्रयत्न करा.
error-status_unavailable = आत्ता हेल्पलाइनला विचारता आले नाही. तुमची विनंती सुरक्षित आहे. कृपया नंतर पुन्हा प्रयत्न करा.
error-malformed = काही उत्तरे वाचता आली नाहीत. कृपया ती तपासा आणि पुन्हा प्रयत्न करा.
error-too_large = हे पाठवण्यासाठी खूप मोठे आहे. कृपया तुमचा संदेश छोटा करा.
error-unsupported_version = हे ॲप अपडेट करावे लागेल.
error-profile = या ॲपमधील हेल्पलाइनची माहिती बरोबर नाही. तुमचा मसुदा जतन केला आहे. कृपया ॲपची नवीन आवृत्ती घ्या.
error-sync_client = ॲप आत्ता सुरक्षितपणे जोडले जाऊ शकत नाही. तुमची विनंती जतन केली आहे आणि नंतर पाठवली जाईल.
error-already_exists = हे आधीच जतन केलेले आहे.
error-empty_pin = कृपया तुमचा पिन टाइप करा.
error-invalid_kdf_params = या ॲपच्या सेटिंग्ज बरोबर नाहीत. कृपया ॲपची नवीन आवृत्ती घ्या.
error-device_secret_unavailable = ॲपला या फोनच्या सुरक्षित स्टोरेजपर्यंत पोहोचता येत नाही. कृपया फोन बंद करून पुन्हा सुरू करा आणि पुन्हा प्रयत्न करा.
error-envelope = तुमची विनंती हेल्पलाइनसाठी सील करता आली नाही. ती अजूनही मसुदा म्हणून जतन आहे.
error-receipt_mismatch = हेल्पलाइनचे उत्तर तपासता आले नाही. तुमची विनंती पुन्हा पाठवली जाईल.
error-corrupt = ॲपचा जतन केलेला डेटा खराब झाला आहे. तो उघडता येत नाही.
error-io = फोन हे जतन करू शकला नाही. कदाचित फोनची जागा भरली असेल. कृपया थोडी जागा मोकळी करा आणि पुन्हा प्रयत्न करा.
error-database = ॲप त्याचा डेटा वाचू किंवा जतन करू शकले नाही. तुमच्या जतन केलेल्या विनंत्या सुरक्षित आहेत. कृपया पुन्हा प्रयत्न करा.
error-pin_too_long = पिनमध्ये 6 ते 12 अंक असतात.
error-pin_not_digits = पिनमध्ये फक्त अंक असतात.
error-reference_word_count = कोडमध्ये 9 शब्द असतात. कृपया सगळे टाइप केले आहेत का ते तपासा.
error-reference_unknown_word = एक शब्द बरोबर नाही. कृपया स्पेलिंग तपासा.
check-reference-wrong-word = शब्द क्रमांक { $number } बरोबर नाही. कृपया स्पेलिंग तपासा.
error-reference_digits = कोडमध्ये 22 अंक असतात. कृपया सगळे टाइप केले आहेत का ते तपासा.
error-reference_check = एक शब्द किंवा अंक बरोबर नाही. कृपया प्रत्येक तपासा आणि पुन्हा प्रयत्न करा.
error-reference_not_found = या कोडची कोणतीही विनंती अजून हेल्पलाइनकडे नाही. ती इंटरनेट नसलेल्या फोनवरून पाठवली असेल, तर तो फोन पुन्हा इंटरनेटला जोडला गेल्यावर ती पोहोचेल: कृपया नंतर पुन्हा प्रयत्न करा. तरीही ती सापडली नाही, तर कृपया प्रत्येक शब्द किंवा अंक तपासा.
field-error-empty = कृपया हे भरा, किंवा हा प्रश्न वगळा.
field-error-not_trimmed = कृपया सुरुवातीच्या किंवा शेवटच्या रिकाम्या जागा काढा.
field-error-too_long = हे खूप मोठे आहे. जास्तीत जास्त { $max } अक्षरे.
field-error-too_many_bytes = हे खूप मोठे आहे.
field-error-too_many = खूप जास्त. जास्तीत जास्त { $max }.
field-error-duplicate = हे यादीत दोनदा आहे.
field-error-control_characters = यात अशी अक्षरे आहेत जी वापरता येत नाहीत.
field-error-invalid_phone = हा फोन नंबर बरोबर दिसत नाही. + आणि देशाच्या कोडने सुरुवात करा.
field-error-invalid_region = हा देश ओळखता आला नाही.
field-error-invalid_email = हा ईमेल पत्ता बरोबर दिसत नाही.
field-error-invalid_language = ही भाषा ओळखता आली नाही.
field-error-invalid_time_zone = हे वेळ क्षेत्र ओळखता आले नाही.
field-error-invalid_time = कृपया सुरू होण्याची आणि संपण्याची वेगवेगळी वेळ निवडा.
field-error-no_contact_method = कृपया तुमच्याशी संपर्क करण्याचा किमान एक मार्ग निवडा. "मी उत्तरासाठी या ॲपमध्ये पाहीन" एवढे पुरेसे आहे.
field-error-unsupported_version = हे ॲप अपडेट करावे लागेल.
