use weiquan_core::situation::FieldError;
use yew::prelude::*;

use crate::state::Action;
use crate::summary_state::SummaryAction;
use crate::summary_text::{error_message, st, SKey};
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct SummaryFactsProps {
    pub lang: Lang,
    /// The paper's key (`facts_text.<key>`).
    pub key: &'static str,
    /// The paper's title, when the case has several.
    pub paper: Option<&'static str>,
    /// The Chinese text: as the person typed it, or the composed one.
    pub facts: String,
    /// The English reading aid of the composed text.
    pub facts_en: String,
    pub edited: bool,
    /// Edited, and the composed text has changed since (amounts, dates):
    /// the edited one may say old figures.
    pub stale: bool,
    pub error: Option<FieldError>,
    pub on: Callback<Action>,
}

/// The facts and reasons, prefilled in Chinese and editable; beside it, when
/// the interface is English, an English reading aid (never printed).
pub fn summary_facts(props: &SummaryFactsProps) -> Html {
    let lang = props.lang;
    let path = format!("facts_text.{}", props.key);
    let id = format!("wq-field-{path}");
    let hint_id = format!("wq-hint-{path}");
    let error_id = format!("wq-error-{path}");
    let note_id = format!("wq-note-{path}");
    let mut describedby = hint_id.clone();
    for (on, id) in [(props.stale, &note_id), (props.error.is_some(), &error_id)] {
        if on {
            describedby = format!("{describedby} {id}");
        }
    }
    let aid_id = format!("wq-reading-aid-{}", props.key);
    let label_id = format!("wq-label-facts-{}", props.key);
    let oninput = props.on.reform(move |e: InputEvent| {
        let el: web_sys::HtmlTextAreaElement = e.target_unchecked_into();
        Action::Summary(SummaryAction::Set(path.clone(), el.value()))
    });
    let key = props.key;
    let reset = props.on.reform(move |_: MouseEvent| Action::Summary(SummaryAction::ResetFacts(key.into())));
    html! {
        <div class={if lang == Lang::En { "wq-facts wq-facts-aided" } else { "wq-facts" }}>
            <div class="wq-field">
                // A heading too: the form's sections are headings (in their
                // legends) for a screen reader's heading navigation.
                <h3><label for={id.clone()} id={label_id.clone()}>
                    { st(lang, SKey::FactsTitle) }
                    if let Some(paper) = props.paper {
                        { crate::text::colon(lang) }{ paper }
                    }
                </label></h3>
                <span id={hint_id} class="wq-hint">{ st(lang, SKey::FactsHint) }</span>
                if props.stale {
                    <p id={note_id} class="wq-hint wq-stale">{ st(lang, SKey::FactsStale) }</p>
                }
                if let Some(e) = &props.error {
                    <p id={error_id} class="wq-error">{ error_message(lang, e.key) }</p>
                }
                // No autofill, and no spellchecker (a browser's "enhanced"
                // one sends the text to a server): this text names the
                // person, the employer and the sums.
                <textarea id={id} lang="zh-CN" rows="10" value={props.facts.clone()} {oninput} onfocus={crate::platform::keep_above_bar}
                    autocomplete="off" spellcheck="false"
                    aria-describedby={describedby} aria-invalid={props.error.as_ref().map(|_| "true")} />
                if props.edited {
                    // Named with its paper's text box: one per paper.
                    <button type="button" class="wq-button" onclick={reset} aria-describedby={label_id.clone()}>{ st(lang, SKey::FactsReset) }</button>
                }
            </div>
            if lang == Lang::En {
                // Named with its paper: one aid per paper.
                <aside class="wq-reading-aid" aria-labelledby={format!("{aid_id} {label_id}")}>
                    <h4 id={aid_id}>{ st(lang, SKey::ReadingAid) }</h4>
                    if props.edited {
                        <p class="wq-hint">{ st(lang, SKey::ReadingAidEdited) }</p>
                    }
                    <p lang="en">{ super::with_zh_marked(lang, &props.facts_en) }</p>
                </aside>
            }
        </div>
    }
}
