//! The expression language: JsonLogic-compatible, parsed once and evaluated many times.
//! (Placeholder in the skeleton commit; the implementation replaces this file.)
