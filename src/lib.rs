//! Retention Calculator: a customer retention calculator that runs in the browser.
//!
//! The module tree is the architecture:
//! - [`model`]: the pure calculations (no web dependency), tested natively;
//! - [`state`]: the scenario the user is editing, its reducer and its URL codec;
//! - [`i18n`]: every user-visible word in English, 简体中文 and 繁體中文, and number formats;
//! - [`charts`]: drawing computed series onto a canvas;
//! - [`components`]: the Yew components that render what the model returns.

pub mod charts;
pub mod components;
pub mod i18n;
pub mod model;
pub mod state;
pub mod web;
