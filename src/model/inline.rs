//! Inline content: text with emphasis, links and line breaks, as it runs inside a block.

/// A run of inline content.
#[derive(Debug, Clone, PartialEq)]
pub enum Inline {
    Text(String),
    Styled {
        style: InlineStyle,
        content: Vec<Inline>,
    },
    /// A link whose `href` has already been checked and made absolute by the adapter.
    Link {
        href: String,
        content: Vec<Inline>,
    },
    LineBreak,
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
}

impl Inline {
    /// Plain text wrapped as inline content.
    pub fn text(text: impl Into<String>) -> Self {
        Self::Text(text.into())
    }

    /// The text a reader would see, without markup: for accessible names and search.
    pub fn plain_text(content: &[Inline]) -> String {
        let mut out = String::new();
        for inline in content {
            inline.push_plain_text(&mut out);
        }
        out
    }

    fn push_plain_text(&self, out: &mut String) {
        match self {
            Self::Text(text) => out.push_str(text),
            Self::Styled { content, .. } | Self::Link { content, .. } => content
                .iter()
                .for_each(|inline| inline.push_plain_text(out)),
            Self::LineBreak => out.push('\n'),
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
        }
    }
}
