//! Customer lifetime value (DOMAIN.md §6): the margin a customer brings while they stay,
//! discounted, in its usual forms; CLV against CAC; payback; and how much each input moves
//! CLV and the customer-base ceiling (sensitivity).
//!
//! All rates are fractions per period, and the margin is money per customer per period,
//! all for the same period.

use super::projection::{project, ProjectionInput};

/// The rule of thumb for CLV / CAC: at least 3.
pub const CLV_TO_CAC_RULE: f64 = 3.0;

/// The inputs of the CLV forms.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClvInput {
    /// m, margin per customer per period (money).
    pub margin: f64,
    /// r, the retention rate per period (a fraction).
    pub retention: f64,
    /// d, the discount rate per period (a fraction).
    pub discount: f64,
}

/// Why a CLV figure cannot be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClvNotComputable {
    /// A needed input is missing or invalid (see its field).
    NeedsInputs,
    /// r ≥ 1 + d: the discounted sum never converges (no finite value).
    NoFiniteValue,
    /// No churn: the simple form m / CR is unbounded.
    NoChurn,
    /// Needs CAC (from the cost section, or typed there).
    NeedsCac,
    /// A margin of zero never pays back CAC.
    NeverPaysBack,
    /// The result is too large to be finite.
    OutOfRange,
}

/// A CLV figure, or why not.
pub type ClvOutcome = Result<f64, ClvNotComputable>;

fn finite(v: f64) -> ClvOutcome {
    if v.is_finite() {
        Ok(v)
    } else {
        Err(ClvNotComputable::OutOfRange)
    }
}

impl ClvInput {
    fn valid(&self) -> bool {
        [self.margin, self.retention, self.discount]
            .iter()
            .all(|v| v.is_finite() && *v >= 0.0)
            && self.retention <= 1.0
    }

    /// Simple, undiscounted: m / CR = m / (1 − r).
    pub fn simple(&self) -> ClvOutcome {
        if !self.valid() {
            return Err(ClvNotComputable::NeedsInputs);
        }
        let churn = 1.0 - self.retention;
        if churn <= 0.0 {
            return Err(ClvNotComputable::NoChurn);
        }
        finite(self.margin / churn)
    }

    /// End of period (the first margin after surviving one period): m r / (1 + d − r).
    /// The form the course uses.
    pub fn end_of_period(&self) -> ClvOutcome {
        self.geometric(self.retention)
    }

    /// Start of period (the first margin at once): m (1 + d) / (1 + d − r).
    pub fn start_of_period(&self) -> ClvOutcome {
        self.geometric(1.0 + self.discount)
    }

    fn geometric(&self, numerator: f64) -> ClvOutcome {
        if !self.valid() {
            return Err(ClvNotComputable::NeedsInputs);
        }
        let denominator = 1.0 + self.discount - self.retention;
        if denominator <= 0.0 {
            return Err(ClvNotComputable::NoFiniteValue);
        }
        finite(self.margin * numerator / denominator)
    }

    /// Over a finite horizon of T periods, end of period: Σ_{t=1..T} m rᵗ / (1 + d)ᵗ.
    pub fn finite_horizon(&self, periods: usize) -> ClvOutcome {
        if !self.valid() || periods == 0 {
            return Err(ClvNotComputable::NeedsInputs);
        }
        let q = self.retention / (1.0 + self.discount);
        let t = periods as f64;
        let sum = if (1.0 - q).abs() < 1e-12 {
            self.margin * t
        } else {
            self.margin * q * (1.0 - q.powf(t)) / (1.0 - q)
        };
        finite(sum)
    }
}

/// CLV / CAC (times).
pub fn clv_to_cac(clv: ClvOutcome, cac: Option<f64>) -> ClvOutcome {
    let clv = clv?;
    match cac.filter(|c| c.is_finite() && *c >= 0.0) {
        None => Err(ClvNotComputable::NeedsCac),
        Some(0.0) => Err(ClvNotComputable::OutOfRange),
        Some(c) => finite(clv / c),
    }
}

/// Payback: the first whole period at which a new customer's cumulative margin reaches
/// CAC, ⌈CAC / m⌉ (undiscounted, while the customer stays).
pub fn payback_periods(margin: Option<f64>, cac: Option<f64>) -> ClvOutcome {
    let m = margin
        .filter(|v| v.is_finite() && *v >= 0.0)
        .ok_or(ClvNotComputable::NeedsInputs)?;
    let c = cac
        .filter(|v| v.is_finite() && *v >= 0.0)
        .ok_or(ClvNotComputable::NeedsCac)?;
    if c == 0.0 {
        return Ok(0.0);
    }
    if m == 0.0 {
        return Err(ClvNotComputable::NeverPaysBack);
    }
    let periods = (c / m).ceil();
    // Guard rounding: 300 / 100 must be 3, not 4.
    let periods = if (periods - 1.0) * m >= c {
        periods - 1.0
    } else {
        periods
    };
    finite(periods)
}

/// An input that sensitivity moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Driver {
    Margin,
    Retention,
    Discount,
    NewCustomers,
}

impl Driver {
    /// Every driver, in display order.
    pub const ALL: [Driver; 4] = [
        Driver::Margin,
        Driver::Retention,
        Driver::Discount,
        Driver::NewCustomers,
    ];

    /// The stable name (`data-key` of `sensitivity_top_driver`).
    pub fn key(self) -> &'static str {
        match self {
            Driver::Margin => "margin",
            Driver::Retention => "retention",
            Driver::Discount => "discount",
            Driver::NewCustomers => "new_customers",
        }
    }
}

/// How CLV (end of period) and the ceiling move when one driver moves down and up.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Swing {
    pub driver: Driver,
    /// CLV with the driver lowered and raised by the step (money).
    pub clv: (ClvOutcome, ClvOutcome),
    /// The ceiling with the driver lowered and raised (customers).
    pub ceiling: (ClvOutcome, ClvOutcome),
}

impl Swing {
    /// The spread of CLV between the two moves, when both are computable.
    pub fn clv_spread(&self) -> Option<f64> {
        match self.clv {
            (Ok(a), Ok(b)) => Some((b - a).abs()),
            _ => None,
        }
    }
}

/// What sensitivity needs besides the CLV inputs.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct SensitivityInput {
    pub clv: ClvInput,
    /// New customers per period (for the ceiling).
    pub new_per_period: f64,
    /// ρ, referral rate per period (for the ceiling).
    pub referral_rate: f64,
    /// The relative move, a fraction (0.1 for ±10 %).
    pub step: f64,
}

/// Moves each driver by ±step (relative: retention 0.88 → 0.792 and 0.968) and records
/// CLV and the ceiling. A retention moved above 1 is not computable.
pub fn sensitivity(input: &SensitivityInput) -> Vec<Swing> {
    let ceiling_of = |new: f64, retention: f64| -> ClvOutcome {
        if !(0.0..=1.0).contains(&retention) {
            return Err(ClvNotComputable::NeedsInputs);
        }
        project(&ProjectionInput {
            start: 0.0,
            new_per_period: new,
            churn_rate: 1.0 - retention,
            referral_rate: input.referral_rate,
            horizon: 1,
        })
        .ceiling
        .map_err(|_| ClvNotComputable::NoFiniteValue)
    };
    let clv_of = |c: ClvInput| -> ClvOutcome {
        if c.retention > 1.0 {
            return Err(ClvNotComputable::NeedsInputs);
        }
        c.end_of_period()
    };
    let step = input.step;
    let base = input.clv;
    Driver::ALL
        .into_iter()
        .map(|driver| {
            let moved = |factor: f64| {
                let mut c = base;
                let mut new = input.new_per_period;
                match driver {
                    Driver::Margin => c.margin *= factor,
                    Driver::Retention => c.retention *= factor,
                    Driver::Discount => c.discount *= factor,
                    Driver::NewCustomers => new *= factor,
                }
                (clv_of(c), ceiling_of(new, c.retention))
            };
            let (low, high) = (moved(1.0 - step), moved(1.0 + step));
            Swing {
                driver,
                clv: (low.0, high.0),
                ceiling: (low.1, high.1),
            }
        })
        .collect()
}

/// The driver that moves CLV most, when any swing is computable.
pub fn top_driver(swings: &[Swing]) -> Option<(Driver, f64)> {
    swings
        .iter()
        .filter_map(|s| s.clv_spread().map(|v| (s.driver, v)))
        .fold(None, |best: Option<(Driver, f64)>, (d, v)| match best {
            Some((_, b)) if b >= v => best,
            _ => Some((d, v)),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    const EXAMPLE: ClvInput = ClvInput {
        margin: 80.0,
        retention: 0.88,
        discount: 0.01,
    };

    fn near(a: ClvOutcome, b: f64) {
        let a = a.unwrap();
        assert!((a - b).abs() < 0.005, "{a} ≠ {b}");
    }

    #[test]
    fn the_worked_example() {
        near(EXAMPLE.end_of_period(), 541.54);
        near(EXAMPLE.start_of_period(), 621.54);
        near(EXAMPLE.finite_horizon(12), 437.89);
        near(EXAMPLE.simple(), 666.67);
        // The forms agree: start = end × (1 + d) / r, and a long horizon tends to the end form.
        near(
            EXAMPLE.start_of_period(),
            EXAMPLE.end_of_period().unwrap() * 1.01 / 0.88,
        );
        near(EXAMPLE.finite_horizon(600), 541.54);
    }

    #[test]
    fn no_finite_value_when_retention_outruns_the_discount() {
        let c = ClvInput {
            retention: 1.0,
            discount: 0.0,
            ..EXAMPLE
        };
        assert_eq!(c.end_of_period(), Err(ClvNotComputable::NoFiniteValue));
        assert_eq!(c.simple(), Err(ClvNotComputable::NoChurn));
        assert_eq!(c.finite_horizon(12), Ok(960.0));
        let c = ClvInput {
            retention: 1.0,
            discount: 0.01,
            ..EXAMPLE
        };
        near(c.end_of_period(), 8000.0);
        assert_eq!(
            ClvInput {
                retention: 1.2,
                ..EXAMPLE
            }
            .end_of_period(),
            Err(ClvNotComputable::NeedsInputs)
        );
    }

    #[test]
    fn clv_to_cac_and_payback() {
        near(clv_to_cac(EXAMPLE.end_of_period(), Some(300.0)), 1.805);
        assert_eq!(clv_to_cac(Ok(1.0), None), Err(ClvNotComputable::NeedsCac));
        assert_eq!(payback_periods(Some(80.0), Some(300.0)), Ok(4.0));
        assert_eq!(payback_periods(Some(100.0), Some(300.0)), Ok(3.0));
        assert_eq!(payback_periods(Some(0.1), Some(0.3)), Ok(3.0));
        assert_eq!(
            payback_periods(Some(0.0), Some(300.0)),
            Err(ClvNotComputable::NeverPaysBack)
        );
        assert_eq!(payback_periods(Some(80.0), Some(0.0)), Ok(0.0));
    }

    #[test]
    fn sensitivity_names_retention_for_the_example() {
        let swings = sensitivity(&SensitivityInput {
            clv: EXAMPLE,
            new_per_period: 150.0,
            referral_rate: 0.0,
            step: 0.1,
        });
        assert_eq!(swings.len(), 4);
        let retention = swings
            .iter()
            .find(|s| s.driver == Driver::Retention)
            .unwrap();
        // r = 0.792 and 0.968.
        near(retention.clv.0, 80.0 * 0.792 / (1.01 - 0.792));
        near(retention.clv.1, 80.0 * 0.968 / (1.01 - 0.968));
        near(retention.ceiling.1, 150.0 / 0.032);
        let new = swings
            .iter()
            .find(|s| s.driver == Driver::NewCustomers)
            .unwrap();
        near(new.ceiling.0, 135.0 / 0.12);
        assert_eq!(new.clv_spread(), Some(0.0));
        assert_eq!(top_driver(&swings).map(|(d, _)| d), Some(Driver::Retention));
        // A retention moved above 100 % is not computable, not clamped.
        let s = sensitivity(&SensitivityInput {
            clv: ClvInput {
                retention: 0.95,
                ..EXAMPLE
            },
            new_per_period: 150.0,
            referral_rate: 0.0,
            step: 0.1,
        });
        let r = s.iter().find(|s| s.driver == Driver::Retention).unwrap();
        assert_eq!(r.clv.1, Err(ClvNotComputable::NeedsInputs));
    }
}
