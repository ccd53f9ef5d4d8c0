//! What went wrong, told to the reader in the interface language, from the error's kind and
//! fields. In English these are the errors' own words (`Display`, which the render command
//! prints); the widget says them this way for `lede:error`'s `message` and the console too, so
//! that its wasm carries the English once, in the catalogue, not again in each `Display`.

use crate::formats::{megabytes, ContentError, MAX_DEPTH};
use crate::load::LoadError;
use crate::model::{Arg, Message, MessageProblem};

use super::words::Words;

/// The reader's message for `error`.
pub fn error_words(error: &LoadError, words: &Words) -> String {
    let text = Arg::Text;
    match error {
        LoadError::BadAddress(address) => {
            words.with(Message::ErrorAddress, &[("address", text(address))])
        }
        LoadError::PrivateAddress { url, address } => words.with(
            Message::ErrorPrivate,
            &[("url", text(url)), ("address", text(address))],
        ),
        LoadError::Offline { url } => words.with(Message::ErrorOffline, &[("url", text(url))]),
        LoadError::Network { url, host } => words.with(
            Message::ErrorNetwork,
            &[("url", text(url)), ("host", text(host))],
        ),
        LoadError::ProgramPart { url } => {
            words.with(Message::ErrorProgramPart, &[("url", text(url))])
        }
        LoadError::Timeout { url, host, seconds } => words.with(
            Message::ErrorTimeout,
            &[
                ("url", text(url)),
                ("host", text(host)),
                ("seconds", Arg::Number(*seconds)),
            ],
        ),
        LoadError::Status {
            what,
            url,
            code,
            reason,
            retry_after,
        } => {
            let answer = if reason.is_empty() {
                code.to_string()
            } else {
                format!("{code} {reason}")
            };
            let message = match code {
                404 | 410 => Message::ErrorNotFound,
                401 | 403 => Message::ErrorRefused,
                500..=599 => Message::ErrorServer,
                _ => Message::ErrorStatus,
            };
            let what = words.say(what_message(what));
            let said = words.with(
                message,
                &[
                    ("what", text(&what)),
                    ("url", text(url)),
                    ("answer", text(&answer)),
                ],
            );
            match retry_after {
                Some(seconds) => {
                    let again = words.with(
                        Message::ErrorRetryAfter,
                        &[("seconds", Arg::Number(u64::from(*seconds)))],
                    );
                    format!("{said} {again}")
                }
                None => said,
            }
        }
        LoadError::Content { what, url, source } => content_words(what, url, source, words),
    }
}

fn what_message(what: &str) -> Message {
    match what {
        "site configuration" => Message::WhatSite,
        "market data" => Message::WhatQuotes,
        _ => Message::WhatArticle,
    }
}

fn content_words(what: &str, url: &str, error: &ContentError, words: &Words) -> String {
    let what = words.say(what_message(what));
    let mut args = vec![("what", Arg::Text(&what)), ("url", Arg::Text(url))];
    let (size, limit);
    let message = match error {
        ContentError::NotJson(detail) => {
            args.push(("detail", Arg::Text(detail)));
            Message::ErrorNotJson
        }
        ContentError::Empty => Message::ErrorEmpty,
        ContentError::WebPage => Message::ErrorWebPage,
        ContentError::TooDeep => {
            args.push(("limit", Arg::Number(MAX_DEPTH as u64)));
            Message::ErrorTooDeep
        }
        ContentError::TooLarge { bytes, limit: most } => {
            (size, limit) = (megabytes(*bytes), megabytes(*most));
            args.push(("size", Arg::Text(&size)));
            args.push(("limit", Arg::Text(&limit)));
            Message::ErrorTooLarge
        }
        ContentError::TooManyBlocks { count, limit } => {
            args.push(("count", Arg::Number(*count as u64)));
            args.push(("limit", Arg::Number(*limit as u64)));
            Message::ErrorTooManyBlocks
        }
        ContentError::Missing { field } => {
            args.push(("field", Arg::Text(field)));
            Message::ErrorMissing
        }
        ContentError::WrongType {
            field,
            expected,
            found,
        } => {
            args.extend([
                ("field", Arg::Text(field)),
                ("expected", Arg::Text(expected)),
                ("found", Arg::Text(found)),
            ]);
            Message::ErrorWrongType
        }
        ContentError::BadValue {
            field,
            expected,
            value,
        } => {
            args.extend([
                ("field", Arg::Text(field)),
                ("expected", Arg::Text(expected)),
                ("value", Arg::Text(value)),
            ]);
            Message::ErrorBadValue
        }
        ContentError::NoItems => Message::ErrorNoItems,
        ContentError::UnsupportedVersion(version) => {
            args.push(("version", Arg::Number(*version)));
            Message::ErrorNewerVersion
        }
        ContentError::UnknownFormat(found) => {
            args.push(("found", Arg::Text(found)));
            Message::ErrorUnknownFormat
        }
    };
    words.with(message, &args)
}

/// Why the site's wording for a message is not used.
pub fn problem_words(problem: &MessageProblem, words: &Words) -> String {
    match problem {
        MessageProblem::Unknown(id) => {
            words.with(Message::SiteMessageUnknown, &[("id", Arg::Text(id))])
        }
        MessageProblem::Placeable { id, error } => {
            let placeable = error.to_string();
            words.with(
                Message::SiteMessagePlaceable,
                &[("id", Arg::Text(id)), ("placeable", Arg::Text(&placeable))],
            )
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    /// The English the reader sees is the errors' own English, word for word.
    #[test]
    fn english_is_the_errors_own() {
        let url = "https://news.example/a.json".to_owned();
        let content = |source| LoadError::Content {
            what: "article",
            url: url.clone(),
            source,
        };
        let errors = [
            LoadError::BadAddress("javascript:alert(1)".into()),
            LoadError::Offline { url: url.clone() },
            LoadError::Network {
                url: url.clone(),
                host: "news.example".into(),
            },
            LoadError::ProgramPart { url: url.clone() },
            LoadError::Timeout {
                url: url.clone(),
                host: "news.example".into(),
                seconds: 15,
            },
            LoadError::Status {
                what: "site configuration",
                url: url.clone(),
                code: 404,
                reason: "Not Found".into(),
                retry_after: None,
            },
            LoadError::Status {
                what: "article",
                url: url.clone(),
                code: 503,
                reason: String::new(),
                retry_after: Some(120),
            },
            LoadError::Status {
                what: "article",
                url: url.clone(),
                code: 429,
                reason: "Too Many Requests".into(),
                retry_after: Some(1),
            },
            content(ContentError::NotJson("Unexpected token".into())),
            content(ContentError::Empty),
            content(ContentError::WebPage),
            content(ContentError::TooDeep),
            content(ContentError::too_large(10_600_000)),
            content(ContentError::TooManyBlocks {
                count: 10_001,
                limit: 10_000,
            }),
            content(ContentError::Missing {
                field: "headline".into(),
            }),
            content(ContentError::WrongType {
                field: "body[3].text".into(),
                expected: "text",
                found: "a number",
            }),
            content(ContentError::bad_value("url".into(), "a web address", "x")),
            content(ContentError::NoItems),
            content(ContentError::UnsupportedVersion(2)),
            content(ContentError::UnknownFormat("a list".into())),
        ];
        for error in errors {
            let said = error_words(&error, &Words::english());
            assert_eq!(said, error.to_string());
        }
    }
}
