use weiquan_core::interview::{self, Answers, Question};
use weiquan_core::rules::FactId;
use yew::prelude::*;

use crate::state::Action;
use crate::text::{self, t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct ReviewScreenProps {
    pub lang: Lang,
    pub answers: Answers,
    pub heading: NodeRef,
    /// The question just changed (`State::edited`): its change button takes
    /// `heading`'s ref, so focus returns to the row instead of the top.
    #[prop_or_default]
    pub edited: Option<Question>,
    pub on: Callback<Action>,
}

/// Every answer that counts, each with a button to change it.
pub fn review_screen(props: &ReviewScreenProps) -> Html {
    let (lang, a) = (props.lang, &props.answers);
    let not_given = t(lang, Key::NotAnswered).to_string();
    let rows: Vec<(Question, String, String)> = interview::questions(a)
        .into_iter()
        .map(|q| match q {
            Question::Fact(FactId::Problem) => {
                let list: Vec<String> = a.problems.iter().map(|p| text::problem(lang, *p)).collect();
                (q, text::question(lang, FactId::Problem), if list.is_empty() { not_given.clone() } else { text::items(lang, &list) })
            }
            Question::Fact(f) => {
                let v = a.value(f).map(|i| text::answer(lang, f, f.meta().values[i])).unwrap_or(not_given.clone());
                (q, text::question(lang, f), v)
            }
            Question::Dates => {
                let list: Vec<String> = interview::date_fields(a)
                    .into_iter()
                    .filter(|f| !a.date_text(*f).is_empty())
                    .map(|f| text::labelled(lang, text::date_label(lang, f.key()), a.date_text(f)))
                    .collect();
                (q, t(lang, Key::DatesTitle).to_string(), if list.is_empty() { not_given.clone() } else { text::items(lang, &list) })
            }
        })
        .collect();
    // Only a row that is shown can take focus; else the heading does.
    let edited = props.edited.filter(|q| rows.iter().any(|(r, ..)| r == q));
    let back = props.on.reform(|_: MouseEvent| Action::Back);
    let result = props.on.reform(|_: MouseEvent| Action::ShowResult);
    html! {
        // Keyed: the result built ahead is its sibling (see the app).
        <section key="review" class="wq-screen wq-review">
            <h2 class="wq-heading" tabindex="-1" ref={if edited.is_none() { props.heading.clone() } else { NodeRef::default() }}>{ t(lang, Key::ReviewTitle) }</h2>
            <p class="wq-hint">{ t(lang, Key::ReviewHint) }</p>
            if a.for_someone_else() {
                <p class="wq-hint wq-for-other">{ t(lang, Key::ForSomeoneElse) }</p>
            }
            <dl class="wq-answers">
                { for rows.into_iter().map(|(q, question, answer)| {
                    let edit = props.on.reform(move |_: MouseEvent| Action::Edit(q));
                    let label = text::labelled(lang, t(lang, Key::Change), &question);
                    let focus = if edited == Some(q) { props.heading.clone() } else { NodeRef::default() };
                    html! {
                        <div class="wq-answer">
                            <dt>{ question }</dt>
                            <dd>{ answer }</dd>
                            <dd><button type="button" class="wq-button wq-link" aria-label={label} onclick={edit} ref={focus}>{ t(lang, Key::Change) }</button></dd>
                        </div>
                    }
                }) }
            </dl>
            <div class="wq-nav">
                <button type="button" class="wq-button" onclick={back}>{ t(lang, Key::Back) }</button>
                <button type="button" class="wq-button wq-primary" onclick={result}>{ t(lang, Key::SeeResult) }</button>
            </div>
        </section>
    }
}

/// The same view as a component, for the server-side rendering tests (the
/// app calls [`review_screen`] directly, so the bundle has no component machinery
/// for it).
#[function_component(ReviewScreen)]
pub fn review_screen_component(props: &ReviewScreenProps) -> Html {
    review_screen(props)
}
