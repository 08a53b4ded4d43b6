//! What each fuzz target feeds the engine and what must hold for it, as plain
//! functions of the input bytes: the libFuzzer entries (fuzz_targets/*.rs) call
//! them, and tests/fuzz_corpora.rs replays the committed corpora through them
//! on stable in every `cargo test`.

pub mod common;
pub mod compile;
pub mod expr;
pub mod identifiers;
pub mod live;
pub mod rulesets;
pub mod validate;
