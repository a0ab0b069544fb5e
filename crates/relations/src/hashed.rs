//! One feature hash for the trained decisions (`attach`):
//! FNV over a template tag and its parts, so a feature costs no allocation
//! and the same text gives the same hash on every platform (the committed
//! models depend on it: changing this function means retraining them).

use fnv::FnvHasher;
use std::hash::Hasher;

/// The hash of template `tag` with `parts`.
pub(crate) fn mix(tag: u8, parts: &[u64]) -> u64 {
    let mut h = FnvHasher::default();
    h.write_u8(tag);
    for p in parts {
        h.write_u64(*p);
    }
    h.finish()
}
