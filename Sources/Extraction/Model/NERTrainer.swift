/// Trains the recogniser: an averaged linear model over greedy
/// left-to-right decoding (Collins 2002), learnt with passive-aggressive
/// updates, with lazy averaging. Deterministic: the same data and epochs
/// give the same bytes.
public struct NERTrainer: Sendable {
    /// One training document: its sentences with their gold tags, and what
    /// the document says about its words. Where the data is coarser than
    /// the tag set (CoNLL-2003's LOC may be a GPE, a LOC or a FAC), a
    /// token's gold is a set of tags, as a bit mask: any of them is right.
    public struct Example: Sendable {
        let sentences: [NERSentence]
        let allowed: [[UInt64]]
        let document: NERDocument

        init(sentences: [NERSentence], gold: [[NERTag]], document: NERDocument) {
            self.init(sentences: sentences, allowed: gold.map { $0.map(\.bit) }, document: document)
        }

        init(sentences: [NERSentence], allowed: [[UInt64]], document: NERDocument) {
            self.sentences = sentences
            self.allowed = allowed
            self.document = document
        }

        /// The gold tags where each token has one (the lowest where it has several).
        var gold: [[NERTag]] { allowed.map { $0.map { NERTag(rawValue: UInt8($0.trailingZeroBitCount)) } } }

        public var sentenceCount: Int { sentences.count }
    }

    let tags: NERTagSet
    private var index: [UInt64: Int] = [:]
    private var w: [Float] = []
    private var totals: [Double] = []
    private var stamps: [Int] = []
    private var step = 0
    /// The scores of the token being learnt, one per tag (reused).
    private var scores: [Float] = []
    /// The largest step an update may take (PA-I's C).
    public let aggressiveness: Float
    /// The share of a token's features (all but the bias) each step leaves
    /// out, both when it guesses and when it updates: the weights cannot
    /// lean on one feature (the word itself) always being there, as on
    /// news the model has not seen it often is not. The rest count
    /// `1 / (1 - dropout)` each, so the scores keep their size at run time,
    /// when every feature counts 1 (inverted dropout; without it the model
    /// trained at 0.1 found more and wrong entities). At 0.1 with 9 epochs,
    /// against none with 9: development.conll 0.8576 -> 0.8603, `eng.testa`
    /// 0.903 -> 0.909, and with a second seed 0.8587 -> 0.8595, 0.900 -> 0.904.
    public let dropout: Float
    /// The features of the step being learnt, once some are left out (reused).
    private var kept: [UInt64] = []

    public init(types: [String], aggressiveness: Float = 0.01, dropout: Float = 0) {
        tags = NERTagSet(types: types)
        self.aggressiveness = aggressiveness
        self.dropout = min(max(dropout, 0), 0.9)
    }

    /// Passes over `examples`' sentences, each epoch in an order shuffled
    /// with a fixed LCG (Fisher-Yates) from `seed`: reproducible.
    public mutating func train(_ examples: [Example], epochs: Int, seed: UInt64 = 0x5EED) {
        // Documents in a shuffled order, each one's sentences in its own
        // order: the prediction history (`NERMemory`) is built as at run
        // time. (Sentences shuffled across documents, each document's still
        // in order, scored lower: development.conll 0.8536 -> 0.8518.)
        var order = Array(examples.indices)
        var rng = seed
        var features: [UInt64] = []
        var guesses: [NERTag] = []
        for _ in 0..<epochs {
            for i in stride(from: order.count - 1, to: 0, by: -1) {
                rng = rng &* 6364136223846793005 &+ 1442695040888963407
                order.swapAt(i, Int((rng >> 33) % UInt64(i + 1)))
            }
            for d in order {
                let ex = examples[d]
                var memory = NERMemory()
                for (k, sentence) in ex.sentences.enumerated() {
                    var p1 = NERTag.o, p2 = NERTag.o
                    guesses.removeAll(keepingCapacity: true)
                    for i in sentence.words.indices {
                        NERFeatures.observed(sentence, i, document: ex.document, memory: memory, into: &features)
                        NERFeatures.history(sentence, i, p1, p2, into: &features)
                        let guess = learn(features, allowed: ex.allowed[k][i], after: p1)
                        guesses.append(guess)
                        p2 = p1
                        p1 = guess
                    }
                    memory.record(sentence, guesses)
                }
            }
        }
    }

    /// One step: the guess from `features` (or those `dropout` keeps), and
    /// on a mistake the update towards the best-scoring allowed tag (that
    /// may follow `p1`, if any may).
    private mutating func learn(_ all: [UInt64], allowed: UInt64, after p1: NERTag) -> NERTag {
        let n = tags.count
        // The value of every feature but the first, the bias.
        var value: Float = 1
        if dropout > 0 {
            // Which are left out is a hash of the feature and the step:
            // reproducible, and no generator shared by the mixed models.
            let limit = UInt64(Double(UInt64.max) * Double(dropout))
            let salt = UInt64(step) &* 0x9E37_79B9_7F4A_7C15
            kept.removeAll(keepingCapacity: true)
            if let bias = all.first { kept.append(bias) }
            for f in all.dropFirst() where FeatureHash.mix(f ^ salt) >= limit { kept.append(f) }
            value = 1 / (1 - dropout)
        }
        let features = dropout > 0 ? kept : all
        if scores.count != n { scores = [Float](repeating: 0, count: n) }
        let guess = scores.withUnsafeMutableBufferPointer { scores in
            for c in 0..<n { scores[c] = 0 }
            w.withUnsafeBufferPointer { w in
                for (j, f) in features.enumerated() {
                    let v: Float = j == 0 ? 1 : value
                    if let k = index[f] { for c in 0..<n { scores[c] += v * w[k * n + c] } }
                }
            }
            return TagScores.best(UnsafeBufferPointer(scores), count: n, after: p1)
        }
        step += 1
        if allowed & guess.bit == 0 {
            let gold = scores.withUnsafeBufferPointer { Self.bestAllowed($0, allowed, after: p1) }
            // Passive-aggressive (PA-I, Crammer et al. 2006): the step that
            // just puts gold a margin of 1 above the guess, at most
            // `aggressiveness`. Against the plain perceptron's step of 1:
            // eng.testa 0.8977 -> 0.9166 on its own tokens. The margin
            // moves by the step times the features' squared norm.
            let loss = scores[Int(guess.rawValue)] - scores[Int(gold.rawValue)] + 1
            let norm = 1 + Float(max(features.count - 1, 0)) * value * value
            let delta = min(aggressiveness, loss / (2 * norm))
            for (j, f) in features.enumerated() {
                let v: Float = j == 0 ? 1 : value
                let k = slot(f)
                update(k, gold, delta * v)
                update(k, guess, -delta * v)
            }
        }
        return guess
    }

    static func bestAllowed(_ scores: UnsafeBufferPointer<Float>, _ allowed: UInt64, after p1: NERTag) -> NERTag {
        var best: NERTag?, fallback: NERTag?
        var bits = allowed
        while bits != 0 {
            let t = NERTag(rawValue: UInt8(bits.trailingZeroBitCount))
            bits &= bits - 1
            if fallback.map({ scores[Int(t.rawValue)] > scores[Int($0.rawValue)] }) ?? true { fallback = t }
            if t.canFollow(p1), best.map({ scores[Int(t.rawValue)] > scores[Int($0.rawValue)] }) ?? true { best = t }
        }
        return best ?? fallback ?? .o
    }

    private mutating func slot(_ f: UInt64) -> Int {
        if let k = index[f] { return k }
        let k = index.count
        index[f] = k
        w.append(contentsOf: repeatElement(0, count: tags.count))
        totals.append(contentsOf: repeatElement(0, count: tags.count))
        stamps.append(contentsOf: repeatElement(0, count: tags.count))
        return k
    }

    private mutating func update(_ k: Int, _ tag: NERTag, _ delta: Float) {
        let i = k * tags.count + Int(tag.rawValue)
        totals[i] += Double(step - stamps[i]) * Double(w[i])
        stamps[i] = step
        w[i] += delta
    }

    /// Lower-case words and marks that open an entity at least `minimum`
    /// times in `examples`, and at least `share` of the times they occur
    /// (`two`, `last`, `about`, `$`; not `,` or `and`, which open a few
    /// odd spans and stand everywhere else): the tagger scores these where
    /// it passes over every other such word.
    public static func openers(_ examples: [Example], minimum: Int = 2, share: Double = 0.01) -> Set<UInt64> {
        var opens: [UInt64: Int] = [:], occurs: [UInt64: Int] = [:]
        for ex in examples {
            for (s, allowed) in zip(ex.sentences, ex.allowed) {
                for i in s.words.indices where s.token[i].shape.plainlyOutside {
                    occurs[s.token[i].lower, default: 0] += 1
                    if allowed[i] & NERTag.o.bit == 0, allowed[i] & NERTag.beginBits != 0 { opens[s.token[i].lower, default: 0] += 1 }
                }
            }
        }
        return Set(opens.filter { $0.value >= minimum && Double($0.value) >= share * Double(occurs[$0.key] ?? 0) }.keys)
    }

    /// Weights below this are dropped from a written model. Trained with
    /// dropout, 0.0125 keeps 250,601 features where 0.01 kept 295,011,
    /// for the same scores (development.conll 0.8603 -> 0.8605, newswire
    /// 3 fewer entities found and 10 fewer false, `eng.testa` 0.909 ->
    /// 0.908); 0.015 (215,312) lost on `eng.testa` (0.905). Before dropout,
    /// 0.015 scored lower on the development articles, 0.007 no higher.
    public static let defaultPrune: Float = 0.0125

    /// The averaged weights, serialised (a mix of one).
    public func modelBytes(openers: Set<UInt64>, pruneBelow: Float = NERTrainer.defaultPrune) -> [UInt8] {
        Self.mixedModelBytes([self], openers: openers, pruneBelow: pruneBelow)
    }

    /// Several trainers' averaged weights, averaged again (parameter mixing).
    public static func mixedModelBytes(_ trainers: [NERTrainer], openers: Set<UInt64>, pruneBelow: Float = NERTrainer.defaultPrune) -> [UInt8] {
        guard let tags = trainers.first?.tags else { return [] }
        var table: [UInt64: [Float]] = [:]
        for t in trainers {
            for (f, w) in t.averagedWeights() {
                var sum = table[f] ?? [Float](repeating: 0, count: tags.count)
                for c in 0..<tags.count { sum[c] += w[c] / Float(trainers.count) }
                table[f] = sum
            }
        }
        return NERModel.serialize(table, tags: tags, openers: openers, pruneBelow: pruneBelow)
    }

    func averagedWeights() -> [UInt64: [Float]] {
        var table: [UInt64: [Float]] = [:]
        table.reserveCapacity(index.count)
        let n = tags.count
        for (f, k) in index {
            var avg = [Float](repeating: 0, count: n)
            for c in 0..<n {
                let i = k * n + c
                let total = totals[i] + Double(step - stamps[i]) * Double(w[i])
                avg[c] = Float(total / Double(max(step, 1)))
            }
            table[f] = avg
        }
        return table
    }

    public var featureCount: Int { index.count }
}
