//! Summaries of a run: the text table printed to the terminal, the
//! Markdown table, and the JSON record (`results.json`), all built from
//! one [`Table`] of per-cell statistics.

use std::fmt::Write as _;
use std::path::Path;

use serde::Serialize;

use crate::matrix::{Outcome, Plan};

/// Statistics of one program under one subject.
#[derive(Clone, Debug, Serialize)]
pub struct Cell {
    pub program: String,
    pub subject: String,
    /// Wall-clock seconds of each timed run.
    pub times: Vec<f64>,
    pub median: Option<f64>,
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// Baseline median divided by this median (> 1: faster than baseline).
    pub speedup: Option<f64>,
    pub failure: Option<String>,
}

/// Per-cell statistics for the whole matrix, row-major by program.
pub struct Table {
    pub programs: Vec<String>,
    pub subjects: Vec<String>,
    pub baseline: String,
    pub cells: Vec<Cell>,
}

fn median(xs: &[f64]) -> Option<f64> {
    if xs.is_empty() {
        return None;
    }
    let mut v = xs.to_vec();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    Some(if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    })
}

impl Table {
    /// Computes the statistics of `outcomes`.
    pub fn new(plan: &Plan, outcomes: &[Outcome]) -> Table {
        let find = |p: usize, s: usize| outcomes.iter().find(|o| o.program == p && o.subject == s);
        let mut cells = Vec::new();
        for (pi, program) in plan.programs.iter().enumerate() {
            let base = find(pi, plan.baseline)
                .filter(|o| o.failure.is_none())
                .and_then(|o| median(&o.times));
            for (si, subject) in plan.subjects.iter().enumerate() {
                let o = find(pi, si).expect("every cell ran");
                let ok = o.failure.is_none();
                let med = if ok { median(&o.times) } else { None };
                cells.push(Cell {
                    program: program.name.clone(),
                    subject: subject.label.clone(),
                    times: o.times.clone(),
                    median: med,
                    min: ok.then(|| o.times.iter().copied().fold(f64::INFINITY, f64::min)),
                    max: ok.then(|| o.times.iter().copied().fold(0.0, f64::max)),
                    speedup: base.zip(med).map(|(b, m)| b / m),
                    failure: o.failure.clone(),
                });
            }
        }
        Table {
            programs: plan.programs.iter().map(|p| p.name.clone()).collect(),
            subjects: plan.subjects.iter().map(|s| s.label.clone()).collect(),
            baseline: plan.subjects[plan.baseline].label.clone(),
            cells,
        }
    }

    fn cell(&self, p: usize, s: usize) -> &Cell {
        &self.cells[p * self.subjects.len() + s]
    }

    fn cell_text(c: &Cell) -> String {
        match (&c.failure, c.median, c.min, c.max, c.speedup) {
            (Some(_), ..) => "FAILED".to_string(),
            (None, Some(m), Some(lo), Some(hi), sp) => format!(
                "{:.3}s ({:.3}-{:.3}) {}",
                m,
                lo,
                hi,
                sp.map(|x| format!("{:.2}x", x))
                    .unwrap_or_else(|| "-".into())
            ),
            _ => "-".to_string(),
        }
    }

    fn rows(&self) -> Vec<Vec<String>> {
        let mut rows = vec![std::iter::once("program".to_string())
            .chain(self.subjects.iter().cloned())
            .collect::<Vec<_>>()];
        for (pi, p) in self.programs.iter().enumerate() {
            let mut r = vec![p.clone()];
            for si in 0..self.subjects.len() {
                r.push(Self::cell_text(self.cell(pi, si)));
            }
            rows.push(r);
        }
        rows
    }

    fn failures(&self) -> Vec<String> {
        self.cells
            .iter()
            .filter_map(|c| {
                c.failure
                    .as_ref()
                    .map(|f| format!("{} under {}: {}", c.program, c.subject, f))
            })
            .collect()
    }

    /// The aligned text table, a legend, and every failure spelled out.
    pub fn render_text(&self) -> String {
        let rows = self.rows();
        let widths: Vec<usize> = (0..rows[0].len())
            .map(|i| rows.iter().map(|r| r[i].len()).max().unwrap_or(0))
            .collect();
        let mut s = String::new();
        for r in &rows {
            let line: Vec<String> = r
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{:<w$}", c, w = *w))
                .collect();
            let _ = writeln!(s, "{}", line.join("  ").trim_end());
        }
        let _ = writeln!(
            s,
            "\nmedian wall time (min-max) and speedup against {} (higher is faster)",
            self.baseline
        );
        let failures = self.failures();
        if !failures.is_empty() {
            let _ = writeln!(s, "\n{} FAILURE(S):", failures.len());
            for f in failures {
                let _ = writeln!(s, "  FAILED: {}", f);
            }
        }
        s
    }

    /// The same table as GitHub-flavoured Markdown.
    pub fn render_markdown(&self) -> String {
        let rows = self.rows();
        let mut s = String::new();
        for (i, r) in rows.iter().enumerate() {
            let _ = writeln!(s, "| {} |", r.join(" | "));
            if i == 0 {
                let _ = writeln!(s, "|{}", "---|".repeat(r.len()));
            }
        }
        let _ = writeln!(
            s,
            "\nMedian wall time (min-max) and speedup against {} (higher is faster).",
            self.baseline
        );
        for f in self.failures() {
            let _ = writeln!(s, "\n- FAILED: {}", f);
        }
        s
    }
}

/// The JSON record of a run.
#[derive(Serialize)]
struct Record<'a> {
    date: String,
    machine: Machine,
    command: &'a str,
    runs: u32,
    warmup: u32,
    baseline: &'a str,
    subjects: Vec<SubjectRecord>,
    results: &'a [Cell],
}

#[derive(Serialize)]
struct SubjectRecord {
    label: String,
    command: String,
}

#[derive(Serialize)]
struct Machine {
    os: &'static str,
    arch: &'static str,
    cpus: usize,
    cpu_model: Option<String>,
}

fn machine() -> Machine {
    let cpu_model = std::fs::read_to_string("/proc/cpuinfo").ok().and_then(|s| {
        s.lines()
            .find(|l| l.starts_with("model name"))
            .and_then(|l| l.split_once(':'))
            .map(|(_, v)| v.trim().to_string())
    });
    Machine {
        os: std::env::consts::OS,
        arch: std::env::consts::ARCH,
        cpus: std::thread::available_parallelism().map_or(1, |n| n.get()),
        cpu_model,
    }
}

/// Writes results.json, results.md and speedups.svg into the plan's
/// output directory.
pub fn write_outputs(plan: &Plan, _outcomes: &[Outcome], table: &Table) -> std::io::Result<()> {
    let dir: &Path = &plan.out_dir;
    std::fs::create_dir_all(dir)?;
    let record = Record {
        date: humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string(),
        machine: machine(),
        command: &plan.command_line,
        runs: plan.runs,
        warmup: plan.warmup,
        baseline: &table.baseline,
        subjects: plan
            .subjects
            .iter()
            .map(|s| SubjectRecord {
                label: s.label.clone(),
                command: s.describe(),
            })
            .collect(),
        results: &table.cells,
    };
    let json = serde_json::to_string_pretty(&record).map_err(std::io::Error::other)?;
    std::fs::write(dir.join("results.json"), json + "\n")?;
    std::fs::write(dir.join("results.md"), table.render_markdown())?;
    crate::chart::write_svg(table, &dir.join("speedups.svg"))
}
