//! The object protocols: truthiness, hashing, rich comparison, binary and
//! unary operators with CPython's dispatch rules (reflected operands,
//! NotImplemented, subclass priority, in-place forms), subscription,
//! length and containment.
//!
//! Builtin types take fast paths on their payloads; everything else goes
//! through special methods looked up on the type.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use strata_compiler::{BinaryOp, CompareOp};
use strata_object::payloads::*;
use strata_object::text::float_ops;
use strata_object::types::type_layout;
use strata_object::{TypeFlags, Value};

use crate::numeric::{as_float, as_int, num_cmp, Int};
use crate::runtime::*;
use crate::vm::{PyResult, Vm};

/// Dunder names of each binary operator: (forward, reflected, in-place).
pub fn binop_names(op: BinaryOp) -> (&'static str, &'static str, &'static str) {
    match op.base() {
        BinaryOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinaryOp::And => ("__and__", "__rand__", "__iand__"),
        BinaryOp::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinaryOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinaryOp::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinaryOp::Multiply => ("__mul__", "__rmul__", "__imul__"),
        BinaryOp::Remainder => ("__mod__", "__rmod__", "__imod__"),
        BinaryOp::Or => ("__or__", "__ror__", "__ior__"),
        BinaryOp::Power => ("__pow__", "__rpow__", "__ipow__"),
        BinaryOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinaryOp::Subtract => ("__sub__", "__rsub__", "__isub__"),
        BinaryOp::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinaryOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        _ => ("", "", ""),
    }
}

/// Dunder names of comparisons: (forward, reflected).
pub fn compare_names(op: CompareOp) -> (&'static str, &'static str) {
    match op {
        CompareOp::Lt => ("__lt__", "__gt__"),
        CompareOp::Le => ("__le__", "__ge__"),
        CompareOp::Eq => ("__eq__", "__eq__"),
        CompareOp::Ne => ("__ne__", "__ne__"),
        CompareOp::Gt => ("__gt__", "__lt__"),
        CompareOp::Ge => ("__ge__", "__le__"),
    }
}

impl Vm {
    /// A special method defined by Python code (not a native builtin).
    ///
    /// Natives count when they belong to a [`TypeFlags::NATIVE_EXT`]
    /// type (library types whose behaviour the protocols do not build in).
    pub fn user_special(&self, v: &Value, name: &str) -> Option<Value> {
        // Core builtin (static) types define special methods only as
        // natives, which the protocols implement directly.
        if !self.dispatches_dunders(v) {
            return None;
        }
        let m = self.lookup_special(v, name)?;
        match m.downcast::<NativeFunctionObj>() {
            Some(n) => {
                let owner = n.objclass.as_ref()?;
                // A core builtin's native is built into the protocols, unless
                // a class assigned it under another name
                // (`__str__ = int.__repr__`).
                let dispatch = type_layout(owner).has(TypeFlags::NATIVE_EXT)
                    || !type_layout(owner)
                        .get_own(name)
                        .is_some_and(|own| own.is(&m));
                dispatch.then_some(m)
            }
            None => Some(m),
        }
    }

    /// Whether the protocols must look for special methods in `v`'s type:
    /// classes from Python code and native library types.
    #[inline]
    pub fn dispatches_dunders(&self, v: &Value) -> bool {
        self.with_type(v, |t| {
            type_layout(t)
                .flags
                .get()
                .intersects(TypeFlags::HEAPTYPE | TypeFlags::NATIVE_EXT)
        })
    }

    /// Whether subclass `sub` defines `name` differently from `base`.
    fn overrides(&self, sub: &Value, base: &Value, name: &str) -> bool {
        match (
            type_layout(sub).lookup(name),
            type_layout(base).lookup(name),
        ) {
            (Some(x), Some(y)) => !x.is(&y) && !x.payload_is::<NativeFunctionObj>(),
            (Some(x), None) => !x.payload_is::<NativeFunctionObj>(),
            _ => false,
        }
    }

    /// `bool(v)`.
    pub fn truthy(&self, v: &Value) -> PyResult<bool> {
        if let Some(i) = v.as_small_int() {
            return Ok(i != 0);
        }
        if v.is(&self.true_) {
            return Ok(true);
        }
        if v.is(&self.false_) || v.is(&self.none) {
            return Ok(false);
        }
        if self.dispatches_dunders(v) {
            if let Some(m) = self.user_special(v, "__bool__") {
                let r = self.call_bound_special(&m, v, &[])?;
                if !self.is_exact(&r, &self.types.bool_) {
                    return Err(self.type_error(format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name(&r)
                    )));
                }
                return Ok(r.is(&self.true_));
            }
            if let Some(m) = self.user_special(v, "__len__") {
                let r = self.call_bound_special(&m, v, &[])?;
                return Ok(self.len_result(r)? != 0);
            }
        }
        if let Some(i) = as_int(v) {
            return Ok(match i {
                Int::Small(x) => x != 0,
                Int::Big(b) => !b.is_zero(),
            });
        }
        if let Some(f) = as_float(v) {
            return Ok(f != 0.0);
        }
        if let Some(c) = v.downcast::<ComplexObj>() {
            return Ok(c.re != 0.0 || c.im != 0.0);
        }
        match self.builtin_len(v)? {
            Some(n) => Ok(n != 0),
            None => Ok(true),
        }
    }

    /// Calls a special method found on the type, with `obj` as self.
    pub fn call_bound_special(&self, m: &Value, obj: &Value, args: &[Value]) -> PyResult {
        if m.payload_is::<FunctionObj>() || m.payload_is::<NativeFunctionObj>() {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(obj.clone());
            full.extend_from_slice(args);
            self.call(m, &full)
        } else {
            let bound = self.bind_descriptor(m, obj)?;
            self.call(&bound, args)
        }
    }

    /// Binds a descriptor found on `obj`'s type to obj (staticmethod,
    /// classmethod, user descriptors).
    pub fn bind_descriptor(&self, d: &Value, obj: &Value) -> PyResult {
        if self.is_exact(d, &self.types.staticmethod) {
            return Ok(d.downcast::<MethodWrapperObj>().expect("sm").func.clone());
        }
        if self.is_exact(d, &self.types.classmethod) {
            let f = d.downcast::<MethodWrapperObj>().expect("cm").func.clone();
            return Ok(self.alloc(
                &self.types.method,
                BoundMethodObj {
                    func: f,
                    self_: self.type_of(obj),
                },
            ));
        }
        if let Some(get) = self.lookup_special(d, "__get__") {
            if !get.payload_is::<NativeFunctionObj>() {
                return self.call(&get, &[d.clone(), obj.clone(), self.type_of(obj)]);
            }
        }
        Ok(d.clone())
    }

    /// Validates a `__len__` result.
    pub fn len_result(&self, r: Value) -> PyResult<usize> {
        let Some(i) = as_int(&r) else {
            return Err(self.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                self.type_name(&r)
            )));
        };
        match i.to_i64() {
            Some(n) if n < 0 => Err(self.value_error("__len__() should return >= 0")),
            Some(n) => Ok(n as usize),
            None => Err(self.overflow_error("cannot fit 'int' into an index-sized integer")),
        }
    }

    /// Length of builtin containers.
    pub fn builtin_len(&self, v: &Value) -> PyResult<Option<usize>> {
        if let Some(s) = v.downcast::<StrObj>() {
            return Ok(Some(s.char_len));
        }
        if let Some(l) = v.downcast::<ListObj>() {
            return Ok(Some(l.0.borrow().len()));
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            return Ok(Some(t.0.len()));
        }
        if let Some(d) = v.downcast::<DictObj>() {
            return Ok(Some(d.0.borrow().len()));
        }
        if let Some(s) = v.downcast::<SetObj>() {
            return Ok(Some(s.0.borrow().len()));
        }
        if let Some(b) = v.downcast::<BytesObj>() {
            return Ok(Some(b.b.len()));
        }
        if let Some(b) = v.downcast::<ByteArrayObj>() {
            return Ok(Some(b.0.borrow().len()));
        }
        if let Some(r) = v.downcast::<RangeObj>() {
            let n = crate::objects::range::range_len(r);
            return match n.to_usize() {
                Some(n) => Ok(Some(n)),
                None => Err(self.overflow_error("Python int too large to convert to C ssize_t")),
            };
        }
        if let Some(dv) = v.downcast::<DictViewObj>() {
            return Ok(Some(crate::dict::dict_len(&dv.dict)));
        }
        Ok(None)
    }

    /// `len(v)`.
    pub fn len(&self, v: &Value) -> PyResult<usize> {
        if let Some(m) = self.user_special(v, "__len__") {
            let r = self.call_bound_special(&m, v, &[])?;
            return self.len_result(r);
        }
        match self.builtin_len(v)? {
            Some(n) => Ok(n),
            None => Err(self.type_error(format!(
                "object of type '{}' has no len()",
                self.type_name(v)
            ))),
        }
    }

    /// `hash(v)`.
    pub fn hash(&self, v: &Value) -> PyResult<i64> {
        if let Some(i) = v.as_small_int() {
            return Ok(float_ops::hash_i64(i));
        }
        if let Some(s) = v.downcast::<StrObj>() {
            if self.is_exact(v, &self.types.str_) {
                let h = s.hash.get();
                if h != -1 {
                    return Ok(h);
                }
                let h = str_hash(&s.s);
                s.hash.set(h);
                return Ok(h);
            }
        }
        if let Some(m) = self.user_special(v, "__hash__") {
            if m.is(&self.none) {
                return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
            }
            let r = self.call_bound_special(&m, v, &[])?;
            return match as_int(&r) {
                Some(Int::Small(h)) => Ok(if h == -1 { -2 } else { h }),
                Some(Int::Big(b)) => Ok(float_ops::hash_bigint(b)),
                None => Err(self.type_error("__hash__ method should return an integer")),
            };
        }
        self.builtin_hash(v)
    }

    /// Hash of builtin payloads (identity hash for plain objects).
    pub fn builtin_hash(&self, v: &Value) -> PyResult<i64> {
        if let Some(i) = as_int(v) {
            return Ok(match i {
                Int::Small(x) => float_ops::hash_i64(x),
                Int::Big(b) => float_ops::hash_bigint(b),
            });
        }
        if let Some(f) = as_float(v) {
            if f.is_nan() {
                return Ok(identity_hash(v));
            }
            return Ok(float_ops::hash_f64(f));
        }
        if let Some(s) = v.downcast::<StrObj>() {
            return Ok(str_hash(&s.s));
        }
        if let Some(b) = v.downcast::<BytesObj>() {
            let h = b.hash.get();
            if h != -1 {
                return Ok(h);
            }
            let h = bytes_hash(&b.b);
            b.hash.set(h);
            return Ok(h);
        }
        if let Some(t) = v.downcast::<TupleObj>() {
            return tuple_hash(self, &t.0);
        }
        if let Some(c) = v.downcast::<ComplexObj>() {
            let hr = float_ops::hash_f64(c.re);
            let hi = float_ops::hash_f64(c.im);
            let h = hr.wrapping_add(1000003i64.wrapping_mul(hi));
            return Ok(if h == -1 { -2 } else { h });
        }
        if v.payload_is::<SetObj>() && self.isinstance(v, &self.types.frozenset) {
            return Ok(frozenset_hash(v));
        }
        if v.payload_is::<ListObj>()
            || v.payload_is::<DictObj>()
            || v.payload_is::<SetObj>()
            || v.payload_is::<ByteArrayObj>()
            || v.payload_is::<SliceObj>()
            || v.downcast::<DictViewObj>()
                .is_some_and(|d| d.part != DictPart::Values)
        {
            return Err(self.type_error(format!("unhashable type: '{}'", self.type_name(v))));
        }
        Ok(identity_hash(v))
    }

    /// `a == b` as a bool.
    pub fn eq(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if a.is(b) {
            return Ok(true);
        }
        if let (Some(x), Some(y)) = (a.downcast::<StrObj>(), b.downcast::<StrObj>()) {
            if self.is_exact(a, &self.types.str_) && self.is_exact(b, &self.types.str_) {
                return Ok(x.s == y.s);
            }
        }
        let r = self.compare(a, b, CompareOp::Eq)?;
        self.truthy(&r)
    }

    /// Rich comparison `a op b`.
    pub fn compare(&self, a: &Value, b: &Value, op: CompareOp) -> PyResult {
        if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
            return Ok(self.bool(cmp_result(x.cmp(&y), op)));
        }
        let (name, rname) = compare_names(op);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let b_first =
            !ta.is(&tb) && type_layout(&tb).is_subtype_of(&ta) && self.overrides(&tb, &ta, rname);
        if b_first {
            if let Some(r) = self.compare_side(b, a, op.swapped(), rname)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.compare_side(a, b, op, name)? {
            return Ok(r);
        }
        if !b_first {
            if let Some(r) = self.compare_side(b, a, op.swapped(), rname)? {
                return Ok(r);
            }
        }
        match op {
            CompareOp::Eq => Ok(self.bool(a.is(b))),
            CompareOp::Ne => Ok(self.bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    fn compare_side(
        &self,
        a: &Value,
        b: &Value,
        op: CompareOp,
        name: &str,
    ) -> PyResult<Option<Value>> {
        if let Some(m) = self.user_special(a, name) {
            let r = self.call_bound_special(&m, a, std::slice::from_ref(b))?;
            if r.is(&self.not_implemented) {
                return Ok(None);
            }
            return Ok(Some(r));
        }
        // `__ne__` defaults to the inverse of a user `__eq__`.
        if op == CompareOp::Ne {
            if let Some(m) = self.user_special(a, "__eq__") {
                let r = self.call_bound_special(&m, a, std::slice::from_ref(b))?;
                if r.is(&self.not_implemented) {
                    return Ok(None);
                }
                let t = self.truthy(&r)?;
                return Ok(Some(self.bool(!t)));
            }
        }
        Ok(self.builtin_compare(a, b, op)?.map(|r| self.bool(r)))
    }

    /// Comparison of builtin payloads; `None` if unsupported.
    pub fn builtin_compare(&self, a: &Value, b: &Value, op: CompareOp) -> PyResult<Option<bool>> {
        let is_num = |v: &Value| as_int(v).is_some() || as_float(v).is_some();
        if is_num(a) && is_num(b) {
            return Ok(Some(match num_cmp(a, b) {
                Some(o) => cmp_result(o, op),
                None => op == CompareOp::Ne,
            }));
        }
        if let (Some(x), Some(y)) = (a.downcast::<StrObj>(), b.downcast::<StrObj>()) {
            return Ok(Some(cmp_result(x.s.cmp(&y.s), op)));
        }
        if let (Some(x), Some(y)) = (bytes_or_bytearray(a), bytes_or_bytearray(b)) {
            return Ok(Some(cmp_result(x.cmp(&y), op)));
        }
        if let (Some(x), Some(y)) = (a.downcast::<TupleObj>(), b.downcast::<TupleObj>()) {
            return self.seq_compare(&x.0, &y.0, op).map(Some);
        }
        if let (Some(x), Some(y)) = (a.downcast::<ListObj>(), b.downcast::<ListObj>()) {
            let (xv, yv) = (x.0.borrow().clone(), y.0.borrow().clone());
            return self.seq_compare(&xv, &yv, op).map(Some);
        }
        if let (Some(_), Some(_)) = (a.downcast::<DictObj>(), b.downcast::<DictObj>()) {
            if !matches!(op, CompareOp::Eq | CompareOp::Ne) {
                return Ok(None);
            }
            let eq = self.dict_equal(a, b)?;
            return Ok(Some(eq == (op == CompareOp::Eq)));
        }
        if let (Some(_), Some(_)) = (a.downcast::<SetObj>(), b.downcast::<SetObj>()) {
            return crate::objects::set::set_compare(self, a, b, op).map(Some);
        }
        let set_like = |v: &Value| {
            v.payload_is::<SetObj>()
                || v.downcast::<DictViewObj>()
                    .is_some_and(|d| d.part != DictPart::Values)
        };
        if set_like(a)
            && set_like(b)
            && (a.payload_is::<DictViewObj>() || b.payload_is::<DictViewObj>())
        {
            let as_set = |v: &Value| -> PyResult<Value> {
                if v.payload_is::<SetObj>() {
                    return Ok(v.clone());
                }
                let s = self.new_set();
                for x in self.to_vec(v)? {
                    crate::dict::set_add(self, &s, x)?;
                }
                Ok(s)
            };
            let (x, y) = (as_set(a)?, as_set(b)?);
            return crate::objects::set::set_compare(self, &x, &y, op).map(Some);
        }
        if let (Some(x), Some(y)) = (a.downcast::<SliceObj>(), b.downcast::<SliceObj>()) {
            // Slices compare as (start, stop, step) tuples.
            let tx = [x.start.clone(), x.stop.clone(), x.step.clone()];
            let ty = [y.start.clone(), y.stop.clone(), y.step.clone()];
            return self.seq_compare(&tx, &ty, op).map(Some);
        }
        if let (Some(x), Some(y)) = (a.downcast::<ComplexObj>(), b.downcast::<ComplexObj>()) {
            if matches!(op, CompareOp::Eq | CompareOp::Ne) {
                return Ok(Some(
                    (x.re == y.re && x.im == y.im) == (op == CompareOp::Eq),
                ));
            }
            return Ok(None);
        }
        if matches!(op, CompareOp::Eq | CompareOp::Ne) {
            if let (Some(c), true) = (a.downcast::<ComplexObj>(), is_num(b)) {
                let f = self.num_to_f64(b)?;
                return Ok(Some((c.im == 0.0 && c.re == f) == (op == CompareOp::Eq)));
            }
            if let (true, Some(c)) = (is_num(a), b.downcast::<ComplexObj>()) {
                let f = self.num_to_f64(a)?;
                return Ok(Some((c.im == 0.0 && c.re == f) == (op == CompareOp::Eq)));
            }
            if let (Some(x), Some(y)) = (a.downcast::<RangeObj>(), b.downcast::<RangeObj>()) {
                let eq = crate::objects::range::range_eq(x, y);
                return Ok(Some(eq == (op == CompareOp::Eq)));
            }
            if let (Some(x), Some(y)) = (a.downcast::<DictViewObj>(), b.downcast::<DictViewObj>()) {
                if x.part == DictPart::Keys && y.part == DictPart::Keys {
                    let eq = self.dict_keys_equal(&x.dict, &y.dict)?;
                    return Ok(Some(eq == (op == CompareOp::Eq)));
                }
            }
            if let (Some(x), Some(y)) = (
                a.downcast::<BoundMethodObj>(),
                b.downcast::<BoundMethodObj>(),
            ) {
                let eq = x.func.is(&y.func) && x.self_.is(&y.self_);
                return Ok(Some(eq == (op == CompareOp::Eq)));
            }
            // Bound builtin methods (`l.append`): equal when they bind the
            // same object to the same native.
            if let (Some(x), Some(y)) = (
                a.downcast::<NativeFunctionObj>(),
                b.downcast::<NativeFunctionObj>(),
            ) {
                if let (Some(sx), Some(sy)) = (&x.self_, &y.self_) {
                    let eq = sx.is(sy) && x.qualname == y.qualname;
                    return Ok(Some(eq == (op == CompareOp::Eq)));
                }
            }
        }
        Ok(None)
    }

    fn num_to_f64(&self, v: &Value) -> PyResult<f64> {
        if let Some(f) = as_float(v) {
            return Ok(f);
        }
        match as_int(v) {
            Some(i) => self.int_to_f64(&i),
            None => Ok(f64::NAN),
        }
    }

    fn dict_keys_equal(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if crate::dict::dict_len(a) != crate::dict::dict_len(b) {
            return Ok(false);
        }
        for k in crate::dict::dict_keys(a) {
            if crate::dict::dict_get_item(self, b, &k)?.is_none() {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn dict_equal(&self, a: &Value, b: &Value) -> PyResult<bool> {
        if crate::dict::dict_len(a) != crate::dict::dict_len(b) {
            return Ok(false);
        }
        for (k, v) in crate::dict::dict_items(a) {
            match crate::dict::dict_get_item(self, b, &k)? {
                Some(w) => {
                    if !self.eq(&v, &w)? {
                        return Ok(false);
                    }
                }
                None => return Ok(false),
            }
        }
        Ok(true)
    }

    /// Lexicographic comparison of two sequences.
    pub fn seq_compare(&self, x: &[Value], y: &[Value], op: CompareOp) -> PyResult<bool> {
        if matches!(op, CompareOp::Eq | CompareOp::Ne) && x.len() != y.len() {
            return Ok(op == CompareOp::Ne);
        }
        for (a, b) in x.iter().zip(y.iter()) {
            if !self.eq(a, b)? {
                return match op {
                    CompareOp::Eq => Ok(false),
                    CompareOp::Ne => Ok(true),
                    _ => {
                        let r = self.compare(a, b, op)?;
                        self.truthy(&r)
                    }
                };
            }
        }
        Ok(cmp_result(x.len().cmp(&y.len()), op))
    }

    /// `a op b` (or `a op= b` when `op` is in-place).
    pub fn binary_op(&self, a: &Value, b: &Value, op: BinaryOp) -> PyResult {
        if op.is_inplace() {
            let (_, _, iname) = binop_names(op);
            if let Some(r) = crate::objects::sequence::builtin_inplace(self, op.base(), a, b)? {
                if self.user_special(a, iname).is_none() {
                    return Ok(r);
                }
            }
            if let Some(m) = self.user_special(a, iname) {
                let r = self.call_bound_special(&m, a, std::slice::from_ref(b))?;
                if !r.is(&self.not_implemented) {
                    return Ok(r);
                }
            }
        }
        let base = op.base();
        let (name, rname, _) = binop_names(base);
        let ta = self.type_of(a);
        let tb = self.type_of(b);
        let same = ta.is(&tb);
        let b_first =
            !same && type_layout(&tb).is_subtype_of(&ta) && self.overrides(&tb, &ta, rname);
        if b_first {
            if let Some(r) = self.binop_side(b, a, base, rname, true)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.binop_side(a, b, base, name, false)? {
            return Ok(r);
        }
        if !same && !b_first {
            if let Some(r) = self.binop_side(b, a, base, rname, true)? {
                return Ok(r);
            }
        }
        let sym = if op.is_inplace() {
            op.symbol()
        } else {
            base.symbol()
        };
        if base == BinaryOp::Add
            && (a.payload_is::<StrObj>() || a.payload_is::<ListObj>() || a.payload_is::<TupleObj>())
        {
            let what = if a.payload_is::<StrObj>() {
                "str"
            } else if a.payload_is::<ListObj>() {
                "list"
            } else {
                "tuple"
            };
            return Err(self.type_error(format!(
                "can only concatenate {} (not \"{}\") to {}",
                what,
                self.type_name(b),
                what
            )));
        }
        if base == BinaryOp::Add && (a.payload_is::<BytesObj>() || a.payload_is::<ByteArrayObj>()) {
            return Err(self.type_error(format!(
                "can't concat {} to {}",
                self.type_name(b),
                self.type_name(a)
            )));
        }
        if base == BinaryOp::Power {
            return Err(self.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
                self.type_name(a),
                self.type_name(b)
            )));
        }
        if base == BinaryOp::Multiply && (is_sequence(a) || is_sequence(b)) {
            let other = if is_sequence(a) { b } else { a };
            return Err(self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(other)
            )));
        }
        Err(self.unsupported_operands(sym, a, b))
    }

    /// One side of a binary operation: `x.name(y)`; `reflected` means x is
    /// the right operand. `Ok(None)` means NotImplemented.
    fn binop_side(
        &self,
        x: &Value,
        y: &Value,
        op: BinaryOp,
        name: &str,
        reflected: bool,
    ) -> PyResult<Option<Value>> {
        if let Some(m) = self.user_special(x, name) {
            let r = self.call_bound_special(&m, x, std::slice::from_ref(y))?;
            return Ok(if r.is(&self.not_implemented) {
                None
            } else {
                Some(r)
            });
        }
        if reflected {
            self.builtin_binop(op, y, x, true)
        } else {
            self.builtin_binop(op, x, y, false)
        }
    }

    /// Binary operators of builtin payloads. `reflected` says which operand
    /// owns the method (for sequence repetition and similar asymmetric ops).
    pub fn builtin_binop(
        &self,
        op: BinaryOp,
        a: &Value,
        b: &Value,
        _reflected: bool,
    ) -> PyResult<Option<Value>> {
        if let Some(r) = self.num_binop(op, a, b)? {
            return Ok(Some(r));
        }
        if let Some(r) = crate::objects::sequence::seq_binop(self, op, a, b)? {
            return Ok(Some(r));
        }
        if op == BinaryOp::Or {
            return crate::objects::generic_alias::union_or(self, a, b);
        }
        Ok(None)
    }

    /// `-v`.
    pub fn neg(&self, v: &Value) -> PyResult {
        self.unary(v, '-', "__neg__", "-")
    }

    /// `+v`.
    pub fn pos(&self, v: &Value) -> PyResult {
        self.unary(v, '+', "__pos__", "+")
    }

    /// `~v`.
    pub fn invert(&self, v: &Value) -> PyResult {
        self.unary(v, '~', "__invert__", "~")
    }

    fn unary(&self, v: &Value, op: char, name: &str, sym: &str) -> PyResult {
        if let Some(m) = self.user_special(v, name) {
            return self.call_bound_special(&m, v, &[]);
        }
        match self.num_unary(op, v)? {
            Some(r) => Ok(r),
            None => Err(self.type_error(format!(
                "bad operand type for unary {}: '{}'",
                sym,
                self.type_name(v)
            ))),
        }
    }

    /// `x in container`.
    pub fn contains(&self, container: &Value, x: &Value) -> PyResult<bool> {
        if let Some(m) = self.user_special(container, "__contains__") {
            let r = self.call_bound_special(&m, container, std::slice::from_ref(x))?;
            return self.truthy(&r);
        }
        if container.payload_is::<DictObj>() {
            return Ok(crate::dict::dict_get_item(self, container, x)?.is_some());
        }
        if container.payload_is::<SetObj>() {
            if x.payload_is::<SetObj>() && self.is_exact(x, &self.types.set) {
                let fs = crate::objects::set::to_frozenset(self, x)?;
                return crate::dict::set_contains(self, container, &fs);
            }
            return crate::dict::set_contains(self, container, x);
        }
        if let Some(s) = container.downcast::<StrObj>() {
            let Some(sub) = x.downcast::<StrObj>() else {
                return Err(self.type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    self.type_name(x)
                )));
            };
            return Ok(s.s.contains(&*sub.s));
        }
        if let Some(b) = bytes_or_bytearray(container) {
            if let Some(i) = as_int(x) {
                let Some(byte) = i.to_i64().filter(|v| (0..256).contains(v)) else {
                    return Err(self.value_error("byte must be in range(0, 256)"));
                };
                return Ok(b.contains(&(byte as u8)));
            }
            if let Some(sub) = bytes_view(x) {
                return Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &sub[..]));
            }
            return Err(self.type_error(format!(
                "a bytes-like object is required, not '{}'",
                self.type_name(x)
            )));
        }
        if let Some(r) = container.downcast::<RangeObj>() {
            if let Some(i) = as_int(x) {
                if !x.payload_is::<FloatObj>() {
                    return Ok(crate::objects::range::range_contains(r, &i.to_big()));
                }
            }
        }
        if let Some(dv) = container.downcast::<DictViewObj>() {
            match dv.part {
                DictPart::Keys => {
                    return Ok(crate::dict::dict_get_item(self, &dv.dict, x)?.is_some())
                }
                DictPart::Items => {
                    if let Some(t) = x.downcast::<TupleObj>() {
                        if t.0.len() == 2 {
                            return match crate::dict::dict_get_item(self, &dv.dict, &t.0[0])? {
                                Some(v) => self.eq(&v, &t.0[1]),
                                None => Ok(false),
                            };
                        }
                    }
                    return Ok(false);
                }
                DictPart::Values => {}
            }
        }
        if let Some(l) = container.downcast::<ListObj>() {
            let mut i = 0;
            loop {
                let item = match l.0.borrow().get(i) {
                    Some(v) => v.clone(),
                    None => return Ok(false),
                };
                if item.is(x) || self.eq(&item, x)? {
                    return Ok(true);
                }
                i += 1;
            }
        }
        if let Some(t) = container.downcast::<TupleObj>() {
            for item in t.0.iter() {
                if item.is(x) || self.eq(item, x)? {
                    return Ok(true);
                }
            }
            return Ok(false);
        }
        let it = self.iter(container).map_err(|e| {
            if self.exc_matches(&e, &self.exc.type_error) {
                self.type_error(format!(
                    "argument of type '{}' is not iterable",
                    self.type_name(container)
                ))
            } else {
                e
            }
        })?;
        while let Some(item) = self.next(&it)? {
            if item.is(x) || self.eq(&item, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// `obj[key]`.
    pub fn getitem(&self, obj: &Value, key: &Value) -> PyResult {
        if let Some(m) = self.user_special(obj, "__getitem__") {
            return self.call_bound_special(&m, obj, std::slice::from_ref(key));
        }
        if let Some(r) = crate::objects::sequence::builtin_getitem(self, obj, key)? {
            return Ok(r);
        }
        if self.is_type(obj) {
            if let Some(m) = type_layout(obj).lookup("__class_getitem__") {
                let f = match m.downcast::<MethodWrapperObj>() {
                    Some(w) => w.func.clone(),
                    None => m,
                };
                return self.call(&f, &[obj.clone(), key.clone()]);
            }
            if obj.is(&self.types.type_) {
                return Ok(crate::objects::generic_alias::new_alias(
                    self,
                    obj.clone(),
                    key,
                    false,
                ));
            }
            return Err(self.type_error(format!(
                "type '{}' is not subscriptable",
                type_layout(obj).name()
            )));
        }
        if let Some(r) = crate::typing::getitem(self, obj, key)? {
            return Ok(r);
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(obj)
        )))
    }

    /// `obj[key] = value`.
    pub fn setitem(&self, obj: &Value, key: &Value, value: Value) -> PyResult<()> {
        if let Some(m) = self.user_special(obj, "__setitem__") {
            return self
                .call_bound_special(&m, obj, &[key.clone(), value])
                .map(|_| ());
        }
        if crate::objects::sequence::builtin_setitem(self, obj, key, Some(value))? {
            return Ok(());
        }
        if self.lookup_special(obj, "__getitem__").is_some()
            || obj.payload_is::<StrObj>()
            || obj.payload_is::<TupleObj>()
        {
            return Err(self.type_error(format!(
                "'{}' object does not support item assignment",
                self.type_name(obj)
            )));
        }
        Err(self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(obj)
        )))
    }

    /// `del obj[key]`.
    pub fn delitem(&self, obj: &Value, key: &Value) -> PyResult<()> {
        if let Some(m) = self.user_special(obj, "__delitem__") {
            return self
                .call_bound_special(&m, obj, std::slice::from_ref(key))
                .map(|_| ());
        }
        if crate::objects::sequence::builtin_setitem(self, obj, key, None)? {
            return Ok(());
        }
        Err(self.type_error(format!(
            "'{}' object doesn't support item deletion",
            self.type_name(obj)
        )))
    }

    /// `operator.index(v)`.
    pub fn index(&self, v: &Value) -> PyResult<BigInt> {
        if let Some(i) = as_int(v) {
            return Ok(i.to_big());
        }
        if let Some(m) = self.user_special(v, "__index__") {
            let r = self.call_bound_special(&m, v, &[])?;
            if let Some(i) = as_int(&r) {
                return Ok(i.to_big());
            }
            return Err(self.type_error(format!(
                "__index__ returned non-int (type {})",
                self.type_name(&r)
            )));
        }
        Err(self.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        )))
    }

    /// `operator.index(v)` as an isize-like i64 (OverflowError if too big).
    pub fn index_i64(&self, v: &Value) -> PyResult<i64> {
        let b = self.index(v)?;
        b.to_i64().ok_or_else(|| {
            self.index_error(format!(
                "cannot fit '{}' into an index-sized integer",
                self.type_name(v)
            ))
        })
    }

    /// Collects an iterable into a vector.
    pub fn to_vec(&self, iterable: &Value) -> PyResult<Vec<Value>> {
        if let Some(l) = iterable.downcast::<ListObj>() {
            if self.is_exact(iterable, &self.types.list) {
                return Ok(l.0.borrow().clone());
            }
        }
        if let Some(t) = iterable.downcast::<TupleObj>() {
            if self.is_exact(iterable, &self.types.tuple) {
                return Ok(t.0.to_vec());
            }
        }
        let it = self.iter(iterable)?;
        let mut out = Vec::new();
        while let Some(v) = self.next(&it)? {
            out.push(v);
        }
        Ok(out)
    }
}

/// Whether `m` is a native method defined by a native extension type
/// (see `TypeFlags::NATIVE_EXT`), as opposed to one of a core builtin.
pub fn is_ext_native(m: &Value) -> bool {
    m.downcast::<NativeFunctionObj>().is_some_and(|f| {
        f.objclass
            .as_ref()
            .is_some_and(|c| type_layout(c).has(TypeFlags::NATIVE_EXT))
    })
}

/// Applies a comparison operator to an ordering.
pub fn cmp_result(o: Ordering, op: CompareOp) -> bool {
    match op {
        CompareOp::Lt => o == Ordering::Less,
        CompareOp::Le => o != Ordering::Greater,
        CompareOp::Eq => o == Ordering::Equal,
        CompareOp::Ne => o != Ordering::Equal,
        CompareOp::Gt => o == Ordering::Greater,
        CompareOp::Ge => o != Ordering::Less,
    }
}

/// Bytes-like contents (bytes or bytearray), copied.
pub fn bytes_view(v: &Value) -> Option<Vec<u8>> {
    if let Some(b) = v.downcast::<BytesObj>() {
        return Some(b.b.to_vec());
    }
    if let Some(b) = v.downcast::<ByteArrayObj>() {
        return Some(b.0.borrow().clone());
    }
    crate::objects::memoryview::view_bytes(v)
}

/// The bytes of a bytes or bytearray (not other buffers): for the
/// operations memoryview does not share with them (ordering, repetition,
/// `in`).
pub fn bytes_or_bytearray(v: &Value) -> Option<Vec<u8>> {
    if crate::objects::memoryview::is_memoryview(v) {
        return None;
    }
    bytes_view(v)
}

fn is_sequence(v: &Value) -> bool {
    v.payload_is::<StrObj>()
        || v.payload_is::<ListObj>()
        || v.payload_is::<TupleObj>()
        || v.payload_is::<BytesObj>()
        || v.payload_is::<ByteArrayObj>()
}

/// Identity-based hash, as `object.__hash__`.
pub fn identity_hash(v: &Value) -> i64 {
    let w = v.word();
    ((w >> 4) | (w << (usize::BITS - 4))) as i64
}

/// Hash of a str: deterministic FNV-1a over UTF-8, mixed (CPython
/// randomizes per process; programs must not depend on the value).
pub fn str_hash(s: &str) -> i64 {
    bytes_hash(s.as_bytes())
}

/// Hash of bytes (same function as str, as in CPython).
pub fn bytes_hash(b: &[u8]) -> i64 {
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 29;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// CPython's tuple hash (xxHash-based).
pub fn tuple_hash(vm: &Vm, items: &[Value]) -> PyResult<i64> {
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let mut acc: u64 = P5;
    for it in items {
        let lane = vm.hash(it)? as u64;
        acc = acc.wrapping_add(lane.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
    let h = acc as i64;
    Ok(if h == -1 { 1546275796 } else { h })
}

/// CPython's `frozenset_hash`: order-independent, from the stored hashes.
fn frozenset_hash(v: &Value) -> i64 {
    let mut hash: u64 = 0;
    let entries = crate::dict::set_entries(v);
    for (h, _) in &entries {
        let h = *h as u64;
        hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
    }
    let n = entries.len() as u64;
    hash ^= (n + 1).wrapping_mul(1927868237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69069).wrapping_add(907133923);
    let h = hash as i64;
    if h == -1 {
        590923713
    } else {
        h
    }
}

/// Whether `v` is a negative int (for messages).
pub fn is_negative_int(v: &Value) -> bool {
    match as_int(v) {
        Some(Int::Small(i)) => i < 0,
        Some(Int::Big(b)) => b.is_negative(),
        None => false,
    }
}
