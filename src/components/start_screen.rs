use yew::prelude::*;

use crate::mode::Mode;
use crate::state::Action;
use crate::text::{t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct StartScreenProps {
    pub lang: Lang,
    /// A kiosk keeps nothing: its privacy line says so.
    pub mode: Mode,
    /// Focused after a wipe (never on the first load).
    pub heading: NodeRef,
    pub on: Callback<Action>,
}

/// What the widget does, in one sentence, and the start button.
pub fn start_screen(props: &StartScreenProps) -> Html {
    let lang = props.lang;
    let onclick = props.on.reform(|_: MouseEvent| Action::Start);
    html! {
        <section key="start" class="wq-screen wq-start">
            <h1 class="wq-title" tabindex="-1" ref={props.heading.clone()}>{ t(lang, Key::AppName) }</h1>
            <p class="wq-lead">{ t(lang, Key::Tagline) }</p>
            <p class="wq-note">{ t(lang, match props.mode { Mode::Kiosk => Key::PrivacyKiosk, Mode::Embed => Key::PrivacyEmbed, Mode::Phone => Key::Privacy }) }</p>
            <button type="button" class="wq-button wq-primary" {onclick}>
                { t(lang, Key::Start) }
            </button>
            <p class="wq-note">{ t(lang, Key::Hotline) }</p>
        </section>
    }
}
