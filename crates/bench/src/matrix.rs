//! The run matrix: which programs under which subjects, and running it
//! (warm-up runs, timed runs, output checks, timeouts).

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressStyle};
use wait_timeout::ChildExt;

use crate::cli::Options;
use crate::subjects::{default_strata, find_executable, Subject, SubjectKind};

/// A benchmark program.
#[derive(Clone, Debug)]
pub struct Program {
    pub name: String,
    pub path: PathBuf,
}

/// Everything a run needs, resolved from the options.
#[derive(Debug)]
pub struct Plan {
    pub programs: Vec<Program>,
    pub subjects: Vec<Subject>,
    /// Index into `subjects` of the speedup baseline.
    pub baseline: usize,
    pub runs: u32,
    pub warmup: u32,
    pub timeout: Duration,
    pub out_dir: PathBuf,
    /// The command line, for the record.
    pub command_line: String,
}

/// The result of one program under one subject.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub program: usize,
    pub subject: usize,
    /// Wall-clock seconds of each timed run.
    pub times: Vec<f64>,
    /// Why this cell failed, if it did.
    pub failure: Option<String>,
    /// The program's standard output (its checksum) from the last run.
    pub output: String,
}

fn bundled_suite() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../benches/programs")
}

fn resolve_programs(opts: &Options) -> Result<Vec<Program>, String> {
    let suite = opts.suite.clone().unwrap_or_else(bundled_suite);
    let mut known: Vec<Program> = std::fs::read_dir(&suite)
        .map_err(|e| format!("cannot read the suite directory {}: {}", suite.display(), e))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .map(|path| Program {
            name: path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default(),
            path,
        })
        .collect();
    known.sort_by(|a, b| a.name.cmp(&b.name));
    if opts.programs.is_empty() {
        return Ok(known);
    }
    opts.programs
        .iter()
        .map(|p| {
            if let Some(k) = known.iter().find(|k| &k.name == p) {
                return Ok(k.clone());
            }
            let path = PathBuf::from(p);
            if path.extension().is_some_and(|x| x == "py") && path.is_file() {
                let name = path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                return Ok(Program { name, path });
            }
            Err(format!(
                "unknown program '{}' (accepted: a .py file, or one of: {})",
                p,
                known
                    .iter()
                    .map(|k| k.name.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))
        })
        .collect()
}

fn resolve_subjects(opts: &Options) -> Result<Vec<Subject>, String> {
    let engines = strata_tier1::flags::ENGINES;
    let mut chosen: Vec<String> = Vec::new();
    for e in &opts.engines {
        if e == "all" {
            chosen.extend(engines.iter().map(|s| s.to_string()));
        } else if engines.contains(&e.as_str()) {
            chosen.push(e.clone());
        } else {
            return Err(format!(
                "unknown engine '{}' (accepted: all, {})",
                e,
                engines.join(", ")
            ));
        }
    }
    chosen.dedup();
    let binary = match &opts.strata {
        Some(p) if p.is_file() => p.clone(),
        Some(p) => return Err(format!("no strata binary at {}", p.display())),
        None => default_strata().ok_or(
            "no strata binary next to strata-bench; build it (cargo build --release) or pass --strata PATH",
        )?,
    };
    let mut subjects: Vec<Subject> = chosen
        .into_iter()
        .map(|engine| Subject {
            label: engine.clone(),
            kind: SubjectKind::Strata {
                binary: binary.clone(),
                engine,
            },
        })
        .collect();
    let pythons: Vec<(String, Option<PathBuf>)> = if opts.no_python {
        Vec::new()
    } else if opts.pythons.is_empty() {
        ["python3", "pypy3"]
            .iter()
            .filter_map(|n| find_executable(n).map(|p| (n.to_string(), Some(p))))
            .collect()
    } else {
        opts.pythons
            .iter()
            .map(|n| (n.clone(), find_executable(n)))
            .collect()
    };
    for (label, path) in pythons {
        let command = path.ok_or_else(|| format!("no Python command '{}' found", label))?;
        subjects.push(Subject {
            label,
            kind: SubjectKind::Python { command },
        });
    }
    Ok(subjects)
}

impl Plan {
    /// Resolves programs, subjects and the baseline; `Err` is a message
    /// for bad command-line input.
    pub fn from_options(opts: &Options) -> Result<Plan, String> {
        let programs = resolve_programs(opts)?;
        let subjects = resolve_subjects(opts)?;
        let baseline = match &opts.baseline {
            None => 0,
            Some(b) => subjects.iter().position(|s| &s.label == b).ok_or_else(|| {
                format!(
                    "unknown baseline '{}' (accepted: {})",
                    b,
                    subjects
                        .iter()
                        .map(|s| s.label.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            })?,
        };
        Ok(Plan {
            programs,
            subjects,
            baseline,
            runs: opts.runs,
            warmup: opts.warmup,
            timeout: Duration::from_secs(opts.timeout),
            out_dir: opts.out.clone(),
            command_line: std::env::args().collect::<Vec<_>>().join(" "),
        })
    }
}

/// One execution: wall-clock seconds and standard output, or why it failed.
fn run_once(
    subject: &Subject,
    program: &Program,
    timeout: Duration,
) -> Result<(f64, String), String> {
    let mut cmd = subject.command(&program.path);
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let start = Instant::now();
    let mut child = cmd.spawn().map_err(|e| format!("cannot start: {}", e))?;
    let mut stdout = child.stdout.take().expect("piped stdout");
    let mut stderr = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stdout.read_to_string(&mut s);
        s
    });
    let err_reader = std::thread::spawn(move || {
        let mut s = String::new();
        let _ = stderr.read_to_string(&mut s);
        s
    });
    let status = child
        .wait_timeout(timeout)
        .map_err(|e| format!("cannot wait: {}", e))?;
    let elapsed = start.elapsed().as_secs_f64();
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(format!("timed out after {} s", timeout.as_secs()));
    };
    let out = out_reader.join().unwrap_or_default();
    let err = err_reader.join().unwrap_or_default();
    if !status.success() {
        let last = err.lines().last().unwrap_or("").trim();
        return Err(format!("exited with {}: {}", status, last));
    }
    Ok((elapsed, out))
}

/// Runs the whole matrix, program by program, with a progress bar (shown
/// only on a terminal), and marks outputs that differ from the reference
/// (the baseline's, or the first successful subject's) as failures.
pub fn run(plan: &Plan) -> Vec<Outcome> {
    let per_cell = u64::from(plan.warmup + plan.runs);
    let total = per_cell * (plan.programs.len() * plan.subjects.len()) as u64;
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{elapsed_precise} [{bar:40}] {pos}/{len} {msg}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    let mut outcomes = Vec::new();
    for (pi, program) in plan.programs.iter().enumerate() {
        let mut row: Vec<Outcome> = Vec::new();
        for (si, subject) in plan.subjects.iter().enumerate() {
            bar.set_message(format!("{} / {}", program.name, subject.label));
            let mut cell = Outcome {
                program: pi,
                subject: si,
                times: Vec::new(),
                failure: None,
                output: String::new(),
            };
            for i in 0..per_cell {
                match run_once(subject, program, plan.timeout) {
                    Ok((t, out)) => {
                        if i >= u64::from(plan.warmup) {
                            cell.times.push(t);
                        }
                        cell.output = out;
                        bar.inc(1);
                    }
                    Err(e) => {
                        cell.failure = Some(e);
                        bar.inc(per_cell - i);
                        break;
                    }
                }
            }
            row.push(cell);
        }
        check_outputs(plan, &mut row);
        outcomes.extend(row);
    }
    bar.finish_and_clear();
    outcomes
}

/// Marks cells whose output differs from the reference cell's.
fn check_outputs(plan: &Plan, row: &mut [Outcome]) {
    let reference = if row[plan.baseline].failure.is_none() {
        Some(plan.baseline)
    } else {
        row.iter().position(|c| c.failure.is_none())
    };
    let Some(r) = reference else { return };
    let expected = row[r].output.clone();
    let ref_label = plan.subjects[r].label.clone();
    for cell in row.iter_mut() {
        if cell.failure.is_none() && cell.output != expected {
            cell.failure = Some(format!(
                "output differs from {}'s: got {:?}, expected {:?}",
                ref_label,
                cell.output.trim_end().lines().last().unwrap_or(""),
                expected.trim_end().lines().last().unwrap_or("")
            ));
        }
    }
}
