//! Linear-time patterns for text fields (placeholder in the skeleton commit).
