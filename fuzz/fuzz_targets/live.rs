//! libFuzzer entry of the `live` target; what it feeds and checks is in
//! checks/live.rs, which tests/fuzz_corpora.rs also replays the corpus through;
//! its mutations are in mutate/ (script.rs for the edit scripts' lines).

#![no_main]

#[path = "checks/mod.rs"]
#[allow(dead_code)]
mod checks;
#[path = "mutate/mod.rs"]
#[allow(dead_code)]
mod mutate;
#[path = "mutate/libfuzzer.rs"]
mod mutator;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::live::run(data));

// Structure-aware mutations (mutate/mod.rs says why).
libfuzzer_sys::fuzz_mutator!(|data: &mut [u8], size: usize, max_size: usize, seed: u32| {
    mutator::mutate(data, size, max_size, seed, mutate::Frame::Live)
});
libfuzzer_sys::fuzz_crossover!(|a: &[u8], b: &[u8], out: &mut [u8], seed: u32| {
    mutator::crossover(a, b, out, seed, mutate::Frame::Live)
});
