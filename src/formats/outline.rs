//! A sound heading outline under the headline: the body's top headings become level 2 and no
//! heading skips a level, so screen-reader users can move through the article by headings.

use crate::model::Block;

/// Shifts the body's headings so the highest is level 2, then lowers any that would skip a
/// level after the one before it (an `<h4>` straight after an `<h2>` becomes level 3).
pub fn settle_headings(body: &mut [Block]) {
    let Some(highest) = highest_level(body) else {
        return;
    };
    let shift = highest.saturating_sub(2);
    let mut previous = 1;
    walk(body, &mut |level| {
        let shifted = (*level - shift).clamp(2, 6);
        *level = shifted.min(previous + 1);
        previous = *level;
    });
}

/// The highest level of the headings in `blocks`, in every container.
fn highest_level(blocks: &[Block]) -> Option<u8> {
    let mut highest: Option<u8> = None;
    let mut consider = |found: Option<u8>| {
        highest = match (highest, found) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    };
    for block in blocks {
        if let Block::Heading { level, .. } = block {
            consider(Some(*level));
        }
        block.for_each_nested(&mut |nested| consider(highest_level(nested)));
    }
    highest
}

/// Calls `visit` with each heading's level, in reading order.
fn walk(blocks: &mut [Block], visit: &mut dyn FnMut(&mut u8)) {
    for block in blocks {
        if let Block::Heading { level, .. } = block {
            visit(level);
        }
        block.for_each_nested_mut(&mut |nested| walk(nested, visit));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Inline;

    fn levels(input: &[u8]) -> Vec<u8> {
        let mut body: Vec<Block> = input
            .iter()
            .map(|&level| Block::Heading {
                level,
                content: vec![Inline::text("h")],
            })
            .collect();
        settle_headings(&mut body);
        body.iter()
            .map(|block| match block {
                Block::Heading { level, .. } => *level,
                _ => unreachable!(),
            })
            .collect()
    }

    #[test]
    fn outlines_start_at_two_and_never_skip() {
        assert_eq!(levels(&[3, 4, 3]), [2, 3, 2]);
        assert_eq!(levels(&[2, 4, 6, 2]), [2, 3, 4, 2]);
        assert_eq!(levels(&[4, 2]), [2, 2]);
        assert_eq!(levels(&[2, 3, 4]), [2, 3, 4]);
        assert_eq!(levels(&[]), Vec::<u8>::new());
    }
}
