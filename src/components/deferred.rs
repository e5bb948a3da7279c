//! Rendering a part of the page one task after the rest.

use gloo_timers::callback::Timeout;
use yew::html::ChildrenProps;
use yew::prelude::*;

/// Renders its children one task after it is mounted. The sections below the first are
/// wrapped in it so that the first results are not held up by code and layout for sections
/// further down the page: in an interleaved A/B of 31 cold loads each, the first results
/// came at 108 ms with the cost section deferred against 117 ms without (the page without
/// the cost section at all: 106 ms). The deferred sections follow a task later
/// (BENCHMARKS.md, "every section showing results").
#[function_component]
pub fn Deferred(props: &ChildrenProps) -> Html {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| {
            let pending = Timeout::new(0, move || ready.set(true));
            move || drop(pending)
        });
    }
    if *ready {
        html! { <>{ props.children.clone() }</> }
    } else {
        Html::default()
    }
}
