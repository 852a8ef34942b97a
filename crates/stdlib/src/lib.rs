//! Strata's standard library: the native modules (Rust) and the bundled
//! Python library (`lib/` at the repository root, embedded in the binary
//! by `build.rs`).
//!
//! [`install`] registers both with an interpreter; the engine itself stays
//! free of library code, and the `strata` command calls `install` once
//! after creating the [`Vm`]. Each native module lives in its own file and
//! exposes one `init(&Vm) -> PyResult<Value>` that builds the module
//! object on first import.

pub mod fnargs;
pub mod io;
pub mod posix;

use strata_tier1::modules::{FrozenModule, LibSource};
use strata_tier1::Vm;

mod args;
mod array;
mod array_data;
pub mod gc;
mod json;
mod libm;
mod math;
mod math_int;
mod math_kernels;
mod mt19937;
mod random;
mod sha512;
mod struct_format;
mod struct_mod;

include!(concat!(env!("OUT_DIR"), "/frozen_lib.rs"));

/// Every native module with its initializer.
const NATIVE_MODULES: &[(&str, strata_tier1::modules::NativeModuleInit)] = &[
    ("_io", io::init),
    ("posix", posix::init),
    ("math", math::init),
    ("array", array::init),
    ("_random", random::init),
    ("_sha512", sha512::init),
    ("_struct", struct_mod::init),
    ("gc", gc::init),
    ("_json", json::init),
];

/// Registers the native modules, the bundled library and the builtin
/// `open` with `vm`.
/// `STRATA_LIB=DIR` in the environment makes the library load from `DIR`
/// (a directory laid out like `lib/`) instead of the embedded copy.
pub fn install(vm: &Vm) {
    let open = io::open_function(vm);
    strata_tier1::dict::dict_set_str(vm, &vm.builtins, "open", open);
    let mut reg = vm.shipped_modules.borrow_mut();
    for (name, init) in NATIVE_MODULES {
        reg.add_native(name, *init);
    }
    match std::env::var_os("STRATA_LIB") {
        Some(dir) if !dir.is_empty() => reg.set_lib(LibSource::Dir(dir.into())),
        _ => reg.set_lib(LibSource::Embedded(FROZEN)),
    }
}

/// Names of the modules of the embedded library, sorted.
pub fn bundled_module_names() -> Vec<&'static str> {
    let mut v: Vec<_> = FROZEN.iter().map(|m| m.name).collect();
    v.sort_unstable();
    v
}
