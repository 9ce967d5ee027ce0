/// The feature templates of the learned recogniser: the word and its
/// neighbours, shapes, affixes, capitalisation in context, lexicon
/// membership, frequency in English and name lists (`WordFacts`), what the
/// rest of the article says about the word (`NERDocument`), and the
/// previous tags.
enum NERFeatures {
    /// Tag-independent features of token `i`, as hashes.
    static func observed(_ s: NERSentence, _ i: Int, document: NERDocument, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        func add(_ t: UInt8, _ v: String) {
            var h = FeatureHash(t)
            h.mix(v)
            out.append(h.value)
        }
        func add(_ t: UInt8, _ a: String, _ b: String) {
            var h = FeatureHash(t)
            h.mix(a)
            h.mix(b)
            out.append(h.value)
        }
        let n = s.words.count
        let w = s.words[i], l = s.lowers[i], shape = s.shapes[i]
        func word(_ k: Int) -> String { k < 0 ? "<s>" : (k >= n ? "</s>" : s.lowers[k]) }
        func shp(_ k: Int) -> String { k < 0 ? "<s>" : (k >= n ? "</s>" : s.shapes[k]) }
        add(0, "bias")
        add(1, w)
        add(2, l)
        add(3, shape)
        // Affixes by UTF-8 bytes: no string is built.
        let bytes = l.utf8
        for k in 1...4 where bytes.count >= k {
            var p = FeatureHash(4 + UInt8(k))
            p.mix(bytes: bytes.prefix(k))
            out.append(p.value)
            var q = FeatureHash(9 + UInt8(k))
            q.mix(bytes: bytes.suffix(k))
            out.append(q.value)
        }
        add(14, word(i - 1))
        add(15, word(i + 1))
        add(16, word(i - 2))
        add(17, word(i + 2))
        add(18, word(i - 1), l)
        add(19, l, word(i + 1))
        add(20, shp(i - 1), shape)
        add(21, shape, shp(i + 1))
        add(22, shp(i - 1), shp(i + 1))
        add(23, s.gazetteer[i])
        add(24, s.gazetteer[i], shape)
        add(25, i > 0 ? s.gazetteer[i - 1] : "<s>")
        add(26, i + 1 < n ? s.gazetteer[i + 1] : "</s>")
        // Capitalisation in context: first word, headline in capitals, and
        // whether the article also writes this word in lower case.
        let position = i == 0 ? "first" : "inner"
        add(27, position, shape)
        if s.allCaps { add(28, "caps", l) }
        let alsoLower = document.lowercase.contains(l)
        add(29, alsoLower ? "lower-elsewhere" : "never-lower", position + shape)
        if w.contains("-") { add(30, "hyphen", shape) }
        // Frequency in English and name lists, here and next door.
        add(53, s.facts[i], shape)
        add(54, s.facts[i], position + shape)
        add(55, i > 0 ? s.facts[i - 1] : "<s>", s.facts[i])
        add(56, s.facts[i], i + 1 < n ? s.facts[i + 1] : "</s>")
        add(31, word(i - 1), shape)
        add(32, shape, word(i + 1))
        // The same word elsewhere in the article: its neighbours there, and
        // whether it sits inside a longer name.
        if let c = document.context[w] {
            for b in c.before { add(50, b) }
            for a in c.after { add(51, a) }
            let flags = (c.continuesName ? "c" : "-") + (c.startsName ? "s" : "-") + (c.capitalizedInside ? "i" : "-")
            add(52, flags, position)
        }
    }

    /// Hashes of the tag-history features.
    static func history(_ s: NERSentence, _ i: Int, _ p1: NERTag, _ p2: NERTag, into out: inout [UInt64]) {
        var h1 = FeatureHash(40)
        h1.mix(p1.rawValue)
        out.append(h1.value)
        var h2 = FeatureHash(41)
        h2.mix(p1.rawValue)
        h2.mix(p2.rawValue)
        out.append(h2.value)
        var h3 = FeatureHash(42)
        h3.mix(p1.rawValue)
        h3.mix(s.lowers[i])
        out.append(h3.value)
        var h4 = FeatureHash(43)
        h4.mix(p1.rawValue)
        h4.mix(s.shapes[i])
        out.append(h4.value)
    }
}
