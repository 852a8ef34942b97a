//! Strata's tier-1 engine: the interpreter state, frames and the
//! evaluation loop, the object protocols, builtin types' methods, builtin
//! functions, the import system, `sys`/`time`, and error display.

pub mod asyncgen;
pub mod attr;
pub mod builtins;
pub mod bytes_methods;
pub mod call;
pub mod codecs;
pub mod container_methods;
pub mod dict;
pub mod display;
pub mod errors;
pub mod eval;
pub mod flags;
pub mod format;
pub mod frame;
pub mod gc;
pub mod generator;
pub mod import;
pub mod interp;
pub mod matching;
pub mod methods;
pub mod modules;
pub mod number_methods;
pub mod numeric;
pub mod objects;
pub mod ops;
pub mod runtime;
pub mod sitebuiltins;
pub mod stack;
pub mod str_methods;
pub mod suggest;
pub mod suggestions;
pub mod sysmod;
pub mod timemod;
pub mod traverse;
pub mod typeobj;
pub mod typeslots;
pub mod typing;
pub mod vm;

pub use vm::{PyResult, Vm};
