//! Sharing what is on screen: the link to the clipboard, the figures as a CSV file.

use yew::prelude::*;

use super::ScenarioContext;
use crate::charts::qr::{qr_drawing, QrDrawing, QUIET_ZONE};
use crate::state::export::csv;
use crate::web;

/// The CSV file's name.
const CSV_FILE_NAME: &str = "retention-calculator.csv";

/// "Copy link" and "Export CSV", with a line saying what happened.
#[function_component]
pub fn ShareBar() -> Html {
    let status = use_state(|| None::<(String, bool)>);
    let qr_open = use_state(|| false);
    let Some(scenario) = use_context::<ScenarioContext>() else {
        return Html::default();
    };
    let share = scenario.lang.texts().share;
    let on_copy = {
        let (status, scenario) = (status.clone(), scenario.clone());
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            match web::link_for(&scenario) {
                Some(link) => web::copy_text(&link, move |ok| {
                    status.set(Some(if ok {
                        (share[1].to_string(), true)
                    } else {
                        (share[2].to_string(), false)
                    }));
                }),
                None => status.set(Some((share[2].to_string(), false))),
            }
        })
    };
    let on_export = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let text = csv(&web::page_rows());
            if web::download(CSV_FILE_NAME, "text/csv;charset=utf-8", &text) {
                status.set(None);
            } else {
                status.set(Some((share[4].to_string(), false)));
            }
        })
    };
    let on_qr = {
        let qr_open = qr_open.clone();
        Callback::from(move |_: MouseEvent| qr_open.set(!*qr_open))
    };
    // Drawn only while shown; it follows every change, as the address bar does.
    let qr = qr_open.then(|| match web::link_for(&scenario).as_deref().and_then(qr_drawing) {
        Some(QrDrawing { size, path }) => {
            let side = size + 2 * QUIET_ZONE;
            html! {
                <figure class="qr" data-qr="shown">
                    <svg class="qr-code" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={share[6]} shape-rendering="crispEdges">
                        <rect width={side.to_string()} height={side.to_string()} fill="#ffffff" />
                        <path d={path} fill="#000000" />
                    </svg>
                    <figcaption>{ share[6] }</figcaption>
                </figure>
            }
        }
        None => html! { <p class="note warning" data-qr="too-long">{ share[7] }</p> },
    });
    html! {
        <div class="share-bar">
            <button type="button" class="share-button" data-action="copy-link" onclick={on_copy}>{ share[0] }</button>
            <button type="button" class="share-button" data-action="export-csv" onclick={on_export}>{ share[3] }</button>
            <button type="button" class="share-button" data-action="print" onclick={Callback::from(|_: MouseEvent| web::print())}>{ scenario.lang.texts().print.button }</button>
            <button type="button" class="share-button" data-action="show-qr" aria-expanded={qr_open.to_string()} onclick={on_qr}>{ share[5] }</button>
            <p class="share-status" data-status="share" aria-live="polite">
                if let Some((text, ok)) = &*status {
                    <span class={if *ok { "ok" } else { "warning" }}>{ text.clone() }</span>
                }
            </p>
            { for qr }
        </div>
    }
}
