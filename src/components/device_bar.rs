use yew::prelude::*;

use crate::components::{Confirm, ConfirmButton};
use crate::mode::Mode;
use crate::state::Action;
use crate::text::{t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct DeviceBarProps {
    pub lang: Lang,
    pub mode: Mode,
    /// Phone: the device lets the widget save.
    pub can_save: bool,
    /// Phone: the person agreed to keep their answers here.
    pub consent: bool,
    /// The start screen is showing. On a kiosk its own line, above Start,
    /// already says that nothing is kept, so the bar shows only its button.
    pub start: bool,
    pub on: Callback<Action>,
}

/// What happens to the answers on this device, on every screen. Phone: the
/// consent to keep them (unticked until the person ticks it) and "clear my
/// data". Kiosk: "finish and clear", always visible. Embedded: nothing (the
/// widget never saves on a host's site).
pub fn device_bar(props: &DeviceBarProps) -> Html {
    let lang = props.lang;
    let body = match props.mode {
        Mode::Embed => return html! {},
        Mode::Kiosk => {
            let finish = props.on.reform(|_: MouseEvent| Action::Finish);
            html! {
                <>
                    if !props.start {
                        <p class="wq-note">{ t(lang, Key::KioskNote) }</p>
                    }
                    <button type="button" class="wq-button wq-finish" onclick={finish}>{ t(lang, Key::FinishAndClear) }</button>
                </>
            }
        }
        Mode::Phone if !props.can_save => html! { <p class="wq-note">{ t(lang, Key::SaveUnavailable) }</p> },
        Mode::Phone => {
            let consent = props.consent;
            let toggle = props.on.reform(move |_: Event| Action::SetConsent(!consent));
            html! {
                <>
                    <div class="wq-check">
                        <input type="checkbox" id="wq-save-consent" checked={consent} onchange={toggle} aria-describedby="wq-save-hint" />
                        <label for="wq-save-consent">{ t(lang, Key::SaveConsent) }</label>
                    </div>
                    <p class="wq-note" id="wq-save-hint">{ t(lang, Key::SaveHint) }</p>
                    <ConfirmButton {lang} what={Confirm::ClearData} on={props.on.clone()} />
                </>
            }
        }
    };
    html! {
        <footer class="wq-device" aria-label={t(lang, Key::DeviceControls)}>{ body }</footer>
    }
}
