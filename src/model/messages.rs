//! lede's own words: the messages of a catalogue, and the text a message gives for its arguments.
//!
//! A message is a compiled pattern (see `render/fluent.rs`, which writes it from Fluent): text,
//! `{name}` placeables, and `{name|key=…|*key=…}` selections, whose keys are CLDR plural
//! categories or exact numbers and whose `*` variant is the default. Text never holds `{`, `}`
//! or `|`, so reading a pattern needs no escapes.

use thiserror::Error;

use super::Direction;

include!(concat!(env!("OUT_DIR"), "/messages.rs"));

impl Message {
    /// How many messages lede has.
    pub const COUNT: usize = ALL.len();

    /// The message's id in the catalogues (`search-found`).
    pub fn id(self) -> &'static str {
        IDS.get(self as usize).copied().unwrap_or_default()
    }

    /// The message in English, compiled into the widget.
    pub fn english(self) -> &'static str {
        ENGLISH.get(self as usize).copied().unwrap_or_default()
    }

    /// The message of `id`, if lede has one.
    pub fn from_id(id: &str) -> Option<Self> {
        ALL.iter().copied().find(|message| message.id() == id)
    }
}

/// A value for a placeable.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arg<'a> {
    Text(&'a str),
    /// A count, written and chosen among plural variants by the language's rules.
    Number(u64),
}

/// A language's rules for numbers: its plural categories, and how it writes digits.
pub trait Numbers {
    /// The CLDR plural category of `n` (`"one"`, `"few"`, `"other"`…).
    fn category(&self, n: u64) -> &'static str;
    /// `n` as the language writes it.
    fn write(&self, n: u64) -> String;
}

/// English's rules, built in so that the widget's English never waits for `Intl`: "one" for 1
/// alone (CLDR's rule for English integers), digits as they are.
#[derive(Debug, Clone, Copy, Default)]
pub struct EnglishNumbers;

impl Numbers for EnglishNumbers {
    fn category(&self, n: u64) -> &'static str {
        if n == 1 {
            "one"
        } else {
            "other"
        }
    }

    fn write(&self, n: u64) -> String {
        n.to_string()
    }
}

/// The messages of one language; a message it lacks is said in English.
#[derive(Debug, Clone, PartialEq)]
pub struct Catalogue {
    /// The language's tag, as lede names it (`fr`, `zh-Hans`).
    pub language: String,
    pub direction: Direction,
    patterns: Vec<Option<String>>,
}

impl Default for Catalogue {
    fn default() -> Self {
        Self::new("en", Direction::LeftToRight)
    }
}

impl Catalogue {
    /// A catalogue with no messages yet: everything is English until set.
    pub fn new(language: &str, direction: Direction) -> Self {
        Self {
            language: language.to_owned(),
            direction,
            patterns: vec![None; ALL.len()],
        }
    }

    /// Sets `message`'s pattern, if it is well formed and names only placeables the English
    /// message has; otherwise the message stays English. Returns whether it was taken.
    pub fn set(&mut self, message: Message, pattern: String) -> bool {
        let fits = fits(message, &pattern).is_ok();
        if let (true, Some(slot)) = (fits, self.patterns.get_mut(message as usize)) {
            *slot = Some(pattern);
        }
        fits
    }

    /// The pattern for `message`: this language's, or English.
    pub fn pattern(&self, message: Message) -> &str {
        self.patterns
            .get(message as usize)
            .and_then(Option::as_deref)
            .unwrap_or_else(|| message.english())
    }

    /// The messages this catalogue has in its own language.
    pub fn own(&self) -> impl Iterator<Item = (Message, &str)> {
        ALL.iter()
            .zip(&self.patterns)
            .filter_map(|(message, pattern)| Some((*message, pattern.as_deref()?)))
    }
}

/// Why a pattern cannot stand for a message.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum PatternError {
    #[error("a “{{” is not closed")]
    Unclosed,
    #[error("a “}}” closes nothing")]
    Unopened,
    #[error("{{{0}}}")]
    UnknownPlaceable(String),
}

/// Whether `pattern` is well formed and names only placeables `message` has in English.
pub fn fits(message: Message, pattern: &str) -> Result<(), PatternError> {
    let english = placeables(message.english())?;
    for name in placeables(pattern)? {
        if !english.contains(&name) {
            return Err(PatternError::UnknownPlaceable(name.to_owned()));
        }
    }
    Ok(())
}

/// The names a pattern uses, as placeables or selectors, each once, in order.
pub fn placeables(pattern: &str) -> Result<Vec<&str>, PatternError> {
    let mut names = Vec::new();
    collect_names(pattern, &mut names)?;
    Ok(names)
}

fn collect_names<'a>(pattern: &'a str, names: &mut Vec<&'a str>) -> Result<(), PatternError> {
    for piece in pieces(pattern) {
        if let Piece::Expression(inner) = piece? {
            let mut parts = split_top(inner, '|');
            let name = parts.next().unwrap_or_default();
            if !names.contains(&name) {
                names.push(name);
            }
            for variant in parts {
                let (_, value) = variant.split_once('=').unwrap_or(("", variant));
                collect_names(value, names)?;
            }
        }
    }
    Ok(())
}

enum Piece<'a> {
    Text(&'a str),
    /// What is between a `{` and its `}`.
    Expression(&'a str),
}

/// A pattern's text and expressions, in order.
fn pieces(pattern: &str) -> impl Iterator<Item = Result<Piece<'_>, PatternError>> {
    let mut rest = pattern;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let open = rest.find(['{', '}']);
        match open {
            None => {
                let text = rest;
                rest = "";
                Some(Ok(Piece::Text(text)))
            }
            Some(0) if rest.starts_with('}') => {
                rest = "";
                Some(Err(PatternError::Unopened))
            }
            Some(0) => {
                let mut depth = 0usize;
                let close = rest.char_indices().find_map(|(at, c)| {
                    match c {
                        '{' => depth += 1,
                        '}' => depth = depth.saturating_sub(1),
                        _ => return None,
                    }
                    (depth == 0).then_some(at)
                });
                match close {
                    Some(close) => {
                        let inner = rest.get(1..close).unwrap_or_default();
                        rest = rest.get(close + 1..).unwrap_or_default();
                        Some(Ok(Piece::Expression(inner)))
                    }
                    None => {
                        rest = "";
                        Some(Err(PatternError::Unclosed))
                    }
                }
            }
            Some(at) => {
                let text = rest.get(..at).unwrap_or_default();
                rest = rest.get(at..).unwrap_or_default();
                Some(Ok(Piece::Text(text)))
            }
        }
    })
}

/// `text` split at each `separator` outside braces.
fn split_top(text: &str, separator: char) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        let mut depth = 0usize;
        let at = current.char_indices().find_map(|(at, c)| {
            match c {
                '{' => depth += 1,
                '}' => depth = depth.saturating_sub(1),
                c if c == separator && depth == 0 => return Some(at),
                _ => {}
            }
            None
        });
        match at {
            Some(at) => {
                rest = current.get(at + separator.len_utf8()..);
                current.get(..at)
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// The text `pattern` gives for `args`, numbers written and plurals chosen by `numbers`. A
/// placeable without an argument gives nothing; a malformed part is left out.
pub fn format(pattern: &str, args: &[(&str, Arg<'_>)], numbers: &dyn Numbers) -> String {
    let mut out = String::new();
    write_into(pattern, args, numbers, &mut out);
    out
}

fn write_into(pattern: &str, args: &[(&str, Arg<'_>)], numbers: &dyn Numbers, out: &mut String) {
    let arg = |name: &str| {
        args.iter()
            .find(|(key, _)| *key == name)
            .map(|(_, value)| *value)
    };
    for piece in pieces(pattern) {
        match piece {
            Ok(Piece::Text(text)) => out.push_str(text),
            Ok(Piece::Expression(inner)) => {
                let mut parts = split_top(inner, '|');
                let name = parts.next().unwrap_or_default();
                let value = arg(name);
                let variants: Vec<(&str, &str)> = parts
                    .map(|variant| variant.split_once('=').unwrap_or((variant, "")))
                    .collect();
                if variants.is_empty() {
                    match value {
                        Some(Arg::Text(text)) => out.push_str(text),
                        Some(Arg::Number(n)) => out.push_str(&numbers.write(n)),
                        None => {}
                    }
                    continue;
                }
                let exact = |key: &str| match value {
                    Some(Arg::Number(n)) => key.parse::<u64>().is_ok_and(|key| key == n),
                    Some(Arg::Text(text)) => key == text,
                    None => false,
                };
                let category = match value {
                    Some(Arg::Number(n)) => numbers.category(n),
                    _ => "",
                };
                let key_of = |key: &'_ str| key.trim_start_matches('*').to_owned();
                let chosen = variants
                    .iter()
                    .find(|(key, _)| exact(&key_of(key)))
                    .or_else(|| variants.iter().find(|(key, _)| key_of(key) == category))
                    .or_else(|| variants.iter().find(|(key, _)| key.starts_with('*')))
                    .or(variants.last());
                if let Some((_, value)) = chosen {
                    write_into(value, args, numbers, out);
                }
            }
            Err(_) => {}
        }
    }
}

/// A site's own wording for a message, written with Fluent's placeables (`{ $name }`), as the
/// compiled pattern; or why it cannot be used.
pub fn site_pattern(message: Message, text: &str) -> Result<String, PatternError> {
    let mut out = String::new();
    for piece in pieces(text) {
        match piece? {
            Piece::Text(text) => out.push_str(text),
            Piece::Expression(inner) => {
                let name = inner.trim().strip_prefix('$').map(str::trim);
                match name {
                    Some(name)
                        if !name.is_empty()
                            && name
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') =>
                    {
                        out.push('{');
                        out.push_str(name);
                        out.push('}');
                    }
                    _ => return Err(PatternError::UnknownPlaceable(inner.trim().to_owned())),
                }
            }
        }
    }
    fits(message, &out)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Polish's integer rules, as a test's stand-in for `Intl`.
    struct Polish;
    impl Numbers for Polish {
        fn category(&self, n: u64) -> &'static str {
            match (n % 10, n % 100) {
                _ if n == 1 => "one",
                (2..=4, r) if !(12..=14).contains(&r) => "few",
                _ => "many",
            }
        }
        fn write(&self, n: u64) -> String {
            format!("<{n}>")
        }
    }

    #[test]
    fn placeables_and_plurals_follow_the_language() {
        let pattern =
            "{count|one=jeden wynik|few={count} wyniki|many={count} wyników|*other={count} wyniku}";
        let say = |n| format(pattern, &[("count", Arg::Number(n))], &Polish);
        assert_eq!(say(1), "jeden wynik");
        assert_eq!(say(3), "<3> wyniki");
        assert_eq!(say(12), "<12> wyników");
        assert_eq!(say(22), "<22> wyniki");
        assert_eq!(
            format(
                "No results for “{query}”.",
                &[("query", Arg::Text("x"))],
                &EnglishNumbers
            ),
            "No results for “x”."
        );
        assert_eq!(
            format(
                "{n|0=none|*other={n} left}",
                &[("n", Arg::Number(0))],
                &EnglishNumbers
            ),
            "none",
            "an exact number comes before its category"
        );
    }

    #[test]
    fn every_english_message_is_well_formed() {
        for message in ALL {
            assert!(placeables(message.english()).is_ok(), "{}", message.id());
            assert_eq!(Message::from_id(message.id()), Some(message));
        }
    }

    #[test]
    fn a_catalogue_falls_back_to_english_message_by_message() {
        let mut french = Catalogue::new("fr", Direction::LeftToRight);
        assert!(french.set(Message::Menu, "Rubriques".into()));
        assert!(
            !french.set(Message::SearchNone, "Aucun résultat pour {requete}".into()),
            "a placeable English does not have"
        );
        assert!(!french.set(Message::Share, "Partager {".into()));
        assert_eq!(french.pattern(Message::Menu), "Rubriques");
        assert_eq!(
            french.pattern(Message::SearchNone),
            Message::SearchNone.english()
        );
        assert_eq!(french.pattern(Message::Share), "Share");
    }

    #[test]
    fn a_site_s_wording_uses_fluent_placeables() {
        assert_eq!(
            site_pattern(Message::SearchNone, "Rien pour « { $query } »").as_deref(),
            Ok("Rien pour « {query} »")
        );
        assert_eq!(
            site_pattern(Message::SearchNone, "Rien pour { $quer }"),
            Err(PatternError::UnknownPlaceable("quer".into()))
        );
        assert_eq!(
            site_pattern(Message::Subscribe, "S'abonner { NUMBER(1) }"),
            Err(PatternError::UnknownPlaceable("NUMBER(1)".into()))
        );
        assert_eq!(
            site_pattern(Message::Subscribe, "S'abonner {"),
            Err(PatternError::Unclosed)
        );
    }
}
