//! Guided examples (teaching mode): the texts' worked cases as short walk-throughs. Each
//! step opens a link query — the calculator filled one step further — and names the
//! figures that bear out the text's claim, which the page shows beside it. The words of
//! each step are in `Texts::guides`, in this order.

/// One step: the scenario so far (a link query in the contract's keys) and the figures
/// (`data-result` names) shown beside its claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct GuideStep {
    pub query: &'static str,
    pub figures: &'static [&'static str],
}

/// A walk-through of one of the texts' claims.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Guide {
    /// Stable name (`data-guide`).
    pub key: &'static str,
    pub steps: [GuideStep; 3],
}

/// The worked example's counts and spends (DOMAIN.md §1, §2), the start of two guides.
macro_rules! worked_example {
    () => {
        "period=month&start_customers=1000&new_customers=150&end_customers=1030\
&acquisition_spend=45000&retention_spend=17600"
    };
}

/// Text 3's flat firm: 100 lost, 100 won, 2,000 at both ends, and what it spends.
macro_rules! flat_firm {
    () => {
        "period=month&start_customers=2000&new_customers=100&end_customers=2000\
&acquisition_spend=30000&retention_spend=114000"
    };
}

/// DOMAIN.md §4's segment, but for its success rate.
macro_rules! winback_segment {
    () => {
        "&margin_per_customer=80&winback.pushed_unintentionally.important.count=40\
&winback.pushed_unintentionally.important.contact_cost=50\
&winback.pushed_unintentionally.important.offer_cost=100&winback_periods=12"
    };
}

/// The guided examples, in the order shown.
pub const GUIDES: [Guide; 3] = [
    // Text 3's funnel principle: lose 100, win 100, look flat.
    Guide {
        key: "leaky_bucket",
        steps: [
            GuideStep {
                query: "period=month&start_customers=2000&new_customers=100&end_customers=2000",
                figures: &["lost_customers", "churn_rate", "net_growth_rate"],
            },
            GuideStep {
                query: flat_firm!(),
                figures: &["cac", "refill_spend", "refill_share", "churn_burn"],
            },
            GuideStep {
                query: concat!(flat_firm!(), "&improved_churn_rate=2.5"),
                figures: &["ceiling_customers", "improved_ceiling_customers"],
            },
        ],
    },
    // Texts 1–3 and 5: keeping a customer costs a fraction of getting one (DOMAIN.md §2, §6).
    Guide {
        key: "keep_or_get",
        steps: [
            GuideStep {
                query: worked_example!(),
                figures: &["cac", "crc", "cost_ratio"],
            },
            GuideStep {
                query: worked_example!(),
                figures: &["replacement_cost", "keep_cost", "churn_burn"],
            },
            GuideStep {
                query: concat!(worked_example!(), "&margin_per_customer=80&discount_rate=1"),
                figures: &["clv_end_of_period", "clv_to_cac", "payback_periods"],
            },
        ],
    },
    // Texts 2 and 5: talking to lost customers wins back about 30 %, and it pays.
    Guide {
        key: "win_back",
        steps: [
            GuideStep {
                query: concat!(
                    worked_example!(),
                    winback_segment!(),
                    "&winback.pushed_unintentionally.important.success_rate=30"
                ),
                figures: &["winback_won", "winback_cost"],
            },
            GuideStep {
                query: concat!(
                    worked_example!(),
                    winback_segment!(),
                    "&winback.pushed_unintentionally.important.success_rate=30"
                ),
                figures: &["winback_benefit", "winback_roi", "winback_bc_ratio"],
            },
            GuideStep {
                query: concat!(
                    worked_example!(),
                    winback_segment!(),
                    "&winback.pushed_unintentionally.important.success_rate=5"
                ),
                figures: &["winback_roi", "winback_break_even_rate"],
            },
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{evaluate_sections, url};

    fn open(query: &str) -> crate::state::Scenario {
        url::decode(
            |k| {
                query
                    .split('&')
                    .filter_map(|p| p.split_once('='))
                    .find(|(key, _)| *key == k)
                    .map(|(_, v)| v.to_string())
            },
            &[],
        )
    }

    #[test]
    fn the_claims_hold_on_the_numbers() {
        let e = evaluate_sections(&open(GUIDES[0].steps[1].query));
        let cost = |m| e.cost.get(m).expect("computable");
        use crate::model::cost::CostMetric;
        // Flat, yet all of the 30,000 only refills the bucket.
        assert_eq!(cost(CostMetric::RefillShare), 1.0);
        assert_eq!(cost(CostMetric::RefillSpend), 30_000.0);
        let e = evaluate_sections(&open(GUIDES[2].steps[2].query));
        let w = e.winback.report.expect("computable");
        // At 5 %, above the 4.31 % break-even, the campaign still pays.
        assert!(w.roi.expect("roi") > 0.0);
        let e = evaluate_sections(&open(GUIDES[1].steps[0].query));
        assert_eq!(e.cost.get(CostMetric::CostRatio), Ok(15.0));
    }

    #[test]
    fn every_step_names_figures_and_reads_cleanly() {
        for g in &GUIDES {
            for s in &g.steps {
                assert!(!s.figures.is_empty());
                let scenario = open(s.query);
                assert!(url::encode(&scenario)
                    .iter()
                    .any(|(k, _)| k == "start_customers"));
            }
        }
    }
}
