use weiquan_core::sorted::SortedSet;

use weiquan_core::interview::{self, Answers};
use weiquan_core::routing::Advice;
use weiquan_core::rules::{text_or_key, Problem};
use weiquan_core::{route, Date};
use yew::prelude::*;

use crate::components::{
    checklist, glossary_view, icon, legal_basis, limit_view, places_view, ChecklistProps, Confirm, ConfirmButton, GlossaryProps, IconName, IconProps,
    LimitViewProps, PlacesViewProps,
};
use crate::mode::Mode;
use crate::state::Action;
use crate::text::{self, t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    pub lang: Lang,
    /// Where the widget runs: the kiosk cannot call a number.
    #[prop_or_default]
    pub mode: Mode,
    pub answers: Answers,
    pub today: Date,
    #[prop_or_default]
    pub ticked: SortedSet<String>,
    pub heading: NodeRef,
    pub on: Callback<Action>,
    /// Built ahead on the review, not shown yet (see `State::ahead`).
    #[prop_or_default]
    pub hidden: bool,
}

fn notes(lang: Lang, title: Key, class: &'static str, items: &[&Advice]) -> Html {
    if items.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h5>{ t(lang, title) }</h5>
            <ul class={class}>
                { for items.iter().map(|a| html! { <li>{ text_or_key(lang, a.text) }{ legal_basis(lang, a.cites) }</li> }) }
            </ul>
        </>
    }
}

/// Where to go, in order, and for each step why (with the clause on
/// demand), what happens next, the notes, what to bring and the time limit.
/// Everything shown is what `weiquan_core::route` returned; nothing is
/// decided here.
pub fn result_screen(props: &ResultScreenProps) -> Html {
    let lang = props.lang;
    let routing = route(&interview::situation(&props.answers), props.today);
    let hall = routing.at_hall();
    let back = props.on.reform(|_: MouseEvent| Action::Back);
    // The limits that press, said first: one to meet within 30 days had sat
    // two screens down on a phone, under a step about something else.
    let urgent = routing.pressing_limits();
    html! {
        // Keyed: the app shows this section built ahead by reusing it.
        <section key="result" class="wq-screen wq-result" hidden={props.hidden}>
            <h2 class="wq-heading" tabindex="-1" ref={props.heading.clone()}>{ t(lang, Key::ResultTitle) }</h2>
            <p class="wq-lead">{ t(lang, if hall { Key::ResultIntro } else { Key::ResultIntroElsewhere }) }</p>
            if !urgent.is_empty() {
                <div class="wq-urgent">
                    <p><strong>{ t(lang, Key::UrgentTitle) }</strong></p>
                    <ul>
                        { for urgent.iter().map(|(at, l)| html! {
                            <li>{ text::urgent(lang, &text_or_key(lang, &l.title_key()), at, &text::limit_state(lang, l.state.key(), l.last_day.map(|d| d.to_string()), l.days_left)) }</li>
                        }) }
                    </ul>
                </div>
            }
            <h3>{ t(lang, Key::StepsTitle) }</h3>
            <ol class="wq-steps">
                { for routing.steps.iter().map(|step| {
                    let detail = routing.detail(step.n);
                    let several = detail.reasons.len() > 1;
                    let names = |ps: &[Problem]| text::items(lang, &ps.iter().map(|p| text::problem(lang, *p)).collect::<Vec<_>>());
                    html! {
                        <li class={format!("wq-step wq-outcome-{}", step.outcome.key())}>
                            <h4>
                                { icon(&IconProps { name: IconName::for_outcome(step.outcome) }) }
                                { text::outcome(lang, step.outcome) }
                                // In English, the hall's window by its Chinese
                                // name too: the signs there are in Chinese.
                                if let (Lang::En, Some(body)) = (lang, weiquan_core::documents::Body::of(step.outcome)) {
                                    { " " }<span class="wq-purpose" lang="zh-CN">{ text_or_key(Lang::Zh, &format!("outcome.{}", body.key())) }</span>
                                }
                                if let Some(p) = step.purpose {
                                    <span class="wq-purpose">{ text::aside(lang, &text::purpose(lang, p)) }</span>
                                }
                            </h4>
                            if !step.after.is_empty() {
                                <p class="wq-after">{ text::after_steps(lang, &step.after) }</p>
                            }
                            // One reason per rule; with several, each says which problems it is for.
                            if !several {
                                <p class="wq-problems">{ names(&step.problems) }</p>
                            }
                            { for detail.reasons.iter().map(|(l, ps, cites)| html! {
                                <div class="wq-reason">
                                    if several {
                                        <p class="wq-problems wq-for">{ names(ps) }</p>
                                    }
                                    <p><strong>{ t(lang, Key::WhyTitle) }{ text::colon(lang) }</strong>{ text_or_key(lang, l.reason) }</p>
                                    { legal_basis(lang, cites.iter().copied()) }
                                </div>
                            }) }
                            { notes(lang, Key::NotesTitle, "wq-notes", &detail.advice) }
                            // The same limit twice (different dates for different
                            // problems): each says which problems it is for.
                            { for detail.limits.iter().map(|(lim, ps)| {
                                let twice = detail.limits.iter().filter(|(x, _)| x.limit == lim.limit).count() > 1;
                                limit_view(&LimitViewProps { lang, limit: (*lim).clone(), for_problems: twice.then(|| names(ps)) })
                            }) }
                            { notes(lang, Key::NextTitle, "wq-next", &detail.next) }
                            { checklist(&ChecklistProps { lang, items: detail.bring.iter().map(|a| (*a).clone()).collect(), ticked: props.ticked.clone(), step: step.n, on: props.on.clone() }) }
                            { glossary_view(&GlossaryProps { lang, terms: text::terms_for_outcome(step.outcome) }) }
                        </li>
                    }
                }) }
            </ol>
            <p class="wq-to-summary">
                // Papers only for the hall's three bodies: a case sent elsewhere
                // (12333, injury recognition, court…) gets no button to none.
                if !weiquan_core::documents::bodies(&routing).is_empty() {
                    <button type="button" class="wq-button wq-primary wq-open-summary"
                        onclick={props.on.reform(|_: MouseEvent| Action::Summary(crate::summary_state::SummaryAction::Open))}>
                        { crate::summary_text::st(lang, crate::summary_text::SKey::OpenSummary) }
                    </button>
                }
                // The steps, last days, what to bring and where, on paper: on
                // the hall's kiosk, the only way to take them away.
                <button type="button" class="wq-button wq-print-plan" onclick={|e: MouseEvent| crate::output::print(e.target_dyn_into())}>
                    { crate::summary_text::st(lang, crate::summary_text::SKey::PrintPlan) }
                </button>
            </p>
            { places_view(&PlacesViewProps { lang, hall, dial: props.mode != Mode::Kiosk }) }
            <p class="wq-note">{ t(lang, Key::Hotline) }</p>
            <div class="wq-nav">
                <button type="button" class="wq-button" onclick={back}>{ t(lang, Key::Back) }</button>
                <ConfirmButton {lang} what={Confirm::Restart} on={props.on.clone()} />
            </div>
        </section>
    }
}

/// The same view as a component, for the server-side rendering tests (the
/// app calls [`result_screen`] directly, so the bundle has no component machinery
/// for it).
#[function_component(ResultScreen)]
pub fn result_screen_component(props: &ResultScreenProps) -> Html {
    result_screen(props)
}
