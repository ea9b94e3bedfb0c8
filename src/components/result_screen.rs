use weiquan_core::interview::{self, Answers};
use weiquan_core::rules::{text_or_key, Cite};
use weiquan_core::{route, Date};
use yew::prelude::*;

use crate::components::{Glossary, Icon, IconName};
use crate::state::Action;
use crate::text::{self, t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct ResultScreenProps {
    pub lang: Lang,
    pub answers: Answers,
    pub today: Date,
    pub heading: NodeRef,
    pub on: Callback<Action>,
}

fn cites(lang: Lang, cites: &[Cite]) -> Html {
    html! {
        <details class="wq-basis">
            <summary>{ t(lang, Key::BasisTitle) }</summary>
            <ul>
                { for cites.iter().map(|c| html! {
                    <li><cite>{ format!("{} {}", c.source, c.clause) }</cite>{ "：" }<q>{ c.quote }</q></li>
                }) }
            </ul>
        </details>
    }
}

/// Where to go, in order, and for each step why (with the clause on
/// demand), the notes, what to bring and the time limit. Everything shown is
/// what `weiquan_core::route` returned; nothing is decided here.
#[function_component(ResultScreen)]
pub fn result_screen(props: &ResultScreenProps) -> Html {
    let lang = props.lang;
    let routing = route(&interview::situation(&props.answers), props.today);
    let restart = props.on.reform(|_: MouseEvent| Action::Restart);
    let back = props.on.reform(|_: MouseEvent| Action::Back);
    html! {
        <section class="wq-screen wq-result">
            <h2 class="wq-heading" tabindex="-1" ref={props.heading.clone()}>{ t(lang, Key::ResultTitle) }</h2>
            <p class="wq-lead">{ t(lang, Key::ResultIntro) }</p>
            <h3>{ t(lang, Key::StepsTitle) }</h3>
            <ol class="wq-steps">
                { for routing.steps.iter().map(|step| {
                    let links: Vec<_> = routing.problems.iter()
                        .flat_map(|p| p.chain.iter().filter(|l| l.step == step.n).map(move |l| (p, l)))
                        .collect();
                    html! {
                        <li class={classes!("wq-step", format!("wq-outcome-{}", step.outcome.key()))}>
                            <h4>
                                <Icon name={IconName::for_outcome(step.outcome)} />
                                { text::outcome(lang, step.outcome) }
                                if let Some(p) = step.purpose {
                                    <span class="wq-purpose">{ format!("（{}）", text::purpose(lang, p)) }</span>
                                }
                            </h4>
                            if !step.after.is_empty() {
                                <p class="wq-after">{ text::after_steps(lang, &step.after) }</p>
                            }
                            <p class="wq-problems">{ step.problems.iter().map(|p| text::problem(lang, *p)).collect::<Vec<_>>().join("；") }</p>
                            { for links.iter().map(|(p, l)| html! {
                                <div class="wq-reason">
                                    <p><strong>{ t(lang, Key::WhyTitle) }{ "：" }</strong>{ text_or_key(lang, l.reason) }</p>
                                    { cites(lang, l.cites) }
                                    if !l.advice.is_empty() {
                                        <h5>{ t(lang, Key::NotesTitle) }</h5>
                                        <ul class="wq-notes">
                                            { for l.advice.iter().map(|a| html! { <li>{ text_or_key(lang, a.text) }{ cites(lang, a.cites) }</li> }) }
                                        </ul>
                                    }
                                    if !l.bring.is_empty() {
                                        <h5>{ t(lang, Key::BringTitle) }</h5>
                                        <ul class="wq-bring">
                                            { for l.bring.iter().map(|a| html! { <li>{ text_or_key(lang, a.text) }</li> }) }
                                        </ul>
                                    }
                                    { for p.limits.iter().filter(|lim| lim.outcome == l.outcome).map(|lim| html! {
                                        <p class={classes!("wq-limit", format!("wq-limit-{}", serde_state(lim.state)))}>
                                            <strong>{ t(lang, Key::DeadlineTitle) }{ "：" }</strong>
                                            { text::limit_state(lang, serde_state(lim.state), lim.last_day.map(|d| d.to_string()), lim.days_left) }
                                            { " " }{ text_or_key(lang, &lim.text_key()) }
                                        </p>
                                    }) }
                                </div>
                            }) }
                            <Glossary {lang} terms={text::terms_for_outcome(step.outcome)} />
                        </li>
                    }
                }) }
            </ol>
            <p class="wq-note">{ t(lang, Key::Hotline) }</p>
            <div class="wq-nav">
                <button type="button" class="wq-button" onclick={back}>{ t(lang, Key::Back) }</button>
                <button type="button" class="wq-button wq-primary" onclick={restart}>{ t(lang, Key::StartOver) }</button>
            </div>
        </section>
    }
}

/// The state's snake_case key (as in the routing JSON).
fn serde_state(s: weiquan_core::deadlines::LimitState) -> &'static str {
    use weiquan_core::deadlines::LimitState::*;
    match s {
        Open => "open",
        Near => "near",
        Passed => "passed",
        NotRunning => "not_running",
        NoLimitWhileEmployed => "no_limit_while_employed",
        Unknown => "unknown",
    }
}
