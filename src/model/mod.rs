//! The content model: what an article is, independent of where it came from or how it is shown.

mod article;
mod block;
mod image;
mod inline;
mod site;
mod time;

pub use article::{Article, Byline, Direction};
pub use block::{Block, ListItem};
pub use image::{Credit, Image, ImageSource};
pub use inline::{Inline, InlineStyle};
pub use site::{NewsletterTexts, Site};
pub use time::Timestamp;
