use yew::prelude::*;

use crate::text::{step_heading, t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct QuestionScreenProps {
    pub lang: Lang,
    /// 1-based step number.
    pub step: u8,
}

/// One question step (placeholder for now). Its heading takes focus when
/// the step appears, so screen-reader and keyboard users land on it.
#[function_component(QuestionScreen)]
pub fn question_screen(props: &QuestionScreenProps) -> Html {
    let heading = use_node_ref();
    {
        let heading = heading.clone();
        use_effect_with(props.step, move |_| {
            if let Some(el) = heading.cast::<web_sys::HtmlElement>() {
                let _ = el.focus();
            }
        });
    }
    html! {
        <section class="wq-screen wq-question" aria-labelledby="wq-step-heading">
            <h2 id="wq-step-heading" class="wq-step" tabindex="-1" ref={heading}>
                { step_heading(props.lang, props.step) }
            </h2>
            <p>{ t(props.lang, Key::QuestionPlaceholder) }</p>
        </section>
    }
}
