//! Where modules that ship with Strata come from: native modules (Rust
//! initializers registered by the `strata-stdlib` crate or by the engine
//! itself) and the bundled Python library (`lib/` of the repository).
//!
//! The bundled library is normally embedded in the binary at build time
//! (`strata-stdlib`'s build script); setting `STRATA_LIB=DIR` makes import
//! read it from `DIR` instead, so library code can be edited without a
//! rebuild. Native modules are initialized lazily, on first import, and are
//! consulted before `sys.path`; the bundled library comes after `sys.path`
//! (a program's own module of the same name wins, as in CPython).

use std::path::PathBuf;

use crate::vm::{PyResult, Vm};
use strata_object::Value;

/// Builds a native module's object; called once, on first import.
pub type NativeModuleInit = fn(&Vm) -> PyResult<Value>;

/// One module of the bundled Python library, embedded in the binary.
#[derive(Clone, Copy, Debug)]
pub struct FrozenModule {
    /// Dotted module name (`json`, `json.decoder`).
    pub name: &'static str,
    /// Path of the source file when the binary was built; used as
    /// `__file__` and in tracebacks.
    pub path: &'static str,
    /// The module's source text.
    pub source: &'static str,
    /// Whether the module is a package (`__init__.py`).
    pub is_package: bool,
}

/// Where the bundled Python library is read from.
#[derive(Clone, Debug, Default)]
pub enum LibSource {
    /// No bundled library (an engine built without `strata-stdlib`).
    #[default]
    None,
    /// Sources embedded in the binary.
    Embedded(&'static [FrozenModule]),
    /// A directory laid out like `lib/` (`STRATA_LIB`).
    Dir(PathBuf),
}

/// The registry of shipped modules, owned by the [`Vm`].
#[derive(Default)]
pub struct ModuleRegistry {
    natives: Vec<(&'static str, NativeModuleInit)>,
    lib: LibSource,
}

impl ModuleRegistry {
    /// Registers native module `name`; a later registration of the same
    /// name replaces the earlier one.
    pub fn add_native(&mut self, name: &'static str, init: NativeModuleInit) {
        self.natives.retain(|(n, _)| *n != name);
        self.natives.push((name, init));
    }

    /// Sets where the bundled Python library comes from.
    pub fn set_lib(&mut self, lib: LibSource) {
        self.lib = lib;
    }

    /// The initializer of native module `name`, if one is registered.
    pub fn native(&self, name: &str) -> Option<NativeModuleInit> {
        self.natives
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, f)| *f)
    }

    /// Names of all registered native modules, sorted
    /// (`sys.builtin_module_names`).
    pub fn native_names(&self) -> Vec<&'static str> {
        let mut v: Vec<_> = self.natives.iter().map(|(n, _)| *n).collect();
        v.sort_unstable();
        v
    }

    /// The library directory, when the library is read from disk.
    pub fn lib_dir(&self) -> Option<PathBuf> {
        match &self.lib {
            LibSource::Dir(d) => Some(d.clone()),
            _ => None,
        }
    }

    /// The embedded module `fullname`, when the library is embedded.
    pub fn frozen(&self, fullname: &str) -> Option<FrozenModule> {
        match &self.lib {
            LibSource::Embedded(mods) => mods.iter().find(|m| m.name == fullname).copied(),
            _ => None,
        }
    }
}
