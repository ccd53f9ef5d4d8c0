# De woorden van lede in het Nederlands (zie en.ftl, de bron van elk bericht).

## De kop
menu = Menu
menu-sections = Rubrieken
menu-close = Menu sluiten
search = Zoeken
search-label = Artikelen zoeken
search-results = Zoekresultaten
search-loading = Artikelen laden…
search-none = Geen resultaten voor ‘{ $query }’.
search-found = { $count ->
    [one] { $count } resultaat. Kies het met de pijltjestoetsen.
   *[other] { $count } resultaten. Kies er een met de pijltjestoetsen.
}
search-unreachable = { $count ->
    [one] Eén rubriek kon niet worden geladen om te zoeken: controleer je verbinding.
   *[other] Enkele rubrieken konden niet worden geladen om te zoeken: controleer je verbinding.
}
search-site = Zoek ‘{ $query }’ op de hele site
subscribe = Abonneren
markets = Beurzen
markets-stale = Verouderd
markets-as-of = om
markets-up = gestegen
markets-down = gedaald
markets-unchanged = onveranderd
site-notice = { $problem } In plaats daarvan staat het standaardmenu van de site er.
site-message-unknown = Het bericht ‘{ $id }’ in de siteconfiguratie bestaat niet in lede.
site-message-placeable = Het bericht ‘{ $id }’ in de siteconfiguratie gebruikt een parameter die lede niet kent: { $placeable }.

## Leesinstellingen
settings = Leesinstellingen
settings-text-size = Tekstgrootte
settings-smaller = Kleinere tekst
settings-larger = Grotere tekst
settings-percent = { $percent }%
settings-font = Lettertype
font-serif = Schreef
font-sans = Schreefloos
settings-theme = Thema
theme-auto = Automatisch
theme-light = Licht
theme-dark = Donker
theme-sepia = Sepia
settings-width = Regelbreedte
width-narrow = Smal
width-medium = Middel
width-wide = Breed
settings-spacing = Regelafstand
spacing-compact = Compact
spacing-normal = Normaal
spacing-loose = Ruim

## De lezer
loading = Laden…
latest-articles = Laatste artikelen
feed-empty = Hier staan nog geen artikelen.
back-to-list = ← Terug naar het overzicht
by = Door
names-and = { " en " }
names-comma = { ", " }
updated = Bijgewerkt
reading-time = { $fast }–{ $slow } min leestijd
reading-time-exact = { $minutes } min leestijd
time-left = Nog { $minutes } min
finished = Uitgelezen
reading-progress = Leesvoortgang
share = Delen
link-copied = Link gekopieerd
link-not-copied = Kon de link niet kopiëren
read-aloud = Voorlezen
listen = Luisteren
pause = Pauze
resume = Hervatten
stop = Stoppen
speed = Snelheid
newsletter-invitation = Het belangrijkste nieuws in je inbox.
source = Bron:
via = via
enlarge = Afbeelding vergroten
enlarge-described = Afbeelding vergroten: { $description }
picture = Afbeelding
close = Sluiten
link = Link
link-to = Link naar { $host }
link-in-page = Ga naar de gelinkte plek
table = Tabel

## De aanmelding
email = E-mailadres
email-invalid = Vul een e-mailadres in, zoals naam@voorbeeld.nl.
honeypot = Laat dit veld leeg
privacy-policy = Privacybeleid
consent-missing = Vink het vakje aan om akkoord te gaan voordat je je abonneert.
subscribing = Aanmelden…
try-again = Opnieuw proberen
signup-waiting = De server is niet bereikbaar: probeer het opnieuw. Je aanmelding is bewaard en wordt over { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
} of bij je volgende bezoek opnieuw verstuurd.
signup-success = Bijna klaar: bevestig je aanmelding via de e-mail in je inbox.

## Fouten
error-title = Dit artikel kan niet worden getoond
retry = Opnieuw proberen
what-article = het artikel
what-site = de siteconfiguratie
what-quotes = de beursgegevens
error-address = ‘{ $address }’ is geen webadres dat lede kan laden.
error-private = { $url } staat op een privé- of lokaal netwerk ({ $address }), waar de renderer van lede alleen met toestemming van laadt.
error-offline = Je bent offline, dus { $url } kon niet worden geladen. Het laadt zodra je weer online bent.
error-network = Kon { $url } niet laden: { $host } antwoordde niet, of staat deze pagina niet toe het te lezen. Probeer het zo opnieuw.
error-program-part = Het deel van deze lezer dat { $url } leest, kon niet worden geladen. Probeer het zo opnieuw.
error-panic = De lezer is gestopt door een interne fout. Laad de pagina opnieuw om het nog eens te proberen.
error-timeout = { $host } deed er langer dan { $seconds } seconden over om { $url } te sturen.
error-not-found = Er is niets te vinden op { $url } (de server antwoordde ‘{ $answer }’).
error-refused = De server weigerde { $url } te sturen (‘{ $answer }’).
error-server = De server had een probleem bij het sturen van { $url } (‘{ $answer }’). Het werkt misschien zo weer.
error-status = De server antwoordde ‘{ $answer }’ op { $url }.
error-retry-after = De server vraagt het over { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } seconden
} opnieuw te proberen.
error-not-json = Kon { $what } op { $url } niet lezen: het is geen JSON ({ $detail }).
error-empty = Kon { $what } op { $url } niet lezen: het is leeg.
error-web-page = Kon { $what } op { $url } niet lezen: het is een webpagina, niet de JSON die lede leest.
error-too-deep = Kon { $what } op { $url } niet lezen: het is meer dan { $limit } niveaus diep genest, meer dan lede leest.
error-too-large = Kon { $what } op { $url } niet lezen: het is { $size } MB, meer dan de { $limit } MB die lede leest.
error-too-many-blocks = Kon { $what } op { $url } niet tonen: het heeft { $count } blokken, meer dan de { $limit } die lede toont.
error-missing = Kon { $what } op { $url } niet lezen: het veld { $field } ontbreekt.
error-wrong-type = Kon { $what } op { $url } niet lezen: het veld { $field } is niet van het verwachte type.
error-bad-value = Kon { $what } op { $url } niet lezen: de waarde ‘{ $value }’ van het veld { $field } is ongeldig.
error-no-items = Kon { $what } op { $url } niet tonen: het is een lijst zonder artikelen.
error-newer-version = Kon { $what } op { $url } niet lezen: het gebruikt versie { $version } van het lede-formaat, nieuwer dan deze lezer.
error-unknown-format = Kon { $what } op { $url } niet lezen: het is niet in een formaat dat lede leest (lede-JSON, WordPress REST API, JSON Feed, schema.org-JSON-LD of Ghost Content API).

## Rond het artikel
paywall-title = Neem een abonnement om verder te lezen
paywall-text = De rest van dit artikel is voor abonnees.
paywall-sign-in = Inloggen
read-next = Lees ook
video-play = Video afspelen (wordt geladen van { $provider })
video-remember = Video's van deze site altijd afspelen
video-frame-title = { $provider }-video: { $title }
