//! One small file per component.

mod app;
mod question_screen;
mod start_screen;

pub use app::App;
pub use question_screen::QuestionScreen;
pub use start_screen::StartScreen;
