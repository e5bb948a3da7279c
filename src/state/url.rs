//! The shareable link: a scenario as URL query pairs and back.
//!
//! Keys are the contract names of docs/CONTRACT.md (`start_customers=1000` …). The codec
//! works on decoded pairs; percent-encoding is left to the browser's `URLSearchParams`
//! (a query-string crate measured +17 to +31 KB gzip for what the browser already does).
//! A value is taken exactly as typed: a bad value in a link shows the same message as the
//! same value typed into the field.

use crate::i18n::Lang;
use crate::model::cost::CostField;
use crate::model::period::Period;
use crate::model::retention::{CountField, KnownFigures};

use super::causes::{custom_key, CauseFields, CustomCause};
use super::exercise::ExerciseFields;
use super::presets::{self, KEY_PRESET};
use super::scenario::{cost_index, count_index, COST_FIELD_DEFAULTS};
use super::value::{ValueField, KEY_DISCOUNT_PERIOD, VALUE_FIELD_DEFAULTS};
use super::view::View;
use super::winback::{
    segment_field_name, SegmentField, SegmentFields, WinbackField, WinbackFields,
};
use super::{PeriodChoice, Scenario};
use crate::model::causes::{Entry, Taxonomy, MAX_CUSTOM_CAUSES};
use crate::model::winback::{LostType, Tier};

/// Query key of the interface language: `en`, `zh-Hans` or `zh-Hant`.
pub const KEY_LANG: &str = "lang";
/// Query key of the period: `month`, `quarter` or `year`.
pub const KEY_PERIOD: &str = "period";
/// Query key that names the known figures explicitly; without it the count keys a link
/// sets choose them.
pub const KEY_KNOWN: &str = "known";

/// Query key that turns the advanced referral and word-of-mouth parameters on (`1`) or
/// off (`0`); a link that sets one of those parameters turns them on as well.
pub const KEY_COST_ADVANCED: &str = "cost_advanced";

/// Query key of the list of churn causes: `three_way`, `eight_factors`, `lost_types` or
/// `custom`. Without it, the cause keys a link sets choose the list.
pub const KEY_CAUSE_TAXONOMY: &str = "cause_taxonomy";
/// Query key of how causes are entered: `percent` (the default) or `count`.
pub const KEY_CAUSE_ENTRY: &str = "cause_entry";
/// Prefix of a cause's count or percentage: `cause.service=70`, `cause.c1=12`.
pub const PREFIX_CAUSE: &str = "cause.";
/// Prefix of a custom cause's name: `cause_name.c1=Billing errors`.
pub const PREFIX_CAUSE_NAME: &str = "cause_name.";
/// Prefix of a custom cause's uncontrollable mark: `cause_uncontrollable.c2=1`.
pub const PREFIX_CAUSE_UNCONTROLLABLE: &str = "cause_uncontrollable.";
/// Query key of the value of one lost customer (money).
pub const KEY_VALUE_PER_LOST_CUSTOMER: &str = "value_per_lost_customer";

/// Query key that discounts the restored relationship of won-back customers at
/// `discount_rate` (`1`) or not (`0`, the default).
pub const KEY_WINBACK_DISCOUNT: &str = "winback_discount";
/// Query key that counts the communication benefit of winning back (`1`) or not (`0`).
pub const KEY_WINBACK_COMMUNICATION: &str = "winback_communication";

/// Query key that, set to `none`, opens the win-back section with no segment (a link
/// without segment keys otherwise opens on the worked example's segment).
pub const KEY_WINBACK_SEGMENTS: &str = "winback_segments";

/// The counts a scenario opens with when a link sets none: DOMAIN.md §1's worked example.
pub const EXAMPLE_COUNTS: [&str; 4] = ["1000", "150", "1030", "120"];

/// The spends a scenario opens with when a link sets no count and no cost: DOMAIN.md §2's
/// worked example (acquisition 45,000 and retention 17,600 per period).
pub const EXAMPLE_SPENDS: [&str; 2] = ["45000", "17600"];

/// Reads an on/off value; `None` for anything else.
fn switch(value: &str) -> Option<bool> {
    match value.trim().to_ascii_lowercase().as_str() {
        "1" | "true" | "yes" | "on" => Some(true),
        "0" | "false" | "no" | "off" => Some(false),
        _ => None,
    }
}

/// Reads a scenario from a link. `get(key)` returns the decoded value of `key`;
/// `browser_langs` are the browser's preferred languages, used when the link sets none.
pub fn decode(get: impl Fn(&str) -> Option<String>, browser_langs: &[String]) -> Scenario {
    // `preset=<key>`: the preset's values under the link's own.
    let preset_key = get(KEY_PRESET);
    let preset = preset_key.as_deref().and_then(presets::find);
    let get = |key: &str| get(key).or_else(|| preset.and_then(|p| p.value(key)).map(String::from));
    let chosen_lang = get(KEY_LANG).and_then(|code| Lang::from_code(&code));
    let period = match get(KEY_PERIOD) {
        None => PeriodChoice::Known(Period::Month),
        Some(text) => match Period::from_key(&text) {
            Some(p) => PeriodChoice::Known(p),
            None => PeriodChoice::Unknown(text),
        },
    };
    let supplied: Vec<(CountField, String)> = CountField::ALL
        .into_iter()
        .filter_map(|f| get(f.key()).map(|v| (f, v)))
        .collect();
    let explicit_known = get(KEY_KNOWN).and_then(|k| KnownFigures::from_key(&k));
    let (known, counts) = if supplied.is_empty() {
        (
            explicit_known.unwrap_or_default(),
            EXAMPLE_COUNTS.map(String::from),
        )
    } else {
        let mut counts: [String; 4] = Default::default();
        for (field, value) in &supplied {
            counts[count_index(*field)] = value.clone();
        }
        let implied = KnownFigures::implied_by(|f| supplied.iter().any(|(g, _)| *g == f));
        (explicit_known.unwrap_or(implied), counts)
    };
    let mut cost_fields = COST_FIELD_DEFAULTS.map(String::from);
    let mut any_cost = false;
    for field in CostField::ALL {
        if let Some(value) = get(field.key()) {
            cost_fields[cost_index(field)] = value;
            any_cost = true;
        }
    }
    if supplied.is_empty() && !any_cost {
        cost_fields[cost_index(CostField::AcquisitionSpend)] = EXAMPLE_SPENDS[0].to_string();
        cost_fields[cost_index(CostField::RetentionSpend)] = EXAMPLE_SPENDS[1].to_string();
    }
    let advanced_keys = CostField::ALL
        .into_iter()
        .any(|f| f.is_advanced() && get(f.key()).is_some());
    let cost_advanced = get(KEY_COST_ADVANCED)
        .and_then(|v| switch(&v))
        .unwrap_or(advanced_keys);
    let mut value_fields = VALUE_FIELD_DEFAULTS.map(String::from);
    for field in ValueField::ALL {
        if let Some(value) = get(field.key()) {
            value_fields[field.index()] = value;
        }
    }
    // An unknown discount period is ignored (the scenario's period applies), like an
    // unknown `cost_advanced` value; the field then shows "same as the scenario".
    let discount_period = get(KEY_DISCOUNT_PERIOD).and_then(|p| Period::from_key(&p));
    let causes = decode_causes(&get);
    let winback = decode_winback(&get);
    let mut view = View::decode(&get);
    view.unknown_preset = preset_key.filter(|_| preset.is_none());
    Scenario {
        lang: chosen_lang.unwrap_or_else(|| Lang::from_browser_tags(browser_langs)),
        lang_chosen: chosen_lang.is_some(),
        period,
        known,
        counts,
        cost_fields,
        cost_advanced,
        value_fields,
        discount_period,
        causes,
        winback,
        view,
        exercise: ExerciseFields::decode(&get),
    }
}

/// Reads the win-back part of a link. A segment is there when any of its four keys is;
/// its missing fields take a new segment's defaults (the count stays empty). Any segment
/// key replaces the example segment.
fn decode_winback(get: &impl Fn(&str) -> Option<String>) -> WinbackFields {
    let mut fields = WinbackFields::default();
    let mut segments = Vec::new();
    for lost_type in LostType::ALL {
        for tier in Tier::ALL {
            let typed = SegmentField::ALL.map(|f| get(&segment_field_name(lost_type, tier, f)));
            if typed.iter().all(Option::is_none) {
                continue;
            }
            let mut segment = SegmentFields::new(lost_type, tier);
            for (value, text) in segment.values.iter_mut().zip(typed) {
                if let Some(text) = text {
                    *value = text;
                }
            }
            segments.push(segment);
        }
    }
    let none = get(KEY_WINBACK_SEGMENTS).is_some_and(|v| v.trim() == "none");
    if !segments.is_empty() || none {
        fields.segments = segments;
    }
    for field in WinbackField::ALL {
        if let Some(v) = get(field.key()) {
            fields.shared[field.index()] = v;
        }
    }
    if let Some(on) = get(KEY_WINBACK_DISCOUNT).and_then(|v| switch(&v)) {
        fields.discount = on;
    }
    if let Some(on) = get(KEY_WINBACK_COMMUNICATION).and_then(|v| switch(&v)) {
        fields.communication = on;
    }
    fields
}

/// The query pairs of the win-back part: only what differs from the defaults, segments
/// whole; an empty list as `winback_segments=none`.
fn encode_winback(fields: &WinbackFields, pairs: &mut Vec<(String, String)>) {
    let defaults = WinbackFields::default();
    if fields.segments.is_empty() {
        pairs.push((KEY_WINBACK_SEGMENTS.into(), "none".into()));
    }
    if fields.segments != defaults.segments {
        for s in &fields.segments {
            for f in SegmentField::ALL {
                pairs.push((s.field_name(f), s.text(f).to_string()));
            }
        }
    }
    for field in WinbackField::ALL {
        let text = &fields.shared[field.index()];
        if *text != defaults.shared[field.index()] {
            pairs.push((field.key().into(), text.clone()));
        }
    }
    if fields.discount {
        pairs.push((KEY_WINBACK_DISCOUNT.into(), "1".into()));
    }
    if fields.communication {
        pairs.push((KEY_WINBACK_COMMUNICATION.into(), "1".into()));
    }
}

/// Reads the causes part of a link. Fixed cause keys replace text 1's default split;
/// custom causes are read from `c1` to `c20` in order, a gap closing up (`c1`, `c3` → two
/// causes); without `cause_taxonomy` the keys choose the list.
fn decode_causes(get: &impl Fn(&str) -> Option<String>) -> CauseFields {
    let mut fields = CauseFields::default();
    let fixed_keys = Taxonomy::ALL
        .into_iter()
        .flat_map(|t| t.cause_keys().iter());
    let fixed: Vec<(&str, String)> = fixed_keys
        .filter_map(|k| get(&format!("{PREFIX_CAUSE}{k}")).map(|v| (*k, v)))
        .collect();
    if !fixed.is_empty() {
        fields.values = fixed
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
    }
    for i in 0..MAX_CUSTOM_CAUSES {
        let key = custom_key(i);
        let name = get(&format!("{PREFIX_CAUSE_NAME}{key}"));
        let value = get(&format!("{PREFIX_CAUSE}{key}"));
        if name.is_none() && value.is_none() {
            continue;
        }
        fields.custom.push(CustomCause {
            name: name.unwrap_or_default(),
            value: value.unwrap_or_default(),
            uncontrollable: get(&format!("{PREFIX_CAUSE_UNCONTROLLABLE}{key}"))
                .and_then(|v| switch(&v))
                .unwrap_or(false),
        });
    }
    let implied = if fixed.is_empty() && !fields.custom.is_empty() {
        Taxonomy::Custom
    } else {
        // The first list holding every fixed key the link sets.
        [
            Taxonomy::ThreeWay,
            Taxonomy::EightFactors,
            Taxonomy::LostTypes,
        ]
        .into_iter()
        .find(|t| fixed.iter().all(|(k, _)| t.cause_keys().contains(k)))
        .unwrap_or_default()
    };
    fields.taxonomy = get(KEY_CAUSE_TAXONOMY)
        .and_then(|t| Taxonomy::from_key(&t))
        .unwrap_or(implied);
    if let Some(entry) = get(KEY_CAUSE_ENTRY).and_then(|e| Entry::from_key(&e)) {
        fields.entry = entry;
    }
    if let Some(v) = get(KEY_VALUE_PER_LOST_CUSTOMER) {
        fields.value_per_lost_customer = v;
    }
    fields
}

/// The query pairs of the causes part: only what differs from the defaults, custom
/// causes whole.
fn encode_causes(fields: &CauseFields, pairs: &mut Vec<(String, String)>) {
    let defaults = CauseFields::default();
    if fields.taxonomy != defaults.taxonomy {
        pairs.push((KEY_CAUSE_TAXONOMY.into(), fields.taxonomy.key().into()));
    }
    if fields.entry != defaults.entry {
        pairs.push((KEY_CAUSE_ENTRY.into(), fields.entry.key().into()));
    }
    if fields.values != defaults.values {
        for (k, v) in fields.values.iter() {
            pairs.push((format!("{PREFIX_CAUSE}{k}"), v.clone()));
        }
    }
    for (i, c) in fields.custom.iter().enumerate() {
        let key = custom_key(i);
        pairs.push((format!("{PREFIX_CAUSE_NAME}{key}"), c.name.clone()));
        pairs.push((format!("{PREFIX_CAUSE}{key}"), c.value.clone()));
        if c.uncontrollable {
            pairs.push((format!("{PREFIX_CAUSE_UNCONTROLLABLE}{key}"), "1".into()));
        }
    }
    if !fields.value_per_lost_customer.is_empty() {
        pairs.push((
            KEY_VALUE_PER_LOST_CUSTOMER.into(),
            fields.value_per_lost_customer.clone(),
        ));
    }
}

/// The query pairs of a scenario, in a stable order: the language when it was chosen,
/// the period, and the count fields of the known figures (empty ones included, so the
/// link reopens the same fields).
pub fn encode(scenario: &Scenario) -> Vec<(String, String)> {
    let mut pairs = Vec::new();
    if scenario.lang_chosen {
        pairs.push((KEY_LANG, scenario.lang.code().to_string()));
    }
    let period = match &scenario.period {
        PeriodChoice::Known(p) => p.key().to_string(),
        PeriodChoice::Unknown(text) => text.clone(),
    };
    pairs.push((KEY_PERIOD, period));
    for field in scenario.known.inputs() {
        pairs.push((field.key(), scenario.count_text(*field).to_string()));
    }
    // Money fields only when filled (a link without them opens them empty); the advanced
    // parameters, filled or not, whenever they are on.
    for field in CostField::ALL {
        let text = scenario.cost_text(field);
        let wanted = if field.is_advanced() {
            scenario.cost_advanced
        } else {
            !text.is_empty()
        };
        if wanted {
            pairs.push((field.key(), text.to_string()));
        }
    }
    if scenario.cost_advanced {
        pairs.push((KEY_COST_ADVANCED, "1".to_string()));
    }
    // Projection and value fields only when they differ from their defaults.
    for field in ValueField::ALL {
        let text = &scenario.value_fields[field.index()];
        if text != VALUE_FIELD_DEFAULTS[field.index()] {
            pairs.push((field.key(), text.clone()));
        }
    }
    if let Some(p) = scenario.discount_period {
        pairs.push((KEY_DISCOUNT_PERIOD, p.key().to_string()));
    }
    let mut pairs: Vec<(String, String)> =
        pairs.into_iter().map(|(k, v)| (k.to_string(), v)).collect();
    encode_causes(&scenario.causes, &mut pairs);
    encode_winback(&scenario.winback, &mut pairs);
    scenario.view.encode(&mut pairs);
    scenario.exercise.encode(&mut pairs);
    pairs
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn from_query(query: &str) -> Scenario {
        let map: HashMap<String, String> = query
            .split('&')
            .filter_map(|kv| kv.split_once('='))
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        decode(|k| map.get(k).cloned(), &["en-GB".to_string()])
    }

    #[test]
    fn the_example_link() {
        let s = from_query(
            "lang=zh-Hans&period=month&start_customers=1000&new_customers=150&end_customers=1030",
        );
        assert_eq!(s.lang, Lang::ZhHans);
        assert!(s.lang_chosen);
        assert_eq!(s.period, PeriodChoice::Known(Period::Month));
        assert_eq!(s.known, KnownFigures::StartNewEnd);
        assert_eq!(s.count_text(CountField::End), "1030");
    }

    #[test]
    fn keys_choose_the_mode() {
        assert_eq!(
            from_query("start_customers=1000&lost_customers=120").known,
            KnownFigures::StartLost
        );
        assert_eq!(
            from_query("start_customers=1&new_customers=2&lost_customers=1").known,
            KnownFigures::StartNewLost
        );
        assert_eq!(
            from_query("start_customers=1&new_customers=2&end_customers=2&lost_customers=1").known,
            KnownFigures::All
        );
        assert_eq!(
            from_query("known=start_lost&start_customers=1&new_customers=2&lost_customers=1").known,
            KnownFigures::StartLost
        );
    }

    #[test]
    fn defaults() {
        let s = from_query("");
        assert_eq!(s.lang, Lang::En);
        assert!(!s.lang_chosen);
        assert_eq!(s.period, PeriodChoice::Known(Period::Month));
        assert_eq!(s.counts, EXAMPLE_COUNTS.map(String::from));
        assert_eq!(s.cost_text(CostField::AcquisitionSpend), "45000");
        assert_eq!(s.cost_text(CostField::RetentionSpend), "17600");
        assert_eq!(s.cost_text(CostField::ReferralShare), "60");
        assert!(!s.cost_advanced);
        // A link with counts but no costs opens the cost fields empty.
        let s = from_query("start_customers=10&lost_customers=1");
        assert_eq!(s.cost_text(CostField::AcquisitionSpend), "");
        let zh = decode(|_| None, &["zh-TW".to_string()]);
        assert_eq!(zh.lang, Lang::ZhHant);
        assert!(!zh.lang_chosen);
    }

    #[test]
    fn bad_values_are_kept_as_typed() {
        let s = from_query(
            "period=weekly&start_customers=abc&new_customers=&end_customers=1e400&lang=fr",
        );
        assert_eq!(s.period, PeriodChoice::Unknown("weekly".into()));
        assert_eq!(s.count_text(CountField::Start), "abc");
        assert_eq!(s.count_text(CountField::New), "");
        assert_eq!(s.count_text(CountField::End), "1e400");
        assert!(!s.lang_chosen);
    }

    #[test]
    fn cost_keys() {
        let s = from_query(
            "start_customers=10&lost_customers=1&cac=300&crc=abc&wom_people_per_unhappy=30",
        );
        assert_eq!(s.cost_text(CostField::Cac), "300");
        assert_eq!(s.cost_text(CostField::Crc), "abc");
        assert_eq!(s.cost_text(CostField::WomPeoplePerUnhappy), "30");
        assert_eq!(s.cost_text(CostField::WomDealsPerSatisfied), "8");
        assert!(s.cost_advanced, "an advanced key turns the parameters on");
        assert!(!from_query("wom_people_per_unhappy=30&cost_advanced=0").cost_advanced);
        assert!(from_query("cost_advanced=yes").cost_advanced);
        assert!(!from_query("cost_advanced=maybe").cost_advanced);
        // Costs in a link without counts keep the example counts, not the example spends.
        let s = from_query("acquisition_spend=9000");
        assert_eq!(s.counts, EXAMPLE_COUNTS.map(String::from));
        assert_eq!(s.cost_text(CostField::RetentionSpend), "");
    }

    #[test]
    fn cause_keys() {
        let s = from_query("");
        assert_eq!(s.causes, CauseFields::default());
        let s = from_query("cause.staff=20&cause.price=18&cause_entry=count");
        assert_eq!(s.causes.taxonomy, Taxonomy::EightFactors);
        assert_eq!(s.causes.entry, Entry::Count);
        assert_eq!(s.causes.value_text("staff"), "20");
        assert_eq!(s.causes.value_text("core_service"), "");
        let s = from_query("cause.price=18&cause.quality=18&cause.service=84");
        assert_eq!(s.causes.taxonomy, Taxonomy::ThreeWay);
        assert_eq!(s.causes.value_text("service"), "84");
        let s = from_query(
            "cause_name.c1=<b>Billing</b>&cause.c1=12&cause_name.c3=Moved&cause_uncontrollable.c3=yes&cause.c21=9",
        );
        assert_eq!(s.causes.taxonomy, Taxonomy::Custom);
        assert_eq!(s.causes.custom.len(), 2, "c21 is beyond the maximum");
        assert_eq!(s.causes.custom[0].name, "<b>Billing</b>");
        assert_eq!(s.causes.value_text("c2"), "");
        assert!(s.causes.uncontrollable("c2"));
        let s = from_query("cause_taxonomy=lost_types&cause.c1=3&value_per_lost_customer=abc");
        assert_eq!(s.causes.taxonomy, Taxonomy::LostTypes);
        assert_eq!(s.causes.value_per_lost_customer, "abc");
        assert_eq!(
            from_query("cause_taxonomy=nonsense").causes.taxonomy,
            Taxonomy::ThreeWay
        );
    }

    #[test]
    fn winback_keys() {
        let s = from_query("");
        assert_eq!(s.winback, WinbackFields::default());
        let s = from_query(
            "winback.pulled_away.ordinary.count=20&winback.bought_away.small.success_rate=5&winback.migrated.important.offer_cost=abc&winback_periods=24&winback_discount=1",
        );
        let keys: Vec<_> = s
            .winback
            .segments
            .iter()
            .map(|x| (x.lost_type, x.tier))
            .collect();
        assert_eq!(
            keys,
            [
                (LostType::PulledAway, Tier::Ordinary),
                (LostType::BoughtAway, Tier::Small),
                (LostType::Migrated, Tier::Important)
            ]
        );
        assert_eq!(s.winback.segments[0].text(SegmentField::Count), "20");
        assert_eq!(s.winback.segments[0].text(SegmentField::SuccessRate), "30");
        assert_eq!(s.winback.segments[1].text(SegmentField::Count), "");
        assert_eq!(s.winback.segments[1].text(SegmentField::SuccessRate), "5");
        assert_eq!(s.winback.segments[2].text(SegmentField::OfferCost), "abc");
        assert_eq!(s.winback.shared[WinbackField::Periods.index()], "24");
        assert!(s.winback.discount && !s.winback.communication);
        assert!(from_query("winback_segments=none")
            .winback
            .segments
            .is_empty());
        let mut s = from_query("");
        s.winback.segments.clear();
        s.winback.communication = true;
        s.winback.shared[WinbackField::Margin.index()] = "95".into();
        let pairs = encode(&s);
        let back = decode(
            |k| {
                pairs
                    .iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| v.clone())
            },
            &[],
        );
        assert_eq!(back.winback, s.winback);
    }

    #[test]
    fn causes_survive_the_link() {
        let mut s = from_query("");
        s.causes.taxonomy = Taxonomy::Custom;
        s.causes.entry = Entry::Count;
        s.causes.set_value("price", "".into());
        s.causes.custom = vec![
            CustomCause {
                name: "客户搬迁 🚚 & <i>x</i>".into(),
                value: "".into(),
                uncontrollable: true,
            },
            CustomCause::default(),
        ];
        s.causes.value_per_lost_customer = "500".into();
        let pairs = encode(&s);
        let back = decode(
            |k| {
                pairs
                    .iter()
                    .find(|(key, _)| key == k)
                    .map(|(_, v)| v.clone())
            },
            &[],
        );
        assert_eq!(back.causes, s.causes);
    }

    #[test]
    fn encode_then_decode_gives_the_scenario_back() {
        for known in KnownFigures::ALL {
            for period in [
                PeriodChoice::Known(Period::Quarter),
                PeriodChoice::Unknown("x".into()),
            ] {
                let mut s = Scenario {
                    lang: Lang::ZhHant,
                    lang_chosen: true,
                    period,
                    known,
                    counts: Default::default(),
                    // Advanced parameters travel only while they are on.
                    cost_fields: if known == KnownFigures::All {
                        ["1", "", "3", "x", "0.6", "", "25"]
                    } else {
                        ["1", "", "3", "x", "60", "8", "25"]
                    }
                    .map(String::from),
                    cost_advanced: known == KnownFigures::All,
                    value_fields: VALUE_FIELD_DEFAULTS.map(String::from),
                    discount_period: Some(Period::Year),
                    causes: CauseFields::default(),
                    winback: WinbackFields::default(),
                    view: View::default(),
                    exercise: ExerciseFields {
                        kind: Some("clv".into()),
                        seed: Some("x".into()),
                        level: None,
                        answer: "12 %".into(),
                    },
                };
                s.value_fields[ValueField::MarginPerCustomer.index()] = "95".into();
                s.value_fields[ValueField::NewPerPeriod.index()] = String::new();
                for field in known.inputs() {
                    s.counts[count_index(*field)] = format!("{} ", field.key().len());
                }
                let pairs = encode(&s);
                let back = decode(
                    |k| {
                        pairs
                            .iter()
                            .find(|(key, _)| key == k)
                            .map(|(_, v)| v.clone())
                    },
                    &[],
                );
                assert_eq!(back, s);
            }
        }
    }
}
