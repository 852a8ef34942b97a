//! The SVG chart: speedup against the baseline, one group of bars per
//! program, one bar per subject, with a line at 1.0 (the baseline).

use std::path::Path;

use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

use crate::report::Table;

/// Colours for subjects, cycled.
const PALETTE: [RGBColor; 6] = [
    RGBColor(31, 119, 180),
    RGBColor(255, 127, 14),
    RGBColor(44, 160, 44),
    RGBColor(214, 39, 40),
    RGBColor(148, 103, 189),
    RGBColor(140, 86, 75),
];

/// Writes the chart of `table` to `path`.
pub fn write_svg(table: &Table, path: &Path) -> std::io::Result<()> {
    draw(table, path).map_err(|e| std::io::Error::other(e.to_string()))
}

fn draw(table: &Table, path: &Path) -> Result<(), Box<dyn std::error::Error>> {
    let n_prog = table.programs.len().max(1);
    let n_subj = table.subjects.len().max(1);
    let width = (120 + n_prog * (20 + 14 * n_subj)).max(640) as u32;
    let root = SVGBackend::new(path, (width, 480)).into_drawing_area();
    root.fill(&WHITE)?;
    let top = table
        .cells
        .iter()
        .filter_map(|c| c.speedup)
        .fold(1.0f64, f64::max)
        * 1.15;
    let mut chart = ChartBuilder::on(&root)
        .caption(
            format!("Speedup against {} (higher is faster)", table.baseline),
            ("sans-serif", 20),
        )
        .margin(16)
        .x_label_area_size(70)
        .y_label_area_size(50)
        .build_cartesian_2d(0f64..n_prog as f64, 0f64..top)?;
    chart
        .configure_mesh()
        .disable_x_mesh()
        .disable_x_axis()
        .y_desc("speedup")
        .draw()?;
    let bar = 0.8 / n_subj as f64;
    for (si, subject) in table.subjects.iter().enumerate() {
        let color = PALETTE[si % PALETTE.len()];
        let bars = table
            .cells
            .iter()
            .filter(|c| &c.subject == subject)
            .enumerate()
            .filter_map(|(pi, c)| c.speedup.map(|s| (pi, s)))
            .map(move |(pi, s)| {
                let x0 = pi as f64 + 0.1 + si as f64 * bar;
                Rectangle::new([(x0, 0.0), (x0 + bar, s)], color.filled())
            });
        chart
            .draw_series(bars)?
            .label(subject.as_str())
            .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 10, y + 5)], color.filled()));
    }
    chart.draw_series(LineSeries::new(
        [(0.0, 1.0), (n_prog as f64, 1.0)],
        BLACK.stroke_width(1),
    ))?;
    chart
        .configure_series_labels()
        .background_style(WHITE.mix(0.8))
        .border_style(BLACK)
        .draw()?;
    let label_style = TextStyle::from(("sans-serif", 13).into_font())
        .pos(Pos::new(HPos::Center, VPos::Top))
        .color(&BLACK);
    for (pi, name) in table.programs.iter().enumerate() {
        let (x, y) = chart.backend_coord(&(pi as f64 + 0.5, 0.0));
        root.draw(&Text::new(name.as_str(), (x, y + 6), label_style.clone()))?;
    }
    root.present()?;
    Ok(())
}
