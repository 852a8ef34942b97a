//! `range` arithmetic: length, membership, equality, indexing.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};
use strata_object::payloads::RangeObj;

/// Number of items in the range.
pub fn range_len(r: &RangeObj) -> BigInt {
    let (lo, hi, step) = (&r.start, &r.stop, &r.step);
    if step.is_positive() {
        if lo >= hi {
            return BigInt::zero();
        }
        (hi - lo - 1) / step + 1
    } else {
        if lo <= hi {
            return BigInt::zero();
        }
        (lo - hi - 1) / (-step) + 1
    }
}

/// Whether the int `x` is an item of the range.
pub fn range_contains(r: &RangeObj, x: &BigInt) -> bool {
    let in_bounds = if r.step.is_positive() {
        &r.start <= x && x < &r.stop
    } else {
        &r.stop < x && x <= &r.start
    };
    in_bounds && (x - &r.start).mod_floor(&r.step).is_zero()
}

/// `range == range`: same sequence of items.
pub fn range_eq(a: &RangeObj, b: &RangeObj) -> bool {
    let (la, lb) = (range_len(a), range_len(b));
    if la != lb {
        return false;
    }
    if la.is_zero() {
        return true;
    }
    if a.start != b.start {
        return false;
    }
    la == BigInt::from(1) || a.step == b.step
}

/// Item `i` (already normalized to 0 <= i < len).
pub fn range_item(r: &RangeObj, i: &BigInt) -> BigInt {
    &r.start + &r.step * i
}
