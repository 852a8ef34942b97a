//! `strata-bench`: the tier comparison that is Strata's main job.
//!
//! Runs a matrix of benchmark programs by subjects — each Strata engine, and
//! CPython/PyPy when available — several timed runs each after warm-up
//! runs, then prints a table of medians, min–max spread and speedups
//! against a baseline subject, and writes `results.json`, `results.md` and
//! `speedups.svg` into the output directory. A program whose output (its
//! checksum line) differs between subjects, that exits non-zero or that
//! times out is reported as a failure; the run goes on with the rest.

mod chart;
mod cli;
mod matrix;
mod report;
mod subjects;

use std::process::ExitCode;

fn main() -> ExitCode {
    let opts = match cli::parse() {
        Ok(o) => o,
        Err(code) => return code,
    };
    let plan = match matrix::Plan::from_options(&opts) {
        Ok(p) => p,
        Err(msg) => {
            eprintln!("strata-bench: {}", msg);
            return ExitCode::from(2);
        }
    };
    let results = matrix::run(&plan);
    let table = report::Table::new(&plan, &results);
    print!("{}", table.render_text());
    if let Err(e) = report::write_outputs(&plan, &results, &table) {
        eprintln!("strata-bench: cannot write results: {}", e);
        return ExitCode::from(1);
    }
    println!("results written to {}", plan.out_dir.display());
    if results.iter().any(|r| r.failure.is_some()) {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
