//! lede's words in the interface language, for every component, through a context (as the
//! rendering is): the chosen catalogue, the site's own wording, and the language's rules for
//! numbers, given by the browser (`Intl`) or by the renderer (ICU4X).

use std::rc::Rc;

use yew::prelude::*;

use crate::model::{format, Arg, Catalogue, EnglishNumbers, Message, Numbers};

use super::Shared;

/// The rules for numbers in a language, as whoever renders has them.
#[derive(Clone, Copy)]
pub struct NumbersFor(pub fn(&str) -> Rc<dyn Numbers>);

impl Default for NumbersFor {
    fn default() -> Self {
        Self(|_| Rc::new(EnglishNumbers))
    }
}

impl PartialEq for NumbersFor {
    /// One renderer has one way to get them: nothing to tell apart.
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl std::fmt::Debug for NumbersFor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NumbersFor")
    }
}

/// What lede says, and in which language.
#[derive(Clone)]
pub struct Words {
    catalogue: Shared<Catalogue>,
    site: Shared<Vec<(Message, String)>>,
    numbers: Rc<dyn Numbers>,
}

impl PartialEq for Words {
    fn eq(&self, other: &Self) -> bool {
        self.catalogue == other.catalogue
            && self.site == other.site
            && std::ptr::addr_eq(Rc::as_ptr(&self.numbers), Rc::as_ptr(&other.numbers))
    }
}

thread_local! {
    static ENGLISH: Words = Words::new(
        Shared::from(Catalogue::default()),
        Shared::from(Vec::new()),
        Rc::new(EnglishNumbers),
    );
}

impl Words {
    pub fn new(
        catalogue: Shared<Catalogue>,
        site: Shared<Vec<(Message, String)>>,
        numbers: Rc<dyn Numbers>,
    ) -> Self {
        Self {
            catalogue,
            site,
            numbers,
        }
    }

    /// English as lede has it built in.
    pub fn english() -> Self {
        ENGLISH.with(Words::clone)
    }

    /// A message without placeables.
    pub fn say(&self, message: Message) -> String {
        self.with(message, &[])
    }

    /// A message with its placeables' values: the site's wording, else the language's, else
    /// English.
    pub fn with(&self, message: Message, args: &[(&str, Arg<'_>)]) -> String {
        let pattern = self
            .site
            .iter()
            .find(|(own, _)| *own == message)
            .map_or_else(|| self.catalogue.pattern(message), |(_, pattern)| pattern);
        format(pattern, args, &*self.numbers)
    }

    /// A count, as the language writes it.
    pub fn number(&self, n: u64) -> String {
        self.numbers.write(n)
    }

    /// The interface language's tag, for `lang`.
    pub fn language(&self) -> AttrValue {
        AttrValue::from(self.catalogue.language.clone())
    }

    /// The interface's direction, for `dir`.
    pub fn direction(&self) -> &'static str {
        self.catalogue.direction.as_html()
    }

    pub fn catalogue(&self) -> &Shared<Catalogue> {
        &self.catalogue
    }
}

/// The words of the widget this component is in.
#[hook]
pub fn use_words() -> Words {
    use_context::<Words>().unwrap_or_else(Words::english)
}
