//! Fluent catalogues (`locales/*.ftl`) compiled to the compact patterns the widget formats.
//!
//! The widget carries no Fluent parser: this module (built into `build.rs` for English and into
//! the renderer for every language) reads the small part of Fluent lede uses and writes each
//! message as a pattern of text, `{name}` placeables and `{name|key=…|*key=…}` selections, the
//! form [`crate::model::format`] reads. It depends on nothing of lede's, so that the build
//! script can include it as it is.

use std::fmt;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};

/// Why a catalogue cannot be used, said for its translator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FluentError {
    /// The Fluent parser refused part of the file.
    Syntax(String),
    /// A message uses Fluent beyond what lede reads (terms, functions, attributes…).
    Unsupported { id: String, what: String },
    /// Text holding `{`, `}` or `|`, which lede's patterns keep for themselves.
    ReservedCharacter { id: String, character: char },
    /// A message given twice.
    Duplicate(String),
}

impl fmt::Display for FluentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Syntax(what) => write!(f, "it is not valid Fluent: {what}"),
            Self::Unsupported { id, what } => {
                write!(f, "message “{id}” uses {what}, which lede does not read")
            }
            Self::ReservedCharacter { id, character } => write!(
                f,
                "message “{id}” has a “{character}” in its text, which lede keeps for placeables"
            ),
            Self::Duplicate(id) => write!(f, "message “{id}” is given twice"),
        }
    }
}

impl std::error::Error for FluentError {}

/// Every message of a Fluent file, in the file's order: its id and its compiled pattern.
pub fn compile(source: &str) -> Result<Vec<(String, String)>, FluentError> {
    let resource = fluent_syntax::parser::parse(source).map_err(|(_, errors)| {
        FluentError::Syntax(
            errors
                .iter()
                .map(|error| format!("{:?} at bytes {:?}", error.kind, error.pos))
                .collect::<Vec<_>>()
                .join("; "),
        )
    })?;
    let mut messages: Vec<(String, String)> = Vec::new();
    for entry in resource.body {
        let message = match entry {
            Entry::Message(message) => message,
            Entry::Term(term) => {
                return Err(FluentError::Unsupported {
                    id: term.id.name.to_owned(),
                    what: "a term".into(),
                })
            }
            Entry::Junk { content } => return Err(FluentError::Syntax(content.to_owned())),
            _ => continue,
        };
        let id = message.id.name.to_owned();
        let unsupported = |what: &str| FluentError::Unsupported {
            id: id.clone(),
            what: what.to_owned(),
        };
        if !message.attributes.is_empty() {
            return Err(unsupported("attributes"));
        }
        let Some(value) = &message.value else {
            return Err(unsupported("no value"));
        };
        let mut pattern = String::new();
        write_pattern(&id, value, &mut pattern)?;
        if messages.iter().any(|(known, _)| *known == id) {
            return Err(FluentError::Duplicate(id));
        }
        messages.push((id, pattern));
    }
    Ok(messages)
}

fn write_pattern(id: &str, pattern: &Pattern<&str>, out: &mut String) -> Result<(), FluentError> {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => write_text(id, value, out)?,
            PatternElement::Placeable { expression } => write_expression(id, expression, out)?,
        }
    }
    Ok(())
}

fn write_text(id: &str, text: &str, out: &mut String) -> Result<(), FluentError> {
    if let Some(character) = text.chars().find(|c| matches!(c, '{' | '}' | '|')) {
        return Err(FluentError::ReservedCharacter {
            id: id.to_owned(),
            character,
        });
    }
    out.push_str(text);
    Ok(())
}

fn write_expression(
    id: &str,
    expression: &Expression<&str>,
    out: &mut String,
) -> Result<(), FluentError> {
    let unsupported = |what: &str| FluentError::Unsupported {
        id: id.to_owned(),
        what: what.to_owned(),
    };
    match expression {
        Expression::Inline(inline) => match inline {
            InlineExpression::VariableReference { id: variable } => {
                out.push('{');
                out.push_str(variable.name);
                out.push('}');
                Ok(())
            }
            InlineExpression::StringLiteral { value } => write_text(id, &unescape(value), out),
            InlineExpression::NumberLiteral { value } => write_text(id, value, out),
            InlineExpression::Placeable { expression } => write_expression(id, expression, out),
            InlineExpression::FunctionReference { .. } => Err(unsupported("a function")),
            InlineExpression::MessageReference { .. } => Err(unsupported("a message reference")),
            InlineExpression::TermReference { .. } => Err(unsupported("a term")),
        },
        Expression::Select { selector, variants } => {
            let InlineExpression::VariableReference { id: variable } = selector else {
                return Err(unsupported("a selector that is not a variable"));
            };
            out.push('{');
            out.push_str(variable.name);
            for variant in variants {
                out.push('|');
                if variant.default {
                    out.push('*');
                }
                match &variant.key {
                    VariantKey::Identifier { name } => out.push_str(name),
                    VariantKey::NumberLiteral { value } => out.push_str(value),
                }
                out.push('=');
                write_pattern(id, &variant.value, out)?;
            }
            out.push('}');
            Ok(())
        }
    }
}

/// A Fluent string literal's text: `\"`, `\\` and `\uXXXX`/`\UXXXXXX` escapes resolved.
fn unescape(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    let mut chars = literal.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some(digits @ ('u' | 'U')) => {
                let count = if digits == 'u' { 4 } else { 6 };
                let hex: String = chars.by_ref().take(count).collect();
                if let Some(c) = u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    out.push(c);
                }
            }
            Some(other) => out.push(other),
            None => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_subset_compiles_to_patterns() {
        let messages = compile(
            "# a comment\nmenu = Menu\nsearch-none = No results for “{ $query }”.\n\
             found = { $count ->\n    [one] One result\n    [0] None\n   *[other] { $count } results\n}\n\
             spaced = { \" and \" }\nnbsp = { $n }{ \"\\u00A0\" }%\n",
        )
        .unwrap();
        assert_eq!(
            messages,
            [
                ("menu".to_owned(), "Menu".to_owned()),
                ("search-none".into(), "No results for “{query}”.".into()),
                (
                    "found".into(),
                    "{count|one=One result|0=None|*other={count} results}".into()
                ),
                ("spaced".into(), " and ".into()),
                ("nbsp".into(), "{n}\u{a0}%".into()),
            ]
        );
    }

    #[test]
    fn what_lede_does_not_read_is_refused() {
        assert!(matches!(
            compile("a = { -brand }\n"),
            Err(FluentError::Unsupported { .. })
        ));
        assert!(matches!(
            compile("a = { NUMBER($n) }\n"),
            Err(FluentError::Unsupported { .. })
        ));
        assert!(matches!(
            compile("a = x | y\n"),
            Err(FluentError::ReservedCharacter { character: '|', .. })
        ));
        assert!(matches!(
            compile("a = x\na = y\n"),
            Err(FluentError::Duplicate(_))
        ));
        assert!(matches!(compile("a = {\n"), Err(FluentError::Syntax(_))));
    }
}
