//! The allow-list itself: HTML flow content rebuilt as the model's blocks and inline runs.
//!
//! Only what the model can express comes out: element names map to block and inline kinds,
//! and the only attributes read are addresses (checked by the [`Environment`]), ids that
//! in-page links go to, image sizes, table spans and scopes, `abbr` titles, `time` values and
//! MathML's presentation attributes. Everything else (scripts, styles, forms, frames, SVG,
//! comments, event handlers, classes, styles) is dropped, with the content of the elements that
//! hold code.

use super::context::Context;
use super::text::{collapse_whitespace, is_blank, strip_shortcodes};
use super::tree::{Element, Node};
use super::{embeds, figures, images, languages, lists, math, pre, ruby, tables};
use crate::formats::Environment;
use crate::model::{Block, Definition, Inline, InlineStyle, ListItem, ListNumbers};

/// Deeper markup is ignored; browsers stop nesting at 512 anyway.
pub(super) const MAX_DEPTH: usize = 200;

/// Elements dropped together with everything inside them.
pub(super) const DROPPED: [&str; 30] = [
    "script", "style", "template", "noscript", "head", "title", "meta", "link", "base", "form",
    "input", "button", "select", "textarea", "option", "optgroup", "datalist", "output", "object",
    "applet", "param", "frame", "frameset", "noframes", "canvas", "dialog", "map", "area", "track",
    "slot",
];

/// Elements that end the paragraph before them and start a new one after.
const CONTAINERS: [&str; 20] = [
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "aside",
    "nav",
    "address",
    "center",
    "details",
    "summary",
    "dt",
    "dd",
    "figcaption",
    "hgroup",
    "caption",
    "body",
    "html",
];

/// Elements that stand as blocks of their own wherever they appear.
const BLOCKS: [&str; 19] = [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "menu",
    "dl",
    "li",
    "blockquote",
    "figure",
    "picture",
    "pre",
    "hr",
    "table",
    "iframe",
    "video",
];

/// Body blocks from HTML flow content.
pub fn blocks(nodes: &[Node], env: &dyn Environment) -> Vec<Block> {
    let cx = Context::new(nodes, env);
    let mut flow = Flow::new(&cx);
    flow.nodes(nodes, 0);
    flow.finish()
}

/// Inline runs from HTML that may hold paragraphs (a caption): paragraphs become line breaks,
/// and pictures are pictures in the text.
pub fn inlines(nodes: &[Node], env: &dyn Environment) -> Vec<Inline> {
    let cx = Context::new(nodes, env);
    Flow::new(&cx).inline_runs(nodes, 0)
}

/// The text a reader sees, whitespace collapsed: for titles, names and summaries.
pub fn plain_text(nodes: &[Node]) -> String {
    fn walk(nodes: &[Node], out: &mut String, depth: usize) {
        for node in nodes {
            match node {
                Node::Text(text) => out.push_str(text),
                Node::Element(e)
                    if depth < MAX_DEPTH && !e.foreign && !DROPPED.contains(&e.name.as_str()) =>
                {
                    if e.name == "br" || CONTAINERS.contains(&e.name.as_str()) {
                        out.push(' ');
                    }
                    walk(&e.children, out, depth + 1);
                }
                Node::Element(_) => {}
            }
        }
    }
    let mut out = String::new();
    walk(nodes, &mut out, 0);
    collapse_whitespace(&strip_shortcodes(&out))
        .trim()
        .to_owned()
}

/// One container's content being rebuilt: the blocks so far and the paragraph being gathered.
pub(super) struct Flow<'c> {
    pub cx: &'c Context<'c>,
    blocks: Vec<Block>,
    /// The paragraph being gathered from inline content.
    paragraph: Vec<Inline>,
    /// Targets of in-page links met before any text, for the next block to hold.
    waiting: Vec<Inline>,
    /// Content that holds no blocks (a heading, a caption, a term): pictures are in the text.
    inline: bool,
    /// The content of a phrasing element (a link, an emphasis): the spaces at its edges are
    /// between words of the paragraph around it, so they stay.
    phrasing: bool,
    /// How many tables this content is inside.
    pub tables: usize,
}

impl<'c> Flow<'c> {
    pub fn new(cx: &'c Context<'c>) -> Self {
        Self {
            cx,
            blocks: Vec::new(),
            paragraph: Vec::new(),
            waiting: Vec::new(),
            inline: false,
            phrasing: false,
            tables: 0,
        }
    }

    pub fn env(&self) -> &'c dyn Environment {
        self.cx.env
    }

    pub fn finish(mut self) -> Vec<Block> {
        self.flush();
        if !self.waiting.is_empty() {
            // A target after everything else: the last block holds it at its end.
            let waiting = std::mem::take(&mut self.waiting);
            if let Some(last) = self.blocks.last_mut() {
                super::targets::append(last, waiting);
            }
        }
        self.blocks
    }

    pub fn nodes<'n>(&mut self, nodes: impl IntoIterator<Item = &'n Node>, depth: usize) {
        if depth > MAX_DEPTH {
            return;
        }
        for node in nodes {
            match node {
                Node::Text(text) => self.text(text),
                Node::Element(element) => self.element(element, depth + 1),
            }
        }
    }

    fn element(&mut self, e: &Element, depth: usize) {
        let name = e.name.as_str();
        if e.foreign {
            // Only MathML's own root: see `math` for why the name is enough.
            if name == "math" {
                if let Some(formula) = math::from_element(e) {
                    self.push(Inline::Math(Box::new(formula)));
                }
            }
            return;
        }
        if DROPPED.contains(&name) {
            if let Some((tex, display)) = math::tex_script(e) {
                self.tex(tex, display);
            }
            return;
        }
        if CONTAINERS.contains(&name) || BLOCKS.contains(&name) {
            self.flush();
        }
        // A phrasing element holds its own target (see `phrasing_runs`).
        let phrasing = inline_style(name).is_some() || matches!(name, "abbr" | "acronym" | "time");
        if !phrasing || (!self.inline && holds_blocks(e)) {
            if let Some(id) = self.cx.target_of(e) {
                self.push(Inline::Target(id));
            }
        }
        match name {
            "br" => self.line_break(),
            _ if is_gallery(e) => match gallery(e, self.cx) {
                Some(pictures) if captions_hold_every_word(e, &pictures) => {
                    self.block(Some(pictures))
                }
                // A gallery with words besides its captions (a list's text, a caption of the
                // whole gallery) is read as what it is made of, so that none is lost.
                _ => {
                    self.flush();
                    self.nodes(&e.children, depth);
                    self.flush();
                }
            },
            // A list item outside any list (the parser keeps it where it was written): a list
            // of its own, or the next item of the list just before it.
            "li" => {
                self.flush();
                let item = ListItem(self.element_blocks(e, depth));
                if item.0.is_empty() {
                    return;
                }
                match self.blocks.last_mut() {
                    Some(Block::List {
                        ordered: false,
                        items,
                        ..
                    }) if self.waiting.is_empty() => items.push(item),
                    _ => self.block(Some(Block::List {
                        ordered: false,
                        numbers: ListNumbers::default(),
                        items: vec![item],
                    })),
                }
            }
            _ if CONTAINERS.contains(&name) => {
                // A paragraph in another language or direction keeps them.
                match languages::marked(e).filter(|_| !holds_blocks(e)) {
                    Some(marked) => self.marked_run(e, marked, depth),
                    None => self.nodes(&e.children, depth),
                }
                self.flush();
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let content = self.inline_runs(&e.children, depth);
                if shows_something(&content) {
                    // The headline is the article's only level 1.
                    let level = name
                        .get(1..)
                        .and_then(|digit| digit.parse::<u8>().ok())
                        .unwrap_or(2)
                        .max(2);
                    self.block(Some(Block::Heading { level, content }));
                }
            }
            "ul" | "ol" | "menu" => self.block(lists::list(self, e, depth)),
            "dl" => self.block(lists::definitions(self, e, depth)),
            "blockquote" => {
                let block = match embeds::from_blockquote(e, self.env()) {
                    Some(card) => Some(Block::Embed(card)),
                    None => quote(self.sub_blocks(&e.children, depth), None),
                };
                self.block(block);
            }
            "figure" => {
                for block in figures::figure(self, e, depth) {
                    self.block(Some(block));
                }
            }
            "img" | "picture" => self.picture(e),
            "iframe" | "embed" | "video" | "audio" => {
                self.block(embeds::from_frame(e, self.env()).map(Block::Embed))
            }
            "pre" => self.block(pre::preformatted(self, e)),
            "hr" => self.block(Some(Block::Rule)),
            "table" => {
                for block in tables::table(self, e, depth) {
                    self.block(Some(block));
                }
            }
            "a" => self.link(e, depth),
            _ if !self.inline && holds_blocks(e) => self.nodes(&e.children, depth),
            "abbr" | "acronym" => {
                let content = self.phrasing_runs(e, depth);
                let title = short_attribute(e, "title", 300);
                self.push_styled(content, |content| Inline::Abbreviation { title, content });
            }
            "ruby" => {
                let runs = ruby::runs(self, e, depth);
                self.extend(runs);
            }
            "time" => {
                let content = self.phrasing_runs(e, depth);
                let datetime = short_attribute(e, "datetime", 64);
                self.push_styled(content, |content| Inline::Time { datetime, content });
            }
            _ => match inline_style(name) {
                Some(style) => {
                    let content = self.phrasing_runs(e, depth);
                    self.push_styled(content, |content| Inline::Styled { style, content });
                }
                // span, font, unknown elements: their content, without them, but for the
                // language and direction they mark it with.
                None => match languages::marked(e) {
                    Some(marked) => self.marked_run(e, marked, depth),
                    None => self.nodes(&e.children, depth),
                },
            },
        }
    }

    /// `e`'s content as one run in the language and direction it is `marked` with.
    fn marked_run(&mut self, e: &Element, marked: languages::Marked, depth: usize) {
        let content = self.phrasing_runs(e, depth);
        self.push_styled(content, |content| languages::run(marked, content));
    }

    /// An `<img>` or `<picture>`: a figure of its own in running content, a picture in the
    /// text where blocks cannot be (or when it is an icon), an emoji's character, or nothing
    /// for a tracking pixel.
    fn picture(&mut self, e: &Element) {
        let img = if e.name == "picture" {
            e.find("img")
        } else {
            Some(e)
        };
        let Some(img) = img else { return };
        if images::is_emoji(img) {
            return self.text(img.attr("alt").unwrap_or_default());
        }
        if images::is_tracker(img) {
            return;
        }
        let image = if e.name == "picture" {
            images::from_picture(e, self.env())
        } else {
            images::from_img(e, self.env())
        };
        let Some(image) = image else { return };
        if self.inline || images::is_icon(img) {
            self.push(Inline::Image(Box::new(image)));
        } else {
            self.block(Some(Block::Figure(Box::new(image))));
        }
    }

    /// A link keeps its words, and its pictures: a linked figure, or a picture in a linked run.
    fn link(&mut self, e: &Element, depth: usize) {
        let target = e.attr("href").and_then(|href| self.cx.link_target(href));
        if !self.inline && holds_blocks(e) {
            let blocks = self.sub_blocks(&e.children, depth);
            for block in figures::linked(blocks, target.as_ref()) {
                self.block(Some(block));
            }
            return;
        }
        let content = self.phrasing_runs(e, depth);
        match target {
            Some(target) if shows_something(&content) => {
                self.push(Inline::Link { target, content })
            }
            _ => self.extend(content),
        }
    }

    /// TeX that MathJax would have typeset from a script: shown as the code it is.
    fn tex(&mut self, tex: String, display: bool) {
        let code = Inline::Styled {
            style: InlineStyle::Code,
            content: vec![Inline::Text(tex)],
        };
        if display {
            self.flush();
            self.push(code);
            self.flush();
        } else {
            self.push(code);
        }
    }

    /// Blocks of a nested container (a list item, a quote, a cell), gathered on their own.
    pub fn sub_blocks<'n>(
        &self,
        nodes: impl IntoIterator<Item = &'n Node>,
        depth: usize,
    ) -> Vec<Block> {
        let mut flow = self.nested(false);
        flow.nodes(nodes, depth);
        flow.finish()
    }

    /// The blocks of an element that the walk does not enter through [`Flow::element`] (a list
    /// item, a cell, a definition), starting with its own target when a link goes to it.
    pub fn element_blocks(&self, e: &Element, depth: usize) -> Vec<Block> {
        let mut flow = self.nested(false);
        if let Some(id) = self.cx.target_of(e) {
            flow.push(Inline::Target(id));
        }
        flow.nodes(&e.children, depth);
        flow.finish()
    }

    /// The same for an element that holds no blocks (a term, a caption), as inline runs.
    pub fn element_runs(&self, e: &Element, depth: usize) -> Vec<Inline> {
        let mut flow = self.nested(true);
        if let Some(id) = self.cx.target_of(e) {
            flow.push(Inline::Target(id));
        }
        flow.nodes(&e.children, depth);
        flow.runs()
    }

    /// The inline runs of content that holds no blocks (a heading, a term, a caption): its
    /// paragraphs become lines, and whatever else it holds gives its runs.
    pub fn inline_runs(&self, nodes: &[Node], depth: usize) -> Vec<Inline> {
        let mut flow = self.nested(true);
        flow.nodes(nodes, depth);
        flow.runs()
    }

    fn runs(self) -> Vec<Inline> {
        let mut runs = Vec::new();
        for block in self.finish() {
            runs_of(block, &mut runs);
        }
        runs
    }

    /// The inline runs of a phrasing element (a link, an emphasis), spaces at its edges kept,
    /// starting with the element's own target when a link goes to it.
    fn phrasing_runs(&self, e: &Element, depth: usize) -> Vec<Inline> {
        let mut flow = Flow {
            phrasing: true,
            ..self.nested(true)
        };
        if e.name != "a" {
            if let Some(id) = self.cx.target_of(e) {
                flow.push(Inline::Target(id));
            }
        }
        flow.nodes(&e.children, depth);
        if flow.blocks.is_empty() {
            let mut runs = std::mem::take(&mut flow.waiting);
            runs.append(&mut flow.paragraph);
            return runs;
        }
        let mut runs = Vec::new();
        for block in flow.finish() {
            runs_of(block, &mut runs);
        }
        runs
    }

    fn nested(&self, inline: bool) -> Flow<'c> {
        Flow {
            inline,
            tables: self.tables,
            ..Flow::new(self.cx)
        }
    }

    fn text(&mut self, text: &str) {
        let text = collapse_whitespace(&strip_shortcodes(text));
        if text.is_empty() || (!self.phrasing && self.starts_paragraph() && is_blank(&text)) {
            return;
        }
        match self.paragraph.last_mut() {
            Some(Inline::Text(previous)) => previous.push_str(&text),
            _ => self.push(Inline::Text(text)),
        }
    }

    /// Whether nothing a reader sees is in the paragraph yet.
    fn starts_paragraph(&self) -> bool {
        self.paragraph
            .iter()
            .all(|run| matches!(run, Inline::Target(_)))
    }

    /// Adds one run to the paragraph; the first takes the targets waiting for text.
    pub fn push(&mut self, run: Inline) {
        if self.paragraph.is_empty() && !self.waiting.is_empty() {
            self.paragraph.append(&mut self.waiting);
        }
        self.paragraph.push(run);
    }

    fn push_styled(&mut self, content: Vec<Inline>, wrap: impl FnOnce(Vec<Inline>) -> Inline) {
        if shows_something(&content) {
            self.push(wrap(content));
        } else {
            // Keeps what shows nothing but matters: a target, a space between words.
            self.extend(content);
        }
    }

    /// Adds runs to the paragraph, joining text that meets text.
    fn extend(&mut self, runs: Vec<Inline>) {
        for run in runs {
            if let (Some(Inline::Text(previous)), Inline::Text(text)) =
                (self.paragraph.last_mut(), &run)
            {
                previous.push_str(text);
                continue;
            }
            let blank = matches!(&run, Inline::Text(text) if is_blank(text));
            if blank && !self.phrasing && self.starts_paragraph() {
                continue;
            }
            self.push(run);
        }
    }

    /// One `<br>` breaks the line; two in a row end the paragraph.
    fn line_break(&mut self) {
        match self.paragraph.last() {
            Some(Inline::LineBreak) => {
                self.paragraph.pop();
                self.flush();
            }
            Some(_) if !self.starts_paragraph() => self.paragraph.push(Inline::LineBreak),
            _ => {}
        }
    }

    pub fn block(&mut self, block: Option<Block>) {
        if let Some(mut block) = block {
            self.flush();
            if !self.waiting.is_empty() {
                let waiting = std::mem::take(&mut self.waiting);
                self.waiting = super::targets::prepend(&mut block, waiting);
            }
            self.blocks.push(block);
        }
    }

    /// Ends the paragraph being gathered; one that shows nothing is dropped, but the targets
    /// it holds wait for the next block.
    fn flush(&mut self) {
        let mut runs = std::mem::take(&mut self.paragraph);
        while matches!(runs.last(), Some(Inline::LineBreak)) {
            runs.pop();
        }
        trim_ends(&mut runs);
        runs.retain(|run| !matches!(run, Inline::Text(text) if text.is_empty()));
        if shows_something(&runs) {
            self.blocks.push(Block::Paragraph(runs));
        } else {
            self.waiting.extend(
                runs.into_iter()
                    .filter(|run| matches!(run, Inline::Target(_))),
            );
        }
    }
}

/// Trims the text that starts and ends a paragraph, looking past the targets around it.
fn trim_ends(runs: &mut [Inline]) {
    if let Some(Inline::Text(first)) = runs
        .iter_mut()
        .find(|run| !matches!(run, Inline::Target(_)))
    {
        *first = first.trim_start().to_owned();
    }
    if let Some(Inline::Text(last)) = runs
        .iter_mut()
        .rev()
        .find(|run| !matches!(run, Inline::Target(_)))
    {
        *last = last.trim_end().to_owned();
    }
}

/// The inline runs a block gives to content that holds no blocks, in reading order.
fn runs_of(block: Block, out: &mut Vec<Inline>) {
    let add = |runs: Vec<Inline>, out: &mut Vec<Inline>| {
        if runs.is_empty() {
            return;
        }
        if out.iter().any(|run| !matches!(run, Inline::Target(_))) {
            out.push(Inline::LineBreak);
        }
        out.extend(runs);
    };
    match block {
        Block::Paragraph(runs)
        | Block::Heading { content: runs, .. }
        | Block::Preformatted(runs) => add(runs, out),
        Block::Figure(image) => {
            let mut image = *image;
            let caption = std::mem::take(&mut image.caption);
            add(vec![Inline::Image(Box::new(image))], out);
            add(caption, out);
        }
        Block::Gallery(images) => {
            for image in images {
                runs_of(Block::Figure(Box::new(image)), out);
            }
        }
        Block::Quote { content, citation } => {
            content.into_iter().for_each(|block| runs_of(block, out));
            add(citation.unwrap_or_default(), out);
        }
        Block::List { items, .. } => items
            .into_iter()
            .flat_map(|item| item.0)
            .for_each(|block| runs_of(block, out)),
        Block::Definitions(parts) => {
            for part in parts {
                match part {
                    Definition::Term(runs) => add(runs, out),
                    Definition::Details(blocks) => {
                        blocks.into_iter().for_each(|block| runs_of(block, out))
                    }
                }
            }
        }
        Block::Table(table) => {
            add(table.caption.unwrap_or_default(), out);
            for row in table.head.into_iter().chain(table.body) {
                for cell in row.0 {
                    cell.content
                        .into_iter()
                        .for_each(|block| runs_of(block, out));
                }
            }
        }
        Block::Embed(card) => {
            let title = card.title.unwrap_or_else(|| card.url.clone());
            let words = format!("{}: {title}", card.provider);
            add(
                vec![Inline::web_link(card.url, vec![Inline::Text(words)])],
                out,
            );
        }
        Block::Rule => {}
    }
}

/// Whether runs show anything: text, a picture or a formula (targets and breaks show nothing).
pub(super) fn shows_something(runs: &[Inline]) -> bool {
    runs.iter().any(|run| match run {
        Inline::Text(text) => !is_blank(text),
        Inline::Image(_) | Inline::Math(_) => true,
        Inline::LineBreak | Inline::Target(_) => false,
        other => shows_something(other.content()),
    })
}

fn quote(content: Vec<Block>, citation: Option<Vec<Inline>>) -> Option<Block> {
    (!content.is_empty()).then_some(Block::Quote { content, citation })
}

/// An attribute's text, when it has some and is not overlong.
fn short_attribute(e: &Element, name: &str, max: usize) -> Option<String> {
    e.attr(name)
        .map(|value| collapse_whitespace(value).trim().to_owned())
        .filter(|value| !value.is_empty() && value.chars().count() <= max)
}

pub(super) fn inline_style(name: &str) -> Option<InlineStyle> {
    Some(match name {
        "em" | "i" | "dfn" => InlineStyle::Emphasis,
        "strong" | "b" => InlineStyle::Strong,
        "code" | "tt" => InlineStyle::Code,
        "u" => InlineStyle::Underline,
        "s" | "strike" => InlineStyle::Strikethrough,
        "small" => InlineStyle::Small,
        "sub" => InlineStyle::Subscript,
        "sup" => InlineStyle::Superscript,
        "mark" => InlineStyle::Highlight,
        "q" => InlineStyle::Quotation,
        "cite" => InlineStyle::Citation,
        "kbd" => InlineStyle::Keyboard,
        "var" => InlineStyle::Variable,
        "samp" => InlineStyle::Sample,
        "del" => InlineStyle::Deleted,
        "ins" => InlineStyle::Inserted,
        _ => return None,
    })
}

/// Whether an inline-looking element wraps blocks (`<a><img></a>`, `<span><p>…</p></span>`):
/// then it is unwrapped, and its blocks stand on their own.
fn holds_blocks(e: &Element) -> bool {
    e.elements().any(|child| {
        let name = child.name.as_str();
        (name == "img" && !images::is_icon(child) && !images::is_emoji(child))
            || BLOCKS.contains(&name)
            || CONTAINERS.contains(&name)
            || holds_blocks(child)
    })
}

fn is_gallery(e: &Element) -> bool {
    e.attr("class").is_some_and(|classes| {
        classes.split_ascii_whitespace().any(|class| {
            matches!(
                class,
                "gallery" | "wp-block-gallery" | "tiled-gallery" | "blocks-gallery-grid"
            )
        })
    })
}

/// Whether the captions of a gallery's pictures hold all the words of the element it was
/// read from.
fn captions_hold_every_word(e: &Element, gallery: &Block) -> bool {
    let letters = |text: &str| text.chars().filter(|c| !c.is_whitespace()).count();
    let Block::Gallery(images) = gallery else {
        return false;
    };
    let captions: usize = images
        .iter()
        .map(|image| letters(&Inline::plain_text(&image.caption)))
        .sum();
    letters(&plain_text(&e.children)) <= captions
}

/// A gallery's pictures, each with its own caption and link.
fn gallery(e: &Element, cx: &Context<'_>) -> Option<Block> {
    let env = cx.env;
    let mut imgs = Vec::new();
    e.find_all("img", &mut imgs);
    let mut figures = Vec::new();
    e.find_all("figure", &mut figures);
    // A captioned figure's first picture, with the caption. Both lists are in document order,
    // so one walk pairs them: looking each picture up among all the figures would take a
    // time that grows with the square of a gallery's size.
    let mut captions = figures
        .iter()
        .filter_map(|figure| {
            let caption = figure.elements().find(|child| child.name == "figcaption")?;
            Some((figure.find("img")?, caption))
        })
        .peekable();
    let mut links = Vec::new();
    e.find_all("a", &mut links);
    let mut linked = links
        .iter()
        .filter_map(|a| Some((a.find("img")?, a.attr("href")?)))
        .peekable();
    let mut images = Vec::new();
    for img in imgs {
        let mut caption = None;
        while let Some((_, figcaption)) = captions.next_if(|(first, _)| std::ptr::eq(*first, img)) {
            caption = caption.or(Some(figcaption));
        }
        let mut href = None;
        while let Some((_, found)) = linked.next_if(|(first, _)| std::ptr::eq(*first, img)) {
            href = href.or(Some(found));
        }
        if images::is_emoji(img) || images::is_tracker(img) {
            continue;
        }
        let Some(mut image) = images::from_img(img, env) else {
            continue;
        };
        if let Some(caption) = caption {
            image.caption = inlines(&caption.children, env);
        }
        image.link = href.and_then(|href| cx.link_target(href));
        images.push(image);
    }
    (!images.is_empty()).then_some(Block::Gallery(images))
}
