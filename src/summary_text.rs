//! Every display string of the complaint summary (issue 6), in Chinese and
//! English: headings, field labels and hints, buttons, statuses and the
//! messages for the form's validation keys. The documents themselves are
//! composed in the core (`weiquan_core::documents`) and stay Chinese.

use crate::text::Lang;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SKey {
    Title,
    Intro,
    OpenSummary,
    PrintPlan,
    PersonLegend,
    /// …when the person reports for someone else: their own details, not
    /// the worker's (the questions' "您" meant the worker).
    PersonLegendReporter,
    EmployerLegend,
    AgencyLegend,
    UserUnitLegend,
    RespondentLegend,
    AddRespondent,
    RemoveRespondent,
    MoneyLegend,
    MoneyHint,
    MoneyHintReport,
    ClaimsTitle,
    WorkingTitle,
    AmountPending,
    NothingOwed,
    MissingInputs,
    FinalAwardUnder,
    FinalAwardOver,
    OtherClaimsLegend,
    AddClaim,
    RemoveClaim,
    EvidenceLegend,
    EvidenceHint,
    AddEvidence,
    RemoveEvidence,
    WitnessLegend,
    WorkersLegend,
    WorkersHint,
    ChildLegend,
    ChildHint,
    ChildLabel,
    AddWitness,
    RemoveWitness,
    FactsTitle,
    FactsHint,
    FactsReset,
    ReadingAid,
    ReadingAidEdited,
    DocNotes,
    FactsStale,
    EndOfJobHint,
    EndOfJobOther,
    Check,
    CheckOk,
    ErrorSummary,
    DocumentsTitle,
    DocumentsHint,
    OutputTitle,
    Print,
    Copy,
    DownloadTxt,
    DownloadJson,
    Copied,
    CopyFailed,
    Downloaded,
    NotPrinted,
    NotCopied,
    Printed,
    KioskOutput,
    QrTitle,
    QrLabel,
    QrHint,
    QrShow,
    QrHide,
    QrReduced,
    QrTooLarge,
    SexUnset,
    SexMale,
    SexFemale,
    RemedyHint,
    RemedyDamages,
    RemedyReinstate,
    RemedyQuitForCause,
    RemedyCompensation,
    InterviewDate,
    Optional,
    NoDocuments,
}

impl SKey {
    /// The choice that names `r` on the form.
    pub fn remedy(r: weiquan_core::details::DismissalRemedy) -> SKey {
        use weiquan_core::details::DismissalRemedy::*;
        match r {
            Damages => SKey::RemedyDamages,
            Reinstate => SKey::RemedyReinstate,
            QuitForCause => SKey::RemedyQuitForCause,
            Compensation => SKey::RemedyCompensation,
        }
    }
}

pub fn st(lang: Lang, key: SKey) -> &'static str {
    use SKey::*;
    match (lang, key) {
        (Lang::Zh, Title) => "准备材料：投诉、举报和仲裁申请",
        (Lang::En, Title) => "Prepare your papers: complaint, report, arbitration application",
        (Lang::Zh, Intro) => "根据您的回答，我们已经替您起草了要交给各窗口的材料。请补充下面的信息，检查后打印带去大厅。",
        (Lang::En, Intro) => "From your answers we have drafted the papers for each window. Add the details below, check them, then print and bring them to the hall. The papers stay in Chinese, as the hall needs them.",
        (Lang::Zh, OpenSummary) => "准备投诉、仲裁材料",
        (Lang::En, OpenSummary) => "Prepare my papers",
        (Lang::Zh, PrintPlan) => "打印这份办理指引",
        (Lang::En, PrintPlan) => "Print this guidance",
        (Lang::Zh, PersonLegend) => "您的信息",
        (Lang::En, PersonLegend) => "About you",
        (Lang::Zh, PersonLegendReporter) => "您本人（反映人）的信息",
        (Lang::En, PersonLegendReporter) => "About you (the person reporting)",
        (Lang::Zh, EmployerLegend) => "用人单位",
        (Lang::En, EmployerLegend) => "The employer",
        (Lang::Zh, AgencyLegend) => "劳务派遣单位（和您签合同的公司）",
        (Lang::En, AgencyLegend) => "The dispatch agency (the company you signed with)",
        (Lang::Zh, UserUnitLegend) => "用工单位（您实际工作的地方）",
        (Lang::En, UserUnitLegend) => "The user unit (where you actually work)",
        (Lang::Zh, RespondentLegend) => "另一个单位",
        (Lang::En, RespondentLegend) => "Another employer",
        (Lang::Zh, AddRespondent) => "再加一个单位",
        (Lang::En, AddRespondent) => "Add another employer",
        (Lang::Zh, RemoveRespondent) => "删除这个单位",
        (Lang::En, RemoveRespondent) => "Remove this employer",
        (Lang::Zh, MoneyLegend) => "算一算应得的钱",
        (Lang::En, MoneyLegend) => "Work out the money owed",
        (Lang::Zh, MoneyHint) => "填上工资和日期，下面会自动算出金额并列出算法。不清楚的可以空着。",
        (Lang::En, MoneyHint) => "Give your wage and dates and the amounts are worked out below, with the working. Leave blank what you do not know.",
        (Lang::Zh, MoneyHintReport) => "替别人反映时，工资和日期按一名职工填，算出的是这一人的金额；涉及多名职工的，请在“被拖欠的工资总额”里填所有人合计。不清楚的可以空着。",
        (Lang::En, MoneyHintReport) => "Reporting for others, a wage and dates work out one worker's amounts; for several workers, put everyone's total under “Total wages owed”. Leave blank what you do not know.",
        (Lang::Zh, ClaimsTitle) => "请求事项和金额",
        (Lang::En, ClaimsTitle) => "What you ask for, and how much",
        (Lang::Zh, WorkingTitle) => "怎么算的",
        (Lang::En, WorkingTitle) => "How it was worked out",
        (Lang::Zh, AmountPending) => "金额待核算",
        (Lang::En, AmountPending) => "Amount still to be worked out",
        (Lang::Zh, NothingOwed) => "按您填写的情况算，这一项没有应付的钱，所以没有写进文书。",
        (Lang::En, NothingOwed) => "From what you entered, nothing is owed for this, so it is not on the paper.",
        (Lang::Zh, MissingInputs) => "要算出金额，还需要填写",
        (Lang::En, MissingInputs) => "To work out the amount, also fill in",
        (Lang::Zh, FinalAwardUnder) => "不超过当地月最低工资标准12个月的金额，仲裁裁决可能是终局裁决（单位不能再起诉）。",
        (Lang::En, FinalAwardUnder) => "Not more than 12 months of the local minimum wage: the arbitration award may be final (the employer cannot take it to court).",
        (Lang::Zh, FinalAwardOver) => "要求的金额超过当地月最低工资标准12个月的金额；裁决的数额也超过的，不是终局裁决（单位不服可以起诉）。",
        (Lang::En, FinalAwardOver) => "The claim is more than 12 months of the local minimum wage; if the amount awarded is too, the award is not final (the employer can take it to court).",
        (Lang::Zh, OtherClaimsLegend) => "其他请求（可选）",
        (Lang::En, OtherClaimsLegend) => "Other claims (optional)",
        (Lang::Zh, AddClaim) => "再加一项请求",
        (Lang::En, AddClaim) => "Add a claim",
        (Lang::Zh, RemoveClaim) => "删除这项请求",
        (Lang::En, RemoveClaim) => "Remove this claim",
        (Lang::Zh, EvidenceLegend) => "证据和证据来源",
        (Lang::En, EvidenceLegend) => "Evidence and where it comes from",
        (Lang::Zh, EvidenceHint) => "例如：工资条——本人持有；考勤记录——单位持有。",
        (Lang::En, EvidenceHint) => "For example: pay slips (you have them); attendance records (the employer has them).",
        (Lang::Zh, AddEvidence) => "再加一项证据",
        (Lang::En, AddEvidence) => "Add evidence",
        (Lang::Zh, RemoveEvidence) => "删除这项证据",
        (Lang::En, RemoveEvidence) => "Remove this evidence",
        (Lang::Zh, WitnessLegend) => "证人（可选）",
        (Lang::En, WitnessLegend) => "Witnesses (optional)",
        (Lang::Zh, WorkersLegend) => "涉及的职工（可选）",
        (Lang::En, WorkersLegend) => "Workers concerned (optional)",
        (Lang::Zh, WorkersHint) => "写上受侵害职工的姓名和电话；不知道的，写大约多少人。这一项印在举报书上。",
        (Lang::En, WorkersHint) => "The names and phone numbers of the workers whose rights are at stake, or about how many if you do not know. It is printed on the report.",
        (Lang::Zh, ChildLegend) => "受伤的童工（可选）",
        (Lang::En, ChildLegend) => "The injured child (optional)",
        (Lang::Zh, ChildHint) => "写上孩子的姓名、出生日期和您与孩子的关系，例如“张小明，2011年3月5日出生，儿子”。这一项印在举报书和仲裁申请书上。",
        (Lang::En, ChildHint) => "The child's name, date of birth and how you are related, for example “Zhang Xiaoming, born 5 March 2011, son” (in Chinese). It is printed on the report and on the arbitration application.",
        (Lang::Zh, ChildLabel) => "孩子的姓名、出生日期、与您的关系",
        (Lang::En, ChildLabel) => "Child's name, date of birth, relation to you",
        (Lang::Zh, AddWitness) => "再加一位证人",
        (Lang::En, AddWitness) => "Add a witness",
        (Lang::Zh, RemoveWitness) => "删除这位证人",
        (Lang::En, RemoveWitness) => "Remove this witness",
        (Lang::Zh, FactsTitle) => "事实和理由",
        (Lang::En, FactsTitle) => "Facts and reasons (in Chinese)",
        // The limit said where it can be reached (details::MAX_FACTS; a test checks they agree).
        (Lang::Zh, FactsHint) => "已根据您的回答写好，您可以直接修改（最多8000字）。只印在这一份材料上。",
        (Lang::En, FactsHint) => "Written from your answers; you can change it (at most 8000 characters). It goes on this paper only, in Chinese.",
        (Lang::Zh, FactsReset) => "恢复自动生成的文字",
        (Lang::En, FactsReset) => "Go back to the generated text",
        (Lang::Zh, ReadingAid) => "英文对照（只供阅读，不会打印）",
        (Lang::En, ReadingAid) => "English reading aid (not printed)",
        (Lang::Zh, ReadingAidEdited) => "您改过中文内容；这里的英文对照的是自动生成的原文。",
        (Lang::En, ReadingAidEdited) => "You changed the Chinese text; this reading aid is of the generated text.",
        (Lang::Zh, EndOfJobHint) => "选了的，申请书会写明合同是怎样结束的。",
        (Lang::En, EndOfJobHint) => "If one fits, the application says how the contract ended.",
        (Lang::Zh, EndOfJobOther) => "都不是或不清楚（比如合同到期单位不续签）：在“事实和理由”里写明",
        (Lang::En, EndOfJobOther) => "Neither, or not sure (for example, a fixed-term contract the employer did not renew): say how under “Facts and reasons”",
        (Lang::Zh, FactsStale) => "您改过这段文字以后，又改了上面的内容：自动生成的文字已经不同，您改过的这段没有跟着变。请核对其中的金额、日期，或点“恢复自动生成的文字”。",
        (Lang::En, FactsStale) => "Since you changed this text, you changed the form above: the generated text is now different, and yours has not followed. Check its amounts and dates, or “Go back to the generated text”.",
        (Lang::Zh, DocNotes) => "下面这份材料的提示",
        (Lang::En, DocNotes) => "Notes on the paper below (printed in Chinese only)",
        (Lang::Zh, Check) => "检查填写内容",
        (Lang::En, Check) => "Check what I filled in",
        (Lang::Zh, CheckOk) => "已检查，没有发现问题。没填的可选项，纸上留有横线，可以手写补上。",
        (Lang::En, CheckOk) => "Checked: no problems found. Optional items left empty print as lines to fill in by hand.",
        (Lang::Zh, ErrorSummary) => "有几处需要修改：",
        (Lang::En, ErrorSummary) => "Some things need fixing:",
        (Lang::Zh, DocumentsTitle) => "要交的材料",
        (Lang::En, DocumentsTitle) => "The papers to hand in",
        (Lang::Zh, DocumentsHint) => "每个窗口一份；仲裁申请书按要交的份数打印（正本1份，每个被申请人再加1份副本）。打印时每份从新的一页开始。",
        (Lang::En, DocumentsHint) => "One for each window, in Chinese as the hall needs them; the arbitration application prints as many times as it must be handed in (the original and a copy for each respondent). Each starts on a new page when printed.",
        (Lang::Zh, OutputTitle) => "打印或保存",
        (Lang::En, OutputTitle) => "Print or save",
        (Lang::Zh, Print) => "打印",
        (Lang::En, Print) => "Print",
        (Lang::Zh, Copy) => "复制文字",
        (Lang::En, Copy) => "Copy the text",
        (Lang::Zh, DownloadTxt) => "下载文本（.txt）",
        (Lang::En, DownloadTxt) => "Download text (.txt)",
        (Lang::Zh, DownloadJson) => "下载数据（.json）",
        (Lang::En, DownloadJson) => "Download data (.json)",
        (Lang::Zh, Copied) => "已复制到剪贴板。",
        (Lang::En, Copied) => "Copied to the clipboard.",
        (Lang::Zh, CopyFailed) => "这里没能复制（浏览器或网页不允许），请改用下载或打印。",
        (Lang::En, CopyFailed) => "Copying did not work here (the browser or the page does not allow it); please download or print instead.",
        (Lang::Zh, Downloaded) => "文件已开始下载。",
        (Lang::En, Downloaded) => "The file is downloading.",
        (Lang::Zh, NotCopied) => "有填错的内容，还没有复制或下载：请先改正上面列出的几项。不知道的可以清空，空着的项是一条横线，可以手写。",
        (Lang::En, NotCopied) => "Something typed is wrong, so nothing was copied or downloaded: please correct what is listed at the top. If you do not know it, clear it: a blank is a line to write on by hand.",
        (Lang::Zh, NotPrinted) => "有填错的内容，还没有打印：请先改正上面列出的几项。不知道的可以清空，空着的项打印出来是一条横线，可以手写。",
        (Lang::En, NotPrinted) => "Something typed is wrong, so nothing was printed: please correct what is listed at the top. If you do not know it, clear it: a blank prints as a line to write on by hand.",
        (Lang::Zh, Printed) => "已送去打印，请到打印机取走您的材料。",
        (Lang::En, Printed) => "Sent to the printer: please collect your papers from it.",
        (Lang::Zh, KioskOutput) => "在大厅的自助机上，请打印材料带走；为保护您的信息，这里不提供下载和复制。",
        (Lang::En, KioskOutput) => "On the hall's kiosk, please print your papers; to protect your data, downloads and copying are not offered here.",
        (Lang::Zh, QrTitle) => "给窗口工作人员扫描的二维码",
        (Lang::En, QrTitle) => "QR code for the window staff",
        (Lang::Zh, QrLabel) => "二维码：包含您的身份信息、单位信息和请求事项",
        (Lang::En, QrLabel) => "QR code with your identity, the employer and your claims",
        (Lang::Zh, QrHint) => "工作人员扫码即可录入，不用重新打字。码里有您的身份证号和电话，到了窗口再显示。",
        (Lang::En, QrHint) => "Staff scan it to enter your case without retyping. It holds your ID number and phone: only show it once you are at the window.",
        (Lang::Zh, QrShow) => "显示二维码",
        (Lang::En, QrShow) => "Show the QR code",
        (Lang::Zh, QrHide) => "收起二维码",
        (Lang::En, QrHide) => "Hide the QR code",
        (Lang::Zh, QrReduced) => "内容太多，二维码里只有身份、单位和请求金额；完整文字在打印的材料上。",
        (Lang::En, QrReduced) => "There is too much for one code: it holds identity, employer and claims only; the full text is on the printed page.",
        (Lang::Zh, QrTooLarge) => "内容太多，无法生成二维码；请把打印的材料交给工作人员。",
        (Lang::En, QrTooLarge) => "Too much for a QR code; please hand the printed papers to the staff.",
        (Lang::Zh, SexUnset) => "按身份证号码",
        (Lang::En, SexUnset) => "As on the ID number",
        (Lang::Zh, SexMale) => "男",
        (Lang::En, SexMale) => "Male",
        (Lang::Zh, SexFemale) => "女",
        (Lang::En, SexFemale) => "Female",
        (Lang::Zh, RemedyHint) => "辞退合不合法，由单位负责拿出证据（最高人民法院劳动争议解释（一）第四十四条）。不确定选哪一项的，可以先到窗口或拨打12333问清楚再选。",
        (Lang::En, RemedyHint) => "Whether a dismissal was lawful is for the employer to prove (SPC interpretation (I) art. 44). If you are not sure which to choose, ask at the window or call 12333 first.",
        (Lang::Zh, RemedyDamages) => "单位违法辞退了我（没有法定理由或没按规定程序）：要求赔偿金（经济补偿的二倍）",
        (Lang::En, RemedyDamages) => "The employer dismissed me unlawfully (no lawful reason, or not by the required steps): damages (twice the economic compensation)",
        (Lang::Zh, RemedyReinstate) => "单位违法辞退了我：要求继续履行劳动合同（回去上班）",
        (Lang::En, RemedyReinstate) => "The employer dismissed me unlawfully: continue the contract (go back to work)",
        (Lang::Zh, RemedyCompensation) => "单位按规定辞退或裁员，但没给经济补偿：要求经济补偿",
        (Lang::En, RemedyCompensation) => "I was dismissed or laid off lawfully but not paid economic compensation: economic compensation",
        (Lang::Zh, RemedyQuitForCause) => "单位欠薪、不缴社保等，我被迫辞职：要求经济补偿",
        (Lang::En, RemedyQuitForCause) => "I had to quit because the employer did not pay wages or social insurance: economic compensation",
        (Lang::Zh, InterviewDate) => "空着就用您前面填的日期",
        (Lang::En, InterviewDate) => "If blank, the date you gave earlier",
        (Lang::Zh, Optional) => "（可选）",
        (Lang::En, Optional) => " (optional)",
        (Lang::Zh, NoDocuments) => "您的情况不需要向这三个机构提交书面材料，请按上一页的指引办理。",
        (Lang::En, NoDocuments) => "Your case needs no papers for these three bodies; follow the guidance on the previous page.",
    }
}

/// Under a job date typed on the form that is not the interview's (`asked`,
/// `None` when the interview has none): the papers use it, the result's
/// limits were counted from the interview's answers.
pub fn date_unlike_interview(lang: Lang, asked: Option<weiquan_core::Date>) -> String {
    match (lang, asked) {
        (Lang::Zh, Some(x)) => format!("前面回答的是 {x}。材料按这里填的日期写，但上一页的期限是按前面的回答算的；如果这里的才对，请回到“请核对您的回答”把前面的回答改过来，期限会重新计算。"),
        (Lang::Zh, None) => "前面的回答里没有这个日期，上一页的期限没有按它算；如果这里填的对，请回到“请核对您的回答”把前面的回答改过来，期限会重新计算。".into(),
        (Lang::En, Some(x)) => format!("Earlier you answered {x}. The papers use the date here, but the time limits on the previous page were counted from your earlier answers; if this one is right, go back to “Check your answers” and change them there, and the limits are counted again."),
        (Lang::En, None) => "Your earlier answers do not have this date, so the time limits on the previous page were not counted from it; if it is right, go back to “Check your answers” and change them there, and the limits are counted again.".into(),
    }
}

/// The label of a form field by its last path segment (`person.name` →
/// "姓名"); list indexes do not matter.
pub fn field_label(lang: Lang, path: &str) -> &'static str {
    let name = path.rsplit('.').next().unwrap_or(path);
    let group = path.split(['.', '[']).next().unwrap_or("");
    match (lang, group, name) {
        (Lang::Zh, "person", "name") => "姓名",
        (Lang::En, "person", "name") => "Full name",
        (Lang::Zh, _, "sex") => "性别",
        (Lang::En, _, "sex") => "Sex",
        (Lang::Zh, _, "birth_date") => "出生日期",
        (Lang::En, _, "birth_date") => "Date of birth",
        (Lang::Zh, _, "id_number") => "公民身份号码（18位）",
        (Lang::En, _, "id_number") => "Resident ID number (18 characters)",
        (Lang::Zh, _, "phone") => "联系电话",
        (Lang::En, _, "phone") => "Phone number",
        (Lang::Zh, "person", "address") => "住址（收文件的地址）",
        (Lang::En, "person", "address") => "Your address (for letters)",
        (Lang::Zh, _, "occupation") => "职业或岗位",
        (Lang::En, _, "occupation") => "Job or occupation",
        (Lang::Zh, "employers", "name") => "单位全称（营业执照上的名称）",
        (Lang::En, "employers", "name") => "Registered name (as on the business licence)",
        (Lang::Zh, "employers", "address") => "单位地址",
        (Lang::En, "employers", "address") => "Employer's address",
        (Lang::Zh, _, "legal_rep") => "法定代表人或负责人",
        (Lang::En, _, "legal_rep") => "Legal representative or person in charge",
        (Lang::Zh, _, "legal_rep_title") => "其职务",
        (Lang::En, _, "legal_rep_title") => "Their title",
        (Lang::Zh, _, "credit_code") => "统一社会信用代码（18位，知道就填）",
        (Lang::En, _, "credit_code") => "Unified social credit code (18 characters, if known)",
        // 劳动合同法 第四十七条: compensation and damages count the average
        // of the 12 months before the contract ended.
        (Lang::Zh, _, "monthly_wage") => "月工资（元，税前应发；已离职的，填离职前12个月的平均应得工资，含奖金、津贴）",
        (Lang::En, _, "monthly_wage") => {
            "Monthly wage (yuan, gross, as due; if you have left, the average due over your last 12 months, bonuses and allowances included)"
        }
        (Lang::Zh, _, "job_start") => "入职日期",
        (Lang::En, _, "job_start") => "First day of work",
        (Lang::Zh, _, "job_end") => "离职日期（最后一天）",
        (Lang::En, _, "job_end") => "Last day of work",
        (Lang::Zh, _, "contract_signed") => "补签书面合同的日期（没签就空着）",
        (Lang::En, _, "contract_signed") => "Day a written contract was finally signed (blank if never)",
        (Lang::Zh, _, "unpaid_amount") => "被拖欠的工资总额（元）",
        (Lang::En, _, "unpaid_amount") => "Total wages owed (yuan)",
        (Lang::Zh, _, "unpaid_months") => "或者：拖欠了几个整月",
        (Lang::En, _, "unpaid_months") => "Or: how many whole months unpaid",
        (Lang::Zh, _, "unpaid_days") => "再加几天（工作日）",
        (Lang::En, _, "unpaid_days") => "Plus how many working days",
        (Lang::Zh, _, "overtime_weekday_hours") => "工作日延长工作的小时数（150%）",
        (Lang::En, _, "overtime_weekday_hours") => "Weekday overtime hours (150%)",
        (Lang::Zh, _, "overtime_rest_day_hours") => "休息日加班、没有补休的小时数（200%）",
        (Lang::En, _, "overtime_rest_day_hours") => "Rest-day hours without time off (200%)",
        (Lang::Zh, _, "overtime_holiday_hours") => "法定休假日（如春节、国庆节）加班的小时数（300%）",
        (Lang::En, _, "overtime_holiday_hours") => "Public-holiday hours (300%)",
        (Lang::Zh, _, "city_avg_wage") => "本市上年度职工月平均工资（元，知道就填）",
        (Lang::En, _, "city_avg_wage") => "City average monthly wage last year (yuan, if known)",
        (Lang::Zh, _, "dismissal_remedy") => "工作是怎样结束的，您要求什么",
        (Lang::En, _, "dismissal_remedy") => "How the job ended, and what you ask for",
        (Lang::Zh, "claims", "text") => "请求内容",
        (Lang::En, "claims", "text") => "What you ask for",
        (Lang::Zh, "claims", "amount") => "金额（元）",
        (Lang::En, "claims", "amount") => "Amount (yuan)",
        (Lang::Zh, _, "item") => "证据",
        (Lang::En, _, "item") => "Evidence",
        (Lang::Zh, _, "source") => "来源（谁持有）",
        (Lang::En, _, "source") => "Source (who has it)",
        (Lang::Zh, "witnesses", "name") => "证人姓名",
        (Lang::En, "witnesses", "name") => "Witness's name",
        // 调解仲裁法 第二十八条（三）: 证人姓名和住所.
        (Lang::Zh, _, "contact") => "证人住址（可再加电话）",
        (Lang::En, _, "contact") => "Witness's address (and phone, if known)",
        (Lang::Zh, _, "workers") => "姓名、电话或人数",
        (Lang::En, _, "workers") => "Names and phone, or how many",
        // One text per paper (`facts_text.<paper>`).
        (Lang::Zh, "facts_text", "inspection") => "事实和理由（劳动保障监察）",
        (Lang::En, "facts_text", "inspection") => "Facts and reasons (labour-security inspection)",
        (Lang::Zh, "facts_text", "audit") => "事实和理由（社会保险稽查）",
        (Lang::En, "facts_text", "audit") => "Facts and reasons (social-insurance audit)",
        (Lang::Zh, "facts_text", _) => "事实和理由（仲裁申请书）",
        (Lang::En, "facts_text", _) => "Facts and reasons (arbitration application)",
        (Lang::Zh, _, _) => "这一项",
        (Lang::En, _, _) => "This field",
    }
}

/// A short hint under some fields ("" for none).
pub fn field_hint(lang: Lang, path: &str) -> &'static str {
    let name = path.rsplit('.').next().unwrap_or(path);
    match (lang, name) {
        (Lang::Zh, "birth_date" | "job_start" | "job_end" | "contract_signed") => "例如 2025-03-01 或 20250301",
        (Lang::En, "birth_date" | "job_start" | "job_end" | "contract_signed") => "For example 2025-03-01 or 20250301",
        // The papers are in Chinese (a review found "Zhang San" on them).
        _ if lang == Lang::En && path == "person.name" => "In Chinese characters, as on your ID card",
        _ if lang == Lang::En && path == "person.address" => "In Chinese, as the post would need it",
        // A foreigner, or a Hong Kong, Macau or Taiwan resident without a
        // residence permit, has no such number (an input review).
        (Lang::Zh, "id_number") => "没有居民身份证的（如外籍人员），这里空着，打印后手写证件名称和号码",
        (Lang::En, "id_number") => "Without a mainland resident ID (a foreign national, say), leave it blank and write your document and its number on the paper by hand",
        (Lang::Zh, "phone") => "手机号，或带区号的固定电话；境外号码以+开头",
        (Lang::En, "phone") => "A mobile, or a landline with its area code; a number abroad starts with +",
        // When it matters (劳动合同法 第四十七条第二款): the papers cannot cap without it.
        (Lang::Zh, "city_avg_wage") => "月工资高于它三倍的，经济补偿按它的三倍、最多12年计算（劳动合同法第四十七条），请填上；不知道可以到窗口问。例如 8000",
        (Lang::En, "city_avg_wage") => "If your wage is above 3 times this, compensation is worked out on 3 times it for at most 12 years (Labour Contract Law art. 47): fill it in, or ask at the window. For example 8000",
        (Lang::Zh, "monthly_wage" | "unpaid_amount" | "amount") => "例如 5000 或 5000.50",
        (Lang::En, "monthly_wage" | "unpaid_amount" | "amount") => "For example 5000 or 5000.50",
        _ => "",
    }
}

/// Messages for the summary form's validation keys (the interview's keys
/// fall back to [`crate::text::error_message`]).
pub fn error_message(lang: Lang, key: &str) -> &'static str {
    match (lang, key) {
        (Lang::Zh, "required") => "这一项必须填写。",
        (Lang::En, "required") => "This is required.",
        (Lang::Zh, "too_long") => "内容太长了，请精简。您写的内容都还在。",
        (Lang::En, "too_long") => "This is too long: please shorten it. What you wrote is kept.",
        (Lang::Zh, "id_length") => "身份证号码应为18位。",
        (Lang::En, "id_length") => "A resident ID number has 18 characters.",
        (Lang::Zh, "id_characters") => "身份证号码应为17位数字加最后一位数字或X。",
        (Lang::En, "id_characters") => "Use 17 digits, then a digit or X.",
        (Lang::Zh, "id_birth_date") => "身份证号码里的出生日期不对，请检查。",
        (Lang::En, "id_birth_date") => "The birth date inside the ID number is not a real date: please check.",
        (Lang::Zh, "id_checksum") => "身份证号码的校验位不对，可能有一位输错了，请对照身份证检查。",
        (Lang::En, "id_checksum") => "The ID number's check character does not match: a digit may be wrong. Please compare with your card.",
        (Lang::Zh, "id_birth_mismatch") => "出生日期和身份证号码里的不一致。",
        (Lang::En, "id_birth_mismatch") => "This date of birth differs from the one in the ID number.",
        (Lang::Zh, "id_sex_mismatch") => "性别和身份证号码不一致。",
        (Lang::En, "id_sex_mismatch") => "This sex differs from the one in the ID number.",
        (Lang::Zh, "phone_format") => "请填写11位手机号码，或带区号的固定电话（如0371-12345678）；境外号码请以+和国家或地区代码开头。",
        (Lang::En, "phone_format") => "Give an 11-digit mobile number, or a landline with its area code (such as 0371-12345678); a number abroad starts with + and its country or region code.",
        (Lang::Zh, "credit_code_length") => "统一社会信用代码应为18位。",
        (Lang::En, "credit_code_length") => "A unified social credit code has 18 characters.",
        (Lang::Zh, "credit_code_characters") => "统一社会信用代码只含数字和大写字母（没有I、O、Z、S、V）。",
        (Lang::En, "credit_code_characters") => "Only digits and capital letters (no I, O, Z, S, V).",
        (Lang::Zh, "credit_code_checksum") => "统一社会信用代码的校验位不对，请对照营业执照检查。",
        (Lang::En, "credit_code_checksum") => "The code's check character does not match: please compare with the business licence.",
        (Lang::Zh, "amount_format") => "请只填数字，例如 5000 或 5000.50。",
        (Lang::En, "amount_format") => "Use digits only, like 5000 or 5000.50.",
        (Lang::Zh, "amount_negative") => "不能是负数。",
        (Lang::En, "amount_negative") => "This cannot be negative.",
        (Lang::Zh, "amount_too_many_decimals") => "最多两位小数（到分）。",
        (Lang::En, "amount_too_many_decimals") => "At most two decimals.",
        (Lang::Zh, "amount_too_large") => "金额太大，请检查。",
        (Lang::En, "amount_too_large") => "This amount is too large: please check.",
        (Lang::Zh, "amount_zero") => "不能是0。不清楚的话可以先空着。",
        (Lang::En, "amount_zero") => "This cannot be 0. Leave it empty if you are not sure.",
        (Lang::Zh, "days_over_a_month") => "满一个月的请写进“几个整月”，这里只填不满一个月的天数（最多21天）。",
        (Lang::En, "days_over_a_month") => "Put whole months in the months box; here only the days of a part month (at most 21).",
        (Lang::Zh, "months_over_job") => "比从入职日期到现在（或离职）的月数还多，请检查月数和入职日期。",
        (Lang::En, "months_over_job") => {
            "This is more months than have passed from your start date to now (or to when you left): please check the months and the start date."
        }
        (Lang::Zh, "count_format") => "请填一个整数，例如 3。",
        (Lang::En, "count_format") => "Give a whole number, like 3.",
        (Lang::Zh, "hours_format") => "请填小时数，例如 10 或 7.5。",
        (Lang::En, "hours_format") => "Give hours, like 10 or 7.5.",
        (Lang::Zh, "hours_too_large") => "小时数太大，请检查。",
        (Lang::En, "hours_too_large") => "Too many hours: please check.",
        (Lang::Zh, "date_order") => "这个日期早于入职日期，请检查。",
        (Lang::En, "date_order") => "This date is before the first day of work: please check.",
        (Lang::Zh, "date_before_birth") => "这个日期早于出生日期，请检查这里和身份证号码（或出生日期）。",
        (Lang::En, "date_before_birth") => "This date is before the date of birth: please check it and the ID number (or date of birth).",
        (Lang::Zh, "date_after_end") => "这个日期晚于离职日期（最后一天），请检查。",
        (Lang::En, "date_after_end") => "This date is after your last day of work: please check.",
        _ => crate::text::error_message(lang, key),
    }
}

/// "`<label>: <message>`" (in Chinese "标签：信息") for the error summary.
pub fn summary_line(lang: Lang, field: &str, key: &str) -> String {
    crate::text::labelled(lang, field_label(lang, field), error_message(lang, key))
}

/// `¥1,234.56` / `1,234.56元`.
pub fn money(lang: Lang, fen: i64) -> String {
    let y = weiquan_core::documents::yuan(fen);
    match lang {
        Lang::Zh => format!("{y}元"),
        Lang::En => format!("¥{y}"),
    }
}

/// File names of the downloads.
pub fn file_name(ext: &str, today: weiquan_core::Date) -> String {
    format!("weiquan-{today}.{ext}")
}

/// A remove button's accessible name: its visible words (WCAG 2.5.3) and
/// which row, "删除这条证据（第2项）", "Remove this evidence (item 2)".
pub fn row_name(lang: Lang, label: &str, n: usize) -> String {
    match lang {
        Lang::Zh => format!("{label}（第{n}项）"),
        Lang::En => format!("{label} (item {n})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages_and_they_differ() {
        use SKey::*;
        for k in [
            Title,
            Intro,
            Print,
            Copy,
            DownloadTxt,
            DownloadJson,
            QrReduced,
            FactsTitle,
            Check,
            ErrorSummary,
            ChildLegend,
            ChildHint,
            ChildLabel,
            NotPrinted,
            NotCopied,
            PersonLegendReporter,
        ] {
            assert!(!st(Lang::Zh, k).is_empty() && !st(Lang::En, k).is_empty());
            assert_ne!(st(Lang::Zh, k), st(Lang::En, k));
        }
    }

    #[test]
    fn the_facts_hint_states_the_limit_the_form_checks() {
        let max = weiquan_core::details::MAX_FACTS;
        assert!(st(Lang::Zh, SKey::FactsHint).contains(&format!("最多{max}字")));
        assert!(st(Lang::En, SKey::FactsHint).contains(&format!("at most {max} characters")));
    }

    #[test]
    fn every_form_key_has_a_specific_message() {
        let generic = crate::text::error_message(Lang::En, "no_such_key");
        for key in [
            "required",
            "too_long",
            "id_length",
            "id_characters",
            "id_birth_date",
            "id_checksum",
            "id_birth_mismatch",
            "id_sex_mismatch",
            "phone_format",
            "date_before_birth",
            "credit_code_length",
            "credit_code_characters",
            "credit_code_checksum",
            "amount_format",
            "amount_negative",
            "amount_too_many_decimals",
            "amount_too_large",
            "amount_zero",
            "days_over_a_month",
            "months_over_job",
            "count_format",
            "hours_format",
            "hours_too_large",
            "date_format",
            "date_no_such_day",
            "date_out_of_range",
            "date_in_future",
            "date_order",
            "date_after_end",
            "choose_one",
        ] {
            for lang in [Lang::Zh, Lang::En] {
                assert_ne!(error_message(lang, key), crate::text::error_message(lang, "no_such_key"), "{key}");
            }
            assert_ne!(error_message(Lang::En, key), generic);
        }
    }

    #[test]
    fn labels_cover_every_form_field() {
        use weiquan_core::details::{CLAIM_FIELDS, EMPLOYER_FIELDS, PERSON_FIELDS};
        let fallback = field_label(Lang::Zh, "nope.nope");
        for f in PERSON_FIELDS {
            assert_ne!(field_label(Lang::Zh, &format!("person.{f}")), fallback, "{f}");
        }
        for f in EMPLOYER_FIELDS {
            assert_ne!(field_label(Lang::En, &format!("employers[1].{f}")), field_label(Lang::En, "x.x"), "{f}");
        }
        for f in CLAIM_FIELDS {
            assert_ne!(field_label(Lang::Zh, &format!("claims.{f}")), fallback, "{f}");
        }
        for p in [
            "claims.other[0].text",
            "claims.other[0].amount",
            "evidence[2].item",
            "evidence[2].source",
            "witnesses[0].name",
            "witnesses[0].contact",
            "facts_text.inspection",
            "facts_text.audit",
            "facts_text.arbitration",
            "workers",
        ] {
            assert_ne!(field_label(Lang::Zh, p), fallback, "{p}");
        }
    }
}
