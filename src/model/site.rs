//! Site-level data: the publication's name and the texts its chrome shows around the article.

/// The publication the reader is showing articles of.
#[derive(Debug, Clone, PartialEq)]
pub struct Site {
    pub name: String,
}

impl Default for Site {
    fn default() -> Self {
        Self {
            name: "EconoTimes".into(),
        }
    }
}
