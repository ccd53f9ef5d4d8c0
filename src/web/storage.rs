//! What the reader's browser remembers for lede (`localStorage`): the reading settings, the
//! video providers a reader always plays on a site, and the records that `signup` keeps there
//! (the newsletter's frequency cap, the outbox of sign-ups).
//!
//! Storage goes through `web_sys`'s fallible getters rather than gloo-storage's `raw()`, which
//! throws when storage is unavailable (cookies blocked, sandboxed frames): a reader without
//! storage must still work, only forgetting more.

use js_sys::{Array, Object, Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::Storage;

fn storage() -> Option<Storage> {
    web_sys::window()?.local_storage().ok()?
}

pub fn read(key: &str) -> Option<String> {
    storage()?.get_item(key).ok()?
}

pub fn write(key: &str, value: &str) {
    if let Some(storage) = storage() {
        let _ = storage.set_item(key, value);
    }
}

pub fn remove(key: &str) {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(key);
    }
}

/// A JSON array of flat objects of text and booleans, as the outbox keeps its entries.
pub fn read_records(key: &str) -> Vec<Vec<(String, JsValue)>> {
    let Some(parsed) = read(key).and_then(|text| JSON::parse(&text).ok()) else {
        return Vec::new();
    };
    let Some(array) = parsed.dyn_ref::<Array>() else {
        return Vec::new();
    };
    array
        .iter()
        .filter(|item| item.is_object())
        .map(|item| {
            Object::entries(item.unchecked_ref())
                .iter()
                .filter_map(|entry| {
                    let entry: Array = entry.unchecked_into();
                    Some((entry.get(0).as_string()?, entry.get(1)))
                })
                .collect()
        })
        .collect()
}

pub fn write_records(key: &str, records: &[Vec<(&str, JsValue)>]) {
    let array = Array::new();
    for record in records {
        let object = Object::new();
        for (name, value) in record {
            let _ = Reflect::set(&object, &(*name).into(), value);
        }
        array.push(&object);
    }
    if let Ok(text) = JSON::stringify(&array) {
        write(key, &String::from(text));
    }
}

/// The reader's display settings for a site (by its configuration's address, or "built-in").
pub fn reading_settings(site: &str) -> crate::model::ReadingSettings {
    read(&format!("lede:reading:{site}"))
        .map(|text| crate::model::ReadingSettings::decode(&text))
        .unwrap_or_default()
}

pub fn save_reading_settings(site: &str, settings: &crate::model::ReadingSettings) {
    write(&format!("lede:reading:{site}"), &settings.encode());
}

fn players_key(site: &str) -> String {
    format!("lede:players:{site}")
}

/// The video providers the reader chose to always play on `site` (by its name).
pub fn remembered_players(site: &str) -> Vec<crate::model::Provider> {
    read(&players_key(site))
        .unwrap_or_default()
        .split(' ')
        .filter_map(crate::model::Provider::from_key)
        .collect()
}

/// Remembers that the reader always plays `provider`'s videos on `site`.
pub fn remember_player(site: &str, provider: crate::model::Provider) {
    let mut kept = remembered_players(site);
    if !kept.contains(&provider) {
        kept.push(provider);
        let names: Vec<&str> = kept.iter().map(|provider| provider.key()).collect();
        write(&players_key(site), &names.join(" "));
    }
}
