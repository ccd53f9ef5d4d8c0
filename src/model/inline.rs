//! Inline content: text with emphasis, links, pictures, formulas and line breaks, as it runs
//! inside a block.

use super::{Direction, Image, Math};

/// A run of inline content.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Styled {
        style: InlineStyle,
        content: Vec<Inline>,
    },
    Link {
        target: LinkTarget,
        content: Vec<Inline>,
    },
    /// An abbreviation, with its expansion when the source gives one (`<abbr title>`).
    Abbreviation {
        title: Option<String>,
        content: Vec<Inline>,
    },
    /// A date or time in words, with the machine-readable one when the source gives it.
    Time {
        datetime: Option<String>,
        content: Vec<Inline>,
    },
    /// Words in another language or direction than those around them (`<span lang="fr">`,
    /// `<bdi>`, a paragraph marked `lang="ar" dir="rtl"`): a screen reader speaks them in their
    /// language's voice, and a name in Arabic script inside English text keeps its place and its
    /// punctuation. Without a direction, the words' own script decides it.
    Language {
        tag: Option<String>,
        direction: Option<Direction>,
        content: Vec<Inline>,
    },
    /// Text with its reading above it (`<ruby>`: Japanese furigana, Chinese pinyin). Its
    /// plain text is the base alone, as a reader reads it.
    Ruby {
        base: Vec<Inline>,
        reading: String,
    },
    /// A picture in the run of text: an icon, a flag, a thumbnail inside a heading or a link.
    Image(Box<Image>),
    /// A formula, in MathML's presentation elements.
    Math(Box<Math>),
    /// A place in the article that an in-page link goes to (a footnote, a section).
    Target(String),
    LineBreak,
}

/// Where a link goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkTarget {
    /// An address already checked and made absolute by the adapter (http, https or mailto).
    Web(String),
    /// The [`Inline::Target`] of this id in the same article.
    InPage(String),
}

/// How a styled run is marked up; each maps to one HTML phrasing element.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InlineStyle {
    Emphasis,
    Strong,
    Code,
    Underline,
    Strikethrough,
    Small,
    Subscript,
    Superscript,
    Highlight,
    /// A quotation in the text, which the browser puts in the language's quotation marks.
    Quotation,
    /// The title of a work.
    Citation,
    /// What a reader types.
    Keyboard,
    /// A variable, in mathematics or code.
    Variable,
    /// What a program prints.
    Sample,
    /// Removed from the text, as an edit shows.
    Deleted,
    /// Added to the text, as an edit shows.
    Inserted,
}

impl Inline {
    /// Plain text wrapped as inline content.
    pub fn text(text: impl Into<String>) -> Self {
        Self::Text(text.into())
    }

    /// A link to a web address that the adapter has checked.
    pub fn web_link(href: impl Into<String>, content: Vec<Inline>) -> Self {
        Self::Link {
            target: LinkTarget::Web(href.into()),
            content,
        }
    }

    /// The text a reader would see, without markup: for accessible names and search.
    pub fn plain_text(content: &[Inline]) -> String {
        let mut out = String::new();
        for inline in content {
            inline.push_plain_text(&mut out);
        }
        out
    }

    /// The inline content this run holds, if any.
    pub fn content(&self) -> &[Inline] {
        match self {
            Self::Styled { content, .. }
            | Self::Link { content, .. }
            | Self::Abbreviation { content, .. }
            | Self::Time { content, .. }
            | Self::Language { content, .. }
            | Self::Ruby { base: content, .. } => content,
            Self::Text(_) | Self::Image(_) | Self::Math(_) | Self::Target(_) | Self::LineBreak => {
                &[]
            }
        }
    }

    /// The same, to change.
    pub fn content_mut(&mut self) -> Option<&mut Vec<Inline>> {
        match self {
            Self::Styled { content, .. }
            | Self::Link { content, .. }
            | Self::Abbreviation { content, .. }
            | Self::Time { content, .. }
            | Self::Language { content, .. }
            | Self::Ruby { base: content, .. } => Some(content),
            Self::Text(_) | Self::Image(_) | Self::Math(_) | Self::Target(_) | Self::LineBreak => {
                None
            }
        }
    }

    /// `base` with `reading` over it, as runs: a ruby with no reading, or over nothing, is its
    /// base alone.
    pub fn ruby(base: Vec<Inline>, reading: &str) -> Vec<Inline> {
        let reading = reading.trim();
        if reading.is_empty() || Self::plain_text(&base).trim().is_empty() {
            return base;
        }
        vec![Self::Ruby {
            base,
            reading: reading.to_owned(),
        }]
    }

    /// Adds `run` at the end of `runs`, as one text with a text that ends them.
    pub fn push_joined(runs: &mut Vec<Inline>, run: Inline) {
        match (runs.last_mut(), run) {
            (Some(Self::Text(previous)), Self::Text(text)) => previous.push_str(&text),
            (_, run) => runs.push(run),
        }
    }

    /// Gives `visit` every picture in `runs`, however deeply styled or linked.
    pub fn each_image<'a>(runs: &'a [Inline], visit: &mut dyn FnMut(&'a Image)) {
        for run in runs {
            match run {
                Self::Image(image) => visit(image),
                other => Self::each_image(other.content(), visit),
            }
        }
    }

    fn push_plain_text(&self, out: &mut String) {
        match self {
            Self::Text(text) => out.push_str(text),
            Self::Math(math) => out.push_str(&math.plain_text()),
            Self::LineBreak => out.push('\n'),
            other => other
                .content()
                .iter()
                .for_each(|inline| inline.push_plain_text(out)),
        }
    }
}

impl InlineStyle {
    /// The HTML element that carries this style.
    pub fn tag(self) -> &'static str {
        match self {
            Self::Emphasis => "em",
            Self::Strong => "strong",
            Self::Code => "code",
            Self::Underline => "u",
            Self::Strikethrough => "s",
            Self::Small => "small",
            Self::Subscript => "sub",
            Self::Superscript => "sup",
            Self::Highlight => "mark",
            Self::Quotation => "q",
            Self::Citation => "cite",
            Self::Keyboard => "kbd",
            Self::Variable => "var",
            Self::Sample => "samp",
            Self::Deleted => "del",
            Self::Inserted => "ins",
        }
    }
}
