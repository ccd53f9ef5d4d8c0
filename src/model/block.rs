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
    /// Several pictures shown together, as a WordPress gallery.
    Gallery(Vec<Image>),
    /// Text whose line breaks and spacing matter (code, verse).
    Preformatted(String),
    /// A thematic break.
    Rule,
    Table(Table),
    /// Something the source embedded (a video, a post on a social network), shown as a link to it.
    Embed(LinkCard),
}

/// A table: an optional caption, header rows and body rows.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Table {
    pub caption: Option<Vec<Inline>>,
    pub head: Vec<TableRow>,
    pub body: Vec<TableRow>,
}

#[derive(Debug, Clone, PartialEq, Default)]
pub struct TableRow(pub Vec<TableCell>);

#[derive(Debug, Clone, PartialEq)]
pub struct TableCell {
    /// A header cell (`<th>`) rather than a data cell.
    pub header: bool,
    pub content: Vec<Inline>,
    pub colspan: u16,
    pub rowspan: u16,
}

/// A link standing in for embedded content that lede does not run (players, widgets).
#[derive(Debug, Clone, PartialEq)]
pub struct LinkCard {
    pub url: String,
    /// Who hosts it ("YouTube", "Instagram", or the site's host name).
    pub provider: String,
    pub title: Option<String>,
}

/// One item of a list: usually a single paragraph, sometimes several blocks or a nested list.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem(pub Vec<Block>);

impl Block {
    /// The lowest and highest heading levels allowed inside a body.
    pub const HEADING_LEVELS: std::ops::RangeInclusive<u8> = 2..=6;

    /// The text of the first paragraph of `blocks`: how the article opens.
    pub fn opening_text(blocks: &[Block]) -> Option<String> {
        blocks.iter().find_map(|block| match block {
            Block::Paragraph(runs) => Some(Inline::plain_text(runs)),
            _ => None,
        })
    }

    /// Gives `visit` the running text of `blocks`, a block at a time in reading order:
    /// paragraphs, headings and preformatted text, also inside quotes (with their citations)
    /// and lists. Search and the reading time both count what this gives, so a word a reader
    /// can read is one they can find.
    pub fn each_text(blocks: &[Block], visit: &mut dyn FnMut(&str)) {
        for block in blocks {
            match block {
                Block::Paragraph(runs) | Block::Heading { content: runs, .. } => {
                    visit(&Inline::plain_text(runs));
                }
                Block::Quote { content, citation } => {
                    Self::each_text(content, visit);
                    if let Some(citation) = citation {
                        visit(&Inline::plain_text(citation));
                    }
                }
                Block::List { items, .. } => {
                    for item in items {
                        Self::each_text(&item.0, visit);
                    }
                }
                Block::Preformatted(text) => visit(text),
                Block::Figure(_)
                | Block::Gallery(_)
                | Block::Rule
                | Block::Table(_)
                | Block::Embed(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_found_inside_quotes_and_lists() {
        let paragraph = |text: &str| Block::Paragraph(vec![Inline::text(text)]);
        let body = [
            paragraph("one"),
            Block::Quote {
                content: vec![paragraph("two")],
                citation: Some(vec![Inline::text("three")]),
            },
            Block::List {
                ordered: false,
                items: vec![ListItem(vec![
                    paragraph("four"),
                    Block::List {
                        ordered: true,
                        items: vec![ListItem(vec![paragraph("five")])],
                    },
                ])],
            },
            Block::Rule,
            Block::Preformatted("six".into()),
        ];
        let mut texts = Vec::new();
        Block::each_text(&body, &mut |text| texts.push(text.to_owned()));
        assert_eq!(texts, ["one", "two", "three", "four", "five", "six"]);
    }
}
