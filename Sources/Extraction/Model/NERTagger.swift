/// Tags sentences with the learned model, left to right, each decision
/// seeing the two tags before it, I- tags only where they may follow.
///
/// A beam of the `width` best tag sequences so far is kept (greedy
/// decoding is width 1): a number's or an organisation's type is often
/// settled only words later (`more than 30 [%]`, `Agriculture and
/// Forestry Department`), and a beam keeps the alternatives open until
/// then. Sequences that end in the same two tags have the same future, so
/// only the best of them is kept.
public struct NERTagger: Sendable {
    public let model: NERModel
    /// The word tables the model's features were trained with.
    public let tables: WordTables
    public let width: Int

    public static let defaultWidth = 4
    public static let defaultMargin: Float = 0.5

    /// The words whose word before is scored even where it opens no
    /// entity in the training data: the numeric grammar's periods,
    /// placing words, ordinals and counts (`year`, `last`, `first`,
    /// `two`, `dozens`). Passing over `that` in `that year` and `its` in
    /// `its 10th year` left the tagger `[year]`; scored, the development
    /// newswire found 10 more entities and 1 more false one, DATE 0.913 ->
    /// 0.915. These words are about 1 in 50 of a news text; scoring every
    /// word instead found 13 more and 3 more false, 12% slower.
    private static let timeWords = WordSet(
        Array(NumericGrammar.periods) + Array(NumericGrammar.relative) + Array(NumericGrammar.ordinals)
            + Array(NumericGrammar.numberWords.keys) + Array(NumericGrammar.vagueCounts))

    /// Sequences further than this below the best are dropped (0.5 in the
    /// weights' units, held in the model's quantised ones): where one
    /// reading is plain, the beam narrows to it, and a lower-case word
    /// after it is passed over unscored (development newswire 0.875 either
    /// way, words per second about doubled).
    let margin: Int64

    /// Per previous tag, the tags that may follow it, ascending (O, every
    /// B, and I and L of its type after a B or I): one flat list, with
    /// where each previous tag's part starts. The beam asks each
    /// hypothesis's 19 to 21 of them rather than all 55 with `canFollow`:
    /// that loop had as many steps as all the feature lookups together.
    private let followers: [UInt8]
    private let followersStart: [Int]

    /// Per pair of previous tags (`TagScores.lanes` per pair, the last
    /// tag's index first), the weights of the features that read nothing
    /// else (`NERFeatures.transitions`), added up at load. They have a
    /// weight for most tags: read from the model at every hypothesis of
    /// every word, they were half its additions (eng.testa in process
    /// 2.5% faster without them).
    private let transitionScores: [Int32]
    /// The bias feature's weights (`NERFeatures.biasFeature`), which every
    /// scored word starts from: a weight for every tag.
    private let biasScores: [Int32]

    public init(model: NERModel, tables: WordTables = .builtin, width: Int = NERTagger.defaultWidth,
                margin: Float = NERTagger.defaultMargin) {
        self.model = model
        self.tables = tables
        self.width = max(1, width)
        // In the model's units, bounded so that no margin a caller gives
        // overflows (scores are sums of Int32s).
        let units = Double(max(0, margin.isNaN ? 0 : margin)) / Double(model.scale)
        self.margin = units < Double(Int64.max / 4) ? Int64(units) : Int64.max / 4
        var followers: [UInt8] = [], starts: [Int] = []
        for p in model.tags.all {
            starts.append(followers.count)
            for t in model.tags.all where t.canFollow(p) { followers.append(t.rawValue) }
        }
        starts.append(followers.count)
        self.followers = followers
        followersStart = starts
        let count = model.tags.count, lanes = TagScores.lanes
        var transitionScores = [Int32](repeating: 0, count: count * count * lanes)
        var features: [UInt64] = []
        transitionScores.withUnsafeMutableBufferPointer { all in
            for p1 in model.tags.all {
                for p2 in model.tags.all {
                    features.clear()
                    NERFeatures.transitions(p1, p2, into: &features)
                    let at = (Int(p1.rawValue) * count + Int(p2.rawValue)) * lanes
                    model.score(features, into: UnsafeMutableBufferPointer(rebasing: all[at..<(at + lanes)]))
                }
            }
        }
        self.transitionScores = transitionScores
        var biasScores = [Int32](repeating: 0, count: lanes)
        biasScores.withUnsafeMutableBufferPointer { model.score([NERFeatures.biasFeature], into: $0) }
        self.biasScores = biasScores
    }

    /// One sequence of the beam: its score, its last two tags, and where
    /// its last tag is in `Trail` (or, while only a candidate, the node it
    /// extends, its own tag not yet written).
    private struct Hypothesis {
        var score: Int64
        var p1: NERTag
        var p2: NERTag
        var node: Int
        var written = true
    }

    /// Every tag each hypothesis chose, with the node it extended.
    private struct Trail {
        var tags: FixedList<NERTag>
        var parents: FixedList<Int>

        mutating func add(_ tag: NERTag, after parent: Int) -> Int {
            tags.append(tag)
            parents.append(parent)
            return tags.count - 1
        }

        func sequence(endingAt node: Int, length: Int) -> [NERTag] {
            var out = [NERTag](repeating: .o, count: length)
            var n = node
            var i = length - 1
            while n >= 0, i >= 0 {
                out[i] = tags[n]
                n = parents[n]
                i -= 1
            }
            return out
        }
    }

    /// Tags an article's sentences in order, each seeing what was decided
    /// in the ones before it (`NERMemory`).
    func tag(_ sentences: [NERSentence], document: NERDocument) -> [[NERTag]] {
        var memory = NERMemory()
        return sentences.map { s in
            let tags = tag(s, document: document, memory: memory)
            memory.record(s, tags)
            return tags
        }
    }

    private func tag(_ s: NERSentence, document: NERDocument, memory: NERMemory) -> [NERTag] {
        // Room for the beam (at most `width` hypotheses, and one per pair of
        // last tags), the candidates (each hypothesis's best tags, at most
        // `width` of them, or its one O), and every node of the trail (per
        // word, one per hypothesis passed over and one per candidate kept).
        let count = model.tags.count
        let kept = min(width, count * count)
        let candidates = kept * min(width, count)
        let nodes = 2 * kept * max(1, s.words.count)
        return withUnsafeTemporaryAllocation(of: Hypothesis.self, capacity: kept + candidates) { hypotheses in
            withUnsafeTemporaryAllocation(of: NERTag.self, capacity: nodes) { tags in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: nodes) { parents in
                    var beam = FixedList(room: UnsafeMutableBufferPointer(rebasing: hypotheses[0..<kept]))
                    var next = FixedList(room: UnsafeMutableBufferPointer(rebasing: hypotheses[kept...]))
                    var trail = Trail(tags: FixedList(room: tags), parents: FixedList(room: parents))
                    return decode(s, document: document, memory: memory, beam: &beam, next: &next, trail: &trail)
                }
            }
        }
    }

    /// The beam search over one sentence, in the room `tag` set aside.
    private func decode(_ s: NERSentence, document: NERDocument, memory: NERMemory, beam: inout FixedList<Hypothesis>,
                        next: inout FixedList<Hypothesis>, trail: inout Trail) -> [NERTag] {
        let count = model.tags.count
        beam.append(Hypothesis(score: 0, p1: .o, p2: .o, node: -1))
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: 2 * FeatureList.capacity) { room in
            var observed = FeatureList(room: UnsafeMutableBufferPointer(rebasing: room[0..<FeatureList.capacity]))
            var history = FeatureList(room: UnsafeMutableBufferPointer(rebasing: room[FeatureList.capacity...]))
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: 2 * TagScores.lanes) { buffer in
                let base = UnsafeMutableBufferPointer(rebasing: buffer[0..<TagScores.lanes])
                let scores = UnsafeMutableBufferPointer(rebasing: buffer[TagScores.lanes...])
                for i in s.words.indices {
                    // Outside an entity (after O, or after an L that closed
                    // one), a lower-case word or a mark that opens none in the
                    // training data (`said`, `the`, `,`) is O without scoring:
                    // most of a news text, and where the recogniser's speed
                    // comes from. Scores count against O's, so a word
                    // passed over adds 0 like any O.
                    // But a word before a time word or a count is scored
                    // (`that year`, `its first year`, `other days`): a date
                    // often opens on a word that opens none elsewhere.
                    let passable = s.token[i].shape.plainlyOutside && !model.openerIndex[hash: s.token[i].lower]
                        && !(i + 1 < s.words.count && s.token[i + 1].shape.first == .lower
                            && Self.timeWords.contains(s.lowers[i + 1], hash: s.token[i + 1].lower))
                    next.removeAll()
                    var observedDone = false
                    for b in 0..<beam.count {
                        let h = beam[b]
                        if passable, h.p1.closes {
                            next.append(Hypothesis(score: h.score, p1: .o, p2: h.p1, node: trail.add(.o, after: h.node)))
                            continue
                        }
                        if !observedDone {
                            NERFeatures.observed(s, i, document: document, memory: memory, into: &observed)
                            for c in 0..<count { base[c] = biasScores[c] }
                            model.score(observed.features.dropFirst(), into: base)
                            observedDone = true
                        }
                        history.clear()
                        NERFeatures.historyWithWord(s, i, h.p1, into: &history)
                        let pair = (Int(h.p1.rawValue) * count + Int(h.p2.rawValue)) * TagScores.lanes
                        transitionScores.withUnsafeBufferPointer { t in
                            for c in 0..<count { scores[c] = base[c] &+ t[pair + c] }
                        }
                        model.score(history.features, into: scores)
                        if width == 1 {
                            let t = TagScores.best(UnsafeBufferPointer(scores), count: count, after: h.p1)
                            next.append(Hypothesis(score: 0, p1: t, p2: h.p1, node: trail.add(t, after: h.node)))
                            continue
                        }
                        // Only this hypothesis's `width` best tags can make the beam.
                        let o = Int64(scores[0])
                        let first = next.count
                        let p = Int(h.p1.rawValue)
                        for f in followersStart[p]..<followersStart[p + 1] {
                            let t = NERTag(rawValue: followers[f])
                            let score = h.score + Int64(scores[Int(t.rawValue)]) - o
                            if next.count - first == width {
                                guard score > next[next.count - 1].score else { continue }
                                next.removeLast()
                            }
                            var k = next.count
                            next.append(Hypothesis(score: score, p1: t, p2: h.p1, node: h.node, written: false))
                            while k > first, next[k - 1].score < score {
                                next.swapAt(k - 1, k)
                                k -= 1
                            }
                        }
                    }
                    Self.prune(&next, width: width, margin: margin, trail: &trail, into: &beam)
                }
            }
        }
        guard let best = beam.first else { return [] }
        return trail.sequence(endingAt: best.node, length: s.words.count)
    }

    /// The `width` best hypotheses into `kept`, one per pair of last tags,
    /// best first; each new one's tag written to the trail. The lists are
    /// the caller's, reused word after word: a copy and a new array per
    /// word were 2% of extraction.
    private static func prune(_ candidates: inout FixedList<Hypothesis>, width: Int, margin: Int64, trail: inout Trail,
                              into kept: inout FixedList<Hypothesis>) {
        // Best first, ties in their order.
        candidates.sort { $0.score > $1.score }
        kept.removeAll()
        for i in 0..<candidates.count {
            var c = candidates[i]
            if let best = kept.first, c.score < best.score - margin { break }
            guard !kept.contains(where: { $0.p1 == c.p1 && $0.p2 == c.p2 }) else { continue }
            if !c.written {
                c.node = trail.add(c.p1, after: c.node)
                c.written = true
            }
            kept.append(c)
            if kept.count == width { break }
        }
    }
}
