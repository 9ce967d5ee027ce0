import CSystemd
#if canImport(Glibc)
import Glibc
#endif

/// Sends structured entries to the systemd journal with
/// `sd_journal_sendv` (the variadic `sd_journal_send` cannot be called
/// from Swift). Repeated field names are allowed and are how journald
/// stores many values (one `BYLINE_ENTITY=` per entity).
public struct Journald: Sendable {
    public init() {}

    /// Returns the negative errno on failure, 0 on success.
    @discardableResult
    public func send(_ fields: [JournaldField]) -> Int32 {
        let buffers: [[UInt8]] = fields.map { Array($0.name.utf8) + [UInt8(ascii: "=")] + $0.value }
        return withIOVecs(buffers) { iov in sd_journal_sendv(iov, Int32(buffers.count)) }
    }

    /// Lays the buffers out in one allocation, so every iovec's pointer
    /// stays valid for the duration of the call.
    private func withIOVecs(_ buffers: [[UInt8]], _ body: (UnsafePointer<iovec>) -> Int32) -> Int32 {
        var vecs: [iovec] = []
        vecs.reserveCapacity(buffers.count)
        var result: Int32 = 0
        let total = buffers.reduce(0) { $0 + $1.count }
        var flat = [UInt8]()
        flat.reserveCapacity(total)
        var offsets: [(Int, Int)] = []
        for b in buffers {
            offsets.append((flat.count, b.count))
            flat.append(contentsOf: b)
        }
        flat.withUnsafeMutableBytes { raw in
            for (o, n) in offsets {
                vecs.append(iovec(iov_base: raw.baseAddress.map { $0 + o }, iov_len: n))
            }
            result = vecs.withUnsafeBufferPointer { body($0.baseAddress!) }
        }
        return result
    }
}
