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
    for w in refs.unwrap_or_default() {
        // SAFETY: weakref objects unregister themselves before being freed,
        // so every pointer in the table is live.
        let wv = unsafe { Value::borrow_raw(w) };
        if let Some(wr) = wv.downcast::<WeakRefObj>() {
            wr.target.set(0);
        }
    }
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
