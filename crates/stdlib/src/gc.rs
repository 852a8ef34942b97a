//! The `gc` module: the interface to the cycle collector
//! (`strata_object::gc` holds the tracking and analysis,
//! `strata_tier1::gc` runs collections). Argument checking and error
//! messages follow CPython 3.11's `gc` module.

use num_traits::ToPrimitive;
use strata_object::gc as core;
use strata_object::Value;
use strata_tier1::dict::dict_set_str;
use strata_tier1::runtime::{FnArgs, ModuleObj};
use strata_tier1::sysmod::{module_fn, new_module};
use strata_tier1::{PyResult, Vm};

use strata_tier1::gc::{
    DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE,
};

/// Builds the `gc` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = new_module(vm, "gc");
    let d = m.downcast::<ModuleObj>().expect("module").dict.clone();
    dict_set_str(
        vm,
        &d,
        "__doc__",
        vm.new_str(
            "This module provides access to the garbage collector for reference cycles.\n\n\
             Strata frees objects by reference counting and finds unreachable\n\
             reference cycles with a generational collector.",
        ),
    );
    let funcs: &[(&str, strata_tier1::runtime::NativeFn)] = &[
        ("collect", collect),
        ("enable", enable),
        ("disable", disable),
        ("isenabled", isenabled),
        ("get_count", get_count),
        ("get_threshold", get_threshold),
        ("set_threshold", set_threshold),
        ("get_debug", get_debug),
        ("set_debug", set_debug),
        ("freeze", freeze),
        ("unfreeze", unfreeze),
        ("get_freeze_count", get_freeze_count),
        ("get_objects", get_objects),
        ("get_referrers", get_referrers),
        ("get_referents", get_referents),
        ("is_tracked", is_tracked),
        ("is_finalized", is_finalized),
        ("get_stats", get_stats),
    ];
    for (name, f) in funcs {
        module_fn(vm, &m, name, *f);
    }
    for (name, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        dict_set_str(vm, &d, name, vm.new_int(i64::from(v)));
    }
    dict_set_str(vm, &d, "garbage", vm.gc.garbage.clone());
    dict_set_str(vm, &d, "callbacks", vm.gc.callbacks.clone());
    Ok(m)
}

/// No arguments at all (`gc.enable()` and friends).
fn no_args(vm: &Vm, name: &str, a: &FnArgs) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("gc.{name}() takes no keyword arguments")));
    }
    if !a.args.is_empty() {
        return Err(vm.type_error(format!(
            "gc.{name}() takes no arguments ({} given)",
            a.args.len()
        )));
    }
    Ok(())
}

/// Exactly one positional argument (`gc.is_tracked(obj)` and friends).
fn one_arg<'a>(vm: &Vm, name: &str, a: &FnArgs<'a>) -> PyResult<&'a Value> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("gc.{name}() takes no keyword arguments")));
    }
    match a.args {
        [v] => Ok(v),
        _ => Err(vm.type_error(format!(
            "gc.{name}() takes exactly one argument ({} given)",
            a.args.len()
        ))),
    }
}

/// The optional `generation` argument (positional or keyword) of
/// `collect` and `get_objects`.
fn generation_arg<'a>(vm: &Vm, name: &str, a: &FnArgs<'a>) -> PyResult<Option<&'a Value>> {
    let pos = a.pos();
    let mut found = pos.first();
    for (k, v) in a.kwargs() {
        let key = vm.str_lossy(k);
        if key != "generation" {
            return Err(vm.type_error(format!(
                "'{key}' is an invalid keyword argument for {name}()"
            )));
        }
        if found.is_some() {
            return Err(vm.type_error(format!(
                "argument for {name}() given by name ('generation') and position (1)"
            )));
        }
        found = Some(v);
    }
    if a.args.len() > 1 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 1 argument ({} given)",
            a.args.len()
        )));
    }
    Ok(found)
}

/// `gc.collect(generation=2)`: runs a collection, returns the number of
/// unreachable objects found.
fn collect(vm: &Vm, a: FnArgs) -> PyResult {
    let generation = match generation_arg(vm, "collect", &a)? {
        Some(g) => vm.index(g)?.to_i64().unwrap_or(-1),
        None => 2,
    };
    if !(0..core::NUM_GENERATIONS as i64).contains(&generation) {
        return Err(vm.value_error("invalid generation"));
    }
    let n = strata_tier1::gc::collect(vm, generation as usize);
    Ok(vm.new_int(n as i64))
}

fn enable(vm: &Vm, a: FnArgs) -> PyResult {
    no_args(vm, "enable", &a)?;
    core::set_enabled(true);
    Ok(vm.none())
}

fn disable(vm: &Vm, a: FnArgs) -> PyResult {
    no_args(vm, "disable", &a)?;
    core::set_enabled(false);
    Ok(vm.none())
}

fn isenabled(vm: &Vm, a: FnArgs) -> PyResult {
    no_args(vm, "isenabled", &a)?;
    Ok(vm.bool(core::is_enabled()))
}

fn int_tuple(vm: &Vm, items: impl IntoIterator<Item = i64>) -> Value {
    vm.new_tuple(items.into_iter().map(|i| vm.new_int(i)).collect())
}

fn get_count(vm: &Vm, a: FnArgs) -> PyResult {
    no_args(vm, "get_count", &a)?;
    Ok(int_tuple(vm, core::counts().map(|c| c as i64)))
}

fn get_threshold(vm: &Vm, a: FnArgs) -> PyResult {
    no_args(vm, "get_threshold", &a)?;
    Ok(int_tuple(vm, core::thresholds()))
}

/// A C `int` argument with CPython's overflow messages.
fn c_int(vm: &Vm, v: &Value) -> PyResult<i64> {
    let b = vm.index(v)?;
    let Some(i) = b.to_i64() else {
        return Err(vm.overflow_error("Python int too large to convert to C long"));
    };
    if i > i64::from(i32::MAX) {
        return Err(vm.overflow_error("signed integer is greater than maximum"));
    }
    if i < i64::from(i32::MIN) {
        return Err(vm.overflow_error("signed integer is less than minimum"));
    }
    Ok(i)
}

/// `gc.set_threshold(threshold0[, threshold1[, threshold2]])`.
fn set_threshold(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("set_threshold() takes no keyword arguments"));
    }
    let n = a.args.len();
    if n == 0 {
        return Err(vm.type_error("set_threshold() takes at least 1 argument (0 given)"));
    }
    if n > 3 {
        return Err(vm.type_error(format!(
            "set_threshold() takes at most 3 arguments ({n} given)"
        )));
    }
    let mut t = [None; core::NUM_GENERATIONS];
    for (slot, v) in t.iter_mut().zip(a.args) {
        *slot = Some(c_int(vm, v)?);
    }
    core::set_thresholds(t);
    Ok(vm.none())
}

fn get_debug(vm: &Vm, a: FnArgs) -> PyResult {
    no_args(vm, "get_debug", &a)?;
    Ok(vm.new_int(i64::from(vm.gc.debug.get())))
}

fn set_debug(vm: &Vm, a: FnArgs) -> PyResult {
    let v = one_arg(vm, "set_debug", &a)?;
    let flags = c_int(vm, v)?;
    vm.gc.debug.set(flags as u32);
    Ok(vm.none())
}

fn freeze(vm: &Vm, a: FnArgs) -> PyResult {
    no_args(vm, "freeze", &a)?;
    core::freeze();
    Ok(vm.none())
}

fn unfreeze(vm: &Vm, a: FnArgs) -> PyResult {
    no_args(vm, "unfreeze", &a)?;
    core::unfreeze();
    Ok(vm.none())
}

fn get_freeze_count(vm: &Vm, a: FnArgs) -> PyResult {
    no_args(vm, "get_freeze_count", &a)?;
    Ok(vm.new_int(core::freeze_count() as i64))
}

/// `gc.get_objects(generation=None)`.
fn get_objects(vm: &Vm, a: FnArgs) -> PyResult {
    let gen = match generation_arg(vm, "get_objects", &a)? {
        Some(g) if !g.is(&vm.none) => {
            let g = vm.ssize_arg(g)?;
            if g >= core::NUM_GENERATIONS as i64 {
                return Err(vm.value_error(format!(
                    "generation parameter must be less than the number of available generations ({})",
                    core::NUM_GENERATIONS
                )));
            }
            if g < -1 {
                return Err(vm.value_error("generation parameter cannot be negative"));
            }
            usize::try_from(g).ok()
        }
        _ => None,
    };
    Ok(vm.new_list(core::objects(gen)))
}

/// `gc.get_referrers(*objs)`.
fn get_referrers(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("gc.get_referrers() takes no keyword arguments"));
    }
    Ok(vm.new_list(core::referrers(a.args)))
}

/// `gc.get_referents(*objs)`.
fn get_referents(vm: &Vm, a: FnArgs) -> PyResult {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error("gc.get_referents() takes no keyword arguments"));
    }
    let mut out = Vec::new();
    for v in a.args {
        out.extend(core::referents(v));
    }
    Ok(vm.new_list(out))
}

fn is_tracked(vm: &Vm, a: FnArgs) -> PyResult {
    let v = one_arg(vm, "is_tracked", &a)?;
    Ok(vm.bool(core::is_tracked(v)))
}

fn is_finalized(vm: &Vm, a: FnArgs) -> PyResult {
    let v = one_arg(vm, "is_finalized", &a)?;
    Ok(vm.bool(core::is_finalized(v)))
}

/// `gc.get_stats()`: one dict per generation.
fn get_stats(vm: &Vm, a: FnArgs) -> PyResult {
    no_args(vm, "get_stats", &a)?;
    let mut out = Vec::new();
    for s in core::stats() {
        let d = vm.new_dict();
        dict_set_str(vm, &d, "collections", vm.new_int(s.collections as i64));
        dict_set_str(vm, &d, "collected", vm.new_int(s.collected as i64));
        dict_set_str(vm, &d, "uncollectable", vm.new_int(s.uncollectable as i64));
        out.push(d);
    }
    Ok(vm.new_list(out))
}
