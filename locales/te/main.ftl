## Reach — తెలుగు (Telugu)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = తెలుగు
# The language's name in English, for the language search.
-locale-english = Telugu
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = కాలిక్యులేటర్
quick-exit = వెంటనే బయటకు
quick-exit-hint = ఈ యాప్‌ను వెంటనే దాచేస్తుంది
back = వెనక్కి
next = తర్వాత
skip = దీన్ని వదిలేయండి
save = సేవ్ చేయండి
cancel = రద్దు చేయండి
close = మూసివేయండి
done = అయిపోయింది
optional = తప్పనిసరి కాదు
step-of = దశ { $current } / { $total }
saved-locked = ఈ ఫోన్‌లో సేవ్ చేసి లాక్ చేయబడింది

## Calculator (the app's disguise)

calc-label = కాలిక్యులేటర్
calc-display-label = ఫలితం
calc-clear = C
calc-equals = =
calc-error = లోపం

## First use: a private PIN

setup-title = ఈ యాప్‌ను మీకు మాత్రమే తెరిచేలా చేయండి
setup-intro = ఒక రహస్య నంబర్ (పిన్) ఎంచుకోండి. అది మీకు మాత్రమే తెలియాలి.
setup-how = తర్వాత ఈ యాప్‌ను తెరవడానికి, కాలిక్యులేటర్‌లో మీ పిన్ టైప్ చేసి, = నొక్కండి.
setup-pin-label = మీ పిన్ (6 నుండి 12 అంకెలు)
setup-pin-repeat-label = మీ పిన్‌ను మళ్ళీ టైప్ చేయండి
setup-duress-title = అత్యవసర పిన్ (దీన్ని వదిలేయవచ్చు)
setup-duress-intro = ఎవరైనా ఈ యాప్‌ను తెరవమని మిమ్మల్ని బలవంతం చేస్తే, దానికి బదులుగా ఈ వేరే పిన్ టైప్ చేయండి. యాప్ ఖాళీగా కనిపిస్తుంది. అందులోని ప్రతిదీ ఏ గుర్తూ లేకుండా తొలగించబడుతుంది.
setup-duress-label = అత్యవసర పిన్
setup-submit = నా పిన్‌ను సేవ్ చేయండి
setup-mismatch = రెండు పిన్‌లు ఒకేలా లేవు. దయచేసి మళ్ళీ ప్రయత్నించండి.

## Language

lang-title = మీ భాషను ఎంచుకోండి
lang-intro = దీన్ని తర్వాత సెట్టింగ్‌లలో మార్చుకోవచ్చు.
lang-search-label = మీ భాషను వెతకండి
lang-search-hint = మీ భాష పేరును ఏ భాషలోనైనా టైప్ చేయండి
lang-search-none = దీనికి సరిపోయే భాష లేదు. తక్కువ అక్షరాలు టైప్ చేసి చూడండి.
lang-yours = ఈ ఫోన్‌లోని భాషలు
lang-all = అన్ని భాషలు
lang-load-failed = ఈ భాషను తెరవలేకపోయాం, అందుకే యాప్ ఇంగ్లీష్‌లో చూపబడుతోంది.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = మీ వయసు ఎంత?
age-intro = దీన్ని వదిలేయవచ్చు. మీ వయసు 18 కంటే తక్కువ అయితే, యాప్ సులభమైన మాటలు వాడుతుంది, పిల్లల కోసం సహాయాన్ని చూపిస్తుంది.
age-under_18 = 18 కంటే తక్కువ
age-18_to_25 = 18 నుండి 25
age-26_to_59 = 26 నుండి 59
age-60_plus = 60 లేదా అంతకంటే ఎక్కువ

## Danger check and emergency numbers

danger-title = మీరు ఇప్పుడు ప్రమాదంలో ఉన్నారా?
danger-yes = అవును, నేను ఇప్పుడు ప్రమాదంలో ఉన్నాను
danger-no = లేదు, ఇప్పుడు కాదు
emergency-title = అత్యవసర నంబర్లు
emergency-intro = ఇంటర్నెట్ లేకపోయినా ఈ నంబర్లకు కాల్ చేయవచ్చు.
emergency-country-label = మీ దేశం
emergency-police = పోలీసు మరియు అత్యవసర సేవలు
emergency-hotline = అక్రమ రవాణాకు గురైనవారికి లేదా బలవంతంగా పని చేయించబడుతున్నవారికి సహాయం
emergency-children = పిల్లలకు మరియు యువతకు సహాయం
emergency-call = { $number } కి కాల్ చేయండి
emergency-source = మూలం: { $source }
emergency-checked = తనిఖీ చేసిన తేదీ: { $date }
emergency-not-checked = ఇంకా మళ్ళీ తనిఖీ చేయలేదు. ఈ నంబర్ పని చేయకపోతే, అత్యవసర నంబర్‌కు కాల్ చేయండి.
emergency-call-trace = కాల్‌లు మరియు టెక్స్ట్ మెసేజ్‌లు మీ ఫోన్‌లోని జాబితాలలో ఉండిపోతాయి. ఎవరైనా మీ ఫోన్‌ను తనిఖీ చేస్తే, తర్వాత మీరు వాటిని తొలగించవచ్చు.
emergency-none = ఈ దేశానికి మా దగ్గర ఇంకా నంబర్లు లేవు. మీరు ప్రమాదంలో ఉంటే, స్థానిక అత్యవసర నంబర్‌కు కాల్ చేయండి.
emergency-continue = కొనసాగి సహాయం అడగండి

## What help is needed

needs-title = మీకు ఏ సహాయం కావాలి?
needs-intro = సరిపోయేవన్నీ ఎంచుకోండి. దీన్ని వదిలేయవచ్చు.
need-safety_now = ఇప్పుడే సురక్షితంగా ఉండటం
need-shelter = ఉండటానికి సురక్షితమైన చోటు
need-medical = డాక్టర్ లేదా మందులు
need-legal_immigration = పత్రాలు, వీసా లేదా చట్టం గురించి సహాయం
need-labour_exploitation = పనిలో సమస్యలు లేదా జీతం ఇవ్వడం లేదు
need-sexual_exploitation = బలవంతంగా లైంగిక పనిలోకి దించారు
need-child_at_risk = ఒక పిల్లవాడు ప్రమాదంలో ఉన్నారు
need-money_debt = డబ్బు లేదా అప్పు
need-going_home = ఇంటికి వెళ్ళడం లేదా కుటుంబాన్ని కనుగొనడం
need-interpreter = నా భాష మాట్లాడే ఎవరైనా
need-other = ఇంకేదైనా
urgency-title = మీకు ఎంత త్వరగా సహాయం కావాలి?
urgency-now = ఇప్పుడే
urgency-today = ఈ రోజు
urgency-this_week = ఈ వారం
urgency-not_urgent = ఆగవచ్చు
for-whom-title = ఈ అభ్యర్థన ఎవరి కోసం?
for-whom-self = నా కోసం
for-whom-someone_else = వేరొకరి కోసం
for-whom-assisted_by_outreach = నేను ఒకరికి సహాయం చేస్తున్న క్షేత్ర కార్యకర్తను

## Safe contact

contact-title = సహాయ కేంద్రం మిమ్మల్ని సురక్షితంగా ఎలా సంప్రదించాలి?
contact-intro = కనీసం ఒక మార్గాన్ని ఎంచుకోండి. మీకు సురక్షితమైన మార్గాలను మాత్రమే ఎంచుకోండి.
contact-call = ఫోన్ కాల్
contact-sms = టెక్స్ట్ మెసేజ్ (SMS)
contact-messaging_app = మెసేజింగ్ యాప్
contact-email = ఈమెయిల్
contact-in_person_via_outreach = క్షేత్ర కార్యకర్త ద్వారా నేరుగా కలవడం
contact-check_back_in_app = సమాధానం కోసం నేనే ఈ యాప్‌లో చూస్తాను
contact-phone-label = ఫోన్ నంబర్, దేశ కోడ్‌తో (ఉదా. +91…)
contact-app-label = ఏ యాప్? (ఉదా. WhatsApp, Signal)
contact-handle-label = ఆ యాప్‌లో మీ పేరు లేదా నంబర్
contact-email-label = ఈమెయిల్ చిరునామా
times-title = మిమ్మల్ని ఎప్పుడు సంప్రదించడం సురక్షితం?
times-intro = దీన్ని వదిలేయవచ్చు. అప్పుడు సహాయ కేంద్రం మరింత జాగ్రత్తగా ఉంటుంది.
times-add = సురక్షితమైన సమయాన్ని జోడించండి
times-remove = ఈ సమయాన్ని తీసివేయండి
times-from = నుండి
times-to = వరకు
times-days = రోజులు
times-any-day = ఏ రోజైనా
times-zone = టైమ్ జోన్
weekday-mon = సోమవారం
weekday-tue = మంగళవారం
weekday-wed = బుధవారం
weekday-thu = గురువారం
weekday-fri = శుక్రవారం
weekday-sat = శనివారం
weekday-sun = ఆదివారం
voicemail-title = సహాయ కేంద్రం వాయిస్ మెసేజ్ వదలవచ్చా?
voicemail-yes = అవును, వాయిస్ మెసేజ్ సురక్షితమే
voicemail-no = వద్దు, ఎప్పుడూ వాయిస్ మెసేజ్ వదలవద్దు
voicemail-unsaid = మీరు ఫోన్ ఎత్తకపోతే, సహాయ కేంద్రం వాయిస్ మెసేజ్ వదలదు.
code-word-label = రహస్య పదం
code-word-hint = సహాయ కేంద్రం ఈ పదాన్ని చెబుతుంది. అప్పుడు నిజంగా వాళ్ళే అని మీకు తెలుస్తుంది.
someone-else-title = వేరే ఎవరైనా ఫోన్ ఎత్తితే, సహాయ కేంద్రం…
someone-else-hang_up = ఫోన్ పెట్టేయాలి
someone-else-say_wrong_number = రాంగ్ నంబర్ అని చెప్పాలి
someone-else-ask_for_code_word = రహస్య పదం అడగాలి
someone-else-other = ఇంకేదైనా
someone-else-other-label = వాళ్ళు ఏం చేయాలి?
responder-title = మీరు ఎవరితో మాట్లాడాలనుకుంటున్నారు?
responder-woman = ఒక మహిళ
responder-man = ఒక పురుషుడు
responder-any_gender = ఎవరైనా పర్వాలేదు
responder-language-label = మీకు సమాధానం కావాల్సిన భాష

## More (all optional)

more-title = మీ గురించి ఇంకొంచెం
more-intro = ఇవన్నీ తప్పనిసరి కాదు.
place-label = మీరు ఎక్కడ ఉన్నారు? ఒక ఊరు లేదా ప్రాంతం చాలు.
place-hint = మీరు చెప్పాలనుకున్నది మాత్రమే చెప్పండి. ఈ యాప్ మీ లొకేషన్‌ను ఎప్పుడూ ఉపయోగించదు.
message-label = మీ సందేశం
message-hint = మీరు ఏ భాషలోనైనా రాయవచ్చు.
message-left =
    { $count ->
        [one] ఇంకా { $count } అక్షరం మిగిలి ఉంది
       *[other] ఇంకా { $count } అక్షరాలు మిగిలి ఉన్నాయి
    }

## Consent

consent-title = మీ అభ్యర్థనను ఎవరు చూడవచ్చు?
consent-intro = నిర్ణయం మీదే. అత్యంత గోప్యమైన ఎంపిక ఇప్పటికే ఎంచుకోబడింది.
consent-hotline_only = సహాయ కేంద్రం మాత్రమే
consent-hotline_only-desc = సహాయ కేంద్రం బృందం మాత్రమే దీన్ని చదువుతుంది. వాళ్ళు దీన్ని ఎవరితోనూ పంచుకోరు.
consent-may_refer_to_services = సహాయ కేంద్రం మరియు సహాయం చేయగల సేవలు
consent-may_refer_to_services-desc = మీకు సహాయం చేయడానికి, సహాయ కేంద్రం దీన్ని ఆశ్రయ కేంద్రాలు, డాక్టర్లు లేదా లాయర్లతో పంచుకోవచ్చు.
consent-may_involve_police = సహాయ కేంద్రం, సేవలు మరియు పోలీసులు
consent-may_involve_police-desc = సహాయ కేంద్రం పోలీసులకు కూడా చెప్పవచ్చు.
consent-child-note = మీ వయసు 18 కంటే తక్కువ కాబట్టి, మిమ్మల్ని సురక్షితంగా ఉంచడానికి, పిల్లలను కాపాడటమే పనిగా ఉన్నవారికి సహాయ కేంద్రం చెప్పాల్సి రావచ్చు.

## Review and send

review-title = మీ అభ్యర్థనను సరిచూసుకోండి
review-intro = సహాయ కేంద్రం మాత్రమే తెరవగలిగేలా మీ అభ్యర్థన లాక్ చేయబడుతుంది. మీరు పంపిన తర్వాత, ఈ ఫోన్‌లో ఎవరూ దాన్ని చదవలేరు, మీరు కూడా.
review-not-answered = సమాధానం ఇవ్వలేదు
review-change = మార్చండి
review-needs = కావాల్సిన సహాయం
review-contact = మిమ్మల్ని సంప్రదించే విధానం
review-times = సురక్షితమైన సమయాలు
review-more = మీ గురించి మరింత
review-consent = ఎవరు చూడవచ్చు
submit = లాక్ చేసి సహాయ కేంద్రానికి పంపండి
submit-working = మీ అభ్యర్థన లాక్ చేయబడుతోంది…
submit-done = మీ అభ్యర్థన ఈ ఫోన్‌లో లాక్ చేయబడింది. ఇంటర్నెట్ ఉన్నప్పుడు అది పంపబడుతుంది.

## Status

status-title = మీ అభ్యర్థనలు
status-intro = ప్రతి అభ్యర్థన ఎక్కడ ఉందో ఇక్కడ చూడవచ్చు.
status-empty = ఇంకా అభ్యర్థనలు లేవు.
status-saved = ఈ ఫోన్‌లో సేవ్ చేసి లాక్ చేయబడింది. ఇంటర్నెట్ ఉన్నప్పుడు అది పంపబడుతుంది.
status-sending = ఇప్పుడు పంపుతోంది…
status-received = సహాయ కేంద్రానికి ఇది అందింది. సహాయ కేంద్రం రసీదును మేము తనిఖీ చేశాము.
status-needs_attention = ఈ అభ్యర్థనను మీరు చూడాలి.
status-attempts =
    { $count ->
        [one] ఒకసారి ప్రయత్నించాం
       *[other] { $count } సార్లు ప్రయత్నించాం
    }
status-hotline-received = సహాయ కేంద్రంలో ఎవరైనా దీన్ని చదవడం కోసం వేచి ఉంది.
status-hotline-in_review = సహాయ కేంద్రంలో ఒకరు దీన్ని చదువుతున్నారు.
status-hotline-answered = సహాయ కేంద్రం దీనిపై చర్య తీసుకుంది.
status-hotline-closed = సహాయ కేంద్రం దీన్ని ముగించింది.
status-hotline-contact_planned = సహాయ కేంద్రంలో ఒకరు మిమ్మల్ని సురక్షితంగా ఎలా సంప్రదించాలో ప్లాన్ చేస్తున్నారు.
status-hotline-needs_interpreter = సహాయ కేంద్రం మీ భాష మాట్లాడే ఒకరిని వెతుకుతోంది.
status-hotline-referred = మీకు సహాయం చేయమని సహాయ కేంద్రం ఒక భాగస్వామి సంస్థను అడిగింది.
status-hotline-unknown = సహాయ కేంద్రం దగ్గర దీని గురించి కొత్త సమాచారం ఉంది. మరింత చూడటానికి, సురక్షితంగా ఉన్నప్పుడు యాప్‌ను అప్‌డేట్ చేయండి.
status-replies = సహాయ కేంద్రం నుండి సందేశాలు
status-reply-note = సహాయ కేంద్రం ఇది కూడా రాసింది (మీ భాషలో కాకపోవచ్చు):
status-reply-unreadable = ఈ యాప్ తనిఖీ చేయలేని ఒక సందేశం వచ్చింది, అందుకే అది చూపబడలేదు.
status-offline = ఇప్పుడు ఇంటర్నెట్ లేదు. మీ అభ్యర్థనలు ఈ ఫోన్‌లో సురక్షితంగా ఉన్నాయి.
status-send-now = ఇప్పుడే పంపండి
status-retry = మళ్ళీ ప్రయత్నించండి
status-check = సహాయ కేంద్రాన్ని సమాచారం అడగండి
status-new = కొత్త అభ్యర్థన మొదలుపెట్టండి

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = మీ అభ్యర్థనను చదివాము. మీరు ఎంచుకున్న విధంగా మిమ్మల్ని సంప్రదిస్తాము.
reply-call_planned = { $day } నాడు { $from } నుండి { $to } మధ్య (మీ సమయం ప్రకారం) మీకు కాల్ చేస్తాము.
reply-message_planned = { $day } నాడు { $from } నుండి { $to } మధ్య (మీ సమయం ప్రకారం) మీకు సందేశం పంపుతాము.
reply-interpreter = మీ భాష మాట్లాడే ఒక అనువాదకుడి కోసం వెతుకుతున్నాము. త్వరలో మిమ్మల్ని సంప్రదిస్తాము.
reply-referred = మీకు దగ్గరలో ఉన్న ఒక భాగస్వామి సంస్థను సహాయం చేయమని అడిగాము. మీరు ఎంచుకున్న విధంగా వాళ్ళు మిమ్మల్ని సంప్రదిస్తారు.
reply-call_us = మీకు సురక్షితంగా ఉన్నప్పుడు దయచేసి మాకు కాల్ చేయండి. సమయం మీరే ఎంచుకోండి.
reply-danger = మీరు ఇప్పుడు ప్రమాదంలో ఉంటే, అత్యవసర నంబర్‌కు కాల్ చేయండి. అది ఈ యాప్‌లో ఉంది.
reply-closed = మీ అభ్యర్థనను ముగించాము. మీరు ఎప్పుడైనా కొత్త అభ్యర్థన పంపవచ్చు.
reply-unknown = ఈ యాప్ వెర్షన్ చూపించలేని ఒక సందేశాన్ని సహాయ కేంద్రం పంపింది. సురక్షితంగా ఉన్నప్పుడు దయచేసి యాప్‌ను అప్‌డేట్ చేయండి.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = మీ అభ్యర్థన ముగిసింది. సహాయం ఎలా జరిగిందో మాకు చెబుతారా? మూడు చిన్న ప్రశ్నలు మాత్రమే. వాటిని వదిలేయవచ్చు.
feedback-private = మీ సమాధానాలు మీ అభ్యర్థన గానీ మీ పేరు గానీ లేకుండా పంపబడతాయి. సహాయ కేంద్రానికి మొత్తం లెక్కలు మాత్రమే కనిపిస్తాయి.
feedback-start = సమాధానం ఇవ్వండి
feedback-skip = వద్దు, ధన్యవాదాలు
feedback-send = సమాధానాలు పంపండి
feedback-q-helped = మీకు కావాల్సిన సహాయం అందిందా?
feedback-q-safe = మేము మిమ్మల్ని సంప్రదించినప్పుడు మీకు సురక్షితంగా అనిపించిందా?
feedback-q-recommend = మా గురించి మీ స్నేహితులకు చెబుతారా?
feedback-a-yes = అవును
feedback-a-partly = కొంతవరకు
feedback-a-no = లేదు
feedback-thanks = ధన్యవాదాలు. మీ సమాధానాలు పంపబడతాయి.
feedback-declined = సరే. మేము మళ్ళీ అడగము.
feedback-failed = అది పని చేయలేదు. దయచేసి మళ్ళీ ప్రయత్నించండి.
problem-unknown_key = ఈ అభ్యర్థనను పంపే ముందు ఈ యాప్‌ను అప్‌డేట్ చేయాలి.
problem-conflict = అదే నంబర్‌తో సహాయ కేంద్రం దగ్గర వేరే అభ్యర్థన ఉంది. దయచేసి సహాయ కేంద్రాన్ని వేరే మార్గంలో సంప్రదించండి.
problem-malformed = సహాయ కేంద్రం ఈ అభ్యర్థనను చదవలేకపోయింది. దయచేసి కొత్త అభ్యర్థన మొదలుపెట్టండి.
problem-too_large = ఈ అభ్యర్థన చాలా పొడవుగా ఉంది. దయచేసి చిన్న సందేశంతో కొత్తది మొదలుపెట్టండి.
problem-unsupported_media_type = ఈ అభ్యర్థనను పంపే ముందు ఈ యాప్‌ను అప్‌డేట్ చేయాలి.
problem-other = నెట్‌వర్క్ లేదా సహాయ కేంద్రం ఈ అభ్యర్థనను తిరస్కరించింది. మీరు మళ్ళీ ప్రయత్నించవచ్చు, లేదా వేరే నెట్‌వర్క్‌లో ప్రయత్నించండి.

## Several people on one device (outreach)

drafts-title = ఇంకా పంపని అభ్యర్థనలు
drafts-continue = కొనసాగించండి
drafts-delete = తొలగించండి
drafts-none = ఏదీ వేచి లేదు.
review-reference = ఈ వ్యక్తి ఈ ఫోన్‌ను తన దగ్గర ఉంచుకోరు: వారికి ఒక కోడ్ ఇవ్వండి
review-reference-hint = కోడ్‌తో వారు ఈ యాప్ ఉన్న ఏ ఫోన్‌లోనైనా సహాయ కేంద్రం జవాబులు చదవగలరు. సహాయ కేంద్రానికి అభ్యర్థన అందిందో లేదో మాత్రమే ఈ ఫోన్ చూపిస్తుంది.
assisted-organisation-label = మీ సంస్థ (మీరు, క్షేత్ర కార్యకర్త)
assisted-hint = మీరు ఈ వ్యక్తికి సహాయం చేశారని, మీరు ఎవరితో కలిసి పని చేస్తున్నారో సహాయ కేంద్రం చూస్తుంది.
assisted-channel-label = సహాయ కేంద్రం మిమ్మల్ని ఎలా సంప్రదించవచ్చు (తప్పనిసరి కాదు)
reference-title = వ్యక్తి కోడ్
reference-intro = ఈ పదాలను ఆ వ్యక్తికి ఇవ్వండి. వీటితో వారు ఈ యాప్ ఉన్న ఏ ఫోన్‌లోనైనా సహాయ కేంద్రం జవాబులు చదవగలరు. ఈ ఫోన్ వీటిని ఎక్కడా రాసి ఉంచదు, ఆ వ్యక్తికి ఇవి అందగానే వీటిని మర్చిపోతుంది.
reference-for-person = ఈ పదాలు మీవి. వీటితో మీరు సహాయ కేంద్రం జవాబులు చదవగలరు. ఈ యాప్ ఉన్న ఏ ఫోన్‌లోనైనా “{ $requests }” తెరవండి, తర్వాత “{ $check }” తెరవండి, పదాలు లేదా అంకెలు రాయండి. వీటిని జాగ్రత్తగా ఉంచుకోండి: ఇవి ఎవరి దగ్గర ఉంటే వారు జవాబులు చదవగలరు.
reference-words = పదాలు
reference-digits = ఇదే కోడ్ అంకెలలో
reference-request = అభ్యర్థన { $number }
reference-done = వ్యక్తి దగ్గర వారి కోడ్ ఉంది
reference-again = కోడ్ చూపిస్తున్నప్పుడు యాప్ లాక్ అయింది. ఇదిగో మళ్లీ: దీన్ని ఇప్పుడే ఆ వ్యక్తికి ఇవ్వండి.
status-check-reference = కోడ్‌ను తనిఖీ చేయండి
check-reference-title = కోడ్‌ను తనిఖీ చేయండి
check-reference-intro = మీకు ఇచ్చిన పదాలు లేదా అంకెలు రాయండి. ఈ ఫోన్ వాటిని గానీ జవాబులను గానీ ఉంచుకోదు.
check-reference-no-hotline = ఈ యాప్ ఇంకా సహాయ కేంద్రానికి కనెక్ట్ కాలేదు, కాబట్టి ఇక్కడ కోడ్‌ను తనిఖీ చేయడం కుదరదు. దయచేసి ఈ యాప్ ఉన్న మరో ఫోన్‌లో ప్రయత్నించండి.
check-reference-label = పదాలు లేదా అంకెలు
check-reference-submit = తనిఖీ చేయండి
check-reference-working = తనిఖీ చేస్తోంది. కొన్ని సెకన్లు పట్టవచ్చు…
check-reference-no-replies = సహాయ కేంద్రం నుండి ఇంకా సందేశాలు లేవు.
check-reference-show-in = { $language } భాషలో చూపించండి
worker-title = క్షేత్ర పని
worker-working-as = మీరు ఈ పేరుతో పని చేస్తారు: { $organisation }
worker-intro = మీరు సహాయం చేసే ప్రతి ఒక్కరూ తమ భాషలో జవాబిస్తారు. జవాబులు ముద్ర వేసి ఈ ఫోన్ నుంచి వెళ్తాయి, ఆ వ్యక్తి ఒక కోడ్ తీసుకువెళ్తారు. ఇక్కడ ప్రతి అభ్యర్థన నంబర్, స్థితి మాత్రమే ఉంటాయి.
worker-new-person = కొత్త వ్యక్తికి సహాయం చేయండి
handover-title = మీకు మాత్రమే ప్రశ్నలు
handover-worker = ఇప్పుడు ఫోన్‌ను ఆ వ్యక్తికి ఇవ్వండి. తదుపరి ప్రశ్నలకు వారు ఒంటరిగా జవాబిస్తారు, మీరు వారి జవాబులను చూడరు.
handover-person = తదుపరి ప్రశ్నలు మీకు మాత్రమే. మీకు సహాయం చేస్తున్నవారు మీ జవాబులను చూడరు.
handover-start = ప్రారంభించండి
giveback-title = ధన్యవాదాలు
giveback-intro = మీ జవాబులకు ముద్ర వేశాం. మీకు సహాయం చేస్తున్నవారు వాటిని చూడలేరు. ఇప్పుడు ఫోన్ తిరిగి ఇవ్వండి.
giveback-button = ఫోన్ తిరిగి ఇవ్వండి
review-private = దీనికి ఆ వ్యక్తి ఒంటరిగా జవాబిచ్చారు. చూపబడదు.
review-assisted-as = మీరు సహాయం చేశారని హెల్ప్‌లైన్ ఇలా చూస్తుంది: { $organisation }
review-later = ఇప్పుడు కాదు: “ఇంకా పంపని అభ్యర్థనలు”లో ఉంచండి
setup-worker = నేను క్షేత్ర కార్యకర్తను: ఇతరులు సహాయం అడగడానికి నేను సహాయం చేస్తాను
setup-worker-hint = మీరు సహాయం చేసే ప్రతి అభ్యర్థనలో హెల్ప్‌లైన్ మీ సంస్థను చూస్తుంది.
worker-org-needed = మీ సంస్థ పేరు రాయండి, లేదా క్షేత్ర కార్యకర్త మోడ్‌ను ఆపివేయండి.
settings-worker-title = క్షేత్ర కార్యకర్త మోడ్
settings-worker-intro = ఈ ఫోన్ నుంచి ఇతరులు అభ్యర్థనలు పంపడానికి సహాయం చేయండి. వారి జవాబులకు ముద్ర వేస్తారు, ప్రతి ఒక్కరూ ఒక కోడ్ తీసుకువెళ్తారు.
settings-worker-on = ఆన్ చేయండి
settings-worker-save = మార్పులు సేవ్ చేయండి
settings-worker-off = ఆఫ్ చేయండి
settings-worker-saved = అయింది. క్షేత్ర కార్యకర్త మోడ్ ఆన్‌లో ఉంది.
settings-worker-removed = అయింది. క్షేత్ర కార్యకర్త మోడ్ ఆఫ్‌లో ఉంది.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = బిగ్గరగా చదవండి: { $text }
speak-stop = చదవడం ఆపండి
speak-no-voice = ఈ ఫోన్‌లో ఈ భాషకు వాయిస్ లేదు.
speak-unavailable = ఇప్పుడు ఈ ఫోన్‌లో బిగ్గరగా చదవడం పని చేయడం లేదు.
speak-headphones = దగ్గరలో ఎవరైనా వినగలిగితే, హెడ్‌ఫోన్‌లు వాడండి.

## Settings

settings-title = సెట్టింగ్‌లు
settings-language = భాష
settings-read-aloud = ప్రతి స్క్రీన్ తెరుచుకున్నప్పుడు దాన్ని బిగ్గరగా చదవండి
settings-lock = ఇప్పుడే లాక్ చేయండి
settings-less-protected = ఈ పరికరంలో రక్షణ తక్కువ: ఇక్కడ సురక్షితమైన కీ నిల్వ లేదు, కాబట్టి యాప్ ఫైళ్ళను కాపీ చేసే ఎవరైనా మీ పిన్‌ను ఊహించడానికి ప్రయత్నించవచ్చు. పొడవైన పిన్ మిమ్మల్ని బాగా కాపాడుతుంది.
settings-duress-title = అత్యవసర పిన్
settings-duress-intro = ఎవరైనా యాప్‌ను తెరవమని మిమ్మల్ని బలవంతం చేసినప్పుడు వాడటానికి రెండవ పిన్. ఇది ఏ గుర్తూ లేకుండా ప్రతిదీ తొలగిస్తుంది.
settings-current-pin = మీ పిన్
settings-duress-save = అత్యవసర పిన్‌ను సేవ్ చేయండి
settings-duress-remove = అత్యవసర పిన్‌ను తీసివేయండి
settings-pin-title = మీ పిన్‌ను మార్చండి
settings-new-pin = కొత్త పిన్ (6 నుండి 12 అంకెలు)
settings-new-pin-again = కొత్త పిన్ మళ్ళీ
settings-pin-save = పిన్ మార్చండి
settings-pin-changed = మీ పిన్ మారింది. ఇప్పటి నుండి కొత్త పిన్‌ను వాడండి.
settings-duress-saved = అయిపోయింది. మీ అత్యవసర పిన్ సేవ్ అయింది.
settings-duress-removed = అయిపోయింది. ఇప్పుడు అత్యవసర పిన్ లేదు.
pin-wrong-left =
    { $count ->
        [one] ఆ పిన్ సరైనది కాదు. ఇంకొక్కసారి తప్పు పిన్ వేస్తే, ఈ ఫోన్‌లోని ప్రతిదీ తొలగించబడుతుంది.
       *[other] ఆ పిన్ సరైనది కాదు. ఇంకా { $count } సార్లు తప్పు పిన్ వేస్తే, ఈ ఫోన్‌లోని ప్రతిదీ తొలగించబడుతుంది.
    }
settings-wipe-title = ప్రతిదీ తొలగించండి
settings-wipe-intro = ఇది ఈ ఫోన్‌లోని అన్ని అభ్యర్థనలు మరియు డ్రాఫ్ట్‌లను తొలగిస్తుంది. దీన్ని వెనక్కి తీసుకురాలేము. సహాయ కేంద్రానికి ఇప్పటికే అందిన అభ్యర్థనలు సహాయ కేంద్రం దగ్గరే ఉంటాయి.
settings-wipe-confirm = అవును, ప్రతిదీ తొలగించండి

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = నువ్వు ఇప్పుడు ప్రమాదంలో ఉన్నావా?
danger-yes-child = అవును, నేను ప్రమాదంలో ఉన్నాను
danger-no-child = లేదు, ఇప్పుడు కాదు
emergency-intro-child = నువ్వు ఈ నంబర్లకు కాల్ చేయవచ్చు. ఇంటర్నెట్ అవసరం లేదు.
emergency-call-trace-child = నీ ఫోన్ కాల్‌లు మరియు మెసేజ్‌ల జాబితాను ఉంచుకుంటుంది. ఎవరైనా దాన్ని చూస్తారని నీకు భయంగా ఉంటే, తర్వాత నువ్వు వాటిని తొలగించవచ్చు.
needs-title-child = నీకు దేనికి సహాయం కావాలి?
needs-intro-child = నీకు నిజమైనవన్నీ నొక్కు. దీన్ని వదిలేయవచ్చు.
need-legal_immigration-child = పత్రాల గురించి సహాయం
need-labour_exploitation-child = ఎవరో నాతో బలవంతంగా పని చేయిస్తున్నారు
need-sexual_exploitation-child = ఎవరో నాతో బలవంతంగా లైంగిక పనులు చేయిస్తున్నారు
need-money_debt-child = నేను వాళ్ళకు డబ్బు బాకీ ఉన్నానని ఎవరో అంటున్నారు
need-going_home-child = నేను ఇంటికి వెళ్ళాలి లేదా నా కుటుంబాన్ని కనుగొనాలి
need-child_at_risk-child = వేరే పిల్లలు ప్రమాదంలో ఉన్నారు
urgency-title-child = నీకు ఎప్పుడు సహాయం కావాలి?
for-whom-title-child = ఎవరికి సహాయం కావాలి?
for-whom-self-child = నాకు
contact-title-child = మేము నీతో సురక్షితంగా ఎలా మాట్లాడాలి?
contact-intro-child = నీకు సురక్షితమైన ఒక మార్గాన్ని ఎంచుకో. వేరే ఎవరూ దాన్ని చూడకూడదు.
times-title-child = మేము కాల్ చేయడానికి లేదా రాయడానికి ఎప్పుడు సురక్షితం?
times-intro-child = దీన్ని వదిలేయవచ్చు. అప్పుడు మేము చాలా జాగ్రత్తగా ఉంటాము.
voicemail-title-child = మేము వాయిస్ మెసేజ్ వదలవచ్చా?
someone-else-title-child = వేరే ఎవరైనా ఫోన్ ఎత్తితే, మేము ఏం చేయాలి?
responder-title-child = నువ్వు ఎవరితో మాట్లాడాలనుకుంటున్నావు?
more-title-child = ఇంకేమైనా ఉందా?
more-intro-child = నువ్వు సమాధానం ఇవ్వాల్సిన అవసరం లేదు.
place-label-child = నువ్వు ఎక్కడ ఉన్నావు? ఒక ఊరి పేరు చాలు.
message-label-child = నీకు ఇష్టమైతే, ఏం జరుగుతోందో మాకు చెప్పు
consent-title-child = నువ్వు రాసింది ఎవరు చదవవచ్చు?
consent-intro-child = నువ్వే ఎంచుకో. అత్యంత సురక్షితమైన ఎంపిక ఇప్పటికే ఎంచుకోబడింది.
consent-hotline_only-desc-child = సహాయ కేంద్రంలో సహాయం చేసేవాళ్ళు మాత్రమే దీన్ని చదువుతారు. వాళ్ళు దీన్ని రహస్యంగా ఉంచుతారు.
consent-may_refer_to_services-desc-child = డాక్టర్, సురక్షితమైన ఇల్లు లేదా లాయర్ లాంటి, పిల్లలను కాపాడేవాళ్ళకు సహాయ కేంద్రం చెప్పవచ్చు.
consent-may_involve_police-desc-child = నిన్ను బాధపెట్టేవాళ్ళను ఆపడానికి, సహాయ కేంద్రం పోలీసులకు కూడా చెప్పవచ్చు.
review-title-child = నీ సమాధానాలు చూడు
review-intro-child = నువ్వు దీన్ని పంపినప్పుడు, ఇది లాక్ అవుతుంది. సహాయ కేంద్రం మాత్రమే దీన్ని తెరవగలదు. ఈ ఫోన్‌లో ఎవరూ దీన్ని చదవలేరు, నువ్వు కూడా.
submit-done-child = నీ సందేశం ఈ ఫోన్‌లో లాక్ చేయబడింది. ఇంటర్నెట్ ఉన్నప్పుడు అది పంపబడుతుంది.
handover-title-child = ఈ ప్రశ్నలు నీకు మాత్రమే
handover-person-child = తర్వాతి ప్రశ్నలకు నువ్వు మాత్రమే సమాధానం ఇస్తావు. నీకు సహాయం చేస్తున్నవారు నువ్వు చెప్పేది చూడరు.
giveback-intro-child = నీ సమాధానాలు లాక్ అయ్యాయి. నీకు సహాయం చేస్తున్నవారు వాటిని చూడలేరు. ఇప్పుడు ఫోన్‌ను వారికి తిరిగి ఇవ్వు.
reference-for-person-child = ఈ పదాలు నీకు మాత్రమే. వీటితో సహాయ కేంద్రం నీకు రాసేది నువ్వు చదవగలవు. ఈ యాప్ ఉన్న ఏ ఫోన్‌లోనైనా “{ $requests }” నొక్కు, తర్వాత “{ $check }” నొక్కు, పదాలు లేదా అంకెలు రాయి. వీటిని రహస్యంగా ఉంచు: ఇవి ఎవరి దగ్గర ఉంటే వారు సమాధానాలు చదవగలరు.

## Errors (codes come from the app's core)

error-wrong_pin = ఆ పిన్ సరైనది కాదు.
error-locked = దయచేసి ముందుగా మీ పిన్‌తో యాప్‌ను తెరవండి.
error-no_hotline = ఈ యాప్ ఇంకా సహాయ కేంద్రానికి కనెక్ట్ కాలేదు. మీ డ్రాఫ్ట్ సేవ్ అయింది.
error-invalid = కొన్ని సమాధానాలను మార్చాలి. దయచేసి గుర్తు పెట్టిన ప్రశ్నలను చూడండి.
error-pin_too_short = పిన్‌లో 6 నుండి 12 అంకెలు ఉంటాయి.
error-duress_same_as_pin = అత్యవసర పిన్ మీ పిన్ కంటే వేరుగా ఉండాలి.
error-worker_drafts_open = మీరు సహాయం చేసే వారి అభ్యర్థనలు పంపబడనంత వరకు క్షేత్ర కార్యకర్త మోడ్ ఆన్‌లో ఉంటుంది. వాటిని పంపండి, లేదా “ఇంకా పంపని అభ్యర్థనలు”లో తొలగించండి, తర్వాత దాన్ని ఆఫ్ చేయండి.
error-already_set_up = ఈ యాప్ ఇప్పటికే సెటప్ అయింది.
error-not_found = ఇది కనిపించలేదు. ఇది తొలగించబడి ఉండవచ్చు.
error-internal = ఏదో తప్పు జరిగింది. మీరు సేవ్ చేసిన అభ్యర్థనలు సురక్షితంగా ఉన్నాయి. దయచేసి మళ్ళీ ప్రయత్నించండి.
error-not_set_up = ఈ యాప్ ఇంకా సెటప్ కాలేదు. దయచేసి ముందుగా ఒక పిన్ ఎంచుకోండి.
error-busy = యాప్ పంపడంలో బిజీగా ఉంది. దయచేసి కాసేపట్లో మళ్ళీ ప్రయత్నించండి.
error-status_unavailable = ఇప్పుడు సహాయ కేంద్రాన్ని అడగలేకపోయాం. మీ అభ్యర్థన సురక్షితంగా ఉంది. దయచేసి తర్వాత మళ్ళీ ప్రయత్నించండి.
error-malformed = కొన్ని సమాధానాలను చదవలేకపోయాం. దయచేసి వాటిని సరిచూసి మళ్ళీ ప్రయత్నించండి.
error-too_large = ఇది పంపడానికి చాలా పొడవుగా ఉంది. దయచేసి మీ సందేశాన్ని చిన్నది చేయండి.
error-unsupported_version = ఈ యాప్‌ను అప్‌డేట్ చేయాలి.
error-profile = ఈ యాప్‌లోని సహాయ కేంద్రం వివరాలు సరిగ్గా లేవు. మీ డ్రాఫ్ట్ సేవ్ అయింది. దయచేసి అప్‌డేట్ చేసిన యాప్‌ను పొందండి.
error-sync_client = యాప్ ఇప్పుడు సురక్షితంగా కనెక్ట్ కాలేకపోతోంది. మీ అభ్యర్థన సేవ్ అయింది, తర్వాత పంపబడుతుంది.
error-already_exists = ఇది ఇప్పటికే సేవ్ అయింది.
error-empty_pin = దయచేసి మీ పిన్ టైప్ చేయండి.
error-invalid_kdf_params = ఈ యాప్ సెట్టింగ్‌లు సరిగ్గా లేవు. దయచేసి అప్‌డేట్ చేసిన యాప్‌ను పొందండి.
error-device_secret_unavailable = యాప్ ఈ ఫోన్ సురక్షిత నిల్వను చేరుకోలేకపోతోంది. దయచేసి ఫోన్‌ను రీస్టార్ట్ చేసి మళ్ళీ ప్రయత్నించండి.
error-envelope = మీ అభ్యర్థనను సహాయ కేంద్రం కోసం లాక్ చేయలేకపోయాం. అది ఇంకా డ్రాఫ్ట్‌గా సేవ్ అయి ఉంది.
error-receipt_mismatch = సహాయ కేంద్రం జవాబును తనిఖీ చేయలేకపోయాం. మీ అభ్యర్థన మళ్ళీ పంపబడుతుంది.
error-corrupt = యాప్‌లో సేవ్ చేసిన డేటా పాడైపోయింది. దాన్ని తెరవలేము.
error-io = ఫోన్ దీన్ని సేవ్ చేయలేకపోయింది. అది నిండిపోయి ఉండవచ్చు. దయచేసి కొంత స్థలం ఖాళీ చేసి మళ్ళీ ప్రయత్నించండి.
error-database = యాప్ తన డేటాను చదవలేకపోయింది లేదా సేవ్ చేయలేకపోయింది. మీరు సేవ్ చేసిన అభ్యర్థనలు సురక్షితంగా ఉన్నాయి. దయచేసి మళ్ళీ ప్రయత్నించండి.
error-pin_too_long = పిన్‌లో 6 నుండి 12 అంకెలు ఉంటాయి.
error-pin_not_digits = పిన్‌లో అంకెలు మాత్రమే ఉంటాయి.
error-reference_word_count = కోడ్‌లో 9 పదాలు ఉంటాయి. అన్నీ రాశారో లేదో చూడండి.
error-reference_unknown_word = ఒక పదం సరిగా లేదు. అక్షరాలు చూడండి.
check-reference-wrong-word = పదం సంఖ్య { $number } సరిగా లేదు. అక్షరాలు చూడండి.
error-reference_digits = కోడ్‌లో 22 అంకెలు ఉంటాయి. అన్నీ రాశారో లేదో చూడండి.
error-reference_check = ఒక పదం లేదా అంకె సరిగా లేదు. ప్రతిదీ చూసి మళ్లీ ప్రయత్నించండి.
error-reference_not_found = ఈ కోడ్‌తో సహాయ కేంద్రం దగ్గర ఇంకా ఏ అభ్యర్థనా లేదు. ఇంటర్నెట్ లేని ఫోన్ నుండి అది పంపబడి ఉంటే, ఆ ఫోన్‌కు మళ్లీ ఇంటర్నెట్ వచ్చినప్పుడు అది చేరుతుంది. దయచేసి తర్వాత మళ్లీ ప్రయత్నించండి. అప్పటికీ కనిపించకపోతే, ప్రతి పదం, అంకె సరిగా ఉందో లేదో చూడండి.
field-error-empty = దయచేసి దీన్ని పూరించండి, లేదా ఈ ప్రశ్నను వదిలేయండి.
field-error-not_trimmed = దయచేసి మొదట్లో లేదా చివర్లో ఉన్న ఖాళీలను తీసివేయండి.
field-error-too_long = ఇది చాలా పొడవుగా ఉంది. గరిష్ఠంగా { $max } అక్షరాలు.
field-error-too_many_bytes = ఇది చాలా పొడవుగా ఉంది.
field-error-too_many = చాలా ఎక్కువ. గరిష్ఠంగా { $max }.
field-error-duplicate = ఇది జాబితాలో రెండుసార్లు ఉంది.
field-error-control_characters = ఇందులో ఉపయోగించలేని అక్షరాలు ఉన్నాయి.
field-error-invalid_phone = ఈ ఫోన్ నంబర్ సరిగ్గా లేనట్లు ఉంది. + మరియు దేశ కోడ్‌తో మొదలుపెట్టండి.
field-error-invalid_region = ఈ దేశం తెలియదు.
field-error-invalid_email = ఈ ఈమెయిల్ చిరునామా సరిగ్గా లేనట్లు ఉంది.
field-error-invalid_language = ఈ భాష తెలియదు.
field-error-invalid_time_zone = ఈ టైమ్ జోన్ తెలియదు.
field-error-invalid_time = దయచేసి వేర్వేరు మొదలు సమయం మరియు ముగింపు సమయం ఎంచుకోండి.
field-error-no_contact_method = మిమ్మల్ని సంప్రదించడానికి దయచేసి కనీసం ఒక మార్గాన్ని ఎంచుకోండి. "సమాధానం కోసం నేనే ఈ యాప్‌లో చూస్తాను" చాలు.
field-error-unsupported_version = ఈ యాప్‌ను అప్‌డేట్ చేయాలి.
