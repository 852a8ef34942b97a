//! Indexing, slicing, concatenation and repetition of the builtin
//! sequences (list, tuple, str, bytes, bytearray, range) and dict
//! subscription; also the binary operators of str/bytes (`%`), sets and
//! dicts (`|`).

use std::cell::RefCell;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use strata_compiler::BinaryOp;
use strata_object::payloads::*;
use strata_object::types::type_layout;
use strata_object::Value;

use crate::numeric::as_int;
use crate::vm::{PyResult, Vm};

/// Resolved slice bounds over a sequence of length `len` (CPython's
/// `PySlice_AdjustIndices`).
#[derive(Clone, Copy, Debug)]
pub struct SliceIdx {
    pub start: isize,
    pub stop: isize,
    pub step: isize,
    pub len: usize,
}

impl SliceIdx {
    /// Indices selected, in order.
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let s = *self;
        (0..s.len).map(move |k| (s.start + k as isize * s.step) as usize)
    }
}

fn slice_bound(vm: &Vm, v: &Value) -> PyResult<Option<isize>> {
    if v.is(&vm.none) {
        return Ok(None);
    }
    let b = vm.index(v).map_err(|_| {
        vm.type_error("slice indices must be integers or None or have an __index__ method")
    })?;
    Ok(Some(b.to_isize().unwrap_or(if b.is_negative() {
        isize::MIN / 2
    } else {
        isize::MAX / 2
    })))
}

/// A slice's bounds converted with `__index__` (CPython's
/// `PySlice_Unpack`), before they are adjusted to a length: converting may
/// run Python code, so callers read the length of a mutable sequence after.
#[derive(Clone, Copy, Debug)]
pub struct SliceBounds {
    start: Option<isize>,
    stop: Option<isize>,
    step: isize,
}

/// Converts the bounds of `s` (step, start, stop, as CPython does).
pub fn slice_unpack(vm: &Vm, s: &SliceObj) -> PyResult<SliceBounds> {
    let step = slice_bound(vm, &s.step)?.unwrap_or(1);
    if step == 0 {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    Ok(SliceBounds {
        start: slice_bound(vm, &s.start)?,
        stop: slice_bound(vm, &s.stop)?,
        step,
    })
}

/// Computes slice indices for `len` items.
pub fn slice_indices(vm: &Vm, s: &SliceObj, len: usize) -> PyResult<SliceIdx> {
    Ok(slice_unpack(vm, s)?.adjust(len))
}

impl SliceBounds {
    /// The indices these bounds select from `len` items
    /// (`PySlice_AdjustIndices`).
    pub fn adjust(self, len: usize) -> SliceIdx {
        let step = self.step;
        let len_i = len as isize;
        let adjust = |v: Option<isize>, default: isize, lo: isize, hi: isize| -> isize {
            match v {
                None => default,
                Some(mut x) => {
                    if x < 0 {
                        x += len_i;
                        if x < 0 {
                            x = lo;
                        }
                    } else if x >= len_i {
                        x = hi;
                    }
                    x
                }
            }
        };
        let (start, stop) = if step > 0 {
            (
                adjust(self.start, 0, 0, len_i),
                adjust(self.stop, len_i, 0, len_i),
            )
        } else {
            (
                adjust(self.start, len_i - 1, -1, len_i - 1),
                adjust(self.stop, -1, -1, len_i - 1),
            )
        };
        let n = if step > 0 {
            if stop > start {
                (stop - start - 1) / step + 1
            } else {
                0
            }
        } else if start > stop {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        };
        SliceIdx {
            start,
            stop,
            step,
            len: n as usize,
        }
    }
}

/// Normalizes an index for a sequence of length `len`.
fn norm_index(vm: &Vm, key: &Value, len: usize, what: &str) -> PyResult<Option<usize>> {
    let i = index_key(vm, key, what)?;
    Ok(norm_big_index(&i, len))
}

/// `i` (negative counts from the end) as an index into `len` items.
fn norm_big_index(i: &BigInt, len: usize) -> Option<usize> {
    let len_b = BigInt::from(len);
    let j = if i.is_negative() {
        i + &len_b
    } else {
        i.clone()
    };
    if j.is_negative() || j >= len_b {
        return None;
    }
    j.to_usize()
}

/// A subscript converted with `__index__` (TypeError naming `what`).
fn index_key(vm: &Vm, key: &Value, what: &str) -> PyResult<BigInt> {
    Ok(match as_int(key) {
        Some(i) => i.to_big(),
        None => match vm.index(key) {
            Ok(b) => b,
            Err(_) => {
                return Err(vm.type_error(format!(
                    "{} indices must be integers or slices, not {}",
                    what,
                    vm.type_name(key)
                )))
            }
        },
    })
}

fn index_error(vm: &Vm, what: &str) -> Value {
    vm.index_error(format!("{} index out of range", what))
}

/// `obj[key]` for builtin payloads; `Ok(None)` if not a builtin container.
pub fn builtin_getitem(vm: &Vm, obj: &Value, key: &Value) -> PyResult<Option<Value>> {
    if let Some(l) = obj.downcast::<ListObj>() {
        if let Some(s) = key.downcast::<SliceObj>() {
            let items = l.0.borrow().clone();
            let idx = slice_indices(vm, s, items.len())?;
            return Ok(Some(
                vm.new_list(idx.indices().map(|i| items[i].clone()).collect()),
            ));
        }
        if let Some(i) = key.as_small_int() {
            let v = l.0.borrow();
            let j = if i < 0 { i + v.len() as i64 } else { i };
            return match v.get(j as usize).filter(|_| j >= 0) {
                Some(x) => Ok(Some(x.clone())),
                None => Err(index_error(vm, "list")),
            };
        }
        let len = l.0.borrow().len();
        return match norm_index(vm, key, len, "list")? {
            Some(i) => {
                l.0.borrow()
                    .get(i)
                    .cloned()
                    .map(Some)
                    .ok_or_else(|| index_error(vm, "list"))
            }
            None => Err(index_error(vm, "list")),
        };
    }
    if let Some(t) = obj.downcast::<TupleObj>() {
        if let Some(s) = key.downcast::<SliceObj>() {
            let idx = slice_indices(vm, s, t.0.len())?;
            return Ok(Some(
                vm.new_tuple(idx.indices().map(|i| t.0[i].clone()).collect()),
            ));
        }
        return match norm_index(vm, key, t.0.len(), "tuple")? {
            Some(i) => Ok(Some(t.0[i].clone())),
            None => Err(index_error(vm, "tuple")),
        };
    }
    if let Some(d) = obj.downcast::<DictObj>() {
        let _ = d;
        return match crate::dict::dict_get_item(vm, obj, key)? {
            Some(v) => Ok(Some(v)),
            None => {
                if !vm.is_exact(obj, &vm.types.dict) {
                    if let Some(m) = vm.lookup_special(obj, "__missing__") {
                        return vm
                            .call_bound_special(&m, obj, std::slice::from_ref(key))
                            .map(Some);
                    }
                }
                Err(vm.key_error(key.clone()))
            }
        };
    }
    if let Some(s) = obj.downcast::<StrObj>() {
        if let Some(sl) = key.downcast::<SliceObj>() {
            let idx = slice_indices(vm, sl, s.char_len)?;
            if s.is_ascii() {
                let b = s.s.as_bytes();
                let out: String = idx.indices().map(|i| b[i] as char).collect();
                return Ok(Some(vm.new_string(out)));
            }
            if idx.step == 1 {
                // A contiguous run: one byte range, found through the
                // string's checkpoints.
                let start = idx.start.max(0) as usize;
                let (b0, b1) = (s.byte_offset(start), s.byte_offset(start + idx.len));
                return Ok(Some(vm.new_str(&s.s[b0..b1])));
            }
            let chars: Vec<char> = s.s.chars().collect();
            let out: String = idx.indices().map(|i| chars[i]).collect();
            return Ok(Some(vm.new_string(out)));
        }
        if as_int(key).is_none() && vm.user_special(key, "__index__").is_none() {
            return Err(vm.type_error(format!(
                "string indices must be integers, not '{}'",
                vm.type_name(key)
            )));
        }
        return match norm_index(vm, key, s.char_len, "string")? {
            Some(i) => {
                let c = if s.is_ascii() {
                    s.s.as_bytes()[i] as char
                } else {
                    s.char_at(i)
                };
                Ok(Some(vm.new_string(c.to_string())))
            }
            None => Err(index_error(vm, "string")),
        };
    }
    if obj.payload_is::<BytesObj>() || obj.payload_is::<ByteArrayObj>() {
        let is_ba = obj.payload_is::<ByteArrayObj>();
        if let Some(sl) = key.downcast::<SliceObj>() {
            // Bounds first: their `__index__` may resize a bytearray.
            let bounds = slice_unpack(vm, sl)?;
            let b = crate::ops::bytes_view(obj).unwrap_or_default();
            let idx = bounds.adjust(b.len());
            let out: Vec<u8> = idx.indices().map(|i| b[i]).collect();
            return Ok(Some(if is_ba {
                vm.alloc(&vm.types.bytearray, ByteArrayObj(RefCell::new(out)))
            } else {
                vm.new_bytes(out)
            }));
        }
        let i = index_key(vm, key, if is_ba { "bytearray" } else { "byte" })?;
        let byte = match obj.downcast::<BytesObj>() {
            Some(b) => norm_big_index(&i, b.b.len()).map(|j| b.b[j]),
            None => obj.downcast::<ByteArrayObj>().and_then(|b| {
                let v = b.0.borrow();
                norm_big_index(&i, v.len()).map(|j| v[j])
            }),
        };
        return match byte {
            Some(x) => Ok(Some(vm.new_int(x as i64))),
            None => Err(vm.index_error(if is_ba {
                "bytearray index out of range"
            } else {
                "index out of range"
            })),
        };
    }
    if let Some(r) = obj.downcast::<RangeObj>() {
        let len = super::range::range_len(r);
        if let Some(sl) = key.downcast::<SliceObj>() {
            let Some(n) = len.to_usize() else {
                return Err(vm.overflow_error("range too large"));
            };
            let idx = slice_indices(vm, sl, n)?;
            let start = super::range::range_item(r, &BigInt::from(idx.start));
            let step = &r.step * BigInt::from(idx.step);
            let stop = &start + &step * BigInt::from(idx.len);
            return Ok(Some(
                vm.alloc(&vm.types.range, RangeObj { start, stop, step }),
            ));
        }
        let i = vm.index(key).map_err(|_| {
            vm.type_error(format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(key)
            ))
        })?;
        let j = if i.is_negative() { &i + &len } else { i };
        if j.is_negative() || j >= len {
            return Err(vm.index_error("range object index out of range"));
        }
        return Ok(Some(vm.new_bigint(super::range::range_item(r, &j))));
    }
    Ok(None)
}

/// `obj[key] = value` (or `del obj[key]` when value is None) for builtin
/// containers; returns false if `obj` is not one.
pub fn builtin_setitem(vm: &Vm, obj: &Value, key: &Value, value: Option<Value>) -> PyResult<bool> {
    if obj.payload_is::<DictObj>() {
        match value {
            Some(v) => crate::dict::dict_set_item(vm, obj, key.clone(), v)?,
            None => {
                if crate::dict::dict_del_item(vm, obj, key)?.is_none() {
                    return Err(vm.key_error(key.clone()));
                }
            }
        }
        return Ok(true);
    }
    if let Some(l) = obj.downcast::<ListObj>() {
        if let Some(s) = key.downcast::<SliceObj>() {
            let bounds = slice_unpack(vm, s)?;
            match value {
                None => {
                    let len = l.0.borrow().len();
                    let idx = bounds.adjust(len);
                    let mut keep = vec![true; len];
                    for i in idx.indices() {
                        keep[i] = false;
                    }
                    let old = std::mem::take(&mut *l.0.borrow_mut());
                    let mut removed = Vec::new();
                    let mut kept = Vec::new();
                    for (i, v) in old.into_iter().enumerate() {
                        if keep[i] {
                            kept.push(v)
                        } else {
                            removed.push(v)
                        }
                    }
                    *l.0.borrow_mut() = kept;
                    drop(removed);
                }
                Some(v) => {
                    let items = vm.to_vec(&v).map_err(|e| {
                        if vm.exc_matches(&e, &vm.exc.type_error) {
                            vm.type_error("can only assign an iterable")
                        } else {
                            e
                        }
                    })?;
                    // Iterating the value may have resized the list.
                    let len = l.0.borrow().len();
                    let idx = bounds.adjust(len);
                    if idx.step == 1 {
                        let start = (idx.start.max(0) as usize).min(len);
                        let stop = (idx.stop.max(idx.start)).max(0) as usize;
                        let removed: Vec<Value> =
                            l.0.borrow_mut()
                                .splice(start..stop.min(len), items)
                                .collect();
                        drop(removed);
                    } else {
                        if items.len() != idx.len {
                            return Err(vm.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                idx.len
                            )));
                        }
                        let mut old = Vec::new();
                        {
                            let mut list = l.0.borrow_mut();
                            for (i, v) in idx.indices().zip(items) {
                                old.push(std::mem::replace(&mut list[i], v));
                            }
                        }
                        drop(old);
                    }
                }
            }
            return Ok(true);
        }
        let i = index_key(vm, key, "list")?;
        let len = l.0.borrow().len();
        let Some(i) = norm_big_index(&i, len) else {
            return Err(vm.index_error("list assignment index out of range"));
        };
        let old = match value {
            Some(v) => {
                l.0.borrow_mut()
                    .get_mut(i)
                    .map(|slot| std::mem::replace(slot, v))
            }
            None => Some(l.0.borrow_mut().remove(i)),
        };
        drop(old);
        return Ok(true);
    }
    if let Some(b) = obj.downcast::<ByteArrayObj>() {
        if let Some(s) = key.downcast::<SliceObj>() {
            bytearray_set_slice(vm, b, s, value)?;
            return Ok(true);
        }
        let i = index_key(vm, key, "bytearray")?;
        if let Some(v) = value {
            let x = vm.index_i64(&v)?;
            let len = b.0.borrow().len();
            let Some(i) = norm_big_index(&i, len) else {
                return Err(vm.index_error("bytearray index out of range"));
            };
            if !(0..256).contains(&x) {
                return Err(vm.value_error("byte must be in range(0, 256)"));
            }
            b.0.borrow_mut()[i] = x as u8;
            return Ok(true);
        }
        let len = b.0.borrow().len();
        let Some(i) = norm_big_index(&i, len) else {
            return Err(vm.index_error("bytearray index out of range"));
        };
        b.0.borrow_mut().remove(i);
        return Ok(true);
    }
    Ok(false)
}

/// `b[s] = value` / `del b[s]` for a bytearray.
fn bytearray_set_slice(
    vm: &Vm,
    b: &ByteArrayObj,
    s: &SliceObj,
    value: Option<Value>,
) -> PyResult<()> {
    let bounds = slice_unpack(vm, s)?;
    let items = match &value {
        None => None,
        Some(v) => {
            if as_int(v).is_some() || v.payload_is::<StrObj>() {
                return Err(vm.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ));
            }
            Some(crate::bytes_methods::bytes_from_source(vm, v, "bytearray")?)
        }
    };
    // Converting the value may have resized the bytearray.
    let len = b.0.borrow().len();
    let idx = bounds.adjust(len);
    let mut data = b.0.borrow_mut();
    match items {
        None => {
            if idx.len == 0 {
                return Ok(());
            }
            let mut keep = vec![true; len];
            for i in idx.indices() {
                keep[i] = false;
            }
            let mut k = 0;
            data.retain(|_| {
                k += 1;
                keep[k - 1]
            });
        }
        Some(items) if idx.step == 1 => {
            let start = (idx.start.max(0) as usize).min(len);
            let stop = (idx.stop.max(idx.start).max(0) as usize).min(len);
            data.splice(start..stop, items);
        }
        Some(items) => {
            if items.len() != idx.len {
                return Err(vm.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    items.len(),
                    idx.len
                )));
            }
            for (i, v) in idx.indices().zip(items) {
                data[i] = v;
            }
        }
    }
    Ok(())
}

/// Repetition count for `seq * n` (negative counts give empty).
/// `overflow_msg`: the OverflowError str and bytes raise past `isize::MAX`
/// (lists and tuples raise MemoryError).
fn repeat_count(
    vm: &Vm,
    n: &Value,
    item_len: usize,
    overflow_msg: Option<&str>,
) -> PyResult<usize> {
    let b = vm.index(n)?;
    if b.is_negative() || b.is_zero() {
        return Ok(0);
    }
    let Some(k) = b.to_usize() else {
        return Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"));
    };
    if let Some(what) = overflow_msg {
        if item_len.saturating_mul(k) > isize::MAX as usize {
            return Err(vm.overflow_error(what));
        }
    }
    if item_len.saturating_mul(k) > (1usize << 36) {
        return Err(vm.memory_error(""));
    }
    Ok(if item_len == 0 { 0 } else { k })
}

/// `items` repeated `k` times; MemoryError when the allocation fails.
fn repeat_items<T: Clone>(vm: &Vm, items: &[T], k: usize) -> PyResult<Vec<T>> {
    let mut v = Vec::new();
    vm.try_reserve(&mut v, items.len().saturating_mul(k))?;
    for _ in 0..k {
        v.extend_from_slice(items);
    }
    Ok(v)
}

/// Sequence and container operators; `Ok(None)` = NotImplemented.
pub fn seq_binop(vm: &Vm, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    match op {
        BinaryOp::Add => {
            if let (Some(x), Some(y)) = (a.downcast::<StrObj>(), b.downcast::<StrObj>()) {
                let mut s = String::with_capacity(x.s.len() + y.s.len());
                s.push_str(&x.s);
                s.push_str(&y.s);
                return Ok(Some(vm.new_string(s)));
            }
            if let (Some(x), Some(y)) = (a.downcast::<ListObj>(), b.downcast::<ListObj>()) {
                let mut v = x.0.borrow().clone();
                v.extend(y.0.borrow().iter().cloned());
                return Ok(Some(vm.new_list(v)));
            }
            if let (Some(x), Some(y)) = (a.downcast::<TupleObj>(), b.downcast::<TupleObj>()) {
                let mut v = x.0.to_vec();
                v.extend(y.0.iter().cloned());
                return Ok(Some(vm.new_tuple(v)));
            }
            if a.payload_is::<BytesObj>() || a.payload_is::<ByteArrayObj>() {
                if let (Some(mut x), Some(y)) =
                    (crate::ops::bytes_view(a), crate::ops::bytes_view(b))
                {
                    x.extend(y);
                    return Ok(Some(if a.payload_is::<ByteArrayObj>() {
                        vm.alloc(&vm.types.bytearray, ByteArrayObj(RefCell::new(x)))
                    } else {
                        vm.new_bytes(x)
                    }));
                }
            }
        }
        BinaryOp::Multiply => {
            let is_index =
                |v: &Value| as_int(v).is_some() || vm.user_special(v, "__index__").is_some();
            let (seq, n) = if is_index(b) {
                (a, b)
            } else if is_index(a) {
                (b, a)
            } else {
                return Ok(None);
            };
            if let Some(s) = seq.downcast::<StrObj>() {
                let k = repeat_count(vm, n, s.s.len(), Some("repeated string is too long"))?;
                let mut out = String::new();
                vm.try_reserve_str(&mut out, s.s.len().saturating_mul(k))?;
                for _ in 0..k {
                    out.push_str(&s.s);
                }
                return Ok(Some(vm.new_string(out)));
            }
            if let Some(l) = seq.downcast::<ListObj>() {
                let items = l.0.borrow().clone();
                let k = repeat_count(vm, n, items.len(), None)?;
                let v = repeat_items(vm, &items, k)?;
                return Ok(Some(vm.new_list(v)));
            }
            if let Some(t) = seq.downcast::<TupleObj>() {
                let k = repeat_count(vm, n, t.0.len(), None)?;
                let v = repeat_items(vm, &t.0, k)?;
                return Ok(Some(vm.new_tuple(v)));
            }
            if let Some(x) = crate::ops::bytes_or_bytearray(seq) {
                let k = repeat_count(vm, n, x.len(), Some("repeated bytes are too long"))?;
                let out = repeat_items(vm, &x, k)?;
                return Ok(Some(if seq.payload_is::<ByteArrayObj>() {
                    vm.alloc(&vm.types.bytearray, ByteArrayObj(RefCell::new(out)))
                } else {
                    vm.new_bytes(out)
                }));
            }
        }
        BinaryOp::Remainder
            if (a.payload_is::<StrObj>()
                || a.payload_is::<BytesObj>()
                || a.payload_is::<ByteArrayObj>()) =>
        {
            return crate::format::percent_format(vm, a, b).map(Some);
        }
        BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor => {
            if let Some(r) = super::set::set_like_binop(vm, op, a, b)? {
                return Ok(Some(r));
            }
            if op == BinaryOp::Or && a.payload_is::<DictObj>() && b.payload_is::<DictObj>() {
                let d = vm.new_dict();
                for (k, v) in crate::dict::dict_items(a)
                    .into_iter()
                    .chain(crate::dict::dict_items(b))
                {
                    crate::dict::dict_set_item(vm, &d, k, v)?;
                }
                return Ok(Some(d));
            }
        }
        _ => {}
    }
    let _ = type_layout;
    Ok(None)
}

/// In-place operators of mutable builtins (`list += x`, `set |= s`, ...);
/// `Ok(None)` when `a` has no in-place form for `op`.
pub fn builtin_inplace(vm: &Vm, op: BinaryOp, a: &Value, b: &Value) -> PyResult<Option<Value>> {
    if let Some(l) = a.downcast::<ListObj>() {
        match op {
            BinaryOp::Add => {
                let items = vm.to_vec(b)?;
                l.0.borrow_mut().extend(items);
                return Ok(Some(a.clone()));
            }
            BinaryOp::Multiply => {
                if as_int(b).is_none() {
                    return Ok(None);
                }
                let items = l.0.borrow().clone();
                let k = repeat_count(vm, b, items.len(), None)?;
                let out = repeat_items(vm, &items, k)?;
                let old = std::mem::replace(&mut *l.0.borrow_mut(), out);
                drop(old);
                return Ok(Some(a.clone()));
            }
            _ => return Ok(None),
        }
    }
    if let Some(ba) = a.downcast::<ByteArrayObj>() {
        match op {
            BinaryOp::Add => {
                let Some(x) = crate::ops::bytes_view(b) else {
                    return Err(vm.type_error(format!(
                        "can't concat {} to {}",
                        vm.type_name(b),
                        vm.type_name(a)
                    )));
                };
                ba.0.borrow_mut().extend(x);
                return Ok(Some(a.clone()));
            }
            BinaryOp::Multiply => {
                if as_int(b).is_none() {
                    return Ok(None);
                }
                let items = ba.0.borrow().clone();
                let k = repeat_count(vm, b, items.len(), None)?;
                let out = repeat_items(vm, &items, k)?;
                *ba.0.borrow_mut() = out;
                return Ok(Some(a.clone()));
            }
            _ => return Ok(None),
        }
    }
    if a.payload_is::<SetObj>() && !vm.isinstance(a, &vm.types.frozenset) {
        if !b.payload_is::<SetObj>()
            || !matches!(
                op,
                BinaryOp::Or | BinaryOp::And | BinaryOp::Subtract | BinaryOp::Xor
            )
        {
            return Ok(None);
        }
        super::set::set_inplace(vm, op, a, b)?;
        return Ok(Some(a.clone()));
    }
    if a.payload_is::<DictObj>() && op == BinaryOp::Or {
        crate::methods::dict_update_arg(vm, a, b)?;
        return Ok(Some(a.clone()));
    }
    Ok(None)
}
