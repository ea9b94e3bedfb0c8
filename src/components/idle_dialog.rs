use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use crate::mode::{idle_phase, Idle, KIOSK_COUNTDOWN_SECS};
use crate::state::Action;
use crate::text::{idle_countdown, t, Key, Lang};

/// When the person last touched the kiosk (ms, [`now_ms`]), shared by the
/// app's input handlers and the idle timer without re-rendering.
#[derive(Clone, Debug)]
pub struct LastInput(pub Rc<Cell<f64>>);

impl PartialEq for LastInput {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

/// Milliseconds on the page's monotonic clock (`performance.now()`; 0
/// natively: the timer never runs there). Not `Date.now()`: a clock set
/// back (an NTP correction) had kept a stranger's answers on screen for
/// twelve minutes.
pub fn now_ms() -> f64 {
    #[cfg(target_arch = "wasm32")]
    {
        web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
    }
    #[cfg(not(target_arch = "wasm32"))]
    0.0
}

#[derive(Properties, PartialEq)]
pub struct IdleDialogProps {
    pub lang: Lang,
    pub idle_secs: u32,
    pub last_input: LastInput,
    /// Something is on screen worth wiping (not the untouched start).
    pub active: bool,
    pub on: Callback<Action>,
}

/// Kiosk only. After `idle_secs` without input, a modal dialog counts down
/// [`KIOSK_COUNTDOWN_SECS`] (≥ 20 s, WCAG 2.2.1) and offers to continue;
/// then every answer is wiped ([`Action::Finish`]) and the start returns.
/// Escape means "continue", like the button. A widget hidden by its host
/// page shows no dialog, and wipes at the same time.
#[function_component(IdleDialog)]
pub fn idle_dialog(props: &IdleDialogProps) -> Html {
    let lang = props.lang;
    let secs_left = use_state_eq(|| None::<u32>);
    let dialog = use_node_ref();

    {
        let secs_left = secs_left.clone();
        let last = props.last_input.0.clone();
        let on = props.on.clone();
        let idle_secs = props.idle_secs;
        use_effect_with(props.active, move |active| {
            let timer = active.then(|| {
                gloo_timers::callback::Interval::new(1000, move || match idle_phase(now_ms() - last.get(), idle_secs, KIOSK_COUNTDOWN_SECS) {
                    Idle::Active => secs_left.set(None),
                    Idle::Warning { secs_left: n } => secs_left.set(Some(n)),
                    Idle::Expired => {
                        secs_left.set(None);
                        last.set(now_ms());
                        on.emit(Action::Finish);
                    }
                })
            });
            move || drop(timer)
        });
    }
    {
        let dialog = dialog.clone();
        use_effect_with(secs_left.is_some(), move |open| {
            #[cfg(target_arch = "wasm32")]
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                // Not while the widget is hidden (a host page's tab, or
                // `hidden` on its element): an unseen modal dialog would
                // make the whole page inert and take its focus. The
                // countdown runs on, unseen, and wipes at its end.
                let shown = d.parent_element().is_some_and(|p| p.get_bounding_client_rect().height() > 0.0);
                if *open && !d.open() && shown {
                    let _ = d.show_modal();
                } else if !*open && d.open() {
                    d.close();
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (dialog, open);
        });
    }

    let resume = {
        let secs_left = secs_left.clone();
        let last = props.last_input.0.clone();
        move || {
            last.set(now_ms());
            secs_left.set(None);
        }
    };
    let on_continue = {
        let resume = resume.clone();
        Callback::from(move |_: MouseEvent| resume())
    };
    let on_cancel = Callback::from(move |e: Event| {
        e.prevent_default();
        resume();
    });
    let clear_now = {
        let secs_left = secs_left.clone();
        let last = props.last_input.0.clone();
        props.on.reform(move |_: MouseEvent| {
            last.set(now_ms());
            secs_left.set(None);
            Action::Finish
        })
    };

    html! {
        <dialog ref={dialog} class="wq-dialog wq-idle" role="alertdialog" aria-labelledby="wq-idle-title" aria-describedby="wq-idle-text" oncancel={on_cancel}>
            if let Some(n) = *secs_left {
                <h2 id="wq-idle-title">{ t(lang, Key::IdleTitle) }</h2>
                <p id="wq-idle-text">{ idle_countdown(lang, n) }</p>
                <div class="wq-nav">
                    <button type="button" class="wq-button" onclick={clear_now}>{ t(lang, Key::IdleClearNow) }</button>
                    <button type="button" class="wq-button wq-primary" autofocus=true onclick={on_continue}>{ t(lang, Key::IdleContinue) }</button>
                </div>
            }
        </dialog>
    }
}
