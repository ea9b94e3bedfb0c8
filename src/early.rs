//! The page before the app. `index.html` ships the start screen and the
//! first question as static markup (templates rendered at build time from
//! this crate's own components by `scripts/prerender.rs`), and `loader.js`
//! lets a person read them, press Start, choose an answer and press Next
//! while the wasm is still on its way. When the app starts, the loader hands
//! over what was done as a short text, and [`replay`] turns it into the
//! reducer's own actions, replayed before the first render (the app's
//! `initial_state`): nothing chosen is lost, and no rule or screen logic
//! lives in the script.

use weiquan_core::rules::FactId;

use crate::state::Action;
use crate::text::Lang;

/// The loader's hand-over: tokens separated by spaces, in any order —
/// `clear` ("clear my data" was pressed; what follows was done after it),
/// `lang` (the language switch was pressed an odd number of times),
/// `consent` (the save box is ticked), `start` (the first question shows),
/// `reporter=<value>` (its answer), `next` (its Next was pressed).
/// Unknown tokens and values are ignored, and an answer or a Next without
/// `start` means nothing. `apply` gets the actions in the order a person
/// could have done them; the reducer checks them as it checks a click.
pub fn replay(handoff: &str, mut apply: impl FnMut(Action)) {
    let has = |t: &str| handoff.split(' ').any(|x| x == t);
    let first = FactId::Reporter;
    if has("clear") {
        apply(Action::ClearData);
    }
    if has("lang") {
        apply(Action::SetLang(Lang::Zh.other()));
    }
    if has("consent") {
        apply(Action::SetConsent(true));
    }
    if has("start") {
        apply(Action::Start);
        let values = first.meta().values;
        if let Some(i) = values.iter().position(|v| has(&format!("{}={v}", first.key()))) {
            apply(Action::Choose(first, i));
        }
        if has("next") {
            apply(Action::Next);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn actions(handoff: &str) -> Vec<Action> {
        let mut out = Vec::new();
        replay(handoff, |a| out.push(a));
        out
    }

    fn value(i: usize) -> &'static str {
        FactId::Reporter.meta().values[i]
    }

    #[test]
    fn nothing_done_is_nothing_replayed() {
        assert_eq!(actions(""), vec![]);
        assert_eq!(actions("   "), vec![]);
    }

    #[test]
    fn the_first_question_with_its_answer_and_next_is_replayed_in_order() {
        let v = value(1);
        assert_eq!(actions(&format!("next reporter={v} start")), vec![Action::Start, Action::Choose(FactId::Reporter, 1), Action::Next]);
        assert_eq!(actions("start"), vec![Action::Start]);
        // Next without an answer is replayed too: the reducer then says what is missing.
        assert_eq!(actions("start next"), vec![Action::Start, Action::Next]);
    }

    #[test]
    fn a_clear_comes_before_everything_done_after_it() {
        assert_eq!(actions("start clear consent"), vec![Action::ClearData, Action::SetConsent(true), Action::Start]);
    }

    #[test]
    fn language_and_consent_come_first() {
        assert_eq!(
            actions(&format!("start reporter={} consent lang", value(0))),
            vec![Action::SetLang(Lang::En), Action::SetConsent(true), Action::Start, Action::Choose(FactId::Reporter, 0)]
        );
    }

    #[test]
    fn unknown_tokens_values_and_answers_without_start_are_ignored() {
        assert_eq!(actions("reporter=nobody start"), vec![Action::Start]);
        assert_eq!(actions(&format!("reporter={} next", value(0))), vec![]);
        assert_eq!(actions("problem=wages start=1 <script> startx"), vec![]);
        assert_eq!(actions("reporter= start"), vec![Action::Start]);
    }
}
