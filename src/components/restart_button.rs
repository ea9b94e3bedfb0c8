use yew::prelude::*;

use crate::state::Action;
use crate::text::{t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct RestartButtonProps {
    pub lang: Lang,
    pub on: Callback<Action>,
}

/// "Start again", asked first: it wipes every answer, tick and the papers,
/// so a modal dialog says so and offers to cancel (focused first, like the
/// browser's own confirmations; Escape cancels too). Closing it returns
/// focus to the button (the dialog element does that itself). Cancel is
/// focused in code, not by `autofocus`: the result holding this dialog is
/// built ahead on the review, and in a cross-origin iframe Chromium logs
/// an error for every `autofocus` inserted into the page.
#[function_component(RestartButton)]
pub fn restart_button(props: &RestartButtonProps) -> Html {
    let lang = props.lang;
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
    let confirm = props.on.reform(|_: MouseEvent| Action::Restart);
    html! {
        <>
            <button type="button" class="wq-button wq-restart" onclick={show(true)}>{ t(lang, Key::StartOver) }</button>
            <dialog ref={dialog.clone()} class="wq-dialog" role="alertdialog" aria-labelledby="wq-restart-title" aria-describedby="wq-restart-text">
                <h2 id="wq-restart-title">{ t(lang, Key::RestartTitle) }</h2>
                <p id="wq-restart-text">{ t(lang, Key::RestartText) }</p>
                <div class="wq-nav">
                    <button type="button" class="wq-button" ref={cancel.clone()} onclick={show(false)}>{ t(lang, Key::Cancel) }</button>
                    <button type="button" class="wq-button wq-primary" onclick={confirm}>{ t(lang, Key::RestartConfirm) }</button>
                </div>
            </dialog>
        </>
    }
}

/// In a frame (frame.html on a host page, sized to its content by the host),
/// a modal dialog's "middle of the viewport" is the middle of the whole
/// tall frame, maybe far off the host's screen: there the dialog opens just
/// above the button that opened it, where the person is looking. Set through
/// the CSSOM, which the strict CSP allows (no `style` attribute).
#[cfg(target_arch = "wasm32")]
fn beside_the_button(d: &web_sys::HtmlDialogElement, e: &MouseEvent) {
    use web_sys::wasm_bindgen::JsCast;
    let Some(w) = web_sys::window() else { return };
    let framed = w.parent().ok().flatten().is_some_and(|p| *p != *w);
    let button = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
    if let (true, Some(button)) = (framed, button) {
        let top = button.get_bounding_client_rect().top() - d.get_bounding_client_rect().height() - 12.0;
        // Whole pixels: formatting a float would bring its code into the bundle.
        let px = top.max(8.0) as i32;
        let _ = d.style().set_property("margin-top", &format!("{px}px"));
    }
}
