//! The integer functions of the `math` module: `factorial`, `comb`,
//! `perm`, `gcd`, `lcm` and `isqrt`, exact on ints of any size, with
//! CPython 3.11's argument conversion (`__index__`, so floats are
//! rejected) and messages.

use num_bigint::{BigInt, BigUint};
use num_integer::{Integer, Roots};
use num_traits::{One, Signed, ToPrimitive, Zero};
use strata_object::Value;
use strata_tier1::runtime::FnArgs;
use strata_tier1::{PyResult, Vm};

use crate::args;

/// Product of the integers in `lo..hi`, by binary splitting (balanced
/// multiplications keep big products fast).
fn range_product(lo: &BigUint, hi: &BigUint) -> BigUint {
    let len = hi - lo;
    if len <= BigUint::from(16u32) {
        let mut acc = BigUint::one();
        let mut i = lo.clone();
        while &i < hi {
            acc *= &i;
            i += 1u32;
        }
        return acc;
    }
    let mid: BigUint = lo + (len >> 1);
    range_product(lo, &mid) * range_product(&mid, hi)
}

/// `n!` for a non-negative `n`.
fn factorial_of(n: u64) -> BigUint {
    if n < 2 {
        return BigUint::one();
    }
    range_product(&BigUint::one(), &BigUint::from(n + 1))
}

/// `factorial(n)` with the conversions and messages of `math.factorial`.
fn factorial_value(vm: &Vm, v: &Value) -> PyResult {
    let n = args::to_index(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(vm.overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(vm.new_bigint(BigInt::from(factorial_of(n as u64))))
}

/// `math.factorial(n)`.
pub fn factorial(vm: &Vm, a: FnArgs) -> PyResult {
    let v = args::one(vm, &a, "math.factorial")?;
    factorial_value(vm, v)
}

/// `n * (n-1) * ... * (n-k+1)` for `0 <= k <= n`.
fn falling(n: &BigUint, k: u64) -> BigUint {
    if k == 0 {
        return BigUint::one();
    }
    let lo = n - BigUint::from(k) + 1u32;
    range_product(&lo, &(n + 1u32))
}

/// Converts `n` and `k` and checks both are non-negative.
fn n_and_k(vm: &Vm, n: &Value, k: &Value) -> PyResult<(BigInt, BigInt)> {
    let n = args::to_index(vm, n)?;
    let k = args::to_index(vm, k)?;
    if n.is_negative() {
        return Err(vm.value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(vm.value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

/// `math.perm(n, k=None)`.
pub fn perm(vm: &Vm, a: FnArgs) -> PyResult {
    let p = args::positional(vm, &a, "math.perm", "perm", 1, 2)?;
    if p.len() == 1 || p[1].is(&vm.none) {
        return factorial_value(vm, &p[0]);
    }
    let (n, k) = n_and_k(vm, &p[0], &p[1])?;
    if n < k {
        return Ok(vm.new_int(0));
    }
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("k must not exceed {}", i64::MAX)));
    };
    let n = n.to_biguint().expect("non-negative");
    Ok(vm.new_bigint(BigInt::from(falling(&n, k))))
}

/// `math.comb(n, k)`.
pub fn comb(vm: &Vm, a: FnArgs) -> PyResult {
    let p = args::positional(vm, &a, "math.comb", "comb", 2, 2)?;
    let (n, k) = n_and_k(vm, &p[0], &p[1])?;
    if k > n {
        return Ok(vm.new_int(0));
    }
    let rest = &n - &k;
    let k = if rest < k { rest } else { k };
    let Some(k) = k.to_u64().filter(|k| *k <= i64::MAX as u64) else {
        return Err(vm.overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX)));
    };
    let n = n.to_biguint().expect("non-negative");
    let r = falling(&n, k) / factorial_of(k);
    Ok(vm.new_bigint(BigInt::from(r)))
}

/// Converts every argument of a variadic integer function.
fn all_ints(vm: &Vm, a: &FnArgs, qual: &str) -> PyResult<Vec<BigInt>> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qual)));
    }
    a.args.iter().map(|v| args::to_index(vm, v)).collect()
}

/// `math.gcd(*integers)`.
pub fn gcd(vm: &Vm, a: FnArgs) -> PyResult {
    let ints = all_ints(vm, &a, "math.gcd")?;
    let mut g = BigInt::zero();
    for i in &ints {
        if g.is_one() {
            break;
        }
        g = g.gcd(i);
    }
    Ok(vm.new_bigint(g.abs()))
}

/// `math.lcm(*integers)`.
pub fn lcm(vm: &Vm, a: FnArgs) -> PyResult {
    let ints = all_ints(vm, &a, "math.lcm")?;
    let mut l = BigInt::one();
    for i in &ints {
        if l.is_zero() || i.is_zero() {
            l = BigInt::zero();
            continue;
        }
        let g = l.gcd(i);
        l = (&l / g * i).abs();
    }
    if let [only] = ints.as_slice() {
        return Ok(vm.new_bigint(only.abs()));
    }
    Ok(vm.new_bigint(l))
}

/// `math.isqrt(n)`.
pub fn isqrt(vm: &Vm, a: FnArgs) -> PyResult {
    let v = args::one(vm, &a, "math.isqrt")?;
    let n = args::to_index(vm, v)?;
    if n.is_negative() {
        return Err(vm.value_error("isqrt() argument must be nonnegative"));
    }
    if let Some(small) = n.to_u64() {
        return Ok(vm.new_bigint(BigInt::from(small.sqrt())));
    }
    Ok(vm.new_bigint(n.sqrt()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn products() {
        assert_eq!(factorial_of(0), BigUint::from(1u32));
        assert_eq!(factorial_of(20), BigUint::from(2432902008176640000u64));
        assert_eq!(
            factorial_of(30).to_string(),
            "265252859812191058636308480000000"
        );
        assert_eq!(falling(&BigUint::from(10u32), 3), BigUint::from(720u32));
        assert_eq!(falling(&BigUint::from(10u32), 0), BigUint::from(1u32));
    }
}
