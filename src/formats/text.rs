//! Small checks on text fields that several formats share.

/// A BCP 47 language tag in its usual shape ("en", "pt-BR", "zh-Hant-TW"), or `None`.
/// The browser's `Intl` throws on malformed tags, so only well-formed ones get through.
pub fn language_tag(raw: &str) -> Option<String> {
    let tag = raw.trim().replace('_', "-");
    let mut subtags = tag.split('-');
    let primary = subtags.next()?;
    let primary_ok =
        (2..=8).contains(&primary.len()) && primary.bytes().all(|b| b.is_ascii_alphabetic());
    let rest_ok =
        subtags.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()));
    (primary_ok && rest_ok).then_some(tag)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_well_formed_tags_only() {
        assert_eq!(language_tag("en"), Some("en".into()));
        assert_eq!(language_tag(" pt_BR "), Some("pt-BR".into()));
        assert_eq!(language_tag("zh-Hant-TW"), Some("zh-Hant-TW".into()));
        for bad in [
            "",
            "e",
            "english language",
            "en--US",
            "<script>",
            "en-verylongsubtag",
            "١٢",
        ] {
            assert_eq!(language_tag(bad), None, "{bad:?}");
        }
    }
}
