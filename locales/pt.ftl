# As palavras do lede em português (veja en.ftl, a origem de cada mensagem).

## O cabeçalho
menu = Menu
menu-sections = Editorias
menu-close = Fechar menu
search = Buscar
search-label = Buscar reportagens
search-results = Resultados da busca
search-loading = Carregando reportagens…
search-none = Nenhum resultado para “{ $query }”.
search-found = { $count ->
    [one] { $count } resultado. Use as setas para escolhê-lo.
   *[other] { $count } resultados. Use as setas para escolher um.
}
search-unreachable = { $count ->
    [one] Uma editoria não pôde ser carregada para a busca: verifique sua conexão.
   *[other] Algumas editorias não puderam ser carregadas para a busca: verifique sua conexão.
}
search-site = Buscar “{ $query }” em todo o site
subscribe = Assine
markets = Mercados
markets-stale = Desatualizado
markets-as-of = em
markets-up = em alta
markets-down = em baixa
markets-unchanged = estável
site-notice = { $problem } O menu padrão do site é exibido no lugar.
site-message-unknown = A mensagem “{ $id }” da configuração do site não existe no lede.
site-message-placeable = A mensagem “{ $id }” da configuração do site usa um parâmetro que o lede não conhece: { $placeable }.

## Ajustes de leitura
settings = Ajustes de leitura
settings-text-size = Tamanho do texto
settings-smaller = Texto menor
settings-larger = Texto maior
settings-percent = { $percent }%
settings-font = Fonte
font-serif = Com serifa
font-sans = Sem serifa
settings-theme = Tema
theme-auto = Automático
theme-light = Claro
theme-dark = Escuro
theme-sepia = Sépia
settings-width = Largura da linha
width-narrow = Estreita
width-medium = Média
width-wide = Larga
settings-spacing = Entrelinha
spacing-compact = Compacta
spacing-normal = Normal
spacing-loose = Ampla

## O leitor
loading = Carregando…
latest-articles = Últimas notícias
feed-empty = Ainda não há reportagens aqui.
back-to-list = ← Voltar à lista
by = Por
names-and = { " e " }
names-comma = { ", " }
updated = Atualizado em
reading-time = Leitura: { $fast }–{ $slow } min
reading-time-exact = Leitura: { $minutes } min
time-left = Faltam { $minutes } min
finished = Fim da leitura
reading-progress = Progresso da leitura
share = Compartilhar
link-copied = Link copiado
link-not-copied = Não foi possível copiar o link
read-aloud = Ouvir a reportagem
listen = Ouvir
pause = Pausar
resume = Continuar
stop = Parar
speed = Velocidade
newsletter-invitation = Receba as notícias mais importantes no seu e-mail.
source = Fonte:
via = via
enlarge = Ampliar imagem
enlarge-described = Ampliar imagem: { $description }
picture = Imagem
close = Fechar
link = Link
link-to = Link para { $host }
link-in-page = Ir para o trecho indicado
table = Tabela

## A inscrição
email = E-mail
email-invalid = Digite um endereço de e-mail, como nome@exemplo.com.br.
honeypot = Deixe este campo em branco
privacy-policy = Política de privacidade
consent-missing = Marque a caixa para concordar antes de assinar.
subscribing = Assinando…
try-again = Tentar de novo
signup-waiting = Não foi possível falar com o servidor: tente de novo. Sua inscrição está salva e será enviada de novo em { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
} ou na sua próxima visita.
signup-success = Quase lá: confirme sua inscrição pelo e-mail que enviamos.

## Os erros
error-title = Não foi possível exibir esta reportagem
retry = Tentar de novo
what-article = a reportagem
what-site = a configuração do site
what-quotes = os dados de mercado
error-address = “{ $address }” não é um endereço da web que o lede possa carregar.
error-private = { $url } está numa rede privada ou local ({ $address }), da qual o renderizador do lede só carrega com permissão.
error-offline = Você está sem conexão, por isso { $url } não pôde ser carregado. Ele será carregado quando você voltar a ficar on-line.
error-network = Não foi possível carregar { $url }: { $host } não respondeu ou não permite que esta página o leia. Tente de novo em instantes.
error-program-part = Não foi possível carregar a parte deste leitor que lê { $url }. Tente de novo em instantes.
error-panic = O leitor parou por causa de um erro interno. Recarregue a página para tentar de novo.
error-timeout = { $host } levou mais de { $seconds } segundos para enviar { $url }.
error-not-found = Não há nada em { $url } (o servidor respondeu “{ $answer }”).
error-refused = O servidor se recusou a enviar { $url } (“{ $answer }”).
error-server = O servidor teve um problema ao enviar { $url } (“{ $answer }”). Pode voltar a funcionar em breve.
error-status = O servidor respondeu “{ $answer }” para { $url }.
error-retry-after = O servidor pede para tentar de novo em { $seconds ->
    [one] { $seconds } segundo
   *[other] { $seconds } segundos
}.
error-not-json = Não foi possível ler { $what } em { $url }: não é JSON ({ $detail }).
error-empty = Não foi possível ler { $what } em { $url }: está vazio.
error-web-page = Não foi possível ler { $what } em { $url }: é uma página da web, não o JSON que o lede lê.
error-too-deep = Não foi possível ler { $what } em { $url }: tem mais de { $limit } níveis de aninhamento, mais do que o lede lê.
error-too-large = Não foi possível ler { $what } em { $url }: tem { $size } MB, mais do que os { $limit } MB que o lede lê.
error-too-many-blocks = Não foi possível exibir { $what } em { $url }: tem { $count } blocos, mais do que os { $limit } que o lede exibe.
error-missing = Não foi possível ler { $what } em { $url }: falta o campo { $field }.
error-wrong-type = Não foi possível ler { $what } em { $url }: o campo { $field } não é do tipo esperado.
error-bad-value = Não foi possível ler { $what } em { $url }: o valor “{ $value }” do campo { $field } não é válido.
error-no-items = Não foi possível exibir { $what } em { $url }: é uma lista sem reportagens.
error-newer-version = Não foi possível ler { $what } em { $url }: usa a versão { $version } do formato do lede, mais nova que este leitor.
error-unknown-format = Não foi possível ler { $what } em { $url }: não está num formato que o lede lê (JSON do lede, API REST do WordPress, JSON Feed, JSON-LD do schema.org ou API de conteúdo do Ghost).

## Em torno da reportagem
paywall-title = Assine para continuar lendo
paywall-text = O restante desta reportagem é exclusivo para assinantes.
paywall-sign-in = Entrar
read-next = Leia também
video-play = Assistir ao vídeo (carregado do { $provider })
video-remember = Sempre reproduzir vídeos deste site
video-frame-title = Vídeo do { $provider }: { $title }
