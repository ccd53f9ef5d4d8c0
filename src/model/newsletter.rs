//! The newsletter sign-up: what it says, where sign-ups go, and when it offers itself.

/// A site's newsletter. Without an endpoint there is nowhere to send a sign-up, so the sign-up
/// is not offered.
#[derive(Debug, Clone, PartialEq)]
pub struct Newsletter {
    pub title: String,
    pub description: String,
    /// Where sign-ups are POSTed.
    pub endpoint: Option<String>,
    pub encoding: Encoding,
    /// Field names, for form-action providers that expect their own ("EMAIL", "gdpr[1]").
    pub email_field: String,
    pub consent_field: String,
    pub key_field: String,
    /// A consent checkbox, when the publisher asks for one.
    pub consent: Option<Consent>,
    /// Shown when the server accepted the sign-up; lede's own words when the site gives none.
    pub success: Option<String>,
    pub triggers: Triggers,
    /// After Close, how long before it offers itself again.
    pub cap_days: u32,
    pub timeout_seconds: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// `application/json` with an `Idempotency-Key` header.
    Json,
    /// `application/x-www-form-urlencoded`, as HTML form actions expect; the key is a field.
    Form,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Consent {
    pub label: String,
    pub privacy_url: Option<String>,
    /// Whether the box must be ticked to subscribe.
    pub required: bool,
}

/// When the sign-up opens by itself; it can always be opened from its Subscribe buttons.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Triggers {
    pub after_seconds: Option<u32>,
    /// After the reader has scrolled this far through the article.
    pub scroll_percent: Option<u32>,
    /// When the pointer leaves the window towards the tabs (desktop only).
    pub exit_intent: bool,
}

impl Newsletter {
    /// The seed site's texts with the defaults for everything else.
    pub fn with_texts(title: String, description: String) -> Self {
        Self {
            title,
            description,
            endpoint: None,
            encoding: Encoding::Json,
            email_field: "email".into(),
            consent_field: "consent".into(),
            key_field: "idempotency_key".into(),
            consent: None,
            success: None,
            triggers: Triggers::default(),
            cap_days: 7,
            timeout_seconds: 10,
        }
    }
}

impl Default for Triggers {
    fn default() -> Self {
        Self {
            after_seconds: Some(30),
            scroll_percent: Some(60),
            exit_intent: true,
        }
    }
}

/// Whether text looks like an email address that can receive mail: one `@`, something before
/// it, a dotted domain after it, no spaces. The server has the last word.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let valid_domain =
        domain.split('.').count() >= 2 && domain.split('.').all(|label| !label.is_empty());
    !local.is_empty()
        && !domain.contains('@')
        && valid_domain
        && !text.chars().any(char::is_whitespace)
        && text.len() <= 254
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn email_addresses_are_recognised() {
        for good in ["a@b.co", "first.last+news@mail.example.org", "ü@bücher.de"] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "", "a", "a@", "@b.co", "a@b", "a@b.", "a b@c.de", "a@b@c.de", "a@.co", "a@b..co",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
    }
}
