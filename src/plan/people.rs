//! The people a plan names, offered wherever someone is named again (who is
//! responsible for a service, who signs), so nobody types a name twice.

use super::document::{ContributorRole, Plan, SignerRole};

impl Plan {
    /// The care team, then the people taking part: each name once, as
    /// first written, blanks left out.
    pub fn people(&self) -> Vec<String> {
        let names = self.care_team.iter().map(|m| m.name.trim());
        let names = names.chain(self.contributors.iter().map(|c| c.name.trim()));
        let mut people: Vec<String> = Vec::new();
        for name in names.filter(|n| !n.is_empty()) {
            if !people.iter().any(|p| p.eq_ignore_ascii_case(name)) {
                people.push(name.to_owned());
            }
        }
        people
    }

    /// The names offered to sign in `role`: those taking part in that
    /// role first (the person, the clinician), then everyone else the
    /// plan names, each once.
    pub fn signers_for(&self, role: SignerRole) -> Vec<String> {
        let taking_part = match role {
            SignerRole::Person => Some(ContributorRole::Person),
            SignerRole::Clinician => Some(ContributorRole::Clinician),
            SignerRole::GuardianRepresentative => Some(ContributorRole::Family),
            SignerRole::Supervisor => None,
        };
        let mut names: Vec<String> = self
            .contributors
            .iter()
            .filter(|c| Some(c.role) == taking_part)
            .map(|c| c.name.trim().to_owned())
            .filter(|n| !n.is_empty())
            .collect();
        for name in self.people() {
            if !names.iter().any(|n| n.eq_ignore_ascii_case(&name)) {
                names.push(name);
            }
        }
        names
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::document::{CareTeamMember, Contributor, ContributorRole};

    #[test]
    fn the_care_team_then_those_taking_part_each_once() {
        let mut plan = Plan::new("p", None);
        for (id, name) in [("ct1", "Dr. Rivera"), ("ct2", " "), ("ct3", "Sam Lee")] {
            plan.care_team.push(CareTeamMember {
                id: id.into(),
                name: name.into(),
                role: String::new(),
                contact: String::new(),
            });
        }
        for (id, name) in [("p1", "A.B."), ("p2", "dr. rivera ")] {
            plan.contributors.push(Contributor {
                id: id.into(),
                name: name.into(),
                role: ContributorRole::Person,
            });
        }
        assert_eq!(plan.people(), ["Dr. Rivera", "Sam Lee", "A.B."]);
        assert!(Plan::new("empty", None).people().is_empty());
    }

    #[test]
    fn signers_in_the_role_come_first() {
        let mut plan = Plan::new("p", None);
        plan.care_team.push(CareTeamMember {
            id: "ct1".into(),
            name: "Dr. Rivera".into(),
            role: String::new(),
            contact: String::new(),
        });
        for (id, name, role) in [
            ("p1", "A.B.", ContributorRole::Person),
            ("p2", "dr. rivera", ContributorRole::Clinician),
            ("p3", "Maria B.", ContributorRole::Family),
        ] {
            plan.contributors.push(Contributor {
                id: id.into(),
                name: name.into(),
                role,
            });
        }
        assert_eq!(
            plan.signers_for(SignerRole::Person),
            ["A.B.", "Dr. Rivera", "Maria B."]
        );
        assert_eq!(
            plan.signers_for(SignerRole::Clinician),
            ["dr. rivera", "A.B.", "Maria B."]
        );
        assert_eq!(
            plan.signers_for(SignerRole::GuardianRepresentative),
            ["Maria B.", "Dr. Rivera", "A.B."]
        );
        assert_eq!(
            plan.signers_for(SignerRole::Supervisor),
            ["Dr. Rivera", "A.B.", "Maria B."]
        );
    }
}
