use weiquan_core::places::{place, Place, PlaceKind};
use yew::prelude::*;

use crate::text::{checked_on, colon, labelled, t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct PlacesViewProps {
    pub lang: Lang,
    /// Some step goes to the hall's windows (`Routing::at_hall`); otherwise
    /// only the hotline is shown, as where to ask.
    pub hall: bool,
    /// Phone numbers are `tel:` links: a tap calls them on a phone. Not on
    /// the hall's kiosk, which cannot call (a tap would only open a
    /// chooser).
    pub dial: bool,
}

fn row(lang: Lang, label: &str, value: Option<&str>, missing: &str) -> Html {
    labelled_row(lang, label, value.unwrap_or(missing).to_string().into())
}

fn labelled_row(lang: Lang, label: &str, value: Html) -> Html {
    html! { <p><strong>{ label }{ colon(lang) }</strong>{ value }</p> }
}

/// A phone row: the number as a link to call it when `dial`.
fn phone_row(lang: Lang, number: Option<&str>, missing: &str, dial: bool) -> Html {
    match number {
        Some(n) if dial => labelled_row(lang, t(lang, Key::Phone), html! { <a href={format!("tel:{}", n.replace(' ', ""))}>{ n.to_string() }</a> }),
        _ => row(lang, t(lang, Key::Phone), number, missing),
    }
}

/// One place: what places.toml gives it, "to be confirmed by the bureau"
/// for what a hall lacks (its address, hours and phone), how to get there
/// when the file says, the note while unconfirmed, the source and its date.
fn place_view(lang: Lang, p: &Place, dial: bool) -> Html {
    let zh = lang == Lang::Zh;
    let pick = |a: Option<&'static str>, b: Option<&'static str>| if zh { a } else { b };
    let note = pick(p.note_zh, p.note_en).unwrap_or("");
    let missing = t(lang, Key::ToBeConfirmed);
    let hall = p.kind == PlaceKind::Hall;
    html! {
        <div class={if p.confirmed { "wq-place" } else { "wq-place wq-unconfirmed" }}>
            <h4>{ if zh { p.name_zh } else { p.name_en } }</h4>
            if hall {
                { row(lang, t(lang, Key::Address), pick(p.address_zh, p.address_en), missing) }
            }
            // How to get there: the file's own words (no label of its own
            // among the interface's texts yet).
            if let Some(transit) = pick(p.transit_zh, p.transit_en) {
                <p>{ transit }</p>
            }
            if hall {
                { row(lang, t(lang, Key::Hours), pick(p.hours_zh, p.hours_en), missing) }
            }
            // A hall's phone unknown says so, as its address and hours do.
            if hall || p.phone.is_some() {
                { phone_row(lang, p.phone, missing, dial) }
            }
            if !p.confirmed && !note.is_empty() {
                <p class="wq-hint">{ note }</p>
            }
            <p class="wq-hint">{ labelled(lang, t(lang, Key::SourceLabel), if zh { p.source_zh } else { p.source_en }) + &checked_on(lang, p.as_of, p.source_kind == weiquan_core::places::SourceKind::Primary) }</p>
        </div>
    }
}

/// Where to go, from the dated configuration (core/src/config/places.toml).
/// What the bureau has not confirmed is shown with its note, never guessed.
pub fn places_view(props: &PlacesViewProps) -> Html {
    let lang = props.lang;
    html! {
        <section class="wq-places" aria-labelledby="wq-where">
            <h3 id="wq-where">{ t(lang, if props.hall { Key::WhereTitle } else { Key::WhereToAsk }) }</h3>
            { for ["hall", "hotline_12333"].iter().filter(|k| props.hall || **k != "hall").filter_map(|k| place(k)).map(|p| place_view(lang, p, props.dial)) }
        </section>
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use weiquan_core::places::SourceKind;
    use yew::ServerRenderer;

    /// A place as the bureau might write it: every value given, or none.
    fn sample(kind: PlaceKind, given: bool) -> Place {
        let v = |s: &'static str| given.then_some(s);
        Place {
            key: "sample",
            kind,
            name_zh: "样本大厅",
            name_en: "Sample hall",
            address_zh: v("郑州市某路1号"),
            address_en: v("1 Some Road"),
            hours_zh: v("周一至周五"),
            hours_en: v("Mon–Fri"),
            phone: v("0371-00000000"),
            transit_zh: v("地铁1号线某站"),
            transit_en: v("Metro line 1, Some station"),
            source_zh: "来源",
            source_en: "source",
            source_kind: SourceKind::Primary,
            as_of: "2026-11-26",
            confirmed: given,
            note_zh: (!given).then_some("待人社局确认的说明。"),
            note_en: (!given).then_some("A note on what is to be confirmed."),
        }
    }

    #[derive(Properties, PartialEq)]
    struct One {
        lang: Lang,
        place: &'static Place,
        dial: bool,
    }

    #[function_component]
    fn Render(props: &One) -> Html {
        place_view(props.lang, props.place, props.dial)
    }

    async fn render(lang: Lang, p: Place) -> String {
        render_dial(lang, p, false).await
    }

    async fn render_dial(lang: Lang, p: Place, dial: bool) -> String {
        let place: &'static Place = Box::leak(Box::new(p));
        ServerRenderer::<Render>::with_props(move || One { lang, place, dial }).hydratable(false).render().await
    }

    #[tokio::test]
    async fn a_hall_not_confirmed_shows_to_be_confirmed_for_each_value_and_its_note() {
        let html = render(Lang::Zh, sample(PlaceKind::Hall, false)).await;
        for label in ["地址", "办公时间", "电话"] {
            assert!(html.contains(&format!("<strong>{label}：</strong>待人社局确认</p>")), "{label}: {html}");
        }
        assert!(html.contains("wq-unconfirmed") && html.contains("<p class=\"wq-hint\">待人社局确认的说明。</p>"), "{html}");
        let en = render(Lang::En, sample(PlaceKind::Hall, false)).await;
        assert!(en.contains("<strong>Phone: </strong>to be confirmed by the bureau</p>"), "{en}");
    }

    #[tokio::test]
    async fn a_confirmed_hall_shows_its_values_and_how_to_get_there() {
        let html = render(Lang::Zh, sample(PlaceKind::Hall, true)).await;
        for row in [
            "<strong>地址：</strong>郑州市某路1号</p>",
            "<p>地铁1号线某站</p>",
            "<strong>办公时间：</strong>周一至周五</p>",
            "<strong>电话：</strong>0371-00000000</p>",
        ] {
            assert!(html.contains(row), "{row}: {html}");
        }
        assert!(!html.contains("待人社局确认") && !html.contains("wq-unconfirmed"), "{html}");
        let en = render(Lang::En, sample(PlaceKind::Hall, true)).await;
        assert!(en.contains("<p>Metro line 1, Some station</p>") && !en.contains("地铁"), "{en}");
        // The date after the source is said to be the day it was checked.
        assert!(html.contains("（2026年11月26日核对）</p>"), "{html}");
        assert!(en.contains(" (checked 2026-11-26)</p>"), "{en}");
    }

    /// A hotline has no address or hours of its own to confirm, and no phone
    /// row without a number.
    #[tokio::test]
    async fn a_hotline_shows_only_what_it_has() {
        let html = render(Lang::Zh, sample(PlaceKind::Hotline, false)).await;
        assert!(!html.contains("<strong>") && !html.contains("待人社局确认</p>"), "{html}");
    }

    /// On a phone a number is a link that calls it; on the kiosk, and for a
    /// number not yet known, it stays text.
    #[tokio::test]
    async fn a_known_number_is_a_link_to_call_only_where_it_can_be_called() {
        let html = render_dial(Lang::Zh, sample(PlaceKind::Hall, true), true).await;
        assert!(html.contains(r#"<strong>电话：</strong><a href="tel:0371-00000000">0371-00000000</a></p>"#), "{html}");
        let kiosk = render_dial(Lang::Zh, sample(PlaceKind::Hall, true), false).await;
        assert!(!kiosk.contains("tel:") && kiosk.contains("<strong>电话：</strong>0371-00000000</p>"), "{kiosk}");
        let unknown = render_dial(Lang::Zh, sample(PlaceKind::Hall, false), true).await;
        assert!(!unknown.contains("tel:") && unknown.contains("<strong>电话：</strong>待人社局确认</p>"), "{unknown}");
    }
}
