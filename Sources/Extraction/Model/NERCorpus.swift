/// Training data for the recogniser, read from CoNLL layout (`-DOCSTART-`
/// lines between documents, a blank line between sentences, one token per
/// line with its tag in the last column: OntoNotes' `train.conll` and
/// CoNLL-2003's `eng.train` alike).
///
/// The corpus's tokens are not the ones Byline tags at run time: OntoNotes
/// splits `mid - 1990s` and `Russian - Iranian`, keeps `.` apart from
/// `Corp`, and so on. So each document is written back as the article
/// text it came from (one sentence a line, as `dev-articles/` are), run
/// through Byline's own tokenizer and sentence splitter, and every entity
/// is projected onto those tokens by its character span: the model learns
/// on exactly the tokens it will see. A leading `the` stays out of every
/// entity (the scorer strips it from both sides, and a model that never
/// opens on `the` does not have to score it).
public struct NERCorpus: Sendable {
    public let examples: [NERTrainer.Example]
    let tags: NERTagSet
    /// Gold entities, and those whose edges fall inside one of Byline's
    /// tokens: those are left out. (`Corp` before the sentence's `.`,
    /// where Byline reads `Corp.`, is read onto that token:
    /// `SentencePeriod`.)
    public let entityCount: Int
    public let unalignedCount: Int

    /// The entity types, in tag order.
    public var types: [String] { tags.types }

    /// Reads `text`; the types are those the data names, sorted, unless
    /// `types` fixes them (a development set read with the training set's
    /// tags: a type the model does not know is O).
    public init(conll text: String, lexicon: Lexicon, types: [String]? = nil) {
        let documents = Self.documents(text)
        var names = Set<String>()
        for d in documents { for s in d { for (_, t) in s where t != "O" { names.insert(String(t.dropFirst(2))) } } }
        let tags = NERTagSet(types: types ?? names.sorted())
        self.init(documents, tags: tags, lexicon: lexicon) { label in tags.types.firstIndex(of: label).map { [$0 + 1] } ?? [] }
    }

    /// Reads data annotated more coarsely than `types` (CoNLL-2003's PER,
    /// LOC, ORG, MISC): each of its labels stands for the types `coarse`
    /// lists (LOC for GPE, LOC or FAC), and its O for O or any of
    /// `unmarked` (CoNLL-2003 marks no dates or numbers). The trainer
    /// learns from such a token towards whichever allowed tag it scores
    /// best: names from more news, without CoNLL's conventions.
    public init(conll text: String, lexicon: Lexicon, types: [String], coarse: [String: [String]], unmarked: [String]) {
        let tags = NERTagSet(types: types)
        func kinds(_ names: [String]) -> [Int] { names.compactMap { tags.types.firstIndex(of: $0).map { $0 + 1 } } }
        self.init(Self.documents(text), tags: tags, lexicon: lexicon, outside: kinds(unmarked)) { kinds(coarse[$0] ?? []) }
    }

    private init(_ documents: [[[(String, String)]]], tags: NERTagSet, lexicon: Lexicon, outside: [Int] = [],
                 kinds: (String) -> [Int]) {
        self.tags = tags
        var examples: [NERTrainer.Example] = []
        var entities = 0, unaligned = 0
        var outsideBits = NERTag.o.bit
        for k in outside { outsideBits |= NERTag.begin(k).bit | NERTag.inside(k).bit | NERTag.last(k).bit }
        for d in documents {
            let (example, e, u) = Self.example(d, tags: tags, lexicon: lexicon, outside: outsideBits, kinds: kinds)
            examples.append(example)
            entities += e
            unaligned += u
        }
        self.examples = examples
        entityCount = entities
        unalignedCount = unaligned
    }

    /// Documents of sentences of (word, BIO tag).
    static func documents(_ text: String) -> [[[(String, String)]]] {
        var out: [[[(String, String)]]] = []
        var doc: [[(String, String)]] = []
        var sentence: [(String, String)] = []
        func endSentence() {
            if !sentence.isEmpty { doc.append(sentence) }
            sentence = []
        }
        func endDocument() {
            endSentence()
            if !doc.isEmpty { out.append(doc) }
            doc = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("-DOCSTART-") { endDocument(); continue }
            let cols = line.split(separator: " ")
            if cols.isEmpty { endSentence(); continue }
            sentence.append((String(cols[0]), String(cols[cols.count - 1])))
        }
        endDocument()
        return out.map { $0.map { s in zip(s.map(\.0), bio(s.map(\.1))).map { ($0, $1) } } }
    }

    /// IOB1 (B- only between touching entities, CoNLL-2003) to BIO; BIO
    /// (OntoNotes) is left as it is.
    static func bio(_ tags: [String]) -> [String] {
        var out: [String] = []
        var previous = "O"
        for t in tags {
            defer { previous = t }
            if t == "O" || t.count < 3 { out.append("O"); continue }
            let kind = t.dropFirst(2)
            let continues = t.hasPrefix("I-") && previous != "O" && previous.dropFirst(2) == kind
            out.append((continues ? "I-" : "B-") + kind)
        }
        return out
    }

    /// One document as an example on Byline's tokens, with the number of
    /// its entities and of those that do not fall on token edges.
    static func example(_ sentences: [[(String, String)]], tags: NERTagSet, lexicon: Lexicon,
                        outside: UInt64, kinds: (String) -> [Int]) -> (NERTrainer.Example, Int, Int) {
        // The article, and each entity's code-point span in it.
        var text = String.UnicodeScalarView()
        var spans: [(start: Int, end: Int, label: String)] = []
        var quotes = 0
        var length = 0
        for (n, s) in sentences.enumerated() {
            if n > 0 { text.append("\n"); length += 1 }
            let words = s.map(\.0)
            let offsets = Detokenizer.offsets(words, quotes: &quotes)
            for (k, (word, tag)) in s.enumerated() {
                let space = offsets[k] - (k == 0 ? 0 : offsets[k - 1] + words[k - 1].unicodeScalars.count)
                if space > 0 { text.append(" "); }
                text.append(contentsOf: word.unicodeScalars)
                let start = length + offsets[k], end = start + word.unicodeScalars.count
                let label = String(tag.dropFirst(2))
                if tag.hasPrefix("B-") {
                    spans.append((start, end, label))
                } else if tag.hasPrefix("I-"), let last = spans.last, last.label == label, k > 0, s[k - 1].1 != "O" {
                    spans[spans.count - 1].end = end
                }
            }
            length += (offsets.last ?? 0) + (words.last?.unicodeScalars.count ?? 0)
        }
        let article = ArticleText(String(text))
        let whole = Tokenizer.tokenize(article)
        let ranges = SentenceSplitter.split(whole)
        let sentenceTokens = ranges.map { NERTokens.split(whole[$0]) }
        let tokens = sentenceTokens.flatMap { $0 }
        var allowed = [UInt64](repeating: outside, count: tokens.count)
        let starts = Dictionary(tokens.indices.map { (tokens[$0].start, $0) }, uniquingKeysWith: { a, _ in a })
        let ends = Dictionary(tokens.indices.map { (tokens[$0].end, $0) }, uniquingKeysWith: { a, _ in a })
        var unaligned = 0
        var entities = 0
        for span in spans {
            let types = kinds(span.label)
            guard !types.isEmpty else { continue }
            entities += 1
            // An entity that ends before a point its last word shares with
            // the sentence ends on that word (`Corp` `.`, read as `Corp.`).
            let shared = ends[span.end + 1].flatMap { k in
                tokens[k].start < span.end && SentencePeriod.isShared(tokens[k]) ? k : nil
            }
            guard var first = starts[span.start], let last = ends[span.end] ?? shared, first <= last else { unaligned += 1; continue }
            if first < last, tokens[first].lower == "the" { first += 1 }
            // Any of the span's types, at each position.
            func any(_ tag: (Int) -> NERTag) -> UInt64 { types.reduce(0) { $0 | tag($1).bit } }
            allowed[first] = any(NERTag.begin)
            if first < last {
                let inside = any(NERTag.inside)
                for k in (first + 1)..<last { allowed[k] = inside }
                allowed[last] = any(NERTag.last)
            }
        }
        var modelSentences: [NERSentence] = []
        var goldSentences: [[UInt64]] = []
        var offset = 0
        for s in sentenceTokens {
            modelSentences.append(NERSentence(tokens: s[...], lexicon: lexicon))
            goldSentences.append(Array(allowed[offset..<(offset + s.count)]))
            offset += s.count
        }
        let example = NERTrainer.Example(sentences: modelSentences, allowed: goldSentences,
                                         document: NERDocument(sentences: modelSentences))
        return (example, entities, unaligned)
    }
}

/// Writes tokenised text back as running text, the way news is written
/// (`Corp.,` `"quoted"` `$5` `last-minute` `(1986-1990)`), so a corpus's
/// documents can be read as articles.
enum Detokenizer {
    static let attachLeft: Set<String> = [",", ".", ";", ":", "?", "!", "%", "'s", "'S", "n't", "N'T", "'re", "'ve",
                                          "'ll", "'d", "'m", ")", "]", "}", "''", "'", "..."]
    static let attachRight: Set<String> = ["(", "[", "{", "$", "``", "#"]

    /// Each word's code-point offset in its sentence's text. `quotes`
    /// counts straight double quotes across the document: an even count
    /// opens one (it sticks to the next word), an odd one closes.
    static func offsets(_ words: [String], quotes: inout Int) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(words.count)
        var position = 0
        var previous: String?
        var stickNext = false
        for w in words {
            var space = true
            if let p = previous {
                if stickNext || attachLeft.contains(w) || attachRight.contains(p) || w == "-" || p == "-" { space = false }
            } else {
                space = false
            }
            stickNext = false
            if w == "\"" {
                if quotes % 2 == 0 { stickNext = true } else { space = false }
                quotes += 1
            }
            if space { position += 1 }
            out.append(position)
            position += w.unicodeScalars.count
            previous = w
        }
        return out
    }
}
