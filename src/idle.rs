//! Kiosk safety: after a while with no one using the widget, warn, then
//! clear the plan for the next person. Pure (times are passed in), so the
//! rule is tested natively; the view only feeds it the clock.

/// How long the warning shows before the plan is cleared.
pub const WARNING_MS: f64 = 30_000.0;

/// Where an idle widget stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum IdleState {
    /// Someone used it recently.
    InUse,
    /// No one has used it for a while: ask whether they are still there.
    Warning { seconds_left: u32 },
    /// Time is up: clear everything.
    Expired,
}

/// Watches for activity; `limit_ms` of quiet brings the warning.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IdleWatch {
    limit_ms: f64,
    last_activity: f64,
}

impl IdleWatch {
    pub fn new(limit_ms: f64, now: f64) -> Self {
        Self {
            limit_ms: limit_ms.max(1_000.0),
            last_activity: now,
        }
    }

    /// Someone touched, typed or clicked.
    pub fn activity(&mut self, now: f64) {
        self.last_activity = now;
    }

    pub fn state(&self, now: f64) -> IdleState {
        let quiet = now - self.last_activity;
        if quiet < self.limit_ms {
            IdleState::InUse
        } else if quiet < self.limit_ms + WARNING_MS {
            let left = (self.limit_ms + WARNING_MS - quiet) / 1000.0;
            IdleState::Warning {
                seconds_left: left.ceil() as u32,
            }
        } else {
            IdleState::Expired
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quiet_brings_a_warning_then_the_end_and_activity_starts_over() {
        let mut watch = IdleWatch::new(120_000.0, 0.0);
        assert_eq!(watch.state(119_999.0), IdleState::InUse);
        assert_eq!(
            watch.state(120_000.0),
            IdleState::Warning { seconds_left: 30 }
        );
        assert_eq!(
            watch.state(149_500.0),
            IdleState::Warning { seconds_left: 1 }
        );
        assert_eq!(watch.state(150_000.0), IdleState::Expired);
        watch.activity(149_000.0);
        assert_eq!(watch.state(150_000.0), IdleState::InUse);
    }

    #[test]
    fn a_limit_too_short_to_use_is_raised_to_a_second() {
        let watch = IdleWatch::new(0.0, 0.0);
        assert_eq!(watch.state(999.0), IdleState::InUse);
        assert!(matches!(watch.state(1_000.0), IdleState::Warning { .. }));
    }
}
