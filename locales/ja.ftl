# lede の日本語の文言（各メッセージの原文は en.ftl）。

## ヘッダー
menu = メニュー
menu-sections = カテゴリー
menu-close = メニューを閉じる
search = 検索
search-label = 記事を検索
search-results = 検索結果
search-loading = 記事を読み込んでいます…
search-none = 「{ $query }」に一致する結果はありません。
search-found = { $count ->
   *[other] { $count } 件の結果。矢印キーで選択できます。
}
search-unreachable = { $count ->
   *[other] 一部のカテゴリーを読み込めず、検索できませんでした。接続を確認してください。
}
search-site = サイト全体で「{ $query }」を検索
subscribe = 購読する
markets = マーケット
markets-stale = 更新停止中
markets-as-of = 時点：
markets-up = 上昇
markets-down = 下落
markets-unchanged = 変わらず
site-notice = { $problem }代わりにサイトの標準メニューを表示しています。
site-message-unknown = サイト設定のメッセージ「{ $id }」は lede にはありません。
site-message-placeable = サイト設定のメッセージ「{ $id }」に lede が知らないプレースホルダーがあります：{ $placeable }。

## 表示設定
settings = 表示設定
settings-text-size = 文字サイズ
settings-smaller = 文字を小さく
settings-larger = 文字を大きく
settings-percent = { $percent }%
settings-font = フォント
font-serif = 明朝体
font-sans = ゴシック体
settings-theme = テーマ
theme-auto = 自動
theme-light = ライト
theme-dark = ダーク
theme-sepia = セピア
settings-width = 行の幅
width-narrow = 狭い
width-medium = 標準
width-wide = 広い
settings-spacing = 行間
spacing-compact = 狭い
spacing-normal = 標準
spacing-loose = 広い

## リーダー
loading = 読み込み中…
latest-articles = 最新記事
feed-empty = まだ記事はありません。
back-to-list = ← 一覧に戻る
by = 筆者：
names-and = { "、" }
names-comma = { "、" }
updated = 更新：
reading-time = { $fast }～{ $slow }分で読めます
reading-time-exact = { $minutes }分で読めます
time-left = 残り{ $minutes }分
finished = 読了
reading-progress = 読んだ割合
share = シェア
link-copied = リンクをコピーしました
link-not-copied = リンクをコピーできませんでした
read-aloud = 読み上げ
listen = 聞く
pause = 一時停止
resume = 再開
stop = 停止
speed = 速さ
newsletter-invitation = 重要なニュースをメールでお届けします。
source = 出典：
via = 提供：
enlarge = 画像を拡大
enlarge-described = 画像を拡大：{ $description }
picture = 画像
close = 閉じる
link = リンク
link-to = { $host } へのリンク
link-in-page = リンク先へ移動
table = 表

## 登録
email = メールアドレス
email-invalid = name@example.jp のようにメールアドレスを入力してください。
honeypot = この欄は空欄のままにしてください
privacy-policy = プライバシーポリシー
consent-missing = 購読する前に、同意のチェックを入れてください。
subscribing = 登録しています…
try-again = もう一度試す
signup-waiting = サーバーに接続できませんでした。もう一度お試しください。登録内容は保存されており、{ $seconds }秒後か次回の訪問時に再送信されます。
signup-success = あと少しです。届いたメールで購読を確認してください。

## エラー
error-title = この記事を表示できません
retry = 再試行
what-article = 記事
what-site = サイト設定
what-quotes = マーケットデータ
error-address = 「{ $address }」は lede が読み込めるウェブアドレスではありません。
error-private = { $url } はプライベートまたはローカルのネットワーク（{ $address }）にあり、lede のレンダラーは許可なしにそこから取得しません。
error-offline = オフラインのため、{ $url } を読み込めませんでした。接続が戻ると読み込みます。
error-network = { $url } を読み込めませんでした。{ $host } が応答しないか、このページからの読み取りを許可していません。しばらくしてからもう一度お試しください。
error-program-part = { $url } を読み込むためのリーダーの機能を読み込めませんでした。しばらくしてからもう一度お試しください。
error-panic = 内部エラーのためリーダーが停止しました。ページを再読み込みしてもう一度お試しください。
error-timeout = { $host } から { $url } を受け取るのに { $seconds } 秒以上かかりました。
error-not-found = { $url } に{ $what }はありません（サーバーの応答：「{ $answer }」）。
error-refused = サーバーが { $url } の送信を拒否しました（「{ $answer }」）。
error-server = { $url } の送信中にサーバーで問題が起きました（「{ $answer }」）。まもなく復旧する可能性があります。
error-status = { $url } に対してサーバーが「{ $answer }」と応答しました。
error-retry-after = サーバーは { $seconds } 秒後に再試行するよう求めています。
error-not-json = { $url } の{ $what }を読めません。JSON ではありません（{ $detail }）。
error-empty = { $url } の{ $what }を読めません。中身が空です。
error-web-page = { $url } の{ $what }を読めません。lede が読む JSON ではなくウェブページです。
error-too-deep = { $url } の{ $what }を読めません。入れ子が { $limit } 階層を超えており、lede が読める範囲を超えています。
error-too-large = { $url } の{ $what }を読めません。サイズが { $size } MB あり、lede が読める { $limit } MB を超えています。
error-too-many-blocks = { $url } の{ $what }を表示できません。本文のブロックが { $count } 個あり、lede が表示できる { $limit } 個を超えています。
error-missing = { $url } の{ $what }を読めません。{ $field } がありません。
error-wrong-type = { $url } の{ $what }を読めません。{ $field } の型が想定と異なります。
error-bad-value = { $url } の{ $what }を読めません。{ $field } の値「{ $value }」が無効です。
error-no-items = { $url } の{ $what }を表示できません。一覧に記事がありません。
error-newer-version = { $url } の{ $what }を読めません。lede 形式のバージョン { $version } で、このリーダーより新しい形式です。
error-unknown-format = { $url } の{ $what }を読めません。lede が読める形式（lede JSON、WordPress REST API、JSON Feed、schema.org の JSON-LD、Ghost Content API）ではありません。

## 記事のまわり
paywall-title = 続きを読むには購読が必要です
paywall-text = この記事の続きは購読者限定です。
paywall-sign-in = ログイン
read-next = あわせて読みたい
video-play = 動画を再生（{ $provider } から読み込み）
video-remember = このサイトの動画を常に再生
video-frame-title = { $provider } の動画：{ $title }
