//! The projection and customer-value figures: labels, display, units and formulas with
//! the user's own numbers. Pure functions of the evaluation: tested natively.

use crate::i18n::format::{amount, count, percent, quantity};
use crate::i18n::{lifetime_unit, per_period, Lang};
use crate::model::clv::Driver;
use crate::model::period::Period;
use crate::state::value::{ValueEvaluation, ValueMetric};

/// Every figure, in the order of `ValueTexts::result_labels`.
pub const VALUE_METRICS: [ValueMetric; 15] = [
    ValueMetric::CeilingCustomers,
    ValueMetric::PeriodsTo90pct,
    ValueMetric::CustomersAtHorizon,
    ValueMetric::RevenueAtHorizon,
    ValueMetric::ImprovedCustomersAtHorizon,
    ValueMetric::ImprovedRevenueAtHorizon,
    ValueMetric::ImprovedCeilingCustomers,
    ValueMetric::ClvSimple,
    ValueMetric::ClvEndOfPeriod,
    ValueMetric::ClvStartOfPeriod,
    ValueMetric::ClvFinite,
    ValueMetric::ClvToCac,
    ValueMetric::PaybackPeriods,
    ValueMetric::SensitivityTopDriver,
    ValueMetric::RetentionPointValue,
];

/// The label of a figure in `lang`.
pub fn value_metric_label(lang: Lang, metric: ValueMetric) -> &'static str {
    let index = VALUE_METRICS.iter().position(|m| *m == metric).unwrap_or(0);
    lang.texts().value.result_labels[index]
}

/// The name of a sensitivity driver in `lang`.
pub fn driver_name(lang: Lang, driver: Driver) -> &'static str {
    let index = Driver::ALL.iter().position(|d| *d == driver).unwrap_or(0);
    lang.texts().value.driver_names[index]
}

/// How a value of `metric` is shown.
pub fn value_display(lang: Lang, metric: ValueMetric, value: f64, e: &ValueEvaluation) -> String {
    match metric {
        ValueMetric::CeilingCustomers
        | ValueMetric::CustomersAtHorizon
        | ValueMetric::ImprovedCustomersAtHorizon
        | ValueMetric::ImprovedCeilingCustomers => count(value.round()),
        ValueMetric::PeriodsTo90pct | ValueMetric::PaybackPeriods => count(value),
        ValueMetric::ClvToCac => format!("{}×", quantity(value)),
        ValueMetric::SensitivityTopDriver => e
            .top_driver
            .map(|d| driver_name(lang, d).to_string())
            .unwrap_or_default(),
        _ => amount(value),
    }
}

/// The unit after a value of `metric`.
pub fn value_unit(lang: Lang, metric: ValueMetric, period: Option<Period>) -> &'static str {
    let v = &lang.texts().value;
    match metric {
        ValueMetric::CeilingCustomers
        | ValueMetric::CustomersAtHorizon
        | ValueMetric::ImprovedCustomersAtHorizon
        | ValueMetric::ImprovedCeilingCustomers => v.customers_at_period,
        ValueMetric::PeriodsTo90pct | ValueMetric::PaybackPeriods => lifetime_unit(lang, period),
        ValueMetric::RevenueAtHorizon | ValueMetric::ImprovedRevenueAtHorizon => {
            per_period(lang, period)
        }
        _ => "",
    }
}

/// The formula of `metric` as lines: the words, then the symbols with the user's numbers.
pub fn value_formula_lines(lang: Lang, metric: ValueMetric, e: &ValueEvaluation) -> Vec<String> {
    let w = &lang.texts().value.formula;
    let value = e.get(metric).ok();
    let cr = e.churn_rate.map(|(v, _)| v);
    let rho = e.referral_rate;
    let new = e.new_per_period.map(|(v, _)| v);
    let (m, d) = (e.margin, e.discount);
    let r = cr.map(|c| 1.0 - c);
    let mut lines = Vec::new();
    match metric {
        ValueMetric::CeilingCustomers | ValueMetric::ImprovedCeilingCustomers => {
            lines.push(w.ceiling.to_string());
            let churn = if metric == ValueMetric::CeilingCustomers {
                cr
            } else {
                e.improved_churn_rate
            };
            if let (Some(n), Some(c), Some(rho), Some(v)) = (new, churn, rho, value) {
                lines.push(format!(
                    "{} ÷ ({} − {}) = {}",
                    quantity(n),
                    percent(c),
                    percent(rho),
                    quantity(v)
                ));
            }
        }
        ValueMetric::PeriodsTo90pct => {
            lines.push(w.periods_to_90pct.to_string());
            if let (Some(s), Ok(c), Some(cr), Some(rho), Some(v)) = (
                e.start,
                e.get(ValueMetric::CeilingCustomers),
                cr,
                rho,
                value,
            ) {
                let t = v as i32;
                let at = |k: i32| (s - c) * (1.0 - cr + rho).powi(k);
                lines.push(format!(
                    "({} − {}) × {}^{} = {}",
                    quantity(s),
                    quantity(c),
                    quantity(1.0 - cr + rho),
                    t,
                    quantity(at(t))
                ));
                lines.push(format!(
                    "|{}| ≤ 10% × {} = {}",
                    quantity(at(t)),
                    quantity(c),
                    quantity(0.1 * c)
                ));
            }
        }
        ValueMetric::CustomersAtHorizon | ValueMetric::ImprovedCustomersAtHorizon => {
            let (words, churn, projection) = if metric == ValueMetric::CustomersAtHorizon {
                (w.projection, cr, Some(&e.projection))
            } else {
                (w.improved, e.improved_churn_rate, e.improved.as_ref())
            };
            lines.push(words.to_string());
            if metric != ValueMetric::CustomersAtHorizon {
                lines.push(w.projection.to_string());
            }
            if let (Some(p), Some(c), Some(n), Some(rho)) = (projection, churn, new, rho) {
                for (t, pair) in p.customers.windows(2).enumerate().take(3) {
                    lines.push(format!(
                        "P({}) = {} × (1 − {}) + {} + {} × {} = {}",
                        t + 1,
                        quantity(pair[0]),
                        percent(c),
                        quantity(n),
                        percent(rho),
                        quantity(pair[0]),
                        quantity(pair[1])
                    ));
                }
                if let (Some(v), Some(h)) = (value, e.horizon) {
                    lines.push(format!("… P({h}) = {}", quantity(v)));
                }
            }
        }
        ValueMetric::RevenueAtHorizon | ValueMetric::ImprovedRevenueAtHorizon => {
            lines.push(w.revenue.to_string());
            let customers = if metric == ValueMetric::RevenueAtHorizon {
                ValueMetric::CustomersAtHorizon
            } else {
                ValueMetric::ImprovedCustomersAtHorizon
            };
            if let (Ok(c), Some(rev), Some(v)) = (e.get(customers), e.revenue_per_customer, value) {
                lines.push(format!("{} × {} = {}", quantity(c), amount(rev), amount(v)));
            }
        }
        ValueMetric::ClvSimple => {
            lines.push(w.clv_simple.to_string());
            if let (Some(m), Some(cr), Some(v)) = (m, cr, value) {
                lines.push(format!("{} ÷ {} = {}", amount(m), percent(cr), amount(v)));
            }
        }
        ValueMetric::ClvEndOfPeriod | ValueMetric::ClvStartOfPeriod => {
            let end = metric == ValueMetric::ClvEndOfPeriod;
            lines.push(if end { w.clv_end } else { w.clv_start }.to_string());
            if let (Some(m), Some(r), Some(d), Some(v)) = (m, r, d, value) {
                let numerator = if end {
                    format!("{} × {}", amount(m), quantity(r))
                } else {
                    format!("{} × (1 + {})", amount(m), quantity(d))
                };
                lines.push(format!(
                    "{numerator} ÷ (1 + {} − {}) = {}",
                    quantity(d),
                    quantity(r),
                    amount(v)
                ));
            }
        }
        ValueMetric::ClvFinite => {
            lines.push(w.clv_finite.to_string());
            if let (Some(m), Some(r), Some(d), Some(t), Some(v)) = (m, r, d, e.clv_horizon, value) {
                lines.push(format!(
                    "q = r ÷ (1 + d) = {} ÷ (1 + {}) = {}",
                    quantity(r),
                    quantity(d),
                    format_q(r / (1.0 + d))
                ));
                lines.push(format!(
                    "{} × q × (1 − q^{t}) ÷ (1 − q) = {}",
                    amount(m),
                    amount(v)
                ));
            }
        }
        ValueMetric::ClvToCac => {
            lines.push(w.clv_to_cac.to_string());
            if let (Ok(clv), Some(v)) = (e.get(ValueMetric::ClvEndOfPeriod), value) {
                lines.push(format!(
                    "{} ÷ {} = {}×",
                    amount(clv),
                    amount(clv / v),
                    quantity(v)
                ));
            }
        }
        ValueMetric::PaybackPeriods => {
            lines.push(w.payback.to_string());
            if let (Some(m), Some(cac), Some(v)) = (m, e.cac, value) {
                lines.push(format!("⌈{} ÷ {}⌉ = {}", amount(cac), amount(m), count(v)));
            }
        }
        ValueMetric::SensitivityTopDriver => {
            lines.push(w.top_driver.to_string());
            for s in &e.swings {
                if let (Ok(low), Ok(high)) = s.clv {
                    lines.push(format!(
                        "{}: {} … {}",
                        driver_name(lang, s.driver),
                        amount(low),
                        amount(high)
                    ));
                }
            }
        }
        ValueMetric::RetentionPointValue => {
            lines.push(w.point.to_string());
            if let (Some(m), Some(r), Some(d), Some(v)) = (m, r, d, value) {
                let up = r + 0.01;
                lines.push(format!(
                    "{} × {} ÷ (1 + {} − {}) − {} × {} ÷ (1 + {} − {}) = {}",
                    amount(m),
                    quantity(up),
                    quantity(d),
                    quantity(up),
                    amount(m),
                    quantity(r),
                    quantity(d),
                    quantity(r),
                    amount(v)
                ));
            }
        }
    }
    lines
}

/// A ratio with four decimals (q of the finite CLV).
fn format_q(q: f64) -> String {
    crate::i18n::format::decimal(q, 4)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{evaluate_sections, url};

    #[test]
    fn formulas_carry_the_worked_examples() {
        let e = evaluate_sections(&url::decode(|_| None, &[])).value;
        let lines = |m| value_formula_lines(Lang::En, m, &e);
        let has = |m, line: &str| {
            let got = lines(m);
            assert!(got.iter().any(|l| l == line), "{m:?}: {got:?}");
        };
        has(
            ValueMetric::CeilingCustomers,
            "150 ÷ (12.0% − 0.0%) = 1,250",
        );
        has(
            ValueMetric::CustomersAtHorizon,
            "P(1) = 1,000 × (1 − 12.0%) + 150 + 0.0% × 1,000 = 1,030",
        );
        has(
            ValueMetric::CustomersAtHorizon,
            "P(2) = 1,030 × (1 − 12.0%) + 150 + 0.0% × 1,030 = 1,056.4",
        );
        has(
            ValueMetric::ClvEndOfPeriod,
            "80 × 0.88 ÷ (1 + 0.01 − 0.88) = 541.54",
        );
        has(
            ValueMetric::ClvStartOfPeriod,
            "80 × (1 + 0.01) ÷ (1 + 0.01 − 0.88) = 621.54",
        );
        has(ValueMetric::ClvSimple, "80 ÷ 12.0% = 666.67");
        has(
            ValueMetric::ClvFinite,
            "80 × q × (1 − q^12) ÷ (1 − q) = 437.89",
        );
        has(ValueMetric::ClvToCac, "541.54 ÷ 300 = 1.81×");
        has(ValueMetric::PaybackPeriods, "⌈300 ÷ 80⌉ = 4");
        has(
            ValueMetric::PeriodsTo90pct,
            "(1,000 − 1,250) × 0.88^6 = −116.1",
        );
        assert_eq!(
            value_display(Lang::ZhHans, ValueMetric::SensitivityTopDriver, 1.0, &e),
            "客户保持率"
        );
    }
}
