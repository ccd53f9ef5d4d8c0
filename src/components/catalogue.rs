//! The catalogue of the interface language: the server's when it wrote one, English built in,
//! or another language's, fetched the first time a reader on the page needs it (English until
//! it has come, and for good if it cannot come).

use yew::prelude::*;

use crate::model::Catalogue;
use crate::web::{load_catalogue, loaded_catalogue, Abort};

use super::given::Given;
use super::words::Words;
use super::Shared;

/// The words to show now, and whether they are the interface language's last word: its own
/// catalogue, or English because its own cannot come. Until then the reader does not call
/// itself ready, so a host that waits for `lede:ready` never sees English it would then lose.
#[derive(Clone, PartialEq)]
pub struct InterfaceWords {
    pub catalogue: Shared<Catalogue>,
    pub settled: bool,
}

#[hook]
pub fn use_catalogue(language: &'static str, given: &Given) -> InterfaceWords {
    // The language whose catalogue last came (`true`) or could not come (`false`).
    let arrived = use_state(|| None::<(&'static str, bool)>);
    let fixed = given.catalogue.clone();
    let folder = given.catalogues.clone();
    let wanted = fixed.is_none() && language != "en" && loaded_catalogue(language).is_none();
    {
        let (arrived, folder) = (arrived.clone(), folder.clone());
        use_effect_with(language, move |&language| {
            let abort = Abort::new();
            if wanted && !folder.is_empty() {
                abort.ticket().spawn(
                    move |signal| async move {
                        load_catalogue(&folder, language, signal.as_ref()).await
                    },
                    move |result| {
                        // The reader stays in English: nothing for the reader to act on.
                        if let Err(error) = &result {
                            web_sys::console::warn_1(&format!("lede: {error}").into());
                        }
                        arrived.set(Some((language, result.is_ok())));
                    },
                );
            }
            move || drop(abort)
        });
    }
    let english = || Words::english().catalogue().clone();
    if let Some(catalogue) = fixed {
        return InterfaceWords {
            catalogue,
            settled: true,
        };
    }
    if language == "en" {
        return InterfaceWords {
            catalogue: english(),
            settled: true,
        };
    }
    if let Some(catalogue) = loaded_catalogue(language) {
        return InterfaceWords {
            catalogue: Shared(catalogue),
            settled: true,
        };
    }
    let failed = *arrived == Some((language, false));
    InterfaceWords {
        catalogue: english(),
        // Nowhere to fetch it from is as final as a failed fetch.
        settled: failed || folder.is_empty(),
    }
}
