//! Fetching a document on the server, within the widget's limits, from public addresses only.
//!
//! The renderer runs on a publisher's server and fetches the addresses it is given. Unchecked,
//! that would let anyone who can choose an address read the server's own network (its admin
//! pages, a cloud's metadata service): every hop's address is checked before it is connected to.

use std::fmt;
use std::io;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::time::{Duration, Instant};

use ureq::config::Config;
use ureq::http::{header, Uri};
use ureq::unversioned::resolver::{DefaultResolver, ResolvedSocketAddrs, Resolver};
use ureq::unversioned::transport::{DefaultConnector, NextTimeout};
use ureq::Agent;
use url::Url;

use crate::formats::MAX_BYTES;
use crate::load::{FetchError, LoadError, ACCEPT, TIME_LIMIT};

const USER_AGENT: &str = concat!("lede-render/", env!("CARGO_PKG_VERSION"));

/// Redirects followed before a fetch fails: a loop ends here too.
const MAX_REDIRECTS: u8 = 5;

/// GETs documents for the renderer.
pub struct Fetcher {
    agent: Agent,
    pub(crate) time_limit: Duration,
    pub(crate) max_bytes: u64,
    pub(crate) max_redirects: u8,
}

/// A fetched document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fetched {
    /// The final address, after redirects: the document's relative links resolve against it.
    pub url: String,
    pub text: String,
}

/// What one request gave.
enum Hop {
    Arrived(String),
    Redirected(Url),
}

impl Fetcher {
    /// A fetcher with the widget's limits that connects only to public addresses, or to any
    /// with `allow_private` (a renderer whose content is served from its own network).
    pub fn new(allow_private: bool) -> Self {
        let permits: fn(IpAddr) -> bool = if allow_private { |_| true } else { is_public };
        Self::with_policy(permits)
    }

    /// A fetcher with the widget's limits that connects only to addresses `permits` allows.
    pub(crate) fn with_policy(permits: fn(IpAddr) -> bool) -> Self {
        let config = Agent::config_builder()
            // A proxy would choose the address itself, where no check can see it.
            .proxy(None)
            // Redirects are followed here, so that a Location is resolved as a browser does (the
            // url crate) and every hop's scheme and address is checked like the first one's.
            .http_status_as_error(false)
            .max_redirects(0)
            .max_redirects_will_error(false)
            .user_agent(USER_AGENT)
            .accept(ACCEPT)
            .build();
        let resolver = CheckedResolver { permits };
        Self {
            agent: Agent::with_parts(config, DefaultConnector::new(), resolver),
            time_limit: TIME_LIMIT,
            max_bytes: MAX_BYTES as u64,
            max_redirects: MAX_REDIRECTS,
        }
    }

    /// GETs `url` and reads its body as text; `what` names the document for messages
    /// ("article", "site configuration"). The time limit covers every hop and the whole body.
    pub fn fetch(&self, what: &'static str, url: &str) -> Result<Fetched, LoadError> {
        let deadline = Instant::now() + self.time_limit;
        let mut address = Url::parse(url)
            .ok()
            .filter(is_web)
            .ok_or_else(|| LoadError::BadAddress(url.to_owned()))?;
        for _ in 0..=self.max_redirects {
            match self.hop(what, &address, deadline)? {
                Hop::Arrived(text) => {
                    return Ok(Fetched {
                        url: address.into(),
                        text,
                    })
                }
                Hop::Redirected(next) if is_web(&next) => address = next,
                Hop::Redirected(next) => return Err(LoadError::BadAddress(next.into())),
            }
        }
        Err(failed(what, &address, FetchError::Network))
    }

    /// One request, to `address`. Errors name the address that failed, which after a redirect
    /// is not the one asked for.
    fn hop(&self, what: &'static str, address: &Url, deadline: Instant) -> Result<Hop, LoadError> {
        let remaining = deadline.saturating_duration_since(Instant::now());
        let mut response = self
            .agent
            .get(address.as_str())
            .config()
            .timeout_global(Some(remaining))
            .build()
            .call()
            .map_err(|error| self.failure(what, address, error))?;
        let status = response.status();
        let location = response.headers().get(header::LOCATION);
        if let (301 | 302 | 303 | 307 | 308, Some(location)) = (status.as_u16(), location) {
            // A Location that is no address is a failed fetch in a browser too.
            return address
                .join(&String::from_utf8_lossy(location.as_bytes()))
                .map(Hop::Redirected)
                .map_err(|_| failed(what, address, FetchError::Network));
        }
        if !status.is_success() {
            // HTTP/1.1's reason phrase is not kept by the client (HTTP/2 has none): the
            // standard one stands in.
            let reason = status.canonical_reason().unwrap_or_default().to_owned();
            // Seconds only; an HTTP date is rare, and then the reader just tries later.
            let retry_after = response
                .headers()
                .get(header::RETRY_AFTER)
                .and_then(|after| after.to_str().ok())
                .and_then(|after| after.trim().parse().ok());
            let status = FetchError::Status {
                code: status.as_u16(),
                reason,
                retry_after,
            };
            return Err(failed(what, address, status));
        }
        // A declared size over the limit is refused before a byte of the body is read.
        if let Some(bytes) = response.body().content_length() {
            if bytes > self.max_bytes {
                return Err(failed(what, address, FetchError::TooLarge { bytes }));
            }
        }
        // Reads at most one byte past the limit, to tell a body over it from one just at it.
        let body = response
            .body_mut()
            .with_config()
            .limit(self.max_bytes)
            .read_to_vec()
            .map_err(|error| self.failure(what, address, error))?;
        Ok(Hop::Arrived(text(&body)))
    }

    /// What a client error means for the reader.
    fn failure(&self, what: &'static str, address: &Url, error: ureq::Error) -> LoadError {
        let error = match error {
            ureq::Error::Other(error) => match error.downcast::<Refused>() {
                Ok(refused) => {
                    return LoadError::PrivateAddress {
                        url: address.to_string(),
                        address: refused.0.to_string(),
                    }
                }
                Err(_) => FetchError::Network,
            },
            ureq::Error::BadUri(_) => return LoadError::BadAddress(address.to_string()),
            ureq::Error::Timeout(_) => FetchError::Timeout {
                seconds: self.time_limit.as_secs(),
            },
            ureq::Error::Io(error) if error.kind() == io::ErrorKind::TimedOut => {
                FetchError::Timeout {
                    seconds: self.time_limit.as_secs(),
                }
            }
            ureq::Error::BodyExceedsLimit(limit) => FetchError::TooLarge { bytes: limit + 1 },
            _ => FetchError::Network,
        };
        failed(what, address, error)
    }
}

fn failed(what: &'static str, address: &Url, error: FetchError) -> LoadError {
    let host = address.host_str().unwrap_or_default().to_owned();
    LoadError::from_fetch(what, address.as_str(), host, error, true)
}

fn is_web(address: &Url) -> bool {
    matches!(address.scheme(), "http" | "https")
}

/// The body as a browser's `Response.text()` reads it: UTF-8 with any byte-order mark dropped,
/// and invalid bytes replaced rather than refused.
fn text(body: &[u8]) -> String {
    let body = body.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(body);
    String::from_utf8_lossy(body).into_owned()
}

/// Resolves names as ureq does, then refuses the lot if any address is not permitted. The client
/// connects only to the addresses returned here, so a second DNS answer (rebinding) cannot slip
/// another address in between the check and the connection.
#[derive(Debug)]
struct CheckedResolver {
    permits: fn(IpAddr) -> bool,
}

impl Resolver for CheckedResolver {
    fn resolve(
        &self,
        uri: &Uri,
        config: &Config,
        timeout: NextTimeout,
    ) -> Result<ResolvedSocketAddrs, ureq::Error> {
        let addresses = DefaultResolver::default().resolve(uri, config, timeout)?;
        match addresses
            .iter()
            .map(SocketAddr::ip)
            .find(|&ip| !(self.permits)(ip))
        {
            Some(ip) => Err(ureq::Error::Other(Box::new(Refused(ip)))),
            None => Ok(addresses),
        }
    }
}

/// An address the resolver would not let a fetch connect to.
#[derive(Debug)]
struct Refused(IpAddr);

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is not a public address", self.0)
    }
}

impl std::error::Error for Refused {}

/// Whether `ip` is an address on the public internet: not the machine itself, its local
/// networks, or a range reserved for some special use (IANA's special-purpose registries).
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(ip) => is_public_v4(ip),
        IpAddr::V6(ip) => is_public_v6(ip),
    }
}

/// IPv4 networks that are not the public internet.
const NOT_PUBLIC_V4: [(Ipv4Addr, u32); 16] = [
    (Ipv4Addr::new(0, 0, 0, 0), 8),      // "this network", and unspecified
    (Ipv4Addr::new(10, 0, 0, 0), 8),     // private
    (Ipv4Addr::new(100, 64, 0, 0), 10),  // carrier-grade NAT
    (Ipv4Addr::new(127, 0, 0, 0), 8),    // loopback
    (Ipv4Addr::new(169, 254, 0, 0), 16), // link-local, cloud metadata services
    (Ipv4Addr::new(172, 16, 0, 0), 12),  // private
    (Ipv4Addr::new(192, 0, 0, 0), 24),   // IETF protocol assignments
    (Ipv4Addr::new(192, 0, 2, 0), 24),   // documentation
    (Ipv4Addr::new(192, 88, 99, 0), 24), // 6to4 relays (deprecated)
    (Ipv4Addr::new(192, 168, 0, 0), 16), // private
    (Ipv4Addr::new(198, 18, 0, 0), 15),  // benchmarking
    (Ipv4Addr::new(198, 51, 100, 0), 24), // documentation
    (Ipv4Addr::new(203, 0, 113, 0), 24), // documentation
    (Ipv4Addr::new(224, 0, 0, 0), 4),    // multicast
    (Ipv4Addr::new(240, 0, 0, 0), 4),    // reserved
    (Ipv4Addr::new(255, 255, 255, 255), 32), // broadcast (inside the reserved range too)
];

/// Public IPv6 unicast is allotted from 2000::/3 alone; these parts of it are not public.
const NOT_PUBLIC_V6: [(Ipv6Addr, u32); 3] = [
    (Ipv6Addr::new(0x2001, 0, 0, 0, 0, 0, 0, 0), 23), // IETF protocol assignments, Teredo
    (Ipv6Addr::new(0x2001, 0xdb8, 0, 0, 0, 0, 0, 0), 32), // documentation
    (Ipv6Addr::new(0x3fff, 0, 0, 0, 0, 0, 0, 0), 20), // documentation
];

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let bits = u32::from(ip);
    !NOT_PUBLIC_V4.iter().any(|&(network, prefix)| {
        let mask = u32::MAX.checked_shl(32 - prefix).unwrap_or(0);
        bits & mask == u32::from(network) & mask
    })
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    // An address that carries an IPv4 address reaches that one, and is as public as it is.
    if let Some(v4) = embedded_v4(ip) {
        return is_public_v4(v4);
    }
    let bits = u128::from(ip);
    let within = |network: Ipv6Addr, prefix: u32| {
        let mask = u128::MAX.checked_shl(128 - prefix).unwrap_or(0);
        bits & mask == u128::from(network) & mask
    };
    within(Ipv6Addr::new(0x2000, 0, 0, 0, 0, 0, 0, 0), 3)
        && !NOT_PUBLIC_V6
            .iter()
            .any(|&(network, prefix)| within(network, prefix))
}

/// The IPv4 address inside an IPv4-mapped (`::ffff:a.b.c.d`), IPv4-compatible (`::a.b.c.d`,
/// which takes in `::` and `::1`), NAT64 (`64:ff9b::a.b.c.d`) or 6to4 (`2002:ab:cd::`) address.
fn embedded_v4(ip: Ipv6Addr) -> Option<Ipv4Addr> {
    let [a, b, c, d, e, f, g, h] = ip.segments();
    let last = Ipv4Addr::from((u32::from(g) << 16) | u32::from(h));
    match (a, b, c, d, e, f) {
        (0, 0, 0, 0, 0, 0 | 0xffff) | (0x64, 0xff9b, 0, 0, 0, 0) => Some(last),
        (0x2002, ..) => Some(Ipv4Addr::from((u32::from(b) << 16) | u32::from(c))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::io::{BufRead, BufReader, Write};
    use std::net::{TcpListener, TcpStream};
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::thread;

    #[test]
    fn is_public_knows_the_special_ranges() {
        let table = [
            // Public.
            ("93.184.215.14", true),
            ("8.8.8.8", true),
            ("1.1.1.1", true),
            ("100.63.255.255", true),
            ("100.128.0.0", true),
            ("172.15.255.255", true),
            ("172.32.0.0", true),
            ("192.169.0.1", true),
            ("198.20.0.1", true),
            ("223.255.255.255", true),
            ("2606:4700::1111", true),
            ("2a00:1450:4001::200e", true),
            ("::ffff:8.8.8.8", true),
            ("64:ff9b::808:808", true),
            ("2002:808:808::1", true),
            // The machine itself, and "this network".
            ("0.0.0.0", false),
            ("0.1.2.3", false),
            ("127.0.0.1", false),
            ("127.255.255.254", false),
            ("::", false),
            ("::1", false),
            // Private and shared networks.
            ("10.0.0.1", false),
            ("10.255.255.255", false),
            ("172.16.0.1", false),
            ("172.31.255.255", false),
            ("192.168.1.1", false),
            ("100.64.0.1", false),
            ("100.127.255.255", false),
            ("fc00::1", false),
            ("fd12:3456:789a::1", false),
            // Link-local, and the cloud metadata service on it.
            ("169.254.0.1", false),
            ("169.254.169.254", false),
            ("fe80::1", false),
            ("febf::1", false),
            ("fec0::1", false),
            // Multicast, broadcast, reserved.
            ("224.0.0.1", false),
            ("239.255.255.250", false),
            ("255.255.255.255", false),
            ("240.0.0.1", false),
            ("ff02::1", false),
            // Benchmarking, documentation, protocol assignments.
            ("198.18.0.1", false),
            ("198.19.255.255", false),
            ("192.0.2.1", false),
            ("198.51.100.1", false),
            ("203.0.113.1", false),
            ("192.0.0.8", false),
            ("192.88.99.1", false),
            ("2001:db8::1", false),
            ("3fff::1", false),
            ("2001::1", false),
            ("2001:2::1", false),
            ("100::1", false),
            ("64:ff9b:1::1", false),
            // IPv4 inside IPv6: mapped, compatible, NAT64, 6to4.
            ("::ffff:127.0.0.1", false),
            ("::ffff:10.0.0.1", false),
            ("::ffff:169.254.169.254", false),
            ("::127.0.0.1", false),
            ("::192.168.0.1", false),
            ("64:ff9b::7f00:1", false),
            ("64:ff9b::a00:1", false),
            ("2002:7f00:1::1", false),
            ("2002:c0a8:101::1", false),
        ];
        for (address, public) in table {
            let ip: IpAddr = address.parse().unwrap();
            assert_eq!(is_public(ip), public, "{address}");
        }
    }

    /// A fetcher that may reach the test servers on loopback, and no other private address.
    fn local() -> Fetcher {
        Fetcher::with_policy(|ip| is_public(ip) || ip.is_loopback())
    }

    /// A server on 127.0.0.1 that answers each connection with `answer` (given the request's
    /// head), then closes it; its address, as `http://127.0.0.1:port`.
    fn serve(answer: fn(&str, &mut TcpStream) -> io::Result<()>) -> String {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let origin = format!("http://{}", listener.local_addr().unwrap());
        thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                thread::spawn(move || {
                    let mut stream = stream;
                    let head = read_head(&stream);
                    let _ = answer(&head, &mut stream);
                });
            }
        });
        origin
    }

    fn read_head(stream: &TcpStream) -> String {
        let mut reader = BufReader::new(stream);
        let mut head = String::new();
        loop {
            let mut line = String::new();
            if reader.read_line(&mut line).unwrap_or(0) == 0 || line == "\r\n" {
                return head;
            }
            head.push_str(&line);
        }
    }

    /// A whole HTTP/1.1 response.
    fn reply(stream: &mut TcpStream, status: &str, headers: &str, body: &[u8]) -> io::Result<()> {
        let length = body.len();
        write!(
            stream,
            "HTTP/1.1 {status}\r\nContent-Length: {length}\r\nConnection: close\r\n{headers}\r\n"
        )?;
        stream.write_all(body)
    }

    fn fetch_error(fetcher: &Fetcher, url: &str) -> LoadError {
        fetcher.fetch("article", url).unwrap_err()
    }

    #[test]
    fn refuses_local_addresses_by_default_without_connecting() {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.set_nonblocking(true).unwrap();
        let url = format!("http://{}/api/post/42", listener.local_addr().unwrap());
        let fetcher = Fetcher::new(false);
        assert_eq!(
            fetch_error(&fetcher, &url),
            LoadError::PrivateAddress {
                url: url.clone(),
                address: "127.0.0.1".into()
            }
        );
        let accepted = listener.accept().map(|_| ());
        assert_eq!(
            accepted.map_err(|error| error.kind()),
            Err(io::ErrorKind::WouldBlock)
        );

        // `localhost` may name 127.0.0.1 or ::1 first.
        match fetch_error(&fetcher, "http://localhost/") {
            LoadError::PrivateAddress { url, address } => {
                assert_eq!(url, "http://localhost/");
                assert!(
                    address.parse::<IpAddr>().unwrap().is_loopback(),
                    "{address}"
                );
            }
            other => panic!("{other:?}"),
        }
        for (url, address) in [
            ("http://[::1]/", "::1"),
            ("http://169.254.169.254/latest/meta-data", "169.254.169.254"),
            ("http://10.0.0.1/", "10.0.0.1"),
            ("https://192.168.1.1/", "192.168.1.1"),
            ("http://[::ffff:127.0.0.1]/", "::ffff:127.0.0.1"),
            // The url crate reads this as a browser does, 127.0.0.1.
            ("http://0x7f.1/", "127.0.0.1"),
        ] {
            match fetch_error(&fetcher, url) {
                LoadError::PrivateAddress {
                    address: refused, ..
                } => {
                    assert_eq!(refused, address, "{url}")
                }
                other => panic!("{url}: {other:?}"),
            }
        }
    }

    #[test]
    fn refuses_addresses_that_are_not_web_addresses() {
        let fetcher = Fetcher::new(false);
        for url in [
            "ftp://news.example/post.json",
            "file:///etc/passwd",
            "javascript:alert(1)",
            "data:application/json,{}",
            "news.example/api/post/42",
            "http://",
            "",
        ] {
            assert_eq!(
                fetch_error(&fetcher, url),
                LoadError::BadAddress(url.into()),
                "{url}"
            );
        }
    }

    #[test]
    fn fetches_text_with_lede_s_headers() {
        // The body is the request's head, to see what was sent.
        let origin = serve(|head, stream| reply(stream, "200 OK", "", head.as_bytes()));
        let url = format!("{origin}/api/post/42");
        for fetcher in [local(), Fetcher::new(true)] {
            let fetched = fetcher.fetch("article", &url).unwrap();
            assert_eq!(fetched.url, url);
            let head = fetched.text.to_lowercase();
            assert!(head.starts_with("get /api/post/42 http/1.1\r\n"), "{head}");
            assert!(head.contains(&format!("accept: {ACCEPT}\r\n")), "{head}");
            assert!(
                head.contains(&format!("user-agent: {USER_AGENT}\r\n")),
                "{head}"
            );
        }
    }

    #[test]
    fn decodes_invalid_utf8_with_replacement_and_drops_a_byte_order_mark() {
        let origin =
            serve(|_, stream| reply(stream, "200 OK", "", b"\xEF\xBB\xBF{\"caf\xE9\": 1}"));
        let fetched = local().fetch("article", &origin).unwrap();
        assert_eq!(fetched.text, "{\"caf\u{FFFD}\": 1}");
    }

    #[test]
    fn a_status_outside_200_299_is_an_error_with_its_reason() {
        let origin = serve(|_, stream| reply(stream, "404 Not Found", "", b"gone"));
        let url = format!("{origin}/api/post/404");
        let error = fetch_error(&local(), &url);
        assert_eq!(
            error,
            LoadError::Status {
                what: "article",
                url,
                code: 404,
                reason: "Not Found".into(),
                retry_after: None
            }
        );
        assert!(error.to_string().starts_with("There is no article at "));
    }

    #[test]
    fn a_503_says_when_to_retry() {
        let origin = serve(|_, stream| {
            reply(
                stream,
                "503 Service Unavailable",
                "Retry-After: 120\r\n",
                b"",
            )
        });
        match fetch_error(&local(), &origin) {
            LoadError::Status {
                code, retry_after, ..
            } => assert_eq!((code, retry_after), (503, Some(120))),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn follows_a_redirect_and_tells_where_it_ended() {
        let origin = serve(|head, stream| {
            if head.starts_with("GET /old ") {
                reply(
                    stream,
                    "301 Moved Permanently",
                    "Location: /new?x=1\r\n",
                    b"",
                )
            } else {
                reply(
                    stream,
                    "200 OK",
                    "",
                    head.lines().next().unwrap().as_bytes(),
                )
            }
        });
        let fetched = local().fetch("article", &format!("{origin}/old")).unwrap();
        assert_eq!(fetched.url, format!("{origin}/new?x=1"));
        assert_eq!(fetched.text, "GET /new?x=1 HTTP/1.1");
    }

    #[test]
    fn a_redirect_loop_fails_as_a_network_error_after_five_redirects() {
        static REQUESTS: AtomicUsize = AtomicUsize::new(0);
        let origin = serve(|_, stream| {
            REQUESTS.fetch_add(1, Ordering::SeqCst);
            reply(stream, "302 Found", "Location: /loop\r\n", b"")
        });
        let error = fetch_error(&local(), &format!("{origin}/loop"));
        assert_eq!(error.kind(), "network", "{error:?}");
        assert_eq!(REQUESTS.load(Ordering::SeqCst), 6);
    }

    #[test]
    fn a_redirect_is_checked_like_the_first_address() {
        let origin = serve(|head, stream| {
            let to = if head.starts_with("GET /ftp ") {
                "ftp://news.example/post.json"
            } else {
                "http://10.0.0.1/admin"
            };
            reply(stream, "302 Found", &format!("Location: {to}\r\n"), b"")
        });
        assert_eq!(
            fetch_error(&local(), &format!("{origin}/ftp")),
            LoadError::BadAddress("ftp://news.example/post.json".into())
        );
        assert_eq!(
            fetch_error(&local(), &format!("{origin}/private")),
            LoadError::PrivateAddress {
                url: "http://10.0.0.1/admin".into(),
                address: "10.0.0.1".into()
            }
        );
    }

    #[test]
    fn refuses_a_declared_size_over_the_limit_before_reading_the_body() {
        let origin = serve(|_, stream| {
            let headers = "HTTP/1.1 200 OK\r\nContent-Length: 10485760\r\n\r\n{";
            stream.write_all(headers.as_bytes())?;
            // Nothing more comes: reading the body would stall until the time limit.
            thread::sleep(Duration::from_secs(5));
            Ok(())
        });
        let started = Instant::now();
        let error = fetch_error(&local(), &origin);
        assert!(started.elapsed() < Duration::from_secs(3));
        match error {
            LoadError::Content { source, .. } => {
                assert_eq!(source, crate::formats::ContentError::too_large(10_485_760))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn refuses_an_undeclared_body_over_the_limit() {
        let origin = serve(|_, stream| {
            stream.write_all(b"HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n")?;
            stream.write_all(&[b'a'; 5000])
        });
        let mut fetcher = local();
        fetcher.max_bytes = 1000;
        match fetch_error(&fetcher, &origin) {
            LoadError::Content { source, .. } => {
                assert_eq!(source, crate::formats::ContentError::too_large(1001))
            }
            other => panic!("{other:?}"),
        }
        // A body just at the limit is read whole.
        fetcher.max_bytes = 5000;
        assert_eq!(fetcher.fetch("article", &origin).unwrap().text.len(), 5000);
    }

    #[test]
    fn a_server_that_stalls_after_the_headers_times_out() {
        let origin = serve(|_, stream| {
            stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"title\": ")?;
            thread::sleep(Duration::from_secs(5));
            Ok(())
        });
        let mut fetcher = local();
        fetcher.time_limit = Duration::from_secs(1);
        let started = Instant::now();
        let error = fetch_error(&fetcher, &origin);
        assert!(started.elapsed() < Duration::from_secs(3));
        assert_eq!(
            error,
            LoadError::Timeout {
                url: format!("{origin}/"),
                host: "127.0.0.1".into(),
                seconds: 1
            }
        );
    }
}
