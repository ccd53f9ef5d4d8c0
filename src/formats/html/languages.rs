//! Runs of text that their markup says run in another direction (`dir`, `<bdi>`, `<bdo>`), with
//! their language, which the body keeps as such.

use super::tree::Element;
use crate::formats::text::language_tag;
use crate::model::{Direction, Inline};

/// The language (if given) and direction (`None`: the words' own) an element marks.
pub type Marked = (Option<String>, Option<Direction>);

/// The direction `e` marks its content with, and its language, if it marks a direction: a
/// `dir` of `ltr` or `rtl`, or isolation alone (`<bdi>`, `<bdo>`, `dir="auto"`), where the
/// words' own script decides it. A `lang` on its own is not taken: word processors mark what
/// is pasted from them `lang="EN-US"` span by span, whatever its language (Chinese text, in
/// one of Readability's pages), and a screen reader would read it in the wrong voice.
pub fn marked(e: &Element) -> Option<Marked> {
    let dir = e.attr("dir").map(str::trim);
    let direction = match dir {
        Some(dir) if dir.eq_ignore_ascii_case("rtl") => Some(Direction::RightToLeft),
        Some(dir) if dir.eq_ignore_ascii_case("ltr") => Some(Direction::LeftToRight),
        _ => None,
    };
    let isolated = matches!(e.name.as_str(), "bdi" | "bdo")
        || dir.is_some_and(|dir| dir.eq_ignore_ascii_case("auto"));
    let tag = e.attr("lang").and_then(language_tag);
    (direction.is_some() || isolated).then_some((tag, direction))
}

/// `content` as a run in the language and direction `marked` found. Runs inside it marked the
/// same way say nothing more, and give their content only: editors that paste from word
/// processors nest `<span lang="EN-US">` three deep.
pub fn run(marked: Marked, content: Vec<Inline>) -> Inline {
    let content = unmarked(content, &marked);
    let (tag, direction) = marked;
    Inline::Language {
        tag,
        direction,
        content,
    }
}

fn unmarked(runs: Vec<Inline>, marked: &Marked) -> Vec<Inline> {
    let same_tag = |tag: &Option<String>| match (tag, &marked.0) {
        (Some(tag), Some(outer)) => tag.eq_ignore_ascii_case(outer),
        (None, None) => true,
        _ => false,
    };
    let mut out = Vec::with_capacity(runs.len());
    for mut run in runs {
        match run {
            Inline::Language {
                tag,
                direction,
                content,
            } if same_tag(&tag) && direction == marked.1 => {
                for inner in unmarked(content, marked) {
                    Inline::push_joined(&mut out, inner);
                }
            }
            _ => {
                if let Some(content) = run.content_mut() {
                    *content = unmarked(std::mem::take(content), marked);
                }
                Inline::push_joined(&mut out, run);
            }
        }
    }
    out
}
