//! Strata's object model.
//!
//! - [`value::Value`]: the one-word value (small int or object reference).
//! - [`header`]: object header, allocation, refcounting, trashcan freeing.
//! - [`gc`]: the cycle collector's tracking lists and reachability analysis;
//!   [`traverse`]: how this crate's container payloads expose references.
//! - [`types`]: type objects, MRO, version tags.
//! - [`table`]: the compact hash table behind dicts.
//! - [`set_table`]: CPython's open-addressing table behind sets.
//! - [`payloads`]: data of builtin types.
//! - [`text`]: exact CPython text and number conversions.
//!
//! Behaviour that needs the interpreter (calling Python code, attribute
//! lookup rules, operators) lives in `strata-tier1`; this crate holds data
//! and invariants. Unsafe code is confined to `header.rs`, `gc/` and `value.rs`.

pub mod gc;
pub mod header;
pub mod payloads;
pub mod set_table;
pub mod table;
pub mod text;
pub mod traverse;
pub mod types;
pub mod value;

pub use header::PayloadInfo;
pub use types::{TypeFlags, TypeObject};
pub use value::Value;
