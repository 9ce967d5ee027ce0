import CModelData

/// The memory under `NERModel`'s slots: mapped on its own, starting on a
/// 2 MiB boundary, with transparent huge pages asked for. The table is
/// read at random, one lookup per feature of every scored word; in 4 KiB
/// pages its 9 MB span 2,300 pages, more than the TLB holds, so a lookup
/// that missed the cache usually missed the TLB as well.
///
/// `@unchecked Sendable`: `words` is written only by the `fill` closure
/// inside `init`, before the table can be shared; from then on it is only
/// read, from any thread, and freed in `deinit`.
final class WeightTable: @unchecked Sendable {
    let words: UnsafePointer<UInt64>
    let count: Int

    /// `count` words, zeroed, then handed to `fill`; nil when the memory
    /// cannot be mapped.
    init?(words count: Int, fill: (UnsafeMutableBufferPointer<UInt64>) -> Void) {
        guard let raw = byline_weight_table_alloc(count * 8) else { return nil }
        let table = raw.bindMemory(to: UInt64.self, capacity: count)
        fill(UnsafeMutableBufferPointer(start: table, count: count))
        words = UnsafePointer(table)
        self.count = count
    }

    deinit { byline_weight_table_free(UnsafeMutableRawPointer(mutating: words), count * 8) }
}
