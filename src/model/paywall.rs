//! What a publisher's subscription wall offers a reader who meets it: where to subscribe and
//! where to sign in, from the site configuration.

/// The site's subscription links, for the wall lede shows when the host gives none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct PaywallLinks {
    pub subscribe_url: Option<String>,
    pub sign_in_url: Option<String>,
}
