//! Subjects: what a benchmark program runs under — a Strata engine (the
//! `strata` binary with `STRATA_ENGINE` set) or another Python command.

use std::path::{Path, PathBuf};
use std::process::Command;

/// One column of the comparison.
#[derive(Clone, Debug)]
pub struct Subject {
    /// Name shown in tables: the engine name, or the Python command.
    pub label: String,
    pub kind: SubjectKind,
}

/// How a subject runs a program.
#[derive(Clone, Debug)]
pub enum SubjectKind {
    /// `strata PROGRAM` with `STRATA_ENGINE=engine`.
    Strata { binary: PathBuf, engine: String },
    /// `command PROGRAM` (CPython, PyPy, ...).
    Python { command: PathBuf },
}

impl Subject {
    /// The command that runs `program` under this subject.
    pub fn command(&self, program: &Path) -> Command {
        match &self.kind {
            SubjectKind::Strata { binary, engine } => {
                let mut c = Command::new(binary);
                c.env("STRATA_ENGINE", engine).arg(program);
                c
            }
            SubjectKind::Python { command } => {
                let mut c = Command::new(command);
                c.env("PYTHONHASHSEED", "0").arg(program);
                c
            }
        }
    }

    /// A short description for the results file.
    pub fn describe(&self) -> String {
        match &self.kind {
            SubjectKind::Strata { binary, engine } => {
                format!("{} with STRATA_ENGINE={}", binary.display(), engine)
            }
            SubjectKind::Python { command } => command.display().to_string(),
        }
    }
}

/// Finds `name` as an executable: a path containing `/` as given, else the
/// first match on `PATH`.
pub fn find_executable(name: &str) -> Option<PathBuf> {
    if name.contains('/') {
        let p = PathBuf::from(name);
        return p.is_file().then_some(p);
    }
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// The `strata` binary next to the running `strata-bench`.
pub fn default_strata() -> Option<PathBuf> {
    let me = std::env::current_exe().ok()?;
    let p = me.parent()?.join("strata");
    p.is_file().then_some(p)
}
