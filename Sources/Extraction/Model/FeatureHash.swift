/// FNV-1a hashing of feature strings: a feature is a template number and
/// a value, hashed to 64 bits without building the string.
struct FeatureHash {
    private(set) var value: UInt64

    init(_ template: UInt8) {
        value = 0xcbf2_9ce4_8422_2325
        mix(template)
    }

    @inline(__always) mutating func mix(_ byte: UInt8) {
        value ^= UInt64(byte)
        value = value &* 0x0000_0100_0000_01B3
    }

    @inline(__always) mutating func mix(_ s: String) {
        for b in s.utf8 { mix(b) }
        mix(0xFF)
    }

    @inline(__always) mutating func mix<S: Sequence<UInt8>>(bytes: S) {
        for b in bytes { mix(b) }
        mix(0xFF)
    }

    @inline(__always) mutating func mix(_ s: Substring) {
        for b in s.utf8 { mix(b) }
        mix(0xFF)
    }
}
