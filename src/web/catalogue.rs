//! Catalogues of lede's words in other languages, fetched from beside `lede.js` only when a
//! reader needs one, and once a page however many readers use it.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::AbortSignal;

use super::fetch_text;
use crate::formats::parse_json;
use crate::formats::{read_catalogue, within_size, ContentError};
use crate::load::{LoadError, TIME_LIMIT};
use crate::model::Catalogue;

thread_local! {
    static LOADED: RefCell<Vec<Rc<Catalogue>>> = const { RefCell::new(Vec::new()) };
}

/// The catalogue of `language`, if this page has loaded it.
pub fn loaded_catalogue(language: &str) -> Option<Rc<Catalogue>> {
    LOADED.with(|loaded| {
        loaded
            .borrow()
            .iter()
            .find(|catalogue| catalogue.language == language)
            .cloned()
    })
}

/// Loads `folder` + `<language>.json` (the folder's address ends in `/`).
pub async fn load_catalogue(
    folder: &str,
    language: &str,
    signal: Option<&AbortSignal>,
) -> Result<Rc<Catalogue>, LoadError> {
    if let Some(catalogue) = loaded_catalogue(language) {
        return Ok(catalogue);
    }
    let url = format!("{folder}{language}.json");
    let failed = |source: ContentError| LoadError::Content {
        what: "catalogue",
        url: url.clone(),
        source,
    };
    let text = fetch_text(&url, signal, TIME_LIMIT)
        .await
        .map_err(|error| LoadError::from_fetch("catalogue", &url, String::new(), error, true))?;
    let catalogue = within_size(&text)
        .and_then(parse_json)
        .and_then(|value| read_catalogue(&value))
        .map_err(failed)?;
    let catalogue = Rc::new(catalogue);
    LOADED.with(|loaded| loaded.borrow_mut().push(Rc::clone(&catalogue)));
    Ok(catalogue)
}
