//! How the page is shown when embedded (issue 9): `embed`, `sections`, `theme`, `accent`
//! from the link. Kept as typed, like every other key, and read through functions that
//! say what could not be used.

/// A section of the page, by its name in `sections=` (and its `data-section`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    Retention,
    Cost,
    Causes,
    Winback,
    Bucket,
    Value,
    /// Practice problems (teaching mode).
    Exercises,
}

impl Section {
    /// Every section, in page order.
    pub const ALL: [Section; 7] = [
        Section::Retention,
        Section::Cost,
        Section::Causes,
        Section::Winback,
        Section::Bucket,
        Section::Value,
        Section::Exercises,
    ];

    /// The name in `sections=` and `data-section`.
    pub fn key(self) -> &'static str {
        match self {
            Section::Retention => "retention",
            Section::Cost => "cost",
            Section::Causes => "causes",
            Section::Winback => "winback",
            Section::Bucket => "bucket",
            Section::Value => "value",
            Section::Exercises => "exercises",
        }
    }
}

/// The page's colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Theme {
    /// The system's (light or dark).
    #[default]
    Auto,
    Light,
    Dark,
}

/// A view key that could not be used, with the text the link gave.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewProblem {
    Embed(String),
    /// The names that are not sections.
    Sections(String),
    Theme(String),
    Accent(String),
    /// A `preset=` that names no preset.
    Preset(String),
    /// An `answers=` that is neither `hidden` nor `shown`.
    Answers(String),
}

/// The view keys as the link gave them (`None`: not in the link).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct View {
    pub embed: Option<String>,
    pub sections: Option<String>,
    pub theme: Option<String>,
    pub accent: Option<String>,
    /// A `preset=` the link gave that names no preset, kept in the link so that its
    /// message stays with it (a preset that exists is opened into the fields instead).
    pub unknown_preset: Option<String>,
    /// `answers=hidden` hides every result (homework); `shown` or absent shows them.
    pub answers: Option<String>,
}

/// Query keys of the view.
pub const KEY_EMBED: &str = "embed";
pub const KEY_SECTIONS: &str = "sections";
pub const KEY_THEME: &str = "theme";
pub const KEY_ACCENT: &str = "accent";
pub const KEY_ANSWERS: &str = "answers";

impl View {
    /// True when the page chrome (title, tagline, footer) is hidden: `embed=1`.
    pub fn embedded(&self) -> bool {
        matches!(
            self.embed.as_deref().map(str::trim),
            Some("1" | "true" | "yes")
        )
    }

    /// The sections to show, in page order: those `sections=` names (comma-separated),
    /// or all when it names none that exist.
    pub fn sections(&self) -> Vec<Section> {
        let Some(list) = &self.sections else {
            return Section::ALL.to_vec();
        };
        let named: Vec<&str> = list.split(',').map(str::trim).collect();
        let chosen: Vec<Section> = Section::ALL
            .into_iter()
            .filter(|s| named.contains(&s.key()))
            .collect();
        if chosen.is_empty() {
            Section::ALL.to_vec()
        } else {
            chosen
        }
    }

    /// True with `answers=hidden`: results, charts, formulas and the exercise's worked
    /// answer are hidden, for homework.
    pub fn answers_hidden(&self) -> bool {
        self.answers.as_deref().map(str::trim) == Some("hidden")
    }

    pub fn theme(&self) -> Theme {
        match self.theme.as_deref().map(str::trim) {
            Some("light") => Theme::Light,
            Some("dark") => Theme::Dark,
            _ => Theme::Auto,
        }
    }

    /// The accent colour as `#rrggbb`, when the link gives six hex digits (with or
    /// without `#`). Nothing else is accepted: the value reaches the page's style.
    pub fn accent(&self) -> Option<String> {
        let text = self.accent.as_deref()?.trim();
        let hex = text.strip_prefix('#').unwrap_or(text);
        (hex.len() == 6 && hex.chars().all(|c| c.is_ascii_hexdigit()))
            .then(|| format!("#{}", hex.to_ascii_lowercase()))
    }

    /// What could not be used, for a message on the page.
    pub fn problems(&self) -> Vec<ViewProblem> {
        let mut out = Vec::new();
        if let Some(e) = &self.embed {
            if !matches!(e.trim(), "1" | "0" | "true" | "false" | "yes" | "no" | "") {
                out.push(ViewProblem::Embed(e.clone()));
            }
        }
        if let Some(list) = &self.sections {
            let unknown: Vec<&str> = list
                .split(',')
                .map(str::trim)
                .filter(|n| !n.is_empty() && !Section::ALL.iter().any(|s| s.key() == *n))
                .collect();
            if !unknown.is_empty() {
                out.push(ViewProblem::Sections(unknown.join(", ")));
            }
        }
        if let Some(t) = &self.theme {
            if !matches!(t.trim(), "light" | "dark" | "auto") {
                out.push(ViewProblem::Theme(t.clone()));
            }
        }
        if let Some(a) = &self.accent {
            if self.accent().is_none() {
                out.push(ViewProblem::Accent(a.clone()));
            }
        }
        if let Some(p) = &self.unknown_preset {
            out.push(ViewProblem::Preset(p.clone()));
        }
        if let Some(a) = &self.answers {
            if !matches!(a.trim(), "hidden" | "shown" | "") {
                out.push(ViewProblem::Answers(a.clone()));
            }
        }
        out
    }

    /// Reads the view keys from a link.
    pub fn decode(get: &impl Fn(&str) -> Option<String>) -> View {
        View {
            embed: get(KEY_EMBED),
            sections: get(KEY_SECTIONS),
            theme: get(KEY_THEME),
            accent: get(KEY_ACCENT),
            unknown_preset: None,
            answers: get(KEY_ANSWERS),
        }
    }

    /// The view keys the link had, as they were.
    pub fn encode(&self, pairs: &mut Vec<(String, String)>) {
        for (key, value) in [
            (KEY_EMBED, &self.embed),
            (KEY_SECTIONS, &self.sections),
            (KEY_THEME, &self.theme),
            (KEY_ACCENT, &self.accent),
            (super::presets::KEY_PRESET, &self.unknown_preset),
            (KEY_ANSWERS, &self.answers),
        ] {
            if let Some(v) = value {
                pairs.push((key.to_string(), v.clone()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn view(embed: &str, sections: &str, theme: &str, accent: &str) -> View {
        let some = |s: &str| (!s.is_empty()).then(|| s.to_string());
        View {
            embed: some(embed),
            sections: some(sections),
            theme: some(theme),
            accent: some(accent),
            unknown_preset: None,
            answers: None,
        }
    }

    #[test]
    fn good_values() {
        let v = view("1", "winback, cost", "dark", "#1A7F5A");
        assert!(v.embedded());
        assert_eq!(v.sections(), vec![Section::Cost, Section::Winback]);
        assert_eq!(v.theme(), Theme::Dark);
        assert_eq!(v.accent().as_deref(), Some("#1a7f5a"));
        assert!(v.problems().is_empty());
        assert_eq!(
            view("", "", "", "c0392b").accent().as_deref(),
            Some("#c0392b")
        );
        assert_eq!(View::default().sections().len(), 7);
    }

    #[test]
    fn bad_values_are_named_and_not_used() {
        let v = view("maybe", "cost,<script>", "neon", "red;background:url(x)");
        assert!(!v.embedded());
        assert_eq!(v.sections(), vec![Section::Cost]);
        assert_eq!(v.theme(), Theme::Auto);
        assert_eq!(v.accent(), None);
        assert_eq!(
            v.problems(),
            vec![
                ViewProblem::Embed("maybe".into()),
                ViewProblem::Sections("<script>".into()),
                ViewProblem::Theme("neon".into()),
                ViewProblem::Accent("red;background:url(x)".into()),
            ]
        );
        assert_eq!(view("", "nothing", "", "").sections().len(), 7);
        let homework = View {
            answers: Some("hidden".into()),
            ..View::default()
        };
        assert!(homework.answers_hidden() && homework.problems().is_empty());
        let typo = View {
            answers: Some("hide".into()),
            ..View::default()
        };
        assert!(!typo.answers_hidden());
        assert_eq!(typo.problems(), vec![ViewProblem::Answers("hide".into())]);
    }
}
