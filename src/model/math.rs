//! Formulas: MathML's presentation elements and attributes, each a name the model knows, so
//! that nothing else (links, styles, scripts, HTML inside annotations) has a place to be.

/// One `<math>` formula.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Math {
    /// Shown on a line of its own (`display="block"`), rather than in the run of text.
    pub block: bool,
    /// A description in words, for readers who cannot see the formula.
    pub alttext: Option<String>,
    pub content: Vec<MathNode>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum MathNode {
    Element(MathElement),
    Text(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct MathElement {
    pub name: MathName,
    pub attributes: Vec<(MathAttribute, String)>,
    pub children: Vec<MathNode>,
}

/// Defines an enum of names, with the markup name of each and the way back from it.
macro_rules! names {
    ($(#[$meta:meta])* $enum:ident { $($variant:ident = $tag:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum $enum { $($variant),* }

        impl $enum {
            /// Every name, in order (each name's position is its discriminant).
            pub const ALL: &'static [$enum] = &[$($enum::$variant),*];
            /// Every name as MathML writes it, in the same order.
            pub const TAGS: &'static [&'static str] = &[$($tag),*];

            /// The name as MathML writes it.
            pub fn tag(self) -> &'static str {
                Self::TAGS.get(self as usize).copied().unwrap_or_default()
            }

            /// The name for a markup name; `None` for one outside the allow-list. (A walk of
            /// the table: smaller in the wasm than a `match` on strings.)
            pub fn from_tag(tag: &str) -> Option<Self> {
                let at = Self::TAGS.iter().position(|known| *known == tag)?;
                Self::ALL.get(at).copied()
            }
        }
    };
}

names! {
    /// The presentation elements of MathML Core, which Chromium, Firefox and Safari draw.
    MathName {
        Identifier = "mi",
        Number = "mn",
        Operator = "mo",
        StringLiteral = "ms",
        Text = "mtext",
        Space = "mspace",
        Row = "mrow",
        Fraction = "mfrac",
        SquareRoot = "msqrt",
        Root = "mroot",
        Style = "mstyle",
        Error = "merror",
        Padded = "mpadded",
        Phantom = "mphantom",
        Subscript = "msub",
        Superscript = "msup",
        SubSuperscript = "msubsup",
        Under = "munder",
        Over = "mover",
        UnderOver = "munderover",
        Multiscripts = "mmultiscripts",
        Prescripts = "mprescripts",
        NoScript = "none",
        Table = "mtable",
        TableRow = "mtr",
        TableCell = "mtd",
        Semantics = "semantics",
        Annotation = "annotation",
    }
}

names! {
    /// Attributes that change how a formula is drawn: none is an address, a style or a handler.
    MathAttribute {
        Dir = "dir",
        DisplayStyle = "displaystyle",
        MathVariant = "mathvariant",
        ScriptLevel = "scriptlevel",
        MathSize = "mathsize",
        Form = "form",
        Fence = "fence",
        Separator = "separator",
        LeftSpace = "lspace",
        RightSpace = "rspace",
        Stretchy = "stretchy",
        Symmetric = "symmetric",
        MaxSize = "maxsize",
        MinSize = "minsize",
        LargeOperator = "largeop",
        MovableLimits = "movablelimits",
        LineThickness = "linethickness",
        Width = "width",
        Height = "height",
        Depth = "depth",
        VerticalOffset = "voffset",
        Accent = "accent",
        AccentUnder = "accentunder",
        ColumnSpan = "columnspan",
        RowSpan = "rowspan",
        ColumnAlign = "columnalign",
        RowAlign = "rowalign",
        ColumnSpacing = "columnspacing",
        RowSpacing = "rowspacing",
        Encoding = "encoding",
    }
}

impl MathName {
    /// Token elements hold text; the others hold elements.
    pub fn is_token(self) -> bool {
        matches!(
            self,
            Self::Identifier
                | Self::Number
                | Self::Operator
                | Self::StringLiteral
                | Self::Text
                | Self::Annotation
        )
    }
}

impl MathAttribute {
    /// `attributes` in the allow-list's order, the first of each name kept: parsers and JSON
    /// give attributes in whatever order, and one formula has one model.
    pub fn in_order(attributes: Vec<(MathAttribute, String)>) -> Vec<(MathAttribute, String)> {
        Self::ALL
            .iter()
            .filter_map(|name| attributes.iter().find(|(found, _)| found == name).cloned())
            .collect()
    }
}

impl Math {
    /// The formula's characters in order, as a screen reader without MathML would read them:
    /// the first child of a `semantics` only, as the browser shows only that.
    pub fn plain_text(&self) -> String {
        fn walk(nodes: &[MathNode], out: &mut String) {
            for node in nodes {
                match node {
                    MathNode::Text(text) => out.push_str(text),
                    MathNode::Element(element) if element.name == MathName::Semantics => {
                        walk(element.children.get(..1).unwrap_or_default(), out)
                    }
                    MathNode::Element(element) if element.name == MathName::Annotation => {}
                    MathNode::Element(element) => walk(&element.children, out),
                }
            }
        }
        let mut out = String::new();
        walk(&self.content, &mut out);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_name_reads_back() {
        for name in MathName::ALL {
            assert_eq!(MathName::from_tag(name.tag()), Some(*name));
        }
        for attribute in MathAttribute::ALL {
            assert_eq!(MathAttribute::from_tag(attribute.tag()), Some(*attribute));
        }
        for outside in [
            "math",
            "annotation-xml",
            "maction",
            "href",
            "style",
            "xlink:href",
        ] {
            assert_eq!(MathName::from_tag(outside), None);
            assert_eq!(MathAttribute::from_tag(outside), None);
        }
    }

    #[test]
    fn plain_text_reads_what_is_shown() {
        let token = |name, text: &str| {
            MathNode::Element(MathElement {
                name,
                attributes: Vec::new(),
                children: vec![MathNode::Text(text.into())],
            })
        };
        let math = Math {
            content: vec![MathNode::Element(MathElement {
                name: MathName::Semantics,
                attributes: Vec::new(),
                children: vec![
                    token(MathName::Identifier, "x"),
                    token(MathName::Annotation, "x^2"),
                ],
            })],
            ..Math::default()
        };
        assert_eq!(math.plain_text(), "x");
    }
}
