//! Typed reads of JSON fields that remember their path, so an error can name the field at fault.

use serde_json::{Map, Value};

use super::ContentError;

/// A JSON value found at `path` (such as `hero.credit` or `body[3].text`), possibly absent.
#[derive(Debug, Clone)]
pub struct Field<'a> {
    value: Option<&'a Value>,
    path: String,
}

impl<'a> Field<'a> {
    /// The document itself.
    pub fn root(value: &'a Value) -> Self {
        Self {
            value: Some(value),
            path: String::new(),
        }
    }

    /// The raw value; `null` counts as absent.
    pub fn value(&self) -> Option<&'a Value> {
        self.value.filter(|value| !value.is_null())
    }

    pub fn is_present(&self) -> bool {
        self.value().is_some()
    }

    /// The member `key` of this object; absent when this is not an object.
    pub fn get(&self, key: &str) -> Field<'a> {
        Field {
            value: self
                .value()
                .and_then(Value::as_object)
                .and_then(|map| map.get(key)),
            path: if self.path.is_empty() {
                key.to_owned()
            } else {
                format!("{}.{key}", self.path)
            },
        }
    }

    /// The first of `keys` that is present, for fields that sources name in several ways.
    pub fn first_of(&self, keys: &[&str]) -> Field<'a> {
        keys.iter()
            .map(|key| self.get(key))
            .find(Field::is_present)
            .unwrap_or_else(|| self.get(keys.first().copied().unwrap_or_default()))
    }

    pub fn missing(&self) -> ContentError {
        ContentError::Missing {
            field: self.path.clone(),
        }
    }

    pub fn wrong_type(&self, expected: &'static str) -> ContentError {
        ContentError::WrongType {
            field: self.path.clone(),
            expected,
            found: self.value.map_or("missing", describe),
        }
    }

    pub fn bad_value(&self, expected: &'static str, value: &str) -> ContentError {
        ContentError::bad_value(self.path.clone(), expected, value)
    }

    /// Text, trimmed; blank text counts as absent.
    pub fn text(&self) -> Result<Option<&'a str>, ContentError> {
        match self.value() {
            None => Ok(None),
            Some(Value::String(text)) => Ok(Some(text.trim()).filter(|text| !text.is_empty())),
            Some(_) => Err(self.wrong_type("text")),
        }
    }

    pub fn required_text(&self) -> Result<&'a str, ContentError> {
        self.text()?.ok_or_else(|| self.missing())
    }

    /// A whole number in `u32`, also accepted when written as text ("1200").
    pub fn count(&self) -> Result<Option<u32>, ContentError> {
        let number = match self.value() {
            None => return Ok(None),
            Some(Value::Number(number)) => number.as_u64(),
            Some(Value::String(text)) => text.trim().parse().ok(),
            Some(_) => return Err(self.wrong_type("a whole number")),
        };
        number
            .and_then(|n| u32::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| self.wrong_type("a whole number"))
    }

    pub fn flag(&self) -> Result<Option<bool>, ContentError> {
        match self.value() {
            None => Ok(None),
            Some(Value::Bool(flag)) => Ok(Some(*flag)),
            Some(_) => Err(self.wrong_type("true or false")),
        }
    }

    /// The object's members, when this is an object.
    pub fn object(&self) -> Result<Option<&'a Map<String, Value>>, ContentError> {
        match self.value() {
            None => Ok(None),
            Some(Value::Object(map)) => Ok(Some(map)),
            Some(_) => Err(self.wrong_type("an object")),
        }
    }

    /// The elements of an array, each with its own path; absent gives none.
    pub fn items(&self) -> Result<Vec<Field<'a>>, ContentError> {
        match self.value() {
            None => Ok(Vec::new()),
            Some(Value::Array(values)) => Ok(values
                .iter()
                .enumerate()
                .map(|(index, value)| Field {
                    value: Some(value),
                    path: format!("{}[{index}]", self.path),
                })
                .collect()),
            Some(_) => Err(self.wrong_type("a list")),
        }
    }
}

impl<'a> Field<'a> {
    /// The elements of an array, or this one value alone: for fields that are "one or many".
    pub fn one_or_many(&self) -> Vec<Field<'a>> {
        match self.value() {
            Some(Value::Array(_)) => self.items().unwrap_or_default(),
            Some(_) => vec![self.clone()],
            None => Vec::new(),
        }
    }
}

/// How a value looks to someone who expected something else ("a number", "a list").
pub fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn paths_name_nested_fields() {
        let doc = json!({"hero": {"credit": 3}, "body": ["a", {"text": []}]});
        let root = Field::root(&doc);
        let items = root.get("body").items().unwrap();
        assert_eq!(
            items[1].get("text").text(),
            Err(ContentError::WrongType {
                field: "body[1].text".into(),
                expected: "text",
                found: "a list"
            })
        );
        assert_eq!(
            root.get("hero").get("credit").text(),
            Err(ContentError::WrongType {
                field: "hero.credit".into(),
                expected: "text",
                found: "a number"
            })
        );
    }

    #[test]
    fn null_and_blank_text_count_as_absent() {
        let doc = json!({"a": null, "b": "  ", "c": " x "});
        let root = Field::root(&doc);
        assert_eq!(root.get("a").text(), Ok(None));
        assert_eq!(root.get("b").text(), Ok(None));
        assert_eq!(root.get("c").text(), Ok(Some("x")));
        assert_eq!(
            root.get("b").required_text(),
            Err(ContentError::Missing { field: "b".into() })
        );
    }

    #[test]
    fn counts_accept_numbers_and_numeric_text_only() {
        let doc = json!({"a": 1200, "b": "640", "c": -1, "d": 1.5, "e": "wide", "f": 1e12});
        let root = Field::root(&doc);
        assert_eq!(root.get("a").count(), Ok(Some(1200)));
        assert_eq!(root.get("b").count(), Ok(Some(640)));
        for key in ["c", "d", "e", "f"] {
            assert!(root.get(key).count().is_err(), "{key}");
        }
    }
}
