//! Every chart of the page through one component: a canvas drawn from computed series,
//! the chart in words for screen readers, and its data as a table rendered when opened.
//!
//! One component type for all charts, not one per chart: each Yew component type costs
//! its own copy of the component lifecycle in the wasm (several KB each, measured with
//! twiggy), and every visitor pays for it. What differs between charts is data, so it is
//! an enum here, and the drawing functions in `crate::charts` stay free of Yew.

use web_sys::HtmlCanvasElement;
use yew::prelude::*;

use super::chart_canvas::{draw_next_frame, prepare, use_canvas_width};
use super::ScenarioContext;
use crate::charts::cost::{CostChartData, CostChartLabels};
use crate::charts::pareto::{ParetoBar, ParetoLabels};
use crate::charts::projection::{ProjectionLabels, ProjectionSeries};
use crate::charts::tornado::TornadoBar;
use crate::charts::winback::{BenefitCost, RoiBar};
use crate::charts::{self, ChartStyle};
use crate::model::retention::WaterfallStep;
use crate::model::winback::ROI_BENCHMARK;
use crate::web;

/// What a chart draws: the series the model computed and the words printed on the canvas.
#[derive(Debug, Clone, PartialEq)]
pub enum ChartData {
    /// Start, lost, new, end (customers); one label per step.
    Waterfall {
        steps: Vec<WaterfallStep>,
        labels: Vec<AttrValue>,
    },
    /// Replacement against keep cost (money) and the ratio against the texts' band.
    /// Labels: replace, keep, ratio, band, yours.
    Cost {
        data: CostChartData,
        labels: [AttrValue; 5],
    },
    /// Customers period by period. Labels: customers, improved, ceiling, period.
    Projection {
        series: ProjectionSeries,
        labels: [AttrValue; 4],
    },
    /// Two scenarios' customers over time (side by side): the second in the improved
    /// line's place, no ceiling. Labels: the two names, unused, the x axis.
    Compare {
        series: ProjectionSeries,
        labels: [AttrValue; 4],
    },
    /// CLV (money) with each input moved down and up, around `base`.
    Tornado { base: f64, bars: Vec<TornadoBar> },
    /// Causes largest first with the cumulative share. Labels: share, cumulative, 80 %.
    Pareto {
        bars: Vec<ParetoBar>,
        labels: [AttrValue; 3],
    },
    /// Win-back ROI per segment (fractions) against the German study's range.
    WinbackRoi {
        bars: Vec<RoiBar>,
        band_label: AttrValue,
    },
    /// The win-back campaign's cost against its benefit by kind (money). Labels: cost,
    /// benefit, repurchase, avoided replacement, communication, information.
    BenefitCost {
        data: BenefitCost,
        labels: [AttrValue; 6],
    },
}

impl ChartData {
    /// The chart's name in the contract (`data-chart`).
    fn name(&self) -> &'static str {
        match self {
            ChartData::Waterfall { .. } => "waterfall",
            ChartData::Cost { .. } => "cost",
            ChartData::Projection { .. } => "projection",
            ChartData::Compare { .. } => "compare_projection",
            ChartData::Tornado { .. } => "tornado",
            ChartData::Pareto { .. } => "pareto",
            ChartData::WinbackRoi { .. } => "winback_roi",
            ChartData::BenefitCost { .. } => "winback_benefit",
        }
    }

    /// The canvas's CSS class and height in CSS pixels (the two must match: the height
    /// is set by the stylesheet, not inline, so that a strict CSP allows the page).
    fn class_and_height(&self) -> (&'static str, f64) {
        match self {
            ChartData::Waterfall { .. } => ("chart-canvas", 240.0),
            ChartData::Cost { .. } => ("chart-canvas chart-cost", 226.0),
            ChartData::Projection { .. } | ChartData::Compare { .. } => {
                ("chart-canvas chart-projection", 260.0)
            }
            ChartData::Tornado { .. } => ("chart-canvas chart-tornado", 210.0),
            ChartData::Pareto { .. } => ("chart-canvas chart-pareto", 250.0),
            ChartData::WinbackRoi { bars, .. } => match bars.len() {
                0..=3 => ("chart-canvas chart-roi-3", 170.0),
                4..=8 => ("chart-canvas chart-roi-8", 300.0),
                _ => ("chart-canvas chart-roi-18", 560.0),
            },
            ChartData::BenefitCost { .. } => ("chart-canvas chart-benefit", 230.0),
        }
    }

    /// Whether the chart is drawn with its figures rather than just before the next
    /// paint: only the first section's chart, which is on screen when the page opens.
    fn draws_at_once(&self) -> bool {
        matches!(self, ChartData::Waterfall { .. })
    }

    /// Draws on `canvas`, whose pixel size `style` was prepared for.
    fn draw(&self, canvas: HtmlCanvasElement, style: &ChartStyle) -> Result<(), String> {
        match self {
            ChartData::Waterfall { steps, labels } => {
                let labels: Vec<&str> = labels.iter().map(|l| l.as_str()).collect();
                charts::waterfall::draw(canvas, steps, &labels, style)
            }
            ChartData::Cost { data, labels } => {
                let words = CostChartLabels {
                    replace: &labels[0],
                    keep: &labels[1],
                    ratio: &labels[2],
                    band: &labels[3],
                    yours: &labels[4],
                };
                charts::cost::draw(canvas, data, &words, style)
            }
            ChartData::Projection { series, labels } | ChartData::Compare { series, labels } => {
                let words = ProjectionLabels {
                    customers: &labels[0],
                    improved: &labels[1],
                    ceiling: &labels[2],
                    period: &labels[3],
                };
                charts::projection::draw(canvas, series, &words, style)
            }
            ChartData::Tornado { base, bars } => charts::tornado::draw(canvas, *base, bars, style),
            ChartData::Pareto { bars, labels } => {
                let words = ParetoLabels {
                    share: &labels[0],
                    cumulative: &labels[1],
                    marker: &labels[2],
                };
                charts::pareto::draw(canvas, bars, &words, style)
            }
            ChartData::WinbackRoi { bars, band_label } => {
                charts::winback::draw_roi(canvas, bars, ROI_BENCHMARK, band_label, style)
            }
            ChartData::BenefitCost { data, labels } => {
                let words = labels.each_ref().map(|l| l.as_str());
                charts::winback::draw_benefit_cost(canvas, data, &words, style)
            }
        }
    }
}

/// A chart's rows as displayed, first cell the row heading; computed only when the
/// table is opened (the projection's has up to 601 rows).
pub type TableRows = Callback<(), Vec<Vec<AttrValue>>>;

#[derive(Properties, PartialEq)]
pub struct ChartProps {
    pub data: ChartData,
    pub heading: AttrValue,
    /// The chart in words: the canvas's accessible name.
    pub summary: AttrValue,
    pub table_caption: AttrValue,
    /// Column headings of the data table.
    pub columns: Vec<AttrValue>,
    pub rows: TableRows,
}

/// Draws the chart, redraws it when its data or the window's width changes, and shows
/// its data as a table when asked.
#[function_component]
pub fn Chart(props: &ChartProps) -> Html {
    let canvas_ref = use_node_ref();
    let css_width = use_canvas_width(&canvas_ref);
    let table_open = use_state(|| false);
    let png_label = use_context::<ScenarioContext>()
        .map(|s| s.lang.texts().chart_png)
        .unwrap_or_default();
    {
        let canvas_ref = canvas_ref.clone();
        use_effect_with((props.data.clone(), css_width), move |(data, width)| {
            let pending = match (canvas_ref.cast::<HtmlCanvasElement>(), *width) {
                (Some(canvas), Some(width)) => {
                    let data = data.clone();
                    let at_once = data.draws_at_once();
                    let draw = move || {
                        let style = prepare(&canvas, width, data.class_and_height().1);
                        // A drawing failure leaves the canvas blank; the table below
                        // still has the data.
                        let _ = data.draw(canvas, &style);
                    };
                    if at_once {
                        draw();
                        None
                    } else {
                        Some(draw_next_frame(draw))
                    }
                }
                _ => None,
            };
            move || drop(pending)
        });
    }
    let ontoggle = {
        let table_open = table_open.clone();
        Callback::from(move |e: Event| {
            let details: web_sys::HtmlDetailsElement = e.target_unchecked_into();
            table_open.set(details.open());
        })
    };
    let name = props.data.name();
    let on_png = {
        let canvas_ref = canvas_ref.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(canvas) = canvas_ref.cast::<HtmlCanvasElement>() {
                web::download_canvas_png(&canvas, &format!("retention-calculator-{name}.png"));
            }
        })
    };
    let table = (*table_open).then(|| {
        let rows = props.rows.emit(());
        // Named after the chart too: several charts' tables are open at once.
        let region = format!("{}: {}", props.heading, props.table_caption);
        html! {
            <div class="table-scroll" tabindex="0" role="region" aria-label={region}>
                <table>
                    <thead>
                        <tr>
                            { for props.columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for rows.into_iter().map(|row| html! {
                            <tr>
                                { for row.into_iter().enumerate().map(|(i, c)| if i == 0 {
                                    html! { <th scope="row">{ c }</th> }
                                } else {
                                    html! { <td>{ c }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        }
    });
    html! {
        <figure class="chart">
            <figcaption>{ props.heading.clone() }</figcaption>
            <canvas
                ref={canvas_ref}
                class={props.data.class_and_height().0}
                role="img"
                aria-label={props.summary.clone()}
                data-chart={name}
            />
            <details class="chart-data" {ontoggle} data-table={name}>
                <summary>{ props.table_caption.clone() }</summary>
                { for table }
            </details>
            <button type="button" class="chart-png" data-action="export-png" data-chart-for={name} onclick={on_png}>{ png_label }</button>
        </figure>
    }
}
