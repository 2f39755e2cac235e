//! Ids of the plan's items: given once, never reused.

use super::document::Plan;

impl Plan {
    /// Gives a new item an id that no item in the plan has had.
    pub fn allocate_id(&mut self, prefix: &str) -> String {
        while self.next_id < u32::MAX {
            let candidate = format!("{prefix}{}", self.next_id);
            self.next_id += 1;
            if !self.id_in_use(&candidate) {
                return candidate;
            }
        }
        // Only a hand-edited file gets here (every number is spent): give
        // the first free id after the last number rather than loop forever.
        (0..=self.all_ids().count())
            .map(|n| format!("{prefix}{}-{n}", u32::MAX))
            .find(|candidate| !self.id_in_use(candidate))
            .unwrap_or_default()
    }

    /// Every id of every item in the plan.
    pub fn all_ids(&self) -> impl Iterator<Item = &str> {
        let person = &self.person;
        let assessment = &self.assessment;
        let relapse = &self.relapse_prevention;
        let text_items = [
            &person.strengths,
            &person.preferences,
            &assessment.triggers,
            &relapse.external_triggers,
            &relapse.internal_triggers,
            &relapse.warning_signs,
            &relapse.coping_strategies,
        ]
        .into_iter()
        .flatten()
        .map(|t| t.id.as_str());
        text_items
            .chain(self.care_team.iter().map(|m| m.id.as_str()))
            .chain(self.contributors.iter().map(|c| c.id.as_str()))
            .chain(assessment.substances.iter().map(|s| s.id.as_str()))
            .chain(self.needs.iter().map(|n| n.id.as_str()))
            .chain(self.goals.iter().map(|g| g.id.as_str()))
            .chain(
                self.goals
                    .iter()
                    .flat_map(|g| g.objectives.iter().map(|o| o.id.as_str())),
            )
            .chain(
                self.goals
                    .iter()
                    .flat_map(|g| g.barriers.iter().map(|b| b.id.as_str())),
            )
            .chain(self.components.iter().map(|c| c.id.as_str()))
            .chain(relapse.contacts.iter().map(|c| c.id.as_str()))
            .chain(relapse.crisis_lines.iter().map(|c| c.id.as_str()))
            .chain(self.review.history.iter().map(|r| r.id.as_str()))
            .chain(self.consent.signatures.iter().map(|s| s.id.as_str()))
            .chain(self.measurements.iter().map(|m| m.id.as_str()))
    }

    fn id_in_use(&self, id: &str) -> bool {
        self.all_ids().any(|existing| existing == id)
    }
}
