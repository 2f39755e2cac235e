//! Kiosk safety: after a while with no one using the widget, warn, then
//! clear the plan for the next person. Pure (times are passed in), so the
//! rule is tested natively; the view only feeds it the clock.

/// How long the warning shows before the plan is cleared.
pub const WARNING_MS: f64 = 30_000.0;

/// The quiet times a kiosk may be set to, in seconds: long enough to read
/// the question, at most a day.
pub const LIMIT_SECONDS: std::ops::RangeInclusive<u32> = 10..=86_400;

/// The quiet time a host page asked for, if it is a whole number of seconds
/// in `LIMIT_SECONDS`; `None` for anything else (fractions, negatives, not a
/// number, too large).
pub fn limit_seconds(asked: f64) -> Option<u32> {
    let whole = asked.fract() == 0.0
        && asked >= f64::from(*LIMIT_SECONDS.start())
        && asked <= f64::from(*LIMIT_SECONDS.end());
    whole.then_some(asked as u32)
}

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
    fn only_whole_seconds_from_ten_to_a_day_are_a_quiet_time() {
        assert_eq!(limit_seconds(60.0), Some(60));
        assert_eq!(limit_seconds(10.0), Some(10));
        assert_eq!(limit_seconds(86_400.0), Some(86_400));
        for asked in [
            0.0,
            9.0,
            -60.0,
            0.5,
            60.5,
            86_401.0,
            1e12,
            f64::NAN,
            f64::INFINITY,
        ] {
            assert_eq!(limit_seconds(asked), None, "{asked}");
        }
    }

    #[test]
    fn a_limit_too_short_to_use_is_raised_to_a_second() {
        let watch = IdleWatch::new(0.0, 0.0);
        assert_eq!(watch.state(999.0), IdleState::InUse);
        assert!(matches!(watch.state(1_000.0), IdleState::Warning { .. }));
    }
}
