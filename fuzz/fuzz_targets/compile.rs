//! libFuzzer entry of the `compile` target; what it feeds and checks is in
//! checks/compile.rs, which tests/fuzz_corpora.rs also replays the corpus through.

#![no_main]

#[path = "checks/mod.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::compile::run(data));
