//! The few C math library functions the `math` module needs that Rust's
//! standard library computes differently (its `asinh`/`acosh`/`atanh` are
//! its own formulas) or lacks (`erf`, `erfc`). (`cbrt` is in
//! [`crate::math_kernels`]: the Rust runtime links its own `cbrt` symbol
//! ahead of the C library's.) CPython calls the platform
//! libm for these, so calling the same library reproduces its results bit
//! for bit.
//!
//! Invariant: each function here is a pure function of its `f64`
//! arguments; none touches memory.

mod ffi {
    extern "C" {
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
    }
}

/// Inverse hyperbolic sine.
pub fn asinh(x: f64) -> f64 {
    // SAFETY: libm's asinh reads only its by-value argument.
    unsafe { ffi::asinh(x) }
}

/// Inverse hyperbolic cosine (NaN below 1).
pub fn acosh(x: f64) -> f64 {
    // SAFETY: libm's acosh reads only its by-value argument.
    unsafe { ffi::acosh(x) }
}

/// Inverse hyperbolic tangent (infinite at ±1, NaN beyond).
pub fn atanh(x: f64) -> f64 {
    // SAFETY: libm's atanh reads only its by-value argument.
    unsafe { ffi::atanh(x) }
}

/// The error function.
pub fn erf(x: f64) -> f64 {
    // SAFETY: libm's erf reads only its by-value argument.
    unsafe { ffi::erf(x) }
}

/// The complementary error function.
pub fn erfc(x: f64) -> f64 {
    // SAFETY: libm's erfc reads only its by-value argument.
    unsafe { ffi::erfc(x) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_values() {
        assert_eq!(erf(0.0), 0.0);
        assert_eq!(erfc(0.0), 1.0);
        assert_eq!(asinh(0.0), 0.0);
        assert_eq!(acosh(1.0), 0.0);
        assert!(atanh(1.0).is_infinite());
        assert!(acosh(0.5).is_nan());
    }
}
