use weiquan_core::rules::Cite;
use yew::prelude::*;

use crate::text::{self, t, Key, Lang};

/// "Legal basis", folded: each clause a statement rests on, with its words.
/// The law is quoted in Chinese whatever the screen's language, and marked
/// as such on an English screen.
pub fn legal_basis<'a>(lang: Lang, cites: impl IntoIterator<Item = &'a Cite>) -> Html {
    basis_list(lang, &cites.into_iter().collect::<Vec<_>>())
}

fn basis_list(lang: Lang, cites: &[&Cite]) -> Html {
    if cites.is_empty() {
        return html! {};
    }
    html! {
        <details class="wq-basis">
            <summary>{ t(lang, Key::BasisTitle) }</summary>
            <ul>
                { for cites.iter().map(|c| html! {
                    <li>
                        <cite lang={text::zh_part(lang)}>{ format!("{} {}", c.source, c.clause) }</cite>{ text::colon(lang) }
                        <q lang={text::zh_part(lang)}>{ c.quote }</q>
                    </li>
                }) }
            </ul>
        </details>
    }
}
