//! The cost section's figures: labels, display, units and formulas with the user's own
//! numbers. Pure functions of the evaluation: tested natively.

use crate::i18n::format::{amount, count, percent, quantity, times};
use crate::i18n::{fill, per_period, Lang};
use crate::model::cost::{CostMetric, CostSource};
use crate::model::period::Period;
use crate::state::CostEvaluation;

/// The label of a cost figure in `lang`.
pub fn cost_metric_label(lang: Lang, metric: CostMetric) -> &'static str {
    let c = &lang.texts().cost;
    match metric {
        CostMetric::Cac => c.result_cac,
        CostMetric::Crc => c.result_crc,
        CostMetric::CostRatio => c.result_cost_ratio,
        CostMetric::ReplacementCost => c.result_replacement_cost,
        CostMetric::KeepCost => c.result_keep_cost,
        CostMetric::ChurnBurn => c.result_churn_burn,
        CostMetric::RefillSpend => c.result_refill_spend,
        CostMetric::RefillShare => c.result_refill_share,
        CostMetric::BreakEvenRetentionSpend => c.result_break_even,
        CostMetric::ReferralsLost => c.result_referrals_lost,
        CostMetric::ReferralsLostValue => c.result_referrals_lost_value,
        CostMetric::WomCustomersLost => c.result_wom_customers_lost,
        CostMetric::WomValue => c.result_wom_value,
    }
}

/// How a value of `metric` is shown: money as an amount, the ratio as a multiple, the
/// share as a percentage, customers with up to two decimals.
pub fn cost_display(metric: CostMetric, value: f64) -> String {
    match metric {
        CostMetric::CostRatio => times(value),
        CostMetric::RefillShare => percent(value),
        CostMetric::ReferralsLost | CostMetric::WomCustomersLost => quantity(value),
        _ => amount(value),
    }
}

/// The unit after a value of `metric` ("per new customer", "per month" …).
pub fn cost_unit(lang: Lang, metric: CostMetric, period: Option<Period>) -> String {
    let c = &lang.texts().cost;
    match metric {
        CostMetric::Cac => c.per_new_customer.to_string(),
        CostMetric::Crc => c.per_retained_customer.to_string(),
        CostMetric::BreakEvenRetentionSpend => c.per_at_risk_customer.to_string(),
        CostMetric::CostRatio | CostMetric::RefillShare => String::new(),
        CostMetric::ReferralsLost => {
            fill(c.customers_per_period, &[("per", per_period(lang, period))])
        }
        CostMetric::WomCustomersLost => c.potential_customers.to_string(),
        _ => per_period(lang, period).to_string(),
    }
}

/// The formula of `metric` as lines: the words, then the symbols with the user's numbers
/// and the result. Only the words when the figure is not computable.
pub fn cost_formula_lines(lang: Lang, metric: CostMetric, e: &CostEvaluation) -> Vec<String> {
    let w = &lang.texts().cost.formula;
    let (s, n, l) = e.counts;
    let (acquisition_spend, retention_spend) = e.spends;
    let value = e.get(metric).ok();
    let cac = e.report.cac.ok();
    let crc = e.report.crc.ok();
    let money = |metric: CostMetric| e.get(metric).ok().map(amount);
    let mut lines = Vec::new();
    match metric {
        CostMetric::Cac => match cac {
            Some(unit) if unit.source == CostSource::Typed => {
                lines.push(w.cac_typed.to_string());
                lines.push(format!("CAC = {}", amount(unit.value)));
            }
            _ => {
                lines.push(w.cac.to_string());
                if let (Some(spend), Some(n), Some(v)) = (acquisition_spend, n, value) {
                    lines.push(format!(
                        "CAC = {} ÷ {} = {}",
                        amount(spend),
                        count(n),
                        amount(v)
                    ));
                }
            }
        },
        CostMetric::Crc => match crc {
            Some(unit) if unit.source == CostSource::Typed => {
                lines.push(w.crc_typed.to_string());
                lines.push(format!("CRC = {}", amount(unit.value)));
            }
            _ => {
                lines.push(w.crc.to_string());
                if let (Some(spend), Some(s), Some(l), Some(v)) = (retention_spend, s, l, value) {
                    lines.push(format!(
                        "CRC = {} ÷ ({} − {}) = {} ÷ {} = {}",
                        amount(spend),
                        count(s),
                        count(l),
                        amount(spend),
                        count(s - l),
                        amount(v)
                    ));
                }
            }
        },
        CostMetric::CostRatio => {
            lines.push(w.cost_ratio.to_string());
            if let (Some(a), Some(k), Some(v)) = (cac, crc, value) {
                lines.push(format!(
                    "CAC ÷ CRC = {} ÷ {} = {}",
                    amount(a.value),
                    amount(k.value),
                    times(v)
                ));
            }
        }
        CostMetric::ReplacementCost | CostMetric::KeepCost => {
            let (words, symbol, unit) = if metric == CostMetric::ReplacementCost {
                (w.replacement_cost, "CAC", cac)
            } else {
                (w.keep_cost, "CRC", crc)
            };
            lines.push(words.to_string());
            if let (Some(l), Some(unit), Some(v)) = (l, unit, value) {
                lines.push(format!(
                    "L × {symbol} = {} × {} = {}",
                    count(l),
                    amount(unit.value),
                    amount(v)
                ));
            }
        }
        CostMetric::ChurnBurn => {
            lines.push(w.churn_burn.to_string());
            if let (Some(r), Some(k), Some(v)) = (
                money(CostMetric::ReplacementCost),
                money(CostMetric::KeepCost),
                value,
            ) {
                lines.push(format!("{r} − {k} = {}", amount(v)));
            }
        }
        CostMetric::RefillSpend => {
            lines.push(w.refill_spend.to_string());
            if let (Some(l), Some(n), Some(a), Some(v)) = (l, n, cac, value) {
                lines.push(format!(
                    "min(L, N) × CAC = min({}, {}) × {} = {} × {} = {}",
                    count(l),
                    count(n),
                    amount(a.value),
                    count(l.min(n)),
                    amount(a.value),
                    amount(v)
                ));
            }
        }
        CostMetric::RefillShare => {
            lines.push(w.refill_share.to_string());
            if let (Some(refill), Some(v)) = (money(CostMetric::RefillSpend), value) {
                let budget = match (acquisition_spend, n, cac) {
                    (Some(spend), _, _) => Some(amount(spend)),
                    (None, Some(n), Some(a)) => {
                        Some(format!("({} × {})", count(n), amount(a.value)))
                    }
                    _ => None,
                };
                if let Some(budget) = budget {
                    lines.push(format!("{refill} ÷ {budget} = {}", percent(v)));
                }
            }
        }
        CostMetric::BreakEvenRetentionSpend => {
            lines.push(w.break_even.to_string());
            if let Some(v) = value {
                lines.push(format!("≤ CAC = {}", amount(v)));
            }
        }
        CostMetric::ReferralsLost => {
            lines.push(w.referrals_lost.to_string());
            if let (Some(s), Some(n), Some(l), Some(r), Some(v)) =
                (s, n, l, e.referral_input, value)
            {
                lines.push(format!(
                    "L × r × N ÷ S = {} × {} × {} ÷ {} = {}",
                    count(l),
                    percent(r.referral_share),
                    count(n),
                    count(s),
                    quantity(v)
                ));
            }
        }
        CostMetric::WomCustomersLost => {
            lines.push(w.wom_customers_lost.to_string());
            if let (Some(l), Some(r), Some(v)) = (l, e.referral_input, value) {
                lines.push(format!(
                    "L × p ÷ d = {} × {} ÷ {} = {}",
                    count(l),
                    quantity(r.people_per_unhappy),
                    quantity(r.deals_per_satisfied),
                    quantity(v)
                ));
            }
        }
        CostMetric::ReferralsLostValue | CostMetric::WomValue => {
            let (words, customers) = if metric == CostMetric::ReferralsLostValue {
                (w.referrals_lost_value, CostMetric::ReferralsLost)
            } else {
                (w.wom_value, CostMetric::WomCustomersLost)
            };
            lines.push(words.to_string());
            if let (Ok(c), Some(a), Some(v)) = (e.get(customers), cac, value) {
                lines.push(format!(
                    "{} × {} = {}",
                    quantity(c),
                    amount(a.value),
                    amount(v)
                ));
            }
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{evaluate_sections, Scenario};

    fn example(cost_fields: [&str; 7]) -> CostEvaluation {
        evaluate_sections(&Scenario {
            counts: ["1000", "150", "1030", ""].map(String::from),
            cost_fields: cost_fields.map(String::from),
            cost_advanced: true,
            ..Scenario::default()
        })
        .cost
    }

    #[test]
    fn formulas_carry_the_worked_example() {
        let e = example(["45000", "17600", "", "", "60", "8", "25"]);
        let lines = |m| cost_formula_lines(Lang::En, m, &e);
        let has = |m, line: &str| {
            let got = lines(m);
            assert!(got.contains(&line.to_string()), "{m:?}: {got:?}");
        };
        has(CostMetric::Cac, "CAC = 45,000 ÷ 150 = 300");
        has(
            CostMetric::Crc,
            "CRC = 17,600 ÷ (1,000 − 120) = 17,600 ÷ 880 = 20",
        );
        has(CostMetric::CostRatio, "CAC ÷ CRC = 300 ÷ 20 = 15×");
        has(CostMetric::ReplacementCost, "L × CAC = 120 × 300 = 36,000");
        has(CostMetric::KeepCost, "L × CRC = 120 × 20 = 2,400");
        has(CostMetric::ChurnBurn, "36,000 − 2,400 = 33,600");
        has(
            CostMetric::RefillSpend,
            "min(L, N) × CAC = min(120, 150) × 300 = 120 × 300 = 36,000",
        );
        has(CostMetric::RefillShare, "36,000 ÷ 45,000 = 80.0%");
        has(CostMetric::BreakEvenRetentionSpend, "≤ CAC = 300");
        has(
            CostMetric::ReferralsLost,
            "L × r × N ÷ S = 120 × 60.0% × 150 ÷ 1,000 = 10.8",
        );
        has(CostMetric::ReferralsLostValue, "10.8 × 300 = 3,240");
        has(
            CostMetric::WomCustomersLost,
            "L × p ÷ d = 120 × 25 ÷ 8 = 375",
        );
        has(CostMetric::WomValue, "375 × 300 = 112,500");
    }

    #[test]
    fn typed_costs_say_so_and_missing_ones_show_only_words() {
        let e = example(["", "", "250", "", "60", "8", "25"]);
        let cac = cost_formula_lines(Lang::ZhHans, CostMetric::Cac, &e);
        assert_eq!(cac[1], "CAC = 250");
        assert!(cac[0].contains("直接输入"), "{cac:?}");
        let crc = cost_formula_lines(Lang::ZhHant, CostMetric::Crc, &e);
        assert_eq!(crc.len(), 1, "{crc:?}");
        assert!(crc[0].contains("客戶保留成本"));
        assert_eq!(
            cost_unit(Lang::En, CostMetric::ReferralsLost, Some(Period::Month)),
            "new customers per month"
        );
    }
}
