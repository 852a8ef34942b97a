//! The collection itself: the reachability analysis over a set of tracked
//! objects, and [`Collection`], which holds the garbage found while the
//! runtime disposes of it (see the parent module for the invariants).

use super::*;
use crate::payloads::TupleObj;

/// Whether `c` is a tracked object in list `list`.
#[inline(always)]
fn in_list(c: &Value, list: usize) -> Option<ObjPtr> {
    let p = c.heap_ptr()?;
    // SAFETY: `c` is a reference owned by a live object, so `p` is live.
    let f = unsafe { p.as_ref() }.flags();
    (f & (TRACKED | LIST_MASK) == TRACKED | ((list as u32) << LIST_SHIFT)).then_some(p)
}

/// Copies counts to the scratch field, subtracts the references members of
/// `list` hold to each other, then marks everything reachable from the
/// members left with outside references. Returns the members that are not
/// marked; the marked ones keep the [`HeaderFlags::GC_REACHABLE`] bit.
/// `held` is subtracted from every count (references the caller holds).
fn find_unreachable(members: &[ObjPtr], list: usize, held: u32) -> Vec<ObjPtr> {
    // SAFETY (whole function): members are live tracked objects of GC
    // types in `list`; traversal only reads them.
    for &p in members {
        let rc = unsafe { p.as_ref() }.refcnt();
        unsafe { head(p) }.refs.set(rc.saturating_sub(held));
    }
    for &p in members {
        // SAFETY: list members (and tracked objects they reference) are live.
        unsafe {
            traverse_object(p, &mut |c| {
                if let Some(cp) = in_list(c, list) {
                    let h = head(cp);
                    h.refs.set(h.refs.get().saturating_sub(1));
                }
            })
        };
    }
    // Marks `p` reachable and queues it for scanning, once.
    fn mark(p: ObjPtr, stack: &mut Vec<ObjPtr>) {
        // SAFETY: list members (and tracked objects they reference) are live.
        let h = unsafe { p.as_ref() };
        if h.flags() & REACHABLE == 0 {
            h.set_flag_word(h.flags() | REACHABLE);
            stack.push(p);
        }
    }
    let mut stack: Vec<ObjPtr> = Vec::new();
    for &p in members {
        // SAFETY: list members (and tracked objects they reference) are live.
        if unsafe { head(p) }.refs.get() == 0 {
            continue;
        }
        mark(p, &mut stack);
        while let Some(q) = stack.pop() {
            // SAFETY: list members (and tracked objects they reference) are live.
            unsafe {
                traverse_object(q, &mut |c| {
                    if let Some(cp) = in_list(c, list) {
                        mark(cp, &mut stack);
                    }
                })
            };
        }
    }
    members
        .iter()
        .copied()
        // SAFETY: members are live tracked objects (see above).
        .filter(|&p| unsafe { p.as_ref() }.flags() & REACHABLE == 0)
        .collect()
}

/// Whether a surviving exact tuple holds only untracked values, so it can
/// never be part of a cycle and need not be tracked any more (CPython
/// untracks such tuples lazily, during collections, too).
fn is_untrackable_tuple(p: ObjPtr) -> bool {
    // SAFETY: `p` is live; its type is live while it is.
    unsafe {
        let ty = Value::borrow_raw(p.as_ref().type_ptr());
        let tl = type_layout(&ty);
        if tl.payload.type_id != std::any::TypeId::of::<TupleObj>()
            || tl.n_ext != 0
            || crate::header::TypeLayout::is_heap_type(tl)
        {
            return false;
        }
        let t = &(*p.as_ptr().cast::<crate::header::Obj<TupleObj>>()).payload;
        t.0.iter().all(|v| !is_tracked(v))
    }
}

/// A collection in progress: the analysis is done and the garbage is held.
pub struct Collection {
    generation: usize,
    /// Where survivors go.
    older: usize,
    /// Strong references to the objects found unreachable (and not yet
    /// found resurrected).
    garbage: Vec<Value>,
    finished: bool,
}

impl Collection {
    /// Starts a collection of generation `generation` (0..=2, with every
    /// younger generation): finds the unreachable objects and holds them.
    /// Survivors move to the next older generation. Returns `None` if a
    /// collection is already running.
    pub fn start(generation: usize) -> Option<Collection> {
        let generation = generation.min(NUM_GENERATIONS - 1);
        let young = with_state(|s| {
            if s.collecting {
                return None;
            }
            s.collecting = true;
            if generation + 1 < NUM_GENERATIONS {
                s.counts[generation + 1] += 1;
            }
            for c in &mut s.counts[..=generation] {
                *c = 0;
            }
            for g in 0..=generation {
                merge(s, g, YOUNG);
            }
            Some(std::mem::take(&mut s.lists[YOUNG]))
        })
        .flatten()?;
        clear_pending();
        let older = (generation + 1).min(NUM_GENERATIONS - 1);
        // The list is out of the state while it is analysed: nothing can
        // untrack its members meanwhile (the analysis frees nothing).
        let unreachable = find_unreachable(&young, YOUNG, 0);
        let mut survivors = 0;
        with_state(|s| {
            for &p in &young {
                // SAFETY: list members (and tracked objects they reference) are live.
                let h = unsafe { p.as_ref() };
                let f = h.flags();
                if f & REACHABLE != 0 {
                    h.set_flag_word(f & !REACHABLE);
                    if is_untrackable_tuple(p) {
                        h.set_flag_word(f & !(REACHABLE | TRACKED | LIST_MASK));
                        continue;
                    }
                    survivors += 1;
                    // SAFETY: `p` is a live GC object, now in no list.
                    unsafe { push(s, p, older) };
                }
            }
            for &p in &unreachable {
                // SAFETY: as above.
                unsafe { push(s, p, UNREACHABLE) };
            }
            if generation == NUM_GENERATIONS - 1 {
                s.long_lived_pending = 0;
                s.long_lived_total = survivors;
            } else if generation == NUM_GENERATIONS - 2 {
                s.long_lived_pending += survivors;
            }
        });
        let garbage = unreachable
            .into_iter()
            // SAFETY: unreachable objects are live tracked objects (count
            // above zero); we take our own reference.
            .map(|p| unsafe { (*Value::borrow_raw(p)).clone() })
            .collect();
        Some(Collection {
            generation,
            older,
            garbage,
            finished: false,
        })
    }

    /// The generation being collected.
    pub fn generation(&self) -> usize {
        self.generation
    }

    /// The garbage found (and not found resurrected).
    pub fn garbage(&self) -> &[Value] {
        &self.garbage
    }

    /// Whether `v` is among the objects this collection found unreachable
    /// (and not since found resurrected).
    pub fn is_garbage(v: &Value) -> bool {
        in_list(v, UNREACHABLE).is_some()
    }

    /// After finalizers ran: finds the garbage objects that became
    /// reachable from outside again (a finalizer stored a reference
    /// somewhere) together with everything they reach, moves them to the
    /// older generation and stops treating them as garbage. Returns how many
    /// were resurrected.
    pub fn remove_resurrected(&mut self) -> usize {
        let ptrs: Vec<ObjPtr> = self
            .garbage
            .iter()
            .map(Value::header_ptr)
            .filter(|p| {
                // A finalizer cannot move garbage to another list, but be
                // strict: only current members take part.
                // SAFETY: list members (and tracked objects they reference) are live.
                let f = unsafe { p.as_ref() }.flags();
                f & (TRACKED | LIST_MASK) == TRACKED | ((UNREACHABLE as u32) << LIST_SHIFT)
            })
            .collect();
        // Our own references are not outside references.
        find_unreachable(&ptrs, UNREACHABLE, 1);
        let older = self.older;
        let mut resurrected = 0;
        with_state(|s| {
            for &p in &ptrs {
                // SAFETY: list members (and tracked objects they reference) are live.
                let h = unsafe { p.as_ref() };
                let f = h.flags();
                if f & REACHABLE != 0 {
                    h.set_flag_word(f & !REACHABLE);
                    move_to(s, p, older);
                    resurrected += 1;
                }
            }
        });
        if resurrected > 0 {
            let (keep, back): (Vec<Value>, Vec<Value>) = std::mem::take(&mut self.garbage)
                .into_iter()
                .partition(Collection::is_garbage);
            self.garbage = keep;
            drop(back);
        }
        resurrected
    }

    /// Breaks the cycles: clears every garbage object's ext slots and
    /// payload. Objects stay allocated (held by this collection); what
    /// they referenced is released, which may run Python code.
    pub fn clear_garbage(&self) {
        for v in &self.garbage {
            if !Collection::is_garbage(v) {
                continue;
            }
            clear_object(v);
        }
    }

    /// Ends the collection: leftover garbage (objects the clearing did not
    /// free) joins the older generation, and the references held are
    /// dropped, which frees the garbage.
    pub fn finish(mut self) {
        self.end();
    }

    fn end(&mut self) {
        if self.finished {
            return;
        }
        self.finished = true;
        let older = self.older;
        with_state(|s| {
            let left = std::mem::take(&mut s.lists[UNREACHABLE]);
            for p in left {
                // SAFETY: list members (and tracked objects they reference) are live.
                unsafe { p.as_ref() }.set_flag_word(unsafe { p.as_ref() }.flags() & !REACHABLE);
                // SAFETY: list members are live GC objects, now in no list.
                unsafe { push(s, p, older) };
            }
            s.collecting = false;
        });
        let garbage = std::mem::take(&mut self.garbage);
        drop(garbage);
    }

    /// Records the outcome in the statistics of the generation collected.
    pub fn record_stats(&self, collected: usize, uncollectable: usize) {
        let g = self.generation;
        with_state(|s| {
            s.stats[g].collections += 1;
            s.stats[g].collected += collected;
            s.stats[g].uncollectable += uncollectable;
        });
    }
}

impl Drop for Collection {
    fn drop(&mut self) {
        self.end();
    }
}

/// Moves a tracked object from its list to list `to`.
fn move_to(s: &mut GcState, p: ObjPtr, to: usize) {
    // SAFETY: list members (and tracked objects they reference) are live.
    let h = unsafe { p.as_ref() };
    let from = list_of(h.flags());
    // SAFETY: list members (and tracked objects they reference) are live.
    let index = unsafe { head(p) }.index.get() as usize;
    let l = &mut s.lists[from];
    if l.get(index) == Some(&p) {
        l.swap_remove(index);
        if let Some(moved) = l.get(index) {
            // SAFETY: list members (and tracked objects they reference) are live.
            unsafe { head(*moved) }.index.set(index as u32);
        }
        // SAFETY: `p` is a live GC object, now in no list.
        unsafe { push(s, p, to) };
    }
}

/// Clears one object: its ext slots (instance `__dict__` and `__slots__`
/// values) and its payload's references. What was released is dropped after
/// every slot is emptied.
pub fn clear_object(v: &Value) {
    let Some(p) = v.heap_ptr() else {
        return;
    };
    // SAFETY: `v` keeps `p` and its type alive.
    let (n_ext, clear) = unsafe {
        let ty = Value::borrow_raw(p.as_ref().type_ptr());
        let tl = type_layout(&ty);
        (tl.n_ext, tl.payload.clear)
    };
    let mut released = Vec::with_capacity(n_ext);
    for i in 0..n_ext {
        // SAFETY: the object has `n_ext` ext slots.
        released.push(unsafe { ext_slot(p, n_ext, i) }.take());
    }
    if let Some(c) = clear {
        // SAFETY: `p` is live and of this payload type.
        unsafe { c(p) };
    }
    drop(released);
}
