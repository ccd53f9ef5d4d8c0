//! Market quotes for the header's strip: symbol, last price and change.

use super::Timestamp;

#[derive(Debug, Clone, PartialEq)]
pub struct Quotes {
    /// When the prices were taken.
    pub as_of: Option<Timestamp>,
    pub items: Vec<Quote>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub symbol: String,
    pub name: Option<String>,
    pub price: f64,
    pub change: f64,
    pub change_percent: f64,
}

impl Quote {
    /// Up, down or unchanged: shown by an arrow as well as a colour.
    pub fn trend(&self) -> Trend {
        if self.change > 0.0 {
            Trend::Up
        } else if self.change < 0.0 {
            Trend::Down
        } else {
            Trend::Flat
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Flat,
}
