/// A headline in title case (`Beauty Takes Backseat To Safety on
/// Bridges`) capitalises every word, so there a capital is no evidence of
/// a name, and the tagger, which leans on capitals, reads runs of such
/// words as names. A name in a headline is nearly always written in the
/// article's body too, capitalised in mid-sentence. A name found in a
/// title-case headline is dropped when the body never so writes any of
/// its words and writes one of them in lower case (`safety`): the
/// headline's capitals are the headline's, not the name's.
enum TitleCaseHeadlines {
    /// Words a title-case headline leaves in lower case.
    private static let smallWords: WordSet = [
        "a", "an", "the", "of", "in", "on", "to", "for", "and", "or", "as", "at", "by", "with", "from", "is", "but",
        "vs",
    ]

    /// The sentences that are a whole line of three words or more, every
    /// word but the small ones capitalised, at most a third in capitals
    /// (`CENTRUST SAVINGS BANK (Miami)`, a heading), with no number (a
    /// line of results: `Wigan 42 Bradford Bulls 36`), no comma (a
    /// dateline: `Xinhua News Agency, Beijing`), no colon (`Source:
    /// Telerate Systems Inc.`), not ending in a point, question or
    /// exclamation mark, and not going on in lower case on the next line
    /// (a sentence broken over lines: `The National Bank of Poland` /
    /// `refrained from...`).
    static func lines(_ tokens: [Token], _ sentences: [Range<Int>]) -> [Range<Int>] {
        sentences.filter { s in
            guard s.count >= 3, tokens[s.lowerBound].startsLine, !goesOn(tokens, after: s),
                  let last = tokens[s].last, !(last.text.hasSuffix(".") || last.text == "?" || last.text == "!") else {
                return false
            }
            var words = 0, capitals = 0
            for t in tokens[s] {
                if t.text == "," || t.text == ":" || t.hasDigit { return false }
                guard t.kind == .word else { continue }
                words += 1
                if t.isAllCaps { capitals += 1 }
                if !t.isCapitalized && !smallWords.contains(lowerOf: t) { return false }
            }
            return words >= 3 && 3 * capitals <= words
        }
    }

    /// Whether the text after sentence `s` goes on in its line, or on the
    /// next line in lower case.
    private static func goesOn(_ tokens: [Token], after s: Range<Int>) -> Bool {
        guard s.upperBound < tokens.count else { return false }
        let next = tokens[s.upperBound]
        return !next.startsLine || (next.kind == .word && !next.isCapitalized)
    }

    /// `entities` less the names in title-case headlines none of whose
    /// words the rest of the article capitalises in mid-sentence and one
    /// of which it writes in lower case; a name after `by` (a credit:
    /// `(photo by Jimmy Lin)`) stays.
    static func dropUnattested(_ entities: [Entity], tokens: [Token], sentences: [Range<Int>]) -> [Entity] {
        let headlines = lines(tokens, sentences)
        guard !headlines.isEmpty else { return entities }
        var inHeadline = [Bool](repeating: false, count: tokens.count)
        for h in headlines { for k in h { inHeadline[k] = true } }
        // Each name's first token, where it starts in a headline.
        var suspects: [(entity: Int, first: Int)] = []
        for (i, e) in entities.enumerated() where !e.label.isNumeric {
            let first = tokens.firstIndex(keyAtLeast: e.start) { $0.start }
            guard first < tokens.count, tokens[first].start < e.end, inHeadline[first],
                  first == 0 || tokens[first - 1].lower != "by" else { continue }
            suspects.append((i, first))
        }
        guard !suspects.isEmpty else { return entities }
        // The body's words by their lower case's hash: capitalised in
        // mid-sentence, or written in lower case.
        var capitalised = Set<UInt64>(), lowerCase = Set<UInt64>()
        for s in sentences where !inHeadline[s.lowerBound] {
            for k in s where tokens[k].kind == .word {
                if !tokens[k].isCapitalized {
                    lowerCase.insert(tokens[k].lowerHash)
                } else if k > s.lowerBound {
                    capitalised.insert(tokens[k].lowerHash)
                }
            }
        }
        var dropped = Set<Int>()
        for (i, first) in suspects {
            var common = false, attested = false
            var k = first
            while k < tokens.count, tokens[k].end <= entities[i].end {
                if tokens[k].kind == .word, !smallWords.contains(lowerOf: tokens[k]) {
                    attested = attested || capitalised.contains(tokens[k].lowerHash)
                    common = common || lowerCase.contains(tokens[k].lowerHash)
                }
                k += 1
            }
            if common && !attested { dropped.insert(i) }
        }
        return entities.indices.filter { !dropped.contains($0) }.map { entities[$0] }
    }
}
