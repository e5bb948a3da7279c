//! The tornado chart on a canvas, with its data as a table.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_canvas::{draw_next_frame, prepare, use_canvas_width};
use super::data_table::data_table;
use crate::charts::tornado::{self, TornadoBar};

/// Height of the chart in CSS pixels: four rows of 46 px and a margin (the canvas's CSS
/// height, `.chart-tornado`, must match; no inline style, so a strict CSP allows the page).
const HEIGHT_CSS_PX: f64 = 210.0;

#[derive(Properties, PartialEq)]
pub struct TornadoChartProps {
    /// CLV with every input as typed (money).
    pub base: f64,
    /// Largest spread first.
    pub bars: Vec<TornadoBar>,
    pub heading: AttrValue,
    pub table_caption: AttrValue,
    /// Column headings of the table.
    pub columns: [AttrValue; 5],
    /// The table's rows, each with five cells as displayed.
    pub rows: Vec<[AttrValue; 5]>,
}

/// Draws the tornado and redraws it when the data or the window size changes.
#[function_component]
pub fn TornadoChart(props: &TornadoChartProps) -> Html {
    let canvas_ref = use_node_ref();
    let css_width = use_canvas_width(&canvas_ref);
    {
        let canvas_ref = canvas_ref.clone();
        let deps = (props.base.to_bits(), props.bars.clone(), css_width);
        use_effect_with(deps, move |(base, bars, width)| {
            let pending = match (canvas_ref.cast::<HtmlCanvasElement>(), *width) {
                (Some(canvas), Some(width)) => {
                    let (base, bars) = (f64::from_bits(*base), bars.clone());
                    Some(draw_next_frame(move || {
                        let style = prepare(&canvas, width, HEIGHT_CSS_PX);
                        // A drawing failure leaves the canvas blank; the table has the data.
                        let _ = tornado::draw(canvas, base, &bars, &style);
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
        .map(|r| format!("{}: {} … {}", r[0], r[1], r[2]))
        .collect();
    let rows: Vec<Vec<AttrValue>> = props.rows.iter().map(|r| r.to_vec()).collect();
    html! {
        <figure class="chart">
            <figcaption>{ props.heading.clone() }</figcaption>
            <canvas
                ref={canvas_ref}
                class="chart-canvas chart-tornado"
                role="img"
                aria-label={format!("{}: {}", props.heading, summary.join("; "))}
                data-chart="tornado"
            />
            { data_table(&props.table_caption, &props.columns, &rows, true) }
        </figure>
    }
}
