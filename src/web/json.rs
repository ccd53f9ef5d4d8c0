//! JSON text to a `serde_json::Value` through the browser's own `JSON.parse`: native speed, and
//! no JSON parser (with its number tables) compiled into the widget.

use js_sys::{Array, Object, JSON};
use serde_json::{Map, Number, Value};
use wasm_bindgen::{JsCast, JsValue};

use crate::formats::{ContentError, MAX_DEPTH};

/// Parses `text` as JSON; a leading byte-order mark is skipped.
pub fn parse_json(text: &str) -> Result<Value, ContentError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let parsed = JSON::parse(text).map_err(|error| {
        let message = error
            .dyn_ref::<js_sys::Error>()
            .map(|error| String::from(error.message()))
            .unwrap_or_else(|| "the browser could not parse it".into());
        ContentError::not_json(text, message)
    })?;
    to_value(&parsed, 0)
}

fn to_value(js: &JsValue, depth: usize) -> Result<Value, ContentError> {
    if depth > MAX_DEPTH {
        return Err(ContentError::TooDeep);
    }
    if let Some(flag) = js.as_bool() {
        return Ok(Value::Bool(flag));
    }
    if let Some(number) = js.as_f64() {
        return Ok(Value::Number(to_number(number)));
    }
    if let Some(text) = js.as_string() {
        return Ok(Value::String(text));
    }
    if let Some(array) = js.dyn_ref::<Array>() {
        return array
            .iter()
            .map(|item| to_value(&item, depth + 1))
            .collect::<Result<_, _>>()
            .map(Value::Array);
    }
    if js.is_object() {
        let mut map = Map::new();
        for entry in Object::entries(js.unchecked_ref::<Object>()).iter() {
            let entry: Array = entry.unchecked_into();
            let key = entry.get(0).as_string().unwrap_or_default();
            map.insert(key, to_value(&entry.get(1), depth + 1)?);
        }
        return Ok(Value::Object(map));
    }
    Ok(Value::Null)
}

/// Whole numbers stay whole (so counts read as integers); JSON numbers are always finite.
fn to_number(number: f64) -> Number {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    if number.fract() == 0.0 && number.abs() <= EXACT {
        if number >= 0.0 {
            return Number::from(number as u64);
        }
        return Number::from(number as i64);
    }
    Number::from_f64(number).unwrap_or_else(|| Number::from(0))
}
