## Reach — हिन्दी (Hindi)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = हिन्दी
# The language's name in English, for the language search.
-locale-english = Hindi
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = कैलकुलेटर
quick-exit = तुरंत बाहर निकलें
quick-exit-hint = यह ऐप तुरंत छिपा देता है
back = पीछे
next = आगे
skip = इसे छोड़ें
save = सेव करें
cancel = रद्द करें
close = बंद करें
done = हो गया
optional = ज़रूरी नहीं
step-of = { $total } में से चरण { $current }
saved-locked = इस फ़ोन पर सेव और लॉक हो गया

## Calculator (the app's disguise)

calc-label = कैलकुलेटर
calc-display-label = नतीजा
calc-clear = C
calc-equals = =
calc-error = त्रुटि

## First use: a private PIN

setup-title = इस ऐप को निजी बनाएँ
setup-intro = एक गुप्त नंबर (पिन) चुनें। इसे सिर्फ़ आपको पता होना चाहिए।
setup-how = बाद में यह ऐप खोलने के लिए, कैलकुलेटर पर अपना पिन टाइप करें, फिर = दबाएँ।
setup-pin-label = आपका पिन (6 से 12 अंक)
setup-pin-repeat-label = अपना पिन फिर से टाइप करें
setup-duress-title = आपातकालीन पिन (इसे छोड़ा जा सकता है)
setup-duress-intro = अगर कोई आपसे ज़बरदस्ती यह ऐप खुलवाए, तो उसकी जगह यह दूसरा पिन टाइप करें। ऐप खाली दिखेगा, और इसमें सब कुछ बिना किसी निशान के मिट जाएगा।
setup-duress-label = आपातकालीन पिन
setup-submit = मेरा पिन सेव करें
setup-mismatch = दोनों पिन एक जैसे नहीं हैं। कृपया फिर से कोशिश करें।

## Language

lang-title = अपनी भाषा चुनें
lang-intro = इसे बाद में सेटिंग्स में बदला जा सकता है।
lang-search-label = अपनी भाषा खोजें
lang-search-hint = अपनी भाषा का नाम किसी भी भाषा में लिखें
lang-search-none = इससे मिलती कोई भाषा नहीं है। कम अक्षर लिखकर देखें।
lang-yours = इस फ़ोन पर मौजूद भाषाएँ
lang-all = सभी भाषाएँ
lang-load-failed = यह भाषा खोली नहीं जा सकी, इसलिए ऐप अंग्रेज़ी में दिखाया जा रहा है।

## Age (asked early, optional: under 18 switches to the child's path)

age-title = आपकी उम्र कितनी है?
age-intro = इसे छोड़ा जा सकता है। अगर आपकी उम्र 18 से कम है, तो ऐप आसान शब्दों का इस्तेमाल करता है और बच्चों के लिए मदद दिखाता है।
age-under_18 = 18 से कम
age-18_to_25 = 18 से 25
age-26_to_59 = 26 से 59
age-60_plus = 60 या उससे ज़्यादा

## Danger check and emergency numbers

danger-title = क्या आप अभी ख़तरे में हैं?
danger-yes = हाँ, मैं अभी ख़तरे में हूँ
danger-no = नहीं, अभी नहीं
emergency-title = आपातकालीन नंबर
emergency-intro = इन नंबरों पर बिना इंटरनेट के कॉल किया जा सकता है।
emergency-country-label = आपका देश
emergency-police = पुलिस और आपातकालीन सेवा
emergency-hotline = मानव तस्करी में फँसे या ज़बरदस्ती काम करवाए गए लोगों के लिए मदद
emergency-children = बच्चों और किशोरों के लिए मदद
emergency-call = { $number } पर कॉल करें
emergency-source = स्रोत: { $source }
emergency-checked = जाँचा गया: { $date }
emergency-not-checked = अभी दोबारा जाँचा नहीं गया है। अगर यह नंबर काम न करे, तो आपातकालीन नंबर पर कॉल करें।
emergency-call-trace = कॉल और टेक्स्ट मैसेज आपके फ़ोन की सूचियों में बने रहते हैं। अगर कोई आपका फ़ोन जाँचता है, तो आप बाद में इन्हें मिटा सकते हैं।
emergency-none = हमारे पास अभी इस देश के नंबर नहीं हैं। अगर आप ख़तरे में हैं, तो स्थानीय आपातकालीन नंबर पर कॉल करें।
emergency-continue = आगे बढ़ें और मदद माँगें

## What help is needed

needs-title = आपको किस तरह की मदद चाहिए?
needs-intro = जो भी बातें सही हों, सब चुनें। इसे छोड़ा भी जा सकता है।
need-safety_now = अभी सुरक्षित होना
need-shelter = रहने के लिए सुरक्षित जगह
need-medical = डॉक्टर या दवा
need-legal_immigration = कागज़ात, वीज़ा या कानून में मदद
need-labour_exploitation = काम पर परेशानी या पैसे न मिलना
need-sexual_exploitation = यौन संबंध के लिए मजबूर किया जाना
need-child_at_risk = कोई बच्चा ख़तरे में है
need-money_debt = पैसा या कर्ज़
need-going_home = घर लौटना या परिवार को ढूँढना
need-interpreter = कोई जो मेरी भाषा बोले
need-other = कुछ और
urgency-title = आपको मदद कितनी जल्दी चाहिए?
urgency-now = अभी
urgency-today = आज
urgency-this_week = इस हफ़्ते
urgency-not_urgent = जल्दी नहीं है
for-whom-title = यह अनुरोध किसके लिए है?
for-whom-self = मेरे लिए
for-whom-someone_else = किसी और के लिए
for-whom-assisted_by_outreach = मैं एक फ़ील्ड कार्यकर्ता हूँ, किसी की मदद के लिए

## Safe contact

contact-title = हेल्पलाइन आपसे सुरक्षित तरीके से कैसे संपर्क करे?
contact-intro = कम से कम एक तरीका चुनें। सिर्फ़ वही तरीके चुनें जो आपके लिए सुरक्षित हों।
contact-call = फ़ोन कॉल
contact-sms = टेक्स्ट मैसेज (SMS)
contact-messaging_app = मैसेजिंग ऐप
contact-email = ईमेल
contact-in_person_via_outreach = आमने-सामने, फ़ील्ड कार्यकर्ता के ज़रिए
contact-check_back_in_app = इसी ऐप में जवाब देखना
contact-phone-label = फ़ोन नंबर, देश के कोड के साथ (जैसे +91…)
contact-app-label = कौन-सा ऐप? (जैसे WhatsApp, Signal)
contact-handle-label = उस ऐप में आपका नाम या नंबर
contact-email-label = ईमेल पता
times-title = आपसे कब संपर्क करना सुरक्षित है?
times-intro = इसे छोड़ा जा सकता है। तब हेल्पलाइन और भी ज़्यादा सावधानी रखेगी।
times-add = सुरक्षित समय जोड़ें
times-remove = यह समय हटाएँ
times-from = कब से
times-to = कब तक
times-days = दिन
times-any-day = कोई भी दिन
times-zone = टाइम ज़ोन
weekday-mon = सोमवार
weekday-tue = मंगलवार
weekday-wed = बुधवार
weekday-thu = गुरुवार
weekday-fri = शुक्रवार
weekday-sat = शनिवार
weekday-sun = रविवार
voicemail-title = क्या हेल्पलाइन वॉइस मैसेज छोड़ सकती है?
voicemail-yes = हाँ, वॉइस मैसेज सुरक्षित है
voicemail-no = नहीं, कभी भी वॉइस मैसेज न छोड़ें
voicemail-unsaid = अगर फ़ोन नहीं उठाया गया, तो हेल्पलाइन वॉइस मैसेज नहीं छोड़ेगी।
code-word-label = कोड शब्द
code-word-hint = हेल्पलाइन यह शब्द बोलेगी, ताकि आपको पता चले कि सच में वही हैं।
someone-else-title = अगर कोई और फ़ोन उठाए, तो हेल्पलाइन क्या करे?
someone-else-hang_up = फ़ोन काट दे
someone-else-say_wrong_number = कहे कि गलत नंबर लग गया
someone-else-ask_for_code_word = कोड शब्द पूछे
someone-else-other = कुछ और
someone-else-other-label = उन्हें क्या करना चाहिए?
responder-title = आपको किससे बात करनी है?
responder-woman = किसी महिला से
responder-man = किसी पुरुष से
responder-any_gender = कोई भी चलेगा
responder-language-label = आपको किस भाषा में जवाब चाहिए

## More (all optional)

more-title = आपके बारे में थोड़ा और
more-intro = यह सब ज़रूरी नहीं है।
place-label = आप कहाँ हैं? शहर या इलाक़े का नाम काफ़ी है।
place-hint = सिर्फ़ उतना बताएँ जितना आप चाहें। यह ऐप कभी आपकी लोकेशन इस्तेमाल नहीं करता।
message-label = आपका संदेश
message-hint = किसी भी भाषा में लिखा जा सकता है।
message-left =
    { $count ->
        [one] { $count } अक्षर बाकी
       *[other] { $count } अक्षर बाकी
    }

## Consent

consent-title = आपका अनुरोध कौन देख सकता है?
consent-intro = फ़ैसला आपका है। सबसे निजी विकल्प पहले से चुना हुआ है।
consent-hotline_only = सिर्फ़ हेल्पलाइन
consent-hotline_only-desc = इसे सिर्फ़ हेल्पलाइन की टीम पढ़ती है। वे इसे किसी और को नहीं बताते।
consent-may_refer_to_services = हेल्पलाइन और मदद करने वाली सेवाएँ
consent-may_refer_to_services-desc = आपकी मदद के लिए हेल्पलाइन इसे शेल्टर, डॉक्टर या वकील को बता सकती है।
consent-may_involve_police = हेल्पलाइन, सेवाएँ और पुलिस
consent-may_involve_police-desc = हेल्पलाइन पुलिस को भी बता सकती है।
consent-child-note = क्योंकि तुम्हारी उम्र 18 से कम है, इसलिए तुम्हें सुरक्षित रखने के लिए हेल्पलाइन को शायद उन लोगों को बताना पड़े जिनका काम बच्चों की रक्षा करना है।

## Review and send

review-title = अपना अनुरोध जाँच लें
review-intro = आपका अनुरोध लॉक कर दिया जाएगा, ताकि सिर्फ़ हेल्पलाइन ही इसे खोल सके। भेजने के बाद इस फ़ोन पर इसे कोई नहीं पढ़ सकता, आप भी नहीं।
review-not-answered = जवाब नहीं दिया
review-change = बदलें
review-needs = ज़रूरी मदद
review-contact = आपसे संपर्क कैसे करें
review-times = सुरक्षित समय
review-more = आपके बारे में और
review-consent = कौन देख सकता है
submit = लॉक करें और हेल्पलाइन को भेजें
submit-working = आपका अनुरोध लॉक हो रहा है…
submit-done = आपका अनुरोध इस फ़ोन पर लॉक हो गया है। इंटरनेट मिलते ही यह भेज दिया जाएगा।

## Status

status-title = आपके अनुरोध
status-intro = यहाँ देखें कि हर अनुरोध कहाँ तक पहुँचा है।
status-empty = अभी कोई अनुरोध नहीं है।
status-saved = इस फ़ोन पर सेव और लॉक है। इंटरनेट मिलते ही भेज दिया जाएगा।
status-sending = अभी भेजा जा रहा है…
status-received = हेल्पलाइन को यह मिल गया है। हमने हेल्पलाइन की रसीद जाँच ली है।
status-needs_attention = इस अनुरोध पर आपका ध्यान चाहिए।
status-attempts =
    { $count ->
        [one] { $count } बार कोशिश की गई
       *[other] { $count } बार कोशिश की गई
    }
status-hotline-received = हेल्पलाइन पर किसी के पढ़ने का इंतज़ार है।
status-hotline-in_review = हेल्पलाइन पर कोई इसे पढ़ रहा है।
status-hotline-answered = हेल्पलाइन ने इस पर कार्रवाई की है।
status-hotline-closed = हेल्पलाइन ने इसे बंद कर दिया है।
status-hotline-contact_planned = हेल्पलाइन पर कोई यह तय कर रहा है कि आपसे सुरक्षित तरीके से कैसे संपर्क करें।
status-hotline-needs_interpreter = हेल्पलाइन ऐसे व्यक्ति को ढूँढ रही है जो आपकी भाषा बोलता हो।
status-hotline-referred = हेल्पलाइन ने एक साथी संस्था से आपकी मदद करने को कहा है।
status-hotline-unknown = हेल्पलाइन के पास इसके बारे में नई ख़बर है। और देखने के लिए, सुरक्षित होने पर ऐप अपडेट करें।
status-replies = हेल्पलाइन के संदेश
status-reply-note = हेल्पलाइन ने यह भी लिखा है (शायद आपकी भाषा में नहीं):
status-reply-unreadable = एक संदेश आया, जिसे यह ऐप जाँच नहीं सका, इसलिए वह नहीं दिखाया गया।
status-offline = अभी इंटरनेट नहीं है। आपके अनुरोध इस फ़ोन पर सुरक्षित हैं।
status-send-now = अभी भेजें
status-retry = फिर से कोशिश करें
status-check = हेल्पलाइन से ख़बर पूछें
status-new = नया अनुरोध शुरू करें

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = हमने आपका अनुरोध पढ़ लिया है। आपने जो तरीका चुना है, हम उसी से आपसे संपर्क करेंगे।
reply-call_planned = हम आपको { $day } को { $from } से { $to } के बीच (आपके यहाँ के समय के अनुसार) कॉल करेंगे।
reply-message_planned = हम आपको { $day } को { $from } से { $to } के बीच (आपके यहाँ के समय के अनुसार) संदेश भेजेंगे।
reply-interpreter = हम ऐसे दुभाषिए को ढूँढ रहे हैं जो आपकी भाषा बोलता हो। हम जल्द ही आपसे संपर्क करेंगे।
reply-referred = हमने आपके पास की एक साथी संस्था से मदद करने को कहा है। आपने जो तरीका चुना है, वे उसी से आपसे संपर्क करेंगे।
reply-call_us = जब आपके लिए सुरक्षित हो, तब हमें कॉल करें। समय आप ही चुनें।
reply-danger = अगर आप अभी ख़तरे में हैं, तो आपातकालीन नंबर पर कॉल करें। यह नंबर इसी ऐप में मिल जाएगा।
reply-closed = हमने आपका अनुरोध बंद कर दिया है। आप कभी भी नया अनुरोध भेज सकते हैं।
reply-unknown = हेल्पलाइन ने एक संदेश भेजा है, जिसे ऐप का यह संस्करण नहीं दिखा सकता। कृपया सुरक्षित होने पर ऐप अपडेट करें।

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = आपका अनुरोध बंद हो गया है। क्या आप बताएँगे कि मदद कैसी रही? तीन छोटे सवाल। आप इन्हें छोड़ सकते हैं।
feedback-private = आपके जवाब आपके अनुरोध या नाम के बिना भेजे जाते हैं। हेल्पलाइन सिर्फ़ कुल संख्या देखती है।
feedback-start = जवाब दें
feedback-skip = नहीं, धन्यवाद
feedback-send = जवाब भेजें
feedback-q-helped = क्या आपको वह मदद मिली जिसकी ज़रूरत थी?
feedback-q-safe = जब हमने संपर्क किया तो क्या आप सुरक्षित महसूस कर रहे थे?
feedback-q-recommend = क्या आप किसी दोस्त को हमारे बारे में बताएँगे?
feedback-a-yes = हाँ
feedback-a-partly = कुछ हद तक
feedback-a-no = नहीं
feedback-thanks = धन्यवाद। आपके जवाब भेजे जाएँगे।
feedback-declined = ठीक है। हम फिर नहीं पूछेंगे।
feedback-failed = यह नहीं हो पाया। कृपया फिर से कोशिश करें।
problem-unknown_key = यह अनुरोध भेजने से पहले इस ऐप को अपडेट करना होगा।
problem-conflict = हेल्पलाइन के पास इसी नंबर का एक दूसरा अनुरोध है। कृपया हेल्पलाइन से किसी और तरीके से संपर्क करें।
problem-malformed = हेल्पलाइन यह अनुरोध पढ़ नहीं सकी। कृपया नया अनुरोध शुरू करें।
problem-too_large = यह अनुरोध बहुत लंबा है। कृपया छोटे संदेश के साथ नया अनुरोध शुरू करें।
problem-unsupported_media_type = यह अनुरोध भेजने से पहले इस ऐप को अपडेट करना होगा।
problem-other = नेटवर्क या हेल्पलाइन ने यह अनुरोध नहीं लिया। फिर से कोशिश करें, या कोई दूसरा नेटवर्क आज़माएँ।

## Several people on one device (outreach)

drafts-title = जो अनुरोध अभी भेजे नहीं गए
drafts-continue = जारी रखें
drafts-delete = मिटाएँ
drafts-none = कुछ भी बाकी नहीं है।
review-reference = यह व्यक्ति यह फ़ोन अपने पास नहीं रखेगा: उसे एक कोड दें
review-reference-hint = कोड से वह इस ऐप वाले किसी भी फ़ोन पर हेल्पलाइन के जवाब पढ़ सकता है। यह फ़ोन सिर्फ़ यह दिखाएगा कि हेल्पलाइन को अनुरोध मिला या नहीं।
assisted-organisation-label = आपकी संस्था (आप, फ़ील्ड कार्यकर्ता)
assisted-hint = हेल्पलाइन देखेगी कि आपने इस व्यक्ति की मदद की, और आप किसके साथ काम करते हैं।
assisted-channel-label = हेल्पलाइन आपसे कैसे संपर्क कर सकती है (वैकल्पिक)
reference-title = व्यक्ति का कोड
reference-intro = ये शब्द उस व्यक्ति को दें। इनसे वह इस ऐप वाले किसी भी फ़ोन पर हेल्पलाइन के जवाब पढ़ सकता है। यह फ़ोन इन्हें कहीं नहीं लिखता, और जैसे ही ये उस व्यक्ति के पास होते हैं, इन्हें भूल जाता है।
reference-for-person = ये शब्द आपके हैं। इनसे आप हेल्पलाइन के जवाब पढ़ सकते हैं। इस ऐप वाले किसी भी फ़ोन पर “{ $requests }” खोलें, फिर “{ $check }” खोलें, और शब्द या अंक लिखें। इन्हें संभालकर रखें: जिसके पास भी ये होंगे, वह जवाब पढ़ सकेगा।
reference-words = शब्द
reference-digits = यही कोड अंकों में
reference-request = अनुरोध { $number }
reference-done = व्यक्ति के पास उसका कोड है
reference-again = कोड दिखते समय ऐप लॉक हो गया था। यह रहा फिर से: इसे अभी उस व्यक्ति को दें।
status-check-reference = कोड जाँचें
check-reference-title = कोड जाँचें
check-reference-intro = आपको जो शब्द या अंक दिए गए थे, वे लिखें। यह फ़ोन न उन्हें रखता है, न जवाबों को।
check-reference-no-hotline = यह ऐप अभी किसी हेल्पलाइन से जुड़ा नहीं है, इसलिए यहाँ कोड नहीं जाँचा जा सकता। कृपया इस ऐप वाले किसी दूसरे फ़ोन पर कोशिश करें।
check-reference-label = शब्द या अंक
check-reference-submit = जाँचें
check-reference-working = जाँच हो रही है। इसमें कुछ सेकंड लग सकते हैं…
check-reference-no-replies = हेल्पलाइन से अभी तक कोई संदेश नहीं आया।
check-reference-show-in = { $language } में दिखाएँ
worker-title = फ़ील्ड का काम
worker-working-as = आप इस नाम से काम करते हैं: { $organisation }
worker-intro = आप जिसकी मदद करते हैं, वह अपनी भाषा में जवाब देता है। जवाब सील होकर इस फ़ोन से जाते हैं, और वह व्यक्ति एक कोड साथ ले जाता है। यहाँ हर अनुरोध का सिर्फ़ नंबर और स्थिति रहती है।
worker-new-person = किसी नए व्यक्ति की मदद करें
handover-title = सिर्फ़ आपके लिए सवाल
handover-worker = अब फ़ोन उस व्यक्ति को दें। वह अगले सवालों के जवाब अकेले देगा, और आप उसके जवाब नहीं देखेंगे।
handover-person = अगले सवाल सिर्फ़ आपके लिए हैं। जो आपकी मदद कर रहे हैं, वे आपके जवाब नहीं देखेंगे।
handover-start = शुरू करें
giveback-title = धन्यवाद
giveback-intro = आपके जवाब सील हो गए हैं। जो आपकी मदद कर रहे हैं, वे उन्हें नहीं देख सकते। अब फ़ोन वापस दे दें।
giveback-button = फ़ोन वापस दें
review-private = इसका जवाब व्यक्ति ने अकेले दिया है। यह दिखाया नहीं जाता।
review-assisted-as = हेल्पलाइन देखेगी कि आपने मदद की, इस नाम से: { $organisation }
review-later = अभी नहीं: “जो अनुरोध अभी भेजे नहीं गए” में रहने दें
review-hand-again = फ़ोन फिर से उस व्यक्ति को दें
review-hand-again-hint = अगर व्यक्ति अकेले दिया गया कोई जवाब बदलना चाहता है, या वहाँ कुछ ठीक करना ज़रूरी है, तो इसे दबाएँ। वह फिर से यह सवाल देखेगा कि अनुरोध कौन देख सकता है, और फिर से चुनेगा।
review-private-fix = व्यक्ति ने अकेले जो जवाब दिया, उसमें कुछ ठीक करना ज़रूरी है। सिर्फ़ वही इसे ठीक कर सकता है: फ़ोन फिर से उसे दें।
age-given-back-worker = अगर आप उम्र बदलकर 18 से कम करते हैं, या 18 से कम वाली उम्र बदलते हैं, तो व्यक्ति को फिर से यह सवाल देखना होगा कि अनुरोध कौन देख सकता है: आप एक बार और फ़ोन उसे देंगे।
age-reopened-worker = उम्र बदलने का असर व्यक्ति के इस चुनाव पर पड़ा है कि अनुरोध कौन देख सकता है। जारी रखें: आप फ़ोन फिर से उसे देंगे, और वह फिर से चुनेगा।
setup-worker = मैं फ़ील्ड कार्यकर्ता हूँ: मैं दूसरों को मदद माँगने में मदद करता हूँ
setup-worker-hint = आप जिस भी अनुरोध में मदद करेंगे, उसमें हेल्पलाइन आपकी संस्था देखेगी।
worker-org-needed = अपनी संस्था का नाम लिखें, या फ़ील्ड कार्यकर्ता मोड बंद करें।
settings-worker-title = फ़ील्ड कार्यकर्ता मोड
settings-worker-intro = इस फ़ोन से दूसरों को अनुरोध भेजने में मदद करें। उनके जवाब सील रहते हैं, और हर व्यक्ति एक कोड साथ ले जाता है।
settings-worker-on = चालू करें
settings-worker-save = बदलाव सेव करें
settings-worker-off = बंद करें
settings-worker-saved = हो गया। फ़ील्ड कार्यकर्ता मोड चालू है।
settings-worker-removed = हो गया। फ़ील्ड कार्यकर्ता मोड बंद है।

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = पढ़कर सुनाएँ: { $text }
speak-stop = पढ़ना रोकें
speak-no-voice = इस फ़ोन पर इस भाषा के लिए कोई आवाज़ नहीं है।
speak-unavailable = इस फ़ोन पर अभी पढ़कर सुनाना काम नहीं कर रहा है।
speak-headphones = अगर पास में कोई सुन सकता है, तो हेडफ़ोन इस्तेमाल करें।

## Settings

settings-title = सेटिंग्स
settings-language = भाषा
settings-read-aloud = हर स्क्रीन खुलते ही उसे पढ़कर सुनाएँ
settings-lock = अभी लॉक करें
settings-less-protected = इस डिवाइस पर कम सुरक्षा: यहाँ चाबी रखने की कोई सुरक्षित जगह नहीं है, इसलिए ऐप की फ़ाइलें कॉपी करने वाला आपका पिन अंदाज़ा लगाने की कोशिश कर सकता है। लंबा पिन आपकी बेहतर सुरक्षा करता है।
settings-duress-title = आपातकालीन पिन
settings-duress-intro = दूसरा पिन, उस समय के लिए जब कोई आपसे ज़बरदस्ती ऐप खुलवाए। यह बिना किसी निशान के सब कुछ मिटा देता है।
settings-current-pin = आपका पिन
settings-duress-save = आपातकालीन पिन सेव करें
settings-duress-remove = आपातकालीन पिन हटाएँ
settings-pin-title = अपना पिन बदलें
settings-new-pin = नया पिन (6 से 12 अंक)
settings-new-pin-again = नया पिन फिर से टाइप करें
settings-pin-save = पिन बदलें
settings-pin-changed = आपका पिन बदल गया है। अब से नया पिन इस्तेमाल करें।
settings-duress-saved = हो गया। आपका आपातकालीन पिन सेव हो गया है।
settings-duress-removed = हो गया। अब कोई आपातकालीन पिन नहीं है।
pin-wrong-left =
    { $count ->
        [one] यह पिन सही नहीं है। { $count } बार और गलत पिन डालने पर इस फ़ोन पर सब कुछ मिट जाएगा।
       *[other] यह पिन सही नहीं है। { $count } बार और गलत पिन डालने पर इस फ़ोन पर सब कुछ मिट जाएगा।
    }
settings-wipe-title = सब कुछ मिटाएँ
settings-wipe-intro = इससे इस फ़ोन पर सभी अनुरोध और ड्राफ़्ट मिट जाएँगे। इसे वापस नहीं लाया जा सकता। जो अनुरोध हेल्पलाइन को पहले ही मिल चुके हैं, वे हेल्पलाइन के पास रहेंगे।
settings-wipe-confirm = हाँ, सब कुछ मिटाएँ

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = क्या तुम अभी ख़तरे में हो?
danger-yes-child = हाँ, मैं ख़तरे में हूँ
danger-no-child = नहीं, अभी मैं ठीक हूँ
emergency-intro-child = चाहो तो इन नंबरों पर कॉल करो। इंटरनेट की ज़रूरत नहीं है।
emergency-call-trace-child = तुम्हारा फ़ोन कॉल और मैसेज की एक लिस्ट रखता है। अगर तुम्हें चिंता है कि कोई इसे देख लेगा, चाहो तो बाद में इन्हें मिटा दो।
needs-title-child = तुम्हें किस बात में मदद चाहिए?
needs-intro-child = जो भी बातें तुम्हारे लिए सच हैं, उन सब पर टैप करो। चाहो तो इसे छोड़ दो।
need-legal_immigration-child = कागज़ों या दस्तावेज़ों में मदद
need-labour_exploitation-child = कोई मुझसे ज़बरदस्ती काम करवाता है
need-sexual_exploitation-child = कोई मुझसे ज़बरदस्ती यौन हरकतें करवाता है
need-money_debt-child = कोई कहता है कि मुझ पर उसका पैसा बाकी है
need-going_home-child = मुझे घर जाना है या अपने परिवार को ढूँढना है
need-child_at_risk-child = कोई और बच्चा ख़तरे में है
urgency-title-child = तुम्हें मदद कब चाहिए?
for-whom-title-child = मदद किसे चाहिए?
for-whom-self-child = मुझे
contact-title-child = हम तुमसे सुरक्षित तरीके से कैसे बात करें?
contact-intro-child = वह तरीका चुनो जो तुम्हारे लिए सुरक्षित हो। किसी और को यह दिखना नहीं चाहिए।
times-title-child = तुम्हें कॉल करना या लिखना कब सुरक्षित है?
times-intro-child = चाहो तो इसे छोड़ दो। तब हम बहुत सावधान रहेंगे।
voicemail-title-child = क्या हम तुम्हारे लिए वॉइस मैसेज छोड़ सकते हैं?
someone-else-title-child = अगर कोई और फ़ोन उठाए, तो हम क्या करें?
responder-title-child = तुम्हारा मन किससे बात करने का है?
more-title-child = कुछ और बताना है?
more-intro-child = जवाब देना ज़रूरी नहीं है।
place-label-child = तुम कहाँ हो? बस शहर या कस्बे का नाम काफ़ी है।
message-label-child = अगर चाहो, तो बताओ कि क्या हो रहा है
consent-title-child = तुमने जो लिखा, उसे कौन पढ़ सकता है?
consent-intro-child = तुम चुनो। सबसे सुरक्षित विकल्प पहले से चुना हुआ है।
consent-hotline_only-desc-child = इसे सिर्फ़ हेल्पलाइन के मददगार पढ़ते हैं। वे इसे राज़ रखते हैं।
consent-may_refer_to_services-desc-child = हेल्पलाइन उन लोगों को बता सकती है जो बच्चों को सुरक्षित रखते हैं, जैसे डॉक्टर, कोई सुरक्षित घर या वकील।
consent-may_involve_police-desc-child = हेल्पलाइन पुलिस को भी बता सकती है, ताकि पुलिस तुम्हें चोट पहुँचाने वालों को रोक सके।
review-title-child = अपने जवाब देख लो
review-intro-child = भेजते ही यह लॉक हो जाता है। सिर्फ़ हेल्पलाइन इसे खोल सकती है। इस फ़ोन पर इसे कोई नहीं पढ़ सकता, तुम भी नहीं।
submit-done-child = तुम्हारा संदेश इस फ़ोन पर लॉक है। इंटरनेट मिलते ही यह भेज दिया जाएगा।
handover-title-child = ये सवाल बस तुम्हारे लिए हैं
handover-person-child = अगले सवालों के जवाब सिर्फ़ तुम्हें देने हैं। जो तुम्हारी मदद कर रहे हैं, वे नहीं देखेंगे कि तुमने क्या कहा।
giveback-intro-child = तुम्हारे जवाब लॉक हो गए हैं। जो तुम्हारी मदद कर रहे हैं, वे उन्हें नहीं देख सकते। अब फ़ोन उन्हें वापस दे दो।
reference-for-person-child = ये शब्द सिर्फ़ तुम्हारे लिए हैं। इनसे तुम्हें पता चलेगा कि हेल्पलाइन ने तुम्हें क्या लिखा। इस ऐप वाले किसी भी फ़ोन पर “{ $requests }” पर टैप करो, फिर “{ $check }” पर टैप करो, और शब्द या अंक लिखो। इन्हें छिपाकर रखो: जिसके पास भी ये होंगे, वह जवाब पढ़ सकेगा।

## Errors (codes come from the app's core)

error-wrong_pin = यह पिन सही नहीं है।
error-locked = कृपया पहले अपने पिन से ऐप खोलें।
error-no_hotline = यह ऐप अभी किसी हेल्पलाइन से जुड़ा नहीं है। आपका ड्राफ़्ट सेव है।
error-invalid = कुछ जवाबों में बदलाव चाहिए। कृपया निशान लगे सवाल देखें।
error-pin_too_short = पिन में 6 से 12 अंक होते हैं।
error-duress_same_as_pin = आपातकालीन पिन आपके पिन से अलग होना चाहिए।
error-worker_drafts_open = आप जिन लोगों की मदद करते हैं, जब तक उनके अनुरोध भेजे नहीं जाते, तब तक फ़ील्ड कार्यकर्ता मोड चालू रहेगा। कृपया उन्हें भेजें, या “जो अनुरोध अभी भेजे नहीं गए” में जाकर उन्हें मिटाएँ, फिर मोड बंद करें।
error-already_set_up = यह ऐप पहले से सेट है।
error-not_found = यह नहीं मिला। हो सकता है इसे मिटा दिया गया हो।
error-internal = कुछ गड़बड़ हो गई। आपके सेव किए गए अनुरोध सुरक्षित हैं। कृपया फिर से कोशिश करें।
error-not_set_up = यह ऐप अभी सेट नहीं है। कृपया पहले एक पिन चुनें।
error-busy = ऐप अभी भेज रहा है। कृपया थोड़ी देर में फिर से कोशिश करें।
error-status_unavailable = अभी हेल्पलाइन से पूछा नहीं जा सका। आपका अनुरोध सुरक्षित है। कृपया बाद में फिर से कोशिश करें।
error-malformed = कुछ जवाब पढ़े नहीं जा सके। कृपया उन्हें जाँचें और फिर से कोशिश करें।
error-too_large = यह भेजने के लिए बहुत लंबा है। कृपया अपना संदेश छोटा करें।
error-unsupported_version = इस ऐप को अपडेट करना होगा।
error-profile = इस ऐप में हेल्पलाइन की जानकारी सही नहीं है। आपका ड्राफ़्ट सेव है। कृपया ऐप का नया वर्शन लें।
error-sync_client = ऐप अभी सुरक्षित तरीके से जुड़ नहीं पा रहा है। आपका अनुरोध सेव है और बाद में भेज दिया जाएगा।
error-already_exists = यह पहले से सेव है।
error-empty_pin = कृपया अपना पिन लिखें।
error-invalid_kdf_params = इस ऐप की सेटिंग्स सही नहीं हैं। कृपया ऐप का नया वर्शन लें।
error-device_secret_unavailable = ऐप इस फ़ोन की सुरक्षित जगह तक नहीं पहुँच पा रहा है। कृपया फ़ोन बंद करके फिर से चालू करें और फिर से कोशिश करें।
error-envelope = आपका अनुरोध हेल्पलाइन के लिए लॉक नहीं हो सका। यह अब भी ड्राफ़्ट के रूप में सेव है।
error-receipt_mismatch = हेल्पलाइन का जवाब जाँचा नहीं जा सका। आपका अनुरोध फिर से भेजा जाएगा।
error-corrupt = ऐप का सेव किया गया डेटा खराब हो गया है। इसे खोला नहीं जा सकता।
error-io = फ़ोन इसे सेव नहीं कर सका। हो सकता है फ़ोन भर गया हो। कृपया थोड़ी जगह खाली करें और फिर से कोशिश करें।
error-database = ऐप अपना डेटा पढ़ या सेव नहीं कर सका। आपके सेव किए गए अनुरोध सुरक्षित हैं। कृपया फिर से कोशिश करें।
error-pin_too_long = पिन में 6 से 12 अंक होते हैं।
error-pin_not_digits = पिन में सिर्फ़ अंक होते हैं।
error-reference_word_count = कोड में 9 शब्द होते हैं। कृपया देखें कि आपने सब लिखे हैं।
error-reference_unknown_word = एक शब्द सही नहीं है। कृपया उसकी वर्तनी जाँचें।
check-reference-wrong-word = शब्द नंबर { $number } सही नहीं है। कृपया उसकी वर्तनी जाँचें।
error-reference_digits = कोड में 22 अंक होते हैं। कृपया देखें कि आपने सब लिखे हैं।
error-reference_check = एक शब्द या अंक सही नहीं है। कृपया हर एक को जाँचें और फिर से कोशिश करें।
error-reference_not_found = हेल्पलाइन के पास इस कोड वाला कोई अनुरोध अभी तक नहीं है। अगर इसे बिना इंटरनेट वाले फ़ोन से भेजा गया था, तो उस फ़ोन को फिर से इंटरनेट मिलते ही यह पहुँच जाएगा। कृपया बाद में फिर से कोशिश करें। अगर तब भी न मिले, तो कृपया हर शब्द या अंक जाँचें।
field-error-empty = कृपया इसे भरें, या यह सवाल छोड़ दें।
field-error-not_trimmed = कृपया शुरू या आख़िर की खाली जगह हटाएँ।
field-error-too_long = यह बहुत लंबा है। ज़्यादा से ज़्यादा { $max } अक्षर।
field-error-too_many_bytes = यह बहुत लंबा है।
field-error-too_many = बहुत ज़्यादा हैं। ज़्यादा से ज़्यादा { $max }।
field-error-duplicate = यह सूची में दो बार है।
field-error-control_characters = इसमें ऐसे अक्षर हैं जो इस्तेमाल नहीं किए जा सकते।
field-error-invalid_phone = यह फ़ोन नंबर सही नहीं लगता। + और देश के कोड से शुरू करें।
field-error-invalid_region = यह देश पहचाना नहीं गया।
field-error-invalid_email = यह ईमेल पता सही नहीं लगता।
field-error-invalid_language = यह भाषा पहचानी नहीं गई।
field-error-invalid_time_zone = यह टाइम ज़ोन पहचाना नहीं गया।
field-error-invalid_time = कृपया शुरू होने और ख़त्म होने का अलग-अलग समय चुनें।
field-error-no_contact_method = कृपया आपसे संपर्क का कम से कम एक तरीका चुनें। "इसी ऐप में जवाब देखना" चुनना भी काफ़ी है।
field-error-unsupported_version = इस ऐप को अपडेट करना होगा।
