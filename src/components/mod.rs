//! One small file per component. Components are thin: they display the
//! state and what `weiquan_core` computes, and dispatch actions.

mod app;
mod checklist;
mod dates_screen;
mod device_bar;
mod error_summary;
mod fact_screen;
mod glossary;
mod icon;
mod idle_dialog;
mod limit_view;
mod nav;
mod places_view;
mod progress;
mod read_aloud;
mod result_screen;
mod review_screen;
mod start_screen;

pub use app::{App, AppProps};
pub use checklist::Checklist;
pub use dates_screen::{DatesScreen, DatesScreenProps};
pub use device_bar::DeviceBar;
pub use error_summary::ErrorSummary;
pub use fact_screen::{FactScreen, FactScreenProps};
pub use glossary::Glossary;
pub use icon::{Icon, IconName, IconProps};
pub use idle_dialog::{now_ms, IdleDialog, LastInput};
pub use limit_view::LimitView;
pub use nav::Nav;
pub use places_view::PlacesView;
pub use progress::Progress;
pub use read_aloud::ReadAloud;
pub use result_screen::{ResultScreen, ResultScreenProps};
pub use review_screen::{ReviewScreen, ReviewScreenProps};
pub use start_screen::StartScreen;
