//! Robustness over the whole scenario, from typed text to the words on screen: whatever is
//! typed or put in a link, nothing panics, every result is a finite number or a reason,
//! every error names its field, and the link codec never fails.
//!
//! 10,000 cases per property by default; `PROPTEST_CASES=1000000 cargo test --release
//! --test scenario_properties` for the long run (see README).

mod common;

use common::cases;
use proptest::prelude::*;
use retention_calculator::i18n::{self, cost_label, count_label, Lang};
use retention_calculator::model::causes::{Entry, Taxonomy};
use retention_calculator::model::cost::{CostField, CostMetric};
use retention_calculator::model::period::Period;
use retention_calculator::model::retention::{KnownFigures, Metric};
use retention_calculator::model::winback::{LostType, Tier};
use retention_calculator::state::causes::{CauseFields, CustomCause};
use retention_calculator::state::storage::{self, Loaded};
use retention_calculator::state::value::ValueMetric;
use retention_calculator::state::winback::{SegmentFields, WinbackFields};
use retention_calculator::state::{evaluate_sections, url, PeriodChoice, Scenario};

/// Text a user might type: arbitrary Unicode, number-like text with full-width digits,
/// separators and exponents, and known troublemakers.
fn typed() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,16}",
        "[-+]?[0-9０-９]{0,7}([,.，．][0-9]{0,4})?([eE][-+]?[0-9]{1,3})?%?",
        prop::sample::select(vec![
            "",
            " ",
            "NaN",
            "inf",
            "-inf",
            "1e400",
            "1e308",
            "-0",
            "１２３",
            "1,5",
            "1,000",
            "<b>1</b>",
            "😀",
            "0x10",
            "1_000",
            "٣",
            "12%",
            "९",
            "\u{0}",
        ])
        .prop_map(String::from),
        (0u64..3000).prop_map(|v| v.to_string()),
    ]
}

/// The causes part as a user might leave it: any list, any entry, typed values for the
/// fixed keys, up to 21 custom causes (one beyond the maximum a link can carry) with any
/// names.
fn any_causes() -> impl Strategy<Value = CauseFields> {
    (
        prop::sample::select(Taxonomy::ALL.to_vec()),
        prop::sample::select(vec![Entry::Count, Entry::Percent]),
        prop::collection::vec(typed(), 17),
        prop::collection::vec(("\\PC{0,12}", typed(), any::<bool>()), 0..22),
        typed(),
    )
        .prop_map(|(taxonomy, entry, values, custom, value)| {
            let keys = Taxonomy::ALL
                .into_iter()
                .flat_map(|t| t.cause_keys().iter());
            CauseFields {
                taxonomy,
                entry,
                values: keys.zip(values).map(|(k, v)| (k.to_string(), v)).collect(),
                custom: custom
                    .into_iter()
                    .map(|(name, value, uncontrollable)| CustomCause {
                        name,
                        value,
                        uncontrollable,
                    })
                    .collect(),
                value_per_lost_customer: value,
            }
        })
}

/// Win-back segments as a user might leave them: any of the 18, any typed values.
fn any_winback() -> impl Strategy<Value = WinbackFields> {
    (
        prop::collection::vec(
            (
                prop::sample::select(LostType::ALL.to_vec()),
                prop::sample::select(Tier::ALL.to_vec()),
                prop::array::uniform4(typed()),
            ),
            0..5,
        ),
        prop::array::uniform3(typed()),
        any::<bool>(),
        any::<bool>(),
    )
        .prop_map(|(segments, shared, discount, communication)| {
            let mut w = WinbackFields {
                segments: Vec::new(),
                shared,
                discount,
                communication,
            };
            for (t, tier, values) in segments {
                w.add(t, tier);
                if let Some(i) = w.position(t, tier) {
                    w.segments[i] = SegmentFields {
                        lost_type: t,
                        tier,
                        values,
                    };
                }
            }
            w
        })
}

fn any_lang() -> impl Strategy<Value = Lang> {
    prop::sample::select(Lang::ALL.to_vec())
}

fn any_period() -> impl Strategy<Value = PeriodChoice> {
    prop_oneof![
        prop::sample::select(Period::ALL.to_vec()).prop_map(PeriodChoice::Known),
        "\\PC{0,8}".prop_map(PeriodChoice::Unknown),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn any_scenario_gives_finite_results_and_named_errors(
        counts in prop::array::uniform4(typed()),
        cost_fields in prop::array::uniform7(typed()),
        cost_advanced in any::<bool>(),
        value_fields in prop::array::uniform10(typed()),
        discount_period in prop::option::of(prop::sample::select(Period::ALL.to_vec())),
        known in prop::sample::select(KnownFigures::ALL.to_vec()),
        period in any_period(),
        lang in any_lang(),
        causes in any_causes(),
        winback in any_winback(),
    ) {
        let scenario = Scenario {
            lang, lang_chosen: true, period, known, counts, cost_fields, cost_advanced,
            value_fields, discount_period, causes, winback, view: Default::default(),
            exercise: Default::default(),
        };
        let sections = evaluate_sections(&scenario);
        let cost = &sections.cost;
        let evaluation = &sections.retention;
        for metric in [
            CostMetric::Cac, CostMetric::Crc, CostMetric::CostRatio, CostMetric::ReplacementCost,
            CostMetric::KeepCost, CostMetric::ChurnBurn, CostMetric::RefillSpend,
            CostMetric::RefillShare, CostMetric::BreakEvenRetentionSpend,
            CostMetric::ReferralsLost, CostMetric::ReferralsLostValue,
            CostMetric::WomCustomersLost, CostMetric::WomValue,
        ] {
            match cost.get(metric) {
                Ok(v) => {
                    prop_assert!(v.is_finite(), "{metric:?} = {v}");
                    if metric != CostMetric::ChurnBurn {
                        prop_assert!(v >= 0.0, "{metric:?} = {v}");
                    }
                    if metric == CostMetric::RefillShare {
                        prop_assert!(v <= 1.0, "{metric:?} = {v}");
                    }
                }
                Err(reason) => {
                    let words = i18n::cost_not_computable(lang, reason);
                    prop_assert!(!words.is_empty() && !words.contains('{'), "{}", words);
                }
            }
        }
        let c = &sections.causes.report;
        let mut share_total = 0.0;
        for share in c.shares.iter().flatten() {
            prop_assert!((0.0..=1.0).contains(share), "share {share}");
            share_total += share;
        }
        if c.shares.iter().all(|s| s.is_ok()) && !c.shares.is_empty() {
            prop_assert!((share_total - 1.0).abs() < 1e-9, "shares total {share_total}");
            prop_assert_eq!(c.cumulative.len(), c.shares.len());
        }
        if let Ok(n) = c.pareto_80_count {
            prop_assert!(n >= 1.0 && n <= c.shares.len() as f64 && n.fract() == 0.0);
        }
        if let Ok(v) = c.controllable_share {
            prop_assert!((0.0..=1.0).contains(&v), "controllable {v}");
        }
        for v in c.lost_value.iter().flatten().chain(c.lost_value_total.iter()) {
            prop_assert!(v.is_finite() && *v >= 0.0, "lost value {v}");
        }
        let w = &sections.winback;
        let mut reports: Vec<_> = w.segments.iter().filter_map(|s| s.report).collect();
        if let Ok(total) = &w.report {
            reports.extend(total.segments.iter().copied());
            prop_assert!(total.won.is_finite() && total.cost.is_finite());
            for v in [total.benefit, total.roi, total.bc_ratio].into_iter().flatten() {
                prop_assert!(v.is_finite(), "{v}");
            }
        }
        for r in reports {
            prop_assert!(r.won.is_finite() && r.won >= 0.0 && r.cost.is_finite() && r.cost >= 0.0);
            for v in [r.benefit, r.roi, r.bc_ratio].into_iter().flatten() {
                prop_assert!(v.is_finite(), "{v}");
            }
        }
        let value = &sections.value;
        for metric in [
            ValueMetric::CeilingCustomers, ValueMetric::PeriodsTo90pct,
            ValueMetric::CustomersAtHorizon, ValueMetric::RevenueAtHorizon,
            ValueMetric::ImprovedCustomersAtHorizon, ValueMetric::ImprovedRevenueAtHorizon,
            ValueMetric::ImprovedCeilingCustomers, ValueMetric::ClvSimple,
            ValueMetric::ClvEndOfPeriod, ValueMetric::ClvStartOfPeriod, ValueMetric::ClvFinite,
            ValueMetric::ClvToCac, ValueMetric::PaybackPeriods,
            ValueMetric::SensitivityTopDriver, ValueMetric::RetentionPointValue,
        ] {
            match value.get(metric) {
                Ok(v) => prop_assert!(v.is_finite() && v >= 0.0, "{metric:?} = {v}"),
                Err(reason) => {
                    let words = i18n::value_not_computable(lang, reason);
                    prop_assert!(!words.is_empty() && !words.contains('{'), "{}", words);
                }
            }
        }
        prop_assert!(value.projection.customers.iter().all(|v| v.is_finite() && *v >= 0.0));
        for (field, error) in &value.field_errors {
            let label = i18n::value_label(lang, *field);
            let typed = &scenario.value_fields[field.index()];
            let message = i18n::field_error(lang, label, error, typed);
            prop_assert!(message.contains(label), "{message}");
        }
        for (field, error) in &cost.field_errors {
            let label = cost_label(lang, *field);
            let typed = scenario.cost_text(*field);
            let message = i18n::field_error(lang, label, error, typed);
            prop_assert!(message.contains(label), "{message}");
            if !typed.contains('{') {
                prop_assert!(!message.contains('{'), "{message}");
            }
        }
        for issue in &cost.report.issues {
            let typed = scenario.cost_text(issue.field());
            let message = i18n::cost_issue(lang, issue, typed);
            if !typed.contains('{') {
                prop_assert!(!message.is_empty() && !message.contains('{'), "{}", message);
            }
            prop_assert!(!message.contains("NaN") || typed.contains("NaN"), "{message}");
        }
        for metric in Metric::ALL {
            match evaluation.report.get(metric) {
                Ok(v) => {
                    prop_assert!(v.is_finite(), "{metric:?} = {v}");
                    if metric.is_bounded_rate() {
                        prop_assert!((0.0..=1.0).contains(&v), "{metric:?} = {v}");
                    }
                }
                Err(reason) => {
                    let words = i18n::not_computable(lang, reason);
                    prop_assert!(!words.is_empty() && !words.contains('{'), "{}", words);
                }
            }
        }
        for (field, error) in &evaluation.field_errors {
            let label = count_label(lang, *field);
            let message = i18n::field_error(lang, label, error, scenario.count_text(*field));
            prop_assert!(message.contains(label), "{message}");
            let typed = scenario.count_text(*field);
            if !typed.contains('{') {
                prop_assert!(!message.contains('{'), "{message}");
            }
            prop_assert!(!message.contains("NaN") || scenario.count_text(*field).contains("NaN"));
        }
        for (field, issue) in &evaluation.report.issues {
            let message = i18n::issue(lang, *field, issue);
            prop_assert!(!message.is_empty() && !message.contains('{'), "{}", message);
            prop_assert!(!message.contains("NaN") && !message.contains("inf"), "{message}");
        }
    }

    #[test]
    fn any_link_decodes_and_reencodes_stably(
        pairs in prop::collection::vec(
            (
                prop_oneof![
                    prop::sample::select(vec![
                        "lang", "period", "known", "start_customers", "new_customers",
                        "end_customers", "lost_customers", "acquisition_spend",
                        "retention_spend", "cac", "crc", "referral_share",
                        "wom_deals_per_satisfied", "wom_people_per_unhappy", "cost_advanced",
                        "horizon_periods", "projection_churn_rate", "margin_per_customer",
                        "discount_rate", "discount_period", "improved_churn_rate",
                        "cause_taxonomy", "cause_entry", "cause.price", "cause.staff",
                        "cause.migrated", "cause.c1", "cause.c2", "cause.c20", "cause.c21",
                        "cause_name.c1", "cause_name.c3", "cause_uncontrollable.c1",
                        "value_per_lost_customer", "winback.pulled_away.ordinary.count",
                        "winback.bought_away.small.success_rate",
                        "winback.migrated.important.offer_cost", "winback_segments",
                        "winback_margin_per_period", "winback_periods", "information_benefit",
                        "winback_discount", "winback_communication", "embed", "sections",
                        "theme", "accent",
                    ]).prop_map(String::from),
                    "\\PC{0,10}",
                ],
                typed(),
            ),
            0..10,
        ),
        browser in prop::collection::vec("\\PC{0,12}", 0..3),
    ) {
        let get = |key: &str| pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
        let scenario = url::decode(get, &browser);
        // Whatever a link carried, the scenario it opens re-encodes to a link that opens
        // the same scenario.
        let encoded = url::encode(&scenario);
        let again = url::decode(
            |key| encoded.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone()),
            &browser,
        );
        prop_assert_eq!(&again.counts_in_use(), &scenario.counts_in_use());
        prop_assert_eq!(again.known, scenario.known);
        prop_assert_eq!(&again.period, &scenario.period);
        prop_assert_eq!(again.lang, scenario.lang);
        prop_assert_eq!(again.cost_advanced, scenario.cost_advanced);
        prop_assert_eq!(&again.value_fields, &scenario.value_fields);
        prop_assert_eq!(again.discount_period, scenario.discount_period);
        prop_assert_eq!(&again.causes, &scenario.causes);
        prop_assert_eq!(&again.winback, &scenario.winback);
        prop_assert_eq!(&again.view, &scenario.view);
        prop_assert!(scenario.view.accent().is_none_or(|a| a.len() == 7 && a.starts_with('#')));
        for field in CostField::ALL {
            if !field.is_advanced() || scenario.cost_advanced {
                prop_assert_eq!(again.cost_text(field), scenario.cost_text(field));
            }
        }
        let _ = evaluate_sections(&scenario);
    }

    #[test]
    fn any_stored_text_is_read_without_panic_and_rewritten_stably(
        body in "(\\PC{0,30}\t\\PC{0,30}\n){0,6}",
        header in prop::bool::ANY,
        raw in "\\PC{0,60}",
    ) {
        let text = if header { format!("{}\n{body}", storage::HEADER) } else { raw };
        match storage::decode(Some(&text)) {
            Loaded::Read { saved, .. } => {
                prop_assert!(saved.len() <= storage::MAX_SAVED);
                let again = storage::decode(Some(&storage::encode(&saved)));
                prop_assert_eq!(again, Loaded::Read { saved, unreadable: 0 });
            }
            Loaded::Foreign => {
                let first = text.split('\n').next().map(|l| l.trim_end_matches('\r'));
                prop_assert_ne!(first, Some(storage::HEADER));
            }
            Loaded::Empty => prop_assert!(text.trim().is_empty()),
        }
    }
}
