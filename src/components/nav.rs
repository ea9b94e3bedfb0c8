use yew::prelude::*;

use crate::state::Action;
use crate::text::{t, Key, Lang};

#[derive(Properties, PartialEq)]
pub struct NavProps {
    pub lang: Lang,
    pub on: Callback<Action>,
}

/// Back and next. Next submits the screen's form, so Enter works too.
pub fn nav(props: &NavProps) -> Html {
    let back = props.on.reform(|_: MouseEvent| Action::Back);
    html! {
        <div class="wq-nav">
            <button type="button" class="wq-button" onclick={back}>{ t(props.lang, Key::Back) }</button>
            <button type="submit" class="wq-button wq-primary">{ t(props.lang, Key::Next) }</button>
        </div>
    }
}
