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
/// focus to the button (the dialog element does that itself).
#[function_component(RestartButton)]
pub fn restart_button(props: &RestartButtonProps) -> Html {
    let lang = props.lang;
    let dialog = use_node_ref();
    let show = |open: bool| {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            #[cfg(target_arch = "wasm32")]
            if let Some(d) = dialog.cast::<web_sys::HtmlDialogElement>() {
                if open {
                    let _ = d.show_modal();
                } else {
                    d.close();
                }
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = (&dialog, open);
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
                    <button type="button" class="wq-button" autofocus=true onclick={show(false)}>{ t(lang, Key::Cancel) }</button>
                    <button type="button" class="wq-button wq-primary" onclick={confirm}>{ t(lang, Key::RestartConfirm) }</button>
                </div>
            </dialog>
        </>
    }
}
