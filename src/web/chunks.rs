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

/// A document in a format other than lede's own, read by its adapter once the chunk that has
/// it is here.
pub async fn read_foreign(
    value: &Value,
    env: &BrowserEnv,
) -> Result<Result<Content, ContentError>, ChunkMissing> {
    #[cfg(feature = "split")]
    let read = foreign(value, env).await?;
    #[cfg(not(feature = "split"))]
    let read = foreign(value, env)?;
    Ok(*read)
}

/// The split point: the code this calls goes into `split_foreign.wasm`. Without the split
/// (tests, clippy) an ordinary function. Its arguments and result cross an `extern "C"`
/// boundary: thin pointers only, hence the box.
#[cfg_attr(feature = "split", wasm_split_helpers::wasm_split(foreign, fallible))]
fn foreign(
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
