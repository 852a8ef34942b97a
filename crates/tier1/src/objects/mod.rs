//! Behaviour of the builtin object kinds, one file per kind or protocol.

pub mod anext;
pub mod builtin_attrs;
pub mod callables;
pub mod exception_group;
pub mod exceptions;
pub mod extra_dunders;
pub mod generic_alias;
pub mod iter;
pub mod mappingproxy;
pub mod memoryview;
pub mod range;
pub mod reduce;
pub mod repr;
pub mod sequence;
pub mod set;
pub mod weakref;
