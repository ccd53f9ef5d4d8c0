# lede's own words, in English: the source of every other catalogue, and the only one inside
# the wasm. One message a line (`id = text`); placeables are `{ $name }`; a plural is
# `{ $count -> [one] … *[other] … }` with CLDR's categories. See README, "Interface language".

## The masthead
menu = Menu
menu-sections = Sections
menu-close = Close menu
search = Search
search-label = Search articles
search-results = Search results
search-loading = Loading articles to search…
search-none = No results for “{ $query }”.
search-found = { $count ->
    [one] { $count } result. Use the arrow keys to choose it.
   *[other] { $count } results. Use the arrow keys to choose one.
}
search-unreachable = { $count ->
    [one] One section could not be loaded to search: check your connection.
   *[other] Some sections could not be loaded to search: check your connection.
}
search-site = Search the whole site for “{ $query }”
subscribe = Subscribe
markets = Markets
markets-stale = Stale
markets-as-of = as of
markets-up = up
markets-down = down
markets-unchanged = unchanged
site-notice = { $problem } The site's default menu is shown instead.
site-message-unknown = The site configuration's message “{ $id }” is not one of lede's.
site-message-placeable = The site configuration's message “{ $id }” has a placeable lede does not know: { $placeable }.

## Reading settings
settings = Reading settings
settings-text-size = Text size
settings-smaller = Smaller text
settings-larger = Larger text
settings-percent = { $percent }%
settings-font = Font
font-serif = Serif
font-sans = Sans serif
settings-theme = Theme
theme-auto = Auto
theme-light = Light
theme-dark = Dark
theme-sepia = Sepia
settings-width = Line width
width-narrow = Narrow
width-medium = Medium
width-wide = Wide
settings-spacing = Line spacing
spacing-compact = Compact
spacing-normal = Normal
spacing-loose = Loose

## The reader
loading = Loading…
latest-articles = Latest articles
feed-empty = There are no articles here yet.
back-to-list = ← Back to the list
by = By
names-and = { " and " }
names-comma = { ", " }
updated = Updated
reading-time = { $fast }–{ $slow } min read
reading-time-exact = { $minutes } min read
time-left = { $minutes } min left
finished = Finished
reading-progress = Reading progress
share = Share
link-copied = Link copied
link-not-copied = Couldn't copy the link
read-aloud = Read aloud
listen = Listen
pause = Pause
resume = Resume
stop = Stop
speed = Speed
newsletter-invitation = Get the most important stories in your inbox.
source = Source:
via = via
enlarge = Enlarge picture
enlarge-described = Enlarge picture: { $description }
picture = Picture
close = Close
link = Link
link-to = Link to { $host }
link-in-page = Go to the place it links to
table = Table

## The sign-up
email = Email address
email-invalid = Enter an email address, like name@example.com.
honeypot = Leave this empty
privacy-policy = Privacy policy
consent-missing = Tick the box to agree before subscribing.
subscribing = Subscribing…
try-again = Try again
signup-waiting = Couldn't reach the server — try again. Your sign-up is saved: it is sent again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}, or on your next visit.
signup-success = Almost done: check your inbox to confirm your subscription.

## What went wrong
error-title = This article could not be shown
retry = Retry
what-article = article
what-site = site configuration
what-quotes = market data
error-address = “{ $address }” is not a web address lede can load.
error-private = { $url } is on a private or local network ({ $address }), which lede's renderer does not fetch from unless told to.
error-offline = You're offline, so { $url } couldn't load. It will load when you're back online.
error-network = Couldn't load { $url }: { $host } did not answer, or did not let this page read it. Try again in a moment.
error-program-part = The part of this reader that reads { $url } couldn't load. Try again in a moment.
error-panic = The reader stopped because of an internal error. Reload the page to try again.
error-timeout = { $host } took more than { $seconds } seconds to send { $url }.
error-not-found = There is no { $what } at { $url } (the server answered “{ $answer }”).
error-refused = The server refused to send { $url } (“{ $answer }”).
error-server = The server had a problem sending { $url } (“{ $answer }”). It may work again shortly.
error-status = The server answered “{ $answer }” for { $url }.
error-retry-after = The server asks to try again in { $seconds ->
    [one] { $seconds } second
   *[other] { $seconds } seconds
}.
error-not-json = The { $what } at { $url } is not JSON ({ $detail }).
error-empty = The { $what } at { $url } is empty.
error-web-page = The { $what } at { $url } is a web page, not the JSON lede reads.
error-too-deep = The { $what } at { $url } is nested more than { $limit } levels deep, more than lede reads.
error-too-large = The { $what } at { $url } is { $size } MB, more than the { $limit } MB lede reads.
error-too-many-blocks = The { $what } at { $url } has { $count } blocks in its body, more than the { $limit } lede shows.
error-missing = The { $what } at { $url } has no { $field }.
error-wrong-type = The { $what } at { $url } has a { $field } that is { $found }, where { $expected } was expected.
error-bad-value = The { $what } at { $url } has a { $field } of “{ $value }”, which is not { $expected }.
error-no-items = The { $what } at { $url } is a list with no articles in it.
error-newer-version = The { $what } at { $url } is in lede format version { $version }, which is newer than this reader.
error-unknown-format = The { $what } at { $url } is not in a format lede reads (lede JSON, WordPress REST API, JSON Feed, schema.org JSON-LD or Ghost Content API): it is { $found }.

## What a publisher puts around the article
paywall-title = Subscribe to keep reading
paywall-text = The rest of this article is for subscribers.
paywall-sign-in = Sign in
read-next = Read next
video-play = Play video (loads from { $provider })
video-remember = Always play videos from here
video-frame-title = { $provider } video: { $title }
