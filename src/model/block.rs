//! Body blocks: the paragraphs, headings, quotes, lists and figures an article body is made of.

use super::{Image, Inline};

/// One block of an article body.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(Vec<Inline>),
    /// A heading inside the body; `level` is 2 to 6, as the headline is the article's only level 1.
    Heading {
        level: u8,
        content: Vec<Inline>,
    },
    Quote {
        content: Vec<Block>,
        /// Who is quoted, when the source says.
        citation: Option<Vec<Inline>>,
    },
    List {
        ordered: bool,
        items: Vec<ListItem>,
    },
    Figure(Box<Image>),
    /// Text whose line breaks and spacing matter (code, verse).
    Preformatted(String),
    /// A thematic break.
    Rule,
}

/// One item of a list: usually a single paragraph, sometimes several blocks or a nested list.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem(pub Vec<Block>);

impl Block {
    /// The lowest and highest heading levels allowed inside a body.
    pub const HEADING_LEVELS: std::ops::RangeInclusive<u8> = 2..=6;
}
