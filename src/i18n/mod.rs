//! Every user-visible word, in English, 简体中文 and 繁體中文.
//!
//! A typed table ([`Texts`]) per language: a string missing in one language is a compile
//! error, and the table costs only its strings (a runtime message-format crate measured
//! +12 to +33 KB gzip). Templates carry `{name}` placeholders filled by [`fill`].
//! The words follow the course texts (shared/TERMS.md).

mod en;
pub mod format;
pub mod glossary;
mod messages;
mod zh_hans;
mod zh_hant;

pub use messages::{
    cause_advice, cause_name, cause_not_computable, cite, cost_issue, cost_label,
    cost_not_computable, count_label, field_error, fill_citations, issue, lifetime_unit,
    not_computable, per_period, rate_hint, value_label, value_not_computable,
};

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    #[default]
    En,
    /// Simplified Chinese, in the words of the mainland course texts.
    ZhHans,
    /// Traditional Chinese, in Taiwan usage (not a character conversion).
    ZhHant,
}

impl Lang {
    /// Every language, in the switcher's order.
    pub const ALL: [Lang; 3] = [Lang::En, Lang::ZhHans, Lang::ZhHant];

    /// The BCP 47 tag used in `lang=` and `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::ZhHans => "zh-Hans",
            Lang::ZhHant => "zh-Hant",
        }
    }

    /// The language a `lang=` value names exactly (case-insensitive), if any.
    pub fn from_code(code: &str) -> Option<Lang> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code.trim()))
    }

    /// The best match for a browser's preferred languages (`navigator.languages`):
    /// the first Chinese or English tag decides; zh-TW, zh-HK, zh-MO and zh-Hant mean
    /// traditional, any other Chinese tag simplified. English when nothing matches.
    pub fn from_browser_tags<S: AsRef<str>>(tags: &[S]) -> Lang {
        for tag in tags {
            let tag = tag.as_ref().to_ascii_lowercase();
            let mut parts = tag.split(['-', '_']);
            match parts.next() {
                Some("zh") => {
                    let traditional = parts.any(|p| matches!(p, "hant" | "tw" | "hk" | "mo"));
                    return if traditional {
                        Lang::ZhHant
                    } else {
                        Lang::ZhHans
                    };
                }
                Some("en") => return Lang::En,
                _ => {}
            }
        }
        Lang::En
    }

    /// The language's name in itself, for the switcher.
    pub fn native_name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::ZhHans => "简体中文",
            Lang::ZhHant => "繁體中文",
        }
    }

    /// The strings of this language.
    pub fn texts(self) -> &'static Texts {
        match self {
            Lang::En => &en::TEXTS,
            Lang::ZhHans => &zh_hans::TEXTS,
            Lang::ZhHant => &zh_hant::TEXTS,
        }
    }
}

/// Fills `{name}` placeholders in `template` with the values given, in one pass: a value
/// (which may be what the user typed) is never scanned for placeholders itself.
/// A placeholder with no value is left as it is.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len() + 32);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let name = &after[..close];
            values
                .iter()
                .find(|(n, _)| *n == name)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((v, close)) => {
                out.push_str(v);
                rest = &after[close + 1..];
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// A name in three forms: month, quarter, year.
pub type ByPeriod = [&'static str; 3];

/// The strings of one language. Templates name their placeholders in the comment.
/// The presets gallery's words.
/// The teaching mode's words: exercises (`model::exercise`).
pub struct ExerciseTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub kind_label: &'static str,
    /// In `ExerciseKind::ALL` order.
    pub kinds: [&'static str; 9],
    pub level_label: &'static str,
    /// In `Level::ALL` order.
    pub levels: [&'static str; 3],
    pub new_problem: &'static str,
    /// `{seed}`.
    pub problem_number: &'static str,
    pub given: &'static str,
    /// `{asked}`: the quantity asked for.
    pub question: &'static str,
    /// How to type the answer, in `Unit` order: percent, money, periods, customers, times.
    pub unit_hints: [&'static str; 5],
    pub answer: &'static str,
    pub check: &'static str,
    pub correct: &'static str,
    /// `{expected}`.
    pub correct_close: &'static str,
    pub wrong: &'static str,
    /// `{tolerance}`.
    pub tolerance: &'static str,
    pub expected: &'static str,
    pub steps: &'static str,
    /// Said when `answers=hidden`.
    pub hidden: &'static str,
    /// A hint per `Mistake`, in its declaration order.
    pub mistakes: [&'static str; 14],
    /// Names of `Quantity` in declaration order, without `ChurnOver`/`RetentionOver`.
    pub quantities: [&'static str; 39],
    /// `{period}`: `Quantity::ChurnOver`.
    pub churn_over: &'static str,
    /// `{period}`: `Quantity::RetentionOver`.
    pub retention_over: &'static str,
    /// Month, quarter, year as they read inside `churn_over`.
    pub periods: [&'static str; 3],
    /// Link values that could not be used: `{value}` (and `{seed}` shown instead).
    pub not_a_problem: &'static str,
    pub bad_seed: &'static str,
    pub bad_level: &'static str,
    pub bad_answers: &'static str,
}

/// The guided examples' words (`state::guides`).
pub struct GuideTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub start: &'static str,
    pub next: &'static str,
    pub back: &'static str,
    /// `{n}`, `{total}`.
    pub step_of: &'static str,
    /// Per guide, in `GUIDES` order: the title, then each step's claim (`{cite1}` …).
    pub items: [[&'static str; 4]; 3],
}

/// The glossary's words (the terms themselves are in `glossary`).
pub struct GlossaryTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// Columns: definition, source (the names' columns are the languages' own names).
    pub columns: [&'static str; 2],
    /// The source of a plain formula.
    pub standard: &'static str,
    /// The link beside a figure: `{term}`.
    pub link_label: &'static str,
}

/// The printed report's words.
pub struct PrintTexts {
    /// The button that prints.
    pub button: &'static str,
    pub reopen: &'static str,
    pub inputs: &'static str,
    pub results: &'static str,
    pub formulas: &'static str,
    pub charts: &'static str,
}

/// The side-by-side comparison's words.
pub struct CompareTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// The labels of the two scenario lists: A, B.
    pub sides: [&'static str; 2],
    /// The current scenario in the lists.
    pub current: &'static str,
    /// The current scenario with churn at the improved rate: `{rate}`.
    pub improved: &'static str,
    /// Table columns: the figure, the difference.
    pub columns: [&'static str; 2],
    /// After a difference of rates: " pts", "个百分点".
    pub points: &'static str,
    /// When A and B count per different periods: `{pa}`, `{pb}`.
    pub period_warning: &'static str,
    pub chart_heading: &'static str,
    /// The overlay chart in words: `{a}`, `{b}` names, `{ta}` periods, `{pa}`, `{pb}`
    /// customers at the end.
    pub chart_summary: &'static str,
}

pub struct PresetTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// The button that opens a preset.
    pub open: &'static str,
    /// Said after opening; `{name}` is the preset's title.
    pub opened: &'static str,
    /// Title and one-line story of each preset, in `state::presets::PRESETS` order;
    /// `{cite2}` … name the texts.
    pub items: [[&'static str; 2]; 7],
}

pub struct Texts {
    pub app_title: &'static str,
    pub app_tagline: &'static str,
    pub language: &'static str,

    pub section_retention: &'static str,
    pub section_retention_intro: &'static str,
    pub inputs_heading: &'static str,
    pub period: &'static str,
    pub period_names: ByPeriod,
    /// Shown in the period list when a link named a period that does not exist.
    pub period_choose: &'static str,
    /// "per month" …, labels on rates.
    pub per_period: ByPeriod,
    /// When the period is not recognised.
    pub per_period_unknown: &'static str,
    /// Units of the average lifetime: "months" …
    pub lifetime_units: ByPeriod,
    pub lifetime_unit_unknown: &'static str,
    pub known: &'static str,
    /// The four choices of `KnownFigures`, in `KnownFigures::ALL` order.
    pub known_options: [&'static str; 4],
    /// S, N, E, L field labels.
    pub count_labels: [&'static str; 4],
    /// The unit beside a count ("customers").
    pub customers_unit: &'static str,

    pub results_heading: &'static str,
    pub headline_heading: &'static str,
    pub details_heading: &'static str,
    pub metric_lost: &'static str,
    pub metric_retained: &'static str,
    pub metric_retention_rate: &'static str,
    pub metric_churn_rate: &'static str,
    pub metric_avg_lifetime: &'static str,
    pub metric_net_growth: &'static str,
    /// Churn converted to a month, a quarter, a year.
    pub metric_churn_converted: ByPeriod,
    pub metric_churn_start: &'static str,
    pub metric_churn_start_plus_new: &'static str,
    pub metric_churn_average: &'static str,
    pub conversions_heading: &'static str,
    pub conversions_note: &'static str,
    pub denominators_heading: &'static str,
    pub denominator_start_note: &'static str,
    pub denominator_start_plus_new_note: &'static str,
    pub denominator_average_note: &'static str,
    pub denominators_course: &'static str,

    pub show_formula: &'static str,
    pub not_computable: &'static str,
    /// Between a label and its text: ": " in English, "：" in Chinese.
    pub colon: &'static str,
    pub given: &'static str,
    /// Words of each formula, in `Metric::ALL` order (the three conversions share one).
    pub formula_words: FormulaWords,

    pub chart_heading: &'static str,
    /// Bar names: start, lost, new, end, retained.
    pub chart_bars: [&'static str; 5],
    pub chart_table_caption: &'static str,
    pub chart_step: &'static str,
    pub chart_change: &'static str,
    pub chart_total: &'static str,

    /// `{field}`.
    pub err_required: &'static str,
    /// `{field}`, `{text}`.
    pub err_not_a_number: &'static str,
    /// `{field}`, `{suggestion}`.
    pub err_decimal_comma: &'static str,
    /// `{field}`.
    pub err_negative: &'static str,
    /// `{field}`.
    pub err_not_whole: &'static str,
    /// `{field}`, `{max}`.
    pub err_too_large: &'static str,
    /// `{field}`.
    pub err_percent_in_count: &'static str,
    /// `{field}`.
    pub err_percent_in_amount: &'static str,
    /// `{field}`, `{min}`.
    pub err_too_small: &'static str,
    /// `{field}`, `{typed}`, `{as_percent}`: a percentage field holding what looks like a
    /// fraction.
    pub hint_looks_like_fraction: &'static str,
    /// `{text}`.
    pub err_period_unknown: &'static str,

    pub issue_start_zero: &'static str,
    /// `{field}`, `{sum}`.
    pub issue_end_above_sum: &'static str,
    /// `{field}`, `{sum}`.
    pub issue_lost_above_sum: &'static str,
    /// `{field}`, `{start}`.
    pub issue_lost_above_start: &'static str,
    /// `{lost}`, `{start}`.
    pub issue_lost_exceeds_start: &'static str,
    /// `{field}`, `{expected}`.
    pub issue_lost_disagrees: &'static str,

    /// `{field}`.
    pub nc_needs_valid: &'static str,
    /// `{field}`.
    pub nc_not_supplied: &'static str,
    pub nc_start_zero: &'static str,
    pub nc_inconsistent: &'static str,
    pub nc_lost_exceeds_start: &'static str,
    pub nc_no_churn: &'static str,
    pub nc_average_breaks: &'static str,
    pub nc_period_unknown: &'static str,

    pub footer_note: &'static str,

    /// The titles of the five seed texts (DOMAIN.md, Sources), in this script.
    pub source_titles: [&'static str; 5],
    /// `{n}`, `{title}`: a citation.
    pub cite: &'static str,
    /// The cost-of-churn section.
    pub cost: CostTexts,
    /// The leaky-bucket projection and customer-value sections.
    pub value: ValueTexts,
    /// Saved scenarios: heading, name label, save, default name `{n}`, open, duplicate
    /// (`{name}` copy), delete, nothing saved, saved `{name}`, storage blocked, foreign data,
    /// discard foreign data, `{n}` unreadable entries left out, the full-list limit `{max}`,
    /// the duplicate button.
    pub saved: [&'static str; 15],
    /// The share bar: copy the link, link copied, copy refused, export CSV, download
    /// refused.
    /// Copy link, copied, refused, Export CSV, download refused, QR code, the QR code's
    /// caption, a link too long for a QR code.
    pub share: [&'static str; 8],
    /// A view key of the link that could not be used: embed, sections, theme, accent;
    /// `{value}` is what the link gave.
    pub view_problems: [&'static str; 5],
    /// The button under each chart that saves it as a PNG image.
    pub chart_png: &'static str,
    pub presets: PresetTexts,
    pub compare: CompareTexts,
    pub print: PrintTexts,
    pub exercise: ExerciseTexts,
    pub guides: GuideTexts,
    pub glossary: GlossaryTexts,
    /// Why customers leave.
    pub causes: CauseTexts,
    /// Winning lost customers back.
    pub winback: WinbackTexts,
}

/// The words of the win-back section (DOMAIN.md §4). `{cite2}` … `{cite5}` are citations.
pub struct WinbackTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// Text 5's four steps: analyse, segment, act, evaluate.
    pub process_heading: &'static str,
    pub process: [&'static str; 4],
    /// In `Tier::ALL` order.
    pub tier_names: [&'static str; 3],
    /// `{type}`, `{tier}`: a segment's name.
    pub segment_name: &'static str,
    pub add_heading: &'static str,
    pub add_type: &'static str,
    pub add_tier: &'static str,
    pub add_button: &'static str,
    pub already_there: &'static str,
    pub no_segments: &'static str,
    /// `{name}`.
    pub remove: &'static str,
    /// In `SegmentField::ALL` order.
    pub segment_labels: [&'static str; 4],
    /// Units in `SegmentField::ALL` order (the count's is the page's "customers").
    pub segment_units: [&'static str; 4],
    /// The default success rate's source: cited (text 2), bought away, deliberately
    /// pushed away, migrated.
    pub success_notes: [&'static str; 4],
    pub cost_note: &'static str,
    pub shared_heading: &'static str,
    /// In `WinbackField::ALL` order.
    pub shared_labels: [&'static str; 3],
    pub shared_units: [&'static str; 3],
    /// `{value}`: the margin from the value section.
    pub margin_from_value: &'static str,
    pub margin_missing: &'static str,
    pub periods_note: &'static str,
    pub information_note: &'static str,
    /// `{rate}`.
    pub discount_toggle: &'static str,
    pub discount_missing: &'static str,
    /// `{people}`, `{deals}`.
    pub communication_toggle: &'static str,
    /// `{cac}`.
    pub cac_known: &'static str,
    pub cac_missing: &'static str,
    /// Totals: won back, cost, benefit, ROI, benefit–cost ratio, break-even success rate.
    pub result_labels: [&'static str; 6],
    pub customers_word: &'static str,
    pub times_word: &'static str,
    /// Segment table: segment, won back, cost, benefit, ROI, break-even, advice.
    pub table_columns: [&'static str; 7],
    pub table_heading: &'static str,
    /// Pursue, case by case, give up.
    pub advice_names: [&'static str; 3],
    /// In `AdviceReason` order.
    pub advice_reasons: [&'static str; 10],
    pub offer_warning: &'static str,
    pub break_even_none: &'static str,
    /// Benefits by kind: repurchase, avoided replacement, communication, information.
    pub benefit_kinds: [&'static str; 4],
    pub cost_word: &'static str,
    pub benefit_word: &'static str,
    /// `{low}`, `{high}`, `{roi}`.
    pub benchmark_sentence: &'static str,
    pub benchmark_band: &'static str,
    pub chart_roi_heading: &'static str,
    pub chart_benefit_heading: &'static str,
    /// In `WinbackNotComputable` order.
    pub nc: [&'static str; 4],
    /// Formula words: won, cost, repurchase, benefit, ROI, ratio, break-even.
    pub formula: [&'static str; 7],
}

/// The words of the churn-causes section (DOMAIN.md §3). Placeholders `{cite2}`,
/// `{cite4}`, `{cite5}` are citations of texts 2, 4 and 5.
pub struct CauseTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    pub taxonomy_label: &'static str,
    /// In `Taxonomy::ALL` order.
    pub taxonomy_names: [&'static str; 4],
    /// Under the list: where it comes from, in `Taxonomy::ALL` order.
    pub taxonomy_notes: [&'static str; 4],
    pub entry_label: &'static str,
    /// Counts, percentages.
    pub entry_names: [&'static str; 2],
    /// In `Taxonomy::ThreeWay.cause_keys()` order.
    pub three_way: [&'static str; 3],
    /// In `Taxonomy::EightFactors.cause_keys()` order.
    pub eight_factors: [&'static str; 8],
    /// In `Taxonomy::LostTypes.cause_keys()` order.
    pub lost_types: [&'static str; 6],
    /// `{n}`: an unnamed custom cause.
    pub unnamed: &'static str,
    /// `{n}`: the label of a custom cause's name box.
    pub name_label: &'static str,
    pub add: &'static str,
    /// `{max}`.
    pub add_limit: &'static str,
    pub custom_empty: &'static str,
    /// `{name}` on each button's accessible name.
    pub move_up: &'static str,
    pub move_down: &'static str,
    pub remove: &'static str,
    pub uncontrollable: &'static str,
    /// Note under a cause the texts call uncontrollable.
    pub uncontrollable_note: &'static str,
    pub empty_is_zero: &'static str,
    /// `{total}`, `{lost}`.
    pub counts_match: &'static str,
    /// `{n}`, `{lost}`.
    pub counts_under: &'static str,
    /// `{n}`, `{lost}`.
    pub counts_over: &'static str,
    /// `{total}`.
    pub counts_no_lost: &'static str,
    /// `{total}`.
    pub percent_ok: &'static str,
    /// `{total}`.
    pub percent_off: &'static str,
    pub value_label: &'static str,
    /// The unit beside the value of one lost customer.
    pub value_unit: &'static str,
    pub value_note: &'static str,
    /// `{value}`.
    pub value_from_clv: &'static str,
    pub value_missing: &'static str,
    /// Result labels: causes that make up 80 %, controllable share, total lost value.
    pub result_labels: [&'static str; 3],
    pub causes_word: &'static str,
    /// Between names in a sentence: ", " or "、".
    pub list_separator: &'static str,
    /// `{n}`, `{total}`, `{names}`.
    pub pareto_sentence: &'static str,
    /// `{controllable}`, `{uncontrollable}`.
    pub controllable_sentence: &'static str,
    pub table_heading: &'static str,
    /// Rank, cause, share, cumulative, lost value, controllable.
    pub table_columns: [&'static str; 6],
    pub yes: &'static str,
    pub no: &'static str,
    pub chart_heading: &'static str,
    /// Share, cumulative, the 80 % line.
    pub chart_labels: [&'static str; 3],
    /// Not computable, in `CauseNotComputable` order.
    pub nc: [&'static str; 6],
    pub advice_heading: &'static str,
    /// For each fixed cause key (see `cause_advice`), what the texts recommend.
    pub advice: [&'static str; 16],
    /// For custom causes, after the cause's name.
    pub advice_custom: &'static str,
    /// The five dimensions of perceived service quality (text 2), for service causes.
    pub service_dimensions_heading: &'static str,
    pub service_dimensions: [&'static str; 5],
    /// Formula words: share, cumulative, controllable, lost value.
    pub formula: [&'static str; 4],
}

/// The words of the projection and customer-value sections (DOMAIN.md §5, §6).
pub struct ValueTexts {
    pub bucket_heading: &'static str,
    pub bucket_intro: &'static str,
    pub value_heading: &'static str,
    pub value_intro: &'static str,
    /// Labels of the fields, in `ValueField::ALL` order.
    pub field_labels: [&'static str; 10],
    /// A note under each field; `{value}` is the scenario's figure where one is used.
    pub field_notes: [&'static str; 10],
    /// Note under an empty field that takes the scenario's figure: `{value}`.
    pub from_scenario: &'static str,
    pub from_scenario_missing: &'static str,
    pub percent_per_period: &'static str,
    pub discount_period_label: &'static str,
    pub discount_period_same: &'static str,
    /// `{typed}`, `{from}`, `{converted}`, `{to}`.
    pub discount_converted: &'static str,

    /// Labels of the results, in the order of `ValueMetric` (see `value_metric_label`).
    pub result_labels: [&'static str; 15],
    pub customers_at_period: &'static str,
    pub periods_word: &'static str,
    pub times_word: &'static str,

    /// `{diff}`, `{improved}`, `{churn}`, `{t}`, `{unit}`: the improved scenario against
    /// the current one at the horizon.
    pub improvement_sentence: &'static str,
    /// `{revenue}`: appended when revenue per customer is known.
    pub improvement_revenue: &'static str,
    pub chart_heading: &'static str,
    pub chart_customers: &'static str,
    pub chart_improved: &'static str,
    pub chart_ceiling: &'static str,
    pub chart_period: &'static str,
    pub table_caption: &'static str,
    pub table_columns: [&'static str; 4],

    pub clv_course_note: &'static str,
    pub clv_rule_meets: &'static str,
    pub clv_rule_below: &'static str,
    /// `{cite}`.
    pub payback_note: &'static str,
    /// `{lifetime}`.
    pub payback_after_lifetime: &'static str,

    pub tornado_heading: &'static str,
    pub tornado_intro: &'static str,
    pub driver_names: [&'static str; 4],
    /// `{driver}`, `{step}`, `{low}`, `{high}`.
    pub top_driver_sentence: &'static str,
    pub tornado_clv: &'static str,
    pub tornado_ceiling: &'static str,
    pub tornado_columns: [&'static str; 5],

    pub teaching_heading: &'static str,
    /// `{r}`, `{r1}`, `{value}`, `{c}`, `{c1}`.
    pub point_sentence: &'static str,
    /// `{cite}`.
    pub ladder_heading: &'static str,
    pub ladder_steps: [&'static str; 4],
    /// `{cite}`.
    pub levers_heading: &'static str,
    pub levers: [&'static str; 6],

    pub formula: ValueFormulaWords,

    pub nc_needs_inputs: &'static str,
    pub nc_no_ceiling: &'static str,
    pub nc_out_of_range: &'static str,
    pub nc_no_finite_value: &'static str,
    pub nc_no_churn: &'static str,
    pub nc_needs_cac: &'static str,
    pub nc_never_pays_back: &'static str,
    /// `{field}`.
    pub nc_invalid_field: &'static str,
    /// `{field}`.
    pub nc_missing: &'static str,
    pub nc_period_unknown: &'static str,
}

/// The formulas of the projection and value sections in words.
pub struct ValueFormulaWords {
    pub projection: &'static str,
    pub ceiling: &'static str,
    pub periods_to_90pct: &'static str,
    pub revenue: &'static str,
    pub improved: &'static str,
    pub clv_simple: &'static str,
    pub clv_end: &'static str,
    pub clv_start: &'static str,
    pub clv_finite: &'static str,
    pub clv_to_cac: &'static str,
    pub payback: &'static str,
    pub top_driver: &'static str,
    pub point: &'static str,
}

/// The words of the cost-of-churn section (DOMAIN.md §2).
pub struct CostTexts {
    pub heading: &'static str,
    pub intro: &'static str,
    /// `{s}`, `{n}`, `{l}`: the counts taken from the retention section.
    pub counts_used: &'static str,
    pub counts_missing: &'static str,
    /// Labels of the fields, in `CostField::ALL` order.
    pub field_labels: [&'static str; 7],
    /// A note under each field (what it holds; the default and its source), in
    /// `CostField::ALL` order; `{cite}` where a source is cited.
    pub field_notes: [&'static str; 7],
    /// "money per new customer" …, units beside CAC and CRC.
    pub per_new_customer: &'static str,
    pub per_retained_customer: &'static str,
    pub per_at_risk_customer: &'static str,
    /// The unit of the share fields ("%").
    pub percent_unit: &'static str,
    pub deals_unit: &'static str,
    pub people_unit: &'static str,
    pub or_type_directly: &'static str,
    pub advanced_toggle: &'static str,
    pub advanced_note: &'static str,

    pub result_cac: &'static str,
    pub result_crc: &'static str,
    pub result_cost_ratio: &'static str,
    pub result_replacement_cost: &'static str,
    pub result_keep_cost: &'static str,
    pub result_churn_burn: &'static str,
    pub result_refill_spend: &'static str,
    pub result_refill_share: &'static str,
    pub result_break_even: &'static str,
    pub result_referrals_lost: &'static str,
    pub result_referrals_lost_value: &'static str,
    pub result_wom_customers_lost: &'static str,
    pub result_wom_value: &'static str,
    pub customers_per_period: &'static str,
    pub potential_customers: &'static str,

    pub source_spend: &'static str,
    pub source_typed: &'static str,
    /// `{value}`: the spend's figure, not used.
    pub source_typed_over_spend: &'static str,
    pub break_even_note: &'static str,
    pub burn_negative_note: &'static str,
    pub wom_note: &'static str,

    pub benchmarks_heading: &'static str,
    /// `{ratio}`.
    pub ratio_above: &'static str,
    pub ratio_within: &'static str,
    pub ratio_below: &'static str,
    /// `{low}`, `{high}` (or a single figure), `{cite}`.
    pub benchmark_band: &'static str,
    pub benchmark_single: &'static str,
    /// The funnel principle (text 3) in words.
    pub funnel_heading: &'static str,
    pub funnel_text: &'static str,
    /// `{refilled}`, `{new}`, `{refill}`, `{share}`.
    pub funnel_yours: &'static str,

    pub chart_heading: &'static str,
    pub chart_replace: &'static str,
    pub chart_keep: &'static str,
    pub chart_ratio: &'static str,
    pub chart_band: &'static str,
    pub chart_yours: &'static str,
    pub chart_table_caption: &'static str,
    pub chart_item: &'static str,
    pub chart_value: &'static str,

    pub formula: CostFormulaWords,

    /// `{field}`, `{typed}`, `{from_spend}`.
    pub issue_cac_disagrees: &'static str,
    pub issue_crc_disagrees: &'static str,
    pub issue_spend_no_new: &'static str,
    pub issue_spend_new_unknown: &'static str,
    pub issue_spend_nobody_retained: &'static str,

    pub nc_needs_counts: &'static str,
    pub nc_needs_cac: &'static str,
    pub nc_needs_crc: &'static str,
    pub nc_no_new: &'static str,
    pub nc_new_unknown: &'static str,
    pub nc_nobody_retained: &'static str,
    pub nc_free_retention: &'static str,
    pub nc_needs_budget: &'static str,
    pub nc_out_of_range: &'static str,
    /// `{field}`.
    pub nc_invalid_field: &'static str,
}

/// The formulas of the cost section in words.
pub struct CostFormulaWords {
    pub cac: &'static str,
    pub cac_typed: &'static str,
    pub crc: &'static str,
    pub crc_typed: &'static str,
    pub cost_ratio: &'static str,
    pub replacement_cost: &'static str,
    pub keep_cost: &'static str,
    pub churn_burn: &'static str,
    pub refill_spend: &'static str,
    pub refill_share: &'static str,
    pub break_even: &'static str,
    pub referrals_lost: &'static str,
    pub referrals_lost_value: &'static str,
    pub wom_customers_lost: &'static str,
    pub wom_value: &'static str,
}

/// The formula of each figure in words (symbols are added by the formula panel).
pub struct FormulaWords {
    pub lost: &'static str,
    pub lost_given: &'static str,
    pub retained: &'static str,
    pub retention_rate: &'static str,
    pub churn_rate: &'static str,
    pub avg_lifetime: &'static str,
    pub net_growth: &'static str,
    /// `{k}`: how many of the current periods make up the target period.
    pub conversion: &'static str,
    pub churn_start_plus_new: &'static str,
    pub churn_average: &'static str,
    pub end_derived: &'static str,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn browser_language_choice() {
        assert_eq!(Lang::from_browser_tags(&["zh-CN", "en"]), Lang::ZhHans);
        assert_eq!(Lang::from_browser_tags(&["zh-TW"]), Lang::ZhHant);
        assert_eq!(Lang::from_browser_tags(&["zh-Hant-HK"]), Lang::ZhHant);
        assert_eq!(Lang::from_browser_tags(&["zh_hk"]), Lang::ZhHant);
        assert_eq!(Lang::from_browser_tags(&["zh"]), Lang::ZhHans);
        assert_eq!(Lang::from_browser_tags(&["fr-FR", "zh-TW"]), Lang::ZhHant);
        assert_eq!(Lang::from_browser_tags(&["de"]), Lang::En);
        assert_eq!(Lang::from_browser_tags::<&str>(&[]), Lang::En);
    }

    #[test]
    fn codes_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_code(lang.code()), Some(lang));
        }
        assert_eq!(Lang::from_code("ZH-hans"), Some(Lang::ZhHans));
        assert_eq!(Lang::from_code("fr"), None);
    }

    #[test]
    fn fill_replaces_every_placeholder() {
        assert_eq!(
            fill("{field} is {max}; {field}", &[("field", "S"), ("max", "9")]),
            "S is 9; S"
        );
    }

    #[test]
    fn fill_never_substitutes_inside_a_value() {
        assert_eq!(
            fill("{a} then {b}", &[("a", "{b}"), ("b", "x")]),
            "{b} then x"
        );
        assert_eq!(fill("{unknown} {", &[("a", "1")]), "{unknown} {");
    }

    /// The traditional table is not a copy of the simplified one, nor the reverse:
    /// a string identical in both and containing Chinese is a likely copy-paste slip,
    /// except for words written the same in both scripts.
    #[test]
    fn chinese_tables_differ_where_scripts_differ() {
        let hans = Lang::ZhHans.texts();
        let hant = Lang::ZhHant.texts();
        assert_ne!(hans.app_title, hant.app_title);
        assert_ne!(hans.metric_retention_rate, hant.metric_retention_rate);
        assert_ne!(hans.err_required, hant.err_required);
        assert_ne!(hans.count_labels, hant.count_labels);
    }
}
