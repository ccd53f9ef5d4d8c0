//! lede's site configuration, version 1 (see `schema/lede-site.schema.json`).

use serde_json::Value;

use super::common::url;
use super::json::Field;
use super::{ContentError, Environment};
use crate::model::{NewsletterTexts, Site};

/// The newest version of the configuration format this reader understands.
pub const VERSION: u64 = 1;

/// The built-in configuration: the seed page's site.
pub const DEFAULT_SITE: &str = include_str!("../../content/default-site.json");

pub fn read_site(document: &Value, env: &dyn Environment) -> Result<Site, ContentError> {
    let root = Field::root(document);
    let version = root.get("lede_site");
    match version.value().and_then(Value::as_u64) {
        Some(v) if v > VERSION => return Err(ContentError::UnsupportedVersion(v)),
        Some(v) if v >= 1 => {}
        _ => return Err(version.wrong_type("a configuration version number such as 1")),
    }
    let name = root.get("name").required_text()?.to_owned();
    let newsletter = root.get("newsletter");
    newsletter.object()?;
    Ok(Site {
        url: url(&root.get("url"), env)?,
        newsletter: NewsletterTexts {
            title: newsletter
                .get("title")
                .text()?
                .map_or_else(|| format!("Welcome to {name}"), str::to_owned),
            description: newsletter
                .get("description")
                .text()?
                .unwrap_or("Sign up for daily updates.")
                .to_owned(),
        },
        name,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::formats::parse_json;
    use crate::formats::testing::TestEnv;

    fn read(text: &str) -> Result<Site, ContentError> {
        read_site(&parse_json(text)?, &TestEnv)
    }

    #[test]
    fn reads_the_built_in_site() {
        let site = read(DEFAULT_SITE).unwrap();
        assert_eq!(site.name, "EconoTimes");
        assert_eq!(site.newsletter.title, "Welcome to EconoTimes");
        assert_eq!(
            site.newsletter.description,
            "Sign up for daily updates for the most important stories unfolding in the global economy."
        );
    }

    #[test]
    fn newsletter_texts_default_from_the_name() {
        let site = read(r#"{"lede_site": 1, "name": "The Daily"}"#).unwrap();
        assert_eq!(site.newsletter.title, "Welcome to The Daily");
    }

    #[test]
    fn bad_configurations_say_what_is_wrong() {
        let error = |text| read(text).unwrap_err().to_string();
        assert_eq!(error(r#"{"lede_site": 1}"#), "has no name");
        assert_eq!(
            error(r#"{"lede_site": 1, "name": "x", "newsletter": "yes"}"#),
            "has a newsletter that is text, where an object was expected"
        );
        assert_eq!(
            error(r#"{"name": "x"}"#),
            "has a lede_site that is missing, where a configuration version number such as 1 was expected"
        );
        assert!(error("{").starts_with("is not JSON"));
    }
}
