//! HTML from content, made safe: an inertly parsed tree is rebuilt as model blocks from an
//! allow-list. Nothing of the source's markup survives except what the model can express, so
//! scripts, styles, event handlers and unknown attributes have nowhere to go.

mod context;
mod defuse;
mod embeds;
mod figures;
mod flow;
mod images;
mod languages;
mod lists;
mod math;
mod pre;
mod ruby;
mod tables;
mod targets;
mod text;
mod tree;

pub use context::fragment;
pub use defuse::defuse_inline_code;
pub use flow::{blocks, inlines, plain_text};
pub use images::srcset;
pub use tree::{Element, Node};

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests;
