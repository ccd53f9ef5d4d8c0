//! The parsed HTML that adapters read: elements, attributes and text, nothing live.

/// A node of parsed HTML. Comments, processing instructions and the like are left out by the
/// parser that builds the tree.
#[derive(Debug, Clone, PartialEq)]
pub enum Node {
    Element(Element),
    Text(String),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Element {
    /// The lower-case local name ("p", "img").
    pub name: String,
    /// Whether the element is outside the HTML namespace (SVG, MathML): such elements are
    /// never rendered, whatever their name.
    pub foreign: bool,
    pub attributes: Vec<(String, String)>,
    pub children: Vec<Node>,
}

impl Element {
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attributes
            .iter()
            .find(|(key, _)| key.eq_ignore_ascii_case(name))
            .map(|(_, value)| value.as_str())
    }

    pub fn has_class(&self, class: &str) -> bool {
        self.attr("class")
            .is_some_and(|classes| classes.split_ascii_whitespace().any(|c| c == class))
    }

    /// The element children, in order.
    pub fn elements(&self) -> impl Iterator<Item = &Element> {
        self.children.iter().filter_map(|node| match node {
            Node::Element(element) if !element.foreign => Some(element),
            _ => None,
        })
    }

    /// The first descendant element named `name`, depth first.
    pub fn find(&self, name: &str) -> Option<&Element> {
        self.elements().find_map(|child| {
            if child.name == name {
                Some(child)
            } else {
                child.find(name)
            }
        })
    }

    /// Every descendant element named `name`, depth first.
    pub fn find_all<'a>(&'a self, name: &'a str, out: &mut Vec<&'a Element>) {
        for child in self.elements() {
            if child.name == name {
                out.push(child);
            }
            child.find_all(name, out);
        }
    }
}
