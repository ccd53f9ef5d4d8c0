//! Text cut to a length for a summary, a card or a note's preview.

/// `text` at most `max_chars` characters long, ending at a word where there is a space to cut
/// at, with an ellipsis when it was cut.
pub fn shortened(text: &str, max_chars: usize) -> String {
    let Some((at, _)) = text.char_indices().nth(max_chars) else {
        return text.to_owned();
    };
    let cut = text.get(..at).unwrap_or_default();
    let cut = cut.rfind(' ').and_then(|at| cut.get(..at)).unwrap_or(cut);
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_ends_at_a_word_with_an_ellipsis() {
        assert_eq!(shortened("Rates held steady", 100), "Rates held steady");
        assert_eq!(shortened("Rates held steady", 12), "Rates held…");
        assert_eq!(
            shortened("Zinsentscheidung", 5),
            "Zinse…",
            "one long word is cut inside"
        );
        assert_eq!(shortened("日本銀行は金利を据え置いた", 4), "日本銀行…");
        assert_eq!(shortened("", 0), "");
    }
}
