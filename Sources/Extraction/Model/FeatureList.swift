/// Where the feature templates (`NERFeatures`) write a token's hashes:
/// the trainer's growing array, or the tagger's `FeatureList`.
protocol FeatureSink {
    mutating func append(_ feature: UInt64)
    /// Empties it, keeping its room.
    mutating func clear()
}

extension Array: FeatureSink where Element == UInt64 {
    mutating func clear() { removeAll(keepingCapacity: true) }
}

/// A token's features in room the tagger set aside once per sentence. An
/// array's append asks the runtime whether its buffer is shared, a call
/// per feature (1.4% of extraction); here an append is a store.
struct FeatureList: FeatureSink {
    /// More than any token has: 64 observed features at most (every
    /// template, four neighbours each side from elsewhere in the article),
    /// four of tag history.
    static let capacity = 72

    private let room: UnsafeMutableBufferPointer<UInt64>
    private(set) var count = 0

    init(room: UnsafeMutableBufferPointer<UInt64>) { self.room = room }

    @inline(__always)
    mutating func append(_ feature: UInt64) {
        precondition(count < room.count, "more features than FeatureList.capacity")
        room[count] = feature
        count += 1
    }

    @inline(__always)
    mutating func clear() { count = 0 }

    var features: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(rebasing: room[0..<count]) }
}
