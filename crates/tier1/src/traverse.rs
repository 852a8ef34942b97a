//! [`Traverse`] for tier 1's container payloads (functions, methods,
//! modules, descriptors, generators and their frames, tracebacks,
//! weakrefs, iterators, typing objects), so the cycle collector can find
//! and break cycles through them.
//!
//! Rules (see `strata_object::gc`): visit each owned reference exactly once
//! and nothing else (a weakref's target word is not owned; neither are the
//! raw pointers in side tables); skip a `RefCell` that is mutably borrowed;
//! in `clear`, drop what was taken only after the borrow ends. `clear`
//! resets only fields that may legitimately be empty, so a cleared object
//! is still a valid object.

use strata_object::gc::Traverse;
use strata_object::traverse::{clear_cell, visit_cell, visit_opt};
use strata_object::Value;

use crate::attr::{GetSetDescrObj, MemberDescrObj};
use crate::frame::Frame;
use crate::runtime::*;
use crate::typing::{GenericAliasObj, ParamSpecAttrObj, TypeAliasObj, TypeParamObj};

type Visit<'a> = &'a mut dyn FnMut(&Value);

/// Visits a `RefCell<Value>` unless it is being mutated.
fn visit_value_cell(c: &std::cell::RefCell<Value>, visit: Visit) {
    if let Ok(v) = c.try_borrow() {
        visit(&v);
    }
}

/// Visits everything a frame owns: code, function, namespaces, locals and
/// value stack.
pub fn traverse_frame(f: &Frame, visit: Visit) {
    visit(&f.code);
    visit_opt(&f.func, visit);
    visit(&f.globals);
    visit(&f.builtins);
    visit_opt(&f.locals, visit);
    for s in f.slots.iter().flatten() {
        visit(s);
    }
}

impl Traverse for NativeFunctionObj {
    fn traverse(&self, visit: Visit) {
        visit_opt(&self.self_, visit);
        visit_opt(&self.objclass, visit);
    }
}

impl Traverse for FunctionObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.code);
        visit(&self.globals);
        visit(&self.builtins);
        visit_value_cell(&self.name, visit);
        visit_value_cell(&self.qualname, visit);
        visit_cell(&self.defaults, visit);
        visit_cell(&self.kwdefaults, visit);
        visit_opt(&self.closure, visit);
        visit_value_cell(&self.doc, visit);
        visit_cell(&self.annotations, visit);
        visit_value_cell(&self.module, visit);
    }
    fn clear(&self) {
        clear_cell(&self.defaults);
        clear_cell(&self.kwdefaults);
        clear_cell(&self.annotations);
    }
}

impl Traverse for BoundMethodObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.func);
        visit(&self.self_);
    }
}

impl Traverse for ModuleObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.dict);
    }
}

impl Traverse for PropertyObj {
    fn traverse(&self, visit: Visit) {
        visit_opt(&self.fget, visit);
        visit_opt(&self.fset, visit);
        visit_opt(&self.fdel, visit);
        visit_cell(&self.doc, visit);
        visit_cell(&self.name, visit);
    }
    fn clear(&self) {
        clear_cell(&self.doc);
        clear_cell(&self.name);
    }
}

impl Traverse for MethodWrapperObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.func);
    }
}

impl Traverse for SuperObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.this_class);
        visit_opt(&self.obj, visit);
        visit_opt(&self.obj_type, visit);
    }
}

impl Traverse for GeneratorObj {
    fn traverse(&self, visit: Visit) {
        if let Ok(f) = self.frame.try_borrow() {
            if let Some(f) = f.as_deref() {
                traverse_frame(f, visit);
            }
        }
        visit_value_cell(&self.name, visit);
        visit_value_cell(&self.qualname, visit);
        visit(&self.code);
        visit_cell(&self.exc_state, visit);
    }
    /// Drops the suspended frame without running it (finalization, which
    /// closes it, came first) and the saved exception.
    fn clear(&self) {
        let frame = self.frame.try_borrow_mut().ok().and_then(|mut f| f.take());
        drop(frame);
        clear_cell(&self.exc_state);
    }
}

impl Traverse for FrameObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.code);
        visit(&self.globals);
        visit_opt(&self.locals, visit);
    }
}

impl Traverse for TracebackObj {
    fn traverse(&self, visit: Visit) {
        visit_cell(&self.next, visit);
        visit(&self.code);
        visit(&self.globals);
    }
    fn clear(&self) {
        clear_cell(&self.next);
    }
}

/// The target of a weak reference is not owned and never visited.
impl Traverse for WeakRefObj {
    fn traverse(&self, visit: Visit) {
        visit_opt(&self.callback, visit);
    }
}

impl Traverse for SeqIterObj {
    fn traverse(&self, visit: Visit) {
        visit_cell(&self.seq, visit);
    }
    fn clear(&self) {
        clear_cell(&self.seq);
    }
}

impl Traverse for GetItemIterObj {
    fn traverse(&self, visit: Visit) {
        visit_cell(&self.seq, visit);
    }
    fn clear(&self) {
        clear_cell(&self.seq);
    }
}

impl Traverse for TableIterObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.container);
    }
}

impl Traverse for DictViewObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.dict);
    }
}

impl Traverse for ReversedObj {
    fn traverse(&self, visit: Visit) {
        visit_cell(&self.seq, visit);
    }
    fn clear(&self) {
        clear_cell(&self.seq);
    }
}

impl Traverse for EnumerateObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.iter);
        visit_value_cell(&self.count, visit);
    }
}

impl Traverse for ZipObj {
    fn traverse(&self, visit: Visit) {
        self.iters.iter().for_each(visit);
    }
}

impl Traverse for MapObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.func);
        self.iters.iter().for_each(visit);
    }
}

impl Traverse for FilterObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.func);
        visit(&self.iter);
    }
}

impl Traverse for CallableIterObj {
    fn traverse(&self, visit: Visit) {
        visit_cell(&self.func, visit);
        visit(&self.sentinel);
    }
    fn clear(&self) {
        clear_cell(&self.func);
    }
}

impl Traverse for SnapshotIterObj {
    fn traverse(&self, visit: Visit) {
        self.items.iter().for_each(visit);
    }
}

impl Traverse for AsyncGenAwaitableObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.gen);
        if let Ok(op) = self.op.try_borrow() {
            match &*op {
                Some(AsyncGenOp::Send(v)) | Some(AsyncGenOp::Throw(v)) => visit(v),
                Some(AsyncGenOp::Close) | None => {}
            }
        }
    }
    fn clear(&self) {
        let op = self.op.try_borrow_mut().ok().and_then(|mut o| o.take());
        drop(op);
    }
}

impl Traverse for GetSetDescrObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.owner);
    }
}

impl Traverse for MemberDescrObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.owner);
    }
}

impl Traverse for TypeParamObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.name);
        visit_cell(&self.bound, visit);
        visit_cell(&self.evaluate_bound, visit);
        visit_cell(&self.constraints, visit);
        visit_cell(&self.evaluate_constraints, visit);
    }
    fn clear(&self) {
        clear_cell(&self.evaluate_bound);
        clear_cell(&self.evaluate_constraints);
    }
}

impl Traverse for ParamSpecAttrObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.origin);
    }
}

impl Traverse for TypeAliasObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.name);
        visit(&self.type_params);
        visit_opt(&self.compute_value, visit);
        visit_cell(&self.value, visit);
    }
    fn clear(&self) {
        clear_cell(&self.value);
    }
}

impl Traverse for GenericAliasObj {
    fn traverse(&self, visit: Visit) {
        visit(&self.origin);
        visit(&self.args);
    }
}
