//! Winning lost customers back (DOMAIN.md §4): the segments and shared economics as typed,
//! and from them to the figures shown.

use crate::model::cost::CostField;
use crate::model::input::{
    parse_amount, parse_bounded, parse_count, parse_rate, FieldError, RateHint, RateUnit,
};
use crate::model::winback::{
    analyse_segment, analyse_winback, Economics, LostType, SegmentInput, SegmentReport, Tier,
    WinbackNotComputable, WinbackReport,
};

use super::evaluation::MAX_WORD_OF_MOUTH;
use super::Scenario;

/// The longest restored relationship accepted, in periods (as the projection's horizon).
pub const MAX_WINBACK_PERIODS: f64 = 600.0;

/// Contact cost per customer and offer cost per won-back customer a new segment starts
/// with: DOMAIN.md §4's worked example (assumptions, not the texts' figures).
pub const DEFAULT_CONTACT_COST: &str = "50";
pub const DEFAULT_OFFER_COST: &str = "100";

/// A field of a segment, by the last part of its contract name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SegmentField {
    Count,
    SuccessRate,
    ContactCost,
    OfferCost,
}

impl SegmentField {
    pub const ALL: [SegmentField; 4] = [
        SegmentField::Count,
        SegmentField::SuccessRate,
        SegmentField::ContactCost,
        SegmentField::OfferCost,
    ];

    /// The last part of the contract name (`winback.<type>.<tier>.count`).
    pub fn key(self) -> &'static str {
        match self {
            SegmentField::Count => "count",
            SegmentField::SuccessRate => "success_rate",
            SegmentField::ContactCost => "contact_cost",
            SegmentField::OfferCost => "offer_cost",
        }
    }

    /// The position in [`SegmentFields::values`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// One segment as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentFields {
    pub lost_type: LostType,
    pub tier: Tier,
    /// Count, success rate (percent), contact cost, offer cost, in `SegmentField::ALL`
    /// order.
    pub values: [String; 4],
}

impl SegmentFields {
    /// A new segment with its type's default success rate and the example's costs.
    pub fn new(lost_type: LostType, tier: Tier) -> Self {
        let success = lost_type.default_success().0 * 100.0;
        SegmentFields {
            lost_type,
            tier,
            values: [
                String::new(),
                format!("{success}"),
                DEFAULT_CONTACT_COST.to_string(),
                DEFAULT_OFFER_COST.to_string(),
            ],
        }
    }

    /// The contract name of `field` of this segment.
    pub fn field_name(&self, field: SegmentField) -> String {
        segment_field_name(self.lost_type, self.tier, field)
    }

    /// The text typed for `field`.
    pub fn text(&self, field: SegmentField) -> &str {
        &self.values[field.index()]
    }
}

/// `winback.<type>.<tier>.<field>`.
pub fn segment_field_name(lost_type: LostType, tier: Tier, field: SegmentField) -> String {
    format!("winback.{}.{}.{}", lost_type.key(), tier.key(), field.key())
}

/// A shared field of the win-back section.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WinbackField {
    /// Margin per won-back customer per period (money); empty: the value section's.
    Margin,
    /// Expected periods of the restored relationship.
    Periods,
    /// What the firm learns from the lost customers (money).
    InformationBenefit,
}

impl WinbackField {
    pub const ALL: [WinbackField; 3] = [
        WinbackField::Margin,
        WinbackField::Periods,
        WinbackField::InformationBenefit,
    ];

    /// The contract name.
    pub fn key(self) -> &'static str {
        match self {
            WinbackField::Margin => "winback_margin_per_period",
            WinbackField::Periods => "winback_periods",
            WinbackField::InformationBenefit => "information_benefit",
        }
    }

    /// The position in [`WinbackFields::shared`].
    pub fn index(self) -> usize {
        self as usize
    }
}

/// The win-back part of the scenario, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct WinbackFields {
    /// The segments, in the order of `LostType::ALL` × `Tier::ALL`, at most one each.
    pub segments: Vec<SegmentFields>,
    /// Margin, periods, information benefit, in `WinbackField::ALL` order.
    pub shared: [String; 3],
    /// Discount the restored relationship at the value section's discount rate.
    pub discount: bool,
    /// Count the communication benefit (negative word of mouth avoided), with the cost
    /// section's word-of-mouth parameters.
    pub communication: bool,
}

impl Default for WinbackFields {
    /// DOMAIN.md §4's worked example: 40 unintentionally pushed-away important customers.
    fn default() -> Self {
        let mut example = SegmentFields::new(LostType::PushedUnintentionally, Tier::Important);
        example.values[SegmentField::Count.index()] = "40".into();
        WinbackFields {
            segments: vec![example],
            shared: [String::new(), "12".into(), "0".into()],
            discount: false,
            communication: false,
        }
    }
}

impl WinbackFields {
    /// Adds a segment in its place in the order; nothing when it is already there.
    pub fn add(&mut self, lost_type: LostType, tier: Tier) {
        if self.position(lost_type, tier).is_some() {
            return;
        }
        self.segments.push(SegmentFields::new(lost_type, tier));
        crate::model::order::sort_small(&mut self.segments, |a, b| {
            (a.lost_type, a.tier) < (b.lost_type, b.tier)
        });
    }

    /// Where the segment is in the list.
    pub fn position(&self, lost_type: LostType, tier: Tier) -> Option<usize> {
        self.segments
            .iter()
            .position(|s| s.lost_type == lost_type && s.tier == tier)
    }
}

/// One segment as shown: parse errors by field, the hint on its success rate, and its
/// figures when every field could be read.
#[derive(Debug, Clone, PartialEq)]
pub struct SegmentEvaluation {
    pub lost_type: LostType,
    pub tier: Tier,
    pub errors: Vec<(SegmentField, FieldError)>,
    pub hint: Option<RateHint>,
    /// The segment as read, when every field could be.
    pub input: Option<SegmentInput>,
    pub report: Option<SegmentReport>,
}

/// Where the margin comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum MarginSource {
    Typed,
    /// The value section's margin per customer.
    FromValue,
}

/// The win-back section's figures.
#[derive(Debug, Clone, PartialEq)]
pub struct WinbackEvaluation {
    pub segments: Vec<SegmentEvaluation>,
    pub field_errors: Vec<(WinbackField, FieldError)>,
    pub margin: Option<(f64, MarginSource)>,
    /// CAC from the cost section.
    pub cac: Option<f64>,
    /// The discount rate used (fraction per period), when discounting is on and readable.
    pub discount: Option<f64>,
    /// Customers each won-back customer no longer turns away (people ÷ deals), when on.
    pub word_of_mouth_per_won: Option<f64>,
    pub economics: Option<Economics>,
    /// The campaign's totals, or why not.
    pub report: Result<WinbackReport, WinbackNotComputable>,
}

/// Parses the win-back fields, with CAC from the cost section, the margin and discount
/// from the value section when not typed here.
pub fn evaluate_winback(
    scenario: &Scenario,
    cac: Option<f64>,
    value_margin: Option<f64>,
    value_discount: Option<f64>,
) -> WinbackEvaluation {
    let w = &scenario.winback;
    let mut field_errors = Vec::new();
    let text = |f: WinbackField| w.shared[f.index()].trim();
    let margin = if text(WinbackField::Margin).is_empty() {
        value_margin.map(|m| (m, MarginSource::FromValue))
    } else {
        match parse_amount(text(WinbackField::Margin)) {
            Ok(m) => Some((m, MarginSource::Typed)),
            Err(e) => {
                field_errors.push((WinbackField::Margin, e));
                None
            }
        }
    };
    let periods = match parse_bounded(text(WinbackField::Periods), 0.0, MAX_WINBACK_PERIODS) {
        Ok(p) => Some(p),
        Err(e) => {
            field_errors.push((WinbackField::Periods, e));
            None
        }
    };
    let information = match parse_amount(text(WinbackField::InformationBenefit)) {
        Ok(v) => Some(v),
        Err(FieldError::Required) => Some(0.0),
        Err(e) => {
            field_errors.push((WinbackField::InformationBenefit, e));
            None
        }
    };
    let discount = if w.discount {
        value_discount
    } else {
        Some(0.0)
    };
    let word_of_mouth_per_won = if w.communication {
        let people = parse_bounded(
            scenario.cost_text(CostField::WomPeoplePerUnhappy),
            0.0,
            MAX_WORD_OF_MOUTH,
        );
        let deals = parse_bounded(
            scenario.cost_text(CostField::WomDealsPerSatisfied),
            1.0,
            MAX_WORD_OF_MOUTH,
        );
        match (people, deals) {
            (Ok(p), Ok(d)) => Some(p / d),
            _ => None,
        }
    } else {
        Some(0.0)
    };
    let economics = match (
        margin,
        periods,
        discount,
        word_of_mouth_per_won,
        information,
    ) {
        (Some((m, _)), Some(p), Some(d), Some(wom), Some(info)) => Some(Economics {
            margin: m,
            periods: p,
            discount: d,
            cac,
            word_of_mouth_per_won: wom,
            information_benefit: info,
        }),
        _ => None,
    };

    let mut inputs = Vec::new();
    let segments: Vec<SegmentEvaluation> = w
        .segments
        .iter()
        .map(|s| {
            let mut errors = Vec::new();
            let mut hint = None;
            let mut read = |field: SegmentField| -> Option<f64> {
                let typed = s.text(field);
                let parsed = match field {
                    SegmentField::Count => parse_count(typed),
                    SegmentField::SuccessRate => {
                        parse_rate(typed, RateUnit::Percent).map(|(v, h)| {
                            hint = h;
                            v
                        })
                    }
                    SegmentField::ContactCost | SegmentField::OfferCost => parse_amount(typed),
                };
                parsed.map_err(|e| errors.push((field, e))).ok()
            };
            let values = SegmentField::ALL.map(&mut read);
            let input = match values {
                [Some(count), Some(success_rate), Some(contact_cost), Some(offer_cost)] => {
                    Some(SegmentInput {
                        lost_type: s.lost_type,
                        tier: s.tier,
                        count,
                        success_rate,
                        contact_cost,
                        offer_cost,
                    })
                }
                _ => None,
            };
            inputs.push(input);
            SegmentEvaluation {
                lost_type: s.lost_type,
                tier: s.tier,
                errors,
                hint,
                input,
                report: input.zip(economics).map(|(i, e)| analyse_segment(&i, &e)),
            }
        })
        .collect();
    let all: Option<Vec<SegmentInput>> = inputs.into_iter().collect();
    let report = match (all, economics) {
        (Some(all), Some(e)) if !all.is_empty() => Ok(analyse_winback(&all, &e)),
        (Some(all), Some(_)) if all.is_empty() => Err(WinbackNotComputable::NoCost),
        _ => Err(WinbackNotComputable::NeedsInputs),
    };
    WinbackEvaluation {
        segments,
        field_errors,
        margin,
        cac,
        discount: if w.discount { value_discount } else { None },
        word_of_mouth_per_won: word_of_mouth_per_won.filter(|_| w.communication),
        economics,
        report,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::winback::{Advice, BreakEven};

    fn near(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    #[test]
    fn the_default_is_domains_worked_example() {
        let s = Scenario::default();
        let e = evaluate_winback(&s, Some(300.0), Some(80.0), Some(0.01));
        let r = e.report.expect("computable");
        near(r.won, 12.0);
        near(r.cost, 3_200.0);
        near(r.benefit.unwrap(), 15_120.0);
        near(r.roi.unwrap(), 3.725);
        near(r.bc_ratio.unwrap(), 4.725);
        assert_eq!(r.break_even, Ok(BreakEven::Rate(2_000.0 / 46_400.0)));
        assert_eq!(e.segments[0].report.unwrap().advice, Advice::Pursue);
        assert_eq!(e.margin, Some((80.0, MarginSource::FromValue)));
    }

    #[test]
    fn segments_keep_their_order_and_bad_fields_are_named() {
        let mut s = Scenario::default();
        s.winback.add(LostType::PushedDeliberately, Tier::Small);
        s.winback.add(LostType::Migrated, Tier::Ordinary);
        s.winback.add(LostType::Migrated, Tier::Ordinary);
        let order: Vec<_> = s
            .winback
            .segments
            .iter()
            .map(|x| (x.lost_type, x.tier))
            .collect();
        assert_eq!(
            order,
            [
                (LostType::PushedDeliberately, Tier::Small),
                (LostType::PushedUnintentionally, Tier::Important),
                (LostType::Migrated, Tier::Ordinary)
            ]
        );
        assert_eq!(s.winback.segments[0].text(SegmentField::SuccessRate), "0");
        let e = evaluate_winback(&s, Some(300.0), Some(80.0), None);
        assert_eq!(
            e.segments[0].errors,
            vec![(SegmentField::Count, FieldError::Required)]
        );
        assert_eq!(e.report, Err(WinbackNotComputable::NeedsInputs));
        assert!(
            e.segments[1].report.is_some(),
            "a valid segment still shows"
        );
        assert_eq!(
            s.winback.segments[2].field_name(SegmentField::OfferCost),
            "winback.migrated.ordinary.offer_cost"
        );
    }

    #[test]
    fn discounting_and_communication_are_opt_in() {
        let mut s = Scenario::default();
        s.winback.discount = true;
        s.winback.communication = true;
        let e = evaluate_winback(&s, Some(300.0), Some(80.0), Some(0.01));
        assert_eq!(e.discount, Some(0.01));
        near(e.word_of_mouth_per_won.unwrap(), 25.0 / 8.0);
        let r = e.report.unwrap();
        near(r.communication, 12.0 * 25.0 / 8.0 * 80.0);
        assert!(r.repurchase < 11_520.0);
        s.winback.shared[WinbackField::Periods.index()] = "700".into();
        let e = evaluate_winback(&s, Some(300.0), Some(80.0), Some(0.01));
        assert!(matches!(
            e.field_errors[0],
            (WinbackField::Periods, FieldError::TooLarge { .. })
        ));
    }
}
