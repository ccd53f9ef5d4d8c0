//! The catalogue of the interface language: the server's when it wrote one, English built in,
//! or another language's, fetched the first time a reader on the page needs it (English until
//! it has come, and for good if it cannot come).

use yew::prelude::*;

use crate::model::Catalogue;
use crate::web::{load_catalogue, loaded_catalogue, Abort};

use super::given::Given;
use super::words::Words;
use super::Shared;

#[hook]
pub fn use_catalogue(language: &'static str, given: &Given) -> Shared<Catalogue> {
    let loaded = use_state(|| None::<Shared<Catalogue>>);
    let fixed = given.catalogue.clone();
    {
        let (loaded, folder, fixed) = (loaded.clone(), given.catalogues.clone(), fixed.is_some());
        use_effect_with(language, move |&language| {
            let abort = Abort::new();
            let wanted = !fixed && language != "en" && loaded_catalogue(language).is_none();
            if wanted && !folder.is_empty() {
                abort.ticket().spawn(
                    move |signal| async move {
                        load_catalogue(&folder, language, signal.as_ref()).await
                    },
                    move |result| match result {
                        Ok(catalogue) => loaded.set(Some(Shared(catalogue))),
                        // The reader stays in English: nothing for the reader to act on.
                        Err(error) => web_sys::console::warn_1(&format!("lede: {error}").into()),
                    },
                );
            }
            move || drop(abort)
        });
    }
    if let Some(fixed) = fixed {
        return fixed;
    }
    if language == "en" {
        return Words::english().catalogue().clone();
    }
    loaded
        .as_ref()
        .filter(|catalogue| catalogue.language == language)
        .cloned()
        .or_else(|| loaded_catalogue(language).map(Shared))
        .unwrap_or_else(|| Words::english().catalogue().clone())
}
