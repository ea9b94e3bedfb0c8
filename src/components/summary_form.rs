use weiquan_core::details::{Details, DismissalRemedy, FormParts, MAX_EMPLOYERS, MAX_EVIDENCE, MAX_OTHER_CLAIMS, MAX_WITNESSES};
use weiquan_core::rules::Dispatch;
use weiquan_core::situation::{FieldError, Situation};
use weiquan_core::Date;
use yew::prelude::*;

use crate::components::{summary_field, SummaryFieldProps};
use crate::state::Action;
use crate::summary_state::SummaryAction;
use crate::summary_text::{date_unlike_interview, error_message, field_label, st, SKey};
use crate::text::Lang;

#[derive(Properties, PartialEq)]
pub struct SummaryFormProps {
    pub lang: Lang,
    pub details: Details,
    pub situation: Situation,
    /// The parts of the form that apply (`documents::form_parts`, the same
    /// that `details::validate` checks).
    pub parts: FormParts,
    pub errors: Vec<FieldError>,
    /// The monthly wage is under the minimum wage in force
    /// (`documents::wage_below_minimum`): said under the field, never an error.
    pub wage_note: Option<String>,
    /// The job's dates typed here that are not the interview's, with the
    /// interview's (`documents::dates_unlike_interview`): said under each.
    pub date_notes: Vec<(&'static str, Option<Date>)>,
    /// `Mode::may_autofill`: off on the kiosk, so every field says
    /// `autocomplete="off"` and the browser offers no one's details.
    pub autofill: bool,
    pub on: Callback<Action>,
}

fn error(errors: &[FieldError], path: &str) -> Option<FieldError> {
    errors.iter().find(|e| e.field == path).cloned()
}

fn set(path: String, value: String) -> Action {
    Action::Summary(SummaryAction::Set(path, value))
}

/// A required choice among long answers, as radio buttons that show each
/// answer whole (a closed `<select>` on a phone cut two of them to the same
/// words): the group is the field (`#wq-field-<path>`, where the error
/// summary's link enters it at its first choice), named by its legend,
/// none chosen until the person chooses; `hint` read with the group.
#[allow(clippy::too_many_arguments)] // the group's parts, named at its two calls
fn radios(
    lang: Lang,
    path: &'static str,
    value: &str,
    options: &[(&'static str, SKey)],
    hint: SKey,
    required: bool,
    errors: &[FieldError],
    on: &Callback<Action>,
) -> Html {
    let id = format!("wq-field-{path}");
    let error_id = format!("wq-error-{path}");
    let hint_id = format!("wq-hint-{path}");
    let legend_id = format!("wq-legend-{path}");
    let err = error(errors, path);
    let described = match &err {
        Some(_) => format!("{hint_id} {error_id}"),
        None => hint_id.clone(),
    };
    html! {
        <fieldset id={id.clone()} class="wq-options wq-choice" role="radiogroup" aria-labelledby={legend_id.clone()} aria-required={required.then_some("true")}
            aria-describedby={described} aria-invalid={err.as_ref().map(|_| "true")}>
            <legend id={legend_id}>{ field_label(lang, path) }
                if !required {
                    <span class="wq-optional">{ st(lang, SKey::Optional) }</span>
                }
            </legend>
            <p id={hint_id} class="wq-hint">{ st(lang, hint) }</p>
            if let Some(e) = &err {
                <p id={error_id} class="wq-error">{ error_message(lang, e.key) }</p>
            }
            { for options.iter().map(|&(v, k)| {
                let option_id = format!("{id}-{v}");
                let onchange = on.reform(move |_: Event| set(path.to_string(), v.to_string()));
                html! {
                    <div class="wq-option">
                        <input type="radio" id={option_id.clone()} name={path} value={v} checked={v == value} {onchange} />
                        <label for={option_id}>{ st(lang, k) }</label>
                    </div>
                }
            }) }
        </fieldset>
    }
}

/// A `<select>` of fixed values (the sex on the papers).
fn select(lang: Lang, path: &str, value: &str, options: &[(&str, SKey)], errors: &[FieldError], on: &Callback<Action>) -> Html {
    let id = format!("wq-field-{path}");
    let error_id = format!("wq-error-{path}");
    let err = error(errors, path);
    let onchange = {
        let path = path.to_string();
        on.reform(move |e: Event| {
            let el: web_sys::HtmlSelectElement = e.target_unchecked_into();
            set(path.clone(), el.value())
        })
    };
    html! {
        <div class="wq-field">
            <label for={id.clone()}>{ field_label(lang, path) }</label>
            if let Some(e) = &err {
                <p id={error_id.clone()} class="wq-error">{ error_message(lang, e.key) }</p>
            }
            <select id={id} {onchange} autocomplete="off" aria-describedby={err.as_ref().map(|_| error_id)} aria-invalid={err.as_ref().map(|_| "true")}>
                { for options.iter().map(|(v, k)| html! {
                    <option value={v.to_string()} selected={*v == value}>{ st(lang, *k) }</option>
                }) }
            </select>
        </div>
    }
}

/// A button that adds a row by typing "" into `path` (the next index);
/// focus then goes to the new row's first field.
fn add_button(lang: Lang, label: SKey, path: String, on: &Callback<Action>) -> Html {
    let on = on.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        on.emit(set(path.clone(), String::new()));
        crate::platform::focus_after_render(&e, format!("wq-field-{path}"));
    });
    html! { <button type="button" class="wq-button wq-add" {onclick}>{ st(lang, label) }</button> }
}

/// Removes row `i` of `list` (which has `len` rows); its name says which
/// row. Focus then goes to the first field (`first`) of the row that took
/// its place, or of the row before it when it was the last.
fn remove_button(lang: Lang, label: SKey, list: &'static str, first: &'static str, i: usize, len: usize, on: &Callback<Action>) -> Html {
    let on = on.clone();
    let next = i.min(len.saturating_sub(2));
    let onclick = Callback::from(move |e: MouseEvent| {
        on.emit(Action::Summary(SummaryAction::Remove(list.into(), i)));
        crate::platform::focus_after_render(&e, format!("wq-field-{list}[{next}].{first}"));
    });
    let name = crate::summary_text::row_name(lang, st(lang, label), i + 1);
    html! { <button type="button" class="wq-button wq-remove" aria-label={name} {onclick}>{ st(lang, label) }</button> }
}

/// The final form: what the interview does not ask. Fieldsets with labelled
/// fields; each error beside its field; nothing typed is ever cleared.
pub fn summary_form(props: &SummaryFormProps) -> Html {
    let lang = props.lang;
    let d = &props.details;
    let on = &props.on;
    let errors = &props.errors;
    let noted = |path: String,
                 optional: bool,
                 inputmode: Option<&'static str>,
                 autocomplete: Option<&'static str>,
                 note: Option<String>,
                 label: Option<&'static str>| {
        summary_field(&SummaryFieldProps {
            lang,
            value: d.get(&path),
            error: error(errors, &path),
            path: path.clone(),
            optional,
            inputmode,
            autocomplete: if props.autofill { autocomplete } else { None },
            note,
            label,
            on: on.clone(),
        })
    };
    let field = |path: String, optional: bool, inputmode: Option<&'static str>, autocomplete: Option<&'static str>| {
        noted(path, optional, inputmode, autocomplete, None, None)
    };
    let s = &props.situation;
    let dispatch = s.dispatch == Dispatch::Yes;
    let parts = props.parts;
    let arbitration = parts.arbitration;
    let n_employers = d.employers.len().max(if dispatch { 2 } else { 1 });
    let fixed = if dispatch { 2 } else { 1 };
    let legend = |i: usize| match (dispatch, i) {
        (true, 0) => SKey::AgencyLegend,
        (true, 1) => SKey::UserUnitLegend,
        (false, 0) => SKey::EmployerLegend,
        _ => SKey::RespondentLegend,
    };
    // What an empty date field stands for: the interview's date. Another
    // date typed: that the result counted from the interview's.
    let date_note = |path: &str, asked: Option<Date>| match props.date_notes.iter().find(|(p, _)| *p == path) {
        Some(&(_, asked)) => Some(date_unlike_interview(lang, asked)),
        None => asked.map(|x| crate::text::labelled(lang, st(lang, SKey::InterviewDate), &x.to_string())),
    };
    let dated = |path: &'static str, asked: Option<Date>| noted(path.into(), true, Some("numeric"), None, date_note(path, asked), None);
    html! {
        <div class="wq-summary-form">
            <fieldset class="wq-fieldset">
                <legend><h3>{ st(lang, if parts.workers { SKey::PersonLegendReporter } else { SKey::PersonLegend }) }</h3></legend>
                { field("person.name".into(), false, None, Some("name")) }
                { select(lang, "person.sex", &d.person.sex, &[("", SKey::SexUnset), ("male", SKey::SexMale), ("female", SKey::SexFemale)], errors, on) }
                { field("person.birth_date".into(), true, Some("numeric"), Some("bday")) }
                { field("person.id_number".into(), false, None, None) }
                { field("person.phone".into(), false, Some("tel"), Some("tel")) }
                { field("person.address".into(), false, None, Some("street-address")) }
                { field("person.occupation".into(), true, None, None) }
            </fieldset>
            { for (0..n_employers).map(|i| html! {
                <fieldset class="wq-fieldset">
                    <legend><h3>{ st(lang, legend(i)) }</h3></legend>
                    { field(format!("employers[{i}].name"), false, None, Some("organization")) }
                    { field(format!("employers[{i}].address"), false, None, None) }
                    { field(format!("employers[{i}].legal_rep"), true, None, None) }
                    { field(format!("employers[{i}].legal_rep_title"), true, None, None) }
                    { field(format!("employers[{i}].credit_code"), true, None, None) }
                    if i >= fixed {
                        { remove_button(lang, SKey::RemoveRespondent, "employers", "name", i, n_employers, on) }
                    }
                </fieldset>
            }) }
            if arbitration && n_employers < MAX_EMPLOYERS {
                { add_button(lang, SKey::AddRespondent, format!("employers[{}].name", d.employers.len().max(n_employers)), on) }
            }
            // A report by someone else: whose rights are at stake; on a
            // relative's application for an injured child, the child.
            if parts.workers {
                <fieldset class="wq-fieldset" aria-describedby="wq-hint-workers-set">
                    <legend><h3>{ st(lang, if parts.child { SKey::ChildLegend } else { SKey::WorkersLegend }) }</h3></legend>
                    <p id="wq-hint-workers-set" class="wq-hint">{ st(lang, if parts.child { SKey::ChildHint } else { SKey::WorkersHint }) }</p>
                    { noted("workers".into(), true, None, None, None, parts.child.then(|| st(lang, SKey::ChildLabel))) }
                </fieldset>
            }
            if parts.money {
                <fieldset class="wq-fieldset" aria-describedby="wq-hint-money-set">
                    <legend><h3>{ st(lang, SKey::MoneyLegend) }</h3></legend>
                    <p id="wq-hint-money-set" class="wq-hint">{ st(lang, if parts.workers && parts.unpaid { SKey::MoneyHintReport } else { SKey::MoneyHint }) }</p>
                    { noted("claims.monthly_wage".into(), true, Some("decimal"), None, props.wage_note.clone(), None) }
                    { dated("claims.job_start", s.dates.job_start) }
                    if parts.job_end {
                        { dated("claims.job_end", s.dates.job_end) }
                    }
                    if parts.contract_signed {
                        { dated("claims.contract_signed", weiquan_core::deadlines::contract_signed(s)) }
                    }
                    if parts.unpaid {
                        { field("claims.unpaid_amount".into(), true, Some("decimal"), None) }
                        { field("claims.unpaid_months".into(), true, Some("numeric"), None) }
                        { field("claims.unpaid_days".into(), true, Some("numeric"), None) }
                    }
                    if parts.overtime {
                        { field("claims.overtime_weekday_hours".into(), true, Some("decimal"), None) }
                        { field("claims.overtime_rest_day_hours".into(), true, Some("decimal"), None) }
                        { field("claims.overtime_holiday_hours".into(), true, Some("decimal"), None) }
                    }
                    if parts.city_avg_wage {
                        { field("claims.city_avg_wage".into(), true, Some("decimal"), None) }
                    }
                    if parts.dismissal_remedy {
                        // No default: nothing chosen until the person says how the job ended.
                        { radios(lang, "claims.dismissal_remedy", d.claims.dismissal_remedy.trim(),
                            &DismissalRemedy::ALL.map(|r| (r.key(), SKey::remedy(r))), SKey::RemedyHint, true, errors, on) }
                    }
                    // Unpaid compensation alone: how the job ended, if one of
                    // the two ends fits (the facts and the claim then say it);
                    // "neither" is a choice too, so a slip can be taken back.
                    if parts.end_of_job {
                        { radios(lang, "claims.dismissal_remedy", d.claims.dismissal_remedy.trim(),
                            &[("compensation", SKey::RemedyCompensation), ("quit_for_cause", SKey::RemedyQuitForCause), ("", SKey::EndOfJobOther)],
                            SKey::EndOfJobHint, false, errors, on) }
                    }
                </fieldset>
            }
            if arbitration {
                <fieldset class="wq-fieldset">
                    <legend><h3>{ st(lang, SKey::OtherClaimsLegend) }</h3></legend>
                    { for d.claims.other.iter().enumerate().map(|(i, _)| html! {
                        <div class="wq-row">
                            { field(format!("claims.other[{i}].text"), false, None, None) }
                            { field(format!("claims.other[{i}].amount"), true, Some("decimal"), None) }
                            { remove_button(lang, SKey::RemoveClaim, "claims.other", "text", i, d.claims.other.len(), on) }
                        </div>
                    }) }
                    if d.claims.other.len() < MAX_OTHER_CLAIMS {
                        { add_button(lang, SKey::AddClaim, format!("claims.other[{}].text", d.claims.other.len()), on) }
                    }
                </fieldset>
            }
            <fieldset class="wq-fieldset" aria-describedby="wq-hint-evidence-set">
                <legend><h3>{ st(lang, SKey::EvidenceLegend) }</h3></legend>
                <p id="wq-hint-evidence-set" class="wq-hint">{ st(lang, SKey::EvidenceHint) }</p>
                { for (0..d.evidence.len().max(1)).map(|i| html! {
                    <div class="wq-row">
                        { field(format!("evidence[{i}].item"), true, None, None) }
                        { field(format!("evidence[{i}].source"), true, None, None) }
                        if i < d.evidence.len() && d.evidence.len() > 1 {
                            { remove_button(lang, SKey::RemoveEvidence, "evidence", "item", i, d.evidence.len(), on) }
                        }
                    </div>
                }) }
                if !d.evidence.is_empty() && d.evidence.len() < MAX_EVIDENCE {
                    { add_button(lang, SKey::AddEvidence, format!("evidence[{}].item", d.evidence.len()), on) }
                }
            </fieldset>
            if arbitration {
                <fieldset class="wq-fieldset">
                    <legend><h3>{ st(lang, SKey::WitnessLegend) }</h3></legend>
                    { for (0..d.witnesses.len().max(1)).map(|i| html! {
                        <div class="wq-row">
                            { field(format!("witnesses[{i}].name"), true, None, None) }
                            { field(format!("witnesses[{i}].contact"), true, None, None) }
                            if i < d.witnesses.len() && d.witnesses.len() > 1 {
                                { remove_button(lang, SKey::RemoveWitness, "witnesses", "name", i, d.witnesses.len(), on) }
                            }
                        </div>
                    }) }
                    if !d.witnesses.is_empty() && d.witnesses.len() < MAX_WITNESSES {
                        { add_button(lang, SKey::AddWitness, format!("witnesses[{}].name", d.witnesses.len()), on) }
                    }
                </fieldset>
            }
        </div>
    }
}
