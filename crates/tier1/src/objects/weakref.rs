//! Weak references: a side table from referent to its weakref objects,
//! cleared (and callbacks dropped) when the referent is freed.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ptr::NonNull;

use strata_object::header::{HeaderFlags, ObjHeader};
use strata_object::Value;

use crate::runtime::WeakRefObj;

thread_local! {
    /// Referent word -> weakref objects' header pointers (not owned).
    static REFS: RefCell<HashMap<usize, Vec<NonNull<ObjHeader>>>> = RefCell::new(HashMap::new());
}

/// Registers `weakref` as pointing at `target`.
pub fn register(target: &Value, weakref: &Value) {
    target.header().set_flags(HeaderFlags::HAS_WEAKREFS);
    REFS.with(|r| {
        r.borrow_mut()
            .entry(target.word())
            .or_default()
            .push(weakref.header_ptr())
    });
}

/// Forgets a weakref object that is being freed.
pub fn unregister(target_word: usize, weakref: NonNull<ObjHeader>) {
    REFS.with(|r| {
        if let Some(v) = r.borrow_mut().get_mut(&target_word) {
            v.retain(|p| *p != weakref);
        }
    });
}

/// Dealloc hook: marks every weakref to `obj` dead.
pub fn clear_weakrefs(obj: NonNull<ObjHeader>) {
    let refs = REFS.with(|r| r.borrow_mut().remove(&(obj.as_ptr() as usize)));
    let mut callbacks = Vec::new();
    for w in refs.unwrap_or_default() {
        // SAFETY: weakref objects unregister themselves before being freed,
        // so every pointer in the table is live.
        let wv = unsafe { Value::borrow_raw(w) };
        if let Some(wr) = wv.downcast::<WeakRefObj>() {
            wr.target.set(0);
            if let Some(cb) = &wr.callback {
                callbacks.push((cb.clone(), (*wv).clone()));
            }
        }
    }
    // Callbacks run after every reference is cleared, as in CPython; their
    // errors are reported and ignored.
    if !callbacks.is_empty() {
        crate::vm::with_current_vm(|vm| {
            for (cb, w) in callbacks {
                if let Err(e) = vm.call(&cb, &[w]) {
                    eprintln!(
                        "Exception ignored in: {}",
                        vm.repr_string(&cb).unwrap_or_default()
                    );
                    crate::interp::print_exception(vm, &e);
                }
            }
        });
    }
}

/// Clears every weak reference to `obj`, an object the cycle collector
/// found to be garbage, and returns the (callback, weakref) pairs whose
/// callbacks must run: those of weakrefs that are not garbage themselves
/// (a weakref dying with its referent has its callback dropped, as in
/// CPython). Nothing runs here; the caller calls the callbacks once every
/// weakref to the garbage is cleared.
pub fn clear_for_collection(
    obj: &Value,
    is_garbage: impl Fn(&Value) -> bool,
) -> Vec<(Value, Value)> {
    let refs = REFS.with(|r| r.borrow_mut().remove(&obj.word()));
    let mut callbacks = Vec::new();
    for w in refs.unwrap_or_default() {
        // SAFETY: weakref objects unregister themselves before being freed,
        // so every pointer in the table is live.
        let wv = unsafe { Value::borrow_raw(w) };
        if let Some(wr) = wv.downcast::<WeakRefObj>() {
            wr.target.set(0);
            if let Some(cb) = &wr.callback {
                if !is_garbage(&wv) {
                    callbacks.push((cb.clone(), (*wv).clone()));
                }
            }
        }
    }
    callbacks
}

impl Drop for WeakRefObj {
    fn drop(&mut self) {
        let t = self.target.get();
        if t != 0 {
            let me = (self as *const WeakRefObj)
                .cast::<u8>()
                .wrapping_sub(std::mem::offset_of!(
                    strata_object::header::Obj<WeakRefObj>,
                    payload
                ));
            if let Some(p) = NonNull::new(me as *mut ObjHeader) {
                unregister(t, p);
            }
        }
    }
}

/// `weakref.ref(obj[, callback])` (the `weakref` type's constructor).
pub fn weakref_new(vm: &crate::vm::Vm, a: crate::runtime::FnArgs) -> crate::vm::PyResult {
    let pos = a.pos();
    let Some(target) = pos.get(1) else {
        return Err(vm.type_error("__new__ expected at least 1 argument, got 0"));
    };
    let weakrefable = !target.is_small_int()
        && vm.with_type(target, |t| {
            let tl = strata_object::types::type_layout(t);
            tl.has(strata_object::TypeFlags::WEAKREFABLE)
                || target.payload_is::<crate::runtime::FunctionObj>()
                || vm.is_type(target)
        });
    if !weakrefable {
        return Err(vm.type_error(format!(
            "cannot create weak reference to '{}' object",
            vm.type_name(target)
        )));
    }
    let callback = pos.get(2).filter(|c| !c.is(&vm.none)).cloned();
    let w = vm.alloc(
        &vm.types.weakref,
        WeakRefObj {
            target: std::cell::Cell::new(target.word()),
            callback,
        },
    );
    register(target, &w);
    Ok(w)
}

/// Calling a weak reference returns its referent, or None once it is gone.
pub fn weakref_call(vm: &crate::vm::Vm, a: crate::runtime::FnArgs) -> crate::vm::PyResult {
    let w = a
        .args
        .first()
        .and_then(|w| w.downcast::<WeakRefObj>())
        .ok_or_else(|| vm.type_error("expected a weakref"))?;
    let word = w.target.get();
    if word == 0 {
        return Ok(vm.none());
    }
    // SAFETY: a non-zero target word is a live object: the referent's
    // deallocation clears it (through the weakref hook) before freeing.
    let target =
        unsafe { (*Value::borrow_raw(NonNull::new_unchecked(word as *mut ObjHeader))).clone() };
    Ok(target)
}
