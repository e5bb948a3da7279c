//! The waterfall chart on a canvas, with its data as a table for screen readers and
//! for anyone who wants the numbers.

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use crate::charts::{waterfall, ChartStyle};
use crate::i18n::format::count;
use crate::model::retention::{WaterfallRole, WaterfallStep};
use crate::web;

/// Height of the chart in CSS pixels.
const HEIGHT_CSS_PX: f64 = 240.0;

#[derive(Properties, PartialEq)]
pub struct WaterfallChartProps {
    pub steps: Vec<WaterfallStep>,
    /// The name under each bar, in `steps` order.
    pub labels: Vec<AttrValue>,
    pub heading: AttrValue,
    pub table_caption: AttrValue,
    /// Column headings of the data table: step, change, customers.
    pub columns: [AttrValue; 3],
}

/// The canvas's width in CSS pixels. Reading it forces a layout, so it is read only when
/// the chart appears and when the window is resized, never on every redraw.
fn measure(canvas_ref: &NodeRef) -> Option<i32> {
    canvas_ref
        .cast::<HtmlCanvasElement>()
        .map(|c| c.client_width().max(1))
}

/// Draws the waterfall and redraws it when the data or the window size changes.
#[function_component]
pub fn WaterfallChart(props: &WaterfallChartProps) -> Html {
    let canvas_ref = use_node_ref();
    let css_width = use_state(|| None::<i32>);

    {
        let css_width = css_width.clone();
        let canvas_ref = canvas_ref.clone();
        use_effect_with((), move |_| {
            // Measured a task later, not while the figures are first rendered: reading the
            // width forces the page's first layout, which would otherwise delay the
            // figures themselves. The chart follows them by a frame.
            let first_measure = {
                let css_width = css_width.clone();
                let canvas_ref = canvas_ref.clone();
                Timeout::new(0, move || css_width.set(measure(&canvas_ref)))
            };
            let listener = Closure::<dyn Fn()>::new(move || css_width.set(measure(&canvas_ref)));
            let window = web_sys::window();
            if let Some(w) = &window {
                let _ =
                    w.add_event_listener_with_callback("resize", listener.as_ref().unchecked_ref());
            }
            move || {
                drop(first_measure);
                if let Some(w) = &window {
                    let _ = w.remove_event_listener_with_callback(
                        "resize",
                        listener.as_ref().unchecked_ref(),
                    );
                }
            }
        });
    }

    {
        let canvas_ref = canvas_ref.clone();
        let deps = (props.steps.clone(), props.labels.clone(), *css_width);
        use_effect_with(deps, move |(steps, labels, width)| {
            if let (Some(canvas), Some(width)) = (canvas_ref.cast::<HtmlCanvasElement>(), width) {
                let scale = web::device_pixel_ratio();
                let css_width = f64::from(*width);
                canvas.set_width((css_width * scale) as u32);
                canvas.set_height((HEIGHT_CSS_PX * scale) as u32);
                let style = ChartStyle {
                    scale,
                    ..if web::prefers_dark() {
                        ChartStyle::DARK
                    } else {
                        ChartStyle::LIGHT
                    }
                };
                let labels: Vec<&str> = labels.iter().map(|l| l.as_str()).collect();
                // A drawing failure leaves the canvas blank; the table below still has the data.
                let _ = waterfall::draw(canvas, steps, &labels, &style);
            }
        });
    }

    let change = |step: &WaterfallStep| match step.role {
        WaterfallRole::Lost => format!("\u{2212}{}", count(step.from - step.to)),
        WaterfallRole::New => format!("+{}", count(step.to - step.from)),
        _ => String::new(),
    };
    let summary: Vec<String> = props
        .steps
        .iter()
        .zip(&props.labels)
        .map(|(s, l)| {
            let c = change(s);
            if c.is_empty() {
                format!("{l} {}", count(s.to))
            } else {
                format!("{l} {c}")
            }
        })
        .collect();
    html! {
        <figure class="chart">
            <figcaption>{ props.heading.clone() }</figcaption>
            <canvas
                ref={canvas_ref}
                class="chart-canvas"
                role="img"
                aria-label={format!("{}: {}", props.heading, summary.join("; "))}
                data-chart="waterfall"
            />
            <details class="chart-data">
                <summary>{ props.table_caption.clone() }</summary>
                <table>
                    <thead>
                        <tr>
                            { for props.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for props.steps.iter().zip(&props.labels).map(|(s, l)| html! {
                            <tr>
                                <th scope="row">{ l.clone() }</th>
                                <td>{ change(s) }</td>
                                <td>{ count(s.to) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
            </details>
        </figure>
    }
}
