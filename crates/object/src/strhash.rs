//! Hashes of `str` and `bytes`, equal to CPython 3.11's on 64-bit builds.
//!
//! CPython hashes the bytes of an object's buffer with SipHash-1-3 (one
//! compression round per 8-byte block, three finalization rounds) under a
//! 128-bit secret key. A `str` is hashed through its internal buffer: one
//! byte per character when every code point is below 256, two (UCS-2,
//! little-endian) when below 65536, four (UCS-4) otherwise. The empty
//! input hashes to 0 and a result of -1 becomes -2.
//!
//! The key comes from `PYTHONHASHSEED` ([`HashKey::from_seed`]): seed 0
//! gives the all-zero key, any other seed fills the key bytes with CPython's
//! linear congruential generator, and [`HashKey::random`] draws one.

use std::hash::{BuildHasher, Hasher};

/// The SipHash key (CPython's `_Py_HashSecret.siphash`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HashKey {
    pub k0: u64,
    pub k1: u64,
}

impl HashKey {
    /// The key CPython uses under `PYTHONHASHSEED=seed`.
    pub fn from_seed(seed: u32) -> HashKey {
        if seed == 0 {
            return HashKey::default();
        }
        // CPython's lcg_urandom: 32-bit state, one byte (bits 16..24) per
        // step; the SipHash key is the first 16 bytes of the secret.
        let mut x = seed;
        let mut bytes = [0u8; 16];
        for b in &mut bytes {
            x = x.wrapping_mul(214013).wrapping_add(2531011);
            *b = (x >> 16) as u8;
        }
        HashKey {
            k0: u64::from_le_bytes(bytes[..8].try_into().expect("8 bytes")),
            k1: u64::from_le_bytes(bytes[8..].try_into().expect("8 bytes")),
        }
    }

    /// A key from the operating system's randomness (`PYTHONHASHSEED=random`).
    pub fn random() -> HashKey {
        let draw = |salt: u64| {
            let mut h = std::collections::hash_map::RandomState::new().build_hasher();
            h.write_u64(salt);
            h.finish()
        };
        HashKey {
            k0: draw(0),
            k1: draw(1),
        }
    }
}

/// Streaming SipHash-1-3.
struct SipHash13 {
    v: [u64; 4],
    tail: u64,
    ntail: usize,
    len: u64,
}

impl SipHash13 {
    fn new(key: HashKey) -> SipHash13 {
        SipHash13 {
            v: [
                key.k0 ^ 0x736f_6d65_7073_6575,
                key.k1 ^ 0x646f_7261_6e64_6f6d,
                key.k0 ^ 0x6c79_6765_6e65_7261,
                key.k1 ^ 0x7465_6462_7974_6573,
            ],
            tail: 0,
            ntail: 0,
            len: 0,
        }
    }

    #[inline(always)]
    fn round(&mut self) {
        let [mut v0, mut v1, mut v2, mut v3] = self.v;
        v0 = v0.wrapping_add(v1);
        v1 = v1.rotate_left(13) ^ v0;
        v0 = v0.rotate_left(32);
        v2 = v2.wrapping_add(v3);
        v3 = v3.rotate_left(16) ^ v2;
        v0 = v0.wrapping_add(v3);
        v3 = v3.rotate_left(21) ^ v0;
        v2 = v2.wrapping_add(v1);
        v1 = v1.rotate_left(17) ^ v2;
        v2 = v2.rotate_left(32);
        self.v = [v0, v1, v2, v3];
    }

    #[inline(always)]
    fn block(&mut self, m: u64) {
        self.v[3] ^= m;
        self.round();
        self.v[0] ^= m;
    }

    fn write(&mut self, mut data: &[u8]) {
        self.len += data.len() as u64;
        if self.ntail > 0 {
            while self.ntail < 8 {
                let Some((&b, rest)) = data.split_first() else {
                    return;
                };
                self.tail |= (b as u64) << (8 * self.ntail);
                self.ntail += 1;
                data = rest;
            }
            let m = self.tail;
            self.block(m);
            self.tail = 0;
            self.ntail = 0;
        }
        let mut chunks = data.chunks_exact(8);
        for c in &mut chunks {
            self.block(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        for (i, &b) in chunks.remainder().iter().enumerate() {
            self.tail |= (b as u64) << (8 * i);
        }
        self.ntail = chunks.remainder().len();
    }

    fn finish(mut self) -> u64 {
        let b = (self.len << 56) | self.tail;
        self.block(b);
        self.v[2] ^= 0xff;
        self.round();
        self.round();
        self.round();
        self.v[0] ^ self.v[1] ^ self.v[2] ^ self.v[3]
    }
}

fn finish_hash(h: u64) -> i64 {
    match h as i64 {
        -1 => -2,
        x => x,
    }
}

/// `hash(b)` for bytes `b`.
pub fn hash_bytes(key: HashKey, b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    let mut h = SipHash13::new(key);
    h.write(b);
    finish_hash(h.finish())
}

/// `hash(s)` for a str: SipHash of CPython's 1-, 2- or 4-byte-per-character
/// representation of `s`.
pub fn hash_str(key: HashKey, s: &str) -> i64 {
    if s.is_ascii() {
        return hash_bytes(key, s.as_bytes());
    }
    let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
    let mut h = SipHash13::new(key);
    // Characters are encoded into a small buffer and fed in batches.
    let mut buf = [0u8; 256];
    let mut n = 0;
    let width = if widest < 0x100 {
        1
    } else if widest < 0x10000 {
        2
    } else {
        4
    };
    for c in s.chars() {
        let cp = c as u32;
        buf[n..n + width].copy_from_slice(&cp.to_le_bytes()[..width]);
        n += width;
        if n + 4 > buf.len() {
            h.write(&buf[..n]);
            n = 0;
        }
    }
    h.write(&buf[..n]);
    finish_hash(h.finish())
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZERO: HashKey = HashKey { k0: 0, k1: 0 };

    #[test]
    fn matches_cpython_under_seed_zero() {
        // python3.11 with PYTHONHASHSEED=0
        assert_eq!(hash_str(ZERO, "abc"), -4594863902769663758);
        assert_eq!(hash_str(ZERO, "a"), 4644417185603328019);
        assert_eq!(hash_str(ZERO, ""), 0);
        assert_eq!(hash_bytes(ZERO, b"ab"), 6148830537548944441);
        assert_eq!(hash_bytes(ZERO, b""), 0);
        assert_eq!(hash_str(ZERO, "é"), 6047309291227476195);
        assert_eq!(hash_str(ZERO, "Āa"), -1750848746483292958);
        assert_eq!(hash_str(ZERO, "😀x"), -8926728262118538918);
        assert_eq!(hash_str(ZERO, &"é".repeat(300)), 4592405060061771372);
    }

    #[test]
    fn matches_cpython_under_other_seeds() {
        assert_eq!(hash_str(HashKey::from_seed(5), "a"), -3242440559064031509);
        let k = HashKey::from_seed(4294967295);
        assert_eq!(hash_str(k, "abc"), -6122489556238538401);
        assert_eq!(hash_bytes(k, b"abcdefghij"), 9142768847665015051);
    }

    #[test]
    fn str_and_latin1_bytes_agree() {
        // 'é' is stored as one byte 0xE9, like b'\xe9'.
        assert_eq!(hash_str(ZERO, "é"), hash_bytes(ZERO, &[0xe9]));
        assert_eq!(hash_str(ZERO, "abc"), hash_bytes(ZERO, b"abc"));
        // UCS-2: 'Ā' (U+0100) then 'a' as two bytes each.
        assert_eq!(hash_str(ZERO, "Āa"), hash_bytes(ZERO, &[0, 1, b'a', 0]));
    }

    #[test]
    fn streaming_equals_one_shot_for_long_inputs() {
        let long: String = "é".repeat(300);
        let bytes: Vec<u8> = std::iter::repeat_n(0xe9u8, 300).collect();
        assert_eq!(hash_str(ZERO, &long), hash_bytes(ZERO, &bytes));
    }

    #[test]
    fn seeded_keys_differ() {
        let k = HashKey::from_seed(5);
        assert_ne!(k, ZERO);
        assert_ne!(hash_str(k, "a"), hash_str(ZERO, "a"));
    }
}
