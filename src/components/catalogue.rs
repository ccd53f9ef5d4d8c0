//! The catalogue of the interface language: the server's when it wrote one, English built in,
//! or another language's, fetched the first time a reader on the page needs it (English until
//! it has come, and for good if it cannot come).

use gloo::timers::callback::Timeout;
use yew::prelude::*;

use crate::model::Catalogue;
use crate::web::{load_catalogue, loaded_catalogue, Abort};

use super::error_words::error_words;
use super::given::Given;
use super::words::Words;
use super::Shared;

/// How long the reader waits for its language's words before it shows English (and, the
/// first time, shows itself) and says it is ready: about what content takes to come, which
/// the catalogue comes beside. Words that come later still replace the English.
const WAIT_MS: u32 = 1_000;

/// The words to show now, and whether the reader waits for better ones.
#[derive(Clone, PartialEq)]
pub struct InterfaceWords {
    pub catalogue: Shared<Catalogue>,
    /// The interface language's own words are in, or the reader has stopped waiting for them
    /// (they cannot come, or are slow). Until then the reader does not call itself ready, so
    /// that a host that waits for `lede:ready` never sees English it would then lose.
    pub settled: bool,
    /// No words have been shown yet and the language's own are on their way: the reader is
    /// kept out of sight rather than shown in English for a moment.
    pub first_coming: bool,
}

#[hook]
pub fn use_catalogue(language: &'static str, given: &Given) -> InterfaceWords {
    // The language whose catalogue the reader waits for no longer: it came, could not come,
    // or took too long (it is still shown when it comes).
    let waited = use_state(|| None::<&'static str>);
    let english = || Words::english().catalogue().clone();
    // The words this render has, when they are the language's own.
    let own = given
        .catalogue
        .clone()
        .or_else(|| (language == "en").then(english))
        .or_else(|| loaded_catalogue(language).map(Shared));
    let folder = given.catalogues.clone();
    let fetched = own.is_none() && !folder.is_empty();
    // Whether any words have been settled on in this reader's life.
    let shown = use_mut_ref(|| false);
    {
        let waited = waited.clone();
        use_effect_with(language, move |&language| {
            let abort = Abort::new();
            let mut patience = None;
            if fetched {
                let arrived = waited.clone();
                abort.ticket().spawn(
                    move |signal| async move {
                        load_catalogue(&folder, language, signal.as_ref()).await
                    },
                    move |result| {
                        // The reader stays in English: nothing for the reader to act on.
                        if let Err(error) = &result {
                            web_sys::console::warn_1(
                                &format!("lede: {}", error_words(error, &Words::english())).into(),
                            );
                        }
                        arrived.set(Some(language));
                    },
                );
                patience = Some(Timeout::new(WAIT_MS, move || waited.set(Some(language))));
            }
            move || drop((abort, patience))
        });
    }
    let (catalogue, settled) = match own {
        Some(catalogue) => (catalogue, true),
        None => (english(), !fetched || *waited == Some(language)),
    };
    if settled {
        *shown.borrow_mut() = true;
    }
    let first_coming = !*shown.borrow();
    InterfaceWords {
        catalogue,
        settled,
        first_coming,
    }
}
