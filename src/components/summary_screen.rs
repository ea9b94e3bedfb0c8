use std::rc::Rc;

use weiquan_core::details::{Details, FormParts};
use weiquan_core::documents;
use weiquan_core::interview::{self, Answers};
use weiquan_core::situation::FieldError;
use weiquan_core::{qr, route, Date};
use yew::prelude::*;

use crate::components::{
    qr_section, summary_claims, summary_document, summary_facts, summary_form, QrSectionProps, SummaryClaimsProps, SummaryDocumentProps,
    SummaryFactsProps, SummaryFormProps, SummaryOutput,
};
use crate::mode::Mode;
use crate::state::Action;
use crate::summary_state::SummaryAction;
use crate::summary_text::{st, summary_line, SKey};
use crate::text::{t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct SummaryScreenProps {
    pub lang: Lang,
    pub mode: Mode,
    pub answers: Answers,
    pub details: Details,
    pub errors: Vec<FieldError>,
    /// The form was checked since its last edit.
    #[prop_or_default]
    pub checked: bool,
    /// The composed facts of each paper when the person last edited them
    /// (`State::facts_base`).
    #[prop_or_default]
    pub facts_base: weiquan_core::details::FactsTexts,
    /// Each paper carries its own code (`State::paper_codes`).
    #[prop_or_default]
    pub paper_codes: bool,
    /// The whole case's code is shown (`State::qr_shown`).
    #[prop_or_default]
    pub qr_shown: bool,
    pub today: Date,
    pub heading: NodeRef,
    pub on: Callback<Action>,
}

/// Everything the summary computes from the answers and the form.
struct Made {
    situation: weiquan_core::Situation,
    parts: FormParts,
    docs: Rc<Vec<documents::Document>>,
    text: Rc<String>,
    json: Rc<String>,
    /// The whole case's code (once the person asks to see it), and each
    /// paper's own (printed on it; encoded once the form rests, or to print).
    qr: Option<Rc<Result<qr::Qr, qr::QrError>>>,
    paper_qrs: Vec<Option<Rc<Result<qr::Qr, qr::QrError>>>>,
    wage_note: Option<documents::Notice>,
    date_notes: Vec<(&'static str, Option<Date>)>,
    /// A value typed that its check refuses (an ID's check digit, a phone):
    /// print checks the form first. A blank field is no reason: it prints
    /// as a line to write on by hand.
    refused: bool,
}

fn make(answers: &Answers, details: &Details, today: Date, paper_codes: bool, qr_shown: bool) -> Made {
    let situation = interview::situation(answers);
    let routing = route(&situation, today);
    let docs = documents::compose(&situation, &routing, details, today);
    let text = documents::to_text(&docs);
    let json = documents::case_json(&situation, &routing, details, &docs, today);
    let qr = qr_shown.then(|| Rc::new(qr::for_case(&situation, &routing, details, &docs, today)));
    let paper_qrs =
        docs.iter().map(|doc| paper_codes.then(|| Rc::new(qr::encode(&qr::paper_case(&situation, &routing, details, doc, today))))).collect();
    let parts = documents::form_parts(&situation, &routing);
    let wage_note = documents::wage_below_minimum(&situation, details, today);
    let date_notes = documents::dates_unlike_interview(&situation, details, today);
    let refused = !weiquan_core::details::typed_errors(details, parts, today).is_empty();
    Made { situation, parts, docs: Rc::new(docs), text: Rc::new(text), json: Rc::new(json), qr, paper_qrs, wage_note, date_notes, refused }
}

/// How long the form rests after an edit before each paper's code is made.
const REST_MS: u32 = 1000;

/// The complaint summary (issue 6): the final form, the claims with their
/// working, the facts and reasons, the documents per body as they will be
/// handed in, and print / copy / download / QR.
#[function_component(SummaryScreen)]
pub fn summary_screen(props: &SummaryScreenProps) -> Html {
    let lang = props.lang;
    // A kiosk shows no code (its papers carry theirs).
    let qr_shown = props.qr_shown && props.mode != Mode::Kiosk;
    let made = use_memo((props.answers.clone(), props.details.clone(), props.today, props.paper_codes, qr_shown), |(a, d, today, codes, qr)| {
        make(a, d, *today, *codes, *qr)
    });
    // Each paper's code, once the form has rested after an edit (never on a
    // keystroke), and at once when the browser prints.
    {
        let code = props.on.reform(|_: ()| Action::Summary(SummaryAction::CodePapers));
        let at_rest = code.clone();
        use_effect_with((props.details.clone(), props.paper_codes), move |(_, coded)| {
            let timer = (!*coded).then(|| gloo_timers::callback::Timeout::new(REST_MS, move || at_rest.emit(())));
            move || drop(timer)
        });
        use_effect_with((), move |_| crate::platform::before_print(code));
    }
    let check = props.on.reform(|_: MouseEvent| Action::Summary(SummaryAction::Check));
    let back = props.on.reform(|_: MouseEvent| Action::Back);
    // A check that finds errors takes focus to their summary at the top of
    // this long form: the button is far below it, where nothing changes.
    // Focus reads it out, so it is no alert: an alert would be read twice,
    // and again at each correction while the person types.
    let error_summary = use_node_ref();
    {
        let node = error_summary.clone();
        use_effect_with((props.checked, props.errors.clone()), move |(checked, errors)| {
            if *checked && !errors.is_empty() {
                crate::platform::focus(&node);
            }
        });
    }
    html! {
        <section class="wq-screen wq-summary">
            if !props.errors.is_empty() {
                <div class="wq-error-summary" tabindex="-1" ref={error_summary}>
                    <p>{ st(lang, SKey::ErrorSummary) }</p>
                    <ul>
                        { for props.errors.iter().map(|e| html! {
                            <li><a href={format!("#wq-field-{}", e.field)} onclick={crate::platform::jump_to_field}>{ summary_line(lang, &e.field, e.key) }</a></li>
                        }) }
                    </ul>
                </div>
            }
            <h2 class="wq-heading" tabindex="-1" ref={props.heading.clone()}>{ st(lang, SKey::Title) }</h2>
            <p class="wq-lead">{ st(lang, SKey::Intro) }</p>
            if made.docs.is_empty() {
                <p class="wq-note">{ st(lang, SKey::NoDocuments) }</p>
            } else {
                { summary_form(&SummaryFormProps {
                    lang,
                    details: props.details.clone(),
                    situation: made.situation.clone(),
                    parts: made.parts,
                    errors: props.errors.clone(),
                    wage_note: made.wage_note.as_ref().map(|n| if lang == Lang::Zh { n.zh.clone() } else { n.en.clone() }),
                    date_notes: made.date_notes.clone(),
                    autofill: props.mode.may_autofill(),
                    on: props.on.clone(),
                }) }
                { summary_claims(&SummaryClaimsProps { lang, docs: made.docs.clone() }) }
                // One text per paper, each of its own problems (the arbitration
                // application's copy goes to the employer).
                { for made.docs.iter().map(|doc| {
                    let key = doc.body.key();
                    summary_facts(&SummaryFactsProps {
                        lang,
                        key,
                        paper: (made.docs.len() > 1).then(|| if lang == Lang::Zh { doc.title } else { doc.title_en }),
                        // The text as typed (the documents carry it cleaned).
                        facts: props.details.facts_text.get(key).cloned().unwrap_or_else(|| doc.facts.clone()),
                        facts_en: doc.facts_en.clone(),
                        edited: doc.facts_edited,
                        // Edited, then the form changed what the text would say.
                        stale: doc.facts_edited && props.facts_base.get(key).is_some_and(|b| *b != doc.facts_composed),
                        error: props.errors.iter().find(|e| e.field.strip_prefix("facts_text.") == Some(key)).cloned(),
                        on: props.on.clone(),
                    })
                }) }
                <div class="wq-check-row">
                    <button type="button" class="wq-button wq-check-form" onclick={check}>{ st(lang, SKey::Check) }</button>
                    <p class="wq-check-status" role="status">{ if props.checked && props.errors.is_empty() { st(lang, SKey::CheckOk) } else { "" } }</p>
                </div>
                <section class="wq-documents" aria-labelledby="wq-documents-title">
                    <h3 id="wq-documents-title" class="wq-documents-title">{ st(lang, SKey::DocumentsTitle) }</h3>
                    <p class="wq-hint wq-documents-hint">{ st(lang, SKey::DocumentsHint) }</p>
                    // The arbitration application as many times as it is handed
                    // in: the copies print, hidden on the screen.
                    { for made.docs.iter().zip(&made.paper_qrs).flat_map(|(doc, qr)| {
                        let n = doc.copies.map_or(1, |c| c.total.max(1));
                        (0..n).map(move |k| summary_document(&SummaryDocumentProps { lang, doc: doc.clone(), qr: qr.clone(), copy: k > 0 }))
                    }) }
                </section>
                <SummaryOutput {lang} mode={props.mode} today={props.today} text={made.text.clone()} json={made.json.clone()} refused={made.refused} on={props.on.clone()} />
                // Not on the hall's kiosk: there the papers are printed (with
                // the code), and a code on the screen is the person's ID
                // number and phone for any camera nearby.
                if props.mode != Mode::Kiosk {
                    { qr_section(&QrSectionProps { lang, qr: made.qr.clone(), on: props.on.clone() }) }
                }
            }
            <div class="wq-nav">
                <button type="button" class="wq-button" onclick={back}>{ t(lang, Key::Back) }</button>
            </div>
        </section>
    }
}
