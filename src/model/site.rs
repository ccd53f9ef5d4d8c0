//! Site-level data: the publication's name and the texts its chrome shows around the article.

/// The publication the reader is showing articles of.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    pub name: String,
    pub url: Option<String>,
    pub newsletter: NewsletterTexts,
}

/// What the newsletter sign-up says.
#[derive(Debug, Clone, PartialEq)]
pub struct NewsletterTexts {
    pub title: String,
    pub description: String,
}
