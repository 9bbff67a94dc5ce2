## Reach — 简体中文 (Simplified Chinese)
## machine-drafted: true
## Drafted by machine translation on 2026-11-28; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = 简体中文
# The language's name in English, for the language search.
-locale-english = Chinese (Simplified)
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = 计算器
quick-exit = 快速退出
quick-exit-hint = 立刻隐藏这个应用
back = 返回
next = 下一步
skip = 跳过
save = 保存
cancel = 取消
close = 关闭
done = 完成
optional = 可不填
step-of = 第 { $current } 步，共 { $total } 步
saved-locked = 已保存，并已在这部手机上锁好

## Calculator (the app's disguise)

calc-label = 计算器
calc-display-label = 结果
calc-clear = C
calc-equals = =
calc-error = 错误

## First use: a private PIN

setup-title = 给这个应用加上密码
setup-intro = 请选一个秘密数字（密码）。只有您自己应该知道。
setup-how = 以后要打开这个应用，请在计算器上输入您的密码，然后按 =。
setup-pin-label = 您的密码（6 到 12 个数字）
setup-pin-repeat-label = 请再输入一次密码
setup-duress-title = 紧急密码（可以跳过）
setup-duress-intro = 如果有人逼您打开这个应用，请输入这个另外的密码。应用会看起来是空的，里面的所有内容都会被删除，不留任何痕迹。
setup-duress-label = 紧急密码
setup-submit = 保存我的密码
setup-mismatch = 两次输入的密码不一样。请再试一次。

## Language

lang-title = 选择您的语言
lang-intro = 以后可以在“设置”里更改。
lang-search-label = 查找您的语言
lang-search-hint = 用任何语言输入您的语言名称
lang-search-none = 没有匹配的语言。请少输入几个字母试试。
lang-yours = 这部手机上的语言
lang-all = 所有语言
lang-load-failed = 无法打开这种语言，所以应用以英文显示。

## Age (asked early, optional: under 18 switches to the child's path)

age-title = 您多大年纪？
age-intro = 可以跳过。如果您未满 18 岁，应用会用更简单的话，并显示儿童可以求助的地方。
age-under_18 = 18 岁以下
age-18_to_25 = 18 到 25 岁
age-26_to_59 = 26 到 59 岁
age-60_plus = 60 岁或以上

## Danger check and emergency numbers

danger-title = 您现在有危险吗？
danger-yes = 有，我现在有危险
danger-no = 没有，现在没有
emergency-title = 紧急电话
emergency-intro = 没有网络也可以拨打这些电话。
emergency-country-label = 您所在的国家
emergency-police = 报警和急救
emergency-hotline = 帮助被拐卖或被强迫劳动的人
emergency-children = 帮助儿童和青少年
emergency-call = 拨打 { $number }
emergency-source = 来源：{ $source }
emergency-checked = 核对日期：{ $date }
emergency-not-checked = 还没有再次核对。如果这个号码打不通，请拨打紧急电话。
emergency-call-trace = 通话和短信会留在您手机的记录里。如果有人检查您的手机，您可以事后把这些记录删除。
emergency-none = 我们还没有这个国家的电话号码。如果您有危险，请拨打当地的紧急电话。
emergency-continue = 继续，去求助

## What help is needed

needs-title = 您需要什么帮助？
needs-intro = 符合的都可以选。也可以跳过。
need-safety_now = 马上得到安全
need-shelter = 安全的住处
need-medical = 看医生或拿药
need-legal_immigration = 证件、签证或法律方面的帮助
need-labour_exploitation = 工作上的问题，或拿不到工钱
need-sexual_exploitation = 被强迫发生性行为
need-child_at_risk = 有孩子处于危险中
need-money_debt = 钱或欠债
need-going_home = 回家或寻找家人
need-interpreter = 会说我的语言的人
need-other = 其他
urgency-title = 您多快需要帮助？
urgency-now = 现在
urgency-today = 今天
urgency-this_week = 这个星期
urgency-not_urgent = 可以等一等
for-whom-title = 这是为谁求助？
for-whom-self = 为我自己
for-whom-someone_else = 为别人
for-whom-assisted_by_outreach = 我是外展工作人员，正在帮助别人

## Safe contact

contact-title = 热线怎样联系您才安全？
contact-intro = 请至少选一种方式。只选对您安全的方式。
contact-call = 打电话
contact-sms = 短信
contact-messaging_app = 聊天软件
contact-email = 电子邮件
contact-in_person_via_outreach = 当面联系，通过外展工作人员
contact-check_back_in_app = 我会在这个应用里看回复
contact-phone-label = 电话号码，要带国家代码（例如 +86…）
contact-app-label = 哪个软件？（例如 WhatsApp、Signal）
contact-handle-label = 您在那个软件里的名字或号码
contact-email-label = 电子邮件地址
times-title = 什么时候联系您是安全的？
times-intro = 可以跳过。这样热线会格外小心。
times-add = 添加一个安全的时间
times-remove = 删除这个时间
times-from = 从
times-to = 到
times-days = 哪几天
times-any-day = 哪天都可以
times-zone = 时区
weekday-mon = 星期一
weekday-tue = 星期二
weekday-wed = 星期三
weekday-thu = 星期四
weekday-fri = 星期五
weekday-sat = 星期六
weekday-sun = 星期日
voicemail-title = 热线可以给您留语音留言吗？
voicemail-yes = 可以，留语音留言是安全的
voicemail-no = 不可以，千万不要留语音留言
voicemail-unsaid = 如果您没有接电话，热线不会留言。
code-word-label = 暗号
code-word-hint = 热线会说出这个词，这样您就知道真的是他们。
someone-else-title = 如果是别人接电话，热线应该……
someone-else-hang_up = 挂断电话
someone-else-say_wrong_number = 说打错了
someone-else-ask_for_code_word = 问暗号
someone-else-other = 其他做法
someone-else-other-label = 他们应该怎么做？
responder-title = 您想和谁说话？
responder-woman = 女性
responder-man = 男性
responder-any_gender = 谁都可以
responder-language-label = 您希望用哪种语言回复您

## More (all optional)

more-title = 再多说一点您的情况
more-intro = 这些都可以不填。
place-label = 您在哪里？写一个城镇或地区就够了。
place-hint = 只写您想说的。这个应用从来不使用您的位置。
message-label = 您的留言
message-hint = 您可以用任何语言写。
message-left =
    { $count ->
       *[other] 还可以写 { $count } 个字
    }

## Consent

consent-title = 谁可以看您的求助？
consent-intro = 由您决定。已经选好了最保密的选项。
consent-hotline_only = 只有热线
consent-hotline_only-desc = 只有热线团队会看。他们不会告诉别人。
consent-may_refer_to_services = 热线和能帮忙的机构
consent-may_refer_to_services-desc = 为了帮助您，热线可能会把它告诉庇护所、医生或律师。
consent-may_involve_police = 热线、帮助机构和警察
consent-may_involve_police-desc = 热线也可能告诉警察。
consent-child-note = 因为你还不满 18 岁，为了保护你的安全，热线可能需要告诉专门保护儿童的人。

## Review and send

review-title = 检查您的求助
review-intro = 您的求助会被锁好，只有热线能打开。发送以后，任何人都不能在这部手机上看到它，连您自己也不能。
review-not-answered = 没有回答
review-change = 修改
review-needs = 需要的帮助
review-contact = 怎样联系您
review-times = 安全的时间
review-more = 关于您的更多情况
review-consent = 谁可以看
submit = 锁好并发送给热线
submit-working = 正在锁好您的求助……
submit-done = 您的求助已经在这部手机上锁好。有网络时会发送出去。

## Status

status-title = 您的求助
status-intro = 在这里可以看到每个求助到了哪一步。
status-empty = 还没有求助。
status-saved = 已保存在这部手机上，并已锁好。有网络时会发送出去。
status-sending = 正在发送……
status-received = 热线已经收到了。我们核对过热线的回执。
status-needs_attention = 这个求助需要您看一下。
status-attempts =
    { $count ->
       *[other] 已尝试 { $count } 次
    }
status-hotline-received = 正在等热线的人来看。
status-hotline-in_review = 热线有人正在看。
status-hotline-answered = 热线已经处理了。
status-hotline-closed = 热线已经结束了这个求助。
status-hotline-contact_planned = 热线的人正在安排怎样安全地联系您。
status-hotline-needs_interpreter = 热线正在找会说您的语言的人。
status-hotline-referred = 热线已经请一个合作机构来帮助您。
status-hotline-unknown = 热线对这个求助有新消息。安全的时候请更新应用，才能看到更多。
status-replies = 热线发来的消息
status-reply-note = 热线还写了（可能不是您的语言）：
status-reply-unreadable = 收到了一条消息，但这个应用无法核对它，所以不显示。
status-offline = 现在没有网络。您的求助安全地保存在这部手机上。
status-send-now = 现在发送
status-retry = 再试一次
status-check = 问问热线有没有新消息
status-new = 发起新的求助

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = 我们已经看了您的求助。我们会用您选的方式联系您。
reply-call_planned = 我们会在{ $day } { $from } 到 { $to } 之间给您打电话（按您所在地的时间）。
reply-message_planned = 我们会在{ $day } { $from } 到 { $to } 之间给您发消息（按您所在地的时间）。
reply-interpreter = 我们正在找会说您的语言的翻译。我们很快会联系您。
reply-referred = 我们已经请您附近的一个合作机构来帮忙。他们会用您选的方式联系您。
reply-call_us = 请在您觉得安全的时候给我们打电话。时间由您来定。
reply-danger = 如果您现在有危险，请拨打紧急电话。在这个应用里可以找到号码。
reply-closed = 我们已经结束了您的求助。您随时可以发一个新的求助。
reply-unknown = 热线发来了一条消息，这个版本的应用无法显示。安全的时候请更新应用。

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = 您的请求已关闭。您愿意告诉我们帮助得怎么样吗？三个简短问题，可以跳过。
feedback-private = 您的回答发送时不带您的请求，也不带您的名字。热线只看到总数。
feedback-start = 回答
feedback-skip = 不用了，谢谢
feedback-send = 发送回答
feedback-q-helped = 您得到了需要的帮助吗？
feedback-q-safe = 我们联系您时，您觉得安全吗？
feedback-q-recommend = 您会向朋友介绍我们吗？
feedback-a-yes = 是
feedback-a-partly = 部分
feedback-a-no = 否
feedback-thanks = 谢谢。您的回答将被发送。
feedback-declined = 好的。我们不会再问。
feedback-failed = 没有成功。请再试一次。
problem-unknown_key = 这个应用需要更新，才能发送这个求助。
problem-conflict = 热线有另一个编号相同的求助。请用别的方式联系热线。
problem-malformed = 热线读不了这个求助。请重新发起一个求助。
problem-too_large = 这个求助太长了。请重新发起一个，把留言写短一些。
problem-unsupported_media_type = 这个应用需要更新，才能发送这个求助。
problem-other = 网络或热线没有接收这个求助。您可以再试一次，或者换一个网络试试。

## Several people on one device (outreach)

drafts-title = 还没有发送的求助
drafts-continue = 继续
drafts-delete = 删除
drafts-none = 没有等待发送的内容。
review-reference = 这个人不会留着这部手机：给他一个代码
review-reference-hint = 有了代码，他可以在任何装有这个应用的手机上看热线的回复。这部手机只会显示热线是否收到了求助。
assisted-organisation-label = 您的机构（您，外展工作人员）
assisted-hint = 热线会看到是您帮助了这个人，以及您在哪个机构工作。
assisted-channel-label = 热线怎样联系您（可不填）
reference-title = 这个人的代码
reference-intro = 把这些词交给这个人。有了它们，他可以在任何装有这个应用的手机上看热线的回复。这部手机不会把它们写到任何地方，这个人拿到它们后，手机就会忘掉它们。
reference-for-person = 这些词是你的。有了它们，你就能看热线的回复。在任何装有这个应用的手机上，打开“{ $requests }”，再打开“{ $check }”，然后输入这些词语或数字。请把它们保管好：谁有这些词，谁就能看到回复。
reference-words = 词语
reference-digits = 同一个代码的数字形式
reference-request = 求助 { $number }
reference-done = 这个人已经拿到自己的代码
reference-again = 显示代码时，应用自动锁上了。代码在这里再次显示：现在就把它交给这个人。
status-check-reference = 查询代码
check-reference-title = 查询代码
check-reference-intro = 输入别人给你的词语或数字。这部手机不会保存它们，也不会保存回复。
check-reference-no-hotline = 这个应用还没有连接到热线，所以不能在这里查询代码。请在另一部装有这个应用的手机上试试。
check-reference-label = 词语或数字
check-reference-submit = 查询
check-reference-working = 正在查询，可能需要几秒钟…
check-reference-no-replies = 热线还没有消息。
check-reference-show-in = 用{ $language }显示
worker-title = 外展工作
worker-working-as = 您的身份：{ $organisation }
worker-intro = 您帮助的每个人都用自己的语言回答。回答会被密封后从这部手机发出，这个人会带走一个代码。这里只留下每个请求的编号和状态。
worker-new-person = 帮助一个新的人
handover-title = 只给您的问题
handover-worker = 现在请把手机交给这个人。接下来的问题由他自己回答，您不会看到他的回答。
handover-person = 接下来的问题只给您。帮助您的人不会看到您的回答。
handover-start = 开始
giveback-title = 谢谢您
giveback-intro = 您的回答已密封。帮助您的人看不到。现在请把手机还回去。
giveback-button = 把手机还回去
review-private = 这部分由本人单独回答。不显示。
review-assisted-as = 求助热线会看到您提供了帮助，身份为：{ $organisation }
review-later = 暂不发送：留在“还没有发送的求助”里
review-hand-again = 再把手机交给这个人
review-hand-again-hint = 这个人想修改自己单独回答的内容，或其中有地方必须改正时，请点这里。他会再看到“谁可以看”，并重新选择。
review-private-fix = 这个人单独回答的内容中有地方必须改正。只有他本人能改：请把手机再交给他。
age-given-back-worker = 如果您把年龄改成“18 岁以下”，或从“18 岁以下”改成别的，这个人必须再看一次“谁可以看”：您要再把手机交给他一次。
age-reopened-worker = 年龄的改变影响了这个人在“谁可以看”中的选择。请继续：您会再把手机交给他，由他重新选择。
setup-worker = 我是外展工作人员：我帮助其他人求助
setup-worker-hint = 在您帮助的每个请求中，求助热线都会看到您的机构。
worker-org-needed = 请写下你所在机构的名称，或关闭外展工作者模式。
settings-worker-title = 外展工作人员模式
settings-worker-intro = 帮助其他人用这部手机发送请求。他们的回答会被密封，每个人都会带走一个代码。
settings-worker-on = 打开
settings-worker-save = 保存更改
settings-worker-off = 关闭
settings-worker-saved = 完成。外展工作人员模式已打开。
settings-worker-removed = 完成。外展工作人员模式已关闭。

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = 朗读：{ $text }
speak-stop = 停止朗读
speak-no-voice = 这部手机上没有这种语言的语音。
speak-unavailable = 这部手机现在无法朗读。
speak-headphones = 如果附近有人可能听到，请戴上耳机。

## Settings

settings-title = 设置
settings-language = 语言
settings-read-aloud = 每个页面打开时自动朗读
settings-lock = 现在锁上
settings-less-protected = 此设备上的保护较弱：这里没有安全的密钥存储，所以复制了本应用文件的人可以尝试猜您的密码。更长的密码能更好地保护您。
settings-duress-title = 紧急密码
settings-duress-intro = 第二个密码，用在有人逼您打开应用的时候。它会删除所有内容，不留任何痕迹。
settings-current-pin = 您的密码
settings-duress-save = 保存紧急密码
settings-duress-remove = 删除紧急密码
settings-pin-title = 更改您的密码
settings-new-pin = 新密码（6 到 12 个数字）
settings-new-pin-again = 请再输入一次新密码
settings-pin-save = 更改密码
settings-pin-changed = 您的密码已经改好了。从现在起，请用新密码。
settings-duress-saved = 完成。您的紧急密码已经保存。
settings-duress-removed = 完成。现在没有紧急密码了。
pin-wrong-left =
    { $count ->
       *[other] 密码不对。如果再输错 { $count } 次密码，这部手机上的所有内容都会被删除。
    }
settings-wipe-title = 全部删除
settings-wipe-intro = 这会删除这部手机上所有的求助和草稿。删除后无法恢复。热线已经收到的求助会留在热线那里。
settings-wipe-confirm = 是的，全部删除

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = 你现在有危险吗？
danger-yes-child = 有，我有危险
danger-no-child = 现在没有
emergency-intro-child = 你可以打这些电话。不需要网络。
emergency-call-trace-child = 你的手机里有电话和消息的记录。如果你担心被别人看到，之后可以把它们删除。
needs-title-child = 你需要什么帮助？
needs-intro-child = 符合你的都点一下。也可以跳过。
need-legal_immigration-child = 需要帮忙办证件或文件
need-labour_exploitation-child = 有人逼我干活
need-sexual_exploitation-child = 有人逼我做和性有关的事
need-money_debt-child = 有人说我欠他们钱
need-going_home-child = 我想回家，或找到我的家人
need-child_at_risk-child = 别的孩子有危险
urgency-title-child = 你什么时候需要帮助？
for-whom-title-child = 谁需要帮助？
for-whom-self-child = 我
contact-title-child = 我们怎样和你说话才安全？
contact-intro-child = 选一个对你安全的方式。不要让别人看到。
times-title-child = 我们什么时候给你打电话或发消息是安全的？
times-intro-child = 可以跳过。这样我们会非常小心。
voicemail-title-child = 我们可以给你留语音留言吗？
someone-else-title-child = 如果是别人接电话，我们该怎么做？
responder-title-child = 你想和谁说话？
more-title-child = 还有别的吗？
more-intro-child = 你可以不回答。
place-label-child = 你在哪里？写一个城镇的名字就够了。
message-label-child = 如果你愿意，告诉我们发生了什么
consent-title-child = 谁可以看你写的内容？
consent-intro-child = 你来选。最安全的选项已经选好了。
consent-hotline_only-desc-child = 只有热线的帮助人员会看。他们会保密。
consent-may_refer_to_services-desc-child = 热线可以告诉保护儿童安全的人，比如医生、安全的住处或律师。
consent-may_involve_police-desc-child = 热线也可以告诉警察，让警察阻止伤害你的人。
review-title-child = 看看你的回答
review-intro-child = 你发送以后，它会被锁好。只有热线能打开。谁都不能在这部手机上看到它，连你自己也不能。
submit-done-child = 你的消息已经在这部手机上锁好。有网络时会发送出去。
handover-title-child = 这些问题只问你
handover-person-child = 接下来的问题只由你来回答。帮助你的人看不到你写了什么。
giveback-intro-child = 你的回答已经锁好了。帮助你的人看不到。现在请把手机还给帮助你的人。
reference-for-person-child = 这些词只属于你。用它们，你可以看到热线写给你的回复。在任何装有这个应用的手机上，点“{ $requests }”，再点“{ $check }”，然后输入这些词语或数字。不要告诉别人：谁有这些词，谁就能看到回复。

## Errors (codes come from the app's core)

error-wrong_pin = 密码不对。
error-locked = 请先用您的密码打开应用。
error-no_hotline = 这个应用还没有连接到热线。您的草稿已经保存。
error-invalid = 有些回答需要修改。请看标出来的问题。
error-pin_too_short = 密码是 6 到 12 个数字。
error-duress_same_as_pin = 紧急密码必须和您的密码不一样。
error-worker_drafts_open = 您帮助的人还有求助没有发送时，外展工作人员模式会保持打开。请发送这些求助，或者在“还没有发送的求助”里删除它们，然后再关闭。
error-already_set_up = 这个应用已经设置好了。
error-not_found = 没有找到。可能已经被删除了。
error-internal = 出了点问题。您保存的求助是安全的。请再试一次。
error-not_set_up = 这个应用还没有设置好。请先选一个密码。
error-busy = 应用正在发送。请稍等一下再试。
error-status_unavailable = 现在没能联系上热线。您的求助是安全的。请稍后再试。
error-malformed = 有些回答读不出来。请检查一下，再试一次。
error-too_large = 这太长了，发送不了。请把留言写短一些。
error-unsupported_version = 这个应用需要更新。
error-profile = 这个应用里的热线信息不对。您的草稿已经保存。请安装更新后的应用。
error-sync_client = 应用现在无法安全连接。您的求助已经保存，以后会发送出去。
error-already_exists = 这个已经保存了。
error-empty_pin = 请输入您的密码。
error-invalid_kdf_params = 这个应用的设置不对。请安装更新后的应用。
error-device_secret_unavailable = 应用无法使用这部手机的安全存储。请重新启动手机，再试一次。
error-envelope = 您的求助没能为热线锁好。它仍然保存为草稿。
error-receipt_mismatch = 没能核对热线的回复。您的求助会再发送一次。
error-corrupt = 应用保存的数据损坏了，无法打开。
error-io = 手机没能保存这个。存储空间可能满了。请清理一些空间，再试一次。
error-database = 应用没能读取或保存数据。您保存的求助是安全的。请再试一次。
error-pin_too_long = 密码是 6 到 12 个数字。
error-pin_not_digits = 密码只能是数字。
error-reference_word_count = 代码有 9 个词。请看看是否都输入了。
error-reference_unknown_word = 有一个词不对。请检查拼写。
check-reference-wrong-word = 第{ $number }个词不对。请检查拼写。
error-reference_digits = 代码有 22 个数字。请看看是否都输入了。
error-reference_check = 有一个词或数字不对。请逐个检查后再试。
error-reference_not_found = 热线还没有这个代码的求助。如果它是从没有网络的手机发出的，要等那部手机再次联网后才会到达：请稍后再试。如果还是找不到，请逐个检查词语或数字。
field-error-empty = 请填写这一项，或者跳过这个问题。
field-error-not_trimmed = 请删掉开头或结尾的空格。
field-error-too_long = 太长了。最多 { $max } 个字。
field-error-too_many_bytes = 太长了。
field-error-too_many = 太多了。最多 { $max } 个。
field-error-duplicate = 这一项在列表里出现了两次。
field-error-control_characters = 这里有不能使用的字符。
field-error-invalid_phone = 这个电话号码好像不对。请以 + 和国家代码开头。
field-error-invalid_region = 无法识别这个国家。
field-error-invalid_email = 这个电子邮件地址好像不对。
field-error-invalid_language = 无法识别这种语言。
field-error-invalid_time_zone = 无法识别这个时区。
field-error-invalid_time = 请选择不同的开始时间和结束时间。
field-error-no_contact_method = 请至少选一种联系您的方式。选“我会在这个应用里看回复”就够了。
field-error-unsupported_version = 这个应用需要更新。
