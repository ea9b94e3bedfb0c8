//! The few calls into the browser, kept in one place. Natively (SSR tests,
//! `cargo test`) they do nothing or use the system clock, so every component
//! renders on the server too.

use weiquan_core::{Date, Lang};
use yew::NodeRef;

/// Today in China (UTC+8) by this device's clock: the limits are the law's
/// days, and a phone set to another time zone (a visitor abroad on the
/// bureau's site) must not count them a day off around midnight. The
/// native tools use the same calendar.
#[cfg(target_arch = "wasm32")]
pub fn today() -> Date {
    Date::in_china_at_unix_seconds((web_sys::js_sys::Date::now() / 1000.0) as u64)
}

#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> Date {
    Date::today_in_china()
}

/// Moves keyboard and screen-reader focus to `node` (a heading with
/// tabindex=-1), unless focus is somewhere else on a host page: it moves only
/// when focus is inside the widget (the control the person just used) or
/// on nothing (that control was removed by the step change).
pub fn focus(node: &NodeRef) {
    #[cfg(target_arch = "wasm32")]
    if let Some(el) = node.cast::<web_sys::HtmlElement>() {
        focus_in_widget(&el);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = node;
}

/// Focus `el`, on the terms of [`focus`].
#[cfg(target_arch = "wasm32")]
fn focus_in_widget(el: &web_sys::HtmlElement) {
    let widget = el.closest(".wq").ok().flatten().unwrap_or_else(|| el.clone().into());
    if focus_is_within(&widget) || focus_is_nowhere(el) {
        let _ = el.focus();
    }
}

/// Focus the error summary of the screen whose heading is `heading`, on
/// the terms of [`focus`].
pub fn focus_errors(heading: &NodeRef) {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::JsCast;
        let summary = heading
            .cast::<web_sys::Element>()
            .and_then(|h| h.closest("form").ok().flatten())
            .and_then(|form| form.query_selector(".wq-error-summary").ok().flatten())
            .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(summary) = summary {
            focus_in_widget(&summary);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = heading;
}

/// A focused field taller than a line (the facts text) that the browser
/// left partly under the kiosk's sticky "finish and clear" bar: scrolled so
/// it ends above it (the page's `scroll-padding-bottom` leaves the bar's
/// room; WCAG 2.4.11). The browser scrolls a hidden field into view but not
/// one partly in sight. Elsewhere, where no bar sticks, nothing happens.
pub fn keep_above_bar(e: yew::FocusEvent) {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::JsCast;
        let Some(el) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let bar = el.closest(".wq").ok().flatten().and_then(|w| w.query_selector(".wq-device").ok().flatten());
        let Some(bar) = bar else { return };
        if el.get_bounding_client_rect().bottom() > bar.get_bounding_client_rect().top() {
            el.scroll_into_view_with_bool(false);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = e;
}

/// Is keyboard focus on `el` or inside it (also inside a shadow root)?
#[cfg(target_arch = "wasm32")]
pub fn focus_is_within(el: &web_sys::Element) -> bool {
    use web_sys::wasm_bindgen::JsCast;
    let root = el.get_root_node();
    let active = match root.dyn_ref::<web_sys::ShadowRoot>() {
        Some(shadow) => shadow.active_element(),
        None => el.owner_document().and_then(|d| d.active_element()),
    };
    active.is_some_and(|a| el.contains(Some(&a)))
}

/// Is focus on no element in particular (the page body, or nothing)?
#[cfg(target_arch = "wasm32")]
fn focus_is_nowhere(el: &web_sys::Element) -> bool {
    let Some(doc) = el.owner_document() else { return true };
    match doc.active_element() {
        None => true,
        Some(a) => doc.body().is_some_and(|b| a.is_same_node(Some(&b))) || doc.document_element().is_some_and(|h| a.is_same_node(Some(&h))),
    }
}

/// After the click `e` has changed the form and the change is drawn, focus
/// goes to the element with id `id` in the same widget (the row just added,
/// or the row that took the place of the one removed), or, when no row is
/// left, to the add button of the clicked button's fieldset, so keyboard and
/// screen-reader users are not left on a button that moved or on nothing.
pub fn focus_after_render(e: &yew::MouseEvent, id: String) {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::JsCast;
        let Some(clicked) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
        let root = clicked.get_root_node();
        let group = clicked.closest("fieldset").ok().flatten();
        // A timeout runs after Yew has drawn the change. Its callback is
        // freed once it has run (`once_into_js`): a forgotten one would be
        // kept for good at each click, on a kiosk that runs for days.
        let then = web_sys::wasm_bindgen::closure::Closure::once_into_js(move || {
            let el = match root.dyn_ref::<web_sys::ShadowRoot>() {
                Some(shadow) => shadow.get_element_by_id(&id),
                None => root.dyn_ref::<web_sys::Document>().and_then(|d| d.get_element_by_id(&id)),
            };
            let el = el.or_else(|| group.and_then(|g| g.query_selector(".wq-add").ok().flatten()));
            if let Some(el) = el.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                let _ = el.focus();
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(then.unchecked_ref(), 0);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (e, id);
}

/// Runs `f` when the browser is next idle, after what is on screen has been
/// painted: work ahead that must not delay what the person sees now. A busy
/// browser (a cheap phone loading other tabs) may never be idle: then after
/// a second at most, as the person is still reading. Without
/// `requestIdleCallback` (Safari), a timeout. Natively, never.
pub fn when_idle(f: impl FnOnce() + 'static) {
    #[cfg(target_arch = "wasm32")]
    if let Some(window) = web_sys::window() {
        use web_sys::wasm_bindgen::{closure::Closure, JsCast};
        let f = Closure::once_into_js(f);
        let f = f.unchecked_ref();
        let options = web_sys::IdleRequestOptions::new();
        options.set_timeout(1000);
        if window.request_idle_callback_with_options(f, &options).is_err() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(f, 200);
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop(f);
}

/// Listens for `event` on the window until the returned function is called,
/// which removes the listener and frees it.
#[cfg(target_arch = "wasm32")]
fn on_window<F: ?Sized + web_sys::wasm_bindgen::closure::WasmClosure>(
    event: &'static str,
    listener: web_sys::wasm_bindgen::closure::Closure<F>,
) -> impl FnOnce() {
    use web_sys::wasm_bindgen::JsCast;
    let window = web_sys::window();
    if let Some(w) = &window {
        let _ = w.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
    }
    move || {
        if let Some(w) = &window {
            let _ = w.remove_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        }
        drop(listener);
    }
}

/// Kiosk: a page left for another (the kiosk shell's home, a link) may come
/// back from the browser's back/forward cache just as it was, name and ID
/// number filled in (a QA walk found it so). `wipe` runs when the page is
/// hidden, and again when it is shown from that cache. Returns the undo.
pub fn wipe_when_left(wipe: yew::Callback<()>) -> impl FnOnce() {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::{closure::Closure, JsCast};
        let hide = {
            let wipe = wipe.clone();
            Closure::<dyn Fn(web_sys::Event)>::new(move |_: web_sys::Event| wipe.emit(()))
        };
        let show = Closure::<dyn Fn(web_sys::Event)>::new(move |e: web_sys::Event| {
            if e.dyn_ref::<web_sys::PageTransitionEvent>().is_some_and(|e| e.persisted()) {
                wipe.emit(());
            }
        });
        let stop_hide = on_window("pagehide", hide);
        let stop_show = on_window("pageshow", show);
        move || {
            stop_hide();
            stop_show();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    move || drop(wipe)
}

/// While typed details are kept nowhere (a phone without consent to save,
/// or a save the device refused), the browser asks before the page is
/// reloaded (a pull-to-refresh) or closed, in its own words. Not after a
/// panic: the recovery screen's restart reloads. Returns the undo.
pub fn ask_before_leaving() -> impl FnOnce() {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::{closure::Closure, JsCast};
        // The closure type output.rs already uses: no new glue in the bundle.
        let listener = Closure::<dyn FnMut(web_sys::wasm_bindgen::JsValue)>::new(|e: web_sys::wasm_bindgen::JsValue| {
            if !crate::crashed() {
                let e: &web_sys::BeforeUnloadEvent = e.unchecked_ref();
                e.prevent_default();
                // Safari and Chrome before 119 ask only for a return value.
                e.set_return_value("1");
            }
        });
        on_window("beforeunload", listener)
    }
    #[cfg(not(target_arch = "wasm32"))]
    || {}
}

/// An error summary's link (`href="#wq-field-…"`) followed in code: focus
/// goes to the field (a group's first choice) and its label and message (the
/// whole `.wq-field` or fieldset) are scrolled to the top. The URL and the
/// history stay as they were (on a host page too), and a field inside a
/// shadow root, which the browser's own jump cannot find, is reached.
/// Without such a field nothing happens (the link is never followed).
pub fn jump_to_field(e: yew::MouseEvent) {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::JsCast;
        // Yew listens on the widget's root: the link is found from the target.
        let Some(link) = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|t| t.closest("a[href]").ok().flatten()) else {
            return;
        };
        let Some(id) = link.get_attribute("href").and_then(|h| h.strip_prefix('#').map(str::to_string)) else { return };
        // Never followed: a `#` link would change the URL (the host page's,
        // when embedded), add a history entry and, on a page the app owns,
        // be taken as the Back button.
        e.prevent_default();
        let field = match link.get_root_node().dyn_ref::<web_sys::ShadowRoot>() {
            Some(shadow) => shadow.get_element_by_id(&id),
            None => link.owner_document().and_then(|d| d.get_element_by_id(&id)),
        };
        let Some(field) = field else { return };
        let shown = field.closest(".wq-field, fieldset").ok().flatten().unwrap_or_else(|| field.clone());
        // A group of choices (a fieldset) is entered at its first choice.
        let target = match field.tag_name().as_str() {
            "FIELDSET" => field.query_selector("input").ok().flatten().unwrap_or(field),
            _ => field,
        };
        if let Ok(f) = target.dyn_into::<web_sys::HtmlElement>() {
            let _ = f.focus();
        }
        shown.scroll_into_view();
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = e;
}

/// Phone: calls `changed` when another tab of this site writes or deletes
/// the save (the browser's `storage` event, which a page never gets for its
/// own writes). Returns the function that stops listening.
pub fn on_save_changed_elsewhere(changed: yew::Callback<()>) -> impl FnOnce() {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::closure::Closure;
        let listener = Closure::<dyn Fn(web_sys::StorageEvent)>::new(move |e: web_sys::StorageEvent| {
            // key is null when the whole storage was cleared.
            if e.key().is_none_or(|k| k == crate::storage::KEY) {
                changed.emit(());
            }
        });
        on_window("storage", listener)
    }
    #[cfg(not(target_arch = "wasm32"))]
    move || drop(changed)
}

/// The browser is about to print (`beforeprint`). When the browser starts
/// the print (Ctrl+P, its menu), what the listener changes renders before
/// the page is laid out for print: Yew renders in a microtask, which runs as
/// the listener returns. A script's `print()` fires `beforeprint` inside its
/// own call, where no microtask runs: the print button renders first
/// (`summary_output.rs`), and another script's print finds what is on the
/// page. Returns the undo.
pub fn before_print(then: yew::Callback<()>) -> impl FnOnce() {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::{closure::Closure, JsValue};
        // The closure type output.rs already uses: no new glue in the bundle.
        on_window("beforeprint", Closure::<dyn FnMut(JsValue)>::new(move |_: JsValue| then.emit(())))
    }
    #[cfg(not(target_arch = "wasm32"))]
    move || drop(then)
}

/// A page the app owns (phone, kiosk), while the person is past the start:
/// one extra history entry stands for the app's steps, so the browser's (or
/// Android's) Back button goes back one step in the app, as the app's own
/// Back does, instead of leaving the page with the answers. `back` is that
/// step; the entry is put back after it. The returned cleanup drops the entry
/// (the app is at the start again, or unmounted). The entry holds no answer,
/// only a mark.
pub fn back_button_steps_back(back: yew::Callback<()>) -> impl FnOnce() {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::{closure::Closure, JsValue};
        const MARK: &str = "weiquan-step";
        let history = web_sys::window().and_then(|w| w.history().ok());
        let on_mark = |h: &web_sys::History| h.state().ok().and_then(|s| s.as_string()).as_deref() == Some(MARK);
        let push = |h: &web_sys::History| {
            let _ = h.push_state(&JsValue::from_str(MARK), "");
        };
        // After a reload the page may already stand on its entry.
        if let Some(h) = history.as_ref().filter(|h| !on_mark(h)) {
            push(h);
        }
        let listener = {
            let history = history.clone();
            Closure::<dyn Fn()>::new(move || {
                // With a dialog open (start again? still there?), Back
                // closes it, as Escape does, and steps nowhere: the screen
                // behind it is not changed unseen.
                if !cancel_open_dialog() {
                    back.emit(());
                }
                if let Some(h) = &history {
                    push(h);
                }
            })
        };
        let stop = on_window("popstate", listener);
        move || {
            stop();
            if let Some(h) = history.as_ref().filter(|h| on_mark(h)) {
                let _ = h.back();
            }
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    move || drop(back)
}

/// How soon after a press, and how near it, a press on another screen is
/// taken for the second tap of a double tap (phones count a double tap up
/// to about 300 ms; a finger lands within a few millimetres).
#[cfg(target_arch = "wasm32")]
const DOUBLE_TAP_MS: f64 = 500.0;
#[cfg(target_arch = "wasm32")]
const DOUBLE_TAP_PX: f64 = 40.0;

/// The second tap of a double tap on a button that changes the screen
/// (Start, Next, 修改, See the result) would land on the new screen, shown
/// at once because it is built ahead, and answer it unseen (a QA walk found
/// a double tap on 修改 replacing the answer under the button). A press
/// that starts within 500 ms and 40 px (`DOUBLE_TAP_MS`, `DOUBLE_TAP_PX`) of the last
/// one, on another screen than that one's, is dropped: a finger's (touch,
/// pen) from its pointerdown (so no focus, no select's picker), a mouse's
/// at its click when that is a double-click's second. Keyboard and
/// assistive technologies' clicks come without a pointerdown and are never
/// dropped. `screens` counts the screen changes (the app bumps it on each).
/// Returns the undo.
pub fn guard_double_taps(root: &NodeRef, screens: std::rc::Rc<std::cell::Cell<u32>>) -> impl FnOnce() {
    #[cfg(target_arch = "wasm32")]
    {
        use std::{cell::Cell, rc::Rc};
        use web_sys::wasm_bindgen::{closure::Closure, JsCast};
        let widget = root.cast::<web_sys::Element>();
        // Yew handles every event in the capture phase at the element it is
        // mounted on, above `root`: the guard listens higher, on the widget's
        // document or shadow root, and only to presses inside the widget.
        let scope: Option<web_sys::EventTarget> = widget.as_ref().map(|w| w.get_root_node().into());
        let inside = move |e: &web_sys::Event| {
            let node = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
            widget.as_ref().is_some_and(|w| w.contains(node.as_ref()))
        };
        // The last press kept: x, y, time, screen.
        type Press = (f64, f64, f64, u32);
        let last: Rc<Cell<Option<Press>>> = Rc::default();
        // The press under way is a double tap: a finger's is dropped from
        // its pointerdown, a mouse's at its click if it is the second of a
        // double-click (one click of a mouse, however quick, is taken as
        // meant: tests click machine-fast, and a desktop has no finger
        // that lands twice).
        let (finger, mouse) = (Rc::new(Cell::new(false)), Rc::new(Cell::new(false)));
        let down = {
            let (finger, mouse) = (finger.clone(), mouse.clone());
            // A PointerEvent is a MouseEvent: one closure type for both.
            Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |e: web_sys::MouseEvent| {
                if !inside(&e) {
                    return;
                }
                let (x, y, t, screen) = (f64::from(e.client_x()), f64::from(e.client_y()), e.time_stamp(), screens.get());
                let double = last.get().is_some_and(|(x0, y0, t0, s0)| {
                    s0 != screen && t - t0 < DOUBLE_TAP_MS && (x - x0).powi(2) + (y - y0).powi(2) < DOUBLE_TAP_PX.powi(2)
                });
                let by_mouse = e.unchecked_ref::<web_sys::PointerEvent>().pointer_type() == "mouse";
                finger.set(double && !by_mouse);
                mouse.set(double && by_mouse);
                if double && !by_mouse {
                    e.prevent_default();
                    e.stop_propagation();
                } else {
                    last.set(Some((x, y, t, screen)));
                }
            })
        };
        // Only the click of a dropped press (`detail` is 0 for a keyboard's,
        // 2 for a double-click's second).
        let click = Closure::<dyn Fn(web_sys::MouseEvent)>::new(move |e: web_sys::MouseEvent| {
            let drop = e.detail() != 0 && (finger.replace(false) || (mouse.replace(false) && e.detail() > 1));
            if drop {
                e.prevent_default();
                e.stop_propagation();
            }
        });
        let listen = move |on: bool| {
            let Some(scope) = &scope else { return };
            for (event, f) in [("pointerdown", down.as_ref()), ("click", click.as_ref())] {
                let _ = if on {
                    scope.add_event_listener_with_callback_and_bool(event, f.unchecked_ref(), true)
                } else {
                    scope.remove_event_listener_with_callback_and_bool(event, f.unchecked_ref(), true)
                };
            }
        };
        listen(true);
        move || listen(false)
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (root, screens);
        || {}
    }
}

/// Closes the app's open modal dialog, if any, as Escape would: its
/// `cancel` event first, which a dialog may take over (the idle dialog
/// resumes the session and closes itself), else `close()`. Whether one was
/// open. (Chrome on Android closes a modal dialog on Back by itself, and no
/// `popstate` comes; other browsers step back in the history.)
#[cfg(target_arch = "wasm32")]
fn cancel_open_dialog() -> bool {
    use web_sys::wasm_bindgen::JsCast;
    let open = web_sys::window().and_then(|w| w.document()).and_then(|d| d.query_selector("dialog[open]").ok().flatten());
    let Some(dialog) = open.and_then(|d| d.dyn_into::<web_sys::HtmlDialogElement>().ok()) else { return false };
    let init = web_sys::EventInit::new();
    init.set_cancelable(true);
    let taken = web_sys::Event::new_with_event_init_dict("cancel", &init).is_ok_and(|e| dialog.dispatch_event(&e) == Ok(false));
    if !taken {
        dialog.close();
    }
    true
}

/// The page's title and language (`<html lang>`: the title and anything
/// outside the widget are read in it). Only for a page the app owns.
pub fn set_title(title: &str, lang: Lang) {
    #[cfg(target_arch = "wasm32")]
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
        if let Some(html) = doc.document_element() {
            let _ = html.set_attribute("lang", lang.tag());
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = (title, lang);
}

// Which `speak` call is still speaking (0: none). The page has one speech
// queue: only our own speech is stopped, never a host page's read-aloud
// toolbar's.
#[cfg(target_arch = "wasm32")]
thread_local! {
    static SPEAKING: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    static SPOKEN: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// Stops whatever [`speak`] is saying (nothing if it is silent, or if the
/// speech is not ours).
pub fn stop_speaking() {
    #[cfg(target_arch = "wasm32")]
    if SPEAKING.with(|s| s.replace(0)) != 0 {
        if let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) {
            synth.cancel();
        }
    }
}

/// Speaks `text` in `lang`; false when the device has no voice for it (or
/// no speech synthesis at all).
pub fn speak(text: &str, lang: Lang) -> bool {
    #[cfg(target_arch = "wasm32")]
    {
        use web_sys::wasm_bindgen::JsCast;
        let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return false };
        let prefix = match lang {
            Lang::Zh => "zh",
            Lang::En => "en",
        };
        let has_voice =
            synth.get_voices().iter().any(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().map(|v| v.lang().starts_with(prefix)).unwrap_or(false));
        if !has_voice {
            return false;
        }
        let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else { return false };
        u.set_lang(lang.tag());
        synth.cancel();
        // Ours until it ends, fails or is cancelled (an `error` event, not
        // `end`, for the last two).
        let n = SPOKEN.with(|c| {
            c.set(c.get().wrapping_add(1).max(1));
            c.get()
        });
        SPEAKING.with(|s| s.set(n));
        let ended = web_sys::wasm_bindgen::closure::Closure::<dyn FnMut()>::new(move || {
            SPEAKING.with(|s| {
                if s.get() == n {
                    s.set(0)
                }
            })
        })
        .into_js_value();
        u.set_onend(Some(ended.unchecked_ref()));
        u.set_onerror(Some(ended.unchecked_ref()));
        synth.speak(&u);
        true
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (text, lang);
        false
    }
}
