//! SHA-512 and SHA-384 (FIPS 180-4) and the `_sha512` module exposing
//! them as `_sha512.sha512` / `_sha512.sha384` hash objects (`update`,
//! `digest`, `hexdigest`, `copy`, `name`, `digest_size`, `block_size`), as
//! CPython's fallback hash module does. `random.seed` hashes str/bytes
//! seeds with it.
//!
//! Invariant: `Sha512::buf` holds fewer than 128 pending bytes; `len` is
//! the total number of bytes absorbed.

use std::cell::RefCell;

use strata_object::payloads::StrObj;
use strata_object::{PayloadInfo, TypeFlags, Value};
use strata_tier1::runtime::FnArgs;
use strata_tier1::sysmod::new_module;
use strata_tier1::typeslots::{add_method, add_static};
use strata_tier1::{PyResult, Vm};

use crate::args;

const K: [u64; 80] = [
    0x428a2f98d728ae22,
    0x7137449123ef65cd,
    0xb5c0fbcfec4d3b2f,
    0xe9b5dba58189dbbc,
    0x3956c25bf348b538,
    0x59f111f1b605d019,
    0x923f82a4af194f9b,
    0xab1c5ed5da6d8118,
    0xd807aa98a3030242,
    0x12835b0145706fbe,
    0x243185be4ee4b28c,
    0x550c7dc3d5ffb4e2,
    0x72be5d74f27b896f,
    0x80deb1fe3b1696b1,
    0x9bdc06a725c71235,
    0xc19bf174cf692694,
    0xe49b69c19ef14ad2,
    0xefbe4786384f25e3,
    0x0fc19dc68b8cd5b5,
    0x240ca1cc77ac9c65,
    0x2de92c6f592b0275,
    0x4a7484aa6ea6e483,
    0x5cb0a9dcbd41fbd4,
    0x76f988da831153b5,
    0x983e5152ee66dfab,
    0xa831c66d2db43210,
    0xb00327c898fb213f,
    0xbf597fc7beef0ee4,
    0xc6e00bf33da88fc2,
    0xd5a79147930aa725,
    0x06ca6351e003826f,
    0x142929670a0e6e70,
    0x27b70a8546d22ffc,
    0x2e1b21385c26c926,
    0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df,
    0x650a73548baf63de,
    0x766a0abb3c77b2a8,
    0x81c2c92e47edaee6,
    0x92722c851482353b,
    0xa2bfe8a14cf10364,
    0xa81a664bbc423001,
    0xc24b8b70d0f89791,
    0xc76c51a30654be30,
    0xd192e819d6ef5218,
    0xd69906245565a910,
    0xf40e35855771202a,
    0x106aa07032bbd1b8,
    0x19a4c116b8d2d0c8,
    0x1e376c085141ab53,
    0x2748774cdf8eeb99,
    0x34b0bcb5e19b48a8,
    0x391c0cb3c5c95a63,
    0x4ed8aa4ae3418acb,
    0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3,
    0x748f82ee5defb2fc,
    0x78a5636f43172f60,
    0x84c87814a1f0ab72,
    0x8cc702081a6439ec,
    0x90befffa23631e28,
    0xa4506cebde82bde9,
    0xbef9a3f7b2c67915,
    0xc67178f2e372532b,
    0xca273eceea26619c,
    0xd186b8c721c0c207,
    0xeada7dd6cde0eb1e,
    0xf57d4f7fee6ed178,
    0x06f067aa72176fba,
    0x0a637dc5a2c898a6,
    0x113f9804bef90dae,
    0x1b710b35131c471b,
    0x28db77f523047d84,
    0x32caab7b40c72493,
    0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c,
    0x4cc5d4becb3e42b6,
    0x597f299cfc657e2a,
    0x5fcb6fab3ad6faec,
    0x6c44198c4a475817,
];
const H512: [u64; 8] = [
    0x6a09e667f3bcc908,
    0xbb67ae8584caa73b,
    0x3c6ef372fe94f82b,
    0xa54ff53a5f1d36f1,
    0x510e527fade682d1,
    0x9b05688c2b3e6c1f,
    0x1f83d9abfb41bd6b,
    0x5be0cd19137e2179,
];
const H384: [u64; 8] = [
    0xcbbb9d5dc1059ed8,
    0x629a292a367cd507,
    0x9159015a3070dd17,
    0x152fecd8f70e5939,
    0x67332667ffc00b31,
    0x8eb44a8768581511,
    0xdb0c2e0d64f98fa7,
    0x47b5481dbefa4fa4,
];

/// A running SHA-512-family hash.
#[derive(Clone)]
pub struct Sha512 {
    h: [u64; 8],
    buf: Vec<u8>,
    len: u64,
    /// Digest length in bytes (64 for SHA-512, 48 for SHA-384).
    out_len: usize,
}

impl Sha512 {
    /// A fresh SHA-512.
    pub fn new() -> Sha512 {
        Sha512 {
            h: H512,
            buf: Vec::with_capacity(128),
            len: 0,
            out_len: 64,
        }
    }

    /// A fresh SHA-384.
    pub fn new384() -> Sha512 {
        Sha512 {
            h: H384,
            buf: Vec::with_capacity(128),
            len: 0,
            out_len: 48,
        }
    }

    /// Absorbs `data`.
    pub fn update(&mut self, mut data: &[u8]) {
        self.len = self.len.wrapping_add(data.len() as u64);
        if !self.buf.is_empty() {
            let take = (128 - self.buf.len()).min(data.len());
            self.buf.extend_from_slice(&data[..take]);
            data = &data[take..];
            if self.buf.len() == 128 {
                let block: [u8; 128] = self.buf[..].try_into().expect("full block");
                self.compress(&block);
                self.buf.clear();
            }
        }
        while data.len() >= 128 {
            let block: [u8; 128] = data[..128].try_into().expect("full block");
            self.compress(&block);
            data = &data[128..];
        }
        self.buf.extend_from_slice(data);
    }

    /// The digest of everything absorbed so far (the state is unchanged).
    pub fn digest(&self) -> Vec<u8> {
        let mut s = self.clone();
        let bit_len = (s.len as u128) * 8;
        let mut pad = vec![0x80u8];
        let rem = (s.buf.len() + 1) % 128;
        let zeros = if rem <= 112 { 112 - rem } else { 240 - rem };
        pad.extend(std::iter::repeat_n(0u8, zeros));
        pad.extend_from_slice(&bit_len.to_be_bytes());
        let len = s.len;
        s.update(&pad);
        s.len = len;
        debug_assert!(s.buf.is_empty());
        s.h.iter()
            .flat_map(|w| w.to_be_bytes())
            .take(self.out_len)
            .collect()
    }

    fn compress(&mut self, block: &[u8; 128]) {
        let mut w = [0u64; 80];
        for (i, chunk) in block.chunks_exact(8).enumerate() {
            w[i] = u64::from_be_bytes(chunk.try_into().expect("8 bytes"));
        }
        for i in 16..80 {
            let s0 = w[i - 15].rotate_right(1) ^ w[i - 15].rotate_right(8) ^ (w[i - 15] >> 7);
            let s1 = w[i - 2].rotate_right(19) ^ w[i - 2].rotate_right(61) ^ (w[i - 2] >> 6);
            w[i] = w[i - 16]
                .wrapping_add(s0)
                .wrapping_add(w[i - 7])
                .wrapping_add(s1);
        }
        let [mut a, mut b, mut c, mut d, mut e, mut f, mut g, mut h] = self.h;
        for i in 0..80 {
            let s1 = e.rotate_right(14) ^ e.rotate_right(18) ^ e.rotate_right(41);
            let ch = (e & f) ^ (!e & g);
            let t1 = h
                .wrapping_add(s1)
                .wrapping_add(ch)
                .wrapping_add(K[i])
                .wrapping_add(w[i]);
            let s0 = a.rotate_right(28) ^ a.rotate_right(34) ^ a.rotate_right(39);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            h = g;
            g = f;
            f = e;
            e = d.wrapping_add(t1);
            d = c;
            c = b;
            b = a;
            a = t1.wrapping_add(t2);
        }
        for (x, y) in self.h.iter_mut().zip([a, b, c, d, e, f, g, h]) {
            *x = x.wrapping_add(y);
        }
    }
}

impl Default for Sha512 {
    fn default() -> Self {
        Sha512::new()
    }
}

/// Payload of `_sha512.sha512` / `_sha512.sha384` objects.
pub struct ShaObj(RefCell<Sha512>);

fn this<'a>(vm: &Vm, a: &'a FnArgs, meth: &str) -> PyResult<&'a ShaObj> {
    a.args
        .first()
        .and_then(|v| v.downcast::<ShaObj>())
        .ok_or_else(|| vm.type_error(format!("descriptor '{}' requires a hash object", meth)))
}

/// The bytes of a hashable buffer argument.
fn data_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    if v.payload_is::<StrObj>() {
        return Err(vm.type_error("Strings must be encoded before hashing"));
    }
    strata_tier1::ops::bytes_view(v).ok_or_else(|| {
        vm.type_error(format!(
            "object supporting the buffer API required, not '{}'",
            vm.type_name(v)
        ))
    })
}

fn sha_new(vm: &Vm, a: FnArgs, make: fn() -> Sha512, name: &str) -> PyResult {
    let cls = a
        .args
        .first()
        .cloned()
        .ok_or_else(|| vm.type_error("__new__ requires a type"))?;
    let rest = FnArgs {
        args: &a.args[1..],
        kwnames: a.kwnames,
    };
    let v = args::keywords(vm, &rest, name, &["string", "usedforsecurity"], (0, 1), 0)?;
    let mut h = make();
    if let Some(d) = &v[0] {
        h.update(&data_arg(vm, d)?);
    }
    strata_tier1::typeobj::alloc_instance(vm, &cls, ShaObj(RefCell::new(h)))
}

fn sha512_new(vm: &Vm, a: FnArgs) -> PyResult {
    sha_new(vm, a, Sha512::new, "sha512")
}

fn sha384_new(vm: &Vm, a: FnArgs) -> PyResult {
    sha_new(vm, a, Sha512::new384, "sha384")
}

fn update(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "update")?;
    let data = args::positional(vm, &a, "update", "update", 2, 2)?;
    let bytes = data_arg(vm, &data[1])?;
    s.0.borrow_mut().update(&bytes);
    Ok(vm.none())
}

fn digest(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "digest")?;
    Ok(vm.new_bytes(s.0.borrow().digest()))
}

fn hexdigest(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "hexdigest")?;
    let hex: String =
        s.0.borrow()
            .digest()
            .iter()
            .map(|b| format!("{:02x}", b))
            .collect();
    Ok(vm.new_string(hex))
}

fn copy(vm: &Vm, a: FnArgs) -> PyResult {
    let s = this(vm, &a, "copy")?;
    let ty = vm.type_of(&a.args[0]);
    strata_tier1::typeobj::alloc_instance(vm, &ty, ShaObj(RefCell::new(s.0.borrow().clone())))
}

/// Builds the `_sha512` module.
pub fn init(vm: &Vm) -> PyResult<Value> {
    let m = new_module(vm, "_sha512");
    let types: [(&str, strata_tier1::runtime::NativeFn, i64); 2] =
        [("sha512", sha512_new, 64), ("sha384", sha384_new, 48)];
    for (name, new, size) in types {
        let t = vm.new_native_type(
            name,
            "_sha512",
            None,
            PayloadInfo::of::<ShaObj>(),
            TypeFlags::empty(),
        );
        add_static(vm, &t, "__new__", new);
        add_method(vm, &t, "update", update);
        add_method(vm, &t, "digest", digest);
        add_method(vm, &t, "hexdigest", hexdigest);
        add_method(vm, &t, "copy", copy);
        let tl = strata_object::types::type_layout(&t);
        tl.set_attr("name".into(), vm.new_str(name));
        tl.set_attr("digest_size".into(), vm.new_int(size));
        tl.set_attr("block_size".into(), vm.new_int(128));
        vm.setattr(&m, &vm.intern(name), t)?;
    }
    Ok(m)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hex(h: &Sha512) -> String {
        h.digest().iter().map(|b| format!("{:02x}", b)).collect()
    }

    #[test]
    fn known_digests() {
        let mut h = Sha512::new();
        h.update(b"abc");
        assert_eq!(
            hex(&h),
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a\
             2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f"
        );
        let mut h = Sha512::new384();
        h.update(b"abc");
        assert_eq!(
            hex(&h),
            "cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed\
             8086072ba1e7cc2358baeca134c825a7"
        );
        let mut h = Sha512::new();
        for _ in 0..1000 {
            h.update(&[b'a'; 1000]);
        }
        assert_eq!(
            hex(&h),
            "e718483d0ce769644e2e42c7bc15b4638e1f98b13b2044285632a803afa973eb\
             de0ff244877ea60a4cb0432ce577c31beb009c5c2c49aa2e4eadb217ad8cc09b"
        );
    }
}
