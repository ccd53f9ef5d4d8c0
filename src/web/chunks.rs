//! The parts of the program most readers never run, in wasm chunks of their own that load on
//! first use (`#[wasm_split]`, split after linking by tools/split: see scripts/build-wasm).
//! A chunk that does not load is an error the reader can retry, never a panic.

use serde_json::Value;

use super::BrowserEnv;
use crate::formats::{self, ContentError};
use crate::model::Content;

/// A chunk of the program that could not be loaded (offline, a network error, a host that
/// does not serve it beside `lede.js`).
pub struct ChunkMissing;

/// A document in a format other than lede's own, read by its adapter. A split point's
/// arguments and result cross an `extern "C"` boundary: thin pointers only, hence the box.
#[cfg(feature = "split")]
#[wasm_split_helpers::wasm_split(foreign, fallible)]
pub fn read_foreign(
    value: &Value,
    env: &BrowserEnv,
) -> Result<Box<Result<Content, ContentError>>, ChunkMissing> {
    Ok(Box::new(formats::read_foreign(value, env)))
}

/// Without the split (tests, clippy), the same at once.
#[cfg(not(feature = "split"))]
pub async fn read_foreign(
    value: &Value,
    env: &BrowserEnv,
) -> Result<Box<Result<Content, ContentError>>, ChunkMissing> {
    Ok(Box::new(formats::read_foreign(value, env)))
}

#[cfg(feature = "split")]
impl From<wasm_split_helpers::SplitLoaderError> for ChunkMissing {
    fn from(_: wasm_split_helpers::SplitLoaderError) -> Self {
        ChunkMissing
    }
}
