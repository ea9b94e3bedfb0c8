use std::rc::Rc;

use weiquan_core::Date;
use yew::prelude::*;

use crate::mode::Mode;
use crate::state::Action;
use crate::summary_state::SummaryAction;
use crate::summary_text::{file_name, st, SKey};
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct SummaryOutputProps {
    pub lang: Lang,
    pub mode: Mode,
    pub today: Date,
    /// The documents as plain text (.txt and the clipboard).
    pub text: Rc<String>,
    /// The case as `weiquan.case/2` JSON.
    pub json: Rc<String>,
    /// Some typed value is refused by its check: print checks the form
    /// instead (a review found a wrong ID check digit printed unasked).
    #[prop_or_default]
    pub refused: bool,
    pub on: Callback<Action>,
}

/// Print (the main output, first), copy, download .txt and .json. On the
/// hall's kiosk only print: a download or the clipboard would leave the
/// person's data on a public machine. The result of each action is
/// announced in a polite status line.
#[function_component(SummaryOutput)]
pub fn summary_output(props: &SummaryOutputProps) -> Html {
    let lang = props.lang;
    let status = use_state(|| None::<SKey>);
    // Print, copy and the .txt hand the papers over, so a typed value its
    // check refuses stops them all (a review found a wrong ID check digit
    // printed unasked, an input review the same downloaded): the check's
    // errors at the top of the form, focused; the line here says why nothing
    // went, for when the person is back. The .json is the case as typed, to
    // be read back: it keeps what is wrong, as the form does.
    let refuse = {
        let (on, status, refused) = (props.on.clone(), status.clone(), props.refused);
        move |why: SKey| {
            if refused {
                status.set(Some(why));
                on.emit(Action::Summary(SummaryAction::CheckTyped));
            }
            refused
        }
    };
    // Each paper's code is put on the page first (`State::paper_codes`: the
    // person may have typed a moment ago), then the page prints: Yew renders
    // in a microtask queued before this one. (The custom element copies the
    // papers to its frame at once.)
    // The kiosk prints without a dialog: it says the papers are coming, or
    // a person waiting at a silent screen presses again.
    let print = {
        let (on, status, kiosk, refuse) = (props.on.clone(), status.clone(), props.mode == Mode::Kiosk, refuse.clone());
        Callback::from(move |e: MouseEvent| {
            if refuse(SKey::NotPrinted) {
                return;
            }
            on.emit(Action::Summary(SummaryAction::CodePapers));
            status.set(kiosk.then_some(SKey::Printed));
            let button = e.target_dyn_into();
            yew::platform::spawn_local(async move { crate::output::print(button) });
        })
    };
    let copy = {
        let text = props.text.clone();
        let status = status.clone();
        let refuse = refuse.clone();
        Callback::from(move |_: MouseEvent| {
            if refuse(SKey::NotCopied) {
                return;
            }
            let status = status.clone();
            crate::output::copy(&text, move |ok| status.set(Some(if ok { SKey::Copied } else { SKey::CopyFailed })));
        })
    };
    let download = |ext: &'static str, mime: &'static str, content: Rc<String>| {
        let status = status.clone();
        let name = file_name(ext, props.today);
        let refuse = refuse.clone();
        Callback::from(move |_: MouseEvent| {
            if ext == "txt" && refuse(SKey::NotCopied) {
                return;
            }
            if crate::output::download(&name, mime, &content) {
                status.set(Some(SKey::Downloaded));
            }
        })
    };
    let kiosk = props.mode == Mode::Kiosk;
    html! {
        <section class="wq-output" aria-labelledby="wq-output-title">
            <h3 id="wq-output-title">{ st(lang, SKey::OutputTitle) }</h3>
            <div class="wq-output-buttons">
                <button type="button" class="wq-button wq-primary wq-print" onclick={print}>{ st(lang, SKey::Print) }</button>
                if !kiosk {
                    <button type="button" class="wq-button wq-copy" onclick={copy}>{ st(lang, SKey::Copy) }</button>
                    <button type="button" class="wq-button wq-download-txt"
                        onclick={download("txt", "text/plain;charset=utf-8", Rc::new(weiquan_core::documents::text_file(&props.text)))}>{ st(lang, SKey::DownloadTxt) }</button>
                    <button type="button" class="wq-button wq-download-json"
                        onclick={download("json", "application/json", props.json.clone())}>{ st(lang, SKey::DownloadJson) }</button>
                }
            </div>
            if kiosk {
                <p class="wq-hint">{ st(lang, SKey::KioskOutput) }</p>
            }
            <p class="wq-output-status" role="status">{ status.map(|k| st(lang, k)).unwrap_or("") }</p>
        </section>
    }
}
