use yew::prelude::*;

use crate::text::{glossary, t, Key, Lang, Term};

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    pub lang: Lang,
    pub terms: &'static [Term],
}

/// Legal terms explained in place, from the one glossary in `text.rs`.
pub fn glossary_view(props: &GlossaryProps) -> Html {
    if props.terms.is_empty() {
        return html! {};
    }
    html! {
        // A labelled group, not a region landmark: the result repeats it in
        // every step, and landmarks with the same name cannot be told apart
        // (axe `landmark-unique`).
        <div class="wq-glossary" role="group" aria-label={t(props.lang, Key::Glossary)}>
            { for props.terms.iter().map(|term| {
                let (word, meaning) = glossary(props.lang, *term);
                html! {
                    <details>
                        <summary>{ word }</summary>
                        <p>{ meaning }</p>
                    </details>
                }
            }) }
        </div>
    }
}
