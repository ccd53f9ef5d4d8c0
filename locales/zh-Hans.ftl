# lede 的简体中文用语（每条消息的原文见 en.ftl）。

## 报头
menu = 菜单
menu-sections = 栏目
menu-close = 关闭菜单
search = 搜索
search-label = 搜索文章
search-results = 搜索结果
search-loading = 正在加载文章…
search-none = 没有找到与“{ $query }”相关的结果。
search-found = { $count ->
   *[other] 共 { $count } 条结果，可用方向键选择。
}
search-unreachable = { $count ->
   *[other] 有栏目未能加载，无法搜索其中内容：请检查网络连接。
}
search-site = 在全站搜索“{ $query }”
subscribe = 订阅
markets = 行情
markets-stale = 数据过期
markets-as-of = 截至
markets-up = 上涨
markets-down = 下跌
markets-unchanged = 持平
site-notice = { $problem }现改为显示网站的默认菜单。
site-message-unknown = 网站配置中的消息“{ $id }”不是 lede 的消息。
site-message-placeable = 网站配置中的消息“{ $id }”含有 lede 不认识的占位符：{ $placeable }。

## 阅读设置
settings = 阅读设置
settings-text-size = 字号
settings-smaller = 缩小字号
settings-larger = 放大字号
settings-percent = { $percent }%
settings-font = 字体
font-serif = 衬线
font-sans = 无衬线
settings-theme = 主题
theme-auto = 自动
theme-light = 浅色
theme-dark = 深色
theme-sepia = 护眼
settings-width = 行宽
width-narrow = 窄
width-medium = 中
width-wide = 宽
settings-spacing = 行距
spacing-compact = 紧凑
spacing-normal = 标准
spacing-loose = 宽松

## 阅读器
loading = 正在加载…
latest-articles = 最新文章
feed-empty = 这里还没有文章。
back-to-list = ← 返回列表
by = 作者：
names-and = { "和" }
names-comma = { "、" }
updated = 更新于
reading-time = 阅读需 { $fast }–{ $slow } 分钟
reading-time-exact = 阅读需 { $minutes } 分钟
time-left = 还剩 { $minutes } 分钟
finished = 已读完
reading-progress = 阅读进度
share = 分享
link-copied = 链接已复制
link-not-copied = 无法复制链接
read-aloud = 朗读文章
listen = 收听
pause = 暂停
resume = 继续
stop = 停止
speed = 语速
newsletter-invitation = 订阅邮件，获取最重要的新闻。
source = 来源：
via = 经由
enlarge = 放大图片
enlarge-described = 放大图片：{ $description }
picture = 图片
close = 关闭
link = 链接
link-to = 链接到 { $host }
link-in-page = 跳转到链接位置
table = 表格

## 订阅
email = 电子邮箱
email-invalid = 请输入电子邮箱地址，例如 name@example.com。
honeypot = 请勿填写此栏
privacy-policy = 隐私政策
consent-missing = 订阅前请勾选同意。
subscribing = 正在订阅…
try-again = 重试
signup-waiting = 无法连接服务器，请重试。您的订阅已保存，将在 { $seconds } 秒后或您下次访问时重新发送。
signup-success = 就差一步：请查收邮件，确认订阅。

## 错误
error-title = 无法显示这篇文章
retry = 重试
what-article = 文章
what-site = 网站配置
what-quotes = 行情数据
error-address = “{ $address }”不是 lede 能加载的网址。
error-private = { $url } 位于私有或本地网络（{ $address }），未经允许，lede 的渲染器不会从中获取内容。
error-offline = 您已离线，{ $url } 无法加载。恢复联网后会自动加载。
error-network = 无法加载 { $url }：{ $host } 没有响应，或不允许此页面读取。请稍后重试。
error-program-part = 无法加载此阅读器中读取 { $url } 的部分。请稍后重试。
error-panic = 阅读器因内部错误而停止。请刷新页面后重试。
error-timeout = { $host } 发送 { $url } 用时超过 { $seconds } 秒。
error-not-found = { $url } 没有{ $what }（服务器返回“{ $answer }”）。
error-refused = 服务器拒绝发送 { $url }（“{ $answer }”）。
error-server = 服务器发送 { $url } 时出现问题（“{ $answer }”），稍后可能恢复。
error-status = 服务器对 { $url } 返回了“{ $answer }”。
error-retry-after = 服务器要求 { $seconds } 秒后重试。
error-not-json = 无法读取 { $url } 的{ $what }：不是 JSON（{ $detail }）。
error-empty = 无法读取 { $url } 的{ $what }：内容为空。
error-web-page = 无法读取 { $url } 的{ $what }：这是网页，不是 lede 读取的 JSON。
error-too-deep = 无法读取 { $url } 的{ $what }：嵌套超过 { $limit } 层，超出 lede 的读取范围。
error-too-large = 无法读取 { $url } 的{ $what }：大小为 { $size } MB，超过 lede 读取上限 { $limit } MB。
error-too-many-blocks = 无法显示 { $url } 的{ $what }：正文有 { $count } 个段块，超过 lede 显示上限 { $limit } 个。
error-missing = 无法读取 { $url } 的{ $what }：缺少 { $field }。
error-wrong-type = 无法读取 { $url } 的{ $what }：{ $field } 的类型不符。
error-bad-value = 无法读取 { $url } 的{ $what }：{ $field } 的值“{ $value }”无效。
error-no-items = 无法显示 { $url } 的{ $what }：列表中没有文章。
error-newer-version = 无法读取 { $url } 的{ $what }：它使用 lede 格式第 { $version } 版，比此阅读器更新。
error-unknown-format = 无法读取 { $url } 的{ $what }：不是 lede 能读取的格式（lede JSON、WordPress REST API、JSON Feed、schema.org JSON-LD 或 Ghost Content API）。

## 文章周边
paywall-title = 订阅后继续阅读
paywall-text = 本文余下内容仅供订阅用户阅读。
paywall-sign-in = 登录
read-next = 延伸阅读
video-play = 播放视频（从 { $provider } 加载）
video-remember = 始终播放本站视频
video-frame-title = { $provider } 视频：{ $title }
