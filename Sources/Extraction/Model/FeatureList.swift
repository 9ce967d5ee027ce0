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
typealias FeatureList = FixedList<UInt64>

extension FixedList: FeatureSink where Element == UInt64 {
    /// More than any token has: 64 observed features at most (every
    /// template, four neighbours each side from elsewhere in the article),
    /// four of tag history.
    static var capacity: Int { 72 }

    mutating func clear() { removeAll() }

    var features: UnsafeBufferPointer<UInt64> { elements }
}
