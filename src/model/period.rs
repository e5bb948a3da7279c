//! The period every rate belongs to, and converting a churn rate between periods.

/// The length of the period the user's counts cover. Every rate is "per period".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Period {
    #[default]
    Month,
    Quarter,
    Year,
}

impl Period {
    /// All periods, shortest first.
    pub const ALL: [Period; 3] = [Period::Month, Period::Quarter, Period::Year];

    /// The period's length in months.
    pub fn months(self) -> u32 {
        match self {
            Period::Month => 1,
            Period::Quarter => 3,
            Period::Year => 12,
        }
    }

    /// The value used for this period in URLs and `data-field="period"`.
    pub fn key(self) -> &'static str {
        match self {
            Period::Month => "month",
            Period::Quarter => "quarter",
            Period::Year => "year",
        }
    }

    /// The period named by `key` (as written by [`Period::key`]), if any.
    pub fn from_key(key: &str) -> Option<Period> {
        Period::ALL.into_iter().find(|p| p.key() == key.trim())
    }
}

/// Converts a churn rate (a fraction per `from` period) to the rate per `to` period,
/// compounding: churn over k periods = 1 − (1 − rate)^k. Monthly 5 % is 46.0 % a year,
/// not 60 %; and 46 % a year is 5 % a month, not 3.8 %.
///
/// `rate` must be a fraction in [0, 1]; the result is then in [0, 1] as well.
pub fn convert_churn_rate(rate: f64, from: Period, to: Period) -> f64 {
    let k = f64::from(to.months()) / f64::from(from.months());
    let survival = (1.0 - rate).clamp(0.0, 1.0).powf(k);
    (1.0 - survival).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 5e-5
    }

    #[test]
    fn compounding_from_month() {
        assert!(close(
            convert_churn_rate(0.05, Period::Month, Period::Year),
            0.4596
        ));
        assert!(close(
            convert_churn_rate(0.12, Period::Month, Period::Quarter),
            0.3185
        ));
        assert!(close(
            convert_churn_rate(0.12, Period::Month, Period::Year),
            0.7843
        ));
        assert_eq!(convert_churn_rate(0.12, Period::Month, Period::Month), 0.12);
    }

    #[test]
    fn the_inverse_direction_is_not_a_division() {
        let monthly = convert_churn_rate(0.46, Period::Year, Period::Month);
        assert!(close(monthly, 0.0501), "{monthly}");
        let back = convert_churn_rate(monthly, Period::Month, Period::Year);
        assert!(close(back, 0.46));
    }

    #[test]
    fn extremes() {
        assert_eq!(convert_churn_rate(0.0, Period::Year, Period::Month), 0.0);
        assert_eq!(convert_churn_rate(1.0, Period::Year, Period::Month), 1.0);
    }

    #[test]
    fn keys_round_trip() {
        for p in Period::ALL {
            assert_eq!(Period::from_key(p.key()), Some(p));
        }
        assert_eq!(Period::from_key("weekly"), None);
    }
}
