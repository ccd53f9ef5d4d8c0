//! The allow-list against HTML as real content and attackers write it.

use super::*;
use crate::formats::testing::TestEnv;
use crate::formats::Environment;
use crate::model::{Block, Direction, Inline, InlineStyle, ListItem, ListNumbers};

fn body(html: &str) -> Vec<Block> {
    blocks(&TestEnv.parse_html(html), &TestEnv)
}

fn text(s: &str) -> Inline {
    Inline::text(s)
}

fn para(runs: Vec<Inline>) -> Block {
    Block::Paragraph(runs)
}

#[test]
fn paragraphs_headings_and_inline_styles_map_to_the_model() {
    assert_eq!(
        body("<h1>Top</h1><h3>Sub</h3><p>A <em>b</em> <strong>c</strong> <code>d</code> <u>e</u> <s>f</s> <sub>g</sub> <sup>h</sup> <mark>i</mark> <small>j</small></p>"),
        vec![
            Block::Heading { level: 2, content: vec![text("Top")] },
            Block::Heading { level: 3, content: vec![text("Sub")] },
            para(vec![
                text("A "),
                Inline::Styled { style: InlineStyle::Emphasis, content: vec![text("b")] },
                text(" "),
                Inline::Styled { style: InlineStyle::Strong, content: vec![text("c")] },
                text(" "),
                Inline::Styled { style: InlineStyle::Code, content: vec![text("d")] },
                text(" "),
                Inline::Styled { style: InlineStyle::Underline, content: vec![text("e")] },
                text(" "),
                Inline::Styled { style: InlineStyle::Strikethrough, content: vec![text("f")] },
                text(" "),
                Inline::Styled { style: InlineStyle::Subscript, content: vec![text("g")] },
                text(" "),
                Inline::Styled { style: InlineStyle::Superscript, content: vec![text("h")] },
                text(" "),
                Inline::Styled { style: InlineStyle::Highlight, content: vec![text("i")] },
                text(" "),
                Inline::Styled { style: InlineStyle::Small, content: vec![text("j")] },
            ]),
        ]
    );
}

#[test]
fn links_are_resolved_and_bad_ones_keep_their_words() {
    assert_eq!(
        body(
            r#"<p><a href="/x" onclick="evil()" style="color:red">ok</a> <a href="javascript:alert(1)">bad</a> <a>none</a></p>"#
        ),
        vec![para(vec![
            Inline::web_link("https://news.example/x", vec![text("ok")]),
            text(" bad none"),
        ])]
    );
}

#[test]
fn code_and_active_content_are_dropped_with_their_content() {
    let html = r#"<p>Keep</p><script>alert(1)</script><style>p{}</style><template><p>t</p></template>
        <form><input value="x"><button>Go</button></form><object data="x.swf"></object><svg><a href="/s"><text>svg</text></a></svg>
        <!-- comment --><noscript><img src="x.jpg"></noscript><p>Too</p>"#;
    assert_eq!(
        body(html),
        vec![para(vec![text("Keep")]), para(vec![text("Too")])]
    );
}

#[test]
fn wrappers_unwrap_and_loose_text_becomes_paragraphs() {
    assert_eq!(
        body(
            r#"<div id="readability-page-1" class="page"><div><span>Loose</span> text<div>Inner</div></div></div>"#
        ),
        vec![para(vec![text("Loose text")]), para(vec![text("Inner")])]
    );
}

#[test]
fn empty_paragraphs_and_runs_of_breaks_are_cleaned_up() {
    assert_eq!(
        body("<p>&nbsp;</p><p> </p><p><br></p>One<br>line<br><br>Two<br><br><br>Three<br>"),
        vec![
            para(vec![text("One"), Inline::LineBreak, text("line")]),
            para(vec![text("Two")]),
            para(vec![text("Three")]),
        ]
    );
}

#[test]
fn shortcodes_left_by_wordpress_are_removed() {
    assert_eq!(
        body(r#"<p>[caption id="attachment_1" width="300"]A lake[/caption]</p>"#),
        vec![para(vec![text("A lake")])]
    );
}

#[test]
fn words_in_another_language_or_direction_keep_them() {
    let language = |tag: Option<&str>, direction, content| Inline::Language {
        tag: tag.map(str::to_owned),
        direction,
        content,
    };
    assert_eq!(
        body("<p>He said <span lang=\"he\" dir=\"rtl\">תודה</span> to <bdi>إيران</bdi>, <span dir=\"rtl\">שלום</span> and <span class=\"x\">plain</span>.</p><p lang=\"ar\" dir=\"rtl\">نص عربي</p>"),
        vec![
            para(vec![
                text("He said "),
                language(Some("he"), Some(Direction::RightToLeft), vec![text("תודה")]),
                text(" to "),
                language(None, None, vec![text("إيران")]),
                text(", "),
                language(None, Some(Direction::RightToLeft), vec![text("שלום")]),
                text(" and plain."),
            ]),
            para(vec![language(
                Some("ar"),
                Some(Direction::RightToLeft),
                vec![text("نص عربي")]
            )]),
        ]
    );
    // An unknown direction marks nothing, nor does a language alone (word processors write
    // `lang="EN-US"` around any text); a container of blocks is not a run; the same marking
    // nested inside itself says nothing more.
    assert_eq!(
        body("<p><span dir=\"up\">x</span> <span lang=\"EN-US\">資訊</span></p><div dir=\"rtl\"><p>Eins</p><p>Zwei</p></div><p><bdi>a<bdi>b</bdi>c</bdi></p>"),
        vec![
            para(vec![text("x 資訊")]),
            para(vec![text("Eins")]),
            para(vec![text("Zwei")]),
            para(vec![language(None, None, vec![text("abc")])]),
        ]
    );
}

#[test]
fn ruby_keeps_each_reading_over_its_text() {
    let ruby = |base: &str, reading: &str| Inline::Ruby {
        base: vec![text(base)],
        reading: reading.into(),
    };
    assert_eq!(
        body("<p>東京の<ruby>漢<rp>(</rp><rt>かん</rt><rp>)</rp>字<rt>じ</rt></ruby>と<ruby><rb>北京</rb><rt> běijīng </rt></ruby><ruby>末<rt></rt></ruby>。</p>"),
        vec![para(vec![
            text("東京の"),
            ruby("漢", "かん"),
            ruby("字", "じ"),
            text("と"),
            ruby("北京", "běijīng"),
            text("末。"),
        ])]
    );
    // A ruby linked to in the page keeps its place as a target.
    let linked = body("<p><a href=\"#r\">See</a> <ruby id=\"r\">字<rt>じ</rt></ruby></p>");
    let Some(Block::Paragraph(runs)) = linked.first() else {
        panic!("{linked:?}")
    };
    assert!(runs.contains(&Inline::Target("r".into())), "{runs:?}");
}

#[test]
fn ordered_lists_keep_where_their_numbers_start_and_run() {
    let numbers = |html: &str| match body(html).first() {
        Some(Block::List { numbers, .. }) => *numbers,
        other => panic!("{other:?}"),
    };
    assert_eq!(
        numbers("<ol start=\"10\" reversed><li>Ten</li><li>Nine</li></ol>"),
        ListNumbers {
            start: Some(10),
            reversed: true
        }
    );
    assert_eq!(numbers("<ol><li>One</li></ol>"), ListNumbers::default());
    // A start that is no whole number is the usual numbering; a bulleted list has none.
    assert_eq!(
        numbers("<ol start=\"x\"><li>One</li></ol>"),
        ListNumbers::default()
    );
    assert_eq!(
        numbers("<ul start=\"3\" reversed><li>One</li></ul>"),
        ListNumbers::default()
    );
}

#[test]
fn lists_and_quotes_keep_their_structure() {
    let blocks = body("<ul><li>One</li><li><p>Two</p><ol><li>Two a</li></ol></li><li> </li></ul><blockquote><p>Said.</p></blockquote>");
    assert_eq!(blocks.len(), 2);
    let Block::List {
        ordered: false,
        items,
        ..
    } = &blocks[0]
    else {
        panic!("{blocks:?}")
    };
    assert_eq!(items.len(), 2, "the blank item is dropped");
    assert_eq!(items[0], ListItem(vec![para(vec![text("One")])]));
    assert!(matches!(&items[1].0[1], Block::List { ordered: true, .. }));
    assert_eq!(
        blocks[1],
        Block::Quote {
            content: vec![para(vec![text("Said.")])],
            citation: None
        }
    );
}

#[test]
fn figures_keep_images_captions_and_sizes() {
    let blocks = body(
        r#"<figure class="wp-caption"><img src="/a.jpg" srcset="/a-300.jpg 300w, javascript:x 600w" sizes="100vw" alt=" A lake " width="840" height="473px" onerror="alert(1)"><figcaption>The <a href="https://x.example/">lake</a>.</figcaption></figure>"#,
    );
    let [Block::Figure(image)] = blocks.as_slice() else {
        panic!("{blocks:?}")
    };
    assert_eq!(image.src, "https://news.example/a.jpg");
    assert_eq!(
        image.srcset.as_deref(),
        Some("https://news.example/a-300.jpg 300w")
    );
    assert_eq!((image.width, image.height), (Some(840), Some(473)));
    assert_eq!(image.alt, "A lake");
    assert_eq!(Inline::plain_text(&image.caption), "The lake.");
}

#[test]
fn pictures_keep_their_sources() {
    let blocks = body(
        r#"<picture><source media="(min-width: 600px)" srcset="/wide.jpg 1200w" type="image/webp"><source srcset="data:image/png;base64,AA"><img src="/narrow.jpg" alt="x"></picture>"#,
    );
    let [Block::Figure(image)] = blocks.as_slice() else {
        panic!("{blocks:?}")
    };
    assert_eq!(image.sources.len(), 1, "the data: source is dropped");
    assert_eq!(
        image.sources[0].srcset,
        "https://news.example/wide.jpg 1200w"
    );
    assert_eq!(
        image.sources[0].media.as_deref(),
        Some("(min-width: 600px)")
    );
}

#[test]
fn lazy_loaded_images_use_their_real_address() {
    let blocks = body(r#"<img src="data:image/gif;base64,R0lGOD" data-src="/real.jpg" alt="r">"#);
    let [Block::Figure(image)] = blocks.as_slice() else {
        panic!("{blocks:?}")
    };
    assert_eq!(image.src, "https://news.example/real.jpg");
}

#[test]
fn images_in_paragraphs_and_links_stand_as_figures() {
    let blocks = body(r#"<p>Before <a href="/big"><img src="/small.jpg" alt="s"></a> after</p>"#);
    assert_eq!(blocks.len(), 3, "{blocks:?}");
    assert!(matches!(blocks[1], Block::Figure(_)));
}

#[test]
fn emoji_images_read_as_their_text() {
    assert_eq!(
        body(r#"<p>Great <img class="emoji" src="/e.png" alt="😀"> day</p>"#),
        vec![para(vec![text("Great 😀 day")])]
    );
}

#[test]
fn embeds_become_link_cards() {
    let blocks = body(
        r#"<p><iframe src="https://www.youtube.com/embed/3bUtvUAeX8s?feature=oembed" title="Gullfoss"></iframe></p>
        <blockquote class="twitter-tweet"><p>Exploring Iceland</p>— Someone <a href="https://twitter.com/x/status/911?ref_src=twsrc">Sep 24</a></blockquote>
        <blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/BdqJaLiAYfe/"><p>A post</p></blockquote>
        <iframe src="javascript:alert(1)"></iframe>"#,
    );
    let cards: Vec<_> = blocks
        .iter()
        .map(|block| match block {
            Block::Embed(card) => (card.provider.as_str(), card.url.as_str()),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        cards,
        vec![
            ("YouTube", "https://www.youtube.com/watch?v=3bUtvUAeX8s"),
            ("X (Twitter)", "https://twitter.com/x/status/911"),
            ("Instagram", "https://www.instagram.com/p/BdqJaLiAYfe/"),
        ]
    );
}

#[test]
fn galleries_group_their_pictures() {
    let blocks = body(
        r#"<div class="gallery"><figure class="gallery-item"><a href="/p1"><img src="/1.jpg" alt="one"></a><figcaption>First</figcaption></figure><figure><img src="/2.jpg" alt="two"></figure></div>"#,
    );
    let [Block::Gallery(images)] = blocks.as_slice() else {
        panic!("{blocks:?}")
    };
    assert_eq!(images.len(), 2);
    assert_eq!(Inline::plain_text(&images[0].caption), "First");
    assert!(images[1].caption.is_empty());
}

#[test]
fn gallery_captions_stay_with_their_pictures() {
    let blocks = body(concat!(
        r#"<div class="wp-block-gallery"><img src="/loose.jpg" alt="loose">"#,
        r#"<figure><figure><img src="/in.jpg" alt="in"></figure><figcaption>Outer</figcaption></figure>"#,
        r#"<figure><img src="/last.jpg" alt="last"><img src="/extra.jpg" alt="extra"><figcaption>Last</figcaption></figure></div>"#,
    ));
    let [Block::Gallery(images)] = blocks.as_slice() else {
        panic!("{blocks:?}")
    };
    let pairs: Vec<_> = images
        .iter()
        .map(|image| (image.alt.as_str(), Inline::plain_text(&image.caption)))
        .collect();
    assert_eq!(
        pairs,
        [
            ("loose", String::new()),
            ("in", "Outer".to_owned()),
            ("last", "Last".to_owned()),
            ("extra", String::new()),
        ]
    );
}

#[test]
fn a_gallery_whose_captions_would_lose_words_is_read_as_its_parts() {
    // The caption of a picture that cannot be shown, and an inner caption that an outer one
    // would replace: a gallery of pictures would lose them, so the figures stand on their own.
    let blocks = body(concat!(
        r#"<div class="wp-block-gallery">"#,
        r#"<figure><img src="javascript:x()" alt="bad"><figcaption>Kept</figcaption></figure>"#,
        r#"<figure><figure><img src="/in.jpg" alt="in"><figcaption>Inner</figcaption></figure><figcaption>Outer</figcaption></figure></div>"#,
    ));
    let text: Vec<String> = blocks
        .iter()
        .map(|block| match block {
            Block::Paragraph(runs) => Inline::plain_text(runs),
            Block::Figure(image) => {
                format!("[{}] {}", image.alt, Inline::plain_text(&image.caption))
            }
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(text, ["Kept", "[in] Inner\nOuter"]);
}

#[test]
fn a_huge_gallery_keeps_each_caption() {
    let figures: String = (0..20_000)
        .map(|i| {
            format!(
                r#"<figure><img src="/{i}.jpg" alt="{i}"><figcaption>No. {i}</figcaption></figure>"#
            )
        })
        .collect();
    let blocks = body(&format!(r#"<div class="gallery">{figures}</div>"#));
    let [Block::Gallery(images)] = blocks.as_slice() else {
        panic!("not one gallery")
    };
    assert_eq!(images.len(), 20_000);
    assert_eq!(Inline::plain_text(&images[19_999].caption), "No. 19999");
}

#[test]
fn tables_keep_head_body_caption_and_spans() {
    let blocks = body(
        r#"<table><caption>Rates</caption><tr><th>Bank</th><th>Rate</th></tr><tr><td colspan="2" onclick="x()">ECB <b>2%</b></td></tr><tr><td rowspan="9999">BoE</td><td><p>4%</p><p>held</p></td></tr></table>"#,
    );
    let [Block::Table(table)] = blocks.as_slice() else {
        panic!("{blocks:?}")
    };
    assert_eq!(
        table.caption.as_deref().map(Inline::plain_text).as_deref(),
        Some("Rates")
    );
    assert_eq!(table.head.len(), 1);
    assert_eq!(table.body.len(), 2);
    assert_eq!(table.body[0].0[0].colspan, 2);
    assert_eq!(table.body[1].0[0].rowspan, 100, "spans are clamped");
    assert_eq!(
        table.body[1].0[1].content,
        vec![para(vec![text("4%")]), para(vec![text("held")])],
        "a cell holds blocks"
    );
}

#[test]
fn preformatted_text_keeps_its_spacing() {
    assert_eq!(
        body("<pre>\n  a  b\n    c</pre>"),
        vec![Block::Preformatted(vec![text("  a  b\n    c")])]
    );
}

#[test]
fn plain_text_decodes_and_collapses() {
    assert_eq!(
        plain_text(
            &TestEnv
                .parse_html("Rock &#038; Roll &#8217;n&nbsp;more <script>x</script> <b>now</b>")
        ),
        "Rock & Roll ’n\u{a0}more now"
    );
}

#[test]
fn captions_flatten_paragraphs_into_lines() {
    let runs = inlines(&TestEnv.parse_html("<p>One</p><p>Two</p>"), &TestEnv);
    assert_eq!(runs, vec![text("One"), Inline::LineBreak, text("Two")]);
}

#[test]
fn very_deep_markup_does_not_overflow() {
    let html = "<div>".repeat(5_000) + "deep" + &"</div>".repeat(5_000);
    let blocks = body(&html);
    assert!(blocks.len() <= 1);
}
