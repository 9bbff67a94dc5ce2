## Reach — ລາວ (Lao)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = ລາວ
# The language's name in English, for the language search.
-locale-english = Lao
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = ເຄື່ອງຄິດເລກ
quick-exit = ອອກດ່ວນ
quick-exit-hint = ເຊື່ອງແອັບນີ້ທັນທີ
back = ກັບຄືນ
next = ຕໍ່ໄປ
skip = ຂ້າມຂໍ້ນີ້
save = ບັນທຶກ
cancel = ຍົກເລີກ
close = ປິດ
done = ແລ້ວ
optional = ບໍ່ບັງຄັບ
step-of = ຂັ້ນຕອນ { $current } ຈາກ { $total }
saved-locked = ບັນທຶກ ແລະ ລັອກໄວ້ໃນໂທລະສັບນີ້ແລ້ວ

## Calculator (the app's disguise)

calc-label = ເຄື່ອງຄິດເລກ
calc-display-label = ຜົນ
calc-clear = C
calc-equals = =
calc-error = ຜິດພາດ

## First use: a private PIN

setup-title = ເຮັດໃຫ້ແອັບນີ້ເປັນຂອງທ່ານຜູ້ດຽວ
setup-intro = ເລືອກລະຫັດລັບ (PIN) ໜຶ່ງອັນ ຄວນມີແຕ່ທ່ານຜູ້ດຽວທີ່ຮູ້
setup-how = ເທື່ອໜ້າ ເພື່ອເປີດແອັບນີ້ ໃຫ້ພິມລະຫັດລັບຂອງທ່ານໃສ່ເຄື່ອງຄິດເລກ ແລ້ວກົດ =
setup-pin-label = ລະຫັດລັບຂອງທ່ານ (6 ຫາ 12 ຕົວເລກ)
setup-pin-repeat-label = ພິມລະຫັດລັບຂອງທ່ານອີກເທື່ອໜຶ່ງ
setup-duress-title = ລະຫັດລັບສຸກເສີນ (ທ່ານຂ້າມຂໍ້ນີ້ໄດ້)
setup-duress-intro = ຖ້າມີຄົນບັງຄັບໃຫ້ທ່ານເປີດແອັບນີ້ ໃຫ້ພິມລະຫັດລັບອີກອັນນີ້ແທນ ແອັບຈະເບິ່ງຄືຫວ່າງເປົ່າ ແລະ ທຸກຢ່າງໃນແອັບຈະຖືກລຶບອອກ ໂດຍບໍ່ມີຮ່ອງຮອຍໃດໆ
setup-duress-label = ລະຫັດລັບສຸກເສີນ
setup-submit = ບັນທຶກລະຫັດລັບຂອງຂ້ອຍ
setup-mismatch = ລະຫັດລັບທັງສອງບໍ່ຄືກັນ ກະລຸນາລອງໃໝ່

## Language

lang-title = ເລືອກພາສາຂອງທ່ານ
lang-intro = ທ່ານປ່ຽນໄດ້ພາຍຫຼັງໃນການຕັ້ງຄ່າ
lang-search-label = ຊອກຫາພາສາຂອງທ່ານ
lang-search-hint = ພິມຊື່ພາສາຂອງທ່ານ ເປັນພາສາໃດກໍໄດ້
lang-search-none = ບໍ່ມີພາສາທີ່ກົງກັບຄຳນີ້ ລອງພິມຕົວອັກສອນໜ້ອຍລົງ
lang-yours = ພາສາໃນໂທລະສັບນີ້
lang-all = ທຸກພາສາ
lang-load-failed = ເປີດພາສານີ້ບໍ່ໄດ້ ແອັບຈຶ່ງສະແດງເປັນພາສາອັງກິດ

## Age (asked early, optional: under 18 switches to the child's path)

age-title = ທ່ານອາຍຸເທົ່າໃດ?
age-intro = ທ່ານຂ້າມຂໍ້ນີ້ໄດ້ ຖ້າທ່ານອາຍຸຕ່ຳກວ່າ 18 ປີ ແອັບຈະໃຊ້ຄຳທີ່ງ່າຍກວ່າ ແລະ ສະແດງການຊ່ວຍເຫຼືອສຳລັບເດັກ
age-under_18 = ຕ່ຳກວ່າ 18 ປີ
age-18_to_25 = 18 ຫາ 25 ປີ
age-26_to_59 = 26 ຫາ 59 ປີ
age-60_plus = 60 ປີ ຫຼື ຫຼາຍກວ່າ

## Danger check and emergency numbers

danger-title = ຕອນນີ້ທ່ານຢູ່ໃນອັນຕະລາຍບໍ?
danger-yes = ແມ່ນ ຕອນນີ້ຂ້ອຍຢູ່ໃນອັນຕະລາຍ
danger-no = ບໍ່ ຕອນນີ້ບໍ່ແມ່ນ
emergency-title = ເບີໂທສຸກເສີນ
emergency-intro = ທ່ານໂທຫາເບີເຫຼົ່ານີ້ໄດ້ ໂດຍບໍ່ຕ້ອງມີອິນເຕີເນັດ
emergency-country-label = ປະເທດຂອງທ່ານ
emergency-police = ຕຳຫຼວດ ແລະ ເຫດສຸກເສີນ
emergency-hotline = ການຊ່ວຍເຫຼືອສຳລັບຄົນທີ່ຖືກຄ້າມະນຸດ ຫຼື ຖືກບັງຄັບໃຫ້ເຮັດວຽກ
emergency-children = ການຊ່ວຍເຫຼືອສຳລັບເດັກ ແລະ ໄວໜຸ່ມ
emergency-call = ໂທຫາ { $number }
emergency-source = ແຫຼ່ງທີ່ມາ: { $source }
emergency-checked = ກວດແລ້ວ: { $date }
emergency-not-checked = ຍັງບໍ່ໄດ້ກວດຄືນເທື່ອ ຖ້າເບີນີ້ໃຊ້ບໍ່ໄດ້ ໃຫ້ໂທຫາເບີສຸກເສີນ
emergency-call-trace = ການໂທ ແລະ ຂໍ້ຄວາມສັ້ນ ຈະຍັງຢູ່ໃນລາຍການຂອງໂທລະສັບທ່ານ ຖ້າມີຄົນກວດເບິ່ງໂທລະສັບຂອງທ່ານ ທ່ານລຶບອອກໄດ້ໃນພາຍຫຼັງ
emergency-none = ພວກເຮົາຍັງບໍ່ມີເບີໂທສຳລັບປະເທດນີ້ ຖ້າທ່ານຢູ່ໃນອັນຕະລາຍ ໃຫ້ໂທຫາເບີສຸກເສີນຂອງທ້ອງຖິ່ນ
emergency-continue = ສືບຕໍ່ ແລະ ຂໍຄວາມຊ່ວຍເຫຼືອ

## What help is needed

needs-title = ທ່ານຕ້ອງການຄວາມຊ່ວຍເຫຼືອຫຍັງ?
needs-intro = ເລືອກທຸກຂໍ້ທີ່ກົງກັບທ່ານ ທ່ານຂ້າມຂໍ້ນີ້ໄດ້
need-safety_now = ໃຫ້ປອດໄພຕອນນີ້
need-shelter = ບ່ອນພັກທີ່ປອດໄພ
need-medical = ທ່ານໝໍ ຫຼື ຢາ
need-legal_immigration = ຊ່ວຍເລື່ອງເອກະສານ ວີຊາ ຫຼື ກົດໝາຍ
need-labour_exploitation = ມີບັນຫາຢູ່ບ່ອນເຮັດວຽກ ຫຼື ບໍ່ໄດ້ຮັບຄ່າຈ້າງ
need-sexual_exploitation = ຖືກບັງຄັບໃຫ້ມີເພດສຳພັນ
need-child_at_risk = ມີເດັກຢູ່ໃນອັນຕະລາຍ
need-money_debt = ເງິນ ຫຼື ໜີ້ສິນ
need-going_home = ກັບບ້ານ ຫຼື ຊອກຫາຄອບຄົວ
need-interpreter = ຄົນທີ່ເວົ້າພາສາຂອງຂ້ອຍໄດ້
need-other = ອື່ນໆ
urgency-title = ທ່ານຕ້ອງການຄວາມຊ່ວຍເຫຼືອໄວປານໃດ?
urgency-now = ຕອນນີ້
urgency-today = ມື້ນີ້
urgency-this_week = ອາທິດນີ້
urgency-not_urgent = ລໍຖ້າໄດ້
for-whom-title = ຄຳຮ້ອງນີ້ແມ່ນສຳລັບໃຜ?
for-whom-self = ສຳລັບຂ້ອຍ
for-whom-someone_else = ສຳລັບຄົນອື່ນ
for-whom-assisted_by_outreach = ຂ້ອຍເປັນພະນັກງານລົງພື້ນທີ່ ກຳລັງຊ່ວຍຄົນໜຶ່ງ

## Safe contact

contact-title = ສາຍດ່ວນຈະຕິດຕໍ່ທ່ານແນວໃດຈຶ່ງປອດໄພ?
contact-intro = ເລືອກຢ່າງໜ້ອຍໜຶ່ງວິທີ ເລືອກແຕ່ວິທີທີ່ປອດໄພສຳລັບທ່ານ
contact-call = ໂທລະສັບ
contact-sms = ຂໍ້ຄວາມສັ້ນ (SMS)
contact-messaging_app = ແອັບສົ່ງຂໍ້ຄວາມ
contact-email = ອີເມວ
contact-in_person_via_outreach = ພົບກັນໂດຍກົງ ຜ່ານພະນັກງານລົງພື້ນທີ່
contact-check_back_in_app = ຂ້ອຍຈະເບິ່ງຄຳຕອບໃນແອັບນີ້ເອງ
contact-phone-label = ເບີໂທລະສັບ ພ້ອມລະຫັດປະເທດ (ຕົວຢ່າງ +856…)
contact-app-label = ແອັບໃດ? (ຕົວຢ່າງ WhatsApp, Messenger, Signal)
contact-handle-label = ຊື່ ຫຼື ເບີຂອງທ່ານໃນແອັບນັ້ນ
contact-email-label = ທີ່ຢູ່ອີເມວ
times-title = ຕິດຕໍ່ທ່ານເວລາໃດຈຶ່ງປອດໄພ?
times-intro = ທ່ານຂ້າມຂໍ້ນີ້ໄດ້ ແລ້ວສາຍດ່ວນຈະລະມັດລະວັງເປັນພິເສດ
times-add = ເພີ່ມເວລາທີ່ປອດໄພ
times-remove = ລຶບເວລານີ້ອອກ
times-from = ຈາກ
times-to = ເຖິງ
times-days = ວັນ
times-any-day = ວັນໃດກໍໄດ້
times-zone = ເຂດເວລາ
weekday-mon = ວັນຈັນ
weekday-tue = ວັນອັງຄານ
weekday-wed = ວັນພຸດ
weekday-thu = ວັນພະຫັດ
weekday-fri = ວັນສຸກ
weekday-sat = ວັນເສົາ
weekday-sun = ວັນອາທິດ
voicemail-title = ສາຍດ່ວນຝາກຂໍ້ຄວາມສຽງໄວ້ໄດ້ບໍ?
voicemail-yes = ໄດ້ ຂໍ້ຄວາມສຽງແມ່ນປອດໄພ
voicemail-no = ບໍ່ໄດ້ ຢ່າຝາກຂໍ້ຄວາມສຽງເດັດຂາດ
voicemail-unsaid = ຖ້າທ່ານບໍ່ຮັບສາຍ ສາຍດ່ວນຈະບໍ່ຝາກຂໍ້ຄວາມສຽງໄວ້
code-word-label = ຄຳລັບ
code-word-hint = ສາຍດ່ວນຈະເວົ້າຄຳນີ້ ເພື່ອໃຫ້ທ່ານຮູ້ວ່າແມ່ນເຂົາເຈົ້າແທ້ໆ
someone-else-title = ຖ້າຄົນອື່ນຮັບສາຍ ສາຍດ່ວນຄວນ…
someone-else-hang_up = ວາງສາຍ
someone-else-say_wrong_number = ເວົ້າວ່າໂທຜິດເບີ
someone-else-ask_for_code_word = ຖາມຫາຄຳລັບ
someone-else-other = ອື່ນໆ
someone-else-other-label = ເຂົາເຈົ້າຄວນເຮັດແນວໃດ?
responder-title = ທ່ານຢາກລົມກັບໃຜ?
responder-woman = ຜູ້ຍິງ
responder-man = ຜູ້ຊາຍ
responder-any_gender = ໃຜກໍໄດ້
responder-language-label = ພາສາທີ່ທ່ານຢາກໃຫ້ຕອບ

## More (all optional)

more-title = ບອກກ່ຽວກັບທ່ານອີກໜ້ອຍໜຶ່ງ
more-intro = ທັງໝົດນີ້ບໍ່ບັງຄັບ
place-label = ທ່ານຢູ່ໃສ? ບອກແຕ່ເມືອງ ຫຼື ເຂດກໍພໍແລ້ວ
place-hint = ບອກແຕ່ສິ່ງທີ່ທ່ານຢາກບອກ ແອັບນີ້ບໍ່ເຄີຍໃຊ້ສະຖານທີ່ຂອງທ່ານ
message-label = ຂໍ້ຄວາມຂອງທ່ານ
message-hint = ທ່ານຂຽນເປັນພາສາໃດກໍໄດ້
message-left =
    { $count ->
       *[other] ເຫຼືອອີກ { $count } ຕົວອັກສອນ
    }

## Consent

consent-title = ໃຜເບິ່ງຄຳຮ້ອງຂອງທ່ານໄດ້?
consent-intro = ທ່ານເປັນຜູ້ຕັດສິນໃຈ ທາງເລືອກທີ່ເປັນສ່ວນຕົວທີ່ສຸດຖືກເລືອກໄວ້ແລ້ວ
consent-hotline_only = ສາຍດ່ວນເທົ່ານັ້ນ
consent-hotline_only-desc = ມີແຕ່ທີມງານສາຍດ່ວນທີ່ອ່ານ ເຂົາເຈົ້າບໍ່ແບ່ງປັນໃຫ້ໃຜ
consent-may_refer_to_services = ສາຍດ່ວນ ແລະ ບໍລິການທີ່ຊ່ວຍໄດ້
consent-may_refer_to_services-desc = ສາຍດ່ວນອາດແບ່ງປັນໃຫ້ບ່ອນພັກພິງ ທ່ານໝໍ ຫຼື ທະນາຍຄວາມ ເພື່ອຊ່ວຍທ່ານ
consent-may_involve_police = ສາຍດ່ວນ ບໍລິການ ແລະ ຕຳຫຼວດ
consent-may_involve_police-desc = ສາຍດ່ວນອາດບອກຕຳຫຼວດນຳ
consent-child-note = ເນື່ອງຈາກທ່ານອາຍຸຕ່ຳກວ່າ 18 ປີ ສາຍດ່ວນອາດຕ້ອງບອກຄົນທີ່ມີໜ້າທີ່ປົກປ້ອງເດັກ ເພື່ອໃຫ້ທ່ານປອດໄພ

## Review and send

review-title = ກວດເບິ່ງຄຳຮ້ອງຂອງທ່ານ
review-intro = ຄຳຮ້ອງຂອງທ່ານຈະຖືກລັອກໄວ້ ເພື່ອໃຫ້ມີແຕ່ສາຍດ່ວນທີ່ເປີດໄດ້ ຫຼັງຈາກທ່ານສົ່ງແລ້ວ ບໍ່ມີໃຜອ່ານໄດ້ໃນໂທລະສັບນີ້ ແມ່ນແຕ່ທ່ານເອງ
review-not-answered = ຍັງບໍ່ໄດ້ຕອບ
review-change = ປ່ຽນ
review-needs = ຄວາມຊ່ວຍເຫຼືອທີ່ຕ້ອງການ
review-contact = ວິທີຕິດຕໍ່ທ່ານ
review-times = ເວລາທີ່ປອດໄພ
review-more = ເພີ່ມເຕີມກ່ຽວກັບທ່ານ
review-consent = ໃຜເບິ່ງໄດ້
submit = ລັອກ ແລະ ສົ່ງຫາສາຍດ່ວນ
submit-working = ກຳລັງລັອກຄຳຮ້ອງຂອງທ່ານ…
submit-done = ຄຳຮ້ອງຂອງທ່ານຖືກລັອກໄວ້ໃນໂທລະສັບນີ້ແລ້ວ ມັນຈະຖືກສົ່ງເມື່ອມີອິນເຕີເນັດ

## Status

status-title = ຄຳຮ້ອງຂອງທ່ານ
status-intro = ຢູ່ນີ້ທ່ານເບິ່ງໄດ້ວ່າແຕ່ລະຄຳຮ້ອງໄປຮອດໃສແລ້ວ
status-empty = ຍັງບໍ່ມີຄຳຮ້ອງ
status-saved = ບັນທຶກ ແລະ ລັອກໄວ້ໃນໂທລະສັບນີ້ແລ້ວ ມັນຈະຖືກສົ່ງເມື່ອມີອິນເຕີເນັດ
status-sending = ກຳລັງສົ່ງ…
status-received = ສາຍດ່ວນໄດ້ຮັບແລ້ວ ພວກເຮົາໄດ້ກວດໃບຢັ້ງຢືນການຮັບຂອງສາຍດ່ວນແລ້ວ
status-needs_attention = ຄຳຮ້ອງນີ້ຕ້ອງການໃຫ້ທ່ານເບິ່ງ
status-attempts =
    { $count ->
       *[other] ລອງແລ້ວ { $count } ເທື່ອ
    }
status-hotline-received = ກຳລັງລໍຖ້າຄົນຢູ່ສາຍດ່ວນອ່ານ
status-hotline-in_review = ມີຄົນຢູ່ສາຍດ່ວນກຳລັງອ່ານຢູ່
status-hotline-answered = ສາຍດ່ວນໄດ້ດຳເນີນການແລ້ວ
status-hotline-closed = ສາຍດ່ວນໄດ້ປິດຄຳຮ້ອງນີ້ແລ້ວ
status-hotline-contact_planned = ມີຄົນຢູ່ສາຍດ່ວນກຳລັງວາງແຜນຕິດຕໍ່ທ່ານຢ່າງປອດໄພ
status-hotline-needs_interpreter = ສາຍດ່ວນກຳລັງຊອກຫາຄົນທີ່ເວົ້າພາສາຂອງທ່ານໄດ້
status-hotline-referred = ສາຍດ່ວນໄດ້ຂໍໃຫ້ອົງການຄູ່ຮ່ວມງານຊ່ວຍທ່ານ
status-hotline-unknown = ສາຍດ່ວນມີຂ່າວກ່ຽວກັບເລື່ອງນີ້ ອັບເດດແອັບເມື່ອປອດໄພ ເພື່ອເບິ່ງເພີ່ມເຕີມ
status-replies = ຂໍ້ຄວາມຈາກສາຍດ່ວນ
status-reply-note = ສາຍດ່ວນຍັງໄດ້ຂຽນວ່າ (ອາດບໍ່ແມ່ນພາສາຂອງທ່ານ):
status-reply-unreadable = ມີຂໍ້ຄວາມໜຶ່ງມາຮອດ ທີ່ແອັບນີ້ກວດບໍ່ໄດ້ ຈຶ່ງບໍ່ສະແດງ
status-offline = ຕອນນີ້ບໍ່ມີອິນເຕີເນັດ ຄຳຮ້ອງຂອງທ່ານປອດໄພຢູ່ໃນໂທລະສັບນີ້
status-send-now = ສົ່ງຕອນນີ້
status-retry = ລອງໃໝ່
status-check = ຖາມຂ່າວຈາກສາຍດ່ວນ
status-new = ເລີ່ມຄຳຮ້ອງໃໝ່

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = ພວກເຮົາໄດ້ອ່ານຄຳຮ້ອງຂອງທ່ານແລ້ວ ພວກເຮົາຈະຕິດຕໍ່ທ່ານຕາມວິທີທີ່ທ່ານເລືອກ
reply-call_planned = ພວກເຮົາຈະໂທຫາທ່ານ { $day } ລະຫວ່າງ { $from } ຫາ { $to } (ເວລາຂອງທ່ານ)
reply-message_planned = ພວກເຮົາຈະສົ່ງຂໍ້ຄວາມຫາທ່ານ { $day } ລະຫວ່າງ { $from } ຫາ { $to } (ເວລາຂອງທ່ານ)
reply-interpreter = ພວກເຮົາກຳລັງຊອກຫາລ່າມທີ່ເວົ້າພາສາຂອງທ່ານໄດ້ ພວກເຮົາຈະຕິດຕໍ່ທ່ານໄວໆນີ້
reply-referred = ພວກເຮົາໄດ້ຂໍໃຫ້ອົງການຄູ່ຮ່ວມງານທີ່ຢູ່ໃກ້ທ່ານຊ່ວຍ ເຂົາເຈົ້າຈະຕິດຕໍ່ທ່ານຕາມວິທີທີ່ທ່ານເລືອກ
reply-call_us = ກະລຸນາໂທຫາພວກເຮົາເມື່ອປອດໄພສຳລັບທ່ານ ທ່ານເປັນຜູ້ເລືອກເວລາ
reply-danger = ຖ້າຕອນນີ້ທ່ານຢູ່ໃນອັນຕະລາຍ ໃຫ້ໂທຫາເບີສຸກເສີນ ທ່ານຊອກເບີນັ້ນໄດ້ໃນແອັບນີ້
reply-closed = ພວກເຮົາໄດ້ປິດຄຳຮ້ອງຂອງທ່ານແລ້ວ ທ່ານສົ່ງຄຳຮ້ອງໃໝ່ໄດ້ທຸກເວລາ
reply-unknown = ສາຍດ່ວນໄດ້ສົ່ງຂໍ້ຄວາມທີ່ແອັບລຸ້ນນີ້ສະແດງບໍ່ໄດ້ ກະລຸນາອັບເດດແອັບເມື່ອປອດໄພ

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = ຄຳຮ້ອງຂອງທ່ານຖືກປິດແລ້ວ ທ່ານຢາກບອກພວກເຮົາບໍວ່າການຊ່ວຍເຫຼືອເປັນແນວໃດ? ມີພຽງ 3 ຄຳຖາມສັ້ນໆ ທ່ານຂ້າມໄດ້
feedback-private = ຄຳຕອບຂອງທ່ານຈະຖືກສົ່ງໄປໂດຍບໍ່ມີຄຳຮ້ອງ ຫຼື ຊື່ຂອງທ່ານ ສາຍດ່ວນເຫັນແຕ່ຕົວເລກລວມເທົ່ານັ້ນ
feedback-start = ຕອບ
feedback-skip = ບໍ່ ຂອບໃຈ
feedback-send = ສົ່ງຄຳຕອບ
feedback-q-helped = ທ່ານໄດ້ຮັບຄວາມຊ່ວຍເຫຼືອທີ່ທ່ານຕ້ອງການບໍ?
feedback-q-safe = ທ່ານຮູ້ສຶກປອດໄພບໍ ຕອນທີ່ພວກເຮົາຕິດຕໍ່ທ່ານ?
feedback-q-recommend = ທ່ານຈະບອກໝູ່ກ່ຽວກັບພວກເຮົາບໍ?
feedback-a-yes = ແມ່ນ
feedback-a-partly = ບາງສ່ວນ
feedback-a-no = ບໍ່
feedback-thanks = ຂອບໃຈ ຄຳຕອບຂອງທ່ານຈະຖືກສົ່ງໄປ
feedback-declined = ບໍ່ເປັນຫຍັງ ພວກເຮົາຈະບໍ່ຖາມອີກ
feedback-failed = ບໍ່ສຳເລັດ ກະລຸນາລອງໃໝ່
problem-unknown_key = ແອັບນີ້ຕ້ອງອັບເດດກ່ອນ ຈຶ່ງຈະສົ່ງຄຳຮ້ອງນີ້ໄດ້
problem-conflict = ສາຍດ່ວນມີຄຳຮ້ອງອື່ນທີ່ມີເລກດຽວກັນ ກະລຸນາຕິດຕໍ່ສາຍດ່ວນດ້ວຍວິທີອື່ນ
problem-malformed = ສາຍດ່ວນອ່ານຄຳຮ້ອງນີ້ບໍ່ໄດ້ ກະລຸນາເລີ່ມຄຳຮ້ອງໃໝ່
problem-too_large = ຄຳຮ້ອງນີ້ຍາວເກີນໄປ ກະລຸນາເລີ່ມໃໝ່ ດ້ວຍຂໍ້ຄວາມທີ່ສັ້ນກວ່ານີ້
problem-unsupported_media_type = ແອັບນີ້ຕ້ອງອັບເດດກ່ອນ ຈຶ່ງຈະສົ່ງຄຳຮ້ອງນີ້ໄດ້
problem-other = ເຄືອຂ່າຍ ຫຼື ສາຍດ່ວນປະຕິເສດຄຳຮ້ອງນີ້ ທ່ານລອງໃໝ່ໄດ້ ຫຼື ລອງໃຊ້ເຄືອຂ່າຍອື່ນ

## Several people on one device (outreach)

drafts-title = ຄຳຮ້ອງທີ່ຍັງບໍ່ໄດ້ສົ່ງ
drafts-continue = ສືບຕໍ່
drafts-delete = ລຶບ
drafts-none = ບໍ່ມີຫຍັງລໍຖ້າຢູ່
review-reference = ຄົນນີ້ຈະບໍ່ເກັບໂທລະສັບນີ້ໄວ້: ໃຫ້ລະຫັດຕິດຕາມແກ່ລາວ
review-reference-hint = ດ້ວຍລະຫັດຕິດຕາມ ລາວສາມາດອ່ານຄຳຕອບຂອງສາຍດ່ວນໄດ້ ໃນໂທລະສັບໃດກໍໄດ້ທີ່ມີແອັບນີ້ ໂທລະສັບນີ້ຈະສະແດງພຽງແຕ່ວ່າ ສາຍດ່ວນໄດ້ຮັບຄຳຮ້ອງແລ້ວຫຼືບໍ່
assisted-organisation-label = ອົງການຂອງທ່ານ (ທ່ານ, ພະນັກງານພາກສະໜາມ)
assisted-hint = ສາຍດ່ວນຈະເຫັນວ່າທ່ານໄດ້ຊ່ວຍຄົນນີ້ ແລະ ທ່ານເຮັດວຽກກັບໃຜ.
assisted-channel-label = ສາຍດ່ວນຈະຕິດຕໍ່ທ່ານໄດ້ແນວໃດ (ບໍ່ບັງຄັບ)
reference-title = ລະຫັດຕິດຕາມຂອງຄົນນີ້
reference-intro = ໃຫ້ຄຳເຫຼົ່ານີ້ແກ່ຄົນນີ້ ດ້ວຍຄຳເຫຼົ່ານີ້ ລາວສາມາດອ່ານຄຳຕອບຂອງສາຍດ່ວນໄດ້ ໃນໂທລະສັບໃດກໍໄດ້ທີ່ມີແອັບນີ້ ໂທລະສັບນີ້ບໍ່ບັນທຶກຄຳເຫຼົ່ານີ້ໄວ້ບ່ອນໃດ ແລະ ຈະລືມມັນ ເມື່ອຄົນນີ້ໄດ້ຮັບແລ້ວ
reference-for-person = ຄຳເຫຼົ່ານີ້ເປັນຂອງທ່ານ ດ້ວຍຄຳເຫຼົ່ານີ້ ທ່ານສາມາດອ່ານຄຳຕອບຂອງສາຍດ່ວນໄດ້ ໃນໂທລະສັບໃດກໍໄດ້ທີ່ມີແອັບນີ້ ໃຫ້ເປີດ “{ $requests }” ຈາກນັ້ນເປີດ “{ $check }” ແລະ ພິມຄຳ ຫຼື ຕົວເລກ ເກັບຮັກສາໄວ້ໃຫ້ດີ ໃຜກໍຕາມທີ່ມີຄຳເຫຼົ່ານີ້ ກໍສາມາດອ່ານຄຳຕອບໄດ້
reference-words = ຄຳ
reference-digits = ລະຫັດຕິດຕາມດຽວກັນ ເປັນຕົວເລກ
reference-request = ຄຳຮ້ອງ { $number }
reference-done = ຄົນນີ້ໄດ້ຮັບລະຫັດຕິດຕາມແລ້ວ
reference-again = ແອັບລັອກໄປ ໃນຂະນະທີ່ກຳລັງສະແດງລະຫັດຕິດຕາມ ນີ້ແມ່ນລະຫັດຕິດຕາມອີກເທື່ອໜຶ່ງ ໃຫ້ມັນແກ່ຄົນນີ້ດຽວນີ້
status-check-reference = ກວດລະຫັດຕິດຕາມ
check-reference-title = ກວດລະຫັດຕິດຕາມ
check-reference-intro = ພິມຄຳ ຫຼື ຕົວເລກທີ່ເຂົາໃຫ້ທ່ານ ໂທລະສັບນີ້ບໍ່ເກັບຄຳ ຫຼື ຕົວເລກເຫຼົ່ານັ້ນໄວ້ ແລະ ບໍ່ເກັບຄຳຕອບໄວ້
check-reference-no-hotline = ແອັບນີ້ຍັງບໍ່ໄດ້ເຊື່ອມຕໍ່ກັບສາຍດ່ວນເທື່ອ ຈຶ່ງກວດລະຫັດຕິດຕາມຢູ່ນີ້ບໍ່ໄດ້ ກະລຸນາລອງໃນໂທລະສັບເຄື່ອງອື່ນທີ່ມີແອັບນີ້
check-reference-label = ຄຳ ຫຼື ຕົວເລກ
check-reference-submit = ກວດ
check-reference-working = ກຳລັງກວດ ອາດໃຊ້ເວລາສອງສາມວິນາທີ…
check-reference-no-replies = ຍັງບໍ່ມີຂໍ້ຄວາມຈາກສາຍດ່ວນ
check-reference-show-in = ສະແດງເປັນ { $language }
worker-title = ວຽກພາກສະໜາມ
worker-working-as = ທ່ານເຮັດວຽກໃນນາມ: { $organisation }
worker-intro = ແຕ່ລະຄົນທີ່ທ່ານຊ່ວຍ ຕອບເປັນພາສາຂອງຕົນເອງ. ຄຳຕອບອອກຈາກໂທລະສັບນີ້ແບບປິດຜະນຶກ ແລະ ຄົນນັ້ນເອົາລະຫັດຕິດຕາມໄປນຳ. ຢູ່ນີ້ເຫຼືອພຽງເລກ ແລະ ສະຖານະຂອງແຕ່ລະຄຳຮ້ອງເທົ່ານັ້ນ.
worker-new-person = ຊ່ວຍຄົນໃໝ່
handover-title = ຄຳຖາມສຳລັບທ່ານຄົນດຽວ
handover-worker = ຕອນນີ້ ໃຫ້ໂທລະສັບແກ່ຄົນນັ້ນ. ລາວຕອບຄຳຖາມຕໍ່ໄປຄົນດຽວ ແລະ ທ່ານຈະບໍ່ເຫັນຄຳຕອບຂອງລາວ.
handover-person = ຄຳຖາມຕໍ່ໄປແມ່ນສຳລັບທ່ານຄົນດຽວ. ຄົນທີ່ຊ່ວຍທ່ານຈະບໍ່ເຫັນຄຳຕອບຂອງທ່ານ.
handover-start = ເລີ່ມ
giveback-title = ຂອບໃຈ
giveback-intro = ຄຳຕອບຂອງທ່ານຖືກປິດຜະນຶກແລ້ວ. ຄົນທີ່ຊ່ວຍທ່ານບໍ່ສາມາດເຫັນໄດ້. ຕອນນີ້ ສົ່ງໂທລະສັບຄືນ.
giveback-button = ສົ່ງໂທລະສັບຄືນ
review-private = ຄົນນັ້ນຕອບສ່ວນນີ້ຄົນດຽວ. ບໍ່ສະແດງ.
review-assisted-as = ສາຍດ່ວນຈະເຫັນວ່າທ່ານໄດ້ຊ່ວຍ, ໃນນາມ: { $organisation }
review-later = ໄວ້ພາຍຫຼັງ: ເກັບໄວ້ໃນ “ຄຳຮ້ອງທີ່ຍັງບໍ່ໄດ້ສົ່ງ”
review-hand-again = ໃຫ້ໂທລະສັບແກ່ຄົນນັ້ນອີກຄັ້ງ
review-hand-again-hint = ໃຊ້ປຸ່ມນີ້ ຖ້າຄົນນັ້ນຢາກປ່ຽນສິ່ງທີ່ລາວຕອບຄົນດຽວ ຫຼື ມີບາງຢ່າງໃນນັ້ນຕ້ອງແກ້ໄຂ. ລາວຈະເຫັນ “ໃຜເບິ່ງໄດ້” ອີກຄັ້ງ ແລະ ເລືອກໃໝ່.
review-private-fix = ມີບາງຢ່າງທີ່ຄົນນັ້ນຕອບຄົນດຽວຕ້ອງແກ້ໄຂ. ມີແຕ່ລາວທີ່ແກ້ໄດ້: ໃຫ້ໂທລະສັບແກ່ລາວອີກຄັ້ງ.
age-given-back-worker = ຖ້າທ່ານປ່ຽນອາຍຸເປັນ ຫຼື ອອກຈາກ “ຕ່ຳກວ່າ 18 ປີ” ຄົນນັ້ນຕ້ອງເຫັນ “ໃຜເບິ່ງໄດ້” ອີກຄັ້ງ: ທ່ານຈະໃຫ້ໂທລະສັບແກ່ລາວອີກເທື່ອໜຶ່ງ.
age-reopened-worker = ການປ່ຽນອາຍຸມີຜົນຕໍ່ການເລືອກ “ໃຜເບິ່ງໄດ້” ຂອງຄົນນັ້ນ. ສືບຕໍ່ໄປ: ທ່ານຈະໃຫ້ໂທລະສັບແກ່ລາວອີກຄັ້ງ ແລະ ລາວຈະເລືອກໃໝ່.
setup-worker = ຂ້ອຍເປັນພະນັກງານພາກສະໜາມ: ຂ້ອຍຊ່ວຍຄົນອື່ນຂໍຄວາມຊ່ວຍເຫຼືອ
setup-worker-hint = ສາຍດ່ວນຈະເຫັນອົງການຂອງທ່ານ ໃນທຸກຄຳຮ້ອງທີ່ທ່ານຊ່ວຍ.
worker-org-needed = ຂຽນຊື່ອົງການຂອງທ່ານ, ຫຼື ປິດໂໝດພະນັກງານພາກສະໜາມ.
settings-worker-title = ໂໝດພະນັກງານພາກສະໜາມ
settings-worker-intro = ຊ່ວຍຄົນອື່ນສົ່ງຄຳຮ້ອງຈາກໂທລະສັບນີ້. ຄຳຕອບຂອງເຂົາເຈົ້າຖືກປິດຜະນຶກ ແລະ ແຕ່ລະຄົນເອົາລະຫັດຕິດຕາມໄປນຳ.
settings-worker-on = ເປີດ
settings-worker-save = ບັນທຶກການປ່ຽນແປງ
settings-worker-off = ປິດ
settings-worker-saved = ສຳເລັດ. ໂໝດພະນັກງານພາກສະໜາມເປີດແລ້ວ.
settings-worker-removed = ສຳເລັດ. ໂໝດພະນັກງານພາກສະໜາມປິດແລ້ວ.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = ອ່ານອອກສຽງ: { $text }
speak-stop = ຢຸດອ່ານ
speak-no-voice = ໂທລະສັບນີ້ບໍ່ມີສຽງອ່ານສຳລັບພາສານີ້
speak-unavailable = ຕອນນີ້ການອ່ານອອກສຽງໃຊ້ບໍ່ໄດ້ໃນໂທລະສັບນີ້
speak-headphones = ໃຊ້ຫູຟັງ ຖ້າມີຄົນຢູ່ໃກ້ໆທີ່ອາດຈະໄດ້ຍິນ

## Settings

settings-title = ການຕັ້ງຄ່າ
settings-language = ພາສາ
settings-read-aloud = ອ່ານອອກສຽງແຕ່ລະໜ້າຈໍເມື່ອເປີດຂຶ້ນ
settings-lock = ລັອກຕອນນີ້
settings-less-protected = ເຄື່ອງນີ້ມີການປ້ອງກັນໜ້ອຍກວ່າ: ຢູ່ນີ້ບໍ່ມີບ່ອນເກັບກະແຈທີ່ປອດໄພ ສະນັ້ນ ໃຜກໍຕາມທີ່ກັອບປີ້ໄຟລ໌ຂອງແອັບ ອາດລອງເດົາລະຫັດລັບຂອງທ່ານໄດ້ ລະຫັດລັບທີ່ຍາວກວ່າຈະປ້ອງກັນທ່ານໄດ້ດີກວ່າ
settings-duress-title = ລະຫັດລັບສຸກເສີນ
settings-duress-intro = ລະຫັດລັບອັນທີສອງ ສຳລັບເວລາມີຄົນບັງຄັບໃຫ້ທ່ານເປີດແອັບ ມັນຈະລຶບທຸກຢ່າງອອກ ໂດຍບໍ່ມີຮ່ອງຮອຍໃດໆ
settings-current-pin = ລະຫັດລັບຂອງທ່ານ
settings-duress-save = ບັນທຶກລະຫັດລັບສຸກເສີນ
settings-duress-remove = ລຶບລະຫັດລັບສຸກເສີນອອກ
settings-pin-title = ປ່ຽນລະຫັດລັບຂອງທ່ານ
settings-new-pin = ລະຫັດລັບໃໝ່ (6 ຫາ 12 ຕົວເລກ)
settings-new-pin-again = ລະຫັດລັບໃໝ່ອີກເທື່ອໜຶ່ງ
settings-pin-save = ປ່ຽນລະຫັດລັບ
settings-pin-changed = ປ່ຽນລະຫັດລັບຂອງທ່ານແລ້ວ ຕັ້ງແຕ່ນີ້ໄປ ໃຫ້ໃຊ້ລະຫັດລັບໃໝ່
settings-duress-saved = ແລ້ວ ບັນທຶກລະຫັດລັບສຸກເສີນຂອງທ່ານແລ້ວ
settings-duress-removed = ແລ້ວ ຕອນນີ້ບໍ່ມີລະຫັດລັບສຸກເສີນແລ້ວ
pin-wrong-left =
    { $count ->
       *[other] ລະຫັດລັບນັ້ນບໍ່ຖືກຕ້ອງ ຖ້າໃສ່ລະຫັດລັບຜິດອີກ { $count } ເທື່ອ ທຸກຢ່າງໃນໂທລະສັບນີ້ຈະຖືກລຶບອອກ
    }
settings-wipe-title = ລຶບທຸກຢ່າງ
settings-wipe-intro = ອັນນີ້ຈະລຶບທຸກຄຳຮ້ອງ ແລະ ສະບັບຮ່າງທັງໝົດໃນໂທລະສັບນີ້ ເອົາຄືນບໍ່ໄດ້ ຄຳຮ້ອງທີ່ສາຍດ່ວນໄດ້ຮັບແລ້ວ ຍັງຢູ່ກັບສາຍດ່ວນ
settings-wipe-confirm = ແມ່ນ ລຶບທຸກຢ່າງ

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = ຕອນນີ້ເຈົ້າຢູ່ໃນອັນຕະລາຍບໍ?
danger-yes-child = ແມ່ນ ຂ້ອຍຢູ່ໃນອັນຕະລາຍ
danger-no-child = ບໍ່ ຕອນນີ້ບໍ່
emergency-intro-child = ເຈົ້າໂທຫາເບີເຫຼົ່ານີ້ໄດ້ ບໍ່ຕ້ອງມີອິນເຕີເນັດ
emergency-call-trace-child = ໂທລະສັບຂອງເຈົ້າຈື່ການໂທ ແລະ ຂໍ້ຄວາມໄວ້ໃນລາຍການ ຖ້າເຈົ້າຢ້ານວ່າຈະມີຄົນເຫັນ ເຈົ້າລຶບອອກໄດ້ຕອນຫຼັງ
needs-title-child = ເຈົ້າຕ້ອງການໃຫ້ຊ່ວຍເລື່ອງຫຍັງ?
needs-intro-child = ແຕະທຸກຂໍ້ທີ່ແມ່ນຄວາມຈິງສຳລັບເຈົ້າ ເຈົ້າຂ້າມຂໍ້ນີ້ໄດ້
need-legal_immigration-child = ຊ່ວຍເລື່ອງເອກະສານ
need-labour_exploitation-child = ມີຄົນບັງຄັບໃຫ້ຂ້ອຍເຮັດວຽກ
need-sexual_exploitation-child = ມີຄົນບັງຄັບໃຫ້ຂ້ອຍເຮັດເລື່ອງທາງເພດ
need-money_debt-child = ມີຄົນບອກວ່າຂ້ອຍຕິດໜີ້ເຂົາ
need-going_home-child = ຂ້ອຍຢາກກັບບ້ານ ຫຼື ຊອກຫາຄອບຄົວຂອງຂ້ອຍ
need-child_at_risk-child = ມີເດັກຄົນອື່ນຢູ່ໃນອັນຕະລາຍ
urgency-title-child = ເຈົ້າຕ້ອງການຄວາມຊ່ວຍເຫຼືອເມື່ອໃດ?
for-whom-title-child = ໃຜຕ້ອງການຄວາມຊ່ວຍເຫຼືອ?
for-whom-self-child = ຂ້ອຍ
contact-title-child = ພວກເຮົາຈະລົມກັບເຈົ້າແນວໃດຈຶ່ງປອດໄພ?
contact-intro-child = ເລືອກວິທີທີ່ປອດໄພສຳລັບເຈົ້າ ບໍ່ຄວນໃຫ້ຄົນອື່ນເຫັນ
times-title-child = ເວລາໃດທີ່ປອດໄພໃຫ້ພວກເຮົາໂທ ຫຼື ຂຽນຫາ?
times-intro-child = ເຈົ້າຂ້າມຂໍ້ນີ້ໄດ້ ແລ້ວພວກເຮົາຈະລະມັດລະວັງຫຼາຍ
voicemail-title-child = ພວກເຮົາຝາກຂໍ້ຄວາມສຽງໄວ້ໄດ້ບໍ?
someone-else-title-child = ຖ້າຄົນອື່ນຮັບສາຍ ພວກເຮົາຄວນເຮັດແນວໃດ?
responder-title-child = ເຈົ້າຢາກລົມກັບໃຜ?
more-title-child = ມີຫຍັງອີກບໍ?
more-intro-child = ເຈົ້າບໍ່ຕ້ອງຕອບກໍໄດ້
place-label-child = ເຈົ້າຢູ່ໃສ? ບອກແຕ່ຊື່ເມືອງກໍພໍແລ້ວ
message-label-child = ບອກພວກເຮົາວ່າມີຫຍັງເກີດຂຶ້ນ ຖ້າເຈົ້າຢາກບອກ
consent-title-child = ໃຜອ່ານສິ່ງທີ່ເຈົ້າຂຽນໄດ້?
consent-intro-child = ເຈົ້າເປັນຄົນເລືອກ ທາງເລືອກທີ່ປອດໄພທີ່ສຸດຖືກເລືອກໄວ້ແລ້ວ
consent-hotline_only-desc-child = ມີແຕ່ຜູ້ຊ່ວຍເຫຼືອຢູ່ສາຍດ່ວນທີ່ອ່ານ ເຂົາເຈົ້າເກັບເປັນຄວາມລັບ
consent-may_refer_to_services-desc-child = ສາຍດ່ວນອາດບອກຄົນທີ່ປົກປ້ອງເດັກ ເຊັ່ນ ທ່ານໝໍ ບ້ານທີ່ປອດໄພ ຫຼື ທະນາຍຄວາມ
consent-may_involve_police-desc-child = ສາຍດ່ວນອາດບອກຕຳຫຼວດນຳ ເພື່ອໃຫ້ຕຳຫຼວດຢຸດຄົນທີ່ທຳຮ້າຍເຈົ້າ
review-title-child = ເບິ່ງຄຳຕອບຂອງເຈົ້າ
review-intro-child = ເມື່ອເຈົ້າສົ່ງ ມັນຈະຖືກລັອກໄວ້ ມີແຕ່ສາຍດ່ວນທີ່ເປີດໄດ້ ບໍ່ມີໃຜອ່ານໄດ້ໃນໂທລະສັບນີ້ ແມ່ນແຕ່ເຈົ້າເອງ
submit-done-child = ຂໍ້ຄວາມຂອງເຈົ້າຖືກລັອກໄວ້ໃນໂທລະສັບນີ້ແລ້ວ ມັນຈະຖືກສົ່ງເມື່ອມີອິນເຕີເນັດ
handover-title-child = ຄຳຖາມສຳລັບເຈົ້າຄົນດຽວ
handover-person-child = ມີແຕ່ເຈົ້າທີ່ຕອບຄຳຖາມຕໍ່ໄປ ຄົນທີ່ຊ່ວຍເຈົ້າຈະບໍ່ເຫັນສິ່ງທີ່ເຈົ້າຕອບ
giveback-intro-child = ຄຳຕອບຂອງເຈົ້າຖືກລັອກໄວ້ແລ້ວ ຄົນທີ່ຊ່ວຍເຈົ້າເບິ່ງບໍ່ໄດ້ ຕອນນີ້ ສົ່ງໂທລະສັບຄືນໃຫ້ຄົນທີ່ຊ່ວຍເຈົ້າ
reference-for-person-child = ຄຳເຫຼົ່ານີ້ເປັນຂອງເຈົ້າຄົນດຽວ ມັນຊ່ວຍໃຫ້ເຈົ້າອ່ານສິ່ງທີ່ສາຍດ່ວນຂຽນຕອບເຈົ້າໄດ້ ໃນໂທລະສັບໃດກໍໄດ້ທີ່ມີແອັບນີ້ ໃຫ້ແຕະ “{ $requests }” ຈາກນັ້ນແຕະ “{ $check }” ແລ້ວພິມຄຳ ຫຼື ຕົວເລກ ເກັບໄວ້ເປັນຄວາມລັບ ໃຜກໍຕາມທີ່ມີຄຳເຫຼົ່ານີ້ ກໍອ່ານຄຳຕອບໄດ້

## Errors (codes come from the app's core)

error-wrong_pin = ລະຫັດລັບນັ້ນບໍ່ຖືກຕ້ອງ
error-locked = ກະລຸນາເປີດແອັບດ້ວຍລະຫັດລັບຂອງທ່ານກ່ອນ
error-no_hotline = ແອັບນີ້ຍັງບໍ່ໄດ້ເຊື່ອມຕໍ່ກັບສາຍດ່ວນເທື່ອ ສະບັບຮ່າງຂອງທ່ານຖືກບັນທຶກໄວ້ແລ້ວ
error-invalid = ບາງຄຳຕອບຕ້ອງແກ້ໄຂ ກະລຸນາເບິ່ງຄຳຖາມທີ່ມີເຄື່ອງໝາຍ
error-pin_too_short = ລະຫັດລັບມີ 6 ຫາ 12 ຕົວເລກ
error-duress_same_as_pin = ລະຫັດລັບສຸກເສີນຕ້ອງບໍ່ຄືກັບລະຫັດລັບຂອງທ່ານ
error-worker_drafts_open = ໂໝດພະນັກງານພາກສະໜາມຍັງເປີດຢູ່ ຕາບໃດທີ່ຄຳຮ້ອງຂອງຄົນທີ່ທ່ານຊ່ວຍຍັງບໍ່ໄດ້ສົ່ງ ກະລຸນາສົ່ງ ຫຼື ລຶບຄຳຮ້ອງເຫຼົ່ານັ້ນໃນ “ຄຳຮ້ອງທີ່ຍັງບໍ່ໄດ້ສົ່ງ” ແລ້ວຈຶ່ງປິດໂໝດນີ້
error-already_set_up = ແອັບນີ້ຕັ້ງຄ່າໄວ້ແລ້ວ
error-not_found = ບໍ່ພົບອັນນີ້ ມັນອາດຖືກລຶບໄປແລ້ວ
error-internal = ມີບາງຢ່າງຜິດພາດ ຄຳຮ້ອງທີ່ບັນທຶກໄວ້ຂອງທ່ານຍັງປອດໄພ ກະລຸນາລອງໃໝ່
error-not_set_up = ແອັບນີ້ຍັງບໍ່ໄດ້ຕັ້ງຄ່າ ກະລຸນາເລືອກລະຫັດລັບກ່ອນ
error-busy = ແອັບກຳລັງສົ່ງຢູ່ ກະລຸນາລອງໃໝ່ໃນອີກບໍ່ດົນ
error-status_unavailable = ຕອນນີ້ຖາມສາຍດ່ວນບໍ່ໄດ້ ຄຳຮ້ອງຂອງທ່ານປອດໄພ ກະລຸນາລອງໃໝ່ພາຍຫຼັງ
error-malformed = ບາງຄຳຕອບອ່ານບໍ່ໄດ້ ກະລຸນາກວດເບິ່ງ ແລ້ວລອງໃໝ່
error-too_large = ອັນນີ້ຍາວເກີນໄປທີ່ຈະສົ່ງ ກະລຸນາຂຽນຂໍ້ຄວາມໃຫ້ສັ້ນລົງ
error-unsupported_version = ແອັບນີ້ຕ້ອງອັບເດດ
error-profile = ຂໍ້ມູນສາຍດ່ວນໃນແອັບນີ້ບໍ່ຖືກຕ້ອງ ສະບັບຮ່າງຂອງທ່ານຖືກບັນທຶກໄວ້ແລ້ວ ກະລຸນາເອົາແອັບລຸ້ນໃໝ່
error-sync_client = ຕອນນີ້ແອັບເຊື່ອມຕໍ່ຢ່າງປອດໄພບໍ່ໄດ້ ຄຳຮ້ອງຂອງທ່ານຖືກບັນທຶກໄວ້ ແລະ ຈະຖືກສົ່ງພາຍຫຼັງ
error-already_exists = ອັນນີ້ບັນທຶກໄວ້ແລ້ວ
error-empty_pin = ກະລຸນາພິມລະຫັດລັບຂອງທ່ານ
error-invalid_kdf_params = ການຕັ້ງຄ່າຂອງແອັບນີ້ບໍ່ຖືກຕ້ອງ ກະລຸນາເອົາແອັບລຸ້ນໃໝ່
error-device_secret_unavailable = ແອັບເຂົ້າເຖິງບ່ອນເກັບຂໍ້ມູນທີ່ປອດໄພຂອງໂທລະສັບນີ້ບໍ່ໄດ້ ກະລຸນາປິດເປີດໂທລະສັບໃໝ່ ແລ້ວລອງອີກ
error-envelope = ລັອກຄຳຮ້ອງຂອງທ່ານສຳລັບສາຍດ່ວນບໍ່ໄດ້ ມັນຍັງຖືກບັນທຶກໄວ້ເປັນສະບັບຮ່າງ
error-receipt_mismatch = ກວດຄຳຕອບຂອງສາຍດ່ວນບໍ່ໄດ້ ຄຳຮ້ອງຂອງທ່ານຈະຖືກສົ່ງອີກເທື່ອໜຶ່ງ
error-corrupt = ຂໍ້ມູນທີ່ແອັບບັນທຶກໄວ້ເສຍຫາຍ ເປີດບໍ່ໄດ້
error-io = ໂທລະສັບບັນທຶກອັນນີ້ບໍ່ໄດ້ ມັນອາດເຕັມແລ້ວ ກະລຸນາລຶບບາງຢ່າງອອກໃຫ້ມີບ່ອນຫວ່າງ ແລ້ວລອງໃໝ່
error-database = ແອັບອ່ານ ຫຼື ບັນທຶກຂໍ້ມູນຂອງມັນບໍ່ໄດ້ ຄຳຮ້ອງທີ່ບັນທຶກໄວ້ຂອງທ່ານຍັງປອດໄພ ກະລຸນາລອງໃໝ່
error-pin_too_long = ລະຫັດລັບມີ 6 ຫາ 12 ຕົວເລກ
error-pin_not_digits = ລະຫັດລັບມີແຕ່ຕົວເລກເທົ່ານັ້ນ
error-reference_word_count = ລະຫັດຕິດຕາມມີ 9 ຄຳ ກະລຸນາກວດເບິ່ງວ່າທ່ານພິມຄົບທຸກຄຳແລ້ວ
error-reference_unknown_word = ມີຄຳໜຶ່ງບໍ່ຖືກ ກະລຸນາກວດເບິ່ງວ່າຂຽນຖືກບໍ່
check-reference-wrong-word = ຄຳທີ { $number } ບໍ່ຖືກ ກະລຸນາກວດເບິ່ງວ່າຂຽນຖືກບໍ່
error-reference_digits = ລະຫັດຕິດຕາມມີ 22 ຕົວເລກ ກະລຸນາກວດເບິ່ງວ່າທ່ານພິມຄົບທຸກຕົວແລ້ວ
error-reference_check = ມີຄຳ ຫຼື ຕົວເລກໜຶ່ງບໍ່ຖືກ ກະລຸນາກວດເບິ່ງເທື່ອລະອັນ ແລ້ວລອງໃໝ່
error-reference_not_found = ສາຍດ່ວນຍັງບໍ່ມີຄຳຮ້ອງທີ່ມີລະຫັດຕິດຕາມນີ້ ຖ້າມັນຖືກສົ່ງຈາກໂທລະສັບທີ່ບໍ່ມີອິນເຕີເນັດ ມັນຈະມາຮອດເມື່ອໂທລະສັບນັ້ນມີອິນເຕີເນັດອີກ ກະລຸນາລອງໃໝ່ພາຍຫຼັງ ຖ້າຍັງບໍ່ພົບ ກະລຸນາກວດເບິ່ງເທື່ອລະຄຳ ຫຼື ເທື່ອລະຕົວເລກ
field-error-empty = ກະລຸນາຕື່ມຂໍ້ນີ້ ຫຼື ຂ້າມຄຳຖາມນີ້
field-error-not_trimmed = ກະລຸນາລຶບຍະຫວ່າງທີ່ຢູ່ຕົ້ນ ຫຼື ທ້າຍອອກ
field-error-too_long = ອັນນີ້ຍາວເກີນໄປ ບໍ່ເກີນ { $max } ຕົວອັກສອນ
field-error-too_many_bytes = ອັນນີ້ຍາວເກີນໄປ
field-error-too_many = ຫຼາຍເກີນໄປ ບໍ່ເກີນ { $max }
field-error-duplicate = ອັນນີ້ມີຢູ່ໃນລາຍການສອງເທື່ອ
field-error-control_characters = ອັນນີ້ມີຕົວອັກສອນທີ່ໃຊ້ບໍ່ໄດ້
field-error-invalid_phone = ເບີໂທລະສັບນີ້ເບິ່ງຄືບໍ່ຖືກຕ້ອງ ໃຫ້ເລີ່ມດ້ວຍ + ແລະ ລະຫັດປະເທດ
field-error-invalid_region = ບໍ່ຮູ້ຈັກປະເທດນີ້
field-error-invalid_email = ທີ່ຢູ່ອີເມວນີ້ເບິ່ງຄືບໍ່ຖືກຕ້ອງ
field-error-invalid_language = ບໍ່ຮູ້ຈັກພາສານີ້
field-error-invalid_time_zone = ບໍ່ຮູ້ຈັກເຂດເວລານີ້
field-error-invalid_time = ກະລຸນາເລືອກເວລາເລີ່ມ ແລະ ເວລາສິ້ນສຸດທີ່ບໍ່ຄືກັນ
field-error-no_contact_method = ກະລຸນາເລືອກຢ່າງໜ້ອຍໜຶ່ງວິທີເພື່ອຕິດຕໍ່ທ່ານ "ຂ້ອຍຈະເບິ່ງຄຳຕອບໃນແອັບນີ້ເອງ" ກໍພໍແລ້ວ
field-error-unsupported_version = ແອັບນີ້ຕ້ອງອັບເດດ
