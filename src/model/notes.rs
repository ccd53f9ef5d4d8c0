//! Footnotes: what an in-page link's note says, and which links are references to notes
//! (a "1", a "[2]", a "*") rather than links to a section.

use super::{shortened, Block, Inline, LinkTarget};

/// Notes longer than this are shortened in a popover; the whole note is a click away.
const MAX_NOTE_CHARS: usize = 280;

/// Whether a link's words are those of a note reference: a few characters, brackets aside.
pub fn looks_like_reference(words: &str) -> bool {
    let label = words
        .trim()
        .trim_start_matches(['[', '('])
        .trim_end_matches([']', ')'])
        .trim();
    !label.is_empty() && label.chars().count() <= 4
}

/// The words of the note that holds the target `id`, as a popover shows them: the list item,
/// definition or cell it starts (or else the block it stands in), without its back-links.
pub fn note_text(blocks: &[Block], id: &str) -> Option<String> {
    let text = find_note(blocks, id)?;
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.is_empty() {
        return None;
    }
    Some(shortened(&text, MAX_NOTE_CHARS))
}

fn find_note(blocks: &[Block], id: &str) -> Option<String> {
    for block in blocks {
        let mut found = None;
        block.for_each_nested(&mut |nested| {
            if found.is_some() {
                return;
            }
            found = if starts_with_target(nested, id) {
                Some(text_of(nested))
            } else {
                find_note(nested, id)
            };
        });
        if found.is_some() {
            return found;
        }
        let mut holds = false;
        block.for_each_run(&mut |runs| holds |= holds_target(runs, id));
        if holds {
            return Some(text_of(std::slice::from_ref(block)));
        }
    }
    None
}

/// Whether the first run of `blocks` opens with the target (among other targets).
fn starts_with_target(blocks: &[Block], id: &str) -> bool {
    let Some(first) = blocks.first() else {
        return false;
    };
    let mut starts = false;
    let mut first_run = true;
    first.for_each_run(&mut |runs| {
        if first_run {
            starts = runs
                .iter()
                .take_while(|run| matches!(run, Inline::Target(_)))
                .any(|run| matches!(run, Inline::Target(found) if found == id));
        }
        first_run = false;
    });
    starts
}

fn holds_target(runs: &[Inline], id: &str) -> bool {
    runs.iter().any(|run| match run {
        Inline::Target(found) => found == id,
        other => holds_target(other.content(), id),
    })
}

/// The text of `blocks` without the words of in-page links (a note's "↩" or "^ a b").
fn text_of(blocks: &[Block]) -> String {
    fn runs_text(runs: &[Inline], out: &mut String) {
        for run in runs {
            match run {
                Inline::Link {
                    target: LinkTarget::InPage(_),
                    ..
                } => {}
                Inline::Text(text) => out.push_str(text),
                Inline::LineBreak => out.push(' '),
                Inline::Math(math) => out.push_str(&math.plain_text()),
                other => runs_text(other.content(), out),
            }
        }
    }
    fn walk(blocks: &[Block], out: &mut String) {
        for block in blocks {
            block.for_each_run(&mut |runs| {
                runs_text(runs, out);
                out.push(' ');
            });
            block.for_each_nested(&mut |nested| walk(nested, out));
        }
    }
    let mut out = String::new();
    walk(blocks, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ListItem, ListNumbers};

    #[test]
    fn references_are_short_labels() {
        for label in ["1", "[12]", " (3) ", "*", "†", "a", "[iv]"] {
            assert!(looks_like_reference(label), "{label}");
        }
        for label in ["", "[]", "Themes", "Continue reading", "12345"] {
            assert!(!looks_like_reference(label), "{label}");
        }
    }

    #[test]
    fn a_note_is_its_list_item_without_its_back_link() {
        let back = Inline::Link {
            target: LinkTarget::InPage("ref-1".into()),
            content: vec![Inline::text("^")],
        };
        let body = [
            Block::Paragraph(vec![Inline::text("Text."), Inline::Target("ref-1".into())]),
            Block::List {
                ordered: true,
                numbers: ListNumbers::default(),
                items: vec![ListItem(vec![
                    Block::Paragraph(vec![
                        Inline::Target("note-1".into()),
                        back,
                        Inline::text(" The   source, "),
                    ]),
                    Block::Paragraph(vec![Inline::text("page 4.")]),
                ])],
            },
        ];
        assert_eq!(
            note_text(&body, "note-1").as_deref(),
            Some("The source, page 4.")
        );
        assert_eq!(note_text(&body, "ref-1").as_deref(), Some("Text."));
        assert_eq!(note_text(&body, "nowhere"), None);
    }

    #[test]
    fn long_notes_are_shortened() {
        let body = [Block::Paragraph(vec![
            Inline::Target("n".into()),
            Inline::text("word ".repeat(200)),
        ])];
        let text = note_text(&body, "n").unwrap_or_default();
        assert!(text.ends_with('…') && text.chars().count() <= MAX_NOTE_CHARS + 1);
    }
}
