use std::rc::Rc;

use weiquan_core::documents::{Body, Claim, Document};
use weiquan_core::money::FINAL_AWARD_CITE;
use yew::prelude::*;

use super::legal_basis::cite_name;
use crate::summary_text::{field_label, money, st, SKey};
use crate::text::{self, Lang};

#[derive(Properties, PartialEq)]
pub struct SummaryClaimsProps {
    pub lang: Lang,
    pub docs: Rc<Vec<Document>>,
}

pub fn body_name(lang: Lang, b: Body) -> String {
    use weiquan_core::rules::Outcome;
    text::outcome(
        lang,
        match b {
            Body::Inspection => Outcome::Inspection,
            Body::Audit => Outcome::Audit,
            Body::Arbitration => Outcome::Arbitration,
        },
    )
}

/// "金额待核算。要算出金额，还需要填写：月工资、…" for a claim whose amount
/// still needs the fields at `missing` (paths).
fn pending(lang: Lang, missing: &[&str]) -> String {
    let labels: Vec<&str> = missing.iter().map(|p| field_label(lang, p)).collect();
    let needs = text::labelled(lang, st(lang, SKey::MissingInputs), &text::names(lang, &labels));
    text::sentences(lang, &[st(lang, SKey::AmountPending).to_string(), needs])
}

/// How a claim's amount was worked out: each step with its clause.
fn working(lang: Lang, c: &Claim) -> Html {
    if c.working.is_empty() {
        return html! {};
    }
    let (open, close) = text::aside_marks(lang);
    html! {
        <details class="wq-working">
            <summary>{ st(lang, SKey::WorkingTitle) }</summary>
            <ol>
                { for c.working.iter().map(|w| html! {
                    <li>
                        { if lang == Lang::Zh { w.zh.clone() } else { w.en.clone() } }
                        { open }{ cite_name(lang, w.cite.source, w.cite.clause, false) }{ close }
                    </li>
                }) }
            </ol>
        </details>
    }
}

/// Each document's claims in the person's language: the amount the
/// calculators found, how (the steps with their clauses), what is still
/// needed, and whether an arbitration award on it would be final.
pub fn summary_claims(props: &SummaryClaimsProps) -> Html {
    let lang = props.lang;
    let (open, close) = text::aside_marks(lang);
    let shown = |d: &&Document| !d.claims.is_empty() || !d.nothing_owed.is_empty();
    if !props.docs.iter().any(|d| shown(&d)) {
        return html! {};
    }
    html! {
        <section class="wq-claims" aria-labelledby="wq-claims-title">
            <h3 id="wq-claims-title">{ st(lang, SKey::ClaimsTitle) }</h3>
            { for props.docs.iter().filter(shown).map(|doc| html! {
                <>
                    <h4>{ body_name(lang, doc.body) }</h4>
                    if !doc.claims.is_empty() {
                        <ol class="wq-claim-list">
                            { for doc.claims.iter().map(|c| html! {
                                <li class="wq-claim">
                                    <p class="wq-claim-text">{ super::with_zh_marked(lang, if lang == Lang::Zh { &c.text } else { &c.text_en }) }</p>
                                    if let Some(a) = c.amount_fen {
                                        <p class="wq-claim-amount"><strong>{ money(lang, a) }</strong></p>
                                    } else if !c.missing.is_empty() {
                                        <p class="wq-claim-missing">
                                            { pending(lang, &c.missing) }
                                        </p>
                                    }
                                    { working(lang, c) }
                                    if let Some(f) = c.final_award {
                                        <p class={if f.under { "wq-final-award wq-final-under" } else { "wq-final-award wq-final-over" }}>
                                            { st(lang, if f.under { SKey::FinalAwardUnder } else { SKey::FinalAwardOver }) }
                                            { open }{ money(lang, f.threshold_fen) }{ text::colon(lang) }
                                            { cite_name(lang, FINAL_AWARD_CITE.source, FINAL_AWARD_CITE.clause, false) }{ close }
                                        </p>
                                    }
                                </li>
                            }) }
                        </ol>
                    }
                    if !doc.nothing_owed.is_empty() {
                        <ul class="wq-claim-list wq-nothing-owed">
                            { for doc.nothing_owed.iter().map(|c| html! {
                                <li class="wq-claim">
                                    <p class="wq-claim-text">{ super::with_zh_marked(lang, if lang == Lang::Zh { &c.text } else { &c.text_en }) }</p>
                                    <p class="wq-claim-missing">{ st(lang, SKey::NothingOwed) }</p>
                                    { working(lang, c) }
                                </li>
                            }) }
                        </ul>
                    }
                </>
            }) }
        </section>
    }
}
