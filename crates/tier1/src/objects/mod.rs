//! Behaviour of the builtin object kinds, one file per kind or protocol.

pub mod builtin_attrs;
pub mod callables;
pub mod exception_group;
pub mod exceptions;
pub mod iter;
pub mod range;
pub mod repr;
pub mod sequence;
pub mod set;
pub mod weakref;
