//! Search over articles: every word of the query must match; matches in the headline count
//! most, then the standfirst, then the body. Matching ignores case.

use super::{Article, Block};

/// One article that matched.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Which of the searched lists, and which article in it.
    pub list: usize,
    pub item: usize,
    /// Where the query's words stand in the headline, as character ranges, for highlighting.
    pub headline_matches: Vec<(usize, usize)>,
    pub score: u32,
}

const HEADLINE_SCORE: u32 = 100;
const STANDFIRST_SCORE: u32 = 10;
const BODY_SCORE: u32 = 1;

/// The best `limit` matches of `query` among `lists`, best first; newer first among equals.
pub fn search(lists: &[&[Article]], query: &str, limit: usize) -> Vec<Hit> {
    let words: Vec<Vec<char>> = query
        .split_whitespace()
        .map(|word| word.chars().map(fold).collect())
        .collect();
    if words.is_empty() {
        return Vec::new();
    }
    let mut hits: Vec<(Hit, f64)> = Vec::new();
    for (list, articles) in lists.iter().enumerate() {
        for (item, article) in articles.iter().enumerate() {
            if let Some(hit) = score(article, &words).map(|(score, headline_matches)| Hit {
                list,
                item,
                headline_matches,
                score,
            }) {
                let published = article.published.as_ref().map_or(0.0, |p| p.epoch_millis());
                hits.push((hit, published));
            }
        }
    }
    // Stable insertion by (score, date), newest first: lists are short, and this keeps the
    // standard library's sort out of the widget.
    let mut ranked: Vec<(Hit, f64)> = Vec::with_capacity(hits.len());
    for hit in hits {
        let at = ranked
            .iter()
            .position(|(other, date)| (hit.0.score, hit.1) > (other.score, *date))
            .unwrap_or(ranked.len());
        ranked.insert(at, hit);
    }
    ranked.into_iter().take(limit).map(|(hit, _)| hit).collect()
}

/// The score of an article for `words`, and where they stand in its headline; `None` when a
/// word is found nowhere.
fn score(article: &Article, words: &[Vec<char>]) -> Option<(u32, Vec<(usize, usize)>)> {
    let headline: Vec<char> = article.headline.chars().map(fold).collect();
    let standfirst: Vec<char> = article
        .standfirst
        .as_deref()
        .unwrap_or_default()
        .chars()
        .map(fold)
        .collect();
    let mut body: Option<Vec<char>> = None;
    let mut total = 0;
    let mut matches = Vec::new();
    for word in words {
        let in_headline = find_all(&headline, word);
        let score = if !in_headline.is_empty() {
            matches.extend(in_headline.iter().map(|&start| (start, start + word.len())));
            HEADLINE_SCORE * in_headline.len() as u32
        } else if !find_all(&standfirst, word).is_empty() {
            STANDFIRST_SCORE
        } else {
            let body = body.get_or_insert_with(|| body_text(article));
            let count = find_all(body, word).len() as u32;
            if count == 0 {
                return None;
            }
            BODY_SCORE * count.min(STANDFIRST_SCORE - 1)
        };
        total = score.saturating_add(total);
    }
    // Few matches: insertion keeps them in order without the standard library's sort code.
    let mut ordered: Vec<(usize, usize)> = Vec::with_capacity(matches.len());
    for range in matches {
        let at = ordered
            .iter()
            .position(|other| *other > range)
            .unwrap_or(ordered.len());
        ordered.insert(at, range);
    }
    Some((total, ordered))
}

fn body_text(article: &Article) -> Vec<char> {
    let mut text = String::new();
    Block::each_text(&article.body, &mut |block| {
        text.push_str(block);
        text.push(' ');
    });
    text.chars().map(fold).collect()
}

/// The most places a word is counted and highlighted in one text: more tell nothing, and a
/// hostile headline of a million "a"s must not cost a million highlights (or overflow a score).
const MAX_MATCHES: usize = 32;

/// The first places (at most [`MAX_MATCHES`]) where `word` starts in `text`.
fn find_all(text: &[char], word: &[char]) -> Vec<usize> {
    if word.is_empty() || word.len() > text.len() {
        return Vec::new();
    }
    text.windows(word.len())
        .enumerate()
        .filter(|(_, window)| *window == word)
        .map(|(at, _)| at)
        .take(MAX_MATCHES)
        .collect()
}

/// Lower case for the scripts news is mostly written in (Latin, Greek, Cyrillic), one character
/// for one, so match positions in folded text are positions in the original.
pub fn fold(c: char) -> char {
    let code = c as u32;
    let lower = match code {
        0x41..=0x5A | 0xC0..=0xD6 | 0xD8..=0xDE | 0x391..=0x3A9 | 0x410..=0x42F => code + 32,
        // Latin Extended-A pairs capitals with the small letter after them; which of the pair
        // comes first changes twice along the block.
        0x100..=0x137 | 0x14A..=0x177 if code % 2 == 0 => code + 1,
        0x139..=0x148 | 0x179..=0x17E if code % 2 == 1 => code + 1,
        0x178 => 0xFF,
        0x400..=0x40F => code + 80,
        _ => code,
    };
    char::from_u32(lower).unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Inline, ListItem, ListNumbers, Timestamp};

    fn article(headline: &str, standfirst: &str, body: &str, date: &str) -> Article {
        Article {
            headline: headline.into(),
            standfirst: Some(standfirst.into()).filter(|s: &String| !s.is_empty()),
            body: vec![Block::Paragraph(vec![Inline::text(body)])],
            published: Timestamp::parse(date).ok(),
            ..Article::default()
        }
    }

    #[test]
    fn headlines_rank_above_standfirsts_above_bodies() {
        let list = vec![
            article("Markets calm", "", "Gold rose.", "2025-01-01"),
            article("Gold rallies", "", "Prices up.", "2025-01-01"),
            article("Quiet day", "Gold steady.", "", "2025-01-01"),
        ];
        let hits = search(&[&list], "gold", 10);
        let order: Vec<usize> = hits.iter().map(|hit| hit.item).collect();
        assert_eq!(order, [1, 2, 0]);
        assert_eq!(hits[0].headline_matches, [(0, 4)]);
    }

    #[test]
    fn words_in_lists_and_quotes_are_found() {
        let mut listed = article("Budget", "", "", "2025-01-01");
        listed.body = vec![Block::List {
            ordered: false,
            numbers: ListNumbers::default(),
            items: vec![ListItem(vec![Block::Paragraph(vec![Inline::text(
                "tariffs",
            )])])],
        }];
        let mut quoted = article("Speech", "", "", "2025-01-02");
        quoted.body = vec![Block::Quote {
            content: vec![Block::Paragraph(vec![Inline::text("No tariffs")])],
            citation: None,
        }];
        let hits = search(&[&[listed, quoted]], "tariffs", 10);
        let found: Vec<usize> = hits.iter().map(|hit| hit.item).collect();
        assert_eq!(found, [1, 0]);
    }

    #[test]
    fn a_hostile_headline_is_counted_within_bounds() {
        let list = vec![article(&"a".repeat(100_000), "", "", "2025-01-01")];
        let hits = search(&[&list], "a a a a a a a a a a", 10);
        assert_eq!(hits[0].headline_matches.len(), 10 * MAX_MATCHES);
        assert_eq!(hits[0].score, 10 * HEADLINE_SCORE * MAX_MATCHES as u32);
    }

    #[test]
    fn every_word_must_match_and_case_does_not_matter() {
        let list = vec![article(
            "Zelenskiy rejects minerals deal",
            "",
            "Security guarantees.",
            "2025-02-16",
        )];
        assert_eq!(search(&[&list], "MINERALS security", 10).len(), 1);
        assert!(search(&[&list], "minerals lithium", 10).is_empty());
        assert!(search(&[&list], "   ", 10).is_empty());
    }

    #[test]
    fn newer_articles_win_ties_and_the_limit_holds() {
        let older = vec![article("Budget vote", "", "", "2024-01-01")];
        let newer = vec![article("Budget passes", "", "", "2025-01-01")];
        let hits = search(&[&older, &newer], "budget", 1);
        assert_eq!((hits.len(), hits[0].list), (1, 1));
    }

    #[test]
    fn folding_covers_latin_greek_and_cyrillic() {
        assert_eq!(
            "ÉLAN Ωmega МИР Ёж Łódź"
                .chars()
                .map(fold)
                .collect::<String>(),
            "élan ωmega мир ёж łódź"
        );
        let list = vec![article("Économie française", "", "", "2025-01-01")];
        assert_eq!(
            search(&[&list], "économie", 10)[0].headline_matches,
            [(0, 8)]
        );
    }
}
