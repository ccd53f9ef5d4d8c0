# Le parole di lede in italiano (vedi en.ftl, l'origine di ogni messaggio).

## La testata
menu = Menu
menu-sections = Sezioni
menu-close = Chiudi il menu
search = Cerca
search-label = Cerca articoli
search-results = Risultati della ricerca
search-loading = Caricamento degli articoli…
search-none = Nessun risultato per «{ $query }».
search-found = { $count ->
    [one] { $count } risultato. Usa le frecce per sceglierlo.
   *[other] { $count } risultati. Usa le frecce per sceglierne uno.
}
search-unreachable = { $count ->
    [one] Non è stato possibile caricare una sezione per la ricerca: controlla la connessione.
   *[other] Non è stato possibile caricare alcune sezioni per la ricerca: controlla la connessione.
}
search-site = Cerca «{ $query }» in tutto il sito
subscribe = Abbonati
markets = Mercati
markets-stale = Non aggiornato
markets-as-of = alle
markets-up = in rialzo
markets-down = in ribasso
markets-unchanged = invariato
site-notice = { $problem } Al suo posto è mostrato il menu predefinito del sito.
site-message-unknown = Il messaggio «{ $id }» della configurazione del sito non esiste in lede.
site-message-placeable = Il messaggio «{ $id }» della configurazione del sito usa un parametro che lede non conosce: { $placeable }.

## Impostazioni di lettura
settings = Impostazioni di lettura
settings-text-size = Dimensione del testo
settings-smaller = Testo più piccolo
settings-larger = Testo più grande
settings-percent = { $percent }%
settings-font = Carattere
font-serif = Con grazie
font-sans = Senza grazie
settings-theme = Tema
theme-auto = Automatico
theme-light = Chiaro
theme-dark = Scuro
theme-sepia = Seppia
settings-width = Larghezza delle righe
width-narrow = Stretta
width-medium = Media
width-wide = Ampia
settings-spacing = Interlinea
spacing-compact = Compatta
spacing-normal = Normale
spacing-loose = Ariosa

## Il lettore
loading = Caricamento…
latest-articles = Ultimi articoli
feed-empty = Non ci sono ancora articoli.
back-to-list = ← Torna all'elenco
by = di
names-and = { " e " }
names-comma = { ", " }
updated = Aggiornato il
reading-time = Lettura: { $fast }–{ $slow } min
reading-time-exact = Lettura: { $minutes } min
time-left = Ancora { $minutes } min
finished = Lettura finita
reading-progress = Avanzamento della lettura
share = Condividi
link-copied = Link copiato
link-not-copied = Impossibile copiare il link
read-aloud = Ascolta l'articolo
listen = Ascolta
pause = Pausa
resume = Riprendi
stop = Interrompi
speed = Velocità
newsletter-invitation = Le notizie più importanti nella tua casella di posta.
source = Fonte:
via = via
enlarge = Ingrandisci l'immagine
enlarge-described = Ingrandisci l'immagine: { $description }
picture = Immagine
close = Chiudi
link = Link
link-to = Link a { $host }
link-in-page = Vai al punto collegato
table = Tabella

## L'iscrizione
email = Indirizzo email
email-invalid = Inserisci un indirizzo email, come nome@esempio.it.
honeypot = Lascia vuoto questo campo
privacy-policy = Informativa sulla privacy
consent-missing = Spunta la casella per dare il consenso prima di abbonarti.
subscribing = Iscrizione in corso…
try-again = Riprova
signup-waiting = Impossibile raggiungere il server: riprova. La tua iscrizione è salvata e sarà inviata di nuovo tra { $seconds ->
    [one] { $seconds } secondo
   *[other] { $seconds } secondi
} o alla prossima visita.
signup-success = Ci siamo quasi: conferma l'iscrizione dall'email che ti abbiamo inviato.

## Gli errori
error-title = Impossibile mostrare questo articolo
retry = Riprova
what-article = l'articolo
what-site = la configurazione del sito
what-quotes = i dati di mercato
error-address = «{ $address }» non è un indirizzo web che lede possa caricare.
error-private = { $url } si trova su una rete privata o locale ({ $address }), da cui il renderer di lede carica solo se autorizzato.
error-offline = Sei offline, quindi non è stato possibile caricare { $url }. Verrà caricato quando tornerai online.
error-network = Impossibile caricare { $url }: { $host } non ha risposto o non consente a questa pagina di leggerlo. Riprova tra un momento.
error-program-part = Impossibile caricare la parte di questo lettore che legge { $url }. Riprova tra un momento.
error-panic = Il lettore si è interrotto per un errore interno. Ricarica la pagina per riprovare.
error-timeout = { $host } ha impiegato più di { $seconds } secondi per inviare { $url }.
error-not-found = Non c'è niente a { $url } (il server ha risposto «{ $answer }»).
error-refused = Il server ha rifiutato di inviare { $url } («{ $answer }»).
error-server = Il server ha avuto un problema nell'inviare { $url } («{ $answer }»). Potrebbe funzionare di nuovo a breve.
error-status = Il server ha risposto «{ $answer }» per { $url }.
error-retry-after = Il server chiede di riprovare tra { $seconds ->
    [one] { $seconds } secondo
   *[other] { $seconds } secondi
}.
error-not-json = Impossibile leggere { $what } a { $url }: non è JSON ({ $detail }).
error-empty = Impossibile leggere { $what } a { $url }: è vuoto.
error-web-page = Impossibile leggere { $what } a { $url }: è una pagina web, non il JSON che legge lede.
error-too-deep = Impossibile leggere { $what } a { $url }: ha più di { $limit } livelli di annidamento, più di quanti ne legga lede.
error-too-large = Impossibile leggere { $what } a { $url }: pesa { $size } MB, più dei { $limit } MB che legge lede.
error-too-many-blocks = Impossibile mostrare { $what } a { $url }: ha { $count } blocchi, più dei { $limit } che mostra lede.
error-missing = Impossibile leggere { $what } a { $url }: manca il campo { $field }.
error-wrong-type = Impossibile leggere { $what } a { $url }: il campo { $field } non è del tipo previsto.
error-bad-value = Impossibile leggere { $what } a { $url }: il valore «{ $value }» del campo { $field } non è valido.
error-no-items = Impossibile mostrare { $what } a { $url }: è un elenco senza articoli.
error-newer-version = Impossibile leggere { $what } a { $url }: usa la versione { $version } del formato di lede, più recente di questo lettore.
error-unknown-format = Impossibile leggere { $what } a { $url }: non è in un formato che lede legge (JSON di lede, API REST di WordPress, JSON Feed, JSON-LD di schema.org o Content API di Ghost).

## Intorno all'articolo
paywall-title = Abbonati per continuare a leggere
paywall-text = Il resto di questo articolo è riservato agli abbonati.
paywall-sign-in = Accedi
read-next = Leggi anche
video-play = Guarda il video (caricato da { $provider })
video-remember = Riproduci sempre i video di questo sito
video-frame-title = Video { $provider }: { $title }
