//! The `array` module: `array.array`, a mutable sequence of machine
//! numbers stored natively ([`crate::array_data`]), with CPython 3.11's
//! constructor, sequence protocol (indexing, slicing, assignment and
//! deletion, concatenation, repetition, comparison, iteration), methods
//! and error messages; plus `typecodes` and `ArrayType`. Iteration uses
//! the generic sequence iterator over `__getitem__`.
//!
//! Invariant: the storage `RefCell` is never borrowed across a call that
//! can run Python code; values are converted to [`Scalar`]s first.

use std::cell::{Cell, RefCell};

use num_traits::{Signed, ToPrimitive};
use strata_compiler::CompareOp;
use strata_object::payloads::{ListObj, SliceObj, StrObj};
use strata_object::types::type_layout;
use strata_object::{PayloadInfo, TypeFlags, Value};
use strata_tier1::numeric::as_int;
use strata_tier1::objects::sequence::{slice_unpack, SliceIdx};
use strata_tier1::runtime::{
    FnArgs, GetItemIterObj, NativeFn, NativeFunctionObj, NativeImpl, PropertyObj,
};
use strata_tier1::sysmod::new_module;
use strata_tier1::typeslots::{add_method, add_static};
use strata_tier1::{PyResult, Vm};

use crate::args;
use crate::array_data::{scalar_for, ArrayData, Code, Scalar, TYPECODES};
use crate::with_vec;

/// Payload of `array.array` instances.
pub struct ArrayObj {
    /// The typecode.
    pub code: Code,
    /// The elements.
    pub data: RefCell<ArrayData>,
}

/// The `array.array` type itself: the first non-heap type on the MRO of
/// `obj`'s type (subclass instances carry the same payload).
fn array_type(vm: &Vm, obj: &Value) -> Value {
    vm.with_type(obj, |t| {
        type_layout(t)
            .mro
            .borrow()
            .iter()
            .find(|c| !type_layout(c).has(TypeFlags::HEAPTYPE))
            .cloned()
            .unwrap_or_else(|| t.clone())
    })
}

/// A new plain `array.array` (slices, concatenations and repetitions are
/// never of a subclass, as in CPython).
fn new_array(vm: &Vm, like: &Value, code: Code, data: ArrayData) -> PyResult {
    let ty = array_type(vm, like);
    strata_tier1::typeobj::alloc_instance(
        vm,
        &ty,
        ArrayObj {
            code,
            data: RefCell::new(data),
        },
    )
}

fn this<'a>(vm: &Vm, a: &'a FnArgs, meth: &str) -> PyResult<&'a ArrayObj> {
    a.args
        .first()
        .and_then(|v| v.downcast::<ArrayObj>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{}' for 'array.array' objects doesn't apply to this object",
                meth
            ))
        })
}

/// The arguments after the receiver, positional only, `min..=max` of them.
fn params<'a>(
    vm: &Vm,
    a: &FnArgs<'a>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let rest = FnArgs {
        args: &a.args[1..],
        kwnames: a.kwnames,
    };
    if min == 1 && max == 1 {
        return args::one(vm, &rest, name).map(std::slice::from_ref);
    }
    if min == 0 && max == 0 {
        if !a.kwnames.is_empty() {
            return Err(vm.type_error(format!("{}() takes no keyword arguments", name)));
        }
        if a.args.len() != 1 {
            return Err(vm.type_error(format!(
                "{}() takes no arguments ({} given)",
                name,
                a.args.len() - 1
            )));
        }
        return Ok(&[]);
    }
    let short = name.rsplit('.').next().unwrap_or(name);
    args::positional(vm, &rest, name, short, min, max)
}

fn scalar(vm: &Vm, arr: &ArrayObj, v: &Value) -> PyResult<Scalar> {
    scalar_for(vm, v, arr.code)
}

/// An index argument (`__index__`), or `None` if `key` is not int-like.
fn int_key(vm: &Vm, key: &Value) -> PyResult<Option<i64>> {
    if let Some(i) = key.as_small_int() {
        return Ok(Some(i));
    }
    if as_int(key).is_some() || vm.user_special(key, "__index__").is_some() {
        let b = vm.index(key)?;
        return Ok(Some(b.to_i64().unwrap_or(if b.is_negative() {
            i64::MIN
        } else {
            i64::MAX
        })));
    }
    Ok(None)
}

/// Resolves a possibly negative index against `len`.
fn resolve(i: i64, len: usize) -> Option<usize> {
    let i = if i < 0 { i + len as i64 } else { i };
    (0..len as i64).contains(&i).then_some(i as usize)
}

fn getitem(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "__getitem__")?;
    let key = &params(vm, &a, "__getitem__", 1, 1)?[0];
    if let Some(i) = int_key(vm, key)? {
        let data = arr.data.borrow();
        return match resolve(i, data.len()) {
            Some(i) => Ok(data.get(vm, arr.code, i)),
            None => Err(vm.index_error("array index out of range")),
        };
    }
    if let Some(s) = key.downcast::<SliceObj>() {
        let idx = slice_of(vm, s, arr)?;
        let sel = {
            let data = arr.data.borrow();
            if idx.step == 1 {
                let lo = idx.start.max(0) as usize;
                data.slice(lo, lo + idx.len)
            } else {
                data.select(idx.indices())
            }
        };
        return new_array(vm, &a.args[0], arr.code, sel);
    }
    Err(vm.type_error("array indices must be integers"))
}

/// The positions a slice selects: its bounds are converted first (which
/// may run `__index__`), then adjusted to the array's current length.
fn slice_of(vm: &Vm, s: &SliceObj, arr: &ArrayObj) -> PyResult<SliceIdx> {
    let bounds = slice_unpack(vm, s)?;
    Ok(bounds.adjust(arr.data.borrow().len()))
}

fn setitem(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "__setitem__")?;
    let p = params(vm, &a, "__setitem__", 2, 2)?;
    let (key, value) = (&p[0], &p[1]);
    if let Some(i) = int_key(vm, key)? {
        let s = scalar(vm, arr, value)?;
        let mut data = arr.data.borrow_mut();
        let Some(i) = resolve(i, data.len()) else {
            return Err(vm.index_error("array assignment index out of range"));
        };
        data.set(i, s);
        return Ok(vm.none());
    }
    let Some(sl) = key.downcast::<SliceObj>() else {
        return Err(vm.type_error("array indices must be integers"));
    };
    let Some(other) = value.downcast::<ArrayObj>() else {
        return Err(vm.type_error(format!(
            "can only assign array (not \"{}\") to array slice",
            vm.type_name(value)
        )));
    };
    if other.code != arr.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let src = other.data.borrow().clone();
    let idx = slice_of(vm, sl, arr)?;
    let mut data = arr.data.borrow_mut();
    if idx.step == 1 {
        let lo = idx.start.max(0) as usize;
        data.splice(lo, lo + idx.len, &src);
        return Ok(vm.none());
    }
    if src.len() != idx.len {
        return Err(vm.value_error(format!(
            "attempt to assign array of size {} to extended slice of size {}",
            src.len(),
            idx.len
        )));
    }
    data.assign_at(idx.indices(), &src);
    Ok(vm.none())
}

fn delitem(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "__delitem__")?;
    let key = &params(vm, &a, "__delitem__", 1, 1)?[0];
    if let Some(i) = int_key(vm, key)? {
        let mut data = arr.data.borrow_mut();
        let Some(i) = resolve(i, data.len()) else {
            return Err(vm.index_error("array assignment index out of range"));
        };
        data.remove(i);
        return Ok(vm.none());
    }
    let Some(sl) = key.downcast::<SliceObj>() else {
        return Err(vm.type_error("array indices must be integers"));
    };
    let idx = slice_of(vm, sl, arr)?;
    let mut data = arr.data.borrow_mut();
    if idx.step == 1 {
        let lo = idx.start.max(0) as usize;
        let empty = data.empty_like();
        data.splice(lo, lo + idx.len, &empty);
    } else {
        let mut pos: Vec<usize> = idx.indices().collect();
        pos.sort_unstable();
        data.delete_at(&pos);
    }
    Ok(vm.none())
}

fn len(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "__len__")?;
    Ok(vm.new_int(arr.data.borrow().len() as i64))
}

/// Index of the first element equal to `x` in `lo..hi`.
fn find(vm: &Vm, arr: &ArrayObj, x: &Value, lo: usize, hi: usize) -> PyResult<Option<usize>> {
    if arr.code != Code::Unicode {
        if let Ok(r) = arr.data.borrow().find_number(x, lo, hi) {
            return Ok(r);
        }
    }
    let mut i = lo;
    loop {
        let item = {
            let data = arr.data.borrow();
            if i >= hi.min(data.len()) {
                return Ok(None);
            }
            data.get(vm, arr.code, i)
        };
        if vm.eq(&item, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
}

fn contains(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "__contains__")?;
    let x = &params(vm, &a, "__contains__", 1, 1)?[0];
    Ok(vm.bool(find(vm, arr, x, 0, usize::MAX)?.is_some()))
}

fn count(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "count")?;
    let x = &params(vm, &a, "count", 1, 1)?[0];
    let mut n = 0;
    let mut start = 0;
    while let Some(i) = find(vm, arr, x, start, usize::MAX)? {
        n += 1;
        start = i + 1;
    }
    Ok(vm.new_int(n))
}

/// A start/stop argument of `index`, resolved like `list.index`'s.
fn bound(vm: &Vm, v: Option<&Value>, len: usize, default: usize) -> PyResult<usize> {
    let Some(v) = v else { return Ok(default) };
    let b = vm.index(v)?;
    let i = b.to_i64().unwrap_or(if b.is_negative() {
        i64::MIN / 2
    } else {
        i64::MAX / 2
    });
    let i = if i < 0 { (i + len as i64).max(0) } else { i };
    Ok(i as usize)
}

fn index(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "index")?;
    let p = params(vm, &a, "index", 1, 3)?;
    let len = arr.data.borrow().len();
    let lo = bound(vm, p.get(1), len, 0)?;
    let hi = bound(vm, p.get(2), len, usize::MAX)?;
    match find(vm, arr, &p[0], lo, hi)? {
        Some(i) => Ok(vm.new_int(i as i64)),
        None => Err(vm.value_error("array.index(x): x not in array")),
    }
}

fn remove(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "remove")?;
    let x = &params(vm, &a, "remove", 1, 1)?[0];
    match find(vm, arr, x, 0, usize::MAX)? {
        Some(i) => {
            arr.data.borrow_mut().remove(i);
            Ok(vm.none())
        }
        None => Err(vm.value_error("array.remove(x): x not in array")),
    }
}

fn append(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "append")?;
    let x = &params(vm, &a, "append", 1, 1)?[0];
    let s = scalar(vm, arr, x)?;
    arr.data.borrow_mut().push(s);
    Ok(vm.none())
}

fn insert(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "insert")?;
    let p = params(vm, &a, "insert", 2, 2)?;
    let i = vm.index(&p[0])?;
    let s = scalar(vm, arr, &p[1])?;
    let mut data = arr.data.borrow_mut();
    let len = data.len() as i64;
    let i = i
        .to_i64()
        .unwrap_or(if i.is_negative() { i64::MIN } else { i64::MAX });
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    data.insert(i as usize, s);
    Ok(vm.none())
}

fn pop(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "pop")?;
    let p = params(vm, &a, "pop", 0, 1)?;
    let i = match p.first() {
        Some(v) => vm.index_i64(v)?,
        None => -1,
    };
    let mut data = arr.data.borrow_mut();
    if data.len() == 0 {
        return Err(vm.index_error("pop from empty array"));
    }
    let Some(i) = resolve(i, data.len()) else {
        return Err(vm.index_error("pop index out of range"));
    };
    let v = data.get(vm, arr.code, i);
    data.remove(i);
    Ok(v)
}

/// Appends every element of `iterable` (an array of the same typecode, or
/// any iterable of convertible values).
fn extend_with(vm: &Vm, arr: &ArrayObj, iterable: &Value) -> PyResult<()> {
    if let Some(other) = iterable.downcast::<ArrayObj>() {
        if other.code != arr.code {
            return Err(vm.type_error("can only extend with array of same kind"));
        }
        let src = other.data.borrow().clone();
        arr.data.borrow_mut().extend_from(&src);
        return Ok(());
    }
    let it = vm.iter(iterable)?;
    while let Some(item) = vm.next(&it)? {
        let s = scalar(vm, arr, &item)?;
        arr.data.borrow_mut().push(s);
    }
    Ok(())
}

fn extend(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "extend")?;
    let x = &params(vm, &a, "extend", 1, 1)?[0];
    extend_with(vm, arr, x)?;
    Ok(vm.none())
}

fn fromlist(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "fromlist")?;
    let x = &params(vm, &a, "fromlist", 1, 1)?[0];
    let Some(list) = x.downcast::<ListObj>() else {
        return Err(vm.type_error("arg must be list"));
    };
    let items = list.0.borrow().clone();
    let mut staged = arr.code.empty();
    for item in &items {
        staged.push(scalar(vm, arr, item)?);
    }
    arr.data.borrow_mut().extend_from(&staged);
    Ok(vm.none())
}

fn frombytes(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "frombytes")?;
    let x = &params(vm, &a, "frombytes", 1, 1)?[0];
    add_bytes(vm, arr, x)?;
    Ok(vm.none())
}

fn add_bytes(vm: &Vm, arr: &ArrayObj, x: &Value) -> PyResult<()> {
    let Some(bytes) = strata_tier1::ops::bytes_view(x) else {
        return Err(vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(x)
        )));
    };
    if bytes.len() % arr.code.itemsize() != 0 {
        return Err(vm.value_error("bytes length not a multiple of item size"));
    }
    arr.data.borrow_mut().extend_bytes(&bytes);
    Ok(())
}

fn tobytes(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "tobytes")?;
    params(vm, &a, "tobytes", 0, 0)?;
    let b = arr.data.borrow().to_bytes();
    Ok(vm.new_bytes(b))
}

fn tolist(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "tolist")?;
    params(vm, &a, "tolist", 0, 0)?;
    let items = arr.data.borrow().values(vm, arr.code);
    Ok(vm.new_list(items))
}

/// The characters of a `u` array.
fn unicode_string(data: &ArrayData) -> String {
    match data {
        ArrayData::U32(v) => v
            .iter()
            .map(|c| char::from_u32(*c).unwrap_or('\u{fffd}'))
            .collect(),
        _ => String::new(),
    }
}

fn tounicode(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "tounicode")?;
    params(vm, &a, "tounicode", 0, 0)?;
    if arr.code != Code::Unicode {
        return Err(vm.value_error("tounicode() may only be called on unicode type arrays"));
    }
    Ok(vm.new_string(unicode_string(&arr.data.borrow())))
}

fn add_unicode(vm: &Vm, arr: &ArrayObj, x: &Value) -> PyResult<()> {
    let Some(s) = x.downcast::<StrObj>() else {
        return Err(vm.type_error(format!(
            "fromunicode() argument must be str, not {}",
            vm.type_name(x)
        )));
    };
    let mut data = arr.data.borrow_mut();
    for c in s.s.chars() {
        data.push(Scalar::Int(c as i128));
    }
    Ok(())
}

fn fromunicode(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "fromunicode")?;
    let x = &params(vm, &a, "fromunicode", 1, 1)?[0];
    if arr.code != Code::Unicode {
        return Err(vm.value_error("fromunicode() may only be called on unicode type arrays"));
    }
    add_unicode(vm, arr, x)?;
    Ok(vm.none())
}

fn reverse(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "reverse")?;
    params(vm, &a, "reverse", 0, 0)?;
    arr.data.borrow_mut().reverse();
    Ok(vm.none())
}

fn byteswap(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "byteswap")?;
    params(vm, &a, "byteswap", 0, 0)?;
    arr.data.borrow_mut().byteswap();
    Ok(vm.none())
}

fn buffer_info(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "buffer_info")?;
    params(vm, &a, "buffer_info", 0, 0)?;
    let data = arr.data.borrow();
    let addr = with_vec!(&*data, v => v.as_ptr() as usize);
    Ok(vm.new_tuple(vec![vm.new_int(addr as i64), vm.new_int(data.len() as i64)]))
}

fn copy(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "__copy__")?;
    let data = arr.data.borrow().clone();
    new_array(vm, &a.args[0], arr.code, data)
}

fn repr(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "__repr__")?;
    // `_PyType_Name`: the type's name without its module.
    let full = vm.with_type(&a.args[0], |t| type_layout(t).name());
    let name = full.rsplit('.').next().unwrap_or(&full);
    let tc = arr.code.char();
    if arr.data.borrow().len() == 0 {
        return Ok(vm.new_string(format!("{}('{}')", name, tc)));
    }
    let inner = if arr.code == Code::Unicode {
        vm.new_string(unicode_string(&arr.data.borrow()))
    } else {
        vm.new_list(arr.data.borrow().values(vm, arr.code))
    };
    let r = vm.repr_string(&inner)?;
    Ok(vm.new_string(format!("{}('{}', {})", name, tc, r)))
}

/// A sequence-repeat count; other types are rejected as CPython's
/// `sq_repeat` does.
fn repeat_count(vm: &Vm, n: &Value) -> PyResult<usize> {
    if as_int(n).is_none() && vm.user_special(n, "__index__").is_none() {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(n)
        )));
    }
    let n = vm.index(n)?;
    if n.is_negative() {
        return Ok(0);
    }
    n.to_usize()
        .filter(|n| *n < (1 << 48))
        .ok_or_else(|| vm.memory_error(""))
}

fn repeated(vm: &Vm, arr: &ArrayObj, n: usize) -> PyResult<ArrayData> {
    let len = arr.data.borrow().len();
    if len.checked_mul(n).is_none_or(|t| t > (1 << 40)) {
        return Err(vm.memory_error(""));
    }
    Ok(arr.data.borrow().repeat(n))
}

fn mul(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "__mul__")?;
    let n = repeat_count(vm, &params(vm, &a, "__mul__", 1, 1)?[0])?;
    let data = repeated(vm, arr, n)?;
    new_array(vm, &a.args[0], arr.code, data)
}

fn rmul(vm: &Vm, a: FnArgs) -> PyResult {
    let other = &params(vm, &a, "__rmul__", 1, 1)?[0];
    // `seq * array`: the left sequence's repeat comes first and rejects
    // the array as its count.
    let left_is_sequence = other.payload_is::<StrObj>()
        || other.payload_is::<ListObj>()
        || other.payload_is::<strata_object::payloads::TupleObj>()
        || strata_tier1::ops::bytes_view(other).is_some();
    if left_is_sequence {
        return Err(vm.type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            vm.type_name(&a.args[0])
        )));
    }
    mul(vm, a)
}

fn imul(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "__imul__")?;
    let n = repeat_count(vm, &params(vm, &a, "__imul__", 1, 1)?[0])?;
    let data = repeated(vm, arr, n)?;
    *arr.data.borrow_mut() = data;
    Ok(a.args[0].clone())
}

fn add(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "__add__")?;
    let other = &params(vm, &a, "__add__", 1, 1)?[0];
    let Some(o) = other.downcast::<ArrayObj>() else {
        return Err(vm.type_error(format!(
            "can only append array (not \"{}\") to array",
            vm.type_name(other)
        )));
    };
    if o.code != arr.code {
        return Err(vm.type_error("bad argument type for built-in operation"));
    }
    let mut data = arr.data.borrow().clone();
    data.extend_from(&o.data.borrow());
    new_array(vm, &a.args[0], arr.code, data)
}

fn iadd(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "__iadd__")?;
    let other = &params(vm, &a, "__iadd__", 1, 1)?[0];
    if !other.payload_is::<ArrayObj>() {
        return Err(vm.type_error(format!(
            "can only extend array with array (not \"{}\")",
            vm.type_name(other)
        )));
    }
    extend_with(vm, arr, other)?;
    Ok(a.args[0].clone())
}

/// Rich comparison: element by element, then by length.
fn compare(vm: &Vm, a: &FnArgs, op: CompareOp) -> PyResult {
    let arr = this(vm, a, "__eq__")?;
    let other = &params(vm, a, "__eq__", 1, 1)?[0];
    let Some(o) = other.downcast::<ArrayObj>() else {
        return Ok(vm.not_implemented.clone());
    };
    let (x, y) = (arr.data.borrow().clone(), o.data.borrow().clone());
    if x.len() != y.len() && matches!(op, CompareOp::Eq | CompareOp::Ne) {
        return Ok(vm.bool(op == CompareOp::Ne));
    }
    if (arr.code == Code::Unicode) == (o.code == Code::Unicode) {
        if let Some(r) = native_compare(&x, &y, op) {
            return Ok(vm.bool(r));
        }
    }
    let xs = x.values(vm, arr.code);
    let ys = y.values(vm, o.code);
    Ok(vm.bool(vm.seq_compare(&xs, &ys, op)?))
}

/// Compares two storages of the same element type without boxing;
/// `None` when the types differ.
fn native_compare(x: &ArrayData, y: &ArrayData, op: CompareOp) -> Option<bool> {
    use std::cmp::Ordering;
    fn go<T: PartialOrd + Copy>(a: &[T], b: &[T], op: CompareOp) -> bool {
        let diff = a.iter().zip(b.iter()).position(|(p, q)| p != q);
        let ord = match diff {
            Some(i) => a[i].partial_cmp(&b[i]),
            None => Some(a.len().cmp(&b.len())),
        };
        match (op, ord) {
            (CompareOp::Eq, _) => diff.is_none() && a.len() == b.len(),
            (CompareOp::Ne, _) => diff.is_some() || a.len() != b.len(),
            (_, None) => false,
            (CompareOp::Lt, Some(o)) => o == Ordering::Less,
            (CompareOp::Le, Some(o)) => o != Ordering::Greater,
            (CompareOp::Gt, Some(o)) => o == Ordering::Greater,
            (CompareOp::Ge, Some(o)) => o != Ordering::Less,
        }
    }
    Some(match (x, y) {
        (ArrayData::I8(a), ArrayData::I8(b)) => go(a, b, op),
        (ArrayData::U8(a), ArrayData::U8(b)) => go(a, b, op),
        (ArrayData::I16(a), ArrayData::I16(b)) => go(a, b, op),
        (ArrayData::U16(a), ArrayData::U16(b)) => go(a, b, op),
        (ArrayData::I32(a), ArrayData::I32(b)) => go(a, b, op),
        (ArrayData::U32(a), ArrayData::U32(b)) => go(a, b, op),
        (ArrayData::I64(a), ArrayData::I64(b)) => go(a, b, op),
        (ArrayData::U64(a), ArrayData::U64(b)) => go(a, b, op),
        (ArrayData::F32(a), ArrayData::F32(b)) => go(a, b, op),
        (ArrayData::F64(a), ArrayData::F64(b)) => go(a, b, op),
        _ => return None,
    })
}

macro_rules! comparisons {
    ($( $fn:ident => $op:expr ;)*) => {
        $(
            fn $fn(vm: &Vm, a: FnArgs) -> PyResult {
                compare(vm, &a, $op)
            }
        )*
    };
}

comparisons! {
    eq => CompareOp::Eq;
    ne => CompareOp::Ne;
    lt => CompareOp::Lt;
    le => CompareOp::Le;
    gt => CompareOp::Gt;
    ge => CompareOp::Ge;
}

fn iter(vm: &Vm, a: FnArgs) -> PyResult {
    this(vm, &a, "__iter__")?;
    Ok(vm.alloc(
        &vm.types.seq_iterator,
        GetItemIterObj {
            seq: RefCell::new(Some(a.args[0].clone())),
            index: Cell::new(0),
        },
    ))
}

/// `array(typecode[, initializer])`.
fn array_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a
        .args
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("array.__new__(): not enough arguments"))?;
    let exact = !type_layout(&cls).has(TypeFlags::HEAPTYPE);
    if !a.kwnames.is_empty() && exact {
        return Err(vm.type_error("array.array() takes no keyword arguments"));
    }
    let p = &a.pos()[1..];
    if p.is_empty() {
        return Err(vm.type_error("array() takes at least 1 argument (0 given)"));
    }
    if p.len() > 2 {
        return Err(vm.type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            p.len()
        )));
    }
    let tc = match p[0].downcast::<StrObj>() {
        Some(s) if s.char_len == 1 => s.s.chars().next().expect("one char"),
        _ => {
            return Err(vm.type_error(format!(
                "array() argument 1 must be a unicode character, not {}",
                vm.type_name(&p[0])
            )))
        }
    };
    let Some(code) = Code::from_char(tc) else {
        return Err(
            vm.value_error("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        );
    };
    let obj = strata_tier1::typeobj::alloc_instance(
        vm,
        &cls,
        ArrayObj {
            code,
            data: RefCell::new(code.empty()),
        },
    )?;
    let Some(init) = p.get(1) else {
        return Ok(obj);
    };
    let arr = obj.downcast::<ArrayObj>().expect("array payload");
    if init.payload_is::<StrObj>() {
        if code != Code::Unicode {
            return Err(vm.type_error(format!(
                "cannot use a str to initialize an array with typecode '{}'",
                tc
            )));
        }
        add_unicode(vm, arr, init)?;
    } else if let Some(other) = init.downcast::<ArrayObj>() {
        if other.code == Code::Unicode && code != Code::Unicode {
            return Err(vm.type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{}'",
                tc
            )));
        }
        let items = other.data.borrow().values(vm, other.code);
        for item in &items {
            let s = scalar(vm, arr, item)?;
            arr.data.borrow_mut().push(s);
        }
    } else if strata_tier1::ops::bytes_view(init).is_some() {
        add_bytes(vm, arr, init)?;
    } else {
        extend_with(vm, arr, init)?;
    }
    Ok(obj)
}

/// A read-only property whose getter is the native `get`.
fn getter(vm: &Vm, ty: &Value, name: &str, get: NativeFn) {
    let f = vm.alloc(
        &vm.types.native_function,
        NativeFunctionObj {
            name: name.into(),
            qualname: format!("array.{}", name).into(),
            func: NativeImpl::Plain(get),
            self_: None,
            is_method: false,
            is_classmethod: false,
            doc: None,
            objclass: None,
        },
    );
    let prop = vm.alloc(
        &vm.types.property,
        PropertyObj {
            fget: Some(f),
            fset: None,
            fdel: None,
            doc: RefCell::new(None),
            name: RefCell::new(Some(vm.new_str(name))),
        },
    );
    type_layout(ty).set_attr(name.into(), prop);
}

fn typecode(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "typecode")?;
    Ok(vm.new_string(arr.code.char().to_string()))
}

fn itemsize(vm: &Vm, a: FnArgs) -> PyResult {
    let arr = this(vm, &a, "itemsize")?;
    Ok(vm.new_int(arr.code.itemsize() as i64))
}

/// Builds the `array` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = new_module(vm, "array");
    let t = vm.new_native_type(
        "array",
        "array",
        None,
        PayloadInfo::of::<ArrayObj>(),
        // A sequence for pattern matching, as in CPython.
        TypeFlags::BASETYPE | TypeFlags::SEQUENCE,
    );
    add_static(vm, &t, "__new__", array_new);
    let methods: &[(&str, NativeFn)] = &[
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__len__", len),
        ("__contains__", contains),
        ("__iter__", iter),
        ("__repr__", repr),
        ("__add__", add),
        ("__iadd__", iadd),
        ("__mul__", mul),
        ("__rmul__", rmul),
        ("__imul__", imul),
        ("__eq__", eq),
        ("__ne__", ne),
        ("__lt__", lt),
        ("__le__", le),
        ("__gt__", gt),
        ("__ge__", ge),
        ("__copy__", copy),
        ("__deepcopy__", copy),
        ("append", append),
        ("buffer_info", buffer_info),
        ("byteswap", byteswap),
        ("count", count),
        ("extend", extend),
        ("frombytes", frombytes),
        ("fromlist", fromlist),
        ("fromunicode", fromunicode),
        ("index", index),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("reverse", reverse),
        ("tobytes", tobytes),
        ("tolist", tolist),
        ("tounicode", tounicode),
    ];
    for (name, f) in methods {
        add_method(vm, &t, name, *f);
    }
    type_layout(&t).set_attr("__hash__".into(), vm.none());
    getter(vm, &t, "typecode", typecode);
    getter(vm, &t, "itemsize", itemsize);

    vm.setattr(&m, &vm.intern("array"), t.clone())?;
    vm.setattr(&m, &vm.intern("ArrayType"), t)?;
    vm.setattr(&m, &vm.intern("typecodes"), vm.new_str(TYPECODES))?;
    Ok(m)
}
