//! The summary's outputs in the browser: print, copy to the clipboard,
//! download a file. Natively (SSR tests) they do nothing, like
//! [`crate::platform`].

/// Prints the documents. On a page of its own (or in the iframe page) that
/// is the browser's print dialog for the page, whose print stylesheet shows
/// only the documents. Inside a host page's shadow root it would print the
/// host page: the custom element is asked instead (a cancelable
/// `weiquan:print` event from the button; embed.js claims it and prints the
/// documents from a frame of their own). `button` is the print button.
///
/// A press within [`REPEAT_MS`] of the last print's end is the same press
/// (a double tap): it prints nothing. On the hall's kiosk, which prints
/// without a dialog, each had been a second full set of papers.
pub fn print(button: Option<web_sys::Element>) {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::JsCast;
        if crate::components::now_ms() - LAST_PRINT.get() < REPEAT_MS {
            return;
        }
        let mut claimed = false;
        if let Some(button) = button.filter(|b| b.get_root_node().dyn_ref::<web_sys::ShadowRoot>().is_some()) {
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init.set_cancelable(true);
            if let Ok(ask) = web_sys::Event::new_with_event_init_dict("weiquan:print", &init) {
                claimed = button.dispatch_event(&ask) == Ok(false);
            }
        }
        if let (false, Some(w)) = (claimed, web_sys::window()) {
            let _ = w.print();
        }
        // When this print ended: print() may have waited for its dialog.
        LAST_PRINT.set(crate::components::now_ms());
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop(button);
}

/// How long after a print ends another press is taken for the same one.
pub const REPEAT_MS: f64 = 3000.0;

thread_local! {
    /// When the last print ended (ms since the epoch).
    static LAST_PRINT: std::cell::Cell<f64> = const { std::cell::Cell::new(f64::NEG_INFINITY) };
}

/// Writes `text` to the clipboard; `done(true)` once written, `done(false)`
/// when the device refuses or has no clipboard API.
pub fn copy(text: &str, done: impl FnOnce(bool) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::closure::Closure;
        use web_sys::wasm_bindgen::JsValue;
        let Some(window) = web_sys::window() else { return done(false) };
        let clipboard = window.navigator().clipboard();
        // `navigator.clipboard` is undefined outside secure contexts.
        if JsValue::from(clipboard.clone()).is_undefined() {
            return done(false);
        }
        let promise = clipboard.write_text(text);
        let done = std::rc::Rc::new(std::cell::RefCell::new(Some(done)));
        let (d1, d2) = (done.clone(), done);
        let ok = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            if let Some(f) = d1.borrow_mut().take() {
                f(true)
            }
        });
        let err = Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| {
            if let Some(f) = d2.borrow_mut().take() {
                f(false)
            }
        });
        let _ = promise.then2(&ok, &err);
        // The promise owns the callbacks now (a few bytes per copy).
        ok.forget();
        err.forget();
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = text;
        done(false);
    }
}

#[cfg(target_arch = "wasm32")]
use web_sys::wasm_bindgen::JsCast;

#[cfg(target_arch = "wasm32")]
thread_local! {
    static LAST_URL: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Offers `content` as a file named `name` of type `mime` (a Blob URL and a
/// temporary link; nothing leaves the device). Returns whether it started.
pub fn download(name: &str, mime: &str, content: &str) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        let run = || -> Option<()> {
            let doc = web_sys::window()?.document()?;
            let parts = web_sys::js_sys::Array::of1(&web_sys::wasm_bindgen::JsValue::from_str(content));
            let bag = web_sys::BlobPropertyBag::new();
            bag.set_type(mime);
            let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &bag).ok()?;
            let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
            let a: web_sys::HtmlAnchorElement = doc.create_element("a").ok()?.dyn_into().ok()?;
            a.set_href(&url);
            a.set_download(name);
            // Clicked without being put in the page: embedded, nothing is
            // added to the host's document and no click reaches its listeners.
            a.click();
            // Revoking at once can cancel the download in some browsers: the
            // previous file's URL is revoked instead.
            LAST_URL.with(|last| {
                if let Some(old) = last.replace(Some(url)) {
                    let _ = web_sys::Url::revoke_object_url(&old);
                }
            });
            Some(())
        };
        run().is_some()
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (name, mime, content);
        false
    }
}
