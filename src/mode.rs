//! Where the widget runs. The same app serves three settings with different
//! duties (see ARCHITECTURE.md, "Three settings"):
//!
//! * [`Mode::Phone`] (default): a person's own device. Saving answers on this
//!   device is offered, only with their consent.
//! * [`Mode::Kiosk`]: a shared screen in the hall. Nothing is ever written to
//!   any storage; an idle timer wipes everything; "finish and clear" is always
//!   visible; printing is the main output.
//! * [`Mode::Embed`]: inside another site (custom element or iframe). The host
//!   page's title, URL, history and storage are left alone.

/// The setting the widget runs in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Mode {
    #[default]
    Phone,
    Kiosk,
    Embed,
}

impl Mode {
    /// `phone`, `kiosk` or `embed` (URL parameter `mode=`, attribute `mode`).
    pub fn parse(s: &str) -> Option<Mode> {
        match s.trim().to_ascii_lowercase().as_str() {
            "phone" => Some(Mode::Phone),
            "kiosk" => Some(Mode::Kiosk),
            "embed" => Some(Mode::Embed),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Mode::Phone => "phone",
            Mode::Kiosk => "kiosk",
            Mode::Embed => "embed",
        }
    }

    /// May the app offer to save answers on this device? Never in a kiosk;
    /// not when embedded (the storage would be the host site's).
    pub fn may_save(self) -> bool {
        self == Mode::Phone
    }

    /// May the browser remember and suggest what is typed (autofill of the
    /// name, phone, address)? Not on the hall's shared kiosk, where the next
    /// person would be offered the last one's details.
    pub fn may_autofill(self) -> bool {
        self != Mode::Kiosk
    }

    /// May the app set the page title? Not when embedded in a host page.
    pub fn owns_page(self) -> bool {
        self != Mode::Embed
    }
}

/// Default idle period of the kiosk before the "are you still there?" dialog.
pub const KIOSK_IDLE_SECS: u32 = 120;
/// Shortest countdown the dialog allows (WCAG 2.2.1: at least 20 s to respond).
pub const KIOSK_COUNTDOWN_SECS: u32 = 30;

/// Where a kiosk is in its idle cycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Idle {
    /// Someone is using it.
    Active,
    /// The "still there?" dialog shows, with this many whole seconds left.
    Warning { secs_left: u32 },
    /// Nobody answered: wipe everything, back to the start.
    Expired,
}

/// The idle phase `elapsed_ms` after the last input, for an idle period of
/// `idle_secs` followed by a countdown of `countdown_secs`.
pub fn idle_phase(elapsed_ms: f64, idle_secs: u32, countdown_secs: u32) -> Idle {
    let elapsed = if elapsed_ms.is_finite() { elapsed_ms.max(0.0) } else { f64::MAX };
    let idle_ms = f64::from(idle_secs) * 1000.0;
    let end_ms = idle_ms + f64::from(countdown_secs) * 1000.0;
    if elapsed < idle_ms {
        Idle::Active
    } else if elapsed < end_ms {
        Idle::Warning { secs_left: ((end_ms - elapsed) / 1000.0).ceil() as u32 }
    } else {
        Idle::Expired
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_cycle_warns_for_the_whole_countdown_then_expires() {
        let (idle, count) = (KIOSK_IDLE_SECS, KIOSK_COUNTDOWN_SECS);
        assert!(count >= 20, "WCAG 2.2.1 asks for at least 20 s to respond");
        assert_eq!(idle_phase(0.0, idle, count), Idle::Active);
        assert_eq!(idle_phase(119_999.0, idle, count), Idle::Active);
        assert_eq!(idle_phase(120_000.0, idle, count), Idle::Warning { secs_left: 30 });
        assert_eq!(idle_phase(120_001.0, idle, count), Idle::Warning { secs_left: 30 });
        assert_eq!(idle_phase(149_000.5, idle, count), Idle::Warning { secs_left: 1 });
        assert_eq!(idle_phase(150_000.0, idle, count), Idle::Expired);
        // A clock that went backwards is "just now"; a broken one expires.
        assert_eq!(idle_phase(-5.0, idle, count), Idle::Active);
        assert_eq!(idle_phase(f64::NAN, idle, count), Idle::Expired);
        assert_eq!(idle_phase(30_000.0, 30, count), Idle::Warning { secs_left: 30 });
    }

    #[test]
    fn parses_the_three_modes_and_nothing_else() {
        for m in [Mode::Phone, Mode::Kiosk, Mode::Embed] {
            assert_eq!(Mode::parse(m.key()), Some(m));
        }
        assert_eq!(Mode::parse(" KIOSK "), Some(Mode::Kiosk));
        assert_eq!(Mode::parse("tablet"), None);
        assert!(Mode::Phone.may_save() && !Mode::Kiosk.may_save() && !Mode::Embed.may_save());
        assert!(!Mode::Embed.owns_page() && Mode::Kiosk.owns_page());
        assert!(Mode::Phone.may_autofill() && Mode::Embed.may_autofill() && !Mode::Kiosk.may_autofill());
    }
}
