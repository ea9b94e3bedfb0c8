//! The widget's whole UI state: one reducer (`State` + `Action`), used by
//! [`crate::components::App`] through `use_reducer`. The interview's logic
//! (which question comes next, what an edit asks again, validation) lives in
//! `weiquan_core::interview`; this only records where the person is.

use std::collections::BTreeSet;
use std::rc::Rc;

use weiquan_core::interview::{self, Answers, DateField, Question};
use weiquan_core::rules::{FactId, Problem};
use weiquan_core::situation::FieldError;
use weiquan_core::Date;
use yew::Reducible;

use crate::text::Lang;

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
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    pub screen: Screen,
    pub answers: Answers,
    /// The current question was opened from the review: after it, ask only
    /// what the change made necessary, then return to the review.
    pub from_review: bool,
    /// Errors of the current screen, each naming its field. Nothing typed is
    /// cleared by an error.
    pub errors: Vec<FieldError>,
    /// The date limits are counted from (fixed in tests).
    pub today: Date,
    /// Checklist items the person has ticked (checklist rule ids). Kept
    /// across language switches; wiped with everything else on restart.
    pub ticked: BTreeSet<String>,
}

impl State {
    pub fn new(today: Date) -> State {
        State {
            lang: Lang::default(),
            screen: Screen::Start,
            answers: Answers::default(),
            from_review: false,
            errors: Vec::new(),
            today,
            ticked: BTreeSet::new(),
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
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
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
                    if s.errors.is_empty() {
                        let next = if s.from_review {
                            interview::next_unanswered_after(&s.answers, q)
                        } else {
                            interview::next(&s.answers, q)
                        };
                        s.screen = next.map_or(Screen::Review, Screen::Ask);
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
                    Screen::Start => Screen::Start,
                };
            }
            Action::Edit(q) => {
                s.errors.clear();
                s.from_review = true;
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
                s = State { lang: s.lang, ..State::new(s.today) };
            }
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
    }

    #[test]
    fn ticks_survive_a_language_switch_and_untick() {
        let s = run(&[Action::Tick("id_card_arbitration".into()), Action::SetLang(Lang::En)]);
        assert!(s.ticked.contains("id_card_arbitration"));
        let s = s.reduce(Action::Tick("id_card_arbitration".into()));
        assert!(s.ticked.is_empty());
    }

    #[test]
    fn restart_wipes_answers_but_keeps_the_language() {
        let s = run(&[
            Action::SetLang(Lang::En),
            Action::Start,
            Action::ToggleProblem(Problem::Other),
            Action::Tick("x".into()),
            Action::Restart,
        ]);
        assert_eq!((s.screen, s.lang), (Screen::Start, Lang::En));
        assert!(s.answers.problems.is_empty() && s.ticked.is_empty());
        assert_eq!(Problem::Other.key(), "other");
    }
}
