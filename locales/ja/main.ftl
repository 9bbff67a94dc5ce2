## Reach — 日本語 (Japanese)
## machine-drafted: true
## Drafted by machine translation on 2026-12-04; needs review by a native speaker before release.
## Plain words, short sentences, no blame, no pressure: every question can be skipped.

-locale-name = 日本語
# The language's name in English, for the language search.
-locale-english = Japanese
-locale-dir = ltr
# source | machine-drafted | reviewed
-locale-status = machine-drafted

## Shared

app-title = 電卓
quick-exit = すぐに閉じる
quick-exit-hint = このアプリをすぐに隠します
back = 戻る
next = 次へ
skip = スキップする
save = 保存
cancel = キャンセル
close = 閉じる
done = 完了
optional = 任意
step-of = ステップ { $current } / { $total }
saved-locked = このスマホに保存して、ロックしました

## Calculator (the app's disguise)

calc-label = 電卓
calc-display-label = 結果
calc-clear = C
calc-equals = =
calc-error = エラー

## First use: a private PIN

setup-title = このアプリを自分だけのものにする
setup-intro = ひみつの番号（PIN）を決めてください。あなただけが知っている番号にしてください。
setup-how = あとでこのアプリを開くときは、電卓でPINを入力してから、= を押してください。
setup-pin-label = あなたのPIN（数字6〜12けた）
setup-pin-repeat-label = もう一度PINを入力してください
setup-duress-title = 緊急用PIN（スキップできます）
setup-duress-intro = だれかにこのアプリを開くよう無理に言われたら、かわりにこの別のPINを入力してください。アプリは空っぽに見え、中のものはすべて、何のあとも残さずに消えます。
setup-duress-label = 緊急用PIN
setup-submit = PINを保存する
setup-mismatch = 2つのPINが同じではありません。もう一度ためしてください。

## Language

lang-title = 言語を選んでください
lang-intro = あとで「設定」で変えられます。
lang-search-label = 言語をさがす
lang-search-hint = 言語の名前を入力してください（どの言語で書いてもかまいません）
lang-search-none = 合う言語がありません。文字を少なくしてみてください。
lang-yours = このスマホの言語
lang-all = すべての言語
lang-load-failed = この言語を開けなかったので、英語で表示しています。

## Age (asked early, optional: under 18 switches to the child's path)

age-title = 何歳ですか？
age-intro = スキップしてもかまいません。18歳未満なら、アプリはやさしい言葉を使い、子どものための相談先を表示します。
age-under_18 = 18歳未満
age-18_to_25 = 18〜25歳
age-26_to_59 = 26〜59歳
age-60_plus = 60歳以上

## Danger check and emergency numbers

danger-title = 今、危険な状態ですか？
danger-yes = はい、今危険です
danger-no = いいえ、今はちがいます
emergency-title = 緊急電話番号
emergency-intro = これらの番号には、インターネットなしで電話できます。
emergency-country-label = あなたがいる国
emergency-police = 警察・緊急通報
emergency-hotline = 人身取引の被害にあった人や、無理やり働かされている人のための相談窓口
emergency-children = 子どもと若い人のための相談窓口
emergency-call = { $number } に電話する
emergency-source = 出典: { $source }
emergency-checked = 確認日: { $date }
emergency-not-checked = まだ確認し直していません。この番号につながらないときは、緊急電話番号にかけてください。
emergency-call-trace = 電話やショートメッセージは、スマホの履歴に残ります。だれかにスマホをチェックされることがあるなら、あとで消すことができます。
emergency-none = この国の番号はまだありません。危険なときは、その地域の緊急電話番号にかけてください。
emergency-continue = 次へ進んで、助けを求める

## What help is needed

needs-title = どんな助けが必要ですか？
needs-intro = あてはまるものをすべて選んでください。スキップしてもかまいません。
need-safety_now = 今すぐ安全になりたい
need-shelter = 安全に泊まれる場所
need-medical = 医者や薬
need-legal_immigration = 書類、ビザ、法律のこと
need-labour_exploitation = 仕事の問題、給料がもらえない
need-sexual_exploitation = 性的なことを無理やりさせられている
need-child_at_risk = 子どもが危ない
need-money_debt = お金や借金
need-going_home = 家に帰りたい、家族をさがしたい
need-interpreter = 自分の言葉を話せる人
need-other = その他
urgency-title = どのくらい急いで助けが必要ですか？
urgency-now = 今すぐ
urgency-today = 今日
urgency-this_week = 今週
urgency-not_urgent = 急ぎません
for-whom-title = この相談はだれのためですか？
for-whom-self = 自分のため
for-whom-someone_else = ほかの人のため
for-whom-assisted_by_outreach = 支援員として、だれかを手伝っています

## Safe contact

contact-title = 相談窓口は、どうすれば安全にあなたに連絡できますか？
contact-intro = 1つ以上選んでください。あなたにとって安全な方法だけを選んでください。
contact-call = 電話
contact-sms = ショートメッセージ（SMS）
contact-messaging_app = メッセージアプリ
contact-email = メール
contact-in_person_via_outreach = 支援員を通して、直接会う
contact-check_back_in_app = このアプリで返事を確認する
contact-phone-label = 電話番号（国番号から。例: +44…）
contact-app-label = どのアプリですか？（例: WhatsApp、Signal）
contact-handle-label = そのアプリでのあなたの名前か番号
contact-email-label = メールアドレス
times-title = いつなら安全に連絡できますか？
times-intro = スキップしてもかまいません。その場合、相談窓口はとくに気をつけて連絡します。
times-add = 安全な時間を追加
times-remove = この時間を消す
times-from = 開始
times-to = 終了
times-days = 曜日
times-any-day = 何曜日でもよい
times-zone = タイムゾーン
weekday-mon = 月曜日
weekday-tue = 火曜日
weekday-wed = 水曜日
weekday-thu = 木曜日
weekday-fri = 金曜日
weekday-sat = 土曜日
weekday-sun = 日曜日
voicemail-title = 相談窓口が留守番電話にメッセージを残してもいいですか？
voicemail-yes = はい、留守番電話のメッセージは安全です
voicemail-no = いいえ、留守番電話のメッセージは絶対に残さないでください
voicemail-unsaid = あなたが電話に出なかったとき、相談窓口はメッセージを残しません。
code-word-label = 合言葉
code-word-hint = 相談窓口がこの言葉を言います。そうすれば、本当に相談窓口からだとわかります。
someone-else-title = ほかの人が電話に出たら、相談窓口は…
someone-else-hang_up = 電話を切る
someone-else-say_wrong_number = まちがい電話だと言う
someone-else-ask_for_code_word = 合言葉をたずねる
someone-else-other = その他
someone-else-other-label = どうしてほしいですか？
responder-title = だれと話したいですか？
responder-woman = 女性
responder-man = 男性
responder-any_gender = どちらでもよい
responder-language-label = 返事をしてほしい言語

## More (all optional)

more-title = あなたについて、もう少し
more-intro = これはすべて任意です。
place-label = 今どこにいますか？町や地域だけでじゅうぶんです。
place-hint = 伝えたいことだけを書いてください。このアプリがあなたの位置情報を使うことはありません。
message-label = メッセージ
message-hint = どの言語で書いてもかまいません。
message-left =
    { $count ->
       *[other] あと { $count } 文字
    }

## Consent

consent-title = だれがあなたの相談を見てもいいですか？
consent-intro = あなたが決めてください。いちばん秘密が守られる選択が、すでに選ばれています。
consent-hotline_only = 相談窓口だけ
consent-hotline_only-desc = 相談窓口のチームだけが読みます。ほかの人には伝えません。
consent-may_refer_to_services = 相談窓口と、助けてくれる支援機関
consent-may_refer_to_services-desc = あなたを助けるために、相談窓口がシェルター、医者、弁護士に伝えることがあります。
consent-may_involve_police = 相談窓口、支援機関、警察
consent-may_involve_police-desc = 相談窓口が警察にも伝えることがあります。
consent-child-note = あなたは18歳未満なので、あなたを守るために、相談窓口が子どもを守る仕事をしている人に伝えなければならないことがあります。

## Review and send

review-title = 相談の内容を確認する
review-intro = あなたの相談は、相談窓口だけが開けるようにロックされます。送ったあとは、このスマホではだれも読めません。あなた自身も読めません。
review-not-answered = 答えていません
review-change = 変える
review-needs = 必要な助け
review-contact = 連絡の方法
review-times = 安全な時間
review-more = あなたについて
review-consent = 見てもいい人
submit = ロックして相談窓口に送る
submit-working = 相談をロックしています…
submit-done = 相談はこのスマホでロックされました。インターネットにつながったら送られます。

## Status

status-title = あなたの相談
status-intro = それぞれの相談が今どうなっているか、ここで見られます。
status-empty = まだ相談はありません。
status-saved = このスマホに保存して、ロックしました。インターネットにつながったら送られます。
status-sending = 送っています…
status-received = 相談窓口に届きました。相談窓口からの受け取りの確認をチェックしました。
status-needs_attention = この相談を確認してください。
status-attempts =
    { $count ->
       *[other] { $count } 回ためしました
    }
status-hotline-received = 相談窓口の人が読むのを待っています。
status-hotline-in_review = 相談窓口の人が読んでいます。
status-hotline-answered = 相談窓口が対応しました。
status-hotline-closed = 相談窓口がこの相談を終了しました。
status-hotline-contact_planned = 相談窓口の人が、安全に連絡する方法を考えています。
status-hotline-needs_interpreter = 相談窓口が、あなたの言葉を話せる人をさがしています。
status-hotline-referred = 相談窓口が、協力団体にあなたを助けるよう頼みました。
status-hotline-unknown = 相談窓口から新しい知らせがあります。安全なときにアプリを更新すると、くわしく見られます。
status-replies = 相談窓口からのメッセージ
status-reply-note = 相談窓口はこうも書いています（あなたの言葉ではないかもしれません）:
status-reply-unreadable = メッセージが届きましたが、このアプリで確認できなかったので、表示しません。
status-offline = 今はインターネットがありません。あなたの相談はこのスマホに安全に保存されています。
status-send-now = 今すぐ送る
status-retry = もう一度ためす
status-check = 相談窓口に新しい知らせをたずねる
status-new = 新しい相談を始める

## Replies from the hotline (the hotline chooses one; the phone shows it in the person's language)

reply-received = あなたの相談を読みました。あなたが選んだ方法で連絡します。
reply-call_planned = { $day } の { $from }〜{ $to } の間に電話します（あなたがいる場所の時間）。
reply-message_planned = { $day } の { $from }〜{ $to } の間にメッセージを送ります（あなたがいる場所の時間）。
reply-interpreter = あなたの言葉を話せる通訳をさがしています。もうすぐ連絡します。
reply-referred = あなたの近くの協力団体に、助けてくれるよう頼みました。その団体が、あなたが選んだ方法で連絡します。
reply-call_us = あなたにとって安全なときに、電話してください。時間はあなたが決めてください。
reply-danger = 今危険なときは、緊急電話番号にかけてください。番号はこのアプリの中にあります。
reply-closed = あなたの相談を終了しました。新しい相談はいつでも送れます。
reply-unknown = 相談窓口からメッセージが届きましたが、このバージョンのアプリでは表示できません。安全なときにアプリを更新してください。

## Survivors' voices: asked once after the hotline closes a request

feedback-offer = あなたの相談は終了しました。助けがどうだったか教えてくれますか？短い質問が3つです。スキップしてもかまいません。
feedback-private = 答えは、あなたの相談や名前とは別に送られます。相談窓口には合計の数だけが見えます。
feedback-start = 答える
feedback-skip = いいえ、けっこうです
feedback-send = 答えを送る
feedback-q-helped = 必要な助けを受けられましたか？
feedback-q-safe = 私たちが連絡したとき、安全だと感じましたか？
feedback-q-recommend = 友だちに私たちのことを伝えたいと思いますか？
feedback-a-yes = はい
feedback-a-partly = ある程度
feedback-a-no = いいえ
feedback-thanks = ありがとうございます。答えは送られます。
feedback-declined = わかりました。もう聞きません。
feedback-failed = うまくいきませんでした。もう一度ためしてください。
problem-unknown_key = この相談を送る前に、アプリの更新が必要です。
problem-conflict = 相談窓口に、同じ番号の別の相談があります。ほかの方法で相談窓口に連絡してください。
problem-malformed = 相談窓口がこの相談を読めませんでした。新しい相談を始めてください。
problem-too_large = この相談は長すぎます。メッセージを短くして、新しい相談を始めてください。
problem-unsupported_media_type = この相談を送る前に、アプリの更新が必要です。
problem-other = ネットワークか相談窓口が、この相談を受け付けませんでした。もう一度ためすか、別のネットワークを使ってみてください。

## Several people on one device (outreach)

drafts-title = まだ送っていない相談
drafts-continue = 続ける
drafts-delete = 消す
drafts-none = 待っているものはありません。
review-reference = この人はこのスマホを持っていきません。この人にコードを渡してください
review-reference-hint = コードがあれば、このアプリが入ったどのスマホでも相談窓口からの返事を読めます。このスマホには、相談窓口に相談が届いたかどうかだけが出ます。
assisted-organisation-label = あなたの団体（あなた＝支援スタッフ）
assisted-hint = あなたがこの人を手伝ったこと、どこの団体で働いているかが相談窓口に伝わります。
assisted-channel-label = 相談窓口があなたに連絡する方法（任意）
reference-title = この人のコード
reference-intro = この言葉をこの人に渡してください。この言葉があれば、このアプリが入ったどのスマホでも相談窓口からの返事を読めます。このスマホは、この言葉をどこにも保存せず、この人が受け取ったら消します。
reference-for-person = この言葉は、あなたのものです。この言葉があれば、相談窓口からの返事を読めます。このアプリが入ったどのスマホでも、「{ $requests }」を開き、次に「{ $check }」を開いて、言葉か数字を入力してください。大切に持っていてください。この言葉を知っている人は、だれでも返事を読めます。
reference-words = 言葉
reference-digits = 同じコード（数字）
reference-request = 相談 { $number }
reference-done = この人はコードを受け取りました
reference-again = コードの表示中にアプリがロックされました。もう一度表示します。今すぐこの人に渡してください。
status-check-reference = コードを確かめる
check-reference-title = コードを確かめる
check-reference-intro = 渡された言葉か数字を入力してください。このスマホには、その言葉や数字も、返事も残りません。
check-reference-no-hotline = このアプリは、まだ相談窓口とつながっていないので、ここではコードを確かめられません。このアプリが入っている別のスマホでためしてください。
check-reference-label = 言葉または数字
check-reference-submit = 確かめる
check-reference-working = 確かめています。数秒かかることがあります…
check-reference-no-replies = 相談窓口からのメッセージはまだありません。
check-reference-show-in = 「{ $language }」で表示
worker-title = アウトリーチ
worker-working-as = 所属：{ $organisation }
worker-intro = 支援する人は、それぞれ自分の言葉で答えます。答えは封をされてこの電話から送られ、その人はコードを持ち帰ります。ここに残るのは、相談ごとの番号と状態だけです。
worker-new-person = 新しい人を支援する
handover-title = あなただけへの質問
handover-worker = いま、電話をその人に渡してください。次の質問にはその人が一人で答えます。あなたは答えを見ません。
handover-person = 次の質問は、あなただけへの質問です。あなたを手伝っている人は、あなたの答えを見ません。
handover-start = 始める
giveback-title = ありがとうございます
giveback-intro = あなたの答えは封をされました。手伝っている人は見ることができません。電話を返してください。
giveback-button = 電話を返す
review-private = この部分はその人が一人で答えました。表示されません。
review-assisted-as = 支援した人として、相談窓口には次のように表示されます：{ $organisation }
review-later = あとにする：「まだ送っていない相談」に残す
review-hand-again = もう一度その人に電話を渡す
review-hand-again-hint = その人が一人で答えたことを変えたいとき、またはそこに直すところがあるときに押してください。その人はもう一度「見てもいい人」を見て、選び直します。
review-private-fix = その人が一人で答えたことに、直すところがあります。直せるのはその人だけです。もう一度その人に電話を渡してください。
age-given-back-worker = 年齢を「18歳未満」に、または「18歳未満」から変えると、その人はもう一度「見てもいい人」を見る必要があります。もう一度その人に電話を渡すことになります。
age-reopened-worker = 年齢が変わったので、その人の「見てもいい人」の選択にも関わります。先に進んでください。もう一度その人に電話を渡し、その人が選び直します。
setup-worker = 私は支援スタッフです：ほかの人が助けを求めるのを手伝います
setup-worker-hint = あなたが手伝う相談のすべてに、あなたの団体名が相談窓口に表示されます。
worker-org-needed = 団体の名前を書いてください。または、支援者モードをオフにしてください。
settings-worker-title = 支援スタッフモード
settings-worker-intro = この電話から、ほかの人が相談を送るのを手伝います。答えは封をされ、一人ひとりがコードを持ち帰ります。
settings-worker-on = オンにする
settings-worker-save = 変更を保存
settings-worker-off = オフにする
settings-worker-saved = 完了です。支援スタッフモードはオンです。
settings-worker-removed = 完了です。支援スタッフモードはオフです。

## Read aloud (a speaker button beside each question, choice and the consent text)

speak-read = 読み上げる: { $text }
speak-stop = 読み上げを止める
speak-no-voice = このスマホには、この言語の音声がありません。
speak-unavailable = 今、このスマホでは読み上げが使えません。
speak-headphones = 近くの人に聞こえるかもしれないときは、イヤホンを使ってください。

## Settings

settings-title = 設定
settings-language = 言語
settings-read-aloud = 画面が開くたびに読み上げる
settings-lock = 今すぐロック
settings-less-protected = この機器では守りが弱くなっています。安全な鍵の保管場所がないため、アプリのファイルをコピーした人がPINを当てようとするかもしれません。PINが長いほど、より安全です。
settings-duress-title = 緊急用PIN
settings-duress-intro = だれかにアプリを開くよう無理に言われたときのための、2つめのPINです。何のあとも残さずに、すべてを消します。
settings-current-pin = 今のPIN
settings-duress-save = 緊急用PINを保存
settings-duress-remove = 緊急用PINを消す
settings-pin-title = PINを変える
settings-new-pin = 新しいPIN（数字6〜12けた）
settings-new-pin-again = 新しいPIN（もう一度）
settings-pin-save = PINを変える
settings-pin-changed = PINを変えました。これからは新しいPINを使ってください。
settings-duress-saved = 完了です。緊急用PINを保存しました。
settings-duress-removed = 完了です。緊急用PINはもうありません。
pin-wrong-left =
    { $count ->
       *[other] PINがちがいます。あと { $count } 回まちがえると、このスマホの中のものがすべて消えます。
    }
settings-wipe-title = すべて消す
settings-wipe-intro = このスマホの中の相談と下書きを、すべて消します。元には戻せません。相談窓口がすでに受け取った相談は、相談窓口に残ります。
settings-wipe-confirm = はい、すべて消します

## A child's path: when the person is under 18, these simpler words replace the message
## with the same id without "-child". Keep them short, warm and concrete; a child may read slowly.

danger-title-child = 今、あぶないですか？
danger-yes-child = はい、あぶないです
danger-no-child = いいえ、今はだいじょうぶです
emergency-intro-child = この番号に電話できます。インターネットはいりません。
emergency-call-trace-child = スマホには、電話とメッセージのリストが残ります。だれかに見られるのが心配なときは、あとで消せます。
needs-title-child = どんなことで助けてほしいですか？
needs-intro-child = 自分にあてはまるものを、ぜんぶおしてください。スキップしてもかまいません。
need-legal_immigration-child = 書類のことで助けてほしい
need-labour_exploitation-child = だれかに、むりやり働かされている
need-sexual_exploitation-child = だれかに、性的なことをむりやりさせられている
need-money_debt-child = だれかに、お金を返せと言われている
need-going_home-child = 家に帰りたい、家族をさがしたい
need-child_at_risk-child = ほかの子どもがあぶない
urgency-title-child = いつ助けてほしいですか？
for-whom-title-child = だれが助けてほしいですか？
for-whom-self-child = わたし
contact-title-child = どうすれば安全に話せますか？
contact-intro-child = あなたにとって安全な方法を選んでください。ほかの人に見られない方法にしてください。
times-title-child = いつなら、電話やメッセージをしても安全ですか？
times-intro-child = スキップしてもかまいません。そのときは、とても気をつけます。
voicemail-title-child = 留守番電話にメッセージを残してもいいですか？
someone-else-title-child = ほかの人が電話に出たら、どうすればいいですか？
responder-title-child = だれと話したいですか？
more-title-child = ほかに何かありますか？
more-intro-child = 答えなくてもかまいません。
place-label-child = 今どこにいますか？町の名前だけでじゅうぶんです。
message-label-child = 何が起きているか教えてください（書きたいときだけでいいです）
consent-title-child = あなたが書いたことを、だれが読めますか？
consent-intro-child = あなたが選んでください。いちばん安全なものが、もう選ばれています。
consent-hotline_only-desc-child = 相談窓口で助けてくれる人だけが読みます。ひみつは守ります。
consent-may_refer_to_services-desc-child = 相談窓口は、医者、安全な家、弁護士など、子どもを守る人に伝えることができます。
consent-may_involve_police-desc-child = 相談窓口は警察にも伝えることができます。そうすれば、あなたにひどいことをする人を止められます。
review-title-child = 答えを見てください
review-intro-child = 送ると、ロックされます。相談窓口だけが開けます。このスマホでは、だれも読めません。あなたも読めません。
submit-done-child = あなたのメッセージは、このスマホでロックされました。インターネットにつながったら送られます。
handover-title-child = あなただけに聞く質問
handover-person-child = 次の質問には、あなた一人で答えます。あなたを手伝っている人には、あなたの答えは見えません。
giveback-intro-child = あなたの答えはロックされました。手伝っている人にも見えません。では、スマホを手伝っている人に返してください。
reference-for-person-child = この言葉は、あなただけのものです。相談窓口からの返事を読むための言葉です。このアプリが入ったどのスマホでも、「{ $requests }」をおして、次に「{ $check }」をおして、言葉か数字を入れてください。だれにも教えないでください。この言葉を知っている人は、だれでも返事を読めます。

## Errors (codes come from the app's core)

error-wrong_pin = PINがちがいます。
error-locked = まず、PINでアプリを開いてください。
error-no_hotline = このアプリは、まだ相談窓口とつながっていません。下書きは保存されています。
error-invalid = 直す必要のある答えがあります。印のついた質問を見てください。
error-pin_too_short = PINは数字6〜12けたです。
error-duress_same_as_pin = 緊急用PINは、いつものPINとちがう番号にしてください。
error-worker_drafts_open = 支援している人の相談がまだ送られていないあいだは、支援スタッフモードはオンのままです。「まだ送っていない相談」で、送るか消すかしてから、オフにしてください。
error-already_set_up = このアプリは、すでに設定されています。
error-not_found = 見つかりませんでした。消えてしまったのかもしれません。
error-internal = 問題が起きました。保存した相談は無事です。もう一度ためしてください。
error-not_set_up = このアプリは、まだ設定されていません。まずPINを決めてください。
error-busy = アプリは今、送っている最中です。少ししてから、もう一度ためしてください。
error-status_unavailable = 今は相談窓口に確認できませんでした。あなたの相談は無事です。あとでもう一度ためしてください。
error-malformed = 読めない答えがありました。確認して、もう一度ためしてください。
error-too_large = 長すぎて送れません。メッセージを短くしてください。
error-unsupported_version = このアプリは更新が必要です。
error-profile = このアプリの相談窓口の情報が正しくありません。下書きは保存されています。新しいアプリを入手してください。
error-sync_client = 今はアプリが安全に接続できません。相談は保存されていて、あとで送られます。
error-already_exists = これはもう保存されています。
error-empty_pin = PINを入力してください。
error-invalid_kdf_params = このアプリの設定が正しくありません。新しいアプリを入手してください。
error-device_secret_unavailable = アプリがこのスマホの安全な保管場所を使えません。スマホを再起動して、もう一度ためしてください。
error-envelope = 相談窓口に送るための封（暗号化）ができませんでした。相談は下書きとして保存されたままです。
error-receipt_mismatch = 相談窓口からの返事を確認できませんでした。相談をもう一度送ります。
error-corrupt = アプリに保存されたデータがこわれています。開くことができません。
error-io = スマホに保存できませんでした。容量がいっぱいかもしれません。空きを作って、もう一度ためしてください。
error-database = アプリがデータを読んだり保存したりできませんでした。保存した相談は無事です。もう一度ためしてください。
error-pin_too_long = PINは数字6〜12けたです。
error-pin_not_digits = PINは数字だけです。
error-reference_word_count = コードは9つの言葉です。全部入力したか確かめてください。
error-reference_unknown_word = 正しくない言葉が1つあります。つづりを確かめてください。
check-reference-wrong-word = { $number }番目の言葉が正しくありません。つづりを確かめてください。
error-reference_digits = コードは22けたの数字です。全部入力したか確かめてください。
error-reference_check = 言葉か数字が1つ正しくありません。1つずつ確かめて、もう一度ためしてください。
error-reference_not_found = このコードの相談は、まだ相談窓口に届いていません。インターネットのないスマホから送った場合は、そのスマホがまたインターネットにつながったときに届きます。あとでもう一度ためしてください。それでも見つからないときは、言葉や数字を1つずつ確かめてください。
field-error-empty = ここに入力するか、この質問をスキップしてください。
field-error-not_trimmed = 最初か最後にある空白を消してください。
field-error-too_long = 長すぎます。{ $max } 文字までです。
field-error-too_many_bytes = 長すぎます。
field-error-too_many = 多すぎます。{ $max } 個までです。
field-error-duplicate = リストに同じものが2つあります。
field-error-control_characters = 使えない文字が入っています。
field-error-invalid_phone = この電話番号は正しくないようです。+ と国番号から始めてください。
field-error-invalid_region = この国は見つかりません。
field-error-invalid_email = このメールアドレスは正しくないようです。
field-error-invalid_language = この言語は見つかりません。
field-error-invalid_time_zone = このタイムゾーンは見つかりません。
field-error-invalid_time = 開始と終了に、ちがう時間を選んでください。
field-error-no_contact_method = 連絡の方法を1つ以上選んでください。「このアプリで返事を確認する」だけでもかまいません。
field-error-unsupported_version = このアプリは更新が必要です。
