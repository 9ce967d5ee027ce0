/// Finds attributed statements with cue patterns over tokens.
///
/// Quotations come first, as the most certain (`QuoteAttribution.swift`):
/// `"Q," X said`, `X said: "Q"`, `"Q1," X said, "Q2."`, and a quote that
/// follows with no cue of its own belongs to the last speaker (in the same
/// paragraph, or the next when the paragraph is all quote). Then each
/// sentence is read for the patterns in `SentenceAttribution.swift`.
///
/// No parse: sources are the noun phrase next to the cue, bounded by
/// punctuation (`SourcePhrase.swift`).
struct ClaimFinder {
    let text: ArticleText
    let tokens: [Token]
    let sentences: [Range<Int>]
    /// Sorted by start, for the binary searches in `entities(within:)`.
    let entities: [Entity]

    typealias CueSpan = (first: Int, last: Int)

    /// Per token, whether it is a cue (`isCue`), decided once: the claim
    /// passes ask it of the same tokens again and again (up to 45 tokens
    /// ahead of every candidate source).
    private var cues: [Bool] = []

    init(text: ArticleText, tokens: [Token], sentences: [Range<Int>], entities: [Entity]) {
        self.text = text
        self.tokens = tokens
        self.sentences = Self.rejoined(sentences, tokens)
        self.entities = entities.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
        cues = tokens.indices.map(decideCue)
    }

    /// The sentences with those the tokenizer broke at an initialism after
    /// a hyphen joined again: `Rep. Gregory W. Meeks (D-N` `.` | `Y.), said S`;
    /// and at a plural title: `says that Messrs.` | `Kaminski and Mehrens are S`.
    /// (The tokenizer keeps those splits: the entity model was trained on them.)
    static func rejoined(_ sentences: [Range<Int>], _ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        out.reserveCapacity(sentences.count)
        for s in sentences {
            if let last = out.last, last.count >= 2, !s.isEmpty, !tokens[s.lowerBound].startsLine {
                let point = tokens[last.upperBound - 1], word = tokens[last.upperBound - 2], next = tokens[s.lowerBound]
                let letters = word.text.unicodeScalars
                let initialism = point.end == next.start && letters.count >= 3
                    && letters[letters.index(letters.endIndex, offsetBy: -2)] == "-" && word.text.last?.isUppercase == true
                    && next.kind == .word && next.text.count == 2 && next.text.last == "."
                if point.isPunct("."), word.end == point.start, initialism || pluralTitles.contains(word.text) {
                    out[out.count - 1] = last.lowerBound..<s.upperBound
                    continue
                }
            }
            out.append(s)
        }
        return out
    }

    /// Titles before several names, which the tokenizer does not keep
    /// with their point.
    private static let pluralTitles: Set<String> = ["Messrs", "Mmes", "Sens", "Reps", "Govs", "Drs"]

    /// The entities lying inside `lo..<hi` (code points), found by binary
    /// search so that a long article stays linear.
    func entities(within lo: Int, _ hi: Int) -> ArraySlice<Entity> {
        var a = firstEntity(startingAtOrAfter: lo)
        var slice: [Entity] = []
        while a < entities.count, entities[a].start < hi {
            if entities[a].end <= hi { slice.append(entities[a]) }
            a += 1
        }
        return slice[...]
    }

    /// The nearest entity ending at or before `position` with one of these
    /// labels, looking back at most 200 mentions.
    func lastEntity(before position: Int, labels: Set<EntityLabel>) -> Entity? {
        var a = firstEntity(startingAtOrAfter: position) - 1
        let stop = max(-1, a - 200)
        while a > stop {
            if entities[a].end <= position && labels.contains(entities[a].label) { return entities[a] }
            a -= 1
        }
        return nil
    }

    private func firstEntity(startingAtOrAfter offset: Int) -> Int {
        entities.firstIndex(keyAtLeast: offset) { $0.start }
    }

    func find() -> [Claim] {
        var claims: [Claim] = []
        var covered = Set<Int>()  // token indices already inside a claim's content
        var speaker: (source: Range<Int>, cue: CueSpan, line: Int)?
        let lines = QuoteScanner.lines(tokens)
        for (n, line) in lines.enumerated() {
            if n + 1 < lines.count, let block = blockQuote(after: line, next: lines[n + 1]) {
                // `Limbaugh added:` and the paragraph after it: indirect, as no mark quotes it.
                claims.append(make(block.content, source: block.source, cue: block.cue, direct: false))
                covered.formUnion(lines[n + 1])
            }
            for q in QuoteScanner.quotes(in: line, tokens) {
                if let (source, colon) = quotedSpeaker(q, line: line), let content = quoteContent(q, from: colon + 1) {
                    // `"PENCE: Q`: a transcript quoted as a block, its speaker inside the mark.
                    claims.append(make(content, source: source, cue: (colon, colon), direct: true))
                    speaker = (source, (colon, colon), n)
                    covered.formUnion(q.open..<q.close)
                    continue
                }
                guard let content = quoteContent(q) else { continue }
                if let (source, cue) = attribute(q, line: line, previous: n > 0 ? lines[n - 1] : nil) {
                    claims.append(make(content, source: source, cue: cue, direct: true))
                    speaker = (source, cue, n)
                    // The cue is spent: `"Q," he said in an interview.` holds one claim.
                    covered.formUnion(cue.first...cue.last)
                } else if let s = speaker, continues(q, line: line, lineNumber: n, speakerLine: s.line) {
                    claims.append(make(content, source: s.source, cue: s.cue, direct: true))
                    speaker?.line = n
                } else {
                    continue
                }
                covered.formUnion(q.open..<q.close)
            }
        }
        for s in sentences {
            if let c = headlineClaim(s) {
                // (A quotation signed with a dash is its claim already.)
                if !covered.contains(s.lowerBound) { claims.append(c) }
                continue
            }
            claims.append(contentsOf: sentenceClaims(s, covered: covered))
        }
        claims.sort { ($0.start, $0.end, $0.source?.start ?? 0) < ($1.start, $1.end, $1.source?.start ?? 0) }
        return claims
    }

    // MARK: cues

    func isCue(_ i: Int) -> Bool { cues[i] }

    /// Particles that make a cue word a phrasal verb of another meaning.
    static let phrasalParticles: [String: Set<String>] = {
        var table: [String: Set<String>] = [:]
        for verb in ["call", "calls", "called"] { table[verb] = ["in", "into", "back", "off", "up"] }
        for verb in ["show", "shows", "showed"] { table[verb] = ["up", "off"] }
        // `reported from Midway Atoll`: a byline.
        for verb in ["report", "reports", "reported"] { table[verb] = ["from"] }
        // `The first episode concluded with a scene`, `an executive charged
        // with fraud`: an ending and an indictment, not words.
        for verb in ["conclude", "concludes", "concluded", "charged"] { table[verb] = ["with"] }
        return table
    }()

    /// Whether token `i` is a cue, from the tokens alone.
    private func decideCue(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, Cues.cueWords.contains(lowerOf: t) else { return false }
        // "US Sees X as Y": a headline's verb, whatever its capital. The
        // words after it may be fewer than two (`US Sees` ending a text).
        if Cues.asVerbs.contains(lowerOf: t) {
            let end = min(tokens.count, i + 12)
            // (not `as well`)
            return (min(i + 2, end)..<end).first(where: { tokens[$0].lower == "as" || isBoundary($0) })
                .map { tokens[$0].lower == "as" && ($0 + 1 >= tokens.count || tokens[$0 + 1].lower != "well") } ?? false
        }
        // A capitalised "States" after "United" is a name, not a verb; a
        // headline's "Says" after a name is a verb (`Obama Says Museum Will Tell ...`).
        if t.isCapitalized && i > 0 && !t.startsLine && tokens[i - 1].isCapitalized && !Cues.headlineVerbs.contains(t.text) { return false }
        // "one of the states", "his claims", "secretary of state": a determiner
        // or `of` before the cue word makes it a noun. (`Trump's claim` is a
        // cue: the possessive names the source.)
        if i > 0, Cues.nounOpeners.contains(lowerOf: tokens[i - 1]) || tokens[i - 1].lower == "of" { return false }
        // `every question`, `The figures in both reports`: a quantifier
        // before a word that is as often a noun makes it one; a plural
        // quantifier only a plural (`some note` and `they both said` are
        // verbs).
        if i > 0, Cues.quantifiers.contains(lowerOf: tokens[i - 1]) && (Cues.nounLike.contains(lowerOf: t) || Cues.singularNouns.contains(lowerOf: t))
            || Cues.pluralQuantifiers.contains(lowerOf: tokens[i - 1]) && Cues.nounLike.contains(lowerOf: t) && t.lower.hasSuffix("s") {
            return false
        }
        // `an hourlong show`, `A big question`: an article and an adjective
        // before a word that is a noun in the singular (`the experts
        // question`, a plural subject, is a verb).
        if i > 1, Cues.singularNouns.contains(lowerOf: t), tokens[i - 1].isLowercaseWord, !tokens[i - 1].lower.hasSuffix("s"),
           ["a", "an", "the"].contains(tokens[i - 2].lower) { return false }
        // "Editor's note:" is a label.
        if i > 1, t.lower == "note", tokens[i - 2].lower == "editor" { return false }
        // "called in to a show", "showed up": a phrasal verb that says nothing.
        if i + 1 < tokens.count, Self.phrasalParticles[t.lower]?.contains(tokens[i + 1].lower) == true { return false }
        // `Quinn added his second`, `added two hits`, `added 1 3/4 to 28`: a
        // thing added, not words (not `Added another executive: "Q"`).
        if i + 1 < tokens.count, ["added", "adds", "add"].contains(t.text),
           tokens[i + 1].kind == .number || Self.addedThings.contains(lowerOf: tokens[i + 1]) { return false }
        // "Additional reporting by X": a credit, not a cue.
        if i + 1 < tokens.count, tokens[i + 1].lower == "by", t.lower.hasSuffix("ing") { return false }
        // "think tank", "claims process": a noun after the cue word makes it a noun.
        if i + 1 < tokens.count, Cues.nounFollowers.contains(lowerOf: tokens[i + 1]) { return false }
        // `two-year notes in November`, `20 reports`: after a count or a
        // hyphenated modifier the word is a noun.
        if Cues.nounLike.contains(lowerOf: t), i > 0, tokens[i - 1].kind == .number || tokens[i - 1].kind == .word && !tokens[i - 1].isCapitalized && tokens[i - 1].text.contains("-") {
            return false
        }
        // `the July employment report had foreshadowed`: a subject before its
        // verb (but `Trump's tweet was mocking X` has its source).
        if Cues.singularNouns.contains(lowerOf: t), i > 0, !tokens[i - 1].isPossessive, i + 1 < tokens.count,
           ["had", "has", "was", "is", "will"].contains(tokens[i + 1].lower) || Self.modals.contains(lowerOf: tokens[i + 1]) {
            return false
        }
        // `earlier U.S. trade reports have complained`: a verb in -s takes
        // no plural auxiliary, `had` or a modal after it (`Earlier reports
        // had said`), so the word is a plural subject.
        if Cues.nounLike.contains(lowerOf: t), t.lower.hasSuffix("s"), i + 1 < tokens.count,
           ["have", "are", "were", "had", "will"].contains(tokens[i + 1].lower) || Self.modals.contains(lowerOf: tokens[i + 1]) {
            return false
        }
        if Cues.nounLike.contains(lowerOf: t) {
            // `notes sold through dealers`, `claims filed by strikers`: a
            // participle and its phrase after the word make it a noun.
            if i + 2 < tokens.count, tokens[i + 1].isLowercaseWord, tokens[i + 1].lower.hasSuffix("ed") || Self.irregularParticiples.contains(lowerOf: tokens[i + 1]),
               Self.participlePrepositions.contains(lowerOf: tokens[i + 2]) { return false }
            // `..., the ISW reports.`: after a name, at the sentence's end, a verb.
            let endsAfterName = i > 0 && tokens[i - 1].isCapitalized && (i + 1 == tokens.count || tokens[i + 1].isPunct("."))
            guard endsAfterName || (i + 1 < tokens.count && (tokens[i + 1].kind == .word || tokens[i + 1].kind == .quote || tokens[i + 1].isPunct(":"))
                  && !["of", "and", "or", "for", "about", "from", "by", "at", "with"].contains(tokens[i + 1].lower)) else { return false }
        }
        if Cues.verbs.contains(lowerOf: t) { return true }
        // (`agreed`, beside no quotation, may still take `that` or `to`.)
        if Cues.quotationVerbs.contains(lowerOf: t), besideQuotation(i) { return true }
        if ["point", "points", "pointed"].contains(t.lower) { return i + 1 < tokens.count && tokens[i + 1].lower == "out" }
        if Cues.intentions.contains(lowerOf: t) { return i + 1 < tokens.count && tokens[i + 1].lower == "to" }
        if Cues.needThat.contains(lowerOf: t) {
            if i + 1 < tokens.count && tokens[i + 1].lower == "that" { return true }
            // `S, the doctor maintains.`, `S, the study found.`: an attribution
            // that ends the sentence after its clause (`X, who ..., agrees.`
            // agrees with what came before).
            if i + 1 < tokens.count, tokens[i + 1].isPunct("."), !t.lower.hasPrefix("agree"),
               (max(0, i - 8)..<i).reversed().prefix(while: { !isBoundary($0) || tokens[$0].isPunct(",") }).contains(where: { tokens[$0].isPunct(",") }) {
                return true
            }
            // `Patriot agreed to lend X $5 million`: what the subject agreed to.
            if t.lower.hasPrefix("agree"), i + 1 < tokens.count, tokens[i + 1].lower == "to" { return true }
            // `one study found S`, `research conducted by X found S`: what a
            // study finds is its claim, `that` or not.
            return Cues.findVerbs.contains(lowerOf: t) && (max(0, i - 8)..<i).reversed().prefix { !isBoundary($0) }
                .contains { Cues.studies.contains(lowerOf: tokens[$0]) }
        }
        return false
    }

    /// Prepositions that open a participle's phrase (`sold through dealers`).
    private static let participlePrepositions: WordSet = ["by", "through", "in", "on", "at", "to", "from", "for", "with", "under", "during"]
    /// Participles not in -ed that open such a phrase (`notes sold through dealers`).
    private static let irregularParticiples: WordSet = ["sold", "held", "made", "paid", "given", "taken", "written", "brought", "bought",
                                                        "built", "sent", "kept", "left", "found", "won", "lost", "set", "put", "cut", "led",
                                                        "known", "shown", "seen", "drawn", "spent", "sought", "meant"]

    /// Words that open the object of `added` when a thing is added.
    private static let addedThings: WordSet = ["his", "her", "their", "its", "another", "two", "three"]

    /// Whether a quotation opens right after the verb at `i` (`continued:
    /// "Q`, `continued, "Q`), or closed after a comma just before it and
    /// the sentence ends with the verb (`"Q," the letter reads.`).
    private func besideQuotation(_ i: Int) -> Bool {
        // `"Q," agrees Roger Guffey`: right after a quotation's comma.
        if i >= 2, tokens[i - 1].kind == .quote, tokens[i - 2].isPunct(",") { return true }
        let next = i + 1
        if next < tokens.count {
            if tokens[next].kind == .quote || tokens[next].isPunct(":") { return true }
            if tokens[next].isPunct(","), next + 1 < tokens.count, tokens[next + 1].kind == .quote { return true }
            guard tokens[next].isPunct(".") else { return false }
        }
        for k in stride(from: i - 1, through: max(1, i - 7), by: -1) {
            if tokens[k].kind == .quote { return tokens[k - 1].isPunct(",") }
            if isBoundary(k) { return false }
        }
        return false
    }

    /// The cue span, including "point out", "call for", "do not consider".
    func cueSpan(_ c: Int, from floor: Int? = nil) -> CueSpan {
        var first = c
        var last = c
        if c + 1 < tokens.count {
            let next = tokens[c + 1].lower
            if next == "out", ["pointed", "points", "point", "pointing"].contains(tokens[c].lower) { last = c + 1 }
            if next == "for" || next == "on", ["called", "calls", "call", "calling"].contains(tokens[c].lower) { last = c + 1 }
        }
        var k = c - 1
        let lower = floor ?? max(0, c - 3)
        while k >= lower, ["not", "do", "does", "did", "never"].contains(tokens[k].lower) {
            first = k
            k -= 1
        }
        if first < c, !(first...c).contains(where: { tokens[$0].lower == "not" || tokens[$0].lower == "never" }) { first = c }
        return (first, last)
    }

    /// The speaker of the cue at `c`: the sentence's subject for a participle
    /// after a comma (`..., saying`), else the phrase before the cue.
    func source(forCue c: Int, first: Int, floor: Int) -> Range<Int>? {
        if Cues.participles.contains(lowerOf: tokens[c]), c > floor, tokens[c - 1].isPunct(",") {
            return sentenceSubject(floor, before: c - 1)
        }
        return sourceBefore(first, floor: floor)
    }

    // MARK: building claims

    func spanOf(_ a: Int, _ b: Int) -> Span { text.span(tokens[a].start, tokens[b].end) }

    func make(_ content: Span, source: Range<Int>, cue: CueSpan, direct: Bool) -> Claim {
        let content = balanced(content)
        let sourceSpan = spanOf(source.lowerBound, source.upperBound - 1)
        let cueSpan = spanOf(cue.first, cue.last)
        return Claim(content: content, source: sourceSpan, sourceCanonical: canonical(of: sourceSpan, before: cueSpan.start),
                     cue: cueSpan, kind: direct || quotes(in: content) ? .direct : .indirect, stance: stance(content: content, cue: cue))
    }

    /// Whether the content holds quoted words (a partial quote makes an
    /// indirect claim direct). Single quotes are too often apostrophes.
    private func quotes(in content: Span) -> Bool {
        var i = firstToken(atOrAfter: content.start)
        while i < tokens.count, tokens[i].end <= content.end {
            if tokens[i].kind == .quote, !QuoteScanner.singleMarks.contains(tokens[i].text) { return true }
            i += 1
        }
        return false
    }

    private func stance(content: Span, cue: CueSpan) -> Stance {
        let cueWords = (cue.first...cue.last).map { tokens[$0].lower }
        if cueWords.contains(where: { Cues.denial.contains($0) || $0 == "not" || $0 == "never" }) { return .denied }
        if cueWords.contains(where: { Cues.hedgingVerbs.contains($0) }) { return .hedged }
        var i = firstToken(atOrAfter: content.start)
        while i < tokens.count, tokens[i].end <= content.end {
            if Cues.hedges.contains(lowerOf: tokens[i]) { return .hedged }
            i += 1
        }
        return .asserted
    }

    /// Binary search: the first token starting at or after `offset`.
    func firstToken(atOrAfter offset: Int) -> Int {
        tokens.firstIndex(keyAtLeast: offset) { $0.start }
    }

    /// The canonical name of the entity the source names; a pronoun takes
    /// the nearest earlier person (he, she) or organisation (it).
    private func canonical(of source: Span, before position: Int) -> String {
        let lower = source.text.lowercased()
        if Self.relatives.contains(lower), let e = lastEntity(before: source.start, labels: lower == "who" ? [.person, .org] : [.org, .gpe]) {
            return e.canonical
        }
        if Cues.pronouns.contains(lower) {
            let wanted: Set<EntityLabel> = lower == "it" ? [.org, .gpe] : lower == "they" ? [.org, .gpe, .norp] : [.person]
            return lastEntity(before: source.start, labels: wanted)?.canonical ?? source.text
        }
        let inside = entities(within: source.start, source.end)
        if let whole = inside.first(where: { $0.start == source.start && $0.end == source.end }) { return whole.canonical }
        if let e = inside.first(where: { $0.label == .person || $0.label == .org }) { return e.canonical }
        return source.text
    }
}
