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
        let count = model.tags.count
        for i in s.words.indices {
            // Outside an entity, a lower-case word or a mark that opens none
            // in the training data (`said`, `the`, `,`) is O without
            // scoring: most of a news text, and where the recogniser's
            // speed comes from.
            if p1 == .o, s.shape[i].plainlyOutside, !model.openers.contains(s.lower[i]) {
                tags.append(.o)
                p2 = p1
                continue
            }
            NERFeatures.observed(s, i, document: document, into: &features)
            NERFeatures.history(s, i, p1, p2, into: &features)
            let t = model.score(features).best(of: count, after: p1)
            tags.append(t)
            p2 = p1
            p1 = t
        }
        return tags
    }
}
