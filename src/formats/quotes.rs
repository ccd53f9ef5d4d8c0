//! lede's market quotes format: `{"as_of": "…", "quotes": [{"symbol", "name", "price",
//! "change", "change_percent"}]}` (see `schema/lede-quotes.schema.json`).

use serde_json::Value;

use super::common::timestamp;
use super::json::Field;
use super::ContentError;
use crate::model::{Quote, Quotes};

pub fn read_quotes(document: &Value) -> Result<Quotes, ContentError> {
    let root = Field::root(document);
    let list = root.get("quotes");
    if !list.is_present() {
        return Err(list.missing());
    }
    let items = list
        .items()?
        .iter()
        .map(|quote| {
            Ok(Quote {
                symbol: quote.get("symbol").required_text()?.to_owned(),
                name: quote.get("name").text()?.map(str::to_owned),
                price: number(&quote.get("price"))?,
                change: number(&quote.get("change"))?,
                change_percent: number(&quote.get("change_percent"))?,
            })
        })
        .collect::<Result<_, ContentError>>()?;
    Ok(Quotes {
        as_of: timestamp(&root.get("as_of"))?,
        items,
    })
}

fn number(field: &Field<'_>) -> Result<f64, ContentError> {
    match field.value() {
        Some(Value::Number(number)) => number.as_f64().ok_or_else(|| field.wrong_type("a number")),
        Some(_) => Err(field.wrong_type("a number")),
        None => Err(field.missing()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Trend;
    use serde_json::json;

    #[test]
    fn reads_quotes_and_their_trend() {
        let quotes = read_quotes(&json!({"as_of": "2025-02-14T21:00:00Z", "quotes": [
            {"symbol": "SPX", "name": "S&P 500", "price": 6114.63, "change": -0.01, "change_percent": -0.0},
            {"symbol": "BTC", "price": 97000, "change": 1200.5, "change_percent": 1.25}
        ]}))
        .unwrap();
        assert_eq!(quotes.items.len(), 2);
        assert_eq!(quotes.items[0].trend(), Trend::Down);
        assert_eq!(quotes.items[1].trend(), Trend::Up);
        assert_eq!(quotes.items[1].price, 97000.0);
    }

    #[test]
    fn bad_quotes_are_named() {
        let error = |document| read_quotes(&document).unwrap_err().to_string();
        assert_eq!(error(json!({})), "has no quotes");
        assert_eq!(
            error(
                json!({"quotes": [{"symbol": "X", "price": "12", "change": 0, "change_percent": 0}]})
            ),
            "has a quotes[0].price that is text, where a number was expected"
        );
        assert_eq!(
            error(json!({"quotes": [{"symbol": "X", "price": 1, "change": 0}]})),
            "has no quotes[0].change_percent"
        );
    }
}
