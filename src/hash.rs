//! The hash maps and sets of the engine (duplicate keys, unique items, error
//! paths, live deltas). Natively std's SipHash with random keys: a service's
//! clients choose the keys, so collisions must not be predictable. In
//! WebAssembly std has no randomness and uses fixed SipHash keys, so nothing
//! is lost by FNV-1a there, which is much smaller code.

#[cfg(not(target_arch = "wasm32"))]
pub type Hasher = std::collections::hash_map::RandomState;

#[cfg(target_arch = "wasm32")]
pub type Hasher = std::hash::BuildHasherDefault<Fnv>;

pub type HashMap<K, V> = std::collections::HashMap<K, V, Hasher>;
pub type HashSet<T> = std::collections::HashSet<T, Hasher>;

/// FNV-1a, 64 bits.
#[cfg(target_arch = "wasm32")]
pub struct Fnv(u64);

#[cfg(target_arch = "wasm32")]
impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

#[cfg(target_arch = "wasm32")]
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
