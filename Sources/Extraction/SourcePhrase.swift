/// Finding who speaks: the noun phrase next to a cue, a name before its
/// appositives, the subject of the sentence for a participle cue, the name
/// before a headline colon. Without a parse, a source is a short run of
/// tokens bounded by punctuation that holds a name, an agent noun or a
/// pronoun.
extension ClaimFinder {
    /// Words that start a clause or a prepositional phrase, never a source.
    static let clauseStarters: WordSet = [
        "and", "but", "however", "so", "while", "as", "that", "which", "who", "in", "on", "at", "after", "before",
        "since", "when", "if", "because", "although", "though", "for", "from", "with", "by", "during", "last", "earlier",
        "meanwhile", "still", "yet", "also", "then", "now", "here", "there", "this", "these", "those",
    ]
    /// Words left off the front of a source found back from its cue: they
    /// open the clause the source speaks in (`Although U.S. officials said`)
    /// or name its day (`Yesterday Federal Prosecutors announced`), not the
    /// source.
    static let sourceOpeners = WordSet(Array(subordinators) + ["and", "but", "however", "so", "that", "which", "who", "with", "if", "meanwhile",
                                                              "yesterday", "today", "tonight"])
    /// Words that open a subordinate clause, inside the words before a cue
    /// too (`turned vicious after Trump questioned`).
    static let subordinators: WordSet = [
        "after", "before", "when", "because", "since", "until", "unless", "while", "whereas", "although", "though", "once", "as",
    ]
    /// Verbs that voice a nominal cue: `expressed fears`, `raised demands`.
    static let voicingVerbs: WordSet = ["expressed", "voiced", "raised", "renewed", "repeated", "reiterated", "made", "issued", "aired", "echoed"]
    /// Prepositions that open a phrase before a cue which is not its source.
    static let prepositions: WordSet = ["in", "on", "at", "during", "from", "under", "amid", "through", "across", "into", "despite"]
    /// Relative pronouns that speak for the noun before them (`Okafor, who
    /// said`, `the council, which claimed`).
    static let relatives: WordSet = ["who", "which"]
    /// Words that open a clause whose subject speaks after them.
    static let whWords: WordSet = ["what", "how", "why", "whether", "where", "which", "whom"]
    /// Words that open an appositive or a relative clause after a name.
    static let appositiveStarters: WordSet = [
        "a", "an", "the", "who", "which", "whose", "whom", "where", "its", "his", "her", "their", "one", "now",
        "then", "also", "himself", "herself", "both", "each", "another", "former", "currently",
    ]
    /// Words that open a noun phrase that can speak: `The bank`, `Many voters`.
    static let determiners: WordSet = [
        "the", "a", "an", "this", "these", "those", "another", "some", "many", "most", "several", "both", "all", "one", "two",
        "three", "few", "other", "others", "each", "every", "his", "her", "their", "its", "our", "my",
    ]
    /// Line-initial words before a colon that label boilerplate, not a speaker.
    static let colonLabels: WordSet = [
        "photo", "photos", "image", "video", "source", "sources", "read", "more", "related", "update", "updated",
        "note", "editor", "watch", "listen", "see", "also", "click", "subscribe", "share", "tags", "credit",
        "caption", "advertisement", "live", "breaking", "exclusive", "opinion", "analysis", "explainer", "file",
    ]

    func isBoundary(_ i: Int) -> Bool {
        let t = tokens[i]
        if t.text == ".", isAbbreviationPoint(i) { return false }
        return (t.kind == .punctuation && ([",", ".", ";", ":", "!", "?", "(", ")"].contains(t.text) || Self.dashes.contains(t.text))) || t.kind == .quote
    }

    /// A point on a word with a comma after it ends an abbreviation the
    /// tokenizer does not know (`of Springfield, Va., said`), not a phrase.
    private func isAbbreviationPoint(_ i: Int) -> Bool {
        i > 0 && i + 1 < tokens.count && tokens[i - 1].end == tokens[i].start && tokens[i - 1].kind == .word && tokens[i + 1].isPunct(",")
    }

    /// The noun phrase right before the cue at `c`, back to a comma or the
    /// sentence start; across appositives when a comma comes right before
    /// the cue (`Angelique Brunner, a spokeswoman for X, said`).
    func sourceBefore(_ c: Int, floor: Int) -> Range<Int>? {
        var end = c
        while end > floor, Cues.between.contains(lowerOf: tokens[end - 1]) || Cues.auxiliaries.contains(lowerOf: tokens[end - 1]) { end -= 1 }
        if end > floor + 1, tokens[end - 1].isPunct(",") { return subjectBeforeAppositives(comma: end - 1, floor: floor) }
        // `in which he said`: a pronoun right before the cue is the source,
        // and before a time (`who in 2010 said`, `he on Tuesday said`).
        var pronoun = end
        if let time = timeBefore(end, floor: floor + 1) { pronoun = time }
        if pronoun > floor, Cues.pronouns.contains(lowerOf: tokens[pronoun - 1]) || Self.relatives.contains(lowerOf: tokens[pronoun - 1]) {
            return (pronoun - 1)..<pronoun
        }
        // `many who didn't believe S`: the relative speaks for its noun.
        if end > floor + 1, Cues.isContractedNegation(tokens[end - 1]), Self.relatives.contains(lowerOf: tokens[end - 2]) {
            return (end - 2)..<(end - 1)
        }
        // `Trump's claim`, `the IMF's estimate`: the possessor of a nominal cue.
        // (Not a contraction: `Let's say`, `It's said`; nor a name that
        // ends in `'s` before a verb: `Moody's said`, `McDonald's warned`.)
        if end > floor + 1, tokens[end - 1].isPossessive, tokens[end - 2].isCapitalized, !Cues.onlyVerb(tokens[c]),
           !NameFinder.notNames.contains(tokens[end - 2].text), tokens[end - 2].lower != "let" {
            var begin = end - 2
            while begin > floor, end - begin < 8, tokens[begin - 1].isCapitalized && !isBoundary(begin - 1) { begin -= 1 }
            if begin > floor, tokens[begin - 1].lower == "the" { begin -= 1 }
            while begin < end - 2, Self.sourceOpeners.contains(lowerOf: tokens[begin]) { begin += 1 }
            return begin..<(end - 1)
        }
        var begin = end
        // A parenthesis after the name: `Sen. David Perdue (R-Ga.) said`.
        if let open = parenthesis(closingAt: end, floor: floor) { begin = open }
        while begin > floor, !tokens[begin].startsLine, !isBoundary(begin - 1), end - begin < 10 { begin -= 1 }
        while begin < end, Self.sourceOpeners.contains(lowerOf: tokens[begin]) { begin += 1 }
        // `the difference between what Trump says`: the speaker follows the wh-word.
        // (Not when a verb follows the wh-word: `What happened Friday shows
        // that S` has the clause for its subject.)
        if let wh = (begin..<end).last(where: { Self.whWords.contains(lowerOf: tokens[$0]) }), wh + 1 < end,
           !(tokens[wh + 1].isLowercaseWord && tokens[wh + 1].lower.hasSuffix("ed")) { begin = wh + 1 }
        // `The relationship turned vicious after Trump questioned`: a
        // subordinate clause's subject speaks, not the main clause before it
        // (and `Patriot failed as predicted` has no speaker).
        if let sub = (begin..<end).last(where: { Self.subordinators.contains(lowerOf: tokens[$0]) }) {
            // (`tenure as secretary of state cited`: `as` a preposition.)
            if sub + 1 == end { return nil }
            if looksLikeSource(sub + 1..<end) { begin = sub + 1 }
        }
        guard begin < end else { return nil }
        let range = begin..<end
        // `In a Facebook message posted Friday, Cruz said`: a phrase that
        // opens with a preposition is a place or a time, not a speaker,
        // though a name may end it (`In a Bloomberg interview Trump declared`).
        if !Self.prepositions.contains(lowerOf: tokens[begin]) {
            // `officials have expressed fears that S`: the verb that voices a
            // nominal cue is not its owner's name.
            if Cues.nounLike.contains(lowerOf: tokens[c]) || Cues.singularNouns.contains(lowerOf: tokens[c]),
               end - 1 > begin, Self.voicingVerbs.contains(lowerOf: tokens[end - 1]) {
                let owner = trimmedSource(begin..<(end - 1))
                if looksLikeSource(owner) { return owner }
            }
            if looksLikeSource(range) { return trimmedSource(range) }
            // `Okafor in 2019 said`: a year ends no source.
            if NumericGrammar.isYear(tokens[end - 1]), let time = timeBefore(end, floor: begin + 1), looksLikeSource(begin..<time) {
                return begin..<time
            }
        }
        // `the third time AROS said`: the name that ends the clause.
        var nameStart = end
        while nameStart > begin, tokens[nameStart - 1].isCapitalized || ["of", "the", "'s", "for"].contains(tokens[nameStart - 1].lower) {
            nameStart -= 1
        }
        while nameStart < end, ["of", "the", "'s", "for"].contains(tokens[nameStart].lower) { nameStart += 1 }
        return nameStart < end && nameStart > begin && looksLikeSource(nameStart..<end) ? nameStart..<end : nil
    }

    /// The opening of a parenthesis that closes right before `end`, at most
    /// eight tokens back and not before `floor`: `Sen. David Perdue (R-Ga.)`.
    private func parenthesis(closingAt end: Int, floor: Int) -> Int? {
        guard end > floor, tokens[end - 1].isPunct(")") else { return nil }
        return (max(floor, end - 8)..<(end - 1)).last(where: { tokens[$0].isPunct("(") })
    }

    /// `range`, a source found before its cue, without the words at its end
    /// that belong to the verb (`Gingrich [cynically] dismissed`, `Donald
    /// Trump [isn't] saying`), as long as what is left still reads as a
    /// source. Only the source's span changes: whether there is a claim was
    /// decided with the words in place.
    func trimmedSource(_ range: Range<Int>) -> Range<Int> {
        var end = range.upperBound
        while end - 1 > range.lowerBound, Cues.endsNoSource(tokens[end - 1]), looksLikeSource(range.lowerBound..<(end - 1)) { end -= 1 }
        // `Trump this week said`, `Sanders on Tuesday said`, `a poll released in
        // late August found`: a time is the verb's too (not `in Dallas`).
        if let time = timeBefore(end, floor: range.lowerBound + 1), looksLikeSource(range.lowerBound..<time) { end = time }
        return range.lowerBound..<end
    }

    /// Where a time of at most three words right before `end` opens (`on
    /// Tuesday`, `this week`, `in late August`, `in 2010`), not before
    /// `floor`: the cue's, not part of its source. A place is no time (`in
    /// Dallas`).
    func timeBefore(_ end: Int, floor: Int) -> Int? {
        guard floor < end, let time = (max(floor, end - 3)..<end).first(where: { opensAdjunct($0) }) else { return nil }
        let words = time..<end
        guard words.contains(where: { isTimeWord(tokens[$0]) || NumericGrammar.isYear(tokens[$0]) }),
              words.allSatisfy({ NumericGrammar.isYear(tokens[$0]) || tokens[$0].kind == .word && (!tokens[$0].isCapitalized || isTimeWord(tokens[$0])) })
        else { return nil }
        return time
    }

    /// A day, a month or a word of time (`week`, `yesterday`).
    func isTimeWord(_ t: Token) -> Bool {
        NumericGrammar.weekdays.contains(lowerOf: t) || NumericGrammar.months.contains(lowerOf: t) || Self.timeWords.contains(lowerOf: t)
    }
    static let timeWords: WordSet = ["week", "month", "year", "morning", "afternoon", "evening", "night", "weekend", "spring",
                                     "summer", "fall", "autumn", "winter", "time", "yesterday", "today", "tonight", "overnight",
                                     "earlier", "recently"]

    /// Walks back over comma-separated segments that read as appositives
    /// or relative clauses to the name they describe, at most six: `Donna
    /// Sampson Rawlings, 59, of Ashton, Md., who watched ..., said`.
    func subjectBeforeAppositives(comma: Int, floor: Int) -> Range<Int>? {
        var segmentEnd = comma
        var found: Range<Int>?
        var determined: Range<Int>?
        for _ in 0..<6 {
            var begin = segmentEnd
            // A parenthesis on the name: `Rep. Gregory W. Meeks (D-N.Y.), chairman of X, said`.
            var nameEnd = segmentEnd
            if let open = parenthesis(closingAt: begin, floor: floor) { begin = open; nameEnd = open }
            while begin > floor, !tokens[begin].startsLine, !isBoundary(begin - 1), segmentEnd - begin < 30 { begin -= 1 }
            guard begin < segmentEnd else { break }
            let segment = begin..<segmentEnd
            // `But Megan Hester, senior associate at X, said`: the clause's opening word is not the name's.
            var nameBegin = begin
            while nameBegin < nameEnd - 1, Self.sourceOpeners.contains(lowerOf: tokens[nameBegin]) { nameBegin += 1 }
            // `The moves come after the United States and partners, including
            // in Europe, warned`: a subordinate clause's subject (not in an
            // appositive: `Trump, appearing after Clinton at the forum, cited`).
            if tokens[begin].isCapitalized, let sub = (nameBegin..<nameEnd - 1).last(where: { Self.subordinators.contains(lowerOf: tokens[$0]) }),
               looksLikeName(sub + 1..<nameEnd) { nameBegin = sub + 1 }
            // `David McLeod, who examined Bruno, told`: a relative clause names no speaker.
            let relative = Self.relatives.contains(lowerOf: tokens[begin]) || tokens[begin].lower == "whose"
            if !relative, nameBegin < nameEnd && looksLikeName(nameBegin..<nameEnd) {
                // The leftmost name, unless a person's name is already found:
                // `Russia's foreign minister, Sergey Lavrov, said`.
                if found == nil || !names(.person, in: found ?? segment) { found = nameBegin..<segmentEnd }
            } else if determined == nil, segmentEnd - nameBegin <= 5, Self.determiners.contains(lowerOf: tokens[nameBegin]),
                      Cues.agents.contains(lowerOf: tokens[segmentEnd - 1]) || Self.isAgentNoun(tokens[segmentEnd - 1])
                        || (nameBegin + 1..<segmentEnd).contains(where: { tokens[$0].isCapitalized }) && looksLikeSource(nameBegin..<segmentEnd) {
                // `The source, who spoke on condition of anonymity, said`, `The
                // parent of Younkers, after ..., said`: a determined phrase
                // whose noun can speak or that names its owner, unless a name
                // before it is the speaker (`Rendell, a Clinton surrogate, said`).
                determined = nameBegin..<segmentEnd
            } else if tokens[begin].isCapitalized && !Self.appositiveStarters.contains(lowerOf: tokens[begin]),
                      // `China, Pyongyang's only ally, said`: a possessor opens an appositive.
                      !(begin + 1 < segmentEnd && tokens[begin + 1].isPossessive),
                      !(segment.count <= 3 && segment.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].isPunct(".") })) {
                // A clause of its own, not an appositive; a short capitalised
                // segment is a place and goes on (`of Springfield, Va., said`).
                break
            }
            guard begin > floor, tokens[begin - 1].isPunct(","), !tokens[begin].startsLine else { break }
            segmentEnd = begin - 1
        }
        return found ?? determined
    }

    /// A short capitalised phrase that can name a speaker: `Sen. David
    /// Perdue (R-Ga.)`, `The New York Post`, `Mr. Kamin`.
    func looksLikeName(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= 8 else { return false }
        var first = r.lowerBound
        if tokens[first].lower == "the", r.count > 1 { first += 1 }
        guard !Self.clauseStarters.contains(lowerOf: tokens[first]) else { return false }
        // Capitalised from the start, or a lower-case title before a name:
        // `political scientist Jane Kinninmont`.
        guard tokens[first].isCapitalized || (tokens[r.upperBound - 1].isCapitalized && names(.person, in: r)) else { return false }
        return looksLikeSource(r)
    }

    /// Whether an entity with this label lies inside `r`.
    func names(_ label: EntityLabel, in r: Range<Int>) -> Bool {
        let lo = tokens[r.lowerBound].start, hi = tokens[r.upperBound - 1].end
        return entities(within: lo, hi).contains { $0.label == label }
    }

    /// The subject at the start of the sentence, for cues that hang off it
    /// (`Ali Motahari criticised Russia, saying ...`). Skips an opening
    /// prepositional phrase (`On Monday, ...`).
    func sentenceSubject(_ start: Int, before limit: Int) -> Range<Int>? {
        var b = firstContent(start)
        // `On Thursday, however, Ortiz ...`: one opening phrase, and a word
        // after it; `Chastened by the analyses, ..., Trump revised`: a
        // participle's phrase.
        for _ in 0..<2 {
            let participle = b + 1 < limit && tokens[b].isCapitalized && !tokens[b + 1].isCapitalized
                && (tokens[b].lower.hasSuffix("ed") || tokens[b].lower.hasSuffix("ing"))
            guard b < limit, Self.clauseStarters.contains(lowerOf: tokens[b]) || participle,
                  let comma = (b..<min(limit, b + 10)).first(where: { tokens[$0].isPunct(",") }) else { break }
            b = comma + 1
        }
        guard b < limit else { return nil }
        // `On September 27 they published`: an opening phrase without its
        // comma; only a pronoun after it is sure to be the subject.
        if Self.prepositions.contains(lowerOf: tokens[b]) {
            return (b + 1..<min(limit, b + 6)).first(where: { Cues.pronouns.contains(lowerOf: tokens[$0]) }).map { $0..<($0 + 1) }
        }
        if Cues.pronouns.contains(lowerOf: tokens[b]) { return b..<(b + 1) }
        var e = b
        while e < limit, e < b + 8 {
            let t = tokens[e]
            let nameWord = t.isCapitalized || ["the", "of", "'s", "and", "for"].contains(t.lower) || Cues.agents.contains(lowerOf: t)
                || (e == b && Self.determiners.contains(lowerOf: t))
                || (t.kind == .word && e + 1 < limit && Cues.agents.contains(lowerOf: tokens[e + 1]) && !Cues.auxiliaries.contains(lowerOf: t))
            guard nameWord, t.kind == .word else { break }
            e += 1
        }
        while e > b, ["the", "of", "and", "for", "'s"].contains(tokens[e - 1].lower) { e -= 1 }
        guard e > b else { return nil }
        return looksLikeSource(b..<e) ? b..<e : nil
    }

    /// `ISW: Russia, Iran preparing ...` and `US Ambassador: There's no time
    /// to lose.`: a short named speaker opening a line, then a colon.
    func colonSource(colon: Int, lineStart: Int) -> Range<Int>? {
        guard tokens[colon].isPunct(":"), colon > lineStart, colon - lineStart <= 5 else { return nil }
        let r = lineStart..<colon
        // (`At Portsmouth:` opens a result, not a speaker.)
        guard !Self.colonLabels.contains(lowerOf: tokens[lineStart]), !Self.clauseStarters.contains(lowerOf: tokens[lineStart]),
              r.allSatisfy({ tokens[$0].isCapitalized || tokens[$0].lower == "of" }), looksLikeSource(r) else { return nil }
        let found = entities(within: tokens[lineStart].start, tokens[colon - 1].end)
        // A transcript's speaker or an outlet in capitals (`PENCE:`, `CHRIS
        // WALLACE:`, `WSJ:`) is a person or an organisation, an initialism,
        // speaks again or is named in the article; a table's label in
        // capitals (`PRIME RATE:`, `ISSUER:`) is none of these.
        if r.allSatisfy({ tokens[$0].isAllCaps }) {
            let initialism = r.count == 1 && tokens[r.lowerBound].text.count <= 5 && !tokens[r.lowerBound].text.contains { "AEIOU".contains($0) }
            return r.count <= 3 && (initialism || found.contains { $0.label == .person || $0.label == .org } || speaksAgain(r) || namedElsewhere(r, anyCase: true)) ? r : nil
        }
        let named = found.contains { [.org, .person, .gpe, .norp].contains($0.label) }
        return named || r.contains(where: { Cues.agents.contains(lowerOf: tokens[$0]) }) || namedElsewhere(r) ? r : nil
    }

    /// Whether the words of `r` open another line with a colon after them,
    /// as a transcript's speaker does at each turn.
    private func speaksAgain(_ r: Range<Int>) -> Bool {
        tokens.indices.contains { i in
            i != r.lowerBound && i + r.count < tokens.count && tokens[i + r.count].isPunct(":")
                && (0..<r.count).allSatisfy { tokens[i + $0].text == tokens[r.lowerBound + $0].text }
        }
    }

    /// Whether the article names a person or an organisation whose name
    /// ends with the words of `r` (`Pence:` opening a headline the tagger
    /// read as title case, `Mike Pence` in the body), in any case for a
    /// transcript's capitals.
    private func namedElsewhere(_ r: Range<Int>, anyCase: Bool = false) -> Bool {
        guard r.count <= 3 else { return false }
        let written = text.string(tokens[r.lowerBound].start, tokens[r.upperBound - 1].end)
        let words = anyCase ? written.uppercased() : written
        return entities.contains {
            let name = anyCase ? $0.text.uppercased() : $0.text
            return ($0.label == .person || $0.label == .org) && name.hasSuffix(words)
                && (name.count == words.count || name.dropLast(words.count).last == " ")
        }
    }

    func looksLikeSource(_ r: Range<Int>) -> Bool {
        guard !r.isEmpty, r.count <= 10 else { return false }
        if r.count == 1, Cues.pronouns.contains(lowerOf: tokens[r.lowerBound]) { return true }
        if isShare(r) { return true }
        if r.contains(where: { tokens[$0].kind == .quote }) { return false }
        let last = tokens[r.upperBound - 1]
        guard last.kind == .word || last.isPunct(")"), !Cues.hedges.contains(last.lower) else { return false }
        // `apologize to Donald Trump for accusing him`: a phrase ending on
        // a preposition is the cue's object, not its speaker.
        if Self.endingPrepositions.contains(lowerOf: last) || Self.articles.contains(lowerOf: last), last.isLowercaseWord { return false }
        // A name, an agent noun, or a short determined phrase (`The bank`, `Another 19 percent`).
        let determined = r.count <= 5 && Self.determiners.contains(lowerOf: tokens[r.lowerBound])
        return (determined || r.contains { tokens[$0].isCapitalized && !NameFinder.notNames.contains(tokens[$0].text) || Cues.agents.contains(lowerOf: tokens[$0]) }
                || Self.isAgentNoun(tokens[r.upperBound - 1]))
            && !r.contains { i in
                let w = tokens[i].lower
                // "mission to the United Nations" and "those close to him" name a speaker; "wants to" does not.
                if w == "to" {
                    return !(i + 1 < r.upperBound && (tokens[i + 1].lower == "the" || tokens[i + 1].isCapitalized
                        || ["him", "her", "them", "us", "me"].contains(tokens[i + 1].lower)))
                }
                // A modal with a verb after it makes a clause (`Readers may
                // not let editorials tell`), not before the cue (`a reader
                // would now ask`).
                if Self.modals.contains(lowerOf: tokens[i]), tokens[i].isLowercaseWord {  // (not the name: `May Okafor said`)
                    return (i + 1..<r.upperBound).contains { !Cues.endsNoSource(tokens[$0]) }
                }
                return ["is", "was", "are", "were", "be", "will", "that"].contains(w)
            }
    }

    /// A share of those asked, a survey's speaker: `3.7% said`, `63
    /// percent of voters said`, `Another 19 percent`.
    func isShare(_ r: Range<Int>) -> Bool {
        var n = r.lowerBound
        // (Not `the`: `The 12% notes due 1995 fell` are bonds.)
        if r.count > 2, ["another", "only", "about", "nearly", "almost", "some", "just"].contains(tokens[n].lower) { n += 1 }
        guard n + 1 < r.upperBound, tokens[n].kind == .number, tokens[n + 1].text == "%" || tokens[n + 1].lower == "percent" else { return false }
        // Nothing after the share but `of` and the ones it is of.
        return n + 2 == r.upperBound || tokens[n + 2].lower == "of" && r.upperBound - n <= 6
    }

    /// Prepositions that end no source.
    private static let endingPrepositions: WordSet = ["for", "of", "to", "with", "by", "at", "in", "on", "from", "about", "into"]
    /// Words that open a noun phrase and end none (`when a promising
    /// attack`); `these` and `those` may stand for one (`those who`).
    private static let articles = WordSet(Array(Cues.nounOpeners).filter { $0 != "these" && $0 != "those" })

    /// Modal verbs, which make a clause of the words around them.
    static let modals: WordSet = ["may", "might", "can", "could", "should", "must", "would"]

    /// A plural noun for people by what they do (`environmentalists`,
    /// `economists`, `physicians`): a speaker though no list names it; or
    /// one of wire copy's market and broadcast speakers (`..., traders
    /// said.`, `state radio said`) or a company named by what it does,
    /// which speak only as the phrase's last word (not `as traders took
    /// note`).
    static func isAgentNoun(_ t: Token) -> Bool {
        t.kind == .word && (t.text.count > 6 && (t.lower.hasSuffix("ists") || t.lower.hasSuffix("ians")) || lastWordSpeakers.contains(lowerOf: t))
    }
    private static let lastWordSpeakers: WordSet = [
        "traders", "trader", "dealers", "dealer", "brokers", "bankers", "investors", "managers", "regulators", "participants",
        "radio", "television",
        // a company named by what it does: `the diversified energy and minerals concern said`
        "concern", "maker", "makers", "producer", "retailer", "insurer", "lender", "thrift", "unit", "subsidiary",
        "carrier", "airline", "utility", "publisher",
    ]

    func firstContent(_ start: Int) -> Int {
        var k = start
        while k < tokens.count, tokens[k].kind == .quote { k += 1 }
        // `WASHINGTON ― S`, `NEW YORK (AP) -- S`: a dateline opens the line, not the claim.
        if k < tokens.count, tokens[k].startsLine, tokens[k].isAllCaps,
           let dash = (k + 1..<min(tokens.count, k + 6)).first(where: { Self.dashes.contains(tokens[$0].text) }),
           (k..<dash).allSatisfy({ tokens[$0].isAllCaps || ["(", ")", ","].contains(tokens[$0].text) }) {
            var next = dash
            while next < tokens.count, Self.dashes.contains(tokens[next].text) { next += 1 }
            if next < tokens.count, !tokens[next].startsLine { k = next }
        }
        return k
    }

    static let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}", "\u{2015}"]
}
