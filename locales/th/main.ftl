## Reach — ไทย
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = ไทย
# The language's name in English, for the language search.
-locale-english = Thai
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = เครื่องคิดเลข
quick-exit = ออกด่วน
quick-exit-hint = ซ่อนแอปนี้ทันที
back = ย้อนกลับ
next = ถัดไป
skip = ข้าม
save = บันทึก
cancel = ยกเลิก
close = ปิด
done = เสร็จแล้ว
optional = ไม่บังคับ
step-of = ขั้นตอนที่ { $current } จาก { $total }
saved-locked = บันทึกและล็อกไว้ในโทรศัพท์เครื่องนี้แล้ว

## Calculator (the app's disguise)

calc-label = เครื่องคิดเลข
calc-display-label = ผลลัพธ์
calc-clear = C
calc-equals = =
calc-error = ข้อผิดพลาด

## First use: a private PIN

setup-title = ทำให้แอปนี้เป็นส่วนตัว
setup-intro = เลือกตัวเลขลับ (รหัส PIN) ควรมีแค่คุณคนเดียวที่รู้
setup-how = ครั้งต่อไป ถ้าจะเปิดแอปนี้ ให้พิมพ์รหัส PIN ในเครื่องคิดเลข แล้วกด =
setup-pin-label = รหัส PIN ของคุณ (ตัวเลข 6 ถึง 12 ตัว)
setup-pin-repeat-label = พิมพ์รหัส PIN อีกครั้ง
setup-duress-title = รหัส PIN ฉุกเฉิน (ข้ามได้)
setup-duress-intro = ถ้ามีคนบังคับให้คุณเปิดแอปนี้ ให้พิมพ์รหัส PIN อีกตัวนี้แทน แอปจะดูเหมือนว่างเปล่า และทุกอย่างในแอปจะถูกลบโดยไม่มีร่องรอย
setup-duress-label = รหัส PIN ฉุกเฉิน
setup-submit = บันทึกรหัส PIN
setup-mismatch = รหัส PIN ทั้งสองไม่ตรงกัน โปรดลองอีกครั้ง

## Language

lang-title = เลือกภาษาของคุณ
lang-intro = เปลี่ยนภาษาได้ภายหลังในการตั้งค่า
lang-search-label = ค้นหาภาษาของคุณ
lang-search-hint = พิมพ์ชื่อภาษาของคุณ เป็นภาษาอะไรก็ได้
lang-search-none = ไม่มีภาษาที่ตรงกัน ลองพิมพ์ตัวอักษรให้น้อยลง
lang-yours = ภาษาในโทรศัพท์เครื่องนี้
lang-all = ภาษาทั้งหมด
lang-load-failed = เปิดภาษานี้ไม่ได้ แอปจึงแสดงเป็นภาษาอังกฤษ

## Age (asked early, optional: under 18 switches to the child's path)

age-title = คุณอายุเท่าไร
age-intro = ข้ามข้อนี้ได้ ถ้าคุณอายุต่ำกว่า 18 ปี แอปจะใช้คำที่ง่ายขึ้น และแสดงความช่วยเหลือสำหรับเด็ก
age-under_18 = ต่ำกว่า 18 ปี
age-18_to_25 = 18 ถึง 25 ปี
age-26_to_59 = 26 ถึง 59 ปี
age-60_plus = 60 ปีขึ้นไป

## Danger check and emergency numbers

danger-title = ตอนนี้คุณอยู่ในอันตรายหรือไม่
danger-yes = ใช่ ตอนนี้อยู่ในอันตราย
danger-no = ไม่ ตอนนี้ยังไม่
emergency-title = หมายเลขฉุกเฉิน
emergency-intro = โทรหาหมายเลขเหล่านี้ได้โดยไม่ต้องใช้อินเทอร์เน็ต
emergency-country-label = ประเทศของคุณ
emergency-police = ตำรวจและเหตุฉุกเฉิน
emergency-hotline = ความช่วยเหลือสำหรับคนที่ถูกค้ามนุษย์หรือถูกบังคับให้ทำงาน
emergency-children = ความช่วยเหลือสำหรับเด็กและเยาวชน
emergency-call = โทร { $number }
emergency-source = แหล่งที่มา: { $source }
emergency-checked = ตรวจสอบเมื่อ: { $date }
emergency-not-checked = ยังไม่ได้ตรวจสอบซ้ำ ถ้าโทรหมายเลขนี้ไม่ติด ให้โทรหมายเลขฉุกเฉิน
emergency-call-trace = ประวัติการโทรและข้อความจะยังอยู่ในรายการในโทรศัพท์ของคุณ ถ้ามีคนตรวจดูโทรศัพท์ของคุณ คุณลบทิ้งได้ในภายหลัง
emergency-none = เรายังไม่มีหมายเลขของประเทศนี้ ถ้าคุณอยู่ในอันตราย ให้โทรหมายเลขฉุกเฉินในพื้นที่
emergency-continue = ไปต่อและขอความช่วยเหลือ

## What help is needed

needs-title = คุณต้องการความช่วยเหลืออะไร
needs-intro = เลือกทุกข้อที่ตรงกับคุณ ข้ามข้อนี้ได้
need-safety_now = ความปลอดภัยตอนนี้
need-shelter = ที่พักที่ปลอดภัย
need-medical = หมอหรือยา
need-legal_immigration = ความช่วยเหลือเรื่องเอกสาร วีซ่า หรือกฎหมาย
need-labour_exploitation = มีปัญหาที่ทำงาน หรือไม่ได้ค่าจ้าง
need-sexual_exploitation = ถูกบังคับให้มีเพศสัมพันธ์
need-child_at_risk = มีเด็กตกอยู่ในอันตราย
need-money_debt = เงินหรือหนี้สิน
need-going_home = กลับบ้านหรือตามหาครอบครัว
need-interpreter = คนที่พูดภาษาเดียวกันได้
need-other = เรื่องอื่น
urgency-title = ต้องการความช่วยเหลือเร็วแค่ไหน
urgency-now = ตอนนี้
urgency-today = วันนี้
urgency-this_week = สัปดาห์นี้
urgency-not_urgent = รอได้
for-whom-title = คำขอนี้สำหรับใคร
for-whom-self = สำหรับตัวเอง
for-whom-someone_else = สำหรับคนอื่น
for-whom-assisted_by_outreach = เป็นเจ้าหน้าที่ลงพื้นที่ และกำลังช่วยอีกคนหนึ่ง

## Safe contact

contact-title = สายด่วนจะติดต่อคุณอย่างปลอดภัยได้ทางไหน
contact-intro = เลือกอย่างน้อยหนึ่งทาง เลือกเฉพาะทางที่ปลอดภัยสำหรับคุณ
contact-call = โทรศัพท์
contact-sms = ข้อความ (SMS)
contact-messaging_app = แอปส่งข้อความ
contact-email = อีเมล
contact-in_person_via_outreach = พบกันตัวต่อตัว ผ่านเจ้าหน้าที่ลงพื้นที่
contact-check_back_in_app = จะเข้ามาดูคำตอบในแอปนี้เอง
contact-phone-label = หมายเลขโทรศัพท์ พร้อมรหัสประเทศ (เช่น +66…)
contact-app-label = แอปไหน (เช่น WhatsApp, Signal)
contact-handle-label = ชื่อหรือหมายเลขของคุณในแอปนั้น
contact-email-label = ที่อยู่อีเมล
times-title = ติดต่อคุณได้อย่างปลอดภัยเมื่อไร
times-intro = ข้ามข้อนี้ได้ ถ้าข้าม สายด่วนจะระวังเป็นพิเศษ
times-add = เพิ่มเวลาที่ปลอดภัย
times-remove = ลบเวลานี้
times-from = ตั้งแต่
times-to = ถึง
times-days = วัน
times-any-day = วันไหนก็ได้
times-zone = เขตเวลา
weekday-mon = วันจันทร์
weekday-tue = วันอังคาร
weekday-wed = วันพุธ
weekday-thu = วันพฤหัสบดี
weekday-fri = วันศุกร์
weekday-sat = วันเสาร์
weekday-sun = วันอาทิตย์
voicemail-title = สายด่วนฝากข้อความเสียงได้หรือไม่
voicemail-yes = ได้ ข้อความเสียงปลอดภัย
voicemail-no = ไม่ได้ ห้ามฝากข้อความเสียงเด็ดขาด
voicemail-unsaid = ถ้าคุณไม่รับสาย สายด่วนจะไม่ฝากข้อความเสียงไว้
code-word-label = คำลับ
code-word-hint = สายด่วนจะพูดคำนี้ เพื่อให้คุณรู้ว่าเป็นสายด่วนจริงๆ
someone-else-title = ถ้าคนอื่นรับสาย สายด่วนควร…
someone-else-hang_up = วางสาย
someone-else-say_wrong_number = บอกว่าโทรผิดเบอร์
someone-else-ask_for_code_word = ถามคำลับ
someone-else-other = อย่างอื่น
someone-else-other-label = สายด่วนควรทำอย่างไร
responder-title = อยากคุยกับใคร
responder-woman = ผู้หญิง
responder-man = ผู้ชาย
responder-any_gender = ใครก็ได้
responder-language-label = ภาษาที่อยากให้ตอบ

## More (all optional)

more-title = เกี่ยวกับคุณอีกเล็กน้อย
more-intro = ทั้งหมดนี้ไม่บังคับ
place-label = ตอนนี้คุณอยู่ที่ไหน บอกแค่เมืองหรือย่านก็พอ
place-hint = บอกเฉพาะสิ่งที่อยากบอก แอปนี้ไม่ใช้ตำแหน่งของคุณเลย
message-label = ข้อความของคุณ
message-hint = เขียนเป็นภาษาอะไรก็ได้
message-left =
    { $count ->
       *[other] เหลืออีก { $count } ตัวอักษร
    }

## Consent

consent-title = ใครดูคำขอของคุณได้บ้าง
consent-intro = คุณเป็นคนตัดสินใจ ตัวเลือกที่เป็นส่วนตัวที่สุดถูกเลือกไว้แล้ว
consent-hotline_only = สายด่วนเท่านั้น
consent-hotline_only-desc = มีแค่ทีมสายด่วนที่อ่าน และจะไม่ส่งต่อให้ใคร
consent-may_refer_to_services = สายด่วนและหน่วยงานที่ช่วยเหลือได้
consent-may_refer_to_services-desc = สายด่วนอาจส่งต่อให้บ้านพักฉุกเฉิน หมอ หรือทนายความ เพื่อช่วยคุณ
consent-may_involve_police = สายด่วน หน่วยงานช่วยเหลือ และตำรวจ
consent-may_involve_police-desc = สายด่วนอาจแจ้งตำรวจด้วย
consent-child-note = เพราะหนูอายุต่ำกว่า 18 ปี สายด่วนอาจต้องบอกคนที่มีหน้าที่ปกป้องเด็ก เพื่อให้หนูปลอดภัย

## Review and send

review-title = ตรวจดูคำขอของคุณ
review-intro = คำขอของคุณจะถูกล็อกไว้ เพื่อให้สายด่วนเท่านั้นที่เปิดได้ หลังจากส่งแล้ว จะไม่มีใครอ่านได้ในโทรศัพท์เครื่องนี้ แม้แต่ตัวคุณเอง
review-not-answered = ยังไม่ได้ตอบ
review-change = แก้ไข
review-needs = ความช่วยเหลือที่ต้องการ
review-contact = วิธีติดต่อคุณ
review-times = เวลาที่ปลอดภัย
review-more = เกี่ยวกับคุณเพิ่มเติม
review-consent = ใครดูได้บ้าง
submit = ล็อกและส่งให้สายด่วน
submit-working = กำลังล็อกคำขอของคุณ…
submit-done = คำขอของคุณถูกล็อกไว้ในโทรศัพท์เครื่องนี้แล้ว จะส่งออกไปเมื่อมีอินเทอร์เน็ต

## Status

status-title = คำขอของคุณ
status-intro = ดูได้ที่นี่ว่าแต่ละคำขอไปถึงไหนแล้ว
status-empty = ยังไม่มีคำขอ
status-saved = บันทึกและล็อกไว้ในโทรศัพท์เครื่องนี้แล้ว จะส่งออกไปเมื่อมีอินเทอร์เน็ต
status-sending = กำลังส่ง…
status-received = สายด่วนได้รับแล้ว เราตรวจสอบการยืนยันจากสายด่วนแล้ว
status-needs_attention = คำขอนี้ต้องให้คุณตรวจดู
status-attempts =
    { $count ->
       *[other] ลองส่งแล้ว { $count } ครั้ง
    }
status-hotline-received = กำลังรอเจ้าหน้าที่สายด่วนอ่าน
status-hotline-in_review = เจ้าหน้าที่สายด่วนกำลังอ่านอยู่
status-hotline-answered = สายด่วนดำเนินการแล้ว
status-hotline-closed = สายด่วนปิดเรื่องนี้แล้ว
status-hotline-contact_planned = เจ้าหน้าที่สายด่วนกำลังวางแผนว่าจะติดต่อคุณอย่างไรให้ปลอดภัย
status-hotline-needs_interpreter = สายด่วนกำลังหาคนที่พูดภาษาของคุณได้
status-hotline-referred = สายด่วนขอให้องค์กรพันธมิตรช่วยเหลือคุณแล้ว
status-hotline-unknown = สายด่วนมีข่าวเรื่องนี้ อัปเดตแอปเมื่อปลอดภัย เพื่อดูรายละเอียดเพิ่มเติม
status-replies = ข้อความจากสายด่วน
status-reply-note = สายด่วนเขียนมาด้วย (อาจไม่ใช่ภาษาของคุณ):
status-reply-unreadable = มีข้อความเข้ามา แต่แอปนี้ตรวจสอบไม่ได้ จึงไม่แสดงข้อความนั้น
status-offline = ตอนนี้ไม่มีอินเทอร์เน็ต คำขอของคุณยังปลอดภัยอยู่ในโทรศัพท์เครื่องนี้
status-send-now = ส่งตอนนี้
status-retry = ลองอีกครั้ง
status-check = ถามความคืบหน้าจากสายด่วน
status-new = เริ่มคำขอใหม่

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = เราอ่านคำขอของคุณแล้ว เราจะติดต่อคุณตามวิธีที่คุณเลือกไว้
reply-call_planned = เราจะโทรหาคุณใน{ $day } ระหว่างเวลา { $from } ถึง { $to } (ตามเวลาท้องถิ่นของคุณ)
reply-message_planned = เราจะส่งข้อความหาคุณใน{ $day } ระหว่างเวลา { $from } ถึง { $to } (ตามเวลาท้องถิ่นของคุณ)
reply-interpreter = เรากำลังหาล่ามที่พูดภาษาของคุณได้ เราจะติดต่อคุณเร็วๆ นี้
reply-referred = เราขอให้องค์กรพันธมิตรที่อยู่ใกล้คุณช่วยเหลือแล้ว องค์กรนั้นจะติดต่อคุณตามวิธีที่คุณเลือกไว้
reply-call_us = โปรดโทรหาเราเมื่อปลอดภัยสำหรับคุณ คุณเลือกเวลาเองได้
reply-danger = ถ้าตอนนี้คุณอยู่ในอันตราย ให้โทรหาหมายเลขฉุกเฉิน ดูหมายเลขได้ในแอปนี้
reply-closed = เราปิดคำขอของคุณแล้ว คุณส่งคำขอใหม่ได้ทุกเมื่อ
reply-unknown = สายด่วนส่งข้อความที่แอปเวอร์ชันนี้แสดงไม่ได้ โปรดอัปเดตแอปเมื่อปลอดภัย

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = คำขอของคุณปิดแล้ว ช่วยบอกเราได้ไหมว่าความช่วยเหลือเป็นอย่างไร มีคำถามสั้น ๆ สามข้อ ข้ามได้
feedback-private = คำตอบของคุณจะถูกส่งโดยไม่มีคำขอและไม่มีชื่อของคุณ สายด่วนจะเห็นเพียงยอดรวม
feedback-start = ตอบ
feedback-skip = ไม่ ขอบคุณ
feedback-send = ส่งคำตอบ
feedback-q-helped = คุณได้รับความช่วยเหลือที่ต้องการไหม
feedback-q-safe = คุณรู้สึกปลอดภัยไหมตอนที่เราติดต่อคุณ
feedback-q-recommend = คุณจะบอกเพื่อนเกี่ยวกับเราไหม
feedback-a-yes = ใช่
feedback-a-partly = บางส่วน
feedback-a-no = ไม่
feedback-thanks = ขอบคุณ คำตอบของคุณจะถูกส่ง
feedback-declined = ได้เลย เราจะไม่ถามอีก
feedback-failed = ไม่สำเร็จ โปรดลองอีกครั้ง
problem-unknown_key = ต้องอัปเดตแอปนี้ก่อน จึงจะส่งคำขอนี้ได้
problem-conflict = สายด่วนมีคำขออื่นที่ใช้หมายเลขเดียวกัน โปรดติดต่อสายด่วนด้วยวิธีอื่น
problem-malformed = สายด่วนอ่านคำขอนี้ไม่ได้ โปรดเริ่มคำขอใหม่
problem-too_large = คำขอนี้ยาวเกินไป โปรดเริ่มคำขอใหม่ที่มีข้อความสั้นลง
problem-unsupported_media_type = ต้องอัปเดตแอปนี้ก่อน จึงจะส่งคำขอนี้ได้
problem-other = เครือข่ายหรือสายด่วนไม่รับคำขอนี้ ลองใหม่อีกครั้ง หรือลองใช้เครือข่ายอื่น

## Several people on one device (outreach)

drafts-title = คำขอที่ยังไม่ได้ส่ง
drafts-continue = ทำต่อ
drafts-delete = ลบ
drafts-none = ไม่มีอะไรรออยู่
review-reference = คนนี้จะไม่เก็บโทรศัพท์เครื่องนี้ไว้: ให้รหัสแก่เขา
review-reference-hint = ด้วยรหัสนี้ เขาจะอ่านคำตอบของสายด่วนได้บนโทรศัพท์เครื่องไหนก็ได้ที่มีแอปนี้ โทรศัพท์เครื่องนี้จะแสดงแค่ว่าสายด่วนได้รับคำขอแล้วหรือยัง
assisted-organisation-label = องค์กรของคุณ (สำหรับเจ้าหน้าที่ลงพื้นที่)
assisted-hint = สายด่วนจะเห็นว่าคุณช่วยคนนี้ และคุณทำงานกับหน่วยงานไหน
assisted-channel-label = สายด่วนจะติดต่อคุณได้ทางไหน (ไม่บังคับ)
reference-title = รหัสของคนนี้
reference-intro = ให้คำเหล่านี้แก่เขา ด้วยคำเหล่านี้ เขาจะอ่านคำตอบของสายด่วนได้บนโทรศัพท์เครื่องไหนก็ได้ที่มีแอปนี้ โทรศัพท์เครื่องนี้ไม่เขียนคำเหล่านี้ไว้ที่ไหนเลย และจะลืมคำเหล่านี้เมื่อเขาได้ไปแล้ว
reference-for-person = คำเหล่านี้เป็นของคุณ คุณใช้คำเหล่านี้อ่านคำตอบของสายด่วนได้ บนโทรศัพท์เครื่องไหนก็ได้ที่มีแอปนี้ ให้เปิด “{ $requests }” จากนั้นเปิด “{ $check }” แล้วพิมพ์คำหรือตัวเลข เก็บคำเหล่านี้ไว้ให้ดี เพราะใครก็ตามที่มีคำเหล่านี้ก็อ่านคำตอบได้
reference-words = คำ
reference-digits = รหัสเดียวกันเป็นตัวเลข
reference-request = คำขอ { $number }
reference-done = เขาได้รหัสของเขาแล้ว
reference-again = แอปถูกล็อกขณะที่กำลังแสดงรหัสอยู่ นี่คือรหัสอีกครั้ง: ให้รหัสนี้แก่เขาตอนนี้เลย
status-check-reference = ตรวจรหัส
check-reference-title = ตรวจรหัส
check-reference-intro = พิมพ์คำหรือตัวเลขที่คุณได้รับ โทรศัพท์เครื่องนี้ไม่เก็บสิ่งเหล่านี้ และไม่เก็บคำตอบ
check-reference-no-hotline = แอปนี้ยังไม่ได้เชื่อมต่อกับสายด่วน จึงตรวจรหัสที่นี่ไม่ได้ โปรดลองใช้โทรศัพท์เครื่องอื่นที่มีแอปนี้
check-reference-label = คำหรือตัวเลข
check-reference-submit = ตรวจ
check-reference-working = กำลังตรวจ อาจใช้เวลาสักครู่…
check-reference-no-replies = ยังไม่มีข้อความจากสายด่วน
check-reference-show-in = แสดงเป็น { $language }
worker-title = งานภาคสนาม
worker-working-as = คุณทำงานในนาม: { $organisation }
worker-intro = แต่ละคนที่คุณช่วยจะตอบเป็นภาษาของตัวเอง คำตอบจะออกจากโทรศัพท์นี้แบบปิดผนึก และคนนั้นจะนำรหัสติดตัวไป ที่นี่จะเหลือเพียงหมายเลขและสถานะของแต่ละคำขอ
worker-new-person = ช่วยคนใหม่
handover-title = คำถามสำหรับคุณคนเดียว
handover-worker = ตอนนี้ส่งโทรศัพท์ให้คนนั้น เขาจะตอบคำถามต่อไปคนเดียว และคุณจะไม่เห็นคำตอบของเขา
handover-person = คำถามต่อไปเป็นของคุณคนเดียว คนที่ช่วยคุณจะไม่เห็นคำตอบของคุณ
handover-start = เริ่ม
giveback-title = ขอบคุณ
giveback-intro = คำตอบของคุณถูกปิดผนึกแล้ว คนที่ช่วยคุณมองไม่เห็น ตอนนี้ส่งโทรศัพท์คืน
giveback-button = ส่งโทรศัพท์คืน
review-private = คนนั้นตอบส่วนนี้คนเดียว ไม่แสดง
review-assisted-as = สายด่วนจะเห็นว่าคุณช่วย ในนาม: { $organisation }
review-later = ไว้ทีหลัง: เก็บไว้ใน “คำขอที่ยังไม่ได้ส่ง”
review-hand-again = ส่งโทรศัพท์ให้คนนั้นอีกครั้ง
review-hand-again-hint = ใช้ปุ่มนี้ถ้าคนนั้นอยากแก้สิ่งที่เขาตอบคนเดียว หรือมีบางอย่างในส่วนนั้นที่ต้องแก้ เขาจะเห็นคำถาม “ใครดูได้บ้าง” อีกครั้ง และเลือกใหม่
review-private-fix = มีบางอย่างที่คนนั้นตอบคนเดียวต้องแก้ไข มีแต่เขาที่แก้ได้: ส่งโทรศัพท์ให้เขาอีกครั้ง
age-given-back-worker = ถ้าคุณเปลี่ยนอายุเป็น “ต่ำกว่า 18 ปี” หรือเปลี่ยนจาก “ต่ำกว่า 18 ปี” คนนั้นต้องเห็นคำถาม “ใครดูได้บ้าง” อีกครั้ง: คุณจะส่งโทรศัพท์ให้เขาอีกรอบ
age-reopened-worker = การเปลี่ยนอายุมีผลต่อการเลือก “ใครดูได้บ้าง” ของคนนั้น ทำต่อได้เลย: คุณจะส่งโทรศัพท์ให้เขาอีกครั้ง และเขาจะเลือกใหม่
setup-worker = ฉันเป็นเจ้าหน้าที่ลงพื้นที่: ฉันช่วยคนอื่นขอความช่วยเหลือ
setup-worker-hint = สายด่วนจะเห็นองค์กรของคุณในทุกคำขอที่คุณช่วย
worker-org-needed = เขียนชื่อองค์กรของคุณ หรือปิดโหมดเจ้าหน้าที่ภาคสนาม
settings-worker-title = โหมดเจ้าหน้าที่ลงพื้นที่
settings-worker-intro = ช่วยคนอื่นส่งคำขอจากโทรศัพท์นี้ คำตอบของพวกเขาจะถูกปิดผนึก และแต่ละคนจะนำรหัสติดตัวไป
settings-worker-on = เปิด
settings-worker-save = บันทึกการเปลี่ยนแปลง
settings-worker-off = ปิด
settings-worker-saved = เรียบร้อย โหมดเจ้าหน้าที่ลงพื้นที่เปิดอยู่
settings-worker-removed = เรียบร้อย โหมดเจ้าหน้าที่ลงพื้นที่ปิดอยู่

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = อ่านออกเสียง: { $text }
speak-stop = หยุดอ่าน
speak-no-voice = โทรศัพท์เครื่องนี้ไม่มีเสียงอ่านสำหรับภาษานี้
speak-unavailable = ตอนนี้การอ่านออกเสียงใช้ไม่ได้ในโทรศัพท์เครื่องนี้
speak-headphones = ใช้หูฟัง ถ้าคนที่อยู่ใกล้ๆ อาจได้ยิน

## Settings

settings-title = การตั้งค่า
settings-language = ภาษา
settings-read-aloud = อ่านออกเสียงแต่ละหน้าจอเมื่อเปิดขึ้นมา
settings-lock = ล็อกตอนนี้
settings-less-protected = ได้รับการปกป้องน้อยกว่าบนอุปกรณ์นี้: ที่นี่ไม่มีที่เก็บกุญแจที่ปลอดภัย ผู้ที่คัดลอกไฟล์ของแอปอาจลองเดารหัส PIN ของคุณได้ รหัส PIN ที่ยาวขึ้นช่วยปกป้องคุณได้ดีกว่า
settings-duress-title = รหัส PIN ฉุกเฉิน
settings-duress-intro = รหัส PIN ตัวที่สอง ใช้เมื่อมีคนบังคับให้คุณเปิดแอป รหัสนี้จะลบทุกอย่างโดยไม่มีร่องรอย
settings-current-pin = รหัส PIN ของคุณ
settings-duress-save = บันทึกรหัส PIN ฉุกเฉิน
settings-duress-remove = ลบรหัส PIN ฉุกเฉิน
settings-pin-title = เปลี่ยนรหัส PIN ของคุณ
settings-new-pin = รหัส PIN ใหม่ (ตัวเลข 6 ถึง 12 ตัว)
settings-new-pin-again = พิมพ์รหัส PIN ใหม่อีกครั้ง
settings-pin-save = เปลี่ยนรหัส PIN
settings-pin-changed = เปลี่ยนรหัส PIN แล้ว ต่อจากนี้ให้ใช้รหัส PIN ใหม่
settings-duress-saved = เสร็จแล้ว บันทึกรหัส PIN ฉุกเฉินของคุณแล้ว
settings-duress-removed = เสร็จแล้ว ตอนนี้ไม่มีรหัส PIN ฉุกเฉินแล้ว
pin-wrong-left =
    { $count ->
       *[other] รหัส PIN ไม่ถูกต้อง ถ้าใส่รหัส PIN ผิดอีก { $count } ครั้ง ทุกอย่างในโทรศัพท์เครื่องนี้จะถูกลบ
    }
settings-wipe-title = ลบทุกอย่าง
settings-wipe-intro = การทำเช่นนี้จะลบคำขอและฉบับร่างทั้งหมดในโทรศัพท์เครื่องนี้ และเอากลับคืนมาไม่ได้ คำขอที่สายด่วนได้รับแล้วจะยังอยู่กับสายด่วน
settings-wipe-confirm = ใช่ ลบทุกอย่าง

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = ตอนนี้หนูอยู่ในอันตรายไหม
danger-yes-child = ใช่ กำลังอยู่ในอันตราย
danger-no-child = ไม่ ตอนนี้ไม่
emergency-intro-child = หนูโทรหาเบอร์เหล่านี้ได้ ไม่ต้องใช้อินเทอร์เน็ต
emergency-call-trace-child = โทรศัพท์ของหนูจะเก็บประวัติการโทรและข้อความไว้ ถ้าหนูกลัวว่าจะมีคนเห็น หนูลบทิ้งได้ทีหลังนะ
needs-title-child = หนูอยากให้ช่วยเรื่องอะไร
needs-intro-child = แตะทุกข้อที่เป็นเรื่องจริงของหนู ข้ามข้อนี้ได้นะ
need-legal_immigration-child = ช่วยเรื่องเอกสารหรือบัตรต่างๆ
need-labour_exploitation-child = มีคนบังคับให้ทำงาน
need-sexual_exploitation-child = มีคนบังคับให้ทำเรื่องทางเพศ
need-money_debt-child = มีคนบอกว่าเป็นหนี้เงินเขา
need-going_home-child = อยากกลับบ้าน หรืออยากหาครอบครัว
need-child_at_risk-child = มีเด็กคนอื่นอยู่ในอันตราย
urgency-title-child = หนูต้องการความช่วยเหลือเมื่อไร
for-whom-title-child = ใครต้องการความช่วยเหลือ
for-whom-self-child = ตัวเอง
contact-title-child = เราจะคุยกับหนูอย่างปลอดภัยได้ทางไหน
contact-intro-child = เลือกทางที่ปลอดภัยสำหรับหนู ไม่ควรให้คนอื่นเห็น
times-title-child = เราโทรหรือส่งข้อความหาหนูได้อย่างปลอดภัยตอนไหน
times-intro-child = ข้ามข้อนี้ได้ ถ้าข้าม เราจะระวังมากๆ
voicemail-title-child = เราฝากข้อความเสียงไว้ได้ไหม
someone-else-title-child = ถ้าคนอื่นรับสาย เราควรทำอย่างไร
responder-title-child = หนูอยากคุยกับใคร
more-title-child = มีอะไรอีกไหม
more-intro-child = ไม่ต้องตอบก็ได้
place-label-child = ตอนนี้หนูอยู่ที่ไหน บอกแค่ชื่อเมืองก็พอ
message-label-child = เล่าให้เราฟังว่าเกิดอะไรขึ้น ถ้าหนูอยากเล่า
consent-title-child = ใครอ่านสิ่งที่หนูเขียนได้บ้าง
consent-intro-child = หนูเป็นคนเลือก ตัวเลือกที่ปลอดภัยที่สุดถูกเลือกไว้แล้ว
consent-hotline_only-desc-child = มีแค่คนที่คอยช่วยที่สายด่วนเท่านั้นที่อ่าน และจะเก็บเป็นความลับ
consent-may_refer_to_services-desc-child = สายด่วนบอกคนที่ดูแลความปลอดภัยของเด็กได้ เช่น หมอ บ้านที่ปลอดภัย หรือทนายความ
consent-may_involve_police-desc-child = สายด่วนบอกตำรวจได้ด้วย เพื่อให้ตำรวจหยุดคนที่ทำร้ายหนู
review-title-child = ดูคำตอบของหนู
review-intro-child = เมื่อส่งแล้ว ข้อความจะถูกล็อกไว้ มีแค่สายด่วนที่เปิดได้ ไม่มีใครอ่านได้ในโทรศัพท์เครื่องนี้ แม้แต่หนูเอง
submit-done-child = ข้อความของหนูถูกล็อกไว้ในโทรศัพท์เครื่องนี้แล้ว จะส่งออกไปเมื่อมีอินเทอร์เน็ต
handover-title-child = คำถามสำหรับหนูคนเดียว
handover-person-child = หนูตอบคำถามต่อไปคนเดียวนะ คนที่ช่วยหนูจะไม่เห็นสิ่งที่หนูตอบ
giveback-intro-child = คำตอบของหนูถูกล็อกไว้แล้ว คนที่ช่วยหนูมองไม่เห็น ตอนนี้ส่งโทรศัพท์คืนให้คนที่ช่วยหนูนะ
reference-for-person-child = คำเหล่านี้เป็นของหนูคนเดียว หนูใช้คำเหล่านี้อ่านสิ่งที่สายด่วนเขียนตอบหนูได้ บนโทรศัพท์เครื่องไหนก็ได้ที่มีแอปนี้ ให้แตะ “{ $requests }” จากนั้นแตะ “{ $check }” แล้วพิมพ์คำหรือตัวเลข เก็บคำเหล่านี้เป็นความลับนะ เพราะใครที่มีคำเหล่านี้ก็อ่านคำตอบได้

## Errors (codes come from the app's core)

error-wrong_pin = รหัส PIN ไม่ถูกต้อง
error-locked = โปรดเปิดแอปด้วยรหัส PIN ของคุณก่อน
error-no_hotline = แอปนี้ยังไม่ได้เชื่อมต่อกับสายด่วน ฉบับร่างของคุณบันทึกไว้แล้ว
error-invalid = มีบางคำตอบที่ต้องแก้ไข โปรดดูคำถามที่มีเครื่องหมายไว้
error-pin_too_short = รหัส PIN ต้องมีตัวเลข 6 ถึง 12 ตัว
error-duress_same_as_pin = รหัส PIN ฉุกเฉินต้องไม่เหมือนกับรหัส PIN ของคุณ
error-worker_drafts_open = โหมดเจ้าหน้าที่ลงพื้นที่จะยังเปิดอยู่ ตราบที่คำขอของคนที่คุณช่วยยังไม่ได้ส่ง โปรดส่งคำขอเหล่านั้น หรือลบใน “คำขอที่ยังไม่ได้ส่ง” แล้วจึงปิดโหมดนี้
error-already_set_up = แอปนี้ตั้งค่าไว้แล้ว
error-not_found = ไม่พบสิ่งนี้ อาจถูกลบไปแล้ว
error-internal = มีบางอย่างผิดพลาด คำขอที่บันทึกไว้ของคุณยังปลอดภัย โปรดลองอีกครั้ง
error-not_set_up = แอปนี้ยังไม่ได้ตั้งค่า โปรดเลือกรหัส PIN ก่อน
error-busy = แอปกำลังส่งอยู่ โปรดลองอีกครั้งในอีกสักครู่
error-status_unavailable = ตอนนี้ยังถามสายด่วนไม่ได้ คำขอของคุณยังปลอดภัย โปรดลองอีกครั้งภายหลัง
error-malformed = อ่านบางคำตอบไม่ได้ โปรดตรวจดูแล้วลองอีกครั้ง
error-too_large = ยาวเกินไปที่จะส่ง โปรดเขียนข้อความให้สั้นลง
error-unsupported_version = ต้องอัปเดตแอปนี้
error-profile = ข้อมูลสายด่วนในแอปนี้ไม่ถูกต้อง ฉบับร่างของคุณบันทึกไว้แล้ว โปรดติดตั้งแอปเวอร์ชันใหม่
error-sync_client = ตอนนี้แอปเชื่อมต่ออย่างปลอดภัยไม่ได้ คำขอของคุณบันทึกไว้แล้ว และจะส่งออกไปภายหลัง
error-already_exists = สิ่งนี้บันทึกไว้แล้ว
error-empty_pin = โปรดพิมพ์รหัส PIN ของคุณ
error-invalid_kdf_params = การตั้งค่าของแอปนี้ไม่ถูกต้อง โปรดติดตั้งแอปเวอร์ชันใหม่
error-device_secret_unavailable = แอปใช้ที่เก็บข้อมูลที่ปลอดภัยของโทรศัพท์เครื่องนี้ไม่ได้ โปรดปิดแล้วเปิดโทรศัพท์ใหม่ แล้วลองอีกครั้ง
error-envelope = ล็อกคำขอของคุณสำหรับสายด่วนไม่ได้ คำขอยังบันทึกเป็นฉบับร่างอยู่
error-receipt_mismatch = ตรวจสอบคำตอบของสายด่วนไม่ได้ คำขอของคุณจะถูกส่งอีกครั้ง
error-corrupt = ข้อมูลที่แอปบันทึกไว้เสียหาย เปิดไม่ได้
error-io = โทรศัพท์บันทึกสิ่งนี้ไม่ได้ พื้นที่อาจเต็ม โปรดเพิ่มพื้นที่ว่างแล้วลองอีกครั้ง
error-database = แอปอ่านหรือบันทึกข้อมูลไม่ได้ คำขอที่บันทึกไว้ของคุณยังปลอดภัย โปรดลองอีกครั้ง
error-pin_too_long = รหัส PIN ต้องมีตัวเลข 6 ถึง 12 ตัว
error-pin_not_digits = รหัส PIN มีแต่ตัวเลขเท่านั้น
error-reference_word_count = รหัสมี 9 คำ ดูว่าคุณพิมพ์ครบทุกคำ
error-reference_unknown_word = มีคำหนึ่งไม่ถูกต้อง ตรวจการสะกด
check-reference-wrong-word = คำที่ { $number } ไม่ถูกต้อง ตรวจการสะกด
error-reference_digits = รหัสมีตัวเลข 22 ตัว ดูว่าคุณพิมพ์ครบทุกตัว
error-reference_check = มีคำหรือตัวเลขหนึ่งไม่ถูกต้อง ตรวจทีละตัวแล้วลองอีกครั้ง
error-reference_not_found = สายด่วนยังไม่มีคำขอที่ใช้รหัสนี้ ถ้าคำขอส่งมาจากโทรศัพท์ที่ไม่มีอินเทอร์เน็ต คำขอจะมาถึงเมื่อโทรศัพท์เครื่องนั้นมีอินเทอร์เน็ตอีกครั้ง โปรดลองอีกครั้งภายหลัง ถ้ายังไม่พบ ให้ตรวจทีละคำหรือทีละตัวเลข
field-error-empty = โปรดกรอกข้อมูลนี้ หรือข้ามคำถามนี้
field-error-not_trimmed = โปรดลบช่องว่างที่อยู่ตอนต้นหรือตอนท้าย
field-error-too_long = ยาวเกินไป ใส่ได้ไม่เกิน { $max } ตัวอักษร
field-error-too_many_bytes = ยาวเกินไป
field-error-too_many = มากเกินไป ใส่ได้ไม่เกิน { $max }
field-error-duplicate = มีรายการนี้ซ้ำกันสองครั้ง
field-error-control_characters = มีตัวอักษรที่ใช้ไม่ได้
field-error-invalid_phone = หมายเลขโทรศัพท์นี้ดูไม่ถูกต้อง ให้ขึ้นต้นด้วย + และรหัสประเทศ
field-error-invalid_region = ไม่รู้จักประเทศนี้
field-error-invalid_email = ที่อยู่อีเมลนี้ดูไม่ถูกต้อง
field-error-invalid_language = ไม่รู้จักภาษานี้
field-error-invalid_time_zone = ไม่รู้จักเขตเวลานี้
field-error-invalid_time = โปรดเลือกเวลาเริ่มต้นและเวลาสิ้นสุดที่ไม่ตรงกัน
field-error-no_contact_method = โปรดเลือกวิธีติดต่อคุณอย่างน้อยหนึ่งทาง แค่เลือก "จะเข้ามาดูคำตอบในแอปนี้เอง" ก็พอ
field-error-unsupported_version = ต้องอัปเดตแอปนี้
