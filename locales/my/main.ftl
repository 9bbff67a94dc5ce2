## Reach — မြန်မာ (Burmese)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = မြန်မာ
# The language's name in English, for the language search.
-locale-english = Burmese
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ဂဏန်းတွက်စက်
quick-exit = အမြန်ထွက်မယ်
quick-exit-hint = ဒီအက်ပ်ကို ချက်ချင်း ဖျောက်ပေးပါတယ်
back = နောက်သို့
next = ရှေ့ဆက်
skip = ဒါကို ကျော်မယ်
save = သိမ်းမယ်
cancel = မလုပ်တော့ပါ
close = ပိတ်မယ်
done = ပြီးပါပြီ
optional = မဖြေလည်း ရပါတယ်
step-of = အဆင့် { $total } ဆင့်ထဲက { $current }
saved-locked = ဒီဖုန်းပေါ်မှာ သိမ်းပြီး သော့ခတ်ထားပါတယ်

## Calculator (the app's disguise)

calc-label = ဂဏန်းတွက်စက်
calc-display-label = အဖြေ
calc-clear = C
calc-equals = =
calc-error = အမှား

## First use: a private PIN

setup-title = ဒီအက်ပ်ကို သင်တစ်ယောက်တည်းသာ ဖွင့်နိုင်အောင် လုပ်ပါ
setup-intro = လျှို့ဝှက်နံပါတ် (PIN) တစ်ခု ရွေးပါ။ သင်တစ်ယောက်တည်းသာ သိရပါမယ်။
setup-how = နောက်မှ ဒီအက်ပ်ကို ဖွင့်ချင်ရင် ဂဏန်းတွက်စက်ပေါ်မှာ သင့်လျှို့ဝှက်နံပါတ်ကို ရိုက်ပြီး = ကို နှိပ်ပါ။
setup-pin-label = သင့်လျှို့ဝှက်နံပါတ် (ဂဏန်း 6 လုံးမှ 12 လုံးအထိ)
setup-pin-repeat-label = သင့်လျှို့ဝှက်နံပါတ်ကို ထပ်ရိုက်ပါ
setup-duress-title = အရေးပေါ် လျှို့ဝှက်နံပါတ် (ဒါကို ကျော်လို့ ရပါတယ်)
setup-duress-intro = တစ်ယောက်ယောက်က ဒီအက်ပ်ကို အတင်းဖွင့်ခိုင်းရင် ဒီတခြား လျှို့ဝှက်နံပါတ်ကို ရိုက်ပါ။ အက်ပ်ထဲမှာ ဘာမှမရှိသလို မြင်ရပါမယ်။ အထဲက အရာအားလုံးကိုလည်း ဘာလက္ခဏာမှ မပြဘဲ ဖျက်ပစ်ပါမယ်။
setup-duress-label = အရေးပေါ် လျှို့ဝှက်နံပါတ်
setup-submit = လျှို့ဝှက်နံပါတ်ကို သိမ်းမယ်
setup-mismatch = လျှို့ဝှက်နံပါတ် နှစ်ခု မတူပါဘူး။ ထပ်ကြိုးစားကြည့်ပါ။

## Language

lang-title = သင့်ဘာသာစကားကို ရွေးပါ
lang-intro = နောက်မှ ဆက်တင်များထဲမှာ ပြောင်းလို့ ရပါတယ်။
lang-search-label = သင့်ဘာသာစကားကို ရှာပါ
lang-search-hint = သင့်ဘာသာစကားရဲ့ နာမည်ကို ဘယ်ဘာသာနဲ့မဆို ရိုက်ပါ
lang-search-none = ဒါနဲ့ ကိုက်တဲ့ ဘာသာစကား မရှိပါ။ စာလုံး နည်းနည်းပဲ ရိုက်ကြည့်ပါ။
lang-yours = ဒီဖုန်းထဲက ဘာသာစကားများ
lang-all = ဘာသာစကား အားလုံး
lang-load-failed = ဒီဘာသာစကားကို ဖွင့်လို့ မရလို့ အက်ပ်ကို အင်္ဂလိပ်လို ပြထားပါတယ်။

## Age (asked early, optional: under 18 switches to the child's path)

age-title = သင် အသက် ဘယ်လောက် ရှိပြီလဲ။
age-intro = ဒါကို ကျော်လို့ ရပါတယ်။ 18 နှစ်အောက် ဖြစ်ရင် အက်ပ်က ပိုလွယ်တဲ့ စကားလုံးတွေ သုံးပြီး ကလေးတွေအတွက် အကူအညီကို ပြပေးပါမယ်။
age-under_18 = 18 နှစ်အောက်
age-18_to_25 = 18 နှစ်မှ 25 နှစ်
age-26_to_59 = 26 နှစ်မှ 59 နှစ်
age-60_plus = 60 နှစ် နှင့် အထက်

## Danger check and emergency numbers

danger-title = သင် အခု အန္တရာယ် ရှိနေပါသလား။
danger-yes = ဟုတ်ကဲ့၊ အခု အန္တရာယ် ရှိနေပါတယ်
danger-no = မဟုတ်ပါ၊ အခုတော့ မရှိပါဘူး
emergency-title = အရေးပေါ် ဖုန်းနံပါတ်များ
emergency-intro = ဒီနံပါတ်တွေကို အင်တာနက် မလိုဘဲ ခေါ်လို့ ရပါတယ်။
emergency-country-label = သင့်နိုင်ငံ
emergency-police = ရဲ နှင့် အရေးပေါ်
emergency-hotline = လူကုန်ကူးခံရသူ (သို့) အတင်းအကျပ် အလုပ်ခိုင်းခံရသူများအတွက် အကူအညီ
emergency-children = ကလေးနဲ့ လူငယ်တွေအတွက် အကူအညီ
emergency-call = { $number } ကို ခေါ်မယ်
emergency-source = ရင်းမြစ်: { $source }
emergency-checked = စစ်ဆေးခဲ့တဲ့ နေ့: { $date }
emergency-not-checked = ထပ်ပြီး မစစ်ရသေးပါ။ ဒီနံပါတ် မရရင် အရေးပေါ် နံပါတ်ကို ခေါ်ပါ။
emergency-none = ဒီနိုင်ငံအတွက် နံပါတ်တွေ မရှိသေးပါ။ အန္တရာယ် ရှိရင် ဒေသခံ အရေးပေါ် နံပါတ်ကို ခေါ်ပါ။
emergency-continue = ဆက်သွားပြီး အကူအညီ တောင်းမယ်

## What help is needed

needs-title = ဘာအကူအညီ လိုပါသလဲ။
needs-intro = ကိုက်တာ အားလုံးကို ရွေးပါ။ ဒါကို ကျော်လို့ ရပါတယ်။
need-safety_now = အခု လုံခြုံဖို့
need-shelter = လုံခြုံတဲ့ နေစရာ
need-medical = ဆရာဝန် (သို့) ဆေး
need-legal_immigration = စာရွက်စာတမ်း၊ ဗီဇာ (သို့) ဥပဒေ ကိစ္စ အကူအညီ
need-labour_exploitation = အလုပ်မှာ ပြဿနာ ရှိတယ် (သို့) လုပ်ခ မရဘူး
need-sexual_exploitation = လိင်ကိစ္စ အတင်းအကျပ် ခိုင်းခံရတယ်
need-child_at_risk = ကလေးတစ်ယောက် အန္တရာယ် ရှိနေတယ်
need-money_debt = ငွေ (သို့) အကြွေး
need-going_home = အိမ်ပြန်ဖို့ (သို့) မိသားစုကို ရှာဖို့
need-interpreter = ကိုယ့်ဘာသာစကား ပြောတတ်သူ
need-other = တခြား တစ်ခုခု
urgency-title = ဘယ်လောက် မြန်မြန် အကူအညီ လိုပါသလဲ။
urgency-now = အခုပဲ
urgency-today = ဒီနေ့
urgency-this_week = ဒီအပတ်
urgency-not_urgent = စောင့်လို့ ရပါတယ်
for-whom-title = ဒီတောင်းဆိုချက်က ဘယ်သူ့အတွက်လဲ။
for-whom-self = ကိုယ့်အတွက်
for-whom-someone_else = တခြားတစ်ယောက်အတွက်
for-whom-assisted_by_outreach = ကျွန်ုပ်က ကွင်းဆင်းဝန်ထမ်းပါ၊ တစ်ယောက်ယောက်ကို ကူညီနေတာပါ

## Safe contact

contact-title = ဟော့လိုင်းက သင့်ကို ဘယ်လို လုံခြုံစွာ ဆက်သွယ်ရမလဲ။
contact-intro = အနည်းဆုံး နည်းလမ်း တစ်ခု ရွေးပါ။ သင့်အတွက် လုံခြုံတဲ့ နည်းလမ်းတွေကိုပဲ ရွေးပါ။
contact-call = ဖုန်းခေါ်ခြင်း
contact-sms = စာတို (SMS)
contact-messaging_app = မက်ဆေ့ချ် အက်ပ်
contact-email = အီးမေးလ်
contact-in_person_via_outreach = ကွင်းဆင်းဝန်ထမ်းမှတစ်ဆင့် လူကိုယ်တိုင် တွေ့ဆုံခြင်း
contact-check_back_in_app = အဖြေကို ဒီအက်ပ်ထဲမှာ ကိုယ်တိုင် ကြည့်ပါမယ်
contact-phone-label = ဖုန်းနံပါတ်၊ နိုင်ငံကုဒ်နဲ့ (ဥပမာ +95…)
contact-app-label = ဘယ်အက်ပ်လဲ။ (ဥပမာ Viber၊ WhatsApp၊ Signal)
contact-handle-label = အဲဒီအက်ပ်ထဲက သင့်နာမည် (သို့) နံပါတ်
contact-email-label = အီးမေးလ် လိပ်စာ
times-title = ဘယ်အချိန် ဆက်သွယ်ရင် လုံခြုံပါသလဲ။
times-intro = ဒါကို ကျော်လို့ ရပါတယ်။ ကျော်ရင် ဟော့လိုင်းက ပိုပြီး သတိထားပါမယ်။
times-add = လုံခြုံတဲ့ အချိန် ထည့်မယ်
times-remove = ဒီအချိန်ကို ဖယ်မယ်
times-from = စချိန်
times-to = ဆုံးချိန်
times-days = နေ့များ
times-any-day = ဘယ်နေ့မဆို
times-zone = အချိန်ဇုန်
weekday-mon = တနင်္လာနေ့
weekday-tue = အင်္ဂါနေ့
weekday-wed = ဗုဒ္ဓဟူးနေ့
weekday-thu = ကြာသပတေးနေ့
weekday-fri = သောကြာနေ့
weekday-sat = စနေနေ့
weekday-sun = တနင်္ဂနွေနေ့
voicemail-title = ဟော့လိုင်းက အသံမက်ဆေ့ချ် ချန်ခဲ့လို့ ရပါသလား။
voicemail-yes = ရပါတယ်၊ အသံမက်ဆေ့ချ်က လုံခြုံပါတယ်
voicemail-no = မရပါ၊ အသံမက်ဆေ့ချ် ဘယ်တော့မှ မချန်ပါနဲ့
voicemail-unsaid = သင် ဖုန်းမကိုင်ရင် ဟော့လိုင်းက အသံမက်ဆေ့ချ် မချန်ခဲ့ပါဘူး။
code-word-label = စကားဝှက်
code-word-hint = ဟော့လိုင်းက ဒီစကားလုံးကို ပြောပါမယ်။ ဒါဆို တကယ် သူတို့ ဖြစ်ကြောင်း သင် သိနိုင်ပါတယ်။
someone-else-title = တခြားတစ်ယောက်က ဖုန်းကိုင်ရင် ဟော့လိုင်းက…
someone-else-hang_up = ဖုန်းချလိုက်ပါ
someone-else-say_wrong_number = နံပါတ်မှားလို့ ပြောပါ
someone-else-ask_for_code_word = စကားဝှက်ကို မေးပါ
someone-else-other = တခြား တစ်ခုခု
someone-else-other-label = သူတို့ ဘာလုပ်သင့်သလဲ။
responder-title = ဘယ်သူနဲ့ စကားပြောချင်ပါသလဲ။
responder-woman = အမျိုးသမီး
responder-man = အမျိုးသား
responder-any_gender = ဘယ်သူဖြစ်ဖြစ် ရပါတယ်
responder-language-label = ပြန်ဖြေစေချင်တဲ့ ဘာသာစကား

## More (all optional)

more-title = သင့်အကြောင်း နည်းနည်း ထပ်ပြောပြပါ
more-intro = ဒါတွေ အားလုံး မဖြေလည်း ရပါတယ်။
place-label = သင် ဘယ်မှာ ရှိပါသလဲ။ မြို့ (သို့) ရပ်ကွက် ပြောရုံနဲ့ လုံလောက်ပါတယ်။
place-hint = ပြောချင်တာကိုပဲ ပြောပါ။ ဒီအက်ပ်က သင့်တည်နေရာကို ဘယ်တော့မှ မသုံးပါဘူး။
message-label = သင့်စာ
message-hint = ဘယ်ဘာသာစကားနဲ့မဆို ရေးလို့ ရပါတယ်။
message-left =
    { $count ->
       *[other] စာလုံး { $count } လုံး ကျန်ပါသေးတယ်
    }

## Consent

consent-title = သင့်တောင်းဆိုချက်ကို ဘယ်သူ ကြည့်ခွင့် ရှိသလဲ။
consent-intro = သင်ပဲ ဆုံးဖြတ်ပါ။ အလျှို့ဝှက်ဆုံး ရွေးချယ်မှုကို ရွေးထားပြီးသားပါ။
consent-hotline_only = ဟော့လိုင်းသာ
consent-hotline_only-desc = ဟော့လိုင်းအဖွဲ့ပဲ ဖတ်ပါမယ်။ ဘယ်သူ့ကိုမှ မမျှဝေပါဘူး။
consent-may_refer_to_services = ဟော့လိုင်းနဲ့ ကူညီပေးနိုင်တဲ့ ဝန်ဆောင်မှုများ
consent-may_refer_to_services-desc = သင့်ကို ကူညီဖို့ ဟော့လိုင်းက ခိုလှုံရာနေရာ၊ ဆရာဝန် (သို့) ရှေ့နေတွေကို မျှဝေနိုင်ပါတယ်။
consent-may_involve_police = ဟော့လိုင်း၊ ဝန်ဆောင်မှုများ နှင့် ရဲ
consent-may_involve_police-desc = ဟော့လိုင်းက ရဲကိုလည်း ပြောနိုင်ပါတယ်။
consent-child-note = သင် 18 နှစ်အောက် ဖြစ်လို့ သင့်ကို လုံခြုံအောင် ထားဖို့ ဟော့လိုင်းက ကလေးတွေကို ကာကွယ်ပေးတဲ့ တာဝန်ရှိသူတွေကို ပြောရကောင်း ပြောရနိုင်ပါတယ်။

## Review and send

review-title = သင့်တောင်းဆိုချက်ကို စစ်ကြည့်ပါ
review-intro = သင့်တောင်းဆိုချက်ကို ဟော့လိုင်းကပဲ ဖွင့်နိုင်အောင် သော့ခတ်ပါမယ်။ ပို့ပြီးရင် ဒီဖုန်းပေါ်မှာ ဘယ်သူမှ ဖတ်လို့ မရတော့ပါဘူး၊ သင်ကိုယ်တိုင်တောင် မရပါဘူး။
review-not-answered = မဖြေရသေးပါ
review-change = ပြောင်းမယ်
review-needs = လိုအပ်တဲ့ အကူအညီ
review-contact = သင့်ကို ဆက်သွယ်ရမယ့် နည်း
review-times = လုံခြုံတဲ့ အချိန်များ
review-more = သင့်အကြောင်း ထပ်ဆောင်း
review-consent = ဘယ်သူ ကြည့်ခွင့် ရှိသလဲ
submit = သော့ခတ်ပြီး ဟော့လိုင်းကို ပို့မယ်
submit-working = သင့်တောင်းဆိုချက်ကို သော့ခတ်နေပါတယ်…
submit-done = သင့်တောင်းဆိုချက်ကို ဒီဖုန်းပေါ်မှာ သော့ခတ်ထားပါပြီ။ အင်တာနက် ရတဲ့အခါ ပို့ပါမယ်။

## Status

status-title = သင့်တောင်းဆိုချက်များ
status-intro = တောင်းဆိုချက် တစ်ခုချင်းစီ ဘယ်အဆင့် ရောက်နေလဲ ဒီမှာ ကြည့်နိုင်ပါတယ်။
status-empty = တောင်းဆိုချက် မရှိသေးပါ။
status-saved = ဒီဖုန်းပေါ်မှာ သိမ်းပြီး သော့ခတ်ထားပါတယ်။ အင်တာနက် ရတဲ့အခါ ပို့ပါမယ်။
status-sending = အခု ပို့နေပါတယ်…
status-received = ဟော့လိုင်းက လက်ခံရရှိပါပြီ။ ဟော့လိုင်းရဲ့ လက်ခံဖြတ်ပိုင်းကို စစ်ပြီးပါပြီ။
status-needs_attention = ဒီတောင်းဆိုချက်ကို သင် ကြည့်ပေးဖို့ လိုပါတယ်။
status-attempts =
    { $count ->
       *[other] { $count } ကြိမ် ကြိုးစားခဲ့ပါတယ်
    }
status-hotline-received = ဟော့လိုင်းက တစ်ယောက်ယောက် ဖတ်ဖို့ စောင့်နေပါတယ်။
status-hotline-in_review = ဟော့လိုင်းက တစ်ယောက် ဖတ်နေပါတယ်။
status-hotline-answered = ဟော့လိုင်းက ဒီအတွက် လုပ်ဆောင်ပြီးပါပြီ။
status-hotline-closed = ဟော့လိုင်းက ဒါကို ပိတ်လိုက်ပါပြီ။
status-hotline-contact_planned = ဟော့လိုင်းက တစ်ယောက်က သင့်ကို လုံခြုံစွာ ဆက်သွယ်ဖို့ စီစဉ်နေပါတယ်။
status-hotline-needs_interpreter = ဟော့လိုင်းက သင့်ဘာသာစကား ပြောတတ်သူကို ရှာနေပါတယ်။
status-hotline-referred = ဟော့လိုင်းက သင့်ကို ကူညီဖို့ မိတ်ဖက်အဖွဲ့ တစ်ခုကို အကူအညီ တောင်းထားပါတယ်။
status-hotline-unknown = ဟော့လိုင်းမှာ ဒီအကြောင်း သတင်း ရှိပါတယ်။ ပိုကြည့်ဖို့ လုံခြုံတဲ့အခါ အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။
status-replies = ဟော့လိုင်းက ပို့တဲ့ စာများ
status-reply-note = ဟော့လိုင်းက ဒါကိုလည်း ရေးထားပါတယ် (သင့်ဘာသာစကားနဲ့ မဟုတ်နိုင်ပါ):
status-reply-unreadable = ဒီအက်ပ်က စစ်လို့ မရတဲ့ စာတစ်စောင် ရောက်လာလို့ မပြထားပါ။
status-offline = အခု အင်တာနက် မရှိပါ။ သင့်တောင်းဆိုချက်တွေ ဒီဖုန်းပေါ်မှာ လုံခြုံပါတယ်။
status-send-now = အခု ပို့မယ်
status-retry = ထပ်ကြိုးစားမယ်
status-check = ဟော့လိုင်းကို သတင်း မေးမယ်
status-new = တောင်းဆိုချက် အသစ် စမယ်

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = သင့်တောင်းဆိုချက်ကို ဖတ်ပြီးပါပြီ။ သင် ရွေးထားတဲ့ နည်းနဲ့ ဆက်သွယ်ပါမယ်။
reply-call_planned = { $day }၊ { $from } မှ { $to } အတွင်း (သင့်အချိန်) ဖုန်းခေါ်ပါမယ်။
reply-message_planned = { $day }၊ { $from } မှ { $to } အတွင်း (သင့်အချိန်) စာပို့ပါမယ်။
reply-interpreter = သင့်ဘာသာစကား ပြောတတ်တဲ့ စကားပြန်ကို ရှာနေပါတယ်။ မကြာခင် ဆက်သွယ်ပါမယ်။
reply-referred = သင့်အနီးက မိတ်ဖက်အဖွဲ့ တစ်ခုကို ကူညီဖို့ တောင်းထားပါတယ်။ သူတို့က သင် ရွေးထားတဲ့ နည်းနဲ့ ဆက်သွယ်ပါမယ်။
reply-call_us = သင့်အတွက် လုံခြုံတဲ့အခါ ကျွန်ုပ်တို့ကို ဖုန်းခေါ်ပါ။ အချိန်ကို သင်ပဲ ရွေးပါ။
reply-danger = အခု အန္တရာယ် ရှိရင် အရေးပေါ် နံပါတ်ကို ခေါ်ပါ။ အဲဒီနံပါတ်ကို ဒီအက်ပ်ထဲမှာ ရှာတွေ့နိုင်ပါတယ်။
reply-closed = သင့်တောင်းဆိုချက်ကို ပိတ်လိုက်ပါပြီ။ အသစ်တစ်ခုကို အချိန်မရွေး ပို့နိုင်ပါတယ်။
reply-unknown = ဟော့လိုင်းက ဒီအက်ပ်ဗားရှင်းမှာ ပြလို့ မရတဲ့ စာတစ်စောင် ပို့ထားပါတယ်။ လုံခြုံတဲ့အခါ အက်ပ်ကို အပ်ဒိတ်လုပ်ပါ။

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = သင့်တောင်းဆိုချက်ကို ပိတ်ပြီးပါပြီ။ အကူအညီ ဘယ်လို ဖြစ်ခဲ့လဲ ပြောပြပေးမလား။ မေးခွန်းတို 3 ခုပါ။ ကျော်လို့ ရပါတယ်။
feedback-private = သင့်အဖြေတွေကို သင့်တောင်းဆိုချက် (သို့) နာမည် မပါဘဲ ပို့ပါတယ်။ ဟော့လိုင်းက စုစုပေါင်း အရေအတွက်ကိုပဲ မြင်ရပါတယ်။
feedback-start = ဖြေမယ်
feedback-skip = မဖြေတော့ပါ၊ ကျေးဇူးပါ
feedback-send = အဖြေတွေ ပို့မယ်
feedback-q-helped = သင် လိုအပ်တဲ့ အကူအညီ ရခဲ့ပါသလား။
feedback-q-safe = ကျွန်ုပ်တို့ ဆက်သွယ်တဲ့အခါ သင် လုံခြုံတယ်လို့ ခံစားရပါသလား။
feedback-q-recommend = သူငယ်ချင်း တစ်ယောက်ကို ကျွန်ုပ်တို့အကြောင်း ပြောပြမလား။
feedback-a-yes = ဟုတ်ကဲ့
feedback-a-partly = တစ်စိတ်တစ်ပိုင်း
feedback-a-no = မဟုတ်ပါ
feedback-thanks = ကျေးဇူးတင်ပါတယ်။ သင့်အဖြေတွေကို ပို့ပါမယ်။
feedback-declined = ရပါတယ်။ နောက်ထပ် မမေးတော့ပါဘူး။
feedback-failed = မအောင်မြင်ပါ။ ထပ်ကြိုးစားကြည့်ပါ။
problem-unknown_key = ဒီတောင်းဆိုချက်ကို မပို့ခင် ဒီအက်ပ်ကို အပ်ဒိတ်လုပ်ဖို့ လိုပါတယ်။
problem-conflict = ဟော့လိုင်းမှာ နံပါတ်တူတဲ့ တခြား တောင်းဆိုချက် ရှိနေပါတယ်။ ဟော့လိုင်းကို တခြားနည်းနဲ့ ဆက်သွယ်ပါ။
problem-malformed = ဟော့လိုင်းက ဒီတောင်းဆိုချက်ကို ဖတ်လို့ မရပါ။ တောင်းဆိုချက် အသစ် စပါ။
problem-too_large = ဒီတောင်းဆိုချက်က ရှည်လွန်းပါတယ်။ စာ ပိုတိုတိုနဲ့ အသစ်တစ်ခု စပါ။
problem-unsupported_media_type = ဒီတောင်းဆိုချက်ကို မပို့ခင် ဒီအက်ပ်ကို အပ်ဒိတ်လုပ်ဖို့ လိုပါတယ်။
problem-other = ကွန်ရက် (သို့) ဟော့လိုင်းက ဒီတောင်းဆိုချက်ကို လက်မခံပါ။ ထပ်ကြိုးစားနိုင်ပါတယ်၊ တခြားကွန်ရက်နဲ့လည်း ကြိုးစားနိုင်ပါတယ်။

## Several people on one device (outreach)

drafts-title = မပို့ရသေးတဲ့ တောင်းဆိုချက်များ
drafts-continue = ဆက်လုပ်မယ်
drafts-delete = ဖျက်မယ်
drafts-none = စောင့်နေတာ ဘာမှ မရှိပါ။
review-reference = ဒီလူက ဒီဖုန်းကို ယူမသွားပါဘူး။ သူ့ကို ကုဒ်တစ်ခု ပေးပါ
review-reference-hint = ကုဒ်ရှိရင် ဒီအက်ပ်ပါတဲ့ ဘယ်ဖုန်းမှာမဆို ဟော့လိုင်းရဲ့ အဖြေတွေကို သူ ဖတ်လို့ရပါတယ်။ ဒီဖုန်းမှာတော့ ဟော့လိုင်းက တောင်းဆိုချက်ကို ရပြီလား မရသေးဘူးလား ဆိုတာပဲ ပြပါမယ်။
assisted-organisation-label = သင့်အဖွဲ့အစည်း (သင်၊ ကွင်းဆင်းဝန်ထမ်း)
assisted-hint = သင်က ဤလူကို ကူညီခဲ့ကြောင်းနှင့် သင် မည်သူနှင့် အလုပ်လုပ်ကြောင်း ဟော့လိုင်းက မြင်ရပါမည်။
assisted-channel-label = ဟော့လိုင်းက သင့်ကို မည်သို့ ဆက်သွယ်နိုင်မည်နည်း (မဖြစ်မနေ မဟုတ်)
reference-title = ဒီလူရဲ့ ကုဒ်
reference-intro = ဒီစကားလုံးတွေကို ဒီလူကို ပေးပါ။ ဒီစကားလုံးတွေနဲ့ ဒီအက်ပ်ပါတဲ့ ဘယ်ဖုန်းမှာမဆို ဟော့လိုင်းရဲ့ အဖြေတွေကို သူ ဖတ်လို့ရပါတယ်။ အခုတစ်ခါပဲ ပြပါမယ်။ ဒီဖုန်းက မသိမ်းထားပါဘူး။
reference-words = စကားလုံးတွေ
reference-digits = ဒီကုဒ်ပဲ ဂဏန်းနဲ့
reference-request = တောင်းဆိုချက် { $number }
reference-done = ဒီလူ သူ့ကုဒ်ကို ရပြီးပါပြီ
status-check-reference = ကုဒ်ကို စစ်မယ်
check-reference-title = ကုဒ်ကို စစ်မယ်
check-reference-intro = သင့်ကို ပေးထားတဲ့ စကားလုံး (သို့) ဂဏန်းတွေကို ရိုက်ပါ။ ဒီဖုန်းက အဲဒါတွေကိုရော အဖြေတွေကိုရော မသိမ်းထားပါဘူး။
check-reference-label = စကားလုံး (သို့) ဂဏန်း
check-reference-submit = စစ်မယ်
check-reference-working = စစ်နေပါတယ်။ စက္ကန့်အနည်းငယ် ကြာနိုင်ပါတယ်…
check-reference-no-replies = ဟော့လိုင်းက ပို့တဲ့ စာ မရှိသေးပါဘူး။

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = အသံထွက် ဖတ်ပြမယ်: { $text }
speak-stop = ဖတ်တာ ရပ်မယ်
speak-no-voice = ဒီဖုန်းမှာ ဒီဘာသာစကားအတွက် အသံ မရှိပါ။
speak-unavailable = အခု ဒီဖုန်းမှာ အသံထွက် ဖတ်လို့ မရပါ။
speak-headphones = အနားမှာ တစ်ယောက်ယောက် ကြားနိုင်ရင် နားကြပ် သုံးပါ။

## Settings

settings-title = ဆက်တင်များ
settings-language = ဘာသာစကား
settings-read-aloud = စခရင် တစ်ခုစီ ပွင့်လာတိုင်း အသံထွက် ဖတ်ပြမယ်
settings-lock = အခု သော့ခတ်မယ်
settings-less-protected = ဒီစက်ပေါ်မှာ ကာကွယ်မှု နည်းပါတယ်။ ဒီမှာ လုံခြုံတဲ့ သော့သိမ်းရာ မရှိလို့ အက်ပ်ဖိုင်တွေကို ကူးယူသူ ဘယ်သူမဆို သင့်လျှို့ဝှက်နံပါတ်ကို ခန့်မှန်းကြည့်နိုင်ပါတယ်။ ပိုရှည်တဲ့ လျှို့ဝှက်နံပါတ်က သင့်ကို ပိုကာကွယ်ပေးပါတယ်။
settings-duress-title = အရေးပေါ် လျှို့ဝှက်နံပါတ်
settings-duress-intro = တစ်ယောက်ယောက်က အက်ပ်ကို အတင်းဖွင့်ခိုင်းတဲ့အခါ သုံးဖို့ ဒုတိယ လျှို့ဝှက်နံပါတ်။ ဘာလက္ခဏာမှ မပြဘဲ အားလုံးကို ဖျက်ပစ်ပါတယ်။
settings-current-pin = သင့်လျှို့ဝှက်နံပါတ်
settings-duress-save = အရေးပေါ် လျှို့ဝှက်နံပါတ် သိမ်းမယ်
settings-duress-remove = အရေးပေါ် လျှို့ဝှက်နံပါတ် ဖယ်မယ်
settings-pin-title = သင့်လျှို့ဝှက်နံပါတ်ကို ပြောင်းပါ
settings-new-pin = လျှို့ဝှက်နံပါတ် အသစ် (ဂဏန်း 6 လုံးမှ 12 လုံးအထိ)
settings-new-pin-again = လျှို့ဝှက်နံပါတ် အသစ်ကို ထပ်ရိုက်ပါ
settings-pin-save = လျှို့ဝှက်နံပါတ် ပြောင်းမယ်
settings-pin-changed = သင့်လျှို့ဝှက်နံပါတ် ပြောင်းပြီးပါပြီ။ အခုကစပြီး အသစ်ကို သုံးပါ။
settings-duress-saved = ပြီးပါပြီ။ သင့်အရေးပေါ် လျှို့ဝှက်နံပါတ်ကို သိမ်းပြီးပါပြီ။
settings-duress-removed = ပြီးပါပြီ။ အခု အရေးပေါ် လျှို့ဝှက်နံပါတ် မရှိတော့ပါ။
pin-wrong-left =
    { $count ->
       *[other] လျှို့ဝှက်နံပါတ် မမှန်ပါ။ နောက်ထပ် { $count } ကြိမ် မှားရင် ဒီဖုန်းပေါ်က အရာအားလုံးကို ဖျက်ပစ်ပါမယ်။
    }
settings-wipe-title = အားလုံး ဖျက်မယ်
settings-wipe-intro = ဒါက ဒီဖုန်းပေါ်က တောင်းဆိုချက်တွေနဲ့ မူကြမ်းတွေ အားလုံးကို ဖျက်ပါတယ်။ ပြန်ယူလို့ မရပါ။ ဟော့လိုင်းက လက်ခံရရှိပြီးသား တောင်းဆိုချက်တွေကတော့ ဟော့လိုင်းမှာ ကျန်ပါမယ်။
settings-wipe-confirm = ဟုတ်ကဲ့၊ အားလုံး ဖျက်မယ်

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = အခု အန္တရာယ် ရှိနေလား။
danger-yes-child = ဟုတ်တယ်၊ အန္တရာယ် ရှိနေတယ်
danger-no-child = မဟုတ်ဘူး၊ အခု မရှိဘူး
emergency-intro-child = ဒီနံပါတ်တွေကို ခေါ်လို့ ရတယ်။ အင်တာနက် မလိုဘူး။
needs-title-child = ဘာအတွက် အကူအညီ လိုလဲ။
needs-intro-child = မှန်တာ အားလုံးကို နှိပ်ပါ။ ဒါကို ကျော်လို့ ရတယ်။
need-legal_immigration-child = စာရွက်စာတမ်း ကိစ္စ အကူအညီ
need-labour_exploitation-child = တစ်ယောက်ယောက်က အလုပ် အတင်းလုပ်ခိုင်းတယ်
need-sexual_exploitation-child = တစ်ယောက်ယောက်က လိင်ကိစ္စတွေ အတင်းလုပ်ခိုင်းတယ်
need-money_debt-child = တစ်ယောက်ယောက်က သူ့ကို ပိုက်ဆံ အကြွေးတင်တယ်လို့ ပြောတယ်
need-going_home-child = အိမ်ပြန်ချင်တယ် (သို့) မိသားစုကို ရှာချင်တယ်
need-child_at_risk-child = တခြား ကလေးတစ်ယောက် အန္တရာယ် ရှိနေတယ်
urgency-title-child = ဘယ်အချိန် အကူအညီ လိုလဲ။
for-whom-title-child = ဘယ်သူ အကူအညီ လိုလဲ။
for-whom-self-child = ကိုယ်တိုင်
contact-title-child = ကျွန်ုပ်တို့ သင်နဲ့ ဘယ်လို လုံခြုံစွာ စကားပြောရမလဲ။
contact-intro-child = သင့်အတွက် လုံခြုံတဲ့ နည်းလမ်းကို ရွေးပါ။ တခြားဘယ်သူမှ မမြင်သင့်ပါဘူး။
times-title-child = ကျွန်ုပ်တို့ ဖုန်းခေါ်ဖို့ (သို့) စာရေးဖို့ ဘယ်အချိန် လုံခြုံလဲ။
times-intro-child = ဒါကို ကျော်လို့ ရတယ်။ ကျော်ရင် ကျွန်ုပ်တို့ အရမ်း သတိထားပါမယ်။
voicemail-title-child = ကျွန်ုပ်တို့ အသံမက်ဆေ့ချ် ချန်ခဲ့လို့ ရလား။
someone-else-title-child = တခြားတစ်ယောက်က ဖုန်းကိုင်ရင် ကျွန်ုပ်တို့ ဘာလုပ်ရမလဲ။
responder-title-child = ဘယ်သူနဲ့ စကားပြောချင်လဲ။
more-title-child = တခြား ပြောချင်တာ ရှိသေးလား။
more-intro-child = မဖြေလည်း ရပါတယ်။
place-label-child = ဘယ်မှာ ရှိလဲ။ မြို့နာမည် ပြောရုံနဲ့ ရပါတယ်။
message-label-child = ပြောချင်ရင် ဘာဖြစ်နေလဲ ပြောပြပါ
consent-title-child = သင်ရေးတာကို ဘယ်သူ ဖတ်လို့ ရလဲ။
consent-intro-child = သင်ပဲ ရွေးပါ။ အလုံခြုံဆုံး ရွေးချယ်မှုကို ရွေးထားပြီးသားပါ။
consent-hotline_only-desc-child = ဟော့လိုင်းက ကူညီသူတွေပဲ ဖတ်ပါမယ်။ သူတို့ လျှို့ဝှက်ထားပါမယ်။
consent-may_refer_to_services-desc-child = ဟော့လိုင်းက ဆရာဝန်၊ လုံခြုံတဲ့ အိမ် (သို့) ရှေ့နေ လိုမျိုး ကလေးတွေကို ကာကွယ်ပေးသူတွေကို ပြောနိုင်ပါတယ်။
consent-may_involve_police-desc-child = သင့်ကို ထိခိုက်စေတဲ့ လူတွေကို ရပ်တန့်နိုင်ဖို့ ဟော့လိုင်းက ရဲကိုလည်း ပြောနိုင်ပါတယ်။
review-title-child = သင့်အဖြေတွေကို ကြည့်ပါ
review-intro-child = ဒါကို ပို့လိုက်ရင် သော့ခတ်သွားပါမယ်။ ဟော့လိုင်းကပဲ ဖွင့်နိုင်ပါတယ်။ ဒီဖုန်းပေါ်မှာ ဘယ်သူမှ ဖတ်လို့ မရပါဘူး၊ သင်ကိုယ်တိုင်တောင် မရပါဘူး။
submit-done-child = သင့်စာကို ဒီဖုန်းပေါ်မှာ သော့ခတ်ထားပါပြီ။ အင်တာနက် ရတဲ့အခါ ပို့ပါမယ်။

## Errors (codes come from the app's core)

error-wrong_pin = လျှို့ဝှက်နံပါတ် မမှန်ပါ။
error-locked = အရင်ဆုံး သင့်လျှို့ဝှက်နံပါတ်နဲ့ အက်ပ်ကို ဖွင့်ပါ။
error-no_hotline = ဒီအက်ပ်ကို ဟော့လိုင်းနဲ့ မချိတ်ရသေးပါ။ သင့်မူကြမ်းကို သိမ်းထားပါတယ်။
error-invalid = အဖြေတချို့ ပြင်ဖို့ လိုပါတယ်။ အမှတ်အသား ပြထားတဲ့ မေးခွန်းတွေကို ကြည့်ပါ။
error-pin_too_short = လျှို့ဝှက်နံပါတ်မှာ ဂဏန်း 6 လုံးမှ 12 လုံးအထိ ရှိရပါမယ်။
error-duress_same_as_pin = အရေးပေါ် လျှို့ဝှက်နံပါတ်က သင့်လျှို့ဝှက်နံပါတ်နဲ့ မတူရပါ။
error-already_set_up = ဒီအက်ပ်ကို ပြင်ဆင်ပြီးသားပါ။
error-not_found = ဒါကို ရှာမတွေ့ပါ။ ဖျက်ပြီးသား ဖြစ်နိုင်ပါတယ်။
error-internal = တစ်ခုခု မှားသွားပါတယ်။ သိမ်းထားတဲ့ တောင်းဆိုချက်တွေ လုံခြုံပါတယ်။ ထပ်ကြိုးစားကြည့်ပါ။
error-not_set_up = ဒီအက်ပ်ကို မပြင်ဆင်ရသေးပါ။ အရင်ဆုံး လျှို့ဝှက်နံပါတ် ရွေးပါ။
error-busy = အက်ပ်က ပို့နေလို့ အလုပ်များနေပါတယ်။ ခဏနေမှ ထပ်ကြိုးစားပါ။
error-status_unavailable = အခု ဟော့လိုင်းကို မေးလို့ မရပါ။ သင့်တောင်းဆိုချက် လုံခြုံပါတယ်။ နောက်မှ ထပ်ကြိုးစားပါ။
error-malformed = အဖြေတချို့ကို ဖတ်လို့ မရပါ။ စစ်ကြည့်ပြီး ထပ်ကြိုးစားပါ။
error-too_large = ဒါက ပို့ဖို့ ရှည်လွန်းပါတယ်။ သင့်စာကို ပိုတိုအောင် လုပ်ပါ။
error-unsupported_version = ဒီအက်ပ်ကို အပ်ဒိတ်လုပ်ဖို့ လိုပါတယ်။
error-profile = ဒီအက်ပ်ထဲက ဟော့လိုင်း အချက်အလက်တွေ မမှန်ပါ။ သင့်မူကြမ်းကို သိမ်းထားပါတယ်။ အပ်ဒိတ်လုပ်ထားတဲ့ အက်ပ်ကို ရယူပါ။
error-sync_client = အခု အက်ပ်က လုံခြုံစွာ ချိတ်ဆက်လို့ မရပါ။ သင့်တောင်းဆိုချက်ကို သိမ်းထားပြီး နောက်မှ ပို့ပါမယ်။
error-already_exists = ဒါကို သိမ်းပြီးသားပါ။
error-empty_pin = သင့်လျှို့ဝှက်နံပါတ်ကို ရိုက်ပါ။
error-invalid_kdf_params = ဒီအက်ပ်ရဲ့ ဆက်တင်တွေ မမှန်ပါ။ အပ်ဒိတ်လုပ်ထားတဲ့ အက်ပ်ကို ရယူပါ။
error-device_secret_unavailable = အက်ပ်က ဒီဖုန်းရဲ့ လုံခြုံတဲ့ သိုလှောင်ရာကို မရောက်နိုင်ပါ။ ဖုန်းကို ပိတ်ပြီး ပြန်ဖွင့်ကာ ထပ်ကြိုးစားပါ။
error-envelope = သင့်တောင်းဆိုချက်ကို ဟော့လိုင်းအတွက် သော့ခတ်လို့ မရပါ။ မူကြမ်းအဖြစ် သိမ်းထားဆဲပါ။
error-receipt_mismatch = ဟော့လိုင်းရဲ့ အဖြေကို စစ်လို့ မရပါ။ သင့်တောင်းဆိုချက်ကို ထပ်ပို့ပါမယ်။
error-corrupt = အက်ပ်ထဲမှာ သိမ်းထားတဲ့ ဒေတာ ပျက်စီးနေပါတယ်။ ဖွင့်လို့ မရပါ။
error-io = ဖုန်းက ဒါကို သိမ်းလို့ မရပါ။ ဖုန်း ပြည့်နေတာ ဖြစ်နိုင်ပါတယ်။ နေရာ နည်းနည်း ရှင်းပြီး ထပ်ကြိုးစားပါ။
error-database = အက်ပ်က သူ့ဒေတာကို ဖတ်လို့ (သို့) သိမ်းလို့ မရပါ။ သိမ်းထားတဲ့ တောင်းဆိုချက်တွေ လုံခြုံပါတယ်။ ထပ်ကြိုးစားကြည့်ပါ။
error-pin_too_long = လျှို့ဝှက်နံပါတ်မှာ ဂဏန်း 6 လုံးမှ 12 လုံးအထိ ရှိရပါမယ်။
error-pin_not_digits = လျှို့ဝှက်နံပါတ်မှာ ဂဏန်းတွေပဲ ပါရပါမယ်။
error-reference_word_count = ကုဒ်မှာ စကားလုံး 9 လုံး ရှိပါတယ်။ အားလုံး ရိုက်ပြီးပြီလား စစ်ကြည့်ပါ။
error-reference_unknown_word = စကားလုံးတစ်လုံး မမှန်ပါဘူး။ စာလုံးပေါင်းကို စစ်ကြည့်ပါ။
error-reference_digits = ကုဒ်မှာ ဂဏန်း 22 လုံး ရှိပါတယ်။ အားလုံး ရိုက်ပြီးပြီလား စစ်ကြည့်ပါ။
error-reference_check = စကားလုံး (သို့) ဂဏန်း တစ်ခု မမှန်ပါဘူး။ တစ်ခုချင်း စစ်ကြည့်ပြီး ထပ်ကြိုးစားကြည့်ပါ။
error-reference_not_found = ဒီကုဒ်နဲ့ တောင်းဆိုချက် ဟော့လိုင်းမှာ မရှိပါဘူး။ စစ်ကြည့်ပြီး ထပ်ကြိုးစားကြည့်ပါ။
field-error-empty = ဒါကို ဖြည့်ပါ၊ (သို့) မေးခွန်းကို ကျော်ပါ။
field-error-not_trimmed = အစ (သို့) အဆုံးက ကွက်လပ်တွေကို ဖယ်ပါ။
field-error-too_long = ဒါက ရှည်လွန်းပါတယ်။ အများဆုံး စာလုံး { $max } လုံး။
field-error-too_many_bytes = ဒါက ရှည်လွန်းပါတယ်။
field-error-too_many = များလွန်းပါတယ်။ အများဆုံး { $max } ခု။
field-error-duplicate = ဒါက စာရင်းထဲမှာ နှစ်ခါ ပါနေပါတယ်။
field-error-control_characters = ဒီထဲမှာ သုံးလို့ မရတဲ့ စာလုံးတွေ ပါနေပါတယ်။
field-error-invalid_phone = ဒီဖုန်းနံပါတ် မှန်ပုံ မပေါ်ပါ။ + နဲ့ နိုင်ငံကုဒ်ကို အရင် ရိုက်ပါ။
field-error-invalid_region = ဒီနိုင်ငံကို မသိပါ။
field-error-invalid_email = ဒီအီးမေးလ် လိပ်စာ မှန်ပုံ မပေါ်ပါ။
field-error-invalid_language = ဒီဘာသာစကားကို မသိပါ။
field-error-invalid_time_zone = ဒီအချိန်ဇုန်ကို မသိပါ။
field-error-invalid_time = မတူတဲ့ စချိန်နဲ့ ဆုံးချိန်ကို ရွေးပါ။
field-error-no_contact_method = သင့်ကို ဆက်သွယ်ဖို့ အနည်းဆုံး နည်းလမ်း တစ်ခု ရွေးပါ။ "အဖြေကို ဒီအက်ပ်ထဲမှာ ကိုယ်တိုင် ကြည့်ပါမယ်" ကို ရွေးရင်လည်း လုံလောက်ပါတယ်။
field-error-unsupported_version = ဒီအက်ပ်ကို အပ်ဒိတ်လုပ်ဖို့ လိုပါတယ်။
