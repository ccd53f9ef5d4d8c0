//! Images from `<img>` and `<picture>`, with every address checked, lazy-loading attributes
//! understood, and `srcset` candidates of forbidden kinds dropped one by one.

use super::tree::Element;
use crate::formats::Environment;
use crate::model::{Image, ImageSource};

/// Attributes that lazy-loading scripts use for the real address, in order of preference.
const LAZY_SRC: [&str; 4] = [
    "data-src",
    "data-lazy-src",
    "data-original",
    "data-orig-file",
];
const LAZY_SRCSET: [&str; 2] = ["data-srcset", "data-lazy-srcset"];

/// An `<img>`; `None` when it has no address lede may load.
pub fn from_img(img: &Element, env: &dyn Environment) -> Option<Image> {
    let srcset = [
        Some("srcset"),
        LAZY_SRCSET.first().copied(),
        LAZY_SRCSET.get(1).copied(),
    ]
    .into_iter()
    .flatten()
    .find_map(|name| img.attr(name).and_then(|raw| srcset(raw, env)));
    let src = std::iter::once("src")
        .chain(LAZY_SRC)
        .filter_map(|name| img.attr(name))
        // A `data:` placeholder stands in for the real image until a script swaps it in, and
        // an empty address is no picture (it would resolve to the document itself).
        .filter(|raw| !raw.trim().is_empty() && !raw.trim_start().starts_with("data:"))
        .find_map(|raw| env.resolve_url(raw))
        .or_else(|| first_candidate(srcset.as_deref()?))?;
    Some(Image {
        src,
        srcset,
        sizes: img
            .attr("sizes")
            .map(str::to_owned)
            .filter(|s| !s.is_empty()),
        sources: Vec::new(),
        width: img.attr("width").and_then(dimension),
        height: img.attr("height").and_then(dimension),
        alt: img.attr("alt").unwrap_or_default().trim().to_owned(),
        caption: Vec::new(),
        credit: Default::default(),
        link: None,
    })
}

/// A `<picture>`: its `<source>`s and its `<img>`.
pub fn from_picture(picture: &Element, env: &dyn Environment) -> Option<Image> {
    let mut image = from_img(picture.find("img")?, env)?;
    image.sources = picture
        .elements()
        .filter(|child| child.name == "source")
        .filter_map(|source| {
            Some(ImageSource {
                srcset: srcset(
                    source
                        .attr("srcset")
                        .or_else(|| source.attr("data-srcset"))?,
                    env,
                )?,
                media: source.attr("media").map(str::to_owned),
                mime_type: source.attr("type").map(str::to_owned),
                sizes: source.attr("sizes").map(str::to_owned),
            })
        })
        .collect();
    Some(image)
}

/// An emoji drawn as a picture: it reads as the character it stands for (its alt text).
pub fn is_emoji(img: &Element) -> bool {
    img.has_class("emoji") || img.has_class("wp-smiley")
}

/// A picture a pixel wide or high: a tracker or a spacer, which no reader sees (loading it is
/// what a tracker is for), so it is left out.
pub fn is_tracker(img: &Element) -> bool {
    let at_most_one = |name| {
        img.attr(name)
            .and_then(|raw| raw.trim().trim_end_matches("px").trim().parse::<u32>().ok())
            .is_some_and(|n| n <= 1)
    };
    at_most_one("width") || at_most_one("height")
}

/// A small picture (an icon, a flag): it stays in the run of text rather than standing as a
/// figure of its own.
pub fn is_icon(img: &Element) -> bool {
    img.attr("width")
        .and_then(dimension)
        .is_some_and(|w| w <= 32)
}

/// `srcset` with each candidate's address resolved; candidates of forbidden kinds are dropped.
pub fn srcset(raw: &str, env: &dyn Environment) -> Option<String> {
    let kept: Vec<String> = candidates(raw)
        .into_iter()
        .filter_map(|(url, descriptor)| {
            let url = env.resolve_url(url)?;
            Some(if descriptor.is_empty() {
                url
            } else {
                format!("{url} {descriptor}")
            })
        })
        .collect();
    (!kept.is_empty()).then(|| kept.join(", "))
}

fn first_candidate(srcset: &str) -> Option<String> {
    srcset
        .split(", ")
        .next()?
        .split(' ')
        .next()
        .map(str::to_owned)
}

/// Splits a `srcset` into (address, descriptor) pairs as the HTML standard does: an address is
/// a run without whitespace (trailing commas end it), and a descriptor runs to the next comma.
fn candidates(raw: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = raw;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == ',');
        if rest.is_empty() {
            return out;
        }
        let (url, after) = rest
            .split_once(|c: char| c.is_ascii_whitespace())
            .unwrap_or((rest, ""));
        if let Some(stripped) = url.strip_suffix(',') {
            out.push((stripped.trim_end_matches(','), ""));
            // The whitespace after the address goes with the next trim.
            rest = after;
            continue;
        }
        let (descriptor, next) = after.split_once(',').unwrap_or((after, ""));
        out.push((url, descriptor.trim()));
        rest = next;
    }
}

/// "840" or "840px"; anything else (percentages, "auto") is not a size.
fn dimension(raw: &str) -> Option<u32> {
    let raw = raw.trim();
    raw.strip_suffix("px")
        .unwrap_or(raw)
        .trim()
        .parse()
        .ok()
        .filter(|&n| n > 0)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::formats::testing::TestEnv;

    #[test]
    fn srcset_candidates_are_split_as_the_standard_says() {
        assert_eq!(
            candidates("a.jpg 1x, b.jpg 2x"),
            vec![("a.jpg", "1x"), ("b.jpg", "2x")]
        );
        assert_eq!(
            candidates(" a.jpg, b.jpg 640w,c.jpg "),
            vec![("a.jpg", ""), ("b.jpg", "640w"), ("c.jpg", "")]
        );
        assert_eq!(
            candidates("x.jpg?w=1,2 300w"),
            vec![("x.jpg?w=1,2", "300w")]
        );
        assert_eq!(candidates(""), Vec::<(&str, &str)>::new());
    }

    #[test]
    fn forbidden_candidates_are_dropped_one_by_one() {
        assert_eq!(
            srcset("javascript:alert(1) 1x, /b.jpg 2x", &TestEnv).as_deref(),
            Some("https://news.example/b.jpg 2x")
        );
        assert_eq!(srcset("data:image/png;base64,xx 1x", &TestEnv), None);
    }

    #[test]
    fn sizes_are_pixels_only() {
        assert_eq!(dimension("840"), Some(840));
        assert_eq!(dimension(" 840px "), Some(840));
        for bad in ["100%", "auto", "-1", "0", ""] {
            assert_eq!(dimension(bad), None, "{bad}");
        }
    }
}
