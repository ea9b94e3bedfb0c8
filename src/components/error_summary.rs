use weiquan_core::situation::FieldError;
use yew::prelude::*;

use crate::text::{self, error_message, t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub lang: Lang,
    pub errors: Vec<FieldError>,
}

/// The errors of a screen, each linked to its field (`#wq-field-<field>`).
/// A refused Next moves focus here (app.rs, `State::refusals`): on a phone
/// the list is far above the button, and a sighted person saw nothing
/// change; focus also reads it out, so it is no alert (an alert would be
/// read twice, and again as lines go while the person corrects them), as on
/// the summary form.
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="wq-error-summary" tabindex="-1">
            <p>{ t(props.lang, Key::ErrorSummary) }</p>
            <ul>
                { for props.errors.iter().map(|e| html! {
                    <li><a href={format!("#wq-field-{}", e.field)} onclick={crate::platform::jump_to_field}>{ line(props.lang, e) }</a></li>
                }) }
            </ul>
        </div>
    }
}

/// A question's screen asks one thing, so its error is the message alone;
/// the dates screen has several fields, so each line names its field
/// ("离开这个单位的日期（最后一天）：这个日期还没到，请检查。").
fn line(lang: Lang, e: &FieldError) -> String {
    let message = error_message(lang, e.key);
    match e.field.strip_prefix("dates.") {
        Some(key) => text::labelled(lang, text::date_label(lang, key), message),
        None => message.to_string(),
    }
}
