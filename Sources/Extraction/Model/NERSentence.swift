/// A sentence as the learned recogniser sees it: per token, the hashes of
/// the strings the feature templates read (word, lower case, shape,
/// lexicon tag, word facts), computed once, so features are combinations
/// of numbers.
struct NERSentence {
    var words: [String]
    var lowers: [String]
    var word: [UInt64]
    var lower: [UInt64]
    var shape: [TokenShape]
    /// Per token: the lexicon label of a name covering it, with its B/I
    /// position, as a hash (`Gazetteer.none` outside any name).
    var gazetteer: [UInt64]
    /// Per token: its frequency band and name flags (`WordFacts.code`).
    var facts: [UInt64]
    /// The whole sentence is in capitals (a headline): capitalisation says little.
    var allCaps: Bool
    /// Per token: the word after the number that starts here or within the
    /// next three tokens (`more than 30 [factories]`, `about 5 [%]`, `$ 3
    /// million [in]`), 0 where no number is near. A number's type is
    /// written after it, and greedy decoding must choose it at the first
    /// word.
    var numberTail: [UInt64]
    /// Per capitalised token: the last word of the run of capitalised words
    /// (and `of`, `and`, `for`, `the`, `&` between them) it stands in, and
    /// the word after the run, 0 elsewhere. A name's type is often in its
    /// last word (`Jiangsu Agriculture and Forestry [Department]`), which a
    /// left-to-right tagger reaches too late.
    var nameTail: [UInt64]
    var nameNext: [UInt64]
    /// Per capitalised token: its place in the run and the run's length
    /// (capped), with the word before the run (`the`, `Mr.`, `in`).
    var nameRun: [UInt64]
    /// Per token: its word clusters (`WordClusters`), coarse and fine, as
    /// hashes.
    var coarse: [UInt64]
    var fine: [UInt64]

    init(words: [String], lexicon: Lexicon, tables: WordTables = .builtin) {
        self.init(words: words, lowers: words.map { $0.lowercased() }, lexicon: lexicon, tables: tables)
    }

    /// From the tokenizer's tokens, whose lower case is already computed.
    /// Curly quotes and apostrophes are read as the straight ones the
    /// training text has (`Russia’s` is `Russia's`).
    init(tokens: ArraySlice<Token>, lexicon: Lexicon, tables: WordTables = .builtin) {
        var words: [String] = [], lowers: [String] = []
        words.reserveCapacity(tokens.count)
        lowers.reserveCapacity(tokens.count)
        for (k, t) in zip(tokens.indices, tokens) {
            if t.kind == .quote, let side = Self.quoteSide(tokens, k) {
                words.append(side)
                lowers.append(side)
            } else if t.text.utf8.contains(where: { $0 >= 0xE2 }) {
                words.append(Self.straightened(t.text))
                lowers.append(Self.straightened(t.lower))
            } else {
                words.append(t.text)
                lowers.append(t.lower)
            }
        }
        self.init(words: words, lowers: lowers, lexicon: lexicon, tables: tables)
    }

    /// A double quote as the Penn Treebank writes it, ``` `` ``` opening
    /// and `''` closing, by where it stands: one that touches the next
    /// word and not the previous opens (`"Gone`), others close. A quote
    /// that closes is no title's start; one that opens may be.
    static func quoteSide(_ tokens: ArraySlice<Token>, _ k: Int) -> String? {
        let text = tokens[k].text
        guard text == "\"" || text == "\u{201C}" || text == "\u{201D}" || text == "``" || text == "''" else { return nil }
        let touchesNext = k + 1 < tokens.endIndex && tokens[k + 1].start == tokens[k].end
        let touchesPrevious = k > tokens.startIndex && tokens[k - 1].end == tokens[k].start
        return touchesNext && !touchesPrevious ? "``" : "''"
    }

    /// `’` and `‘` as `'`, `“` `”` and `„` as `"`.
    static func straightened(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            switch u {
            case "\u{2018}", "\u{2019}": out.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}": out.append("\"")
            default: out.append(u)
            }
        }
        return String(out)
    }

    private init(words: [String], lowers: [String], lexicon: Lexicon, tables: WordTables) {
        self.words = words
        self.lowers = lowers
        word = words.map(FeatureHash.of)
        lower = lowers.map(FeatureHash.of)
        shape = words.map(TokenShape.init)
        let table = tables.facts
        facts = lower.map { FeatureHash.of(code: 0x1_0000 + table[hash: $0].code) }
        gazetteer = Self.gazetteer(words, shapes: shape, lexicon: lexicon)
        // Words with a cased letter, none of them lower case.
        var cased = 0, lowerCased = false
        for s in shape where s.hasUpper || s.hasLower {
            cased += 1
            if s.hasLower { lowerCased = true }
        }
        allCaps = cased >= 3 && !lowerCased
        numberTail = Self.numberTails(lower, shape)
        (nameTail, nameNext, nameRun) = Self.nameTails(lower, shape)
        var coarse: [UInt64] = [], fine: [UInt64] = []
        coarse.reserveCapacity(words.count)
        fine.reserveCapacity(words.count)
        for k in lowers.indices {
            let c = WordClusters.of(lower: lowers[k], hash: lower[k], in: tables.clusters)
            coarse.append(FeatureHash.of(code: 0x2_0000 + Int(c.coarse)))
            fine.append(FeatureHash.of(code: 0x3_0000 + Int(c.fine)))
        }
        self.coarse = coarse
        self.fine = fine
    }

    /// Number words, for `numberTail`.
    static let numberWords = HashIndex([
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "dozen", "half",
    ].map { (FeatureHash.of($0), true) }, absent: false)

    static let connectors = HashIndex(["of", "and", "for", "the", "&", "de", "'s"].map { (FeatureHash.of($0), true) }, absent: false)

    static func nameTails(_ lower: [UInt64], _ shape: [TokenShape]) -> (tail: [UInt64], next: [UInt64], run: [UInt64]) {
        let n = lower.count
        var tail = [UInt64](repeating: 0, count: n), next = [UInt64](repeating: 0, count: n), run = [UInt64](repeating: 0, count: n)
        let end = FeatureHash.of("</s>")
        var i = 0
        while i < n {
            guard shape[i].first == .upper else { i += 1; continue }
            // The run: capitalised words, connectors between them.
            var last = i, j = i + 1
            while j < n, j - i < 12 {
                if shape[j].first == .upper { last = j; j += 1 }
                else if connectors[hash: lower[j]], j + 1 < n, shape[j + 1].first == .upper || connectors[hash: lower[j + 1]] { j += 1 }
                else { break }
            }
            let after = last + 1 < n ? lower[last + 1] : end
            let previous = i > 0 ? lower[i - 1] : FeatureHash.of("<s>")
            for k in i...last where shape[k].first == .upper {
                tail[k] = lower[last]
                next[k] = after
                run[k] = FeatureHash.feature(73, FeatureHash.of(code: min(k - i, 3) * 16 + min(last - i, 5)), previous)
            }
            i = last + 1
        }
        return (tail, next, run)
    }

    static func numberTails(_ lower: [UInt64], _ shape: [TokenShape]) -> [UInt64] {
        let n = lower.count
        let hyphen = FeatureHash.of("-"), end = FeatureHash.of("</s>")
        func isNumber(_ k: Int) -> Bool { shape[k].hasDigit || numberWords[hash: lower[k]] }
        // The tail of the number run at each token, from the right.
        var tailAt = [UInt64](repeating: 0, count: n + 1)
        var k = n - 1
        while k >= 0 {
            if isNumber(k) {
                var j = k
                while j < n, isNumber(j) || (lower[j] == hyphen && j + 1 < n && isNumber(j + 1)) { j += 1 }
                let tail = j < n ? lower[j] : end
                for m in k..<j { tailAt[m] = tail }
                // Runs are found from their right end: step over this one.
                var start = k
                while start > 0, isNumber(start - 1) || lower[start - 1] == hyphen { start -= 1 }
                for m in start..<j { tailAt[m] = tail }
                k = start - 1
            } else {
                k -= 1
            }
        }
        var out = [UInt64](repeating: 0, count: n)
        for i in 0..<n {
            for j in i..<min(n, i + 4) where tailAt[j] != 0 {
                out[i] = tailAt[j]
                break
            }
        }
        return out
    }

    /// The hashes lexicon tags take (`B-GPE`, `I-ORG`, none).
    enum Gazetteer {
        static let none = FeatureHash.of("")
        static let begin: [UInt64] = EntityLabel.allCases.map { FeatureHash.of("B-" + $0.rawValue) }
        static let inside: [UInt64] = EntityLabel.allCases.map { FeatureHash.of("I-" + $0.rawValue) }
    }

    /// Greedy longest lexicon matches, case as written or in title case
    /// (headlines in capitals).
    static func gazetteer(_ words: [String], shapes: [TokenShape], lexicon: Lexicon) -> [UInt64] {
        var out = Array(repeating: Gazetteer.none, count: words.count)
        var i = 0
        while i < words.count {
            var matched = false
            // The shape says it: an upper-case letter or a digit first.
            if shapes[i].first == .upper || shapes[i].first == .digit {
                var j = min(words.count, i + lexicon.maxTokens(startingWith: words[i]))
                while j > i {
                    let name = j == i + 1 ? words[i] : words[i..<j].joined(separator: " ")
                    // Products stay out: the lexicon's are weapon systems,
                    // which the training data hardly shows.
                    if let label = lexicon.label(of: name), label != .product, let l = EntityLabel.allCases.firstIndex(of: label) {
                        for k in i..<j { out[k] = k == i ? Gazetteer.begin[l] : Gazetteer.inside[l] }
                        i = j
                        matched = true
                        break
                    }
                    j -= 1
                }
            }
            if !matched { i += 1 }
        }
        return out
    }
}
