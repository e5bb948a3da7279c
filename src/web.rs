//! The few places that touch browser APIs: reading the link and the browser's languages,
//! writing the link back, the document's language and title, theme and pixel ratio.
//! Every call goes through `Option`/`Result`: in a sandboxed iframe some of these are
//! refused, and the calculator must keep working without them.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, HtmlInputElement, HtmlSelectElement, ResizeObserver, UrlSearchParams};

use crate::i18n::Lang;
use crate::state::export::Row;
use crate::state::view::Theme;
use crate::state::{url, Scenario};

/// The scenario the page opens with: from the link, else the defaults.
pub fn initial_scenario() -> Scenario {
    let params = web_sys::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|search| UrlSearchParams::new_with_str(&search).ok());
    url::decode(
        |key| params.as_ref().and_then(|p| p.get(key)),
        &browser_languages(),
    )
}

/// The browser's preferred languages, most preferred first.
pub fn browser_languages() -> Vec<String> {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return Vec::new();
    };
    let mut tags: Vec<String> = navigator
        .languages()
        .iter()
        .filter_map(|v| v.as_string())
        .collect();
    if tags.is_empty() {
        tags.extend(navigator.language());
    }
    tags
}

/// The scenario's link query (without `?`), percent-encoded by the browser.
pub fn query_string(scenario: &Scenario) -> String {
    let Ok(params) = UrlSearchParams::new() else {
        return String::new();
    };
    for (key, value) in url::encode(scenario) {
        params.append(&key, &value);
    }
    params.to_string().into()
}

/// Opens the scenario of a saved link query, in the current language and view.
pub fn scenario_from_query(query: &str, current: &Scenario) -> Scenario {
    let params = UrlSearchParams::new_with_str(query).ok();
    let mut scenario = url::decode(
        |key| params.as_ref().and_then(|p| p.get(key)),
        &browser_languages(),
    );
    scenario.lang = current.lang;
    scenario.lang_chosen = current.lang_chosen;
    scenario.view = current.view.clone();
    scenario
}

/// The browser refused its local storage (a sandboxed frame, some private modes,
/// storage disabled); the caller says so and works around it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct StorageRefused;

fn local_storage() -> Result<web_sys::Storage, StorageRefused> {
    web_sys::window()
        .ok_or(StorageRefused)?
        .local_storage()
        .map_err(|_| StorageRefused)?
        .ok_or(StorageRefused)
}

/// The text stored under `key` (`Ok(None)`: nothing), or `Err` when storage is refused.
pub fn read_storage(key: &str) -> Result<Option<String>, StorageRefused> {
    local_storage()?.get_item(key).map_err(|_| StorageRefused)
}

/// Stores `text` under `key`; false when refused (blocked, or full).
pub fn write_storage(key: &str, text: &str) -> bool {
    local_storage().is_ok_and(|s| s.set_item(key, text).is_ok())
}

/// Replaces the page's query string with the scenario's, so the address bar is always a
/// shareable link. Keeps the path (the app may live under any sub-path).
pub fn write_link(scenario: &Scenario) {
    let Ok(params) = UrlSearchParams::new() else {
        return;
    };
    for (key, value) in url::encode(scenario) {
        params.append(&key, &value);
    }
    let query = format!("?{}", String::from(params.to_string()));
    let Some(window) = web_sys::window() else {
        return;
    };
    if window.location().search().ok().as_deref() == Some(query.as_str()) {
        return;
    }
    if let Ok(history) = window.history() {
        // Refused in some sandboxed frames; the link then simply is not updated.
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&query));
    }
}

/// Sets `<html lang>` and the document title for `lang`.
pub fn set_document_language(lang: Lang) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    document.set_title(lang.texts().app_title);
}

/// True when the page is dark: `theme=dark` in the link, or the system's dark theme
/// unless `theme=light`.
pub fn prefers_dark() -> bool {
    let window = web_sys::window();
    let chosen = window
        .as_ref()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("data-theme"));
    match chosen.as_deref() {
        Some("dark") => true,
        Some("light") => false,
        _ => window
            .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
            .is_some_and(|m| m.matches()),
    }
}

/// Applies the link's theme (`data-theme` on `<html>`, which the stylesheet follows) and
/// accent colour (the `--accent` custom property, set through the CSS object model, which
/// a strict Content-Security-Policy allows where an inline style would not be).
pub fn apply_view(theme: Theme, accent: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match theme {
        Theme::Auto => root.remove_attribute("data-theme"),
        Theme::Light => root.set_attribute("data-theme", "light"),
        Theme::Dark => root.set_attribute("data-theme", "dark"),
    };
    if let Some(style) = root.dyn_ref::<HtmlElement>().map(|e| e.style()) {
        let _ = match accent {
            Some(colour) => style.set_property("--accent", colour),
            None => style.remove_property("--accent").map(|_| ()),
        };
    }
}

/// The message a page in a frame posts to its parent: `{type, height}`.
pub const HEIGHT_MESSAGE_TYPE: &str = "retention-calculator:height";

/// Posts the page's height in CSS pixels to the parent page each time it changes, when
/// the page is in a frame, as `{type: "retention-calculator:height", height}` (see
/// docs/EMBED.md). The height is not a secret, so the target origin is `*`; the parent
/// checks the message's origin and source. Returns what must be kept alive (dropping it
/// stops the reports).
pub fn report_height_to_parent() -> Option<HeightReporter> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    if js_sys::Object::is(&parent, &window) {
        return None;
    }
    let root = window.document()?.document_element()?;
    let last = std::cell::Cell::new(0.0);
    let measured = root.clone();
    let callback = Closure::<dyn FnMut()>::new(move || {
        let height = f64::from(measured.scroll_height());
        if height == last.get() {
            return;
        }
        last.set(height);
        let message = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE_TYPE.into());
        let _ = js_sys::Reflect::set(&message, &"height".into(), &height.into());
        let _ = parent.post_message(&message, "*");
    });
    let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&root);
    Some(HeightReporter {
        observer,
        _callback: callback,
    })
}

/// Keeps the height reports going; dropping it disconnects the observer.
pub struct HeightReporter {
    observer: ResizeObserver,
    _callback: Closure<dyn FnMut()>,
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Just before printing, puts a picture of each of the page's charts into the printed
/// report's `.print-charts` (a canvas keeps its screen size in print; a picture scales
/// to the report's columns). Returns what must be kept alive.
pub fn copy_charts_for_print() -> Option<PrintListener> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let callback = Closure::<dyn FnMut()>::new(move || {
        let Some(target) = document.query_selector(".print-charts").ok().flatten() else {
            return;
        };
        target.set_inner_html("");
        let Ok(canvases) = document.query_selector_all("main .section canvas[data-chart]") else {
            return;
        };
        for i in 0..canvases.length() {
            let Some(canvas) = canvases
                .item(i)
                .and_then(|n| n.dyn_into::<web_sys::HtmlCanvasElement>().ok())
            else {
                continue;
            };
            if canvas.width() == 0 {
                continue;
            }
            let caption = canvas
                .closest("figure")
                .ok()
                .flatten()
                .and_then(|f| f.query_selector("figcaption").ok().flatten())
                .and_then(|c| c.text_content())
                .unwrap_or_default();
            let (Ok(url), Ok(figure), Ok(image), Ok(text)) = (
                canvas.to_data_url(),
                document.create_element("figure"),
                document.create_element("img"),
                document.create_element("figcaption"),
            ) else {
                continue;
            };
            let _ = image.set_attribute("src", &url);
            let _ = image.set_attribute(
                "alt",
                &canvas.get_attribute("aria-label").unwrap_or_default(),
            );
            text.set_text_content(Some(&caption));
            let _ = figure.append_child(&text);
            let _ = figure.append_child(&image);
            let _ = target.append_child(&figure);
        }
    });
    window
        .add_event_listener_with_callback("beforeprint", callback.as_ref().unchecked_ref())
        .ok()?;
    Some(PrintListener {
        _callback: callback,
    })
}

/// Keeps the charts copied for print; dropped with the page.
pub struct PrintListener {
    _callback: Closure<dyn FnMut()>,
}

/// A fresh problem number for "New problem": 1 to 999,999 (short enough to read out in a
/// classroom), from the browser's `Math.random`.
pub fn random_seed() -> u64 {
    (js_sys::Math::random() * 999_999.0).floor() as u64 + 1
}

/// Unfolds the glossary, so that a link to one of its rows lands on it.
pub fn open_glossary() {
    if let Some(glossary) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("glossary"))
    {
        let _ = glossary.set_attribute("open", "");
    }
}

/// Opens the browser's print dialog ("print / save as PDF").
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Device pixels per CSS pixel (2 on most phones), between 1 and 4.
pub fn device_pixel_ratio() -> f64 {
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    if ratio.is_finite() {
        ratio.clamp(1.0, 4.0)
    } else {
        1.0
    }
}

/// Every input and result on the page as export rows, in page order: inputs by
/// `data-field` with the text as typed (a checkbox as 1 or 0), results by `data-result`
/// with their unformatted `data-value` and `data-key`. Read from the page so the file holds
/// exactly what the user sees, in the contract's names.
pub fn page_rows() -> Vec<Row> {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return Vec::new();
    };
    let mut rows = Vec::new();
    let all = |selector: &str| {
        document
            .query_selector_all(selector)
            .map(|list| {
                (0..list.length())
                    .filter_map(|i| list.item(i))
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default()
    };
    for node in all("input[data-field], select[data-field]") {
        let Some(element) = node.dyn_ref::<web_sys::Element>() else {
            continue;
        };
        let name = element.get_attribute("data-field").unwrap_or_default();
        let value = if let Some(input) = node.dyn_ref::<HtmlInputElement>() {
            if input.type_() == "checkbox" {
                if input.checked() { "1" } else { "0" }.to_string()
            } else {
                input.value()
            }
        } else if let Some(select) = node.dyn_ref::<HtmlSelectElement>() {
            select.value()
        } else {
            continue;
        };
        rows.push(Row {
            kind: "input",
            name,
            value,
            key: String::new(),
        });
    }
    for node in all("[data-result]") {
        let Some(element) = node.dyn_ref::<web_sys::Element>() else {
            continue;
        };
        rows.push(Row {
            kind: "result",
            name: element.get_attribute("data-result").unwrap_or_default(),
            value: element.get_attribute("data-value").unwrap_or_default(),
            key: element.get_attribute("data-key").unwrap_or_default(),
        });
    }
    rows
}

/// Offers `contents` as a file download named `file_name`, through a Blob and a
/// temporary link. False when the browser refused (e.g. a sandboxed frame without
/// `allow-downloads`).
pub fn download(file_name: &str, mime: &str, contents: &str) -> bool {
    let attempt = || -> Option<()> {
        let document = web_sys::window()?.document()?;
        let parts = js_sys::Array::of1(&JsValue::from_str(contents));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type(mime);
        let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
        let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
        let clicked = click_download_link(&document, &url, file_name);
        let _ = web_sys::Url::revoke_object_url(&url);
        clicked
    };
    attempt().is_some()
}

/// Offers `href` as a download named `file_name` through a temporary link.
fn click_download_link(document: &web_sys::Document, href: &str, file_name: &str) -> Option<()> {
    let link: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    link.set_href(href);
    link.set_download(file_name);
    let body = document.body()?;
    body.append_child(&link).ok()?;
    link.click();
    let _ = body.remove_child(&link);
    Some(())
}

/// Offers the chart drawn on `canvas` as a PNG file named `file_name`, on the page's
/// surface colour (the canvas itself is transparent, which image viewers show as black
/// or a checkerboard). False when the browser refused.
pub fn download_canvas_png(canvas: &web_sys::HtmlCanvasElement, file_name: &str) -> bool {
    let attempt = || -> Option<()> {
        let window = web_sys::window()?;
        let document = window.document()?;
        let copy: web_sys::HtmlCanvasElement =
            document.create_element("canvas").ok()?.dyn_into().ok()?;
        copy.set_width(canvas.width());
        copy.set_height(canvas.height());
        let context: web_sys::CanvasRenderingContext2d =
            copy.get_context("2d").ok()??.dyn_into().ok()?;
        let surface = window
            .get_computed_style(canvas)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value("--surface").ok())
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
            .unwrap_or_else(|| "#ffffff".to_string());
        context.set_fill_style_str(&surface);
        context.fill_rect(0.0, 0.0, f64::from(copy.width()), f64::from(copy.height()));
        context
            .draw_image_with_html_canvas_element(canvas, 0.0, 0.0)
            .ok()?;
        let url = copy.to_data_url_with_type("image/png").ok()?;
        click_download_link(&document, &url, file_name)
    };
    attempt().is_some()
}

/// Copies `text` to the clipboard, then calls `done` with whether it worked (the browser
/// may refuse: no permission, or a frame without `allow="clipboard-write"`).
pub fn copy_text(text: &str, done: impl FnOnce(bool) + 'static) {
    let Some(window) = web_sys::window() else {
        done(false);
        return;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::spawn_local(async move {
        done(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// The link that reproduces `scenario`: this page's address with the scenario's query
/// (what the address bar shows once its short debounce has passed).
pub fn link_for(scenario: &Scenario) -> Option<String> {
    let location = web_sys::window()?.location();
    let origin = location.origin().ok()?;
    let path = location.pathname().ok()?;
    Some(format!("{origin}{path}?{}", query_string(scenario)))
}
