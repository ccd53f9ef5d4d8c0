//! What is being read: an article or a list, and the article open from a list; and where that
//! view lives in the standalone page's address (`?src=…&item=…`).

use yew::AttrValue;

/// A view of the reader, as the app keeps it and the masthead asks for it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct View {
    pub src: Option<AttrValue>,
    pub item: Option<usize>,
}

impl View {
    /// The standalone page's address for this view: `query` (the page's own query string,
    /// with or without its `?`) with `src` and `item` set or removed and its other
    /// parameters (`site`, `theme`) kept.
    pub fn address(&self, query: &str) -> String {
        let item = self.item.map(|item| item.to_string());
        // As `URLSearchParams.set`: a parameter already there keeps its place.
        let mut wanted = [("src", self.src.as_deref()), ("item", item.as_deref())];
        let mut pairs: Vec<(String, String)> = Vec::new();
        for pair in query.trim_start_matches('?').split('&') {
            if pair.is_empty() {
                continue;
            }
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let (key, value) = (decode(key), decode(value));
            match wanted.iter_mut().find(|(name, _)| *name == key) {
                Some((_, wanted)) => {
                    if let Some(value) = wanted.take() {
                        pairs.push((key, value.to_owned()));
                    }
                }
                None => pairs.push((key, value)),
            }
        }
        for (name, value) in wanted {
            if let Some(value) = value {
                pairs.push((name.to_owned(), value.to_owned()));
            }
        }
        let encoded: Vec<String> = pairs
            .iter()
            .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
            .collect();
        format!("?{}", encoded.join("&"))
    }
}

/// `application/x-www-form-urlencoded` decoding, as `URLSearchParams` does it.
fn decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut at = 0;
    while let Some(&byte) = bytes.get(at) {
        let escaped = (byte == b'%')
            .then(|| bytes.get(at + 1..at + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match (byte, escaped) {
            (_, Some(decoded)) => {
                out.push(decoded);
                at += 3;
            }
            (b'+', None) => {
                out.push(b' ');
                at += 1;
            }
            (other, None) => {
                out.push(other);
                at += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `application/x-www-form-urlencoded` encoding, as `URLSearchParams` serializes it.
fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for byte in text.bytes() {
        match byte {
            b'*' | b'-' | b'.' | b'_' | b'0'..=b'9' | b'A'..=b'Z' | b'a'..=b'z' => {
                out.push(char::from(byte));
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{byte:02X}")),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(src: Option<&str>, item: Option<usize>) -> View {
        View {
            src: src.map(|src| AttrValue::from(src.to_owned())),
            item,
        }
    }

    #[test]
    fn the_address_keeps_the_page_s_other_parameters() {
        assert_eq!(
            view(Some("feeds/politics.json"), None).address("?site=a%20b.json&src=old&item=2"),
            "?site=a+b.json&src=feeds%2Fpolitics.json"
        );
        assert_eq!(
            view(Some("b"), Some(1)).address("?item=9&src=a&src=z&theme=dark"),
            "?item=1&src=b&theme=dark",
            "as URLSearchParams.set: in place, once"
        );
        assert_eq!(
            view(Some("/f.json"), Some(3)).address(""),
            "?src=%2Ff.json&item=3"
        );
        assert_eq!(view(None, None).address("?src=x&theme=dark"), "?theme=dark");
    }

    #[test]
    fn odd_queries_do_not_break_it() {
        assert_eq!(view(None, None).address("?%zz=%&&=x"), "?%25zz=%25&=x");
        assert_eq!(view(Some("é ü"), None).address("?"), "?src=%C3%A9+%C3%BC");
    }
}
