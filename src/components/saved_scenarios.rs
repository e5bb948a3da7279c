//! Saved scenarios: save the current one under a name, open, rename, duplicate, delete —
//! in the browser's storage, or in memory when the browser refuses storage.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::ScenarioContext;
use crate::i18n::fill;
use crate::state::storage::{decode, encode, Loaded, Saved, MAX_SAVED, STORAGE_KEY};
use crate::state::Action;
use crate::web;

/// What the panel knows about the storage.
#[derive(Clone, PartialEq)]
enum Store {
    /// Read and writable.
    Available,
    /// Refused by the browser: the list lives in memory.
    Blocked,
    /// Holds text that is not ours: left alone until the user discards it.
    Foreign,
}

#[derive(Clone, PartialEq)]
struct Panel {
    store: Store,
    saved: Vec<Saved>,
    unreadable: usize,
    /// The last thing done, said under the list.
    said: Option<String>,
}

impl Panel {
    fn load() -> Panel {
        match web::read_storage(STORAGE_KEY) {
            Err(web::StorageRefused) => Panel::with(Store::Blocked, Vec::new(), 0),
            Ok(text) => match decode(text.as_deref()) {
                Loaded::Empty => Panel::with(Store::Available, Vec::new(), 0),
                Loaded::Read { saved, unreadable } => {
                    Panel::with(Store::Available, saved, unreadable)
                }
                Loaded::Foreign => Panel::with(Store::Foreign, Vec::new(), 0),
            },
        }
    }

    fn with(store: Store, saved: Vec<Saved>, unreadable: usize) -> Panel {
        Panel {
            store,
            saved,
            unreadable,
            said: None,
        }
    }

    /// `saved` as the new list: written when storage is available (falling back to
    /// memory if the write is refused).
    fn commit(&self, saved: Vec<Saved>, said: Option<String>) -> Panel {
        let mut store = self.store.clone();
        if store == Store::Available && !web::write_storage(STORAGE_KEY, &encode(&saved)) {
            store = Store::Blocked;
        }
        Panel {
            store,
            saved,
            unreadable: 0,
            said,
        }
    }
}

/// The saved-scenarios panel, folded under its heading.
#[function_component]
pub fn SavedScenarios() -> Html {
    let panel = use_state(Panel::load);
    let name = use_state(String::new);
    let Some(scenario) = use_context::<ScenarioContext>() else {
        return Html::default();
    };
    let t = scenario.lang.texts().saved;
    let p = (*panel).clone();
    let full = p.saved.len() >= MAX_SAVED;

    let on_name = {
        let name = name.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            name.set(input.value());
        })
    };
    let on_save = {
        let (panel, name, scenario) = (panel.clone(), name.clone(), scenario.clone());
        Callback::from(move |_: MouseEvent| {
            let typed = name.trim().to_string();
            let label = if typed.is_empty() {
                fill(t[3], &[("n", &(panel.saved.len() + 1).to_string())])
            } else {
                typed
            };
            let mut saved = panel.saved.clone();
            saved.push(Saved {
                name: label.clone(),
                query: web::query_string(&scenario),
            });
            panel.set(panel.commit(saved, Some(fill(t[8], &[("name", &label)]))));
            name.set(String::new());
        })
    };
    let on_discard = {
        let panel = panel.clone();
        Callback::from(move |_: MouseEvent| {
            let mut fresh = (*panel).clone();
            fresh.store = Store::Available;
            panel.set(fresh.commit(Vec::new(), None));
        })
    };
    let items = p.saved.iter().enumerate().map(|(i, s)| {
        let open = {
            let (scenario, query) = (scenario.clone(), s.query.clone());
            Callback::from(move |_: MouseEvent| {
                let next = web::scenario_from_query(&query, &scenario);
                scenario.dispatch(Action::Replace(Box::new(next)));
            })
        };
        let duplicate = {
            let (panel, item) = (panel.clone(), s.clone());
            Callback::from(move |_: MouseEvent| {
                if panel.saved.len() >= MAX_SAVED {
                    return;
                }
                let mut saved = panel.saved.clone();
                saved.insert(
                    i + 1,
                    Saved {
                        name: fill(t[5], &[("name", &item.name)]),
                        query: item.query.clone(),
                    },
                );
                panel.set(panel.commit(saved, None));
            })
        };
        let delete = {
            let panel = panel.clone();
            Callback::from(move |_: MouseEvent| {
                let mut saved = panel.saved.clone();
                if i < saved.len() {
                    saved.remove(i);
                }
                panel.set(panel.commit(saved, None));
            })
        };
        let rename = {
            let panel = panel.clone();
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                let new_name = input.value().trim().to_string();
                let mut saved = panel.saved.clone();
                match saved.get_mut(i) {
                    Some(item) if !new_name.is_empty() => item.name = new_name,
                    _ => return,
                }
                panel.set(panel.commit(saved, None));
            })
        };
        html! {
            <li class="saved-item" data-saved={i.to_string()}>
                <input type="text" aria-label={t[1]} value={s.name.clone()} data-action="rename-saved" onchange={rename} />
                <button type="button" data-action="open-saved" onclick={open}>{ t[4] }</button>
                <button type="button" data-action="duplicate-saved" disabled={full} onclick={duplicate}>{ t[14] }</button>
                <button type="button" data-action="delete-saved" onclick={delete}>{ t[6] }</button>
            </li>
        }
    });

    html! {
        <details class="saved-scenarios" data-panel="saved">
            <summary>{ t[0] }</summary>
            <div class="saved-body">
                if p.store == Store::Foreign {
                    <p class="note warning" data-status="storage">{ t[10] }</p>
                    <button type="button" class="share-button" data-action="discard-storage" onclick={on_discard}>{ t[11] }</button>
                } else {
                    if p.store == Store::Blocked {
                        <p class="note" data-status="storage">{ t[9] }</p>
                    }
                    if p.unreadable > 0 {
                        <p class="note warning" data-status="storage-unreadable">{ fill(t[12], &[("n", &p.unreadable.to_string())]) }</p>
                    }
                    <div class="saved-new">
                        <input type="text" aria-label={t[1]} placeholder={fill(t[3], &[("n", &(p.saved.len() + 1).to_string())])}
                            value={(*name).clone()} data-field="saved_name" oninput={on_name} />
                        <button type="button" class="share-button" data-action="save-scenario" disabled={full} onclick={on_save}>{ t[2] }</button>
                    </div>
                    if full {
                        <p class="note">{ fill(t[13], &[("max", &MAX_SAVED.to_string())]) }</p>
                    }
                    if p.saved.is_empty() {
                        <p class="note">{ t[7] }</p>
                    } else {
                        <ul class="saved-list">{ for items }</ul>
                    }
                    if let Some(said) = &p.said {
                        <p class="note" aria-live="polite" data-status="saved">{ said.clone() }</p>
                    }
                }
            </div>
        </details>
    }
}
