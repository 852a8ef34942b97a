//! The `_random` module: the `Random` type, CPython's native core of
//! `random.Random` (seeding, `random()`, `getrandbits()`, `getstate()`,
//! `setstate()`), backed by [`crate::mt19937`]. Sequences match CPython's
//! for the same seed.
//!
//! Seeding follows `random_seed`: an int seeds with the 32-bit words of
//! its absolute value; any other object with its hash (as an unsigned
//! machine word); `None` with 624 words from the OS entropy source
//! (falling back to the time and process id).

use std::cell::RefCell;

use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};
use strata_object::payloads::TupleObj;
use strata_object::{PayloadInfo, TypeFlags, Value};
use strata_tier1::numeric::as_int;
use strata_tier1::runtime::FnArgs;
use strata_tier1::sysmod::new_module;
use strata_tier1::typeslots::{add_method, add_static};
use strata_tier1::{PyResult, Vm};

use crate::args;
use crate::mt19937::{Mt, N};

/// Payload of `_random.Random` instances.
pub struct RandomObj(RefCell<Box<Mt>>);

fn this<'a>(vm: &Vm, a: &'a FnArgs, meth: &str) -> PyResult<&'a RandomObj> {
    a.args
        .first()
        .and_then(|v| v.downcast::<RandomObj>())
        .ok_or_else(|| {
            vm.type_error(format!(
                "descriptor '{}' of '_random.Random' object needs an argument",
                meth
            ))
        })
}

/// Seeds from the OS entropy source, else from the time and process id.
fn seed_from_os(mt: &mut Mt) {
    use std::io::Read;
    let mut buf = vec![0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if ok {
        let key: Vec<u32> = buf
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes(c.try_into().expect("4 bytes")))
            .collect();
        mt.init_by_array(&key);
        return;
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap_or_default();
    let key = [
        now.as_secs() as u32,
        (now.as_secs() >> 32) as u32,
        now.subsec_nanos(),
        std::process::id(),
    ];
    mt.init_by_array(&key);
}

/// `random_seed`: seeds `mt` from `arg` (`None` for OS entropy).
fn seed_with(vm: &Vm, mt: &RefCell<Box<Mt>>, arg: Option<&Value>) -> PyResult<()> {
    let Some(arg) = arg.filter(|v| !v.is(&vm.none)) else {
        seed_from_os(&mut mt.borrow_mut());
        return Ok(());
    };
    let n: BigUint = match as_int(arg) {
        Some(i) => i.to_big().abs().to_biguint().expect("non-negative"),
        None => BigUint::from(vm.hash(arg)? as u64),
    };
    let key = n.to_u32_digits();
    mt.borrow_mut().init_by_array(&key);
    Ok(())
}

/// The arguments after the receiver.
fn rest<'a>(a: &FnArgs<'a>) -> FnArgs<'a> {
    FnArgs {
        args: &a.args[1..],
        kwnames: a.kwnames,
    }
}

/// Checks a method that takes no arguments besides the receiver.
fn no_args(vm: &Vm, a: &FnArgs, qual: &str) -> PyResult<()> {
    if !a.kwnames.is_empty() {
        return Err(vm.type_error(format!("{}() takes no keyword arguments", qual)));
    }
    if a.args.len() != 1 {
        return Err(vm.type_error(format!(
            "{}() takes no arguments ({} given)",
            qual,
            a.args.len() - 1
        )));
    }
    Ok(())
}

fn random_new(vm: &Vm, a: FnArgs) -> PyResult {
    let cls = a
        .args
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("Random.__new__(): not enough arguments"))?;
    strata_tier1::typeobj::alloc_instance(vm, &cls, RandomObj(RefCell::new(Box::default())))
}

fn random_init(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "__init__")?;
    let exact = vm.type_of(&a.args[0]);
    let is_base = strata_object::types::type_layout(&exact)
        .lookup("__init__")
        .is_some_and(|i| strata_tier1::ops::is_ext_native(&i));
    if is_base && !a.kwnames.is_empty() {
        return Err(vm.type_error("Random() takes no keyword arguments"));
    }
    let pos = &a.pos()[1..];
    if pos.len() > 1 {
        return Err(vm.type_error("Random() requires 0 or 1 argument"));
    }
    seed_with(vm, &s.0, pos.first())?;
    Ok(vm.none())
}

fn seed(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "seed")?;
    let p = args::positional(vm, &rest(&a), "Random.seed", "seed", 0, 1)?;
    seed_with(vm, &s.0, p.first())?;
    Ok(vm.none())
}

fn random(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "random")?;
    no_args(vm, &a, "Random.random")?;
    let f = s.0.borrow_mut().next_f64();
    Ok(vm.new_float(f))
}

fn getrandbits(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "getrandbits")?;
    let k = args::to_index(vm, args::one(vm, &rest(&a), "Random.getrandbits")?)?;
    let Some(k) = k.to_i32() else {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    };
    if k < 0 {
        return Err(vm.value_error("number of bits must be non-negative"));
    }
    if k == 0 {
        return Ok(vm.new_int(0));
    }
    let mut mt = s.0.borrow_mut();
    if k <= 32 {
        return Ok(vm.new_int((mt.next_u32() >> (32 - k)) as i64));
    }
    let words = mt.random_words(k as u64);
    Ok(vm.new_bigint(BigInt::from_slice(Sign::Plus, &words)))
}

fn getstate(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "getstate")?;
    no_args(vm, &a, "Random.getstate")?;
    let mt = s.0.borrow();
    let mut items: Vec<Value> = mt.state.iter().map(|w| vm.new_int(*w as i64)).collect();
    items.push(vm.new_int(mt.index as i64));
    Ok(vm.new_tuple(items))
}

/// `PyLong_AsUnsignedLong` of a state word.
fn state_word(vm: &Vm, v: &Value) -> PyResult<u32> {
    let Some(i) = as_int(v) else {
        return Err(vm.type_error("an integer is required"));
    };
    let b = i.to_big();
    if b.is_negative() {
        return Err(vm.overflow_error("can't convert negative value to unsigned int"));
    }
    match b.to_u64() {
        Some(w) => Ok(w as u32),
        None => Err(vm.overflow_error("Python int too large to convert to C unsigned long")),
    }
}

fn setstate(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "setstate")?;
    let state = args::one(vm, &rest(&a), "Random.setstate")?;
    let Some(t) = state.downcast::<TupleObj>() else {
        return Err(vm.type_error("state vector must be a tuple"));
    };
    if t.0.len() != N + 1 {
        return Err(vm.value_error("state vector is the wrong size"));
    }
    let mut state = [0u32; N];
    for (w, v) in state.iter_mut().zip(t.0.iter()) {
        *w = state_word(vm, v)?;
    }
    let index = match as_int(&t.0[N]) {
        Some(i) => i
            .to_i64()
            .ok_or_else(|| vm.overflow_error("Python int too large to convert to C long"))?,
        None => return Err(vm.type_error("an integer is required")),
    };
    if !(0..=N as i64).contains(&index) {
        return Err(vm.value_error("invalid state"));
    }
    let mut mt = s.0.borrow_mut();
    mt.state = state;
    mt.index = index as usize;
    Ok(vm.none())
}

/// `_random._urandom(n)`: `n` bytes from the OS entropy source (the
/// fallback `random.SystemRandom` uses when `os.urandom` is unavailable).
fn urandom(vm: &Vm, a: FnArgs) -> PyResult {
    use std::io::Read;
    let n = args::to_index(vm, args::one(vm, &a, "_urandom")?)?;
    if n.is_negative() {
        return Err(vm.value_error("negative argument not allowed"));
    }
    let n = n
        .to_usize()
        .ok_or_else(|| vm.overflow_error("Python int too large to convert to C ssize_t"))?;
    let mut buf = vec![0u8; n];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| vm.os_error(e.to_string()))?;
    Ok(vm.new_bytes(buf))
}

/// Builds the `_random` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = new_module(vm, "_random");
    let t = vm.new_native_type(
        "Random",
        "_random",
        None,
        PayloadInfo::of::<RandomObj>(),
        TypeFlags::BASETYPE,
    );
    add_static(vm, &t, "__new__", random_new);
    add_method(vm, &t, "__init__", random_init);
    add_method(vm, &t, "seed", seed);
    add_method(vm, &t, "random", random);
    add_method(vm, &t, "getrandbits", getrandbits);
    add_method(vm, &t, "getstate", getstate);
    add_method(vm, &t, "setstate", setstate);
    vm.setattr(&m, &vm.intern("Random"), t)?;
    strata_tier1::sysmod::module_fn(vm, &m, "_urandom", urandom);
    Ok(m)
}
