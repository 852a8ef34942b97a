//! Set algebra and comparisons for set and frozenset.

use std::cell::RefCell;

use strata_compiler::{BinaryOp, CompareOp};
use strata_object::payloads::SetObj;
use strata_object::table::Table;
use strata_object::Value;

use crate::dict::{set_add, set_contains, set_items};
use crate::vm::{PyResult, Vm};

/// A new set or frozenset (same kind as `like`) holding `items`.
pub fn new_set_like(vm: &Vm, like: &Value, items: Vec<Value>) -> PyResult {
    let ty = if vm.isinstance(like, &vm.types.frozenset) {
        vm.types.frozenset.clone()
    } else {
        vm.types.set.clone()
    };
    let s = vm.alloc(&ty, SetObj(RefCell::new(Table::new())));
    for i in items {
        set_add(vm, &s, i)?;
    }
    Ok(s)
}

/// A frozenset with the items of `s` (for hashing sets as keys in `in`).
pub fn to_frozenset(vm: &Vm, s: &Value) -> PyResult {
    let f = vm.alloc(&vm.types.frozenset, SetObj(RefCell::new(Table::new())));
    for i in set_items(s) {
        set_add(vm, &f, i)?;
    }
    Ok(f)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b`.
pub fn set_binop(vm: &Vm, op: BinaryOp, a: &Value, b: &Value) -> PyResult {
    let xa = set_items(a);
    let xb = set_items(b);
    let mut out = Vec::new();
    match op.base() {
        BinaryOp::Or => {
            out.extend(xa);
            out.extend(xb);
        }
        BinaryOp::And => {
            for x in xa {
                if set_contains(vm, b, &x)? {
                    out.push(x);
                }
            }
        }
        BinaryOp::Subtract => {
            for x in xa {
                if !set_contains(vm, b, &x)? {
                    out.push(x);
                }
            }
        }
        _ => {
            for x in xa {
                if !set_contains(vm, b, &x)? {
                    out.push(x);
                }
            }
            for x in xb {
                if !set_contains(vm, a, &x)? {
                    out.push(x);
                }
            }
        }
    }
    new_set_like(vm, a, out)
}

fn subset(vm: &Vm, a: &Value, b: &Value) -> PyResult<bool> {
    for x in set_items(a) {
        if !set_contains(vm, b, &x)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Set comparisons: equality and sub/superset ordering.
pub fn set_compare(vm: &Vm, a: &Value, b: &Value, op: CompareOp) -> PyResult<bool> {
    let (la, lb) = (set_items(a).len(), set_items(b).len());
    Ok(match op {
        CompareOp::Eq => la == lb && subset(vm, a, b)?,
        CompareOp::Ne => !(la == lb && subset(vm, a, b)?),
        CompareOp::Le => subset(vm, a, b)?,
        CompareOp::Lt => la < lb && subset(vm, a, b)?,
        CompareOp::Ge => subset(vm, b, a)?,
        CompareOp::Gt => la > lb && subset(vm, b, a)?,
    })
}
