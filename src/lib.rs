//! 维权导办 front end: Yew components and UI state over the `weiquan-core`
//! domain crate. Everything runs in the browser; nothing the user types
//! leaves the device.

pub mod components;
pub mod early;
pub mod mode;
pub mod output;
pub mod platform;
pub mod state;
pub mod storage;
pub mod summary_state;
pub mod summary_text;
pub mod text;

pub use components::{App, AppProps};
pub use mode::Mode;

/// Id of the element the standalone page mounts into (see `index.html`).
pub const ROOT_ID: &str = "weiquan-app";

/// Bounds of the kiosk idle period (`?idle=`, attribute `idle`), seconds.
pub const IDLE_MIN_SECS: u32 = 30;
pub const IDLE_MAX_SECS: u32 = 3600;

/// How the widget starts: from the standalone page's URL
/// (`?mode=kiosk|phone|embed&lang=zh|en&idle=120`) or from the custom
/// element's attributes (`mode`, `lang`, `idle`). Unknown or malformed
/// values fall back to the defaults; nothing here can fail.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Settings {
    pub mode: Mode,
    pub lang: Option<text::Lang>,
    pub idle_secs: u32,
}

impl Settings {
    /// From raw values (`None` or unparsable: the default), with
    /// `default_mode` when `mode` is missing or unknown.
    pub fn from_values(mode: Option<&str>, lang: Option<&str>, idle: Option<&str>, default_mode: Mode) -> Settings {
        Settings {
            mode: mode.and_then(Mode::parse).unwrap_or(default_mode),
            lang: lang.and_then(parse_lang),
            idle_secs: idle.and_then(parse_idle).unwrap_or(mode::KIOSK_IDLE_SECS),
        }
    }

    /// From a URL query (`location.search`, with or without the `?`). The
    /// first occurrence of each parameter counts.
    pub fn from_query(query: &str, default_mode: Mode) -> Settings {
        let params: Vec<(String, String)> = query
            .trim_start_matches('?')
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (percent_decode(k), percent_decode(v))
            })
            .collect();
        let get = |name: &str| params.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
        Settings::from_values(get("mode"), get("lang"), get("idle"), default_mode)
    }

    pub fn props(&self) -> AppProps {
        AppProps { mode: self.mode, lang: self.lang, idle_secs: self.idle_secs, ..AppProps::default() }
    }
}

/// `zh`, `zh-CN`, `zh-Hans`… → Chinese; `en`, `en-GB`… → English; else `None`.
pub fn parse_lang(s: &str) -> Option<text::Lang> {
    let s = s.trim().to_ascii_lowercase();
    let primary = s.split(['-', '_']).next().unwrap_or("");
    match primary {
        "zh" => Some(text::Lang::Zh),
        "en" => Some(text::Lang::En),
        _ => None,
    }
}

/// Whole seconds, clamped to [`IDLE_MIN_SECS`]..=[`IDLE_MAX_SECS`]; `None`
/// unless the value is a plain non-negative integer.
pub fn parse_idle(s: &str) -> Option<u32> {
    let s = s.trim();
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Any number of digits: too many for u64 is simply "very long".
    let secs = s.parse::<u64>().unwrap_or(u64::MAX);
    Some(secs.clamp(IDLE_MIN_SECS as u64, IDLE_MAX_SECS as u64) as u32)
}

/// `%XX` and `+` decoding of a query component; invalid escapes stay as
/// they are, invalid UTF-8 is replaced.
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = |b: u8| (b as char).to_digit(16);
                match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                    (Some(h), Some(l)) => {
                        out.push((h * 16 + l) as u8);
                        i += 2;
                    }
                    _ => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// The recovery screen's words (both languages are shown at once: the
/// language switch died with the app).
pub mod recovery_text {
    pub const TITLE: &str = "维权导办 · Rights-protection guide";
    pub const ZH: &str = "抱歉，导办出了错，已经停止运行。请点“重新开始”再试一次。如仍有问题，请拨打12333人社服务热线咨询。";
    pub const EN: &str = "Sorry, the guide ran into an error and stopped. Press “Restart” to try again. If it happens again, call the 12333 hotline.";
    /// Phone only: answers saved on this device (with consent) survive a restart.
    pub const ZH_SAVED: &str = "如果您选择过在本机保存回答，重新开始后回答仍在。";
    pub const EN_SAVED: &str = "If you chose to save your answers on this device, they will still be there.";
    pub const RESTART: &str = "重新开始 · Restart";
}

#[cfg(target_arch = "wasm32")]
mod web {
    //! The browser side of start-up: mounting (standalone page, custom
    //! element, iframe page), the JavaScript API, and the panic hook.
    use std::cell::{Cell, RefCell};

    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    use web_sys::Element;

    use super::{recovery_text, App, AppProps, Mode, Settings, ROOT_ID};

    thread_local! {
        /// Every mounted widget root, with its mode: the panic hook replaces them.
        static ROOTS: RefCell<Vec<(Element, Mode)>> = const { RefCell::new(Vec::new()) };
        static CRASHED: Cell<bool> = const { Cell::new(false) };
    }

    /// Has the app panicked (the recovery screen is up)?
    pub fn crashed() -> bool {
        CRASHED.try_with(Cell::get).unwrap_or(true)
    }

    /// Mount the app into `root` (replacing its loading state) with the
    /// default settings (phone).
    pub fn mount(root: Element) -> yew::AppHandle<App> {
        mount_with(root, Settings::from_values(None, None, None, Mode::Phone))
    }

    /// Mount the app into `root` (replacing its loading state) with `settings`.
    pub fn mount_with(root: Element, settings: Settings) -> yew::AppHandle<App> {
        mount_props(root, settings, settings.props())
    }

    /// Whether the app has `root`'s document to itself (its own page or
    /// frame.html), not a shadow root in a host page: then its content
    /// belongs in `<main>` (the app's and the recovery screen's).
    fn owns_document(root: &Element) -> bool {
        root.get_root_node().dyn_ref::<web_sys::Document>().is_some()
    }

    fn mount_props(root: Element, settings: Settings, props: AppProps) -> yew::AppHandle<App> {
        let props = AppProps { own_document: owns_document(&root), ..props };
        let _ = root.remove_attribute("aria-busy");
        let _ = root.set_attribute("data-wq-mode", settings.mode.key());
        ROOTS.with(|r| r.borrow_mut().push((root.clone(), settings.mode)));
        #[cfg(feature = "test-panic")]
        test_panic::arm(&root);
        yew::Renderer::<App>::with_root_and_props(root, props).render()
    }

    fn unregister(root: &Element) {
        ROOTS.with(|r| r.borrow_mut().retain(|(el, _)| !el.is_same_node(Some(root))));
    }

    /// The standalone page (and the iframe page): settings from the URL
    /// (`forced_mode`, if given and valid, wins over `?mode=`), mounted into
    /// `#weiquan-app`, created at the end of `<body>` if missing. `early`:
    /// what the person did on the page before the app (see [`crate::early`]).
    /// Returns the mode's key, so the loader knows whether to register the
    /// service worker.
    #[wasm_bindgen(js_name = startPage)]
    pub fn start_page(forced_mode: Option<String>, early: Option<String>) -> Result<String, JsValue> {
        let window = web_sys::window().ok_or("no window")?;
        let document = window.document().ok_or("no document")?;
        let query = window.location().search().unwrap_or_default();
        let mut settings = Settings::from_query(&query, Mode::Phone);
        if let Some(mode) = forced_mode.as_deref().and_then(Mode::parse) {
            settings.mode = mode;
        }
        let root = match document.get_element_by_id(ROOT_ID) {
            Some(el) => el,
            None => {
                let el = document.create_element("div")?;
                el.set_id(ROOT_ID);
                document.body().ok_or("no body")?.append_child(&el)?;
                el
            }
        };
        let props = AppProps { early, ..settings.props() };
        let _app = mount_props(root, settings, props);
        Ok(settings.mode.key().to_string())
    }

    /// [`start_page`] without a forced mode.
    pub fn start() -> Result<String, JsValue> {
        start_page(None, None)
    }

    /// One mounted widget, for JavaScript (the custom element).
    #[wasm_bindgen]
    pub struct Widget {
        root: Element,
        app: Option<yew::AppHandle<App>>,
        remote: crate::components::Remote,
    }

    #[wasm_bindgen]
    impl Widget {
        /// The element's `lang` changed: the app switches language in place,
        /// every answer kept (`None` or unknown: Chinese, as at mounting).
        #[wasm_bindgen(js_name = setLang)]
        pub fn set_lang(&self, lang: Option<String>) {
            let lang = lang.as_deref().and_then(super::parse_lang).unwrap_or_default();
            self.remote.send(crate::state::Action::SetLang(lang));
        }

        /// Unmount: removes everything the app rendered; idempotent.
        pub fn destroy(&mut self) {
            unregister(&self.root);
            if let Some(app) = self.app.take() {
                app.destroy();
            }
        }
    }

    /// Mount a widget into `root` (a `<div>` in a custom element's shadow
    /// root) with the element's attributes (`mode` embed by default, or
    /// kiosk). The host page's title, `lang`, history and storage are not
    /// the widget's in any mode (the app owns them only in a document of its
    /// own, `AppProps::own_document`), so `phone`, whose difference is
    /// saving on the device and owning the page, is taken as embed, with a
    /// warning in the console (it had set the host's title, pushed history
    /// entries and offered to save on the host's origin).
    #[wasm_bindgen(js_name = mountWidget)]
    pub fn mount_widget(root: Element, mode: Option<String>, lang: Option<String>, idle: Option<String>) -> Widget {
        let mut settings = Settings::from_values(mode.as_deref(), lang.as_deref(), idle.as_deref(), Mode::Embed);
        if settings.mode == Mode::Phone {
            web_sys::console::warn_1(
                &"维权导办: mode=\"phone\" is the standalone page's (index.html?mode=phone); <weiquan-guide> runs embedded".into(),
            );
            settings.mode = Mode::Embed;
        }
        let remote = crate::components::Remote::default();
        let props = AppProps { remote: remote.clone(), ..settings.props() };
        Widget { root: root.clone(), app: Some(mount_props(root, settings, props)), remote }
    }

    /// Installs the panic hook: on a panic anywhere in the app, every
    /// mounted root is replaced by a fresh element holding a static recovery
    /// screen. The release build aborts right after the hook (the wasm
    /// instance traps and cannot be used again), so the screen is plain DOM,
    /// owns no Rust closure, and its button is handled by JavaScript
    /// (`[data-wq-restart]`: loader.js reloads the page; embed.js starts a
    /// new wasm instance). The old root is swapped out, not emptied, so that
    /// Yew's event listeners on it (closures of the dead instance) go with it.
    pub fn install_panic_hook() {
        // Through Yew: a plain std::panic::set_hook would be replaced by
        // Yew's default hook on the first render.
        yew::set_custom_panic_hook(Box::new(|info| {
            web_sys::console::error_1(&format!("维权导办 stopped: {info}").into());
            if CRASHED.try_with(|c| c.replace(true)).unwrap_or(true) {
                return;
            }
            let roots = ROOTS.try_with(|r| r.try_borrow().map(|r| r.clone()).unwrap_or_default()).unwrap_or_default();
            for (root, mode) in roots {
                let _ = show_recovery(&root, mode);
            }
        }));
    }

    fn show_recovery(root: &Element, mode: Mode) -> Result<(), JsValue> {
        if !root.is_connected() {
            return Ok(());
        }
        let doc = root.owner_document().ok_or("no document")?;
        let had_focus = crate::platform::focus_is_within(root);
        let el = |tag: &str, class: &str, text: &str| -> Result<Element, JsValue> {
            let e = doc.create_element(tag)?;
            if !class.is_empty() {
                e.set_class_name(class);
            }
            // "中文 · English": the English part marked as English (WCAG 3.1.2).
            match text.split_once(" · ") {
                Some((zh, en)) => {
                    e.set_text_content(Some(&format!("{zh} · ")));
                    let span = doc.create_element("span")?;
                    span.set_attribute("lang", "en")?;
                    span.set_text_content(Some(en));
                    e.append_child(&span)?;
                }
                None => e.set_text_content(Some(text)),
            }
            Ok(e)
        };
        let fresh = doc.create_element(&root.tag_name())?;
        for name in ["id", "class", "data-wq-mode"] {
            if let Some(v) = root.get_attribute(name) {
                fresh.set_attribute(name, &v)?;
            }
        }
        fresh.set_attribute("data-wq-crashed", "")?;
        // Embedded in a host page, the host owns <main>; in frame.html the
        // document is the app's (as for the app itself).
        let in_host = !owns_document(root);
        let main = doc.create_element(if in_host { "section" } else { "main" })?;
        main.set_class_name("wq wq-main wq-recovery");
        let title = el("h1", "wq-title", recovery_text::TITLE)?;
        title.set_attribute("tabindex", "-1")?;
        let alert = doc.create_element("div")?;
        alert.set_attribute("role", "alert")?;
        let (zh, en) = if mode.may_save() {
            (format!("{}{}", recovery_text::ZH, recovery_text::ZH_SAVED), format!("{} {}", recovery_text::EN, recovery_text::EN_SAVED))
        } else {
            (recovery_text::ZH.to_string(), recovery_text::EN.to_string())
        };
        let p_zh = el("p", "wq-error", &zh)?;
        p_zh.set_attribute("lang", "zh-CN")?;
        let p_en = el("p", "wq-error", &en)?;
        p_en.set_attribute("lang", "en")?;
        alert.append_child(&p_zh)?;
        alert.append_child(&p_en)?;
        let button = el("button", "wq-button wq-primary", recovery_text::RESTART)?;
        button.set_attribute("type", "button")?;
        button.set_attribute("data-wq-restart", "")?;
        main.append_child(&title)?;
        main.append_child(&alert)?;
        main.append_child(&button)?;
        fresh.append_child(&main)?;
        root.replace_with_with_node_1(&fresh)?;
        // Tell the page's script (no call back into this instance).
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        init.set_composed(true);
        let _ = fresh.dispatch_event(&web_sys::Event::new_with_event_init_dict("weiquan:crashed", &init)?);
        if had_focus {
            if let Ok(h) = button.dyn_into::<web_sys::HtmlElement>() {
                let _ = h.focus();
            }
        }
        Ok(())
    }

    /// Test builds only (`--features test-panic`, bundled into target/dist-test/):
    /// a `weiquan-test-panic` event on a widget root panics inside the app.
    #[cfg(feature = "test-panic")]
    mod test_panic {
        use wasm_bindgen::prelude::*;
        use wasm_bindgen::JsCast;

        pub fn arm(root: &web_sys::Element) {
            let on = Closure::<dyn Fn()>::new(|| panic!("deliberate test panic (weiquan-test-panic event)"));
            let _ = root.add_event_listener_with_callback("weiquan-test-panic", on.as_ref().unchecked_ref());
            on.forget();
        }
    }
}
#[cfg(target_arch = "wasm32")]
pub use web::{crashed, install_panic_hook, mount, mount_with, start, start_page, Widget};

#[cfg(test)]
mod tests {
    use super::*;
    use text::Lang;

    #[test]
    fn reads_mode_lang_and_idle_from_the_query() {
        let s = Settings::from_query("?mode=kiosk&lang=en&idle=300", Mode::Phone);
        assert_eq!(s, Settings { mode: Mode::Kiosk, lang: Some(Lang::En), idle_secs: 300 });
        let p = s.props();
        assert_eq!((p.mode, p.lang, p.idle_secs), (Mode::Kiosk, Some(Lang::En), 300));
        // Without parameters: the default mode, no language (Chinese), the default idle period.
        let d = Settings::from_query("", Mode::Phone);
        assert_eq!(d, Settings { mode: Mode::Phone, lang: None, idle_secs: mode::KIOSK_IDLE_SECS });
        assert_eq!(Settings::from_query("", Mode::Embed).mode, Mode::Embed);
        // Order, unknown parameters, a missing '?' and escapes.
        let s = Settings::from_query("x=1&lang=zh%2DCN&mode=EMBED&mode=kiosk", Mode::Phone);
        assert_eq!((s.mode, s.lang), (Mode::Embed, Some(Lang::Zh)));
    }

    #[test]
    fn malformed_values_fall_back_to_defaults() {
        for q in ["?mode=tablet", "?mode=", "?mode", "?lang=fr", "?idle=abc", "?idle=-5", "?idle=1.5", "?%zz=%", "?&&=&"] {
            let s = Settings::from_query(q, Mode::Kiosk);
            assert_eq!(s.mode, Mode::Kiosk, "{q}");
            assert_eq!(s.idle_secs, mode::KIOSK_IDLE_SECS, "{q}");
            assert_eq!(s.lang, None, "{q}");
        }
    }

    #[test]
    fn languages_by_primary_subtag() {
        for (tag, lang) in [
            ("zh", Lang::Zh),
            ("zh-CN", Lang::Zh),
            ("ZH-hans", Lang::Zh),
            ("zh_TW", Lang::Zh),
            ("en", Lang::En),
            ("en-GB", Lang::En),
            (" EN ", Lang::En),
        ] {
            assert_eq!(parse_lang(tag), Some(lang), "{tag}");
        }
        for tag in ["", "fr", "eng", "zhx", "-"] {
            assert_eq!(parse_lang(tag), None, "{tag}");
        }
    }

    #[test]
    fn idle_is_clamped_to_half_a_minute_and_an_hour() {
        assert_eq!(parse_idle("0"), Some(IDLE_MIN_SECS));
        assert_eq!(parse_idle("29"), Some(30));
        assert_eq!(parse_idle("30"), Some(30));
        assert_eq!(parse_idle(" 600 "), Some(600));
        assert_eq!(parse_idle("3600"), Some(3600));
        assert_eq!(parse_idle("3601"), Some(IDLE_MAX_SECS));
        assert_eq!(parse_idle("99999999999999999999999999"), Some(IDLE_MAX_SECS));
        assert_eq!(parse_idle("+60"), None);
        assert_eq!(parse_idle(""), None);
    }

    #[test]
    fn percent_decoding_never_fails() {
        assert_eq!(percent_decode("a%20b+c"), "a b c");
        assert_eq!(percent_decode("%E4%B8%AD"), "中");
        assert_eq!(percent_decode("%"), "%");
        assert_eq!(percent_decode("%4"), "%4");
        assert_eq!(percent_decode("%g1"), "%g1");
        assert_eq!(percent_decode("%FF"), "\u{FFFD}");
    }
}
