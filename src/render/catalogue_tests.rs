//! Every catalogue against English: it parses, has every message and no other, names the same
//! placeables, and chooses among plural variants by categories its language has. CI catches an
//! untranslated or broken message here, not a reader.

use std::collections::BTreeSet;

use fluent_syntax::ast::{
    Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey,
};
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

use super::catalogues::{catalogue, numbers_for, source};
use super::fluent::compile;
use crate::model::{format, placeables, Arg, Message, LANGUAGES};

fn ids(language: &str) -> Vec<String> {
    compile(source(language).unwrap())
        .unwrap_or_else(|error| panic!("locales/{language}.ftl: {error}"))
        .into_iter()
        .map(|(id, _)| id)
        .collect()
}

#[test]
fn every_catalogue_has_every_message_and_no_other() {
    let english = ids("en");
    for language in LANGUAGES {
        let own = ids(language);
        let missing: Vec<_> = english.iter().filter(|id| !own.contains(id)).collect();
        let unknown: Vec<_> = own.iter().filter(|id| !english.contains(id)).collect();
        assert!(
            missing.is_empty(),
            "locales/{language}.ftl lacks {missing:?}"
        );
        assert!(
            unknown.is_empty(),
            "locales/{language}.ftl has messages English lacks: {unknown:?}"
        );
    }
}

/// The same placeables as English: an error's sentence may leave out what English names (the
/// kind of document, English type names), never name another.
#[test]
fn every_message_names_the_placeables_english_does() {
    for language in LANGUAGES {
        for (id, pattern) in compile(source(language).unwrap()).unwrap() {
            let message = Message::from_id(&id).unwrap();
            let english: BTreeSet<&str> =
                placeables(message.english()).unwrap().into_iter().collect();
            let own: BTreeSet<&str> = placeables(&pattern)
                .unwrap_or_else(|error| panic!("{language} {id}: {error}"))
                .into_iter()
                .collect();
            let extra: Vec<_> = own.difference(&english).collect();
            assert!(
                extra.is_empty(),
                "{language} {id} names {extra:?}, which English does not"
            );
            if !id.starts_with("error-") {
                let left_out: Vec<_> = english.difference(&own).collect();
                assert!(
                    left_out.is_empty(),
                    "{language} {id} leaves out {left_out:?}"
                );
            }
        }
    }
}

fn select_keys(pattern: &Pattern<&str>, keys: &mut Vec<(String, bool)>) {
    for element in &pattern.elements {
        let PatternElement::Placeable { expression } = element else {
            continue;
        };
        let mut expression = expression;
        while let Expression::Inline(InlineExpression::Placeable { expression: inner }) = expression
        {
            expression = inner;
        }
        if let Expression::Select { variants, .. } = expression {
            for variant in variants {
                let key = match &variant.key {
                    VariantKey::Identifier { name } => (name.to_string(), false),
                    VariantKey::NumberLiteral { value } => (value.to_string(), true),
                };
                keys.push(key);
                select_keys(&variant.value, keys);
            }
        }
    }
}

#[test]
fn plural_variants_are_categories_the_language_has() {
    let name = |category| match category {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    };
    for language in LANGUAGES {
        let locale = Locale::try_from_str(language).unwrap();
        let rules = PluralRules::try_new_cardinal((&locale).into()).unwrap();
        let categories: Vec<&str> = rules.categories().map(name).collect();
        let resource = fluent_syntax::parser::parse(source(language).unwrap()).unwrap();
        for entry in &resource.body {
            let Entry::Message(message) = entry else {
                continue;
            };
            let mut keys = Vec::new();
            select_keys(message.value.as_ref().unwrap(), &mut keys);
            for (key, number) in keys {
                assert!(
                    number || categories.contains(&key.as_str()),
                    "{language} {}: [{key}] is not a plural category of {language} ({categories:?})",
                    message.id.name
                );
            }
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    let say = |language: &str, n| {
        format(
            catalogue(language).unwrap().pattern(Message::SignupWaiting),
            &[("seconds", Arg::Number(n))],
            &*numbers_for(language),
        )
    };
    assert!(say("en", 1).contains("in 1 second,"));
    assert!(say("en", 4).contains("in 4 seconds,"));
    assert!(say("fr", 1).contains("dans 1 seconde,"));
    assert!(say("pl", 2).contains("za 2 sekundy"));
    assert!(say("pl", 5).contains("za 5 sekund"));
    assert!(say("pl", 22).contains("za 22 sekundy"));
    assert!(say("ru", 21).contains("через 21 секунду"));
    assert!(say("ru", 11).contains("через 11 секунд"));
    assert!(say("ar", 2).contains("بعد ثانيتين"));
    // Digits as Chromium's Intl writes them (`new Intl.NumberFormat("ar").format(5)` is "5"
    // with ICU 78's CLDR 48 data, as in Node 20.20).
    assert!(say("ar", 5).contains("بعد 5 ثوانٍ"), "{}", say("ar", 5));
    let grouped = numbers_for("fr").write(10_000);
    assert_eq!(
        grouped, "10\u{202f}000",
        "as Intl.NumberFormat(\"fr\") writes it"
    );
}

#[test]
fn every_catalogue_says_something_of_its_own() {
    for language in LANGUAGES.iter().filter(|language| **language != "en") {
        let catalogue = catalogue(language).unwrap();
        assert_eq!(catalogue.own().count(), Message::COUNT, "{language}");
        assert_ne!(catalogue.pattern(Message::Share), "Share", "{language}");
    }
}
