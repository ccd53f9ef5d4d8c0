//! Dates written by the browser's `Intl`, after the first paint: the first use of `Intl` in a
//! page loads its locale data (15–30 ms), which must not hold back the headline. The `<time>`
//! carries its machine-readable `datetime` from the start; the words follow a frame later. A
//! server's words (see [`DateWords`]) stand until then.

use yew::prelude::*;

use super::date_words::DateWords;
use crate::model::Timestamp;
use crate::web::{after_paint, format_date, relative_time};

#[derive(Properties, PartialEq)]
pub struct DateTextProps {
    pub stamp: Timestamp,
    #[prop_or_default]
    pub language: Option<AttrValue>,
    /// "3 days ago" rather than the date.
    #[prop_or_default]
    pub relative: bool,
}

#[component]
pub fn DateText(props: &DateTextProps) -> Html {
    let server_words = use_context::<DateWords>().unwrap_or_default();
    let words = use_state(|| {
        server_words
            .get(props.stamp.iso(), props.language.as_deref())
            .unwrap_or_default()
            .to_owned()
    });
    {
        let words = words.clone();
        use_effect_with(
            (props.stamp.clone(), props.language.clone(), props.relative),
            move |(stamp, language, relative)| {
                let (stamp, language, relative) = (stamp.clone(), language.clone(), *relative);
                after_paint(move || {
                    let language = language.as_deref();
                    words.set(if relative {
                        relative_time(&stamp, language)
                    } else {
                        format_date(&stamp, language)
                    });
                });
            },
        );
    }
    // Until the words come, a no-break space holds the line, so nothing shifts when they do.
    let shown = if words.is_empty() {
        "\u{a0}".to_owned()
    } else {
        (*words).clone()
    };
    html! { <time datetime={props.stamp.iso().to_owned()}>{ shown }</time> }
}
