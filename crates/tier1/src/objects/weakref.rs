//! Weak references: a side table from referent to its weakref objects,
//! cleared (and callbacks dropped) when the referent is freed.

use std::cell::RefCell;
use std::collections::HashMap;
use std::ptr::NonNull;

use strata_object::header::{HeaderFlags, ObjHeader};
use strata_object::Value;

use std::rc::Rc;

use crate::runtime::{FnArgs, ModuleObj, WeakRefObj};
use crate::typeslots::{add_method, add_static, check_args};
use crate::vm::{PyResult, Vm};

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
            // A weakref whose own count already reached zero (queued for
            // freeing) must not be revived to run its callback.
            if let Some(cb) = wr.callback.as_ref().filter(|_| wv.refcount() > 0) {
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
                if wv.refcount() > 0 && !is_garbage(&wv) {
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

/// Registers the `weakref` type's methods and the `_weakref` module's
/// functions in module `m`.
pub fn init(vm: &Vm, m: &Value) {
    let t = &vm.types.weakref;
    let tl = strata_object::types::type_layout(t);
    tl.flags
        .set(tl.flags.get() | strata_object::TypeFlags::NATIVE_EXT);
    add_static(vm, t, "__new__", weakref_new);
    add_method(vm, t, "__init__", weakref_init);
    add_method(vm, t, "__call__", weakref_call);
    add_method(vm, t, "__hash__", weakref_hash);
    add_method(vm, t, "__eq__", |vm, a| weakref_compare(vm, a, true));
    add_method(vm, t, "__ne__", |vm, a| weakref_compare(vm, a, false));
    add_method(vm, t, "__repr__", weakref_repr);
    strata_object::types::type_layout(t).set_attr(Rc::from("__module__"), vm.new_str("weakref"));
    let d = &m.downcast::<ModuleObj>().expect("module").dict;
    crate::dict::dict_set_str(vm, d, "ref", t.clone());
    crate::dict::dict_set_str(vm, d, "ReferenceType", t.clone());
    crate::sysmod::module_fn(vm, m, "getweakrefcount", getweakrefcount);
    crate::sysmod::module_fn(vm, m, "getweakrefs", getweakrefs);
}

/// The weakref objects pointing at `target`, oldest first.
fn refs_to(target: &Value) -> Vec<Value> {
    if target.is_small_int() || target.header().flags() & HeaderFlags::HAS_WEAKREFS == 0 {
        return Vec::new();
    }
    let ptrs = REFS.with(|r| r.borrow().get(&target.word()).cloned().unwrap_or_default());
    ptrs.into_iter()
        // SAFETY: weakref objects unregister themselves before being
        // freed, so every pointer in the table is live.
        .map(|p| unsafe { (*Value::borrow_raw(p)).clone() })
        .collect()
}

/// The referent of weakref `w`, if it is still alive.
fn referent(w: &WeakRefObj) -> Option<Value> {
    let word = w.target.get();
    if word == 0 {
        return None;
    }
    // SAFETY: a non-zero target word is a live object: the referent's
    // deallocation clears it (through the weakref hook) before freeing.
    Some(unsafe { (*Value::borrow_raw(NonNull::new_unchecked(word as *mut ObjHeader))).clone() })
}

fn this(vm: &Vm, a: &FnArgs) -> PyResult<Value> {
    a.args
        .first()
        .filter(|w| w.payload_is::<WeakRefObj>())
        .cloned()
        .ok_or_else(|| vm.type_error("descriptor requires a 'weakref.ReferenceType' object"))
}

/// `weakref.ref(obj[, callback])` (the `weakref` type's constructor). A
/// plain `ref(obj)` without callback returns the existing callback-less
/// reference to `obj`, as CPython does.
pub fn weakref_new(vm: &Vm, a: FnArgs) -> PyResult {
    let pos = a.pos();
    let cls = pos
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("__new__ expected at least 1 argument, got 0"))?;
    let Some(target) = pos.get(1) else {
        return Err(vm.type_error("__new__ expected at least 1 argument, got 0"));
    };
    if pos.len() > 3 && cls.is(&vm.types.weakref) {
        return Err(vm.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            pos.len() - 1
        )));
    }
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
    let exact = cls.is(&vm.types.weakref);
    if exact && callback.is_none() {
        let existing = refs_to(target).into_iter().find(|w| {
            vm.is_exact(w, &vm.types.weakref)
                && w.downcast::<WeakRefObj>()
                    .is_some_and(|r| r.callback.is_none())
        });
        if let Some(w) = existing {
            return Ok(w);
        }
    }
    let w = crate::typeobj::alloc_instance(
        vm,
        &cls,
        WeakRefObj {
            target: std::cell::Cell::new(target.word()),
            callback,
            hash: std::cell::Cell::new(None),
        },
    )?;
    register(target, &w);
    Ok(w)
}

/// `ref.__init__(obj[, callback])`: everything happened in `__new__`;
/// subclasses may pass extra arguments to their own `__init__`.
fn weakref_init(vm: &Vm, _a: FnArgs) -> PyResult {
    Ok(vm.none())
}

/// Calling a weak reference returns its referent, or None once it is gone.
pub fn weakref_call(vm: &Vm, a: FnArgs) -> PyResult {
    let w = this(vm, &a)?;
    if a.args.len() > 1 {
        return Err(vm.type_error(format!(
            "weakref() takes no arguments ({} given)",
            a.args.len() - 1
        )));
    }
    let r = w.downcast::<WeakRefObj>().expect("checked");
    Ok(referent(r).unwrap_or_else(|| vm.none()))
}

/// `hash(ref)`: the referent's hash, remembered so it survives the
/// referent.
fn weakref_hash(vm: &Vm, a: FnArgs) -> PyResult {
    let w = this(vm, &a)?;
    let r = w.downcast::<WeakRefObj>().expect("checked");
    if let Some(h) = r.hash.get() {
        return Ok(vm.new_int(h));
    }
    let target = referent(r).ok_or_else(|| vm.type_error("weak object has gone away"))?;
    let h = vm.hash(&target)?;
    r.hash.set(Some(h));
    Ok(vm.new_int(h))
}

/// `==`/`!=` between references: referents compared while both are alive,
/// identity otherwise.
fn weakref_compare(vm: &Vm, a: FnArgs, eq: bool) -> PyResult {
    let w = this(vm, &a)?;
    let Some(other) = a.args.get(1) else {
        return Err(vm.type_error("expected 1 argument, got 0"));
    };
    let Some(o) = other.downcast::<WeakRefObj>() else {
        return Ok(vm.not_implemented.clone());
    };
    let r = w.downcast::<WeakRefObj>().expect("checked");
    let same = match (referent(r), referent(o)) {
        (Some(x), Some(y)) => vm.eq(&x, &y)?,
        _ => w.is(other),
    };
    Ok(vm.bool(same == eq))
}

fn weakref_repr(vm: &Vm, a: FnArgs) -> PyResult {
    let w = this(vm, &a)?;
    let r = w.downcast::<WeakRefObj>().expect("checked");
    let s = match referent(r) {
        None => format!("<weakref at {:#x}; dead>", w.word()),
        Some(t) => {
            let name = vm
                .getattr_opt(&t, "__name__")
                .ok()
                .flatten()
                .filter(|n| n.payload_is::<strata_object::payloads::StrObj>());
            match name {
                Some(n) => format!(
                    "<weakref at {:#x}; to '{}' at {:#x} ({})>",
                    w.word(),
                    vm.type_name(&t),
                    t.word(),
                    vm.str_lossy(&n)
                ),
                None => format!(
                    "<weakref at {:#x}; to '{}' at {:#x}>",
                    w.word(),
                    vm.type_name(&t),
                    t.word()
                ),
            }
        }
    };
    Ok(vm.new_string(s))
}

/// `_weakref.getweakrefcount(obj)`.
fn getweakrefcount(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "getweakrefcount", &a, 1, 1)?;
    Ok(vm.new_int(refs_to(&a.args[0]).len() as i64))
}

/// `_weakref.getweakrefs(obj)`.
fn getweakrefs(vm: &Vm, a: FnArgs) -> PyResult {
    check_args(vm, "getweakrefs", &a, 1, 1)?;
    Ok(vm.new_list(refs_to(&a.args[0])))
}
