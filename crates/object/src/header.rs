//! Object headers, allocation, reference counting and deallocation.
//!
//! This is one of the few modules with `unsafe` code. Every heap object is
//! one allocation laid out as
//!
//! ```text
//!   [ext slot n-1] ... [ext slot 0] [GcHead] [ObjHeader] [payload T]
//!                                             ^ a Value points here
//! ```
//!
//! The "ext" slots (`Cell<Option<Value>>`) in front of the header hold the
//! instance `__dict__` and `__slots__` members of instances of user classes;
//! how many there are is fixed by the object's type (`TypeObject::n_ext`), so
//! builtin objects like floats pay nothing for them. The 8-byte
//! [`crate::gc::GcHead`] (the cycle collector's list index and scratch
//! count) is present exactly for objects of *GC types*: types whose payload
//! can hold references ([`PayloadInfo::container`]) or whose instances have
//! ext slots. A type with ext slots is always a GC type, so the ext slots of
//! any object start 8 bytes before its header.
//!
//! Invariants:
//! - `refcnt` counts strong references (`Value`s). Objects are single-threaded
//!   (a GIL serializes Python threads), so the count is a plain `Cell`.
//! - `ty` points at a live type object. The object owns a strong reference to
//!   its type when the type is a heap type; builtin types are immortal.
//! - Immortal objects (builtin types, None, True, ...) start with a huge count
//!   and are never freed.
//! - Deallocation never recurses: freeing an object drops its children, and a
//!   child reaching zero while a deallocation is running is queued and freed
//!   by the outermost deallocation loop (the "trashcan"), so a million-deep
//!   nested list is freed in constant Rust stack.
//! - An object whose count reaches zero is untracked by the cycle collector
//!   at once, before anything can run Python code: the collector never sees
//!   a dying object. A finalizer (`__del__`) that resurrects it tracks it
//!   again.

use std::alloc::{self, Layout};
use std::any::TypeId;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

use crate::gc::{GcHead, Traverse, GC_HEAD_SIZE};
use crate::value::Value;

/// Reference count given to immortal objects.
pub const IMMORTAL_REFCNT: u32 = 1 << 30;

/// The header at the start of every heap object.
#[repr(C)]
pub struct ObjHeader {
    refcnt: Cell<u32>,
    /// GC and bookkeeping bits, see [`HeaderFlags`].
    flags: Cell<u32>,
    ty: Cell<NonNull<ObjHeader>>,
}

/// Bits of [`ObjHeader`]'s flag word.
pub struct HeaderFlags;

impl HeaderFlags {
    /// Some weak reference points at this object.
    pub const HAS_WEAKREFS: u32 = 1;
    /// The object has been finalized (`__del__` ran).
    pub const FINALIZED: u32 = 2;
    /// The object is in one of the cycle collector's lists; bits
    /// [`HeaderFlags::GC_LIST_SHIFT`].. say which (see `crate::gc`).
    pub const GC_TRACKED: u32 = 4;
    /// Scratch mark of the collector's reachability passes.
    pub const GC_REACHABLE: u32 = 8;
    /// First bit of the 4-bit collector list number.
    pub const GC_LIST_SHIFT: u32 = 4;
    /// Mask of the collector list number.
    pub const GC_LIST_MASK: u32 = 0xF << 4;
}

/// A heap object: header followed by its payload.
#[repr(C)]
pub struct Obj<T> {
    pub header: ObjHeader,
    pub payload: T,
}

/// Everything the runtime must know about a payload type to free and
/// downcast objects of it. Stored in each type object; subclasses of a
/// builtin type share their solid base's info.
#[derive(Clone, Copy)]
pub struct PayloadInfo {
    /// Rust type of the payload, for checked downcasts.
    pub type_id: TypeId,
    /// Rust type name, for diagnostics.
    pub name: &'static str,
    /// Layout of `Obj<T>`.
    pub layout: Layout,
    /// Drops the payload in place (does not free memory).
    pub drop_payload: unsafe fn(NonNull<ObjHeader>),
    /// Visits every reference the payload owns (containers only).
    pub traverse: Option<crate::gc::TraverseFn>,
    /// Drops the references the payload can give up, to break cycles.
    pub clear: Option<unsafe fn(NonNull<ObjHeader>)>,
}

impl PayloadInfo {
    /// The info for payload type `T`.
    pub fn of<T: 'static>() -> PayloadInfo {
        unsafe fn drop_payload<T>(obj: NonNull<ObjHeader>) {
            // SAFETY: the caller guarantees `obj` heads an `Obj<T>` whose
            // payload has not been dropped yet.
            unsafe { std::ptr::drop_in_place(&mut (*obj.as_ptr().cast::<Obj<T>>()).payload) }
        }
        assert!(
            std::mem::align_of::<Obj<T>>() <= 8,
            "payloads must be at most 8-aligned"
        );
        PayloadInfo {
            type_id: TypeId::of::<T>(),
            name: std::any::type_name::<T>(),
            layout: Layout::new::<Obj<T>>(),
            drop_payload: drop_payload::<T>,
            traverse: None,
            clear: None,
        }
    }

    /// The info for a *container* payload type `T`: one that can hold
    /// references and so take part in reference cycles. Objects of types
    /// with this payload are tracked by the cycle collector, which visits
    /// their references with [`Traverse::traverse`] and breaks cycles with
    /// [`Traverse::clear`].
    pub fn container<T: Traverse + 'static>() -> PayloadInfo {
        unsafe fn traverse<T: Traverse>(obj: NonNull<ObjHeader>, visit: &mut dyn FnMut(&Value)) {
            // SAFETY: the caller guarantees `obj` heads a live `Obj<T>`.
            unsafe { (*obj.as_ptr().cast::<Obj<T>>()).payload.traverse(visit) }
        }
        unsafe fn clear<T: Traverse>(obj: NonNull<ObjHeader>) {
            // SAFETY: the caller guarantees `obj` heads a live `Obj<T>`.
            unsafe { (*obj.as_ptr().cast::<Obj<T>>()).payload.clear() }
        }
        PayloadInfo {
            traverse: Some(traverse::<T>),
            clear: Some(clear::<T>),
            ..PayloadInfo::of::<T>()
        }
    }

    /// Whether this is a container payload.
    pub fn is_container(&self) -> bool {
        self.traverse.is_some()
    }
}

/// How the type of an object describes its memory: payload info and the
/// number of ext slots. Implemented by the type-object payload; kept as a
/// trait so this module does not depend on `types`.
pub trait TypeLayout {
    /// Payload info of instances.
    fn payload_info(&self) -> &PayloadInfo;
    /// Number of ext slots in front of instances' headers.
    fn n_ext(&self) -> usize;
    /// Whether instances hold a strong reference to this type.
    fn is_heap_type(&self) -> bool;
    /// Whether instances are tracked by the cycle collector (and have a
    /// [`GcHead`]): a container payload or ext slots.
    fn is_gc(&self) -> bool {
        self.payload_info().is_container() || self.n_ext() > 0
    }
    /// Layout of an instance's whole block and the offset of its header in
    /// it (ext slots and GC head come first).
    fn block_layout(&self) -> (Layout, usize) {
        block_layout(self.payload_info(), self.n_ext(), self.is_gc())
    }
}

const EXT_SLOT: usize = std::mem::size_of::<Cell<Option<Value>>>();

/// Layout of the block of an object with payload `info`, `n_ext` ext slots
/// and (if `gc`) a GC head, and the offset of its header in the block.
pub fn block_layout(info: &PayloadInfo, n_ext: usize, gc: bool) -> (Layout, usize) {
    let prefix = n_ext * EXT_SLOT + if gc { GC_HEAD_SIZE } else { 0 };
    let size = size_class_round(prefix + info.layout.size());
    // Alignment is at most 8 (checked in PayloadInfo::of) and the prefix is a
    // multiple of 8, so the header stays aligned.
    let layout = Layout::from_size_align(size.max(1), 8).expect("object layout");
    (layout, prefix)
}

impl ObjHeader {
    /// Current reference count.
    pub fn refcnt(&self) -> u32 {
        self.refcnt.get()
    }

    /// The type object of this object.
    pub fn type_ptr(&self) -> NonNull<ObjHeader> {
        self.ty.get()
    }

    /// Flag word.
    pub fn flags(&self) -> u32 {
        self.flags.get()
    }

    /// Sets flag bits.
    pub fn set_flags(&self, bits: u32) {
        self.flags.set(self.flags.get() | bits);
    }

    /// Increments the reference count.
    #[inline(always)]
    pub fn incref(&self) {
        self.refcnt.set(self.refcnt.get().wrapping_add(1));
    }

    /// Decrements the reference count; returns true when it reached zero.
    #[inline(always)]
    pub fn decref_is_zero(&self) -> bool {
        let n = self.refcnt.get().wrapping_sub(1);
        self.refcnt.set(n);
        n == 0
    }

    /// Makes this object immortal (immortal objects are never collected,
    /// so the cycle collector stops tracking it).
    pub fn make_immortal(&self) {
        self.refcnt.set(IMMORTAL_REFCNT);
        crate::gc::untrack(NonNull::from(self));
    }

    /// Replaces the flag word (the cycle collector's list bookkeeping).
    pub(crate) fn set_flag_word(&self, bits: u32) {
        self.flags.set(bits);
    }

    /// Replaces the type pointer (`obj.__class__ = X`). The caller has
    /// checked layout compatibility and manages the type references.
    pub fn set_type_ptr(&self, ty: NonNull<ObjHeader>) {
        self.ty.set(ty);
    }
}

/// Allocates an object of type `ty` (a type object whose payload implements
/// [`TypeLayout`]) with the given payload. Returns a pointer with refcount 1.
///
/// # Panics
/// If `ty`'s payload info does not describe `T` (a runtime bug, not
/// reachable from Python code).
pub fn allocate<T: 'static, L: TypeLayout + ?Sized>(
    ty: &Value,
    layout_of_ty: &L,
    payload: T,
) -> NonNull<ObjHeader> {
    let info = layout_of_ty.payload_info();
    assert_eq!(
        info.type_id,
        TypeId::of::<T>(),
        "allocating {} as {}",
        std::any::type_name::<T>(),
        info.name
    );
    let n_ext = layout_of_ty.n_ext();
    let gc = layout_of_ty.is_gc();
    let (layout, prefix) = layout_of_ty.block_layout();
    let base = match pop_free(layout.size()) {
        Some(p) => p,
        // SAFETY: the layout has non-zero size.
        None => unsafe { alloc::alloc(layout) },
    };
    if base.is_null() {
        alloc::handle_alloc_error(layout);
    }
    // SAFETY: `base` is a fresh allocation of `prefix + size_of::<Obj<T>>()`
    // bytes, 8-aligned; we initialize every ext slot, the GC head (right
    // before the header) and then the object.
    unsafe {
        let slots = base.cast::<Cell<Option<Value>>>();
        for i in 0..n_ext {
            slots.add(i).write(Cell::new(None));
        }
        if gc {
            base.add(prefix - GC_HEAD_SIZE)
                .cast::<GcHead>()
                .write(GcHead::new());
        }
        let obj = base.add(prefix).cast::<Obj<T>>();
        if layout_of_ty.is_heap_type() {
            ty.header().incref();
        }
        obj.write(Obj {
            header: ObjHeader {
                refcnt: Cell::new(1),
                flags: Cell::new(0),
                ty: Cell::new(ty.header_ptr()),
            },
            payload,
        });
        let p = NonNull::new_unchecked(obj.cast::<ObjHeader>());
        if gc {
            crate::gc::track(p);
        }
        p
    }
}

/// Allocates a type object whose type is itself (the bootstrap of `type`).
/// The result is immortal and never tracked by the cycle collector (it has
/// no GC head; nothing may read one since it is never tracked).
pub fn allocate_self_typed<T: 'static>(payload: T) -> NonNull<ObjHeader> {
    let layout = Layout::new::<Obj<T>>();
    // SAFETY: non-zero size layout; the object is fully initialized before
    // use, and its type pointer refers to itself.
    unsafe {
        let p = alloc::alloc(layout).cast::<Obj<T>>();
        if p.is_null() {
            alloc::handle_alloc_error(layout);
        }
        let hp = NonNull::new_unchecked(p.cast::<ObjHeader>());
        p.write(Obj {
            header: ObjHeader {
                refcnt: Cell::new(IMMORTAL_REFCNT),
                flags: Cell::new(0),
                ty: Cell::new(hp),
            },
            payload,
        });
        hp
    }
}

/// Returns the ext slot `index` of the object at `obj`, whose type has
/// `n_ext` ext slots.
///
/// # Safety
/// `obj` must point at a live object allocated with `n_ext` ext slots and
/// `index < n_ext`.
pub unsafe fn ext_slot<'a>(
    obj: NonNull<ObjHeader>,
    n_ext: usize,
    index: usize,
) -> &'a Cell<Option<Value>> {
    debug_assert!(index < n_ext);
    // SAFETY: per the contract, the object has ext slots, so it is of a GC
    // type: slot `index` lies `index + 1` slots before its GC head, which
    // lies right before the header, inside the same allocation, and was
    // initialized.
    unsafe {
        &*obj
            .as_ptr()
            .cast::<u8>()
            .sub(GC_HEAD_SIZE)
            .cast::<Cell<Option<Value>>>()
            .sub(index + 1)
    }
}

/// Small objects (floats, big ints, bound methods, iterators...) are
/// recycled through per-size free lists instead of going back to the
/// allocator: blocks of up to `MAX_SMALL` bytes are rounded up to a
/// multiple of 16 and kept, at most `FREE_LIST_CAP` per size class.
const MAX_SMALL: usize = 64;
const FREE_LIST_CAP: usize = 4096;

/// Rounds small sizes up to their size class (larger sizes are unchanged).
fn size_class_round(size: usize) -> usize {
    if size <= MAX_SMALL {
        size.max(16).div_ceil(16) * 16
    } else {
        size
    }
}

thread_local! {
    static FREE_LISTS: RefCell<[Vec<*mut u8>; MAX_SMALL / 16]> = const { RefCell::new([Vec::new(), Vec::new(), Vec::new(), Vec::new()]) };
}

/// A recycled block of exactly `size` bytes (a size-class size), if any.
fn pop_free(size: usize) -> Option<*mut u8> {
    if size > MAX_SMALL {
        return None;
    }
    FREE_LISTS
        .try_with(|f| f.borrow_mut()[size / 16 - 1].pop())
        .ok()
        .flatten()
}

/// Keeps a freed block of `size` bytes for reuse; false if the list is full.
fn push_free(block: *mut u8, size: usize) -> bool {
    if size > MAX_SMALL {
        return false;
    }
    FREE_LISTS
        .try_with(|f| {
            let mut lists = f.borrow_mut();
            let list = &mut lists[size / 16 - 1];
            if list.len() < FREE_LIST_CAP {
                list.push(block);
                true
            } else {
                false
            }
        })
        .unwrap_or(false)
}

struct Trashcan {
    running: Cell<bool>,
    pending: RefCell<Vec<NonNull<ObjHeader>>>,
}

thread_local! {
    static TRASHCAN: Trashcan = const { Trashcan { running: Cell::new(false), pending: RefCell::new(Vec::new()) } };
}

/// Hook run just before an object with [`HeaderFlags::HAS_WEAKREFS`] is
/// freed (clears weak references); installed by the runtime.
pub type WeakrefClearHook = fn(NonNull<ObjHeader>);

thread_local! {
    static WEAKREF_HOOK: Cell<Option<WeakrefClearHook>> = const { Cell::new(None) };
}

/// Installs the weak-reference clearing hook for this thread.
pub fn set_weakref_clear_hook(hook: WeakrefClearHook) {
    WEAKREF_HOOK.with(|h| h.set(Some(hook)));
}

/// Hook run when an instance of a heap type whose type defines `__del__`
/// and that was not finalized yet is about to be freed: runs its `__del__`
/// and returns
/// true if that resurrected the object. Called with the object's count at
/// zero; the hook must leave it at zero unless it returns true. Installed by
/// the runtime.
pub type FinalizerHook = fn(NonNull<ObjHeader>) -> bool;

thread_local! {
    static FINALIZER_HOOK: Cell<Option<FinalizerHook>> = const { Cell::new(None) };
}

/// Installs the finalizer hook for this thread.
pub fn set_finalizer_hook(hook: FinalizerHook) {
    FINALIZER_HOOK.with(|h| h.set(Some(hook)));
}

/// Frees an object whose reference count reached zero, and everything that
/// becomes unreachable as a consequence, without recursion.
///
/// During thread teardown (thread-local destructors, e.g. a cache that
/// still owns values), the trashcan may already be gone; the object is then
/// leaked, which is harmless as the thread is ending.
///
/// # Safety
/// `obj` must be a live object with reference count zero that nothing else
/// will use again.
pub unsafe fn deallocate(obj: NonNull<ObjHeader>) {
    // Untrack before anything can run Python code (a collection must never
    // see an object whose count is zero).
    crate::gc::untrack(obj);
    let _ = TRASHCAN.try_with(|t| {
        if t.running.get() {
            t.pending.borrow_mut().push(obj);
            return;
        }
        t.running.set(true);
        // SAFETY: forwarded contract.
        unsafe { free_one(obj) };
        loop {
            let next = t.pending.borrow_mut().pop();
            match next {
                // SAFETY: only zero-count objects are queued.
                Some(o) => unsafe { free_one(o) },
                None => break,
            }
        }
        t.running.set(false);
    });
}

/// Frees one object: runs its finalizer (which may resurrect it), clears
/// weakrefs, drops payload and ext slots, releases the memory, and drops
/// the reference to the type.
unsafe fn free_one(obj: NonNull<ObjHeader>) {
    // SAFETY: `obj` is live with count zero and untracked; its type is live
    // because the object holds a reference to it (or it is immortal).
    unsafe {
        let header = obj.as_ref();
        if header.flags() & HeaderFlags::FINALIZED == 0 {
            let ty = Value::borrow_raw(header.type_ptr());
            let tl = crate::types::type_layout(&ty);
            if tl.is_heap_type() && tl.has_finalizer() {
                if let Some(hook) = FINALIZER_HOOK.try_with(|h| h.get()).ok().flatten() {
                    if hook(obj) {
                        // Resurrected: someone holds it again.
                        if tl.is_gc() {
                            crate::gc::track(obj);
                        }
                        return;
                    }
                }
            }
        }
        if header.flags() & HeaderFlags::HAS_WEAKREFS != 0 {
            if let Some(hook) = WEAKREF_HOOK.try_with(|h| h.get()).ok().flatten() {
                hook(obj);
            }
        }
        let ty_ptr = header.type_ptr();
        let ty = Value::borrow_raw(ty_ptr);
        let tl = crate::types::type_layout(&ty);
        let n_ext = tl.n_ext;
        let heap_type = tl.is_heap_type();
        (tl.payload.drop_payload)(obj);
        for i in 0..n_ext {
            ext_slot(obj, n_ext, i).take();
        }
        let (layout, prefix) = tl.block_layout();
        let block = obj.as_ptr().cast::<u8>().sub(prefix);
        if !push_free(block, layout.size()) {
            alloc::dealloc(block, layout);
        }
        if heap_type {
            // Dropping this reference may free the type (queued: we are
            // inside the trashcan loop).
            drop(Value::from_raw(ty_ptr));
        }
    }
}
