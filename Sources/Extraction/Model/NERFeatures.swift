/// The feature templates of the learned recogniser: the word and its
/// neighbours, shapes, affixes, capitalisation in context, lexicon
/// membership, frequency in English and name lists (`WordFacts`), word
/// clusters and Brown paths (`WordClusters`), what the
/// rest of the article says about the word (`NERDocument`), and the
/// previous tags. Every value is a hash `NERSentence` computed once.
enum NERFeatures {
    static let start = FeatureHash.of("<s>")
    static let end = FeatureHash.of("</s>")
    static let bias = FeatureHash.of("bias")
    /// A token's `fine` where our own clusters do not know the word.
    static let unclustered = FeatureHash.of(code: 0x3_0000 + Int(WordClusters.unknown.fine))

    /// The bias feature, which every scored token has: always the first of
    /// `observed` (the tagger adds its weights from a copy made at load).
    static let biasFeature = FeatureHash.feature(0, bias)

    /// Tag-independent features of token `i`, as hashes; `biasFeature`
    /// first.
    static func observed<Out: FeatureSink>(_ s: NERSentence, _ i: Int, document: NERDocument, memory: NERMemory, into out: inout Out) {
        out.clear()
        typealias F = FeatureHash
        let n = s.words.count
        let t = s.token[i]
        let l = t.lower, shape = t.shape.hash
        func word(_ k: Int) -> UInt64 { k < 0 ? start : (k >= n ? end : s.token[k].lower) }
        func shp(_ k: Int) -> UInt64 { k < 0 ? start : (k >= n ? end : s.token[k].shape.hash) }
        let previous = word(i - 1), next = word(i + 1)
        out.append(biasFeature)
        out.append(F.feature(1, t.form))
        out.append(F.feature(2, l))
        out.append(F.feature(3, shape))
        // Affixes by UTF-8 bytes, read in place: no string is built (and
        // the view's prefix and suffix cost 12 million instructions on
        // `eng.testa`, callgrind).
        // Two to four bytes: a one-byte affix measured no gain (development
        // newswire 0.871 -> 0.872 without it) and costs two lookups.
        var lower = s.lowers[i]
        lower.withUTF8 { bytes in
            for k in 2...4 where bytes.count >= k {
                out.append(F.feature(4 + UInt8(k), F.of(bytes: UnsafeBufferPointer(rebasing: bytes[0..<k]))))
                out.append(F.feature(9 + UInt8(k), F.of(bytes: UnsafeBufferPointer(rebasing: bytes[(bytes.count - k)...]))))
            }
        }
        out.append(F.feature(14, previous))
        out.append(F.feature(15, next))
        out.append(F.feature(16, word(i - 2)))
        out.append(F.feature(17, word(i + 2)))
        out.append(F.feature(18, previous, l))
        out.append(F.feature(19, l, next))
        out.append(F.feature(20, shp(i - 1), shape))
        out.append(F.feature(21, shape, shp(i + 1)))
        out.append(F.feature(22, shp(i - 1), shp(i + 1)))
        out.append(F.feature(23, t.gazetteer))
        out.append(F.feature(24, t.gazetteer, shape))
        out.append(F.feature(25, i > 0 ? s.token[i - 1].gazetteer : start))
        out.append(F.feature(26, i + 1 < n ? s.token[i + 1].gazetteer : end))
        // Capitalisation in context: first word, headline in capitals, and
        // whether the article also writes this word in lower case.
        let position = F.of(code: i == 0 ? 1 : 2)
        let positionedShape = F.feature(99, position, shape)
        out.append(F.feature(27, positionedShape))
        if s.allCaps { out.append(F.feature(28, l)) }
        let alsoLower = document.lowercase.contains(l)
        out.append(F.feature(29, F.of(code: alsoLower ? 3 : 4), positionedShape))
        if t.shape.hasHyphen { out.append(F.feature(30, shape)) }
        // Frequency in English and name lists, here and next door.
        let facts = t.facts
        out.append(F.feature(53, facts, shape))
        out.append(F.feature(54, facts, positionedShape))
        out.append(F.feature(55, i > 0 ? s.token[i - 1].facts : start, facts))
        out.append(F.feature(56, facts, i + 1 < n ? s.token[i + 1].facts : end))
        // Word clusters, here and next door.
        out.append(F.feature(62, t.coarse))
        out.append(F.feature(63, t.fine))
        out.append(F.feature(64, t.fine, shape))
        out.append(F.feature(65, i > 0 ? s.token[i - 1].coarse : start))
        out.append(F.feature(66, i + 1 < n ? s.token[i + 1].coarse : end))
        out.append(F.feature(67, i > 0 ? s.token[i - 1].fine : start, t.fine))
        out.append(F.feature(68, t.fine, i + 1 < n ? s.token[i + 1].fine : end))
        // Brown paths where our own clusters know nothing of the word,
        // here at four granularities and next door whole: most words the
        // labelled data never shows have one. Development.conll 0.8630 ->
        // 0.8638, newswire 16 fewer false, broadcast news 0.905 -> 0.907.
        // For every word instead, beside our clusters: 0.8631, newswire 13
        // fewer found, broadcast news 0.908, `eng.testa` 0.907 -> 0.904.
        if t.fine == unclustered {
            out.append(F.feature(73, brownHash(t.brown, 4)))
            out.append(F.feature(74, brownHash(t.brown, 6)))
            out.append(F.feature(75, brownHash(t.brown, 10)))
            out.append(F.feature(76, brownHash(t.brown, 16)))
        }
        if i > 0, s.token[i - 1].fine == unclustered { out.append(F.feature(77, brownHash(s.token[i - 1].brown, 16))) }
        if i + 1 < n, s.token[i + 1].fine == unclustered { out.append(F.feature(78, brownHash(s.token[i + 1].brown, 16))) }
        if t.nameTail != 0 {
            out.append(F.feature(69, t.nameTail))
            out.append(F.feature(70, t.nameNext))
            out.append(F.feature(71, t.nameTail, l))
            out.append(F.feature(72, t.nameRun))
        }
        let tail = t.numberTail
        if tail != 0 {
            out.append(F.feature(60, tail))
            out.append(F.feature(61, tail, shape))
        }
        out.append(F.feature(31, previous, shape))
        out.append(F.feature(32, shape, next))
        // The two words before, as a pair: whether a word opens an entity
        // or goes on with one often rests on both together (`after
        // spending [only 3 1/2 years]`, `from the [year-earlier
        // third-quarter]`), where each alone says little. Development
        // newswire +33 entities found and 32 fewer false (DATE 0.904 ->
        // 0.909), broadcast news 6 fewer found and 1 more false,
        // development.conll 0.8611 -> 0.8630; at 8 epochs the same way.
        out.append(F.feature(33, word(i - 2), previous))
        // The same word elsewhere in the article: its neighbours there, and
        // whether it sits inside a longer name.
        if let c = document.context[t.form] {
            for b in c.before { out.append(F.feature(50, b)) }
            for a in c.after { out.append(F.feature(51, a)) }
            out.append(F.feature(52, F.of(code: 0x100 + c.flags), position))
        }
        // What this word was tagged earlier in the article.
        if let h = memory.history(s, i) {
            out.append(F.feature(80, h))
            out.append(F.feature(81, h, shape))
        }
    }

    /// The first `bits` branches of a Brown path (16: the whole path, at
    /// most 15) as a hash; the prefix's leading 1 keeps prefixes of
    /// different lengths apart.
    @inline(__always)
    static func brownHash(_ path: UInt16, _ bits: Int) -> UInt64 {
        FeatureHash.of(code: 0x4_0000 + Int(WordClusters.brownPrefix(path, bits)))
    }

    /// Hashes of the tag-history features.
    static func history<Out: FeatureSink>(_ s: NERSentence, _ i: Int, _ p1: NERTag, _ p2: NERTag, into out: inout Out) {
        transitions(p1, p2, into: &out)
        historyWithWord(s, i, p1, into: &out)
    }

    /// The tag-history features of the two previous tags alone, the same
    /// at every word (`NERTagger` adds their weights up once per pair).
    static func transitions<Out: FeatureSink>(_ p1: NERTag, _ p2: NERTag, into out: inout Out) {
        typealias F = FeatureHash
        let t1 = tagHash(p1), t2 = tagHash(p2)
        out.append(F.feature(40, t1))
        out.append(F.feature(41, t1, t2))
    }

    /// The tag-history features that pair the previous tag with the word.
    static func historyWithWord<Out: FeatureSink>(_ s: NERSentence, _ i: Int, _ p1: NERTag, into out: inout Out) {
        typealias F = FeatureHash
        let t1 = tagHash(p1)
        out.append(F.feature(42, t1, s.token[i].lower))
        out.append(F.feature(43, t1, s.token[i].shape.hash))
    }

    @inline(__always)
    static func tagHash(_ t: NERTag) -> UInt64 { FeatureHash.of(code: 0x200 + Int(t.rawValue)) }
}
