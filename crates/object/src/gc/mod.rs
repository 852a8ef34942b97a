//! The cycle collector's core: tracking of container objects, generations,
//! and (in [`collection`]) the reachability analysis that finds cyclic
//! garbage.
//!
//! Reference counting frees everything except reference cycles; this module
//! finds the objects that only cycles keep alive. The runtime (tier 1) drives
//! a collection: it calls [`Collection::start`], handles weak references and
//! finalizers of the garbage, asks [`Collection::remove_resurrected`] which
//! objects a finalizer brought back, clears the rest
//! ([`Collection::clear_garbage`]) and ends with [`Collection::finish`].
//!
//! Tracking: every object of a *GC type* (a container payload, see
//! [`crate::PayloadInfo::container`], or ext slots) has an 8-byte [`GcHead`]
//! right before its header, and is tracked from allocation until its count
//! reaches zero. A tracked object sits in one of the lists below; its header
//! flags say which list ([`HeaderFlags::GC_LIST_MASK`]) and its `GcHead`
//! holds its index there, so tracking and untracking are O(1) (push and
//! swap-remove). Lists: generations 0, 1 and 2, the permanent generation
//! (`gc.freeze()`), and two lists used only during a collection (the
//! generations being collected, and the unreachable objects).
//!
//! The analysis is CPython's: copy each candidate's count to a scratch field
//! (`GcHead::refs`), subtract the references candidates hold to each other
//! (found with [`Traverse::traverse`]); candidates left with a positive count
//! are referenced from outside and are roots; everything reachable from a
//! root survives, the rest is garbage.
//!
//! Invariants and safety:
//! - Only live objects with a count above zero are tracked (`deallocate`
//!   untracks an object before anything else happens to it), so every
//!   pointer in a list is a live object.
//! - The analysis never runs Python code, allocates objects or frees them:
//!   it only reads payloads through `traverse`. A reference `traverse` fails
//!   to visit makes its target look referenced from outside (safe: the
//!   object is kept); a visit of a reference the object does not own could
//!   make a live object look like garbage, so implementations visit each
//!   owned reference exactly once.
//! - Garbage is never freed directly: the collection holds a strong
//!   reference to every garbage object while finalizers run and while
//!   [`Traverse::clear`] drops the references that form the cycles; freeing
//!   is left to reference counting when those strong references go. A
//!   misclassified object can therefore only be emptied, never freed while
//!   referenced.
//! - Collections do not nest ([`Collection::start`] refuses while one runs).

use std::cell::{Cell, UnsafeCell};
use std::mem::ManuallyDrop;
use std::ptr::NonNull;

use crate::header::{ext_slot, HeaderFlags, ObjHeader};
use crate::types::type_layout;
use crate::value::Value;

mod collection;

pub use collection::{clear_object, Collection};

/// How a payload type exposes the references it owns to the collector.
///
/// `traverse` must call `visit` once for every reference the payload owns
/// (each `Value` it would drop when dropped) and never for anything else;
/// it must not run Python code, allocate objects or drop references. Fields
/// behind a `RefCell` that is mutably borrowed at the time may be skipped.
/// `clear` drops the references the payload can give up (emptying
/// containers, resetting optional fields) so that cyclic garbage falls
/// apart; it must drop them after releasing any borrow, because dropping can
/// run Python code.
pub trait Traverse {
    /// Visits every owned reference.
    fn traverse(&self, visit: &mut dyn FnMut(&Value));
    /// Drops the references that can be given up to break cycles.
    fn clear(&self) {}
}

/// Type of the payload traversal function stored in a `PayloadInfo`.
pub type TraverseFn = unsafe fn(NonNull<ObjHeader>, &mut dyn FnMut(&Value));

/// The collector's per-object field, 8 bytes in front of the header of
/// every object of a GC type.
#[repr(C)]
pub struct GcHead {
    /// Index in the object's list.
    index: Cell<u32>,
    /// Scratch count during a collection.
    refs: Cell<u32>,
}

impl GcHead {
    /// A fresh head (the object is not in a list yet).
    pub(crate) fn new() -> GcHead {
        GcHead {
            index: Cell::new(0),
            refs: Cell::new(0),
        }
    }
}

/// Size of [`GcHead`].
pub const GC_HEAD_SIZE: usize = std::mem::size_of::<GcHead>();

/// Number of generations.
pub const NUM_GENERATIONS: usize = 3;
/// The permanent generation (`gc.freeze()`), never collected.
const PERMANENT: usize = 3;
/// The generations being collected, merged.
const YOUNG: usize = 4;
/// Objects found unreachable by the collection running now.
const UNREACHABLE: usize = 5;
const N_LISTS: usize = 6;

const LIST_SHIFT: u32 = HeaderFlags::GC_LIST_SHIFT;
const LIST_MASK: u32 = HeaderFlags::GC_LIST_MASK;
const TRACKED: u32 = HeaderFlags::GC_TRACKED;
const REACHABLE: u32 = HeaderFlags::GC_REACHABLE;

/// Per-generation statistics (`gc.get_stats()`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct GenStats {
    pub collections: usize,
    pub collected: usize,
    pub uncollectable: usize,
}

type ObjPtr = NonNull<ObjHeader>;

struct GcState {
    lists: [Vec<ObjPtr>; N_LISTS],
    /// Generation 0: allocations minus deallocations of tracked objects
    /// since the last collection; generations 1 and 2: collections of the
    /// next younger generation since this one was last collected.
    counts: [usize; NUM_GENERATIONS],
    /// Thresholds (`gc.set_threshold`); 0 for generation 0 turns automatic
    /// collection off, a negative one collects at every opportunity.
    thresholds: [i64; NUM_GENERATIONS],
    enabled: bool,
    collecting: bool,
    /// Objects that survived a generation-1 collection since the last full
    /// collection, and the number that survived the last full collection:
    /// a full collection runs only when the former is a quarter of the
    /// latter (CPython's rule to keep full collections linear overall).
    long_lived_pending: usize,
    long_lived_total: usize,
    stats: [GenStats; NUM_GENERATIONS],
}

thread_local! {
    /// The collector state. `ManuallyDrop` keeps the thread-local free of a
    /// destructor, which makes every access a plain TLS load (the lists are
    /// leaked when the thread ends, as its objects are).
    static STATE: UnsafeCell<ManuallyDrop<GcState>> = const {
        UnsafeCell::new(ManuallyDrop::new(GcState {
            lists: [const { Vec::new() }; N_LISTS],
            counts: [0; NUM_GENERATIONS],
            thresholds: [700, 10, 10],
            enabled: true,
            collecting: false,
            long_lived_pending: 0,
            long_lived_total: 0,
            stats: [GenStats { collections: 0, collected: 0, uncollectable: 0 }; NUM_GENERATIONS],
        }))
    };
    /// Set when generation 0 passed its threshold: the interpreter runs a
    /// collection at its next safe point.
    static PENDING: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f` on this thread's collector state. (Returns an `Option` for
/// the callers' convenience; the state has no destructor, so it is always
/// there.)
#[inline(always)]
fn with_state<R>(f: impl FnOnce(&mut GcState) -> R) -> Option<R> {
    Some(STATE.with(|s| {
        // SAFETY: the state is only reached through this function, and no
        // closure passed to it calls back into it (they are leaf operations
        // on lists and counters: no traversal, no Python, no allocation or
        // freeing of objects), so this is the only live reference to it.
        f(unsafe { &mut *s.get() })
    }))
}

/// The GC head of a tracked (or GC-type) object.
///
/// # Safety
/// `obj` must be a live object of a GC type.
#[inline(always)]
unsafe fn head<'a>(obj: ObjPtr) -> &'a GcHead {
    // SAFETY: objects of GC types have their head right before the header.
    unsafe { &*obj.as_ptr().cast::<u8>().sub(GC_HEAD_SIZE).cast::<GcHead>() }
}

#[inline(always)]
fn list_of(flags: u32) -> usize {
    ((flags & LIST_MASK) >> LIST_SHIFT) as usize
}

/// Sets the list bits of a tracked object's flags.
#[inline(always)]
fn set_list(h: &ObjHeader, list: usize) {
    h.set_flag_word((h.flags() & !LIST_MASK) | TRACKED | ((list as u32) << LIST_SHIFT));
}

/// Puts `obj` at the end of list `list`.
///
/// # Safety
/// `obj` must be a live object of a GC type, in no list.
#[inline(always)]
unsafe fn push(s: &mut GcState, obj: ObjPtr, list: usize) {
    let l = &mut s.lists[list];
    // SAFETY: forwarded.
    unsafe { head(obj).index.set(l.len() as u32) };
    l.push(obj);
    // SAFETY: `obj` is live.
    set_list(unsafe { obj.as_ref() }, list);
}

/// Starts tracking a new (or resurrected) object of a GC type: it joins
/// generation 0, and a collection is requested when generation 0 passes its
/// threshold.
///
/// # Safety
/// `obj` must be a live object of a GC type with a count above zero, not
/// tracked.
pub(crate) unsafe fn track(obj: ObjPtr) {
    with_state(|s| {
        // SAFETY: forwarded.
        unsafe { push(s, obj, 0) };
        s.counts[0] += 1;
        if s.counts[0] as i64 > s.thresholds[0]
            && s.thresholds[0] != 0
            && s.enabled
            && !s.collecting
        {
            PENDING.with(|p| p.set(true));
        }
    });
}

/// Stops tracking `obj` (no-op if it is not tracked).
pub(crate) fn untrack(obj: ObjPtr) {
    // SAFETY: callers pass live objects.
    let h = unsafe { obj.as_ref() };
    let flags = h.flags();
    if flags & TRACKED == 0 {
        return;
    }
    let list = list_of(flags);
    // SAFETY: tracked objects are of GC types.
    let index = unsafe { head(obj) }.index.get() as usize;
    with_state(|s| {
        let l = &mut s.lists[list];
        // The index is always right; should it ever not be, find the object
        // rather than leave a dangling pointer in the list.
        let at = if l.get(index) == Some(&obj) {
            Some(index)
        } else {
            debug_assert!(false, "tracked object not at its index");
            l.iter().position(|&q| q == obj)
        };
        if let Some(at) = at {
            l.swap_remove(at);
            if let Some(moved) = l.get(at) {
                // SAFETY: list members are live GC objects.
                unsafe { head(*moved) }.index.set(at as u32);
            }
        }
        s.counts[0] = s.counts[0].saturating_sub(1);
    });
    h.set_flag_word(flags & !(TRACKED | REACHABLE | LIST_MASK));
}

/// Whether a collection was requested (checked by the interpreter at its
/// safe points: function entry and backward jumps).
#[inline(always)]
pub fn collection_pending() -> bool {
    PENDING.with(|p| p.get())
}

/// Withdraws the request for a collection.
pub fn clear_pending() {
    PENDING.with(|p| p.set(false));
}

/// Whether `v` is tracked by the collector (`gc.is_tracked`).
pub fn is_tracked(v: &Value) -> bool {
    !v.is_small_int() && v.header().flags() & TRACKED != 0
}

/// Whether `v` was finalized (`gc.is_finalized`).
pub fn is_finalized(v: &Value) -> bool {
    !v.is_small_int() && v.header().flags() & HeaderFlags::FINALIZED != 0
}

/// Whether `v`'s type is a GC type (its objects are tracked).
pub fn is_gc_object(v: &Value) -> bool {
    v.heap_ptr().is_some_and(|p| {
        // SAFETY: `p` is live; its type is live while it is.
        let ty = unsafe { Value::borrow_raw(p.as_ref().type_ptr()) };
        crate::header::TypeLayout::is_gc(type_layout(&ty))
    })
}

/// Whether automatic collection is enabled.
pub fn is_enabled() -> bool {
    with_state(|s| s.enabled).unwrap_or(false)
}

/// Enables or disables automatic collection (`gc.enable()`/`disable()`).
pub fn set_enabled(on: bool) {
    with_state(|s| s.enabled = on);
    if !on {
        clear_pending();
    }
}

/// The collection thresholds of the three generations.
pub fn thresholds() -> [i64; NUM_GENERATIONS] {
    with_state(|s| s.thresholds).unwrap_or_default()
}

/// Sets the thresholds (`gc.set_threshold`); `None` keeps a value.
pub fn set_thresholds(t: [Option<i64>; NUM_GENERATIONS]) {
    with_state(|s| {
        for (slot, v) in s.thresholds.iter_mut().zip(t) {
            if let Some(v) = v {
                *slot = v;
            }
        }
    });
}

/// The generation counters (`gc.get_count()`).
pub fn counts() -> [usize; NUM_GENERATIONS] {
    with_state(|s| s.counts).unwrap_or_default()
}

/// Per-generation statistics (`gc.get_stats()`).
pub fn stats() -> [GenStats; NUM_GENERATIONS] {
    with_state(|s| s.stats).unwrap_or_default()
}

/// Whether a collection is running.
pub fn is_collecting() -> bool {
    with_state(|s| s.collecting).unwrap_or(true)
}

/// The generation an automatic collection should collect now (CPython's
/// rule: the oldest generation whose count passed its threshold, except that
/// a full collection also needs enough new long-lived objects), if any.
pub fn generation_to_collect() -> Option<usize> {
    with_state(|s| {
        if !s.enabled || s.collecting {
            return None;
        }
        if s.thresholds[0] == 0 {
            return None;
        }
        (0..NUM_GENERATIONS).rev().find(|&g| {
            s.counts[g] as i64 > s.thresholds[g]
                && (g < 2 || s.long_lived_pending >= s.long_lived_total / 4)
        })
    })
    .flatten()
}

/// Moves every object of list `from` to the end of list `to`.
fn merge(s: &mut GcState, from: usize, to: usize) {
    let moved = std::mem::take(&mut s.lists[from]);
    s.lists[to].reserve(moved.len());
    for p in moved {
        // SAFETY: list members are live GC objects, now in no list.
        unsafe { push(s, p, to) };
    }
}

/// `gc.freeze()`: moves every tracked object to the permanent generation.
pub fn freeze() {
    with_state(|s| {
        for g in 0..NUM_GENERATIONS {
            merge(s, g, PERMANENT);
        }
        s.counts = [0; NUM_GENERATIONS];
    });
}

/// `gc.unfreeze()`: moves the permanent generation back to the oldest one.
pub fn unfreeze() {
    with_state(|s| merge(s, PERMANENT, NUM_GENERATIONS - 1));
}

/// Number of objects in the permanent generation.
pub fn freeze_count() -> usize {
    with_state(|s| s.lists[PERMANENT].len()).unwrap_or(0)
}

/// Number of objects in each generation.
pub fn generation_sizes() -> [usize; NUM_GENERATIONS] {
    with_state(|s| [s.lists[0].len(), s.lists[1].len(), s.lists[2].len()]).unwrap_or_default()
}

/// Strong references to the objects tracked in generation `gen`, or in all
/// generations (`gc.get_objects`).
pub fn objects(gen: Option<usize>) -> Vec<Value> {
    let ptrs: Vec<ObjPtr> = with_state(|s| match gen {
        Some(g) => s.lists[g.min(NUM_GENERATIONS - 1)].clone(),
        None => s.lists[..NUM_GENERATIONS].concat(),
    })
    .unwrap_or_default();
    ptrs.into_iter()
        // SAFETY: tracked objects are live with a count above zero, and
        // nothing ran since the snapshot was taken.
        .map(|p| unsafe { (*Value::borrow_raw(p)).clone() })
        .collect()
}

/// Visits every reference owned by `obj`: its type (for instances of heap
/// types, which own a reference to it), its ext slots, and its payload's.
///
/// # Safety
/// `obj` must be a live object.
pub unsafe fn traverse_object(obj: ObjPtr, visit: &mut dyn FnMut(&Value)) {
    // SAFETY: `obj` is live, so is its type.
    unsafe {
        let ty = Value::borrow_raw(obj.as_ref().type_ptr());
        let tl = type_layout(&ty);
        if crate::header::TypeLayout::is_heap_type(tl) {
            visit(&ty);
        }
        let n_ext = tl.n_ext;
        for i in 0..n_ext {
            let slot = ext_slot(obj, n_ext, i);
            let v = slot.take();
            if let Some(v) = &v {
                visit(v);
            }
            slot.set(v);
        }
        if let Some(t) = tl.payload.traverse {
            t(obj, visit);
        }
    }
}

/// Strong references to what `v` references (`gc.get_referents`); empty
/// for objects of types the collector does not track.
pub fn referents(v: &Value) -> Vec<Value> {
    let mut out = Vec::new();
    if let Some(p) = v.heap_ptr().filter(|_| is_gc_object(v)) {
        // SAFETY: `v` keeps `p` alive.
        unsafe { traverse_object(p, &mut |c| out.push(c.clone())) };
    }
    out
}

/// Strong references to the tracked objects (in the three generations) that
/// reference any of `targets` (`gc.get_referrers`).
pub fn referrers(targets: &[Value]) -> Vec<Value> {
    let words: Vec<usize> = targets.iter().map(Value::word).collect();
    let mut out = Vec::new();
    for obj in objects(None) {
        let mut hit = false;
        // SAFETY: `obj` is held.
        unsafe {
            traverse_object(obj.header_ptr(), &mut |c| {
                hit |= words.contains(&c.word());
            })
        };
        if hit {
            out.push(obj);
        }
    }
    out
}
