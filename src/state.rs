//! The widget's whole UI state: one reducer (`State` + `Action`), used by
//! [`crate::components::App`] through `use_reducer`.

use std::rc::Rc;

use yew::Reducible;

use crate::text::Lang;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Screen {
    /// Product name, one sentence, the start button.
    #[default]
    Start,
    /// Question `step` (1-based).
    Question { step: u8 },
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct State {
    pub lang: Lang,
    pub screen: Screen,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// The user pressed 开始: go to the first question.
    Start,
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Start => Rc::new(State {
                screen: Screen::Question { step: 1 },
                ..(*self).clone()
            }),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_on_the_start_screen_in_chinese() {
        let s = State::default();
        assert_eq!(s.screen, Screen::Start);
        assert_eq!(s.lang, Lang::Zh);
    }

    #[test]
    fn start_goes_to_step_one() {
        let s = Rc::new(State::default()).reduce(Action::Start);
        assert_eq!(s.screen, Screen::Question { step: 1 });
    }
}
