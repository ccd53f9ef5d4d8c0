//! The allow-list itself: HTML flow content rebuilt as the model's blocks and inline runs.
//!
//! Only what the model can express comes out: element names map to block and inline kinds,
//! and the only attributes read are addresses (checked by the [`Environment`]), image sizes and
//! table spans. Everything else (scripts, styles, forms, frames, SVG, MathML, comments, event
//! handlers, classes, styles) is dropped, with the content of the elements that hold code.

use super::text::{collapse_whitespace, is_blank, strip_shortcodes};
use super::tree::{Element, Node};
use super::{embeds, images};
use crate::formats::Environment;
use crate::model::{Block, Inline, InlineStyle, ListItem, Table, TableCell, TableRow};

/// Deeper markup is ignored; browsers stop nesting at 512 anyway.
const MAX_DEPTH: usize = 200;

/// Elements dropped together with everything inside them.
const DROPPED: [&str; 30] = [
    "script", "style", "template", "noscript", "head", "title", "meta", "link", "base", "form",
    "input", "button", "select", "textarea", "option", "optgroup", "datalist", "output", "object",
    "applet", "param", "frame", "frameset", "noframes", "canvas", "dialog", "map", "area", "track",
    "slot",
];

/// Elements that end the paragraph before them and start a new one after.
const CONTAINERS: [&str; 21] = [
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
    "dl",
    "dt",
    "dd",
    "li",
    "figcaption",
    "hgroup",
    "body",
    "html",
];

/// Elements that stand as blocks of their own wherever they appear.
const BLOCKS: [&str; 17] = [
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "menu",
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
    let mut flow = Flow::new(env);
    flow.nodes(nodes, 0);
    flow.finish()
}

/// Inline runs from HTML that may hold paragraphs (a caption): paragraphs become line breaks.
pub fn inlines(nodes: &[Node], env: &dyn Environment) -> Vec<Inline> {
    let mut runs = Vec::new();
    for block in blocks(nodes, env) {
        let content = match block {
            Block::Paragraph(content) | Block::Heading { content, .. } => content,
            _ => continue,
        };
        if !runs.is_empty() {
            runs.push(Inline::LineBreak);
        }
        runs.extend(content);
    }
    runs
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

struct Flow<'e> {
    env: &'e dyn Environment,
    blocks: Vec<Block>,
    /// The paragraph being gathered from inline content.
    paragraph: Vec<Inline>,
}

impl<'e> Flow<'e> {
    fn new(env: &'e dyn Environment) -> Self {
        Self {
            env,
            blocks: Vec::new(),
            paragraph: Vec::new(),
        }
    }

    fn finish(mut self) -> Vec<Block> {
        self.flush();
        self.blocks
    }

    fn nodes(&mut self, nodes: &[Node], depth: usize) {
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
        if e.foreign || DROPPED.contains(&name) {
            return;
        }
        match name {
            "br" => self.line_break(),
            _ if is_gallery(e) => self.block(gallery(e, self.env)),
            _ if CONTAINERS.contains(&name) => {
                self.flush();
                self.nodes(&e.children, depth);
                self.flush();
            }
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                let content = self.inline_children(e, depth);
                if content.is_empty() {
                    // A heading holding only a picture keeps the picture.
                    self.flush();
                    self.nodes(&e.children, depth);
                    return;
                }
                // The headline is the article's only level 1.
                let level = name[1..].parse::<u8>().unwrap_or(2).max(2);
                self.block(Some(Block::Heading { level, content }));
            }
            "ul" | "ol" | "menu" => {
                let items: Vec<ListItem> = e
                    .elements()
                    .filter(|child| child.name == "li")
                    .map(|li| ListItem(self.sub_blocks(&li.children, depth)))
                    .filter(|ListItem(blocks)| !blocks.is_empty())
                    .collect();
                self.block((!items.is_empty()).then_some(Block::List {
                    ordered: name == "ol",
                    items,
                }));
            }
            "blockquote" => {
                let block = match embeds::from_blockquote(e, self.env) {
                    Some(card) => Some(Block::Embed(card)),
                    None => quote(self.sub_blocks(&e.children, depth), None),
                };
                self.block(block);
            }
            "figure" => self.figure(e, depth),
            "img" if images::is_inline_icon(e) => self.text(e.attr("alt").unwrap_or_default()),
            "img" => self
                .block(images::from_img(e, self.env).map(|image| Block::Figure(Box::new(image)))),
            "picture" => self.block(
                images::from_picture(e, self.env).map(|image| Block::Figure(Box::new(image))),
            ),
            "iframe" | "embed" | "video" | "audio" => {
                self.block(embeds::from_frame(e, self.env).map(Block::Embed))
            }
            "pre" => {
                let text = raw_text(&e.children);
                let text = text.strip_prefix('\n').unwrap_or(&text).trim_end();
                self.block((!text.is_empty()).then(|| Block::Preformatted(text.to_owned())));
            }
            "hr" => self.block(Some(Block::Rule)),
            "table" => self.block(table(e, self.env, depth)),
            _ if holds_blocks(e) => self.nodes(&e.children, depth),
            "a" => {
                let content = self.inline_children(e, depth);
                match e.attr("href").and_then(|href| self.env.resolve_url(href)) {
                    Some(href) if !content.is_empty() => {
                        self.paragraph.push(Inline::Link { href, content })
                    }
                    _ => self.extend(content),
                }
            }
            "q" => {
                let content = self.inline_children(e, depth);
                self.text("“");
                self.extend(content);
                self.text("”");
            }
            _ => match inline_style(name) {
                Some(style) => {
                    let content = self.inline_children(e, depth);
                    if !content.is_empty() {
                        self.paragraph.push(Inline::Styled { style, content });
                    }
                }
                // span, font, abbr, time, unknown elements: their content, without them.
                None => self.nodes(&e.children, depth),
            },
        }
    }

    fn figure(&mut self, figure: &Element, depth: usize) {
        let caption = figure
            .elements()
            .find(|child| child.name == "figcaption")
            .map(|figcaption| inlines(&figcaption.children, self.env))
            .filter(|caption| !caption.is_empty());
        if let Some(card) = embeds::from_wordpress_block(figure, self.env) {
            return self.block(Some(Block::Embed(card)));
        }
        if let Some(quoted) = figure.elements().find(|child| child.name == "blockquote") {
            let content = self.sub_blocks(&quoted.children, depth);
            return self.block(quote(content, caption));
        }
        if let Some(element) = figure.find("table") {
            let table = table(element, self.env, depth).map(|block| match block {
                Block::Table(mut table) => {
                    table.caption = table.caption.or(caption.clone());
                    Block::Table(table)
                }
                other => other,
            });
            return self.block(table);
        }
        let image = figure
            .find("picture")
            .and_then(|picture| images::from_picture(picture, self.env))
            .or_else(|| images::from_img(figure.find("img")?, self.env));
        if let Some(mut image) = image {
            image.caption = caption.unwrap_or_default();
            return self.block(Some(Block::Figure(Box::new(image))));
        }
        if let Some(frame) = ["iframe", "video", "audio", "embed"]
            .iter()
            .find_map(|name| figure.find(name))
        {
            return self.block(embeds::from_frame(frame, self.env).map(Block::Embed));
        }
        self.flush();
        self.nodes(&figure.children, depth);
        self.flush();
    }

    /// Blocks of a nested container (a list item, a quote), gathered on their own.
    fn sub_blocks(&self, nodes: &[Node], depth: usize) -> Vec<Block> {
        let mut flow = Flow::new(self.env);
        flow.nodes(nodes, depth);
        flow.finish()
    }

    /// The inline runs of an element that holds no blocks.
    fn inline_children(&self, e: &Element, depth: usize) -> Vec<Inline> {
        let mut flow = Flow::new(self.env);
        flow.nodes(&e.children, depth);
        flow.paragraph
    }

    fn text(&mut self, text: &str) {
        let text = collapse_whitespace(&strip_shortcodes(text));
        if text.is_empty() || (self.paragraph.is_empty() && is_blank(&text)) {
            return;
        }
        match self.paragraph.last_mut() {
            Some(Inline::Text(previous)) => previous.push_str(&text),
            _ => self.paragraph.push(Inline::Text(text)),
        }
    }

    /// Adds runs to the paragraph, joining text that meets text.
    fn extend(&mut self, runs: Vec<Inline>) {
        for run in runs {
            match (self.paragraph.last_mut(), run) {
                (Some(Inline::Text(previous)), Inline::Text(text)) => previous.push_str(&text),
                (_, run) => self.paragraph.push(run),
            }
        }
    }

    /// One `<br>` breaks the line; two in a row end the paragraph.
    fn line_break(&mut self) {
        match self.paragraph.last() {
            Some(Inline::LineBreak) => {
                self.paragraph.pop();
                self.flush();
            }
            Some(_) => self.paragraph.push(Inline::LineBreak),
            None => {}
        }
    }

    fn block(&mut self, block: Option<Block>) {
        if let Some(block) = block {
            self.flush();
            self.blocks.push(block);
        }
    }

    /// Ends the paragraph being gathered; one that shows nothing is dropped.
    fn flush(&mut self) {
        let mut runs = std::mem::take(&mut self.paragraph);
        while matches!(runs.last(), Some(Inline::LineBreak)) {
            runs.pop();
        }
        if let Some(Inline::Text(first)) = runs.first_mut() {
            *first = first.trim_start().to_owned();
        }
        if let Some(Inline::Text(last)) = runs.last_mut() {
            *last = last.trim_end().to_owned();
        }
        if shows_something(&runs) {
            self.blocks.push(Block::Paragraph(runs));
        }
    }
}

fn shows_something(runs: &[Inline]) -> bool {
    runs.iter().any(|run| match run {
        Inline::Text(text) => !is_blank(text),
        Inline::Styled { content, .. } | Inline::Link { content, .. } => shows_something(content),
        Inline::LineBreak => false,
    })
}

fn quote(content: Vec<Block>, citation: Option<Vec<Inline>>) -> Option<Block> {
    (!content.is_empty()).then_some(Block::Quote { content, citation })
}

fn inline_style(name: &str) -> Option<InlineStyle> {
    Some(match name {
        "em" | "i" | "cite" | "dfn" | "var" => InlineStyle::Emphasis,
        "strong" | "b" => InlineStyle::Strong,
        "code" | "kbd" | "samp" | "tt" => InlineStyle::Code,
        "u" | "ins" => InlineStyle::Underline,
        "s" | "strike" | "del" => InlineStyle::Strikethrough,
        "small" => InlineStyle::Small,
        "sub" => InlineStyle::Subscript,
        "sup" => InlineStyle::Superscript,
        "mark" => InlineStyle::Highlight,
        _ => return None,
    })
}

/// Whether an inline-looking element wraps blocks (`<a><img></a>`, `<span><p>…</p></span>`):
/// then it is unwrapped, and its blocks stand on their own.
fn holds_blocks(e: &Element) -> bool {
    e.elements().any(|child| {
        let name = child.name.as_str();
        (name == "img" && !images::is_inline_icon(child))
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

/// A gallery's pictures, each with its own caption.
fn gallery(e: &Element, env: &dyn Environment) -> Option<Block> {
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
    let mut images = Vec::new();
    for img in imgs {
        let mut caption = None;
        while let Some((_, figcaption)) = captions.next_if(|(first, _)| std::ptr::eq(*first, img)) {
            caption = caption.or(Some(figcaption));
        }
        let Some(mut image) = images::from_img(img, env) else {
            continue;
        };
        if let Some(caption) = caption {
            image.caption = inlines(&caption.children, env);
        }
        images.push(image);
    }
    (!images.is_empty()).then_some(Block::Gallery(images))
}

fn table(e: &Element, env: &dyn Environment, depth: usize) -> Option<Block> {
    let mut table = Table::default();
    let add_rows = |section: &Element, head: bool, table: &mut Table| {
        for tr in section.elements().filter(|child| child.name == "tr") {
            let row = TableRow(
                tr.elements()
                    .filter(|cell| matches!(cell.name.as_str(), "td" | "th"))
                    .map(|cell| table_cell(cell, env, depth))
                    .collect(),
            );
            if head {
                table.head.push(row)
            } else {
                table.body.push(row)
            }
        }
    };
    for child in e.elements() {
        match child.name.as_str() {
            "caption" => {
                table.caption = Some(inlines(&child.children, env)).filter(|c| !c.is_empty())
            }
            "thead" => add_rows(child, true, &mut table),
            "tbody" | "tfoot" => add_rows(child, false, &mut table),
            _ => {}
        }
    }
    add_rows(e, false, &mut table);
    // A first row of header cells, without a <thead>, is the head.
    if table.head.is_empty()
        && table
            .body
            .first()
            .is_some_and(|TableRow(cells)| !cells.is_empty() && cells.iter().all(|c| c.header))
    {
        table.head.push(table.body.remove(0));
    }
    (!table.head.is_empty() || !table.body.is_empty()).then_some(Block::Table(table))
}

fn table_cell(cell: &Element, env: &dyn Environment, depth: usize) -> TableCell {
    let span = |name| {
        cell.attr(name)
            .and_then(|raw| raw.trim().parse::<u16>().ok())
            .unwrap_or(1)
            .clamp(1, 100)
    };
    let mut flow = Flow::new(env);
    flow.nodes(&cell.children, depth);
    let mut content = Vec::new();
    for block in flow.finish() {
        if let Block::Paragraph(runs) | Block::Heading { content: runs, .. } = block {
            if !content.is_empty() {
                content.push(Inline::LineBreak);
            }
            content.extend(runs);
        }
    }
    TableCell {
        header: cell.name == "th",
        content,
        colspan: span("colspan"),
        rowspan: span("rowspan"),
    }
}

/// Text exactly as written, for `<pre>`.
fn raw_text(nodes: &[Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Node::Text(text) => out.push_str(text),
            Node::Element(e) if e.name == "br" => out.push('\n'),
            Node::Element(e) if !e.foreign && !DROPPED.contains(&e.name.as_str()) => {
                out.push_str(&raw_text(&e.children))
            }
            Node::Element(_) => {}
        }
    }
    out
}
