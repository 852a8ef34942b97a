//! Type objects: name, bases, MRO (C3), attribute namespace, version tag,
//! flags and the memory layout of instances.
//!
//! Invariants:
//! - `mro[0]` is the type itself; the MRO is recomputed when `__bases__`
//!   changes.
//! - `version` changes whenever the namespace of this type or of anything on
//!   its MRO changes (see [`TypeObject::modified`]); 0 means "no valid tag",
//!   and specialized code never caches against 0.
//! - Instances of a type share the payload info of its solid base (the
//!   nearest builtin ancestor); `n_ext` counts the dict and `__slots__`
//!   slots stored in front of the instance header.

use std::alloc::Layout;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;
use std::rc::Rc;

use bitflags::bitflags;
use indexmap::IndexMap;

use crate::header::{ObjHeader, PayloadInfo, TypeLayout};
use crate::value::Value;

bitflags! {
    /// Type flags; the `*_SUBCLASS` bits make builtin isinstance checks one
    /// test, as CPython's fast subclass flags do.
    #[derive(Clone, Copy, Debug, PartialEq, Eq)]
    pub struct TypeFlags: u32 {
        /// Created by a class statement or `type(name, bases, ns)`.
        const HEAPTYPE = 1 << 0;
        /// May be subclassed.
        const BASETYPE = 1 << 1;
        /// Attributes cannot be set on the type (builtin types).
        const IMMUTABLE = 1 << 2;
        /// Instances have a `__dict__` ext slot.
        const HAS_DICT = 1 << 3;
        /// Instances support weak references.
        const WEAKREFABLE = 1 << 4;
        /// `__abstractmethods__` is set and non-empty on this very type:
        /// instantiating it raises TypeError (not inherited).
        const IS_ABSTRACT = 1 << 5;
        const INT_SUBCLASS = 1 << 8;
        const LIST_SUBCLASS = 1 << 9;
        const TUPLE_SUBCLASS = 1 << 10;
        const BYTES_SUBCLASS = 1 << 11;
        const STR_SUBCLASS = 1 << 12;
        const DICT_SUBCLASS = 1 << 13;
        const BASE_EXC_SUBCLASS = 1 << 14;
        const TYPE_SUBCLASS = 1 << 15;
        const FLOAT_SUBCLASS = 1 << 16;
        /// A native extension type (made by a native module, not one of the
        /// core builtins): its native special methods (`__getitem__`,
        /// `__len__`, `__eq__`, ...) are dispatched through the type's
        /// namespace, as Python-defined ones are.
        const NATIVE_EXT = 1 << 17;
        /// Pattern matching: instances match sequence patterns (`list`,
        /// `tuple`, `range`; CPython's `Py_TPFLAGS_SEQUENCE`).
        const SEQUENCE = 1 << 18;
        /// Pattern matching: instances match mapping patterns (`dict`;
        /// CPython's `Py_TPFLAGS_MAPPING`).
        const MAPPING = 1 << 19;
        /// Pattern matching: a class pattern with one positional
        /// sub-pattern matches the subject itself when the class has no
        /// `__match_args__` (`int(x)`, `str(s)`, ...).
        const MATCH_SELF = 1 << 20;
        /// Inherited by subclasses (the `*_SUBCLASS` bits, NATIVE_EXT, the
        /// pattern matching bits and WEAKREFABLE).
        const INHERITED = Self::INT_SUBCLASS.bits() | Self::LIST_SUBCLASS.bits()
            | Self::TUPLE_SUBCLASS.bits() | Self::BYTES_SUBCLASS.bits()
            | Self::STR_SUBCLASS.bits() | Self::DICT_SUBCLASS.bits()
            | Self::BASE_EXC_SUBCLASS.bits() | Self::TYPE_SUBCLASS.bits()
            | Self::FLOAT_SUBCLASS.bits() | Self::WEAKREFABLE.bits()
            | Self::NATIVE_EXT.bits()
            | Self::SEQUENCE.bits() | Self::MAPPING.bits() | Self::MATCH_SELF.bits();
    }
}

/// The namespace of a type: attribute name to value, in definition order.
pub type TypeNamespace = IndexMap<Rc<str>, Value, rustc_hash::FxBuildHasher>;

/// Payload of type objects.
pub struct TypeObject {
    pub name: RefCell<Rc<str>>,
    pub qualname: RefCell<Rc<str>>,
    /// `__bases__`.
    pub bases: RefCell<Vec<Value>>,
    /// `__base__`: the base whose layout instances extend.
    pub base: RefCell<Option<Value>>,
    /// `__mro__`, starting with the type itself.
    pub mro: RefCell<Vec<Value>>,
    /// The type's own attributes.
    pub namespace: RefCell<TypeNamespace>,
    pub flags: Cell<TypeFlags>,
    version: Cell<u32>,
    /// Layout of instances.
    pub payload: PayloadInfo,
    pub n_ext: usize,
    /// Whether instances are tracked by the cycle collector (a container
    /// payload or ext slots; see `TypeLayout::is_gc`).
    pub gc: bool,
    /// Instances' block layout and header offset (`TypeLayout::block_layout`).
    block: (Layout, usize),
    /// Ext slot holding the instance `__dict__`, if instances have one.
    pub dict_slot: Option<usize>,
    /// Names of `__slots__` members and their ext slot indices.
    pub member_slots: Vec<(Rc<str>, usize)>,
    /// Direct subclasses (not owning references), for version invalidation.
    pub subclasses: RefCell<Vec<NonNull<ObjHeader>>>,
    /// (version tag, whether `__del__` is defined) as last computed by
    /// [`TypeObject::has_finalizer`].
    del_cache: Cell<(u32, bool)>,
}

impl TypeLayout for TypeObject {
    fn payload_info(&self) -> &PayloadInfo {
        &self.payload
    }
    fn n_ext(&self) -> usize {
        self.n_ext
    }
    fn is_heap_type(&self) -> bool {
        self.flags.get().contains(TypeFlags::HEAPTYPE)
    }
    #[inline(always)]
    fn is_gc(&self) -> bool {
        self.gc
    }
    #[inline(always)]
    fn block_layout(&self) -> (Layout, usize) {
        self.block
    }
}

/// Interprets `ty` (which must be a type object, as every object's type
/// pointer is) as its layout descriptor.
#[inline(always)]
pub fn type_layout(ty: &Value) -> &TypeObject {
    // SAFETY: every object's type pointer refers to a type object, whose
    // payload is a `TypeObject` (metaclass instances included: they are
    // allocated with the payload info of `type`). Not `downcast_unchecked`:
    // its debug check asks the type's type for its layout, which would
    // recurse forever in debug builds.
    unsafe {
        &(*ty
            .header_ptr()
            .as_ptr()
            .cast::<crate::header::Obj<TypeObject>>())
        .payload
    }
}

/// Number of method-cache slots.
const METHOD_CACHE_SIZE: usize = 4096;

/// One method-cache entry: the result of looking `name` up on the type at
/// address `ty` when its version tag was `version`.
struct CacheEntry {
    ty: usize,
    version: u32,
    name: Rc<str>,
    value: Option<Value>,
}

thread_local! {
    static METHOD_CACHE: RefCell<Vec<Option<CacheEntry>>> =
        RefCell::new((0..METHOD_CACHE_SIZE).map(|_| None).collect());
}

/// Empties the method cache. The cache holds strong references to the
/// values it found, which would otherwise keep cyclic garbage alive; the
/// cycle collector calls this before full collections.
pub fn clear_method_cache() {
    let old: Vec<Option<CacheEntry>> = METHOD_CACHE.with(|c| {
        let mut c = c.borrow_mut();
        c.iter_mut().map(Option::take).collect()
    });
    drop(old);
}

thread_local! {
    static NEXT_VERSION: Cell<u32> = const { Cell::new(1) };
}

fn fresh_version() -> u32 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        // Wrap around skipping 0; after 4 billion type modifications stale
        // caches could in principle alias, as in CPython.
        v.set(if n == u32::MAX { 1 } else { n + 1 });
        n
    })
}

impl TypeObject {
    /// A new type payload; `mro`, `bases` and `namespace` are filled by the
    /// caller.
    pub fn new(
        name: &str,
        flags: TypeFlags,
        payload: PayloadInfo,
        n_ext: usize,
        dict_slot: Option<usize>,
        member_slots: Vec<(Rc<str>, usize)>,
    ) -> TypeObject {
        TypeObject {
            name: RefCell::new(Rc::from(name)),
            qualname: RefCell::new(Rc::from(name)),
            bases: RefCell::new(Vec::new()),
            base: RefCell::new(None),
            mro: RefCell::new(Vec::new()),
            namespace: RefCell::new(IndexMap::default()),
            flags: Cell::new(flags),
            version: Cell::new(fresh_version()),
            gc: payload.is_container() || n_ext > 0,
            block: crate::header::block_layout(
                &payload,
                n_ext,
                payload.is_container() || n_ext > 0,
            ),
            payload,
            n_ext,
            dict_slot,
            member_slots,
            subclasses: RefCell::new(Vec::new()),
            del_cache: Cell::new((0, false)),
        }
    }

    /// Whether instances have a `__del__` finalizer (defined on this type or
    /// along its MRO), cached per version tag: it is asked at every
    /// deallocation of an instance of a heap type.
    #[inline]
    pub fn has_finalizer(&self) -> bool {
        let version = self.version.get();
        let (cached, has) = self.del_cache.get();
        if cached == version {
            return has;
        }
        self.compute_has_finalizer(version)
    }

    #[cold]
    fn compute_has_finalizer(&self, version: u32) -> bool {
        // Never panics: a busy MRO (being replaced) answers "no".
        let Ok(mro) = self.mro.try_borrow() else {
            return false;
        };
        let has = mro.iter().any(|t| {
            type_layout(t)
                .namespace
                .try_borrow()
                .is_ok_and(|ns| ns.contains_key("__del__"))
        });
        drop(mro);
        self.del_cache.set((version, has));
        has
    }

    /// The type's name (`__name__`).
    pub fn name(&self) -> Rc<str> {
        self.name.borrow().clone()
    }

    /// Current version tag (never 0 once assigned).
    #[inline(always)]
    pub fn version(&self) -> u32 {
        self.version.get()
    }

    /// Whether `flag` is set.
    #[inline(always)]
    pub fn has(&self, flag: TypeFlags) -> bool {
        self.flags.get().contains(flag)
    }

    /// Looks `name` up in this type's own namespace.
    pub fn get_own(&self, name: &str) -> Option<Value> {
        self.namespace.borrow().get(name).cloned()
    }

    /// Looks `name` up along the MRO (the type attribute lookup that
    /// attribute access and special-method dispatch use), through the
    /// method cache keyed by (type, version tag, name).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        let key_ty = self as *const TypeObject as usize;
        let version = self.version.get();
        let h = {
            use std::hash::{BuildHasher, Hasher};
            let mut hasher = rustc_hash::FxBuildHasher.build_hasher();
            hasher.write(name.as_bytes());
            hasher.write_usize(key_ty);
            hasher.finish() as usize
        };
        let slot = h % METHOD_CACHE_SIZE;
        let hit = METHOD_CACHE.with(|c| {
            let c = c.borrow();
            match &c[slot] {
                Some(e) if e.ty == key_ty && e.version == version && &*e.name == name => {
                    Some(e.value.clone())
                }
                _ => None,
            }
        });
        if let Some(v) = hit {
            return v;
        }
        let found = self.lookup_uncached(name);
        let entry = CacheEntry {
            ty: key_ty,
            version,
            name: Rc::from(name),
            value: found.clone(),
        };
        // Replace the slot, dropping the old entry outside the borrow.
        let old = METHOD_CACHE.with(|c| c.borrow_mut()[slot].replace(entry));
        drop(old);
        found
    }

    /// MRO lookup without the cache.
    pub fn lookup_uncached(&self, name: &str) -> Option<Value> {
        let mro = self.mro.borrow();
        for t in mro.iter() {
            if let Some(v) = type_layout(t).namespace.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }

    /// Records that this type (or a base) changed: assigns new version tags
    /// to it and all its subclasses, so caches keyed on the old tags miss.
    pub fn modified(&self) {
        self.version.set(fresh_version());
        let subs: Vec<NonNull<ObjHeader>> = self.subclasses.borrow().clone();
        for s in subs {
            // SAFETY: subclasses unregister themselves before being freed,
            // so every pointer in the list is live.
            let sub = unsafe { Value::borrow_raw(s) };
            type_layout(&sub).modified();
        }
    }

    /// Calls `f` with each direct subclass.
    pub fn for_each_subclass(&self, mut f: impl FnMut(&Value)) {
        let subs: Vec<NonNull<ObjHeader>> = self.subclasses.borrow().clone();
        for s in subs {
            // SAFETY: subclasses unregister themselves before being freed,
            // so every pointer in the list is live.
            let sub = unsafe { Value::borrow_raw(s) };
            f(&sub);
        }
    }

    /// Sets an attribute in the namespace and invalidates version tags.
    pub fn set_attr(&self, name: Rc<str>, value: Value) {
        // Drop the old value only after the borrow ends: its destructor may
        // run arbitrary deallocation.
        let old = self.namespace.borrow_mut().insert(name, value);
        self.modified();
        drop(old);
    }

    /// Removes an attribute; returns whether it existed.
    pub fn del_attr(&self, name: &str) -> bool {
        let old = self.namespace.borrow_mut().shift_remove(name);
        self.modified();
        old.is_some()
    }

    /// Whether `other` (a type) is on this type's MRO.
    pub fn is_subtype_of(&self, other: &Value) -> bool {
        self.mro.borrow().iter().any(|t| t.is(other))
    }
}

/// Computes the C3 linearization of a type with the given bases. `this` is
/// the type being built. Returns the bases in conflict when none exists.
pub fn c3_mro(this: &Value, bases: &[Value]) -> Result<Vec<Value>, Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| type_layout(b).mro.borrow().clone())
        .collect();
    seqs.push(bases.to_vec());
    let mut result = vec![this.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(result);
        }
        let candidate = seqs
            .iter()
            .map(|s| &s[0])
            .find(|head| !seqs.iter().any(|s| s[1..].iter().any(|x| x.is(head))))
            .cloned();
        match candidate {
            Some(c) => {
                for s in seqs.iter_mut() {
                    if s[0].is(&c) {
                        s.remove(0);
                    }
                }
                result.push(c);
            }
            None => {
                let mut heads: Vec<Value> = Vec::new();
                for s in &seqs {
                    if !heads.iter().any(|h| h.is(&s[0])) {
                        heads.push(s[0].clone());
                    }
                }
                return Err(heads);
            }
        }
    }
}

impl Drop for TypeObject {
    fn drop(&mut self) {
        // Unregister from the bases' subclass lists. The header of this type
        // object sits right before its payload.
        let me = (self as *const TypeObject)
            .cast::<u8>()
            .wrapping_sub(std::mem::offset_of!(
                crate::header::Obj<TypeObject>,
                payload
            ));
        for b in self.bases.borrow().iter() {
            type_layout(b)
                .subclasses
                .borrow_mut()
                .retain(|p| !std::ptr::eq(p.as_ptr().cast::<u8>(), me));
        }
    }
}
