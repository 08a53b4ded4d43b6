//! WebAssembly bindings (wasm-bindgen) for browsers and Node: thin by design.
//!
//! Each export converts its JS arguments, calls the core once and converts the
//! result back; there is no rule logic here, so verdicts are the native ones.
//! The TypeScript types of the public surface live in `types.d.ts` and are
//! emitted into the generated `.d.ts`; the package itself is built by
//! `scripts/build-pkg.sh` into `pkg/`.

mod convert;
mod formdata;
mod live;
#[cfg(feature = "serde-input")]
mod serde_input;
mod validator;

pub use live::LiveForm;
pub use validator::Validator;
use wasm_bindgen::prelude::*;

/// The allocator: Talc, in place of the Rust default (dlmalloc), which was
/// larger and slower: parsing and checking a document allocate every key and
/// text (BENCHMARKS.md). The module runs on one thread (no `atomics`).
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = include_str!("types.d.ts");

/// The version of skjemasjekk compiled into this module.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}
