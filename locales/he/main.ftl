## Reach — עברית (Hebrew)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

# Gender-neutral wording on purpose: infinitives ("לבחור", "נא לנסות") and forms like "שלך", "אותך", "עליך",
# so the reader is never addressed as only a man or only a woman.

-locale-name = עברית
# The language's name in English, for the language search.
-locale-english = Hebrew
-locale-dir = rtl
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = מחשבון
quick-exit = יציאה מהירה
quick-exit-hint = מסתיר את האפליקציה מיד
back = חזרה
next = הבא
skip = לדלג על זה
save = שמירה
cancel = ביטול
close = סגירה
done = סיום
optional = לא חובה
step-of = שלב { $current } מתוך { $total }
saved-locked = נשמר ונעול בטלפון הזה

## Calculator (the app's disguise)

calc-label = מחשבון
calc-display-label = תוצאה
calc-clear = C
calc-equals = =
calc-error = שגיאה

## First use: a private PIN

setup-title = להפוך את האפליקציה לפרטית
setup-intro = בוחרים מספר סודי (קוד PIN). אף אחד אחר לא צריך לדעת אותו.
setup-how = כדי לפתוח את האפליקציה בפעם הבאה: מקלידים את הקוד הסודי במחשבון, ואז לוחצים על =.
setup-pin-label = הקוד הסודי שלך (6 עד 12 ספרות)
setup-pin-repeat-label = להקליד שוב את הקוד הסודי
setup-duress-title = קוד חירום (אפשר לדלג על זה)
setup-duress-intro = אם מישהו מכריח אותך לפתוח את האפליקציה, אפשר להקליד במקום זה את הקוד האחר הזה. האפליקציה תיראה ריקה, וכל מה שבתוכה יימחק בלי שום סימן.
setup-duress-label = קוד חירום
setup-submit = שמירת הקוד שלי
setup-mismatch = שני הקודים לא זהים. נא לנסות שוב.

## Language

lang-title = בחירת שפה
lang-intro = אפשר לשנות את זה אחר כך בהגדרות.
lang-search-label = חיפוש השפה שלך
lang-search-hint = אפשר להקליד את שם השפה, בכל שפה
lang-search-none = אין שפה שמתאימה לזה. אפשר לנסות פחות אותיות.
lang-yours = השפות בטלפון הזה
lang-all = כל השפות
lang-load-failed = לא ניתן היה לפתוח את השפה הזו, ולכן האפליקציה מוצגת באנגלית.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = מה הגיל שלך?
age-intro = אפשר לדלג על זה. מתחת לגיל 18, האפליקציה משתמשת במילים פשוטות יותר ומציגה עזרה לילדים.
age-under_18 = מתחת ל-18
age-18_to_25 = 18 עד 25
age-26_to_59 = 26 עד 59
age-60_plus = 60 ומעלה

## Danger check and emergency numbers

danger-title = האם יש סכנה עבורך עכשיו?
danger-yes = כן, אני בסכנה עכשיו
danger-no = לא, לא כרגע
emergency-title = מספרי חירום
emergency-intro = אפשר להתקשר למספרים האלה גם בלי אינטרנט.
emergency-country-label = המדינה שלך
emergency-police = משטרה וחירום
emergency-hotline = עזרה לאנשים שנסחרו או שמכריחים אותם לעבוד
emergency-children = עזרה לילדים ולבני נוער
emergency-call = להתקשר אל { $number }
emergency-source = מקור: { $source }
emergency-checked = נבדק: { $date }
emergency-not-checked = עוד לא נבדק שוב. אם המספר לא עובד, אפשר להתקשר למספר החירום.
emergency-call-trace = שיחות והודעות טקסט נשארות ברשימות של הטלפון שלך. אם מישהו בודק את הטלפון שלך, אפשר למחוק אותן אחר כך.
emergency-none = עוד אין לנו מספרים למדינה הזו. אם יש סכנה עבורך, אפשר להתקשר למספר החירום המקומי.
emergency-continue = להמשיך ולבקש עזרה

## What help is needed

needs-title = איזו עזרה נחוצה לך?
needs-intro = אפשר לבחור כל מה שמתאים. אפשר גם לדלג.
need-safety_now = לצאת מסכנה עכשיו
need-shelter = מקום בטוח לגור בו
need-medical = רופא או תרופות
need-legal_immigration = עזרה עם מסמכים, ויזה או החוק
need-labour_exploitation = בעיות בעבודה, או שלא משלמים
need-sexual_exploitation = כפייה ליחסי מין
need-child_at_risk = ילד או ילדה בסכנה
need-money_debt = כסף או חובות
need-going_home = לחזור הביתה או למצוא משפחה
need-interpreter = מישהו שמדבר את השפה שלי
need-other = משהו אחר
urgency-title = כמה מהר נחוצה לך עזרה?
urgency-now = עכשיו
urgency-today = היום
urgency-this_week = השבוע
urgency-not_urgent = זה יכול לחכות
for-whom-title = בשביל מי הבקשה הזו?
for-whom-self = בשבילי
for-whom-someone_else = בשביל מישהו אחר
for-whom-assisted_by_outreach = אני עובד/ת שטח ועוזר/ת למישהו

## Safe contact

contact-title = איך הקו החם יכול ליצור איתך קשר בבטחה?
contact-intro = צריך לבחור לפחות דרך אחת. כדאי לבחור רק דרכים שבטוחות עבורך.
contact-call = שיחת טלפון
contact-sms = הודעת טקסט (SMS)
contact-messaging_app = אפליקציית הודעות
contact-email = אימייל
contact-in_person_via_outreach = פנים אל פנים, דרך עובד/ת שטח
contact-check_back_in_app = אני אבדוק באפליקציה הזו אם יש תשובה
# The example number sits in a LEFT-TO-RIGHT ISOLATE (U+2066 … U+2069) so that "+" shows before the digits in right-to-left text.
contact-phone-label = מספר טלפון, עם הקידומת של המדינה (למשל { "\u2066+972…\u2069" })
contact-app-label = איזו אפליקציה? (למשל WhatsApp, Signal)
contact-handle-label = השם או המספר שלך באפליקציה הזו
contact-email-label = כתובת אימייל
times-title = מתי בטוח ליצור איתך קשר?
times-intro = אפשר לדלג על זה. במקרה כזה הקו החם יהיה זהיר במיוחד.
times-add = הוספת זמן בטוח
times-remove = הסרת הזמן הזה
times-from = משעה
times-to = עד שעה
times-days = ימים
times-any-day = כל יום
times-zone = אזור זמן
weekday-mon = יום שני
weekday-tue = יום שלישי
weekday-wed = יום רביעי
weekday-thu = יום חמישי
weekday-fri = יום שישי
weekday-sat = שבת
weekday-sun = יום ראשון
voicemail-title = האם הקו החם יכול להשאיר הודעה קולית?
voicemail-yes = כן, הודעה קולית זה בטוח
voicemail-no = לא, אף פעם לא להשאיר הודעה קולית
voicemail-unsaid = אם אין תשובה לשאלה הזו, הקו החם לא ישאיר הודעה קולית.
code-word-label = מילת קוד
code-word-hint = הקו החם יגיד את המילה הזו, כדי שיהיה לך ברור שזה באמת הם.
someone-else-title = אם מישהו אחר עונה, הקו החם צריך…
someone-else-hang_up = לנתק
someone-else-say_wrong_number = להגיד שזו טעות במספר
someone-else-ask_for_code_word = לבקש את מילת הקוד
someone-else-other = לעשות משהו אחר
someone-else-other-label = מה הם צריכים לעשות?
responder-title = עם מי נוח לך לדבר?
responder-woman = אישה
responder-man = גבר
responder-any_gender = לא משנה לי
responder-language-label = השפה שבה נוח לך לקבל תשובה

## More (all optional)

more-title = עוד קצת עליך
more-intro = כל זה לא חובה.
place-label = באיזה מקום? מספיק לכתוב עיר או אזור.
place-hint = אפשר לשתף רק את מה שרוצים. האפליקציה אף פעם לא משתמשת במיקום שלך.
message-label = ההודעה שלך
message-hint = אפשר לכתוב בכל שפה.
message-left =
    { $count ->
        [one] נשארה אות אחת
        [two] נשארו שתי אותיות
       *[other] נשארו { $count } אותיות
    }

## Consent

consent-title = מי יכול לראות את הבקשה שלך?
consent-intro = ההחלטה שלך. האפשרות הכי פרטית כבר מסומנת.
consent-hotline_only = רק הקו החם
consent-hotline_only-desc = רק הצוות של הקו החם קורא אותה. הם לא מעבירים אותה לאף אחד.
consent-may_refer_to_services = הקו החם וגורמים שיכולים לעזור
consent-may_refer_to_services-desc = הקו החם יכול להעביר אותה למקלטים, לרופאים או לעורכי דין, כדי לעזור לך.
consent-may_involve_police = הקו החם, הגורמים שעוזרים, והמשטרה
consent-may_involve_police-desc = הקו החם יכול גם לספר למשטרה.
consent-child-note = מכיוון שהגיל שלך מתחת ל-18, ייתכן שהקו החם יצטרך לספר לאנשים שהתפקיד שלהם הוא להגן על ילדים, כדי לשמור עליך.

## Review and send

review-title = בדיקת הבקשה
review-intro = הבקשה שלך תינעל, כך שרק הקו החם יוכל לפתוח אותה. אחרי השליחה אף אחד לא יוכל לקרוא אותה בטלפון הזה, כולל אותך.
review-not-answered = אין תשובה
review-change = שינוי
review-needs = העזרה הנחוצה
review-contact = איך ליצור איתך קשר
review-times = זמנים בטוחים
review-more = עוד עליך
review-consent = מי יכול לראות אותה
submit = לנעול ולשלוח לקו החם
submit-working = נועלים את הבקשה שלך…
submit-done = הבקשה שלך נעולה בטלפון הזה. היא תישלח כשיהיה אינטרנט.

## Status

status-title = הבקשות שלך
status-intro = כאן רואים איפה כל בקשה נמצאת.
status-empty = עוד אין בקשות.
status-saved = שמורה בטלפון הזה ונעולה. היא תישלח כשיהיה אינטרנט.
status-sending = שולחים עכשיו…
status-received = הקו החם קיבל אותה. בדקנו את האישור של הקו החם.
status-needs_attention = הבקשה הזו צריכה את תשומת הלב שלך.
status-attempts =
    { $count ->
        [one] נוסה פעם אחת
        [two] נוסה פעמיים
       *[other] נוסה { $count } פעמים
    }
status-hotline-received = מחכה שמישהו בקו החם יקרא אותה.
status-hotline-in_review = מישהו בקו החם קורא אותה.
status-hotline-answered = הקו החם טיפל בה.
status-hotline-closed = הקו החם סגר אותה.
status-hotline-contact_planned = מישהו בקו החם מתכנן איך ליצור איתך קשר בבטחה.
status-hotline-needs_interpreter = הקו החם מחפש מישהו שמדבר את השפה שלך.
status-hotline-referred = הקו החם ביקש מארגון שותף לעזור לך.
status-hotline-unknown = יש לקו החם חדשות לגבי הבקשה. כדי לראות עוד, אפשר לעדכן את האפליקציה כשזה בטוח.
status-replies = הודעות מהקו החם
status-reply-note = הקו החם כתב גם (אולי לא בשפה שלך):
status-reply-unreadable = הגיעה הודעה שהאפליקציה לא הצליחה לבדוק, ולכן היא לא מוצגת.
status-offline = אין אינטרנט כרגע. הבקשות שלך בטוחות בטלפון הזה.
status-send-now = לשלוח עכשיו
status-retry = לנסות שוב
status-check = לשאול את הקו החם אם יש חדש
status-new = להתחיל בקשה חדשה

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = קראנו את הבקשה שלך. ניצור איתך קשר בדרך שבחרת.
reply-call_planned = נתקשר אליך { $day }, בין { $from } ל-{ $to } (לפי השעה אצלך).
reply-message_planned = נשלח לך הודעה { $day }, בין { $from } ל-{ $to } (לפי השעה אצלך).
reply-interpreter = אנחנו מחפשים מתורגמן שמדבר את השפה שלך. ניצור איתך קשר בקרוב.
reply-referred = ביקשנו מארגון שותף קרוב אליך לעזור. הם ייצרו איתך קשר בדרך שבחרת.
reply-call_us = אפשר להתקשר אלינו כשזה בטוח עבורך. מתי? זו החלטה שלך.
reply-danger = אם יש סכנה עבורך עכשיו, חשוב להתקשר למספר החירום. הוא נמצא באפליקציה הזו.
reply-closed = סגרנו את הבקשה שלך. אפשר לשלוח בקשה חדשה בכל זמן.
reply-unknown = הקו החם שלח הודעה שהגרסה הזו של האפליקציה לא יכולה להציג. אפשר לעדכן את האפליקציה כשזה בטוח.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = הבקשה שלך נסגרה. נשמח לשמוע איך הייתה העזרה. שלוש שאלות קצרות. אפשר לדלג עליהן.
feedback-private = התשובות נשלחות בלי הבקשה שלך ובלי השם שלך. הקו החם רואה רק סיכומים.
feedback-start = לענות
feedback-skip = לא, תודה
feedback-send = לשלוח את התשובות
feedback-q-helped = האם קיבלת את העזרה שהייתה נחוצה לך?
feedback-q-safe = האם הייתה לך תחושת ביטחון כשיצרנו איתך קשר?
feedback-q-recommend = לדעתך, כדאי לספר עלינו לחברים?
feedback-a-yes = כן
feedback-a-partly = חלקית
feedback-a-no = לא
feedback-thanks = תודה. התשובות שלך יישלחו.
feedback-declined = בסדר. לא נשאל שוב.
feedback-failed = זה לא הצליח. נא לנסות שוב.
problem-unknown_key = צריך לעדכן את האפליקציה לפני שאפשר לשלוח את הבקשה הזו.
problem-conflict = לקו החם יש בקשה אחרת עם אותו מספר. נא ליצור קשר עם הקו החם בדרך אחרת.
problem-malformed = הקו החם לא הצליח לקרוא את הבקשה הזו. נא להתחיל בקשה חדשה.
problem-too_large = הבקשה הזו ארוכה מדי. נא להתחיל בקשה חדשה עם הודעה קצרה יותר.
problem-unsupported_media_type = צריך לעדכן את האפליקציה לפני שאפשר לשלוח את הבקשה הזו.
problem-other = הרשת או הקו החם דחו את הבקשה הזו. אפשר לנסות שוב, או לנסות רשת אחרת.

## Several people on one device (outreach)

drafts-title = בקשות שעוד לא נשלחו
drafts-continue = להמשיך
drafts-delete = מחיקה
drafts-none = אין שום דבר שמחכה.
review-reference = האדם הזה לא ישאיר אצלו את הטלפון: נא לתת לו קוד מעקב
review-reference-hint = עם קוד המעקב אפשר לקרוא את התשובות של הקו החם בכל טלפון שיש בו את האפליקציה. הטלפון הזה יראה רק אם הקו החם קיבל את הבקשה.
assisted-organisation-label = הארגון שלך (אתה, העובד בשטח)
assisted-hint = הקו החם יראה שעזרת לאדם הזה, ועם מי אתה עובד.
assisted-channel-label = איך הקו החם יכול ליצור איתך קשר (לא חובה)
reference-title = קוד המעקב של האדם
reference-intro = נא לתת את המילים האלה לאדם. איתן אפשר לקרוא את התשובות של הקו החם בכל טלפון שיש בו את האפליקציה. הטלפון הזה לא כותב אותן בשום מקום, ושוכח אותן ברגע שהן אצל האדם.
reference-for-person = המילים האלה שלך. איתן אפשר לקרוא את התשובות של הקו החם. בכל טלפון שיש בו את האפליקציה, נא ללחוץ על "{ $requests }", אחר כך על "{ $check }", ולהקליד את המילים או את הספרות. חשוב לשמור עליהן היטב: כל מי שיש לו אותן יכול לקרוא את התשובות.
reference-words = המילים
reference-digits = אותו קוד מעקב בספרות
reference-request = בקשה { $number }
reference-done = קוד המעקב אצל האדם
reference-again = האפליקציה ננעלה בזמן שקוד המעקב היה מוצג. הנה הוא שוב: נא לתת אותו לאדם עכשיו.
status-check-reference = לבדוק קוד מעקב
check-reference-title = בדיקת קוד מעקב
check-reference-intro = נא להקליד את המילים או הספרות שקיבלת. הטלפון הזה לא שומר אותן, וגם לא את התשובות.
check-reference-no-hotline = האפליקציה עוד לא מחוברת לקו חם, ולכן אי אפשר לבדוק כאן קוד מעקב. נא לנסות בטלפון אחר שיש בו את האפליקציה.
check-reference-label = מילים או ספרות
check-reference-submit = לבדוק
check-reference-working = בודקים. זה יכול לקחת כמה שניות…
check-reference-no-replies = עדיין אין הודעות מהקו החם.
check-reference-show-in = להציג בשפה: { $language }
worker-title = עבודת שטח
worker-working-as = אתה עובד בשם: { $organisation }
worker-intro = כל אדם שאתה עוזר לו עונה בשפה שלו. התשובות יוצאות מהטלפון הזה חתומות, והאדם לוקח איתו קוד מעקב. כאן נשארים רק המספר והמצב של כל בקשה.
worker-new-person = לעזור לאדם חדש
handover-title = שאלות רק בשבילך
handover-worker = עכשיו נא לתת את הטלפון לאדם. הוא עונה לבד על השאלות הבאות, ואתה לא תראה את התשובות שלו.
handover-person = השאלות הבאות הן רק בשבילך. מי שעוזר לך לא יראה את התשובות שלך.
handover-start = להתחיל
giveback-title = תודה
giveback-intro = התשובות שלך חתומות. מי שעוזר לך לא יכול לראות אותן. עכשיו נא להחזיר את הטלפון.
giveback-button = להחזיר את הטלפון
review-private = האדם ענה על זה לבד. זה לא מוצג.
review-assisted-as = הקו החם יראה שעזרת, בשם: { $organisation }
review-later = לא עכשיו: להשאיר אותה ב"בקשות שעוד לא נשלחו"
review-hand-again = לתת שוב את הטלפון לאדם
review-hand-again-hint = נא ללחוץ כאן אם האדם רוצה לשנות את מה שענה לבד, או אם צריך לתקן שם משהו. הוא יראה שוב את השאלה מי יכול לראות את הבקשה, ויבחר מחדש.
review-private-fix = צריך לתקן משהו שהאדם ענה לבד. רק הוא יכול לתקן את זה: נא לתת לו שוב את הטלפון.
age-given-back-worker = אם משנים את הגיל למתחת ל-18, או משנים גיל שהיה מתחת ל-18, האדם צריך לראות שוב את השאלה מי יכול לראות את הבקשה: יהיה צריך לתת לו את הטלפון עוד פעם.
age-reopened-worker = שינוי הגיל משפיע על הבחירה של האדם מי יכול לראות את הבקשה. נא להמשיך: יהיה צריך לתת לו שוב את הטלפון, והוא יבחר מחדש.
setup-worker = אני עובד בשטח: אני עוזר לאנשים אחרים לבקש עזרה
setup-worker-hint = הקו החם יראה את הארגון שלך בכל בקשה שתעזור בה.
worker-org-needed = נא לכתוב את שם הארגון שלך, או לכבות את מצב העובד בשטח.
settings-worker-title = מצב עובד שטח
settings-worker-intro = לעזור לאנשים אחרים לשלוח בקשות מהטלפון הזה. התשובות שלהם חתומות, וכל אדם לוקח איתו קוד מעקב.
settings-worker-on = להפעיל
settings-worker-save = לשמור שינויים
settings-worker-off = לכבות
settings-worker-saved = בוצע. מצב עובד שטח פעיל.
settings-worker-removed = בוצע. מצב עובד שטח כבוי.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = הקראה: { $text }
speak-stop = הפסקת ההקראה
speak-no-voice = אין בטלפון הזה קול לשפה הזאת.
speak-unavailable = ההקראה לא עובדת בטלפון הזה כרגע.
speak-headphones = כדאי להשתמש באוזניות אם מישהו בסביבה יכול לשמוע.

## Settings

settings-title = הגדרות
settings-language = שפה
settings-read-aloud = הקראה של כל מסך כשהוא נפתח
settings-lock = לנעול עכשיו
settings-less-protected = הגנה חלשה יותר במכשיר הזה: אין כאן מקום בטוח לשמירת מפתחות, ולכן מי שמעתיק את הקבצים של האפליקציה יכול לנסות לנחש את הקוד הסודי שלך. קוד ארוך יותר מגן עליך טוב יותר.
settings-duress-title = קוד חירום
settings-duress-intro = קוד שני, למקרה שמישהו מכריח אותך לפתוח את האפליקציה. הוא מוחק הכול בלי שום סימן.
settings-current-pin = הקוד הסודי שלך
settings-duress-save = שמירת קוד החירום
settings-duress-remove = הסרת קוד החירום
settings-pin-title = שינוי הקוד הסודי
settings-new-pin = קוד סודי חדש (6 עד 12 ספרות)
settings-new-pin-again = שוב את הקוד הסודי החדש
settings-pin-save = שינוי הקוד
settings-pin-changed = הקוד הסודי שלך שונה. מעכשיו משתמשים בקוד החדש.
settings-duress-saved = בוצע. קוד החירום שלך נשמר.
settings-duress-removed = בוצע. עכשיו אין קוד חירום.
pin-wrong-left =
    { $count ->
        [one] הקוד הזה לא נכון. אחרי עוד קוד שגוי אחד, כל מה שבטלפון הזה יימחק.
        [two] הקוד הזה לא נכון. אחרי עוד שני קודים שגויים, כל מה שבטלפון הזה יימחק.
       *[other] הקוד הזה לא נכון. אחרי עוד { $count } קודים שגויים, כל מה שבטלפון הזה יימחק.
    }
settings-wipe-title = מחיקת הכול
settings-wipe-intro = זה מוחק את כל הבקשות והטיוטות בטלפון הזה. אי אפשר לבטל את זה. בקשות שהקו החם כבר קיבל נשארות אצל הקו החם.
settings-wipe-confirm = כן, למחוק הכול

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = יש סכנה עבורך עכשיו?
danger-yes-child = כן, אני בסכנה
danger-no-child = לא, לא עכשיו
emergency-intro-child = אפשר להתקשר למספרים האלה. לא צריך אינטרנט.
emergency-call-trace-child = הטלפון שלך שומר רשימה של שיחות והודעות. אם מדאיג אותך שמישהו יראה אותה, אפשר למחוק אותן אחר כך.
needs-title-child = במה צריך לעזור לך?
needs-intro-child = אפשר ללחוץ על כל מה שנכון לגביך. אפשר גם לדלג.
need-legal_immigration-child = עזרה עם ניירות או מסמכים
need-labour_exploitation-child = מישהו מכריח אותי לעבוד
need-sexual_exploitation-child = מישהו מכריח אותי לעשות דברים מיניים
need-money_debt-child = מישהו אומר שיש לי חוב אליו
need-going_home-child = אני רוצה לחזור הביתה או למצוא את המשפחה שלי
need-child_at_risk-child = ילד אחר או ילדה אחרת בסכנה
urgency-title-child = מתי צריך עזרה?
for-whom-title-child = מי צריך עזרה?
for-whom-self-child = אני
contact-title-child = איך נוכל לדבר איתך בבטחה?
contact-intro-child = בוחרים דרך שבטוחה עבורך. אף אחד אחר לא צריך לראות אותה.
times-title-child = מתי בטוח שנתקשר או נכתוב לך?
times-intro-child = אפשר לדלג על זה. אז נהיה זהירים מאוד.
voicemail-title-child = אפשר להשאיר לך הודעה קולית?
someone-else-title-child = אם מישהו אחר עונה, מה לעשות?
responder-title-child = עם מי נוח לך לדבר?
more-title-child = עוד משהו?
more-intro-child = לא חייבים לענות.
place-label-child = באיזה מקום? מספיק שם של עיר.
message-label-child = אפשר לספר לנו מה קורה, אם רוצים
consent-title-child = מי יכול לקרוא את מה שכתבת?
consent-intro-child = הבחירה שלך. הבחירה הכי בטוחה כבר מסומנת.
consent-hotline_only-desc-child = רק העוזרים בקו החם קוראים את זה. הם שומרים את זה בסוד.
consent-may_refer_to_services-desc-child = הקו החם יכול לספר לאנשים ששומרים על ילדים, כמו רופא, בית בטוח או עורך דין.
consent-may_involve_police-desc-child = הקו החם יכול גם לספר למשטרה, כדי שיעצרו את האנשים שפגעו בך.
review-title-child = בדיקת התשובות שלך
review-intro-child = כשזה נשלח, זה ננעל. רק הקו החם יכול לפתוח את זה. אף אחד לא יכול לקרוא את זה בטלפון הזה, כולל אותך.
submit-done-child = ההודעה שלך נעולה בטלפון הזה. היא תישלח כשיהיה אינטרנט.
handover-title-child = השאלות האלה רק בשבילך
handover-person-child = על השאלות הבאות עונים לבד. מי שעוזר לך לא יראה מה התשובות שלך.
giveback-intro-child = התשובות שלך נעולות. מי שעוזר לך לא יכול לראות אותן. עכשיו אפשר להחזיר את הטלפון למי שעוזר לך.
reference-for-person-child = המילים האלה רק בשבילך. איתן אפשר לקרוא מה הקו החם כותב לך. בכל טלפון שיש בו את האפליקציה, לוחצים על "{ $requests }", אחר כך על "{ $check }", ומקלידים את המילים או את הספרות. חשוב לשמור אותן בסוד: כל מי שיש לו אותן יכול לקרוא את התשובות.

## Errors (codes come from the app's core)

error-wrong_pin = הקוד הזה לא נכון.
error-locked = נא לפתוח קודם את האפליקציה עם הקוד הסודי שלך.
error-no_hotline = האפליקציה עוד לא מחוברת לקו חם. הטיוטה שלך שמורה.
error-invalid = צריך לשנות כמה תשובות. נא לבדוק את השאלות המסומנות.
error-pin_too_short = לקוד סודי יש 6 עד 12 ספרות.
error-duress_same_as_pin = קוד החירום חייב להיות שונה מהקוד הסודי שלך.
error-worker_drafts_open = מצב עובד שטח נשאר פעיל כל עוד בקשות של אנשים שאתה עוזר להם לא נשלחו. נא לשלוח אותן, או למחוק אותן ב"בקשות שעוד לא נשלחו", ואז לכבות את המצב.
error-already_set_up = האפליקציה כבר מוכנה לשימוש.
error-not_found = זה לא נמצא. ייתכן שזה נמחק.
error-internal = משהו השתבש. הבקשות השמורות שלך בטוחות. נא לנסות שוב.
error-not_set_up = האפליקציה עוד לא מוכנה. נא לבחור קודם קוד סודי.
error-busy = האפליקציה עסוקה בשליחה. נא לנסות שוב בעוד רגע.
error-status_unavailable = לא ניתן היה לפנות לקו החם כרגע. הבקשה שלך בטוחה. נא לנסות שוב מאוחר יותר.
error-malformed = לא ניתן היה לקרוא חלק מהתשובות. נא לבדוק אותן ולנסות שוב.
error-too_large = זה ארוך מדי לשליחה. נא לקצר את ההודעה.
error-unsupported_version = צריך לעדכן את האפליקציה.
error-profile = הפרטים של הקו החם באפליקציה הזו לא נכונים. הטיוטה שלך שמורה. נא להשיג גרסה מעודכנת של האפליקציה.
error-sync_client = האפליקציה לא יכולה להתחבר בבטחה כרגע. הבקשה שלך שמורה ותישלח מאוחר יותר.
error-already_exists = זה כבר שמור.
error-empty_pin = נא להקליד את הקוד הסודי שלך.
error-invalid_kdf_params = ההגדרות של האפליקציה לא נכונות. נא להשיג גרסה מעודכנת של האפליקציה.
error-device_secret_unavailable = האפליקציה לא מצליחה לגשת לאחסון המאובטח של הטלפון. נא להפעיל מחדש את הטלפון ולנסות שוב.
error-envelope = לא ניתן היה לנעול את הבקשה עבור הקו החם. היא עדיין שמורה כטיוטה.
error-receipt_mismatch = לא ניתן היה לבדוק את התשובה של הקו החם. הבקשה שלך תישלח שוב.
error-corrupt = הנתונים השמורים של האפליקציה פגומים. אי אפשר לפתוח אותם.
error-io = הטלפון לא הצליח לשמור את זה. ייתכן שהוא מלא. נא לפנות קצת מקום ולנסות שוב.
error-database = האפליקציה לא הצליחה לקרוא או לשמור את הנתונים שלה. הבקשות השמורות שלך בטוחות. נא לנסות שוב.
error-pin_too_long = לקוד סודי יש 6 עד 12 ספרות.
error-pin_not_digits = בקוד סודי יש רק ספרות.
error-reference_word_count = בקוד מעקב יש 9 מילים. נא לבדוק שהקלדת את כולן.
error-reference_unknown_word = אחת המילים לא נכונה. נא לבדוק את האיות.
check-reference-wrong-word = המילה מספר { $number } לא נכונה. נא לבדוק את האיות.
error-reference_digits = בקוד מעקב יש 22 ספרות. נא לבדוק שהקלדת את כולן.
error-reference_check = מילה או ספרה אחת לא נכונה. נא לבדוק כל אחת ולנסות שוב.
error-reference_not_found = לקו החם עדיין אין בקשה עם קוד המעקב הזה. אם היא נשלחה מטלפון בלי אינטרנט, היא תגיע כשלטלפון ההוא יהיה שוב אינטרנט. נא לנסות שוב מאוחר יותר. אם היא עדיין לא נמצאה, נא לבדוק כל מילה או ספרה.
field-error-empty = נא למלא את זה, או לדלג על השאלה.
field-error-not_trimmed = נא למחוק את הרווחים בהתחלה או בסוף.
field-error-too_long = זה ארוך מדי. לכל היותר { $max } אותיות.
field-error-too_many_bytes = זה ארוך מדי.
field-error-too_many = יותר מדי. לכל היותר { $max }.
field-error-duplicate = זה מופיע ברשימה פעמיים.
field-error-control_characters = יש כאן תווים שאי אפשר להשתמש בהם.
field-error-invalid_phone = מספר הטלפון הזה לא נראה תקין. צריך להתחיל ב-+ ובקידומת של המדינה.
field-error-invalid_region = המדינה הזו לא מוכרת.
field-error-invalid_email = כתובת האימייל הזו לא נראית תקינה.
field-error-invalid_language = השפה הזו לא מוכרת.
field-error-invalid_time_zone = אזור הזמן הזה לא מוכר.
field-error-invalid_time = נא לבחור שעת התחלה ושעת סיום שונות.
field-error-no_contact_method = נא לבחור לפחות דרך אחת ליצור איתך קשר. "אני אבדוק באפליקציה הזו אם יש תשובה" מספיק.
field-error-unsupported_version = צריך לעדכן את האפליקציה.
