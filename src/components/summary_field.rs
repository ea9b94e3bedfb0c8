use weiquan_core::situation::FieldError;
use yew::prelude::*;

use crate::state::Action;
use crate::summary_state::SummaryAction;
use crate::summary_text::{error_message, field_hint, field_label, st, SKey};
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct SummaryFieldProps {
    pub lang: Lang,
    /// The form path (`person.name`); also the id `wq-field-<path>`.
    pub path: String,
    /// The text as typed.
    pub value: String,
    pub error: Option<FieldError>,
    #[prop_or_default]
    pub optional: bool,
    /// `text` (default), `tel`, or `numeric`/`decimal` for the keyboard.
    #[prop_or_default]
    pub inputmode: Option<&'static str>,
    #[prop_or_default]
    pub autocomplete: Option<&'static str>,
    /// A note under the field (what an empty field stands for, a wage under
    /// the minimum), read with it; its Chinese runs marked in English.
    #[prop_or_default]
    pub note: Option<String>,
    /// A label of its own, where the same field stands for something else
    /// (`workers`: the injured child on a relative's application).
    #[prop_or_default]
    pub label: Option<&'static str>,
    pub on: Callback<Action>,
}

/// One text field of the summary form: label, hint, the error beside it
/// (`aria-describedby`, `aria-invalid`) and the text exactly as typed.
pub fn summary_field(props: &SummaryFieldProps) -> Html {
    let lang = props.lang;
    let path = props.path.clone();
    let id = format!("wq-field-{path}");
    let hint_id = format!("wq-hint-{path}");
    let error_id = format!("wq-error-{path}");
    let note_id = format!("wq-note-{path}");
    let hint = field_hint(lang, &path);
    let mut describedby = Vec::new();
    if !hint.is_empty() {
        describedby.push(hint_id.clone());
    }
    if props.note.is_some() {
        describedby.push(note_id.clone());
    }
    if props.error.is_some() {
        describedby.push(error_id.clone());
    }
    // A row of a list (evidence, witnesses, other claims) under one legend:
    // its number, for a screen reader, or every row's fields share a name.
    let row = (!path.starts_with("employers"))
        .then(|| path.split_once('[')?.1.split_once(']')?.0.parse::<usize>().ok())
        .flatten()
        .map(|i| crate::summary_text::row_name(lang, "", i + 1));
    let oninput = {
        let path = path.clone();
        props.on.reform(move |e: InputEvent| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            Action::Summary(SummaryAction::Set(path.clone(), input.value()))
        })
    };
    html! {
        <div class="wq-field">
            <label for={id.clone()}>
                { props.label.unwrap_or_else(|| field_label(lang, &path)) }
                if let Some(row) = row { <span class="wq-sr-only">{ row }</span> }
                if props.optional { <span class="wq-optional">{ st(lang, SKey::Optional) }</span> }
            </label>
            if !hint.is_empty() {
                <span id={hint_id} class="wq-hint">{ hint }</span>
            }
            if let Some(e) = &props.error {
                <p id={error_id} class="wq-error">{ error_message(lang, e.key) }</p>
            }
            <input type="text" id={id} value={props.value.clone()} {oninput}
                inputmode={props.inputmode} autocomplete={props.autocomplete.unwrap_or("off")} spellcheck="false"
                aria-describedby={(!describedby.is_empty()).then(|| describedby.join(" "))}
                aria-required={weiquan_core::details::ALWAYS_REQUIRED.contains(&path.as_str()).then_some("true")}
                aria-invalid={props.error.as_ref().map(|_| "true")} />
            if let Some(note) = &props.note {
                <p id={note_id} class="wq-hint">{ super::with_zh_marked(lang, note) }</p>
            }
        </div>
    }
}
