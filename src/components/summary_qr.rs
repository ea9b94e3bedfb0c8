use std::rc::Rc;

use weiquan_core::qr::{Qr, QrError};
use yew::prelude::*;

use crate::state::Action;
use crate::summary_state::SummaryAction;
use crate::summary_text::{st, SKey};
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct SummaryQrProps {
    pub lang: Lang,
    pub qr: Rc<Result<Qr, QrError>>,
    /// Inside a printed document: smaller, without the messages.
    #[prop_or_default]
    pub in_document: bool,
}

/// The case as a QR code (inline SVG: one path, sized by attributes,
/// coloured by the stylesheet), with what it holds and, when reduced, that
/// the full text is on the printed page.
pub fn summary_qr(props: &SummaryQrProps) -> Html {
    let lang = props.lang;
    let code = match &*props.qr {
        Ok(code) => code,
        Err(QrError::TooLarge) => {
            return if props.in_document {
                html! {}
            } else {
                html! { <p class="wq-qr-status">{ st(lang, SKey::QrTooLarge) }</p> }
            };
        }
    };
    let svg = html! {
        <svg class="wq-qr" viewBox={code.view_box()} width="240" height="240" role="img"
            aria-label={st(lang, SKey::QrLabel)} data-version={code.version.to_string()}
            data-reduced={code.reduced.to_string()} shape-rendering="crispEdges">
            <rect class="wq-qr-bg" x="0" y="0" width={code.side().to_string()} height={code.side().to_string()} />
            <path class="wq-qr-dark" d={code.svg_path()} />
        </svg>
    };
    if props.in_document {
        return html! { <div class="wq-doc-qr">{ svg }</div> };
    }
    html! {
        <>
            { svg }
            if code.reduced {
                <p class="wq-qr-status">{ st(lang, SKey::QrReduced) }</p>
            }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct QrSectionProps {
    pub lang: Lang,
    /// The whole case's code, once the person asked to see it
    /// (`State::qr_shown`).
    pub qr: Option<Rc<Result<Qr, QrError>>>,
    pub on: Callback<Action>,
}

/// The whole case's code for the window staff, shown when the person asks:
/// it holds their ID number and phone (for any camera nearby), and encoding
/// it on every keystroke had taken half of what typing on the form costs.
pub fn qr_section(props: &QrSectionProps) -> Html {
    let lang = props.lang;
    let shown = props.qr.is_some();
    html! {
        <section class="wq-qr-section" aria-labelledby="wq-qr-title">
            <h3 id="wq-qr-title">{ st(lang, SKey::QrTitle) }</h3>
            <p class="wq-hint">{ st(lang, SKey::QrHint) }</p>
            <button type="button" class="wq-button wq-qr-toggle" aria-expanded={shown.to_string()} aria-controls="wq-qr-code"
                onclick={props.on.reform(move |_: MouseEvent| Action::Summary(SummaryAction::ShowQr(!shown)))}>
                { st(lang, if shown { SKey::QrHide } else { SKey::QrShow }) }
            </button>
            <div id="wq-qr-code">
                if let Some(qr) = &props.qr {
                    { summary_qr(&SummaryQrProps { lang, qr: qr.clone(), in_document: false }) }
                }
            </div>
        </section>
    }
}
