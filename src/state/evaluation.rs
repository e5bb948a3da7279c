//! From what the user typed to what the interface shows.

use crate::model::cost::{
    analyse_costs, analyse_referrals, CostField, CostInput, CostMetric, CostNotComputable,
    CostOutcome, CostReport, ReferralInput, ReferralReport,
};
use crate::model::input::{
    parse_amount, parse_bounded, parse_count, parse_rate, FieldError, RateHint, RateUnit,
};
use crate::model::retention::{analyse, CountField, KnownFigures, RetentionInput, RetentionReport};

use super::causes::{evaluate_causes, CauseEvaluation};
use super::scenario::count_index;
use super::value::{evaluate_value, ValueEvaluation, ValueMetric};
use super::winback::{evaluate_winback, WinbackEvaluation};
use super::Scenario;

/// The largest number of deals per satisfied customer or people per unhappy customer
/// accepted: a million, far above the texts' 8 and 25.
pub const MAX_WORD_OF_MOUTH: f64 = 1e6;

/// The retention section: the parse result of each count field in use, and the model's
/// report.
#[derive(Debug, Clone, PartialEq)]
pub struct Evaluation {
    /// Parse errors by field (only fields the mode uses are parsed).
    pub field_errors: Vec<(CountField, FieldError)>,
    /// The computed figures.
    pub report: RetentionReport,
}

/// Every section's evaluation. The retention section needs only [`evaluate`]: the first
/// figures on the page do not wait for the other sections' models.
#[derive(Debug, Clone, PartialEq)]
pub struct SectionsEvaluation {
    pub retention: Evaluation,
    /// The cost section.
    pub cost: CostEvaluation,
    /// The projection and customer-value sections.
    pub value: ValueEvaluation,
    /// Why customers leave.
    pub causes: CauseEvaluation,
    /// Winning lost customers back.
    pub winback: WinbackEvaluation,
}

/// The cost section: parse results of its fields and the model's reports.
#[derive(Debug, Clone, PartialEq)]
pub struct CostEvaluation {
    /// Parse errors by field. Empty money fields are not errors (a cost may come from
    /// the spend or be typed); an empty advanced parameter is.
    pub field_errors: Vec<(CostField, FieldError)>,
    /// A percentage that looks typed as a fraction ("0.6" for 60 %), shown beside the
    /// referral share; the value is used as typed.
    pub referral_hint: Option<RateHint>,
    /// The counts the section uses, from the retention section: (S, N, L).
    pub counts: (Option<f64>, Option<f64>, Option<f64>),
    /// The spends as read (acquisition, retention), when typed and valid.
    pub spends: (Option<f64>, Option<f64>),
    /// The advanced parameters as read, when on and valid.
    pub referral_input: Option<ReferralInput>,
    /// The computed costs.
    pub report: CostReport,
    /// Referrals and word of mouth, when the advanced parameters are on.
    pub referrals: Option<ReferralReport>,
}

impl CostEvaluation {
    /// The outcome of `metric`; the referral figures are `NeedsCounts` when the advanced
    /// parameters are off (they are not shown then).
    pub fn get(&self, metric: CostMetric) -> CostOutcome {
        let r = &self.report;
        let referral = |pick: fn(&ReferralReport) -> CostOutcome| {
            self.referrals
                .as_ref()
                .map_or(Err(CostNotComputable::NeedsCounts), pick)
        };
        match metric {
            CostMetric::Cac => r.cac.map(|c| c.value),
            CostMetric::Crc => r.crc.map(|c| c.value),
            CostMetric::CostRatio => r.cost_ratio,
            CostMetric::ReplacementCost => r.replacement_cost,
            CostMetric::KeepCost => r.keep_cost,
            CostMetric::ChurnBurn => r.churn_burn,
            CostMetric::RefillSpend => r.refill_spend,
            CostMetric::RefillShare => r.refill_share,
            CostMetric::BreakEvenRetentionSpend => r.break_even_retention_spend,
            CostMetric::ReferralsLost => referral(|x| x.referrals_lost),
            CostMetric::ReferralsLostValue => referral(|x| x.referrals_lost_value),
            CostMetric::WomCustomersLost => referral(|x| x.wom_customers_lost),
            CostMetric::WomValue => referral(|x| x.wom_value),
        }
    }

    /// The parse error of `field`, if any.
    pub fn field_error(&self, field: CostField) -> Option<&FieldError> {
        self.field_errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e)
    }
}

impl Evaluation {
    /// The parse error of `field`, if any.
    pub fn field_error(&self, field: CountField) -> Option<&FieldError> {
        self.field_errors
            .iter()
            .find(|(f, _)| *f == field)
            .map(|(_, e)| e)
    }
}

/// Parses the scenario's fields and runs the model. Pure: no browser needed.
pub fn evaluate(scenario: &Scenario) -> Evaluation {
    let mut field_errors = Vec::new();
    let mut value = |field: CountField| -> Option<f64> {
        if !scenario.known.inputs().contains(&field) {
            return None;
        }
        match parse_count(scenario.count_text(field)) {
            Ok(v) => Some(v),
            Err(e) => {
                field_errors.push((field, e));
                None
            }
        }
    };
    let input = RetentionInput {
        known: scenario.known,
        period: scenario.period.period(),
        start: value(CountField::Start),
        new: value(CountField::New),
        end: value(CountField::End),
        lost: value(CountField::Lost),
    };
    Evaluation {
        field_errors,
        report: analyse(&input),
    }
}

/// Parses the whole scenario and runs every section's model.
pub fn evaluate_sections(scenario: &Scenario) -> SectionsEvaluation {
    let retention = evaluate(scenario);
    let cost = evaluate_costs(scenario, &retention.report);
    let value = evaluate_value(
        scenario,
        &retention.report,
        cost.report.cac.ok().map(|c| c.value),
    );
    let causes = evaluate_causes(
        &scenario.causes,
        &retention.report,
        value.get(ValueMetric::ClvSimple).ok(),
    );
    let winback = evaluate_winback(
        scenario,
        cost.report.cac.ok().map(|c| c.value),
        value.margin,
        value.discount,
    );
    SectionsEvaluation {
        retention,
        cost,
        value,
        causes,
        winback,
    }
}

/// Parses the cost fields and runs the cost model on the retention report's counts.
fn evaluate_costs(scenario: &Scenario, retention: &RetentionReport) -> CostEvaluation {
    let mut field_errors = Vec::new();
    let mut amount = |field: CostField| -> Option<f64> {
        let text = scenario.cost_text(field);
        if text.trim().is_empty() {
            return None;
        }
        parse_amount(text)
            .map_err(|e| field_errors.push((field, e)))
            .ok()
    };
    let acquisition_spend = amount(CostField::AcquisitionSpend);
    let retention_spend = amount(CostField::RetentionSpend);
    let typed_cac = amount(CostField::Cac);
    let typed_crc = amount(CostField::Crc);
    let counts = (retention.start, retention.new, retention.lost);
    let input = CostInput {
        start: counts.0,
        new: counts.1,
        lost: counts.2,
        acquisition_spend,
        retention_spend,
        typed_cac,
        typed_crc,
    };
    // A figure that needs a cost the user typed unreadably says so, rather than asking
    // for a value that is already there.
    let invalid = |field: CostField| field_errors.iter().any(|(f, _)| *f == field);
    let cac_invalid = [CostField::Cac, CostField::AcquisitionSpend]
        .into_iter()
        .find(|f| invalid(*f));
    let crc_invalid = [CostField::Crc, CostField::RetentionSpend]
        .into_iter()
        .find(|f| invalid(*f));
    let report = analyse_costs(&input).map_reasons(|reason| match reason {
        CostNotComputable::NeedsCac => cac_invalid.map_or(reason, CostNotComputable::InvalidField),
        CostNotComputable::NeedsCrc => crc_invalid.map_or(reason, CostNotComputable::InvalidField),
        other => other,
    });

    let mut referral_hint = None;
    let mut referral_input = None;
    let referrals = scenario.cost_advanced.then(|| {
        let share = parse_rate(
            scenario.cost_text(CostField::ReferralShare),
            RateUnit::Percent,
        );
        let deals = parse_bounded(
            scenario.cost_text(CostField::WomDealsPerSatisfied),
            1.0,
            MAX_WORD_OF_MOUTH,
        );
        let people = parse_bounded(
            scenario.cost_text(CostField::WomPeoplePerUnhappy),
            0.0,
            MAX_WORD_OF_MOUTH,
        );
        let mut first_bad = None;
        let mut note = |field: CostField, error: FieldError| {
            first_bad.get_or_insert(field);
            field_errors.push((field, error));
        };
        let share = match share {
            Ok((value, hint)) => {
                referral_hint = hint;
                Some(value)
            }
            Err(e) => {
                note(CostField::ReferralShare, e);
                None
            }
        };
        let deals = deals
            .map_err(|e| note(CostField::WomDealsPerSatisfied, e))
            .ok();
        let people = people
            .map_err(|e| note(CostField::WomPeoplePerUnhappy, e))
            .ok();
        let parameters = match (share, deals, people, first_bad) {
            (Some(referral_share), Some(deals_per_satisfied), Some(people_per_unhappy), _) => {
                Ok(ReferralInput {
                    referral_share,
                    deals_per_satisfied,
                    people_per_unhappy,
                })
            }
            (.., Some(bad)) => Err(bad),
            _ => Err(CostField::ReferralShare),
        };
        referral_input = parameters.ok();
        let cac = report.cac.map(|c| c.value);
        analyse_referrals(counts, cac, parameters)
    });
    CostEvaluation {
        field_errors,
        referral_hint,
        counts,
        spends: (acquisition_spend, retention_spend),
        referral_input,
        report,
        referrals,
    }
}

/// This scenario as if churn had been the value section's improved churn rate: the same
/// S and N, with L = S × the improved rate, rounded to whole customers (so E follows).
/// `None` without an improved rate, or when S or N is not known. What the side-by-side
/// comparison offers as "improved" (the projection's improved line, for every figure).
pub fn with_improved_churn(scenario: &Scenario, e: &SectionsEvaluation) -> Option<Scenario> {
    let rate = e.value.improved_churn_rate?;
    let (start, new) = (e.retention.report.start?, e.retention.report.new?);
    let lost = (start * rate).round();
    let whole = |v: f64| format!("{}", v as u64);
    let mut next = scenario.clone();
    next.known = KnownFigures::StartNewLost;
    next.counts = Default::default();
    next.counts[count_index(CountField::Start)] = whole(start);
    next.counts[count_index(CountField::New)] = whole(new);
    next.counts[count_index(CountField::Lost)] = whole(lost);
    Some(next)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::retention::{Metric, NotComputable};

    fn scenario(counts: [&str; 4]) -> Scenario {
        Scenario {
            counts: counts.map(String::from),
            ..Scenario::default()
        }
    }

    #[test]
    fn typed_text_reaches_the_model() {
        let e = evaluate(&scenario(["1,000", "１５０", "1030", ""]));
        assert!(e.field_errors.is_empty());
        assert_eq!(e.report.get(Metric::Lost), Ok(120.0));
    }

    #[test]
    fn a_bad_field_is_named_and_blocks_what_needs_it() {
        let e = evaluate(&scenario(["1000", "abc", "1030", ""]));
        assert_eq!(
            e.field_error(CountField::New),
            Some(&FieldError::NotANumber)
        );
        assert_eq!(
            e.report.get(Metric::ChurnRate),
            Err(NotComputable::NeedsValid(CountField::New))
        );
        // The lost field is not used in this mode: not parsed, no error.
        assert_eq!(e.field_error(CountField::Lost), None);
    }

    fn costed(fields: [&str; 7], advanced: bool) -> CostEvaluation {
        evaluate_sections(&Scenario {
            counts: ["1000", "150", "1030", ""].map(String::from),
            cost_fields: fields.map(String::from),
            cost_advanced: advanced,
            ..Scenario::default()
        })
        .cost
    }

    #[test]
    fn the_cost_worked_example_through_the_scenario() {
        let c = costed(["45,000", "１７６００", "", "", "60", "8", "25"], true);
        assert!(c.field_errors.is_empty());
        assert_eq!(c.report.cost_ratio, Ok(15.0));
        assert_eq!(c.report.churn_burn, Ok(33_600.0));
        let r = c.referrals.expect("advanced on");
        assert_eq!(r.wom_customers_lost, Ok(375.0));
        assert!(costed(["45000", "17600", "", "", "60", "8", "25"], false)
            .referrals
            .is_none());
    }

    #[test]
    fn unreadable_costs_are_named() {
        let c = costed(["abc", "-5", "", "", "0.6", "0.5", ""], true);
        assert_eq!(
            c.field_error(CostField::AcquisitionSpend),
            Some(&FieldError::NotANumber)
        );
        assert_eq!(
            c.field_error(CostField::RetentionSpend),
            Some(&FieldError::Negative)
        );
        assert_eq!(
            c.report.cac.map(|u| u.value),
            Err(CostNotComputable::InvalidField(CostField::AcquisitionSpend))
        );
        assert_eq!(
            c.report.crc.map(|u| u.value),
            Err(CostNotComputable::InvalidField(CostField::RetentionSpend))
        );
        assert_eq!(
            c.referral_hint,
            Some(RateHint::LooksLikeFraction { as_percent: 60.0 })
        );
        assert_eq!(
            c.field_error(CostField::WomDealsPerSatisfied),
            Some(&FieldError::TooSmall { min: 1.0 })
        );
        assert_eq!(
            c.field_error(CostField::WomPeoplePerUnhappy),
            Some(&FieldError::Required)
        );
        assert_eq!(
            c.referrals.map(|r| r.wom_customers_lost),
            Some(Err(CostNotComputable::InvalidField(
                CostField::WomDealsPerSatisfied
            )))
        );
        // Empty money fields are not errors.
        assert!(costed(["", "", "", "", "60", "8", "25"], false)
            .field_errors
            .is_empty());
    }

    #[test]
    fn the_worked_example_with_churn_at_ten_percent() {
        let s = Scenario {
            counts: ["1000", "150", "1030", ""].map(String::from),
            ..Scenario::default()
        };
        let e = evaluate_sections(&s);
        let better = with_improved_churn(&s, &e).expect("improved rate 10 % by default");
        let b = evaluate(&better);
        assert_eq!(b.report.lost, Some(100.0));
        assert_eq!(b.report.end, Some(1050.0));
        assert_eq!(
            b.report.get(crate::model::retention::Metric::ChurnRate),
            Ok(0.1)
        );
    }
}
