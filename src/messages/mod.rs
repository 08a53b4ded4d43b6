//! Messages in nb, nn and en (placeholder in the skeleton commit).
