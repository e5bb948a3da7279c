//! The waterfall chart on a canvas, with its data as a table for screen readers and
//! for anyone who wants the numbers.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_canvas::{prepare, use_canvas_width};
use super::data_table::data_table;
use crate::charts::waterfall;
use crate::i18n::format::count;
use crate::model::retention::{WaterfallRole, WaterfallStep};

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

/// Draws the waterfall and redraws it when the data or the window size changes.
#[function_component]
pub fn WaterfallChart(props: &WaterfallChartProps) -> Html {
    let canvas_ref = use_node_ref();
    let css_width = use_canvas_width(&canvas_ref);

    {
        let canvas_ref = canvas_ref.clone();
        let deps = (props.steps.clone(), props.labels.clone(), css_width);
        use_effect_with(deps, move |(steps, labels, width)| {
            if let (Some(canvas), Some(width)) = (canvas_ref.cast::<HtmlCanvasElement>(), width) {
                let style = prepare(&canvas, *width, HEIGHT_CSS_PX);
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
    let rows: Vec<Vec<AttrValue>> = props
        .steps
        .iter()
        .zip(&props.labels)
        .map(|(s, l)| vec![l.clone(), change(s).into(), count(s.to).into()])
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
            { data_table(&props.table_caption, &props.columns, &rows, false) }
        </figure>
    }
}
