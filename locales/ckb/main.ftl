## Reach — کوردیی سۆرانی (Central Kurdish, Sorani)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = کوردیی سۆرانی
# The language's name in English, for the language search.
-locale-english = Central Kurdish (Sorani)
-locale-dir = rtl
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ژمێرەر
quick-exit = دەرچوونی خێرا
quick-exit-hint = ئەم ئەپە یەکسەر دەشارێتەوە
back = گەڕانەوە
next = دواتر
skip = ئەمە تێپەڕێنە
save = پاشەکەوتکردن
cancel = هەڵوەشاندنەوە
close = داخستن
done = تەواو
optional = دڵخواز
step-of = هەنگاوی { $current } لە { $total }
saved-locked = لەسەر ئەم مۆبایلە پاشەکەوت و قوفڵ کراوە

## Calculator (the app's disguise)

calc-label = ژمێرەر
calc-display-label = ئەنجام
calc-clear = C
calc-equals = =
calc-error = هەڵە

## First use: a private PIN

setup-title = ئەم ئەپە تایبەت بکە
setup-intro = ژمارەیەکی نهێنی (PIN) هەڵبژێرە. تەنها خۆت دەبێت بیزانیت.
setup-how = بۆ ئەوەی دواتر ئەم ئەپە بکەیتەوە، ژمارە نهێنییەکەت لەسەر ژمێرەرەکە بنووسە، پاشان = دابگرە.
setup-pin-label = ژمارە نهێنییەکەت (٦ تا ١٢ ژمارە)
setup-pin-repeat-label = ژمارە نهێنییەکەت دووبارە بنووسە
setup-duress-title = ژمارەی نهێنیی فریاکەوتن (دەتوانیت ئەمە تێپەڕێنیت)
setup-duress-intro = ئەگەر کەسێک ناچارت بکات ئەم ئەپە بکەیتەوە، لە جیاتی ئەوە ئەم ژمارە نهێنییە جیاوازە بنووسە. ئەپەکە بەتاڵ دەردەکەوێت، و هەموو شتێکی ناوی بەبێ هیچ نیشانەیەک دەسڕدرێتەوە.
setup-duress-label = ژمارەی نهێنیی فریاکەوتن
setup-submit = ژمارە نهێنییەکەم پاشەکەوت بکە
setup-mismatch = ئەم دوو ژمارە نهێنییە وەک یەک نین. تکایە دووبارە هەوڵ بدەرەوە.

## Language

lang-title = زمانەکەت هەڵبژێرە
lang-intro = دەتوانیت دواتر لە ڕێکخستنەکاندا بیگۆڕیت.
lang-search-label = زمانەکەت بدۆزەرەوە
lang-search-hint = ناوی زمانەکەت بنووسە، بە هەر زمانێک بێت
lang-search-none = هیچ زمانێک لەگەڵ ئەمە ناگونجێت. پیتی کەمتر تاقی بکەرەوە.
lang-yours = زمانەکانی سەر ئەم مۆبایلە
lang-all = هەموو زمانەکان
lang-load-failed = ئەم زمانە نەکرایەوە، بۆیە ئەپەکە بە ئینگلیزی پیشان دەدرێت.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = تەمەنت چەندە؟
age-intro = دەتوانیت ئەمە تێپەڕێنیت. ئەگەر تەمەنت لە ١٨ کەمترە، ئەپەکە وشەی سادەتر بەکاردەهێنێت و یارمەتی بۆ منداڵان پیشان دەدات.
age-under_18 = کەمتر لە ١٨
age-18_to_25 = ١٨ تا ٢٥
age-26_to_59 = ٢٦ تا ٥٩
age-60_plus = ٦٠ یان زیاتر

## Danger check and emergency numbers

danger-title = ئێستا لە مەترسیدایت؟
danger-yes = بەڵێ، ئێستا لە مەترسیدام
danger-no = نەخێر، ئێستا نا
emergency-title = ژمارەکانی فریاکەوتن
emergency-intro = دەتوانیت بەبێ ئینتەرنێت پەیوەندی بەم ژمارانەوە بکەیت.
emergency-country-label = وڵاتەکەت
emergency-police = پۆلیس و فریاکەوتن
emergency-hotline = یارمەتی بۆ ئەو کەسانەی بازرگانییان پێوە کراوە یان ناچار کراون کار بکەن
emergency-children = یارمەتی بۆ منداڵان و گەنجان
emergency-call = پەیوەندی بکە بە { $number }
emergency-source = سەرچاوە: { $source }
emergency-checked = پشکنراوە: { $date }
emergency-not-checked = هێشتا دووبارە نەپشکنراوەتەوە. ئەگەر ژمارەکە کار نەکات، پەیوەندی بە ژمارەی فریاکەوتنەوە بکە.
emergency-call-trace = پەیوەندییەکان و نامە کورتەکان لە لیستەکانی مۆبایلەکەتدا دەمێننەوە. ئەگەر کەسێک مۆبایلەکەت بپشکنێت، دەتوانیت دواتر بیانسڕیتەوە.
emergency-none = هێشتا ژمارەمان بۆ ئەم وڵاتە نییە. ئەگەر لە مەترسیدایت، پەیوەندی بە ژمارەی فریاکەوتنی ناوچەکەوە بکە.
emergency-continue = بەردەوام بە و داوای یارمەتی بکە

## What help is needed

needs-title = پێویستیت بە چ یارمەتییەکە؟
needs-intro = هەموو ئەوانەی گونجاون هەڵبژێرە. دەتوانیت ئەمە تێپەڕێنیت.
need-safety_now = ئێستا سەلامەت بم
need-shelter = شوێنێکی سەلامەت بۆ مانەوە
need-medical = دکتۆر یان دەرمان
need-legal_immigration = یارمەتی دەربارەی بەڵگەنامە، ڤیزا یان یاسا
need-labour_exploitation = کێشە لە کار یان پارە وەرنەگرتن
need-sexual_exploitation = ناچارکردن بە سێکس
need-child_at_risk = منداڵێک لە مەترسیدایە
need-money_debt = پارە یان قەرز
need-going_home = گەڕانەوە بۆ ماڵەوە یان دۆزینەوەی خێزان
need-interpreter = کەسێک کە بە زمانەکەی من قسە بکات
need-other = شتێکی تر
urgency-title = کەی پێویستت بە یارمەتییە؟
urgency-now = ئێستا
urgency-today = ئەمڕۆ
urgency-this_week = ئەم هەفتەیە
urgency-not_urgent = دەتوانێت چاوەڕێ بکات
for-whom-title = ئەم داواکارییە بۆ کێیە؟
for-whom-self = بۆ خۆم
for-whom-someone_else = بۆ کەسێکی تر
for-whom-assisted_by_outreach = من کارمەندی مەیدانیم و یارمەتی کەسێک دەدەم

## Safe contact

contact-title = هێڵی یارمەتی چۆن دەتوانێت بە سەلامەتی پەیوەندیت پێوە بکات؟
contact-intro = لانیکەم یەک ڕێگا هەڵبژێرە. تەنها ئەو ڕێگایانە هەڵبژێرە کە بۆ تۆ سەلامەتن.
contact-call = پەیوەندیی تەلەفۆنی
contact-sms = نامەی کورت (SMS)
contact-messaging_app = ئەپی نامەناردن
contact-email = ئیمەیڵ
contact-in_person_via_outreach = ڕووبەڕوو، لە ڕێگەی کارمەندێکی مەیدانییەوە
contact-check_back_in_app = خۆم لەم ئەپەدا سەیری وەڵام دەکەم
# The example number sits in a LEFT-TO-RIGHT ISOLATE (U+2066 … U+2069) so that "+" shows before the digits in right-to-left text.
contact-phone-label = ژمارەی تەلەفۆن، لەگەڵ کۆدی وڵات (بۆ نموونە { "\u2066+964…\u2069" })
contact-app-label = کام ئەپ؟ (بۆ نموونە WhatsApp، Signal)
contact-handle-label = ناو یان ژمارەکەت لەو ئەپەدا
contact-email-label = ناونیشانی ئیمەیڵ
times-title = کەی پەیوەندیکردن پێتەوە سەلامەتە؟
times-intro = دەتوانیت ئەمە تێپەڕێنیت. ئەوکات هێڵی یارمەتی زیاتر ئاگادار دەبێت.
times-add = کاتێکی سەلامەت زیاد بکە
times-remove = ئەم کاتە لابەرە
times-from = لە
times-to = تا
times-days = ڕۆژەکان
times-any-day = هەر ڕۆژێک
times-zone = ناوچەی کات
weekday-mon = دووشەممە
weekday-tue = سێشەممە
weekday-wed = چوارشەممە
weekday-thu = پێنجشەممە
weekday-fri = هەینی
weekday-sat = شەممە
weekday-sun = یەکشەممە
voicemail-title = دەکرێت هێڵی یارمەتی نامەی دەنگی بەجێ بهێڵێت؟
voicemail-yes = بەڵێ، نامەی دەنگی سەلامەتە
voicemail-no = نەخێر، هەرگیز نامەی دەنگی بەجێ مەهێڵن
voicemail-unsaid = ئەگەر وەڵامی ئەم پرسیارە نەدەیتەوە، هێڵی یارمەتی نامەی دەنگی بەجێ ناهێڵێت.
code-word-label = وشەی نهێنی
code-word-hint = هێڵی یارمەتی ئەم وشەیە دەڵێت، تا بزانیت بەڕاستی خۆیانن.
someone-else-title = ئەگەر کەسێکی تر وەڵامی دایەوە، هێڵی یارمەتی دەبێت…
someone-else-hang_up = تەلەفۆنەکە دابخات
someone-else-say_wrong_number = بڵێت ژمارەکە هەڵەیە
someone-else-ask_for_code_word = وشە نهێنییەکە بپرسێت
someone-else-other = شتێکی تر بکات
someone-else-other-label = چی بکەن؟
responder-title = حەز دەکەیت لەگەڵ کێ قسە بکەیت؟
responder-woman = ژنێک
responder-man = پیاوێک
responder-any_gender = هەر کەسێک بێت باشە
responder-language-label = ئەو زمانەی دەتەوێت وەڵامت پێ بدرێتەوە

## More (all optional)

more-title = کەمێکی تر دەربارەی تۆ
more-intro = هەموو ئەمانە دڵخوازن.
place-label = لە کوێیت؟ ناوی شار یان ناوچەیەک بەسە.
place-hint = تەنها ئەوە بڵێ کە خۆت دەتەوێت. ئەم ئەپە هەرگیز شوێنەکەت بەکار ناهێنێت.
message-label = نامەکەت
message-hint = دەتوانیت بە هەر زمانێک بنووسیت.
message-left =
    { $count ->
        [one] یەک پیت ماوە
       *[other] { $count } پیت ماوە
    }

## Consent

consent-title = کێ دەتوانێت داواکارییەکەت ببینێت؟
consent-intro = تۆ بڕیار دەدەیت. تایبەتترین هەڵبژاردن پێشتر هەڵبژێردراوە.
consent-hotline_only = تەنها هێڵی یارمەتی
consent-hotline_only-desc = تەنها تیمی هێڵی یارمەتی دەیخوێنێتەوە. لەگەڵ کەسی تردا بەشی ناکەن.
consent-may_refer_to_services = هێڵی یارمەتی و ئەو شوێنانەی دەتوانن یارمەتی بدەن
consent-may_refer_to_services-desc = هێڵی یارمەتی لەوانەیە لەگەڵ پەناگەکان، دکتۆرەکان یان پارێزەرەکان بەشی بکات، بۆ ئەوەی یارمەتیت بدەن.
consent-may_involve_police = هێڵی یارمەتی، شوێنەکانی یارمەتی و پۆلیس
consent-may_involve_police-desc = هێڵی یارمەتی لەوانەیە پۆلیسیش ئاگادار بکاتەوە.
consent-child-note = لەبەر ئەوەی تەمەنت لە ١٨ کەمترە، لەوانەیە هێڵی یارمەتی ناچار بێت ئەو کەسانە ئاگادار بکاتەوە کە کاریان پاراستنی منداڵانە، بۆ ئەوەی سەلامەت بیت.

## Review and send

review-title = داواکارییەکەت بپشکنە
review-intro = داواکارییەکەت قوفڵ دەکرێت، بۆ ئەوەی تەنها هێڵی یارمەتی بتوانێت بیکاتەوە. دوای ئەوەی ناردت، هیچ کەس ناتوانێت لەسەر ئەم مۆبایلە بیخوێنێتەوە، تەنانەت خۆشت.
review-not-answered = وەڵام نەدراوەتەوە
review-change = گۆڕین
review-needs = یارمەتیی پێویست
review-contact = چۆن پەیوەندیت پێوە بکرێت
review-times = کاتە سەلامەتەکان
review-more = زیاتر دەربارەی تۆ
review-consent = کێ دەتوانێت ببینێت
submit = قوفڵی بکە و بینێرە بۆ هێڵی یارمەتی
submit-working = داواکارییەکەت قوفڵ دەکرێت…
submit-done = داواکارییەکەت لەسەر ئەم مۆبایلە قوفڵ کرا. کاتێک ئینتەرنێت هەبێت دەنێردرێت.

## Status

status-title = داواکارییەکانت
status-intro = لێرە دەبینیت هەر داواکارییەک گەیشتووەتە کوێ.
status-empty = هێشتا هیچ داواکارییەک نییە.
status-saved = لەسەر ئەم مۆبایلە پاشەکەوت و قوفڵ کراوە. کاتێک ئینتەرنێت هەبێت دەنێردرێت.
status-sending = ئێستا دەنێردرێت…
status-received = هێڵی یارمەتی وەریگرتووە. پسوولەی هێڵی یارمەتیمان پشکنی.
status-needs_attention = ئەم داواکارییە پێویستی بە سەرنجی تۆیە.
status-attempts =
    { $count ->
        [one] یەک جار هەوڵ درا
       *[other] { $count } جار هەوڵ درا
    }
status-hotline-received = چاوەڕێی ئەوەیە کەسێک لە هێڵی یارمەتی بیخوێنێتەوە.
status-hotline-in_review = کەسێک لە هێڵی یارمەتی دەیخوێنێتەوە.
status-hotline-answered = هێڵی یارمەتی کاری لەسەر کردووە.
status-hotline-closed = هێڵی یارمەتی دایخستووە.
status-hotline-contact_planned = کەسێک لە هێڵی یارمەتی پلان دادەنێت کە چۆن بە سەلامەتی پەیوەندیت پێوە بکات.
status-hotline-needs_interpreter = هێڵی یارمەتی بەدوای کەسێکدا دەگەڕێت کە بە زمانەکەت قسە بکات.
status-hotline-referred = هێڵی یارمەتی داوای لە ڕێکخراوێکی هاوبەش کردووە یارمەتیت بدات.
status-hotline-unknown = هێڵی یارمەتی هەواڵی نوێی لەبارەیەوە هەیە. کاتێک سەلامەت بوو، ئەپەکە نوێ بکەرەوە بۆ ئەوەی زیاتر ببینیت.
status-replies = نامەکانی هێڵی یارمەتی
status-reply-note = هێڵی یارمەتی ئەمەشی نووسیوە (لەوانەیە بە زمانەکەی تۆ نەبێت):
status-reply-unreadable = نامەیەک گەیشت کە ئەم ئەپە نەیتوانی بیپشکنێت، بۆیە پیشان نادرێت.
status-offline = ئێستا ئینتەرنێت نییە. داواکارییەکانت لەسەر ئەم مۆبایلە سەلامەتن.
status-send-now = ئێستا بینێرە
status-retry = دووبارە هەوڵ بدەرەوە
status-check = هەواڵ لە هێڵی یارمەتی بپرسە
status-new = داواکارییەکی نوێ دەست پێ بکە

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = داواکارییەکەتمان خوێندەوە. بەو ڕێگایەی هەڵتبژاردووە پەیوەندیت پێوە دەکەین.
reply-call_planned = ڕۆژی { $day } لە نێوان { $from } و { $to } (بە کاتی خۆت) تەلەفۆنت بۆ دەکەین.
reply-message_planned = ڕۆژی { $day } لە نێوان { $from } و { $to } (بە کاتی خۆت) نامەت بۆ دەنێرین.
reply-interpreter = بەدوای وەرگێڕێکدا دەگەڕێین کە بە زمانەکەت قسە بکات. بەم زووانە پەیوەندیت پێوە دەکەین.
reply-referred = داوامان لە ڕێکخراوێکی هاوبەش کردووە کە نزیکی تۆیە یارمەتیت بدات. ئەوان بەو ڕێگایەی هەڵتبژاردووە پەیوەندیت پێوە دەکەن.
reply-call_us = تکایە هەر کاتێک بۆت سەلامەت بوو، تەلەفۆنمان بۆ بکە. کاتەکە خۆت هەڵیدەبژێریت.
reply-danger = ئەگەر ئێستا لە مەترسیدایت، پەیوەندی بە ژمارەی فریاکەوتنەوە بکە. لەم ئەپەدا دەیدۆزیتەوە.
reply-closed = داواکارییەکەتمان داخست. هەر کاتێک بتەوێت دەتوانیت داواکارییەکی نوێ بنێریت.
reply-unknown = هێڵی یارمەتی نامەیەکی ناردووە کە ئەم وەشانەی ئەپەکە ناتوانێت پیشانی بدات. تکایە کاتێک سەلامەت بوو، ئەپەکە نوێ بکەرەوە.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = داواکارییەکەت داخرا. پێمان دەڵێیت یارمەتییەکە چۆن بوو؟ سێ پرسیاری کورت. دەتوانیت تێیان پەڕێنیت.
feedback-private = وەڵامەکانت بەبێ داواکارییەکەت و بەبێ ناوت دەنێردرێن. هێڵی یارمەتی تەنها کۆی گشتی دەبینێت.
feedback-start = وەڵامدانەوە
feedback-skip = نەخێر، سوپاس
feedback-send = وەڵامەکان بنێرە
feedback-q-helped = ئەو یارمەتییەی پێویستت بوو وەرتگرت؟
feedback-q-safe = کاتێک پەیوەندیمان پێوە کردیت، هەستت بە سەلامەتی کرد؟
feedback-q-recommend = دەربارەی ئێمە بە هاوڕێیەکت دەڵێیت؟
feedback-a-yes = بەڵێ
feedback-a-partly = تا ڕادەیەک
feedback-a-no = نەخێر
feedback-thanks = سوپاس. وەڵامەکانت دەنێردرێن.
feedback-declined = باشە. جارێکی تر ناپرسین.
feedback-failed = سەرکەوتوو نەبوو. تکایە دووبارە هەوڵ بدەرەوە.
problem-unknown_key = ئەم ئەپە پێش ناردنی ئەم داواکارییە پێویستی بە نوێکردنەوە هەیە.
problem-conflict = هێڵی یارمەتی داواکارییەکی تری بە هەمان ژمارە هەیە. تکایە بە ڕێگایەکی تر پەیوەندی بە هێڵی یارمەتییەوە بکە.
problem-malformed = هێڵی یارمەتی نەیتوانی ئەم داواکارییە بخوێنێتەوە. تکایە داواکارییەکی نوێ دەست پێ بکە.
problem-too_large = ئەم داواکارییە زۆر درێژە. تکایە داواکارییەکی نوێ بە نامەیەکی کورتتر دەست پێ بکە.
problem-unsupported_media_type = ئەم ئەپە پێش ناردنی ئەم داواکارییە پێویستی بە نوێکردنەوە هەیە.
problem-other = تۆڕەکە یان هێڵی یارمەتی ئەم داواکارییەی ڕەت کردەوە. دەتوانیت دووبارە هەوڵ بدەیتەوە، یان تۆڕێکی تر تاقی بکەرەوە.

## Several people on one device (outreach)

drafts-title = داواکارییە نەنێردراوەکان
drafts-continue = بەردەوام بە
drafts-delete = سڕینەوە
drafts-none = هیچ شتێک چاوەڕێ ناکات.
review-reference = ئەم کەسە ئەم مۆبایلە لای خۆی ناهێڵێتەوە: کۆدێکی پێ بدە
review-reference-hint = بەم کۆدە دەتوانێت وەڵامەکانی هێڵی یارمەتی لە هەر مۆبایلێک بخوێنێتەوە کە ئەم ئەپەی تێدایە. ئەم مۆبایلە تەنها پیشان دەدات کە ئایا هێڵی یارمەتی داواکارییەکەی وەرگرتووە یان نا.
assisted-organisation-label = ڕێکخراوەکەت (تۆ، کارمەندی مەیدانی)
assisted-hint = هێڵی یارمەتی دەبینێت کە تۆ یارمەتی ئەم کەسەت داوە، و لەگەڵ کێ کار دەکەیت.
assisted-channel-label = هێڵی یارمەتی چۆن دەتوانێت پەیوەندیت پێوە بکات (ئارەزوومەندانە)
reference-title = کۆدی کەسەکە
reference-intro = ئەم وشانە بدە بە کەسەکە. بەم وشانە دەتوانێت وەڵامەکانی هێڵی یارمەتی لە هەر مۆبایلێک بخوێنێتەوە کە ئەم ئەپەی تێدایە. ئەم مۆبایلە لە هیچ شوێنێک نایاننووسێت، و کە لای کەسەکە بوون لەبیریان دەکات.
reference-for-person = ئەم وشانە هی تۆن. بەم وشانە دەتوانیت وەڵامەکانی هێڵی یارمەتی بخوێنیتەوە. لە هەر مۆبایلێک کە ئەم ئەپەی تێدایە، «{ $requests }» بکەرەوە، پاشان «{ $check }»، ئینجا وشەکان یان ژمارەکان بنووسە. بە باشی بیانپارێزە: هەر کەسێک ئەم وشانەی هەبێت دەتوانێت وەڵامەکان بخوێنێتەوە.
reference-words = وشەکان
reference-digits = هەمان کۆد بە ژمارە
reference-request = داواکاری { $number }
reference-done = کۆدەکە لای کەسەکەیە
reference-again = ئەپەکە قوفڵ کرا کاتێک کۆدەکە پیشان دەدرا. ئەوەتا دووبارە: ئێستا بیدە بە کەسەکە.
status-check-reference = پشکنینی کۆد
check-reference-title = پشکنینی کۆد
check-reference-intro = ئەو وشە یان ژمارانە بنووسە کە پێت دراون. ئەم مۆبایلە نە ئەوان هەڵدەگرێت، نە وەڵامەکان.
check-reference-no-hotline = ئەم ئەپە هێشتا بە هێڵی یارمەتییەوە نەبەستراوە، بۆیە ناتوانێت لێرە کۆد بپشکنێت. تکایە لە مۆبایلێکی تر کە ئەم ئەپەی تێدایە هەوڵ بدە.
check-reference-label = وشە یان ژمارە
check-reference-submit = پشکنین
check-reference-working = پشکنین دەکرێت. لەوانەیە چەند چرکەیەک بخایەنێت…
check-reference-no-replies = هێشتا هیچ نامەیەک لە هێڵی یارمەتییەوە نەهاتووە.
check-reference-show-in = پیشاندان بە زمانی { $language }
worker-title = کاری مەیدانی
worker-working-as = تۆ کار دەکەیت وەک: { $organisation }
worker-intro = هەر کەسێک یارمەتی دەدەیت بە زمانی خۆی وەڵام دەداتەوە. وەڵامەکانیان بە مۆرکراوی لەم مۆبایلە دەڕۆن، و کەسەکە کۆدێک لەگەڵ خۆی دەبات. تەنها ژمارە و دۆخی هەر داواکارییەک لێرە دەمێنێتەوە.
worker-new-person = یارمەتیی کەسێکی نوێ بدە
handover-title = پرسیار تەنها بۆ تۆ
handover-worker = ئێستا مۆبایلەکە بدە بە کەسەکە. بە تەنها وەڵامی پرسیارەکانی داهاتوو دەداتەوە، و تۆ وەڵامەکانی نابینیت.
handover-person = پرسیارەکانی داهاتوو تەنها بۆ تۆن. ئەو کەسەی یارمەتیت دەدات وەڵامەکانت نابینێت.
handover-start = دەست پێبکە
giveback-title = سوپاس
giveback-intro = وەڵامەکانت مۆرکران. ئەو کەسەی یارمەتیت دەدات ناتوانێت بیانبینێت. ئێستا مۆبایلەکە بدەرەوە.
giveback-button = مۆبایلەکە بدەرەوە
review-private = کەسەکە بە تەنها وەڵامی ئەمەی داوەتەوە. پیشان نادرێت.
review-assisted-as = هێڵی یارمەتی دەبینێت کە تۆ یارمەتیت داوە، وەک: { $organisation }
review-later = ئێستا نا: لە «داواکارییە نەنێردراوەکان» بیهێڵەرەوە
review-hand-again = مۆبایلەکە دووبارە بدە بە کەسەکە
review-hand-again-hint = ئەمە بەکاربهێنە ئەگەر کەسەکە بیەوێت ئەوەی بە تەنها وەڵامی داوەتەوە بیگۆڕێت، یان شتێک لەوێ پێویستە چاک بکرێت. دووبارە پرسیاری «کێ دەتوانێت ببینێت» دەبینێت و دووبارە هەڵدەبژێرێت.
review-private-fix = شتێک کە کەسەکە بە تەنها وەڵامی داوەتەوە پێویستە چاک بکرێت. تەنها خۆی دەتوانێت چاکی بکات: مۆبایلەکە دووبارە بدە بە کەسەکە.
age-given-back-worker = ئەگەر تەمەنەکە بکەیت بە کەمتر لە ١٨، یان تەمەنێکی کەمتر لە ١٨ بگۆڕیت، کەسەکە پێویستە دووبارە پرسیاری «کێ دەتوانێت ببینێت» ببینێت: جارێکی تر مۆبایلەکەی دەدەیتێ.
age-reopened-worker = گۆڕینی تەمەن کاری کردە سەر هەڵبژاردنی کەسەکە بۆ «کێ دەتوانێت ببینێت». بەردەوام بە: دووبارە مۆبایلەکەی دەدەیتێ و دووبارە هەڵدەبژێرێت.
setup-worker = من کارمەندی مەیدانیم: یارمەتیی کەسانی تر دەدەم بۆ داوای یارمەتی
setup-worker-hint = هێڵی یارمەتی ڕێکخراوەکەت لە هەر داواکارییەک دەبینێت کە یارمەتی تێدا دەدەیت.
worker-org-needed = ناوی ڕێکخراوەکەت بنووسە، یان دۆخی کارمەندی مەیدانی بکوژێنەوە.
settings-worker-title = دۆخی کارمەندی مەیدانی
settings-worker-intro = یارمەتیی کەسانی تر بدە بۆ ناردنی داواکاری لەم مۆبایلەوە. وەڵامەکانیان مۆر دەکرێن، و هەر کەسێک کۆدێک لەگەڵ خۆی دەبات.
settings-worker-on = هەڵیبکە
settings-worker-save = گۆڕانکارییەکان پاشەکەوت بکە
settings-worker-off = بیکوژێنەوە
settings-worker-saved = تەواو. دۆخی کارمەندی مەیدانی هەڵکراوە.
settings-worker-removed = تەواو. دۆخی کارمەندی مەیدانی کوژاوەتەوە.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = بە دەنگ بیخوێنەرەوە: { $text }
speak-stop = خوێندنەوە ڕابگرە
speak-no-voice = لەسەر ئەم مۆبایلە هیچ دەنگێک بۆ ئەم زمانە نییە.
speak-unavailable = ئێستا خوێندنەوە بە دەنگ لەسەر ئەم مۆبایلە کار ناکات.
speak-headphones = ئەگەر کەسێک لە نزیکتەوە بتوانێت گوێی لێ بێت، هێدفۆن بەکاربهێنە.

## Settings

settings-title = ڕێکخستنەکان
settings-language = زمان
settings-read-aloud = هەر شاشەیەک کە دەکرێتەوە بە دەنگ بیخوێنەرەوە
settings-lock = ئێستا قوفڵی بکە
settings-less-protected = پاراستنی کەمتر لەسەر ئەم ئامێرە: لێرە شوێنێکی سەلامەت بۆ هەڵگرتنی کلیل نییە، بۆیە هەر کەسێک فایلەکانی ئەپەکە کۆپی بکات دەتوانێت هەوڵ بدات ژمارە نهێنییەکەت بدۆزێتەوە. ژمارەیەکی نهێنیی درێژتر باشتر دەتپارێزێت.
settings-duress-title = ژمارەی نهێنیی فریاکەوتن
settings-duress-intro = ژمارەیەکی نهێنیی دووەم، بۆ کاتێک کەسێک ناچارت بکات ئەپەکە بکەیتەوە. بەبێ هیچ نیشانەیەک هەموو شتێک دەسڕێتەوە.
settings-current-pin = ژمارە نهێنییەکەت
settings-duress-save = ژمارەی نهێنیی فریاکەوتن پاشەکەوت بکە
settings-duress-remove = ژمارەی نهێنیی فریاکەوتن لابەرە
settings-pin-title = ژمارە نهێنییەکەت بگۆڕە
settings-new-pin = ژمارەی نهێنیی نوێ (٦ تا ١٢ ژمارە)
settings-new-pin-again = دووبارە ژمارەی نهێنیی نوێ
settings-pin-save = گۆڕینی ژمارەی نهێنی
settings-pin-changed = ژمارە نهێنییەکەت گۆڕدرا. لە ئێستاوە ژمارە نهێنییە نوێیەکە بەکاربهێنە.
settings-duress-saved = تەواو. ژمارەی نهێنیی فریاکەوتنەکەت پاشەکەوت کرا.
settings-duress-removed = تەواو. ئێستا هیچ ژمارەیەکی نهێنیی فریاکەوتن نییە.
pin-wrong-left =
    { $count ->
        [one] ئەم ژمارە نهێنییە ڕاست نییە. دوای یەک هەڵەی تر، هەموو شتێک لەسەر ئەم مۆبایلە دەسڕدرێتەوە.
       *[other] ئەم ژمارە نهێنییە ڕاست نییە. دوای { $count } هەڵەی تر، هەموو شتێک لەسەر ئەم مۆبایلە دەسڕدرێتەوە.
    }
settings-wipe-title = هەموو شتێک بسڕەوە
settings-wipe-intro = ئەمە هەموو داواکاری و ڕەشنووسەکانی سەر ئەم مۆبایلە دەسڕێتەوە. ناگەڕێتەوە. ئەو داواکارییانەی هێڵی یارمەتی پێشتر وەریگرتوون، لای هێڵی یارمەتی دەمێننەوە.
settings-wipe-confirm = بەڵێ، هەموو شتێک بسڕەوە

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = ئێستا لە مەترسیدایت؟
danger-yes-child = بەڵێ، لە مەترسیدام
danger-no-child = نەخێر، ئێستا نا
emergency-intro-child = دەتوانیت پەیوەندی بەم ژمارانەوە بکەیت. پێویستت بە ئینتەرنێت نییە.
emergency-call-trace-child = مۆبایلەکەت لیستی پەیوەندی و نامەکانت هەڵدەگرێت. ئەگەر دەترسیت کەسێک بیبینێت، دەتوانیت دواتر بیانسڕیتەوە.
needs-title-child = یارمەتیت لە چیدا پێویستە؟
needs-intro-child = هەموو ئەوانە دابگرە کە بۆ تۆ ڕاستن. دەتوانیت ئەمە تێپەڕێنیت.
need-legal_immigration-child = یارمەتی دەربارەی کاغەز یان بەڵگەنامە
need-labour_exploitation-child = کەسێک ناچارم دەکات کار بکەم
need-sexual_exploitation-child = کەسێک ناچارم دەکات کاری سێکسی بکەم
need-money_debt-child = کەسێک دەڵێت قەرزاری ئەوم
need-going_home-child = دەمەوێت بگەڕێمەوە ماڵەوە یان خێزانەکەم بدۆزمەوە
need-child_at_risk-child = منداڵێکی تر لە مەترسیدایە
urgency-title-child = کەی یارمەتیت پێویستە؟
for-whom-title-child = کێ پێویستی بە یارمەتییە؟
for-whom-self-child = من
contact-title-child = چۆن دەتوانین بە سەلامەتی قسەت لەگەڵ بکەین؟
contact-intro-child = ڕێگایەک هەڵبژێرە کە بۆ تۆ سەلامەتە. کەسی تر نابێت بیبینێت.
times-title-child = کەی سەلامەتە تەلەفۆنت بۆ بکەین یان بۆت بنووسین؟
times-intro-child = دەتوانیت ئەمە تێپەڕێنیت. ئەوکات زۆر ئاگادار دەبین.
voicemail-title-child = دەتوانین نامەی دەنگی بەجێ بهێڵین؟
someone-else-title-child = ئەگەر کەسێکی تر وەڵامی دایەوە، چی بکەین؟
responder-title-child = دەتەوێت لەگەڵ کێ قسە بکەیت؟
more-title-child = شتێکی تر هەیە؟
more-intro-child = پێویست ناکات وەڵام بدەیتەوە.
place-label-child = لە کوێیت؟ ناوی شارێک بەسە.
message-label-child = ئەگەر دەتەوێت، پێمان بڵێ چی ڕوو دەدات
consent-title-child = کێ دەتوانێت ئەوەی نووسیوتە بیخوێنێتەوە؟
consent-intro-child = تۆ هەڵدەبژێریت. سەلامەتترین هەڵبژاردن پێشتر دیاری کراوە.
consent-hotline_only-desc-child = تەنها یارمەتیدەرانی هێڵی یارمەتی دەیخوێننەوە. بە نهێنی دەیهێڵنەوە.
consent-may_refer_to_services-desc-child = هێڵی یارمەتی دەتوانێت بە ئەو کەسانە بڵێت کە منداڵان دەپارێزن، وەک دکتۆر، ماڵێکی سەلامەت یان پارێزەر.
consent-may_involve_police-desc-child = هێڵی یارمەتی دەتوانێت بە پۆلیسیش بڵێت، بۆ ئەوەی ڕێگری لەو کەسانە بکەن کە ئازاریان داویت.
review-title-child = سەیری وەڵامەکانت بکە
review-intro-child = کاتێک ئەمە دەنێریت، قوفڵ دەکرێت. تەنها هێڵی یارمەتی دەتوانێت بیکاتەوە. هیچ کەس ناتوانێت لەسەر ئەم مۆبایلە بیخوێنێتەوە، تەنانەت خۆشت.
submit-done-child = نامەکەت لەسەر ئەم مۆبایلە قوفڵ کرا. کاتێک ئینتەرنێت هەبێت دەنێردرێت.
handover-title-child = ئەم پرسیارانە تەنها بۆ تۆن
handover-person-child = تەنها خۆت وەڵامی پرسیارەکانی داهاتوو دەدەیتەوە. ئەو کەسەی یارمەتیت دەدات نابینێت چی دەڵێیت.
giveback-intro-child = وەڵامەکانت قوفڵ کران. ئەو کەسەی یارمەتیت دەدات ناتوانێت بیانبینێت. ئێستا مۆبایلەکە بدەرەوە بەو کەسە.
reference-for-person-child = ئەم وشانە تەنها بۆ تۆن. بەم وشانە دەتوانیت ئەوە بخوێنیتەوە کە هێڵی یارمەتی بۆت دەنووسێت. لە هەر مۆبایلێک کە ئەم ئەپەی تێدایە، «{ $requests }» دابگرە، پاشان «{ $check }»، ئینجا وشەکان یان ژمارەکان بنووسە. بە نهێنی بیانپارێزە: هەر کەسێک ئەم وشانەی هەبێت دەتوانێت وەڵامەکان بخوێنێتەوە.

## Errors (codes come from the app's core)

error-wrong_pin = ئەم ژمارە نهێنییە ڕاست نییە.
error-locked = تکایە سەرەتا ئەپەکە بە ژمارە نهێنییەکەت بکەرەوە.
error-no_hotline = ئەم ئەپە هێشتا بە هێڵی یارمەتییەوە نەبەستراوە. ڕەشنووسەکەت پاشەکەوت کراوە.
error-invalid = هەندێک وەڵام پێویستیان بە گۆڕین هەیە. تکایە سەیری پرسیارە نیشانکراوەکان بکە.
error-pin_too_short = ژمارەی نهێنی ٦ تا ١٢ ژمارەیە.
error-duress_same_as_pin = ژمارەی نهێنیی فریاکەوتن دەبێت جیاواز بێت لە ژمارە نهێنییەکەت.
error-worker_drafts_open = کاتێک داواکاریی نەنێردراوی ئەو کەسانە هەبێت کە یارمەتییان دەدەیت، دۆخی کارمەندی مەیدانی هەڵکراو دەمێنێتەوە. تکایە بیاننێرە، یان لە «داواکارییە نەنێردراوەکان» بیانسڕەوە، پاشان دۆخەکە بکوژێنەوە.
error-already_set_up = ئەم ئەپە پێشتر ئامادە کراوە.
error-not_found = ئەمە نەدۆزرایەوە. لەوانەیە سڕابێتەوە.
error-internal = شتێک هەڵە بوو. داواکارییە پاشەکەوتکراوەکانت سەلامەتن. تکایە دووبارە هەوڵ بدەرەوە.
error-not_set_up = ئەم ئەپە هێشتا ئامادە نەکراوە. تکایە سەرەتا ژمارەیەکی نهێنی هەڵبژێرە.
error-busy = ئەپەکە خەریکی ناردنە. تکایە کەمێکی تر دووبارە هەوڵ بدەرەوە.
error-status_unavailable = ئێستا نەتوانرا پرسیار لە هێڵی یارمەتی بکرێت. داواکارییەکەت سەلامەتە. تکایە دواتر دووبارە هەوڵ بدەرەوە.
error-malformed = هەندێک وەڵام نەخوێندرانەوە. تکایە بیانپشکنە و دووبارە هەوڵ بدەرەوە.
error-too_large = ئەمە بۆ ناردن زۆر درێژە. تکایە نامەکەت کورتتر بکەرەوە.
error-unsupported_version = ئەم ئەپە پێویستی بە نوێکردنەوە هەیە.
error-profile = زانیارییەکانی هێڵی یارمەتی لەم ئەپەدا ڕاست نین. ڕەشنووسەکەت پاشەکەوت کراوە. تکایە ئەپێکی نوێکراوە وەربگرە.
error-sync_client = ئەپەکە ئێستا ناتوانێت بە سەلامەتی پەیوەندی بکات. داواکارییەکەت پاشەکەوت کراوە و دواتر دەنێردرێت.
error-already_exists = ئەمە پێشتر پاشەکەوت کراوە.
error-empty_pin = تکایە ژمارە نهێنییەکەت بنووسە.
error-invalid_kdf_params = ڕێکخستنەکانی ئەم ئەپە ڕاست نین. تکایە ئەپێکی نوێکراوە وەربگرە.
error-device_secret_unavailable = ئەپەکە ناگاتە شوێنی پارێزراوی ئەم مۆبایلە. تکایە مۆبایلەکە بکوژێنەوە و هەڵیبکەرەوە، پاشان دووبارە هەوڵ بدەرەوە.
error-envelope = داواکارییەکەت بۆ هێڵی یارمەتی قوفڵ نەکرا. هێشتا وەک ڕەشنووس پاشەکەوت کراوە.
error-receipt_mismatch = وەڵامی هێڵی یارمەتی نەپشکنرا. داواکارییەکەت دووبارە دەنێردرێتەوە.
error-corrupt = زانیارییە پاشەکەوتکراوەکانی ئەپەکە تێکچوون. ناکرێنەوە.
error-io = مۆبایلەکە نەیتوانی ئەمە پاشەکەوت بکات. لەوانەیە پڕ بێت. تکایە هەندێک شوێن بەتاڵ بکەرەوە و دووبارە هەوڵ بدەرەوە.
error-database = ئەپەکە نەیتوانی زانیارییەکانی بخوێنێتەوە یان پاشەکەوتیان بکات. داواکارییە پاشەکەوتکراوەکانت سەلامەتن. تکایە دووبارە هەوڵ بدەرەوە.
error-pin_too_long = ژمارەی نهێنی ٦ تا ١٢ ژمارەیە.
error-pin_not_digits = ژمارەی نهێنی تەنها ژمارەیە.
error-reference_word_count = کۆد ٩ وشەیە. تکایە بپشکنە کە هەموویانت نووسیوە.
error-reference_unknown_word = یەکێک لە وشەکان ڕاست نییە. تکایە ڕێنووسەکەی بپشکنە.
check-reference-wrong-word = وشەی ژمارە { $number } ڕاست نییە. تکایە ڕێنووسەکەی بپشکنە.
error-reference_digits = کۆد ٢٢ ژمارەیە. تکایە بپشکنە کە هەموویانت نووسیوە.
error-reference_check = وشەیەک یان ژمارەیەک ڕاست نییە. تکایە هەر یەکەیان بپشکنە و دووبارە هەوڵ بدەرەوە.
error-reference_not_found = هێڵی یارمەتی هێشتا هیچ داواکارییەکی بەم کۆدە نییە. ئەگەر لە مۆبایلێکی بێ ئینتەرنێتەوە نێردرابێت، کاتێک ئەو مۆبایلە دووبارە ئینتەرنێتی هەبێت دەگات. تکایە دواتر دووبارە هەوڵ بدەرەوە. ئەگەر هێشتا نەدۆزرایەوە، تکایە هەر وشەیەک یان ژمارەیەک بپشکنە.
field-error-empty = تکایە ئەمە پڕ بکەرەوە، یان پرسیارەکە تێپەڕێنە.
field-error-not_trimmed = تکایە بۆشاییەکانی سەرەتا یان کۆتایی لابەرە.
field-error-too_long = ئەمە زۆر درێژە. زۆرترین { $max } پیت.
field-error-too_many_bytes = ئەمە زۆر درێژە.
field-error-too_many = زۆرە. زۆرترین { $max }.
field-error-duplicate = ئەمە دوو جار لە لیستەکەدایە.
field-error-control_characters = ئەمە نیشانەی تێدایە کە ناکرێت بەکاربهێنرێن.
field-error-invalid_phone = ئەم ژمارە تەلەفۆنە ڕاست دیار نییە. بە + و کۆدی وڵات دەست پێ بکە.
field-error-invalid_region = ئەم وڵاتە نەناسراوە.
field-error-invalid_email = ئەم ناونیشانی ئیمەیڵە ڕاست دیار نییە.
field-error-invalid_language = ئەم زمانە نەناسراوە.
field-error-invalid_time_zone = ئەم ناوچەی کاتە نەناسراوە.
field-error-invalid_time = تکایە کاتی دەستپێک و کاتی کۆتایی جیاواز هەڵبژێرە.
field-error-no_contact_method = تکایە لانیکەم یەک ڕێگا بۆ پەیوەندیکردن پێتەوە هەڵبژێرە. «خۆم لەم ئەپەدا سەیری وەڵام دەکەم» بەسە.
field-error-unsupported_version = ئەم ئەپە پێویستی بە نوێکردنەوە هەیە.
