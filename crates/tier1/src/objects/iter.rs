//! The iteration protocol: `iter()` and `next()` for builtin iterables,
//! user classes (`__iter__`/`__next__`) and the `__getitem__` fallback.

use std::cell::{Cell, RefCell};

use num_traits::{Signed, ToPrimitive};
use strata_object::payloads::*;
use strata_object::Value;

use crate::runtime::*;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `iter(v)`.
    pub fn iter(&self, v: &Value) -> PyResult {
        if let Some(m) = self.user_special(v, "__iter__") {
            let it = self.call_bound_special(&m, v, &[])?;
            if !self.is_iterator(&it) {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(it);
        }
        self.builtin_iter(v)
    }

    /// `iter(v)` for builtin payloads, ignoring Python overrides.
    pub fn builtin_iter(&self, v: &Value) -> PyResult {
        let seq = |ty: &Value| {
            self.alloc(
                ty,
                SeqIterObj {
                    seq: RefCell::new(Some(v.clone())),
                    index: Cell::new(0),
                },
            )
        };
        if v.payload_is::<ListObj>() {
            return Ok(seq(&self.types.list_iterator));
        }
        if v.payload_is::<TupleObj>() {
            return Ok(seq(&self.types.tuple_iterator));
        }
        if v.payload_is::<BytesObj>() || v.payload_is::<ByteArrayObj>() {
            return Ok(seq(&self.types.bytes_iterator));
        }
        if v.payload_is::<StrObj>() {
            return Ok(self.alloc(
                if v.downcast::<StrObj>().is_some_and(|s| s.is_ascii()) {
                    &self.types.str_ascii_iterator
                } else {
                    &self.types.str_iterator
                },
                StrIterObj {
                    s: v.clone(),
                    byte_pos: Cell::new(0),
                },
            ));
        }
        if let Some(r) = v.downcast::<RangeObj>() {
            let len = super::range::range_len(r);
            let fast = match (r.start.to_i64(), r.step.to_i64(), len.to_i64()) {
                (Some(a), Some(s), Some(n))
                    if a.checked_add(s.checked_mul(n).unwrap_or(i64::MAX))
                        .is_some() =>
                {
                    Some((a, s, n))
                }
                _ => None,
            };
            return Ok(self.alloc(
                &self.types.range_iterator,
                RangeIterObj {
                    next: RefCell::new(r.start.clone()),
                    step: r.step.clone(),
                    remaining: RefCell::new(len),
                    fast: Cell::new(fast),
                },
            ));
        }
        if v.payload_is::<DictObj>() {
            return Ok(self.table_iter(v.clone(), DictPart::Keys));
        }
        if v.payload_is::<SetObj>() {
            let n = crate::dict::set_len(v);
            return Ok(self.alloc(
                &self.types.set_iterator,
                TableIterObj {
                    container: v.clone(),
                    part: DictPart::Keys,
                    pos: Cell::new(0),
                    expected_len: n,
                },
            ));
        }
        if let Some(dv) = v.downcast::<DictViewObj>() {
            return Ok(self.table_iter(dv.dict.clone(), dv.part));
        }
        if self.is_iterator(v)
            && !self.with_type(v, |t| {
                strata_object::types::type_layout(t).has(strata_object::TypeFlags::HEAPTYPE)
            })
        {
            return Ok(v.clone());
        }
        if self
            .lookup_special(v, "__iter__")
            .is_some_and(|m| m.is(&self.none))
        {
            return Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))));
        }
        if self.user_special(v, "__getitem__").is_some() {
            return Ok(self.alloc(
                &self.types.seq_iterator,
                GetItemIterObj {
                    seq: RefCell::new(Some(v.clone())),
                    index: Cell::new(0),
                },
            ));
        }
        Err(self.type_error(format!("'{}' object is not iterable", self.type_name(v))))
    }

    fn table_iter(&self, dict: Value, part: DictPart) -> Value {
        let ty = match part {
            DictPart::Keys => &self.types.dict_keyiterator,
            DictPart::Values => &self.types.dict_valueiterator,
            DictPart::Items => &self.types.dict_itemiterator,
        };
        let n = crate::dict::dict_len(&dict);
        self.alloc(
            ty,
            TableIterObj {
                container: dict,
                part,
                pos: Cell::new(0),
                expected_len: n,
            },
        )
    }

    /// Whether `v` is an iterator (has `__next__`, or is a builtin one).
    pub fn is_iterator(&self, v: &Value) -> bool {
        v.payload_is::<SeqIterObj>()
            || v.payload_is::<GetItemIterObj>()
            || v.payload_is::<RangeIterObj>()
            || v.payload_is::<StrIterObj>()
            || v.payload_is::<TableIterObj>()
            || v.payload_is::<GeneratorObj>() && !self.is_exact(v, &self.types.coroutine)
            || v.payload_is::<EnumerateObj>()
            || v.payload_is::<ZipObj>()
            || v.payload_is::<MapObj>()
            || v.payload_is::<FilterObj>()
            || v.payload_is::<ReversedObj>()
            || v.payload_is::<CallableIterObj>()
            || v.payload_is::<SnapshotIterObj>()
            || self.lookup_special(v, "__next__").is_some()
    }

    /// `next(it)`: `Ok(None)` when exhausted.
    pub fn next(&self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(s) = it.downcast::<SeqIterObj>() {
            let seq = s.seq.borrow().clone();
            let Some(seq) = seq else { return Ok(None) };
            let i = s.index.get();
            let item = if let Some(l) = seq.downcast::<ListObj>() {
                l.0.borrow().get(i).cloned()
            } else if let Some(t) = seq.downcast::<TupleObj>() {
                t.0.get(i).cloned()
            } else {
                crate::ops::bytes_view(&seq).and_then(|b| b.get(i).map(|x| self.new_int(*x as i64)))
            };
            match item {
                Some(v) => {
                    s.index.set(i + 1);
                    return Ok(Some(v));
                }
                None => {
                    *s.seq.borrow_mut() = None;
                    return Ok(None);
                }
            }
        }
        if let Some(r) = it.downcast::<RangeIterObj>() {
            if let Some((cur, step, n)) = r.fast.get() {
                if n <= 0 {
                    return Ok(None);
                }
                r.fast.set(Some((cur.wrapping_add(step), step, n - 1)));
                return Ok(Some(self.new_int(cur)));
            }
            let mut rem = r.remaining.borrow_mut();
            if !rem.is_positive() {
                return Ok(None);
            }
            *rem -= 1;
            let mut n = r.next.borrow_mut();
            let cur = n.clone();
            *n += &r.step;
            return Ok(Some(self.new_bigint(cur)));
        }
        if let Some(s) = it.downcast::<StrIterObj>() {
            let st = s.s.downcast::<StrObj>().expect("str");
            let pos = s.byte_pos.get();
            return Ok(st.s[pos..].chars().next().map(|c| {
                s.byte_pos.set(pos + c.len_utf8());
                self.new_string(c.to_string())
            }));
        }
        if let Some(t) = it.downcast::<TableIterObj>() {
            return self.table_next(t);
        }
        if it.payload_is::<GeneratorObj>()
            && !self.with_type(it, |t| {
                strata_object::types::type_layout(t).has(strata_object::TypeFlags::HEAPTYPE)
            })
        {
            return crate::generator::gen_next(self, it);
        }
        if let Some(s) = it.downcast::<SnapshotIterObj>() {
            let i = s.index.get();
            s.index.set(i + 1);
            return Ok(s.items.get(i).cloned());
        }
        if let Some(g) = it.downcast::<GetItemIterObj>() {
            let seq = g.seq.borrow().clone();
            let Some(seq) = seq else { return Ok(None) };
            let i = g.index.get();
            match self.getitem(&seq, &self.new_int(i as i64)) {
                Ok(v) => {
                    g.index.set(i + 1);
                    return Ok(Some(v));
                }
                Err(e)
                    if self.exc_matches(&e, &self.exc.index_error)
                        || self.exc_matches(&e, &self.exc.stop_iteration) =>
                {
                    *g.seq.borrow_mut() = None;
                    return Ok(None);
                }
                Err(e) => return Err(e),
            }
        }
        if let Some(m) = self.lookup_special(it, "__next__") {
            if !m.payload_is::<NativeFunctionObj>() || crate::ops::is_ext_native(&m) {
                return match self.call_bound_special(&m, it, &[]) {
                    Ok(v) => Ok(Some(v)),
                    Err(e) if self.exc_matches(&e, &self.exc.stop_iteration) => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
        crate::builtins::builtin_iter_next(self, it)
    }

    fn table_next(&self, t: &TableIterObj) -> PyResult<Option<Value>> {
        let (len, entry) = if let Some(d) = t.container.downcast::<DictObj>() {
            let tb = d.0.borrow();
            let e = tb
                .next_entry(t.pos.get())
                .map(|(i, e)| (i, e.key.clone(), Some(e.value.clone())));
            (tb.len(), e)
        } else if let Some(s) = t.container.downcast::<SetObj>() {
            let tb = s.0.borrow();
            let e = tb
                .next_entry(t.pos.get())
                .map(|(i, _, k)| (i, k.clone(), None));
            (tb.len(), e)
        } else {
            return Ok(None);
        };
        if len != t.expected_len {
            t.pos.set(usize::MAX / 2);
            let what = if t.container.payload_is::<DictObj>() {
                "dictionary"
            } else {
                "Set"
            };
            return Err(self.runtime_error(format!("{} changed size during iteration", what)));
        }
        match entry {
            None => {
                t.pos.set(usize::MAX / 2);
                Ok(None)
            }
            Some((i, k, v)) => {
                t.pos.set(i + 1);
                Ok(Some(match t.part {
                    DictPart::Keys => k,
                    DictPart::Values => v.unwrap_or_else(|| self.none()),
                    DictPart::Items => self.new_tuple(vec![k, v.unwrap_or_else(|| self.none())]),
                }))
            }
        }
    }
}

/// How many items a builtin iterator has left (`__length_hint__`).
pub fn remaining(vm: &Vm, it: &Value) -> PyResult<usize> {
    if let Some(s) = it.downcast::<SeqIterObj>() {
        let seq = s.seq.borrow().clone();
        let Some(seq) = seq else { return Ok(0) };
        let n = vm.builtin_len(&seq)?.unwrap_or(0);
        return Ok(n.saturating_sub(s.index.get()));
    }
    if let Some(s) = it.downcast::<GetItemIterObj>() {
        let seq = s.seq.borrow().clone();
        let Some(seq) = seq else { return Ok(0) };
        let n = match vm.builtin_len(&seq)? {
            Some(n) => n,
            None => vm.len(&seq).unwrap_or(0),
        };
        return Ok(n.saturating_sub(s.index.get()));
    }
    if let Some(r) = it.downcast::<RangeIterObj>() {
        if let Some((_, _, n)) = r.fast.get() {
            return Ok(n.max(0) as usize);
        }
        return Ok(r.remaining.borrow().to_usize().unwrap_or(usize::MAX));
    }
    if let Some(s) = it.downcast::<StrIterObj>() {
        let st = s.s.downcast::<StrObj>().expect("str");
        return Ok(st.s[s.byte_pos.get()..].chars().count());
    }
    if let Some(t) = it.downcast::<TableIterObj>() {
        let mut pos = t.pos.get();
        let mut n = 0;
        if let Some(d) = t.container.downcast::<DictObj>() {
            let tb = d.0.borrow();
            while let Some((i, _)) = tb.next_entry(pos) {
                n += 1;
                pos = i + 1;
            }
        } else if let Some(s) = t.container.downcast::<SetObj>() {
            let tb = s.0.borrow();
            while let Some((i, _, _)) = tb.next_entry(pos) {
                n += 1;
                pos = i + 1;
            }
        }
        return Ok(n);
    }
    if let Some(r) = it.downcast::<ReversedObj>() {
        let seq = r.seq.borrow().clone();
        let Some(seq) = seq else { return Ok(0) };
        let position = (r.index.get() + 1).max(0) as usize;
        let size = vm.len(&seq)?;
        return Ok(if size < position { 0 } else { position });
    }
    if let Some(s) = it.downcast::<SnapshotIterObj>() {
        return Ok(s.items.len().saturating_sub(s.index.get()));
    }
    Ok(0)
}
