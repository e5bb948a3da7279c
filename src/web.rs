//! The few places that touch browser APIs: reading the link and the browser's languages,
//! writing the link back, the document's language and title, theme and pixel ratio.
//! Every call goes through `Option`/`Result`: in a sandboxed iframe some of these are
//! refused, and the calculator must keep working without them.

use wasm_bindgen::JsValue;
use web_sys::UrlSearchParams;

use crate::i18n::Lang;
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

/// True when the system asks for a dark theme.
pub fn prefers_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
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
