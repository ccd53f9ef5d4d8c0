//! lede's site configuration, version 1 (see `schema/lede-site.schema.json`).

use serde_json::Value;

use super::common::{url, version};
use super::json::Field;
use super::{ContentError, Environment};
use crate::model::{
    site_pattern, AdRule, Consent, Encoding, Markets, Message, MessageProblem, Newsletter,
    PaywallLinks, Provider, Search, Section, Site, SiteLink, Triggers,
};

/// The newest version of the configuration format this reader understands.
pub const VERSION: u64 = 1;

/// The built-in configuration: the seed page's site. Its addresses are relative to `lede.js`.
pub const DEFAULT_SITE: &str = include_str!("../../content/default-site.json");

/// How often market quotes are fetched again when the configuration does not say.
const DEFAULT_REFRESH_SECONDS: u32 = 60;

pub fn read_site(document: &Value, env: &dyn Environment) -> Result<Site, ContentError> {
    let root = Field::root(document);
    version(
        &root.get("lede_site"),
        VERSION,
        "a configuration version number such as 1",
    )?;
    let name = root.get("name").required_text()?.to_owned();
    let newsletter = root.get("newsletter");
    newsletter.object()?;
    let search = root.get("search");
    search.object()?;
    let markets = root.get("markets");
    markets.object()?;
    let (messages, message_problems) = site_messages(&root.get("messages"))?;
    Ok(Site {
        language: root.get("language").text()?.map(str::to_owned),
        messages,
        message_problems,
        url: url(&root.get("url"), env)?,
        logo: url(&root.get("logo"), env)?,
        sections: titled(&root.get("sections"), "feed", env, |title, feed| Section {
            title,
            feed,
        })?,
        links: titled(&root.get("links"), "url", env, |title, url| SiteLink {
            title,
            url,
        })?,
        search: Search {
            feeds: search
                .get("feeds")
                .items()?
                .iter()
                .map(|feed| required_url(feed, env))
                .collect::<Result<_, _>>()?,
            url_template: search_template(&search.get("url"), env)?,
        },
        markets: match required_url(&markets.get("quotes"), env) {
            Ok(quotes) => Some(Markets {
                quotes,
                refresh_seconds: markets
                    .get("refresh_seconds")
                    .count()?
                    .unwrap_or(DEFAULT_REFRESH_SECONDS)
                    .max(5),
            }),
            Err(_) if !markets.get("quotes").is_present() => None,
            Err(error) => return Err(error),
        },
        newsletter: newsletter_settings(&newsletter, &name, env)?,
        ads: ad_rule(&root.get("ads"))?,
        paywall: paywall_links(&root.get("paywall"), env)?,
        players: players(&root.get("players"))?,
        name,
    })
}

/// `ads`: where the repeating ad slots go; each member has a default.
fn ad_rule(field: &Field<'_>) -> Result<Option<AdRule>, ContentError> {
    if field.object()?.is_none() {
        return Ok(None);
    }
    let defaults = AdRule::default();
    let count = |key: &str, default: usize| -> Result<usize, ContentError> {
        Ok(field
            .get(key)
            .count()?
            .map_or(default, |n| usize::try_from(n).unwrap_or(usize::MAX)))
    };
    Ok(Some(AdRule {
        every: count("every", defaults.every)?.max(1),
        first_after: count("first_after", defaults.first_after)?.max(1),
        away_from_headings_and_pictures: count(
            "away_from_headings_and_pictures",
            defaults.away_from_headings_and_pictures,
        )?,
    }))
}

/// `players`: the video providers a reader may load players from, by name.
fn players(field: &Field<'_>) -> Result<Vec<Provider>, ContentError> {
    let mut providers = Vec::new();
    for item in field.items()? {
        let name = item.required_text()?;
        let provider = Provider::from_key(name)
            .ok_or_else(|| item.bad_value("a video provider lede plays (youtube, vimeo)", name))?;
        if !providers.contains(&provider) {
            providers.push(provider);
        }
    }
    Ok(providers)
}

/// `paywall`: the subscribe and sign-in pages the built-in wall links to.
fn paywall_links(field: &Field<'_>, env: &dyn Environment) -> Result<PaywallLinks, ContentError> {
    field.object()?;
    let link = |key: &str| {
        if field.get(key).is_present() {
            required_url(&field.get(key), env).map(Some)
        } else {
            Ok(None)
        }
    };
    Ok(PaywallLinks {
        subscribe_url: link("subscribe_url")?,
        sign_in_url: link("sign_in_url")?,
    })
}

/// A site's wording for lede's messages, and what of it cannot be used.
type SiteMessages = (Vec<(Message, String)>, Vec<MessageProblem>);

/// The site's wording for lede's messages (`{"subscribe": "Abonnez-vous"}`), and those that
/// cannot be used: they do not stop the site from being shown, and are said in the notice.
fn site_messages(field: &Field<'_>) -> Result<SiteMessages, ContentError> {
    let (mut messages, mut problems) = (Vec::new(), Vec::new());
    let Some(entries) = field.object()? else {
        return Ok((messages, problems));
    };
    for (id, _) in entries {
        let text = field.get(id).required_text()?;
        match Message::from_id(id) {
            None => problems.push(MessageProblem::Unknown(id.clone())),
            Some(message) => match site_pattern(message, text) {
                Ok(pattern) => messages.push((message, pattern)),
                Err(error) => problems.push(MessageProblem::Placeable {
                    id: id.clone(),
                    error,
                }),
            },
        }
    }
    Ok((messages, problems))
}

/// A list of `{"title": …, <address>: …}` entries (sections, links), each made by `make`.
fn titled<T>(
    list: &Field<'_>,
    address: &str,
    env: &dyn Environment,
    make: fn(String, String) -> T,
) -> Result<Vec<T>, ContentError> {
    list.items()?
        .iter()
        .map(|entry| {
            Ok(make(
                entry.get("title").required_text()?.to_owned(),
                required_url(&entry.get(address), env)?,
            ))
        })
        .collect()
}

/// The newsletter: texts, where sign-ups go and how, and when it offers itself.
fn newsletter_settings(
    field: &Field<'_>,
    name: &str,
    env: &dyn Environment,
) -> Result<Newsletter, ContentError> {
    let text = |key: &str, default: &str| -> Result<String, ContentError> {
        Ok(field.get(key).text()?.unwrap_or(default).to_owned())
    };
    let mut newsletter = Newsletter::with_texts(
        text("title", &format!("Welcome to {name}"))?,
        text("description", "Sign up for daily updates.")?,
    );
    newsletter.endpoint = match field.get("endpoint").text()? {
        Some(_) => Some(required_url(&field.get("endpoint"), env)?),
        None => None,
    };
    let encoding = field.get("encoding");
    newsletter.encoding = match encoding.text()? {
        None | Some("json") => Encoding::Json,
        Some("form") => Encoding::Form,
        Some(other) => return Err(encoding.bad_value("“json” or “form”", other)),
    };
    let fields = field.get("fields");
    fields.object()?;
    newsletter.email_field = fields.get("email").text()?.unwrap_or("email").to_owned();
    newsletter.consent_field = fields
        .get("consent")
        .text()?
        .unwrap_or("consent")
        .to_owned();
    newsletter.key_field = fields
        .get("idempotency_key")
        .text()?
        .unwrap_or("idempotency_key")
        .to_owned();
    let consent = field.get("consent");
    if consent.object()?.is_some() {
        newsletter.consent = Some(Consent {
            label: consent.get("label").required_text()?.to_owned(),
            privacy_url: url(&consent.get("privacy_url"), env)?,
            required: consent.get("required").flag()?.unwrap_or(false),
        });
    }
    if let Some(success) = field.get("success").text()? {
        newsletter.success = Some(success.to_owned());
    }
    let triggers = field.get("triggers");
    triggers.object()?;
    let defaults = Triggers::default();
    newsletter.triggers = Triggers {
        after_seconds: optional_count(&triggers.get("after_seconds"), defaults.after_seconds)?,
        scroll_percent: optional_count(&triggers.get("scroll_percent"), defaults.scroll_percent)?
            .map(|p| p.min(100)),
        exit_intent: triggers
            .get("exit_intent")
            .flag()?
            .unwrap_or(defaults.exit_intent),
    };
    newsletter.cap_days = field
        .get("cap_days")
        .count()?
        .unwrap_or(newsletter.cap_days);
    newsletter.timeout_seconds = field
        .get("timeout_seconds")
        .count()?
        .unwrap_or(newsletter.timeout_seconds)
        .clamp(1, 60);
    Ok(newsletter)
}

/// A trigger's number; `false` turns the trigger off, absence keeps the default.
fn optional_count(field: &Field<'_>, default: Option<u32>) -> Result<Option<u32>, ContentError> {
    match field.value() {
        Some(serde_json::Value::Bool(false)) => Ok(None),
        Some(_) => field.count(),
        None => Ok(default),
    }
}

/// An address that must be there and must be a web address.
fn required_url(field: &Field<'_>, env: &dyn Environment) -> Result<String, ContentError> {
    let raw = field.required_text()?;
    env.resolve_url(raw)
        .ok_or_else(|| field.bad_value("a web address", raw))
}

/// A search page address with `{query}` in it; `{query}` survives resolution as `%7Bquery%7D`.
fn search_template(
    field: &Field<'_>,
    env: &dyn Environment,
) -> Result<Option<String>, ContentError> {
    let Some(raw) = field.text()? else {
        return Ok(None);
    };
    if !raw.contains("{query}") {
        return Err(field.bad_value("an address with {query} in it", raw));
    }
    let resolved = env
        .resolve_url(raw)
        .ok_or_else(|| field.bad_value("a web address", raw))?;
    Ok(Some(resolved.replace("%7Bquery%7D", "{query}")))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
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
        assert_eq!(site.sections[0].title, "Politics");
        assert_eq!(
            site.sections[0].feed,
            "https://news.example/articles/feeds/politics.json"
        );
        assert_eq!(site.links[0].title, "Market Data");
        assert!(site.markets.is_none());
    }

    #[test]
    fn reads_every_part_of_a_full_configuration() {
        let site = read(
            r#"{"lede_site": 1, "name": "The Daily", "logo": "/logo.svg",
                "sections": [{"title": "World", "feed": "/world.json"}],
                "links": [{"title": "Markets", "url": "https://markets.example/"}],
                "search": {"feeds": ["/world.json"], "url": "/search?q={query}"},
                "markets": {"quotes": "/quotes.json", "refresh_seconds": 1}}"#,
        )
        .unwrap();
        assert_eq!(site.newsletter.title, "Welcome to The Daily");
        assert_eq!(site.logo.as_deref(), Some("https://news.example/logo.svg"));
        assert_eq!(
            site.search.url_template.as_deref(),
            Some("https://news.example/search?q={query}")
        );
        assert_eq!(
            site.markets.unwrap().refresh_seconds,
            5,
            "refreshes are at most every 5 seconds"
        );
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
        assert_eq!(
            error(r#"{"lede_site": 1, "name": "x", "sections": [{"title": "A"}]}"#),
            "has no sections[0].feed"
        );
        assert_eq!(
            error(
                r#"{"lede_site": 1, "name": "x", "links": [{"title": "A", "url": "javascript:x"}]}"#
            ),
            "has a links[0].url of “javascript:x”, which is not a web address"
        );
        assert_eq!(
            error(r#"{"lede_site": 1, "name": "x", "search": {"url": "/search"}}"#),
            "has a search.url of “/search”, which is not an address with {query} in it"
        );
        assert!(error("{").starts_with("is not JSON"));
    }

    #[test]
    fn reads_ads_the_paywall_s_links_and_players() {
        let error_of = |text| read(text).unwrap_err().to_string();
        let site = read(
            r#"{"lede_site": 1, "name": "x", "ads": {"every": 4, "first_after": "2"},
                "paywall": {"subscribe_url": "/subscribe", "sign_in_url": "https://id.example/in"}}"#,
        )
        .unwrap();
        assert_eq!(
            site.ads,
            Some(AdRule {
                every: 4,
                first_after: 2,
                away_from_headings_and_pictures: 2
            })
        );
        assert_eq!(
            site.paywall,
            PaywallLinks {
                subscribe_url: Some("https://news.example/subscribe".into()),
                sign_in_url: Some("https://id.example/in".into()),
            }
        );
        let players =
            read(r#"{"lede_site": 1, "name": "x", "players": ["vimeo", "YouTube", "vimeo"]}"#)
                .unwrap()
                .players;
        assert_eq!(players, vec![Provider::Vimeo, Provider::YouTube]);
        assert_eq!(
            error_of(r#"{"lede_site": 1, "name": "x", "players": ["dailymotion"]}"#),
            "has a players[0] of “dailymotion”, which is not a video provider lede plays (youtube, vimeo)"
        );
        let plain = read(r#"{"lede_site": 1, "name": "x"}"#).unwrap();
        assert_eq!((plain.ads, plain.paywall), (None, PaywallLinks::default()));
        let error = |text| read(text).unwrap_err().to_string();
        assert_eq!(
            error(r#"{"lede_site": 1, "name": "x", "ads": {"every": "often"}}"#),
            "has a ads.every that is text, where a whole number was expected"
        );
        assert_eq!(
            error(r#"{"lede_site": 1, "name": "x", "paywall": {"subscribe_url": "javascript:x"}}"#),
            "has a paywall.subscribe_url of “javascript:x”, which is not a web address"
        );
        assert_eq!(
            error(r#"{"lede_site": 1, "name": "x", "ads": true}"#),
            "has a ads that is true or false, where an object was expected"
        );
    }

    #[test]
    fn a_site_words_lede_s_messages_its_own_way() {
        let site = read(
            r#"{"lede_site": 1, "name": "Le Quotidien", "language": "fr-FR",
                "messages": {"subscribe": "Abonnez-vous", "search-none": "Rien pour « { $query } »",
                    "subscribe-now": "Vite", "search-site": "Chercher { $words }"}}"#,
        )
        .unwrap();
        assert_eq!(site.language.as_deref(), Some("fr-FR"));
        assert_eq!(
            site.messages,
            [
                (Message::Subscribe, "Abonnez-vous".to_owned()),
                (Message::SearchNone, "Rien pour « {query} »".to_owned()),
            ]
        );
        assert_eq!(
            site.message_problems,
            [
                MessageProblem::Unknown("subscribe-now".into()),
                MessageProblem::Placeable {
                    id: "search-site".into(),
                    error: crate::model::PatternError::UnknownPlaceable("words".into())
                },
            ]
        );
        assert_eq!(
            read(r#"{"lede_site": 1, "name": "x", "messages": {"menu": 3}}"#)
                .unwrap_err()
                .to_string(),
            "has a messages.menu that is a number, where text was expected"
        );
    }

    #[test]
    fn the_politics_feed_carries_the_built_in_article() {
        use crate::model::Content;
        let dir = env!("CARGO_MANIFEST_DIR");
        let feed = std::fs::read_to_string(format!("{dir}/content/feeds/politics.json")).unwrap();
        let Ok(Content::Feed(feed)) = crate::formats::read(&feed, &TestEnv) else {
            panic!()
        };
        let Ok(Content::Article(article)) =
            crate::formats::read(crate::formats::DEFAULT_ARTICLE, &TestEnv)
        else {
            panic!()
        };
        assert_eq!(
            feed.items,
            vec![article],
            "content/feeds/politics.json repeats content/default-article.json"
        );
    }
}
