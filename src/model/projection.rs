//! The leaky bucket over time (DOMAIN.md §5, text 3's 漏斗原理): how many customers a
//! business has period by period when it keeps losing a share of them and winning new ones.
//!
//! P(t + 1) = P(t) × (1 − CR) + new + ρ × P(t), with CR the churn rate and ρ the referral
//! rate per period (new customers each existing customer brings, a fraction).

/// The longest projection offered: 600 periods (50 years of months).
pub const MAX_HORIZON: usize = 600;

/// What the projection starts from. Rates are fractions per period (0.12 for 12 %).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ProjectionInput {
    /// P(0), customers at the start.
    pub start: f64,
    /// New customers won each period (not counting referrals).
    pub new_per_period: f64,
    /// CR, the share of customers lost each period.
    pub churn_rate: f64,
    /// ρ, new customers each existing customer brings per period by referral.
    pub referral_rate: f64,
    /// T, how many periods to project (1 to [`MAX_HORIZON`]).
    pub horizon: usize,
}

/// Why a projection figure cannot be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProjectionNotComputable {
    /// A needed input is missing or invalid (see its field).
    NeedsInputs,
    /// CR ≤ ρ: referrals replace at least what churn takes, so the base grows without bound.
    NoCeiling,
    /// The numbers grow beyond what can be shown.
    OutOfRange,
    /// Needs revenue per customer.
    NeedsRevenue,
}

/// A projection figure, or why not.
pub type ProjectionOutcome = Result<f64, ProjectionNotComputable>;

/// The projection's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct Projection {
    /// P(0) … P(T), customers at the end of each period (index 0 is the start).
    pub customers: Vec<f64>,
    /// The steady state new / (CR − ρ), customers; `NoCeiling` when CR ≤ ρ.
    pub ceiling: ProjectionOutcome,
    /// The first period t at which P(t) is within 10 % of the ceiling (from below: at
    /// least 90 % of it), computed exactly, not limited to the horizon; 0 when P(0) is.
    pub periods_to_90pct: ProjectionOutcome,
}

impl Projection {
    /// P(T).
    pub fn at_horizon(&self) -> ProjectionOutcome {
        self.customers
            .last()
            .copied()
            .filter(|v| v.is_finite())
            .ok_or(ProjectionNotComputable::OutOfRange)
    }
}

/// Runs the projection. Inputs must be finite and not negative, churn and referral rates
/// at most 1, the horizon 1 to [`MAX_HORIZON`]; otherwise every figure is `NeedsInputs`.
pub fn project(input: &ProjectionInput) -> Projection {
    let ProjectionInput {
        start,
        new_per_period,
        churn_rate,
        referral_rate,
        horizon,
    } = *input;
    let valid = [start, new_per_period, churn_rate, referral_rate]
        .iter()
        .all(|v| v.is_finite() && *v >= 0.0)
        && churn_rate <= 1.0
        && referral_rate <= 1.0
        && (1..=MAX_HORIZON).contains(&horizon);
    if !valid {
        return Projection {
            customers: Vec::new(),
            ceiling: Err(ProjectionNotComputable::NeedsInputs),
            periods_to_90pct: Err(ProjectionNotComputable::NeedsInputs),
        };
    }
    let keep = 1.0 - churn_rate + referral_rate;
    let mut customers = Vec::with_capacity(horizon + 1);
    let mut p = start;
    customers.push(p);
    for _ in 0..horizon {
        p = p * keep + new_per_period;
        // The factor is at most 2 and the inputs at most 10^15: finite for 600 periods,
        // but checked rather than assumed.
        if !p.is_finite() {
            break;
        }
        customers.push(p);
    }
    let ceiling = if churn_rate > referral_rate {
        let c = new_per_period / (churn_rate - referral_rate);
        if c.is_finite() {
            Ok(c)
        } else {
            Err(ProjectionNotComputable::OutOfRange)
        }
    } else {
        Err(ProjectionNotComputable::NoCeiling)
    };
    let periods_to_90pct = ceiling.and_then(|c| periods_within_tenth(start, c, keep));
    Projection {
        customers,
        ceiling,
        periods_to_90pct,
    }
}

/// The first t with |P(t) − C| ≤ 0.1 C, using P(t) − C = (P(0) − C) × keep^t.
fn periods_within_tenth(start: f64, ceiling: f64, keep: f64) -> ProjectionOutcome {
    let gap = (start - ceiling).abs();
    let tolerance = 0.1 * ceiling;
    if gap <= tolerance {
        return Ok(0.0);
    }
    if keep <= 0.0 {
        // Everyone leaves each period: P(1) is the ceiling itself.
        return Ok(1.0);
    }
    // keep < 1 here (CR > ρ), so the gap shrinks geometrically.
    let t = (tolerance / gap).ln() / keep.ln();
    if !t.is_finite() {
        return Err(ProjectionNotComputable::OutOfRange);
    }
    // Guard against rounding just above a whole number (e.g. 6.000000001 for exactly 6).
    let whole = t.ceil();
    let at = |n: f64| (start - ceiling) * keep.powf(n);
    Ok(if (at(whole - 1.0)).abs() <= tolerance {
        whole - 1.0
    } else {
        whole
    })
}

/// Revenue in period T: customers × revenue per customer per period.
pub fn revenue(
    customers: ProjectionOutcome,
    revenue_per_customer: Option<f64>,
) -> ProjectionOutcome {
    let r = revenue_per_customer
        .filter(|v| v.is_finite() && *v >= 0.0)
        .ok_or(ProjectionNotComputable::NeedsRevenue)?;
    let v = customers? * r;
    if v.is_finite() {
        Ok(v)
    } else {
        Err(ProjectionNotComputable::OutOfRange)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> ProjectionInput {
        ProjectionInput {
            start: 1000.0,
            new_per_period: 150.0,
            churn_rate: 0.12,
            referral_rate: 0.0,
            horizon: 12,
        }
    }

    #[test]
    fn the_worked_example() {
        let p = project(&example());
        let expected = [
            1000.0, 1030.0, 1056.4, 1079.632, 1100.076, 1118.067, 1133.899,
        ];
        for (t, e) in expected.iter().enumerate() {
            assert!(
                (p.customers[t] - e).abs() < 0.01,
                "P({t}) = {}",
                p.customers[t]
            );
        }
        assert_eq!(p.ceiling, Ok(1250.0));
        assert_eq!(p.periods_to_90pct, Ok(6.0));
        assert_eq!(p.customers.len(), 13);
    }

    #[test]
    fn referrals_lift_the_ceiling_or_remove_it() {
        let with = project(&ProjectionInput {
            referral_rate: 0.02,
            ..example()
        });
        assert!((with.ceiling.unwrap() - 1500.0).abs() < 1e-9);
        let none = project(&ProjectionInput {
            referral_rate: 0.12,
            ..example()
        });
        assert_eq!(none.ceiling, Err(ProjectionNotComputable::NoCeiling));
        assert_eq!(
            none.periods_to_90pct,
            Err(ProjectionNotComputable::NoCeiling)
        );
    }

    #[test]
    fn from_above_the_ceiling_and_edge_rates() {
        let above = project(&ProjectionInput {
            start: 3000.0,
            ..example()
        });
        let t = above.periods_to_90pct.unwrap() as usize;
        let p = project(&ProjectionInput {
            start: 3000.0,
            horizon: t,
            ..example()
        });
        assert!(p.customers[t] <= 1375.0 + 1e-9 && p.customers[t - 1] > 1375.0);
        let all_leave = project(&ProjectionInput {
            churn_rate: 1.0,
            ..example()
        });
        assert_eq!(all_leave.customers[1], 150.0);
        assert_eq!(all_leave.periods_to_90pct, Ok(1.0));
        let at = project(&ProjectionInput {
            start: 1250.0,
            ..example()
        });
        assert_eq!(at.periods_to_90pct, Ok(0.0));
    }

    #[test]
    fn six_hundred_periods_stay_finite_and_bad_input_is_refused() {
        let p = project(&ProjectionInput {
            start: 1e12,
            new_per_period: 1e12,
            churn_rate: 0.0,
            referral_rate: 1.0,
            horizon: MAX_HORIZON,
        });
        assert_eq!(p.customers.len(), MAX_HORIZON + 1);
        assert!(p.at_horizon().unwrap().is_finite());
        for bad in [
            ProjectionInput {
                horizon: 0,
                ..example()
            },
            ProjectionInput {
                horizon: 601,
                ..example()
            },
            ProjectionInput {
                churn_rate: f64::NAN,
                ..example()
            },
            ProjectionInput {
                start: -1.0,
                ..example()
            },
            ProjectionInput {
                churn_rate: 1.5,
                ..example()
            },
        ] {
            let p = project(&bad);
            assert!(p.customers.is_empty());
            assert_eq!(p.ceiling, Err(ProjectionNotComputable::NeedsInputs));
        }
        assert_eq!(
            revenue(Ok(1030.0), None),
            Err(ProjectionNotComputable::NeedsRevenue)
        );
        assert_eq!(revenue(Ok(1030.0), Some(2.0)), Ok(2060.0));
    }
}
