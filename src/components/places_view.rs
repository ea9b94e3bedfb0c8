use weiquan_core::places::{place, Place};
use yew::prelude::*;

use crate::text::{aside, colon, labelled, t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct PlacesViewProps {
    pub lang: Lang,
    /// Some step goes to the hall's windows (`Routing::at_hall`); otherwise
    /// only the hotline is shown, as where to ask.
    pub hall: bool,
}

fn row(lang: Lang, label: &str, value: Option<&str>, missing: &str) -> Html {
    html! { <p><strong>{ label }{ colon(lang) }</strong>{ value.unwrap_or(missing).to_string() }</p> }
}

/// Where to go, from the dated configuration (core/src/config/places.toml).
/// What the bureau has not confirmed is shown with its note, never guessed.
pub fn places_view(props: &PlacesViewProps) -> Html {
    let lang = props.lang;
    let show = |p: &Place| {
        let zh = lang == Lang::Zh;
        let pick = |a: Option<&'static str>, b: Option<&'static str>| if zh { a } else { b };
        let note = pick(p.note_zh, p.note_en).unwrap_or("");
        let missing = t(lang, Key::ToBeConfirmed);
        html! {
            <div class={if p.confirmed { "wq-place" } else { "wq-place wq-unconfirmed" }}>
                <h4>{ if zh { p.name_zh } else { p.name_en } }</h4>
                if p.kind == weiquan_core::places::PlaceKind::Hall {
                    { row(lang, t(lang, Key::Address), pick(p.address_zh, p.address_en), missing) }
                    { row(lang, t(lang, Key::Hours), pick(p.hours_zh, p.hours_en), missing) }
                }
                if let Some(phone) = p.phone {
                    { row(lang, t(lang, Key::Phone), Some(phone), missing) }
                }
                if !p.confirmed && !note.is_empty() {
                    <p class="wq-hint">{ note }</p>
                }
                <p class="wq-hint">{ labelled(lang, t(lang, Key::SourceLabel), if zh { p.source_zh } else { p.source_en }) + &aside(lang, &p.as_of.to_string()) }</p>
            </div>
        }
    };
    html! {
        <section class="wq-places" aria-labelledby="wq-where">
            <h3 id="wq-where">{ t(lang, if props.hall { Key::WhereTitle } else { Key::WhereToAsk }) }</h3>
            { for ["hall", "hotline_12333"].iter().filter(|k| props.hall || **k != "hall").filter_map(|k| place(k)).map(show) }
        </section>
    }
}
