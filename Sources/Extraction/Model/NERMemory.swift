/// What the recogniser has already decided about a word earlier in the
/// same article: the extended prediction history of Ratinov and Roth
/// (2009). A name's type is plainest where it is first written in full
/// (`the Cabinet Office said`) and ambiguous later (`Cabinet` opening a
/// sentence); the type it was given before is a feature where it stands
/// again.
///
/// Filled sentence by sentence, in the article's order, with the tags the
/// tagger chose (in training, the trainer's own guesses, so that the
/// feature is as reliable there as at run time). Words are held by their
/// as-written hashes (`NERSentence.TokenHashes.form`); only words that
/// are not plainly outside (capitalised, digits, marks) are kept;
/// lower-case words are not, even those the tagger scores (`two`, `last`).
struct NERMemory {
    /// Per word, how often each entity kind (0: none) was given to it.
    private var counts = HashMap<Counts>()

    /// Counts of the first few kinds a word received, in a fixed small
    /// store: the kinds are 0 (outside) to 18, and a word rarely gets more
    /// than two.
    struct Counts {
        var kinds: (UInt8, UInt8, UInt8) = (255, 255, 255)
        var seen: (UInt16, UInt16, UInt16) = (0, 0, 0)

        mutating func add(_ kind: Int) {
            let k = UInt8(kind)
            if kinds.0 == k || kinds.0 == 255 { kinds.0 = k; seen.0 &+= 1 }
            else if kinds.1 == k || kinds.1 == 255 { kinds.1 = k; seen.1 &+= 1 }
            else if kinds.2 == k || kinds.2 == 255 { kinds.2 = k; seen.2 &+= 1 }
        }

        /// The kind given most often (the earliest on a tie), and whether
        /// it was the only one.
        var majority: (kind: Int, unanimous: Bool) {
            var best = kinds.0, n = seen.0
            if seen.1 > n { best = kinds.1; n = seen.1 }
            if seen.2 > n { best = kinds.2; n = seen.2 }
            return (Int(best), seen.1 == 0)
        }
    }

    /// Records the tags chosen for `s`.
    mutating func record(_ s: NERSentence, _ tags: [NERTag]) {
        for (i, t) in zip(s.words.indices, tags) where !s.token[i].shape.plainlyOutside {
            var c = counts[s.token[i].form] ?? Counts()
            c.add(t.kind)
            counts[s.token[i].form] = c
        }
    }

    /// The feature value of word `i`'s history (nil: not seen before).
    func history(_ s: NERSentence, _ i: Int) -> UInt64? {
        guard let c = counts[s.token[i].form] else { return nil }
        let (kind, unanimous) = c.majority
        return FeatureHash.of(code: 0x300 + kind * 2 + (unanimous ? 1 : 0))
    }
}
