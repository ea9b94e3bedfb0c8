//! 维权导办 domain core: everything the widget knows about the law, with no
//! web dependency. The Yew front end and the native `route` tool are thin
//! layers over this crate.

pub mod date;
pub mod rules;
pub mod deadlines;
pub mod details;
pub mod documents;
pub mod interview;
pub mod money;
pub mod places;
pub mod qr;
pub mod routing;
pub mod rulebook;
pub mod saved;
pub mod situation;
pub mod validate;

pub use date::Date;
pub use routing::{route, Routing};
pub use rules::{Lang, Outcome, Problem};
pub use situation::Situation;
