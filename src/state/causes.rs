//! Why customers leave (DOMAIN.md §3): the causes part of the scenario as typed, and
//! from it to the figures shown.

use crate::model::causes::{
    analyse_causes, uncontrollable_by_default, Cause, CauseInput, CauseReport, Entry, Taxonomy,
    MAX_CUSTOM_CAUSES,
};
use crate::model::input::{parse_amount, parse_count, parse_rate, FieldError, RateHint, RateUnit};
use crate::model::retention::RetentionReport;

/// Text 1's split (price, quality, service), in percent, as the three-way list opens.
pub const THREE_WAY_DEFAULT_TEXT: [&str; 3] = ["15", "15", "70"];

/// Text typed per cause key, ordered by key (so a scenario and the one its link opens
/// compare equal). A sorted `Vec` rather than a `BTreeMap`: a few dozen entries at most,
/// and the map's code measured about 10 KB of wasm (twiggy) for nothing this needs.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TextMap(Vec<(String, String)>);

impl TextMap {
    /// The text for `key`, if any.
    pub fn get(&self, key: &str) -> Option<&String> {
        self.0
            .binary_search_by(|(k, _)| k.as_str().cmp(key))
            .ok()
            .map(|i| &self.0[i].1)
    }

    /// Sets the text for `key`.
    pub fn insert(&mut self, key: String, text: String) {
        match self.0.binary_search_by(|(k, _)| k.as_str().cmp(&key)) {
            Ok(i) => self.0[i].1 = text,
            Err(i) => self.0.insert(i, (key, text)),
        }
    }

    pub fn clear(&mut self) {
        self.0.clear();
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The entries, by key.
    pub fn iter(&self) -> impl Iterator<Item = &(String, String)> {
        self.0.iter()
    }
}

impl FromIterator<(String, String)> for TextMap {
    fn from_iter<I: IntoIterator<Item = (String, String)>>(entries: I) -> Self {
        let mut map = TextMap::default();
        for (k, v) in entries {
            map.insert(k, v);
        }
        map
    }
}

/// A cause the user named. Its key is `c` and its position from 1 (`c1`, `c2` …): moving
/// or removing a cause renumbers the ones after it, so the keys always follow the list.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CustomCause {
    /// The name as typed; shown as text, never as markup.
    pub name: String,
    /// The count or percentage as typed.
    pub value: String,
    /// True when the user marks the cause as churn the firm cannot prevent.
    pub uncontrollable: bool,
}

/// The causes part of the scenario, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct CauseFields {
    pub taxonomy: Taxonomy,
    pub entry: Entry,
    /// The text typed for each fixed cause key (`price`, `staff` …). A key in two lists
    /// (`price`) holds one value, as it is one key in the link.
    pub values: TextMap,
    /// The custom list, in display order.
    pub custom: Vec<CustomCause>,
    /// Value of one lost customer (money) as typed; empty: margin × average lifetime
    /// from the customer-value section (CLV = m ÷ CR).
    pub value_per_lost_customer: String,
}

impl Default for CauseFields {
    /// The three-way list with text 1's split, in percent.
    fn default() -> Self {
        CauseFields {
            taxonomy: Taxonomy::ThreeWay,
            entry: Entry::Percent,
            values: Taxonomy::ThreeWay
                .cause_keys()
                .iter()
                .zip(THREE_WAY_DEFAULT_TEXT)
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            custom: Vec::new(),
            value_per_lost_customer: String::new(),
        }
    }
}

/// The key of the custom cause at `index` (0-based): `c1`, `c2` …
pub fn custom_key(index: usize) -> String {
    format!("c{}", index + 1)
}

/// The position of the custom cause `key` (`c3` → 2), if it is one.
pub fn custom_index(key: &str) -> Option<usize> {
    let n: usize = key.strip_prefix('c')?.parse().ok()?;
    (1..=MAX_CUSTOM_CAUSES).contains(&n).then(|| n - 1)
}

impl CauseFields {
    /// Switches to list `t`. Text 1's split belongs to the three-way list: untouched, it
    /// is cleared when another list is chosen, and filled in again when the three-way
    /// list is chosen with none of its causes typed.
    pub fn choose_taxonomy(&mut self, t: Taxonomy) {
        let default = CauseFields::default();
        if t != Taxonomy::ThreeWay && self.values == default.values {
            self.values.clear();
        }
        let three_way_empty = Taxonomy::ThreeWay
            .cause_keys()
            .iter()
            .all(|k| self.values.get(k).is_none_or(|v| v.is_empty()));
        if t == Taxonomy::ThreeWay && three_way_empty {
            for (k, v) in default.values.iter() {
                self.values.insert(k.clone(), v.clone());
            }
        }
        self.taxonomy = t;
    }

    /// The keys of the chosen list, in display order.
    pub fn keys(&self) -> Vec<String> {
        match self.taxonomy {
            Taxonomy::Custom => (0..self.custom.len()).map(custom_key).collect(),
            t => t.cause_keys().iter().map(|k| k.to_string()).collect(),
        }
    }

    /// The text typed for cause `key` of the chosen list.
    pub fn value_text(&self, key: &str) -> &str {
        match (self.taxonomy, custom_index(key)) {
            (Taxonomy::Custom, Some(i)) => self.custom.get(i).map_or("", |c| c.value.as_str()),
            _ => self.values.get(key).map_or("", |v| v.as_str()),
        }
    }

    /// Sets the text of cause `key` of the chosen list.
    pub fn set_value(&mut self, key: &str, text: String) {
        match (self.taxonomy, custom_index(key)) {
            (Taxonomy::Custom, Some(i)) => {
                if let Some(c) = self.custom.get_mut(i) {
                    c.value = text;
                }
            }
            (Taxonomy::Custom, None) => {}
            _ => {
                self.values.insert(key.to_string(), text);
            }
        }
    }

    /// Whether cause `key` of the chosen list is uncontrollable churn.
    pub fn uncontrollable(&self, key: &str) -> bool {
        match (self.taxonomy, custom_index(key)) {
            (Taxonomy::Custom, Some(i)) => self.custom.get(i).is_some_and(|c| c.uncontrollable),
            _ => uncontrollable_by_default(key),
        }
    }
}

/// One cause as shown: its key, and what parsing its text found.
#[derive(Debug, Clone, PartialEq)]
pub struct CauseRow {
    pub key: String,
    /// Why the text cannot be used; `None` when it can (or is empty: counts as 0).
    pub error: Option<FieldError>,
    /// A percentage that looks typed as a fraction ("0.15" for 15 %); used as typed.
    pub hint: Option<RateHint>,
    /// True when the field is empty (it counts as 0 while another cause has a value).
    pub empty: bool,
    pub uncontrollable: bool,
}

/// Where the value of one lost customer comes from.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum LostCustomerValue {
    /// Typed in `value_per_lost_customer` (money).
    Typed(f64),
    /// Margin × average lifetime from the customer-value section (money).
    FromClv(f64),
    /// Neither: lost value is not computable.
    Unknown,
}

impl LostCustomerValue {
    /// The amount, when known.
    pub fn amount(self) -> Option<f64> {
        match self {
            LostCustomerValue::Typed(v) | LostCustomerValue::FromClv(v) => Some(v),
            LostCustomerValue::Unknown => None,
        }
    }
}

/// The causes section: each cause's parse result and the model's report.
#[derive(Debug, Clone, PartialEq)]
pub struct CauseEvaluation {
    pub taxonomy: Taxonomy,
    pub entry: Entry,
    /// The causes of the chosen list, in display order.
    pub rows: Vec<CauseRow>,
    /// L of the scenario, when known.
    pub lost: Option<f64>,
    pub value: LostCustomerValue,
    /// The parse error of `value_per_lost_customer`, if any.
    pub value_error: Option<FieldError>,
    pub report: CauseReport,
}

/// Parses the causes and runs the model, with L from the retention report and, when no
/// value per lost customer is typed, CLV = m ÷ CR (`clv_simple`) from the value section.
pub fn evaluate_causes(
    fields: &CauseFields,
    retention: &RetentionReport,
    clv_simple: Option<f64>,
) -> CauseEvaluation {
    let keys = fields.keys();
    let mut rows = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        let text = fields.value_text(&key);
        let empty = text.trim().is_empty();
        let parsed = if empty {
            Ok((0.0, None))
        } else {
            match fields.entry {
                Entry::Count => parse_count(text).map(|v| (v, None)),
                Entry::Percent => parse_rate(text, RateUnit::Percent),
            }
        };
        let uncontrollable = fields.uncontrollable(&key);
        let (value, error, hint) = match parsed {
            Ok((v, hint)) => (Some(v), None, hint),
            Err(e) => (None, Some(e), None),
        };
        values.push(Cause {
            key: key.clone(),
            value,
            uncontrollable,
        });
        rows.push(CauseRow {
            key,
            error,
            hint,
            empty,
            uncontrollable,
        });
    }
    let typed = fields.value_per_lost_customer.trim();
    let (value, value_error) = if typed.is_empty() {
        match clv_simple.filter(|v| v.is_finite() && *v >= 0.0) {
            Some(v) => (LostCustomerValue::FromClv(v), None),
            None => (LostCustomerValue::Unknown, None),
        }
    } else {
        match parse_amount(typed) {
            Ok(v) => (LostCustomerValue::Typed(v), None),
            Err(e) => (LostCustomerValue::Unknown, Some(e)),
        }
    };
    let lost = retention.lost.filter(|l| l.is_finite() && *l >= 0.0);
    let report = analyse_causes(&CauseInput {
        entry: fields.entry,
        causes: values,
        lost,
        value_per_lost_customer: value.amount(),
    });
    CauseEvaluation {
        taxonomy: fields.taxonomy,
        entry: fields.entry,
        rows,
        lost,
        value,
        value_error,
        report,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::period::Period;
    use crate::model::retention::{analyse, KnownFigures, RetentionInput};

    fn example_retention() -> RetentionReport {
        analyse(&RetentionInput {
            known: KnownFigures::default(),
            period: Some(Period::Month),
            start: Some(1000.0),
            new: Some(150.0),
            end: Some(1030.0),
            lost: Some(120.0),
        })
    }

    fn near(a: f64, b: f64) {
        assert!((a - b).abs() < 1e-9, "{a} != {b}");
    }

    #[test]
    fn the_default_is_text_1s_split_and_gives_each_cause_its_share() {
        let f = CauseFields::default();
        let e = evaluate_causes(&f, &example_retention(), Some(666.67));
        assert_eq!(e.rows.len(), 3);
        near(e.report.shares[2].unwrap(), 0.70);
        assert_eq!(e.report.pareto_80_count, Ok(2.0));
        assert_eq!(e.value, LostCustomerValue::FromClv(666.67));
        // 70 % of 120 lost customers, each worth 666.67.
        near(e.report.lost_value[2].unwrap(), 0.7 * 120.0 * 666.67);
    }

    #[test]
    fn counts_18_18_84_give_15_15_70() {
        let mut f = CauseFields {
            entry: Entry::Count,
            ..CauseFields::default()
        };
        for (k, v) in [("price", "18"), ("quality", "18"), ("service", "84")] {
            f.set_value(k, v.into());
        }
        f.value_per_lost_customer = "500".into();
        let e = evaluate_causes(&f, &example_retention(), None);
        near(e.report.shares[0].unwrap(), 0.15);
        near(e.report.shares[2].unwrap(), 0.70);
        assert_eq!(e.report.count_difference, Some(0.0));
        assert_eq!(e.value, LostCustomerValue::Typed(500.0));
        near(e.report.lost_value_total.unwrap(), 60_000.0);
    }

    #[test]
    fn empty_causes_count_as_zero_and_bad_ones_are_reported() {
        let mut f = CauseFields {
            entry: Entry::Count,
            ..CauseFields::default()
        };
        f.choose_taxonomy(Taxonomy::EightFactors);
        assert!(f.values.is_empty(), "text 1's split is not carried over");
        f.set_value("core_service", "30".into());
        f.set_value("staff", "abc".into());
        let e = evaluate_causes(&f, &example_retention(), None);
        assert_eq!(e.rows.len(), 8);
        assert_eq!(e.rows[1].error, Some(FieldError::NotANumber));
        assert!(e.rows[2].empty && e.rows[2].error.is_none());
        assert!(e.report.pareto_80_count.is_err());
        assert!(e.rows[7].uncontrollable, "involuntary churn");
        f.set_value("staff", "10".into());
        let e = evaluate_causes(&f, &example_retention(), None);
        // 30 of 40 is 75 %: both causes are needed to reach 80 %.
        assert_eq!(e.report.pareto_80_count, Ok(2.0));
        assert_eq!(e.report.count_difference, Some(40.0 - 120.0));
        assert_eq!(e.value, LostCustomerValue::Unknown);
    }

    #[test]
    fn custom_causes_follow_the_list() {
        let mut f = CauseFields {
            taxonomy: Taxonomy::Custom,
            ..CauseFields::default()
        };
        f.custom = vec![
            CustomCause {
                name: "<b>Billing</b>".into(),
                value: "60".into(),
                uncontrollable: false,
            },
            CustomCause {
                name: "Moved away 🚚".into(),
                value: "40".into(),
                uncontrollable: true,
            },
        ];
        assert_eq!(f.keys(), vec!["c1", "c2"]);
        assert_eq!(f.value_text("c2"), "40");
        let e = evaluate_causes(&f, &example_retention(), None);
        near(e.report.controllable_share.unwrap(), 0.6);
        assert_eq!(custom_index("c20"), Some(19));
        assert_eq!(custom_index("c21"), None);
        assert_eq!(custom_index("c0"), None);
        assert_eq!(custom_index("price"), None);
    }

    #[test]
    fn a_percentage_total_off_by_more_than_rounding_is_not_computable() {
        let mut f = CauseFields::default();
        f.set_value("service", "69.2".into());
        let e = evaluate_causes(&f, &example_retention(), None);
        near(e.report.percent_total.unwrap(), 99.2);
        assert!(e.report.shares[0].is_err());
        f.set_value("service", "69.6".into());
        let e = evaluate_causes(&f, &example_retention(), None);
        assert!(e.report.shares[0].is_ok(), "99.6 % is rounding");
    }
}
