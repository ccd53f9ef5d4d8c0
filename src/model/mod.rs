//! The content model: what an article is, independent of where it came from or how it is shown.

mod article;
mod block;
mod content;
mod direction;
mod image;
mod inline;
mod language;
mod math;
mod messages;
mod newsletter;
mod notes;
mod paywall;
mod players;
pub mod query_string;
mod quotes;
mod reading;
mod related;
mod search;
mod shorten;
mod site;
mod slots;
mod time;

pub use article::{Article, Byline};
pub use block::{
    Block, Definition, HeaderScope, LinkCard, ListItem, ListNumbers, Table, TableCell, TableRow,
    MAX_TABLE_NESTING,
};
pub use content::{Content, Feed};
pub use direction::Direction;
pub use image::{Credit, Image, ImageSource};
pub use inline::{Inline, InlineStyle, LinkTarget};
pub use language::{direction_of, interface_language, supported, LANGUAGES};
pub use math::{Math, MathAttribute, MathElement, MathName, MathNode};
pub use messages::{
    fits, format, placeables, site_pattern, Arg, Catalogue, EnglishNumbers, Message, Numbers,
    PatternError,
};
pub use newsletter::{is_email, Consent, Encoding, Newsletter, Triggers};
pub use notes::{looks_like_reference, note_text};
pub use paywall::PaywallLinks;
pub use players::{Player, Provider};
pub use quotes::{Quote, Quotes, Trend};
pub use reading::{reading_minutes, Choice, Font, ReadingSettings, Spacing, Theme, Width};
pub use related::{related_articles, RelatedLink, MAX_RELATED};
pub use search::{fold, search, Hit};
pub use shorten::shortened;
pub use site::{Markets, MessageProblem, Search, SearchForm, Section, Site, SiteLink};
pub use slots::{ad_positions, AdRule, BodySlots, TRAILING_POSITIONS};
pub use time::{NotADate, Timestamp};
