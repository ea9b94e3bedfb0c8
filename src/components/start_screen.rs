use yew::prelude::*;

use crate::text::{t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub lang: Lang,
    pub on_start: Callback<()>,
}

/// What the widget does, in one sentence, and the start button.
#[function_component(StartScreen)]
pub fn start_screen(props: &StartScreenProps) -> Html {
    let lang = props.lang;
    let onclick = props.on_start.reform(|_: MouseEvent| ());
    html! {
        <section class="wq-screen wq-start">
            <p class="wq-lead">{ t(lang, Key::Tagline) }</p>
            <p class="wq-note">{ t(lang, Key::Privacy) }</p>
            <button type="button" class="wq-button wq-primary" {onclick}>
                { t(lang, Key::Start) }
            </button>
        </section>
    }
}
