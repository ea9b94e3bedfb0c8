use weiquan_core::deadlines::{LimitState, LimitStatus};
use weiquan_core::rules::text_or_key;
use yew::prelude::*;

use crate::components::legal_basis;
use crate::text::{self, Lang};

#[derive(Properties, PartialEq)]
pub struct LimitViewProps {
    pub lang: Lang,
    pub limit: LimitStatus,
    /// The problems it is for, named when the step shows the same limit
    /// with different dates for different problems.
    #[prop_or_default]
    pub for_problems: Option<String>,
}

/// A time limit: the last day and days left in words, a bar of the time
/// left (an SVG whose text alternative is those words), what the limit is,
/// and the clauses it rests on.
pub fn limit_view(props: &LimitViewProps) -> Html {
    let (lang, l) = (props.lang, &props.limit);
    let key = l.state.key();
    let mut words = text::limit_state(lang, key, l.last_day.map(|d| d.to_string()), l.days_left);
    if l.state == LimitState::Passed && l.last_day.is_some() {
        words = text::then(lang, &words, &text_or_key(lang, &l.passed_text_key()));
    }
    // Share of the period still left, 0–100 (drawn with SVG attributes: no inline style).
    let share = match (l.runs_from, l.last_day, l.days_left) {
        (Some(from), Some(last), Some(left)) if from.days_until(last) > 0 => {
            Some((left.max(0) as i64 * 100 / from.days_until(last) as i64).clamp(0, 100))
        }
        _ => None,
    };
    html! {
        <div class={format!("wq-limit wq-limit-{key}")}>
            if let Some(names) = &props.for_problems {
                <p class="wq-problems wq-for">{ names }</p>
            }
            <p><strong>{ text_or_key(lang, &l.title_key()) }{ text::colon(lang) }</strong>{ words.clone() }</p>
            if let Some(pct) = share {
                // A picture of the words above, which say it all: hidden from
                // screen readers, or the limit is read out twice.
                <svg class="wq-timebar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true">
                    <rect class="wq-timebar-track" width="100" height="6" />
                    <rect class="wq-timebar-left" width={pct.to_string()} height="6" />
                </svg>
            }
            <p class="wq-hint">{ text_or_key(lang, &l.text_key()) }</p>
            { legal_basis(lang, l.cites) }
        </div>
    }
}
