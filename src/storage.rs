//! This device's storage, for the phone setting's save-and-resume. The
//! kiosk and the embedded widget never call it (see [`crate::mode::Mode`]);
//! on a phone it is used only after the person has agreed.
//!
//! Storage may be missing or refuse (private browsing, a sandboxed iframe, a
//! full quota): every call then reports failure instead of throwing, and the
//! app works on without saving. Natively (SSR tests, the prerender) there is
//! no storage.

/// The one key the widget writes.
pub const KEY: &str = "weiquan.saved";

#[cfg(target_arch = "wasm32")]
fn local() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// Whether this device lets the widget save (checked by writing and
/// removing a probe entry).
pub fn available() -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let Some(s) = local() else { return false };
        let probe = "weiquan.probe";
        s.set_item(probe, "1").is_ok() && s.remove_item(probe).is_ok()
    }
    #[cfg(not(target_arch = "wasm32"))]
    NATIVE_AVAILABLE.with(|a| a.get())
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static NATIVE_AVAILABLE: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Natively only: render as a browser that lets the widget save would (the
/// build's prerendered start screen shows the save box). Nothing is stored.
#[cfg(not(target_arch = "wasm32"))]
pub fn render_as_if_available(yes: bool) {
    NATIVE_AVAILABLE.with(|a| a.set(yes));
}

/// The saved text, if any.
pub fn load() -> Option<String> {
    #[cfg(target_arch = "wasm32")]
    {
        local()?.get_item(KEY).ok().flatten()
    }
    #[cfg(not(target_arch = "wasm32"))]
    None
}

/// Writes the save; false if the device refused.
pub fn store(text: &str) -> bool {
    // Not more than the reader takes (it would delete it as damaged on the
    // next start, and everything with it): refused, as a full storage is.
    if text.len() > weiquan_core::saved::MAX_BYTES {
        return false;
    }
    #[cfg(target_arch = "wasm32")]
    {
        local().is_some_and(|s| s.set_item(KEY, text).is_ok())
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        false
    }
}

/// Deletes the save (nothing else of the host's storage is touched).
pub fn clear() {
    #[cfg(target_arch = "wasm32")]
    if let Some(s) = local() {
        let _ = s.remove_item(KEY);
    }
}
