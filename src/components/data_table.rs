//! A chart's data as a table, for screen readers and for anyone who wants the numbers.

use yew::prelude::*;

/// `<details>` with a table: `columns` as headings, each row's first cell as its row
/// heading. `scroll` wraps the table in a keyboard-reachable scrolling region.
pub fn data_table(
    caption: &AttrValue,
    columns: &[AttrValue],
    rows: &[Vec<AttrValue>],
    scroll: bool,
) -> Html {
    let table = html! {
        <table>
            <thead>
                <tr>
                    { for columns.iter().map(|c| html! { <th scope="col">{ c.clone() }</th> }) }
                </tr>
            </thead>
            <tbody>
                { for rows.iter().map(|row| html! {
                    <tr>
                        { for row.iter().take(1).map(|c| html! { <th scope="row">{ c.clone() }</th> }) }
                        { for row.iter().skip(1).map(|c| html! { <td>{ c.clone() }</td> }) }
                    </tr>
                }) }
            </tbody>
        </table>
    };
    html! {
        <details class="chart-data">
            <summary>{ caption.clone() }</summary>
            if scroll {
                <div class="table-scroll" tabindex="0" role="region" aria-label={caption.clone()}>
                    { table }
                </div>
            } else {
                { table }
            }
        </details>
    }
}
