//! One small file per component. Components are thin: they display the
//! state and what `weiquan_core` computes, and dispatch actions.

mod app;
mod checklist;
mod confirm_button;
mod dates_screen;
mod device_bar;
mod error_summary;
mod fact_screen;
mod glossary;
mod icon;
mod idle_dialog;
mod legal_basis;
mod limit_view;
mod nav;
mod places_view;
mod progress;
mod read_aloud;
mod result_screen;
mod review_screen;
mod start_screen;
mod summary_claims;
mod summary_document;
mod summary_facts;
mod summary_field;
mod summary_form;
mod summary_output;
mod summary_qr;
mod summary_screen;

pub use app::{App, AppProps, Remote};
pub use checklist::{checklist, ChecklistProps};
pub use confirm_button::{Confirm, ConfirmButton, ConfirmButtonProps};
pub use dates_screen::{dates_screen, DatesScreen, DatesScreenProps};
pub use device_bar::{device_bar, DeviceBarProps};
pub use error_summary::{error_summary, ErrorSummaryProps};
pub use fact_screen::{fact_screen, FactScreen, FactScreenProps};
pub use glossary::{glossary_view, GlossaryProps};
pub use icon::{icon, IconName, IconProps};
pub use idle_dialog::{now_ms, IdleDialog, LastInput};
pub use legal_basis::legal_basis;
pub use limit_view::{limit_view, LimitViewProps};
pub use nav::{nav, NavProps};
pub use places_view::{places_view, PlacesViewProps};
pub use progress::{progress, ProgressProps};
pub use read_aloud::ReadAloud;
pub use result_screen::{result_screen, ResultScreen, ResultScreenProps};
pub use review_screen::{review_screen, ReviewScreen, ReviewScreenProps};
pub use start_screen::{start_screen, StartScreenProps};
pub use summary_claims::{body_name, summary_claims, SummaryClaimsProps};
pub use summary_document::{summary_document, SummaryDocumentProps};
pub use summary_facts::{summary_facts, SummaryFactsProps};
pub use summary_field::{summary_field, SummaryFieldProps};
pub use summary_form::{summary_form, SummaryFormProps};
pub use summary_output::SummaryOutput;
pub use summary_qr::{qr_section, summary_qr, QrSectionProps, SummaryQrProps};
pub use summary_screen::{SummaryScreen, SummaryScreenProps};

/// English text that quotes what the person typed, with its Chinese runs
/// (a name, an employer, an address) marked `zh-CN`, so that a screen
/// reader reads them with a Chinese voice (WCAG 3.1.2, language of parts).
/// A Chinese screen needs no marks.
pub fn with_zh_marked(lang: crate::text::Lang, text: &str) -> yew::Html {
    use yew::html;
    if lang == crate::text::Lang::Zh {
        return html! { text.to_string() };
    }
    crate::text::zh_runs(text)
        .into_iter()
        .map(|(zh, run)| {
            if zh {
                html! { <span lang="zh-CN">{ run.to_string() }</span> }
            } else {
                html! { run.to_string() }
            }
        })
        .collect()
}
