//! The calculations, in plain Rust: no Yew, no web APIs. Everything the interface shows
//! is computed here and tested natively.

pub mod causes;
pub mod clv;
pub mod cost;
pub mod exercise;
pub mod input;
pub mod order;
pub mod period;
pub mod projection;
pub mod retention;
pub mod winback;
