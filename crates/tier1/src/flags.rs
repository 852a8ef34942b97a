//! Engine flags (`STRATA_*` environment variables and `-X` options).

/// Which engine runs Python code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Engine {
    /// The generic (non-specializing) interpreter.
    #[default]
    Generic,
}

/// Names of the distinct engines `STRATA_ENGINE` selects, in tier order
/// (tools such as `strata-bench` run each of them).
pub const ENGINES: &[&str] = &["generic"];

/// Parsed engine flags.
#[derive(Clone, Debug, Default)]
pub struct Flags {
    pub engine: Engine,
}

/// `STRATA_*` environment variables that are settings, not engine flags,
/// with what they do (for `strata -h`).
pub const SETTING_VARS: &[(&str, &str)] = &[
    (
        "STRATA_PATH",
        "':'-separated directories prefixed to the module search path",
    ),
    (
        "STRATA_LIB",
        "load the bundled library from this directory instead of the binary",
    ),
    (
        "STRATA_PYPERFORMANCE_CACHE",
        "where pyperformance-shim's runner caches the benchmark scripts",
    ),
];

/// Every flag name with its accepted values, for error messages.
pub const FLAG_HELP: &[(&str, &str)] = &[("STRATA_ENGINE", "generic")];

impl Flags {
    /// Sets one flag by name; Err names the accepted values.
    pub fn set(&mut self, name: &str, value: &str) -> Result<(), String> {
        match name {
            "STRATA_ENGINE" => {
                self.engine = match value {
                    "generic" | "tier1" => Engine::Generic,
                    _ => {
                        return Err(format!(
                            "invalid value for STRATA_ENGINE: '{}' (accepted: generic, tier1)",
                            value
                        ))
                    }
                };
                Ok(())
            }
            _ => Err(format!(
                "unknown flag '{}' (accepted: {})",
                name,
                FLAG_HELP
                    .iter()
                    .map(|(n, _)| *n)
                    .collect::<Vec<_>>()
                    .join(", ")
            )),
        }
    }
}
