# Слова lede по-русски (см. en.ftl, источник каждого сообщения).

## Шапка
menu = Меню
menu-sections = Рубрики
menu-close = Закрыть меню
search = Поиск
search-label = Поиск по статьям
search-results = Результаты поиска
search-loading = Загружаем статьи…
search-none = По запросу «{ $query }» ничего не найдено.
search-found = { $count ->
    [one] { $count } результат. Выберите его стрелками.
    [few] { $count } результата. Выберите один стрелками.
    [many] { $count } результатов. Выберите один стрелками.
   *[other] { $count } результата. Выберите один стрелками.
}
search-unreachable = { $count ->
    [one] Одну рубрику не удалось загрузить для поиска: проверьте подключение.
   *[other] Некоторые рубрики не удалось загрузить для поиска: проверьте подключение.
}
search-site = Искать «{ $query }» по всему сайту
subscribe = Подписаться
markets = Рынки
markets-stale = Устарело
markets-as-of = на
markets-up = рост
markets-down = падение
markets-unchanged = без изменений
site-notice = { $problem } Вместо него показано меню сайта по умолчанию.
site-message-unknown = Сообщения «{ $id }» из настроек сайта в lede нет.
site-message-placeable = В сообщении «{ $id }» из настроек сайта есть параметр, которого lede не знает: { $placeable }.

## Настройки чтения
settings = Настройки чтения
settings-text-size = Размер текста
settings-smaller = Мельче
settings-larger = Крупнее
settings-percent = { $percent }{ "\u00A0" }%
settings-font = Шрифт
font-serif = С засечками
font-sans = Без засечек
settings-theme = Тема
theme-auto = Авто
theme-light = Светлая
theme-dark = Тёмная
theme-sepia = Сепия
settings-width = Ширина строки
width-narrow = Узкая
width-medium = Средняя
width-wide = Широкая
settings-spacing = Межстрочный интервал
spacing-compact = Плотный
spacing-normal = Обычный
spacing-loose = Свободный

## Читалка
loading = Загрузка…
latest-articles = Последние статьи
feed-empty = Здесь пока нет статей.
back-to-list = ← Назад к списку
by = Текст:
names-and = { " и " }
names-comma = { ", " }
updated = Обновлено
reading-time = { $fast }–{ $slow } мин чтения
reading-time-exact = { $minutes } мин чтения
time-left = Осталось { $minutes } мин
finished = Прочитано
reading-progress = Прогресс чтения
share = Поделиться
link-copied = Ссылка скопирована
link-not-copied = Не удалось скопировать ссылку
read-aloud = Прослушать статью
listen = Слушать
pause = Пауза
resume = Продолжить
stop = Стоп
speed = Скорость
newsletter-invitation = Главные новости — у вас в почте.
source = Источник:
via = через
enlarge = Увеличить фото
enlarge-described = Увеличить фото: { $description }
picture = Фото
close = Закрыть
link = Ссылка
link-to = Ссылка на { $host }
link-in-page = Перейти к месту, на которое ведёт ссылка
table = Таблица

## Подписка
email = Электронная почта
email-invalid = Введите адрес электронной почты, например name@example.ru.
honeypot = Оставьте это поле пустым
privacy-policy = Политика конфиденциальности
consent-missing = Чтобы подписаться, отметьте согласие.
subscribing = Оформляем подписку…
try-again = Повторить
signup-waiting = Не удалось связаться с сервером — попробуйте ещё раз. Ваша подписка сохранена и будет отправлена снова через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
} или при следующем визите.
signup-success = Почти готово: подтвердите подписку в письме, которое мы вам отправили.

## Ошибки
error-title = Не удалось показать эту статью
retry = Повторить
what-article = статья
what-site = настройки сайта
what-quotes = рыночные данные
error-address = «{ $address }» — не веб-адрес, который lede может загрузить.
error-private = { $url } находится в частной или локальной сети ({ $address }), откуда рендерер lede загружает только с разрешения.
error-offline = Нет подключения к интернету, поэтому { $url } не загрузился. Он загрузится, когда связь восстановится.
error-network = Не удалось загрузить { $url }: { $host } не ответил или не разрешает этой странице его читать. Попробуйте ещё раз чуть позже.
error-program-part = Не удалось загрузить часть читалки, которая читает { $url }. Попробуйте ещё раз чуть позже.
error-panic = Читалка остановилась из-за внутренней ошибки. Перезагрузите страницу, чтобы попробовать ещё раз.
error-timeout = { $host } отправлял { $url } дольше { $seconds ->
    [one] { $seconds } секунды
   *[other] { $seconds } секунд
}.
error-not-found = По адресу { $url } ничего нет (сервер ответил «{ $answer }»).
error-refused = Сервер отказался отправить { $url } («{ $answer }»).
error-server = У сервера возникла проблема при отправке { $url } («{ $answer }»). Скоро всё может заработать.
error-status = Сервер ответил «{ $answer }» на { $url }.
error-retry-after = Сервер просит повторить попытку через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
}.
error-not-json = Документ по адресу { $url } — не JSON ({ $detail }).
error-empty = Документ по адресу { $url } пуст.
error-web-page = По адресу { $url } веб-страница, а не JSON, который читает lede.
error-too-deep = Документ по адресу { $url } вложен глубже { $limit } уровней — больше, чем читает lede.
error-too-large = Документ по адресу { $url } весит { $size } МБ — больше, чем { $limit } МБ, которые читает lede.
error-too-many-blocks = В документе по адресу { $url } { $count } блоков — больше, чем { $limit }, которые показывает lede.
error-missing = В документе по адресу { $url } нет поля { $field }.
error-wrong-type = В документе по адресу { $url } у поля { $field } неожиданный тип.
error-bad-value = В документе по адресу { $url } у поля { $field } недопустимое значение «{ $value }».
error-no-items = Список по адресу { $url } не содержит статей.
error-newer-version = Документ по адресу { $url } в формате lede версии { $version }, более новой, чем эта читалка.
error-unknown-format = Документ по адресу { $url } не в том формате, который читает lede (JSON lede, WordPress REST API, JSON Feed, JSON-LD schema.org или Ghost Content API).

## Вокруг статьи
paywall-title = Оформите подписку, чтобы читать дальше
paywall-text = Продолжение статьи доступно только подписчикам.
paywall-sign-in = Войти
read-next = Читайте также
video-play = Смотреть видео (загружается с { $provider })
video-remember = Всегда воспроизводить видео с этого сайта
video-frame-title = Видео { $provider }: { $title }
