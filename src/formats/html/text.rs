//! Text clean-ups real content needs: collapsed whitespace and leftover WordPress shortcodes.

/// Collapses runs of HTML whitespace to one space, as the browser would show them.
pub fn collapse_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_space = false;
    for c in text.chars() {
        if matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{c}') {
            if !in_space {
                out.push(' ');
            }
            in_space = true;
        } else {
            out.push(c);
            in_space = false;
        }
    }
    out
}

/// Whether text shows nothing: whitespace and no-break spaces only.
pub fn is_blank(text: &str) -> bool {
    text.chars()
        .all(|c| c.is_whitespace() || c == '\u{a0}' || c == '\u{200b}')
}

/// Shortcodes that WordPress leaves in rendered HTML when their plugin is gone.
const SHORTCODES: [&str; 8] = [
    "caption",
    "wp_caption",
    "gallery",
    "embed",
    "video",
    "audio",
    "playlist",
    "audio_player",
];

/// Removes `[caption id="…" align="…"]` and `[/caption]` (and the other known shortcodes),
/// keeping what stood between them.
pub fn strip_shortcodes(text: &str) -> String {
    if !text.contains('[') {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some((before, tail)) = rest.split_once('[') {
        out.push_str(before);
        // `[/caption]` closes what `[caption …]` opened.
        let name_and_rest = tail.strip_prefix('/').unwrap_or(tail);
        let name_length = name_and_rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(name_and_rest.len());
        let (name, after_name) = name_and_rest
            .split_at_checked(name_length)
            .unwrap_or_default();
        let closes = after_name.starts_with([']', ' ']);
        if !(closes && SHORTCODES.contains(&name)) {
            out.push('[');
            rest = tail;
            continue;
        }
        // Only a known shortcode looks for its `]`, and the search starts after its name, so
        // a text of many `[` costs one pass, not one pass a bracket.
        match after_name.split_once(']') {
            Some((_, after_shortcode)) => rest = after_shortcode,
            None => {
                out.push('[');
                rest = tail;
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whitespace_collapses_as_the_browser_shows_it() {
        assert_eq!(collapse_whitespace("a \n\t b  c"), "a b c");
        assert_eq!(collapse_whitespace("\u{a0}x\u{a0}"), "\u{a0}x\u{a0}");
        assert!(is_blank(" \u{a0}\n"));
        assert!(!is_blank(" x "));
    }

    #[test]
    fn known_shortcodes_go_and_their_content_stays() {
        assert_eq!(
            strip_shortcodes(
                r#"[caption id="attachment_7" align="alignnone" width="300"]A lake.[/caption]"#
            ),
            "A lake."
        );
        assert_eq!(strip_shortcodes("[gallery ids=\"1,2\"]"), "");
        assert_eq!(
            strip_shortcodes("[embed]https://youtu.be/x[/embed]"),
            "https://youtu.be/x"
        );
        assert_eq!(
            strip_shortcodes("Prices [in USD] rose [1]"),
            "Prices [in USD] rose [1]"
        );
        assert_eq!(strip_shortcodes("unclosed [caption"), "unclosed [caption");
        assert_eq!(
            strip_shortcodes("[captions] are fine"),
            "[captions] are fine"
        );
    }

    #[test]
    fn many_brackets_that_close_nothing_are_kept() {
        let brackets = "[".repeat(200_000);
        assert_eq!(strip_shortcodes(&brackets), brackets);
        let unclosed = "[caption ".repeat(50_000);
        assert_eq!(strip_shortcodes(&unclosed), unclosed);
    }
}
