use weiquan_core::interview::{self, Answers, Question};
use yew::prelude::*;

use crate::text::{self, Lang};

#[derive(Properties, PartialEq)]
pub struct ProgressProps {
    pub lang: Lang,
    pub answers: Answers,
    pub question: Question,
}

/// "第2步，共9步" with a bar. The total follows the answers: only the
/// questions that matter are counted.
pub fn progress(props: &ProgressProps) -> Html {
    let (n, of) = interview::progress(&props.answers, props.question);
    let label = text::progress(props.lang, n, of);
    html! {
        <div class="wq-progress">
            <p class="wq-progress-text" aria-hidden="true">{ label.clone() }</p>
            <progress max={of.to_string()} value={n.to_string()} aria-label={label}></progress>
        </div>
    }
}
