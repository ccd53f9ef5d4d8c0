//! Embedded players and posts become link cards: the reader can still reach a YouTube video or
//! an Instagram post, and lede runs none of their scripts or frames.

use super::flow::plain_text;
use super::tree::Element;
use crate::formats::Environment;
use crate::model::{shortened, LinkCard};

/// An `<iframe>`, `<embed>`, `<video>` or `<audio>` as a card linking to what it shows.
pub fn from_frame(element: &Element, env: &dyn Environment) -> Option<LinkCard> {
    let src = element
        .attr("src")
        .or_else(|| element.attr("data-src"))
        .or_else(|| element.find("source").and_then(|source| source.attr("src")))?;
    let url = canonical_page(&env.resolve_url(src)?);
    let title = element
        .attr("title")
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned);
    Some(card(url, title))
}

/// The blockquotes that Twitter/X, Instagram and TikTok embeds leave behind.
pub fn from_blockquote(quote: &Element, env: &dyn Environment) -> Option<LinkCard> {
    let (provider, url) = if quote.has_class("twitter-tweet") {
        let mut links = Vec::new();
        quote.find_all("a", &mut links);
        let status = links
            .into_iter()
            .rev()
            .find_map(|a| a.attr("href").filter(|href| href.contains("/status/")))?;
        ("X (Twitter)", status)
    } else if quote.has_class("instagram-media") {
        let permalink = quote.attr("data-instgrm-permalink").or_else(|| {
            let mut links = Vec::new();
            quote.find_all("a", &mut links);
            links.into_iter().find_map(|a| {
                a.attr("href")
                    .filter(|href| href.contains("instagram.com/"))
            })
        })?;
        ("Instagram", permalink)
    } else if quote.has_class("tiktok-embed") {
        ("TikTok", quote.attr("cite")?)
    } else {
        return None;
    };
    let url = strip_tracking(&env.resolve_url(url)?);
    let title = quote
        .find("p")
        .map(|p| plain_text(&p.children))
        .filter(|t| !t.is_empty());
    Some(LinkCard {
        url,
        provider: provider.to_owned(),
        title: title.map(|t| shortened(&t, 140)),
    })
}

/// A WordPress embed block: `<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">URL`.
pub fn from_wordpress_block(figure: &Element, env: &dyn Environment) -> Option<LinkCard> {
    if !figure.has_class("wp-block-embed") {
        return None;
    }
    if let Some(frame) = figure.find("iframe") {
        return from_frame(frame, env);
    }
    let text = plain_text(&figure.children);
    let url = text
        .split_whitespace()
        .find(|word| word.starts_with("http"))?;
    Some(card(canonical_page(&env.resolve_url(url)?), None))
}

fn card(url: String, title: Option<String>) -> LinkCard {
    LinkCard {
        provider: provider_of(&url),
        url,
        title,
    }
}

/// Player addresses turned into the pages a reader would want to open.
fn canonical_page(url: &str) -> String {
    for player in ["youtube.com/embed/", "youtube-nocookie.com/embed/"] {
        if let Some(at) = url.find(player) {
            let id = until_query(url.get(at + player.len()..).unwrap_or_default());
            return format!("https://www.youtube.com/watch?v={id}");
        }
    }
    if let Some(at) = url.find("player.vimeo.com/video/") {
        let id = until_query(
            url.get(at + "player.vimeo.com/video/".len()..)
                .unwrap_or_default(),
        );
        return format!("https://vimeo.com/{id}");
    }
    url.to_owned()
}

fn until_query(text: &str) -> &str {
    text.split(['?', '#', '/']).next().unwrap_or_default()
}

fn strip_tracking(url: &str) -> String {
    let at = url.find("?ref_src=").or_else(|| url.find("?utm_"));
    at.and_then(|at| url.get(..at)).unwrap_or(url).to_owned()
}

/// "YouTube" for known hosts, otherwise the host name without "www.".
fn provider_of(url: &str) -> String {
    let host = url
        .split("://")
        .nth(1)
        .unwrap_or(url)
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    let host = host.strip_prefix("www.").unwrap_or(host);
    let known = [
        ("youtube.com", "YouTube"),
        ("youtu.be", "YouTube"),
        ("vimeo.com", "Vimeo"),
        ("twitter.com", "X (Twitter)"),
        ("x.com", "X (Twitter)"),
        ("instagram.com", "Instagram"),
        ("tiktok.com", "TikTok"),
        ("facebook.com", "Facebook"),
        ("open.spotify.com", "Spotify"),
        ("soundcloud.com", "SoundCloud"),
    ];
    known
        .iter()
        .find(|(domain, _)| host == *domain || host.ends_with(&format!(".{domain}")))
        .map_or_else(|| host.to_owned(), |(_, name)| (*name).to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn players_become_pages() {
        assert_eq!(
            canonical_page("https://www.youtube.com/embed/3bUtvUAeX8s?feature=oembed"),
            "https://www.youtube.com/watch?v=3bUtvUAeX8s"
        );
        assert_eq!(
            canonical_page("https://player.vimeo.com/video/76979871?h=8272103f6e"),
            "https://vimeo.com/76979871"
        );
        assert_eq!(
            canonical_page("https://maps.example/embed?pb=1"),
            "https://maps.example/embed?pb=1"
        );
    }

    #[test]
    fn providers_are_named() {
        assert_eq!(provider_of("https://www.youtube.com/watch?v=x"), "YouTube");
        assert_eq!(provider_of("https://m.youtube.com/watch?v=x"), "YouTube");
        assert_eq!(provider_of("https://x.com/a/status/1"), "X (Twitter)");
        assert_eq!(
            provider_of("https://www.datawrapper.de/_/abc/"),
            "datawrapper.de"
        );
        assert_eq!(provider_of("https://notyoutube.com/x"), "notyoutube.com");
    }
}
