//! The few places that touch browser APIs: reading the link and the browser's languages,
//! writing the link back, the document's language and title, theme and pixel ratio.
//! Every call goes through `Option`/`Result`: in a sandboxed iframe some of these are
//! refused, and the calculator must keep working without them.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{HtmlElement, ResizeObserver, UrlSearchParams};

use crate::i18n::Lang;
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

/// Device pixels per CSS pixel (2 on most phones), between 1 and 4.
pub fn device_pixel_ratio() -> f64 {
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio());
    if ratio.is_finite() {
        ratio.clamp(1.0, 4.0)
    } else {
        1.0
    }
}
