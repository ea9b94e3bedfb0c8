use yew::prelude::*;

use crate::text::{t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct ReadAloudProps {
    pub lang: Lang,
    /// What to speak: the question and its answers.
    pub text: String,
}

/// Speaks `text` with the browser's speech synthesis in the current
/// language. Where no voice for the language exists it says so quietly.
/// Keyed by its text where it is used: the next question (or this one in the
/// other language) is a new one, whose status starts empty. The app stops
/// the speech when the screen changes.
#[function_component(ReadAloud)]
pub fn read_aloud(props: &ReadAloudProps) -> Html {
    let status = use_state(|| None::<Key>);
    let onclick = {
        let (status, text, lang) = (status.clone(), props.text.clone(), props.lang);
        Callback::from(move |_: MouseEvent| {
            status.set(Some(if crate::platform::speak(&text, lang) { Key::Speaking } else { Key::NoVoice }));
        })
    };
    html! {
        <div class="wq-read-aloud">
            <button type="button" class="wq-button" {onclick}>{ t(props.lang, Key::ReadAloud) }</button>
            <span class="wq-hint" role="status">{ status.map(|k| t(props.lang, k)).unwrap_or_default() }</span>
        </div>
    }
}
