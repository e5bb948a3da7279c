//! Shared by the property tests.

/// Cases per property: 10,000 unless `PROPTEST_CASES` says otherwise (the documented long
/// run sets 1,000,000).
pub fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(10_000)
}
