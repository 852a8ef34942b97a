//! Argument handling shared by the native modules: CPython's argument-count
//! and keyword messages for the calling conventions builtins use
//! (one-argument `METH_O`, positional-only `FASTCALL`, keyword-capable
//! argument-clinic signatures), and the numeric conversions
//! `PyFloat_AsDouble` / `PyNumber_Index` with their error messages.
//!
//! Every helper takes the arguments exactly as the native function
//! received them (no bound receiver in front unless the caller slices it
//! off first).

use num_bigint::BigInt;
use strata_object::text::float_ops;
use strata_object::Value;
use strata_tier1::numeric::{as_float, as_int};
use strata_tier1::runtime::FnArgs;
use strata_tier1::{PyResult, Vm};

/// A `METH_O` function's single argument: `qual` is the name in messages
/// (`math.sin`).
pub fn one<'a>(vm: &Vm, a: &FnArgs<'a>, qual: &str) -> PyResult<&'a Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qual)));
    }
    if a.args.len() != 1 {
        return Err(vm.type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qual,
            a.args.len()
        )));
    }
    Ok(&a.args[0])
}

/// A positional-only function's arguments (`_PyArg_CheckPositional`):
/// `qual` names it in the keyword message, `name` in the count message.
pub fn positional<'a>(
    vm: &Vm,
    a: &FnArgs<'a>,
    qual: &str,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qual)));
    }
    let n = a.args.len();
    if n < min || n > max {
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
    Ok(a.args)
}

/// Arguments of an argument-clinic signature: `names` in order, the first
/// `posonly` are positional-only, the first `max_pos` may be positional,
/// the first `required` are mandatory; the rest are keyword-only. Returns
/// one slot per name.
pub fn keywords(
    vm: &Vm,
    a: &FnArgs,
    fname: &str,
    names: &[&str],
    (posonly, max_pos): (usize, usize),
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let p = a.pos();
    let min_posonly = posonly.min(required);
    if p.len() < min_posonly {
        return Err(vm.type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if min_posonly < max_pos {
                "at least"
            } else {
                "exactly"
            },
            min_posonly,
            if min_posonly == 1 { "" } else { "s" },
            p.len()
        )));
    }
    if p.len() > max_pos {
        return Err(vm.type_error(format!(
            "{}() takes {} {} positional argument{} ({} given)",
            fname,
            if required < max_pos {
                "at most"
            } else {
                "exactly"
            },
            max_pos,
            if max_pos == 1 { "" } else { "s" },
            p.len()
        )));
    }
    bind_slots(vm, p, a, fname, names, posonly, required)
}

/// Fills one slot per name from positional values `p` (already counted)
/// and the keyword arguments of `a`: keywords may name only parameters
/// after the first `posonly`; the first `required` must end up filled.
/// CPython's "given by name and position", "invalid keyword argument" and
/// "missing required argument" messages.
pub fn bind_slots(
    vm: &Vm,
    p: &[Value],
    a: &FnArgs,
    fname: &str,
    names: &[&str],
    posonly: usize,
    required: usize,
) -> PyResult<Vec<Option<Value>>> {
    let mut out: Vec<Option<Value>> = vec![None; names.len()];
    for (i, v) in p.iter().enumerate() {
        out[i] = Some(v.clone());
    }
    for (k, v) in a.kwargs() {
        let k = vm.str_lossy(k);
        match names
            .iter()
            .skip(posonly)
            .position(|n| *n == k)
            .map(|i| i + posonly)
        {
            Some(i) if out[i].is_some() => {
                return Err(vm.type_error(format!(
                    "argument for {}() given by name ('{}') and position ({})",
                    fname,
                    k,
                    i + 1
                )));
            }
            Some(i) => out[i] = Some(v.clone()),
            None => {
                return Err(vm.type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    k, fname
                )))
            }
        }
    }
    for (i, slot) in out.iter().enumerate().take(required) {
        if slot.is_none() {
            return Err(vm.type_error(format!(
                "{}() missing required argument '{}' (pos {})",
                fname,
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// `PyFloat_AsDouble`: floats, ints (OverflowError when too large),
/// `__float__` (which must return a float), then `__index__`; otherwise
/// "must be real number, not T".
pub fn to_f64(vm: &Vm, v: &Value) -> PyResult<f64> {
    if let Some(f) = as_float(v) {
        return Ok(f);
    }
    if let Some(m) = vm.user_special(v, "__float__") {
        let r = vm.call_bound_special(&m, v, &[])?;
        return as_float(&r).ok_or_else(|| {
            vm.type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(v),
                vm.type_name(&r)
            ))
        });
    }
    if let Some(i) = as_int(v) {
        return vm.int_to_f64(&i);
    }
    if vm.user_special(v, "__index__").is_some() {
        let i = vm.index(v)?;
        return big_to_f64(vm, &i);
    }
    Err(vm.type_error(format!("must be real number, not {}", vm.type_name(v))))
}

/// A big int as a float (OverflowError "int too large to convert to
/// float").
pub fn big_to_f64(vm: &Vm, i: &BigInt) -> PyResult<f64> {
    float_ops::bigint_to_f64(i).map_err(|e| vm.num_error(e))
}

/// `PyNumber_Index`: an int, or the result of `__index__`.
pub fn to_index(vm: &Vm, v: &Value) -> PyResult<BigInt> {
    vm.index(v)
}
