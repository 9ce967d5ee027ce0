/// The sentence patterns, tried in this order:
///
/// - `according to X, S` and `S, according to X`;
/// - `ISW: S` (a named speaker opening a line, then a colon);
/// - `X said (that) S`, `X told Y (that) S`, `X, a spokeswoman for Z, said S`,
///   `S, X said`, `S1, X said, S2` (two pieces), `S, said X`, `S, said a
///   spokesman for Z`, `X sees Y as Z`; `X plans S, the newspaper said`
///   (the trailing attribution reports the whole, and the claim inside
///   ends at its comma);
/// - `X reported, citing Y, that S` and `Citing Y, X reported S`: one claim
///   per source;
/// - participles: `X said S, adding S2` and `X criticised Y, saying S`
///   attribute to the subject, `"Q," X said, adding S2` to the quote's
///   speaker; `with X arguing S` to the phrase before;
/// - `Headline text - Outlet` on a line of its own.
///
/// An agentless passive (`it was reported`) and a yes-or-no question
/// (`Do you think S?`) are not claims.
extension ClaimFinder {
    func sentenceClaims(_ s: Range<Int>, covered: Set<Int>) -> [Claim] {
        var start = s.lowerBound
        var end = s.upperBound
        while end > start, tokens[end - 1].kind == .punctuation || tokens[end - 1].kind == .quote { end -= 1 }
        while start < end, tokens[start].kind == .quote { start += 1 }
        guard end - start >= 3 else { return [] }
        // `Can you describe her demeanor?`, `Do you think that S?`: a question claims nothing.
        if tokens[s.upperBound - 1].isPunct("?") || tokens[s.upperBound - 1].kind == .quote && s.count > 1 && tokens[s.upperBound - 2].isPunct("?"),
           Self.questionOpeners.contains(lowerOf: tokens[firstContent(start)]) { return [] }
        if let c = accordingTo(start, end, covered: covered) { return c }
        if tokens[start].startsLine, let colon = (start + 1..<min(end, start + 6)).first(where: { tokens[$0].isPunct(":") }),
           end - colon > 3, !covered.contains(colon + 1), tokens[colon + 1].kind != .quote,
           !isNameList(colon + 1..<end),
           let source = colonSource(colon: colon, lineStart: start) {
            return [make(spanOf(colon + 1, end - 1), source: source, cue: (colon, colon), direct: false)]
        }
        // Citing Y, X reported S
        var floor = start
        var cited: (source: Range<Int>, cue: Int)?
        if tokens[start].lower == "citing", let comma = (start + 1..<min(end, start + 12)).first(where: { tokens[$0].isPunct(",") }), comma > start + 1 {
            cited = (start + 1..<comma, start)
            floor = comma + 1
        }
        let participles = (floor..<end).filter { i in
            Cues.participles.contains(lowerOf: tokens[i]) && !covered.contains(i) && i + 2 < end && !tokens[i].isCapitalized
                && tokens[i + 1].lower != "by"  // "Additional reporting by X": a credit
                && !(i > floor && tokens[i - 1].lower == "of")  // "measures of recalling the delegation": a noun
                && !(i > floor && Cues.nounOpeners.contains(lowerOf: tokens[i - 1]))  // "these reporting problems": a modifier
                && !(tokens[i].lower == "citing" && citesASource(i, end: end))
        }
        var out: [Claim] = []
        var mainSource: Range<Int>?
        if let main = mainClaims(floor, end, covered: covered, participles: participles) {
            out = main.claims
            mainSource = main.source
            if let cited, let first = out.first {
                out.append(make(Span(start: first.start, end: first.end, text: first.text), source: cited.source, cue: (cited.cue, cited.cue), direct: false))
            }
        }
        for (n, p) in participles.enumerated() {
            let next = n + 1 < participles.count ? participles[n + 1] : nil
            if let c = participleClaim(p, floor: floor, end: end, next: next, subject: mainSource, covered: covered) { out.append(c) }
        }
        return out
    }

    /// Whether the words after a line's colon are names and figures
    /// between commas or semicolons, a list or a table (`Austria: Michael
    /// Konsel, Markus Schopp (captain), ...`, `Portsmouth: Middlesex 199 and
    /// 426 (J. Pooley 111, ...)`), not a title-case headline: fewer than one
    /// word in ten opens in lower case, besides the `and` or `or` that joins
    /// the last (`109-5` is a figure).
    private func isNameList(_ r: Range<Int>) -> Bool {
        let words = r.filter { tokens[$0].kind == .word && tokens[$0].lower != "and" && tokens[$0].lower != "or" }
        let lower = words.filter { tokens[$0].text.unicodeScalars.first?.properties.isLowercase == true }
        return r.filter({ tokens[$0].isPunct(",") || tokens[$0].isPunct(";") }).count >= 2 && lower.count * 10 < words.count
    }

    /// Whether the quotation opening at `k` closes with words of the
    /// clause still to come before `end`.
    private func opensPartialQuote(_ k: Int, end: Int) -> Bool {
        guard let close = (k + 1..<end).first(where: { tokens[$0].kind == .quote }) else { return false }
        return end - close > 2 && tokens[close + 1].kind == .word
    }

    /// What one acts `according to` without its speaking: a plan or a rule.
    private static let followedRules: WordSet = ["plan", "plans", "schedule", "law", "laws", "rule", "rules", "regulations",
                                                 "procedure", "procedures", "system", "tradition", "custom",
                                                 "principle", "principles", "standards", "guidelines", "legend"]

    /// Words that open a yes-or-no question: the verbs that go on with a
    /// main clause, and `do` and `shall`.
    private static let questionOpeners = WordSet(Array(mainVerbs) + ["do", "does", "did", "shall"])

    /// Whether `citing` at `i` names where the report came from (`the
    /// Journal reported, citing an unnamed official`, `Sky News, citing a
    /// source, reported`): the main clause's second source, no claim of its
    /// own. Otherwise it gives the subject's grounds, a claim (`X said S,
    /// citing a threat to public health`).
    private func citesASource(_ i: Int, end: Int) -> Bool {
        var e = i + 1
        while e < end, !isBoundary(e) { e += 1 }
        return looksLikeSource(i + 1..<e)
    }

    // MARK: according to

    private func accordingTo(_ start: Int, _ end: Int, covered: Set<Int>) -> [Claim]? {
        var i = start
        while i + 1 < end {
            defer { i += 1 }
            guard tokens[i].lower == "according" && tokens[i + 1].lower == "to" else { continue }
            var e = i + 2
            while e < end, !isBoundary(e) { e += 1 }
            guard e > i + 2 else { return nil }
            let source = i + 2..<e
            // `according to the modern enterprise system`, `according to
            // plan`: a rule followed, not a source.
            if (source.lowerBound..<min(e, source.lowerBound + 4)).contains(where: { Self.followedRules.contains(lowerOf: tokens[$0]) }) { continue }
            let cue = (first: i, last: i + 1)
            // `But according to one trader, S`: a conjunction before it opens no claim.
            var opening = firstContent(start)
            while opening < i, ["but", "and", "yet", "so", ","].contains(tokens[opening].lower) { opening += 1 }
            if i == opening {
                // According to X, S
                var cs = e
                while cs < end, tokens[cs].kind == .punctuation { cs += 1 }
                guard end > cs, !covered.contains(cs) else { return [] }
                return [make(spanOf(cs, end - 1), source: source, cue: cue, direct: false)]
            }
            // S, according to X
            var ce = i - 1
            while ce >= start, tokens[ce].kind == .punctuation { ce -= 1 }
            let cs = firstContent(start)
            guard ce >= cs, !covered.contains(ce) else { return [] }
            // `Finally, according to Mr. Cardillo, S`: an opening adverbial
            // says nothing; the clause after the source is the claim.
            if ce - cs < 2, e + 3 < end, tokens[e].isPunct(","), !isClausePiece(cs, ce, before: e + 1), !covered.contains(e + 1) {
                return [make(spanOf(e + 1, end - 1), source: source, cue: cue, direct: false)]
            }
            var claims = [make(spanOf(cs, ce), source: source, cue: cue, direct: false)]
            // `S1, according to X, and S2`: X says both.
            if e + 4 < end, tokens[e].isPunct(","), tokens[e + 1].lower == "and", !covered.contains(e + 1) {
                claims.append(make(spanOf(e + 1, end - 1), source: source, cue: cue, direct: false))
            }
            return claims
        }
        return nil
    }

    // MARK: X said S

    /// The first cue with a source gives the sentence's main claim (and the
    /// cited source's, for `X reported, citing Y, that S`). Its content stops
    /// before a participle clause (`, adding ...`) and before a second
    /// attribution (`..., officials warned S2`, `..., and called for S2`),
    /// which are claims of their own.
    private func mainClaims(_ start: Int, _ end: Int, covered: Set<Int>, participles: [Int]) -> (claims: [Claim], source: Range<Int>)? {
        for c in start..<end where isCue(c) && !covered.contains(c) {
            let cue = cueSpan(c)
            // `Itar-Tass quoted Lebed as saying S`: Lebed's claim, found with the participle.
            if Self.quotingVerbs.contains(lowerOf: tokens[c]),
               (c + 2..<max(c + 2, min(end - 1, c + 10))).contains(where: { tokens[$0].lower == "as" && Cues.participles.contains(lowerOf: tokens[$0 + 1]) }) { continue }
            // Passive ("was reported") and participles ("reported figures") are not cues here.
            if c > start, Cues.auxiliaries.contains(lowerOf: tokens[c - 1]) || tokens[c - 1].lower == "being" { continue }
            // `Having said that, S`: a turn of phrase, nothing said.
            if c > start, tokens[c - 1].lower == "having", c + 2 < end, tokens[c + 1].lower == "that", tokens[c + 2].isPunct(",") { continue }
            // `Mr. Stanley was arrested and charged`: a passive's second verb.
            if c > start + 2, tokens[c - 1].lower == "and", tokens[c - 2].lower.hasSuffix("ed"), tokens[c].lower.hasSuffix("ed"),
               Cues.auxiliaries.contains(lowerOf: tokens[c - 3]) { continue }
            // `Russia, which does not criticise the crackdown`: a judgement
            // withheld attributes nothing (a denial of speech still does).
            if cue.first < c, Cues.judgements.contains(lowerOf: tokens[c]) { continue }
            // S, said X (, the director of Y). For a verb of saying, before
            // any source found back from the cue, which would walk over S as
            // if it were appositives; for others only without one (`X, a
            // fund, called the plan Y` names its object after the verb).
            let inverted = c > start + 2 && tokens[c - 1].isPunct(",") ? invertedSource(c, end: end) : nil
            let backward = inverted != nil && Self.sayVerbs.contains(lowerOf: tokens[c]) ? nil : coordinatedSubject(c, start: start) ?? sourceBefore(cue.first, floor: start)
            if backward == nil, let source = inverted {
                var ce = c - 2
                while ce >= start, tokens[ce].kind == .punctuation || tokens[ce].kind == .quote { ce -= 1 }
                let cs = firstContent(start)
                guard ce > cs, !covered.contains(ce) else { return nil }
                return ([make(spanOf(cs, ce), source: source, cue: cue, direct: false)], source)
            }
            if let source = backward {
                let cs0 = firstContent(start)
                var afterCue = skipAdjunct(cue.last + 1, end: end)
                // `S, Graham told The Huffington Post on Thursday.`: past the listener too.
                if Cues.listenerVerbs.contains(lowerOf: tokens[c]), source.lowerBound > cs0, tokens[source.lowerBound - 1].isPunct(",") {
                    let past = skipAdjunct(skipListener(from: cue.last + 1, end: end), end: end)
                    if past >= end || tokens[past].isPunct(",") { afterCue = past }
                }
                if source.lowerBound > start, tokens[source.lowerBound - 1].lower == "as", source.lowerBound - 1 == cs0,
                   afterCue < end, tokens[afterCue].isPunct(","), end - afterCue > 3 {
                    // As X said, S
                    return ([make(spanOf(afterCue + 1, end - 1), source: source, cue: cue, direct: false)], source)
                }
                var lead = source.lowerBound - 2
                while lead >= start, tokens[lead].kind == .punctuation || tokens[lead].kind == .quote { lead -= 1 }
                let rest = interruptedRest(afterCue, end: end, covered: covered, participles: participles)
                // One or two words before the source are an adverbial, not a claim
                // (`In October, the Post reported, citing Y, that S`), unless
                // the clause goes on after the cue (`Too often, he said, S`).
                if source.lowerBound > cs0, tokens[source.lowerBound - 1].isPunct(","), afterCue >= end || tokens[afterCue].isPunct(","),
                   lead - cs0 >= 2 || rest != nil {
                    // S, X said (on Friday)(, following ...) / S, X reported, citing Y / S1, X said, S2.
                    guard !covered.contains(lead) else { return nil }
                    var claims: [Claim] = []
                    // `The museum, Mr. Bush said, celebrated ...`: a determined noun is the clause's subject, a piece.
                    if lead - cs0 >= 2 || (rest != nil && lead >= cs0 && isClausePiece(cs0, lead, before: afterCue + 1)) {
                        let content = spanOf(cs0, lead)
                        claims.append(make(content, source: source, cue: cue, direct: false))
                        if afterCue + 2 < end, tokens[afterCue + 1].lower == "citing" {
                            var e = afterCue + 2
                            while e < end, !isBoundary(e) { e += 1 }
                            if looksLikeSource(afterCue + 2..<e) {
                                claims.append(make(content, source: afterCue + 2..<e, cue: (afterCue + 1, afterCue + 1), direct: false))
                            }
                        }
                    }
                    if let rest { claims.append(make(rest, source: source, cue: cue, direct: false)) }
                    return (claims, source)
                }
                guard end - (c + 1) >= 3 else { continue }
                var cs = contentStart(afterCue: c, end: end)
                // X reported, citing Y, that S: two claims, one per source.
                var cited: (source: Range<Int>, cue: Int)?
                if cs < end, tokens[cs].lower == "citing",
                   let comma = ((cs + 1)..<min(end, cs + 12)).first(where: { tokens[$0].isPunct(",") }), comma > cs + 1 {
                    cited = ((cs + 1)..<comma, cs)
                    cs = comma + 1
                    if cs < end, tokens[cs].lower == "that" { cs += 1 }
                }
                // `he said in an interview.`: a time or place, nothing said.
                // (A clause opening with a partial quotation is the clause:
                // `that "exactly who did it" remains under investigation`.)
                // (Nor a dash: `Business Week's charge -- but X believes S`.)
                guard cs < end, tokens[cs].kind != .quote || opensPartialQuote(cs, end: end), !covered.contains(cs), !Self.dashes.contains(tokens[cs].text),
                      skipAdjunct(cs, end: end) < end else { continue }
                var ce = end - 1
                if let p = participles.first(where: { $0 > cs + 2 }), tokens[p - 1].isPunct(",") { ce = p - 2 }
                if let q = (cs...ce).first(where: { covered.contains($0) }) { ce = q - 1 }
                // `Although officials said S, the launchers arrived`: the claim
                // ends with the subordinate clause it is said in.
                var main: [Claim] = []
                if Self.subordinators.contains(lowerOf: tokens[cs0]), tokens[cs0].lower != "as", !(cs0..<source.lowerBound).contains(where: { tokens[$0].isPunct(",") }),
                   let comma = (cs + 4..<max(cs + 4, ce)).first(where: { tokens[$0].isPunct(",") && opensMainClause($0 + 1) }) {
                    ce = comma - 1
                    // (`While he acknowledged S1, Ham also noted S2`: the main clause's own.)
                    main = mainClaims(comma + 1, end, covered: covered, participles: participles)?.claims ?? []
                }
                var second: [Claim] = main
                // `the EU, which contended that S, is ...`, `X, who asked Y,
                // watched it`: a relative clause's claim ends with the clause.
                if source.count == 1, Self.relatives.contains(lowerOf: tokens[source.lowerBound]),
                   let comma = (cs..<max(cs, ce)).first(where: { k in
                       guard tokens[k].isPunct(",") else { return false }
                       // (past a closing mark: `who called it a "surprise," finished`)
                       let next = k + 1 < ce && tokens[k + 1].kind == .quote ? k + 2 : k + 1
                       return Self.mainVerbs.contains(lowerOf: tokens[next]) || saysAgain(next)
                           || tokens[next].isLowercaseWord && tokens[next].lower.hasSuffix("ed") && source.lowerBound > start && tokens[source.lowerBound - 1].isPunct(",")
                   }) {
                    // (`X, who asked Y, watched it, attorneys said`: the sentence is theirs still.)
                    if let (_, more) = secondClause(cs, ce, source: source, sentence: cs0, covered: covered),
                       more.first?.start == tokens[cs0].start { second += more }
                    ce = comma - 1
                    // `The government, which said S1, said S2`: the main clause's own claim.
                    if saysAgain(comma + 1), source.lowerBound > start + 1, tokens[source.lowerBound - 1].isPunct(","),
                       let subject = sentenceSubject(start, before: source.lowerBound - 1) {
                        let cs2 = contentStart(afterCue: comma + 1, end: end)
                        if end - 1 - cs2 >= 2 { second.append(make(spanOf(cs2, end - 1), source: subject, cue: cueSpan(comma + 1), direct: false)) }
                    }
                }
                if let (cut, more) = secondClause(cs, ce, source: source, sentence: cs0, covered: covered) {
                    ce = cut
                    second = more + main
                }
                while ce > cs, tokens[ce].kind == .punctuation || tokens[ce].kind == .quote { ce -= 1 }
                guard ce - cs >= 2 else { continue }
                let content = spanOf(cs, ce)
                var claims = [make(content, source: source, cue: cue, direct: false)]
                if let cited { claims.append(make(content, source: cited.source, cue: (cited.cue, cited.cue), direct: false)) }
                return (claims + second, source)
            }
        }
        return nil
    }

    /// `Cruz exhorted Republicans ... and said S`, `Iran admitted X but
    /// claimed S`: the sentence's subject speaks.
    private func coordinatedSubject(_ c: Int, start: Int) -> Range<Int>? {
        var k = c - 1
        // `..., but also said S`
        while k > start + 2, Cues.between.contains(lowerOf: tokens[k]) { k -= 1 }
        return k > start + 1 && (tokens[k].lower == "and" || tokens[k].lower == "but") ? sentenceSubject(start, before: k) : nil
    }

    /// The source after an inverted cue, `S, said X`: a name, a pronoun
    /// or a determined phrase whose noun can speak (`said a spokesman for
    /// the ministry`), ending the sentence or before an appositive (`said
    /// Smith, the director of Y`).
    private func invertedSource(_ c: Int, end: Int) -> Range<Int>? {
        guard c + 1 < end, !Cues.listenerVerbs.contains(lowerOf: tokens[c]) else { return nil }
        var e = c + 1
        while e < end, !isBoundary(e) { e += 1 }
        // `said Fred Hubbell, Equitable's president`: an owner's name opens an appositive too.
        let appositiveFollows = e < end && tokens[e].isPunct(",") && e + 1 < end
            && (Self.appositiveStarters.contains(lowerOf: tokens[e + 1]) || !tokens[e + 1].isCapitalized || e + 2 < end && tokens[e + 2].isPossessive)
        // A name with a long title (`says General Electric senior vice
        // president Frank Doyle`) may run to nine words, a phrase ending
        // otherwise to seven (not `shows Democratic groups outpacing
        // Republicans in recent weeks`).
        let longName = e - c <= 9 && entities(within: tokens[c + 1].start, tokens[e - 1].end).contains { $0.label == .person && $0.end == tokens[e - 1].end }
        guard e - c <= 7 || longName, e >= end - 1 || appositiveFollows else { return nil }
        if let agent = invertedAgent(c + 1, e) { return agent }
        let source = c + 1..<e
        return looksLikeName(source) || e == c + 2 && Cues.pronouns.contains(lowerOf: tokens[c + 1]) ? source : nil
    }

    /// `S, said the company in a statement.`, `S, said a spokesman for the
    /// ministry.`: a determined phrase whose noun can speak, the source
    /// after an inverted cue, up to the noun or through its `of`/`for`
    /// phrase; a time or place after the noun is the cue's.
    private func invertedAgent(_ b: Int, _ e: Int) -> Range<Int>? {
        guard b + 1 < e, Self.determiners.contains(lowerOf: tokens[b]),
              let noun = (b + 1..<e).first(where: { Cues.agents.contains(lowerOf: tokens[$0]) }),
              (b + 1..<noun).allSatisfy({ tokens[$0].kind == .word && !Self.clauseStarters.contains(lowerOf: tokens[$0]) }) else { return nil }
        guard noun + 1 < e else { return b..<e }
        // `said the state court did nothing`: a clause, not a source.
        if ["of", "for"].contains(tokens[noun + 1].lower) { return b..<e }
        return Self.prepositions.contains(lowerOf: tokens[noun + 1]) || tokens[noun + 1].lower == "with" ? b..<(noun + 1) : nil
    }

    /// Whether the one or two words before an interrupting attribution are
    /// a piece of the reported clause: its subject, when the clause goes on
    /// with a verb (`The museum, Mr. Bush said, celebrated`, `Climate change,
    /// he says, is`, `First Union, he says, now has`), or a subject and its
    /// verb (`It was, the president said, a stone`). Not an adverbial that
    /// opens the sentence (`In addition, he says, S`, `Now, the analyst
    /// said, S`), which says nothing.
    private func isClausePiece(_ cs: Int, _ lead: Int, before next: Int) -> Bool {
        if Self.determiners.contains(lowerOf: tokens[cs]) || Self.mainVerbs.contains(lowerOf: tokens[lead]) { return true }
        var k = next
        if k < tokens.count, Self.clauseAdverbs.contains(lowerOf: tokens[k]) { k += 1 }
        return k < tokens.count && Self.mainVerbs.contains(lowerOf: tokens[k])
    }

    /// Whether a main clause's subject may open at `k`: a pronoun, a
    /// determiner or a capitalised word (`, the launchers arrived`, `, he
    /// put his odds`).
    private func opensMainClause(_ k: Int) -> Bool {
        k < tokens.count && (Cues.pronouns.contains(lowerOf: tokens[k]) || Self.determiners.contains(lowerOf: tokens[k]) || tokens[k].isCapitalized)
    }

    /// Adverbs between a subject and its verb (`First Union, he says, now has`).
    private static let clauseAdverbs: WordSet = ["now", "also", "still", "already", "often", "never", "always", "usually", "rarely"]

    /// The reported clause's second piece when the attribution interrupts
    /// it: `Too often, Mr. Clarke said, the debate is infected ...`. What
    /// follows the cue's comma is said too, unless it opens with a word in
    /// -ing (`, adding S2`, `, citing Y`, `, following reports`) or is
    /// already quoted.
    private func interruptedRest(_ comma: Int, end: Int, covered: Set<Int>, participles: [Int]) -> Span? {
        var cs = comma + 1
        guard comma < end, tokens[comma].isPunct(","), cs < end, !participles.contains(cs),
              !tokens[cs].lower.hasSuffix("ing") else { return nil }
        if tokens[cs].lower == "that" { cs += 1 }
        guard cs < end, tokens[cs].kind != .quote, !covered.contains(cs) else { return nil }
        var ce = end - 1
        if let p = participles.first(where: { $0 > cs + 2 }), tokens[p - 1].isPunct(",") { ce = p - 2 }
        if let q = (cs...ce).first(where: { covered.contains($0) }) { ce = q - 1 }
        while ce > cs, tokens[ce].kind == .punctuation || tokens[ce].kind == .quote { ce -= 1 }
        guard ce - cs >= 2 else { return nil }
        return spanOf(cs, ce)
    }

    /// A second attribution inside the first one's content: `..., officials
    /// warned S2` (its own source after a comma) or `..., and called for S2`
    /// (the same source). Gives where the first content ends and the claim.
    private func secondClause(_ cs: Int, _ ce: Int, source: Range<Int>, sentence: Int, covered: Set<Int>) -> (Int, [Claim])? {
        guard ce - cs > 4 else { return nil }
        for c2 in (cs + 3)...ce where isCue(c2) && !covered.contains(c2) && !Cues.auxiliaries.contains(lowerOf: tokens[c2 - 1]) {
            let cue = cueSpan(c2)
            let start2: Int
            let source2: Range<Int>
            if tokens[c2 - 1].lower == "and", tokens[c2 - 2].isPunct(",") {
                start2 = c2 - 2
                source2 = source
            } else if tokens[c2 - 1].lower == "and" || tokens[c2 - 1].lower == "but", c2 < ce, tokens[c2 + 1].lower == "that" || Self.sayVerbs.contains(lowerOf: tokens[c2]) {
                // `officials said S but added that S2`, `X says S and said S2`: the same source, a second claim.
                start2 = c2 - 1
                source2 = source
            } else if let s2 = sourceBefore(cue.first, floor: cs) {
                if s2.lowerBound > cs + 2, tokens[s2.lowerBound - 1].isPunct(",") {
                    start2 = s2.lowerBound - 1
                } else if s2.lowerBound > cs + 3, Self.contrastWords.contains(lowerOf: tokens[s2.lowerBound - 1]) || ["and", "which"].contains(tokens[s2.lowerBound - 1].lower),
                          let mark = clauseMark(before: s2.lowerBound - 1, floor: cs) {
                    // `X said S, but she denied that S2`, `..., although they say S2`,
                    // `X said S — and he noted that S2`, `"Q," though she noted S2`.
                    start2 = mark
                } else {
                    continue
                }
                source2 = s2
            } else {
                continue
            }
            // `Caltex plans to build S, the newspaper said.`: an attribution
            // ending the sentence reports all of it before the comma.
            if source2 != source, tokens[start2].isPunct(","), Self.reportingVerbs.contains(lowerOf: tokens[c2]),
               skipAdjunct(cue.last + 1, end: ce + 1) > ce {
                return (start2 - 1, [make(spanOf(sentence, start2 - 1), source: source2, cue: cue, direct: false)])
            }
            let cs2 = contentStart(afterCue: c2, end: ce + 1)
            guard ce - cs2 >= 2, tokens[cs2].kind != .quote else { return nil }
            return (start2 - 1, [make(spanOf(cs2, ce), source: source2, cue: cue, direct: false)])
        }
        return nil
    }

    /// Verbs of saying that, joined by `and` or `but` without `that`,
    /// open a second claim of the same source (`X says S and said S2`):
    /// they take a clause. Others (`and reported a surplus`) may be the
    /// reported clause's own verb, and stay in its content.
    private static let sayVerbs: WordSet = ["said", "says", "say", "added", "adds", "add", "argued", "argues", "argue", "insisted", "insists", "insist",
                                            "claimed", "claims", "claim", "warned", "warns", "warn", "noted", "notes", "note", "stressed", "stresses", "stress"]

    /// Whether a verb of saying or reporting is a cue at `k`.
    private func saysAgain(_ k: Int) -> Bool {
        isCue(k) && Self.reportingVerbs.contains(lowerOf: tokens[k])
    }

    /// Verbs of saying and reporting that end a sentence after their
    /// source (`..., the newspaper reported.`) or go on with a main clause
    /// after a participle's (`X, responding to Y, wrote that S`).
    private static let reportingVerbs = WordSet(Array(sayVerbs) + ["reported", "reports", "wrote", "writes", "announced", "told", "explained", "confirmed"])

    /// The comma or dash that ends a clause before the word at `k`, past a
    /// closing quotation mark (`..., "Q," though she noted S2`).
    private func clauseMark(before k: Int, floor: Int) -> Int? {
        var m = k - 1
        if m > floor, tokens[m].kind == .quote { m -= 1 }
        return m > floor && (tokens[m].isPunct(",") || Self.dashes.contains(tokens[m].text)) ? m : nil
    }

    /// Words that join a second attribution to the first one's content.
    private static let contrastWords: WordSet = ["but", "although", "though", "while", "whereas", "yet"]

    /// Past a time or place after the cue (`said on Friday`, `said in a
    /// statement`) when a comma or the sentence's end follows it.
    private func skipAdjunct(_ k: Int, end: Int) -> Int {
        // `the senator said then, S`, `he said later.`: one word of time.
        if k < end, Self.timeAdverbs.contains(lowerOf: tokens[k]), k + 1 >= end || tokens[k + 1].isPunct(",") { return k + 1 }
        guard k < end, opensAdjunct(k) else { return k }
        // A day is a word or two (`Friday afternoon`), not `Friday for releasing the videos,`.
        let length = NumericGrammar.weekdays.contains(lowerOf: tokens[k]) ? 2 : 7
        var e = k
        while e < end, e < k + length, !isBoundary(e) { e += 1 }
        return e >= end || tokens[e].isPunct(",") ? e : k
    }

    /// Adverbs of time that may follow a cue on their own.
    private static let timeAdverbs: WordSet = ["then", "later", "again", "previously", "earlier", "recently", "afterward", "afterwards"]

    /// Where the reported clause starts after the cue at `c`: past `that`,
    /// past a listener (`told reporters`, `told the BBC`), past a time
    /// (`said on Monday,`).
    func contentStart(afterCue c: Int, end: Int) -> Int {
        var cs = c + 1
        if cs < end, tokens[cs].lower == "out" || tokens[cs].lower == "for" || tokens[cs].lower == "on",
           ["pointed", "points", "point", "called", "calls", "call", "calling", "pointing"].contains(tokens[c].lower) { cs += 1 }
        if Cues.listenerVerbs.contains(lowerOf: tokens[c]) {
            // (`told the hearing of the Venezuelan Consumer Protection Agency that S`)
            if let that = (cs..<min(end, cs + 12)).first(where: { tokens[$0].lower == "that" }) {
                return that + 1
            }
            cs = skipListener(from: cs, end: end)
        }
        // (`I think that's less likely`: a `that` before its verb is the clause's subject.)
        if cs < end, tokens[cs].lower == "that" && !(cs + 1 < end && Self.thatVerbs.contains(lowerOf: tokens[cs + 1]))
            || tokens[cs].isPunct(",") || tokens[cs].isPunct(":") { cs += 1 }
        // `said, however, that S`, `admits, though, S`: an aside of a word
        // or two between commas.
        if cs == c + 2, tokens[c + 1].isPunct(","), cs + 2 < end,
           let close = (cs + 1...cs + 2).first(where: { tokens[$0].isPunct(",") }),
           (cs..<close).allSatisfy({ tokens[$0].isLowercaseWord && !tokens[$0].lower.hasSuffix("ing") }) {
            cs = close + 1
            if cs < end, tokens[cs].lower == "that" { cs += 1 }
        }
        // `said that, if elected, he would`: the clause starts after the comma.
        if cs < end, cs > c + 1, tokens[cs - 1].lower == "that", tokens[cs].isPunct(",") { cs += 1 }
        if cs < end, ["on", "in", "at", "during", "last"].contains(tokens[cs].lower),
           let comma = (cs..<min(end, cs + 5)).first(where: { tokens[$0].isPunct(",") }) {
            cs = comma + 1  // said on Monday, S
            if cs < end, tokens[cs].lower == "that" { cs += 1 }
        }
        // said on Friday that S / said in a statement this month that S
        // (not `pledged in the year 2000 it would lift restrictions that ...`,
        // a clause of its own before a relative `that`).
        if cs < end, opensAdjunct(cs),
           let that = (cs + 1..<min(end, cs + 10)).first(where: { tokens[$0].lower == "that" || isBoundary($0) || Self.clauseWords.contains(lowerOf: tokens[$0]) }),
           tokens[that].lower == "that", end - that > 3, tokens[that + 1].kind != .quote {
            cs = that + 1
        }
        // `said on Friday it would`, `said Friday he had`: a time with no
        // comma or `that` after it, then the clause's subject.
        if cs < end, let past = pastTime(cs, end: end), past < end,
           Cues.pronouns.contains(lowerOf: tokens[past]) || Self.determiners.contains(lowerOf: tokens[past]) || tokens[past].isCapitalized {
            cs = past
        }
        return cs
    }

    /// The end of a time of at most four words opening at `k` (`on Friday`,
    /// `Friday night`, `last week`, `on Aug. 5`), or nil.
    private func pastTime(_ k: Int, end: Int) -> Int? {
        var e = k
        if ["on", "late", "early", "last", "this", "earlier"].contains(tokens[e].lower) { e += 1 }
        guard e < end, isTimeWord(tokens[e]) else { return nil }
        e += 1
        while e < end, e < k + 4, isTimeWord(tokens[e]) || tokens[e].kind == .number || tokens[e].isPunct(".") && tokens[e - 1].end == tokens[e].start {
            e += 1
        }
        return e
    }

    /// Verbs right after `that` that make it a pronoun, the reported
    /// clause's subject (`that's`, `that was`), not the word opening it.
    private static let thatVerbs = WordSet(Array(mainVerbs) + ["'s", "\u{2019}s", "'ll", "'d", "does", "did", "means", "makes", "seems"])
    private static let adjunctOpeners: WordSet = ["here", "on", "in", "at", "during", "earlier", "early", "late", "yesterday", "today",
                                                  "tonight", "overnight", "recently", "previously", "repeatedly", "privately",
                                                  "publicly", "afterwards", "later", "separately"]
    /// Verbs that, after a comma, go on with the main clause a relative
    /// clause interrupted (`Okafor, who said S, has resigned`).
    private static let mainVerbs: WordSet = ["is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could",
                                             "should", "may", "might", "must"]
    /// Words that make a clause, not a time or place: a subject or a verb's helper.
    private static let clauseWords = WordSet(["he", "she", "they", "it", "we", "i", "you", "be", "not"] + Array(mainVerbs))

    /// Whether a time or place opens at `k` after a cue (`on Friday`, `in
    /// a statement`, `Friday afternoon`, `last week`; not `this is`).
    func opensAdjunct(_ k: Int) -> Bool {
        let t = tokens[k]
        if Self.adjunctOpeners.contains(lowerOf: t) || NumericGrammar.weekdays.contains(lowerOf: t) { return true }
        guard t.lower == "last" || t.lower == "this", k + 1 < tokens.count else { return false }
        return isTimeWord(tokens[k + 1])
    }

    /// `told reporters S`, `told the Wall Street Journal S`, `told him S`.
    private func skipListener(from k: Int, end: Int) -> Int {
        guard k < end else { return k }
        let objects: Set<String> = ["me", "us", "him", "her", "them", "you", "reporters", "journalists", "lawmakers", "parliament",
                                    "congress", "supporters", "the", "a", "an"]
        var e = k
        if objects.contains(tokens[e].lower) { e += 1 }
        // `told a news conference in Pretoria S`, `told the party's annual
        // meeting S`: an audience named by its gathering, and where it met.
        if e > k, let head = (e..<min(end, e + 4)).first(where: { Self.gatherings.contains(lowerOf: tokens[$0]) }),
           (e..<head).allSatisfy({ tokens[$0].kind == .word && !Self.clauseWords.contains(lowerOf: tokens[$0]) && !Self.prepositions.contains(lowerOf: tokens[$0]) }) {
            e = head + 1
            if e + 1 < end, ["in", "at", "on"].contains(tokens[e].lower), tokens[e + 1].isCapitalized {
                e += 1
                while e < end, tokens[e].isCapitalized { e += 1 }
            }
        }
        if e < end, let named = entities(within: tokens[e].start, tokens[min(end, e + 7) - 1].end).first, named.start == tokens[e].start,
           [.org, .person, .gpe].contains(named.label), tokens[e].isCapitalized {
            // `sources tell CNN President Clinton ... have reached`: the
            // listener is one name, not the run of capitals after it.
            e = firstToken(atOrAfter: named.end)
            if e < end, tokens[e].isPossessive { e += 1 }
        } else {
            while e < end, e < k + 7, tokens[e].isCapitalized || tokens[e].lower == "of" || tokens[e].lower == "'s" { e += 1 }
        }
        // `told Israeli television S`, `told state radio S`
        if e > k, e < end, ["television", "radio", "tv", "newspaper", "reporters", "journalists", "media"].contains(tokens[e].lower) {
            e += 1
            if e < end, ["station", "stations", "network", "networks", "crews"].contains(tokens[e].lower) { e += 1 }
        }
        if e < end, tokens[e].lower == "that" { e += 1 }
        return e > k ? e : k
    }

    /// Nouns for an audience gathered: what one tells a speech to.
    private static let gatherings: WordSet = ["conference", "rally", "meeting", "briefing", "audience", "crowd", "hearing",
                                              "session", "gathering", "forum", "convention", "summit", "panel", "assembly"]

    // MARK: participles

    /// `X said S, adding S2` / `X criticised Y, saying S` (the subject
    /// speaks) and `with X arguing S` (the phrase before speaks).
    private func participleClaim(_ p: Int, floor: Int, end: Int, next: Int?, subject: Range<Int>?, covered: Set<Int>) -> Claim? {
        let source: Range<Int>?
        // `"Q," the mayor said, adding S`, `"Q," she said in the Oval Office,
        // emphasizing S`: the quote's speaker, not a subject inside the quote.
        let cue = p > floor + 1 && tokens[p - 1].isPunct(",")
            ? (max(floor, p - 9)..<(p - 1)).last(where: { isCue($0) && skipAdjunct($0 + 1, end: end) == p - 1 }) : nil
        if let quoted = quotedAs(p, floor: floor) {
            source = quoted
        } else if let cue, let speaker = sourceBefore(cueSpan(cue).first, floor: floor) {
            source = speaker
        } else if let speaker = invertedQuoteSpeaker(before: p, floor: floor, covered: covered) {
            source = speaker
        } else if p > floor, tokens[p - 1].isPunct(",") || (p > floor + 1 && tokens[p - 1].kind == .quote && tokens[p - 2].isPunct(",")) {
            // (`X said: "Q," adding S`: after the quotation's closing mark too.)
            source = subject ?? sentenceSubject(floor, before: p - 1)
        } else if p > floor + 1, Self.clauseParticiples.contains(lowerOf: tokens[p]),
                  tokens[p - 1].lower == "by" || Self.subordinators.contains(lowerOf: tokens[p - 1]) && tokens[p - 1].lower != "as" {
            // `Dean began by saying S` (how the subject spoke; not `has three
            // ways: by asking prosecutors to charge`), `"Q," Blige sings
            // before asking S`: the subject of the clause the participle
            // hangs off, or the sentence's (`Dean, a doctor, began by saying S`).
            var clause = p - 1
            while clause > floor, !tokens[clause].startsLine, !isBoundary(clause - 1) { clause -= 1 }
            // (Not a clause that opens with its joining word: `and Saturday's
            // match by saying`, `and after saying S, Eustachy resigned`.)
            let opener = tokens[firstContent(clause)]
            // (Nor a participle inside what another cue reports: `Critics
            // say the state is paying a price by stressing test scores`.)
            let opensClause = !Self.subordinators.contains(lowerOf: opener) && !["and", "but", "or"].contains(opener.lower)
                && !(clause..<(p - 1)).contains(where: { isCue($0) })
            source = opensClause ? sentenceSubject(clause, before: p - 1) ?? subject ?? sentenceSubject(floor, before: p - 1) : nil
        } else {
            source = sourceBefore(p, floor: floor).map(subjectOfVerb)
        }
        guard let source, source.upperBound <= p else { return nil }
        var cs = contentStart(afterCue: p, end: end)
        if tokens[p].lower == "citing" { cs = p + 1 }
        var ce = end - 1
        if let n = next, n > cs + 2, tokens[n - 1].isPunct(",") { ce = n - 2 }
        // `the experts, responding to an inquiry by X, wrote that S`: the
        // participle's clause ends before the main verb.
        if let k = (cs..<ce).first(where: { tokens[$0].isPunct(",") && saysAgain($0 + 1) }) { ce = k - 1 }
        guard ce - cs >= 2, tokens[cs].kind != .quote, !covered.contains(cs) else { return nil }
        return make(spanOf(cs, ce), source: source, cue: cueSpan(p), direct: false)
    }

    /// `"Q," says Andrea West of AT&T, noting S`: the speaker after a
    /// quotation's cue (spent on the quotation) speaks on, not a subject
    /// inside the quotation.
    private func invertedQuoteSpeaker(before p: Int, floor: Int, covered: Set<Int>) -> Range<Int>? {
        guard p > floor + 2, tokens[p - 1].isPunct(","),
              let c = (max(floor + 1, p - 12)..<(p - 2)).last(where: { covered.contains($0) && isCue($0) }),
              tokens[c - 1].kind == .quote || tokens[c - 1].isPunct(","),
              !(c + 1..<(p - 1)).contains(where: { covered.contains($0) }) else { return nil }
        return sourceAndCue(after: c, limit: p - 1)?.0
    }

    /// `The council issued a statement vowing S`, `Sony filed a suit
    /// accusing X of S`: the subject before a verb in the words found back
    /// from a participle speaks, not the whole clause.
    private func subjectOfVerb(_ r: Range<Int>) -> Range<Int> {
        guard r.count > 2 else { return r }
        // `The deadlock occurred with De Beers offering S`: the one the
        // participle goes with.
        if let with = (r.lowerBound..<r.upperBound - 1).last(where: { tokens[$0].lower == "with" }), looksLikeName(with + 1..<r.upperBound) {
            return with + 1..<r.upperBound
        }
        // `She says Trump's tweets accusing X of S`, `Her submission noted
        // published reports alleging S`: the phrase after another cue.
        if let cue = (r.lowerBound + 1..<r.upperBound - 1).last(where: { Self.clauseVerbs.contains(lowerOf: tokens[$0]) && isCue($0) }),
           looksLikeSource(cue + 1..<r.upperBound) {
            return cue + 1..<r.upperBound
        }
        // A verb, not a modifier (`the Republican dominated legislature`):
        // an object or a phrase after it, or a helper before it.
        guard let verb = (r.lowerBound + 1..<r.upperBound - 1).first(where: { v in
            tokens[v].isLowercaseWord && tokens[v].lower.hasSuffix("ed")
                && (Self.determiners.contains(lowerOf: tokens[v + 1]) || Self.prepositions.contains(lowerOf: tokens[v + 1])
                    || ["with", "to", "for", "by", "about"].contains(tokens[v + 1].lower) || ["have", "has", "had"].contains(tokens[v - 1].lower))
        }) else { return r }
        let subject = trimmedSource(r.lowerBound..<verb)
        return looksLikeSource(subject) ? subject : r
    }

    /// Verbs of saying whose object is a clause, never a thing (`claimed
    /// political asylum` is not one).
    private static let clauseVerbs: WordSet = ["say", "says", "said", "noted", "notes", "wrote", "writes", "told", "tells", "added", "adds"]

    /// `Itar-Tass quoted Lebed as saying S`: the one quoted speaks.
    private func quotedAs(_ p: Int, floor: Int) -> Range<Int>? {
        guard p > floor + 2, tokens[p - 1].lower == "as",
              let q = (max(floor, p - 10)..<(p - 2)).last(where: { Self.quotingVerbs.contains(lowerOf: tokens[$0]) }),
              !(q + 1..<p - 1).contains(where: { isBoundary($0) }), looksLikeSource(q + 1..<p - 1) else { return nil }
        return q + 1..<p - 1
    }
    private static let quotingVerbs: WordSet = ["quoted", "quotes", "quoting", "quote", "cited", "cites", "citing"]

    /// Participles (of `Cues.participles`) that report what was said,
    /// whatever comes before them: not `asking`, `comparing`, `showing`.
    private static let clauseParticiples: WordSet = [
        "saying", "telling", "arguing", "noting", "claiming", "insisting", "stating", "declaring", "explaining", "asserting",
        "stressing", "emphasizing", "emphasising", "acknowledging", "denying", "writing", "predicting", "suggesting", "warning",
        "tweeting", "announcing", "conceding", "contending", "maintaining", "reiterating", "alleging", "complaining",
        "promising", "vowing", "pledging", "confirming", "revealing",
    ]

    // MARK: headlines

    /// `Headline text - Outlet` on a line of its own.
    func headlineClaim(_ s: Range<Int>) -> Claim? {
        guard tokens[s.lowerBound].startsLine, s.count >= 5 else { return nil }
        var dash = s.upperBound - 2
        while dash > s.lowerBound + 2, dash >= s.upperBound - 5 {
            let t = tokens[dash]
            if t.kind == .punctuation && Self.dashes.contains(t.text) {
                let source = dash + 1..<s.upperBound
                guard source.allSatisfy({ tokens[$0].isCapitalized }),
                      entities(within: tokens[source.lowerBound].start, tokens[s.upperBound - 1].end)
                        .contains(where: { $0.start == tokens[source.lowerBound].start && ($0.label == .org || $0.label == .person) })
                else { return nil }
                // (`IPO FILING -- Homegate Hospitality Inc.`: a label and a
                // name are no claim; `--` is one dash.)
                var first = dash
                while first > s.lowerBound, Self.dashes.contains(tokens[first - 1].text) { first -= 1 }
                let words = (s.lowerBound..<first).filter { tokens[$0].kind == .word }
                guard words.count >= 4 || words.contains(where: { !tokens[$0].isCapitalized }) else { return nil }
                return make(spanOf(s.lowerBound, first - 1), source: source, cue: (first, dash), direct: false)
            }
            dash -= 1
        }
        return nil
    }
}
