//! The skjemasjekk command line (placeholder in the skeleton commit).
fn main() {}
