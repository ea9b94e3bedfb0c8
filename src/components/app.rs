use yew::prelude::*;

use crate::components::{QuestionScreen, StartScreen};
use crate::state::{Action, Screen, State};
use crate::text::{t, Key};

/// The whole widget. Holds the one reducer and picks the screen.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    let lang = state.lang;

    let on_start = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::Start))
    };

    let screen = match state.screen {
        Screen::Start => html! { <StartScreen {lang} {on_start} /> },
        Screen::Question { step } => html! { <QuestionScreen {lang} {step} /> },
    };

    html! {
        <main class="wq" lang={lang.tag()}>
            <h1 class="wq-title">{ t(lang, Key::AppName) }</h1>
            { screen }
        </main>
    }
}
