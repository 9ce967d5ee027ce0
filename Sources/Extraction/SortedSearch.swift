extension Array {
    /// In an array sorted by `key`, the first index whose key is at least
    /// `value` (`count` when none is): a binary search, so that looking up
    /// tokens and entities by offset stays logarithmic in a long article.
    func firstIndex(keyAtLeast value: Int, _ key: (Element) -> Int) -> Int {
        var lo = 0, hi = count
        while lo < hi {
            let mid = (lo + hi) / 2
            if key(self[mid]) < value { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
