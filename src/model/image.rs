//! Images with their caption and the credit their licence asks for.

use super::{Inline, LinkTarget};

/// A picture in an article: the hero image or a figure in the body.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Image {
    pub src: String,
    pub srcset: Option<String>,
    pub sizes: Option<String>,
    /// Alternative sources for `<picture>`, in the order the browser should consider them.
    pub sources: Vec<ImageSource>,
    pub width: Option<u32>,
    pub height: Option<u32>,
    /// Describes the picture for people who cannot see it; empty for a decorative image.
    pub alt: String,
    pub caption: Vec<Inline>,
    pub credit: Credit,
    /// Where the picture links to, when the source wraps it in a link (a larger version, the
    /// story it illustrates).
    pub link: Option<LinkTarget>,
}

/// One `<source>` of a `<picture>`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ImageSource {
    pub srcset: String,
    pub media: Option<String>,
    pub mime_type: Option<String>,
    pub sizes: Option<String>,
}

/// Where a picture comes from and under which licence, as in
/// "Source: The White House from Washington, DC, Public domain, via Wikimedia Commons".
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Credit {
    pub credit: Option<String>,
    pub credit_url: Option<String>,
    pub licence: Option<String>,
    pub licence_url: Option<String>,
    pub via: Option<String>,
    pub via_url: Option<String>,
}

impl Credit {
    /// Whether there is anything to show.
    pub fn is_empty(&self) -> bool {
        self.credit.is_none() && self.licence.is_none() && self.via.is_none()
    }
}
