#[cfg(target_arch = "wasm32")]
use web_sys::wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::state::Action;
use crate::text::{t, Key, Lang};

/// What a button asked first does: each wipes every answer, tick and the
/// papers, with no way back.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Confirm {
    /// "Start again", at the end of the result.
    Restart,
    /// "Clear my data", in the phone's bar under every screen (it also
    /// deletes the save). A tap beside the step's own buttons lost a whole
    /// filled-in form, unasked.
    ClearData,
}

impl Confirm {
    /// The button's classes and the dialog's title and text ids (static
    /// strings: `classes!` and `format!` here cost 1.5 KB of wasm), the
    /// button's label, the dialog's title, text and confirm button.
    fn parts(self) -> ([&'static str; 3], [Key; 4]) {
        match self {
            Confirm::Restart => (
                ["wq-button wq-restart", "wq-restart-title", "wq-restart-text"],
                [Key::StartOver, Key::RestartTitle, Key::RestartText, Key::RestartConfirm],
            ),
            Confirm::ClearData => {
                (["wq-button wq-clear", "wq-clear-title", "wq-clear-text"], [Key::ClearData, Key::ClearTitle, Key::ClearText, Key::ClearConfirm])
            }
        }
    }

    fn action(self) -> Action {
        match self {
            Confirm::Restart => Action::Restart,
            Confirm::ClearData => Action::ClearData,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct ConfirmButtonProps {
    pub lang: Lang,
    pub what: Confirm,
    pub on: Callback<Action>,
}

/// A button that wipes everything, asked first: a modal dialog says so and
/// offers to cancel (focused first, like the browser's own confirmations;
/// Escape cancels too). Closing it returns focus to the button (the dialog
/// element does that itself). Cancel is focused in code, not by
/// `autofocus`: the result holding "start again" is built ahead on the
/// review, and in a cross-origin iframe Chromium logs an error for every
/// `autofocus` inserted into the page.
#[function_component(ConfirmButton)]
pub fn confirm_button(props: &ConfirmButtonProps) -> Html {
    let lang = props.lang;
    let what = props.what;
    let ([class, title_id, text_id], [label, title, text, yes]) = what.parts();
    let dialog = use_node_ref();
    let cancel = use_node_ref();
    let show = |open: bool| {
        let (dialog, cancel) = (dialog.clone(), cancel.clone());
        Callback::from(move |e: MouseEvent| {
            #[cfg(target_arch = "wasm32")]
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if open {
                    let _ = d.show_modal();
                    beside_the_button(&d, &e);
                    if let Some(c) = cancel.cast::<web_sys::HtmlElement>() {
                        let _ = c.focus();
                    }
                } else {
                    d.close();
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&dialog, &cancel, open, e);
        })
    };
    // Closed first: "clear my data" stays on the page (the bar is under
    // every screen), and an open modal would stay over the fresh start.
    let confirm = {
        let (on, dialog) = (props.on.clone(), dialog.clone());
        Callback::from(move |_: MouseEvent| {
            #[cfg(target_arch = "wasm32")]
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                d.close();
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = &dialog;
            on.emit(what.action());
        })
    };
    // However it closes (a button, Escape), the room made for it goes.
    let closed = {
        let dialog = dialog.clone();
        Callback::from(move |_: Event| {
            #[cfg(target_arch = "wasm32")]
            if let Some(room) = dialog.cast::<web_sys::Element>().and_then(|d| room_for(&d)) {
                let _ = room.style().remove_property("padding-bottom");
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = &dialog;
        })
    };
    html! {
        <>
            <button type="button" {class} onclick={show(true)}>{ t(lang, label) }</button>
            <dialog ref={dialog.clone()} onclose={closed} class="wq-dialog" role="alertdialog" aria-labelledby={title_id} aria-describedby={text_id}>
                <h2 id={title_id}>{ t(lang, title) }</h2>
                <p id={text_id}>{ t(lang, text) }</p>
                <div class="wq-nav">
                    <button type="button" class="wq-button" ref={cancel.clone()} onclick={show(false)}>{ t(lang, Key::Cancel) }</button>
                    <button type="button" class="wq-button wq-primary" onclick={confirm}>{ t(lang, yes) }</button>
                </div>
            </dialog>
        </>
    }
}

/// Where the room below an opened-down dialog is made: its parent, in the
/// page's flow (padding on the body would not change the size frame.js
/// watches, its content box).
#[cfg(target_arch = "wasm32")]
fn room_for(dialog: &web_sys::Element) -> Option<web_sys::HtmlElement> {
    dialog.parent_element()?.dyn_into().ok()
}

/// In a frame (frame.html on a host page, sized to its content by the host),
/// a modal dialog's "middle of the viewport" is the middle of the whole
/// tall frame, maybe far off the host's screen. The frame cannot see which
/// part of it the host shows, but the button just pressed is in it, and the
/// tap's place on the screen says which half of the browser window it is
/// in: the dialog opens over the button, from its top down when it is in
/// the upper half, up from its bottom otherwise (and from a key, which has
/// no place: the button ends the result screen, so usually low; frame.js
/// then moves it into the part of the frame the host shows, if need be). Opening
/// down, the page gets room below for it while it is open (the button ends
/// the frame, which the host sizes to the page: frame.js reports the new
/// height). The host page is not scrolled to it: a modal dialog is in the
/// top layer, and scrolling it into view moves no host page, of the same
/// origin or not (checked in Chromium). Set through the CSSOM, which the strict CSP allows (no `style` attribute).
#[cfg(target_arch = "wasm32")]
fn beside_the_button(d: &web_sys::HtmlDialogElement, e: &MouseEvent) {
    let Some(w) = web_sys::window() else { return };
    let framed = w.parent().ok().flatten().is_some_and(|p| *p != *w);
    let button = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    if let (true, Some(button)) = (framed, button) {
        let b = button.get_bounding_client_rect();
        let in_window = f64::from(e.screen_y()) - w.screen_y().ok().and_then(|y| y.as_f64()).unwrap_or(0.0);
        let half = w.outer_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0) / 2.0;
        let height = d.get_bounding_client_rect().height();
        let down = e.screen_y() != 0 && in_window < half;
        let top = if down { b.top() } else { b.bottom() - height };
        if let (true, Some(room)) = (down, room_for(d)) {
            let _ = room.style().set_property("padding-bottom", &format!("{}px", height as i32 + 16));
        }
        // Whole pixels: formatting a float would bring its code into the bundle.
        let px = top.max(8.0) as i32;
        let _ = d.style().set_property("margin-top", &format!("{px}px"));
    }
}
