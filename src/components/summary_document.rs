use std::rc::Rc;

use weiquan_core::documents::{Document, Line, LineKind};
use weiquan_core::qr::{Qr, QrError};
use yew::prelude::*;

use crate::components::{summary_qr, SummaryQrProps};
use crate::summary_text::{st, SKey};
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct SummaryDocumentProps {
    pub lang: Lang,
    pub doc: Document,
    /// Its own code, once made (`State::paper_codes`).
    pub qr: Option<Rc<Result<Qr, QrError>>>,
    /// A further copy for print only (调解仲裁法 第二十八条: a copy for each
    /// respondent): hidden on the screen and from screen readers, no ids.
    pub copy: bool,
}

/// One document as it is handed in: Chinese whatever the interface language
/// (`lang="zh-CN"`), in an element of class `wq-document` (the print
/// stylesheet starts each on a new A4 page). Its lines are the same as the
/// .txt download's (`Document::lines`); every typed text is a text node.
pub fn summary_document(props: &SummaryDocumentProps) -> Html {
    let d = &props.doc;
    let (closing, body): (Vec<Line>, Vec<Line>) = d.lines().into_iter().partition(|l| l.kind == LineKind::Closing);
    let line = |l: Line| {
        let class = format!("{}wq-doc-indent-{}", if l.gap { "wq-doc-gap " } else { "" }, l.indent);
        match l.kind {
            LineKind::Title => {
                html! { <h4 class="wq-doc-title" id={(!props.copy).then(|| format!("wq-doc-title-{}", d.body.key()))}>{ l.text }</h4> }
            }
            LineKind::Heading => html! { <h5 {class}>{ l.text }</h5> },
            LineKind::Text | LineKind::Closing => html! { <p {class}>{ l.text }</p> },
        }
    };
    html! {
        <>
        // The paper's ※ notes (what else to claim, whose name to write under
        // 此致) are printed in Chinese: in English, read beside it, never
        // printed (they had been in the Chinese paper only).
        if props.lang == Lang::En && !d.notices.is_empty() && !props.copy {
            <aside class="wq-reading-aid wq-doc-notes" aria-labelledby={format!("wq-doc-notes-{key} wq-doc-title-{key}", key = d.body.key())}>
                <h4 id={format!("wq-doc-notes-{}", d.body.key())}>{ st(props.lang, SKey::DocNotes) }</h4>
                <ul>{ for d.notices.iter().map(|n| html! { <li>{ super::with_zh_marked(props.lang, &n.en) }</li> }) }</ul>
            </aside>
        }
        <article class={format!("wq-document wq-document-{}{}", d.body.key(), if props.copy { " wq-print-copy" } else { "" })} lang="zh-CN"
            aria-label={(!props.copy).then_some(d.title)} aria-hidden={props.copy.then_some("true")}>
            { for body.into_iter().map(line) }
            // The closing and the QR code side by side, one block that print
            // never splits (the code alone had taken a page of its own).
            <div class="wq-doc-closing">
                <div>{ for closing.into_iter().map(line) }</div>
                if let Some(qr) = &props.qr {
                    { summary_qr(&SummaryQrProps { lang: props.lang, qr: qr.clone(), in_document: true }) }
                }
            </div>
        </article>
        </>
    }
}
