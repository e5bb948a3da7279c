//! The cost chart on a canvas, with its data as a table for screen readers and for
//! anyone who wants the numbers.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_canvas::{draw_next_frame, prepare, use_canvas_width};
use super::data_table::data_table;
use crate::charts::cost::{self, CostChartData, CostChartLabels};

/// Height of the chart in CSS pixels.
const HEIGHT_CSS_PX: f64 = 226.0;

#[derive(Properties, PartialEq)]
pub struct CostChartProps {
    pub data: CostChartData,
    /// Replace, keep, ratio, band, yours.
    pub labels: [AttrValue; 5],
    pub heading: AttrValue,
    pub table_caption: AttrValue,
    /// Column headings of the data table: item, value.
    pub columns: [AttrValue; 2],
    /// The table's rows: what, and its value as displayed.
    pub rows: Vec<(AttrValue, AttrValue)>,
}

/// Draws the cost chart and redraws it when the data or the window size changes.
#[function_component]
pub fn CostChart(props: &CostChartProps) -> Html {
    let canvas_ref = use_node_ref();
    let css_width = use_canvas_width(&canvas_ref);
    {
        let canvas_ref = canvas_ref.clone();
        let deps = (props.data, props.labels.clone(), css_width);
        use_effect_with(deps, move |(data, labels, width)| {
            let pending = match (canvas_ref.cast::<HtmlCanvasElement>(), *width) {
                (Some(canvas), Some(width)) => {
                    let (data, labels) = (*data, labels.clone());
                    Some(draw_next_frame(move || {
                        let style = prepare(&canvas, width, HEIGHT_CSS_PX);
                        let words = CostChartLabels {
                            replace: &labels[0],
                            keep: &labels[1],
                            ratio: &labels[2],
                            band: &labels[3],
                            yours: &labels[4],
                        };
                        // A drawing failure leaves the canvas blank; the table below has
                        // the data.
                        let _ = cost::draw(canvas, &data, &words, &style);
                    }))
                }
                _ => None,
            };
            move || drop(pending)
        });
    }
    let summary: Vec<String> = props
        .rows
        .iter()
        .map(|(what, value)| format!("{what} {value}"))
        .collect();
    let rows: Vec<Vec<AttrValue>> = props
        .rows
        .iter()
        .map(|(what, value)| vec![what.clone(), value.clone()])
        .collect();
    html! {
        <figure class="chart">
            <figcaption>{ props.heading.clone() }</figcaption>
            <canvas
                ref={canvas_ref}
                class="chart-canvas chart-cost"
                role="img"
                aria-label={format!("{}: {}", props.heading, summary.join("; "))}
                data-chart="cost"
            />
            { data_table(&props.table_caption, &props.columns, &rows, false) }
        </figure>
    }
}
