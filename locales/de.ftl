# lede auf Deutsch (siehe en.ftl, die Quelle jeder Meldung).

## Der Kopf
menu = Menü
menu-sections = Ressorts
menu-close = Menü schließen
search = Suche
search-label = Artikel durchsuchen
search-results = Suchergebnisse
search-loading = Artikel werden geladen…
search-none = Keine Ergebnisse für „{ $query }“.
search-found = { $count ->
    [one] { $count } Ergebnis. Mit den Pfeiltasten auswählen.
   *[other] { $count } Ergebnisse. Mit den Pfeiltasten eines auswählen.
}
search-unreachable = { $count ->
    [one] Ein Ressort konnte für die Suche nicht geladen werden: Bitte prüfen Sie Ihre Verbindung.
   *[other] Einige Ressorts konnten für die Suche nicht geladen werden: Bitte prüfen Sie Ihre Verbindung.
}
search-site = „{ $query }“ auf der ganzen Website suchen
subscribe = Abonnieren
markets = Märkte
markets-stale = Veraltet
markets-as-of = Stand:
markets-up = gestiegen
markets-down = gefallen
markets-unchanged = unverändert
site-notice = { $problem } Stattdessen wird das Standardmenü der Website gezeigt.
site-message-unknown = Die Meldung „{ $id }“ der Website-Konfiguration gibt es in lede nicht.
site-message-placeable = Die Meldung „{ $id }“ der Website-Konfiguration enthält einen Platzhalter, den lede nicht kennt: { $placeable }.

## Leseeinstellungen
settings = Leseeinstellungen
settings-text-size = Schriftgröße
settings-smaller = Kleinere Schrift
settings-larger = Größere Schrift
settings-percent = { $percent }{ "\u00A0" }%
settings-font = Schrift
font-serif = Serifen
font-sans = Serifenlos
settings-theme = Farbschema
theme-auto = Automatisch
theme-light = Hell
theme-dark = Dunkel
theme-sepia = Sepia
settings-width = Zeilenbreite
width-narrow = Schmal
width-medium = Mittel
width-wide = Breit
settings-spacing = Zeilenabstand
spacing-compact = Eng
spacing-normal = Normal
spacing-loose = Weit

## Der Reader
loading = Wird geladen…
latest-articles = Neueste Artikel
feed-empty = Hier gibt es noch keine Artikel.
back-to-list = ← Zurück zur Übersicht
by = Von
names-and = { " und " }
names-comma = { ", " }
updated = Aktualisiert am
reading-time = { $fast }–{ $slow } Min. Lesezeit
reading-time-exact = { $minutes } Min. Lesezeit
time-left = Noch { $minutes } Min.
finished = Fertig gelesen
reading-progress = Lesefortschritt
share = Teilen
link-copied = Link kopiert
link-not-copied = Link konnte nicht kopiert werden
read-aloud = Vorlesen
listen = Anhören
pause = Pause
resume = Fortsetzen
stop = Stopp
speed = Tempo
newsletter-invitation = Die wichtigsten Nachrichten direkt in Ihr Postfach.
source = Quelle:
via = via
enlarge = Bild vergrößern
enlarge-described = Bild vergrößern: { $description }
picture = Bild
close = Schließen
link = Link
link-to = Link zu { $host }
link-in-page = Zur verlinkten Stelle
table = Tabelle

## Die Anmeldung
email = E-Mail-Adresse
email-invalid = Bitte geben Sie eine E-Mail-Adresse ein, etwa name@beispiel.de.
honeypot = Dieses Feld bitte leer lassen
privacy-policy = Datenschutzerklärung
consent-missing = Bitte setzen Sie vor dem Abonnieren das Häkchen, um zuzustimmen.
subscribing = Wird abonniert…
try-again = Erneut versuchen
signup-waiting = Der Server ist nicht erreichbar – bitte erneut versuchen. Ihre Anmeldung ist gespeichert und wird in { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
} oder bei Ihrem nächsten Besuch erneut gesendet.
signup-success = Fast geschafft: Bitte bestätigen Sie Ihr Abonnement über die E-Mail in Ihrem Postfach.

## Fehler
error-title = Dieser Artikel kann nicht angezeigt werden
retry = Erneut versuchen
what-article = der Artikel
what-site = die Website-Konfiguration
what-quotes = die Marktdaten
error-address = „{ $address }“ ist keine Webadresse, die lede laden kann.
error-private = { $url } liegt in einem privaten oder lokalen Netz ({ $address }), aus dem der Renderer von lede nur auf ausdrücklichen Wunsch lädt.
error-offline = Sie sind offline, daher konnte { $url } nicht geladen werden. Das geschieht, sobald Sie wieder online sind.
error-network = { $url } konnte nicht geladen werden: { $host } hat nicht geantwortet oder erlaubt dieser Seite das Lesen nicht. Bitte versuchen Sie es gleich noch einmal.
error-program-part = Der Teil dieses Readers, der { $url } liest, konnte nicht geladen werden. Bitte versuchen Sie es gleich noch einmal.
error-panic = Der Reader wurde wegen eines internen Fehlers beendet. Laden Sie die Seite neu, um es noch einmal zu versuchen.
error-timeout = { $host } hat länger als { $seconds } Sekunden gebraucht, um { $url } zu senden.
error-not-found = Unter { $url } gibt es nichts (der Server antwortete „{ $answer }“).
error-refused = Der Server hat sich geweigert, { $url } zu senden („{ $answer }“).
error-server = Der Server hatte ein Problem beim Senden von { $url } („{ $answer }“). Es klappt vielleicht gleich wieder.
error-status = Der Server antwortete „{ $answer }“ auf { $url }.
error-retry-after = Der Server bittet, es in { $seconds ->
    [one] { $seconds } Sekunde
   *[other] { $seconds } Sekunden
} erneut zu versuchen.
error-not-json = Das Dokument unter { $url } ist kein JSON ({ $detail }).
error-empty = Das Dokument unter { $url } ist leer.
error-web-page = Unter { $url } steht eine Webseite, nicht das JSON, das lede liest.
error-too-deep = Das Dokument unter { $url } ist mehr als { $limit } Ebenen tief verschachtelt, mehr als lede liest.
error-too-large = Das Dokument unter { $url } ist { $size } MB groß, mehr als die { $limit } MB, die lede liest.
error-too-many-blocks = Das Dokument unter { $url } hat { $count } Blöcke, mehr als die { $limit }, die lede zeigt.
error-missing = Dem Dokument unter { $url } fehlt das Feld { $field }.
error-wrong-type = Im Dokument unter { $url } hat das Feld { $field } nicht den erwarteten Typ.
error-bad-value = Im Dokument unter { $url } ist der Wert „{ $value }“ des Felds { $field } ungültig.
error-no-items = Die Liste unter { $url } enthält keine Artikel.
error-newer-version = Das Dokument unter { $url } hat die lede-Formatversion { $version }, die neuer ist als dieser Reader.
error-unknown-format = Das Dokument unter { $url } ist in keinem Format, das lede liest (lede-JSON, WordPress-REST-API, JSON Feed, schema.org-JSON-LD oder Ghost Content API).

## Rund um den Artikel
paywall-title = Jetzt abonnieren und weiterlesen
paywall-text = Der Rest dieses Artikels ist Abonnenten vorbehalten.
paywall-sign-in = Anmelden
read-next = Lesen Sie auch
video-play = Video abspielen (wird von { $provider } geladen)
video-remember = Videos von hier immer abspielen
video-frame-title = { $provider }-Video: { $title }
