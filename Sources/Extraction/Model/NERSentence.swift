/// A sentence as the learned recogniser sees it: per token, the hashes of
/// the strings the feature templates read (word, lower case, shape,
/// lexicon tag, word facts), computed once, so features are combinations
/// of numbers.
struct NERSentence {
    var words: [String]
    var lowers: [String]
    /// Per token, every hash the templates read, side by side: a token's
    /// features read its own and its neighbours' (one array, where eleven
    /// were eleven allocations per sentence and eleven retains per copy).
    var token: [TokenHashes]
    /// The whole sentence is in capitals (a headline): capitalisation says little.
    var allCaps: Bool

    struct TokenHashes {
        /// The word as written, and in lower case.
        var form: UInt64
        var lower: UInt64
        var shape: TokenShape
        /// The lexicon label of a name covering it, with its B/I position,
        /// as a hash (`Gazetteer.none` outside any name).
        var gazetteer: UInt64 = Gazetteer.none
        /// Its frequency band and name flags (`WordFacts.code`).
        var facts: UInt64
        /// The word after the number that starts here or within the next
        /// three tokens (`more than 30 [factories]`, `about 5 [%]`, `$ 3
        /// million [in]`), 0 where no number is near. A number's type is
        /// written after it, and greedy decoding must choose it at the
        /// first word.
        var numberTail: UInt64 = 0
        /// For a capitalised token: the last word of the run of capitalised
        /// words (and `of`, `and`, `for`, `the`, `&` between them) it
        /// stands in, and the word after the run, 0 elsewhere. A name's
        /// type is often in its last word (`Jiangsu Agriculture and
        /// Forestry [Department]`), which a left-to-right tagger reaches
        /// too late.
        var nameTail: UInt64 = 0
        var nameNext: UInt64 = 0
        /// For a capitalised token: its place in the run and the run's
        /// length (capped), with the word before the run (`the`, `Mr.`, `in`).
        var nameRun: UInt64 = 0
        /// Its word clusters (`WordClusters`), coarse and fine, as hashes.
        var coarse: UInt64
        var fine: UInt64
        /// Its Brown path (`WordClusters.brown`), kept as it is: the
        /// features read it only where our own clusters do not know the
        /// word, a few tokens in a hundred, and hash it there.
        var brown: UInt16
    }

    init(words: [String], lexicon: Lexicon, tables: WordTables = .builtin) {
        let lowers = words.map { $0.lowercased() }
        self.init(words: words, lowers: lowers, lowerHashes: lowers.map(FeatureHash.of), lexicon: lexicon, tables: tables)
    }

    /// From the tokenizer's tokens, whose lower case and its hash are
    /// already computed.
    /// Curly quotes and apostrophes are read as the straight ones the
    /// training text has (`Russia’s` is `Russia's`).
    init(tokens: ArraySlice<Token>, lexicon: Lexicon, tables: WordTables = .builtin) {
        var words: [String] = [], lowers: [String] = [], lowerHashes: [UInt64] = []
        words.reserveCapacity(tokens.count)
        lowers.reserveCapacity(tokens.count)
        lowerHashes.reserveCapacity(tokens.count)
        for (k, t) in zip(tokens.indices, tokens) {
            if t.kind == .quote, let side = Self.quoteSide(tokens, k) {
                words.append(side)
                lowers.append(side)
                lowerHashes.append(FeatureHash.of(side))
            } else if t.text.utf8.contains(where: { $0 >= 0xE2 }) {
                words.append(Self.straightened(t.text))
                lowers.append(Self.straightened(t.lower))
                lowerHashes.append(FeatureHash.of(lowers[lowers.count - 1]))
            } else {
                words.append(t.text)
                lowers.append(t.lower)
                lowerHashes.append(t.lowerHash)
            }
        }
        self.init(words: words, lowers: lowers, lowerHashes: lowerHashes, lexicon: lexicon, tables: tables)
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

    private init(words: [String], lowers: [String], lowerHashes: [UInt64], lexicon: Lexicon, tables: WordTables) {
        self.words = words
        self.lowers = lowers
        var token: [TokenHashes] = []
        token.reserveCapacity(words.count)
        for (k, (word, lower)) in zip(words, lowers).enumerated() {
            let l = lowerHashes[k]
            let entry = tables.words[hash: l]
            let c = WordClusters.of(lower: lower, entry: entry, in: tables)
            token.append(TokenHashes(form: FeatureHash.of(word), lower: l, shape: TokenShape(word),
                                     facts: FeatureHash.of(code: 0x1_0000 + entry.facts.code),
                                     coarse: FeatureHash.of(code: 0x2_0000 + Int(c.coarse)),
                                     fine: FeatureHash.of(code: 0x3_0000 + Int(c.fine)), brown: c.brown))
        }
        Self.gazetteer(words, lexicon: lexicon, into: &token)
        // Words with a cased letter, none of them lower case.
        var cased = 0, lowerCased = false
        for t in token where t.shape.hasUpper || t.shape.hasLower {
            cased += 1
            if t.shape.hasLower { lowerCased = true }
        }
        allCaps = cased >= 3 && !lowerCased
        Self.numberTails(&token)
        Self.nameTails(&token)
        self.token = token
    }

    /// Number words, for `numberTail`.
    static let numberWords = HashIndex([
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion", "dozen", "half",
    ].map { (FeatureHash.of($0), true) }, absent: false)

    static let connectors = HashIndex(["of", "and", "for", "the", "&", "de", "'s"].map { (FeatureHash.of($0), true) }, absent: false)

    static func nameTails(_ token: inout [TokenHashes]) {
        let n = token.count
        let end = FeatureHash.of("</s>")
        var i = 0
        while i < n {
            guard token[i].shape.first == .upper else { i += 1; continue }
            // The run: capitalised words, connectors between them.
            var last = i, j = i + 1
            while j < n, j - i < 12 {
                if token[j].shape.first == .upper { last = j; j += 1 }
                else if connectors[hash: token[j].lower], j + 1 < n,
                        token[j + 1].shape.first == .upper || connectors[hash: token[j + 1].lower] { j += 1 }
                else { break }
            }
            let after = last + 1 < n ? token[last + 1].lower : end
            let previous = i > 0 ? token[i - 1].lower : FeatureHash.of("<s>")
            for k in i...last where token[k].shape.first == .upper {
                token[k].nameTail = token[last].lower
                token[k].nameNext = after
                token[k].nameRun = FeatureHash.feature(73, FeatureHash.of(code: min(k - i, 3) * 16 + min(last - i, 5)), previous)
            }
            i = last + 1
        }
    }

    static func numberTails(_ token: inout [TokenHashes]) {
        let n = token.count
        let hyphen = FeatureHash.of("-"), end = FeatureHash.of("</s>")
        func isNumber(_ k: Int) -> Bool { token[k].shape.hasDigit || numberWords[hash: token[k].lower] }
        // First the tail of the number run at each token, found from the
        // right ...
        var k = n - 1
        while k >= 0 {
            if isNumber(k) {
                var j = k
                while j < n, isNumber(j) || (token[j].lower == hyphen && j + 1 < n && isNumber(j + 1)) { j += 1 }
                let tail = j < n ? token[j].lower : end
                for m in k..<j { token[m].numberTail = tail }
                // Runs are found from their right end: step over this one.
                var start = k
                while start > 0, isNumber(start - 1) || token[start - 1].lower == hyphen { start -= 1 }
                for m in start..<j { token[m].numberTail = tail }
                k = start - 1
            } else {
                k -= 1
            }
        }
        // ... then, in place, the first of them within three tokens ahead:
        // token i's is read before it is written, and later ones are not
        // yet written when read.
        for i in 0..<n {
            for j in i..<min(n, i + 4) where token[j].numberTail != 0 {
                token[i].numberTail = token[j].numberTail
                break
            }
        }
    }

    /// The hashes lexicon tags take (`B-GPE`, `I-ORG`, none).
    enum Gazetteer {
        static let none = FeatureHash.of("")
        static let begin: [UInt64] = EntityLabel.allCases.map { FeatureHash.of("B-" + $0.rawValue) }
        static let inside: [UInt64] = EntityLabel.allCases.map { FeatureHash.of("I-" + $0.rawValue) }
    }

    /// Greedy longest lexicon matches, case as written or in title case
    /// (headlines in capitals).
    static func gazetteer(_ words: [String], lexicon: Lexicon, into token: inout [TokenHashes]) {
        // Per candidate end, the hash of the words from `i` to it joined
        // by spaces, folded a word at a time, and whether they have no
        // lower-case letter: a candidate is made a string only where
        // `label(of:)` could find it, its hash known to the lexicon or,
        // in capitals, its title case (joining every candidate was a third
        // of this function's instructions, callgrind).
        var partial: [UInt64] = [], capitals: [Bool] = []
        var i = 0
        while i < words.count {
            var matched = false
            // The shape says it: an upper-case letter or a digit first.
            if token[i].shape.first == .upper || token[i].shape.first == .digit {
                let longest = min(words.count, i + lexicon.maxTokens(startingWith: words[i], hash: token[i].form))
                partial.removeAll(keepingCapacity: true)
                capitals.removeAll(keepingCapacity: true)
                var h = FeatureHash.basis, noLowercase = true
                for k in i..<longest {
                    if k > i { h = FeatureHash.fold(h, UInt8(ascii: " ")) }
                    var word = words[k]
                    word.withUTF8 { for b in $0 { h = FeatureHash.fold(h, b) } }
                    noLowercase = noLowercase && words[k].hasNoLowercase
                    partial.append(h)
                    capitals.append(noLowercase)
                }
                var j = longest
                while j > i {
                    let hash = j == i + 1 ? token[i].form : FeatureHash.finish(partial[j - i - 1])
                    // Products stay out: the lexicon's are weapon systems,
                    // which the training data hardly shows.
                    if lexicon.mayKnow(hash: hash) || capitals[j - i - 1],
                       let label = lexicon.label(of: j == i + 1 ? words[i] : words[i..<j].joined(separator: " "), hash: hash),
                       label != .product, let l = EntityLabel.allCases.firstIndex(of: label) {
                        for k in i..<j { token[k].gazetteer = k == i ? Gazetteer.begin[l] : Gazetteer.inside[l] }
                        i = j
                        matched = true
                        break
                    }
                    j -= 1
                }
            }
            if !matched { i += 1 }
        }
    }
}
