//! The content model: what an article is, independent of where it came from or how it is shown.

mod article;
mod block;
mod content;
mod image;
mod inline;
mod site;
mod time;

pub use article::{Article, Byline, Direction};
pub use block::{Block, LinkCard, ListItem, Table, TableCell, TableRow};
pub use content::{Content, Feed};
pub use image::{Credit, Image, ImageSource};
pub use inline::{Inline, InlineStyle};
pub use site::{NewsletterTexts, Site};
pub use time::Timestamp;
