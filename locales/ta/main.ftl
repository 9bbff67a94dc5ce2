## Reach — தமிழ் (Tamil)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = தமிழ்
# The language's name in English, for the language search.
-locale-english = Tamil
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = கால்குலேட்டர்
quick-exit = உடனே வெளியேறு
quick-exit-hint = இந்தச் செயலியை உடனே மறைக்கும்
back = பின்செல்
next = அடுத்து
skip = இதைத் தவிர்
save = சேமி
cancel = ரத்துசெய்
close = மூடு
done = முடிந்தது
optional = விருப்பப்பட்டால் மட்டும்
step-of = படி { $current } / { $total }
saved-locked = இந்த ஃபோனில் சேமித்துப் பூட்டப்பட்டது

## Calculator (the app's disguise)

calc-label = கால்குலேட்டர்
calc-display-label = விடை
calc-clear = C
calc-equals = =
calc-error = பிழை

## First use: a private PIN

setup-title = இந்தச் செயலியை உங்களுக்கு மட்டும் உரியதாக்குங்கள்
setup-intro = ஒரு ரகசிய எண்ணைத் (PIN எண்) தேர்ந்தெடுங்கள். அது உங்களுக்கு மட்டுமே தெரிய வேண்டும்.
setup-how = பிறகு இந்தச் செயலியைத் திறக்க, கால்குலேட்டரில் உங்கள் PIN எண்ணை அடித்து, = ஐ அழுத்துங்கள்.
setup-pin-label = உங்கள் PIN எண் (6 முதல் 12 இலக்கங்கள்)
setup-pin-repeat-label = உங்கள் PIN எண்ணை மீண்டும் அடியுங்கள்
setup-duress-title = அவசர PIN எண் (இதைத் தவிர்க்கலாம்)
setup-duress-intro = யாராவது இந்தச் செயலியைத் திறக்கச் சொல்லி உங்களைக் கட்டாயப்படுத்தினால், அதற்குப் பதிலாக இந்த வேறு PIN எண்ணை அடியுங்கள். செயலி காலியாகத் தெரியும். அதிலுள்ள அனைத்தும் எந்த அடையாளமும் இல்லாமல் அழிக்கப்படும்.
setup-duress-label = அவசர PIN எண்
setup-submit = என் PIN எண்ணைச் சேமி
setup-mismatch = இரண்டு PIN எண்களும் ஒன்றாக இல்லை. மீண்டும் முயலுங்கள்.

## Language

lang-title = உங்கள் மொழியைத் தேர்ந்தெடுங்கள்
lang-intro = பிறகு அமைப்புகளில் இதை மாற்றலாம்.
lang-search-label = உங்கள் மொழியைத் தேடுங்கள்
lang-search-hint = உங்கள் மொழியின் பெயரை எந்த மொழியிலும் அடியுங்கள்
lang-search-none = இதற்குப் பொருந்தும் மொழி இல்லை. குறைவான எழுத்துகளை அடித்துப் பாருங்கள்.
lang-yours = இந்த ஃபோனில் உள்ள மொழிகள்
lang-all = எல்லா மொழிகளும்
lang-load-failed = இந்த மொழியைத் திறக்க முடியவில்லை, அதனால் செயலி ஆங்கிலத்தில் காட்டப்படுகிறது.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = உங்கள் வயது என்ன?
age-intro = இதைத் தவிர்க்கலாம். நீங்கள் 18 வயதுக்குக் கீழ் இருந்தால், செயலி எளிய சொற்களைப் பயன்படுத்தி, குழந்தைகளுக்கான உதவியைக் காட்டும்.
age-under_18 = 18 வயதுக்குக் கீழ்
age-18_to_25 = 18 முதல் 25 வயது
age-26_to_59 = 26 முதல் 59 வயது
age-60_plus = 60 வயது அல்லது அதற்கு மேல்

## Danger check and emergency numbers

danger-title = நீங்கள் இப்போது ஆபத்தில் இருக்கிறீர்களா?
danger-yes = ஆம், நான் இப்போது ஆபத்தில் இருக்கிறேன்
danger-no = இல்லை, இப்போது இல்லை
emergency-title = அவசர எண்கள்
emergency-intro = இணையம் இல்லாமலேயே இந்த எண்களை அழைக்கலாம்.
emergency-country-label = உங்கள் நாடு
emergency-police = காவல்துறை மற்றும் அவசர உதவி
emergency-hotline = கடத்தப்பட்டவர்களுக்கும் கட்டாய வேலைக்கு உட்படுத்தப்பட்டவர்களுக்கும் உதவி
emergency-children = குழந்தைகளுக்கும் இளைஞர்களுக்கும் உதவி
emergency-call = { $number } ஐ அழை
emergency-source = ஆதாரம்: { $source }
emergency-checked = சரிபார்த்த தேதி: { $date }
emergency-not-checked = இன்னும் மீண்டும் சரிபார்க்கப்படவில்லை. இந்த எண் வேலை செய்யவில்லை என்றால், அவசர எண்ணை அழையுங்கள்.
emergency-none = இந்த நாட்டுக்கான எண்கள் இன்னும் எங்களிடம் இல்லை. நீங்கள் ஆபத்தில் இருந்தால், உள்ளூர் அவசர எண்ணை அழையுங்கள்.
emergency-continue = தொடர்ந்து உதவி கேளுங்கள்

## What help is needed

needs-title = உங்களுக்கு என்ன உதவி தேவை?
needs-intro = பொருந்தும் அனைத்தையும் தேர்ந்தெடுங்கள். இதைத் தவிர்க்கலாம்.
need-safety_now = இப்போதே பாதுகாப்பாக இருக்க
need-shelter = தங்க ஒரு பாதுகாப்பான இடம்
need-medical = மருத்துவர் அல்லது மருந்து
need-legal_immigration = ஆவணங்கள், விசா அல்லது சட்டம் பற்றிய உதவி
need-labour_exploitation = வேலையில் பிரச்சினை அல்லது சம்பளம் இல்லை
need-sexual_exploitation = பாலியல் செயலுக்குக் கட்டாயப்படுத்தப்பட்டேன்
need-child_at_risk = ஒரு குழந்தை ஆபத்தில் உள்ளது
need-money_debt = பணம் அல்லது கடன்
need-going_home = வீடு திரும்புதல் அல்லது குடும்பத்தைக் கண்டுபிடித்தல்
need-interpreter = என் மொழி பேசும் ஒருவர்
need-other = வேறு ஏதாவது
urgency-title = உங்களுக்கு எவ்வளவு சீக்கிரம் உதவி தேவை?
urgency-now = இப்போதே
urgency-today = இன்று
urgency-this_week = இந்த வாரம்
urgency-not_urgent = காத்திருக்கலாம்
for-whom-title = இந்தக் கோரிக்கை யாருக்காக?
for-whom-self = எனக்காக
for-whom-someone_else = வேறொருவருக்காக
for-whom-assisted_by_outreach = நான் ஒருவருக்கு உதவும் களப் பணியாளர்

## Safe contact

contact-title = உதவி மையம் உங்களைப் பாதுகாப்பாக எப்படித் தொடர்புகொள்ளலாம்?
contact-intro = குறைந்தது ஒரு வழியைத் தேர்ந்தெடுங்கள். உங்களுக்குப் பாதுகாப்பான வழிகளை மட்டும் தேர்ந்தெடுங்கள்.
contact-call = ஃபோன் அழைப்பு
contact-sms = குறுஞ்செய்தி (SMS)
contact-messaging_app = மெசேஜ் செயலி
contact-email = மின்னஞ்சல்
contact-in_person_via_outreach = களப் பணியாளர் மூலம் நேரில்
contact-check_back_in_app = பதிலை நானே இந்தச் செயலியில் பார்ப்பேன்
contact-phone-label = ஃபோன் எண், நாட்டுக் குறியீட்டுடன் (எ.கா. +91…)
contact-app-label = எந்தச் செயலி? (எ.கா. WhatsApp, Signal)
contact-handle-label = அந்தச் செயலியில் உங்கள் பெயர் அல்லது எண்
contact-email-label = மின்னஞ்சல் முகவரி
times-title = உங்களை எப்போது தொடர்புகொள்வது பாதுகாப்பானது?
times-intro = இதைத் தவிர்க்கலாம். அப்போது உதவி மையம் கூடுதல் கவனத்துடன் இருக்கும்.
times-add = பாதுகாப்பான நேரத்தைச் சேர்
times-remove = இந்த நேரத்தை நீக்கு
times-from = முதல்
times-to = வரை
times-days = நாட்கள்
times-any-day = எந்த நாளும்
times-zone = நேர மண்டலம்
weekday-mon = திங்கள்
weekday-tue = செவ்வாய்
weekday-wed = புதன்
weekday-thu = வியாழன்
weekday-fri = வெள்ளி
weekday-sat = சனி
weekday-sun = ஞாயிறு
voicemail-title = உதவி மையம் குரல் செய்தி விடலாமா?
voicemail-yes = ஆம், குரல் செய்தி பாதுகாப்பானது
voicemail-no = இல்லை, ஒருபோதும் குரல் செய்தி விட வேண்டாம்
voicemail-unsaid = நீங்கள் பதில் அளிக்காவிட்டால், உதவி மையம் குரல் செய்தி விடாது.
code-word-label = ரகசியச் சொல்
code-word-hint = உதவி மையம் இந்தச் சொல்லைச் சொல்லும். அப்போது அது உண்மையில் அவர்கள்தான் என்று உங்களுக்குத் தெரியும்.
someone-else-title = வேறு யாராவது பதில் அளித்தால், உதவி மையம்…
someone-else-hang_up = அழைப்பைத் துண்டிக்க வேண்டும்
someone-else-say_wrong_number = தவறான எண் என்று சொல்ல வேண்டும்
someone-else-ask_for_code_word = ரகசியச் சொல்லைக் கேட்க வேண்டும்
someone-else-other = வேறு ஏதாவது
someone-else-other-label = அவர்கள் என்ன செய்ய வேண்டும்?
responder-title = நீங்கள் யாரிடம் பேச விரும்புகிறீர்கள்?
responder-woman = ஒரு பெண்
responder-man = ஒரு ஆண்
responder-any_gender = யாராக இருந்தாலும் சரி
responder-language-label = பதில் பெற விரும்பும் மொழி

## More (all optional)

more-title = உங்களைப் பற்றி இன்னும் கொஞ்சம்
more-intro = இவை அனைத்தும் விருப்பப்பட்டால் மட்டும்.
place-label = நீங்கள் எங்கே இருக்கிறீர்கள்? ஒரு ஊர் அல்லது பகுதி போதும்.
place-hint = நீங்கள் சொல்ல விரும்புவதை மட்டும் சொல்லுங்கள். இந்தச் செயலி உங்கள் இருப்பிடத்தை ஒருபோதும் பயன்படுத்தாது.
message-label = உங்கள் செய்தி
message-hint = எந்த மொழியிலும் எழுதலாம்.
message-left =
    { $count ->
        [one] இன்னும் { $count } எழுத்து மீதம்
       *[other] இன்னும் { $count } எழுத்துகள் மீதம்
    }

## Consent

consent-title = உங்கள் கோரிக்கையை யார் பார்க்கலாம்?
consent-intro = நீங்களே முடிவு செய்யுங்கள். மிகவும் தனிப்பட்ட தேர்வு ஏற்கனவே தேர்ந்தெடுக்கப்பட்டுள்ளது.
consent-hotline_only = உதவி மையம் மட்டும்
consent-hotline_only-desc = உதவி மையக் குழு மட்டுமே இதைப் படிக்கும். அவர்கள் இதை யாருடனும் பகிர மாட்டார்கள்.
consent-may_refer_to_services = உதவி மையமும் உதவக்கூடிய சேவைகளும்
consent-may_refer_to_services-desc = உங்களுக்கு உதவ, உதவி மையம் இதைத் தங்குமிடங்கள், மருத்துவர்கள் அல்லது வழக்கறிஞர்களுடன் பகிரலாம்.
consent-may_involve_police = உதவி மையம், சேவைகள் மற்றும் காவல்துறை
consent-may_involve_police-desc = உதவி மையம் காவல்துறையிடமும் சொல்லலாம்.
consent-child-note = நீங்கள் 18 வயதுக்குக் கீழ் இருப்பதால், உங்களைப் பாதுகாக்க, குழந்தைகளைப் பாதுகாப்பதே வேலையாக உள்ளவர்களிடம் உதவி மையம் சொல்ல வேண்டியிருக்கலாம்.

## Review and send

review-title = உங்கள் கோரிக்கையைச் சரிபாருங்கள்
review-intro = உதவி மையம் மட்டுமே திறக்கும்படி உங்கள் கோரிக்கை பூட்டப்படும். நீங்கள் அனுப்பிய பிறகு, இந்த ஃபோனில் யாரும் அதைப் படிக்க முடியாது, நீங்களும் கூட.
review-not-answered = பதில் இல்லை
review-change = மாற்று
review-needs = தேவையான உதவி
review-contact = உங்களைத் தொடர்புகொள்ளும் வழி
review-times = பாதுகாப்பான நேரங்கள்
review-more = உங்களைப் பற்றி மேலும்
review-consent = யார் பார்க்கலாம்
submit = பூட்டி உதவி மையத்துக்கு அனுப்பு
submit-working = உங்கள் கோரிக்கை பூட்டப்படுகிறது…
submit-done = உங்கள் கோரிக்கை இந்த ஃபோனில் பூட்டப்பட்டது. இணையம் கிடைக்கும்போது அது அனுப்பப்படும்.

## Status

status-title = உங்கள் கோரிக்கைகள்
status-intro = ஒவ்வொரு கோரிக்கையும் எந்த நிலையில் உள்ளது என்று இங்கே பார்க்கலாம்.
status-empty = இன்னும் கோரிக்கைகள் இல்லை.
status-saved = இந்த ஃபோனில் சேமித்துப் பூட்டப்பட்டது. இணையம் கிடைக்கும்போது அனுப்பப்படும்.
status-sending = இப்போது அனுப்பப்படுகிறது…
status-received = உதவி மையம் இதைப் பெற்றுவிட்டது. உதவி மையத்தின் ஒப்புகையை நாங்கள் சரிபார்த்தோம்.
status-needs_attention = இந்தக் கோரிக்கையை நீங்கள் கவனிக்க வேண்டும்.
status-attempts =
    { $count ->
        [one] ஒரு முறை முயன்றது
       *[other] { $count } முறை முயன்றது
    }
status-hotline-received = உதவி மையத்தில் ஒருவர் இதைப் படிக்கக் காத்திருக்கிறது.
status-hotline-in_review = உதவி மையத்தில் ஒருவர் இதைப் படித்துக்கொண்டிருக்கிறார்.
status-hotline-answered = உதவி மையம் இதன் மீது நடவடிக்கை எடுத்துள்ளது.
status-hotline-closed = உதவி மையம் இதை முடித்துவிட்டது.
status-hotline-contact_planned = உதவி மையத்தில் ஒருவர் உங்களைப் பாதுகாப்பாகத் தொடர்புகொள்ளத் திட்டமிடுகிறார்.
status-hotline-needs_interpreter = உதவி மையம் உங்கள் மொழி பேசும் ஒருவரைத் தேடுகிறது.
status-hotline-referred = உங்களுக்கு உதவுமாறு உதவி மையம் ஒரு கூட்டாளி அமைப்பிடம் கேட்டுள்ளது.
status-hotline-unknown = உதவி மையத்திடம் இது பற்றிய செய்தி உள்ளது. மேலும் பார்க்க, பாதுகாப்பான நேரத்தில் செயலியைப் புதுப்பியுங்கள்.
status-replies = உதவி மையத்திடமிருந்து வந்த செய்திகள்
status-reply-note = உதவி மையம் இதையும் எழுதியது (உங்கள் மொழியில் இல்லாமல் இருக்கலாம்):
status-reply-unreadable = இந்தச் செயலியால் சரிபார்க்க முடியாத ஒரு செய்தி வந்தது, அதனால் அது காட்டப்படவில்லை.
status-offline = இப்போது இணையம் இல்லை. உங்கள் கோரிக்கைகள் இந்த ஃபோனில் பாதுகாப்பாக உள்ளன.
status-send-now = இப்போதே அனுப்பு
status-retry = மீண்டும் முயல்
status-check = உதவி மையத்திடம் செய்தி கேள்
status-new = புதிய கோரிக்கையைத் தொடங்கு

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = உங்கள் கோரிக்கையைப் படித்தோம். நீங்கள் தேர்ந்தெடுத்த வழியில் உங்களைத் தொடர்புகொள்வோம்.
reply-call_planned = { $day } அன்று { $from } முதல் { $to } வரை (உங்கள் நேரப்படி) உங்களை அழைப்போம்.
reply-message_planned = { $day } அன்று { $from } முதல் { $to } வரை (உங்கள் நேரப்படி) உங்களுக்குச் செய்தி அனுப்புவோம்.
reply-interpreter = உங்கள் மொழி பேசும் ஒரு மொழிபெயர்ப்பாளரைத் தேடுகிறோம். விரைவில் உங்களைத் தொடர்புகொள்வோம்.
reply-referred = உங்களுக்கு அருகிலுள்ள ஒரு கூட்டாளி அமைப்பிடம் உதவுமாறு கேட்டுள்ளோம். நீங்கள் தேர்ந்தெடுத்த வழியில் அவர்கள் உங்களைத் தொடர்புகொள்வார்கள்.
reply-call_us = உங்களுக்குப் பாதுகாப்பான நேரத்தில் எங்களை அழையுங்கள். நேரத்தை நீங்களே தேர்ந்தெடுங்கள்.
reply-danger = நீங்கள் இப்போது ஆபத்தில் இருந்தால், அவசர எண்ணை அழையுங்கள். அதை இந்தச் செயலியில் காணலாம்.
reply-closed = உங்கள் கோரிக்கையை முடித்துவிட்டோம். எப்போது வேண்டுமானாலும் புதிய கோரிக்கையை அனுப்பலாம்.
reply-unknown = இந்தச் செயலிப் பதிப்பால் காட்ட முடியாத ஒரு செய்தியை உதவி மையம் அனுப்பியுள்ளது. பாதுகாப்பான நேரத்தில் செயலியைப் புதுப்பியுங்கள்.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = உங்கள் கோரிக்கை முடிக்கப்பட்டது. உதவி எப்படி இருந்தது என்று எங்களிடம் சொல்வீர்களா? மூன்று சிறிய கேள்விகள் மட்டும். அவற்றைத் தவிர்க்கலாம்.
feedback-private = உங்கள் பதில்கள் உங்கள் கோரிக்கையோ பெயரோ இல்லாமல் அனுப்பப்படும். உதவி மையம் மொத்த எண்ணிக்கைகளை மட்டுமே பார்க்கும்.
feedback-start = பதில் சொல்
feedback-skip = வேண்டாம், நன்றி
feedback-send = பதில்களை அனுப்பு
feedback-q-helped = உங்களுக்குத் தேவையான உதவி கிடைத்ததா?
feedback-q-safe = நாங்கள் உங்களைத் தொடர்புகொண்டபோது நீங்கள் பாதுகாப்பாக உணர்ந்தீர்களா?
feedback-q-recommend = எங்களைப் பற்றி ஒரு நண்பரிடம் சொல்வீர்களா?
feedback-a-yes = ஆம்
feedback-a-partly = ஓரளவு
feedback-a-no = இல்லை
feedback-thanks = நன்றி. உங்கள் பதில்கள் அனுப்பப்படும்.
feedback-declined = சரி. நாங்கள் மீண்டும் கேட்க மாட்டோம்.
feedback-failed = அது வேலை செய்யவில்லை. மீண்டும் முயலுங்கள்.
problem-unknown_key = இந்தக் கோரிக்கையை அனுப்பும் முன் இந்தச் செயலியைப் புதுப்பிக்க வேண்டும்.
problem-conflict = அதே எண்ணுடன் வேறொரு கோரிக்கை உதவி மையத்திடம் உள்ளது. உதவி மையத்தை வேறு வழியில் தொடர்புகொள்ளுங்கள்.
problem-malformed = உதவி மையத்தால் இந்தக் கோரிக்கையைப் படிக்க முடியவில்லை. புதிய கோரிக்கையைத் தொடங்குங்கள்.
problem-too_large = இந்தக் கோரிக்கை மிக நீளமாக உள்ளது. சிறிய செய்தியுடன் புதிய கோரிக்கையைத் தொடங்குங்கள்.
problem-unsupported_media_type = இந்தக் கோரிக்கையை அனுப்பும் முன் இந்தச் செயலியைப் புதுப்பிக்க வேண்டும்.
problem-other = நெட்வொர்க் அல்லது உதவி மையம் இந்தக் கோரிக்கையை ஏற்கவில்லை. மீண்டும் முயலலாம், அல்லது வேறு நெட்வொர்க்கில் முயலலாம்.

## Several people on one device (outreach)

drafts-title = இன்னும் அனுப்பாத கோரிக்கைகள்
drafts-continue = தொடர்
drafts-delete = அழி
drafts-none = காத்திருப்பது எதுவும் இல்லை.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = சத்தமாகப் படி: { $text }
speak-stop = படிப்பதை நிறுத்து
speak-no-voice = இந்த ஃபோனில் இந்த மொழிக்குக் குரல் இல்லை.
speak-unavailable = இப்போது இந்த ஃபோனில் சத்தமாகப் படிக்கும் வசதி வேலை செய்யவில்லை.
speak-headphones = அருகில் உள்ள யாராவது கேட்கக்கூடும் என்றால், ஹெட்ஃபோன் பயன்படுத்துங்கள்.

## Settings

settings-title = அமைப்புகள்
settings-language = மொழி
settings-read-aloud = ஒவ்வொரு திரையும் திறக்கும்போது அதைச் சத்தமாகப் படி
settings-lock = இப்போதே பூட்டு
settings-less-protected = இந்தச் சாதனத்தில் பாதுகாப்பு குறைவு: இங்கே பாதுகாப்பான சாவி சேமிப்பு இல்லை, அதனால் செயலியின் கோப்புகளை நகலெடுக்கும் எவரும் உங்கள் PIN எண்ணை ஊகிக்க முயலலாம். நீளமான PIN எண் உங்களை நன்றாகப் பாதுகாக்கும்.
settings-duress-title = அவசர PIN எண்
settings-duress-intro = யாராவது செயலியைத் திறக்கச் சொல்லி உங்களைக் கட்டாயப்படுத்தும்போது பயன்படுத்த இரண்டாவது PIN எண். இது எந்த அடையாளமும் இல்லாமல் அனைத்தையும் அழிக்கும்.
settings-current-pin = உங்கள் PIN எண்
settings-duress-save = அவசர PIN எண்ணைச் சேமி
settings-duress-remove = அவசர PIN எண்ணை நீக்கு
settings-pin-title = உங்கள் PIN எண்ணை மாற்றுங்கள்
settings-new-pin = புதிய PIN எண் (6 முதல் 12 இலக்கங்கள்)
settings-new-pin-again = புதிய PIN எண் மீண்டும்
settings-pin-save = PIN எண்ணை மாற்று
settings-pin-changed = உங்கள் PIN எண் மாற்றப்பட்டது. இனி புதிய PIN எண்ணைப் பயன்படுத்துங்கள்.
settings-duress-saved = முடிந்தது. உங்கள் அவசர PIN எண் சேமிக்கப்பட்டது.
settings-duress-removed = முடிந்தது. இப்போது அவசர PIN எண் இல்லை.
pin-wrong-left =
    { $count ->
        [one] அந்த PIN எண் சரியில்லை. இன்னும் ஒரு முறை தவறான PIN எண்ணை அடித்தால், இந்த ஃபோனில் உள்ள அனைத்தும் அழிக்கப்படும்.
       *[other] அந்த PIN எண் சரியில்லை. இன்னும் { $count } முறை தவறான PIN எண்ணை அடித்தால், இந்த ஃபோனில் உள்ள அனைத்தும் அழிக்கப்படும்.
    }
settings-wipe-title = அனைத்தையும் அழி
settings-wipe-intro = இது இந்த ஃபோனில் உள்ள எல்லாக் கோரிக்கைகளையும் வரைவுகளையும் அழிக்கும். இதைத் திரும்பப் பெற முடியாது. உதவி மையம் ஏற்கனவே பெற்ற கோரிக்கைகள் உதவி மையத்திடமே இருக்கும்.
settings-wipe-confirm = ஆம், அனைத்தையும் அழி

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = நீ இப்போது ஆபத்தில் இருக்கிறாயா?
danger-yes-child = ஆம், நான் ஆபத்தில் இருக்கிறேன்
danger-no-child = இல்லை, இப்போது இல்லை
emergency-intro-child = இந்த எண்களை நீ அழைக்கலாம். இணையம் தேவையில்லை.
needs-title-child = உனக்கு எதற்கு உதவி வேண்டும்?
needs-intro-child = உனக்கு உண்மையான எல்லாவற்றையும் தொடு. இதைத் தவிர்க்கலாம்.
need-legal_immigration-child = ஆவணங்கள் பற்றிய உதவி
need-labour_exploitation-child = ஒருவர் என்னை வற்புறுத்தி வேலை செய்ய வைக்கிறார்
need-sexual_exploitation-child = ஒருவர் என்னை வற்புறுத்தி பாலியல் செயல்களைச் செய்ய வைக்கிறார்
need-money_debt-child = நான் அவருக்குப் பணம் தர வேண்டும் என்று ஒருவர் சொல்கிறார்
need-going_home-child = நான் வீட்டுக்குப் போக வேண்டும் அல்லது என் குடும்பத்தைக் கண்டுபிடிக்க வேண்டும்
need-child_at_risk-child = வேறொரு குழந்தை ஆபத்தில் உள்ளது
urgency-title-child = உனக்கு எப்போது உதவி வேண்டும்?
for-whom-title-child = யாருக்கு உதவி வேண்டும்?
for-whom-self-child = எனக்கு
contact-title-child = நாங்கள் உன்னுடன் பாதுகாப்பாக எப்படிப் பேசலாம்?
contact-intro-child = உனக்குப் பாதுகாப்பான ஒரு வழியைத் தேர்ந்தெடு. வேறு யாரும் அதைப் பார்க்கக் கூடாது.
times-title-child = நாங்கள் அழைக்க அல்லது எழுத எப்போது பாதுகாப்பானது?
times-intro-child = இதைத் தவிர்க்கலாம். அப்போது நாங்கள் மிகவும் கவனமாக இருப்போம்.
voicemail-title-child = நாங்கள் குரல் செய்தி விடலாமா?
someone-else-title-child = வேறொருவர் பதில் அளித்தால், நாங்கள் என்ன செய்ய வேண்டும்?
responder-title-child = நீ யாரிடம் பேச விரும்புகிறாய்?
more-title-child = வேறு ஏதாவது உண்டா?
more-intro-child = நீ பதில் சொல்ல வேண்டியதில்லை.
place-label-child = நீ எங்கே இருக்கிறாய்? ஒரு ஊரின் பெயர் போதும்.
message-label-child = விரும்பினால், என்ன நடக்கிறது என்று எங்களிடம் சொல்
consent-title-child = நீ எழுதியதை யார் படிக்கலாம்?
consent-intro-child = நீயே தேர்ந்தெடு. மிகப் பாதுகாப்பான தேர்வு ஏற்கனவே தேர்ந்தெடுக்கப்பட்டுள்ளது.
consent-hotline_only-desc-child = உதவி மையத்தில் உதவுபவர்கள் மட்டுமே இதைப் படிப்பார்கள். அவர்கள் இதை ரகசியமாக வைப்பார்கள்.
consent-may_refer_to_services-desc-child = மருத்துவர், பாதுகாப்பான இல்லம் அல்லது வழக்கறிஞர் போன்ற குழந்தைகளைப் பாதுகாப்பவர்களிடம் உதவி மையம் சொல்லலாம்.
consent-may_involve_police-desc-child = உன்னைக் காயப்படுத்துபவர்களைத் தடுக்க, உதவி மையம் காவல்துறையிடமும் சொல்லலாம்.
review-title-child = உன் பதில்களைப் பார்
review-intro-child = நீ இதை அனுப்பும்போது, இது பூட்டப்படும். உதவி மையம் மட்டுமே இதைத் திறக்க முடியும். இந்த ஃபோனில் யாரும் இதைப் படிக்க முடியாது, நீயும் கூட.
submit-done-child = உன் செய்தி இந்த ஃபோனில் பூட்டப்பட்டது. இணையம் கிடைக்கும்போது அது அனுப்பப்படும்.

## Errors (codes come from the app's core)

error-wrong_pin = அந்த PIN எண் சரியில்லை.
error-locked = முதலில் உங்கள் PIN எண்ணால் செயலியைத் திறங்கள்.
error-no_hotline = இந்தச் செயலி இன்னும் உதவி மையத்துடன் இணைக்கப்படவில்லை. உங்கள் வரைவு சேமிக்கப்பட்டது.
error-invalid = சில பதில்களை மாற்ற வேண்டும். குறிக்கப்பட்ட கேள்விகளைப் பாருங்கள்.
error-pin_too_short = PIN எண்ணில் 6 முதல் 12 இலக்கங்கள் இருக்கும்.
error-duress_same_as_pin = அவசர PIN எண் உங்கள் PIN எண்ணிலிருந்து வேறாக இருக்க வேண்டும்.
error-already_set_up = இந்தச் செயலி ஏற்கனவே அமைக்கப்பட்டுள்ளது.
error-not_found = இது கிடைக்கவில்லை. இது அழிக்கப்பட்டிருக்கலாம்.
error-internal = ஏதோ தவறு நடந்தது. நீங்கள் சேமித்த கோரிக்கைகள் பாதுகாப்பாக உள்ளன. மீண்டும் முயலுங்கள்.
error-not_set_up = இந்தச் செயலி இன்னும் அமைக்கப்படவில்லை. முதலில் ஒரு PIN எண்ணைத் தேர்ந்தெடுங்கள்.
error-busy = செயலி அனுப்புவதில் மும்முரமாக உள்ளது. சிறிது நேரம் கழித்து மீண்டும் முயலுங்கள்.
error-status_unavailable = இப்போது உதவி மையத்திடம் கேட்க முடியவில்லை. உங்கள் கோரிக்கை பாதுகாப்பாக உள்ளது. பிறகு மீண்டும் முயலுங்கள்.
error-malformed = சில பதில்களைப் படிக்க முடியவில்லை. அவற்றைச் சரிபார்த்து மீண்டும் முயலுங்கள்.
error-too_large = இது அனுப்ப மிக நீளமாக உள்ளது. உங்கள் செய்தியைச் சுருக்குங்கள்.
error-unsupported_version = இந்தச் செயலியைப் புதுப்பிக்க வேண்டும்.
error-profile = இந்தச் செயலியில் உள்ள உதவி மைய விவரங்கள் சரியில்லை. உங்கள் வரைவு சேமிக்கப்பட்டது. புதுப்பிக்கப்பட்ட செயலியைப் பெறுங்கள்.
error-sync_client = இப்போது செயலியால் பாதுகாப்பாக இணைய முடியவில்லை. உங்கள் கோரிக்கை சேமிக்கப்பட்டது, பிறகு அனுப்பப்படும்.
error-already_exists = இது ஏற்கனவே சேமிக்கப்பட்டுள்ளது.
error-empty_pin = உங்கள் PIN எண்ணை அடியுங்கள்.
error-invalid_kdf_params = இந்தச் செயலியின் அமைப்புகள் சரியில்லை. புதுப்பிக்கப்பட்ட செயலியைப் பெறுங்கள்.
error-device_secret_unavailable = இந்த ஃபோனின் பாதுகாப்பான சேமிப்பகத்தைச் செயலியால் அணுக முடியவில்லை. ஃபோனை அணைத்து மீண்டும் இயக்கி, மீண்டும் முயலுங்கள்.
error-envelope = உங்கள் கோரிக்கையை உதவி மையத்துக்காகப் பூட்ட முடியவில்லை. அது இன்னும் வரைவாகச் சேமிக்கப்பட்டுள்ளது.
error-receipt_mismatch = உதவி மையத்தின் பதிலைச் சரிபார்க்க முடியவில்லை. உங்கள் கோரிக்கை மீண்டும் அனுப்பப்படும்.
error-corrupt = செயலியில் சேமிக்கப்பட்ட தரவு சேதமடைந்துள்ளது. அதைத் திறக்க முடியாது.
error-io = ஃபோனால் இதைச் சேமிக்க முடியவில்லை. அது நிரம்பியிருக்கலாம். கொஞ்சம் இடத்தைக் காலி செய்து மீண்டும் முயலுங்கள்.
error-database = செயலியால் அதன் தரவைப் படிக்கவோ சேமிக்கவோ முடியவில்லை. நீங்கள் சேமித்த கோரிக்கைகள் பாதுகாப்பாக உள்ளன. மீண்டும் முயலுங்கள்.
error-pin_too_long = PIN எண்ணில் 6 முதல் 12 இலக்கங்கள் இருக்கும்.
error-pin_not_digits = PIN எண்ணில் எண்கள் மட்டுமே இருக்கும்.
field-error-empty = இதை நிரப்புங்கள், அல்லது கேள்வியைத் தவிருங்கள்.
field-error-not_trimmed = தொடக்கத்திலோ முடிவிலோ உள்ள இடைவெளிகளை நீக்குங்கள்.
field-error-too_long = இது மிக நீளமாக உள்ளது. அதிகபட்சம் { $max } எழுத்துகள்.
field-error-too_many_bytes = இது மிக நீளமாக உள்ளது.
field-error-too_many = மிக அதிகம். அதிகபட்சம் { $max }.
field-error-duplicate = இது பட்டியலில் இரண்டு முறை உள்ளது.
field-error-control_characters = இதில் பயன்படுத்த முடியாத எழுத்துகள் உள்ளன.
field-error-invalid_phone = இந்த ஃபோன் எண் சரியாகத் தெரியவில்லை. + மற்றும் நாட்டுக் குறியீட்டுடன் தொடங்குங்கள்.
field-error-invalid_region = இந்த நாடு தெரியவில்லை.
field-error-invalid_email = இந்த மின்னஞ்சல் முகவரி சரியாகத் தெரியவில்லை.
field-error-invalid_language = இந்த மொழி தெரியவில்லை.
field-error-invalid_time_zone = இந்த நேர மண்டலம் தெரியவில்லை.
field-error-invalid_time = வெவ்வேறான தொடக்க நேரத்தையும் முடிவு நேரத்தையும் தேர்ந்தெடுங்கள்.
field-error-no_contact_method = உங்களைத் தொடர்புகொள்ள குறைந்தது ஒரு வழியைத் தேர்ந்தெடுங்கள். "பதிலை நானே இந்தச் செயலியில் பார்ப்பேன்" என்பது போதும்.
field-error-unsupported_version = இந்தச் செயலியைப் புதுப்பிக்க வேண்டும்.
