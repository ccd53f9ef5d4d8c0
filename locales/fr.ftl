# Les mots de lede en français (voir en.ftl, la source de chaque message).

## Le bandeau
menu = Menu
menu-sections = Rubriques
menu-close = Fermer le menu
search = Rechercher
search-label = Rechercher des articles
search-results = Résultats de la recherche
search-loading = Chargement des articles…
search-none = Aucun résultat pour « { $query } ».
search-found = { $count ->
    [one] { $count } résultat. Utilisez les flèches pour le choisir.
   *[other] { $count } résultats. Utilisez les flèches pour en choisir un.
}
search-unreachable = { $count ->
    [one] Une rubrique n'a pas pu être chargée pour la recherche : vérifiez votre connexion.
   *[other] Des rubriques n'ont pas pu être chargées pour la recherche : vérifiez votre connexion.
}
search-site = Rechercher « { $query } » sur tout le site
subscribe = S'abonner
markets = Marchés
markets-stale = Données anciennes
markets-as-of = au
markets-up = en hausse
markets-down = en baisse
markets-unchanged = inchangé
site-notice = { $problem } Le menu par défaut du site est affiché à la place.
site-message-unknown = Le message « { $id } » de la configuration du site n'existe pas dans lede.
site-message-placeable = Le message « { $id } » de la configuration du site contient un paramètre inconnu de lede : { $placeable }.

## Réglages de lecture
settings = Réglages de lecture
settings-text-size = Taille du texte
settings-smaller = Texte plus petit
settings-larger = Texte plus grand
settings-percent = { $percent }{ "\u202F" }%
settings-font = Police
font-serif = Avec empattement
font-sans = Sans empattement
settings-theme = Thème
theme-auto = Auto
theme-light = Clair
theme-dark = Sombre
theme-sepia = Sépia
settings-width = Largeur des lignes
width-narrow = Étroite
width-medium = Moyenne
width-wide = Large
settings-spacing = Interligne
spacing-compact = Serré
spacing-normal = Normal
spacing-loose = Aéré

## Le lecteur
loading = Chargement…
latest-articles = Derniers articles
feed-empty = Aucun article pour l'instant.
back-to-list = ← Retour à la liste
by = Par
names-and = { " et " }
names-comma = { ", " }
updated = Mis à jour le
reading-time = Lecture : { $fast } à { $slow } min
reading-time-exact = Lecture : { $minutes } min
time-left = Encore { $minutes } min
finished = Terminé
reading-progress = Progression de la lecture
share = Partager
link-copied = Lien copié
link-not-copied = Impossible de copier le lien
read-aloud = Lecture audio
listen = Écouter
pause = Pause
resume = Reprendre
stop = Arrêter
speed = Vitesse
newsletter-invitation = Recevez l'essentiel de l'actualité dans votre boîte mail.
source = Source :
via = via
enlarge = Agrandir l'image
enlarge-described = Agrandir l'image : { $description }
picture = Image
close = Fermer
link = Lien
link-to = Lien vers { $host }
link-in-page = Aller à l'endroit indiqué
table = Tableau

## L'inscription
email = Adresse e-mail
email-invalid = Saisissez une adresse e-mail, par exemple nom@exemple.fr.
honeypot = Laissez ce champ vide
privacy-policy = Politique de confidentialité
consent-missing = Cochez la case pour donner votre accord avant de vous abonner.
subscribing = Inscription…
try-again = Réessayer
signup-waiting = Le serveur est injoignable : réessayez. Votre inscription est enregistrée et sera renvoyée dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}, ou lors de votre prochaine visite.
signup-success = C'est presque fini : confirmez votre inscription dans l'e-mail que nous venons de vous envoyer.

## Les erreurs
error-title = Impossible d'afficher cet article
retry = Réessayer
what-article = l'article
what-site = la configuration du site
what-quotes = la cote des marchés
error-address = « { $address } » n'est pas une adresse web que lede peut charger.
error-private = { $url } se trouve sur un réseau privé ou local ({ $address }) : le moteur de rendu de lede n'y va pas sans autorisation.
error-offline = Vous êtes hors ligne : { $url } n'a pas pu être chargé. Le chargement reprendra dès le retour de la connexion.
error-network = Impossible de charger { $url } : { $host } n'a pas répondu, ou n'autorise pas cette page à le lire. Réessayez dans un instant.
error-program-part = Impossible de charger la partie de ce lecteur qui lit { $url }. Réessayez dans un instant.
error-panic = Le lecteur s'est arrêté à la suite d'une erreur interne. Rechargez la page pour réessayer.
error-timeout = { $host } a mis plus de { $seconds } secondes à envoyer { $url }.
error-not-found = Impossible de trouver { $what } à l'adresse { $url } (le serveur a répondu « { $answer } »).
error-refused = Le serveur a refusé d'envoyer { $url } (« { $answer } »).
error-server = Le serveur a rencontré un problème en envoyant { $url } (« { $answer } »). Réessayez dans quelques instants.
error-status = Le serveur a répondu « { $answer } » pour { $url }.
error-retry-after = Le serveur demande de réessayer dans { $seconds ->
    [one] { $seconds } seconde
   *[other] { $seconds } secondes
}.
error-not-json = Impossible de lire { $what } à l'adresse { $url } : ce n'est pas du JSON ({ $detail }).
error-empty = Impossible de lire { $what } à l'adresse { $url } : le document est vide.
error-web-page = Impossible de lire { $what } à l'adresse { $url } : c'est une page web, pas le JSON que lit lede.
error-too-deep = Impossible de lire { $what } à l'adresse { $url } : il compte plus de { $limit } niveaux d'imbrication, au-delà de ce que lit lede.
error-too-large = Impossible de lire { $what } à l'adresse { $url } : il pèse { $size } Mo, plus que les { $limit } Mo que lit lede.
error-too-many-blocks = Impossible d'afficher { $what } à l'adresse { $url } : il compte { $count } blocs, plus que les { $limit } qu'affiche lede.
error-missing = Impossible de lire { $what } à l'adresse { $url } : il manque le champ { $field }.
error-wrong-type = Impossible de lire { $what } à l'adresse { $url } : le champ { $field } n'est pas du type attendu.
error-bad-value = Impossible de lire { $what } à l'adresse { $url } : la valeur « { $value } » du champ { $field } n'est pas valide.
error-no-items = Impossible d'afficher { $what } à l'adresse { $url } : la liste ne contient aucun article.
error-newer-version = Impossible de lire { $what } à l'adresse { $url } : il est au format lede version { $version }, plus récent que ce lecteur.
error-unknown-format = Impossible de lire { $what } à l'adresse { $url } : son format n'est pas de ceux que lit lede (JSON lede, API REST WordPress, JSON Feed, JSON-LD schema.org ou API Content de Ghost).

## Autour de l'article
paywall-title = Abonnez-vous pour lire la suite
paywall-text = La suite de cet article est réservée aux abonnés.
paywall-sign-in = Se connecter
read-next = À lire aussi
video-play = Lire la vidéo (chargée depuis { $provider })
video-remember = Toujours lire les vidéos de ce site
video-frame-title = Vidéo { $provider } : { $title }
