## Reach — සිංහල (Sinhala)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = සිංහල
# The language's name in English, for the language search.
-locale-english = Sinhala
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ගණක යන්ත්‍රය
quick-exit = ඉක්මනින් ඉවත් වන්න
quick-exit-hint = මේ යෙදුම වහාම සඟවයි
back = ආපසු
next = ඊළඟ
skip = මෙය මඟ හරින්න
save = සුරකින්න
cancel = අවලංගු කරන්න
close = වසන්න
done = හරි
optional = ඔබ කැමති නම් පමණයි
step-of = පියවර { $total } න් { $current }
saved-locked = මේ දුරකථනයේ සුරැකී අගුළු දමා ඇත

## Calculator (the app's disguise)

calc-label = ගණක යන්ත්‍රය
calc-display-label = පිළිතුර
calc-clear = C
calc-equals = =
calc-error = දෝෂයකි

## First use: a private PIN

setup-title = මේ යෙදුම ඔබට පමණක් විවෘත කළ හැකි ලෙස සකසන්න
setup-intro = රහස් අංකයක් (PIN අංකයක්) තෝරන්න. එය දැනගත යුත්තේ ඔබ පමණයි.
setup-how = පසුව මේ යෙදුම විවෘත කිරීමට, ගණක යන්ත්‍රයේ ඔබේ PIN අංකය ටයිප් කර, = ඔබන්න.
setup-pin-label = ඔබේ PIN අංකය (ඉලක්කම් 6 සිට 12 දක්වා)
setup-pin-repeat-label = ඔබේ PIN අංකය නැවත ටයිප් කරන්න
setup-duress-title = හදිසි PIN අංකය (මෙය මඟ හැරිය හැක)
setup-duress-intro = යමෙක් ඔබට බලෙන් මේ යෙදුම විවෘත කරවන්නේ නම්, ඒ වෙනුවට මේ අනෙක් PIN අංකය ටයිප් කරන්න. යෙදුම හිස් ලෙස පෙනෙනු ඇත. එහි ඇති සියල්ල කිසිම ලකුණක් නැතිව මැකී යයි.
setup-duress-label = හදිසි PIN අංකය
setup-submit = මගේ PIN අංකය සුරකින්න
setup-mismatch = PIN අංක දෙක සමාන නැත. කරුණාකර නැවත උත්සාහ කරන්න.

## Language

lang-title = ඔබේ භාෂාව තෝරන්න
lang-intro = ඔබට පසුව සැකසීම් තුළ එය වෙනස් කළ හැක.
lang-search-label = ඔබේ භාෂාව සොයන්න
lang-search-hint = ඔබේ භාෂාවේ නම ඕනෑම භාෂාවකින් ටයිප් කරන්න
lang-search-none = මෙයට ගැළපෙන භාෂාවක් නැත. අකුරු අඩුවෙන් ටයිප් කර බලන්න.
lang-yours = මේ දුරකථනයේ ඇති භාෂා
lang-all = සියලු භාෂා
lang-load-failed = මේ භාෂාව විවෘත කළ නොහැකි වූ නිසා යෙදුම ඉංග්‍රීසියෙන් පෙන්වයි.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = ඔබේ වයස කීයද?
age-intro = ඔබට මෙය මඟ හැරිය හැක. ඔබ අවුරුදු 18 ට අඩු නම්, යෙදුම වඩා සරල වචන භාවිත කර ළමුන් සඳහා උදව් පෙන්වයි.
age-under_18 = අවුරුදු 18 ට අඩු
age-18_to_25 = අවුරුදු 18 සිට 25 දක්වා
age-26_to_59 = අවුරුදු 26 සිට 59 දක්වා
age-60_plus = අවුරුදු 60 හෝ ඊට වැඩි

## Danger check and emergency numbers

danger-title = ඔබ දැන් අනතුරක සිටිනවාද?
danger-yes = ඔව්, මම දැන් අනතුරක සිටිමි
danger-no = නැත, දැන් නොවේ
emergency-title = හදිසි ඇමතුම් අංක
emergency-intro = අන්තර්ජාලය නැතිව වුවද ඔබට මේ අංක අමතන්න පුළුවන්.
emergency-country-label = ඔබේ රට
emergency-police = පොලිසිය සහ හදිසි සේවා
emergency-hotline = මිනිස් ජාවාරමට හසු වූ හෝ බලෙන් වැඩ කරවනු ලබන අයට උදව්
emergency-children = ළමුන්ට සහ තරුණ අයට උදව්
emergency-call = { $number } අමතන්න
emergency-source = මූලාශ්‍රය: { $source }
emergency-checked = පරීක්ෂා කළ දිනය: { $date }
emergency-not-checked = තවම නැවත පරීක්ෂා කර නැත. අංකය ක්‍රියා නොකරන්නේ නම්, හදිසි ඇමතුම් අංකය අමතන්න.
emergency-call-trace = ඇමතුම් සහ කෙටි පණිවිඩ ඔබේ දුරකථනයේ ලැයිස්තුවල රැඳී පවතී. යමෙක් ඔබේ දුරකථනය පරීක්ෂා කරන්නේ නම්, පසුව ඔබට ඒවා මකා දැමිය හැක.
emergency-none = මේ රට සඳහා අප ළඟ තවම අංක නැත. ඔබ අනතුරක නම්, ප්‍රදේශයේ හදිසි ඇමතුම් අංකය අමතන්න.
emergency-continue = ඉදිරියට ගොස් උදව් ඉල්ලන්න

## What help is needed

needs-title = ඔබට අවශ්‍ය කුමන උදව්ද?
needs-intro = ගැළපෙන සියල්ල තෝරන්න. ඔබට මෙය මඟ හැරිය හැක.
need-safety_now = දැන් ආරක්ෂිත වීමට
need-shelter = නවතින්න ආරක්ෂිත තැනක්
need-medical = වෛද්‍යවරයෙක් හෝ බෙහෙත්
need-legal_immigration = ලියකියවිලි, වීසා හෝ නීතිය ගැන උදව්
need-labour_exploitation = රැකියාවේ ගැටලු හෝ පඩි නොලැබීම
need-sexual_exploitation = බලෙන් ලිංගික කටයුතුවලට යොදවා ඇත
need-child_at_risk = දරුවෙක් අනතුරක
need-money_debt = මුදල් හෝ ණය
need-going_home = ගෙදර යාම හෝ පවුලේ අය සොයා ගැනීම
need-interpreter = මගේ භාෂාව කතා කරන කෙනෙක්
need-other = වෙනත් දෙයක්
urgency-title = ඔබට කොතරම් ඉක්මනින් උදව් අවශ්‍යද?
urgency-now = දැන්ම
urgency-today = අද
urgency-this_week = මේ සතියේ
urgency-not_urgent = ටිකක් ඉන්න පුළුවන්
for-whom-title = මේ ඉල්ලීම කා සඳහාද?
for-whom-self = මට
for-whom-someone_else = වෙනත් කෙනෙකුට
for-whom-assisted_by_outreach = මම කෙනෙකුට උදව් කරන ක්ෂේත්‍ර සේවකයෙක්

## Safe contact

contact-title = සහාය සේවාවට ඔබව ආරක්ෂිතව සම්බන්ධ කර ගත හැක්කේ කෙසේද?
contact-intro = අඩුම තරමින් එක් ක්‍රමයක් තෝරන්න. ඔබට ආරක්ෂිත ක්‍රම පමණක් තෝරන්න.
contact-call = දුරකථන ඇමතුම
contact-sms = කෙටි පණිවිඩය (SMS)
contact-messaging_app = පණිවිඩ යෙදුම
contact-email = ඊමේල්
contact-in_person_via_outreach = ක්ෂේත්‍ර සේවකයෙක් හරහා කෙලින්ම හමුවීම
contact-check_back_in_app = පිළිතුර මම මේ යෙදුමෙන් බලන්නම්
contact-phone-label = දුරකථන අංකය, රටේ කේතය සමඟ (උදා: +94…)
contact-app-label = කුමන යෙදුමද? (උදා: WhatsApp, Viber, Signal)
contact-handle-label = ඒ යෙදුමේ ඔබේ නම හෝ අංකය
contact-email-label = ඊමේල් ලිපිනය
times-title = ඔබව සම්බන්ධ කර ගැනීම ආරක්ෂිත වන්නේ කවදාද?
times-intro = ඔබට මෙය මඟ හැරිය හැක. එවිට සහාය සේවාව වඩාත් ප්‍රවේශම් වේ.
times-add = ආරක්ෂිත වේලාවක් එක් කරන්න
times-remove = මේ වේලාව ඉවත් කරන්න
times-from = සිට
times-to = දක්වා
times-days = දින
times-any-day = ඕනෑම දිනයක
times-zone = වේලා කලාපය
weekday-mon = සඳුදා
weekday-tue = අඟහරුවාදා
weekday-wed = බදාදා
weekday-thu = බ්‍රහස්පතින්දා
weekday-fri = සිකුරාදා
weekday-sat = සෙනසුරාදා
weekday-sun = ඉරිදා
voicemail-title = සහාය සේවාවට හඬ පණිවිඩයක් තැබිය හැකිද?
voicemail-yes = ඔව්, හඬ පණිවිඩයක් ආරක්ෂිතයි
voicemail-no = නැත, කිසි විටෙක හඬ පණිවිඩයක් තබන්න එපා
voicemail-unsaid = ඔබ ඇමතුමට පිළිතුරු නොදුන්නොත්, සහාය සේවාව හඬ පණිවිඩයක් තබන්නේ නැත.
code-word-label = රහස් වචනය
code-word-hint = සහාය සේවාව මේ වචනය කියයි. එවිට ඇත්තටම ඔවුන් බව ඔබට දැනගත හැක.
someone-else-title = වෙනත් කෙනෙක් ඇමතුමට පිළිතුරු දුන්නොත්, සහාය සේවාව…
someone-else-hang_up = ඇමතුම විසන්ධි කළ යුතුයි
someone-else-say_wrong_number = වැරදි අංකයක් බව කිව යුතුයි
someone-else-ask_for_code_word = රහස් වචනය ඇසිය යුතුයි
someone-else-other = වෙනත් දෙයක්
someone-else-other-label = ඔවුන් කළ යුත්තේ කුමක්ද?
responder-title = ඔබ කතා කිරීමට කැමති කා සමඟද?
responder-woman = කාන්තාවක්
responder-man = පිරිමියෙක්
responder-any_gender = ඕනෑම කෙනෙක් කමක් නැත
responder-language-label = ඔබට පිළිතුරු ලැබිය යුතු භාෂාව

## More (all optional)

more-title = ඔබ ගැන තව ටිකක්
more-intro = මේ සියල්ලටම පිළිතුරු දීම ඔබේ කැමැත්තයි.
place-label = ඔබ ඉන්නේ කොහේද? නගරයක් හෝ ප්‍රදේශයක් ඇති.
place-hint = ඔබ කැමති දේ පමණක් කියන්න. මේ යෙදුම කිසි විටෙක ඔබේ ස්ථානය භාවිත නොකරයි.
message-label = ඔබේ පණිවිඩය
message-hint = ඔබට ඕනෑම භාෂාවකින් ලිවිය හැක.
message-left =
    { $count ->
        [one] තව අකුරු { $count } ක් ඉතිරියි
       *[other] තව අකුරු { $count } ක් ඉතිරියි
    }

## Consent

consent-title = ඔබේ ඉල්ලීම බැලිය හැක්කේ කාටද?
consent-intro = තීරණය ඔබේ. වඩාත්ම පෞද්ගලික තේරීම දැනටමත් තෝරා ඇත.
consent-hotline_only = සහාය සේවාවට පමණක්
consent-hotline_only-desc = එය කියවන්නේ සහාය සේවා කණ්ඩායම පමණයි. ඔවුන් එය වෙන කිසිවෙකුට දෙන්නේ නැත.
consent-may_refer_to_services = සහාය සේවාවට සහ උදව් කළ හැකි සේවාවලට
consent-may_refer_to_services-desc = ඔබට උදව් කිරීමට, සහාය සේවාව එය නවාතැන්, වෛද්‍යවරුන් හෝ නීතිඥයින් සමඟ බෙදා ගත හැක.
consent-may_involve_police = සහාය සේවාවට, සේවාවලට සහ පොලිසියට
consent-may_involve_police-desc = සහාය සේවාව පොලිසියටද දැනුම් දිය හැක.
consent-child-note = ඔබ අවුරුදු 18 ට අඩු නිසා, ඔබව ආරක්ෂිතව තබා ගැනීමට, ළමුන් ආරක්ෂා කිරීම රාජකාරිය වන අයට සහාය සේවාවට දැනුම් දීමට සිදු විය හැක.

## Review and send

review-title = ඔබේ ඉල්ලීම පරීක්ෂා කරන්න
review-intro = ඔබේ ඉල්ලීම අගුළු දමනු ලැබේ. එවිට එය විවෘත කළ හැක්කේ සහාය සේවාවට පමණයි. ඔබ එය යැවූ පසු, මේ දුරකථනයේ කිසිවෙකුට එය කියවිය නොහැක, ඔබටවත් නොහැක.
review-not-answered = පිළිතුරු දී නැත
review-change = වෙනස් කරන්න
review-needs = අවශ්‍ය උදව්
review-contact = ඔබව සම්බන්ධ කර ගන්නා ආකාරය
review-times = ආරක්ෂිත වේලාවන්
review-more = ඔබ ගැන තවත්
review-consent = එය බැලිය හැක්කේ කාටද
submit = අගුළු දමා සහාය සේවාවට යවන්න
submit-working = ඔබේ ඉල්ලීම අගුළු දමමින්…
submit-done = ඔබේ ඉල්ලීම මේ දුරකථනයේ අගුළු දමා ඇත. අන්තර්ජාලය ඇති විට එය යවනු ලැබේ.

## Status

status-title = ඔබේ ඉල්ලීම්
status-intro = එක් එක් ඉල්ලීම කොතැනද කියා ඔබට මෙතැනින් බලන්න පුළුවන්.
status-empty = තවම ඉල්ලීම් නැත.
status-saved = මේ දුරකථනයේ සුරැකී අගුළු දමා ඇත. අන්තර්ජාලය ඇති විට එය යවනු ලැබේ.
status-sending = දැන් යවමින්…
status-received = සහාය සේවාවට එය ලැබී ඇත. සහාය සේවාවේ රිසිට්පත අපි පරීක්ෂා කළෙමු.
status-needs_attention = මේ ඉල්ලීම ඔබ බැලිය යුතුයි.
status-attempts =
    { $count ->
        [one] { $count } වරක් උත්සාහ කළා
       *[other] { $count } වරක් උත්සාහ කළා
    }
status-hotline-received = සහාය සේවාවේ කෙනෙක් එය කියවන තෙක් රැඳී සිටිමින්.
status-hotline-in_review = සහාය සේවාවේ කෙනෙක් එය කියවමින් සිටී.
status-hotline-answered = සහාය සේවාව ඒ ගැන පියවර ගෙන ඇත.
status-hotline-closed = සහාය සේවාව එය වසා ඇත.
status-hotline-contact_planned = සහාය සේවාවේ කෙනෙක් ඔබව ආරක්ෂිතව සම්බන්ධ කර ගන්නා හැටි සැලසුම් කරමින් සිටී.
status-hotline-needs_interpreter = සහාය සේවාව ඔබේ භාෂාව කතා කරන කෙනෙක් සොයමින් සිටී.
status-hotline-referred = ඔබට උදව් කරන ලෙස සහාය සේවාව හවුල්කාර සංවිධානයකින් ඉල්ලා ඇත.
status-hotline-unknown = සහාය සේවාවෙන් ඒ ගැන පුවතක් ඇත. තව බැලීමට, ආරක්ෂිත වූ විට යෙදුම යාවත්කාලීන කරන්න.
status-replies = සහාය සේවාවෙන් ලැබුණු පණිවිඩ
status-reply-note = සහාය සේවාව මෙයද ලිව්වා (ඔබේ භාෂාවෙන් නොවිය හැක):
status-reply-unreadable = මේ යෙදුමට පරීක්ෂා කළ නොහැකි පණිවිඩයක් ලැබුණු නිසා එය පෙන්වන්නේ නැත.
status-offline = දැන් අන්තර්ජාලය නැත. ඔබේ ඉල්ලීම් මේ දුරකථනයේ ආරක්ෂිතයි.
status-send-now = දැන් යවන්න
status-retry = නැවත උත්සාහ කරන්න
status-check = සහාය සේවාවෙන් පුවත් අහන්න
status-new = අලුත් ඉල්ලීමක් අරඹන්න

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = අපි ඔබේ ඉල්ලීම කියෙව්වා. ඔබ තෝරාගත් ආකාරයට අපි ඔබව සම්බන්ධ කර ගන්නෙමු.
reply-call_planned = අපි { $day } දින { $from } සිට { $to } අතර (ඔබේ වේලාවෙන්) ඔබට අමතන්නෙමු.
reply-message_planned = අපි { $day } දින { $from } සිට { $to } අතර (ඔබේ වේලාවෙන්) ඔබට පණිවිඩයක් එවන්නෙමු.
reply-interpreter = ඔබේ භාෂාව කතා කරන පරිවර්තකයෙක් අපි සොයමින් සිටිමු. ඉක්මනින් ඔබව සම්බන්ධ කර ගන්නෙමු.
reply-referred = ඔබට ළඟ ඇති හවුල්කාර සංවිධානයකින් උදව් කරන්න කියා අපි ඉල්ලුවා. ඔබ තෝරාගත් ආකාරයට ඔවුන් ඔබව සම්බන්ධ කර ගනීවි.
reply-call_us = ඔබට ආරක්ෂිත වූ විට කරුණාකර අපට අමතන්න. වේලාව තෝරන්නේ ඔබයි.
reply-danger = ඔබ දැන් අනතුරක නම්, හදිසි ඇමතුම් අංකය අමතන්න. එය මේ යෙදුමේ ඇත.
reply-closed = අපි ඔබේ ඉල්ලීම වසා දැමුවා. ඔබට ඕනෑම වේලාවක අලුත් ඉල්ලීමක් යැවිය හැක.
reply-unknown = යෙදුමේ මේ සංස්කරණයට පෙන්විය නොහැකි පණිවිඩයක් සහාය සේවාව එවා ඇත. ආරක්ෂිත වූ විට කරුණාකර යෙදුම යාවත්කාලීන කරන්න.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = ඔබේ ඉල්ලීම වසා ඇත. උදව් ලැබුණේ කොහොමද කියා අපට කියන්න කැමතිද? කෙටි ප්‍රශ්න 3 ක් පමණයි. ඔබට ඒවා මඟ හැරිය හැක.
feedback-private = ඔබේ පිළිතුරු යවන්නේ ඔබේ ඉල්ලීම හෝ නම නැතිවයි. සහාය සේවාවට පෙනෙන්නේ මුළු ගණන් පමණයි.
feedback-start = පිළිතුරු දෙන්න
feedback-skip = එපා, ස්තුතියි
feedback-send = පිළිතුරු යවන්න
feedback-q-helped = ඔබට අවශ්‍ය උදව් ලැබුණාද?
feedback-q-safe = අපි ඔබව සම්බන්ධ කර ගත් විට ඔබට ආරක්ෂිත බවක් දැනුණාද?
feedback-q-recommend = ඔබ අප ගැන මිතුරෙකුට කියනවාද?
feedback-a-yes = ඔව්
feedback-a-partly = ටිකක්
feedback-a-no = නැත
feedback-thanks = ස්තුතියි. ඔබේ පිළිතුරු යවනු ලැබේ.
feedback-declined = කමක් නැත. අපි ආයෙත් අහන්නේ නැත.
feedback-failed = එය සාර්ථක වුණේ නැත. කරුණාකර නැවත උත්සාහ කරන්න.
problem-unknown_key = මේ ඉල්ලීම යැවීමට පෙර මේ යෙදුම යාවත්කාලීන කළ යුතුයි.
problem-conflict = සහාය සේවාව ළඟ එම අංකයම ඇති වෙනත් ඉල්ලීමක් ඇත. කරුණාකර වෙනත් ක්‍රමයකින් සහාය සේවාව සම්බන්ධ කර ගන්න.
problem-malformed = සහාය සේවාවට මේ ඉල්ලීම කියවිය නොහැකි විය. කරුණාකර අලුත් ඉල්ලීමක් අරඹන්න.
problem-too_large = මේ ඉල්ලීම දිග වැඩියි. කරුණාකර කෙටි පණිවිඩයක් සමඟ අලුත් එකක් අරඹන්න.
problem-unsupported_media_type = මේ ඉල්ලීම යැවීමට පෙර මේ යෙදුම යාවත්කාලීන කළ යුතුයි.
problem-other = ජාලය හෝ සහාය සේවාව මේ ඉල්ලීම ප්‍රතික්ෂේප කළා. ඔබට නැවත උත්සාහ කළ හැක, නැත්නම් වෙනත් ජාලයක් උත්සාහ කරන්න.

## Several people on one device (outreach)

drafts-title = තවම නොයැවූ ඉල්ලීම්
drafts-continue = දිගටම කරන්න
drafts-delete = මකන්න
drafts-none = කිසිවක් රැඳී නැත.
review-reference = මේ පුද්ගලයා මේ දුරකථනය තමා ළඟ තබා නොගනී: ඔහුට කේතයක් දෙන්න
review-reference-hint = කේතයෙන්, මේ යෙදුම ඇති ඕනෑම දුරකථනයක සහාය සේවාවේ පිළිතුරු ඔහුට කියවිය හැක. මේ දුරකථනය පෙන්වන්නේ සහාය සේවාවට ඉල්ලීම ලැබුණාද යන්න පමණි.
assisted-organisation-label = ඔබේ ආයතනය (ඔබ, ක්ෂේත්‍ර සේවකයා)
assisted-hint = ඔබ මේ පුද්ගලයාට උදව් කළ බවත්, ඔබ වැඩ කරන්නේ කා සමඟද යන්නත් සහාය සේවාවට පෙනේවි.
assisted-channel-label = සහාය සේවාවට ඔබව සම්බන්ධ කර ගත හැකි ආකාරය (ඔබ කැමති නම් පමණයි)
reference-title = පුද්ගලයාගේ කේතය
reference-intro = මේ වචන ඒ පුද්ගලයාට දෙන්න. ඒවායින්, මේ යෙදුම ඇති ඕනෑම දුරකථනයක සහාය සේවාවේ පිළිතුරු ඔහුට කියවිය හැක. මේ දුරකථනය ඒවා කොහේවත් ලියා නොතබයි, ඒ පුද්ගලයාට ඒවා ලැබුණු පසු ඒවා අමතක කරයි.
reference-for-person = මේ වචන ඔබේ ය. ඒවායින් ඔබට සහාය සේවාවේ පිළිතුරු කියවිය හැක. මේ යෙදුම ඇති ඕනෑම දුරකථනයක “{ $requests }” විවෘත කර, ඊට පසු “{ $check }” ඔබා, වචන හෝ ඉලක්කම් ටයිප් කරන්න. ඒවා ආරක්ෂිතව තබා ගන්න: ඒවා ඇති ඕනෑම කෙනෙකුට පිළිතුරු කියවිය හැක.
reference-words = වචන
reference-digits = එම කේතයම ඉලක්කම්වලින්
reference-request = ඉල්ලීම { $number }
reference-done = පුද්ගලයා ළඟ ඔහුගේ කේතය ඇත
reference-again = කේතය පෙන්වමින් තිබියදී යෙදුම අගුළු වැටුණි. මෙන්න එය නැවතත්: දැන් එය ඒ පුද්ගලයාට දෙන්න.
status-check-reference = කේතයක් පරීක්ෂා කරන්න
check-reference-title = කේතයක් පරීක්ෂා කරන්න
check-reference-intro = ඔබට දුන් වචන හෝ ඉලක්කම් ටයිප් කරන්න. මේ දුරකථනය ඒවා හෝ පිළිතුරු තබා නොගනී.
check-reference-no-hotline = මේ යෙදුම තවම සහාය සේවාවකට සම්බන්ධ කර නැත, එබැවින් මෙහි කේතයක් පරීක්ෂා කළ නොහැක. කරුණාකර මේ යෙදුම ඇති වෙනත් දුරකථනයකින් උත්සාහ කරන්න.
check-reference-label = වචන හෝ ඉලක්කම්
check-reference-submit = පරීක්ෂා කරන්න
check-reference-working = පරීක්ෂා කරමින්. තත්පර කිහිපයක් ගත විය හැක…
check-reference-no-replies = සහාය සේවාවෙන් තවම පණිවිඩ නැත.
check-reference-show-in = { $language } භාෂාවෙන් පෙන්වන්න
worker-title = ක්ෂේත්‍ර වැඩ
worker-working-as = ඔබ වැඩ කරන්නේ: { $organisation }
worker-intro = ඔබ උදව් කරන සෑම කෙනෙක්ම තම භාෂාවෙන් පිළිතුරු දෙයි. පිළිතුරු මුද්‍රා තබා මෙම දුරකථනයෙන් යයි, ඒ පුද්ගලයා කේතයක් රැගෙන යයි. මෙහි ඉතිරි වන්නේ එක් එක් ඉල්ලීමේ අංකය සහ තත්ත්වය පමණි.
worker-new-person = අලුත් කෙනෙකුට උදව් කරන්න
handover-title = ඔබට පමණක් ප්‍රශ්න
handover-worker = දැන් දුරකථනය ඒ පුද්ගලයාට දෙන්න. ඊළඟ ප්‍රශ්නවලට ඔහු තනිවම පිළිතුරු දෙයි, ඔබට ඔහුගේ පිළිතුරු නොපෙනේ.
handover-person = ඊළඟ ප්‍රශ්න ඔබට පමණි. ඔබට උදව් කරන කෙනාට ඔබේ පිළිතුරු නොපෙනේ.
handover-start = අරඹන්න
giveback-title = ස්තූතියි
giveback-intro = ඔබේ පිළිතුරු මුද්‍රා තබා ඇත. ඔබට උදව් කරන කෙනාට ඒවා දැකිය නොහැක. දැන් දුරකථනය ආපසු දෙන්න.
giveback-button = දුරකථනය ආපසු දෙන්න
review-private = මෙයට ඒ පුද්ගලයා තනිවම පිළිතුරු දුන්නා. පෙන්වන්නේ නැත.
review-assisted-as = ඔබ උදව් කළ බව උපකාරක සේවාව මෙලෙස දකියි: { $organisation }
review-later = දැන් නොවේ: “තවම නොයැවූ ඉල්ලීම්” තුළ තබන්න
review-hand-again = දුරකථනය නැවත ඒ පුද්ගලයාට දෙන්න
review-hand-again-hint = ඒ පුද්ගලයා තනිවම දුන් පිළිතුරු වෙනස් කිරීමට කැමති නම්, නැතහොත් එහි යමක් නිවැරදි කළ යුතු නම්, මෙය භාවිත කරන්න. ඉල්ලීම බැලිය හැක්කේ කාටද යන ප්‍රශ්නය ඔහු නැවත දැක, නැවත තෝරයි.
review-private-fix = ඒ පුද්ගලයා තනිවම දුන් පිළිතුරුවල යමක් නිවැරදි කළ යුතුයි. එය නිවැරදි කළ හැක්කේ ඔහුට පමණි: දුරකථනය නැවත ඔහුට දෙන්න.
age-given-back-worker = ඔබ වයස “අවුරුදු 18 ට අඩු” ලෙස හෝ එයින් වෙනත් වයසකට වෙනස් කළහොත්, ඉල්ලීම බැලිය හැක්කේ කාටද යන ප්‍රශ්නය ඒ පුද්ගලයා නැවත දැකිය යුතුයි: ඔබ දුරකථනය තවත් වරක් ඔහුට දෙනු ඇත.
age-reopened-worker = වයස වෙනස් කිරීම, ඉල්ලීම බැලිය හැක්කේ කාටද යන්න ගැන ඒ පුද්ගලයාගේ තේරීමට බලපායි. දිගටම කරන්න: ඔබ දුරකථනය නැවත ඔහුට දෙනු ඇත, ඔහු නැවත තෝරයි.
setup-worker = මම ක්ෂේත්‍ර සේවකයෙක්: අන් අයට උදව් ඉල්ලීමට මම උදව් කරමි
setup-worker-hint = ඔබ උදව් කරන සෑම ඉල්ලීමකම උපකාරක සේවාව ඔබේ ආයතනය දකියි.
worker-org-needed = ඔබේ සංවිධානයේ නම ලියන්න, නැතහොත් ක්ෂේත්‍ර සේවක ආකාරය අක්‍රිය කරන්න.
settings-worker-title = ක්ෂේත්‍ර සේවක ආකාරය
settings-worker-intro = මෙම දුරකථනයෙන් අන් අයට ඉල්ලීම් යැවීමට උදව් කරන්න. ඔවුන්ගේ පිළිතුරු මුද්‍රා තැබේ, සෑම කෙනෙක්ම කේතයක් රැගෙන යයි.
settings-worker-on = සක්‍රිය කරන්න
settings-worker-save = වෙනස්කම් සුරකින්න
settings-worker-off = අක්‍රිය කරන්න
settings-worker-saved = හරි. ක්ෂේත්‍ර සේවක ආකාරය සක්‍රියයි.
settings-worker-removed = හරි. ක්ෂේත්‍ර සේවක ආකාරය අක්‍රියයි.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = හඬ නගා කියවන්න: { $text }
speak-stop = කියවීම නවත්වන්න
speak-no-voice = මේ දුරකථනයේ මේ භාෂාවට හඬක් නැත.
speak-unavailable = දැන් මේ දුරකථනයේ හඬ නගා කියවීම ක්‍රියා නොකරයි.
speak-headphones = ළඟ සිටින කෙනෙකුට ඇසිය හැකි නම්, හෙඩ්ෆෝන් භාවිත කරන්න.

## Settings

settings-title = සැකසීම්
settings-language = භාෂාව
settings-read-aloud = සෑම තිරයක්ම විවෘත වන විට එය හඬ නගා කියවන්න
settings-lock = දැන් අගුළු දමන්න
settings-less-protected = මේ උපාංගයේ ආරක්ෂාව අඩුයි: මෙහි ආරක්ෂිත යතුරු ගබඩාවක් නැත. ඒ නිසා යෙදුමේ ගොනු පිටපත් කරන ඕනෑම කෙනෙකුට ඔබේ PIN අංකය අනුමාන කිරීමට උත්සාහ කළ හැක. දිගු PIN අංකයක් ඔබව වඩා හොඳින් ආරක්ෂා කරයි.
settings-duress-title = හදිසි PIN අංකය
settings-duress-intro = යමෙක් ඔබට බලෙන් යෙදුම විවෘත කරවන විට සඳහා දෙවන PIN අංකයක්. එය කිසිම ලකුණක් නැතිව සියල්ල මකා දමයි.
settings-current-pin = ඔබේ PIN අංකය
settings-duress-save = හදිසි PIN අංකය සුරකින්න
settings-duress-remove = හදිසි PIN අංකය ඉවත් කරන්න
settings-pin-title = ඔබේ PIN අංකය වෙනස් කරන්න
settings-new-pin = අලුත් PIN අංකය (ඉලක්කම් 6 සිට 12 දක්වා)
settings-new-pin-again = අලුත් PIN අංකය නැවත
settings-pin-save = PIN අංකය වෙනස් කරන්න
settings-pin-changed = ඔබේ PIN අංකය වෙනස් කළා. මෙතැන් සිට අලුත් PIN අංකය භාවිත කරන්න.
settings-duress-saved = හරි. ඔබේ හදිසි PIN අංකය සුරැකුණා.
settings-duress-removed = හරි. දැන් හදිසි PIN අංකයක් නැත.
pin-wrong-left =
    { $count ->
        [one] ඒ PIN අංකය නිවැරදි නැත. තව { $count } වරක් වැරදි PIN අංකයක් ඇතුළත් කළොත්, මේ දුරකථනයේ සියල්ල මැකී යයි.
       *[other] ඒ PIN අංකය නිවැරදි නැත. තව { $count } වරක් වැරදි PIN අංකයක් ඇතුළත් කළොත්, මේ දුරකථනයේ සියල්ල මැකී යයි.
    }
settings-wipe-title = සියල්ල මකන්න
settings-wipe-intro = මෙය මේ දුරකථනයේ ඇති සියලු ඉල්ලීම් සහ කෙටුම්පත් මකා දමයි. එය ආපසු ගත නොහැක. සහාය සේවාවට දැනටමත් ලැබී ඇති ඉල්ලීම් සහාය සේවාව ළඟම පවතී.
settings-wipe-confirm = ඔව්, සියල්ල මකන්න

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = ඔයා දැන් අනතුරකද?
danger-yes-child = ඔව්, මම අනතුරක
danger-no-child = නැහැ, දැන් නැහැ
emergency-intro-child = ඔයාට මේ අංකවලට කතා කරන්න පුළුවන්. අන්තර්ජාලය ඕනෑ නැහැ.
emergency-call-trace-child = ඔයාගේ දුරකථනය ඇමතුම් සහ පණිවිඩ ලැයිස්තුවක් තියාගන්නවා. කවුරුහරි ඒක දකියි කියලා ඔයා බය නම්, පස්සේ ඔයාට ඒවා මකන්න පුළුවන්.
needs-title-child = ඔයාට මොකකටද උදව් ඕනෑ?
needs-intro-child = ඔයාට ඇත්ත හැම දේම ඔබන්න. මේක මඟ හරින්නත් පුළුවන්.
need-legal_immigration-child = ලියකියවිලි ගැන උදව්
need-labour_exploitation-child = කවුරුහරි මට බලෙන් වැඩ කරවනවා
need-sexual_exploitation-child = කවුරුහරි මට බලෙන් ලිංගික දේවල් කරවනවා
need-money_debt-child = කවුරුහරි කියනවා මම එයාට සල්ලි ණයයි කියලා
need-going_home-child = මට ගෙදර යන්න හෝ මගේ පවුල හොයාගන්න ඕනෑ
need-child_at_risk-child = වෙන ළමයෙක් අනතුරක
urgency-title-child = ඔයාට උදව් ඕනෑ කවදාද?
for-whom-title-child = උදව් ඕනෑ කාටද?
for-whom-self-child = මට
contact-title-child = අපිට ඔයා එක්ක ආරක්ෂිතව කතා කරන්න පුළුවන් කොහොමද?
contact-intro-child = ඔයාට ආරක්ෂිත ක්‍රමයක් තෝරන්න. වෙන කිසිවෙකුට ඒක පේන්න හොඳ නැහැ.
times-title-child = අපිට ඔයාට කතා කරන්න හෝ ලියන්න ආරක්ෂිත කවදාද?
times-intro-child = මේක මඟ හරින්න පුළුවන්. එතකොට අපි ගොඩක් පරිස්සම් වෙනවා.
voicemail-title-child = අපිට හඬ පණිවිඩයක් තියන්න පුළුවන්ද?
someone-else-title-child = වෙන කෙනෙක් ඇමතුමට උත්තර දුන්නොත්, අපි මොකද කරන්න ඕනෑ?
responder-title-child = ඔයා කතා කරන්න කැමති කා එක්කද?
more-title-child = තව මොනවා හරි තියෙනවාද?
more-intro-child = ඔයා උත්තර දෙන්නම ඕනෑ නැහැ.
place-label-child = ඔයා ඉන්නේ කොහේද? නගරයක නම ඇති.
message-label-child = කැමති නම්, මොකද වෙන්නේ කියලා අපිට කියන්න
consent-title-child = ඔයා ලියපු දේ කියවන්න පුළුවන් කාටද?
consent-intro-child = ඔයා තෝරන්න. වඩාත්ම ආරක්ෂිත තේරීම දැනටමත් තෝරලා තියෙනවා.
consent-hotline_only-desc-child = ඒක කියවන්නේ සහාය සේවාවේ උදව් කරන අය විතරයි. ඔවුන් ඒක රහසක් විදිහට තියාගන්නවා.
consent-may_refer_to_services-desc-child = සහාය සේවාවට ළමයින්ව ආරක්ෂා කරන අයට කියන්න පුළුවන්, දොස්තර කෙනෙක්, ආරක්ෂිත නිවසක් හෝ නීතිඥයෙක් වගේ.
consent-may_involve_police-desc-child = ඔයාට රිදවන අයව නවත්වන්න, සහාය සේවාවට පොලිසියටත් කියන්න පුළුවන්.
review-title-child = ඔයාගේ උත්තර බලන්න
review-intro-child = ඔයා මේක යැව්වම, ඒක අගුළු වැටෙනවා. ඒක ඇරින්න පුළුවන් සහාය සේවාවට විතරයි. මේ දුරකථනයේ කාටවත් ඒක කියවන්න බැහැ, ඔයාටවත් බැහැ.
submit-done-child = ඔයාගේ පණිවිඩය මේ දුරකථනයේ අගුළු දාලා තියෙන්නේ. අන්තර්ජාලය තියෙන විට ඒක යවයි.
handover-title-child = මේ ප්‍රශ්න ඔයාට විතරයි
handover-person-child = ඊළඟ ප්‍රශ්නවලට උත්තර දෙන්නේ ඔයා විතරයි. ඔයාට උදව් කරන කෙනාට ඔයා කියන දේ පේන්නේ නැහැ.
giveback-intro-child = ඔයාගේ උත්තර අගුළු දාලා තියෙන්නේ. ඔයාට උදව් කරන කෙනාට ඒවා බලන්න බැහැ. දැන් දුරකථනය එයාට ආපසු දෙන්න.
reference-for-person-child = මේ වචන ඔයාට විතරයි. මේවායින් සහාය සේවාව ඔයාට ලියන දේ ඔයාට කියවන්න පුළුවන්. මේ යෙදුම තියෙන ඕනෑම දුරකථනයක “{ $requests }” ඔබන්න, ඊට පස්සේ “{ $check }” ඔබන්න, වචන හෝ ඉලක්කම් ටයිප් කරන්න. ඒවා රහසක් විදිහට තියාගන්න: ඒවා තියෙන ඕනෑම කෙනෙකුට උත්තර කියවන්න පුළුවන්.

## Errors (codes come from the app's core)

error-wrong_pin = ඒ PIN අංකය නිවැරදි නැත.
error-locked = කරුණාකර පළමුව ඔබේ PIN අංකයෙන් යෙදුම විවෘත කරන්න.
error-no_hotline = මේ යෙදුම තවම සහාය සේවාවකට සම්බන්ධ කර නැත. ඔබේ කෙටුම්පත සුරැකී ඇත.
error-invalid = සමහර පිළිතුරු වෙනස් කළ යුතුයි. කරුණාකර ලකුණු කළ ප්‍රශ්න බලන්න.
error-pin_too_short = PIN අංකයක ඉලක්කම් 6 සිට 12 දක්වා ඇත.
error-duress_same_as_pin = හදිසි PIN අංකය ඔබේ PIN අංකයට වඩා වෙනස් විය යුතුයි.
error-worker_drafts_open = ඔබ උදව් කරන අයගේ ඉල්ලීම් යවා නැති තාක් ක්ෂේත්‍ර සේවක ආකාරය සක්‍රියව පවතී. ඒවා යවන්න, නැතහොත් “තවම නොයැවූ ඉල්ලීම්” තුළ ඒවා මකන්න, ඉන්පසු එය අක්‍රිය කරන්න.
error-already_set_up = මේ යෙදුම දැනටමත් සකසා ඇත.
error-not_found = මෙය සොයාගත නොහැකි විය. එය මකා දමා තිබිය හැක.
error-internal = යමක් වැරදුණා. ඔබ සුරැකූ ඉල්ලීම් ආරක්ෂිතයි. කරුණාකර නැවත උත්සාහ කරන්න.
error-not_set_up = මේ යෙදුම තවම සකසා නැත. කරුණාකර පළමුව PIN අංකයක් තෝරන්න.
error-busy = යෙදුම දැන් යවමින් සිටී. කරුණාකර මොහොතකින් නැවත උත්සාහ කරන්න.
error-status_unavailable = දැන් සහාය සේවාවෙන් විමසිය නොහැක. ඔබේ ඉල්ලීම ආරක්ෂිතයි. කරුණාකර පසුව නැවත උත්සාහ කරන්න.
error-malformed = සමහර පිළිතුරු කියවිය නොහැකි විය. කරුණාකර ඒවා පරීක්ෂා කර නැවත උත්සාහ කරන්න.
error-too_large = මෙය යැවීමට දිග වැඩියි. කරුණාකර ඔබේ පණිවිඩය කෙටි කරන්න.
error-unsupported_version = මේ යෙදුම යාවත්කාලීන කළ යුතුයි.
error-profile = මේ යෙදුමේ සහාය සේවා තොරතුරු නිවැරදි නැත. ඔබේ කෙටුම්පත සුරැකී ඇත. කරුණාකර යාවත්කාලීන කළ යෙදුමක් ලබා ගන්න.
error-sync_client = යෙදුමට දැන් ආරක්ෂිතව සම්බන්ධ විය නොහැක. ඔබේ ඉල්ලීම සුරැකී ඇති අතර පසුව යවනු ලැබේ.
error-already_exists = මෙය දැනටමත් සුරැකී ඇත.
error-empty_pin = කරුණාකර ඔබේ PIN අංකය ටයිප් කරන්න.
error-invalid_kdf_params = මේ යෙදුමේ සැකසීම් නිවැරදි නැත. කරුණාකර යාවත්කාලීන කළ යෙදුමක් ලබා ගන්න.
error-device_secret_unavailable = යෙදුමට මේ දුරකථනයේ ආරක්ෂිත ගබඩාව වෙත ළඟා විය නොහැක. කරුණාකර දුරකථනය නැවත පණගන්වා නැවත උත්සාහ කරන්න.
error-envelope = ඔබේ ඉල්ලීම සහාය සේවාව සඳහා අගුළු දැමිය නොහැකි විය. එය තවමත් කෙටුම්පතක් ලෙස සුරැකී ඇත.
error-receipt_mismatch = සහාය සේවාවේ පිළිතුර පරීක්ෂා කළ නොහැකි විය. ඔබේ ඉල්ලීම නැවත යවනු ලැබේ.
error-corrupt = යෙදුමේ සුරැකි දත්ත හානි වී ඇත. එය විවෘත කළ නොහැක.
error-io = දුරකථනයට මෙය සුරැකිය නොහැකි විය. එය පිරී ඇතිවා විය හැක. කරුණාකර ඉඩ ටිකක් නිදහස් කර නැවත උත්සාහ කරන්න.
error-database = යෙදුමට එහි දත්ත කියවීමට හෝ සුරැකීමට නොහැකි විය. ඔබ සුරැකූ ඉල්ලීම් ආරක්ෂිතයි. කරුණාකර නැවත උත්සාහ කරන්න.
error-pin_too_long = PIN අංකයක ඉලක්කම් 6 සිට 12 දක්වා ඇත.
error-pin_not_digits = PIN අංකයක ඇත්තේ ඉලක්කම් පමණයි.
error-reference_word_count = කේතයක වචන 9ක් ඇත. ඔබ සියල්ල ටයිප් කළාදැයි බලන්න.
error-reference_unknown_word = එක් වචනයක් නිවැරදි නැත. අක්ෂර වින්‍යාසය බලන්න.
check-reference-wrong-word = { $number } වන වචනය නිවැරදි නැත. අක්ෂර වින්‍යාසය බලන්න.
error-reference_digits = කේතයක ඉලක්කම් 22ක් ඇත. ඔබ සියල්ල ටයිප් කළාදැයි බලන්න.
error-reference_check = එක් වචනයක් හෝ ඉලක්කමක් නිවැරදි නැත. එකින් එක බලා නැවත උත්සාහ කරන්න.
error-reference_not_found = මේ කේතය සහිත ඉල්ලීමක් තවම සහාය සේවාව ළඟ නැත. එය යවා ඇත්තේ අන්තර්ජාලය නැති දුරකථනයකින් නම්, ඒ දුරකථනයට නැවත අන්තර්ජාලය ලැබුණු විට එය සහාය සේවාවට ලැබේ. කරුණාකර පසුව නැවත උත්සාහ කරන්න. තවමත් හමු නොවේ නම්, එක් එක් වචනය හෝ ඉලක්කම බලන්න.
field-error-empty = කරුණාකර මෙය පුරවන්න, නැත්නම් ප්‍රශ්නය මඟ හරින්න.
field-error-not_trimmed = කරුණාකර මුලේ හෝ අගේ ඇති හිස්තැන් ඉවත් කරන්න.
field-error-too_long = මෙය දිග වැඩියි. උපරිම අකුරු { $max } යි.
field-error-too_many_bytes = මෙය දිග වැඩියි.
field-error-too_many = ගණන වැඩියි. උපරිම { $max } යි.
field-error-duplicate = මෙය ලැයිස්තුවේ දෙවරක් ඇත.
field-error-control_characters = මෙහි භාවිත කළ නොහැකි අකුරු ඇත.
field-error-invalid_phone = මේ දුරකථන අංකය නිවැරදි බවක් පෙනෙන්නේ නැත. + සහ රටේ කේතයෙන් අරඹන්න.
field-error-invalid_region = මේ රට හඳුනා ගත නොහැක.
field-error-invalid_email = මේ ඊමේල් ලිපිනය නිවැරදි බවක් පෙනෙන්නේ නැත.
field-error-invalid_language = මේ භාෂාව හඳුනා ගත නොහැක.
field-error-invalid_time_zone = මේ වේලා කලාපය හඳුනා ගත නොහැක.
field-error-invalid_time = කරුණාකර එකිනෙකට වෙනස් ආරම්භක සහ අවසාන වේලාවක් තෝරන්න.
field-error-no_contact_method = කරුණාකර ඔබව සම්බන්ධ කර ගැනීමට අඩුම තරමින් එක් ක්‍රමයක් තෝරන්න. "පිළිතුර මම මේ යෙදුමෙන් බලන්නම්" ඇති.
field-error-unsupported_version = මේ යෙදුම යාවත්කාලීන කළ යුතුයි.
