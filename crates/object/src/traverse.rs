//! [`Traverse`] for the container payloads of this crate: tuples, lists,
//! dicts, sets, cells, exceptions and type objects. (Slices are not
//! tracked: they are allocated by every slicing operation, and a cycle
//! through a slice object needs a deliberately built `slice(lst)` stored in
//! `lst`; CPython 3.11 tracks them.)
//!
//! Each `traverse` visits every reference the payload owns exactly once;
//! a `RefCell` that is mutably borrowed at the time is skipped (its
//! references then count as outside references, which is safe). Each
//! `clear` takes the references out under a short borrow and drops them
//! after the borrow ends, since dropping can run Python code.

use std::cell::RefCell;

use crate::gc::Traverse;
use crate::payloads::*;
use crate::types::TypeObject;
use crate::value::Value;

/// Visits an optional reference.
#[inline]
pub fn visit_opt(v: &Option<Value>, visit: &mut dyn FnMut(&Value)) {
    if let Some(v) = v {
        visit(v);
    }
}

/// Visits the reference in a `RefCell<Option<Value>>` unless it is being
/// mutated.
#[inline]
pub fn visit_cell(c: &RefCell<Option<Value>>, visit: &mut dyn FnMut(&Value)) {
    if let Ok(b) = c.try_borrow() {
        visit_opt(&b, visit);
    }
}

/// Empties a `RefCell<Option<Value>>`, dropping the old value after the
/// borrow ends.
#[inline]
pub fn clear_cell(c: &RefCell<Option<Value>>) {
    let old = c.try_borrow_mut().ok().and_then(|mut b| b.take());
    drop(old);
}

/// Whether `v` is an exact str (never tracked; CPython does not visit the
/// keys of dicts whose keys are all strs, so `gc.get_referents` leaves
/// them out too).
fn is_exact_str(v: &Value) -> bool {
    v.heap_ptr().is_some_and(|p| {
        // SAFETY: `v` keeps `p` alive; its type is live while it is.
        let ty = unsafe { Value::borrow_raw(p.as_ref().type_ptr()) };
        let tl = crate::types::type_layout(&ty);
        tl.payload.type_id == std::any::TypeId::of::<StrObj>() && tl.n_ext == 0
    })
}

/// Sequences are visited last item first, as CPython does (the order
/// `gc.get_referents` reports).
impl Traverse for TupleObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.0.iter().rev().for_each(visit);
    }
}

impl Traverse for ListObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(items) = self.0.try_borrow() {
            items.iter().rev().for_each(visit);
        }
    }
    fn clear(&self) {
        let old = self.0.try_borrow_mut().map(|mut v| std::mem::take(&mut *v));
        drop(old);
    }
}

/// Each entry's value, then its key unless the key is an exact str.
impl Traverse for DictObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.0.try_borrow() {
            for e in t.iter() {
                visit(&e.value);
                if !is_exact_str(&e.key) {
                    visit(&e.key);
                }
            }
        }
    }
    fn clear(&self) {
        let old = self.0.try_borrow_mut().map(|mut t| t.take_all());
        drop(old);
    }
}

impl Traverse for SetObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(t) = self.0.try_borrow() {
            for key in t.iter() {
                visit(key);
            }
        }
    }
    fn clear(&self) {
        let old = self.0.try_borrow_mut().map(|mut t| t.take_all());
        drop(old);
    }
}

impl Traverse for CellObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit_cell(&self.0, visit);
    }
    fn clear(&self) {
        clear_cell(&self.0);
    }
}

impl Traverse for ExceptionObj {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit_cell(&self.args, visit);
        visit_cell(&self.traceback, visit);
        visit_cell(&self.cause, visit);
        visit_cell(&self.context, visit);
        if let Some(group) = &self.group {
            visit(&group.0);
            visit(&group.1);
        }
    }
    /// The message and exceptions of a group stay: they are immutable, and
    /// a cycle through them also passes through an exception's args,
    /// traceback, cause, context or dict, which are cleared.
    fn clear(&self) {
        clear_cell(&self.traceback);
        clear_cell(&self.cause);
        clear_cell(&self.context);
        clear_cell(&self.args);
    }
}

impl Traverse for TypeObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Ok(b) = self.bases.try_borrow() {
            b.iter().for_each(&mut *visit);
        }
        visit_cell(&self.base, visit);
        if let Ok(m) = self.mro.try_borrow() {
            m.iter().for_each(&mut *visit);
        }
        if let Ok(ns) = self.namespace.try_borrow() {
            ns.values().for_each(visit);
        }
    }
    /// Drops the namespace and the MRO (which holds the type itself). The
    /// bases stay: the type unregisters from their subclass lists when it
    /// is freed, and the base chain never forms a cycle by itself.
    fn clear(&self) {
        let ns = self
            .namespace
            .try_borrow_mut()
            .map(|mut n| std::mem::take(&mut *n));
        let mro = self
            .mro
            .try_borrow_mut()
            .map(|mut m| std::mem::take(&mut *m));
        self.modified();
        drop(ns);
        drop(mro);
    }
}
