//! The widget's whole UI state: one reducer (`State` + `Action`), used by
//! [`crate::components::App`] through `use_reducer`. The interview's logic
//! (which question comes next, what an edit asks again, validation) lives in
//! `weiquan_core::interview`; this only records where the person is.

use std::rc::Rc;
use weiquan_core::sorted::SortedSet;

use weiquan_core::details::Details;
use weiquan_core::interview::{self, Answers, DateField, Question};
use weiquan_core::rules::{FactId, Problem};
use weiquan_core::saved::Saved;
use weiquan_core::situation::FieldError;
use weiquan_core::Date;
use yew::Reducible;

use crate::mode::Mode;
use crate::text::Lang;

/// A one-off message about this device's saved answers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    /// The answers saved on this date were restored.
    Restored(Date),
    /// A save could not be used and was deleted (message key, see
    /// `weiquan_core::saved::Discarded::key`).
    Discarded(&'static str),
    /// The person cleared their data.
    Cleared,
    /// "Start again" or the kiosk's "finish and clear" (or its idle reset)
    /// wiped every answer.
    Wiped,
    /// Kiosk: Back at the start wiped every answer (it says why, for a
    /// person who pressed Back once too often: a QA walk found the plain
    /// notice read like an error).
    WipedAtStart,
    /// The device refused to save (quota, private mode, a text over the
    /// size the next start reads): saving stops; an earlier save stays.
    SaveFailed,
    /// Another tab of the app wrote or cleared the save: this one stopped
    /// saving, so that neither overwrites the other.
    SavedElsewhere,
}

/// Which screen is showing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// Product name, one sentence, the start button.
    #[default]
    Start,
    /// One question of the interview.
    Ask(Question),
    /// Every answer, each with a change button.
    Review,
    /// Where to go, why, by when, what to bring.
    Result,
    /// The final form, the documents per body and their outputs (issue 6).
    Summary,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    pub screen: Screen,
    pub answers: Answers,
    /// The current question was opened from the review: after it, ask only
    /// what the change made necessary, then return to the review.
    pub from_review: bool,
    /// The question last opened from the review, while its change is under
    /// way and on the review it returns to: focus goes back to its row's
    /// change button there, not to the top of the review.
    pub edited: Option<Question>,
    /// Errors of the current screen, each naming its field. Nothing typed is
    /// cleared by an error.
    pub errors: Vec<FieldError>,
    /// The date limits are counted from (fixed in tests).
    pub today: Date,
    /// Checklist items the person has ticked (checklist rule ids). Kept
    /// across language switches; wiped with everything else on restart.
    pub ticked: SortedSet<String>,
    /// Phone, kiosk or embedded (fixed for the app's life).
    pub mode: Mode,
    /// The language a new person starts in (the kiosk returns to it).
    pub home_lang: Lang,
    /// Phone only: this device lets the widget save.
    pub can_save: bool,
    /// Phone only: the person agreed to keep their answers on this device.
    pub consent: bool,
    /// Phone only: this page leaves the device's save as it is, neither
    /// writing nor deleting it: another tab wrote or cleared it (this page
    /// must not overwrite that), or the device refused a write (the last
    /// save that fitted is kept). Ticking the consent box again, or "clear
    /// my data", ends it. The consent box shows unticked meanwhile.
    pub save_held: bool,
    pub notice: Option<Notice>,
    /// The summary's final form, as typed (see `summary_state.rs`).
    pub details: Details,
    /// The summary form was checked since its last edit.
    pub summary_checked: bool,
    /// The composed facts-and-reasons text when the person last edited it
    /// (or when a save with edited facts was read back; not saved itself):
    /// once the composed text differs, numbers in the edited one may be
    /// stale, and the summary says so.
    /// One per paper, as the edits are.
    pub facts_base: weiquan_core::details::FactsTexts,
    /// The screen Next (on the review, "See the result") would show,
    /// built ahead, hidden, when the browser was idle after painting this
    /// one (`Action::Ahead`), so that the press only has to show it: always
    /// [`State::next_screen`] when set. Any change of screen resets it, and
    /// so does an answer that changes what comes next.
    pub ahead: Option<Screen>,
    /// The last action switched the language (the screen stays): the live
    /// region says the screen's name in the new language.
    pub lang_switched: bool,
    /// How many times Next was refused for errors: each time, focus goes to
    /// the screen's error summary (on a phone it is far above the button).
    pub refusals: u32,
    /// Each paper's own QR code is on the page (it shows only on paper).
    /// An edit of the form takes the codes off; they are made again once the
    /// form has rested a moment (`summary_screen.rs`'s timer), or at once
    /// when printing starts (the print button, the browser's `beforeprint`):
    /// `SummaryAction::CodePapers`. Encoding them on every keystroke had cost
    /// more than all else an edit recomputes; and a print another script
    /// starts (a host page's 打印本页) lays the page out before the app can
    /// render, so at rest they must already be there.
    pub paper_codes: bool,
    /// The summary's code for the window staff is shown: the person asked
    /// (it holds their ID number). Hidden again when they leave the summary.
    pub qr_shown: bool,
}

impl State {
    pub fn new(today: Date) -> State {
        State {
            lang: Lang::default(),
            screen: Screen::Start,
            answers: Answers::default(),
            from_review: false,
            edited: None,
            errors: Vec::new(),
            today,
            ticked: SortedSet::new(),
            mode: Mode::Phone,
            home_lang: Lang::default(),
            can_save: false,
            consent: false,
            save_held: false,
            notice: None,
            details: Details::default(),
            summary_checked: false,
            facts_base: Default::default(),
            ahead: None,
            lang_switched: false,
            refusals: 0,
            paper_codes: false,
            qr_shown: false,
        }
    }

    /// The screen Next shows after question `q` answered as it is now: the
    /// next question (opened from the review: the next one the change made
    /// necessary), else the review.
    fn after(&self, q: Question) -> Screen {
        let next = if self.from_review { interview::next_unanswered_after(&self.answers, q, self.today) } else { interview::next(&self.answers, q) };
        next.map_or(Screen::Review, Screen::Ask)
    }

    /// The screen that may be built ahead of the press that shows it (see
    /// `ahead`): from a question the next question, from the review the
    /// result. Not the review itself (a question's Next may be refused, and
    /// the review is quick to build), nor the papers.
    pub fn next_screen(&self) -> Option<Screen> {
        match self.screen {
            Screen::Ask(q) => Some(self.after(q)).filter(|s| matches!(s, Screen::Ask(_))),
            Screen::Review => Some(Screen::Result),
            _ => None,
        }
    }

    /// A fresh state for `mode`, starting in `lang`.
    pub fn for_mode(today: Date, mode: Mode, lang: Lang) -> State {
        State { mode, lang, home_lang: lang, ..State::new(today) }
    }

    /// Would a reload or a closed tab lose what was typed into the summary
    /// form? On a phone whose save does not hold it: no consent, or the
    /// device refused the write, or another tab holds the save. A kiosk's
    /// reset must never wait on the browser's question; an embedded widget
    /// leaves the host's page alone.
    pub fn typed_unkept(&self) -> bool {
        let kept = self.can_save && self.consent && !self.save_held;
        self.mode == Mode::Phone && !kept && self.details != Details::default()
    }

    /// What a phone keeps (with consent): answers as typed, where the person
    /// is, language, ticks.
    pub fn to_saved(&self) -> Saved {
        Saved {
            lang: self.lang,
            screen: screen_key(self.screen),
            answers: self.answers.clone(),
            ticked: self.ticked.clone(),
            details: self.details.clone(),
            ..Saved::new(self.today, self.lang)
        }
    }

    /// The error for a field, if any (`problems`, `want`, `dates.job_end`…).
    pub fn error_for(&self, field: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Action {
    Start,
    SetLang(Lang),
    /// Choose value index `.1` of a single-choice fact.
    Choose(FactId, usize),
    ToggleProblem(Problem),
    /// The raw text of a date field, kept as typed.
    SetDate(DateField, String),
    /// Leave the current question (checked first).
    Next,
    Back,
    /// From the review: change the answer to a question.
    Edit(Question),
    ShowResult,
    /// Tick or untick a checklist item (its rule id).
    Tick(String),
    /// Wipe every answer and return to the start (language kept).
    Restart,
    /// Phone: agree (or no longer agree) to keep answers on this device.
    SetConsent(bool),
    /// Phone: continue from a save read at start-up.
    Restore(Box<Saved>),
    /// Phone: a save at start-up could not be used (message key).
    Discarded(&'static str),
    /// Phone: the device refused to write the save.
    SaveFailed,
    /// Phone: another tab of the app wrote or deleted the save.
    SavedElsewhere,
    /// Phone: "clear my data": wipe the answers and withdraw consent (the
    /// app then deletes the save).
    ClearData,
    /// Kiosk: "finish and clear", or nobody answered the idle dialog. Every
    /// answer is wiped, the language returns to the hall's, the start shows.
    Finish,
    /// The summary screen's actions (`summary_state.rs`).
    Summary(crate::summary_state::SummaryAction),
    /// The device's date moved on (a kiosk runs for days, a phone's tab
    /// stays open past midnight): limits, date checks and the papers count
    /// from the new day. The app sends it before any action on a new day.
    NewDay(Date),
    /// The screen (named) is painted and the browser idle: build the next
    /// one ahead, hidden (`State::ahead`). A late request for a screen
    /// already left does nothing: the new screen asks once it is painted.
    Ahead(Screen),
}

/// The stable name of a screen in a save: `start`, `review`, `result`,
/// `ask:dates`, `ask:<fact key>`.
pub fn screen_key(screen: Screen) -> String {
    match screen {
        Screen::Start => "start".into(),
        Screen::Review => "review".into(),
        Screen::Result => "result".into(),
        Screen::Summary => "summary".into(),
        Screen::Ask(Question::Dates) => "ask:dates".into(),
        Screen::Ask(Question::Fact(f)) => format!("ask:{}", f.key()),
    }
}

/// The screen a save names, if it still makes sense for these answers: a
/// question no longer asked, or an unknown name, resumes at the review.
pub fn screen_from_key(key: &str, answers: &Answers, today: Date) -> Screen {
    let asked = interview::questions(answers);
    let found = match key {
        "start" => Some(Screen::Start),
        "review" => Some(Screen::Review),
        "result" => Some(Screen::Result),
        "summary" => Some(Screen::Summary),
        _ => {
            key.strip_prefix("ask:").and_then(|k| asked.iter().find(|q| screen_key(Screen::Ask(**q)) == format!("ask:{k}"))).map(|q| Screen::Ask(*q))
        }
    };
    match found {
        Some(Screen::Result | Screen::Summary) if asked.iter().any(|q| !interview::check(answers, *q, today).is_empty()) => Screen::Review,
        Some(s) => s,
        None if answers == &Answers::default() => Screen::Start,
        None => Screen::Review,
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        // Nothing to build ahead (no next screen is built ahead here, or it
        // is built): the same state, so the app does not render again for
        // nothing.
        if matches!(action, Action::Ahead(on) if on != self.screen || self.next_screen().is_none() || self.ahead.is_some()) {
            return self;
        }
        let mut s = (*self).clone();
        s.lang_switched = matches!(action, Action::SetLang(l) if l != self.lang);
        let keeps_notice = matches!(
            action,
            Action::SetLang(_)
                | Action::SetConsent(_)
                | Action::Restore(_)
                | Action::Discarded(_)
                | Action::SaveFailed
                | Action::SavedElsewhere
                | Action::ClearData
                | Action::Finish
                | Action::NewDay(_)
                | Action::Ahead(_)
        );
        if !keeps_notice {
            s.notice = None;
        }
        match action {
            Action::Start => {
                s.screen = interview::questions(&s.answers).first().map_or(Screen::Review, |q| Screen::Ask(*q));
                s.from_review = false;
                s.errors.clear();
            }
            Action::SetLang(lang) => s.lang = lang,
            Action::Choose(fact, value) => {
                s.answers.set(fact, value);
                s.errors.retain(|e| e.field != fact.key());
            }
            Action::ToggleProblem(p) => {
                s.answers.toggle_problem(p);
                s.errors.retain(|e| e.field != "problems");
            }
            Action::SetDate(field, text) => {
                s.answers.set_date(field, &text);
                s.errors.retain(|e| e.field != field.path());
            }
            Action::Next => {
                if let Screen::Ask(q) = s.screen {
                    s.errors = interview::check(&s.answers, q, s.today);
                    if !s.errors.is_empty() {
                        s.refusals = s.refusals.wrapping_add(1);
                    } else {
                        s.screen = s.after(q);
                        if s.screen == Screen::Review {
                            s.from_review = false;
                        }
                    }
                }
            }
            Action::Back => {
                s.errors.clear();
                s.screen = match s.screen {
                    Screen::Ask(_) if s.from_review => {
                        s.from_review = false;
                        Screen::Review
                    }
                    Screen::Ask(q) => interview::prev(&s.answers, q).map_or(Screen::Start, Screen::Ask),
                    Screen::Review => interview::questions(&s.answers).last().map_or(Screen::Start, |q| Screen::Ask(*q)),
                    Screen::Result => Screen::Review,
                    Screen::Summary => Screen::Result,
                    Screen::Start => Screen::Start,
                };
                // A kiosk's start is the next person's: back at it, the
                // session ends as "finish and clear" ends it (a QA walk found
                // the start looking new with every answer, name and ID number
                // still behind 开始). The language stays: the person may still
                // be there, and the idle reset returns it to the hall's.
                if s.mode == Mode::Kiosk && s.screen == Screen::Start && self.screen != Screen::Start {
                    s = State { lang: s.lang, ..State::for_mode(s.today, s.mode, s.home_lang) };
                    s.notice = Some(Notice::WipedAtStart);
                }
            }
            Action::Edit(q) => {
                s.errors.clear();
                s.from_review = true;
                s.edited = Some(q);
                s.screen = Screen::Ask(q);
            }
            Action::Tick(item) => {
                if !s.ticked.remove(&item) {
                    s.ticked.insert(item);
                }
            }
            Action::ShowResult => {
                s.errors.clear();
                s.screen = Screen::Result;
            }
            Action::Restart => {
                // A phone is one person's: their language stays. A kiosk's
                // next person starts in the hall's, as after "finish and
                // clear" (and its idle timer rests on the untouched start).
                let lang = if s.mode == Mode::Kiosk { s.home_lang } else { s.lang };
                s = State { lang, consent: s.consent, can_save: s.can_save, save_held: s.save_held, ..State::for_mode(s.today, s.mode, s.home_lang) };
                s.notice = Some(Notice::Wiped);
            }
            Action::SetConsent(yes) => {
                s.consent = yes && s.can_save && s.mode.may_save();
                s.save_held = false;
            }
            Action::Restore(saved) => {
                if s.mode.may_save() {
                    s.screen = screen_from_key(&saved.screen, &saved.answers, s.today);
                    s.answers = saved.answers;
                    s.ticked = saved.ticked;
                    s.details = saved.details;
                    // One facts text saved for every paper (an older save) is
                    // not the arbitration application's on a case with others.
                    let situation = weiquan_core::interview::situation(&s.answers);
                    let parts = weiquan_core::documents::form_parts(&situation, &weiquan_core::route(&situation, s.today));
                    s.details.facts_text.settle_one_text(parts.papers);
                    // Edited facts read back: a change from here on is noted.
                    let now = crate::summary_state::composed(&s);
                    s.facts_base = Default::default();
                    for (key, _) in s.details.facts_text.edited() {
                        if let (Some(base), Some(now)) = (s.facts_base.slot(key), now.get(key)) {
                            *base = Some(now.clone());
                        }
                    }
                    s.lang = saved.lang;
                    s.consent = s.can_save;
                    s.errors.clear();
                    s.from_review = false;
                    // A save of nothing (consent given, then "start again")
                    // restores nothing worth announcing.
                    if s.screen != Screen::Start || s.answers != Default::default() {
                        s.notice = Some(Notice::Restored(saved.saved_on));
                    }
                }
            }
            Action::Discarded(key) => s.notice = Some(Notice::Discarded(key)),
            Action::SaveFailed => {
                s.consent = false;
                s.save_held = true;
                s.notice = Some(Notice::SaveFailed);
            }
            Action::SavedElsewhere => {
                if s.consent && !s.save_held {
                    s.consent = false;
                    s.save_held = true;
                    s.notice = Some(Notice::SavedElsewhere);
                }
            }
            Action::ClearData => {
                s = State { lang: s.lang, can_save: s.can_save, ..State::for_mode(s.today, s.mode, s.home_lang) };
                s.notice = Some(Notice::Cleared);
            }
            Action::Finish => {
                s = State::for_mode(s.today, s.mode, s.home_lang);
                s.notice = Some(Notice::Wiped);
            }
            Action::Summary(a) => crate::summary_state::reduce(&mut s, a),
            Action::NewDay(day) => s.today = day,
            Action::Ahead(_) => s.ahead = s.next_screen(),
        }
        // What was built ahead is kept only while it is still what comes next.
        if s.screen != self.screen || s.ahead != s.next_screen() {
            s.ahead = None;
        }
        if s.screen != self.screen {
            s.qr_shown = false;
        }
        // The papers' codes were made from the details as they were.
        if s.screen != self.screen || s.details != self.details {
            s.paper_codes = false;
        }
        if !(s.from_review || s.screen == Screen::Review) {
            s.edited = None;
        }
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use weiquan_core::rules::FactValue;

    fn today() -> Date {
        Date::parse("2026-11-26").unwrap()
    }

    fn run(actions: &[Action]) -> Rc<State> {
        actions.iter().fold(Rc::new(State::new(today())), |s, a| s.reduce(a.clone()))
    }

    fn choose(fact: FactId, value: &str) -> Action {
        Action::Choose(fact, fact.meta().values.iter().position(|v| *v == value).unwrap())
    }

    #[test]
    fn starts_on_the_start_screen_in_chinese() {
        let s = State::new(today());
        assert_eq!(s.screen, Screen::Start);
        assert_eq!(s.lang, Lang::Zh);
    }

    #[test]
    fn next_without_an_answer_stays_and_names_the_field() {
        let s = run(&[Action::Start, Action::Next]);
        assert_eq!(s.screen, Screen::Ask(Question::Fact(FactId::Reporter)));
        assert_eq!(s.errors[0].field, "reporter");
        let s = s.reduce(choose(FactId::Reporter, "worker"));
        assert!(s.errors.is_empty(), "choosing clears the error");
    }

    #[test]
    fn back_keeps_later_answers_and_language_switch_keeps_everything() {
        let s = run(&[
            Action::Start,
            choose(FactId::Reporter, "worker"),
            Action::Next,
            Action::ToggleProblem(Problem::WagesUnpaid),
            Action::Next,
            Action::Back,
            Action::Back,
            Action::SetLang(Lang::En),
        ]);
        assert_eq!(s.screen, Screen::Ask(Question::Fact(FactId::Reporter)));
        assert_eq!(s.answers.problems, [Problem::WagesUnpaid]);
        assert_eq!(s.answers.value(FactId::Reporter), Some(0));
        assert_eq!(s.lang, Lang::En);
    }

    #[test]
    fn an_invalid_date_keeps_the_text_and_blocks_until_fixed() {
        let mut s = run(&[Action::Start]);
        s = Rc::new(State { screen: Screen::Ask(Question::Dates), ..(*s).clone() });
        let s = s.reduce(Action::SetDate(DateField::Known, "2026-02-31".into())).reduce(Action::Next);
        assert_eq!(s.screen, Screen::Ask(Question::Dates));
        assert_eq!(s.error_for("dates.known").map(|e| e.key), Some("date_no_such_day"));
        assert_eq!(s.answers.date_text(DateField::Known), "2026-02-31");
        let s = s.reduce(Action::SetDate(DateField::Known, "2026-02-28".into())).reduce(Action::Next);
        assert_eq!(s.screen, Screen::Review);
    }

    /// A kiosk loaded on the 26th and used a week later: after the new day
    /// (which the app sends before the next action), a date that was in
    /// the future on the 26th is accepted, and finishing keeps the new day.
    #[test]
    fn a_new_day_moves_the_date_checks_and_survives_a_finish() {
        let week_on = Date::parse("2026-12-03").unwrap();
        let mut s = Rc::new(State::for_mode(today(), Mode::Kiosk, Lang::Zh)).reduce(Action::Start);
        s = Rc::new(State { screen: Screen::Ask(Question::Dates), ..(*s).clone() });
        let s = s.reduce(Action::SetDate(DateField::Known, "2026-12-01".into())).reduce(Action::Next);
        assert_eq!(s.error_for("dates.known").map(|e| e.key), Some("date_in_future"));
        let s = s.reduce(Action::NewDay(week_on));
        assert_eq!(s.answers.date_text(DateField::Known), "2026-12-01", "nothing typed is lost");
        let s = s.reduce(Action::Next);
        assert_eq!(s.screen, Screen::Review);
        let s = s.reduce(Action::Finish);
        assert_eq!(*s, State { notice: Some(Notice::Wiped), ..State::for_mode(week_on, Mode::Kiosk, Lang::Zh) });
    }

    #[test]
    fn an_edit_from_the_review_asks_what_it_made_necessary_then_returns() {
        let mut s = Rc::new(State::new(today()));
        // A full interview about overtime, answered as a person would.
        s = s.reduce(Action::Start);
        let mut guard = 0;
        while let Screen::Ask(q) = s.screen {
            s = match q {
                Question::Fact(FactId::Problem) => s.reduce(Action::ToggleProblem(Problem::OvertimeRest)),
                Question::Fact(f) => s.reduce(Action::Choose(f, 0)),
                Question::Dates => s,
            }
            .reduce(Action::Next);
            guard += 1;
            assert!(guard < 20);
        }
        assert_eq!(s.screen, Screen::Review);
        // Add a work injury: only what it made necessary is asked (whether it
        // is recognised; and, since compensation is claimed by arbitration,
        // whether a dispatch agency is involved), then back to the review.
        let s = s.reduce(Action::Edit(Question::Fact(FactId::Problem)));
        let s = s.reduce(Action::ToggleProblem(Problem::WorkInjury)).reduce(Action::Next);
        assert_eq!(s.screen, Screen::Ask(Question::Fact(FactId::InjuryRecognised)));
        let s = s.reduce(choose(FactId::InjuryRecognised, "no")).reduce(Action::Next);
        assert_eq!(s.screen, Screen::Ask(Question::Fact(FactId::Dispatch)));
        let s = s.reduce(choose(FactId::Dispatch, "no")).reduce(Action::Next);
        assert_eq!(s.screen, Screen::Review);
        assert!(!s.from_review);
        // Focus returns to the row that was changed, while the review shows.
        let problem = Some(Question::Fact(FactId::Problem));
        assert_eq!(s.edited, problem);
        assert_eq!(s.clone().reduce(Action::SetLang(Lang::En)).edited, problem);
        // Back from a change, with nothing changed: the same row.
        let back = s.clone().reduce(Action::Edit(Question::Dates)).reduce(Action::Back);
        assert_eq!((back.screen, back.edited), (Screen::Review, Some(Question::Dates)));
        // Leaving the review forgets it: the next return is to the top.
        for leave in [Action::ShowResult, Action::Back, Action::Restart] {
            assert_eq!(s.clone().reduce(leave.clone()).edited, None, "{leave:?}");
        }
        assert_eq!(s.reduce(Action::ShowResult).reduce(Action::Back).edited, None);
    }

    /// Each refused Next is counted (the app moves focus to the errors on
    /// each), an accepted one is not.
    #[test]
    fn a_refused_next_is_counted_each_time() {
        let s = run(&[Action::Start, Action::Next]);
        assert!(!s.errors.is_empty());
        assert_eq!(s.refusals, 1);
        let again = s.clone().reduce(Action::Next);
        assert_eq!((again.refusals, again.errors.len()), (2, s.errors.len()), "the same errors again: focus moves again");
        let answered = again.reduce(Action::Choose(FactId::Reporter, 0)).reduce(Action::Next);
        assert!(answered.errors.is_empty());
        assert_eq!(answered.refusals, 2);
    }

    #[test]
    fn a_language_switch_is_marked_for_the_announcement_until_the_next_action() {
        let s = run(&[Action::Start, Action::Next]);
        let switched = s.clone().reduce(Action::SetLang(Lang::En));
        assert!(switched.lang_switched);
        assert!(!switched.clone().reduce(Action::SetLang(Lang::En)).lang_switched, "the same language again is no switch");
        assert!(!switched.clone().reduce(Action::Next).lang_switched);
        assert!(!s.reduce(Action::Next).lang_switched);
    }

    #[test]
    fn the_result_is_built_ahead_on_the_review_until_the_screen_changes() {
        let review = Rc::new(State { screen: Screen::Review, notice: Some(Notice::Restored(today())), ..State::new(today()) });
        let s = review.clone().reduce(Action::Ahead(Screen::Review));
        assert_eq!(s.ahead, Some(Screen::Result));
        assert_eq!(s.notice, review.notice, "building ahead is not a step: the notice stays");
        assert_eq!(s.clone().reduce(Action::SetLang(Lang::En)).ahead, Some(Screen::Result), "a language switch rebuilds it, still ahead");
        for leave in [Action::ShowResult, Action::Back, Action::Edit(Question::Dates), Action::Restart] {
            let s = s.clone().reduce(leave.clone());
            assert_ne!(s.screen, Screen::Review);
            assert_eq!(s.ahead, None, "{leave:?}");
        }
        // Back on the review it waits for the next idle moment again.
        assert_eq!(s.clone().reduce(Action::ShowResult).reduce(Action::Back).ahead, None);
        let built = s.clone();
        assert!(Rc::ptr_eq(&built, &built.clone().reduce(Action::Ahead(Screen::Review))), "built: not even a new render");
    }

    #[test]
    fn the_next_question_is_built_ahead_while_it_is_still_what_comes_next() {
        let first = run(&[Action::Start]);
        assert_eq!(first.ahead, None, "not before the browser is idle");
        let built = first.clone().reduce(Action::Ahead(first.screen));
        let problems = Screen::Ask(Question::Fact(FactId::Problem));
        assert_eq!(built.ahead, Some(problems));
        // Answering keeps it while it stays next; Next shows that screen.
        let chosen = built.clone().reduce(choose(FactId::Reporter, "worker"));
        assert_eq!(chosen.ahead, Some(problems));
        let refused = built.clone().reduce(Action::Next);
        assert!(!refused.errors.is_empty());
        assert_eq!((refused.screen, refused.ahead), (built.screen, Some(problems)), "a refused Next keeps it");
        let shown = chosen.reduce(Action::Next);
        assert_eq!(shown.screen, problems);
        assert_eq!(shown.ahead, None, "a new screen builds its own next");
        assert!(Rc::ptr_eq(&shown, &shown.clone().reduce(Action::Ahead(first.screen))), "a late request from the screen left does nothing");
        // An answer that changes what comes next drops what was built; the
        // next idle moment builds the new one, which Next then shows. (The
        // boss gone: no "what do you want" question.)
        let mut fled = shown.reduce(Action::ToggleProblem(Problem::WagesUnpaid)).reduce(Action::Next);
        while fled.screen != Screen::Ask(Question::Fact(FactId::EmployerFled)) {
            let Screen::Ask(Question::Fact(f)) = fled.screen else { panic!("{:?}", fled.screen) };
            fled = fled.reduce(Action::Choose(f, 0)).reduce(Action::Next);
        }
        let fled = fled.reduce(choose(FactId::EmployerFled, "no"));
        let built = fled.clone().reduce(Action::Ahead(fled.screen));
        assert_eq!(built.ahead, Some(Screen::Ask(Question::Fact(FactId::Want))));
        let changed = built.reduce(choose(FactId::EmployerFled, "yes"));
        let employment = Screen::Ask(Question::Fact(FactId::Employment));
        assert_eq!((changed.next_screen(), changed.ahead), (Some(employment), None));
        let rebuilt = changed.clone().reduce(Action::Ahead(changed.screen));
        assert_eq!(rebuilt.ahead, Some(employment));
        assert_eq!(rebuilt.reduce(Action::Next).screen, employment);
        // Nothing is built ahead of the start, the last question (the
        // review is next), the result or the papers.
        let last = run(&[Action::Start, choose(FactId::Reporter, "worker"), Action::Next]);
        let last = Rc::new(State { screen: Screen::Ask(Question::Dates), ..(*last).clone() });
        assert_eq!(last.next_screen(), None);
        for s in [
            Rc::new(State::new(today())),
            last,
            Rc::new(State { screen: Screen::Result, ..State::new(today()) }),
            Rc::new(State { screen: Screen::Summary, ..State::new(today()) }),
        ] {
            assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::Ahead(s.screen))), "{:?}: not even a new render", s.screen);
        }
    }

    #[test]
    fn ticks_survive_a_language_switch_and_untick() {
        let s = run(&[Action::Tick("id_card_arbitration".into()), Action::SetLang(Lang::En)]);
        assert!(s.ticked.contains("id_card_arbitration"));
        let s = s.reduce(Action::Tick("id_card_arbitration".into()));
        assert!(s.ticked.is_empty());
    }

    fn phone(can_save: bool) -> Rc<State> {
        Rc::new(State { can_save, ..State::for_mode(today(), Mode::Phone, Lang::Zh) })
    }

    #[test]
    fn consent_needs_a_phone_that_can_save() {
        assert!(phone(true).reduce(Action::SetConsent(true)).consent);
        assert!(!phone(false).reduce(Action::SetConsent(true)).consent, "no storage: no consent");
        let kiosk = Rc::new(State { can_save: true, ..State::for_mode(today(), Mode::Kiosk, Lang::Zh) });
        assert!(!kiosk.reduce(Action::SetConsent(true)).consent, "a kiosk never saves");
        let embed = Rc::new(State { can_save: true, ..State::for_mode(today(), Mode::Embed, Lang::Zh) });
        assert!(!embed.reduce(Action::SetConsent(true)).consent, "an embed never saves");
    }

    #[test]
    fn every_screen_survives_a_save_and_restore() {
        // Walk a whole interview, saving at every screen; each save restores
        // to the same screen with the same answers.
        let mut s = phone(true).reduce(Action::SetConsent(true)).reduce(Action::SetLang(Lang::En)).reduce(Action::Start);
        let mut seen = 0;
        loop {
            let saved = weiquan_core::saved::load(&s.to_saved().to_json()).expect("own save loads");
            let back = phone(true).reduce(Action::Restore(Box::new(saved)));
            assert_eq!((back.screen, &back.answers, back.lang), (s.screen, &s.answers, Lang::En));
            assert_eq!(back.details, s.details, "the summary form as typed");
            assert!(back.consent);
            assert!(matches!(back.notice, Some(Notice::Restored(_))));
            seen += 1;
            s = match s.screen {
                Screen::Ask(Question::Fact(FactId::Problem)) => s.reduce(Action::ToggleProblem(Problem::WagesUnpaid)),
                Screen::Ask(Question::Fact(f)) => s.reduce(Action::Choose(f, 0)),
                Screen::Ask(Question::Dates) => s.reduce(Action::SetDate(DateField::Known, "2026-10-01".into())),
                Screen::Review => s.reduce(Action::ShowResult),
                Screen::Result => s.reduce(Action::Summary(crate::summary_state::SummaryAction::Open)),
                Screen::Summary if s.details.person.name.is_empty() => {
                    s.reduce(Action::Summary(crate::summary_state::SummaryAction::Set("person.name".into(), "李四 <i>".into())))
                }
                Screen::Summary => break,
                Screen::Start => unreachable!(),
            };
            if matches!(s.screen, Screen::Ask(_)) {
                s = s.reduce(Action::Next);
            }
            assert!(seen < 20);
        }
        assert!(seen > 4, "walked {seen} screens");
    }

    #[test]
    fn a_save_naming_a_screen_that_no_longer_applies_resumes_at_the_review() {
        let mut answers = Answers::default();
        answers.toggle_problem(Problem::WagesUnpaid);
        // The injury question is not asked about unpaid wages.
        assert_eq!(screen_from_key("ask:injury_recognised", &answers, today()), Screen::Review);
        assert_eq!(screen_from_key("ask:nonsense", &answers, today()), Screen::Review);
        assert_eq!(screen_from_key("", &Answers::default(), today()), Screen::Start);
        // The result needs every asked question answered.
        assert_eq!(screen_from_key("result", &answers, today()), Screen::Review);
        assert_eq!(screen_from_key("ask:problem", &answers, today()), Screen::Ask(Question::Fact(FactId::Problem)));
    }

    #[test]
    fn clear_data_wipes_answers_and_consent_and_says_so() {
        let s = phone(true)
            .reduce(Action::SetConsent(true))
            .reduce(Action::Start)
            .reduce(Action::ToggleProblem(Problem::Other))
            .reduce(Action::ClearData);
        assert_eq!(s.screen, Screen::Start);
        assert!(s.answers.problems.is_empty() && !s.consent && s.can_save);
        assert_eq!(s.notice, Some(Notice::Cleared));
        assert_eq!(s.to_saved().answers, Answers::default());
        // The notice goes once the person moves on.
        assert_eq!(s.reduce(Action::Start).notice, None);
    }

    /// Another tab wrote or cleared the save: this one holds it (no write,
    /// no delete) until the person ticks the box again, even across "start
    /// again"; "clear my data" is a delete the person asked for.
    #[test]
    fn a_save_changed_in_another_tab_is_held_until_the_person_chooses() {
        let s = phone(true).reduce(Action::SetConsent(true)).reduce(Action::SavedElsewhere);
        assert!(!s.consent && s.save_held);
        assert_eq!(s.notice, Some(Notice::SavedElsewhere));
        let s = s.reduce(Action::Start).reduce(Action::Restart);
        assert!(s.save_held && !s.consent, "start again does not write over the other tab's save");
        assert!(!s.clone().reduce(Action::SetConsent(true)).save_held, "ticking again saves this tab's answers");
        assert!(!s.reduce(Action::ClearData).save_held, "clear my data deletes");
        // Without consent there is nothing of this tab's to hold.
        assert!(!phone(true).reduce(Action::SavedElsewhere).save_held);
        assert_eq!(phone(true).reduce(Action::SavedElsewhere).notice, None);
    }

    #[test]
    fn typed_details_kept_nowhere_are_at_risk_on_a_phone_only() {
        use crate::summary_state::SummaryAction::Set;
        let typed = |s: Rc<State>| s.reduce(Action::Summary(Set("person.name".into(), "张三".into())));
        assert!(!phone(true).typed_unkept(), "nothing typed");
        assert!(typed(phone(true)).typed_unkept(), "no consent");
        assert!(typed(phone(false)).typed_unkept(), "no storage");
        let kept = typed(phone(true).reduce(Action::SetConsent(true)));
        assert!(!kept.typed_unkept(), "saved with consent");
        assert!(kept.clone().reduce(Action::SaveFailed).typed_unkept(), "the device refused the write");
        assert!(kept.reduce(Action::SavedElsewhere).typed_unkept(), "another tab holds the save");
        for mode in [Mode::Kiosk, Mode::Embed] {
            let s = Rc::new(State { can_save: true, ..State::for_mode(today(), mode, Lang::Zh) });
            assert!(!typed(s).typed_unkept(), "{mode:?}");
        }
    }

    #[test]
    fn a_refused_write_withdraws_consent_and_says_so() {
        let s = phone(true).reduce(Action::SetConsent(true)).reduce(Action::SaveFailed);
        assert!(!s.consent);
        assert!(s.save_held, "the last save that fitted is kept");
        assert_eq!(s.notice, Some(Notice::SaveFailed));
    }

    /// "Finish and clear", and on a kiosk "start again" too, hand the
    /// screen to whoever comes next: everything wiped, in the hall's
    /// language (from a soak run: "start again" gave the next person the
    /// last one's English).
    #[test]
    fn kiosk_finish_and_restart_wipe_everything_and_return_to_the_halls_language() {
        for end in [Action::Finish, Action::Restart] {
            let s = Rc::new(State::for_mode(today(), Mode::Kiosk, Lang::Zh))
                .reduce(Action::SetLang(Lang::En))
                .reduce(Action::Start)
                .reduce(Action::ToggleProblem(Problem::WagesUnpaid))
                .reduce(Action::Tick("x".into()))
                .reduce(end);
            assert_eq!(*s, State { notice: Some(Notice::Wiped), ..State::for_mode(today(), Mode::Kiosk, Lang::Zh) });
        }
    }

    /// Back at a kiosk's start, the session is over (a QA walk: the start
    /// looked new, with the last person's answers behind 开始). A phone is
    /// one person's: its answers stay.
    #[test]
    fn back_at_a_kiosks_start_wipes_and_a_phones_keeps() {
        let back_to_start = |mode| {
            Rc::new(State::for_mode(today(), mode, Lang::Zh))
                .reduce(Action::SetLang(Lang::En))
                .reduce(Action::Start)
                .reduce(Action::Choose(FactId::Reporter, 0))
                .reduce(Action::Back)
        };
        let kiosk = back_to_start(Mode::Kiosk);
        assert_eq!(*kiosk, State { lang: Lang::En, notice: Some(Notice::WipedAtStart), ..State::for_mode(today(), Mode::Kiosk, Lang::Zh) });
        let phone = back_to_start(Mode::Phone);
        assert_eq!((phone.screen, phone.notice.clone()), (Screen::Start, None));
        assert_ne!(phone.answers, Answers::default());
        // Back on the start itself changes nothing, and announces nothing.
        let idle = Rc::new(State::for_mode(today(), Mode::Kiosk, Lang::Zh)).reduce(Action::Back);
        assert_eq!(idle.notice, None);
    }

    #[test]
    fn a_save_of_nothing_restores_without_announcing_it() {
        // Consent given, answers given, then "start again": the save now
        // holds the empty start. Reloading says nothing was restored.
        let s = phone(true)
            .reduce(Action::SetConsent(true))
            .reduce(Action::Start)
            .reduce(Action::ToggleProblem(Problem::WagesUnpaid))
            .reduce(Action::Restart);
        let saved = weiquan_core::saved::load(&s.to_saved().to_json()).expect("own save loads");
        let back = phone(true).reduce(Action::Restore(Box::new(saved)));
        assert_eq!((back.screen, back.notice.clone(), back.consent), (Screen::Start, None, true));
    }

    /// A save from before the facts were one per paper holds one text, written
    /// from every problem: on a case with several papers it is not read back
    /// as the arbitration application's (its copy is served on the employer);
    /// on a case with one paper, it is that paper's.
    #[test]
    fn one_saved_facts_text_is_not_the_applications_beside_other_papers() {
        let restored = |problems: &[Problem]| {
            let mut s = phone(true).reduce(Action::SetConsent(true)).reduce(Action::Start);
            for p in problems {
                s = s.reduce(Action::ToggleProblem(*p));
            }
            let want = FactId::Want.meta().values.iter().position(|v| *v == "stop_violation").unwrap();
            let s = s.reduce(Action::Choose(FactId::Want, want));
            let json = s.to_saved().to_json();
            assert!(json.contains("\"facts_text\":null"), "nothing edited is written as before: {json}");
            let old = json.replace("\"facts_text\":null", "\"facts_text\":\"我写的，也举报了童工。\"");
            let saved = weiquan_core::saved::load(&old).expect("an old save loads");
            phone(true).reduce(Action::Restore(Box::new(saved))).details.facts_text.clone()
        };
        let two = restored(&[Problem::WagesUnpaid, Problem::Dismissed]);
        assert_eq!((two.inspection.as_deref(), two.arbitration.as_deref()), (Some("我写的，也举报了童工。"), None));
        let one = restored(&[Problem::Dismissed]);
        assert_eq!(one.arbitration.as_deref(), Some("我写的，也举报了童工。"));
    }

    /// Edited facts read back from a phone's save: a change of the form
    /// from here on is noted beside them (the composed text they were read
    /// back with is the base); no edit, no base.
    #[test]
    fn edited_facts_read_back_have_a_base() {
        let s = phone(true)
            .reduce(Action::SetConsent(true))
            .reduce(Action::Start)
            .reduce(Action::ToggleProblem(Problem::WagesUnpaid))
            .reduce(Action::Summary(crate::summary_state::SummaryAction::Set("facts_text.inspection".into(), "我写的".into())));
        let saved = weiquan_core::saved::load(&s.to_saved().to_json()).expect("own save loads");
        let back = phone(true).reduce(Action::Restore(Box::new(saved)));
        let now = crate::summary_state::composed(&back);
        assert!(now.inspection.is_some());
        assert_eq!(back.facts_base, weiquan_core::details::FactsTexts { inspection: now.inspection, ..Default::default() });
        let plain = phone(true).reduce(Action::SetConsent(true)).reduce(Action::Start);
        let saved = weiquan_core::saved::load(&plain.to_saved().to_json()).expect("own save loads");
        assert_eq!(phone(true).reduce(Action::Restore(Box::new(saved))).facts_base, Default::default());
    }

    #[test]
    fn restart_wipes_answers_but_keeps_the_language() {
        let s = run(&[Action::SetLang(Lang::En), Action::Start, Action::ToggleProblem(Problem::Other), Action::Tick("x".into()), Action::Restart]);
        assert_eq!((s.screen, s.lang), (Screen::Start, Lang::En));
        assert!(s.answers.problems.is_empty() && s.ticked.is_empty());
        assert_eq!(Problem::Other.key(), "other");
    }
}
