//! Ready-made scenarios: the texts' own examples and consultants' demos, each a link
//! query in the contract's keys (docs/CONTRACT.md) that fills every section.
//!
//! A preset is opened like a link (`url::decode`), so it can never hold a state a link
//! cannot, and `?preset=<key>` in a hand-written link opens it, with the link's other
//! keys on top. Its title and one-line story are in `Texts::presets`, in this order.

/// A ready-made scenario.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Preset {
    /// Its stable name, for `?preset=` and `data-preset`.
    pub key: &'static str,
    /// Its link query, `key=value` pairs joined by `&`, in plain ASCII (no percent
    /// escapes needed).
    pub query: &'static str,
}

impl Preset {
    /// The value the preset gives `key`, if any.
    pub fn value(&self, key: &str) -> Option<&'static str> {
        self.query
            .split('&')
            .filter_map(|pair| pair.split_once('='))
            .find(|(k, _)| *k == key)
            .map(|(_, v)| v)
    }
}

/// Query key that opens a preset: `?preset=car_dealer`.
pub const KEY_PRESET: &str = "preset";

/// Every preset, in gallery order: first the texts' examples, then the demos.
pub const PRESETS: [Preset; 7] = [
    // DOMAIN.md's worked examples, every section on its hand-checked numbers.
    Preset {
        key: "worked_examples",
        query: "period=month&start_customers=1000&new_customers=150&end_customers=1030\
&acquisition_spend=45000&retention_spend=17600\
&cause_taxonomy=three_way&cause.price=15&cause.quality=15&cause.service=70\
&winback.pushed_unintentionally.important.count=40\
&winback.pushed_unintentionally.important.success_rate=30\
&winback.pushed_unintentionally.important.contact_cost=50\
&winback.pushed_unintentionally.important.offer_cost=100&winback_periods=12\
&margin_per_customer=80&discount_rate=1&clv_horizon_periods=12",
    },
    // Text 3's leaky bucket: lose 100, win 100, look flat while paying for it.
    Preset {
        key: "leaky_bucket",
        query: "period=month&start_customers=2000&new_customers=100&end_customers=2000\
&acquisition_spend=30000&retention_spend=114000&cost_advanced=1\
&cause_taxonomy=three_way&cause.price=15&cause.quality=15&cause.service=70\
&winback.pushed_unintentionally.ordinary.count=100\
&winback.pushed_unintentionally.ordinary.success_rate=30\
&winback.pushed_unintentionally.ordinary.contact_cost=50\
&winback.pushed_unintentionally.ordinary.offer_cost=60\
&projection_new_per_period=100&improved_churn_rate=2.5&revenue_per_customer=80\
&margin_per_customer=50&discount_rate=1",
    },
    // Text 2's bank: 20 % of customers give 90 % of profit; this is that fifth.
    Preset {
        key: "bank_top_fifth",
        query: "period=year&start_customers=2000&new_customers=200&end_customers=2040\
&acquisition_spend=300000&retention_spend=552000\
&cause_taxonomy=eight_factors&cause.core_service=25&cause.staff=15&cause.price=10\
&cause.inconvenience=5&cause.failure_response=20&cause.competition=15&cause.ethics=5\
&cause.involuntary=5\
&winback.pulled_away.important.count=60&winback.pulled_away.important.success_rate=30\
&winback.pulled_away.important.contact_cost=200&winback.pulled_away.important.offer_cost=500\
&winback.pushed_unintentionally.important.count=40\
&winback.pushed_unintentionally.important.success_rate=30\
&winback.pushed_unintentionally.important.contact_cost=200\
&winback.pushed_unintentionally.important.offer_cost=300&winback_periods=5\
&revenue_per_customer=6000&margin_per_customer=2250&discount_rate=8&clv_horizon_periods=10",
    },
    // A subscription software firm, monthly, churn counted by cause.
    Preset {
        key: "subscription",
        query: "period=month&start_customers=5000&new_customers=400&end_customers=5150\
&acquisition_spend=240000&retention_spend=95000\
&cause_taxonomy=eight_factors&cause_entry=count&cause.core_service=60&cause.staff=10\
&cause.price=55&cause.inconvenience=15&cause.failure_response=25&cause.competition=50\
&cause.ethics=5&cause.involuntary=30\
&winback.pushed_unintentionally.important.count=60\
&winback.pushed_unintentionally.important.success_rate=35\
&winback.pushed_unintentionally.important.contact_cost=40\
&winback.pushed_unintentionally.important.offer_cost=90\
&winback.pulled_away.ordinary.count=80&winback.pulled_away.ordinary.success_rate=20\
&winback.pulled_away.ordinary.contact_cost=25&winback.pulled_away.ordinary.offer_cost=60\
&winback.bought_away.small.count=40&winback.bought_away.small.success_rate=10\
&winback.bought_away.small.contact_cost=25&winback.bought_away.small.offer_cost=120\
&winback_periods=18&horizon_periods=36&improved_churn_rate=3&revenue_per_customer=60\
&margin_per_customer=45&discount_rate=1&clv_horizon_periods=36",
    },
    // A retailer, quarterly, with many small customers.
    Preset {
        key: "retail",
        query: "period=quarter&start_customers=12000&new_customers=2500&end_customers=11800\
&acquisition_spend=100000&retention_spend=46500\
&cause_taxonomy=three_way&cause_entry=count&cause.price=900&cause.quality=500\
&cause.service=1300\
&winback.pushed_unintentionally.ordinary.count=1000\
&winback.pushed_unintentionally.ordinary.success_rate=25\
&winback.pushed_unintentionally.ordinary.contact_cost=3\
&winback.pushed_unintentionally.ordinary.offer_cost=8\
&winback.left_unintentionally.small.count=500\
&winback.left_unintentionally.small.success_rate=20\
&winback.left_unintentionally.small.contact_cost=3\
&winback.left_unintentionally.small.offer_cost=8&winback_periods=4\
&horizon_periods=12&improved_churn_rate=18&revenue_per_customer=90\
&margin_per_customer=18&discount_rate=2&clv_horizon_periods=8",
    },
    // A bank whose win-back ROI lands on the study's 41 % for financial services (text 5).
    Preset {
        key: "bank",
        query: "period=quarter&start_customers=40000&new_customers=1200&end_customers=39800\
&acquisition_spend=300000&retention_spend=1930000\
&cause_taxonomy=eight_factors&cause_entry=count&cause.core_service=250&cause.staff=150\
&cause.price=300&cause.inconvenience=100&cause.failure_response=150&cause.competition=300\
&cause.ethics=50&cause.involuntary=100\
&winback.pulled_away.ordinary.count=500&winback.pulled_away.ordinary.success_rate=20\
&winback.pulled_away.ordinary.contact_cost=120&winback.pulled_away.ordinary.offer_cost=150\
&winback_periods=8&horizon_periods=20&improved_churn_rate=3&revenue_per_customer=300\
&margin_per_customer=101&discount_rate=2&clv_horizon_periods=20",
    },
    // A car dealer whose win-back ROI lands on the study's 102 % for automotive (text 5).
    Preset {
        key: "car_dealer",
        query: "period=year&start_customers=3000&new_customers=400&end_customers=3100\
&acquisition_spend=200000&retention_spend=270000\
&cause_taxonomy=lost_types&cause.pushed_deliberately=5&cause.pushed_unintentionally=30\
&cause.pulled_away=35&cause.bought_away=10&cause.left_unintentionally=10&cause.migrated=10\
&winback.pulled_away.important.count=200&winback.pulled_away.important.success_rate=25\
&winback.pulled_away.important.contact_cost=100&winback.pulled_away.important.offer_cost=400\
&winback_periods=3&horizon_periods=10&improved_churn_rate=8&revenue_per_customer=2500\
&margin_per_customer=372&discount_rate=6&clv_horizon_periods=8",
    },
];

/// The preset named `key` (trimmed, case-insensitive).
pub fn find(key: &str) -> Option<&'static Preset> {
    let key = key.trim();
    PRESETS.iter().find(|p| p.key.eq_ignore_ascii_case(key))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::{evaluate_sections, url};
    use std::collections::BTreeSet;

    fn open(preset: &Preset) -> crate::state::Scenario {
        url::decode(|k| preset.value(k).map(String::from), &[])
    }

    /// A misspelt key would be ignored by the link decoder: every key must either be
    /// written back, or change the scenario when its value changes.
    #[test]
    fn every_key_of_every_preset_is_read() {
        for preset in &PRESETS {
            let scenario = open(preset);
            let written: BTreeSet<String> =
                url::encode(&scenario).into_iter().map(|(k, _)| k).collect();
            for pair in preset.query.split('&') {
                let (key, _) = pair.split_once('=').expect("key=value");
                let changes = ["year", "custom", "count", "7", "0", "1"]
                    .iter()
                    .any(|other| {
                        let changed = url::decode(
                            |k| {
                                if k == key {
                                    Some(other.to_string())
                                } else {
                                    preset.value(k).map(String::from)
                                }
                            },
                            &[],
                        );
                        changed != scenario
                    });
                assert!(
                    written.contains(key) || changes,
                    "{}: {key} not read",
                    preset.key
                );
            }
        }
    }

    #[test]
    fn keys_are_unique_and_found() {
        for preset in &PRESETS {
            assert_eq!(find(&preset.key.to_uppercase()), Some(preset));
            let keys: Vec<&str> = preset
                .query
                .split('&')
                .map(|p| p.split('=').next().unwrap_or(""))
                .collect();
            let unique: BTreeSet<&&str> = keys.iter().collect();
            assert_eq!(keys.len(), unique.len(), "{}", preset.key);
        }
        assert_eq!(find("nope"), None);
    }

    #[test]
    fn the_demos_land_on_the_study_figures() {
        let roi = |key: &str| {
            let s = open(find(key).expect("preset"));
            let e = evaluate_sections(&s);
            let report = e.winback.report.expect("computable");
            report.roi.expect("computable")
        };
        assert!((roi("bank") - 0.41).abs() < 0.005, "{}", roi("bank"));
        assert!(
            (roi("car_dealer") - 1.02).abs() < 0.005,
            "{}",
            roi("car_dealer")
        );
        assert!((roi("worked_examples") - 3.725).abs() < 1e-9);
    }
}
