//! Argument binding for the native functions of the standard library:
//! positional-or-keyword parameters with CPython's (Argument Clinic) error
//! messages, optional size arguments and calling a method by name.

use num_traits::ToPrimitive;
use strata_object::payloads::StrObj;
use strata_object::Value;
use strata_tier1::runtime::FnArgs;
use strata_tier1::{PyResult, Vm};

/// Binds the arguments of `a` after the first `skip` positional ones (the
/// receiver of a method) to parameters `names`, of which the first
/// `required` are required and the first `max_pos` may be positional.
/// Returns one slot per name.
pub fn bind(
    vm: &Vm,
    a: &FnArgs,
    skip: usize,
    fname: &str,
    names: &[&str],
    required: usize,
    max_pos: usize,
) -> PyResult<Vec<Option<Value>>> {
    let p = a.pos().get(skip..).unwrap_or(&[]);
    if p.len() > max_pos {
        let what = if max_pos == names.len() {
            "argument"
        } else {
            "positional argument"
        };
        return Err(vm.type_error(format!(
            "{}() takes at most {} {}{} ({} given)",
            fname,
            max_pos,
            what,
            if max_pos == 1 { "" } else { "s" },
            p.len()
        )));
    }
    crate::args::bind_slots(vm, p, a, fname, names, 0, required)
}

/// Positional-only arguments after the receiver: between `min` and `max`
/// of them (`read expected at most 1 argument, got 2`).
pub fn positional<'a>(
    vm: &Vm,
    a: &FnArgs<'a>,
    skip: usize,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
    }
    let p = a.pos().get(skip..).unwrap_or(&[]);
    let n = p.len();
    if n < min || n > max {
        if min == max && min == 0 {
            return Err(vm.type_error(format!("{}() takes no arguments ({} given)", name, n)));
        }
        let (word, k) = if min == max {
            ("", min)
        } else if n < min {
            ("at least ", min)
        } else {
            ("at most ", max)
        };
        return Err(vm.type_error(format!(
            "{} expected {}{} argument{}, got {}",
            name,
            word,
            k,
            if k == 1 { "" } else { "s" },
            n
        )));
    }
    Ok(p)
}

/// Whether `v` is absent or `None`.
pub fn is_none(vm: &Vm, v: Option<&Value>) -> bool {
    v.is_none_or(|v| v.is(&vm.none))
}

/// A size argument: absent or `None` gives -1 (`argument should be integer
/// or None, not 'str'`; OverflowError beyond the i64 range).
pub fn size_arg(vm: &Vm, v: Option<&Value>) -> PyResult<i64> {
    match v {
        None => Ok(-1),
        Some(v) if v.is(&vm.none) => Ok(-1),
        Some(v) => {
            if strata_tier1::numeric::as_int(v).is_none()
                && vm.user_special(v, "__index__").is_none()
            {
                return Err(vm.type_error(format!(
                    "argument should be integer or None, not '{}'",
                    vm.type_name(v)
                )));
            }
            let b = vm.index(v)?;
            b.to_i64()
                .ok_or_else(|| vm.overflow_error("cannot fit 'int' into an index-sized integer"))
        }
    }
}

/// An integer argument (`__index__`), saturated to the i64 range.
pub fn int_arg(vm: &Vm, v: &Value) -> PyResult<i64> {
    let b = vm.index(v)?;
    Ok(b.to_i64()
        .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
            i64::MIN
        } else {
            i64::MAX
        }))
}

/// The text of a str argument, or `None` if `v` is not a str.
pub fn str_of(v: &Value) -> Option<&str> {
    v.downcast::<StrObj>().map(|s| &*s.s)
}

/// `obj.name(*args)`.
pub fn call_method(vm: &Vm, obj: &Value, name: &str, args: &[Value]) -> PyResult {
    let m = vm.getattr_str(obj, name)?;
    vm.call(&m, args)
}
