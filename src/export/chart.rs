//! Small charts of change over time, drawn as SVG by the widget itself (no
//! plotting crate: these are a few lines and dots). The same markup goes
//! into the view and the printout. Readable without color: every point is
//! a shape with its value written beside it, the rows and columns are
//! labelled, and a table with the same figures always goes with a chart
//! (the SVG is `aria-hidden`; the table is what a screen reader reads).

use super::print::escape;
use std::fmt::Write;

/// What the vertical axis shows.
#[derive(Debug, Clone, PartialEq)]
pub enum Rows {
    /// A score from 0 to `max`.
    Scale { max: u32 },
    /// Named levels, lowest first (progress: not started … met).
    Named(Vec<String>),
}

/// One chart: a column per date, at most one point per column.
#[derive(Debug, Clone, PartialEq)]
pub struct Chart {
    /// The columns' labels (dates), oldest first.
    pub columns: Vec<String>,
    pub rows: Rows,
    /// Per column: the row value (a score, or a level's index) and the
    /// words written beside the point.
    pub points: Vec<Option<(u32, String)>>,
    /// A dashed line at a score to reach, with its words.
    pub target: Option<(u32, String)>,
}

const WIDTH: u32 = 360;
const LEFT: u32 = 96;
const RIGHT: u32 = 16;
const TOP: u32 = 14;
const PLOT_HEIGHT: u32 = 96;
const BOTTOM: u32 = 30;

impl Chart {
    fn top_value(&self) -> u32 {
        match &self.rows {
            Rows::Scale { max } => (*max).max(1),
            Rows::Named(levels) => levels.len().saturating_sub(1).max(1) as u32,
        }
    }

    fn y(&self, value: u32) -> u32 {
        let top = self.top_value();
        TOP + PLOT_HEIGHT - value.min(top) * PLOT_HEIGHT / top
    }

    fn x(&self, column: usize) -> u32 {
        let n = self.columns.len().max(1) as u32;
        let span = WIDTH - LEFT - RIGHT;
        if n == 1 {
            LEFT + span / 2
        } else {
            LEFT + column as u32 * span / (n - 1)
        }
    }

    /// The chart as an `<svg>` element. Every text is escaped.
    pub fn svg(&self) -> String {
        let height = TOP + PLOT_HEIGHT + BOTTOM;
        let mut out = String::new();
        let _ = write!(
            out,
            "<svg class=\"pc-chart\" viewBox=\"0 0 {WIDTH} {height}\" role=\"presentation\" aria-hidden=\"true\" focusable=\"false\">"
        );
        // Rows: gridlines with their labels.
        let rows: Vec<(u32, String)> = match &self.rows {
            Rows::Scale { max } => {
                let max = (*max).max(1);
                vec![
                    (0, "0".into()),
                    (max / 2, (max / 2).to_string()),
                    (max, max.to_string()),
                ]
            }
            Rows::Named(levels) => levels
                .iter()
                .enumerate()
                .map(|(i, l)| (i as u32, l.clone()))
                .collect(),
        };
        for (value, label) in &rows {
            let y = self.y(*value);
            let _ = write!(
                out,
                "<line x1=\"{LEFT}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#bbb\" stroke-width=\"1\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"10\">{}</text>",
                WIDTH - RIGHT,
                LEFT - 6,
                y + 3,
                escape(label)
            );
        }
        if let Some((value, label)) = &self.target {
            let y = self.y(*value);
            let _ = write!(
                out,
                "<line x1=\"{LEFT}\" y1=\"{y}\" x2=\"{}\" y2=\"{y}\" stroke=\"#000\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/><text x=\"{}\" y=\"{}\" text-anchor=\"end\" font-size=\"10\" font-style=\"italic\">{}</text>",
                WIDTH - RIGHT,
                WIDTH - RIGHT,
                y.saturating_sub(4),
                escape(label)
            );
        }
        // The line through the points, then the points and their words.
        let placed: Vec<(u32, u32, &str)> = self
            .points
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                p.as_ref()
                    .map(|(v, words)| (self.x(i), self.y(*v), words.as_str()))
            })
            .collect();
        if placed.len() > 1 {
            let path: Vec<String> = placed.iter().map(|(x, y, _)| format!("{x},{y}")).collect();
            let _ = write!(
                out,
                "<polyline points=\"{}\" fill=\"none\" stroke=\"#000\" stroke-width=\"2\"/>",
                path.join(" ")
            );
        }
        for (x, y, words) in &placed {
            let _ = write!(
                out,
                "<circle cx=\"{x}\" cy=\"{y}\" r=\"4\" fill=\"#fff\" stroke=\"#000\" stroke-width=\"2\"/>"
            );
            if words.is_empty() {
                continue;
            }
            let _ = write!(
                out,
                "<text x=\"{x}\" y=\"{}\" text-anchor=\"middle\" font-size=\"10\" font-weight=\"bold\">{}</text>",
                y.saturating_sub(8).max(9),
                escape(words)
            );
        }
        for (i, label) in self.columns.iter().enumerate() {
            let _ = write!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"middle\" font-size=\"10\">{}</text>",
                self.x(i),
                TOP + PLOT_HEIGHT + 18,
                escape(label)
            );
        }
        out.push_str("</svg>");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scores() -> Chart {
        Chart {
            columns: vec!["2026-01-05".into(), "2026-02-02".into()],
            rows: Rows::Scale { max: 27 },
            points: vec![Some((14, "14".into())), Some((8, "8".into()))],
            target: Some((10, "below 10".into())),
        }
    }

    #[test]
    fn a_chart_has_a_point_and_its_words_per_date() {
        let svg = scores().svg();
        assert_eq!(svg.matches("<circle").count(), 2);
        assert!(svg.contains(">14</text>") && svg.contains(">8</text>"));
        assert!(svg.contains(">2026-01-05</text>") && svg.contains(">2026-02-02</text>"));
        assert!(svg.contains("stroke-dasharray") && svg.contains(">below 10</text>"));
        assert!(svg.contains("<polyline"));
        // A lower score is drawn lower: 8 sits below 14.
        let y = |v: u32| scores().y(v);
        assert!(y(8) > y(14));
        assert_eq!(y(0), TOP + PLOT_HEIGHT);
        assert_eq!(y(27), TOP);
    }

    #[test]
    fn words_are_escaped_and_a_single_point_has_no_line() {
        let chart = Chart {
            columns: vec!["<b>".into()],
            rows: Rows::Named(vec!["Not started".into(), "Met & more".into()]),
            points: vec![Some((1, "\"x\"".into()))],
            target: None,
        };
        let svg = chart.svg();
        assert!(!svg.contains("<b>") && svg.contains("&lt;b&gt;"));
        assert!(svg.contains("Met &amp; more") && svg.contains("&quot;x&quot;"));
        assert!(!svg.contains("<polyline"));
    }

    #[test]
    fn a_column_without_a_point_draws_none() {
        let mut chart = scores();
        chart.points[0] = None;
        assert_eq!(chart.svg().matches("<circle").count(), 1);
    }
}
