//! Video players a reader may choose to load: which provider a link card's address is a video
//! of, its id checked character by character, and the player's address on the provider's
//! privacy-enhanced host. Anything else stays a link card.

/// A provider whose player lede can load, once the reader asks for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Provider {
    YouTube,
    Vimeo,
}

impl Provider {
    pub const ALL: [Provider; 2] = [Provider::YouTube, Provider::Vimeo];

    /// The name the site configuration and the markup use (`youtube`, `vimeo`).
    pub fn key(self) -> &'static str {
        match self {
            Self::YouTube => "youtube",
            Self::Vimeo => "vimeo",
        }
    }

    /// The name a reader knows it by.
    pub fn name(self) -> &'static str {
        match self {
            Self::YouTube => "YouTube",
            Self::Vimeo => "Vimeo",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL
            .into_iter()
            .find(|provider| provider.key().eq_ignore_ascii_case(key.trim()))
    }
}

/// One video, by provider and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Player {
    pub provider: Provider,
    pub id: String,
}

impl Player {
    /// The video `url` is the provider's own address of, if it is one: a YouTube watch, short,
    /// embed or `youtu.be` address, a Vimeo video or player address.
    pub fn of(url: &str) -> Option<Self> {
        let (host, path, query) = split(url)?;
        let host = host.strip_prefix("www.").unwrap_or(host);
        let segments: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
        let (provider, id) = match (host, segments.as_slice()) {
            ("youtube.com" | "m.youtube.com" | "youtube-nocookie.com", ["watch"]) => {
                (Provider::YouTube, query_value(query, "v")?)
            }
            (
                "youtube.com" | "m.youtube.com" | "youtube-nocookie.com",
                ["embed" | "shorts" | "live", id],
            )
            | ("youtu.be", [id]) => (Provider::YouTube, *id),
            ("vimeo.com", [id]) | ("player.vimeo.com", ["video", id]) => (Provider::Vimeo, *id),
            _ => return None,
        };
        let valid = match provider {
            // YouTube's ids are 11 characters of the URL-safe base64 alphabet.
            Provider::YouTube => {
                id.len() == 11
                    && id
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            }
            Provider::Vimeo => {
                (1..=12).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_digit())
            }
        };
        valid.then(|| Self {
            provider,
            id: id.to_owned(),
        })
    }

    /// The player's address, on the provider's privacy-enhanced host; it starts playing, since
    /// the reader has just asked for it.
    pub fn embed_url(&self) -> String {
        match self.provider {
            Provider::YouTube => format!(
                "https://www.youtube-nocookie.com/embed/{}?autoplay=1",
                self.id
            ),
            Provider::Vimeo => format!(
                "https://player.vimeo.com/video/{}?autoplay=1&dnt=1",
                self.id
            ),
        }
    }
}

/// The host, path and query of an `http(s)` address (already resolved, so its host is in
/// lower case).
fn split(url: &str) -> Option<(&str, &str, &str)> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))?;
    let rest = rest.split('#').next().unwrap_or_default();
    let (authority, path_query) = match rest.find('/') {
        Some(at) => rest.split_at(at),
        None => (rest, ""),
    };
    // No user name, no port: the provider's own address has neither.
    if authority.contains('@') || authority.contains(':') {
        return None;
    }
    let (path, query) = path_query.split_once('?').unwrap_or((path_query, ""));
    Some((authority, path, query))
}

fn query_value<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn player(url: &str) -> Option<(Provider, String)> {
        Player::of(url).map(|player| (player.provider, player.id))
    }

    #[test]
    fn the_providers_own_video_addresses() {
        let youtube = Some((Provider::YouTube, "dQw4w9WgXcQ".to_owned()));
        for url in [
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com/watch?feature=share&v=dQw4w9WgXcQ&t=10",
            "https://m.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ",
            "https://www.youtube.com/embed/dQw4w9WgXcQ?rel=0",
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ",
            "https://www.youtube.com/shorts/dQw4w9WgXcQ",
        ] {
            assert_eq!(player(url), youtube, "{url}");
        }
        let vimeo = Some((Provider::Vimeo, "76979871".to_owned()));
        assert_eq!(player("https://vimeo.com/76979871"), vimeo);
        assert_eq!(player("https://player.vimeo.com/video/76979871?h=x"), vimeo);
    }

    #[test]
    fn anything_else_stays_a_link_card() {
        for url in [
            "https://www.youtube.com/@channel",
            "https://www.youtube.com/watch?v=short",
            "https://www.youtube.com/watch?v=dQw4w9WgXc%22",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ%3Cscript",
            "https://www.youtube.com.evil.example/watch?v=dQw4w9WgXcQ",
            "https://evil.example/youtube.com/watch?v=dQw4w9WgXcQ",
            "https://user@www.youtube.com/watch?v=dQw4w9WgXcQ",
            "https://www.youtube.com:8443/watch?v=dQw4w9WgXcQ",
            "https://youtu.be/dQw4w9WgXcQ/extra",
            "https://vimeo.com/channels/staffpicks",
            "https://vimeo.com/76979871abc",
            "https://twitter.com/someone/status/1",
            "javascript:alert(1)",
            "",
        ] {
            assert_eq!(player(url), None, "{url}");
        }
    }

    #[test]
    fn players_load_from_the_privacy_enhanced_hosts() {
        let youtube = Player::of("https://youtu.be/dQw4w9WgXcQ").unwrap();
        assert_eq!(
            youtube.embed_url(),
            "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"
        );
        let vimeo = Player::of("https://vimeo.com/76979871").unwrap();
        assert_eq!(
            vimeo.embed_url(),
            "https://player.vimeo.com/video/76979871?autoplay=1&dnt=1"
        );
        assert_eq!(Provider::from_key(" YouTube "), Some(Provider::YouTube));
        assert_eq!(Provider::from_key("dailymotion"), None);
    }
}
