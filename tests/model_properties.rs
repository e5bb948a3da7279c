//! Invariants of the model over arbitrary inputs: no panic, nothing but finite numbers
//! leaves it, rates stay in [0, 1], retention + churn = 1.

mod common;

use common::cases;
use proptest::prelude::*;
use retention_calculator::model::causes::{analyse_causes, Cause, CauseInput, Entry};
use retention_calculator::model::clv::{sensitivity, ClvInput, SensitivityInput};
use retention_calculator::model::cost::{
    analyse_costs, referrals_lost, word_of_mouth_customers_lost, CostInput, ReferralInput,
};
use retention_calculator::model::input::{
    parse_count, parse_decimal, parse_number, parse_rate, RateUnit,
};
use retention_calculator::model::period::{convert_churn_rate, Period};
use retention_calculator::model::projection::{project, ProjectionInput, MAX_HORIZON};
use retention_calculator::model::retention::{analyse, KnownFigures, Metric, RetentionInput};
use retention_calculator::model::winback::{
    analyse_segment, analyse_winback, BreakEven, Economics, LostType, SegmentInput, Tier,
};

/// Any f64 at all, NaN and infinities included, or nothing.
fn any_value() -> impl Strategy<Value = Option<f64>> {
    prop_oneof![
        Just(None),
        any::<f64>().prop_map(Some),
        (0u64..5_000).prop_map(|v| Some(v as f64)),
        Just(Some(0.0)),
        Just(Some(1e12)),
    ]
}

fn any_known() -> impl Strategy<Value = KnownFigures> {
    prop::sample::select(KnownFigures::ALL.to_vec())
}

fn any_period() -> impl Strategy<Value = Option<Period>> {
    prop_oneof![
        Just(None),
        prop::sample::select(Period::ALL.to_vec()).prop_map(Some)
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(cases()))]

    #[test]
    fn every_outcome_is_finite_and_rates_are_bounded(
        known in any_known(),
        period in any_period(),
        start in any_value(),
        new in any_value(),
        end in any_value(),
        lost in any_value(),
    ) {
        let report = analyse(&RetentionInput { known, period, start, new, end, lost });
        for metric in Metric::ALL {
            if let Ok(value) = report.get(metric) {
                prop_assert!(value.is_finite(), "{metric:?} = {value}");
                if metric.is_bounded_rate() {
                    prop_assert!((0.0..=1.0).contains(&value), "{metric:?} = {value}");
                }
            }
        }
        if let (Ok(crr), Ok(cr)) = (report.get(Metric::RetentionRate), report.get(Metric::ChurnRate)) {
            prop_assert!((crr + cr - 1.0).abs() < 1e-12);
        }
        if let (Ok(lost), Ok(retained)) = (report.get(Metric::Lost), report.get(Metric::Retained)) {
            prop_assert!(lost >= 0.0 && retained >= 0.0);
        }
        if let Ok(lifetime) = report.get(Metric::AvgLifetime) {
            prop_assert!(lifetime >= 1.0);
        }
    }

    #[test]
    fn consistent_counts_give_the_same_rates_in_every_mode(
        start in 1u64..1_000_000,
        new in 0u64..1_000_000,
        lost_share in 0.0f64..=1.0,
    ) {
        let (s, n) = (start as f64, new as f64);
        let l = (lost_share * s).floor();
        let e = s + n - l;
        let churn = |known| analyse(&RetentionInput {
            known,
            period: Some(Period::Month),
            start: Some(s),
            new: Some(n),
            end: Some(e),
            lost: Some(l),
        }).get(Metric::ChurnRate);
        let expected = Ok(l / s);
        for known in KnownFigures::ALL {
            prop_assert_eq!(churn(known), expected);
        }
    }

    #[test]
    fn parsing_never_panics_and_returns_only_finite_values(text in ".{0,24}") {
        if let Ok(v) = parse_number(&text) {
            prop_assert!(v.is_finite());
        }
        if let Ok(v) = parse_count(&text) {
            prop_assert!(v.is_finite() && v >= 0.0 && v.fract() == 0.0 && v <= 1e12);
        }
        for unit in [RateUnit::Percent, RateUnit::Fraction] {
            if let Ok((v, _)) = parse_rate(&text, unit) {
                prop_assert!((0.0..=1.0).contains(&v));
            }
        }
    }

    #[test]
    fn our_decimal_parser_agrees_with_the_standard_one(
        mantissa in 0u64..10_000_000_000_000_000,
        point in 0usize..20,
        exponent in -330i32..330,
        negative in any::<bool>(),
    ) {
        let digits = mantissa.to_string();
        let point = point.min(digits.len());
        let text = format!(
            "{}{}.{}e{}",
            if negative { "-" } else { "" },
            &digits[..digits.len() - point],
            &digits[digits.len() - point..],
            exponent
        );
        let ours = parse_decimal(&text).expect("a decimal number");
        let standard: f64 = text.parse().expect("a decimal number");
        if standard.is_finite() && standard.abs() > 1e-300 {
            // Exact for what people type; a few units in the last place at the extremes.
            prop_assert!(((ours - standard) / standard).abs() < 1e-14, "{} → {} vs {}", text, ours, standard);
        } else {
            prop_assert!(ours.is_infinite() == standard.is_infinite() && ours.abs() < 1e-290 || ours == standard, "{} → {} vs {}", text, ours, standard);
        }
    }

    #[test]
    fn typed_numbers_parse_exactly(whole in 0u64..1_000_000_000, cents in 0u64..100) {
        let text = format!("{whole}.{cents:02}");
        prop_assert_eq!(parse_decimal(&text), text.parse::<f64>().ok());
    }

    #[test]
    fn numbers_written_plainly_parse_back(value in 0u64..1_000_000_000_000) {
        prop_assert_eq!(parse_count(&value.to_string()), Ok(value as f64));
    }

    #[test]
    fn period_conversion_stays_a_rate(rate in 0.0f64..=1.0, from in 0usize..3, to in 0usize..3) {
        let converted = convert_churn_rate(rate, Period::ALL[from], Period::ALL[to]);
        prop_assert!((0.0..=1.0).contains(&converted));
        let back = convert_churn_rate(converted, Period::ALL[to], Period::ALL[from]);
        if rate < 0.999 && converted < 0.999 {
            prop_assert!((back - rate).abs() < 1e-9, "{rate} -> {converted} -> {back}");
        }
    }

    #[test]
    fn costs_are_finite_and_never_negative_except_the_burn(
        start in any_value(),
        new in any_value(),
        lost in any_value(),
        acquisition_spend in any_value(),
        retention_spend in any_value(),
        typed_cac in any_value(),
        typed_crc in any_value(),
    ) {
        let r = analyse_costs(&CostInput {
            start, new, lost, acquisition_spend, retention_spend, typed_cac, typed_crc,
        });
        for unit in [r.cac, r.crc].into_iter().flatten() {
            prop_assert!(unit.value.is_finite() && unit.value >= 0.0);
        }
        for v in [
            r.cost_ratio, r.replacement_cost, r.keep_cost, r.refill_spend,
            r.refill_share, r.break_even_retention_spend,
        ].into_iter().flatten() {
            prop_assert!(v.is_finite() && v >= 0.0, "{v}");
        }
        if let Ok(share) = r.refill_share {
            prop_assert!(share <= 1.0);
        }
        if let Ok(burn) = r.churn_burn {
            prop_assert!(burn.is_finite());
        }
    }

    #[test]
    fn referral_figures_are_finite(
        start in any::<f64>(), new in any::<f64>(), lost in any::<f64>(),
        share in any::<f64>(), deals in any::<f64>(), people in any::<f64>(),
    ) {
        let referral = ReferralInput {
            referral_share: share, deals_per_satisfied: deals, people_per_unhappy: people,
        };
        if let Ok(v) = referrals_lost(start, new, lost, &referral) {
            prop_assert!(v.is_finite() && v >= 0.0);
        }
        if let Ok(v) = word_of_mouth_customers_lost(lost, &referral) {
            prop_assert!(v.is_finite() && v >= 0.0);
        }
    }

    #[test]
    fn the_bucket_approaches_its_ceiling_monotonically(
        start in 0.0f64..1e6, new in 0.0f64..1e5, churn in 0.0f64..=1.0,
        referral in 0.0f64..=1.0, horizon in 1usize..=MAX_HORIZON,
    ) {
        let p = project(&ProjectionInput {
            start, new_per_period: new, churn_rate: churn, referral_rate: referral, horizon,
        });
        prop_assert_eq!(p.customers.len(), horizon + 1);
        prop_assert!(p.customers.iter().all(|v| v.is_finite() && *v >= 0.0));
        if let Ok(c) = p.ceiling {
            prop_assert!(c.is_finite() && c >= 0.0);
            let slack = 1e-9 * c.max(start).max(1.0);
            for w in p.customers.windows(2) {
                if start <= c {
                    prop_assert!(w[1] >= w[0] - slack && w[1] <= c + slack, "{w:?} ceiling {c}");
                } else {
                    prop_assert!(w[1] <= w[0] + slack && w[1] >= c - slack, "{w:?} ceiling {c}");
                }
            }
            let t = p.periods_to_90pct.unwrap();
            prop_assert!(t >= 0.0 && t.fract() == 0.0);
        } else {
            prop_assert!(churn <= referral);
        }
    }

    #[test]
    fn clv_forms_are_finite_and_ordered(
        margin in 0.0f64..1e6, retention in 0.0f64..=1.0, discount in 0.0f64..1.0,
        horizon in 1usize..=MAX_HORIZON, step in 0.001f64..1.0, new in 0.0f64..1e6,
    ) {
        let c = ClvInput { margin, retention, discount };
        for v in [c.simple(), c.end_of_period(), c.start_of_period(), c.finite_horizon(horizon)]
            .into_iter()
            .flatten()
        {
            prop_assert!(v.is_finite() && v >= 0.0);
        }
        if let (Ok(end), Ok(start)) = (c.end_of_period(), c.start_of_period()) {
            prop_assert!(start >= end - 1e-9 * start.max(1.0));
            if let Ok(finite) = c.finite_horizon(horizon) {
                prop_assert!(finite <= end + 1e-9 * end.max(1.0));
            }
        }
        for swing in sensitivity(&SensitivityInput { clv: c, new_per_period: new, referral_rate: 0.0, step }) {
            for v in [swing.clv.0, swing.clv.1, swing.ceiling.0, swing.ceiling.1].into_iter().flatten() {
                prop_assert!(v.is_finite() && v >= 0.0);
            }
        }
    }

    #[test]
    fn cause_shares_are_a_partition(
        values in prop::collection::vec(any_value(), 0..21),
        uncontrollable in prop::collection::vec(any::<bool>(), 21),
        percent in any::<bool>(),
        lost in any_value(),
        per_customer in any_value(),
    ) {
        let causes: Vec<Cause> = values
            .iter()
            .enumerate()
            .map(|(i, v)| Cause { key: format!("c{}", i + 1), value: *v, uncontrollable: uncontrollable[i] })
            .collect();
        let r = analyse_causes(&CauseInput {
            entry: if percent { Entry::Percent } else { Entry::Count },
            causes,
            lost,
            value_per_lost_customer: per_customer,
        });
        let shares: Vec<f64> = r.shares.iter().filter_map(|s| s.ok()).collect();
        if !shares.is_empty() {
            prop_assert!(shares.iter().all(|s| (0.0..=1.0).contains(s)));
            prop_assert!((shares.iter().sum::<f64>() - 1.0).abs() < 1e-9);
            let c = r.controllable_share.unwrap();
            prop_assert!((0.0..=1.0).contains(&c));
            let n = r.pareto_80_count.unwrap();
            prop_assert!(n >= 1.0 && n as usize <= shares.len());
            prop_assert!(r.cumulative.windows(2).all(|w| w[1] >= w[0]));
        }
        for v in r.lost_value.iter().chain([&r.lost_value_total]).flatten() {
            prop_assert!(v.is_finite() && *v >= 0.0);
        }
    }

    #[test]
    fn win_back_figures_are_finite_and_break_even_means_roi_zero(
        count in 0.0f64..1e12,
        success in 0.0f64..=1.0,
        contact in 0.0f64..1e6,
        offer in 0.0f64..1e6,
        margin in 0.0f64..1e6,
        periods in 0.0f64..600.0,
        discount in prop_oneof![Just(0.0), 0.0f64..=1.0],
        cac in prop::option::of(0.0f64..1e6),
        wom in 0.0f64..100.0,
        information in 0.0f64..1e9,
        lost_type in prop::sample::select(LostType::ALL.to_vec()),
        tier in prop::sample::select(Tier::ALL.to_vec()),
    ) {
        let s = SegmentInput { lost_type, tier, count, success_rate: success, contact_cost: contact, offer_cost: offer };
        let e = Economics { margin, periods, discount, cac, word_of_mouth_per_won: wom, information_benefit: information };
        let r = analyse_segment(&s, &e);
        prop_assert!(r.won.is_finite() && r.won >= 0.0 && r.won <= count);
        prop_assert!(r.cost.is_finite() && r.cost >= 0.0);
        for v in [r.benefit, r.roi, r.bc_ratio, r.replacement].into_iter().flatten() {
            prop_assert!(v.is_finite(), "{v}");
        }
        if let (Ok(roi), Ok(bc)) = (r.roi, r.bc_ratio) {
            prop_assert!((roi - (bc - 1.0)).abs() <= 1e-9 * bc.abs().max(1.0));
            prop_assert!(roi >= -1.0 - 1e-12);
        }
        if let Ok(BreakEven::Rate(rate)) = r.break_even {
            prop_assert!((0.0..=1.0).contains(&rate), "{rate}");
            // At the break-even rate the segment's benefit equals its cost.
            if rate > 0.0 && count > 0.0 {
                let at = analyse_segment(&SegmentInput { success_rate: rate, ..s }, &e);
                let (b, c) = (at.benefit.unwrap(), at.cost);
                prop_assert!((b - c).abs() <= 1e-6 * c.max(1.0), "benefit {b} cost {c}");
            }
        }
        let total = analyse_winback(&[s, s], &e);
        prop_assert!(total.cost.is_finite() && (total.won - 2.0 * r.won).abs() <= 1e-9 * r.won.max(1.0));
    }
}
