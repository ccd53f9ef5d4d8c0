//! The renderer: lede's components rendered to HTML on a server, for pages whose article is there before any script runs.

pub mod dates;
pub mod fetch;
