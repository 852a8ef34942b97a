//! `Value`: one machine word that is either a small int or a strong
//! reference to a heap object.
//!
//! Encoding: if the low bit is 1 the word is a small int, `word >> 1`
//! (arithmetic), covering [`SMALL_INT_MIN`, `SMALL_INT_MAX`]; otherwise it is
//! a non-null, 8-aligned pointer to an [`ObjHeader`]. Small ints never
//! allocate, so integer arithmetic in hot loops touches no memory. Ints
//! outside the small range are heap objects holding a `BigInt`, and a heap
//! int never holds a value in the small range (so equal ints compare equal
//! by their words when both are small).
//!
//! `Clone` increments the count and `Drop` decrements it; reaching zero
//! frees the object through [`crate::header::deallocate`]. `Option<Value>`
//! is one word too (the NULL of a stack slot or unbound local).

use std::any::TypeId;
use std::fmt;
use std::marker::PhantomData;
use std::mem::ManuallyDrop;
use std::num::NonZeroUsize;
use std::ptr::NonNull;

use crate::header::{self, Obj, ObjHeader};

/// Smallest int stored inline.
pub const SMALL_INT_MIN: i64 = -(1 << 62);
/// Largest int stored inline.
pub const SMALL_INT_MAX: i64 = (1 << 62) - 1;

/// A Python value: a small int or a strong reference to a heap object.
#[repr(transparent)]
pub struct Value {
    word: NonZeroUsize,
    /// Values are not `Send`/`Sync`: refcounts are not atomic.
    _not_send: PhantomData<*const ()>,
}

impl Value {
    /// Encodes a small int, or `None` if `i` is outside the inline range.
    #[inline(always)]
    pub fn small_int(i: i64) -> Option<Value> {
        if (SMALL_INT_MIN..=SMALL_INT_MAX).contains(&i) {
            let word = ((i << 1) | 1) as usize;
            // SAFETY: the low bit is set, so the word is non-zero.
            Some(Value {
                word: unsafe { NonZeroUsize::new_unchecked(word) },
                _not_send: PhantomData,
            })
        } else {
            None
        }
    }

    /// The small int this value encodes, if it is one.
    #[inline(always)]
    pub fn as_small_int(&self) -> Option<i64> {
        if self.is_small_int() {
            Some((self.word.get() as i64) >> 1)
        } else {
            None
        }
    }

    /// Whether this value is an inline small int.
    #[inline(always)]
    pub fn is_small_int(&self) -> bool {
        self.word.get() & 1 == 1
    }

    /// The raw word (for identity, hashing of identities and `id()`).
    #[inline(always)]
    pub fn word(&self) -> usize {
        self.word.get()
    }

    /// Identity comparison (`is`).
    #[inline(always)]
    pub fn is(&self, other: &Value) -> bool {
        self.word == other.word
    }

    /// Takes ownership of a pointer that carries one strong reference.
    ///
    /// # Safety
    /// `ptr` must point at a live object and the caller must own one
    /// reference to it, which moves into the returned value.
    #[inline(always)]
    pub unsafe fn from_raw(ptr: NonNull<ObjHeader>) -> Value {
        // SAFETY: object pointers are non-null and 8-aligned (low bit 0).
        Value {
            word: unsafe { NonZeroUsize::new_unchecked(ptr.as_ptr() as usize) },
            _not_send: PhantomData,
        }
    }

    /// Makes a `Value` for a pointer without taking a reference; the result
    /// must not be dropped (wrap in `ManuallyDrop` or `mem::forget`).
    ///
    /// # Safety
    /// `ptr` must point at a live object for as long as the result is used.
    #[inline(always)]
    pub unsafe fn borrow_raw(ptr: NonNull<ObjHeader>) -> ManuallyDrop<Value> {
        // SAFETY: forwarded.
        ManuallyDrop::new(unsafe { Value::from_raw(ptr) })
    }

    /// Gives up ownership, returning the raw word (a pointer or small int).
    pub fn into_raw_word(self) -> usize {
        let w = self.word.get();
        std::mem::forget(self);
        w
    }

    /// Rebuilds a value from [`Value::into_raw_word`].
    ///
    /// # Safety
    /// `word` must come from `into_raw_word` and be used once.
    pub unsafe fn from_raw_word(word: usize) -> Value {
        // SAFETY: words from into_raw_word are non-zero.
        Value {
            word: unsafe { NonZeroUsize::new_unchecked(word) },
            _not_send: PhantomData,
        }
    }

    /// The heap header pointer, or `None` for small ints.
    #[inline(always)]
    pub fn heap_ptr(&self) -> Option<NonNull<ObjHeader>> {
        if self.is_small_int() {
            None
        } else {
            // SAFETY: non-small values are non-null object pointers.
            Some(unsafe { NonNull::new_unchecked(self.word.get() as *mut ObjHeader) })
        }
    }

    /// The header pointer of a heap value.
    ///
    /// # Panics
    /// If called on a small int (a runtime bug).
    #[inline(always)]
    pub fn header_ptr(&self) -> NonNull<ObjHeader> {
        self.heap_ptr().expect("header_ptr on a small int")
    }

    /// The header of a heap value.
    #[inline(always)]
    pub fn header(&self) -> &ObjHeader {
        // SAFETY: the value holds a reference, so the object is live while
        // `self` is borrowed.
        unsafe { self.header_ptr().as_ref() }
    }

    /// Whether the heap payload is of Rust type `T`. Small ints have no
    /// payload (use the int helpers).
    #[inline(always)]
    pub fn payload_is<T: 'static>(&self) -> bool {
        match self.heap_ptr() {
            // SAFETY: `p` is live; its type is live while the object is.
            Some(p) => unsafe {
                let ty = Value::borrow_raw(p.as_ref().type_ptr());
                crate::types::type_layout(&ty).payload.type_id == TypeId::of::<T>()
            },
            None => false,
        }
    }

    /// Borrows the payload if it is of Rust type `T`.
    #[inline(always)]
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        if self.payload_is::<T>() {
            // SAFETY: the payload type was checked above; the object is live
            // while `self` is borrowed.
            Some(unsafe { &(*self.header_ptr().as_ptr().cast::<Obj<T>>()).payload })
        } else {
            None
        }
    }

    /// Borrows the payload as `T` without checking.
    ///
    /// # Safety
    /// The caller must know the payload is a `T` (e.g. from an exact type
    /// check).
    #[inline(always)]
    pub unsafe fn downcast_unchecked<T: 'static>(&self) -> &T {
        debug_assert!(self.payload_is::<T>());
        // SAFETY: per the contract.
        unsafe { &(*self.header_ptr().as_ptr().cast::<Obj<T>>()).payload }
    }

    /// Pointer to the type object's header (heap values only).
    #[inline(always)]
    pub fn type_header_ptr(&self) -> Option<NonNull<ObjHeader>> {
        self.heap_ptr().map(|p| {
            // SAFETY: `p` is live.
            unsafe { p.as_ref().type_ptr() }
        })
    }

    /// Ext slot `index` of a heap object, if its type has one there.
    pub fn ext_slot(&self, index: usize) -> Option<&std::cell::Cell<Option<Value>>> {
        let p = self.heap_ptr()?;
        // SAFETY: `p` is live; its type is live while it is.
        let n_ext =
            unsafe { crate::types::type_layout(&Value::borrow_raw(p.as_ref().type_ptr())).n_ext };
        if index < n_ext {
            // SAFETY: the object was allocated with `n_ext` slots.
            Some(unsafe { header::ext_slot(p, n_ext, index) })
        } else {
            None
        }
    }

    /// Current reference count (small ints report 0).
    pub fn refcount(&self) -> u32 {
        self.heap_ptr().map_or(0, |_| self.header().refcnt())
    }
}

impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        if !self.is_small_int() {
            self.header().incref();
        }
        Value {
            word: self.word,
            _not_send: PhantomData,
        }
    }
}

impl Drop for Value {
    #[inline(always)]
    fn drop(&mut self) {
        if let Some(p) = self.heap_ptr() {
            // SAFETY: we own one reference; at zero nothing else refers to it.
            unsafe {
                if p.as_ref().decref_is_zero() {
                    header::deallocate(p);
                }
            }
        }
    }
}

impl PartialEq for Value {
    /// Identity, not Python equality.
    fn eq(&self, other: &Value) -> bool {
        self.is(other)
    }
}
impl Eq for Value {}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.as_small_int() {
            Some(i) => write!(f, "Value({i})"),
            None => write!(f, "Value(@{:#x})", self.word()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn small_int_round_trip() {
        for i in [0, 1, -1, SMALL_INT_MAX, SMALL_INT_MIN, 12345678901] {
            assert_eq!(Value::small_int(i).unwrap().as_small_int(), Some(i));
        }
        assert!(Value::small_int(SMALL_INT_MAX + 1).is_none());
        assert!(Value::small_int(SMALL_INT_MIN - 1).is_none());
        assert_eq!(std::mem::size_of::<Option<Value>>(), 8);
    }
}
