/// Quotations and who said them: `"Q," X said`, `X said: "Q"`, `ISW:
/// "Q"`, a transcript's `"PENCE: Q`, a signed `“Q.” ― Name`; a quoted
/// title (`on CBS's "Face the Nation"`) is none.
extension ClaimFinder {
    /// The quoted words without their closing punctuation; a quoted word or
    /// two is a term, not a claim.
    func quoteContent(_ q: Quote, from first: Int? = nil) -> Span? {
        let start = first ?? q.open + 1
        guard q.close - start >= 3 else { return nil }
        var end = q.close - 1
        while end >= start, tokens[end].kind == .punctuation, [",", ".", "!", "?", ":", ";"].contains(tokens[end].text) { end -= 1 }
        guard end > start || (end == start && tokens[end].kind == .word) else { return nil }
        // `"(CROSSTALK.)`: a stage direction, not words said.
        if tokens[start].isPunct("("), tokens[end].isPunct(")") { return nil }
        return spanOf(start, end)
    }

    /// A quotation that opens its paragraph with a transcript's speaker
    /// (`"PENCE: ...`, `"CHRIS WALLACE: ...`): the speaker and the colon.
    func quotedSpeaker(_ q: Quote, line: Range<Int>) -> (Range<Int>, Int)? {
        guard q.open == line.lowerBound, q.close > q.open + 2,
              let colon = (q.open + 2..<min(q.close, q.open + 5)).first(where: { tokens[$0].isPunct(":") }),
              let source = colonSource(colon: colon, lineStart: q.open + 1),
              source.allSatisfy({ tokens[$0].isAllCaps }) else { return nil }
        return (source, colon)
    }

    /// A paragraph set off as a block quotation without marks, after a
    /// paragraph that ends `X added:` (`He said:`, `Caddell continued:`):
    /// the source, the cue, and the block's content. A block that opens
    /// with a mark is a quotation the scanner pairs.
    func blockQuote(after line: Range<Int>, next: Range<Int>) -> (source: Range<Int>, cue: CueSpan, content: Span)? {
        // A verb, not a participle, and its source the paragraph's subject.
        guard tokens[next.lowerBound].kind != .quote, next.count >= 3, let intro = colonIntroduction(line), isCue(intro.cue),
              intro.source.lowerBound == firstContent(line.lowerBound) else { return nil }
        var end = next.upperBound - 1
        while end > next.lowerBound, tokens[end].kind == .punctuation || tokens[end].kind == .quote { end -= 1 }
        guard end - next.lowerBound >= 2 else { return nil }
        return (intro.source, (cueSpan(intro.cue).first, intro.cue + 1), spanOf(next.lowerBound, end))
    }

    /// The source and the cue of a paragraph that ends `X said:` (`He
    /// said:`, `Limbaugh added:`), introducing what the next paragraph
    /// holds: a quotation, or a block set off without marks.
    func colonIntroduction(_ p: Range<Int>) -> (source: Range<Int>, cue: Int)? {
        guard p.count >= 3, tokens[p.upperBound - 1].isPunct(":") else { return nil }
        let c = p.upperBound - 2
        guard isCue(c) || Cues.participles.contains(lowerOf: tokens[c]),
              let source = source(forCue: c, first: cueSpan(c).first, floor: p.lowerBound) else { return nil }
        return (source, c)
    }

    /// Words before a quoted title: a preposition, a possessive.
    static let titleOpeners: WordSet = ["on", "of", "in", "to", "from", "at", "for", "by", "with", "about", "'s", "\u{2019}s"]
    /// Verbs before a quoted name: the quote is the name, but the verb may attribute it (`Cook called it "crap"`).
    static let namingVerbs: WordSet = ["called", "titled", "entitled", "dubbed", "named"]

    /// `"Q," X said` / `"Q," said X` after the quote; `X said: "Q"`, `X told
    /// reporters: "Q"`, `ISW: "Q"` before it; or `X said:` ending the
    /// previous paragraph.
    func attribute(_ q: Quote, line: Range<Int>, previous: Range<Int>?) -> (Range<Int>, CueSpan)? {
        if q.closed, let signed = signature(after: q.close, line: line) { return signed }
        // A title, not a quotation: `In an interview on CBS's "Face the
        // Nation," Ryan said`, `Pence said on CNN's "State of the Union."`.
        if q.open > line.lowerBound && Self.titleOpeners.contains(lowerOf: tokens[q.open - 1]) { return nil }
        // `"Q," X said`, not `"Q." X said ...`, which starts a new sentence,
        // nor a name (`a group called "Moms for Safety," Smith said`).
        let named = q.open > line.lowerBound && Self.namingVerbs.contains(lowerOf: tokens[q.open - 1])
        if q.closed, !tokens[q.close - 1].isPunct("."), !named {
            var k = q.close + 1
            if k < line.upperBound, tokens[k].isPunct(",") { k += 1 }
            if let found = sourceAndCue(after: k, limit: line.upperBound) { return found }
        }
        var b = q.open - 1
        if b >= line.lowerBound, let source = colonSource(colon: b, lineStart: line.lowerBound) { return (source, (b, b)) }
        if let found = splitQuotation(q, line: line) ?? openingCue(before: q, line: line) { return found }
        if b >= line.lowerBound, tokens[b].isPunct(":") || tokens[b].isPunct(",") { b -= 1 }
        // The cue may sit a few words back: `said in a statement: "Q"`.
        var k = b
        while k >= line.lowerBound, k > b - 6, !isBoundary(k) {
            if isCue(k) || Cues.participles.contains(lowerOf: tokens[k]) {
                // `Trump says voter fraud “would be ...”`: the quotation
                // finishes a reported clause, which the sentence patterns
                // take whole (but `says on its website that “Q.”`: the
                // quotation is the clause).
                if tokens[q.open - 1].kind == .word, isCue(k), contentStart(afterCue: k, end: line.upperBound) < q.open,
                   !(tokens[q.open - 1].lower == "that" && endsSentence(q, line: line)) { return nil }
                let cue = cueSpan(k)
                if let source = source(forCue: k, first: cue.first, floor: line.lowerBound) { return (source, cue) }
                return nil
            }
            k -= 1
        }
        if q.open == line.lowerBound, let p = previous, let intro = colonIntroduction(p) { return (intro.source, cueSpan(intro.cue)) }
        return nil
    }

    /// `"Now," says Joseph Napolitan, a pioneer in political television,
    /// "the idea is ..."`: the second piece of a quotation split around its
    /// cue, whose first piece ended with a comma inside its marks.
    private func splitQuotation(_ q: Quote, line: Range<Int>) -> (Range<Int>, CueSpan)? {
        guard q.open - 2 > line.lowerBound, tokens[q.open - 1].isPunct(","),
              let close = (line.lowerBound..<(q.open - 1)).last(where: { tokens[$0].kind == .quote }),
              close > line.lowerBound, tokens[close - 1].isPunct(","),
              // (the same sentence: not `"Q1," X said. And, he said, "Q2"`)
              !(close..<q.open).contains(where: { endsASentence(tokens[$0]) })
        else { return nil }
        var k = close + 1
        if k < q.open, tokens[k].isPunct(",") { k += 1 }
        return sourceAndCue(after: k, limit: q.open - 1)
    }

    /// `Says Mr. Dahlen, "Q."`, `Adds Takeshi Kondo, senior vice president
    /// of C. Itoh America Inc.: "Q."`: a cue opening the paragraph, its
    /// source after it, to the first comma or the colon before the quote.
    private func openingCue(before q: Quote, line: Range<Int>) -> (Range<Int>, CueSpan)? {
        let c = line.lowerBound
        guard q.open - 1 > c + 1, tokens[q.open - 1].isPunct(",") || tokens[q.open - 1].isPunct(":"),
              tokens[c].isCapitalized, isCue(c), Self.openingVerbs.contains(lowerOf: tokens[c]) else { return nil }
        var e = c + 1
        while e < q.open - 1, !isBoundary(e) { e += 1 }
        guard e > c + 1, looksLikeSource(c + 1..<e) else { return nil }
        return (c + 1..<e, (c, c))
    }

    /// Verbs that open a paragraph before their source (not `Asked whether
    /// S, X said`).
    private static let openingVerbs: WordSet = ["says", "said", "adds", "added", "explains", "explained", "notes", "noted",
                                                "recalls", "recalled", "counters", "countered", "warns", "warned", "insists",
                                                "concedes", "observes", "argues", "complains", "writes", "wrote"]

    /// Whether the words after the quotation, to the end of its sentence,
    /// hold a cue.
    private func attributedAfter(_ q: Quote, line: Range<Int>) -> Bool {
        guard q.closed, !endsSentence(q, line: line) else { return false }
        var k = q.close + 1
        while k < line.upperBound, !endsASentence(tokens[k]) {
            if isCue(k) { return true }
            k += 1
        }
        return false
    }

    /// Whether the quotation ends its sentence: `“Q.”` or `“Q”.`.
    private func endsSentence(_ q: Quote, line: Range<Int>) -> Bool {
        guard q.closed, q.close + 1 < line.upperBound else { return true }
        let last = tokens[q.close - 1], next = tokens[q.close + 1]
        return endsASentence(last) || endsASentence(next)
    }

    /// A point, `!` or `?`: the marks that end a sentence.
    private func endsASentence(_ t: Token) -> Bool {
        t.kind == .punctuation && Self.sentenceEnds.contains(t.text)
    }

    private static let sentenceEnds: WordSet = [".", "!", "?"]

    /// `“Q.” ― Rosa Delgado`: a dash and a name end the quotation's
    /// paragraph, the way a quoted voice is signed in a feature or under
    /// an epigraph. The name is the source, the dash the cue.
    private func signature(after close: Int, line: Range<Int>) -> (Range<Int>, CueSpan)? {
        var k = close + 1
        while k < line.upperBound, Self.dashes.contains(tokens[k].text) { k += 1 }
        guard k > close + 1, k < line.upperBound else { return nil }
        var end = line.upperBound
        if tokens[end - 1].isPunct(".") { end -= 1 }
        let name = k..<end
        guard !name.isEmpty, name.count <= 6, name.allSatisfy({ tokens[$0].kind == .word && tokens[$0].isCapitalized }) else { return nil }
        return (name, (close + 1, k - 1))
    }

    /// A quote with no cue of its own continues the last speaker when it
    /// opens a sentence in that speaker's paragraph, or fills the next one.
    func continues(_ q: Quote, line: Range<Int>, lineNumber: Int, speakerLine: Int) -> Bool {
        let opensSentence = q.open == line.lowerBound || endsASentence(tokens[q.open - 1])
            || (tokens[q.open - 1].kind == .quote && q.open - 2 >= line.lowerBound && tokens[q.open - 2].kind != .word)
        // (`“Q” to drive up the price, she said`: the sentence that goes on
        // past the quotation has an attribution of its own.)
        guard opensSentence, q.close - q.open >= 4, !attributedAfter(q, line: line) else { return false }
        if lineNumber == speakerLine { return true }
        return lineNumber == speakerLine + 1 && q.open == line.lowerBound && q.close >= line.upperBound - 2
    }

    /// `X said` or `said X` starting at `k`.
    func sourceAndCue(after k: Int, limit: Int) -> (Range<Int>, CueSpan)? {
        guard k < limit else { return nil }
        if isCue(k) {
            // said X
            var e = k + 1
            while e < limit, e < k + 9, !isBoundary(e), !tokens[e].startsLine { e += 1 }
            // (`said economist Lynn Reaser of Barnett Banks Inc. in
            // Jacksonville`: a place cut by the window is left out.)
            if e == k + 9, e < limit, !isBoundary(e), let place = (k + 2..<e).last(where: { Self.prepositions.contains(lowerOf: tokens[$0]) }) { e = place }
            guard e > k + 1, looksLikeSource(k + 1..<e) else { return nil }
            return (k + 1..<e, (k, k))
        }
        // X said / X (D-Mo.) said / X, a writer for Y, said
        var c = k
        var nameEnd: Int?
        while c < limit, c < k + 45, !isCue(c) {
            if tokens[c].isPunct("("), let close = (c + 1..<min(limit, c + 8)).first(where: { tokens[$0].isPunct(")") }) {
                c = close + 1
                continue
            }
            if tokens[c].isPunct(",") {
                if nameEnd == nil { nameEnd = c }
            } else if isBoundary(c) || (nameEnd == nil && c >= k + 10) {
                return nil
            }
            c += 1
        }
        guard c < limit, c > k, isCue(c) else { return nil }
        if let nameEnd {
            guard tokens[c - 1].isPunct(","), looksLikeName(k..<nameEnd) else { return nil }
            return (k..<nameEnd, cueSpan(c, from: c))
        }
        var srcEnd = c
        while srcEnd > k, Cues.between.contains(lowerOf: tokens[srcEnd - 1]) { srcEnd -= 1 }
        // (`"Q," when Clinton blasted him`: another clause's speaker.)
        guard srcEnd > k, !Self.subordinators.contains(lowerOf: tokens[k]), looksLikeSource(k..<srcEnd) else { return nil }
        return (trimmedSource(k..<srcEnd), cueSpan(c, from: srcEnd))
    }
}
