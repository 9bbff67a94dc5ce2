## Reach — 한국어 (Korean)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = 한국어
# The language's name in English, for the language search.
-locale-english = Korean
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = 계산기
quick-exit = 빨리 나가기
quick-exit-hint = 이 앱을 바로 숨겨요
back = 뒤로
next = 다음
skip = 건너뛰기
save = 저장
cancel = 취소
close = 닫기
done = 완료
optional = 선택 사항
step-of = { $total }단계 중 { $current }단계
saved-locked = 이 휴대폰에 저장하고 잠갔어요

## Calculator (the app's disguise)

calc-label = 계산기
calc-display-label = 결과
calc-clear = C
calc-equals = =
calc-error = 오류

## First use: a private PIN

setup-title = 이 앱을 나만 쓸 수 있게 하기
setup-intro = 비밀 숫자(PIN)를 정하세요. 나만 알고 있어야 해요.
setup-how = 나중에 이 앱을 열려면 계산기에 PIN을 누른 다음 =을 누르세요.
setup-pin-label = 내 PIN (숫자 6~12개)
setup-pin-repeat-label = PIN을 한 번 더 입력하세요
setup-duress-title = 긴급 PIN (건너뛰어도 돼요)
setup-duress-intro = 누군가 이 앱을 열라고 강요하면, 대신 이 다른 PIN을 입력하세요. 앱은 비어 있는 것처럼 보이고, 안에 있는 모든 것이 아무 흔적 없이 지워져요.
setup-duress-label = 긴급 PIN
setup-submit = 내 PIN 저장
setup-mismatch = 두 PIN이 같지 않아요. 다시 해 보세요.

## Language

lang-title = 언어를 고르세요
lang-intro = 나중에 설정에서 바꿀 수 있어요.
lang-search-label = 내 언어 찾기
lang-search-hint = 언어 이름을 아무 언어로나 입력하세요
lang-search-none = 맞는 언어가 없어요. 글자를 더 적게 입력해 보세요.
lang-yours = 이 휴대폰의 언어
lang-all = 모든 언어
lang-load-failed = 이 언어를 열 수 없어서 앱을 영어로 보여 드려요.

## Age (asked early, optional: under 18 switches to the child's path)

age-title = 몇 살이에요?
age-intro = 건너뛰어도 돼요. 18세 미만이면 앱이 더 쉬운 말을 쓰고, 어린이를 위한 도움을 보여 줘요.
age-under_18 = 18세 미만
age-18_to_25 = 18~25세
age-26_to_59 = 26~59세
age-60_plus = 60세 이상

## Danger check and emergency numbers

danger-title = 지금 위험한 상황인가요?
danger-yes = 네, 지금 위험해요
danger-no = 아니요, 지금은 아니에요
emergency-title = 긴급 전화번호
emergency-intro = 이 번호들은 인터넷 없이도 전화할 수 있어요.
emergency-country-label = 지금 있는 나라
emergency-police = 경찰 및 긴급 구조
emergency-hotline = 인신매매나 강제 노동을 겪는 사람을 위한 도움
emergency-children = 어린이와 청소년을 위한 도움
emergency-call = { $number }에 전화하기
emergency-source = 출처: { $source }
emergency-checked = 확인한 날: { $date }
emergency-not-checked = 아직 다시 확인하지 않았어요. 번호가 안 되면 긴급 전화번호로 전화하세요.
emergency-call-trace = 전화와 문자 메시지는 휴대폰의 목록에 남아요. 누군가 휴대폰을 확인한다면, 나중에 지울 수 있어요.
emergency-none = 이 나라의 번호는 아직 없어요. 위험하다면 그 지역의 긴급 전화번호로 전화하세요.
emergency-continue = 계속해서 도움 요청하기

## What help is needed

needs-title = 어떤 도움이 필요해요?
needs-intro = 맞는 것을 모두 고르세요. 건너뛰어도 돼요.
need-safety_now = 지금 안전해지기
need-shelter = 머물 수 있는 안전한 곳
need-medical = 의사나 약
need-legal_immigration = 서류, 비자, 법에 관한 도움
need-labour_exploitation = 일터의 문제나 임금을 못 받음
need-sexual_exploitation = 성적인 일을 강요당함
need-child_at_risk = 아이가 위험해요
need-money_debt = 돈이나 빚
need-going_home = 집에 돌아가기나 가족 찾기
need-interpreter = 내 언어를 할 줄 아는 사람
need-other = 다른 것
urgency-title = 얼마나 빨리 도움이 필요해요?
urgency-now = 지금
urgency-today = 오늘
urgency-this_week = 이번 주
urgency-not_urgent = 기다릴 수 있어요
for-whom-title = 누구를 위한 요청인가요?
for-whom-self = 나를 위해
for-whom-someone_else = 다른 사람을 위해
for-whom-assisted_by_outreach = 현장 활동가로서 다른 사람을 돕고 있어요

## Safe contact

contact-title = 상담센터가 어떻게 하면 안전하게 연락할 수 있나요?
contact-intro = 한 가지 이상 고르세요. 나에게 안전한 방법만 고르세요.
contact-call = 전화
contact-sms = 문자 메시지 (SMS)
contact-messaging_app = 메신저 앱
contact-email = 이메일
contact-in_person_via_outreach = 현장 활동가를 통해 직접 만나기
contact-check_back_in_app = 이 앱에서 답을 확인할게요
contact-phone-label = 전화번호, 국가 번호 포함 (예: +44…)
contact-app-label = 어떤 앱인가요? (예: WhatsApp, Signal)
contact-handle-label = 그 앱에서 쓰는 이름이나 번호
contact-email-label = 이메일 주소
times-title = 언제 연락하면 안전한가요?
times-intro = 건너뛰어도 돼요. 그러면 상담센터가 더 조심할 거예요.
times-add = 안전한 시간 추가
times-remove = 이 시간 지우기
times-from = 시작 시간
times-to = 끝 시간
times-days = 요일
times-any-day = 아무 요일이나
times-zone = 시간대
weekday-mon = 월요일
weekday-tue = 화요일
weekday-wed = 수요일
weekday-thu = 목요일
weekday-fri = 금요일
weekday-sat = 토요일
weekday-sun = 일요일
voicemail-title = 상담센터가 음성 메시지를 남겨도 되나요?
voicemail-yes = 네, 음성 메시지는 안전해요
voicemail-no = 아니요, 음성 메시지는 절대 남기지 마세요
voicemail-unsaid = 전화를 받지 않으면 상담센터는 음성 메시지를 남기지 않아요.
code-word-label = 암호 단어
code-word-hint = 상담센터가 이 단어를 말할 거예요. 그러면 정말 상담센터인지 알 수 있어요.
someone-else-title = 다른 사람이 전화를 받으면 상담센터는…
someone-else-hang_up = 전화를 끊기
someone-else-say_wrong_number = 잘못 건 전화라고 말하기
someone-else-ask_for_code_word = 암호 단어를 물어보기
someone-else-other = 다른 것
someone-else-other-label = 어떻게 해야 하나요?
responder-title = 누구와 이야기하고 싶어요?
responder-woman = 여성
responder-man = 남성
responder-any_gender = 아무나 괜찮아요
responder-language-label = 답을 받고 싶은 언어

## More (all optional)

more-title = 나에 대해 조금 더
more-intro = 모두 선택 사항이에요.
place-label = 지금 어디에 있나요? 도시나 지역만 적어도 돼요.
place-hint = 알리고 싶은 것만 적으세요. 이 앱은 내 위치를 절대 쓰지 않아요.
message-label = 내 메시지
message-hint = 어떤 언어로 써도 돼요.
message-left =
    { $count ->
       *[other] { $count }자 남음
    }

## Consent

consent-title = 누가 내 요청을 볼 수 있나요?
consent-intro = 직접 정하세요. 비밀이 가장 잘 지켜지는 선택이 이미 골라져 있어요.
consent-hotline_only = 상담센터만
consent-hotline_only-desc = 상담센터 팀만 읽어요. 다른 곳에 알리지 않아요.
consent-may_refer_to_services = 상담센터와 도울 수 있는 기관
consent-may_refer_to_services-desc = 돕기 위해 상담센터가 쉼터, 의사, 변호사에게 알릴 수 있어요.
consent-may_involve_police = 상담센터, 도움 기관, 경찰
consent-may_involve_police-desc = 상담센터가 경찰에게도 알릴 수 있어요.
consent-child-note = 18세 미만이라서, 안전을 지키기 위해 상담센터가 어린이를 보호하는 일을 하는 사람들에게 알려야 할 수도 있어요.

## Review and send

review-title = 요청 확인하기
review-intro = 요청은 상담센터만 열 수 있도록 잠겨요. 보낸 뒤에는 이 휴대폰에서 아무도 읽을 수 없어요. 나도 읽을 수 없어요.
review-not-answered = 답하지 않음
review-change = 바꾸기
review-needs = 필요한 도움
review-contact = 연락 방법
review-times = 안전한 시간
review-more = 나에 대해 더
review-consent = 볼 수 있는 사람
submit = 잠그고 상담센터에 보내기
submit-working = 요청을 잠그는 중…
submit-done = 요청이 이 휴대폰에서 잠겼어요. 인터넷이 연결되면 보내져요.

## Status

status-title = 내 요청
status-intro = 여기에서 각 요청이 어디까지 갔는지 볼 수 있어요.
status-empty = 아직 요청이 없어요.
status-saved = 이 휴대폰에 저장하고 잠갔어요. 인터넷이 연결되면 보내져요.
status-sending = 지금 보내는 중…
status-received = 상담센터가 받았어요. 상담센터의 수신 확인을 검사했어요.
status-needs_attention = 이 요청을 확인해 주세요.
status-attempts =
    { $count ->
       *[other] { $count }번 시도함
    }
status-hotline-received = 상담센터에서 누군가 읽기를 기다리고 있어요.
status-hotline-in_review = 상담센터에서 누군가 읽고 있어요.
status-hotline-answered = 상담센터가 조치를 했어요.
status-hotline-closed = 상담센터가 요청을 종료했어요.
status-hotline-contact_planned = 상담센터에서 안전하게 연락할 방법을 계획하고 있어요.
status-hotline-needs_interpreter = 상담센터가 내 언어를 할 줄 아는 사람을 찾고 있어요.
status-hotline-referred = 상담센터가 협력 기관에 도움을 부탁했어요.
status-hotline-unknown = 상담센터에서 새 소식이 있어요. 안전할 때 앱을 업데이트하면 더 볼 수 있어요.
status-replies = 상담센터에서 온 메시지
status-reply-note = 상담센터가 이렇게도 썼어요 (내 언어가 아닐 수도 있어요):
status-reply-unreadable = 메시지가 왔지만 이 앱이 확인할 수 없어서 보여 주지 않아요.
status-offline = 지금은 인터넷이 없어요. 내 요청은 이 휴대폰에 안전하게 있어요.
status-send-now = 지금 보내기
status-retry = 다시 시도
status-check = 상담센터에 새 소식 물어보기
status-new = 새 요청 시작

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = 요청을 읽었어요. 선택하신 방법으로 연락드릴게요.
reply-call_planned = { $day } { $from }에서 { $to } 사이에 전화드릴게요 (계신 곳 시간 기준).
reply-message_planned = { $day } { $from }에서 { $to } 사이에 메시지를 보내 드릴게요 (계신 곳 시간 기준).
reply-interpreter = 사용하시는 언어를 할 줄 아는 통역사를 찾고 있어요. 곧 연락드릴게요.
reply-referred = 가까운 협력 기관에 도움을 부탁했어요. 그 기관에서 선택하신 방법으로 연락할 거예요.
reply-call_us = 안전할 때 저희에게 전화해 주세요. 시간은 직접 정하세요.
reply-danger = 지금 위험하다면 긴급 전화번호로 전화하세요. 이 앱에서 번호를 찾을 수 있어요.
reply-closed = 요청을 종료했어요. 언제든지 새 요청을 보낼 수 있어요.
reply-unknown = 상담센터가 보낸 메시지를 이 버전의 앱에서는 보여 줄 수 없어요. 안전할 때 앱을 업데이트해 주세요.

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = 요청이 종료되었어요. 도움이 어땠는지 알려 줄래요? 짧은 질문 3개예요. 건너뛰어도 돼요.
feedback-private = 답은 요청 내용이나 이름 없이 보내져요. 상담센터는 전체 합계만 봐요.
feedback-start = 답하기
feedback-skip = 아니요, 괜찮아요
feedback-send = 답 보내기
feedback-q-helped = 필요한 도움을 받았나요?
feedback-q-safe = 저희가 연락했을 때 안전하다고 느꼈나요?
feedback-q-recommend = 친구에게 저희를 알려 줄 마음이 있나요?
feedback-a-yes = 네
feedback-a-partly = 어느 정도
feedback-a-no = 아니요
feedback-thanks = 고마워요. 답이 보내질 거예요.
feedback-declined = 알겠어요. 다시 묻지 않을게요.
feedback-failed = 잘 되지 않았어요. 다시 해 보세요.
problem-unknown_key = 이 요청을 보내려면 먼저 앱을 업데이트해야 해요.
problem-conflict = 상담센터에 같은 번호의 다른 요청이 있어요. 다른 방법으로 상담센터에 연락해 주세요.
problem-malformed = 상담센터가 이 요청을 읽을 수 없었어요. 새 요청을 시작해 주세요.
problem-too_large = 이 요청은 너무 길어요. 메시지를 짧게 해서 새 요청을 시작해 주세요.
problem-unsupported_media_type = 이 요청을 보내려면 먼저 앱을 업데이트해야 해요.
problem-other = 네트워크나 상담센터가 이 요청을 받지 않았어요. 다시 시도하거나 다른 네트워크를 써 보세요.

## Several people on one device (outreach)

drafts-title = 아직 보내지 않은 요청
drafts-continue = 계속하기
drafts-delete = 삭제
drafts-none = 기다리는 것이 없어요.
review-reference = 이 사람은 이 휴대폰을 가지고 있지 않을 거예요. 이 사람에게 코드를 주세요
review-reference-hint = 코드가 있으면 이 앱이 있는 어느 휴대폰에서든 상담센터의 답을 읽을 수 있어요. 이 휴대폰에는 상담센터가 요청을 받았는지만 보여요.
assisted-organisation-label = 소속 기관 (당신, 현장 활동가)
assisted-hint = 당신이 이 사람을 도왔다는 것과 어느 기관에서 일하는지 상담센터가 보게 돼요.
assisted-channel-label = 상담센터가 당신에게 연락할 방법 (선택)
reference-title = 이 사람의 코드
reference-intro = 이 단어들을 이 사람에게 주세요. 이 단어들이 있으면 이 앱이 있는 어느 휴대폰에서든 상담센터의 답을 읽을 수 있어요. 이 휴대폰은 이 단어들을 어디에도 저장하지 않고, 이 사람이 받고 나면 잊어버려요.
reference-for-person = 이 단어들은 당신의 것이에요. 이 단어들이 있으면 상담센터의 답을 읽을 수 있어요. 이 앱이 있는 어느 휴대폰에서든 ‘{ $requests }’ 버튼을 누르고, 그다음 ‘{ $check }’ 버튼을 눌러 단어나 숫자를 입력해 주세요. 잘 간직해 주세요. 이 단어들을 아는 사람은 누구나 답을 읽을 수 있어요.
reference-words = 단어
reference-digits = 같은 코드를 숫자로
reference-request = 요청 { $number }
reference-done = 이 사람이 코드를 받았어요
reference-again = 코드가 보이는 동안 앱이 잠겼어요. 다시 보여 드릴게요. 지금 이 사람에게 코드를 주세요.
status-check-reference = 코드 확인하기
check-reference-title = 코드 확인하기
check-reference-intro = 받은 단어나 숫자를 입력해 주세요. 이 휴대폰에는 그 단어나 숫자도, 답도 저장되지 않아요.
check-reference-no-hotline = 이 앱은 아직 상담센터에 연결되지 않아서 여기서는 코드를 확인할 수 없어요. 이 앱이 있는 다른 휴대폰에서 해 보세요.
check-reference-label = 단어 또는 숫자
check-reference-submit = 확인
check-reference-working = 확인하는 중이에요. 몇 초 걸릴 수 있어요…
check-reference-no-replies = 상담센터에서 온 메시지가 아직 없어요.
check-reference-show-in = { $language }(으)로 보기
worker-title = 현장 활동
worker-working-as = 소속: { $organisation }
worker-intro = 도움을 받는 사람은 각자 자기 언어로 답합니다. 답은 봉인되어 이 휴대폰에서 나가고, 그 사람은 코드를 가지고 갑니다. 여기에는 요청마다 번호와 상태만 남습니다.
worker-new-person = 새로운 사람 돕기
handover-title = 당신만을 위한 질문
handover-worker = 이제 휴대폰을 그 사람에게 건네주세요. 다음 질문은 그 사람이 혼자 답하며, 당신은 답을 보지 않습니다.
handover-person = 다음 질문은 당신만을 위한 것입니다. 당신을 돕는 사람은 당신의 답을 보지 않습니다.
handover-start = 시작
giveback-title = 고맙습니다
giveback-intro = 당신의 답은 봉인되었습니다. 당신을 돕는 사람은 볼 수 없습니다. 이제 휴대폰을 돌려주세요.
giveback-button = 휴대폰 돌려주기
review-private = 이 부분은 그 사람이 혼자 답했습니다. 표시되지 않습니다.
review-assisted-as = 상담 전화는 당신이 도왔다는 것을 이렇게 봅니다: { $organisation }
review-later = 나중에 하기: ‘아직 보내지 않은 요청’에 두기
review-hand-again = 그 사람에게 휴대폰 다시 건네주기
review-hand-again-hint = 그 사람이 혼자 답한 것을 바꾸고 싶을 때나, 거기에 고쳐야 할 것이 있을 때 누르세요. 그 사람은 ‘볼 수 있는 사람’을 다시 보고 다시 고릅니다.
review-private-fix = 그 사람이 혼자 답한 것 중에 고쳐야 할 것이 있습니다. 그 사람만 고칠 수 있습니다. 휴대폰을 그 사람에게 다시 건네주세요.
age-given-back-worker = 나이를 ‘18세 미만’으로, 또는 ‘18세 미만’에서 다른 나이로 바꾸면 그 사람이 ‘볼 수 있는 사람’을 다시 봐야 합니다. 휴대폰을 그 사람에게 한 번 더 건네주게 됩니다.
age-reopened-worker = 나이가 바뀌어서 그 사람의 ‘볼 수 있는 사람’ 선택도 달라집니다. 계속하세요. 휴대폰을 그 사람에게 다시 건네주면 그 사람이 다시 고릅니다.
setup-worker = 저는 현장 활동가입니다: 다른 사람이 도움을 요청하도록 돕습니다
setup-worker-hint = 당신이 돕는 모든 요청에서 상담 전화는 당신의 소속 기관을 봅니다.
worker-org-needed = 소속 단체 이름을 쓰거나, 현장 활동가 모드를 끄세요.
settings-worker-title = 현장 활동가 모드
settings-worker-intro = 이 휴대폰으로 다른 사람이 요청을 보내도록 도우세요. 그들의 답은 봉인되고, 한 사람 한 사람이 코드를 가지고 갑니다.
settings-worker-on = 켜기
settings-worker-save = 변경 내용 저장
settings-worker-off = 끄기
settings-worker-saved = 완료. 현장 활동가 모드가 켜졌습니다.
settings-worker-removed = 완료. 현장 활동가 모드가 꺼졌습니다.

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = 소리 내어 읽기: { $text }
speak-stop = 읽기 멈추기
speak-no-voice = 이 휴대폰에는 이 언어의 음성이 없어요.
speak-unavailable = 지금 이 휴대폰에서는 소리 내어 읽기가 되지 않아요.
speak-headphones = 근처에 있는 사람이 들을 수 있다면 이어폰을 쓰세요.

## Settings

settings-title = 설정
settings-language = 언어
settings-read-aloud = 화면이 열릴 때마다 소리 내어 읽기
settings-lock = 지금 잠그기
settings-less-protected = 이 기기에서는 보호가 약해요: 안전한 키 저장소가 없어서, 앱 파일을 복사한 사람이 PIN을 알아내려고 할 수 있어요. PIN이 길수록 더 안전해요.
settings-duress-title = 긴급 PIN
settings-duress-intro = 누군가 앱을 열라고 강요할 때 쓰는 두 번째 PIN이에요. 아무 흔적 없이 모든 것을 지워요.
settings-current-pin = 내 PIN
settings-duress-save = 긴급 PIN 저장
settings-duress-remove = 긴급 PIN 없애기
settings-pin-title = PIN 바꾸기
settings-new-pin = 새 PIN (숫자 6~12개)
settings-new-pin-again = 새 PIN 한 번 더
settings-pin-save = PIN 바꾸기
settings-pin-changed = PIN을 바꿨어요. 이제부터 새 PIN을 쓰세요.
settings-duress-saved = 완료. 긴급 PIN을 저장했어요.
settings-duress-removed = 완료. 이제 긴급 PIN이 없어요.
pin-wrong-left =
    { $count ->
       *[other] PIN이 맞지 않아요. PIN을 { $count }번 더 틀리면 이 휴대폰의 모든 것이 지워져요.
    }
settings-wipe-title = 모두 지우기
settings-wipe-intro = 이 휴대폰의 모든 요청과 임시 저장본을 지워요. 되돌릴 수 없어요. 상담센터가 이미 받은 요청은 상담센터에 남아 있어요.
settings-wipe-confirm = 네, 모두 지울게요

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = 지금 위험해요?
danger-yes-child = 네, 위험해요
danger-no-child = 아니요, 지금은 아니에요
emergency-intro-child = 이 번호로 전화할 수 있어요. 인터넷이 없어도 돼요.
emergency-call-trace-child = 휴대폰에는 전화와 메시지 목록이 남아요. 누가 볼까 봐 걱정되면, 나중에 지울 수 있어요.
needs-title-child = 어떤 도움이 필요해요?
needs-intro-child = 나에게 맞는 것을 모두 누르세요. 건너뛰어도 돼요.
need-legal_immigration-child = 서류에 관한 도움
need-labour_exploitation-child = 누군가 나에게 억지로 일을 시켜요
need-sexual_exploitation-child = 누군가 나에게 성적인 일을 억지로 시켜요
need-money_debt-child = 누군가 내가 돈을 갚아야 한다고 해요
need-going_home-child = 집에 가거나 가족을 찾고 싶어요
need-child_at_risk-child = 다른 아이가 위험해요
urgency-title-child = 언제 도움이 필요해요?
for-whom-title-child = 누가 도움이 필요해요?
for-whom-self-child = 나
contact-title-child = 어떻게 하면 안전하게 이야기할 수 있을까요?
contact-intro-child = 나에게 안전한 방법을 고르세요. 다른 사람이 보면 안 돼요.
times-title-child = 언제 전화하거나 메시지를 보내면 안전해요?
times-intro-child = 건너뛰어도 돼요. 그러면 저희가 아주 조심할게요.
voicemail-title-child = 음성 메시지를 남겨도 돼요?
someone-else-title-child = 다른 사람이 전화를 받으면 어떻게 할까요?
responder-title-child = 누구와 이야기하고 싶어요?
more-title-child = 더 하고 싶은 말이 있어요?
more-intro-child = 답하지 않아도 돼요.
place-label-child = 어디에 있어요? 도시 이름만 적어도 돼요.
message-label-child = 무슨 일이 있는지 알려 주세요. 원할 때만요.
consent-title-child = 내가 쓴 것을 누가 읽을 수 있어요?
consent-intro-child = 직접 고르세요. 가장 안전한 선택이 이미 골라져 있어요.
consent-hotline_only-desc-child = 상담센터에서 돕는 사람들만 읽어요. 비밀을 지켜요.
consent-may_refer_to_services-desc-child = 상담센터는 의사, 안전한 집, 변호사처럼 어린이를 지켜 주는 사람들에게 알릴 수 있어요.
consent-may_involve_police-desc-child = 상담센터는 경찰에게도 알릴 수 있어요. 그러면 경찰이 나를 해치는 사람들을 막을 수 있어요.
review-title-child = 내 답 보기
review-intro-child = 보내면 잠겨요. 상담센터만 열 수 있어요. 이 휴대폰에서는 아무도 읽을 수 없어요. 나도 읽을 수 없어요.
submit-done-child = 메시지가 이 휴대폰에서 잠겼어요. 인터넷이 연결되면 보내져요.
handover-title-child = 나만을 위한 질문
handover-person-child = 다음 질문은 나 혼자 답해요. 나를 도와주는 사람은 내 답을 보지 않아요.
giveback-intro-child = 내 답은 잠겼어요. 나를 도와주는 사람도 볼 수 없어요. 이제 휴대폰을 도와주는 사람에게 돌려주세요.
reference-for-person-child = 이 단어들은 나만을 위한 거예요. 이 단어들로 상담센터가 나에게 쓴 답을 읽을 수 있어요. 이 앱이 있는 어느 휴대폰에서든 ‘{ $requests }’ 버튼을 누르고, 그다음 ‘{ $check }’ 버튼을 누른 뒤 단어나 숫자를 입력하세요. 아무에게도 알려 주지 마세요. 이 단어들을 아는 사람은 누구나 답을 읽을 수 있어요.

## Errors (codes come from the app's core)

error-wrong_pin = PIN이 맞지 않아요.
error-locked = 먼저 PIN으로 앱을 열어 주세요.
error-no_hotline = 이 앱은 아직 상담센터에 연결되지 않았어요. 임시 저장본은 저장했어요.
error-invalid = 몇몇 답을 고쳐야 해요. 표시된 질문을 봐 주세요.
error-pin_too_short = PIN은 숫자 6~12개예요.
error-duress_same_as_pin = 긴급 PIN은 내 PIN과 달라야 해요.
error-worker_drafts_open = 돕고 있는 사람들의 요청을 아직 보내지 않았으면 현장 활동가 모드는 켜진 채로 있어요. ‘아직 보내지 않은 요청’에서 요청을 보내거나 삭제한 다음 모드를 꺼 주세요.
error-already_set_up = 이 앱은 이미 설정되어 있어요.
error-not_found = 찾을 수 없어요. 지워졌을 수도 있어요.
error-internal = 문제가 생겼어요. 저장된 요청은 안전해요. 다시 해 보세요.
error-not_set_up = 이 앱은 아직 설정되지 않았어요. 먼저 PIN을 정해 주세요.
error-busy = 앱이 보내는 중이에요. 잠시 후 다시 해 보세요.
error-status_unavailable = 지금은 상담센터에 물어볼 수 없어요. 요청은 안전해요. 나중에 다시 해 보세요.
error-malformed = 일부 답을 읽을 수 없었어요. 확인하고 다시 해 보세요.
error-too_large = 보내기에 너무 길어요. 메시지를 짧게 해 주세요.
error-unsupported_version = 이 앱을 업데이트해야 해요.
error-profile = 이 앱의 상담센터 정보가 맞지 않아요. 임시 저장본은 저장했어요. 업데이트된 앱을 받아 주세요.
error-sync_client = 지금은 앱이 안전하게 연결할 수 없어요. 요청은 저장되었고 나중에 보내져요.
error-already_exists = 이미 저장되어 있어요.
error-empty_pin = PIN을 입력해 주세요.
error-invalid_kdf_params = 이 앱의 설정이 맞지 않아요. 업데이트된 앱을 받아 주세요.
error-device_secret_unavailable = 앱이 이 휴대폰의 보안 저장소를 쓸 수 없어요. 휴대폰을 다시 켜고 다시 해 보세요.
error-envelope = 상담센터에 보낼 수 있게 요청을 봉인하지 못했어요. 임시 저장본으로 그대로 저장되어 있어요.
error-receipt_mismatch = 상담센터의 답을 확인할 수 없었어요. 요청을 다시 보낼 거예요.
error-corrupt = 앱에 저장된 데이터가 손상되었어요. 열 수 없어요.
error-io = 휴대폰에 저장하지 못했어요. 저장 공간이 가득 찼을 수 있어요. 공간을 조금 비우고 다시 해 보세요.
error-database = 앱이 데이터를 읽거나 저장하지 못했어요. 저장된 요청은 안전해요. 다시 해 보세요.
error-pin_too_long = PIN은 숫자 6~12개예요.
error-pin_not_digits = PIN은 숫자로만 되어 있어요.
error-reference_word_count = 코드는 단어 9개예요. 모두 입력했는지 확인해 주세요.
error-reference_unknown_word = 단어 하나가 맞지 않아요. 철자를 확인해 주세요.
check-reference-wrong-word = { $number }번째 단어가 맞지 않아요. 철자를 확인해 주세요.
error-reference_digits = 코드는 숫자 22개예요. 모두 입력했는지 확인해 주세요.
error-reference_check = 단어나 숫자 하나가 맞지 않아요. 하나씩 확인하고 다시 해 보세요.
error-reference_not_found = 상담센터에 이 코드로 된 요청이 아직 없어요. 인터넷이 없는 휴대폰에서 보냈다면, 그 휴대폰이 다시 인터넷에 연결될 때 도착해요. 나중에 다시 해 보세요. 그래도 찾을 수 없으면 단어나 숫자를 하나씩 확인해 주세요.
field-error-empty = 여기를 채우거나 이 질문을 건너뛰세요.
field-error-not_trimmed = 앞이나 끝의 빈칸을 지워 주세요.
field-error-too_long = 너무 길어요. 최대 { $max }자예요.
field-error-too_many_bytes = 너무 길어요.
field-error-too_many = 너무 많아요. 최대 { $max }개예요.
field-error-duplicate = 목록에 두 번 있어요.
field-error-control_characters = 쓸 수 없는 글자가 있어요.
field-error-invalid_phone = 전화번호가 맞지 않는 것 같아요. +와 국가 번호로 시작하세요.
field-error-invalid_region = 알 수 없는 나라예요.
field-error-invalid_email = 이메일 주소가 맞지 않는 것 같아요.
field-error-invalid_language = 알 수 없는 언어예요.
field-error-invalid_time_zone = 알 수 없는 시간대예요.
field-error-invalid_time = 시작 시간과 끝 시간을 다르게 골라 주세요.
field-error-no_contact_method = 연락받을 방법을 하나 이상 골라 주세요. "이 앱에서 답을 확인할게요"만 골라도 돼요.
field-error-unsupported_version = 이 앱을 업데이트해야 해요.
