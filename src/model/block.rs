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
        /// Where an ordered list's numbers start and which way they run.
        numbers: ListNumbers,
        items: Vec<ListItem>,
    },
    /// Terms and what they mean (`<dl>`), in the source's order.
    Definitions(Vec<Definition>),
    Figure(Box<Image>),
    /// Several pictures shown together, as a WordPress gallery.
    Gallery(Vec<Image>),
    /// Text whose line breaks and spacing matter (code, verse); its text runs keep them.
    Preformatted(Vec<Inline>),
    /// A thematic break.
    Rule,
    Table(Table),
    /// Something the source embedded (a video, a post on a social network), shown as a link to it.
    Embed(LinkCard),
}

/// One part of a definition list.
#[derive(Debug, Clone, PartialEq)]
pub enum Definition {
    Term(Vec<Inline>),
    Details(Vec<Block>),
}

/// Tables inside table cells deeper than this are shown as their cells' content.
pub const MAX_TABLE_NESTING: usize = 4;

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
    /// What a header cell is the header of, when the source says.
    pub scope: Option<HeaderScope>,
    pub content: Vec<Block>,
    pub colspan: u16,
    pub rowspan: u16,
}

/// The cells a header cell labels (`<th scope>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeaderScope {
    Row,
    Column,
    RowGroup,
    ColumnGroup,
}

/// A link standing in for embedded content that lede does not run (players, widgets).
#[derive(Debug, Clone, PartialEq)]
pub struct LinkCard {
    pub url: String,
    /// Who hosts it ("YouTube", "Instagram", or the site's host name).
    pub provider: String,
    pub title: Option<String>,
}

/// How an ordered list is numbered when not 1, 2, 3…: from `start` (`<ol start="3">`, a list
/// continued after a paragraph), and down when `reversed` (a countdown of the year's ten best).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ListNumbers {
    pub start: Option<u32>,
    pub reversed: bool,
}

/// One item of a list: usually a single paragraph, sometimes several blocks or a nested list.
#[derive(Debug, Clone, PartialEq)]
pub struct ListItem(pub Vec<Block>);

impl HeaderScope {
    /// The value of the HTML `scope` attribute.
    pub fn as_html(self) -> &'static str {
        match self {
            Self::Row => "row",
            Self::Column => "col",
            Self::RowGroup => "rowgroup",
            Self::ColumnGroup => "colgroup",
        }
    }

    pub fn from_html(value: &str) -> Option<Self> {
        Some(match value.trim().to_ascii_lowercase().as_str() {
            "row" => Self::Row,
            "col" => Self::Column,
            "rowgroup" => Self::RowGroup,
            "colgroup" => Self::ColumnGroup,
            _ => return None,
        })
    }
}

impl Table {
    /// Whether the table says what its cells are: a table without header cells is laid out
    /// for the eye, and reads as plain content.
    pub fn has_headers(&self) -> bool {
        !self.head.is_empty()
            || self
                .rows()
                .any(|TableRow(cells)| cells.iter().any(|c| c.header))
    }

    /// Head rows, then body rows.
    pub fn rows(&self) -> impl Iterator<Item = &TableRow> {
        self.head.iter().chain(&self.body)
    }

    fn rows_mut(&mut self) -> impl Iterator<Item = &mut TableRow> {
        self.head.iter_mut().chain(&mut self.body)
    }
}

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

    /// Gives `visit` each list of blocks this block holds: a quote's, a list item's, a
    /// definition's, a table cell's. One walker for everything that looks inside containers.
    pub fn for_each_nested<'a>(&'a self, visit: &mut dyn FnMut(&'a [Block])) {
        match self {
            Block::Quote { content, .. } => visit(content),
            Block::List { items, .. } => items.iter().for_each(|item| visit(&item.0)),
            Block::Definitions(parts) => parts.iter().for_each(|part| {
                if let Definition::Details(blocks) = part {
                    visit(blocks)
                }
            }),
            Block::Table(table) => table
                .rows()
                .flat_map(|TableRow(cells)| cells)
                .for_each(|cell| visit(&cell.content)),
            Block::Paragraph(_)
            | Block::Heading { .. }
            | Block::Figure(_)
            | Block::Gallery(_)
            | Block::Preformatted(_)
            | Block::Rule
            | Block::Embed(_) => {}
        }
    }

    /// The same, to change.
    pub fn for_each_nested_mut(&mut self, visit: &mut dyn FnMut(&mut Vec<Block>)) {
        match self {
            Block::Quote { content, .. } => visit(content),
            Block::List { items, .. } => items.iter_mut().for_each(|item| visit(&mut item.0)),
            Block::Definitions(parts) => parts.iter_mut().for_each(|part| {
                if let Definition::Details(blocks) = part {
                    visit(blocks)
                }
            }),
            Block::Table(table) => table
                .rows_mut()
                .flat_map(|TableRow(cells)| cells)
                .for_each(|cell| visit(&mut cell.content)),
            Block::Paragraph(_)
            | Block::Heading { .. }
            | Block::Figure(_)
            | Block::Gallery(_)
            | Block::Preformatted(_)
            | Block::Rule
            | Block::Embed(_) => {}
        }
    }

    /// Gives `visit` the runs of inline content this block holds itself (not those of the
    /// blocks nested in it): its text, a caption, a citation, a term.
    pub fn for_each_run<'a>(&'a self, visit: &mut dyn FnMut(&'a [Inline])) {
        match self {
            Block::Paragraph(runs)
            | Block::Heading { content: runs, .. }
            | Block::Preformatted(runs) => visit(runs),
            Block::Quote { citation, .. } => citation.iter().for_each(|c| visit(c)),
            Block::Definitions(parts) => parts.iter().for_each(|part| {
                if let Definition::Term(runs) = part {
                    visit(runs)
                }
            }),
            Block::Figure(image) => visit(&image.caption),
            Block::Gallery(images) => images.iter().for_each(|image| visit(&image.caption)),
            Block::Table(table) => table.caption.iter().for_each(|c| visit(c)),
            Block::Rule | Block::Embed(_) | Block::List { .. } => {}
        }
    }

    /// Gives `visit` the running text of `blocks`, a block at a time in reading order:
    /// paragraphs, headings and preformatted text, also inside quotes (with their citations),
    /// lists, definition lists and tables (with their captions). Search and the reading time
    /// both count what this gives, so a word a reader can read is one they can find.
    pub fn each_text(blocks: &[Block], visit: &mut dyn FnMut(&str)) {
        for block in blocks {
            match block {
                Block::Paragraph(runs)
                | Block::Heading { content: runs, .. }
                | Block::Preformatted(runs) => visit(&Inline::plain_text(runs)),
                Block::Quote { content, citation } => {
                    Self::each_text(content, visit);
                    if let Some(citation) = citation {
                        visit(&Inline::plain_text(citation));
                    }
                }
                Block::Definitions(parts) => {
                    for part in parts {
                        match part {
                            Definition::Term(runs) => visit(&Inline::plain_text(runs)),
                            Definition::Details(blocks) => Self::each_text(blocks, visit),
                        }
                    }
                }
                Block::Table(table) => {
                    if let Some(caption) = &table.caption {
                        visit(&Inline::plain_text(caption));
                    }
                    block.for_each_nested(&mut |cell| Self::each_text(cell, visit));
                }
                Block::List { .. } => {
                    block.for_each_nested(&mut |item| Self::each_text(item, visit));
                }
                Block::Figure(_) | Block::Gallery(_) | Block::Rule | Block::Embed(_) => {}
            }
        }
    }

    /// Gives `visit` every picture of `blocks` in reading order, wherever the model can hold
    /// one: figures, galleries, pictures in the text and in captions, inside every container.
    pub fn each_image<'a>(blocks: &'a [Block], visit: &mut dyn FnMut(&'a Image)) {
        for block in blocks {
            match block {
                Block::Figure(image) => visit(image),
                Block::Gallery(images) => images.iter().for_each(&mut *visit),
                _ => {}
            }
            block.for_each_run(&mut |runs| Inline::each_image(runs, visit));
            block.for_each_nested(&mut |nested| Self::each_image(nested, visit));
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
                numbers: ListNumbers::default(),
                items: vec![ListItem(vec![
                    paragraph("four"),
                    Block::List {
                        ordered: true,
                        numbers: ListNumbers::default(),
                        items: vec![ListItem(vec![paragraph("five")])],
                    },
                ])],
            },
            Block::Rule,
            Block::Preformatted(vec![Inline::text("six")]),
            Block::Table(Table {
                caption: Some(vec![Inline::text("seven")]),
                head: Vec::new(),
                body: vec![TableRow(vec![cell(vec![paragraph("eight")])])],
            }),
            Block::Definitions(vec![
                Definition::Term(vec![Inline::text("nine")]),
                Definition::Details(vec![paragraph("ten")]),
            ]),
        ];
        let mut texts = Vec::new();
        Block::each_text(&body, &mut |text| texts.push(text.to_owned()));
        assert_eq!(
            texts,
            ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
        );
    }

    fn cell(content: Vec<Block>) -> TableCell {
        TableCell {
            header: false,
            scope: None,
            content,
            colspan: 1,
            rowspan: 1,
        }
    }

    #[test]
    fn pictures_are_found_in_every_container() {
        let image = |src: &str| Image {
            src: src.into(),
            ..Image::default()
        };
        let figure = |src: &str| Block::Figure(Box::new(image(src)));
        let body = [
            figure("a"),
            Block::List {
                ordered: false,
                numbers: ListNumbers::default(),
                items: vec![ListItem(vec![figure("b")])],
            },
            Block::Table(Table {
                caption: None,
                head: Vec::new(),
                body: vec![TableRow(vec![cell(vec![
                    figure("c"),
                    Block::Table(Table {
                        body: vec![TableRow(vec![cell(vec![Block::Paragraph(vec![
                            Inline::web_link(
                                "https://x.example/",
                                vec![Inline::Image(Box::new(image("d")))],
                            ),
                        ])])])],
                        ..Table::default()
                    }),
                ])])],
            }),
            Block::Definitions(vec![Definition::Details(vec![Block::Gallery(vec![
                image("e"),
            ])])]),
            Block::Heading {
                level: 2,
                content: vec![Inline::Image(Box::new(image("f")))],
            },
        ];
        let mut found = Vec::new();
        Block::each_image(&body, &mut |image| found.push(image.src.clone()));
        assert_eq!(found, ["a", "b", "c", "d", "e", "f"]);
    }
}
