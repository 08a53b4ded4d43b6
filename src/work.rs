//! A count of the engine's inner steps, for the tests that check the work a
//! validation does grows linearly with its input (`tests/hostile_time.rs`).
//!
//! Time is a noisy measure on shared cores, so those tests count instead: each
//! place where the engine loops over the input adds one step per round (a key
//! compared in an object look-up and in the duplicate-key check, the walk
//! matching a field to a key, a comparison of the sort, a state of the pattern
//! matcher, a comparison of equal list items, a node of the overlap rule's
//! tree). A look-up from the root repeated for each of n keys then shows as n²
//! steps.
//!
//! Counted in debug builds only, as `debug_assert!` is checked: `cargo test`
//! counts, and every optimised build (release, `cargo bench`, the WebAssembly
//! profiles) has an empty inline `step` and the same code as without it. So
//! do fuzz builds (`cfg(fuzzing)`), which keep debug assertions but need speed.

#[cfg(all(debug_assertions, not(fuzzing)))]
std::thread_local! {
    /// This thread's steps: tests run on threads side by side.
    static STEPS: std::cell::Cell<u64> = const { std::cell::Cell::new(0) };
}

/// One step of work (nothing in an optimised build).
#[inline(always)]
pub(crate) fn step() {
    #[cfg(all(debug_assertions, not(fuzzing)))]
    STEPS.with(|s| s.set(s.get().wrapping_add(1)));
}

/// The steps this thread has counted so far (subtract two readings to count
/// the work between them); `None` in an optimised build, which counts none.
pub fn steps() -> Option<u64> {
    #[cfg(all(debug_assertions, not(fuzzing)))]
    return Some(STEPS.with(std::cell::Cell::get));
    #[cfg(not(all(debug_assertions, not(fuzzing))))]
    None
}

#[cfg(all(test, debug_assertions, not(fuzzing)))]
mod tests {
    use super::steps;
    use crate::value::parse_json;

    /// The steps `f` takes on this thread.
    fn counted(f: impl FnOnce()) -> u64 {
        let before = steps().unwrap();
        f();
        steps().unwrap() - before
    }

    #[test]
    fn a_look_up_by_key_counts_each_key_it_compares() {
        let v = parse_json(r#"{"a": 1, "b": 2, "c": 3}"#).unwrap();
        assert_eq!(counted(|| assert!(v.get("a").is_some())), 1);
        assert_eq!(counted(|| assert!(v.get("c").is_some())), 3);
        assert_eq!(counted(|| assert!(v.get("d").is_none())), 3);
        assert_eq!(counted(|| assert!(v.at(0).is_none())), 0);
    }
}
