use weiquan_core::situation::FieldError;
use yew::prelude::*;

use crate::text::{error_message, t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub lang: Lang,
    pub errors: Vec<FieldError>,
}

/// The errors of a screen, announced (role="alert") and each linked to its
/// field (`#wq-field-<field>`).
pub fn error_summary(props: &ErrorSummaryProps) -> Html {
    if props.errors.is_empty() {
        return html! {};
    }
    html! {
        <div class="wq-error-summary" role="alert">
            <p>{ t(props.lang, Key::ErrorSummary) }</p>
            <ul>
                { for props.errors.iter().map(|e| html! {
                    <li><a href={format!("#wq-field-{}", e.field)}>{ error_message(props.lang, e.key) }</a></li>
                }) }
            </ul>
        </div>
    }
}
