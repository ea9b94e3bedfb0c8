use weiquan_core::sorted::SortedSet;

use weiquan_core::routing::Advice;
use weiquan_core::rules::text_or_key;
use yew::prelude::*;

use crate::state::Action;
use crate::text::{t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub lang: Lang,
    /// The items of one step (rules of the `checklist` table).
    pub items: Vec<Advice>,
    /// Which items are ticked (rule ids), from the reducer.
    pub ticked: SortedSet<String>,
    /// Step number, to keep ids unique on the page.
    pub step: usize,
    pub on: Callback<Action>,
}

/// What to bring, each item with why, as boxes to tick. The ticks live in the
/// one reducer, so they survive a language switch.
pub fn checklist(props: &ChecklistProps) -> Html {
    if props.items.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <fieldset class="wq-bring">
            <legend><h5>{ t(lang, Key::BringTitle) }</h5></legend>
            { for props.items.iter().map(|item| {
                let id = format!("wq-bring-{}-{}", props.step, item.rule);
                let rule = item.rule.to_string();
                let onchange = props.on.reform(move |_: Event| Action::Tick(rule.clone()));
                html! {
                    <div class="wq-option">
                        <input type="checkbox" id={id.clone()} checked={props.ticked.contains(item.rule)} {onchange} />
                        <label for={id}>{ text_or_key(lang, item.text) }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}
