use weiquan_core::interview::Answers;
use weiquan_core::rules::{FactId, FactValue, Problem};
use weiquan_core::situation::FieldError;
use yew::prelude::*;

use crate::components::{error_summary, glossary_view, icon, nav, ErrorSummaryProps, GlossaryProps, IconName, IconProps, NavProps, ReadAloud};
use crate::state::Action;
use crate::text::{self, error_message, t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct FactScreenProps {
    pub lang: Lang,
    pub fact: FactId,
    pub answers: Answers,
    pub errors: Vec<FieldError>,
    pub heading: NodeRef,
    /// Built ahead, not shown yet (see `State::ahead`).
    pub hidden: bool,
    pub on: Callback<Action>,
}

/// One question: a radio group (or, for the problems, a checkbox group) in a
/// fieldset whose legend holds the focused heading. Errors are named in text
/// beside the group and linked from the summary.
pub fn fact_screen(props: &FactScreenProps) -> Html {
    let (lang, fact) = (props.lang, props.fact);
    let multiple = fact == FactId::Problem;
    let field = if multiple { "problems" } else { fact.key() };
    let error = props.errors.iter().find(|e| e.field == field);
    let error_id = format!("wq-error-{field}");
    let group_id = format!("wq-field-{field}");
    let heading_id = format!("wq-question-{field}");
    let values = fact.meta().values;

    let options: Vec<(usize, String, bool)> = values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let checked = if multiple { props.answers.problems.contains(&Problem::ALL[i]) } else { props.answers.value(fact) == Some(i) };
            (i, text::answer(lang, fact, v), checked)
        })
        .collect();
    // Every question after "for someone else" says whom "you" means.
    let for_other = fact != FactId::Reporter && props.answers.for_someone_else();
    let spoken = std::iter::once(text::question(lang, fact))
        .chain(for_other.then(|| t(lang, Key::ForSomeoneElse).to_string()))
        .chain(options.iter().map(|(_, label, _)| label.clone()))
        .collect::<Vec<_>>();
    let spoken = text::sentences(lang, &spoken);
    // A new text (the next question, the other language): a new read-aloud.
    let said = spoken.clone();

    let onsubmit = props.on.reform(|e: SubmitEvent| {
        e.prevent_default();
        Action::Next
    });

    html! {
        // Keyed: the app shows this question built ahead by reusing it.
        <form key={crate::state::screen_key(crate::state::Screen::Ask(weiquan_core::interview::Question::Fact(fact)))}
            class="wq-screen wq-question" novalidate=true hidden={props.hidden} {onsubmit}>
            { error_summary(&ErrorSummaryProps { lang, errors: props.errors.clone() }) }
            // ARIA 1.2 takes aria-invalid on a radiogroup or a checkbox, not
            // on a plain group: one choice makes the fieldset a radiogroup
            // (named by its question); the problems mark each checkbox.
            <fieldset id={group_id} class="wq-options" role={(!multiple).then_some("radiogroup")}
                aria-labelledby={(!multiple).then(|| heading_id.clone())}
                aria-describedby={error.map(|_| error_id.clone())}
                aria-invalid={(!multiple && error.is_some()).then_some("true")}>
                <legend>
                    <h2 id={heading_id.clone()} class="wq-heading" tabindex="-1" ref={props.heading.clone()}>{ text::question(lang, fact) }</h2>
                </legend>
                if for_other {
                    <p class="wq-hint wq-for-other">{ t(lang, Key::ForSomeoneElse) }</p>
                }
                if let Some(e) = error {
                    <p id={error_id.clone()} class="wq-error">{ error_message(lang, e.key) }</p>
                }
                { for options.into_iter().map(|(i, label, checked)| {
                    let id = format!("wq-{}-{}", fact.key(), values[i]);
                    let onchange = if multiple {
                        props.on.reform(move |_: Event| Action::ToggleProblem(Problem::ALL[i]))
                    } else {
                        props.on.reform(move |_: Event| Action::Choose(fact, i))
                    };
                    html! {
                        <div class="wq-option">
                            <input type={if multiple { "checkbox" } else { "radio" }} id={id.clone()}
                                name={fact.key()} value={values[i]} {checked} {onchange}
                                aria-invalid={(multiple && error.is_some()).then_some("true")} />
                            <label for={id}>
                                if multiple {
                                    { icon(&IconProps { name: IconName::for_problem(Problem::ALL[i]) }) }
                                }
                                { label }
                            </label>
                        </div>
                    }
                }) }
            </fieldset>
            <ReadAloud key={said} {lang} text={spoken} />
            { glossary_view(&GlossaryProps { lang, terms: text::terms_for(fact) }) }
            { nav(&NavProps { lang, on: props.on.clone() }) }
        </form>
    }
}

/// The same view as a component, for the server-side rendering tests (the
/// app calls [`fact_screen`] directly, so the bundle has no component machinery
/// for it).
#[function_component(FactScreen)]
pub fn fact_screen_component(props: &FactScreenProps) -> Html {
    fact_screen(props)
}
