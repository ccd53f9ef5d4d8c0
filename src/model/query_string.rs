//! Query strings (`a=1&b=two+words`), read and written as `URLSearchParams` does
//! (`application/x-www-form-urlencoded`), in plain Rust so that a server writes the same
//! addresses as the browser.

/// The pairs of `query` (with or without its `?`), in order, decoded.
pub fn parse(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            (decode(key), decode(value))
        })
        .collect()
}

/// `pairs` as a query string, without its `?`.
pub fn serialize(pairs: &[(String, String)]) -> String {
    pairs
        .iter()
        .map(|(key, value)| format!("{}={}", encode(key), encode(value)))
        .collect::<Vec<_>>()
        .join("&")
}

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

    #[test]
    fn reads_and_writes_as_url_search_params() {
        let pairs = parse("?site=a%20b.json&q=one+two&empty=&flag&%zz=%");
        assert_eq!(
            pairs,
            [
                ("site".into(), "a b.json".into()),
                ("q".into(), "one two".into()),
                ("empty".into(), String::new()),
                ("flag".into(), String::new()),
                ("%zz".into(), "%".into()),
            ]
        );
        assert_eq!(
            serialize(&pairs),
            "site=a+b.json&q=one+two&empty=&flag=&%25zz=%25"
        );
        assert_eq!(
            serialize(&[("src".into(), "é/ü?".into())]),
            "src=%C3%A9%2F%C3%BC%3F"
        );
    }
}
