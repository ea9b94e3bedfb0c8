//! Every fixed string the widget shows, keyed, in Chinese (the default) and
//! English. Texts about the law (questions, answers, outcomes, reasons,
//! notes, items) come from the core's `text.toml` through
//! [`weiquan_core::rules::text`]; this file holds only the interface's own
//! words, the messages for validation errors, and the glossary.
//!
//! Components never inline display text. Keep the Chinese plain and short:
//! the readers are workers on a phone, at a hall kiosk, or on a website.

use weiquan_core::rules::{text_or_key, FactId, FactValue, Outcome, Problem, Purpose};
pub use weiquan_core::Lang;

/// A fixed display string.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Key {
    AppName,
    /// The page title of the start screen (as in index.html).
    StartTitle,
    Tagline,
    Privacy,
    /// The start screen's privacy line on a shared hall kiosk.
    PrivacyKiosk,
    /// Embedded: nothing is saved (`Mode::may_save`), so leaving loses it.
    PrivacyEmbed,
    Start,
    Next,
    Back,
    SwitchLanguage,
    ReadAloud,
    NoVoice,
    Speaking,
    DatesTitle,
    DatesHint,
    DateFormatHint,
    ReviewTitle,
    ReviewHint,
    Change,
    NotAnswered,
    SeeResult,
    ResultTitle,
    ResultIntro,
    /// Questions after "for someone else": whom "you" means.
    ForSomeoneElse,
    /// The result's lead when no step goes to the hall's windows.
    ResultIntroElsewhere,
    UrgentTitle,
    StepsTitle,
    WhyTitle,
    BasisTitle,
    NotesTitle,
    BringTitle,
    StartOver,
    RestartTitle,
    RestartText,
    RestartConfirm,
    ClearTitle,
    ClearText,
    ClearConfirm,
    Cancel,
    Hotline,
    ErrorSummary,
    Glossary,
    NextTitle,
    WhereTitle,
    /// The places heading when no step goes to the hall: only the hotline.
    WhereToAsk,
    Address,
    Hours,
    Phone,
    SourceLabel,
    ToBeConfirmed,
    /// Phone: the consent checkbox to keep answers on this device.
    SaveConsent,
    SaveHint,
    SaveUnavailable,
    ClearData,
    Cleared,
    Wiped,
    WipedAtStart,
    SavedElsewhere,
    SaveFailed,
    /// Kiosk: the always-visible control.
    FinishAndClear,
    KioskNote,
    IdleTitle,
    IdleContinue,
    IdleClearNow,
    DeviceControls,
}

/// The string for `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    match (lang, key) {
        (Lang::Zh, AppName) => "维权导办",
        (Lang::En, AppName) => "Rights-protection guide",
        (Lang::Zh, StartTitle) => "维权导办 · 郑州人社综合执法维权服务大厅",
        (Lang::En, StartTitle) => "Rights-protection guide · Zhengzhou HRSS enforcement hall",
        (Lang::Zh, Tagline) => "回答几个简单问题，告诉您该去哪个窗口、带什么材料。",
        (Lang::En, Tagline) => "Answer a few simple questions and we will tell you which window to go to and what to bring.",
        (Lang::Zh, Privacy) => "您填写的内容只留在本机，不会上传。",
        (Lang::En, Privacy) => "What you enter stays on this device and is never uploaded.",
        (Lang::Zh, PrivacyKiosk) => "这是大厅公用设备：您填写的内容不会保存，也不会上传。离开前请点“结束并清除”。",
        (Lang::En, PrivacyKiosk) => "This is a shared hall screen: nothing you enter is kept or uploaded. Press “Finish and clear” before you leave.",
        (Lang::Zh, PrivacyEmbed) => "您填写的内容不会上传，也不会保存：离开或刷新本页就没有了。需要留底的，请在最后打印、复制或下载。",
        (Lang::En, PrivacyEmbed) => "Nothing you enter is uploaded or kept: it is gone if you leave or reload this page. To keep it, print, copy or download it at the end.",
        (Lang::Zh, Start) => "开始",
        (Lang::En, Start) => "Start",
        (Lang::Zh, Next) => "下一步",
        (Lang::En, Next) => "Next",
        (Lang::Zh, Back) => "上一步",
        (Lang::En, Back) => "Back",
        (Lang::Zh, SwitchLanguage) => "English",
        (Lang::En, SwitchLanguage) => "中文",
        (Lang::Zh, ReadAloud) => "朗读",
        (Lang::En, ReadAloud) => "Read aloud",
        (Lang::Zh, NoVoice) => "这台设备没有中文朗读语音。",
        (Lang::En, NoVoice) => "This device has no English voice for reading aloud.",
        (Lang::Zh, Speaking) => "正在朗读…",
        (Lang::En, Speaking) => "Reading aloud…",
        (Lang::Zh, DatesTitle) => "记得这些日期吗？",
        (Lang::En, DatesTitle) => "Do you remember these dates?",
        (Lang::Zh, DatesHint) => "用来算还剩多少天可以投诉或申请。不记得的可以空着。",
        (Lang::En, DatesHint) => "They tell us how many days are left to complain or apply. Leave blank what you do not remember.",
        (Lang::Zh, DateFormatHint) => "例如 2025-03-01 或 20250301",
        (Lang::En, DateFormatHint) => "For example 2025-03-01 or 20250301",
        (Lang::Zh, ReviewTitle) => "请核对您的回答",
        (Lang::En, ReviewTitle) => "Check your answers",
        (Lang::Zh, ReviewHint) => "有不对的可以修改。",
        (Lang::En, ReviewHint) => "Change anything that is not right.",
        (Lang::Zh, Change) => "修改",
        (Lang::En, Change) => "Change",
        (Lang::Zh, NotAnswered) => "没有填写",
        (Lang::En, NotAnswered) => "Not given",
        (Lang::Zh, SeeResult) => "查看结果",
        (Lang::En, SeeResult) => "See the result",
        (Lang::Zh, ResultTitle) => "您该去哪里",
        (Lang::En, ResultTitle) => "Where to go",
        (Lang::Zh, ResultIntro) => "按下面的顺序去办；写着“先办完第几步”的要等那一步，其他的可以同时办，有期限的请先办。劳动保障监察、社会保险稽查、劳动人事争议调解仲裁的窗口都在郑州市人力资源和社会保障综合执法维权服务大厅（郑人社〔2016〕19号 二（一））。",
        (Lang::En, ResultIntro) => "Go in the order below: a step that says “After step …” waits for that step; the others can be done at the same time, those with a time limit first. The windows of labour-security inspection, social-insurance audit and labour dispute mediation and arbitration are all in the Zhengzhou HRSS comprehensive enforcement and rights-protection hall (Zhengzhou HRSS [2016] No. 19, II(1)).",
        (Lang::Zh, StepsTitle) => "办理顺序",
        (Lang::En, StepsTitle) => "Steps in order",
        (Lang::Zh, WhyTitle) => "为什么去这里",
        (Lang::En, WhyTitle) => "Why here",
        (Lang::Zh, BasisTitle) => "法律依据",
        (Lang::En, BasisTitle) => "Legal basis",
        (Lang::Zh, NotesTitle) => "请注意",
        (Lang::En, NotesTitle) => "Please note",
        (Lang::Zh, BringTitle) => "要带的材料",
        (Lang::En, BringTitle) => "What to bring",
        (Lang::Zh, StartOver) => "重新开始",
        (Lang::En, StartOver) => "Start again",
        (Lang::Zh, RestartTitle) => "要清空并重新开始吗？",
        (Lang::En, RestartTitle) => "Clear everything and start again?",
        (Lang::Zh, RestartText) => "您的全部回答、勾选的材料和填写的内容都会被清空，不能恢复。",
        (Lang::En, RestartText) => "All your answers, the ticks and what you filled in for the papers will be cleared. This cannot be undone.",
        (Lang::Zh, RestartConfirm) => "清空并重新开始",
        (Lang::En, RestartConfirm) => "Clear and start again",
        (Lang::Zh, ClearTitle) => "要清除本机的数据吗？",
        (Lang::En, ClearTitle) => "Clear your data from this device?",
        (Lang::Zh, ClearText) => "本机保存的回答，和您填写、勾选的全部内容，都会被删除，不能恢复。",
        (Lang::En, ClearText) => "Your saved answers and everything you filled in or ticked will be deleted. This cannot be undone.",
        (Lang::Zh, ClearConfirm) => "清除",
        (Lang::En, ClearConfirm) => "Clear",
        (Lang::Zh, Cancel) => "取消",
        (Lang::En, Cancel) => "Cancel",
        (Lang::Zh, ForSomeoneElse) => "您在替别人反映：下面的“您”“我”都指当事人，请按当事人的情况回答。",
        (Lang::En, ForSomeoneElse) => "You are raising this for someone else: below, “you” and “I” mean the worker concerned. Answer for them.",
        (Lang::Zh, ResultIntroElsewhere) => "根据您的回答，请按下面的说明去办。下面说的去处，不是大厅的劳动保障监察、社会保险稽查、劳动人事争议调解仲裁窗口。",
        (Lang::Zh, UrgentTitle) => "期限快到了：",
        (Lang::En, UrgentTitle) => "Deadlines close at hand:",
        (Lang::En, ResultIntroElsewhere) => "From your answers, do what the steps below say. They are not the hall's labour-security inspection, social-insurance audit or labour dispute mediation and arbitration windows.",
        (Lang::Zh, WhereToAsk) => "哪里可以咨询",
        (Lang::En, WhereToAsk) => "Where to ask",
        (Lang::Zh, Hotline) => "有疑问可以拨打12333人社服务热线咨询。",
        (Lang::En, Hotline) => "For questions, call the 12333 HR and social security hotline.",
        (Lang::Zh, ErrorSummary) => "请先改正下面的问题：",
        (Lang::En, ErrorSummary) => "Please fix the following first:",
        (Lang::Zh, Glossary) => "词语解释",
        (Lang::En, Glossary) => "What the words mean",
        (Lang::Zh, NextTitle) => "之后会怎样",
        (Lang::En, NextTitle) => "What happens next",
        (Lang::Zh, WhereTitle) => "地址、时间和电话",
        (Lang::En, WhereTitle) => "Address, hours and phone",
        (Lang::Zh, Address) => "地址",
        (Lang::En, Address) => "Address",
        (Lang::Zh, Hours) => "办公时间",
        (Lang::En, Hours) => "Opening hours",
        (Lang::Zh, Phone) => "电话",
        (Lang::En, Phone) => "Phone",
        (Lang::Zh, SourceLabel) => "信息来源",
        (Lang::En, SourceLabel) => "Source",
        (Lang::Zh, ToBeConfirmed) => "待人社局确认",
        (Lang::En, ToBeConfirmed) => "to be confirmed by the bureau",
        (Lang::Zh, SaveConsent) => "在这台手机上保存我的回答，下次打开可以接着填",
        (Lang::En, SaveConsent) => "Keep my answers on this phone so I can continue later",
        (Lang::Zh, SaveHint) => "只保存在本机浏览器里，不会上传。用别人的手机或公用电脑时请不要勾选。",
        (Lang::En, SaveHint) => "Kept only in this browser, never uploaded. Do not tick this on someone else's phone or a shared computer.",
        (Lang::Zh, SaveUnavailable) => "这个浏览器不能保存回答（例如无痕模式），关闭页面后需要重新填写。",
        (Lang::En, SaveUnavailable) => "This browser cannot keep your answers (private mode, for example): closing the page loses them.",
        (Lang::Zh, ClearData) => "清除我的数据",
        (Lang::En, ClearData) => "Clear my data",
        (Lang::Zh, Cleared) => "已清除本机保存的回答。",
        (Lang::En, Cleared) => "Your saved answers have been deleted from this device.",
        (Lang::Zh, SavedElsewhere) => "维权导办在另一个窗口里也打开了，那边保存或清除了回答。为了不互相覆盖，这个窗口已停止保存。如果要保存这个窗口里的回答，请重新勾选“在这台手机上保存我的回答”。",
        (Lang::En, SavedElsewhere) => "The guide is also open in another window, which saved or cleared the answers. So that neither overwrites the other, this window has stopped saving. To keep this window's answers instead, tick “Keep my answers on this phone” again.",
        (Lang::Zh, Wiped) => "已清除全部回答，可以重新开始。",
        (Lang::En, Wiped) => "Every answer has been cleared. You can start again.",
        (Lang::Zh, WipedAtStart) => "回到了首页：这是大厅公用设备，为保护您的隐私，已清除全部回答，可以重新开始。",
        (Lang::En, WipedAtStart) => "Back at the start: this is a shared machine, so every answer has been cleared to protect your privacy. You can start again.",
        (Lang::Zh, SaveFailed) => "这台设备没能保存您最新的回答（存储空间可能已满，或填写的内容太长），已经停止保存；之前保存过的内容还在。",
        (Lang::En, SaveFailed) => "This device could not save your latest answers (its storage may be full, or what you wrote is too long): saving has stopped; anything saved before is still there.",
        (Lang::Zh, FinishAndClear) => "结束并清除",
        (Lang::En, FinishAndClear) => "Finish and clear",
        (Lang::Zh, KioskNote) => "这是大厅公用设备，不保存任何内容。用完请点“结束并清除”。",
        (Lang::En, KioskNote) => "This is a shared hall screen and keeps nothing. When you are done, press “Finish and clear”.",
        (Lang::Zh, IdleTitle) => "您还在使用吗？",
        (Lang::En, IdleTitle) => "Are you still there?",
        (Lang::Zh, IdleContinue) => "继续使用",
        (Lang::En, IdleContinue) => "Continue",
        (Lang::Zh, IdleClearNow) => "现在清除",
        (Lang::En, IdleClearNow) => "Clear now",
        (Lang::Zh, DeviceControls) => "本机数据",
        (Lang::En, DeviceControls) => "Data on this device",
    }
}

/// The idle dialog's countdown: what happens, and in how many seconds.
pub fn idle_countdown(lang: Lang, secs: u32) -> String {
    match lang {
        Lang::Zh => format!("为保护您的隐私，{secs} 秒后将清除所有回答并回到首页。"),
        Lang::En => format!("To protect your privacy, every answer will be cleared in {secs} s and the start screen shown."),
    }
}

/// "已恢复您 2026-11-26 保存的回答。"
pub fn restored(lang: Lang, saved_on: &str) -> String {
    match lang {
        Lang::Zh => format!("已恢复您 {saved_on} 在本机保存的回答。"),
        Lang::En => format!("Your answers saved on this device on {saved_on} are back."),
    }
}

/// "第2步，共9步" / "Step 2 of 9".
pub fn progress(lang: Lang, n: usize, of: usize) -> String {
    match lang {
        Lang::Zh => format!("第{n}步，共{of}步"),
        Lang::En => format!("Step {n} of {of}"),
    }
}

/// The page title for a screen: "`<screen> · 维权导办`".
pub fn page_title(lang: Lang, screen: &str) -> String {
    format!("{screen} · {}", t(lang, Key::AppName))
}

// Punctuation is display text too: Chinese uses full-width marks, English
// its own. Components join texts only through these, so an English screen
// never shows "：" or "；" (and the Chinese one never ": ").

/// "标签：" / "Label: ".
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    }
}

/// "标签：内容" / "Label: value".
pub fn labelled(lang: Lang, label: &str, value: &str) -> String {
    format!("{label}{}{value}", colon(lang))
}

/// Whole items (answers, problems) in one line: "甲；乙" / "a; b".
pub fn items(lang: Lang, items: &[String]) -> String {
    items.join(match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    })
}

/// Short names in one line: "甲、乙" / "a, b".
pub fn names(lang: Lang, names: &[&str]) -> String {
    names.join(match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    })
}

/// Sentences read one after another: "甲。乙" / "a. b".
pub fn sentences(lang: Lang, sentences: &[String]) -> String {
    sentences.join(match lang {
        Lang::Zh => "。",
        Lang::En => ". ",
    })
}

/// A whole sentence, then another: "甲。乙。" / "A. B."
pub fn then(lang: Lang, first: &str, next: &str) -> String {
    match lang {
        Lang::Zh => format!("{first}{next}"),
        Lang::En => format!("{first} {next}"),
    }
}

/// An aside after a text: "（旁注）" / " (aside)".
pub fn aside(lang: Lang, inner: &str) -> String {
    let (open, close) = aside_marks(lang);
    format!("{open}{inner}{close}")
}

/// When a local fact was last checked, after its source: "（2026年11月26日
/// 核对）" / " (checked 2026-11-26)", or, for a fact only compiled from
/// secondary pages (not checked against an official source), "整理" /
/// "compiled". A bare date had read as the source's.
pub fn checked_on(lang: Lang, as_of: &str, checked: bool) -> String {
    let date = weiquan_core::Date::parse(as_of).ok().map(weiquan_core::documents::date_zh);
    match (lang, date) {
        (Lang::Zh, Some(d)) => aside(lang, &format!("{d}{}", if checked { "核对" } else { "整理" })),
        _ => aside(lang, &format!("{} {as_of}", if checked { "checked" } else { "compiled" })),
    }
}

/// The marks around an aside, for one built of several elements.
pub fn aside_marks(lang: Lang) -> (&'static str, &'static str) {
    match lang {
        Lang::Zh => ("（", "）"),
        Lang::En => (" (", ")"),
    }
}

/// The `lang` attribute for Chinese text inside a screen in `lang` (the
/// name and words of a law, which are never translated): none on a Chinese
/// screen, `zh-CN` on an English one, so that a screen reader reads it as
/// Chinese (WCAG 3.1.2, language of parts).
pub fn zh_part(lang: Lang) -> Option<&'static str> {
    (lang != Lang::Zh).then_some("zh-CN")
}

/// Whether `c` is written as Chinese: a Han character, or the CJK and
/// full-width punctuation typed with them (，。、（）).
fn is_zh(c: char) -> bool {
    matches!(c, '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

/// `text` cut into its runs of Chinese (`true`) and of anything else
/// (`false`), in order: English text that quotes what the person typed (a
/// name, an employer, an address) marks those runs as Chinese.
pub fn zh_runs(text: &str) -> Vec<(bool, &str)> {
    let mut runs: Vec<(bool, &str)> = Vec::new();
    let (mut start, mut prev) = (0, None);
    for (i, c) in text.char_indices() {
        let zh = is_zh(c);
        if prev.is_some_and(|p| p != zh) {
            runs.push((!zh, &text[start..i]));
            start = i;
        }
        prev = Some(zh);
    }
    if let Some(zh) = prev {
        runs.push((zh, &text[start..]));
    }
    runs
}

/// The message for a validation error key (see `FieldError::key`).
pub fn error_message(lang: Lang, key: &str) -> &'static str {
    match (lang, key) {
        (Lang::Zh, "save_corrupt") => "本机保存的回答已损坏，无法使用，已经删除。请重新填写。",
        (Lang::En, "save_corrupt") => "The answers saved on this device were damaged and have been deleted. Please answer again.",
        (Lang::Zh, "save_other_version") => "本机保存的回答来自本工具的其他版本，无法使用，已经删除。请重新填写。",
        (Lang::En, "save_other_version") => "The answers saved on this device came from another version and have been deleted. Please answer again.",
        (Lang::Zh, "problems_empty") => "请至少选一项。",
        (Lang::En, "problems_empty") => "Choose at least one.",
        (Lang::Zh, "choose_one") => "请选一个答案。",
        (Lang::En, "choose_one") => "Choose one answer.",
        (Lang::Zh, "date_format") => "日期格式不对，请按 2025-03-01 或 20250301 这样填写。",
        (Lang::En, "date_format") => "Write the date like 2025-03-01 or 20250301.",
        (Lang::Zh, "date_no_such_day") => "日历上没有这一天，请检查月份和日子。",
        (Lang::En, "date_no_such_day") => "There is no such day in the calendar; check the month and day.",
        (Lang::Zh, "date_out_of_range") => "年份不对，请检查。",
        (Lang::En, "date_out_of_range") => "The year is not right; please check it.",
        (Lang::Zh, "date_in_future") => "这个日期还没到，请检查。",
        (Lang::En, "date_in_future") => "This date is in the future; please check it.",
        (Lang::Zh, "date_before_start") => "这个日期早于开始工作的日期，请检查。",
        (Lang::En, "date_before_start") => "This date is before you started work; please check it.",
        (Lang::Zh, "signed_after_leaving") => "这个日期晚于离开单位的日期，请检查。",
        (Lang::En, "signed_after_leaving") => "This date is after your last day of work; please check it.",
        (Lang::Zh, "job_end_while_employed") => "您说还在工作，却填了离职日期。请检查。",
        (Lang::En, "job_end_while_employed") => "You said you still work there but gave a last day; please check.",
        (Lang::Zh, "employed_after_leaving") => "前面选了“被辞退、开除或被逼辞职”或“离职时没给经济补偿”，说明这份工作已经结束了。已经不在这个单位上班的，请选“已经离开了”；不是这样的，请按“上一步”回去改选遇到的问题。",
        (Lang::En, "employed_after_leaving") => "You chose “I was fired, expelled or forced to resign” or “I left and was not paid economic compensation”, so the job has ended. If you no longer work there, choose “No, I have left”; if not, go back and change the problems you chose.",
        (Lang::Zh, _) => "这一项有问题，请检查。",
        (Lang::En, _) => "Something is wrong here; please check it.",
    }
}

/// Label of a date field (`interview::DateField::key`).
/// What a date field means, when its label alone could be misread: the end
/// of a breach is not the day the person left (监察条例 第二十条 counts
/// inspection's 2 years from it, and wages still owed are a breach that goes on).
pub fn date_note(lang: Lang, field: &str) -> Option<&'static str> {
    match (lang, field) {
        (Lang::Zh, "violation_end") => Some("比如欠的钱已经付清、社保已经补缴的那天。还没改正就空着；离职不算改正。"),
        (Lang::En, "violation_end") => Some("For example, the day the money owed was paid in full or the contributions made up. Leave it blank if it has not been put right; leaving the job does not count."),
        (Lang::Zh, "contract_signed") => Some("后来补签了的，填签字那天；一直没签就空着。"),
        (Lang::En, "contract_signed") => Some("If one was signed later, the day it was signed; leave it blank if none was ever signed."),
        _ => None,
    }
}

pub fn date_label(lang: Lang, field: &str) -> &'static str {
    match (lang, field) {
        (Lang::Zh, "job_start") => "开始在这个单位工作的日期",
        (Lang::En, "job_start") => "First day of work there",
        (Lang::Zh, "job_end") => "离开这个单位的日期（最后一天）",
        (Lang::En, "job_end") => "Last day of work there",
        (Lang::Zh, "known") => "您发现问题的日期",
        (Lang::En, "known") => "When you found out about the problem",
        (Lang::Zh, "violation_end") => "单位改正问题的日期",
        (Lang::En, "violation_end") => "When the employer put it right",
        (Lang::Zh, "contract_signed") => "补签书面劳动合同的日期",
        (Lang::En, "contract_signed") => "Day a written contract was signed",
        (Lang::Zh, "injury") => "受伤或确诊职业病的日期",
        (Lang::En, "injury") => "Day of the injury or diagnosis",
        (Lang::Zh, "award_received") => "收到仲裁裁决书的日期",
        (Lang::En, "award_received") => "Day you received the arbitration award",
        (Lang::Zh, _) => "日期",
        (Lang::En, _) => "Date",
    }
}

pub fn question(lang: Lang, fact: FactId) -> String {
    text_or_key(lang, &format!("fact.{}", fact.key()))
}

pub fn answer(lang: Lang, fact: FactId, value: &str) -> String {
    text_or_key(lang, &format!("fact.{}.{value}", fact.key()))
}

pub fn problem(lang: Lang, p: Problem) -> String {
    answer(lang, FactId::Problem, p.key())
}

pub fn outcome(lang: Lang, o: Outcome) -> String {
    text_or_key(lang, &format!("outcome.{}", o.key()))
}

pub fn purpose(lang: Lang, p: Purpose) -> String {
    text_or_key(lang, &format!("purpose.{}", p.key()))
}

/// Steps by number: "第1、2步" / "step 1", "steps 1 and 2", "steps 1, 2 and 3".
pub fn steps(lang: Lang, ns: &[usize]) -> String {
    let all: Vec<String> = ns.iter().map(|n| n.to_string()).collect();
    match (lang, &all[..]) {
        (Lang::Zh, _) => format!("第{}步", all.join("、")),
        (Lang::En, [head @ .., last]) if !head.is_empty() => format!("steps {} and {last}", head.join(", ")),
        (Lang::En, _) => format!("step {}", all.join("")),
    }
}

/// "Do step 1 first" for a step's dependencies.
pub fn after_steps(lang: Lang, after: &[usize]) -> String {
    match lang {
        Lang::Zh => format!("先办完{}", steps(lang, after)),
        Lang::En => format!("After {}", steps(lang, after)),
    }
}

/// A limit that presses, at the top of the result: its name, the steps
/// that show it and its words (`limit_state`).
pub fn urgent(lang: Lang, title: &str, at: &[usize], words: &str) -> String {
    match lang {
        Lang::Zh => format!("{title}（{}）：{words}", steps(lang, at)),
        Lang::En => format!("{title} ({}): {words}", steps(lang, at)),
    }
}

/// A time limit in words.
pub fn limit_state(lang: Lang, state: &str, last_day: Option<String>, days_left: Option<i32>) -> String {
    match (lang, state, last_day, days_left) {
        // What may still help follows from the limit (`limit.<id>.passed`).
        (Lang::Zh, "passed", Some(d), _) => format!("最后一天是 {d}，已经过了。"),
        (Lang::En, "passed", Some(d), _) => format!("The last day was {d}; it has passed."),
        (Lang::Zh, "near", Some(d), Some(0)) => format!("今天 {d} 就是最后一天！"),
        (Lang::En, "near", Some(d), Some(0)) => format!("Today, {d}, is the last day!"),
        (Lang::Zh, "near", Some(d), Some(n)) => format!("最后一天是 {d}，只剩 {n} 天，请尽快办理！"),
        (Lang::En, "near", Some(d), Some(1)) => format!("The last day is {d}: only 1 day left. Act soon!"),
        (Lang::En, "near", Some(d), Some(n)) => format!("The last day is {d}: only {n} days left. Act soon!"),
        (Lang::Zh, "open", Some(d), Some(n)) => format!("最后一天是 {d}，还剩 {n} 天。"),
        (Lang::En, "open", Some(d), Some(n)) => format!("The last day is {d}: {n} days left."),
        (Lang::Zh, "not_running", _, _) => "问题还在继续，期限还没有开始算。".into(),
        (Lang::En, "not_running", _, _) => "The problem is still going on, so the time limit has not started.".into(),
        (Lang::Zh, "accruing", _, _) => "另一倍工资还在按月累计，没有一个统一的最后一天：较早月份的可能先过时效，请尽早申请。".into(),
        (Lang::En, "accruing", _, _) => "The extra wage is still adding up month by month, so there is no single last day: the earliest months may run out first. Apply early.".into(),
        (Lang::Zh, "no_limit_while_employed", _, _) => "在职期间被拖欠的工资（包括加班费）不受1年期限限制；离职后要在1年内申请。".into(),
        (Lang::En, "no_limit_while_employed", _, _) => "Unpaid pay (overtime pay included) while you still work there is not time-barred; after you leave, apply within 1 year.".into(),
        (Lang::Zh, "after_recognition", _, _) => "认定工伤以前不会开始算（凭工伤认定决定才能享受工伤待遇，河南省工伤保险条例第三十四条）：认定以后，单位不按规定给工伤待遇的，从您知道单位不给的那天起1年内申请仲裁，请尽早。".into(),
        (Lang::En, "after_recognition", _, _) => "It does not start before the injury is recognised (benefits are paid on the recognition decision, Henan Work Injury Insurance Regulations art. 34): once it is, if the employer does not give the injury benefits due, apply for arbitration within 1 year of learning that it will not; do not wait.".into(),
        (Lang::Zh, _, _, _) => "没有填日期，算不出最后一天。请尽早办理。".into(),
        (Lang::En, _, _, _) => "No date was given, so the last day cannot be worked out. Act early.".into(),
    }
}

/// A term explained in place. Each explanation rests on the clause named.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Term {
    LabourRelationship,
    Inspection,
    Audit,
    Arbitration,
    EconomicCompensation,
    InjuryRecognition,
    Dispatch,
}

impl Term {
    pub const ALL: [Term; 7] = [
        Term::LabourRelationship,
        Term::Inspection,
        Term::Audit,
        Term::Arbitration,
        Term::EconomicCompensation,
        Term::InjuryRecognition,
        Term::Dispatch,
    ];
}

/// (term, explanation) in `lang`.
pub fn glossary(lang: Lang, term: Term) -> (&'static str, &'static str) {
    use Term::*;
    match (lang, term) {
        (Lang::Zh, LabourRelationship) => ("劳动关系", "您为单位干活、受单位管理、由单位发工资，就是劳动关系。没签书面合同，也可能已经形成劳动关系（最高人民法院劳动争议解释（一）第一条）。"),
        (Lang::En, LabourRelationship) => ("Labour relationship", "You work for an organisation, under its management, and it pays you. A labour relationship can exist without a written contract (SPC interpretation (I) art. 1)."),
        (Lang::Zh, Inspection) => ("劳动保障监察", "人社部门检查单位是否遵守劳动法（劳动保障监察条例第十一条），发现违法可以责令改正、处罚（第十八条）。"),
        (Lang::En, Inspection) => ("Labour-security inspection", "The HR and social security department checks whether employers obey labour law (Labour Security Inspection Regulations art. 11) and can order them to correct breaches and penalise them (art. 18)."),
        (Lang::Zh, Audit) => ("社会保险稽查", "检查单位是否按规定缴纳社会保险费，查处骗取社会保险基金的行为（郑人社〔2016〕19号 二（三））。"),
        (Lang::En, Audit) => ("Social-insurance audit", "Checks that employers pay social insurance contributions as required, and deals with fraud against the fund (Zhengzhou HRSS [2016] No. 19, II(3))."),
        (Lang::Zh, Arbitration) => ("劳动人事争议调解仲裁", "劳动人事争议仲裁委员会对您和单位之间的争议作出裁决。仲裁不收费（劳动争议调解仲裁法第五十三条）。"),
        (Lang::En, Arbitration) => ("Labour dispute mediation and arbitration", "The labour dispute arbitration commission decides a dispute between you and the employer. Arbitration is free (Labour Dispute Mediation and Arbitration Law art. 53)."),
        (Lang::Zh, EconomicCompensation) => ("经济补偿", "在法律列出的情形下（如单位提出协商解除、单位不是因为您的过错辞退您、因单位欠薪等过错您辞职），合同结束时单位按您在本单位的工作年限付的钱：每满一年付一个月工资，六个月以上不满一年按一年算，不满六个月付半个月。自己提出辞职的一般没有（劳动合同法第四十六条、第四十七条）。"),
        (Lang::En, EconomicCompensation) => ("Economic compensation", "When a contract ends in one of the cases the law lists (for example, the employer proposed ending it and you agreed, it dismissed you for reasons that were not your fault, or you quit because it did not pay you), the employer pays by years of service: one month's wage per full year; six months or more count as a year, less than six months as half a month. Resigning of your own accord usually earns none (Labour Contract Law arts. 46, 47)."),
        (Lang::Zh, InjuryRecognition) => ("工伤认定", "由社会保险行政部门认定您的受伤是不是工伤（工伤保险条例第十七条、第二十条）。凭工伤认定决定（有残疾的还要劳动能力鉴定结论）才能享受工伤保险待遇（河南省工伤保险条例第三十四条）。"),
        (Lang::En, InjuryRecognition) => ("Work-injury recognition", "The social insurance administration decides whether your injury is a work injury (Work Injury Insurance Regulations arts. 17, 20). Work-injury benefits are paid on that decision (and, if you are left disabled, on the work-ability assessment) (Henan Work Injury Insurance Regulations art. 34)."),
        (Lang::Zh, Dispatch) => ("劳务派遣", "您和派遣公司签合同，却被派到另一家单位干活。发生争议时，两家都是当事人（劳动争议调解仲裁法第二十二条）。"),
        (Lang::En, Dispatch) => ("Labour dispatch", "You have a contract with an agency but are sent to work for another company. In a dispute both are parties (Labour Dispute Mediation and Arbitration Law art. 22)."),
    }
}

/// The terms worth explaining beside a question.
pub fn terms_for(fact: FactId) -> &'static [Term] {
    match fact {
        FactId::Problem => &[Term::EconomicCompensation, Term::LabourRelationship],
        FactId::Relationship => &[Term::LabourRelationship],
        FactId::Want => &[Term::Inspection, Term::Arbitration],
        FactId::InjuryRecognised => &[Term::InjuryRecognition],
        FactId::Dispatch => &[Term::Dispatch],
        FactId::PriorDecision => &[Term::Arbitration, Term::Inspection],
        _ => &[],
    }
}

/// The terms that explain an outcome.
pub fn terms_for_outcome(o: Outcome) -> &'static [Term] {
    match o {
        Outcome::Inspection | Outcome::PoliceViaInspection => &[Term::Inspection],
        Outcome::Audit => &[Term::Audit],
        Outcome::Arbitration => &[Term::Arbitration],
        Outcome::InjuryRecognition => &[Term::InjuryRecognition],
        _ => &[],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zh_runs_split_chinese_from_the_rest() {
        assert_eq!(
            zh_runs("I, 张三（ID 4101）, worked at 郑州某某公司."),
            [(false, "I, "), (true, "张三（"), (false, "ID 4101"), (true, "）"), (false, ", worked at "), (true, "郑州某某公司"), (false, ".")]
        );
        assert_eq!(zh_runs("中文"), [(true, "中文")]);
        assert_eq!(zh_runs("English"), [(false, "English")]);
        assert!(zh_runs("").is_empty());
    }

    const KEYS: [Key; 64] = [
        Key::ToBeConfirmed,
        Key::ResultIntroElsewhere,
        Key::WhereToAsk,
        Key::ForSomeoneElse,
        Key::NextTitle,
        Key::WhereTitle,
        Key::Address,
        Key::Hours,
        Key::Phone,
        Key::SourceLabel,
        Key::AppName,
        Key::StartTitle,
        Key::Tagline,
        Key::Privacy,
        Key::Start,
        Key::Next,
        Key::Back,
        Key::SwitchLanguage,
        Key::ReadAloud,
        Key::NoVoice,
        Key::Speaking,
        Key::DatesTitle,
        Key::DatesHint,
        Key::DateFormatHint,
        Key::ReviewTitle,
        Key::ReviewHint,
        Key::Change,
        Key::NotAnswered,
        Key::SeeResult,
        Key::ResultTitle,
        Key::ResultIntro,
        Key::StepsTitle,
        Key::WhyTitle,
        Key::BasisTitle,
        Key::NotesTitle,
        Key::BringTitle,
        Key::StartOver,
        Key::Hotline,
        Key::ErrorSummary,
        Key::Glossary,
        Key::SaveConsent,
        Key::SaveHint,
        Key::SaveUnavailable,
        Key::ClearData,
        Key::Cleared,
        Key::Wiped,
        Key::WipedAtStart,
        Key::SavedElsewhere,
        Key::SaveFailed,
        Key::FinishAndClear,
        Key::KioskNote,
        Key::IdleTitle,
        Key::IdleContinue,
        Key::IdleClearNow,
        Key::DeviceControls,
        Key::PrivacyKiosk,
        Key::PrivacyEmbed,
        Key::RestartTitle,
        Key::RestartText,
        Key::RestartConfirm,
        Key::ClearTitle,
        Key::ClearText,
        Key::ClearConfirm,
        Key::Cancel,
    ];

    #[test]
    fn every_key_has_a_different_text_in_each_language() {
        for key in KEYS {
            let (zh, en) = (t(Lang::Zh, key), t(Lang::En, key));
            assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{key:?}");
            assert_ne!(zh, en, "{key:?} is not translated");
        }
    }

    /// As in the core's texts (`weiquan_core::rules` tests): the bodies are
    /// called by their headings' names in the running text too.
    #[test]
    fn english_texts_name_the_bodies_as_their_headings_do() {
        let texts = KEYS.iter().map(|&k| t(Lang::En, k)).chain(Term::ALL.iter().map(|&term| glossary(Lang::En, term).1));
        for en in texts {
            let lower = en.to_lowercase();
            for other in ["labour inspection", "social insurance audit"] {
                assert!(!lower.contains(other), "\"{other}\" in {en}");
            }
        }
    }

    #[test]
    fn every_validation_error_of_the_core_has_its_own_message() {
        let generic = error_message(Lang::Zh, "no_such_key");
        for key in [
            "problems_empty",
            "choose_one",
            "date_format",
            "date_no_such_day",
            "date_out_of_range",
            "date_in_future",
            "date_before_start",
            "signed_after_leaving",
            "job_end_while_employed",
            "save_corrupt",
            "save_other_version",
        ] {
            for lang in Lang::ALL {
                assert_ne!(error_message(lang, key), error_message(lang, "no_such_key"), "{key}");
            }
            assert_ne!(error_message(Lang::Zh, key), generic);
        }
    }

    #[test]
    fn every_date_field_has_a_label() {
        for f in weiquan_core::interview::DateField::ALL {
            for lang in Lang::ALL {
                assert_ne!(date_label(lang, f.key()), date_label(lang, "no_such_field"));
            }
        }
    }

    #[test]
    fn limits_read_differently_on_the_last_day_and_after() {
        let today = limit_state(Lang::Zh, "near", Some("2026-11-26".into()), Some(0));
        let after = limit_state(Lang::Zh, "passed", Some("2026-11-26".into()), Some(-1));
        assert!(today.contains("今天") && today.contains("最后一天"), "{today}");
        assert!(after.contains("已经过了"), "{after}");
        assert_eq!(after_steps(Lang::En, &[2]), "After step 2");
        assert_eq!(after_steps(Lang::En, &[1, 2]), "After steps 1 and 2");
        assert_eq!(after_steps(Lang::En, &[1, 2, 3]), "After steps 1, 2 and 3");
        assert_eq!(after_steps(Lang::Zh, &[1, 2]), "先办完第1、2步");
        // A place's date: checked against an official source, or compiled.
        assert_eq!(checked_on(Lang::Zh, "2026-11-26", true), "（2026年11月26日核对）");
        assert_eq!(checked_on(Lang::Zh, "2026-11-26", false), "（2026年11月26日整理）");
        assert_eq!(checked_on(Lang::En, "2026-11-26", false), " (compiled 2026-11-26)");
        let one = limit_state(Lang::En, "near", Some("2026-11-27".into()), Some(1));
        assert!(one.contains("only 1 day left"), "{one}");
        let two = limit_state(Lang::En, "near", Some("2026-11-28".into()), Some(2));
        assert!(two.contains("only 2 days left"), "{two}");
    }
}
