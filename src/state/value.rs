//! The leaky-bucket projection and customer value (DOMAIN.md §5, §6): their fields, and
//! from what the user typed to the figures shown.

use crate::model::clv::{
    clv_to_cac, payback_periods, sensitivity, top_driver, ClvInput, ClvNotComputable, Driver,
    SensitivityInput, Swing, CLV_TO_CAC_RULE,
};
use crate::model::input::MAX_COUNT;
use crate::model::input::{parse_bounded, parse_count, parse_rate, FieldError, RateHint, RateUnit};
use crate::model::period::Period;
use crate::model::projection::{
    project, revenue, Projection, ProjectionInput, ProjectionNotComputable, MAX_HORIZON,
};
use crate::model::retention::{Metric, RetentionReport};

use super::Scenario;

/// A field of the projection and customer-value sections, by its contract name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueField {
    /// T, periods to project (1 to 600).
    HorizonPeriods,
    /// New customers per period; empty: N of the scenario.
    NewPerPeriod,
    /// Churn per period, in percent; empty: the scenario's churn rate.
    ChurnRate,
    /// ρ, referral rate per period, in percent of existing customers.
    ReferralRate,
    /// Revenue per customer per period (money).
    RevenuePerCustomer,
    /// m, margin per customer per period (money).
    MarginPerCustomer,
    /// d, discount rate per period, in percent.
    DiscountRate,
    /// The improved churn rate for comparison, in percent.
    ImprovedChurnRate,
    /// T of the finite-horizon CLV (1 to 600).
    ClvHorizonPeriods,
    /// The sensitivity step, in percent (10 for ±10 %).
    SensitivityStep,
}

impl ValueField {
    /// Every field, in display order.
    pub const ALL: [ValueField; 10] = [
        ValueField::HorizonPeriods,
        ValueField::NewPerPeriod,
        ValueField::ChurnRate,
        ValueField::ReferralRate,
        ValueField::RevenuePerCustomer,
        ValueField::MarginPerCustomer,
        ValueField::DiscountRate,
        ValueField::ImprovedChurnRate,
        ValueField::ClvHorizonPeriods,
        ValueField::SensitivityStep,
    ];

    /// The contract name (`data-field`, URL key).
    pub fn key(self) -> &'static str {
        match self {
            ValueField::HorizonPeriods => "horizon_periods",
            ValueField::NewPerPeriod => "projection_new_per_period",
            ValueField::ChurnRate => "projection_churn_rate",
            ValueField::ReferralRate => "referral_rate",
            ValueField::RevenuePerCustomer => "revenue_per_customer",
            ValueField::MarginPerCustomer => "margin_per_customer",
            ValueField::DiscountRate => "discount_rate",
            ValueField::ImprovedChurnRate => "improved_churn_rate",
            ValueField::ClvHorizonPeriods => "clv_horizon_periods",
            ValueField::SensitivityStep => "sensitivity_step",
        }
    }

    /// The position in [`Scenario::value_fields`].
    pub fn index(self) -> usize {
        ValueField::ALL.iter().position(|f| *f == self).unwrap_or(0)
    }
}

/// The text of each value field before the user types anything, in `ValueField::ALL`
/// order: a 24-period horizon; new customers and churn from the scenario (empty); no
/// referrals; no revenue; DOMAIN.md §6's margin 80 and discount 1 % per period; an
/// improved churn of 10 % to compare; a 12-period CLV horizon; a ±10 % sensitivity step.
pub const VALUE_FIELD_DEFAULTS: [&str; 10] = ["24", "", "", "0", "", "80", "1", "10", "12", "10"];

/// Query key of the period the discount rate is quoted for; absent: the scenario's.
pub const KEY_DISCOUNT_PERIOD: &str = "discount_period";

/// Where an input of the projection came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// Taken from the retention section.
    Scenario,
    /// Typed in this section.
    Typed,
}

/// Why a figure of these sections cannot be given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueNotComputable {
    Projection(ProjectionNotComputable),
    Clv(ClvNotComputable),
    /// A field the figure needs could not be read (see its message).
    InvalidField(ValueField),
    /// The scenario does not give this input and none was typed.
    Missing(ValueField),
    /// The period the rates are for is not known.
    PeriodUnknown,
}

/// A figure, or why not.
pub type ValueOutcome = Result<f64, ValueNotComputable>;

/// A figure of these sections, by its contract name (`data-result`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ValueMetric {
    CeilingCustomers,
    PeriodsTo90pct,
    CustomersAtHorizon,
    RevenueAtHorizon,
    ImprovedCustomersAtHorizon,
    ImprovedRevenueAtHorizon,
    ImprovedCeilingCustomers,
    ClvSimple,
    ClvEndOfPeriod,
    ClvStartOfPeriod,
    ClvFinite,
    ClvToCac,
    PaybackPeriods,
    SensitivityTopDriver,
    RetentionPointValue,
}

impl ValueMetric {
    /// The contract name.
    pub fn key(self) -> &'static str {
        match self {
            ValueMetric::CeilingCustomers => "ceiling_customers",
            ValueMetric::PeriodsTo90pct => "periods_to_90pct",
            ValueMetric::CustomersAtHorizon => "customers_at_horizon",
            ValueMetric::RevenueAtHorizon => "revenue_at_horizon",
            ValueMetric::ImprovedCustomersAtHorizon => "improved_customers_at_horizon",
            ValueMetric::ImprovedRevenueAtHorizon => "improved_revenue_at_horizon",
            ValueMetric::ImprovedCeilingCustomers => "improved_ceiling_customers",
            ValueMetric::ClvSimple => "clv_simple",
            ValueMetric::ClvEndOfPeriod => "clv_end_of_period",
            ValueMetric::ClvStartOfPeriod => "clv_start_of_period",
            ValueMetric::ClvFinite => "clv_finite",
            ValueMetric::ClvToCac => "clv_to_cac",
            ValueMetric::PaybackPeriods => "payback_periods",
            ValueMetric::SensitivityTopDriver => "sensitivity_top_driver",
            ValueMetric::RetentionPointValue => "retention_point_value",
        }
    }
}

/// The two sections' inputs as read, and their figures.
#[derive(Debug, Clone, PartialEq)]
pub struct ValueEvaluation {
    /// Parse errors by field.
    pub field_errors: Vec<(ValueField, FieldError)>,
    /// Rates that look typed as fractions ("0.12" in a percent field); used as typed.
    pub hints: Vec<(ValueField, RateHint)>,
    /// P(0): S of the scenario.
    pub start: Option<f64>,
    /// New customers per period used, and where from.
    pub new_per_period: Option<(f64, Source)>,
    /// Churn per period used (a fraction), and where from.
    pub churn_rate: Option<(f64, Source)>,
    /// ρ, a fraction per period.
    pub referral_rate: Option<f64>,
    /// The improved churn (a fraction per period).
    pub improved_churn_rate: Option<f64>,
    pub revenue_per_customer: Option<f64>,
    pub margin: Option<f64>,
    /// CAC from the cost section, when it has one (money per new customer).
    pub cac: Option<f64>,
    /// The discount per period of the scenario (a fraction), converted when it was typed
    /// for another period.
    pub discount: Option<f64>,
    /// The discount as typed (a fraction) and its period, when that differs from the
    /// scenario's period: a warning is shown and the converted rate used.
    pub discount_converted_from: Option<(f64, Period)>,
    pub clv_horizon: Option<usize>,
    /// The sensitivity step (a fraction).
    pub step: Option<f64>,
    pub horizon: Option<usize>,
    pub projection: Projection,
    pub improved: Option<Projection>,
    /// CLV by driver moved down and up.
    pub swings: Vec<Swing>,
    outcomes: Vec<(ValueMetric, ValueOutcome)>,
    /// The driver that moves CLV most.
    pub top_driver: Option<Driver>,
}

impl ValueEvaluation {
    /// The outcome of `metric`.
    pub fn get(&self, metric: ValueMetric) -> ValueOutcome {
        self.outcomes
            .iter()
            .find(|(m, _)| *m == metric)
            .map(|(_, o)| *o)
            .unwrap_or(Err(ValueNotComputable::Projection(
                ProjectionNotComputable::NeedsInputs,
            )))
    }

    /// The parse error of `field`, if any.
    pub fn field_error(&self, field: ValueField) -> Option<&FieldError> {
        self.field_errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e)
    }

    /// The hint for `field`, if any.
    pub fn hint(&self, field: ValueField) -> Option<&RateHint> {
        self.hints.iter().find(|(f, _)| *f == field).map(|(_, h)| h)
    }

    /// True when CLV / CAC meets the rule of thumb of 3.
    pub fn meets_clv_rule(&self) -> Option<bool> {
        self.get(ValueMetric::ClvToCac)
            .ok()
            .map(|v| v >= CLV_TO_CAC_RULE)
    }
}

/// Parses a whole number of periods from 1 to [`MAX_HORIZON`].
fn parse_periods(text: &str) -> Result<usize, FieldError> {
    let v = parse_count(text).map_err(|e| match e {
        FieldError::TooLarge { .. } => FieldError::TooLarge {
            max: MAX_HORIZON as f64,
        },
        other => other,
    })?;
    if v < 1.0 {
        return Err(FieldError::TooSmall { min: 1.0 });
    }
    if v > MAX_HORIZON as f64 {
        return Err(FieldError::TooLarge {
            max: MAX_HORIZON as f64,
        });
    }
    Ok(v as usize)
}

/// Parses the fields, takes what is missing from the retention report, and computes.
/// `cac` is the cost section's CAC, when it has one.
pub fn evaluate_value(
    scenario: &Scenario,
    retention: &RetentionReport,
    cac: Option<f64>,
) -> ValueEvaluation {
    let mut field_errors = Vec::new();
    let mut hints = Vec::new();
    let text = |f: ValueField| scenario.value_fields[f.index()].as_str();
    let mut note = |f: ValueField, e: FieldError| field_errors.push((f, e));

    let rate = |f: ValueField,
                note: &mut dyn FnMut(ValueField, FieldError),
                hints: &mut Vec<(ValueField, RateHint)>|
     -> Option<f64> {
        match parse_rate(text(f), RateUnit::Percent) {
            Ok((v, hint)) => {
                if let Some(h) = hint {
                    hints.push((f, h));
                }
                Some(v)
            }
            Err(e) => {
                note(f, e);
                None
            }
        }
    };
    let optional = |f: ValueField| !text(f).trim().is_empty();

    let horizon = parse_periods(text(ValueField::HorizonPeriods))
        .map_err(|e| note(ValueField::HorizonPeriods, e))
        .ok();
    let new_per_period = if optional(ValueField::NewPerPeriod) {
        parse_bounded(text(ValueField::NewPerPeriod), 0.0, MAX_COUNT)
            .map_err(|e| note(ValueField::NewPerPeriod, e))
            .ok()
            .map(|v| (v, Source::Typed))
    } else {
        retention.new.map(|v| (v, Source::Scenario))
    };
    let churn_rate = if optional(ValueField::ChurnRate) {
        rate(ValueField::ChurnRate, &mut note, &mut hints).map(|v| (v, Source::Typed))
    } else {
        retention
            .get(Metric::ChurnRate)
            .ok()
            .map(|v| (v, Source::Scenario))
    };
    let referral_rate = rate(ValueField::ReferralRate, &mut note, &mut hints);
    let revenue_per_customer = if optional(ValueField::RevenuePerCustomer) {
        crate::model::input::parse_amount(text(ValueField::RevenuePerCustomer))
            .map_err(|e| note(ValueField::RevenuePerCustomer, e))
            .ok()
    } else {
        None
    };
    let margin = crate::model::input::parse_amount(text(ValueField::MarginPerCustomer))
        .map_err(|e| note(ValueField::MarginPerCustomer, e))
        .ok();
    let typed_discount = rate(ValueField::DiscountRate, &mut note, &mut hints);
    let improved_churn_rate = if optional(ValueField::ImprovedChurnRate) {
        rate(ValueField::ImprovedChurnRate, &mut note, &mut hints)
    } else {
        None
    };
    let clv_horizon = parse_periods(text(ValueField::ClvHorizonPeriods))
        .map_err(|e| note(ValueField::ClvHorizonPeriods, e))
        .ok();
    let step = match rate(ValueField::SensitivityStep, &mut note, &mut hints) {
        Some(v) if v > 0.0 => Some(v),
        Some(_) => {
            note(
                ValueField::SensitivityStep,
                FieldError::TooSmall { min: 0.01 },
            );
            None
        }
        None => None,
    };

    let period = scenario.period.period();
    let discount_period = scenario.discount_period.or(period);
    let (discount, discount_converted_from) = match (typed_discount, discount_period, period) {
        (Some(d), Some(from), Some(to)) if from != to => {
            // (1 + d)^(k) − 1 with k = to / from in months: a discount per year of 12 %
            // is 0.949 % per month, compounded like the churn conversion.
            let k = to.months() as f64 / from.months() as f64;
            let converted = (1.0 + d).powf(k) - 1.0;
            (Some(converted).filter(|v| v.is_finite()), Some((d, from)))
        }
        (Some(d), _, _) => (Some(d), None),
        (None, _, _) => (None, None),
    };

    let invalid_or = |f: ValueField, missing: ValueNotComputable| {
        if field_errors.iter().any(|(g, _)| *g == f) {
            ValueNotComputable::InvalidField(f)
        } else {
            missing
        }
    };
    let needs = |f: ValueField| invalid_or(f, ValueNotComputable::Missing(f));

    let start = retention.start;
    let projection_input = match (start, new_per_period, churn_rate, referral_rate, horizon) {
        (Some(s), Some((n, _)), Some((cr, _)), Some(rho), Some(t)) => Ok(ProjectionInput {
            start: s,
            new_per_period: n,
            churn_rate: cr,
            referral_rate: rho,
            horizon: t,
        }),
        (None, ..) => Err(ValueNotComputable::Projection(
            ProjectionNotComputable::NeedsInputs,
        )),
        (_, None, ..) => Err(needs(ValueField::NewPerPeriod)),
        (_, _, None, ..) => Err(needs(ValueField::ChurnRate)),
        (_, _, _, None, _) => Err(needs(ValueField::ReferralRate)),
        (.., None) => Err(needs(ValueField::HorizonPeriods)),
    };
    let projection = match &projection_input {
        Ok(input) => project(input),
        Err(_) => Projection {
            customers: Vec::new(),
            ceiling: Err(ProjectionNotComputable::NeedsInputs),
            periods_to_90pct: Err(ProjectionNotComputable::NeedsInputs),
        },
    };
    let improved = match (&projection_input, improved_churn_rate) {
        (Ok(input), Some(cr)) => Some(project(&ProjectionInput {
            churn_rate: cr,
            ..*input
        })),
        _ => None,
    };
    let from_projection = |outcome: Result<f64, ProjectionNotComputable>| -> ValueOutcome {
        match &projection_input {
            Err(e) => Err(*e),
            Ok(_) => outcome.map_err(ValueNotComputable::Projection),
        }
    };
    let revenue_of = |customers: Result<f64, ProjectionNotComputable>| -> ValueOutcome {
        match revenue(customers, revenue_per_customer) {
            Err(ProjectionNotComputable::NeedsRevenue) => {
                Err(needs(ValueField::RevenuePerCustomer))
            }
            other => from_projection(other),
        }
    };
    let improved_outcome =
        |pick: &dyn Fn(&Projection) -> Result<f64, ProjectionNotComputable>| match &improved {
            Some(p) => from_projection(pick(p)),
            None if projection_input.is_err() => {
                from_projection(Err(ProjectionNotComputable::NeedsInputs))
            }
            None => Err(needs(ValueField::ImprovedChurnRate)),
        };

    // Customer value: retention is 1 − churn of the scenario (or as typed here).
    let clv_input = match (margin, churn_rate, discount) {
        (Some(m), Some((cr, _)), Some(d)) => Ok(ClvInput {
            margin: m,
            retention: 1.0 - cr,
            discount: d,
        }),
        (None, ..) => Err(needs(ValueField::MarginPerCustomer)),
        (_, None, _) => Err(needs(ValueField::ChurnRate)),
        (.., None) => Err(if typed_discount.is_some() {
            ValueNotComputable::Clv(ClvNotComputable::OutOfRange)
        } else {
            needs(ValueField::DiscountRate)
        }),
    };
    let clv = |f: &dyn Fn(&ClvInput) -> Result<f64, ClvNotComputable>| -> ValueOutcome {
        match &clv_input {
            Ok(c) => f(c).map_err(ValueNotComputable::Clv),
            Err(e) => Err(*e),
        }
    };
    let end = clv(&|c| c.end_of_period());
    let finite_clv = match clv_horizon {
        Some(t) => clv(&|c| c.finite_horizon(t)),
        None => Err(needs(ValueField::ClvHorizonPeriods)),
    };
    let to_cac = match end {
        Ok(v) => clv_to_cac(Ok(v), cac).map_err(ValueNotComputable::Clv),
        Err(e) => Err(e),
    };
    let payback = match payback_periods(margin, cac) {
        Err(ClvNotComputable::NeedsInputs) => Err(needs(ValueField::MarginPerCustomer)),
        other => other.map_err(ValueNotComputable::Clv),
    };
    let point = match &clv_input {
        Ok(c) if c.retention + 0.01 <= 1.0 => {
            let up = ClvInput {
                retention: c.retention + 0.01,
                ..*c
            };
            match (c.end_of_period(), up.end_of_period()) {
                (Ok(a), Ok(b)) => Ok(b - a),
                (Err(e), _) | (_, Err(e)) => Err(ValueNotComputable::Clv(e)),
            }
        }
        Ok(_) => Err(ValueNotComputable::Clv(ClvNotComputable::NoFiniteValue)),
        Err(e) => Err(*e),
    };
    let swings = match (&clv_input, new_per_period, referral_rate, step) {
        (Ok(c), Some((n, _)), Some(rho), Some(s)) => sensitivity(&SensitivityInput {
            clv: *c,
            new_per_period: n,
            referral_rate: rho,
            step: s,
        }),
        _ => Vec::new(),
    };
    let top = top_driver(&swings);
    let top_outcome = match (top, &clv_input, step) {
        (Some((_, spread)), _, _) => Ok(spread),
        (None, Err(e), _) => Err(*e),
        (None, Ok(_), None) => Err(needs(ValueField::SensitivityStep)),
        (None, Ok(_), Some(_)) => Err(needs(ValueField::NewPerPeriod)),
    };
    let period_known = |outcome: ValueOutcome| {
        if period.is_none() && scenario.discount_period.is_some() {
            Err(ValueNotComputable::PeriodUnknown)
        } else {
            outcome
        }
    };

    let outcomes = vec![
        (
            ValueMetric::CeilingCustomers,
            from_projection(projection.ceiling),
        ),
        (
            ValueMetric::PeriodsTo90pct,
            from_projection(projection.periods_to_90pct),
        ),
        (
            ValueMetric::CustomersAtHorizon,
            from_projection(projection.at_horizon()),
        ),
        (
            ValueMetric::RevenueAtHorizon,
            revenue_of(projection.at_horizon()),
        ),
        (
            ValueMetric::ImprovedCustomersAtHorizon,
            improved_outcome(&|p| p.at_horizon()),
        ),
        (
            ValueMetric::ImprovedRevenueAtHorizon,
            match improved_outcome(&|p| p.at_horizon()) {
                Ok(v) => revenue_of(Ok(v)),
                Err(e) => Err(e),
            },
        ),
        (
            ValueMetric::ImprovedCeilingCustomers,
            improved_outcome(&|p| p.ceiling),
        ),
        (ValueMetric::ClvSimple, period_known(clv(&|c| c.simple()))),
        (ValueMetric::ClvEndOfPeriod, period_known(end)),
        (
            ValueMetric::ClvStartOfPeriod,
            period_known(clv(&|c| c.start_of_period())),
        ),
        (ValueMetric::ClvFinite, period_known(finite_clv)),
        (ValueMetric::ClvToCac, period_known(to_cac)),
        (ValueMetric::PaybackPeriods, payback),
        (ValueMetric::SensitivityTopDriver, top_outcome),
        (ValueMetric::RetentionPointValue, period_known(point)),
    ];
    ValueEvaluation {
        field_errors,
        hints,
        start,
        new_per_period,
        churn_rate,
        referral_rate,
        improved_churn_rate,
        revenue_per_customer,
        margin,
        cac,
        discount,
        discount_converted_from,
        clv_horizon,
        step,
        horizon,
        projection,
        improved,
        swings,
        outcomes,
        top_driver: top.map(|(d, _)| d),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{evaluate_sections, url};

    /// The page as it opens: DOMAIN.md §1's counts, §2's spends, §6's margin and discount.
    fn opening() -> ValueEvaluation {
        evaluate_sections(&url::decode(|_| None, &[])).value
    }

    fn near(outcome: ValueOutcome, expected: f64, tolerance: f64) {
        let v = outcome.unwrap_or_else(|e| panic!("{e:?}"));
        assert!((v - expected).abs() <= tolerance, "{v} ≠ {expected}");
    }

    #[test]
    fn the_worked_examples_from_the_opening_scenario() {
        let v = opening();
        assert_eq!(v.new_per_period, Some((150.0, Source::Scenario)));
        assert_eq!(v.churn_rate, Some((0.12, Source::Scenario)));
        near(v.get(ValueMetric::CeilingCustomers), 1250.0, 1e-9);
        near(v.get(ValueMetric::PeriodsTo90pct), 6.0, 0.0);
        assert!((v.projection.customers[5] - 1118.07).abs() < 0.01);
        near(v.get(ValueMetric::ClvEndOfPeriod), 541.54, 0.005);
        near(v.get(ValueMetric::ClvStartOfPeriod), 621.54, 0.005);
        near(v.get(ValueMetric::ClvFinite), 437.89, 0.005);
        near(v.get(ValueMetric::ClvSimple), 666.67, 0.005);
        // CAC 300 from the cost section.
        near(v.get(ValueMetric::ClvToCac), 541.54 / 300.0, 1e-4);
        assert_eq!(v.meets_clv_rule(), Some(false));
        near(v.get(ValueMetric::PaybackPeriods), 4.0, 0.0);
        // Improved churn 10 %: ceiling 1,500.
        near(v.get(ValueMetric::ImprovedCeilingCustomers), 1500.0, 1e-9);
        assert_eq!(v.top_driver, Some(Driver::Retention));
        // No revenue typed: the revenue figures say which field they need.
        assert_eq!(
            v.get(ValueMetric::RevenueAtHorizon),
            Err(ValueNotComputable::Missing(ValueField::RevenuePerCustomer))
        );
    }

    #[test]
    fn typed_inputs_override_and_bad_ones_are_named() {
        let mut s = url::decode(|_| None, &[]);
        s.value_fields[ValueField::ChurnRate.index()] = "0.12".into();
        s.value_fields[ValueField::HorizonPeriods.index()] = "601".into();
        s.value_fields[ValueField::RevenuePerCustomer.index()] = "200".into();
        let v = evaluate_sections(&s).value;
        assert_eq!(
            v.hint(ValueField::ChurnRate),
            Some(&RateHint::LooksLikeFraction { as_percent: 12.0 })
        );
        assert_eq!(v.churn_rate, Some((0.0012, Source::Typed)));
        assert_eq!(
            v.field_error(ValueField::HorizonPeriods),
            Some(&FieldError::TooLarge { max: 600.0 })
        );
        assert_eq!(
            v.get(ValueMetric::CustomersAtHorizon),
            Err(ValueNotComputable::InvalidField(ValueField::HorizonPeriods))
        );
        // The ceiling does not need the horizon … but the projection input does: all
        // projection figures wait for a valid horizon.
        assert!(v.get(ValueMetric::CeilingCustomers).is_err());
    }

    #[test]
    fn a_yearly_discount_is_converted_to_the_counts_period() {
        let mut s = url::decode(|_| None, &[]);
        s.value_fields[ValueField::DiscountRate.index()] = "12".into();
        s.discount_period = Some(Period::Year);
        let v = evaluate_sections(&s).value;
        assert_eq!(v.discount_converted_from, Some((0.12, Period::Year)));
        let monthly = v.discount.unwrap();
        assert!((monthly - (1.12f64.powf(1.0 / 12.0) - 1.0)).abs() < 1e-12);
    }
}
