//! Drives the cycle collector (`strata_object::gc`) with the interpreter's
//! help: runs collections (explicit `gc.collect()` and automatic ones at the
//! eval loop's safe points), clears weak references to garbage and calls
//! their callbacks, runs finalizers (`__del__`, generator close) once per
//! object (PEP 442), reports to `gc.callbacks`, and honours the `gc`
//! module's debug flags. Also the deallocation-time finalizer hook that
//! runs `__del__` when reference counting frees an object.
//!
//! A collection, in order (CPython's): callbacks("start"); analysis (the
//! garbage is held by strong references from here on, so nothing is freed
//! while Python code runs); weakrefs to garbage cleared, callbacks of
//! surviving weakrefs called; finalizers; resurrected objects dropped from
//! the garbage; the rest cleared (or, with `DEBUG_SAVEALL`, appended to
//! `gc.garbage`); the held references released, which frees the garbage;
//! callbacks("stop"). Collections do not nest: a `gc.collect()` from a
//! finalizer or callback returns 0.

use std::cell::Cell;
use std::ptr::NonNull;

use strata_object::gc::{self as core, Collection};
use strata_object::header::{HeaderFlags, ObjHeader};
use strata_object::payloads::ListObj;
use strata_object::types::type_layout;
use strata_object::Value;

use crate::runtime::GeneratorObj;
use crate::vm::Vm;

/// `gc.DEBUG_STATS`: print statistics of each collection to stderr.
pub const DEBUG_STATS: u32 = 1;
/// `gc.DEBUG_COLLECTABLE`: print the collectable objects found.
pub const DEBUG_COLLECTABLE: u32 = 2;
/// `gc.DEBUG_UNCOLLECTABLE`: print uncollectable objects (none: every
/// finalizer is PEP 442-style).
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
/// `gc.DEBUG_SAVEALL`: keep the garbage in `gc.garbage` instead of freeing it.
pub const DEBUG_SAVEALL: u32 = 32;
/// `gc.DEBUG_LEAK`.
pub const DEBUG_LEAK: u32 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

/// The interpreter's collector state that Python can see: `gc.callbacks`,
/// `gc.garbage` and the debug flags.
pub struct GcRuntime {
    /// `gc.callbacks` (a list).
    pub callbacks: Value,
    /// `gc.garbage` (a list).
    pub garbage: Value,
    /// `gc.set_debug` flags.
    pub debug: Cell<u32>,
    /// A collection (callbacks included) is running.
    running: Cell<bool>,
}

impl GcRuntime {
    /// Fresh state around the two given (empty) lists.
    pub fn new(callbacks: Value, garbage: Value) -> GcRuntime {
        GcRuntime {
            callbacks,
            garbage,
            debug: Cell::new(0),
            running: Cell::new(false),
        }
    }
}

impl Vm {
    /// Safe point: runs the automatic collection the allocator asked for.
    /// Called by the eval loop (function entry, backward jumps) where no
    /// Rust borrow of an object's interior is live.
    #[cold]
    pub fn gc_safe_point(&self) {
        core::clear_pending();
        if self.gc.running.get() {
            return;
        }
        if let Some(g) = core::generation_to_collect() {
            // Finalizers run Python code: keep the interrupted frame's
            // view of the interpreter.
            let globals = self.frame_globals.borrow().clone();
            collect(self, g);
            let old = self.frame_globals.replace(globals);
            drop(old);
        }
    }
}

/// Runs a collection of `generation` (0..=2) and returns the number of
/// unreachable objects found (0 if a collection is already running).
pub fn collect(vm: &Vm, generation: usize) -> usize {
    if vm.gc.running.get() || core::is_collecting() {
        return 0;
    }
    vm.gc.running.set(true);
    invoke_callbacks(vm, "start", generation, 0, 0);
    let collected = run_collection(vm, generation);
    invoke_callbacks(vm, "stop", generation, collected, 0);
    vm.gc.running.set(false);
    collected
}

fn run_collection(vm: &Vm, generation: usize) -> usize {
    let debug = vm.gc.debug.get();
    let started = std::time::Instant::now();
    if debug & DEBUG_STATS != 0 {
        let sizes = core::generation_sizes();
        eprintln!("gc: collecting generation {generation}...");
        eprintln!(
            "gc: objects in each generation: {} {} {}",
            sizes[0], sizes[1], sizes[2]
        );
        eprintln!(
            "gc: objects in permanent generation: {}",
            core::freeze_count()
        );
    }
    if generation == core::NUM_GENERATIONS - 1 {
        // The method cache's strong references would keep garbage alive.
        strata_object::types::clear_method_cache();
    }
    let Some(mut c) = Collection::start(generation) else {
        return 0;
    };
    let mut collected = c.garbage().len() - private_dicts(vm, c.garbage());
    if debug & DEBUG_COLLECTABLE != 0 {
        for v in c.garbage() {
            eprintln!("gc: collectable <{} {:#x}>", vm.type_name(v), v.word());
        }
    }
    collected += handle_weakrefs(vm, &c);
    finalize_garbage(vm, &c);
    c.remove_resurrected();
    if debug & DEBUG_SAVEALL != 0 {
        if let Some(l) = vm.gc.garbage.downcast::<ListObj>() {
            let items: Vec<Value> = c.garbage().to_vec();
            if let Ok(mut l) = l.0.try_borrow_mut() {
                l.extend(items);
            }
        }
    } else {
        c.clear_garbage();
    }
    c.record_stats(collected, 0);
    c.finish();
    if debug & DEBUG_STATS != 0 {
        eprintln!(
            "gc: done, {} unreachable, 0 uncollectable, {:.4}s elapsed",
            collected,
            started.elapsed().as_secs_f64()
        );
    }
    collected
}

/// How many garbage objects are instance `__dict__`s that only their
/// (garbage) instance references. CPython 3.11 keeps such attributes inline
/// in the instance and does not count a separate dict, so these are left
/// out of the "unreachable objects" count to report the same numbers.
fn private_dicts(vm: &Vm, garbage: &[Value]) -> usize {
    garbage
        .iter()
        .filter(|o| {
            let slot = vm.with_type(o, |t| type_layout(t).dict_slot);
            let Some(cell) = slot.and_then(|i| o.ext_slot(i)) else {
                return false;
            };
            let d = cell.take();
            // Held by the slot and by the collection.
            let private = d
                .as_ref()
                .is_some_and(|d| d.refcount() == 2 && Collection::is_garbage(d));
            cell.set(d);
            private
        })
        .count()
}

/// Clears every weakref to the garbage, then calls the callbacks of the
/// weakrefs that are not garbage themselves. Returns how many of those
/// weakrefs were freed as a result (CPython counts them as collected).
fn handle_weakrefs(vm: &Vm, c: &Collection) -> usize {
    let mut calls = Vec::new();
    for v in c.garbage() {
        if v.header().flags() & HeaderFlags::HAS_WEAKREFS != 0 {
            calls.extend(crate::objects::weakref::clear_for_collection(
                v,
                Collection::is_garbage,
            ));
        }
    }
    let mut freed = 0;
    for (cb, wr) in calls {
        if let Err(e) = vm.call(&cb, std::slice::from_ref(&wr)) {
            report_ignored(vm, &cb, &e);
        }
        drop(cb);
        if wr.refcount() == 1 {
            freed += 1;
        }
    }
    freed
}

/// Runs the finalizer of every garbage object not finalized yet, marking it
/// finalized first so it never runs twice.
fn finalize_garbage(vm: &Vm, c: &Collection) {
    for v in c.garbage() {
        let h = v.header();
        if h.flags() & HeaderFlags::FINALIZED != 0 {
            continue;
        }
        if let Some(g) = v.downcast::<GeneratorObj>() {
            if g.is_suspended() {
                h.set_flags(HeaderFlags::FINALIZED);
                g.close_on_release(vm);
            }
            continue;
        }
        let has_del = vm.with_type(v, |t| {
            let tl = type_layout(t);
            tl.has(strata_object::TypeFlags::HEAPTYPE) && tl.has_finalizer()
        });
        if has_del {
            h.set_flags(HeaderFlags::FINALIZED);
            call_del(vm, v);
        }
    }
}

/// Calls `v.__del__()`, reporting an exception as CPython does
/// ("Exception ignored in: <function C.__del__ ...>").
fn call_del(vm: &Vm, v: &Value) {
    let saved = vm.handled.borrow().clone();
    if let Err(e) = vm.call_special(v, "__del__", &[]) {
        let what = vm.lookup_special(v, "__del__").unwrap_or_else(|| vm.none());
        report_ignored(vm, &what, &e);
    }
    let old = vm.handled.replace(saved);
    drop(old);
}

/// Prints an exception raised where it cannot propagate.
fn report_ignored(vm: &Vm, what: &Value, e: &Value) {
    eprintln!(
        "Exception ignored in: {}",
        vm.repr_string(what).unwrap_or_default()
    );
    crate::interp::print_exception(vm, e);
}

/// Calls each of `gc.callbacks` with `phase` and the info dict.
fn invoke_callbacks(
    vm: &Vm,
    phase: &str,
    generation: usize,
    collected: usize,
    uncollectable: usize,
) {
    let cbs: Vec<Value> = match vm.gc.callbacks.downcast::<ListObj>() {
        Some(l) => match l.0.try_borrow() {
            Ok(l) if !l.is_empty() => l.clone(),
            _ => return,
        },
        None => return,
    };
    let info = vm.new_dict();
    let set = |k: &str, n: usize| {
        crate::dict::dict_set_str(vm, &info, k, vm.new_int(n as i64));
    };
    set("generation", generation);
    set("collected", collected);
    set("uncollectable", uncollectable);
    let phase = vm.new_str(phase);
    for cb in cbs {
        if let Err(e) = vm.call(&cb, &[phase.clone(), info.clone()]) {
            report_ignored(vm, &cb, &e);
        }
    }
}

/// Interpreter shutdown, once the main program has ended: as CPython
/// does, the `__main__` module's globals are set to None one by one (in
/// definition order, `__builtins__` kept) and a full collection follows, so
/// the finalizers of objects still alive (`__del__`, `finally` blocks of
/// suspended generators) run before the process exits.
pub fn finalize_main(vm: &Vm, globals: &Value) {
    for key in crate::dict::dict_keys(globals) {
        if vm.str_lossy(&key) == "__builtins__" {
            continue;
        }
        let _ = crate::dict::dict_set_item(vm, globals, key, vm.none());
    }
    collect(vm, core::NUM_GENERATIONS - 1);
}

/// Deallocation hook (installed at start-up): runs `__del__` of an instance
/// of a heap type whose count reached zero, if its type defines one, and
/// returns whether that resurrected it (PEP 442).
pub fn finalize_on_dealloc(obj: NonNull<ObjHeader>) -> bool {
    // SAFETY: the deallocator passes a live object whose count is zero;
    // its type is live while it is.
    let ty = unsafe { Value::borrow_raw(obj.as_ref().type_ptr()) };
    if !type_layout(&ty).has_finalizer() {
        return false;
    }
    let mut resurrected = false;
    crate::vm::with_current_vm(|vm| {
        // SAFETY: as above.
        let h = unsafe { obj.as_ref() };
        h.set_flags(HeaderFlags::FINALIZED);
        // Resurrect for the duration of the call: the Value owns the one
        // reference we add.
        h.incref();
        // SAFETY: `obj` is live and we own the reference just added.
        let v = unsafe { Value::from_raw(obj) };
        call_del(vm, &v);
        let _ = v.into_raw_word();
        resurrected = !h.decref_is_zero();
    });
    resurrected
}
