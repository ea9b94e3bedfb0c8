use weiquan_core::citation;
use weiquan_core::rules::Cite;
use yew::prelude::*;

use crate::text::{self, t, Key, Lang};

/// "Legal basis", folded: each clause a statement rests on, with its words.
/// The law is quoted in Chinese whatever the screen's language, and marked
/// as such on an English screen.
pub fn legal_basis<'a>(lang: Lang, cites: impl IntoIterator<Item = &'a Cite>) -> Html {
    basis_list(lang, &cites.into_iter().collect::<Vec<_>>())
}

/// A clause as the screen names it: "劳动合同法 第八十二条", or in English
/// "Labour Contract Law, art. 82" (`weiquan_core::citation`), then, with
/// `with_chinese`, the Chinese citation in brackets, for the Chinese quote
/// that follows it and the papers.
pub fn cite_name(lang: Lang, source: &str, clause: &str, with_chinese: bool) -> Html {
    let zh = format!("{source} {clause}");
    let en = citation::words(lang, source, clause);
    if en == zh {
        return html! { <cite lang={text::zh_part(lang)}>{ zh }</cite> };
    }
    html! {
        <>
            <cite>{ en }</cite>
            if with_chinese {
                { " (" }<span lang="zh-CN">{ zh }</span>{ ")" }
            }
        </>
    }
}

fn basis_list(lang: Lang, cites: &[&Cite]) -> Html {
    if cites.is_empty() {
        return html! {};
    }
    // Told apart when listed out of context (a screen reader's list of
    // controls; a QA walk tabbed past fourteen alike): the first clause
    // named, for screen readers only.
    let first = citation::words(lang, cites[0].source, cites[0].clause);
    let more = match (cites.len() > 1, lang) {
        (false, _) => "",
        (true, Lang::Zh) => "等",
        (true, Lang::En) => " and others",
    };
    html! {
        <details class="wq-basis">
            <summary>{ t(lang, Key::BasisTitle) }<span class="wq-sr-only">{ text::colon(lang) }{ first }{ more }</span></summary>
            <ul>
                { for cites.iter().map(|c| html! {
                    <li>
                        { cite_name(lang, c.source, c.clause, true) }{ text::colon(lang) }
                        <q lang={text::zh_part(lang)}>{ c.quote }</q>
                    </li>
                }) }
            </ul>
        </details>
    }
}
