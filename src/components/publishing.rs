//! What the site configuration asks of an article's page (ad positions, the wall's links, the
//! sections whose feeds give related articles, the video players it allows),
//! given to the article through a context by the app.

use crate::model::{AdRule, PaywallLinks, Provider, Section, Site};

#[derive(Debug, Clone, PartialEq, Default)]
pub struct Publishing {
    pub ads: Option<AdRule>,
    pub paywall: PaywallLinks,
    /// The site's sections, whose feeds give an article's related articles.
    pub sections: Vec<Section>,
    /// The video providers whose players a reader may load, and the site's name, which keeps
    /// the reader's choice to always load them.
    pub players: Vec<Provider>,
    pub site_name: String,
}

impl Publishing {
    pub fn of(site: &Site) -> Self {
        Self {
            ads: site.ads,
            paywall: site.paywall.clone(),
            sections: site.sections.clone(),
            players: site.players.clone(),
            site_name: site.name.clone(),
        }
    }
}
