//! The practice exercise of the scenario: which problem (kind, level and seed, as the
//! link gave them, so a bad value stays visible with its message) and the answer typed.

use crate::model::exercise::{generate, Exercise, ExerciseKind, Level};

/// Query key of the exercise's kind: `exercise=churn_rate`.
pub const KEY_EXERCISE: &str = "exercise";
/// Query key of the problem's number: `seed=42` (a whole number, 0 to 2^64 − 1).
pub const KEY_SEED: &str = "seed";
/// Query key of the level: `level=1`, `2` or `3`.
pub const KEY_LEVEL: &str = "level";
/// Query key (and `data-field`) of the answer typed.
pub const KEY_ANSWER: &str = "exercise_answer";

/// The problem shown when a link names a kind but no seed (or a seed that is not a number).
pub const DEFAULT_SEED: u64 = 1;

/// The exercise as the link or the user set it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ExerciseFields {
    /// `exercise=` as given; `None` until a link or the user picks one (the panel then
    /// shows the first kind, without writing it into the link).
    pub kind: Option<String>,
    pub seed: Option<String>,
    pub level: Option<String>,
    /// The answer as typed.
    pub answer: String,
}

/// A value of the exercise's keys that could not be used, with the text given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ExerciseProblem {
    Kind(String),
    Seed(String),
    Level(String),
}

impl ExerciseFields {
    /// The kind shown: the link's, or the first when it names none (or one that does
    /// not exist).
    pub fn kind(&self) -> ExerciseKind {
        self.kind
            .as_deref()
            .and_then(ExerciseKind::from_key)
            .unwrap_or(ExerciseKind::ALL[0])
    }

    pub fn level(&self) -> Level {
        self.level
            .as_deref()
            .and_then(Level::from_key)
            .unwrap_or_default()
    }

    pub fn seed(&self) -> u64 {
        self.seed
            .as_deref()
            .and_then(|s| s.trim().parse::<u64>().ok())
            .unwrap_or(DEFAULT_SEED)
    }

    /// True when a link or the user chose an exercise (the page then opens on it).
    pub fn chosen(&self) -> bool {
        self.kind.is_some()
    }

    /// The problem these fields name.
    pub fn exercise(&self) -> Exercise {
        generate(self.kind(), self.level(), self.seed())
    }

    /// What could not be used, for messages beside the exercise.
    pub fn problems(&self) -> Vec<ExerciseProblem> {
        let mut out = Vec::new();
        if let Some(k) = &self.kind {
            if ExerciseKind::from_key(k).is_none() {
                out.push(ExerciseProblem::Kind(k.clone()));
            }
        }
        if let Some(s) = &self.seed {
            if s.trim().parse::<u64>().is_err() {
                out.push(ExerciseProblem::Seed(s.clone()));
            }
        }
        if let Some(l) = &self.level {
            if Level::from_key(l).is_none() {
                out.push(ExerciseProblem::Level(l.clone()));
            }
        }
        out
    }

    /// Reads the exercise's keys from a link.
    pub fn decode(get: &impl Fn(&str) -> Option<String>) -> ExerciseFields {
        ExerciseFields {
            kind: get(KEY_EXERCISE),
            seed: get(KEY_SEED),
            level: get(KEY_LEVEL),
            answer: get(KEY_ANSWER).unwrap_or_default(),
        }
    }

    /// The keys as they were given (an unchosen exercise writes nothing).
    pub fn encode(&self, pairs: &mut Vec<(String, String)>) {
        for (key, value) in [
            (KEY_EXERCISE, &self.kind),
            (KEY_LEVEL, &self.level),
            (KEY_SEED, &self.seed),
        ] {
            if let Some(v) = value {
                pairs.push((key.to_string(), v.clone()));
            }
        }
        if !self.answer.is_empty() {
            pairs.push((KEY_ANSWER.to_string(), self.answer.clone()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(pairs: &[(&str, &str)]) -> ExerciseFields {
        ExerciseFields::decode(&|k: &str| {
            pairs
                .iter()
                .find(|(key, _)| *key == k)
                .map(|(_, v)| v.to_string())
        })
    }

    #[test]
    fn a_link_names_the_same_problem_for_everyone() {
        let f = fields(&[("exercise", "churn_rate"), ("seed", "42"), ("level", "2")]);
        assert_eq!(f.kind(), ExerciseKind::ChurnRate);
        assert_eq!((f.seed(), f.level()), (42, Level::Medium));
        assert_eq!(
            f.exercise(),
            generate(ExerciseKind::ChurnRate, Level::Medium, 42)
        );
        assert!(f.problems().is_empty() && f.chosen());
        let mut pairs = Vec::new();
        f.encode(&mut pairs);
        assert_eq!(
            fields(
                &pairs
                    .iter()
                    .map(|(k, v)| (k.as_str(), v.as_str()))
                    .collect::<Vec<_>>()
            ),
            f
        );
    }

    #[test]
    fn bad_values_are_named_and_a_default_is_shown() {
        let f = fields(&[("exercise", "nope"), ("seed", "-3"), ("level", "9")]);
        assert_eq!(
            f.problems(),
            vec![
                ExerciseProblem::Kind("nope".into()),
                ExerciseProblem::Seed("-3".into()),
                ExerciseProblem::Level("9".into())
            ]
        );
        assert_eq!(
            (f.kind(), f.seed(), f.level()),
            (ExerciseKind::RetentionRate, DEFAULT_SEED, Level::Easy)
        );
        assert!(!fields(&[]).chosen());
        assert_eq!(fields(&[("seed", "18446744073709551615")]).seed(), u64::MAX);
    }
}
