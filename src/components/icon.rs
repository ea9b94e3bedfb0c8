use weiquan_core::rules::{Outcome, Problem};
use yew::prelude::*;

/// A pictogram that helps a person recognise an answer or a place at a
/// glance. Decorative (`aria-hidden`): the text beside it says everything.
/// Drawn with strokes coloured by CSS (`.wq-icon`), so no inline style.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IconName {
    Money,
    Contract,
    Clock,
    Shield,
    IdCard,
    Umbrella,
    Warning,
    Exit,
    Injury,
    Building,
    Scales,
    Question,
}

impl IconName {
    pub fn for_problem(p: Problem) -> IconName {
        use Problem::*;
        match p {
            WagesUnpaid | BelowMinimumWage => IconName::Money,
            NoContract | ContractChange => IconName::Contract,
            OvertimeRest => IconName::Clock,
            FemaleMinorProtection | ChildLabour => IconName::Shield,
            DocumentsOrDeposit => IconName::IdCard,
            NoSocialInsurance | SocialInsuranceArrears | SocialInsuranceLoss => IconName::Umbrella,
            SocialInsuranceFraud => IconName::Warning,
            Dismissed | CompensationUnpaid => IconName::Exit,
            WorkInjury => IconName::Injury,
            PensionAgency => IconName::Building,
            Other => IconName::Question,
        }
    }

    pub fn for_outcome(o: Outcome) -> IconName {
        match o {
            Outcome::Inspection | Outcome::PoliceViaInspection => IconName::Shield,
            Outcome::Audit => IconName::Umbrella,
            Outcome::Arbitration => IconName::Scales,
            Outcome::InjuryRecognition => IconName::Injury,
            Outcome::Court | Outcome::AdminReview => IconName::Building,
            _ => IconName::Question,
        }
    }

    /// Its outline, one path (subpaths each begin with `M`).
    fn path(self) -> &'static str {
        match self {
            IconName::Money => "M3 6h18v12H3zM12 9a3 3 0 1 0 0 6a3 3 0 1 0 0-6",
            IconName::Contract => "M6 2h9l5 5v15H6zM15 2v5h5M9 13h8M9 17h8",
            IconName::Clock => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M12 7v5l3 3",
            IconName::Shield => "M12 2l8 4v6c0 5-3.5 8.5-8 10c-4.5-1.5-8-5-8-10V6z",
            IconName::IdCard => "M3 5h18v14H3zM9 9a2 2 0 1 0 0 4a2 2 0 1 0 0-4M14 10h4M14 14h4M6 17c1-2 5-2 6 0",
            IconName::Umbrella => "M12 3a9 9 0 0 1 9 9H3a9 9 0 0 1 9-9zM12 12v7a2 2 0 0 1-4 0",
            IconName::Warning => "M12 3l10 18H2zM12 10v5M12 18v.5",
            IconName::Exit => "M14 3H5v18h9M10 12h11M17 8l4 4l-4 4",
            IconName::Injury => "M9 3h6v6h6v6h-6v6H9v-6H3V9h6z",
            IconName::Building => "M2 10l10-6l10 6zM3 21h18M5 21V10M19 21V10M9 21v-7M15 21v-7",
            IconName::Scales => "M12 3v18M6 21h12M4 7h16M7 7l-3 6h6zM17 7l-3 6h6z",
            IconName::Question => "M12 3a9 9 0 1 0 0 18a9 9 0 1 0 0-18M9.5 9a2.5 2.5 0 1 1 3.5 2.3c-.6.3-1 .9-1 1.7v.5M12 17v.5",
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct IconProps {
    pub name: IconName,
}

pub fn icon(props: &IconProps) -> Html {
    html! {
        <svg class="wq-icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <path d={props.name.path()} />
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_problem_and_body_has_an_icon_and_bodies_differ() {
        for p in <Problem as weiquan_core::rules::FactValue>::ALL {
            assert!(IconName::for_problem(*p).path().starts_with('M'));
        }
        let bodies = [Outcome::Inspection, Outcome::Audit, Outcome::Arbitration].map(IconName::for_outcome);
        assert!(bodies[0] != bodies[1] && bodies[1] != bodies[2] && bodies[0] != bodies[2]);
    }
}
