//! Every string the widget shows, keyed, in Chinese (the default) and English.
//!
//! Components never inline display text: they ask for a [`Key`] in the
//! current [`Lang`]. Keep the Chinese plain and short: the readers are
//! workers on a phone, at a hall kiosk, or on the bureau's website.

/// Display language. Chinese is the default everywhere.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// BCP 47 tag, for `lang` attributes.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }
}

/// A fixed display string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    /// Product name, the page's `<h1>`.
    AppName,
    /// One sentence under the name: what the widget does.
    Tagline,
    /// Privacy note on the start screen.
    Privacy,
    /// The start button.
    Start,
    /// Placeholder body of a question screen (until real questions exist).
    QuestionPlaceholder,
}

/// The string for `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match (lang, key) {
        (Lang::Zh, Key::AppName) => "维权导办",
        (Lang::En, Key::AppName) => "Rights-protection guide",

        (Lang::Zh, Key::Tagline) => "回答几个简单问题，告诉您该去哪个窗口、带什么材料。",
        (Lang::En, Key::Tagline) => {
            "Answer a few simple questions and we will tell you which window to go to and what to bring."
        }

        (Lang::Zh, Key::Privacy) => "您填写的内容只保存在本机，不会上传。",
        (Lang::En, Key::Privacy) => "What you enter stays on this device and is never uploaded.",

        (Lang::Zh, Key::Start) => "开始",
        (Lang::En, Key::Start) => "Start",

        (Lang::Zh, Key::QuestionPlaceholder) => "问题正在准备中。",
        (Lang::En, Key::QuestionPlaceholder) => "The questions are being prepared.",
    }
}

/// Heading of question step `n` (1-based): "第1步" / "Step 1".
pub fn step_heading(lang: Lang, n: u8) -> String {
    match lang {
        Lang::Zh => format!("第{n}步"),
        Lang::En => format!("Step {n}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEYS: [Key; 5] = [
        Key::AppName,
        Key::Tagline,
        Key::Privacy,
        Key::Start,
        Key::QuestionPlaceholder,
    ];

    #[test]
    fn every_key_has_text_in_every_language() {
        for lang in [Lang::Zh, Lang::En] {
            for key in KEYS {
                assert!(!t(lang, key).trim().is_empty(), "{lang:?} {key:?}");
            }
        }
    }

    #[test]
    fn step_heading_is_plain() {
        assert_eq!(step_heading(Lang::Zh, 1), "第1步");
        assert_eq!(step_heading(Lang::En, 2), "Step 2");
    }
}
