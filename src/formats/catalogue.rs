//! A catalogue of lede's messages as the build writes it beside `lede.js`
//! (`locales/fr.json`: `{"language", "direction", "messages": {id: pattern}}`) and as a server
//! writes it into its data block; and lede's JSON for one.

use serde_json::{json, Map, Value};

use super::json::Field;
use super::ContentError;
use crate::model::{direction_of, supported, Catalogue, Direction, Message};

/// Reads a catalogue. Only its language must be one of lede's; a message it lacks, does not
/// know, or gives in a form lede cannot use is said in English.
pub fn read_catalogue(document: &Value) -> Result<Catalogue, ContentError> {
    let root = Field::root(document);
    let tag = root.get("language").required_text()?;
    let language = supported(tag).ok_or_else(|| {
        root.get("language")
            .bad_value("a language lede has words for", tag)
    })?;
    let direction = match root.get("direction").text()? {
        Some("rtl") => Direction::RightToLeft,
        Some("ltr") => Direction::LeftToRight,
        _ => direction_of(language),
    };
    let mut catalogue = Catalogue::new(language, direction);
    if let Some(messages) = root.get("messages").object()? {
        for (id, pattern) in messages {
            if let (Some(message), Some(pattern)) = (Message::from_id(id), pattern.as_str()) {
                catalogue.set(message, pattern.to_owned());
            }
        }
    }
    Ok(catalogue)
}

/// `catalogue` as lede's JSON: only its own messages (English is in every widget).
pub fn write_catalogue(catalogue: &Catalogue) -> Value {
    let messages: Map<String, Value> = catalogue
        .own()
        .map(|(message, pattern)| (message.id().to_owned(), Value::from(pattern)))
        .collect();
    json!({
        "language": catalogue.language,
        "direction": catalogue.direction.as_html(),
        "messages": messages,
    })
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::formats::parse_json;

    #[test]
    fn a_catalogue_reads_back_as_written() {
        let mut french = Catalogue::new("fr", Direction::LeftToRight);
        french.set(Message::Menu, "Menu".into());
        french.set(
            Message::SearchNone,
            "Aucun résultat pour « {query} ».".into(),
        );
        assert_eq!(read_catalogue(&write_catalogue(&french)), Ok(french));
    }

    #[test]
    fn what_cannot_be_used_is_english() {
        let catalogue = read_catalogue(
            &parse_json(
                r#"{"language": "ar", "messages": {"menu": "القائمة", "share": 3,
                    "search-none": "{nope}", "no-such-message": "x"}}"#,
            )
            .unwrap(),
        )
        .unwrap();
        assert_eq!(catalogue.direction, Direction::RightToLeft);
        assert_eq!(catalogue.pattern(Message::Menu), "القائمة");
        assert_eq!(catalogue.pattern(Message::Share), "Share");
        assert_eq!(
            catalogue.pattern(Message::SearchNone),
            Message::SearchNone.english()
        );
        assert!(read_catalogue(&parse_json(r#"{"language": "zh-TW"}"#).unwrap()).is_err());
        assert!(read_catalogue(&parse_json("[]").unwrap()).is_err());
    }
}
