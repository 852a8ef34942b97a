//! Text and number utilities with CPython's exact behaviour: float repr and
//! formatting, the format-spec mini-language, number parsing, string/bytes
//! repr, and float/int numeric semantics (division, rounding, hashing).
//!
//! Pure Rust, no `unsafe`, no panics: every function is total and reports
//! Python-level failures as values.

pub mod float_ops;
pub mod float_repr;
pub mod format_spec;
pub mod number_parse;
pub mod repr;
pub mod unicode;
mod unicode_props;
mod unicode_tables;

pub use float_ops::{
    bigint_to_f64, float_as_integer_ratio, float_divmod, float_floordiv, float_fromhex, float_hex,
    float_mod, float_pow, float_round, float_round_to_int, float_to_bigint, float_truediv,
    hash_bigint, hash_f64, hash_i64, int_true_divide, NumError,
};
pub use float_repr::{double_to_string, float_repr, float_str, DtoaFlags, FloatFormat};
pub use format_spec::{
    format_error_kind, format_float, format_float_typed, format_float_with_spec, format_int,
    format_int_typed, format_int_with_spec, format_str, format_str_typed, format_str_with_spec,
    parse_format_spec, parse_format_spec_for, Align, FormatErrorKind, FormatSpec, Sign,
};
pub use number_parse::{
    parse_float, parse_float_bytes, parse_int, parse_int_bytes, parse_int_limited, IntParseError,
};
pub use repr::{ascii_repr, bytes_repr, str_repr};
