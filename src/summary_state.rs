//! The summary screen's part of the one reducer: opening it, editing the
//! final form (any field by its path, exactly as typed), adding and removing
//! list rows, and checking the form. Called from one arm of
//! [`crate::state::State`]'s reducer.

use weiquan_core::{details, documents};

use crate::state::{Screen, State};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SummaryAction {
    /// From the result: go to the summary.
    Open,
    /// Set the field at a path (`person.name`, `employers[1].credit_code`,
    /// `evidence[2].item`, `facts_text.arbitration`) to the text as typed. An index equal
    /// to a list's length adds a row.
    Set(String, String),
    /// Remove row `.1` of a list (`employers`, `evidence`, `witnesses`,
    /// `claims.other`).
    Remove(String, usize),
    /// Use the composed facts-and-reasons text of paper `.0` again.
    ResetFacts(String),
    /// Check the whole form: every error beside its field.
    Check,
    /// Print pressed with a typed value its check refuses: only those
    /// errors (blank fields print as lines to write on, and are no reason).
    CheckTyped,
    /// Put each paper's own code on the page: the form has rested after an
    /// edit, or printing starts (`State::paper_codes`).
    CodePapers,
    /// Show (true) or hide the whole case's code on the screen.
    ShowQr(bool),
}

/// The facts and reasons the form would compose now for each paper
/// (Chinese), by the paper's key; `None` for a paper the case has not.
pub fn composed(s: &State) -> details::FactsTexts {
    let situation = weiquan_core::interview::situation(&s.answers);
    let routing = weiquan_core::route(&situation, s.today);
    let mut out = details::FactsTexts::default();
    for (body, zh, _) in documents::facts_by_paper(&situation, &routing, &s.details, s.today) {
        if let Some(slot) = out.slot(body.key()) {
            *slot = Some(zh);
        }
    }
    out
}

pub fn reduce(s: &mut State, action: SummaryAction) {
    match action {
        SummaryAction::Open => {
            s.errors.clear();
            s.summary_checked = false;
            s.screen = Screen::Summary;
        }
        SummaryAction::Set(path, value) => {
            // Each edit of the facts: what the form would compose now is what
            // the person wrote beside (editing after the note counts as
            // having read it).
            if let Some(key) = path.strip_prefix("facts_text.") {
                let now = composed(s);
                if let (Some(base), Some(now)) = (s.facts_base.slot(key), now.get(key)) {
                    *base = Some(now.clone());
                }
            }
            if s.details.set(&path, value) {
                // Only this field's error goes; the rest stay until the next check.
                s.errors.retain(|e| e.field != path);
                s.summary_checked = false;
            }
        }
        SummaryAction::Remove(list, i) => {
            if s.details.remove(&list, i) {
                // Rows after it moved up: their errors no longer match.
                let prefix = format!("{list}[");
                s.errors.retain(|e| !e.field.starts_with(&prefix));
                s.summary_checked = false;
            }
        }
        SummaryAction::ResetFacts(key) => {
            s.details.reset_facts(&key);
            if let Some(base) = s.facts_base.slot(&key) {
                *base = None;
            }
            let path = format!("facts_text.{key}");
            s.errors.retain(|e| e.field != path);
        }
        SummaryAction::CodePapers => s.paper_codes = true,
        SummaryAction::ShowQr(on) => s.qr_shown = on,
        SummaryAction::Check | SummaryAction::CheckTyped => {
            // Only the parts the form shows for these answers are checked.
            let situation = weiquan_core::interview::situation(&s.answers);
            let parts = documents::form_parts(&situation, &weiquan_core::route(&situation, s.today));
            let check = if action == SummaryAction::CheckTyped { details::typed_errors } else { details::validate };
            s.errors = check(&s.details, parts, s.today);
            s.summary_checked = true;
        }
    }
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use weiquan_core::Date;
    use yew::Reducible;

    use super::SummaryAction as S;
    use crate::state::{Action, Screen, State};

    fn run(actions: Vec<S>) -> Rc<State> {
        let s = Rc::new(State::new(Date::parse("2026-11-26").unwrap()));
        actions.into_iter().fold(s, |s, a| s.reduce(Action::Summary(a)))
    }

    fn set(p: &str, v: &str) -> S {
        S::Set(p.into(), v.into())
    }

    #[test]
    fn opens_the_summary_and_back_returns_to_the_result() {
        let s = run(vec![S::Open]);
        assert_eq!(s.screen, Screen::Summary);
        let s = s.reduce(Action::Back);
        assert_eq!(s.screen, Screen::Result);
    }

    /// The papers' codes come off with each edit (of a field, a row, the
    /// facts) and go on when asked for (the form at rest, or a print), until
    /// the next edit or a change of screen.
    #[test]
    fn the_papers_codes_come_off_with_each_edit() {
        let coded = |s: &Rc<State>| s.clone().reduce(Action::Summary(S::CodePapers));
        let s = run(vec![S::Open]);
        assert!(!s.paper_codes, "none on opening: the form rests first");
        let s = coded(&s);
        assert!(s.paper_codes);
        for edit in [set("person.name", "张三"), S::Remove("evidence".into(), 0), S::ResetFacts("inspection".into())] {
            let s = run(vec![S::Open, set("evidence[0].item", "工资条"), set("facts_text.inspection", "我写的")]);
            let after = coded(&s).reduce(Action::Summary(edit.clone()));
            assert!(!after.paper_codes, "{edit:?}");
        }
        // Checking the form edits nothing.
        assert!(s.clone().reduce(Action::Summary(S::Check)).paper_codes);
        // Leaving the summary, or a kiosk's "finish and clear".
        assert!(!s.clone().reduce(Action::Back).paper_codes);
        assert!(!s.reduce(Action::Finish).paper_codes);
    }

    /// The whole case's code shows when asked for, and hides again once the
    /// person leaves the summary: back on it, no ID number is on the screen
    /// until they ask again.
    #[test]
    fn the_case_code_shows_when_asked_for_and_hides_on_leaving() {
        let s = run(vec![S::Open, S::ShowQr(true)]);
        assert!(s.qr_shown);
        assert!(!s.clone().reduce(Action::Summary(S::ShowQr(false))).qr_shown);
        let back = s.reduce(Action::Back);
        assert_eq!(back.screen, Screen::Result);
        assert!(!back.qr_shown);
        assert!(!back.reduce(Action::Summary(S::Open)).qr_shown);
    }

    #[test]
    fn errors_keep_the_text_and_only_the_edited_field_loses_its_error() {
        let s = run(vec![S::Open, set("person.id_number", "410102199003151231"), set("person.phone", "12345"), S::Check]);
        assert!(s.summary_checked);
        let keys: Vec<(&str, &str)> = s.errors.iter().map(|e| (e.field.as_str(), e.key)).collect();
        assert!(keys.contains(&("person.id_number", "id_checksum")), "{keys:?}");
        assert!(keys.contains(&("person.phone", "phone_format")), "{keys:?}");
        assert_eq!(s.details.person.id_number, "410102199003151231", "nothing typed is cleared");
        let s = s.reduce(Action::Summary(set("person.phone", "13812345678")));
        assert!(s.error_for("person.phone").is_none());
        assert!(s.error_for("person.id_number").is_some(), "other errors stay until the next check");
        assert!(!s.summary_checked);
    }

    /// Print pressed with a refused value: only what was typed wrong is
    /// listed, not the blanks, which print as lines to write on.
    #[test]
    fn the_check_before_printing_lists_only_what_was_typed_wrong() {
        let s = run(vec![S::Open, set("person.id_number", "410102199003151231"), S::CheckTyped]);
        let keys: Vec<(&str, &str)> = s.errors.iter().map(|e| (e.field.as_str(), e.key)).collect();
        assert_eq!(keys, [("person.id_number", "id_checksum")]);
        assert!(s.summary_checked);
        // The whole check lists the blanks too.
        let all = run(vec![S::Open, set("person.id_number", "410102199003151231"), S::Check]);
        assert!(all.errors.iter().any(|e| weiquan_core::details::left_blank(e.key)) && all.errors.len() > 1, "{:?}", all.errors);
    }

    #[test]
    fn rows_are_added_by_typing_at_the_end_and_removed_with_their_errors() {
        let s = run(vec![set("evidence[0].item", "工资条"), set("evidence[1].item", "x".repeat(300).as_str()), S::Check]);
        assert!(s.error_for("evidence[1].item").is_some());
        let s = s.reduce(Action::Summary(S::Remove("evidence".into(), 0)));
        assert_eq!(s.details.evidence.len(), 1);
        assert!(s.errors.iter().all(|e| !e.field.starts_with("evidence[")));
        // A path past the list's maximum changes nothing.
        let s = s.reduce(Action::Summary(set(&format!("evidence[{}].item", weiquan_core::details::MAX_EVIDENCE), "x")));
        assert_eq!(s.details.evidence.len(), 1);
    }

    #[test]
    fn facts_edit_and_reset() {
        let s = Rc::new(State::new(Date::parse("2026-11-26").unwrap()))
            .reduce(Action::Start)
            .reduce(Action::ToggleProblem(weiquan_core::Problem::WagesUnpaid))
            .reduce(Action::Summary(set("person.name", "张三")));
        let composed = super::composed(&s).inspection.expect("a complaint to inspection");
        assert!(composed.contains("张三"), "{composed}");
        // The composed text at the edit is kept (the summary compares it
        // with the text the form would compose now), and at each later one.
        let s = s.reduce(Action::Summary(set("facts_text.inspection", "我写的")));
        assert_eq!(s.facts_base.inspection.as_deref(), Some(composed.as_str()));
        let s = s.reduce(Action::Summary(set("person.name", "李四")));
        assert_eq!(s.facts_base.inspection.as_deref(), Some(composed.as_str()), "another field leaves it");
        let s = s.reduce(Action::Summary(set("facts_text.inspection", "我写的，又改了")));
        assert_eq!(s.details.facts_text.inspection.as_deref(), Some("我写的，又改了"));
        assert_eq!(s.facts_base, super::composed(&s));
        assert_ne!(s.facts_base.inspection.as_deref(), Some(composed.as_str()), "the name is in the composed text");
        // A paper the case has not: no base.
        let s = s.reduce(Action::Summary(set("facts_text.audit", "x")));
        assert_eq!(s.facts_base.audit, None);
        let s = s.reduce(Action::Summary(S::ResetFacts("inspection".into())));
        assert_eq!((s.details.facts_text.inspection.as_ref(), s.facts_base.inspection.as_ref()), (None, None));
        assert!(s.details.facts_text.audit.is_some(), "one paper's reset only");
    }

    #[test]
    fn the_form_survives_a_language_switch_and_restart_wipes_it() {
        let s = run(vec![set("person.name", "张三")]);
        let s = s.reduce(Action::SetLang(crate::text::Lang::En));
        assert_eq!(s.details.person.name, "张三");
        let s = s.reduce(Action::Restart);
        assert_eq!(s.details, weiquan_core::details::Details::default());
    }
}
