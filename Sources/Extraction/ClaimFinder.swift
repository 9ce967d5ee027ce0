/// Finds attributed statements with cue patterns over tokens:
///
/// - quotations: `"Q," X said`, `X said: "Q"`, `"Q1," X said, "Q2."`;
/// - `X said (that) S`, `X told Y (that) S`, `S, X said`, `S, said X`;
/// - `according to X, S` and `S, according to X`;
/// - headline attributions: `... - WSJ`.
///
/// The baseline claim finder: no parse, so sources are the noun phrase
/// next to the cue, bounded by commas and the sentence.
struct ClaimFinder {
    let text: ArticleText
    let tokens: [Token]
    let sentences: [Range<Int>]
    let entities: [Entity]

    func find() -> [Claim] {
        var claims: [Claim] = []
        var covered = Set<Int>()  // token indices already inside a claim's content
        // Quotations first: they are the most certain.
        for line in lines() {
            for q in quotes(in: line) {
                if let c = quoteClaim(q, line: line) {
                    claims.append(c)
                    covered.formUnion(q.open...q.close)
                }
            }
        }
        for s in sentences {
            if let c = headlineClaim(s) {
                claims.append(c)
                continue
            }
            for c in sentenceClaims(s, covered: covered) {
                claims.append(c)
            }
        }
        claims.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        return claims
    }

    // MARK: quotations

    struct Quote { let open: Int; let close: Int }

    private func lines() -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in tokens.indices where i > start && tokens[i].startsLine {
            out.append(start..<i)
            start = i
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }

    /// Pairs quotation marks within a line (straight quotes alternate; curly
    /// ones say which side they are). Apostrophes inside words never reach
    /// here: the tokenizer keeps them in the word.
    private func quotes(in line: Range<Int>) -> [Quote] {
        var out: [Quote] = []
        var open: Int?
        for i in line where tokens[i].kind == .quote {
            let t = tokens[i].text
            if t == "'" || t == "\u{2018}" || t == "\u{2019}" { continue }  // single quotes: too often apostrophes
            let isOpen = t == "\u{201C}" || t == "\u{00AB}" || t == "\u{201E}"
            let isClose = t == "\u{201D}" || t == "\u{00BB}"
            if let o = open, !isOpen || isClose {
                if i > o + 1 { out.append(Quote(open: o, close: i)) }
                open = nil
            } else if !isClose {
                open = i
            }
        }
        return out
    }

    private func quoteClaim(_ q: Quote, line: Range<Int>) -> Claim? {
        guard q.close - q.open >= 3 else { return nil }  // a quoted word or two is a term, not a claim
        var contentEnd = q.close - 1
        while contentEnd > q.open, tokens[contentEnd].kind == .punctuation, [",", ".", "!", "?", ":"].contains(tokens[contentEnd].text) {
            contentEnd -= 1
        }
        guard contentEnd > q.open else { return nil }
        let content = text.span(tokens[q.open + 1].start, tokens[contentEnd].end)
        // After: "Q," X said / "Q," said X
        var k = q.close + 1
        if k < line.upperBound, tokens[k].isPunct(",") { k += 1 }
        if let (source, cue) = sourceAndCue(after: k, limit: line.upperBound) {
            return make(content, source: source, cue: cue, direct: true)
        }
        // Before: X said: "Q" / X said, "Q"
        var b = q.open - 1
        if b >= line.lowerBound, tokens[b].isPunct(":") || tokens[b].isPunct(",") { b -= 1 }
        if b >= line.lowerBound, isCue(b) {
            let cue = cueSpan(b)
            if let source = sourceBefore(cue.first, floor: line.lowerBound) {
                return make(content, source: source, cue: cue, direct: true)
            }
        }
        return nil
    }

    /// `X said` or `said X` starting at `k`.
    private func sourceAndCue(after k: Int, limit: Int) -> (Range<Int>, (first: Int, last: Int))? {
        guard k < limit else { return nil }
        if isCue(k) {
            // said X
            var e = k + 1
            while e < limit, e < k + 9, !isBoundary(e), !tokens[e].startsLine { e += 1 }
            guard e > k + 1, looksLikeSource(k + 1..<e) else { return nil }
            return (k + 1..<e, (k, k))
        }
        var c = k
        while c < limit, c < k + 10, !isCue(c), !isBoundary(c) { c += 1 }
        guard c < limit, isCue(c), c > k else { return nil }
        var srcEnd = c
        while srcEnd > k, Cues.between.contains(tokens[srcEnd - 1].lower) { srcEnd -= 1 }
        guard srcEnd > k, looksLikeSource(k..<srcEnd) else { return nil }
        return (k..<srcEnd, cueSpan(c, from: srcEnd))
    }

    // MARK: sentences

    private func sentenceClaims(_ s: Range<Int>, covered: Set<Int>) -> [Claim] {
        var out: [Claim] = []
        var start = s.lowerBound
        var end = s.upperBound
        while end > start, tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .quote { end -= 1 }
        while start < end, tokens[start].kind == .quote { start += 1 }
        guard end - start >= 3 else { return [] }

        // according to X
        var i = start
        while i + 1 < end {
            if tokens[i].lower == "according" && tokens[i + 1].lower == "to" {
                var e = i + 2
                while e < end, !isBoundary(e) { e += 1 }
                guard e > i + 2 else { break }
                let source = i + 2..<e
                let cue = (first: i, last: i + 1)
                if i == firstContent(start) {
                    // According to X, S
                    var cs = e
                    while cs < end, tokens[cs].kind == .punctuation { cs += 1 }
                    if end > cs, !covered.contains(cs) { out.append(make(spanOf(cs, end - 1), source: source, cue: cue, direct: false)) }
                } else {
                    // S, according to X
                    var ce = i - 1
                    while ce >= start, tokens[ce].kind == .punctuation { ce -= 1 }
                    let cs = firstContent(start)
                    if ce >= cs, !covered.contains(ce) { out.append(make(spanOf(cs, ce), source: source, cue: cue, direct: false)) }
                }
                return out
            }
            i += 1
        }

        // X said (that) S  /  S, X said  /  S, said X
        for c in start..<end where isCue(c) && !covered.contains(c) {
            let cue = cueSpan(c)
            // Passive ("was reported") and participles ("reported figures") are not cues here.
            if c > start, ["was", "were", "been", "being", "is", "are", "be"].contains(tokens[c - 1].lower) { continue }
            let tailLength = end - (c + 1)
            if let source = sourceBefore(cue.first, floor: start) {
                let firstSourceToken = source.lowerBound
                if firstSourceToken > firstContent(start), tokens[firstSourceToken - 1].isPunct(","), tailLength <= 4 {
                    // S, X said (on Monday).
                    var ce = firstSourceToken - 2
                    while ce >= start, tokens[ce].kind == .punctuation || tokens[ce].kind == .quote { ce -= 1 }
                    let cs = firstContent(start)
                    if ce - cs >= 2, !covered.contains(ce) { out.append(make(spanOf(cs, ce), source: source, cue: cue, direct: false)) }
                    break
                }
                if tailLength >= 3 {
                    var cs = c + 1
                    if ["told", "tell", "tells", "urged", "warned"].contains(tokens[c].lower) {
                        // X told Y that S: skip the listener.
                        var k = cs
                        while k < min(end, cs + 8), tokens[k].lower != "that" { k += 1 }
                        if k < end, tokens[k].lower == "that" { cs = k }
                    }
                    if cs < end, tokens[cs].lower == "that" || tokens[cs].isPunct(",") || tokens[cs].isPunct(":") { cs += 1 }
                    if ["on", "in", "at"].contains(tokens[cs].lower), let comma = (cs..<min(end, cs + 5)).first(where: { tokens[$0].isPunct(",") }) {
                        cs = comma + 1  // said on Monday, S
                    }
                    // X reported, citing Y, that S: two claims, one per source.
                    var cited: (source: Range<Int>, cue: Int)?
                    if cs < end, tokens[cs].lower == "citing",
                       let comma = ((cs + 1)..<min(end, cs + 12)).first(where: { tokens[$0].isPunct(",") }), comma > cs + 1 {
                        cited = ((cs + 1)..<comma, cs)
                        cs = comma + 1
                        if cs < end, tokens[cs].lower == "that" { cs += 1 }
                    }
                    guard cs < end, tokens[cs].kind != .quote, !covered.contains(cs) else { continue }
                    let content = spanOf(cs, end - 1)
                    out.append(make(content, source: source, cue: cue, direct: false))
                    if let cited { out.append(make(content, source: cited.source, cue: (cited.cue, cited.cue), direct: false)) }
                    break
                }
            } else if c > start + 2, tokens[c - 1].isPunct(","), c + 1 < end {
                // S, said X.
                var e = c + 1
                while e < end, !isBoundary(e) { e += 1 }
                if looksLikeSource(c + 1..<e), e >= end - 1 {
                    var ce = c - 2
                    while ce >= start, tokens[ce].kind == .punctuation || tokens[ce].kind == .quote { ce -= 1 }
                    let cs = firstContent(start)
                    if ce > cs, !covered.contains(ce) { out.append(make(spanOf(cs, ce), source: c + 1..<e, cue: cue, direct: false)) }
                    break
                }
            }
        }
        return out
    }

    /// `Headline text - Outlet` on a line of its own.
    private func headlineClaim(_ s: Range<Int>) -> Claim? {
        guard tokens[s.lowerBound].startsLine, s.count >= 5 else { return nil }
        var dash = s.upperBound - 2
        while dash > s.lowerBound + 2, dash >= s.upperBound - 5 {
            let t = tokens[dash]
            if t.kind == .punctuation && ["-", "\u{2013}", "\u{2014}"].contains(t.text) {
                let source = dash + 1..<s.upperBound
                guard source.allSatisfy({ tokens[$0].isCapitalized }),
                      entities.contains(where: { $0.start == tokens[source.lowerBound].start && ($0.label == .org || $0.label == .person) })
                else { return nil }
                return make(spanOf(s.lowerBound, dash - 1), source: source, cue: (dash, dash), direct: false)
            }
            dash -= 1
        }
        return nil
    }

    // MARK: pieces

    private func firstContent(_ start: Int) -> Int {
        var k = start
        while k < tokens.count, tokens[k].kind == .quote { k += 1 }
        return k
    }

    private func isCue(_ i: Int) -> Bool {
        let t = tokens[i]
        guard t.kind == .word, Cues.verbs.contains(t.lower) else { return false }
        // A capitalised "States" after "United" is a name, not a verb.
        if t.isCapitalized && i > 0 && !t.startsLine && tokens[i - 1].isCapitalized { return false }
        return true
    }

    /// The cue span, including "point out", "do not consider".
    private func cueSpan(_ c: Int, from floor: Int? = nil) -> (first: Int, last: Int) {
        var first = c
        var last = c
        if c + 1 < tokens.count, tokens[c + 1].lower == "out", ["pointed", "points", "point"].contains(tokens[c].lower) { last = c + 1 }
        var k = c - 1
        let lower = floor ?? max(0, c - 3)
        while k >= lower, ["not", "do", "does", "did", "never"].contains(tokens[k].lower) {
            first = k
            k -= 1
        }
        if first < c, !(first...c).contains(where: { tokens[$0].lower == "not" || tokens[$0].lower == "never" }) { first = c }
        return (first, last)
    }

    private func isBoundary(_ i: Int) -> Bool {
        let t = tokens[i]
        return (t.kind == .punctuation && [",", ".", ";", ":", "!", "?", "(", ")"].contains(t.text)) || t.kind == .quote
    }

    /// The noun phrase right before the cue at `c`, back to a comma or the
    /// sentence start.
    private func sourceBefore(_ c: Int, floor: Int) -> Range<Int>? {
        var end = c
        while end > floor, Cues.between.contains(tokens[end - 1].lower) { end -= 1 }
        var begin = end
        while begin > floor, !tokens[begin].startsLine, !isBoundary(begin - 1), end - begin < 10 { begin -= 1 }
        while begin < end, ["and", "but", "however", "so", "while", "as", "that", "which", "who"].contains(tokens[begin].lower) { begin += 1 }
        // Keep only the last clause's subject: stop at a verb-like lower-case word before the noun.
        guard begin < end else { return nil }
        let range = begin..<end
        return looksLikeSource(range) ? range : nil
    }

    private func looksLikeSource(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= 10 else { return false }
        if r.count == 1, Cues.pronouns.contains(tokens[r.lowerBound].lower) { return true }
        if r.contains(where: { tokens[$0].kind == .quote }) { return false }
        let last = tokens[r.upperBound - 1]
        guard last.kind == .word, !Cues.hedges.contains(last.lower) else { return false }
        return r.contains { tokens[$0].isCapitalized && !NameFinder.notNames.contains(tokens[$0].text) || Cues.agents.contains(tokens[$0].lower) }
            && !r.contains { ["is", "was", "are", "were", "be", "to", "will"].contains(tokens[$0].lower) }
    }

    private func spanOf(_ a: Int, _ b: Int) -> Span { text.span(tokens[a].start, tokens[b].end) }

    private func make(_ content: Span, source: Range<Int>, cue: (first: Int, last: Int), direct: Bool) -> Claim {
        let sourceSpan = spanOf(source.lowerBound, source.upperBound - 1)
        let cueSpan = spanOf(cue.first, cue.last)
        return Claim(content: content, source: sourceSpan, sourceCanonical: canonical(of: sourceSpan, before: cueSpan.start),
                     cue: cueSpan, kind: direct ? .direct : .indirect, stance: stance(content: content, cue: cue))
    }

    private func stance(content: Span, cue: (first: Int, last: Int)) -> Stance {
        let cueWords = (cue.first...cue.last).map { tokens[$0].lower }
        if cueWords.contains(where: { Cues.denial.contains($0) || $0 == "not" || $0 == "never" }) { return .denied }
        if cueWords.contains(where: { Cues.hedgingVerbs.contains($0) }) { return .hedged }
        let words = tokens.filter { $0.start >= content.start && $0.end <= content.end }.map(\.lower)
        if words.contains(where: { Cues.hedges.contains($0) }) { return .hedged }
        return .asserted
    }

    /// The canonical name of the entity the source names; a pronoun takes
    /// the nearest earlier person (he, she) or organisation (it).
    private func canonical(of source: Span, before position: Int) -> String {
        let lower = source.text.lowercased()
        if Cues.pronouns.contains(lower) {
            let wanted: Set<EntityLabel> = lower == "it" ? [.org, .gpe] : lower == "they" ? [.org, .gpe, .norp] : [.person]
            if let e = entities.last(where: { $0.end <= source.start && wanted.contains($0.label) }) { return e.canonical }
            return source.text
        }
        let inside = entities.filter { $0.start >= source.start && $0.end <= source.end }
        if let whole = inside.first(where: { $0.start == source.start && $0.end == source.end }) { return whole.canonical }
        if inside.count == 1, let e = inside.first, e.label == .person || e.label == .org { return e.canonical }
        return source.text
    }
}
