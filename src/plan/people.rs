//! The people a plan names, offered wherever someone is named again (who is
//! responsible for a service, who signs), so nobody types a name twice.

use super::document::Plan;

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
}
