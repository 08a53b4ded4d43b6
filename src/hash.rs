//! The hash maps and sets of the engine (duplicate keys, unique items, error
//! paths, live deltas). Natively std's SipHash with random keys: a service's
//! clients choose the keys, so collisions must not be predictable. In
//! WebAssembly std has no randomness and uses fixed SipHash keys, so nothing
//! is lost by FNV-1a there, which is much smaller code. Fuzz builds
//! (`cfg(fuzzing)`, set by cargo-fuzz) use FNV-1a too: with random keys the
//! same input walked different probe sequences on each run, so libFuzzer's
//! coverage of one corpus differed by a few edges from run to run and could
//! never settle (FUZZING.md).

#[cfg(not(any(target_arch = "wasm32", fuzzing)))]
pub type Hasher = std::collections::hash_map::RandomState;

#[cfg(any(target_arch = "wasm32", fuzzing))]
pub type Hasher = std::hash::BuildHasherDefault<Fnv>;

pub type HashMap<K, V> = std::collections::HashMap<K, V, Hasher>;
pub type HashSet<T> = std::collections::HashSet<T, Hasher>;

/// FNV-1a, 64 bits.
#[cfg(any(target_arch = "wasm32", fuzzing))]
pub struct Fnv(u64);

#[cfg(any(target_arch = "wasm32", fuzzing))]
impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

#[cfg(any(target_arch = "wasm32", fuzzing))]
impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// A set of addresses (the values of one document that have an error). An
/// address is not chosen by whoever sends the data, so it needs no keyed hash:
/// one multiplication (Fibonacci hashing) spreads it, and its high half is
/// folded into the low bits the table indexes by (an aligned address ends in
/// zero bits, and so does its product).
#[cfg(not(target_arch = "wasm32"))]
pub type AddressSet<T> =
    std::collections::HashSet<*const T, std::hash::BuildHasherDefault<Address>>;

/// In WebAssembly the engine's one hasher (FNV-1a) serves: a second hasher
/// would be a second copy of the hash table's code in every download.
#[cfg(target_arch = "wasm32")]
pub type AddressSet<T> = HashSet<*const T>;

/// The hasher of [`AddressSet`]: for one `usize` only.
#[cfg(not(target_arch = "wasm32"))]
#[derive(Default)]
pub struct Address(u64);

#[cfg(not(target_arch = "wasm32"))]
impl std::hash::Hasher for Address {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        }
    }
    fn write_usize(&mut self, n: usize) {
        let x = (n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        self.0 = x ^ (x >> 32);
    }
}
