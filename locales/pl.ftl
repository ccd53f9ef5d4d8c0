# Słowa lede po polsku (zob. en.ftl, źródło każdego komunikatu).

## Nagłówek
menu = Menu
menu-sections = Działy
menu-close = Zamknij menu
search = Szukaj
search-label = Szukaj artykułów
search-results = Wyniki wyszukiwania
search-loading = Wczytywanie artykułów…
search-none = Brak wyników dla „{ $query }”.
search-found = { $count ->
    [one] { $count } wynik. Wybierz go strzałkami.
    [few] { $count } wyniki. Wybierz jeden strzałkami.
    [many] { $count } wyników. Wybierz jeden strzałkami.
   *[other] { $count } wyniku. Wybierz jeden strzałkami.
}
search-unreachable = { $count ->
    [one] Nie udało się wczytać jednego działu do wyszukiwania: sprawdź połączenie.
   *[other] Nie udało się wczytać kilku działów do wyszukiwania: sprawdź połączenie.
}
search-site = Szukaj „{ $query }” w całym serwisie
subscribe = Subskrybuj
markets = Rynki
markets-stale = Nieaktualne
markets-as-of = stan na
markets-up = wzrost
markets-down = spadek
markets-unchanged = bez zmian
site-notice = { $problem } Zamiast niego widać domyślne menu serwisu.
site-message-unknown = Komunikatu „{ $id }” z konfiguracji serwisu nie ma w lede.
site-message-placeable = Komunikat „{ $id }” z konfiguracji serwisu ma parametr, którego lede nie zna: { $placeable }.

## Ustawienia czytania
settings = Ustawienia czytania
settings-text-size = Rozmiar tekstu
settings-smaller = Mniejszy tekst
settings-larger = Większy tekst
settings-percent = { $percent }%
settings-font = Czcionka
font-serif = Szeryfowa
font-sans = Bezszeryfowa
settings-theme = Motyw
theme-auto = Automatyczny
theme-light = Jasny
theme-dark = Ciemny
theme-sepia = Sepia
settings-width = Szerokość wiersza
width-narrow = Wąska
width-medium = Średnia
width-wide = Szeroka
settings-spacing = Interlinia
spacing-compact = Ciasna
spacing-normal = Normalna
spacing-loose = Luźna

## Czytnik
loading = Wczytywanie…
latest-articles = Najnowsze artykuły
feed-empty = Nie ma tu jeszcze artykułów.
back-to-list = ← Wróć do listy
by = Autor:
names-and = { " i " }
names-comma = { ", " }
updated = Aktualizacja:
reading-time = { $fast }–{ $slow } min czytania
reading-time-exact = { $minutes } min czytania
time-left = Zostało { $minutes } min
finished = Przeczytane
reading-progress = Postęp czytania
share = Udostępnij
link-copied = Skopiowano link
link-not-copied = Nie udało się skopiować linku
read-aloud = Odsłuchaj artykuł
listen = Posłuchaj
pause = Pauza
resume = Wznów
stop = Zatrzymaj
speed = Tempo
newsletter-invitation = Najważniejsze wiadomości prosto na Twoją skrzynkę.
source = Źródło:
via = przez
enlarge = Powiększ zdjęcie
enlarge-described = Powiększ zdjęcie: { $description }
picture = Zdjęcie
close = Zamknij
link = Link
link-to = Link do { $host }
link-in-page = Przejdź do wskazanego miejsca
table = Tabela

## Zapis
email = Adres e-mail
email-invalid = Wpisz adres e-mail, na przykład imie@przyklad.pl.
honeypot = Zostaw to pole puste
privacy-policy = Polityka prywatności
consent-missing = Zaznacz pole zgody przed zapisaniem się.
subscribing = Zapisywanie…
try-again = Spróbuj ponownie
signup-waiting = Nie udało się połączyć z serwerem: spróbuj ponownie. Twój zapis jest zachowany i zostanie wysłany ponownie za { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
} lub przy następnej wizycie.
signup-success = Prawie gotowe: potwierdź subskrypcję w wiadomości, którą wysłaliśmy na Twój adres.

## Błędy
error-title = Nie można wyświetlić tego artykułu
retry = Spróbuj ponownie
what-article = artykułu
what-site = konfiguracji serwisu
what-quotes = danych rynkowych
error-address = „{ $address }” nie jest adresem internetowym, który lede może wczytać.
error-private = { $url } jest w sieci prywatnej lub lokalnej ({ $address }), z której renderer lede pobiera tylko za zgodą.
error-offline = Jesteś offline, więc nie udało się wczytać { $url }. Wczyta się, gdy wrócisz do sieci.
error-network = Nie udało się wczytać { $url }: { $host } nie odpowiedział albo nie pozwala tej stronie go odczytać. Spróbuj ponownie za chwilę.
error-program-part = Nie udało się wczytać części czytnika, która odczytuje { $url }. Spróbuj ponownie za chwilę.
error-panic = Czytnik przestał działać z powodu błędu wewnętrznego. Odśwież stronę, aby spróbować ponownie.
error-timeout = { $host } wysyłał { $url } dłużej niż { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
   *[other] { $seconds } sekund
}.
error-not-found = Pod adresem { $url } nie ma { $what } (serwer odpowiedział „{ $answer }”).
error-refused = Serwer odmówił wysłania { $url } („{ $answer }”).
error-server = Serwer miał problem z wysłaniem { $url } („{ $answer }”). Wkrótce może znów działać.
error-status = Serwer odpowiedział „{ $answer }” dla { $url }.
error-retry-after = Serwer prosi o ponowną próbę za { $seconds ->
    [one] { $seconds } sekundę
    [few] { $seconds } sekundy
    [many] { $seconds } sekund
   *[other] { $seconds } sekundy
}.
error-not-json = Nie udało się odczytać { $what } spod adresu { $url }: to nie jest JSON ({ $detail }).
error-empty = Nie udało się odczytać { $what } spod adresu { $url }: dokument jest pusty.
error-web-page = Nie udało się odczytać { $what } spod adresu { $url }: to strona internetowa, a nie JSON, który czyta lede.
error-too-deep = Nie udało się odczytać { $what } spod adresu { $url }: ma ponad { $limit } poziomów zagnieżdżenia, więcej, niż czyta lede.
error-too-large = Nie udało się odczytać { $what } spod adresu { $url }: ma { $size } MB, więcej niż { $limit } MB, które czyta lede.
error-too-many-blocks = Nie udało się wyświetlić { $what } spod adresu { $url }: ma { $count } bloków, więcej niż { $limit }, które pokazuje lede.
error-missing = Nie udało się odczytać { $what } spod adresu { $url }: brak pola { $field }.
error-wrong-type = Nie udało się odczytać { $what } spod adresu { $url }: pole { $field } ma nieoczekiwany typ.
error-bad-value = Nie udało się odczytać { $what } spod adresu { $url }: wartość „{ $value }” pola { $field } jest nieprawidłowa.
error-no-items = Nie udało się wyświetlić { $what } spod adresu { $url }: lista nie zawiera artykułów.
error-newer-version = Nie udało się odczytać { $what } spod adresu { $url }: ma format lede w wersji { $version }, nowszej niż ten czytnik.
error-unknown-format = Nie udało się odczytać { $what } spod adresu { $url }: nie jest w formacie, który czyta lede (JSON lede, WordPress REST API, JSON Feed, JSON-LD schema.org lub Ghost Content API).

## Wokół artykułu
paywall-title = Zaprenumeruj, aby czytać dalej
paywall-text = Dalsza część artykułu jest dostępna dla prenumeratorów.
paywall-sign-in = Zaloguj się
read-next = Czytaj także
video-play = Odtwórz wideo (ładowane z { $provider })
video-remember = Zawsze odtwarzaj filmy z tej strony
video-frame-title = Wideo { $provider }: { $title }
