# Las palabras de lede en español (véase en.ftl, el origen de cada mensaje).

## La cabecera
menu = Menú
menu-sections = Secciones
menu-close = Cerrar menú
search = Buscar
search-label = Buscar artículos
search-results = Resultados de la búsqueda
search-loading = Cargando artículos…
search-none = No hay resultados para «{ $query }».
search-found = { $count ->
    [one] { $count } resultado. Usa las flechas para elegirlo.
   *[other] { $count } resultados. Usa las flechas para elegir uno.
}
search-unreachable = { $count ->
    [one] No se pudo cargar una sección para la búsqueda: comprueba tu conexión.
   *[other] No se pudieron cargar algunas secciones para la búsqueda: comprueba tu conexión.
}
search-site = Buscar «{ $query }» en todo el sitio
subscribe = Suscríbete
markets = Mercados
markets-stale = Desactualizado
markets-as-of = a las
markets-up = sube
markets-down = baja
markets-unchanged = sin cambios
site-notice = { $problem } Se muestra en su lugar el menú predeterminado del sitio.
site-message-unknown = El mensaje «{ $id }» de la configuración del sitio no existe en lede.
site-message-placeable = El mensaje «{ $id }» de la configuración del sitio usa un parámetro que lede no conoce: { $placeable }.

## Ajustes de lectura
settings = Ajustes de lectura
settings-text-size = Tamaño del texto
settings-smaller = Texto más pequeño
settings-larger = Texto más grande
settings-percent = { $percent }{ "\u00A0" }%
settings-font = Tipografía
font-serif = Con serifa
font-sans = Sin serifa
settings-theme = Tema
theme-auto = Automático
theme-light = Claro
theme-dark = Oscuro
theme-sepia = Sepia
settings-width = Ancho de línea
width-narrow = Estrecho
width-medium = Medio
width-wide = Ancho
settings-spacing = Interlineado
spacing-compact = Compacto
spacing-normal = Normal
spacing-loose = Amplio

## El lector
loading = Cargando…
latest-articles = Últimos artículos
feed-empty = Todavía no hay artículos.
back-to-list = ← Volver a la lista
by = Por
names-and = { " y " }
names-comma = { ", " }
updated = Actualizado
reading-time = { $fast }–{ $slow } min de lectura
reading-time-exact = { $minutes } min de lectura
time-left = Quedan { $minutes } min
finished = Terminado
reading-progress = Progreso de lectura
share = Compartir
link-copied = Enlace copiado
link-not-copied = No se pudo copiar el enlace
read-aloud = Escuchar el artículo
listen = Escuchar
pause = Pausa
resume = Continuar
stop = Detener
speed = Velocidad
newsletter-invitation = Recibe las noticias más importantes en tu correo.
source = Fuente:
via = vía
enlarge = Ampliar imagen
enlarge-described = Ampliar imagen: { $description }
picture = Imagen
close = Cerrar
link = Enlace
link-to = Enlace a { $host }
link-in-page = Ir al lugar enlazado
table = Tabla

## La suscripción
email = Correo electrónico
email-invalid = Escribe un correo electrónico, como nombre@ejemplo.com.
honeypot = Deja este campo vacío
privacy-policy = Política de privacidad
consent-missing = Marca la casilla para dar tu consentimiento antes de suscribirte.
subscribing = Suscribiendo…
try-again = Reintentar
signup-waiting = No se pudo contactar con el servidor: inténtalo de nuevo. Tu suscripción está guardada y se enviará de nuevo en { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
} o en tu próxima visita.
signup-success = Ya casi está: revisa tu correo para confirmar la suscripción.

## Los errores
error-title = No se pudo mostrar este artículo
retry = Reintentar
what-article = el artículo
what-site = la configuración del sitio
what-quotes = los datos de mercado
error-address = «{ $address }» no es una dirección web que lede pueda cargar.
error-private = { $url } está en una red privada o local ({ $address }), de la que el renderizador de lede no carga nada sin permiso.
error-offline = No tienes conexión, así que { $url } no se pudo cargar. Se cargará cuando vuelvas a estar en línea.
error-network = No se pudo cargar { $url }: { $host } no respondió o no permite que esta página lo lea. Inténtalo de nuevo en un momento.
error-program-part = No se pudo cargar la parte de este lector que lee { $url }. Inténtalo de nuevo en un momento.
error-panic = El lector se ha detenido por un error interno. Recarga la página para volver a intentarlo.
error-timeout = { $host } tardó más de { $seconds } segundos en enviar { $url }.
error-not-found = No se encontró { $what } en { $url } (el servidor respondió «{ $answer }»).
error-refused = El servidor se negó a enviar { $url } («{ $answer }»).
error-server = El servidor tuvo un problema al enviar { $url } («{ $answer }»). Puede que funcione de nuevo en breve.
error-status = El servidor respondió «{ $answer }» para { $url }.
error-retry-after = El servidor pide volver a intentarlo dentro de { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
error-not-json = No se pudo leer { $what } de { $url }: no es JSON ({ $detail }).
error-empty = No se pudo leer { $what } de { $url }: está vacío.
error-web-page = No se pudo leer { $what } de { $url }: es una página web, no el JSON que lee lede.
error-too-deep = No se pudo leer { $what } de { $url }: tiene más de { $limit } niveles de anidación, más de los que lee lede.
error-too-large = No se pudo leer { $what } de { $url }: ocupa { $size } MB, más de los { $limit } MB que lee lede.
error-too-many-blocks = No se pudo mostrar { $what } de { $url }: tiene { $count } bloques, más de los { $limit } que muestra lede.
error-missing = No se pudo leer { $what } de { $url }: falta el campo { $field }.
error-wrong-type = No se pudo leer { $what } de { $url }: el campo { $field } no es del tipo esperado.
error-bad-value = No se pudo leer { $what } de { $url }: el valor «{ $value }» del campo { $field } no es válido.
error-no-items = No se pudo mostrar { $what } de { $url }: es una lista sin artículos.
error-newer-version = No se pudo leer { $what } de { $url }: usa la versión { $version } del formato de lede, más nueva que este lector.
error-unknown-format = No se pudo leer { $what } de { $url }: no está en un formato que lea lede (JSON de lede, API REST de WordPress, JSON Feed, JSON-LD de schema.org o API de contenido de Ghost).

## Alrededor del artículo
paywall-title = Suscríbete para seguir leyendo
paywall-text = El resto de este artículo es exclusivo para suscriptores.
paywall-sign-in = Iniciar sesión
read-next = Te puede interesar
video-play = Ver vídeo (se carga desde { $provider })
video-remember = Reproducir siempre los vídeos de este sitio
video-frame-title = Vídeo de { $provider }: { $title }
