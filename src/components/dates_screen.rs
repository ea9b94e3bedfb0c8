use weiquan_core::interview::{self, Answers};
use weiquan_core::situation::FieldError;
use yew::prelude::*;

use crate::components::{error_summary, nav, ErrorSummaryProps, NavProps};
use crate::state::Action;
use crate::text::{self, error_message, t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct DatesScreenProps {
    pub lang: Lang,
    pub answers: Answers,
    pub errors: Vec<FieldError>,
    pub heading: NodeRef,
    /// Built ahead, not shown yet (see `State::ahead`).
    pub hidden: bool,
    pub on: Callback<Action>,
}

/// The dates the time limits run from. Plain text fields (not date pickers)
/// so that what the person typed is kept exactly, even when it is wrong.
pub fn dates_screen(props: &DatesScreenProps) -> Html {
    let lang = props.lang;
    let onsubmit = props.on.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });
    html! {
        // Keyed: the app shows this question built ahead by reusing it.
        <form key="ask:dates" class="wq-screen wq-dates" novalidate=true hidden={props.hidden} {onsubmit}>
            { error_summary(&ErrorSummaryProps { lang, errors: props.errors.clone() }) }
            <h2 class="wq-heading" tabindex="-1" ref={props.heading.clone()}>{ t(lang, Key::DatesTitle) }</h2>
            if props.answers.for_someone_else() {
                <p class="wq-hint wq-for-other">{ t(lang, Key::ForSomeoneElse) }</p>
            }
            <p class="wq-hint">{ t(lang, Key::DatesHint) }</p>
            { for interview::date_fields(&props.answers).into_iter().map(|f| {
                let path = f.path();
                let id = format!("wq-field-{path}");
                let hint_id = format!("wq-hint-{path}");
                let error_id = format!("wq-error-{path}");
                let note_id = format!("wq-note-{path}");
                let note = text::date_note(lang, f.key());
                let error = props.errors.iter().find(|e| e.field == path);
                let mut describedby = if note.is_some() { format!("{note_id} {hint_id}") } else { hint_id.clone() };
                if error.is_some() {
                    describedby.push(' ');
                    describedby.push_str(&error_id);
                }
                let oninput = props.on.reform(move |e: InputEvent| {
                    let input: web_sys::HtmlInputElement = e.target_unchecked_into();
                    Action::SetDate(f, input.value())
                });
                html! {
                    <div class="wq-field">
                        <label for={id.clone()}>{ text::date_label(lang, f.key()) }</label>
                        if let Some(n) = note {
                            <span id={note_id} class="wq-hint">{ n }</span>
                        }
                        <span id={hint_id} class="wq-hint">{ t(lang, Key::DateFormatHint) }</span>
                        if let Some(e) = error {
                            <p id={error_id} class="wq-error">{ error_message(lang, e.key) }</p>
                        }
                        <input type="text" inputmode="numeric" autocomplete="off" id={id}
                            value={props.answers.date_text(f).to_string()} {oninput}
                            aria-describedby={describedby} aria-invalid={error.map(|_| "true")} />
                    </div>
                }
            }) }
            { nav(&NavProps { lang, on: props.on.clone() }) }
        </form>
    }
}

/// The same view as a component, for the server-side rendering tests (the
/// app calls [`dates_screen`] directly, so the bundle has no component machinery
/// for it).
#[function_component(DatesScreen)]
pub fn dates_screen_component(props: &DatesScreenProps) -> Html {
    dates_screen(props)
}
