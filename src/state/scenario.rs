//! The scenario and its reducer.

use super::exercise::ExerciseFields;
use std::rc::Rc;

use yew::Reducible;

use crate::i18n::Lang;
use crate::model::cost::CostField;
use crate::model::period::Period;
use crate::model::retention::{CountField, KnownFigures};

use super::causes::{CauseFields, CustomCause};
use super::value::{ValueField, VALUE_FIELD_DEFAULTS};
use super::view::View;
use super::winback::{SegmentField, WinbackField, WinbackFields};
use crate::model::causes::{Entry, Taxonomy, MAX_CUSTOM_CAUSES};
use crate::model::winback::{LostType, Tier};

/// The text of each cost field before the user types anything: money fields empty, the
/// advanced parameters at the texts' defaults (60 % referral share, text 1; 8 deals per
/// satisfied and 25 people per unhappy customer, text 3), in `CostField::ALL` order.
pub const COST_FIELD_DEFAULTS: [&str; 7] = ["", "", "", "", "60", "8", "25"];

/// The period as chosen: a known period, or the text of one a link named that does not
/// exist (shown with a message until the user picks one).
#[derive(Debug, Clone, PartialEq)]
pub enum PeriodChoice {
    Known(Period),
    Unknown(String),
}

impl PeriodChoice {
    /// The period, when it is a known one.
    pub fn period(&self) -> Option<Period> {
        match self {
            PeriodChoice::Known(p) => Some(*p),
            PeriodChoice::Unknown(_) => None,
        }
    }
}

impl Default for PeriodChoice {
    fn default() -> Self {
        PeriodChoice::Known(Period::Month)
    }
}

/// Everything the user has set, as typed.
#[derive(Debug, Clone, PartialEq)]
pub struct Scenario {
    /// The interface language.
    pub lang: Lang,
    /// True when the language was chosen (in the URL or the switcher) rather than taken
    /// from the browser; only then is it written into the shareable URL.
    pub lang_chosen: bool,
    /// The period the counts cover.
    pub period: PeriodChoice,
    /// Which counts the user supplies.
    pub known: KnownFigures,
    /// The text of each count field, in `CountField::ALL` order (S, N, E, L).
    pub counts: [String; 4],
    /// The text of each cost field, in `CostField::ALL` order.
    pub cost_fields: [String; 7],
    /// Whether the advanced referral and word-of-mouth parameters are in use.
    pub cost_advanced: bool,
    /// The text of each projection and customer-value field, in `ValueField::ALL` order.
    pub value_fields: [String; 10],
    /// The period the discount rate is quoted for; `None`: the scenario's period.
    pub discount_period: Option<Period>,
    /// Why customers leave: the cause list, its values and the value of a lost customer.
    pub causes: CauseFields,
    /// Winning lost customers back: the segments and shared economics.
    pub winback: WinbackFields,
    /// How the page is shown when embedded (`embed`, `sections`, `theme`, `accent`), as
    /// the link gave it; kept in the link.
    pub view: View,
    /// The practice exercise (teaching mode) and the answer typed.
    pub exercise: ExerciseFields,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            lang: Lang::default(),
            lang_chosen: false,
            period: PeriodChoice::default(),
            known: KnownFigures::default(),
            counts: Default::default(),
            cost_fields: COST_FIELD_DEFAULTS.map(String::from),
            cost_advanced: false,
            value_fields: VALUE_FIELD_DEFAULTS.map(String::from),
            discount_period: None,
            causes: CauseFields::default(),
            winback: WinbackFields::default(),
            view: View::default(),
            exercise: ExerciseFields::default(),
        }
    }
}

impl Scenario {
    /// The text typed for `field`.
    pub fn count_text(&self, field: CountField) -> &str {
        &self.counts[count_index(field)]
    }

    /// The texts of the count fields the known figures use, in display order.
    pub fn counts_in_use(&self) -> Vec<(CountField, &str)> {
        self.known
            .inputs()
            .iter()
            .map(|f| (*f, self.count_text(*f)))
            .collect()
    }
}

impl Scenario {
    /// The text typed for the cost field `field`.
    pub fn cost_text(&self, field: CostField) -> &str {
        &self.cost_fields[cost_index(field)]
    }
}

/// The position of `field` in [`Scenario::cost_fields`].
pub fn cost_index(field: CostField) -> usize {
    CostField::ALL.iter().position(|f| *f == field).unwrap_or(0)
}

/// The position of `field` in [`Scenario::counts`].
pub fn count_index(field: CountField) -> usize {
    match field {
        CountField::Start => 0,
        CountField::New => 1,
        CountField::End => 2,
        CountField::Lost => 3,
    }
}

/// Everything a user can do to the scenario.
#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    /// Switch the interface language.
    SetLanguage(Lang),
    /// Choose the period the counts cover.
    SetPeriod(Period),
    /// Choose which counts are supplied.
    SetKnown(KnownFigures),
    /// Type into a count field.
    SetCount(CountField, String),
    /// Type into a cost field.
    SetCost(CostField, String),
    /// Turn the advanced referral and word-of-mouth parameters on or off.
    SetCostAdvanced(bool),
    /// Type into a projection or customer-value field.
    SetValue(ValueField, String),
    /// Choose the period the discount rate is quoted for (`None`: the scenario's).
    SetDiscountPeriod(Option<Period>),
    /// Choose the list of churn causes.
    SetCauseTaxonomy(Taxonomy),
    /// Choose whether causes are entered as counts or percentages.
    SetCauseEntry(Entry),
    /// Type the count or percentage of cause `key` of the chosen list.
    SetCause(String, String),
    /// Type the value of one lost customer (money).
    SetValuePerLostCustomer(String),
    /// Add an unnamed custom cause at the end (nothing at [`MAX_CUSTOM_CAUSES`]).
    AddCustomCause,
    /// Rename the custom cause at this position.
    RenameCustomCause(usize, String),
    /// Mark the custom cause at this position as uncontrollable churn, or not.
    SetCustomUncontrollable(usize, bool),
    /// Remove the custom cause at this position.
    RemoveCustomCause(usize),
    /// Move the custom cause at the first position to the second.
    MoveCustomCause(usize, usize),
    /// Add a win-back segment (nothing when it is already there).
    AddSegment(LostType, Tier),
    /// Remove a win-back segment.
    RemoveSegment(LostType, Tier),
    /// Type into a field of a win-back segment.
    SetSegment(LostType, Tier, SegmentField, String),
    /// Type into a shared win-back field.
    SetWinback(WinbackField, String),
    /// Discount the restored relationship at the value section's rate, or not.
    SetWinbackDiscount(bool),
    /// Count the communication benefit, or not.
    SetWinbackCommunication(bool),
    /// Replace everything with another scenario (a saved one being opened).
    Replace(Box<Scenario>),
    /// Show the exercise of this kind, level and seed (URL keys), with no answer yet.
    SetExercise {
        kind: String,
        level: String,
        seed: String,
    },
    /// The answer typed for the exercise.
    SetExerciseAnswer(String),
}

impl Scenario {
    /// The scenario after `action`; `None` when nothing changes.
    pub fn apply(&self, action: Action) -> Option<Scenario> {
        let mut next = self.clone();
        match action {
            Action::SetLanguage(lang) => {
                next.lang = lang;
                next.lang_chosen = true;
            }
            Action::SetPeriod(period) => next.period = PeriodChoice::Known(period),
            Action::SetKnown(known) => next.known = known,
            Action::SetCount(field, text) => next.counts[count_index(field)] = text,
            Action::SetCost(field, text) => next.cost_fields[cost_index(field)] = text,
            Action::SetCostAdvanced(on) => next.cost_advanced = on,
            Action::SetValue(field, text) => next.value_fields[field.index()] = text,
            Action::SetDiscountPeriod(period) => next.discount_period = period,
            Action::SetCauseTaxonomy(t) => next.causes.choose_taxonomy(t),
            Action::SetCauseEntry(e) => next.causes.entry = e,
            Action::SetCause(key, text) => next.causes.set_value(&key, text),
            Action::SetValuePerLostCustomer(text) => next.causes.value_per_lost_customer = text,
            Action::AddCustomCause => {
                if next.causes.custom.len() < MAX_CUSTOM_CAUSES {
                    next.causes.custom.push(CustomCause::default());
                }
            }
            Action::RenameCustomCause(i, name) => {
                if let Some(c) = next.causes.custom.get_mut(i) {
                    c.name = name;
                }
            }
            Action::SetCustomUncontrollable(i, on) => {
                if let Some(c) = next.causes.custom.get_mut(i) {
                    c.uncontrollable = on;
                }
            }
            Action::RemoveCustomCause(i) => {
                if i < next.causes.custom.len() {
                    next.causes.custom.remove(i);
                }
            }
            Action::AddSegment(t, tier) => next.winback.add(t, tier),
            Action::RemoveSegment(t, tier) => {
                if let Some(i) = next.winback.position(t, tier) {
                    next.winback.segments.remove(i);
                }
            }
            Action::SetSegment(t, tier, field, text) => {
                if let Some(i) = next.winback.position(t, tier) {
                    next.winback.segments[i].values[field.index()] = text;
                }
            }
            Action::SetWinback(field, text) => next.winback.shared[field.index()] = text,
            Action::SetWinbackDiscount(on) => next.winback.discount = on,
            Action::SetWinbackCommunication(on) => next.winback.communication = on,
            Action::Replace(scenario) => next = *scenario,
            Action::SetExercise { kind, level, seed } => {
                next.exercise = ExerciseFields {
                    kind: Some(kind),
                    level: Some(level),
                    seed: Some(seed),
                    answer: String::new(),
                }
            }
            Action::SetExerciseAnswer(text) => next.exercise.answer = text,
            Action::MoveCustomCause(from, to) => {
                let n = next.causes.custom.len();
                if from < n && to < n {
                    let c = next.causes.custom.remove(from);
                    next.causes.custom.insert(to, c);
                }
            }
        }
        (next != *self).then_some(next)
    }
}

impl Reducible for Scenario {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match self.apply(action) {
            Some(next) => Rc::new(next),
            // Returning the same Rc lets Yew skip the re-render.
            None => self,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_change_what_they_name() {
        let s = Scenario::default();
        let s = s
            .apply(Action::SetCount(CountField::End, "1030".into()))
            .unwrap();
        assert_eq!(s.count_text(CountField::End), "1030");
        let s = s.apply(Action::SetPeriod(Period::Year)).unwrap();
        assert_eq!(s.period, PeriodChoice::Known(Period::Year));
        let s = s.apply(Action::SetLanguage(Lang::ZhHant)).unwrap();
        assert!(s.lang_chosen);
        let s = s.apply(Action::SetKnown(KnownFigures::StartLost)).unwrap();
        assert_eq!(s.known, KnownFigures::StartLost);
        let s = s
            .apply(Action::SetCost(CostField::Crc, "20".into()))
            .unwrap();
        assert_eq!(s.cost_text(CostField::Crc), "20");
        assert_eq!(s.cost_text(CostField::ReferralShare), "60");
        let s = s.apply(Action::SetCostAdvanced(true)).unwrap();
        assert!(s.cost_advanced);
    }

    #[test]
    fn custom_causes_are_added_renamed_moved_and_removed() {
        let mut s = Scenario::default()
            .apply(Action::SetCauseTaxonomy(Taxonomy::Custom))
            .unwrap();
        for _ in 0..MAX_CUSTOM_CAUSES {
            s = s.apply(Action::AddCustomCause).unwrap();
        }
        assert_eq!(s.apply(Action::AddCustomCause), None, "at most 20");
        s.causes.custom.truncate(3);
        let s = s
            .apply(Action::RenameCustomCause(0, "Price".into()))
            .unwrap()
            .apply(Action::RenameCustomCause(2, "Moved".into()))
            .unwrap()
            .apply(Action::SetCause("c3".into(), "5".into()))
            .unwrap()
            .apply(Action::SetCustomUncontrollable(2, true))
            .unwrap()
            .apply(Action::MoveCustomCause(2, 0))
            .unwrap();
        let names: Vec<&str> = s.causes.custom.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Moved", "Price", ""]);
        assert_eq!(s.causes.value_text("c1"), "5");
        assert!(s.causes.uncontrollable("c1"));
        let s = s.apply(Action::RemoveCustomCause(0)).unwrap();
        assert_eq!(s.causes.custom[0].name, "Price");
        assert_eq!(s.apply(Action::RemoveCustomCause(7)), None);
        assert_eq!(s.apply(Action::MoveCustomCause(0, 9)), None);
    }

    #[test]
    fn a_no_op_returns_the_same_scenario() {
        let s = Rc::new(Scenario::default());
        let same = s.clone().reduce(Action::SetPeriod(Period::Month));
        assert!(Rc::ptr_eq(&s, &same));
        let changed = s.clone().reduce(Action::SetPeriod(Period::Year));
        assert!(!Rc::ptr_eq(&s, &changed));
    }
}
