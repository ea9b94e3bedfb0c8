use weiquan_core::interview::{self, Question};
use weiquan_core::Date;
use yew::prelude::*;

use crate::components::{
    dates_screen, device_bar, fact_screen, now_ms, progress, result_screen, review_screen, start_screen, DatesScreenProps, DeviceBarProps,
    FactScreenProps, IdleDialog, LastInput, ProgressProps, ResultScreenProps, ReviewScreenProps, StartScreenProps, SummaryScreen,
};
use crate::mode::Mode;
use crate::state::{Action, Notice, Screen, State};
use crate::text::{self, t, Key, Lang};

/// A way in for the page's script (the custom element's `lang` attribute):
/// once mounted, the app leaves its dispatcher here.
#[derive(Clone, Default)]
pub struct Remote(pub std::rc::Rc<std::cell::RefCell<Option<Callback<Action>>>>);

impl PartialEq for Remote {
    fn eq(&self, other: &Self) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Remote {
    /// Hands `action` to the mounted app (nothing before it has mounted).
    pub fn send(&self, action: Action) {
        let on = self.0.borrow().clone();
        if let Some(on) = on {
            on.emit(action);
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// The date limits are counted from; `None`: today on this device.
    #[prop_or_default]
    pub today: Option<Date>,
    /// Phone (default), kiosk or embedded: see [`Mode`].
    #[prop_or_default]
    pub mode: Mode,
    /// The language to start in; `None`: Chinese.
    #[prop_or_default]
    pub lang: Option<Lang>,
    /// Kiosk: seconds without input before the "still there?" dialog.
    #[prop_or(crate::mode::KIOSK_IDLE_SECS)]
    pub idle_secs: u32,
    /// Where the app leaves its dispatcher for the page's script.
    #[prop_or_default]
    pub remote: Remote,
    /// What the person did on the page before the app, as the loader hands
    /// it over ([`crate::early::replay`]); `None`: there was no such page.
    #[prop_or_default]
    pub early: Option<String>,
    /// The app has the document to itself (a page of its own, frame.html
    /// included), not a custom element's shadow root in a host page (set
    /// at mounting from where the root is).
    #[prop_or_default]
    pub own_document: bool,
}

impl Default for AppProps {
    fn default() -> Self {
        AppProps {
            today: None,
            mode: Mode::Phone,
            lang: None,
            idle_secs: crate::mode::KIOSK_IDLE_SECS,
            remote: Remote::default(),
            early: None,
            own_document: false,
        }
    }
}

/// The first state. On a phone, the answers saved on this device (with the
/// person's earlier consent) are restored; a save that cannot be used is
/// deleted and the person told why. Kiosk and embed never read storage.
///
/// After the page before the app (`early`), what the person did there is
/// replayed instead. That page shows only when nothing was saved, so a save
/// found now was written meanwhile by the app in another tab: it is that
/// tab's, and this one leaves it alone (holds it, as on a `storage` event:
/// no write, no delete; if the person had ticked the box here, they are
/// told).
fn initial_state(today: Date, mode: Mode, lang: Lang, early: Option<&str>) -> State {
    use yew::Reducible;
    let mut s = State::for_mode(today, mode, lang);
    s.can_save = mode.may_save() && crate::storage::available();
    // Read even where writes are refused (a full quota): the save is still the person's.
    let saved = if mode.may_save() { crate::storage::load() } else { None };
    let mut s = std::rc::Rc::new(s);
    match (early, saved) {
        (None, None) => {}
        (None, Some(text)) => {
            s = s.reduce(match weiquan_core::saved::load(&text) {
                Ok(saved) => Action::Restore(Box::new(saved)),
                Err(why) => {
                    crate::storage::clear();
                    Action::Discarded(why.key())
                }
            })
        }
        (Some(early), elsewhere) => {
            crate::early::replay(early, |action| s = s.clone().reduce(action));
            if elsewhere.is_some() {
                let mut held = (*s.clone().reduce(Action::SavedElsewhere)).clone();
                held.save_held = true;
                return held;
            }
        }
    }
    (*s).clone()
}

fn notice_text(lang: Lang, notice: &Notice) -> String {
    match notice {
        Notice::Restored(on) => text::restored(lang, &on.to_string()),
        Notice::Discarded(key) => text::error_message(lang, key).to_string(),
        Notice::Cleared => t(lang, Key::Cleared).to_string(),
        Notice::Wiped => t(lang, Key::Wiped).to_string(),
        Notice::WipedAtStart => t(lang, Key::WipedAtStart).to_string(),
        Notice::SaveFailed => t(lang, Key::SaveFailed).to_string(),
        Notice::SavedElsewhere => t(lang, Key::SavedElsewhere).to_string(),
    }
}

/// What a screen is called: its heading, the page title and the announcement.
fn screen_name(state: &State) -> String {
    let lang = state.lang;
    match state.screen {
        Screen::Start => t(lang, Key::AppName).to_string(),
        Screen::Ask(Question::Fact(f)) => text::question(lang, f),
        Screen::Ask(Question::Dates) => t(lang, Key::DatesTitle).to_string(),
        Screen::Review => t(lang, Key::ReviewTitle).to_string(),
        Screen::Result => t(lang, Key::ResultTitle).to_string(),
        Screen::Summary => crate::summary_text::st(lang, crate::summary_text::SKey::Title).to_string(),
    }
}

/// The whole widget. Holds the one reducer and picks the screen. On every
/// screen change it moves focus to the screen's heading, sets the page title
/// and updates one polite live region.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    let today = props.today.unwrap_or_else(crate::platform::today);
    let mode = props.mode;
    // The page's title, lang and history are the app's only on a page of its
    // own (the standalone page); a custom element's host page keeps its own,
    // whatever the element's mode (a kiosk element keeps its idle reset).
    let owns_page = props.own_document && mode.owns_page();
    let start_lang = props.lang.unwrap_or_default();
    let early = props.early.clone();
    let state = use_reducer(move || initial_state(today, mode, start_lang, early.as_deref()));
    let last_input = (*use_state(|| LastInput(std::rc::Rc::new(std::cell::Cell::new(now_ms()))))).clone();
    let lang = state.lang;
    let heading = use_node_ref();
    let root = use_node_ref();
    // Screen changes, counted for platform::guard_double_taps.
    let screens = (*use_state(|| std::rc::Rc::new(std::cell::Cell::new(0u32)))).clone();
    {
        let (root, screens) = (root.clone(), screens.clone());
        use_effect_with((), move |_| crate::platform::guard_double_taps(&root, screens));
    }
    let on = {
        let state = state.clone();
        // Unless the date is fixed (tests, previews), every action first
        // catches the state up with the device's date: a kiosk left on for
        // a week must not count the next person's limits from its first day.
        let follow_clock = props.today.is_none();
        Callback::from(move |a: Action| {
            if follow_clock {
                let now = crate::platform::today();
                if now != state.today {
                    state.dispatch(Action::NewDay(now));
                }
            }
            state.dispatch(a)
        })
    };
    let name = screen_name(&state);
    {
        let (remote, on) = (props.remote.clone(), on.clone());
        use_effect_with((), move |_| {
            *remote.0.borrow_mut() = Some(on);
            move || drop(remote.0.borrow_mut().take())
        });
    }

    // Phone: keep the answers on this device while the person consents;
    // withdrawing consent (or "clear my data") deletes the save. While the
    // save is held (another tab wrote it, or the device refused a write),
    // it is left as it is.
    {
        let save = (mode.may_save() && state.can_save && !state.save_held).then(|| state.consent.then(|| state.to_saved().to_json()));
        let on = on.clone();
        use_effect_with(save, move |save| match save {
            Some(Some(json)) => {
                let stored = crate::storage::store(json);
                if !stored {
                    on.emit(Action::SaveFailed);
                }
            }
            Some(None) => crate::storage::clear(),
            None => {}
        });
    }
    // Typed details a reload or a closed tab would lose (State::typed_unkept):
    // the browser asks first, on a page of the widget's own (a phone-mode
    // widget on a host's page leaves the host's leaving alone).
    use_effect_with(props.own_document && state.typed_unkept(), |at_risk| {
        let stop = at_risk.then(crate::platform::ask_before_leaving);
        move || {
            if let Some(stop) = stop {
                stop();
            }
        }
    });
    // Phone: another tab of the app writing or deleting the save holds this
    // one's, so that neither silently overwrites the other's answers.
    {
        let on = on.clone();
        let watch = mode.may_save() && state.can_save;
        use_effect_with(watch, move |watch| {
            let stop = watch.then(|| crate::platform::on_save_changed_elsewhere(on.reform(|_: ()| Action::SavedElsewhere)));
            move || {
                if let Some(stop) = stop {
                    stop();
                }
            }
        });
    }
    // Kiosk: any input inside the widget postpones the idle dialog.
    let touched = {
        let last = last_input.0.clone();
        move || last.set(now_ms())
    };
    let onpointerdown = {
        let touched = touched.clone();
        Callback::from(move |_: PointerEvent| touched())
    };
    let onkeydown = {
        let touched = touched.clone();
        Callback::from(move |_: KeyboardEvent| touched())
    };
    let oninput = Callback::from(move |_: InputEvent| touched());
    let pristine = state.screen == Screen::Start && state.answers == Default::default() && state.lang == state.home_lang;

    {
        // Kiosk: leaving the page ends the session (also as a custom
        // element: the host page is what the cache keeps).
        let wipe = on.reform(|_: ()| Action::Finish);
        use_effect_with(mode == Mode::Kiosk, move |kiosk| {
            let stop = kiosk.then(|| crate::platform::wipe_when_left(wipe));
            move || {
                if let Some(stop) = stop {
                    stop();
                }
            }
        });
    }
    {
        // The browser's Back button steps back in the app (pages it owns).
        let back = on.reform(|_: ()| Action::Back);
        let past_start = owns_page && state.screen != Screen::Start;
        use_effect_with(past_start, move |past_start| {
            let cleanup = past_start.then(|| crate::platform::back_button_steps_back(back));
            move || {
                if let Some(cleanup) = cleanup {
                    cleanup();
                }
            }
        });
    }
    {
        let heading = heading.clone();
        // Back at the start (Back from the first question, or a wipe: start
        // again, finish and clear, clear my data): focus goes to its
        // heading too, not left on a button that is gone (the page's body)
        // or on one of the last screen. Never on the first load, unless a
        // wipe is announced there.
        let wiped = state.screen == Screen::Start && matches!(state.notice, Some(Notice::Wiped | Notice::WipedAtStart | Notice::Cleared));
        let mounted = use_mut_ref(|| false);
        let screens = screens.clone();
        use_effect_with((state.screen, wiped), move |(screen, wiped)| {
            screens.set(screens.get().wrapping_add(1));
            let returned = mounted.replace(true);
            if *screen != Screen::Start || *wiped || returned {
                crate::platform::focus(&heading);
            }
        });
    }
    {
        // Once this screen is painted and the browser idle, the next one is
        // built ahead (see below); again when an answer changes which it is,
        // or drops it.
        let on = on.clone();
        use_effect_with((state.screen, state.next_screen(), state.ahead.is_none()), move |&(screen, next, none)| {
            if next.is_some() && none {
                crate::platform::when_idle(move || on.emit(Action::Ahead(screen)));
            }
        });
    }
    {
        // A refused Next: focus (and so the view) goes to the errors.
        let heading = heading.clone();
        use_effect_with(state.refusals, move |refusals| {
            if *refusals > 0 {
                crate::platform::focus_errors(&heading);
            }
        });
    }
    {
        let title = match state.screen {
            Screen::Start => t(lang, Key::StartTitle).to_string(),
            _ => text::page_title(lang, &name),
        };
        // A new screen, or this one in the other language: what was being
        // read aloud is about the old one, and stops.
        use_effect_with((title, lang), move |(title, lang)| {
            crate::platform::stop_speaking();
            if owns_page {
                crate::platform::set_title(title, *lang)
            }
        });
    }

    // What the live region says on a new screen. Focus on its heading
    // already reads the screen's name, so only a question's step is added
    // ("第2步，共12步"); worked out when the screen (or the language)
    // changes, not again when an answer changes the number of steps, which
    // would read the question out again at each tick. A language switch on
    // a screen without steps says the screen's name in the new language
    // (focus stays on the switch, so nothing else tells the person).
    let announcement = {
        let step = match state.screen {
            Screen::Ask(q) => Some(interview::progress(&state.answers, q)),
            _ => None,
        };
        let name = state.lang_switched.then(|| name.clone());
        use_memo((state.screen, lang), move |&(_, lang)| step.map(|(n, of)| text::progress(lang, n, of)).or(name).unwrap_or_default())
    };
    let switch = {
        let on = on.clone();
        let other = lang.other();
        Callback::from(move |_: MouseEvent| on.emit(Action::SetLang(other)))
    };

    // The screen, and beside it, hidden, the one its Next (the review's
    // "See the result") would show, once built ahead (`state.ahead`: when
    // this one is painted and the browser idle): the press then only has to
    // show it. Keyed, so that Yew keeps its nodes; only the screen shown
    // holds the heading that takes the focus, and its errors.
    let screen = std::iter::once((state.screen, false))
        .chain(state.ahead.map(|next| (next, true)))
        .map(|(screen, hidden)| screen_view(&state, mode, screen, hidden, &heading, &on))
        .collect::<Html>();

    html! {
        <div class="wq" ref={root} lang={lang.tag()} data-mode={mode.key()} {onpointerdown} {onkeydown} {oninput}>
            // Embedded in a host page, the host owns the banner landmark (axe:
            // landmark-no-duplicate-banner beside the host's <header>).
            <@{if props.own_document { "header" } else { "div" }} class="wq-header">
                // The start screen has its own <h1>; every other screen's is the name.
                if state.screen != Screen::Start {
                    <h1 class="wq-brand">{ t(lang, Key::AppName) }</h1>
                }
                <button type="button" class="wq-button wq-lang" lang={lang.other().tag()} onclick={switch}>
                    { t(lang, Key::SwitchLanguage) }
                </button>
            </@>
            // Inside <main>: all visible content belongs to a landmark (axe `region`).
            // Embedded in a host page, the host owns <main>: a plain section
            // instead (axe: landmark-main-is-top-level, landmark-no-duplicate-main);
            // in frame.html the document is the app's (axe: landmark-one-main).
            <@{if props.own_document { "main" } else { "section" }} class="wq-main">
                // The status region is always there, so that a notice put
                // into it is announced (one inserted with its text, as the
                // wipe's was while focus moved, may be read by no screen reader).
                <div class="wq-notices" role="status">
                    if let Some(notice) = &state.notice {
                        <p class="wq-notice">{ notice_text(lang, notice) }</p>
                    }
                </div>
                if let Screen::Ask(q) = state.screen {
                    { progress(&ProgressProps { lang, answers: state.answers.clone(), question: q }) }
                }
                { screen }
            </@>
            { device_bar(&DeviceBarProps { lang, mode, can_save: state.can_save, consent: state.consent, start: state.screen == Screen::Start, on: on.clone() }) }
            if mode == Mode::Kiosk {
                <IdleDialog {lang} idle_secs={props.idle_secs} last_input={last_input.clone()} active={!pristine} on={on.clone()} />
            }
            <p class="wq-sr-only" aria-live="polite" aria-atomic="true">{ (*announcement).clone() }</p>
        </div>
    }
}

/// One screen: the one shown, or (`hidden`) the one built ahead beside it.
fn screen_view(state: &State, mode: Mode, screen: Screen, hidden: bool, heading: &NodeRef, on: &Callback<Action>) -> Html {
    let lang = state.lang;
    let heading = if hidden { NodeRef::default() } else { heading.clone() };
    let errors = if hidden { Vec::new() } else { state.errors.clone() };
    match screen {
        Screen::Start => start_screen(&StartScreenProps { lang, mode, heading, on: on.clone() }),
        Screen::Ask(Question::Fact(fact)) => {
            fact_screen(&FactScreenProps { lang, fact, answers: state.answers.clone(), errors, heading, hidden, on: on.clone() })
        }
        Screen::Ask(Question::Dates) => {
            dates_screen(&DatesScreenProps { lang, answers: state.answers.clone(), errors, heading, hidden, on: on.clone() })
        }
        Screen::Review => review_screen(&ReviewScreenProps { lang, answers: state.answers.clone(), heading, edited: state.edited, on: on.clone() }),
        Screen::Result => result_screen(&ResultScreenProps {
            lang,
            mode,
            answers: state.answers.clone(),
            today: state.today,
            ticked: state.ticked.clone(),
            heading,
            on: on.clone(),
            hidden,
        }),
        Screen::Summary => html! {
            <SummaryScreen key="summary" {lang} {mode} answers={state.answers.clone()} details={state.details.clone()} {errors} facts_base={state.facts_base.clone()}
                paper_codes={state.paper_codes} qr_shown={state.qr_shown}
                checked={state.summary_checked} today={state.today} {heading} on={on.clone()} />
        },
    }
}
