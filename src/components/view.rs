//! What is being read: an article or a list, and the article open from a list; and where that
//! view lives in the standalone page's address (`?src=…&item=…`).

use yew::AttrValue;

use crate::model::query_string;

/// A view of the reader, as the app keeps it and the masthead asks for it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct View {
    pub src: Option<AttrValue>,
    pub item: Option<usize>,
}

impl View {
    /// The standalone page's address for this view: `query` (the page's own query string,
    /// with or without its `?`) with `src` and `item` set or removed and its other
    /// parameters (`site`, `theme`) kept.
    pub fn address(&self, query: &str) -> String {
        let item = self.item.map(|item| item.to_string());
        // As `URLSearchParams.set`: a parameter already there keeps its place, once.
        let mut wanted = [("src", self.src.as_deref()), ("item", item.as_deref())];
        let mut pairs = Vec::new();
        for (key, value) in query_string::parse(query) {
            match wanted.iter_mut().find(|(name, _)| *name == key) {
                Some((_, wanted)) => {
                    if let Some(value) = wanted.take() {
                        pairs.push((key, value.to_owned()));
                    }
                }
                None => pairs.push((key, value)),
            }
        }
        for (name, value) in wanted {
            if let Some(value) = value {
                pairs.push((name.to_owned(), value.to_owned()));
            }
        }
        format!("?{}", query_string::serialize(&pairs))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(src: Option<&str>, item: Option<usize>) -> View {
        View {
            src: src.map(|src| AttrValue::from(src.to_owned())),
            item,
        }
    }

    #[test]
    fn the_address_keeps_the_page_s_other_parameters() {
        assert_eq!(
            view(Some("feeds/politics.json"), None).address("?site=a%20b.json&src=old&item=2"),
            "?site=a+b.json&src=feeds%2Fpolitics.json"
        );
        assert_eq!(
            view(Some("b"), Some(1)).address("?item=9&src=a&src=z&theme=dark"),
            "?item=1&src=b&theme=dark",
            "as URLSearchParams.set: in place, once"
        );
        assert_eq!(
            view(Some("/f.json"), Some(3)).address(""),
            "?src=%2Ff.json&item=3"
        );
        assert_eq!(view(None, None).address("?src=x&theme=dark"), "?theme=dark");
    }

    #[test]
    fn odd_queries_do_not_break_it() {
        assert_eq!(view(None, None).address("?%zz=%&&=x"), "?%25zz=%25&=x");
        assert_eq!(view(Some("é ü"), None).address("?"), "?src=%C3%A9+%C3%BC");
    }
}
