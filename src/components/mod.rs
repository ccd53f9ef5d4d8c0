//! Yew components: they render the content model and never parse formats themselves.

mod analytics;
mod announce;
mod app;
mod article;
mod article_body;
mod body;
mod catalogue;
mod date_text;
mod date_words;
mod error_panel;
mod error_words;
mod feed;
mod figure;
mod footnotes;
mod given;
mod inline;
mod language;
mod lightbox;
#[cfg(all(test, not(target_arch = "wasm32")))]
mod markup_tests;
mod masthead;
mod math;
mod newsletter;
mod online;
mod paywall;
mod picture;
mod players;
mod progress;
mod publishing;
mod read_aloud;
mod reader;
mod related;
mod rendering;
mod skeleton;
mod stamp;
mod table;
mod tools;
mod view;
mod words;
mod zoom;

pub use analytics::{ReadingEvent, MILESTONES};
pub use app::{App, AppProps};
pub use article::{ArticleView, ArticleViewProps};
pub use article_body::{BodyParts, BodyPartsProps};
pub use date_words::DateWords;
pub use error_words::error_words;
pub use given::Given;
pub use newsletter::SubscribeEvent;
pub use paywall::GATED_CLASS;
pub use publishing::Publishing;
pub use reader::{Reader, ReaderProps, ReaderStatus};
pub use rendering::Rendering;
pub use stamp::{digest, shape, NodeKind, ShapeNode, BUILD};
pub use view::View;
pub use words::{NumbersFor, Words};

use std::ops::Deref;
use std::rc::Rc;

/// Shared content in props, compared by identity: a new article is a new `Rc`, so comparing
/// pointers is exact and keeps a 2,000-paragraph body from being compared field by field.
#[derive(Debug)]
pub struct Shared<T>(pub Rc<T>);

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Self(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> From<T> for Shared<T> {
    fn from(value: T) -> Self {
        Self(Rc::new(value))
    }
}
