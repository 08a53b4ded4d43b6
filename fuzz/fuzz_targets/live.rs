//! libFuzzer entry of the `live` target; what it feeds and checks is in
//! checks/live.rs, which tests/fuzz_corpora.rs also replays the corpus through.

#![no_main]

#[path = "checks/mod.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::live::run(data));
