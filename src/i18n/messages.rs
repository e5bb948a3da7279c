//! Messages for the model's typed errors and reasons, in the user's language.

use super::format::{amount, count, decimal, quantity};
use super::{fill, Lang};
use crate::model::causes::{CauseNotComputable, Taxonomy};
use crate::model::clv::ClvNotComputable;
use crate::model::cost::{CostField, CostIssue, CostNotComputable};
use crate::model::input::{FieldError, RateHint};
use crate::model::period::Period;
use crate::model::projection::ProjectionNotComputable;
use crate::model::retention::{CountField, CrossFieldIssue, NotComputable};
use crate::state::causes::{custom_index, CauseFields};
use crate::state::value::{ValueField, ValueNotComputable};

/// At most this many characters of what the user typed are quoted back in a message.
const MAX_QUOTED_CHARS: usize = 24;

/// The label of a count field ("Customers at the start of the period").
pub fn count_label(lang: Lang, field: CountField) -> &'static str {
    let labels = &lang.texts().count_labels;
    match field {
        CountField::Start => labels[0],
        CountField::New => labels[1],
        CountField::End => labels[2],
        CountField::Lost => labels[3],
    }
}

fn period_index(period: Period) -> usize {
    match period {
        Period::Month => 0,
        Period::Quarter => 1,
        Period::Year => 2,
    }
}

/// "per month", "每月" …; "per period" when the period is unknown.
pub fn per_period(lang: Lang, period: Option<Period>) -> &'static str {
    let t = lang.texts();
    period.map_or(t.per_period_unknown, |p| t.per_period[period_index(p)])
}

/// The unit of an average lifetime: "months", "个月" …
pub fn lifetime_unit(lang: Lang, period: Option<Period>) -> &'static str {
    let t = lang.texts();
    period.map_or(t.lifetime_unit_unknown, |p| {
        t.lifetime_units[period_index(p)]
    })
}

/// The inline message for a value in `field` that could not be parsed. `typed` is what
/// the user typed (quoted back, shortened, rendered as text).
pub fn field_error(lang: Lang, field_label: &str, error: &FieldError, typed: &str) -> String {
    let t = lang.texts();
    let quoted: String = typed.trim().chars().take(MAX_QUOTED_CHARS).collect();
    let quoted = if typed.trim().chars().count() > MAX_QUOTED_CHARS {
        format!("{quoted}…")
    } else {
        quoted
    };
    match error {
        FieldError::Required => fill(t.err_required, &[("field", field_label)]),
        FieldError::NotANumber => fill(
            t.err_not_a_number,
            &[("field", field_label), ("text", &quoted)],
        ),
        FieldError::DecimalComma { suggestion } => fill(
            t.err_decimal_comma,
            &[("field", field_label), ("suggestion", suggestion)],
        ),
        FieldError::Negative => fill(t.err_negative, &[("field", field_label)]),
        FieldError::NotWhole => fill(t.err_not_whole, &[("field", field_label)]),
        FieldError::TooLarge { max } => {
            let max = if *max >= 1e300 {
                "1e300".to_string()
            } else {
                decimal(*max, 0)
            };
            fill(t.err_too_large, &[("field", field_label), ("max", &max)])
        }
        FieldError::PercentInCountField => fill(t.err_percent_in_count, &[("field", field_label)]),
        FieldError::PercentInAmountField => {
            fill(t.err_percent_in_amount, &[("field", field_label)])
        }
        FieldError::TooSmall { min } => fill(
            t.err_too_small,
            &[("field", field_label), ("min", &quantity(*min))],
        ),
    }
}

/// The note for a rate typed in what looks like the other unit.
pub fn rate_hint(lang: Lang, field_label: &str, hint: &RateHint, typed: &str) -> String {
    let t = lang.texts();
    let typed: String = typed.trim().chars().take(MAX_QUOTED_CHARS).collect();
    match hint {
        RateHint::LooksLikeFraction { as_percent } => fill(
            t.hint_looks_like_fraction,
            &[
                ("field", field_label),
                ("typed", typed.trim_end_matches(['%', '％'])),
                ("as_percent", &quantity(*as_percent)),
            ],
        ),
        // No field of the interface takes a fraction: rates are typed in percent.
        RateHint::LooksLikePercent { .. } => String::new(),
    }
}

/// "text 1, “浅析客户保持管理重要性”": a seed text cited by number and title.
pub fn cite(lang: Lang, text_number: u8) -> String {
    let t = lang.texts();
    let index = usize::from(text_number.clamp(1, 5)) - 1;
    fill(
        t.cite,
        &[
            ("n", &text_number.to_string()),
            ("title", t.source_titles[index]),
        ],
    )
}

/// The label of a cost field.
pub fn cost_label(lang: Lang, field: CostField) -> &'static str {
    let labels = &lang.texts().cost.field_labels;
    let index = CostField::ALL.iter().position(|f| *f == field).unwrap_or(0);
    labels[index]
}

/// The message beside a cost field; `typed` is the field's text.
pub fn cost_issue(lang: Lang, problem: &CostIssue, typed: &str) -> String {
    let c = &lang.texts().cost;
    let label = cost_label(lang, problem.field());
    let typed: String = typed.trim().chars().take(MAX_QUOTED_CHARS).collect();
    match problem {
        CostIssue::CacDisagrees { from_spend } => fill(
            c.issue_cac_disagrees,
            &[
                ("field", label),
                ("typed", &typed),
                ("from_spend", &amount(*from_spend)),
            ],
        ),
        CostIssue::CrcDisagrees { from_spend } => fill(
            c.issue_crc_disagrees,
            &[
                ("field", label),
                ("typed", &typed),
                ("from_spend", &amount(*from_spend)),
            ],
        ),
        CostIssue::SpendWithNoNewCustomers => c.issue_spend_no_new.to_string(),
        CostIssue::SpendWithNewUnknown => c.issue_spend_new_unknown.to_string(),
        CostIssue::SpendWithNobodyRetained => c.issue_spend_nobody_retained.to_string(),
    }
}

/// Why a cost figure is shown as "—".
pub fn cost_not_computable(lang: Lang, reason: CostNotComputable) -> String {
    let c = &lang.texts().cost;
    match reason {
        CostNotComputable::NeedsCounts => c.nc_needs_counts.to_string(),
        CostNotComputable::NeedsCac => c.nc_needs_cac.to_string(),
        CostNotComputable::NeedsCrc => c.nc_needs_crc.to_string(),
        CostNotComputable::NoNewCustomers => c.nc_no_new.to_string(),
        CostNotComputable::NewCustomersUnknown => c.nc_new_unknown.to_string(),
        CostNotComputable::NobodyRetained => c.nc_nobody_retained.to_string(),
        CostNotComputable::FreeRetention => c.nc_free_retention.to_string(),
        CostNotComputable::NeedsAcquisitionBudget => c.nc_needs_budget.to_string(),
        CostNotComputable::OutOfRange => c.nc_out_of_range.to_string(),
        CostNotComputable::InvalidField(field) => {
            fill(c.nc_invalid_field, &[("field", cost_label(lang, field))])
        }
    }
}

/// The inline message for a problem spanning several counts, shown beside `field`.
pub fn issue(lang: Lang, field: CountField, problem: &CrossFieldIssue) -> String {
    let t = lang.texts();
    let label = count_label(lang, field);
    match problem {
        CrossFieldIssue::StartIsZero => t.issue_start_zero.to_string(),
        CrossFieldIssue::EndAboveStartPlusNew { start_plus_new } => fill(
            t.issue_end_above_sum,
            &[("field", label), ("sum", &count(*start_plus_new))],
        ),
        CrossFieldIssue::LostAboveStartPlusNew { start_plus_new } => fill(
            t.issue_lost_above_sum,
            &[("field", label), ("sum", &count(*start_plus_new))],
        ),
        CrossFieldIssue::LostAboveStart { start } => fill(
            t.issue_lost_above_start,
            &[("field", label), ("start", &count(*start))],
        ),
        CrossFieldIssue::LostExceedsStart { lost, start } => fill(
            t.issue_lost_exceeds_start,
            &[("lost", &count(*lost)), ("start", &count(*start))],
        ),
        CrossFieldIssue::LostDisagrees { expected } => fill(
            t.issue_lost_disagrees,
            &[("field", label), ("expected", &count(*expected))],
        ),
    }
}

/// Why a figure is shown as "—".
pub fn not_computable(lang: Lang, reason: NotComputable) -> String {
    let t = lang.texts();
    match reason {
        NotComputable::NeedsValid(field) => {
            fill(t.nc_needs_valid, &[("field", count_label(lang, field))])
        }
        NotComputable::NotSupplied(field) => {
            fill(t.nc_not_supplied, &[("field", count_label(lang, field))])
        }
        NotComputable::StartIsZero => t.nc_start_zero.to_string(),
        NotComputable::Inconsistent => t.nc_inconsistent.to_string(),
        NotComputable::LostExceedsStart => t.nc_lost_exceeds_start.to_string(),
        NotComputable::NoChurn => t.nc_no_churn.to_string(),
        NotComputable::AverageBaseBreaks => t.nc_average_breaks.to_string(),
        NotComputable::PeriodUnknown => t.nc_period_unknown.to_string(),
    }
}

/// The label of a projection or customer-value field.
pub fn value_label(lang: Lang, field: ValueField) -> &'static str {
    lang.texts().value.field_labels[field.index()]
}

/// Why a projection or customer-value figure is shown as "—".
pub fn value_not_computable(lang: Lang, reason: ValueNotComputable) -> String {
    let v = &lang.texts().value;
    match reason {
        ValueNotComputable::Projection(p) => match p {
            ProjectionNotComputable::NeedsInputs => v.nc_needs_inputs.to_string(),
            ProjectionNotComputable::NoCeiling => v.nc_no_ceiling.to_string(),
            ProjectionNotComputable::OutOfRange => v.nc_out_of_range.to_string(),
            ProjectionNotComputable::NeedsRevenue => fill(
                v.nc_missing,
                &[("field", value_label(lang, ValueField::RevenuePerCustomer))],
            ),
        },
        ValueNotComputable::Clv(c) => match c {
            ClvNotComputable::NeedsInputs => v.nc_needs_inputs.to_string(),
            ClvNotComputable::NoFiniteValue => v.nc_no_finite_value.to_string(),
            ClvNotComputable::NoChurn => v.nc_no_churn.to_string(),
            ClvNotComputable::NeedsCac => v.nc_needs_cac.to_string(),
            ClvNotComputable::NeverPaysBack => v.nc_never_pays_back.to_string(),
            ClvNotComputable::OutOfRange => v.nc_out_of_range.to_string(),
        },
        ValueNotComputable::InvalidField(field) => {
            fill(v.nc_invalid_field, &[("field", value_label(lang, field))])
        }
        ValueNotComputable::Missing(field) => {
            fill(v.nc_missing, &[("field", value_label(lang, field))])
        }
        ValueNotComputable::PeriodUnknown => v.nc_period_unknown.to_string(),
    }
}

/// The fixed cause keys in the order of [`super::CauseTexts::advice`].
const ADVICE_KEYS: [&str; 16] = [
    "price",
    "quality",
    "service",
    "core_service",
    "staff",
    "inconvenience",
    "failure_response",
    "competition",
    "ethics",
    "involuntary",
    "pushed_deliberately",
    "pushed_unintentionally",
    "pulled_away",
    "bought_away",
    "left_unintentionally",
    "migrated",
];

/// The name of cause `key` as shown: the list's own name for a fixed key, the user's
/// name for a custom cause ("Cause 3" while unnamed).
pub fn cause_name(lang: Lang, fields: &CauseFields, key: &str) -> String {
    let c = &lang.texts().causes;
    let position = |keys: &[&str]| keys.iter().position(|k| *k == key);
    let fixed = match fields.taxonomy {
        Taxonomy::ThreeWay => position(Taxonomy::ThreeWay.cause_keys()).map(|i| c.three_way[i]),
        Taxonomy::EightFactors => {
            position(Taxonomy::EightFactors.cause_keys()).map(|i| c.eight_factors[i])
        }
        Taxonomy::LostTypes => position(Taxonomy::LostTypes.cause_keys()).map(|i| c.lost_types[i]),
        Taxonomy::Custom => None,
    };
    if let Some(name) = fixed {
        return name.to_string();
    }
    let index = custom_index(key).unwrap_or(0);
    match fields.custom.get(index).map(|cause| cause.name.trim()) {
        Some(name) if !name.is_empty() => name.to_string(),
        _ => fill(c.unnamed, &[("n", &(index + 1).to_string())]),
    }
}

/// What the texts recommend for cause `key`, with its sources cited; the general advice
/// for a custom cause.
pub fn cause_advice(lang: Lang, key: &str) -> String {
    let c = &lang.texts().causes;
    let template = ADVICE_KEYS
        .iter()
        .position(|k| *k == key)
        .map_or(c.advice_custom, |i| c.advice[i]);
    fill_citations(lang, template)
}

/// `template` with `{cite1}` … `{cite5}` filled with the citations of the seed texts.
pub fn fill_citations(lang: Lang, template: &str) -> String {
    let cites: Vec<String> = (1..=5).map(|n| cite(lang, n)).collect();
    fill(
        template,
        &[
            ("cite1", &cites[0]),
            ("cite2", &cites[1]),
            ("cite3", &cites[2]),
            ("cite4", &cites[3]),
            ("cite5", &cites[4]),
        ],
    )
}

/// Why a cause figure is not computable, in words.
pub fn cause_not_computable(lang: Lang, reason: CauseNotComputable) -> String {
    let nc = &lang.texts().causes.nc;
    let i = match reason {
        CauseNotComputable::NeedsValues => 0,
        CauseNotComputable::NothingAssigned => 1,
        CauseNotComputable::PercentNotHundred => 2,
        CauseNotComputable::NeedsValue => 3,
        CauseNotComputable::NeedsLost => 4,
        CauseNotComputable::OutOfRange => 5,
    };
    nc[i].to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    const ERRORS: [FieldError; 8] = [
        FieldError::Required,
        FieldError::NotANumber,
        FieldError::Negative,
        FieldError::NotWhole,
        FieldError::TooLarge { max: 1e12 },
        FieldError::PercentInCountField,
        FieldError::PercentInAmountField,
        FieldError::TooSmall { min: 1.0 },
    ];

    #[test]
    fn every_error_names_its_field_in_every_language() {
        for lang in Lang::ALL {
            for error in ERRORS.iter().chain([&FieldError::DecimalComma {
                suggestion: "1.5".into(),
            }]) {
                let label = count_label(lang, CountField::Start);
                let message = field_error(lang, label, error, "abc");
                assert!(message.contains(label), "{lang:?} {error:?}: {message}");
                assert!(!message.contains('{'), "unfilled placeholder: {message}");
            }
        }
    }

    #[test]
    fn messages_quote_the_number_formatted() {
        let m = field_error(Lang::En, "S", &FieldError::TooLarge { max: 1e12 }, "1e308");
        assert!(m.contains("1,000,000,000,000"), "{m}");
        let m = issue(
            Lang::ZhHans,
            CountField::End,
            &CrossFieldIssue::EndAboveStartPlusNew {
                start_plus_new: 1150.0,
            },
        );
        assert!(m.contains("1,150") && m.contains("期末客户数"), "{m}");
    }

    #[test]
    fn long_input_is_shortened_when_quoted() {
        let typed = "x".repeat(500);
        let m = field_error(Lang::En, "S", &FieldError::NotANumber, &typed);
        assert!(m.len() < 200, "{m}");
    }

    #[test]
    fn cost_messages_in_every_language() {
        let reasons = [
            CostNotComputable::NeedsCounts,
            CostNotComputable::NeedsCac,
            CostNotComputable::NeedsCrc,
            CostNotComputable::NoNewCustomers,
            CostNotComputable::NewCustomersUnknown,
            CostNotComputable::NobodyRetained,
            CostNotComputable::FreeRetention,
            CostNotComputable::NeedsAcquisitionBudget,
            CostNotComputable::OutOfRange,
            CostNotComputable::InvalidField(CostField::Cac),
        ];
        let issues = [
            CostIssue::CacDisagrees { from_spend: 300.0 },
            CostIssue::CrcDisagrees { from_spend: 20.0 },
            CostIssue::SpendWithNoNewCustomers,
            CostIssue::SpendWithNewUnknown,
            CostIssue::SpendWithNobodyRetained,
        ];
        for lang in Lang::ALL {
            for reason in reasons {
                let m = cost_not_computable(lang, reason);
                assert!(m.chars().count() > 5 && !m.contains('{'), "{m}");
            }
            for problem in issues {
                let m = cost_issue(lang, &problem, "250");
                assert!(m.chars().count() > 5 && !m.contains('{'), "{m}");
            }
            let m = cost_issue(lang, &issues[0], "250");
            assert!(m.contains("250") && m.contains("300"), "{m}");
            for n in 1..=5 {
                assert!(!cite(lang, n).contains('{'));
            }
            let hint = rate_hint(
                lang,
                "R",
                &RateHint::LooksLikeFraction { as_percent: 60.0 },
                "0.6",
            );
            assert!(hint.contains("0.6") && hint.contains("60%"), "{hint}");
        }
        assert_eq!(cite(Lang::ZhHant, 3), "文獻3《客戶關係管理之客戶忠誠管理》");
    }

    #[test]
    fn every_reason_has_words_in_every_language() {
        let reasons = [
            NotComputable::NeedsValid(CountField::New),
            NotComputable::NotSupplied(CountField::End),
            NotComputable::StartIsZero,
            NotComputable::Inconsistent,
            NotComputable::LostExceedsStart,
            NotComputable::NoChurn,
            NotComputable::AverageBaseBreaks,
            NotComputable::PeriodUnknown,
        ];
        for lang in Lang::ALL {
            for reason in reasons {
                let m = not_computable(lang, reason);
                assert!(m.chars().count() > 5 && !m.contains('{'), "{m}");
            }
        }
    }
}
