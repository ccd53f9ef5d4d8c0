//! Where the host page's own elements can show inside an article body: a named slot after each
//! paragraph, and the ad positions a site configuration asks for, decided from the model alone
//! so that a server and the browser open the very same slots.

use super::Block;

/// Paragraph positions a host may name beyond an article's last paragraph: the slots for them
/// are at the body's end, so `after-paragraph-8` still shows on a five-paragraph article.
pub const TRAILING_POSITIONS: usize = 20;

/// Repeating ad positions, from the site configuration's `ads`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AdRule {
    /// Paragraphs from one ad to the next.
    pub every: usize,
    /// The paragraph the first ad follows.
    pub first_after: usize,
    /// No ad within this many blocks of a heading or a picture.
    pub away_from_headings_and_pictures: usize,
}

impl Default for AdRule {
    fn default() -> Self {
        Self {
            every: 5,
            first_after: 3,
            away_from_headings_and_pictures: 2,
        }
    }
}

/// The slots of one body: the names after each top-level block, and those at its end.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct BodySlots {
    /// For each top-level block, in order, the slot names that follow it.
    pub after_block: Vec<Vec<String>>,
    /// The slots after the last block.
    pub trailing: Vec<String>,
}

impl BodySlots {
    /// The slots of `body`: `after-paragraph-N` after its Nth top-level paragraph (and up to
    /// [`TRAILING_POSITIONS`] at its end), and `ad-1`, `ad-2`, … where `ads` places them.
    pub fn of(body: &[Block], ads: Option<&AdRule>) -> Self {
        let ads = ads.map(|rule| ad_positions(body, rule)).unwrap_or_default();
        let mut paragraphs = 0;
        let after_block = body
            .iter()
            .enumerate()
            .map(|(index, block)| {
                let mut names = Vec::new();
                if matches!(block, Block::Paragraph(_)) {
                    paragraphs += 1;
                    names.push(after_paragraph(paragraphs));
                }
                if let Some(number) = ads.iter().position(|&at| at == index) {
                    names.push(ad_name(number + 1));
                }
                names
            })
            .collect();
        let trailing = (paragraphs + 1..=TRAILING_POSITIONS)
            .map(after_paragraph)
            .collect();
        Self {
            after_block,
            trailing,
        }
    }

    /// The ad slots opened, in order: what `lede:slots` announces.
    pub fn ad_names(&self) -> Vec<String> {
        self.after_block
            .iter()
            .flatten()
            .filter(|name| name.starts_with("ad-"))
            .cloned()
            .collect()
    }
}

fn after_paragraph(number: usize) -> String {
    format!("after-paragraph-{number}")
}

fn ad_name(number: usize) -> String {
    format!("ad-{number}")
}

/// The indices of the top-level blocks an ad follows. The first goes after paragraph
/// `first_after`, each next one at least `every` paragraphs further; a position near a heading
/// or a picture moves down to the next paragraph that is not. Never after the last block: what
/// follows the article is the `end` slot's.
pub fn ad_positions(body: &[Block], rule: &AdRule) -> Vec<usize> {
    let every = rule.every.max(1);
    let mut positions = Vec::new();
    let mut next_at = rule.first_after.max(1);
    let mut paragraphs = 0;
    for (index, block) in body.iter().enumerate() {
        if !matches!(block, Block::Paragraph(_)) {
            continue;
        }
        paragraphs += 1;
        let last = index + 1 == body.len();
        if paragraphs >= next_at && !last && clear_of_pictures_and_headings(body, index, rule) {
            positions.push(index);
            next_at = paragraphs + every;
        }
    }
    positions
}

/// Whether a slot after `index` is more than the rule's distance from every heading and
/// picture: the blocks within that distance before and after it are text.
fn clear_of_pictures_and_headings(body: &[Block], index: usize, rule: &AdRule) -> bool {
    let distance = rule.away_from_headings_and_pictures;
    let start = (index + 1).saturating_sub(distance);
    let end = (index + 1 + distance).min(body.len());
    body.get(start..end)
        .unwrap_or_default()
        .iter()
        .all(|block| !is_heading_or_picture(block))
}

fn is_heading_or_picture(block: &Block) -> bool {
    matches!(
        block,
        Block::Heading { .. } | Block::Figure(_) | Block::Gallery(_) | Block::Embed(_)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Image, Inline};

    fn paragraph() -> Block {
        Block::Paragraph(vec![Inline::Text("words".into())])
    }

    fn heading() -> Block {
        Block::Heading {
            level: 2,
            content: vec![Inline::Text("A heading".into())],
        }
    }

    fn figure() -> Block {
        Block::Figure(Box::new(Image {
            src: "https://news.example/a.jpg".into(),
            ..Image::default()
        }))
    }

    fn paragraphs(count: usize) -> Vec<Block> {
        (0..count).map(|_| paragraph()).collect()
    }

    #[test]
    fn every_paragraph_has_its_slot_and_the_rest_wait_at_the_end() {
        let body = vec![paragraph(), heading(), paragraph(), paragraph()];
        let slots = BodySlots::of(&body, None);
        assert_eq!(
            slots.after_block,
            vec![
                vec!["after-paragraph-1".to_owned()],
                vec![],
                vec!["after-paragraph-2".to_owned()],
                vec!["after-paragraph-3".to_owned()],
            ]
        );
        assert_eq!(
            slots.trailing.first().map(String::as_str),
            Some("after-paragraph-4")
        );
        assert_eq!(slots.trailing.len(), TRAILING_POSITIONS - 3);
        assert!(slots.ad_names().is_empty());
    }

    #[test]
    fn a_long_body_has_no_trailing_slots() {
        let slots = BodySlots::of(&paragraphs(TRAILING_POSITIONS + 2), None);
        assert!(slots.trailing.is_empty());
        assert_eq!(
            slots.after_block.last(),
            Some(&vec![format!("after-paragraph-{}", TRAILING_POSITIONS + 2)])
        );
    }

    #[test]
    fn ads_repeat_after_the_first() {
        let rule = AdRule::default();
        // Paragraphs 3, 8 and 13; 18 would be the last block.
        assert_eq!(ad_positions(&paragraphs(18), &rule), vec![2, 7, 12]);
        let slots = BodySlots::of(&paragraphs(18), Some(&rule));
        assert_eq!(slots.ad_names(), vec!["ad-1", "ad-2", "ad-3"]);
        assert_eq!(
            slots.after_block[7],
            vec!["after-paragraph-8".to_owned(), "ad-2".to_owned()]
        );
    }

    #[test]
    fn ads_keep_away_from_headings_and_pictures() {
        let rule = AdRule::default();
        // p1 p2 p3 H p4 p5 p6 F p7 p8 p9 p10 p11 p12
        let mut body = paragraphs(3);
        body.push(heading());
        body.extend(paragraphs(3));
        body.push(figure());
        body.extend(paragraphs(6));
        // After p3 the heading is next, after p4 just before; p5 and p6 are within 2 of the
        // picture before it, p7 just after it; p8 is clear.
        assert_eq!(ad_positions(&body, &rule), vec![9]);
        let near = AdRule {
            away_from_headings_and_pictures: 0,
            ..rule
        };
        assert_eq!(ad_positions(&body, &near), vec![2, 9]);
    }

    #[test]
    fn odd_rules_do_not_break_it() {
        let rule = AdRule {
            every: 0,
            first_after: 0,
            away_from_headings_and_pictures: 100,
        };
        let mut body = paragraphs(5);
        body.push(heading());
        assert!(ad_positions(&body, &rule).is_empty());
        let tight = AdRule {
            every: 0,
            first_after: 0,
            away_from_headings_and_pictures: 0,
        };
        assert_eq!(ad_positions(&paragraphs(4), &tight), vec![0, 1, 2]);
        assert!(ad_positions(&[], &AdRule::default()).is_empty());
    }
}
