//! The few calls into the browser, kept in one place. Natively (SSR tests,
//! `cargo test`) they do nothing or use the system clock, so every component
//! renders on the server too.

use weiquan_core::{Date, Lang};
use yew::NodeRef;

/// Today on this device (local time in the browser).
#[cfg(target_arch = "wasm32")]
pub fn today() -> Date {
    let d = web_sys::js_sys::Date::new_0();
    Date::from_ymd(d.get_full_year() as i32, d.get_month() + 1, d.get_date())
        .unwrap_or_else(|_| Date::from_days_since_epoch((d.get_time() / 86_400_000.0) as i32))
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
        let widget = el.closest(".wq").ok().flatten().unwrap_or_else(|| el.clone().into());
        if focus_is_within(&widget) || focus_is_nowhere(&el) {
            let _ = el.focus();
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = node;
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

pub fn set_title(title: &str) {
    #[cfg(target_arch = "wasm32")]
    if let Some(doc) = web_sys::window().and_then(|w| w.document()) {
        doc.set_title(title);
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = title;
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
        let has_voice = synth.get_voices().iter().any(|v| {
            v.dyn_into::<web_sys::SpeechSynthesisVoice>().map(|v| v.lang().starts_with(prefix)).unwrap_or(false)
        });
        if !has_voice {
            return false;
        }
        let Ok(u) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else { return false };
        u.set_lang(lang.tag());
        synth.cancel();
        synth.speak(&u);
        true
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (text, lang);
        false
    }
}
