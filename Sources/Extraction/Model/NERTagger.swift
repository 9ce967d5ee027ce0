/// Tags sentences with the learned model: greedy left to right, each
/// decision seeing the two before it, I- tags only where they may follow.
public struct NERTagger: Sendable {
    public let model: NERModel

    public init(model: NERModel) {
        self.model = model
    }

    func tag(_ s: NERSentence, document: NERDocument) -> [NERTag] {
        var tags: [NERTag] = []
        tags.reserveCapacity(s.words.count)
        var features: [UInt64] = []
        var p1 = NERTag.o, p2 = NERTag.o
        for i in s.words.indices {
            // Outside a name, a lower-case word or a punctuation mark does not
            // start one: tag it O without scoring (most of a news text; this
            // is where the recogniser's speed comes from).
            if p1 == .o, s.shape[i].plainlyOutside {
                tags.append(.o)
                p2 = p1
                continue
            }
            NERFeatures.observed(s, i, document: document, into: &features)
            NERFeatures.history(s, i, p1, p2, into: &features)
            let t = Self.best(model.score(features), after: p1)
            tags.append(t)
            p2 = p1
            p1 = t
        }
        return tags
    }

    /// The highest-scoring tag that may follow `previous` (ties: lowest tag).
    @inline(__always)
    static func best(_ scores: SIMD16<Float>, after previous: NERTag) -> NERTag {
        var best = NERTag.o
        var bestScore = -Float.infinity
        for t in NERTag.allCases where t.canFollow(previous) {
            if scores[Int(t.rawValue)] > bestScore {
                bestScore = scores[Int(t.rawValue)]
                best = t
            }
        }
        return best
    }
}
