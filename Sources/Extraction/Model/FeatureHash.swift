/// Feature hashing for the learned recogniser. Each string a template reads
/// (a word, its lower case, its shape, ...) is hashed once per token; a
/// feature is then its template number and one or two of those hashes,
/// combined in a few multiplications, so scoring a token builds no string
/// and hashes no byte twice.
enum FeatureHash {
    /// FNV-1a over the bytes, finished with a mixer so the low bits (the
    /// model's table index) depend on every byte.
    @inline(__always)
    static func of<S: Sequence<UInt8>>(bytes: S) -> UInt64 {
        var h = basis
        for b in bytes { h = fold(h, b) }
        return finish(h)
    }

    /// The same hash a byte at a time, for readers that hash as they scan
    /// (`LinkedTable`): start from `basis`, `fold` each byte, `finish`.
    static let basis: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func fold(_ h: UInt64, _ byte: UInt8) -> UInt64 { (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

    @inline(__always)
    static func finish(_ h: UInt64) -> UInt64 { mix(h) }

    @inline(__always)
    static func of(_ s: String) -> UInt64 {
        var s = s
        return s.withUTF8 { of(bytes: $0) }
    }

    /// A small value (a flag set, a code) as a hash of its own.
    @inline(__always)
    static func of(code: Int) -> UInt64 { mix(UInt64(truncatingIfNeeded: code) &+ 0x9E37_79B9_7F4A_7C15) }

    /// A feature: template `t` over one value.
    @inline(__always)
    static func feature(_ t: UInt8, _ a: UInt64) -> UInt64 {
        mix(a ^ (UInt64(t) &* 0xD6E8_FEB8_6659_FD93))
    }

    /// A feature: template `t` over two values (order matters).
    @inline(__always)
    static func feature(_ t: UInt8, _ a: UInt64, _ b: UInt64) -> UInt64 {
        mix(a ^ (UInt64(t) &* 0xD6E8_FEB8_6659_FD93) ^ ((b << 29) | (b >> 35)) &* 0x9E37_79B9_7F4A_7C15)
    }

    /// The MurmurHash3 finaliser: every input bit reaches every output bit.
    @inline(__always)
    static func mix(_ x: UInt64) -> UInt64 {
        var z = x
        z = (z ^ (z >> 33)) &* 0xff51_afd7_ed55_8ccd
        z = (z ^ (z >> 33)) &* 0xc4ce_b9fe_1a85_ec53
        return z ^ (z >> 33)
    }
}
