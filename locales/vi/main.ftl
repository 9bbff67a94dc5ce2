## Reach — Tiếng Việt
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = Tiếng Việt
# The language's name in English, for the language search.
-locale-english = Vietnamese
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = Máy tính
quick-exit = Thoát nhanh
quick-exit-hint = Ẩn ứng dụng này ngay lập tức
back = Quay lại
next = Tiếp
skip = Bỏ qua
save = Lưu
cancel = Hủy
close = Đóng
done = Xong
optional = không bắt buộc
step-of = Bước { $current } trên { $total }
saved-locked = Đã lưu và khóa trên điện thoại này

## Calculator (the app's disguise)

calc-label = Máy tính
calc-display-label = Kết quả
calc-clear = C
calc-equals = =
calc-error = Lỗi

## First use: a private PIN

setup-title = Giữ ứng dụng này riêng tư
setup-intro = Hãy chọn một số bí mật (mã PIN). Chỉ một mình bạn được biết số này.
setup-how = Lần sau, muốn mở ứng dụng này, hãy gõ mã PIN trên máy tính, rồi bấm =.
setup-pin-label = Mã PIN của bạn (từ 6 đến 12 số)
setup-pin-repeat-label = Gõ lại mã PIN của bạn
setup-duress-title = Mã PIN khẩn cấp (có thể bỏ qua)
setup-duress-intro = Nếu có người ép bạn mở ứng dụng này, hãy gõ mã PIN kia thay vào. Ứng dụng sẽ trông như trống rỗng, và mọi thứ bên trong sẽ bị xóa mà không để lại dấu vết.
setup-duress-label = Mã PIN khẩn cấp
setup-submit = Lưu mã PIN của tôi
setup-mismatch = Hai mã PIN không giống nhau. Vui lòng thử lại.

## Language

lang-title = Chọn ngôn ngữ của bạn
lang-intro = Bạn có thể đổi lại sau trong phần Cài đặt.
lang-search-label = Tìm ngôn ngữ của bạn
lang-search-hint = Nhập tên ngôn ngữ của bạn, bằng bất kỳ ngôn ngữ nào
lang-search-none = Không có ngôn ngữ nào khớp. Hãy thử gõ ít chữ hơn.
lang-yours = Ngôn ngữ trên điện thoại này
lang-all = Tất cả ngôn ngữ
lang-load-failed = Không mở được ngôn ngữ này, nên ứng dụng đang hiển thị bằng tiếng Anh.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = Bạn bao nhiêu tuổi?
age-intro = Bạn có thể bỏ qua phần này. Nếu bạn dưới 18 tuổi, ứng dụng sẽ dùng từ ngữ đơn giản hơn và hiện những nơi giúp đỡ trẻ em.
age-under_18 = Dưới 18
age-18_to_25 = Từ 18 đến 25
age-26_to_59 = Từ 26 đến 59
age-60_plus = Từ 60 trở lên

## Danger check and emergency numbers

danger-title = Bây giờ bạn có đang gặp nguy hiểm không?
danger-yes = Có, tôi đang gặp nguy hiểm
danger-no = Không, lúc này thì không
emergency-title = Số điện thoại khẩn cấp
emergency-intro = Bạn có thể gọi các số này mà không cần internet.
emergency-country-label = Quốc gia của bạn
emergency-police = Cảnh sát và cấp cứu
emergency-hotline = Hỗ trợ người bị mua bán hoặc bị ép làm việc
emergency-children = Hỗ trợ trẻ em và thanh thiếu niên
emergency-call = Gọi { $number }
emergency-source = Nguồn: { $source }
emergency-checked = Đã kiểm tra: { $date }
emergency-not-checked = Chưa được kiểm tra lại. Nếu số này không gọi được, hãy gọi số khẩn cấp.
emergency-call-trace = Các cuộc gọi và tin nhắn vẫn được lưu trong danh sách trên điện thoại của bạn. Nếu có người kiểm tra điện thoại của bạn, bạn có thể xóa chúng sau đó.
emergency-none = Chúng tôi chưa có số điện thoại cho nước này. Nếu bạn đang gặp nguy hiểm, hãy gọi số khẩn cấp ở nơi bạn đang ở.
emergency-continue = Tiếp tục và xin giúp đỡ

## What help is needed

needs-title = Bạn cần giúp đỡ gì?
needs-intro = Chọn tất cả những gì phù hợp. Bạn có thể bỏ qua phần này.
need-safety_now = Được an toàn ngay bây giờ
need-shelter = Một nơi an toàn để ở
need-medical = Bác sĩ hoặc thuốc men
need-legal_immigration = Giúp về giấy tờ, visa hoặc luật pháp
need-labour_exploitation = Gặp vấn đề ở chỗ làm hoặc không được trả lương
need-sexual_exploitation = Bị ép quan hệ tình dục
need-child_at_risk = Có trẻ em đang gặp nguy hiểm
need-money_debt = Tiền bạc hoặc nợ nần
need-going_home = Về nhà hoặc tìm lại gia đình
need-interpreter = Người nói được tiếng của tôi
need-other = Việc khác
urgency-title = Khi nào bạn cần được giúp đỡ?
urgency-now = Ngay bây giờ
urgency-today = Hôm nay
urgency-this_week = Trong tuần này
urgency-not_urgent = Có thể chờ được
for-whom-title = Yêu cầu này là cho ai?
for-whom-self = Cho tôi
for-whom-someone_else = Cho người khác
for-whom-assisted_by_outreach = Tôi là nhân viên hỗ trợ, đang giúp một người khác

## Safe contact

contact-title = Đường dây nóng có thể liên lạc an toàn với bạn bằng cách nào?
contact-intro = Chọn ít nhất một cách. Chỉ chọn những cách an toàn cho bạn.
contact-call = Gọi điện thoại
contact-sms = Tin nhắn (SMS)
contact-messaging_app = Ứng dụng nhắn tin
contact-email = Email
contact-in_person_via_outreach = Gặp trực tiếp, qua nhân viên hỗ trợ
contact-check_back_in_app = Tôi sẽ xem câu trả lời trong ứng dụng này
contact-phone-label = Số điện thoại, có mã quốc gia (ví dụ +84…)
contact-app-label = Ứng dụng nào? (ví dụ WhatsApp, Signal)
contact-handle-label = Tên hoặc số của bạn trong ứng dụng đó
contact-email-label = Địa chỉ email
times-title = Khi nào liên lạc với bạn thì an toàn?
times-intro = Bạn có thể bỏ qua phần này. Khi đó, đường dây nóng sẽ hết sức cẩn thận.
times-add = Thêm một khung giờ an toàn
times-remove = Xóa khung giờ này
times-from = Từ
times-to = Đến
times-days = Ngày
times-any-day = Ngày nào cũng được
times-zone = Múi giờ
weekday-mon = Thứ Hai
weekday-tue = Thứ Ba
weekday-wed = Thứ Tư
weekday-thu = Thứ Năm
weekday-fri = Thứ Sáu
weekday-sat = Thứ Bảy
weekday-sun = Chủ Nhật
voicemail-title = Đường dây nóng có được để lại tin nhắn thoại không?
voicemail-yes = Có, để lại tin nhắn thoại là an toàn
voicemail-no = Không, đừng bao giờ để lại tin nhắn thoại
voicemail-unsaid = Nếu bạn không nghe máy, đường dây nóng sẽ không để lại tin nhắn thoại.
code-word-label = Từ bí mật
code-word-hint = Đường dây nóng sẽ nói từ này, để bạn biết đúng là họ gọi.
someone-else-title = Nếu người khác nghe máy, đường dây nóng nên…
someone-else-hang_up = Cúp máy
someone-else-say_wrong_number = Nói là gọi nhầm số
someone-else-ask_for_code_word = Hỏi từ bí mật
someone-else-other = Cách khác
someone-else-other-label = Họ nên làm gì?
responder-title = Bạn muốn nói chuyện với ai?
responder-woman = Nhân viên nữ
responder-man = Nhân viên nam
responder-any_gender = Ai cũng được
responder-language-label = Ngôn ngữ bạn muốn được trả lời

## More (all optional)

more-title = Thêm một chút về bạn
more-intro = Tất cả đều không bắt buộc.
place-label = Bạn đang ở đâu? Chỉ cần ghi thành phố hoặc khu vực.
place-hint = Chỉ chia sẻ những gì bạn muốn. Ứng dụng này không bao giờ dùng vị trí của bạn.
message-label = Tin nhắn của bạn
message-hint = Bạn có thể viết bằng bất kỳ ngôn ngữ nào.
message-left =
    { $count ->
       *[other] Còn { $count } ký tự
    }

## Consent

consent-title = Ai được xem yêu cầu của bạn?
consent-intro = Bạn quyết định. Lựa chọn riêng tư nhất đã được chọn sẵn.
consent-hotline_only = Chỉ đường dây nóng
consent-hotline_only-desc = Chỉ nhóm đường dây nóng đọc. Họ không chia sẻ cho ai.
consent-may_refer_to_services = Đường dây nóng và các dịch vụ có thể giúp đỡ
consent-may_refer_to_services-desc = Đường dây nóng có thể chia sẻ với nhà tạm lánh, bác sĩ hoặc luật sư, để giúp bạn.
consent-may_involve_police = Đường dây nóng, các dịch vụ và cảnh sát
consent-may_involve_police-desc = Đường dây nóng cũng có thể báo cho cảnh sát.
consent-child-note = Vì em chưa đủ 18 tuổi, đường dây nóng có thể phải báo cho những người có nhiệm vụ bảo vệ trẻ em, để giữ cho em được an toàn.

## Review and send

review-title = Kiểm tra yêu cầu của bạn
review-intro = Yêu cầu của bạn sẽ được khóa lại, để chỉ đường dây nóng mới mở được. Sau khi gửi, không ai đọc được yêu cầu trên điện thoại này, kể cả bạn.
review-not-answered = Chưa trả lời
review-change = Sửa
review-needs = Cần giúp gì
review-contact = Cách liên lạc với bạn
review-times = Giờ an toàn
review-more = Thêm về bạn
review-consent = Ai được xem
submit = Khóa và gửi cho đường dây nóng
submit-working = Đang khóa yêu cầu của bạn…
submit-done = Yêu cầu của bạn đã được khóa trên điện thoại này. Yêu cầu sẽ được gửi đi khi có internet.

## Status

status-title = Các yêu cầu của bạn
status-intro = Ở đây bạn có thể xem từng yêu cầu đang đến bước nào.
status-empty = Chưa có yêu cầu nào.
status-saved = Đã lưu và khóa trên điện thoại này. Yêu cầu sẽ được gửi đi khi có internet.
status-sending = Đang gửi…
status-received = Đường dây nóng đã nhận được. Chúng tôi đã kiểm tra xác nhận từ đường dây nóng.
status-needs_attention = Yêu cầu này cần bạn xem lại.
status-attempts =
    { $count ->
       *[other] Đã thử { $count } lần
    }
status-hotline-received = Đang chờ người ở đường dây nóng đọc.
status-hotline-in_review = Có người ở đường dây nóng đang đọc.
status-hotline-answered = Đường dây nóng đã xử lý yêu cầu này.
status-hotline-closed = Đường dây nóng đã đóng yêu cầu này.
status-hotline-contact_planned = Người ở đường dây nóng đang tính cách liên lạc an toàn với bạn.
status-hotline-needs_interpreter = Đường dây nóng đang tìm người nói được tiếng của bạn.
status-hotline-referred = Đường dây nóng đã nhờ một tổ chức đối tác giúp bạn.
status-hotline-unknown = Đường dây nóng có tin mới về yêu cầu này. Hãy cập nhật ứng dụng khi an toàn, để xem thêm.
status-replies = Tin nhắn từ đường dây nóng
status-reply-note = Đường dây nóng cũng viết thêm (có thể không phải bằng tiếng của bạn):
status-reply-unreadable = Có một tin nhắn đến nhưng ứng dụng này không kiểm tra được, nên tin nhắn đó không được hiển thị.
status-offline = Hiện không có internet. Các yêu cầu của bạn vẫn an toàn trên điện thoại này.
status-send-now = Gửi ngay
status-retry = Thử lại
status-check = Hỏi tin tức từ đường dây nóng
status-new = Tạo yêu cầu mới

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = Chúng tôi đã đọc yêu cầu của bạn. Chúng tôi sẽ liên lạc với bạn theo cách bạn đã chọn.
reply-call_planned = Chúng tôi sẽ gọi cho bạn vào { $day }, trong khoảng từ { $from } đến { $to } (theo giờ nơi bạn đang ở).
reply-message_planned = Chúng tôi sẽ nhắn tin cho bạn vào { $day }, trong khoảng từ { $from } đến { $to } (theo giờ nơi bạn đang ở).
reply-interpreter = Chúng tôi đang tìm một phiên dịch viên nói được tiếng của bạn. Chúng tôi sẽ sớm liên lạc với bạn.
reply-referred = Chúng tôi đã nhờ một tổ chức đối tác ở gần bạn giúp đỡ. Họ sẽ liên lạc với bạn theo cách bạn đã chọn.
reply-call_us = Hãy gọi cho chúng tôi khi bạn thấy an toàn. Bạn tự chọn thời gian.
reply-danger = Nếu bây giờ bạn đang gặp nguy hiểm, hãy gọi số khẩn cấp. Bạn có thể tìm số này trong ứng dụng này.
reply-closed = Chúng tôi đã đóng yêu cầu của bạn. Bạn có thể gửi yêu cầu mới bất cứ lúc nào.
reply-unknown = Đường dây nóng đã gửi một tin nhắn mà phiên bản ứng dụng này không hiển thị được. Hãy cập nhật ứng dụng khi an toàn.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = Yêu cầu của bạn đã được đóng. Bạn có muốn cho chúng tôi biết sự giúp đỡ thế nào không? Ba câu hỏi ngắn. Bạn có thể bỏ qua.
feedback-private = Câu trả lời của bạn được gửi đi mà không kèm yêu cầu hay tên của bạn. Đường dây nóng chỉ thấy con số tổng.
feedback-start = Trả lời
feedback-skip = Không, cảm ơn
feedback-send = Gửi câu trả lời
feedback-q-helped = Bạn có nhận được sự giúp đỡ bạn cần không?
feedback-q-safe = Bạn có thấy an toàn khi chúng tôi liên lạc với bạn không?
feedback-q-recommend = Bạn có kể với bạn bè về chúng tôi không?
feedback-a-yes = Có
feedback-a-partly = Một phần
feedback-a-no = Không
feedback-thanks = Cảm ơn bạn. Câu trả lời của bạn sẽ được gửi.
feedback-declined = Được. Chúng tôi sẽ không hỏi lại.
feedback-failed = Không thành công. Vui lòng thử lại.
problem-unknown_key = Cần cập nhật ứng dụng này rồi mới gửi được yêu cầu này.
problem-conflict = Đường dây nóng có một yêu cầu khác trùng số. Vui lòng liên lạc với đường dây nóng bằng cách khác.
problem-malformed = Đường dây nóng không đọc được yêu cầu này. Vui lòng tạo yêu cầu mới.
problem-too_large = Yêu cầu này quá dài. Vui lòng tạo yêu cầu mới với tin nhắn ngắn hơn.
problem-unsupported_media_type = Cần cập nhật ứng dụng này rồi mới gửi được yêu cầu này.
problem-other = Mạng hoặc đường dây nóng đã từ chối yêu cầu này. Bạn có thể thử lại, hoặc thử mạng khác.

## Several people on one device (outreach)

drafts-title = Yêu cầu chưa gửi
drafts-continue = Tiếp tục
drafts-delete = Xóa
drafts-none = Không có gì đang chờ.
review-reference = Người này sẽ không giữ điện thoại này: hãy đưa cho họ một mã
review-reference-hint = Với mã này, họ có thể đọc câu trả lời của đường dây nóng trên bất kỳ điện thoại nào có ứng dụng này. Điện thoại này chỉ cho thấy đường dây nóng đã nhận yêu cầu hay chưa.
assisted-organisation-label = Tổ chức của bạn (bạn là nhân viên hỗ trợ)
assisted-hint = Đường dây nóng sẽ thấy bạn đã giúp người này, và bạn làm việc với ai.
assisted-channel-label = Đường dây nóng có thể liên lạc với bạn bằng cách nào (không bắt buộc)
reference-title = Mã của người này
reference-intro = Hãy đưa những từ này cho người đó. Với chúng, họ có thể đọc câu trả lời của đường dây nóng trên bất kỳ điện thoại nào có ứng dụng này. Điện thoại này không ghi chúng vào đâu cả, và sẽ quên chúng khi người đó đã có chúng.
reference-for-person = Những từ này là của bạn. Với chúng, bạn có thể đọc câu trả lời của đường dây nóng. Trên bất kỳ điện thoại nào có ứng dụng này, hãy mở “{ $requests }”, rồi bấm “{ $check }” và nhập các từ hoặc các số. Hãy cất giữ chúng cẩn thận: bất kỳ ai có chúng cũng đọc được câu trả lời.
reference-words = Các từ
reference-digits = Cùng mã đó bằng số
reference-request = Yêu cầu { $number }
reference-done = Người đó đã có mã của mình
reference-again = Ứng dụng đã tự khóa trong lúc mã đang hiện. Đây là mã một lần nữa: hãy đưa cho người đó ngay bây giờ.
status-check-reference = Kiểm tra mã
check-reference-title = Kiểm tra mã
check-reference-intro = Hãy nhập các từ hoặc các số bạn được đưa. Điện thoại này không giữ chúng, cũng không giữ câu trả lời.
check-reference-no-hotline = Ứng dụng này chưa được kết nối với đường dây nóng nào, nên không thể kiểm tra mã ở đây. Vui lòng thử trên một điện thoại khác có ứng dụng này.
check-reference-label = Từ hoặc số
check-reference-submit = Kiểm tra
check-reference-working = Đang kiểm tra. Có thể mất vài giây…
check-reference-no-replies = Chưa có tin nhắn nào từ đường dây nóng.
check-reference-show-in = Xem bằng { $language }
worker-title = Hỗ trợ cộng đồng
worker-working-as = Bạn làm việc với tư cách: { $organisation }
worker-intro = Mỗi người bạn giúp trả lời bằng ngôn ngữ của họ. Câu trả lời rời khỏi điện thoại này ở dạng niêm phong, và người đó mang theo một mã. Ở đây chỉ còn số và tình trạng của mỗi yêu cầu.
worker-new-person = Giúp một người mới
handover-title = Câu hỏi chỉ dành cho bạn
handover-worker = Bây giờ hãy đưa điện thoại cho người đó. Họ tự trả lời các câu hỏi tiếp theo, và bạn sẽ không thấy câu trả lời của họ.
handover-person = Các câu hỏi tiếp theo chỉ dành cho bạn. Người đang giúp bạn sẽ không thấy câu trả lời của bạn.
handover-start = Bắt đầu
giveback-title = Cảm ơn bạn
giveback-intro = Câu trả lời của bạn đã được niêm phong. Người đang giúp bạn không thể xem. Bây giờ hãy trả lại điện thoại.
giveback-button = Trả lại điện thoại
review-private = Người đó tự trả lời phần này. Không hiển thị.
review-assisted-as = Đường dây hỗ trợ sẽ thấy bạn đã giúp, với tư cách: { $organisation }
review-later = Để sau: giữ trong “Yêu cầu chưa gửi”
review-hand-again = Đưa lại điện thoại cho người đó
review-hand-again-hint = Dùng nút này nếu người đó muốn sửa những gì họ tự trả lời, hoặc có điều gì ở đó cần sửa. Họ sẽ thấy lại câu hỏi “Ai được xem” và chọn lại.
review-private-fix = Có điều người đó tự trả lời cần được sửa. Chỉ họ mới sửa được: hãy đưa lại điện thoại cho họ.
age-given-back-worker = Nếu bạn đổi tuổi sang “Dưới 18” hoặc từ “Dưới 18” sang mức khác, người đó phải xem lại câu hỏi “Ai được xem”: bạn sẽ đưa điện thoại cho họ thêm một lần nữa.
age-reopened-worker = Việc đổi tuổi đã thay đổi lựa chọn “Ai được xem” của người đó. Tiếp tục: bạn sẽ đưa lại điện thoại cho họ, và họ chọn lại.
setup-worker = Tôi là nhân viên hỗ trợ cộng đồng: tôi giúp người khác xin giúp đỡ
setup-worker-hint = Đường dây hỗ trợ sẽ thấy tổ chức của bạn trên mỗi yêu cầu bạn giúp.
worker-org-needed = Hãy viết tên tổ chức của bạn, hoặc tắt chế độ nhân viên tiếp cận cộng đồng.
settings-worker-title = Chế độ nhân viên hỗ trợ
settings-worker-intro = Giúp người khác gửi yêu cầu từ điện thoại này. Câu trả lời của họ được niêm phong, và mỗi người mang theo một mã.
settings-worker-on = Bật
settings-worker-save = Lưu thay đổi
settings-worker-off = Tắt
settings-worker-saved = Xong. Chế độ nhân viên hỗ trợ đang bật.
settings-worker-removed = Xong. Chế độ nhân viên hỗ trợ đã tắt.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = Đọc to: { $text }
speak-stop = Dừng đọc
speak-no-voice = Điện thoại này không có giọng đọc cho ngôn ngữ này.
speak-unavailable = Hiện tính năng đọc to không dùng được trên điện thoại này.
speak-headphones = Hãy dùng tai nghe nếu người ở gần có thể nghe thấy.

## Settings

settings-title = Cài đặt
settings-language = Ngôn ngữ
settings-read-aloud = Đọc to mỗi màn hình khi mở ra
settings-lock = Khóa ngay
settings-less-protected = Kém được bảo vệ hơn trên thiết bị này: ở đây không có nơi an toàn để giữ khóa, nên ai sao chép các tệp của ứng dụng có thể thử đoán mã PIN của bạn. Mã PIN dài hơn bảo vệ bạn tốt hơn.
settings-duress-title = Mã PIN khẩn cấp
settings-duress-intro = Mã PIN thứ hai, dùng khi có người ép bạn mở ứng dụng. Mã này xóa mọi thứ mà không để lại dấu vết.
settings-current-pin = Mã PIN của bạn
settings-duress-save = Lưu mã PIN khẩn cấp
settings-duress-remove = Xóa mã PIN khẩn cấp
settings-pin-title = Đổi mã PIN của bạn
settings-new-pin = Mã PIN mới (từ 6 đến 12 số)
settings-new-pin-again = Gõ lại mã PIN mới
settings-pin-save = Đổi mã PIN
settings-pin-changed = Mã PIN của bạn đã được đổi. Từ bây giờ, hãy dùng mã PIN mới.
settings-duress-saved = Xong. Mã PIN khẩn cấp của bạn đã được lưu.
settings-duress-removed = Xong. Bây giờ không còn mã PIN khẩn cấp nào.
pin-wrong-left =
    { $count ->
       *[other] Mã PIN không đúng. Nếu gõ sai mã PIN thêm { $count } lần nữa, mọi thứ trên điện thoại này sẽ bị xóa.
    }
settings-wipe-title = Xóa tất cả
settings-wipe-intro = Việc này xóa tất cả yêu cầu và bản nháp trên điện thoại này. Không thể lấy lại. Những yêu cầu đường dây nóng đã nhận vẫn còn ở đường dây nóng.
settings-wipe-confirm = Có, xóa tất cả

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = Bây giờ em có đang gặp nguy hiểm không?
danger-yes-child = Có, em đang gặp nguy hiểm
danger-no-child = Không, bây giờ thì không
emergency-intro-child = Em có thể gọi các số này. Em không cần internet.
emergency-call-trace-child = Điện thoại của em lưu lại danh sách cuộc gọi và tin nhắn. Nếu em lo có người sẽ nhìn thấy, em có thể xóa chúng đi sau.
needs-title-child = Em cần giúp chuyện gì?
needs-intro-child = Chạm vào tất cả những gì đúng với em. Em có thể bỏ qua phần này.
need-legal_immigration-child = Giúp về giấy tờ
need-labour_exploitation-child = Có người bắt em làm việc
need-sexual_exploitation-child = Có người bắt em làm những chuyện tình dục
need-money_debt-child = Có người nói em nợ tiền họ
need-going_home-child = Em muốn về nhà hoặc tìm gia đình
need-child_at_risk-child = Có một bạn nhỏ khác đang gặp nguy hiểm
urgency-title-child = Khi nào em cần giúp?
for-whom-title-child = Ai cần được giúp?
for-whom-self-child = Em
contact-title-child = Làm sao để chúng tôi nói chuyện với em an toàn?
contact-intro-child = Chọn một cách an toàn cho em. Không ai khác nên nhìn thấy.
times-title-child = Khi nào chúng tôi gọi hoặc nhắn tin cho em thì an toàn?
times-intro-child = Em có thể bỏ qua phần này. Khi đó, chúng tôi sẽ rất cẩn thận.
voicemail-title-child = Chúng tôi có thể để lại tin nhắn thoại cho em không?
someone-else-title-child = Nếu người khác nghe máy, chúng tôi nên làm gì?
responder-title-child = Em muốn nói chuyện với ai?
more-title-child = Còn gì nữa không?
more-intro-child = Em không cần phải trả lời.
place-label-child = Em đang ở đâu? Chỉ cần tên một thị trấn là đủ.
message-label-child = Nếu em muốn, hãy kể cho chúng tôi chuyện gì đang xảy ra
consent-title-child = Ai được đọc những gì em viết?
consent-intro-child = Em chọn nhé. Lựa chọn an toàn nhất đã được chọn sẵn.
consent-hotline_only-desc-child = Chỉ những người giúp đỡ ở đường dây nóng mới đọc. Họ giữ bí mật.
consent-may_refer_to_services-desc-child = Đường dây nóng có thể báo cho những người giữ an toàn cho trẻ em, như bác sĩ, một nơi ở an toàn hoặc luật sư.
consent-may_involve_police-desc-child = Đường dây nóng cũng có thể báo cho cảnh sát, để họ ngăn những người làm hại em.
review-title-child = Xem lại câu trả lời của em
review-intro-child = Khi em gửi đi, tin nhắn sẽ được khóa lại. Chỉ đường dây nóng mới mở được. Không ai đọc được trên điện thoại này, kể cả em.
submit-done-child = Tin nhắn của em đã được khóa trên điện thoại này. Tin nhắn sẽ được gửi đi khi có internet.
handover-title-child = Câu hỏi chỉ dành cho em
handover-person-child = Chỉ mình em trả lời các câu hỏi tiếp theo. Người đang giúp em sẽ không thấy em trả lời gì.
giveback-intro-child = Câu trả lời của em đã được khóa lại. Người đang giúp em không thể xem. Bây giờ em hãy trả lại điện thoại cho người đang giúp em nhé.
reference-for-person-child = Những từ này chỉ dành cho em. Nhờ chúng, em có thể đọc những gì đường dây nóng viết trả lời em. Trên bất kỳ điện thoại nào có ứng dụng này, hãy chạm vào “{ $requests }”, rồi chạm vào “{ $check }” và nhập các từ hoặc các số. Hãy giữ bí mật: bất kỳ ai có chúng cũng đọc được câu trả lời.

## Errors (codes come from the app's core)

error-wrong_pin = Mã PIN không đúng.
error-locked = Vui lòng mở ứng dụng bằng mã PIN của bạn trước.
error-no_hotline = Ứng dụng này chưa được kết nối với đường dây nóng nào. Bản nháp của bạn đã được lưu.
error-invalid = Một số câu trả lời cần sửa. Vui lòng xem các câu hỏi được đánh dấu.
error-pin_too_short = Mã PIN có từ 6 đến 12 số.
error-duress_same_as_pin = Mã PIN khẩn cấp phải khác mã PIN của bạn.
error-worker_drafts_open = Chế độ nhân viên hỗ trợ vẫn bật khi yêu cầu của những người bạn giúp chưa được gửi. Vui lòng gửi hoặc xóa các yêu cầu đó trong “Yêu cầu chưa gửi”, rồi tắt chế độ này.
error-already_set_up = Ứng dụng này đã được thiết lập rồi.
error-not_found = Không tìm thấy. Có thể đã bị xóa.
error-internal = Đã có lỗi. Các yêu cầu đã lưu của bạn vẫn an toàn. Vui lòng thử lại.
error-not_set_up = Ứng dụng này chưa được thiết lập. Vui lòng chọn mã PIN trước.
error-busy = Ứng dụng đang gửi. Vui lòng thử lại sau một lát.
error-status_unavailable = Hiện chưa hỏi được đường dây nóng. Yêu cầu của bạn vẫn an toàn. Vui lòng thử lại sau.
error-malformed = Không đọc được một số câu trả lời. Vui lòng kiểm tra lại rồi thử lại.
error-too_large = Nội dung này quá dài để gửi. Vui lòng viết tin nhắn ngắn hơn.
error-unsupported_version = Ứng dụng này cần được cập nhật.
error-profile = Thông tin đường dây nóng trong ứng dụng này không đúng. Bản nháp của bạn đã được lưu. Vui lòng cài bản cập nhật của ứng dụng.
error-sync_client = Hiện ứng dụng không thể kết nối an toàn. Yêu cầu của bạn đã được lưu và sẽ được gửi sau.
error-already_exists = Mục này đã được lưu rồi.
error-empty_pin = Vui lòng nhập mã PIN của bạn.
error-invalid_kdf_params = Cài đặt của ứng dụng này không đúng. Vui lòng cài bản cập nhật của ứng dụng.
error-device_secret_unavailable = Ứng dụng không dùng được nơi lưu trữ an toàn của điện thoại này. Vui lòng khởi động lại điện thoại rồi thử lại.
error-envelope = Không khóa được yêu cầu của bạn để gửi cho đường dây nóng. Yêu cầu vẫn được lưu dưới dạng bản nháp.
error-receipt_mismatch = Không kiểm tra được câu trả lời của đường dây nóng. Yêu cầu của bạn sẽ được gửi lại.
error-corrupt = Dữ liệu đã lưu của ứng dụng bị hỏng. Không mở được dữ liệu này.
error-io = Điện thoại không lưu được mục này. Có thể bộ nhớ đã đầy. Vui lòng giải phóng bớt dung lượng rồi thử lại.
error-database = Ứng dụng không đọc hoặc lưu được dữ liệu. Các yêu cầu đã lưu của bạn vẫn an toàn. Vui lòng thử lại.
error-pin_too_long = Mã PIN có từ 6 đến 12 số.
error-pin_not_digits = Mã PIN chỉ có số.
error-reference_word_count = Một mã có 9 từ. Hãy xem bạn đã nhập đủ chưa.
error-reference_unknown_word = Một trong các từ không đúng. Hãy kiểm tra chính tả.
check-reference-wrong-word = Từ thứ { $number } không đúng. Hãy kiểm tra chính tả.
error-reference_digits = Một mã có 22 số. Hãy xem bạn đã nhập đủ chưa.
error-reference_check = Một từ hoặc một số không đúng. Hãy kiểm tra từng cái và thử lại.
error-reference_not_found = Đường dây nóng chưa có yêu cầu nào với mã này. Nếu yêu cầu được gửi từ một điện thoại không có internet, yêu cầu sẽ đến khi điện thoại đó có internet trở lại: vui lòng thử lại sau. Nếu vẫn không tìm thấy, hãy kiểm tra từng từ hoặc từng số.
field-error-empty = Vui lòng điền vào đây, hoặc bỏ qua câu hỏi.
field-error-not_trimmed = Vui lòng xóa khoảng trắng ở đầu hoặc ở cuối.
field-error-too_long = Quá dài. Tối đa { $max } ký tự.
field-error-too_many_bytes = Quá dài.
field-error-too_many = Quá nhiều. Tối đa { $max }.
field-error-duplicate = Mục này có hai lần trong danh sách.
field-error-control_characters = Có ký tự không dùng được.
field-error-invalid_phone = Số điện thoại này có vẻ không đúng. Hãy bắt đầu bằng dấu + và mã quốc gia.
field-error-invalid_region = Không nhận ra quốc gia này.
field-error-invalid_email = Địa chỉ email này có vẻ không đúng.
field-error-invalid_language = Không nhận ra ngôn ngữ này.
field-error-invalid_time_zone = Không nhận ra múi giờ này.
field-error-invalid_time = Vui lòng chọn giờ bắt đầu và giờ kết thúc khác nhau.
field-error-no_contact_method = Vui lòng chọn ít nhất một cách liên lạc với bạn. Chọn "Tôi sẽ xem câu trả lời trong ứng dụng này" là đủ.
field-error-unsupported_version = Ứng dụng này cần được cập nhật.
