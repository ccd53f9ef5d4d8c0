//! In-page links that go somewhere: whatever the format, an article ends with each target id
//! once and every in-page link going to one of them. A link to a target the article does not
//! hold keeps its words and loses the link, as a link to a forbidden address does.

use std::collections::HashSet;

use crate::model::{Article, Block, Inline, LinkTarget};

pub fn settle_in_page_links(article: &mut Article) {
    let mut targets = HashSet::new();
    each_run_mut(article, &mut |runs| keep_first_targets(runs, &mut targets));
    each_run_mut(article, &mut |runs| unlink_missing(runs, &targets));
    each_picture_mut(&mut article.body, &mut |image| {
        if matches!(&image.link, Some(LinkTarget::InPage(id)) if !targets.contains(id)) {
            image.link = None;
        }
    });
}

/// Gives `visit` every run of inline content of the article, nested ones too.
fn each_run_mut(article: &mut Article, visit: &mut dyn FnMut(&mut Vec<Inline>)) {
    if let Some(hero) = &mut article.hero {
        visit(&mut hero.caption);
    }
    blocks_runs(&mut article.body, visit);
}

fn blocks_runs(blocks: &mut [Block], visit: &mut dyn FnMut(&mut Vec<Inline>)) {
    for block in blocks {
        match block {
            Block::Paragraph(runs)
            | Block::Heading { content: runs, .. }
            | Block::Preformatted(runs) => visit(runs),
            Block::Quote {
                citation: Some(citation),
                ..
            } => visit(citation),
            Block::Definitions(parts) => parts.iter_mut().for_each(|part| {
                if let crate::model::Definition::Term(runs) = part {
                    visit(runs)
                }
            }),
            Block::Figure(image) => visit(&mut image.caption),
            Block::Gallery(images) => images
                .iter_mut()
                .for_each(|image| visit(&mut image.caption)),
            Block::Table(table) => {
                if let Some(caption) = &mut table.caption {
                    visit(caption)
                }
            }
            Block::Quote { .. } | Block::List { .. } | Block::Rule | Block::Embed(_) => {}
        }
        block.for_each_nested_mut(&mut |nested| blocks_runs(nested, visit));
    }
}

fn each_picture_mut(blocks: &mut [Block], visit: &mut dyn FnMut(&mut crate::model::Image)) {
    for block in blocks.iter_mut() {
        match block {
            Block::Figure(image) => visit(image),
            Block::Gallery(images) => images.iter_mut().for_each(&mut *visit),
            _ => {}
        }
        block.for_each_nested_mut(&mut |nested| each_picture_mut(nested, visit));
    }
}

/// Drops a target whose id came before.
fn keep_first_targets(runs: &mut Vec<Inline>, seen: &mut HashSet<String>) {
    runs.retain(|run| match run {
        Inline::Target(id) => seen.insert(id.clone()),
        _ => true,
    });
    for run in runs.iter_mut() {
        if let Some(content) = run.content_mut() {
            keep_first_targets(content, seen);
        }
    }
}

fn unlink_missing(runs: &mut Vec<Inline>, targets: &HashSet<String>) {
    let mut out = Vec::with_capacity(runs.len());
    for mut run in std::mem::take(runs) {
        if let Some(content) = run.content_mut() {
            unlink_missing(content, targets);
        }
        match run {
            Inline::Link {
                target: LinkTarget::InPage(id),
                content,
            } if !targets.contains(&id) => out.extend(content),
            Inline::Image(mut image) if matches!(&image.link, Some(LinkTarget::InPage(id)) if !targets.contains(id)) =>
            {
                image.link = None;
                out.push(Inline::Image(image));
            }
            other => out.push(other),
        }
    }
    *runs = out;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn link(id: &str, words: &str) -> Inline {
        Inline::Link {
            target: LinkTarget::InPage(id.into()),
            content: vec![Inline::text(words)],
        }
    }

    #[test]
    fn links_to_nothing_keep_their_words_and_ids_stay_unique() {
        let mut article = Article {
            body: vec![
                Block::Paragraph(vec![link("fn1", "1"), link("gone", "2")]),
                Block::Paragraph(vec![Inline::Target("fn1".into()), Inline::text("Note.")]),
                Block::Paragraph(vec![Inline::Target("fn1".into()), Inline::text("Again.")]),
            ],
            ..Article::default()
        };
        settle_in_page_links(&mut article);
        assert_eq!(
            article.body,
            vec![
                Block::Paragraph(vec![link("fn1", "1"), Inline::text("2")]),
                Block::Paragraph(vec![Inline::Target("fn1".into()), Inline::text("Note.")]),
                Block::Paragraph(vec![Inline::text("Again.")]),
            ]
        );
    }
}
