use yew::prelude::*;

use crate::text::{glossary, t, Key, Lang, Term};

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    pub lang: Lang,
    pub terms: &'static [Term],
}

/// Legal terms explained in place, from the one glossary in `text.rs`.
#[function_component(Glossary)]
pub fn glossary_view(props: &GlossaryProps) -> Html {
    if props.terms.is_empty() {
        return html! {};
    }
    html! {
        <section class="wq-glossary" aria-label={t(props.lang, Key::Glossary)}>
            { for props.terms.iter().map(|term| {
                let (word, meaning) = glossary(props.lang, *term);
                html! {
                    <details>
                        <summary>{ word }</summary>
                        <p>{ meaning }</p>
                    </details>
                }
            }) }
        </section>
    }
}
