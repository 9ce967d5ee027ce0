/// The extractor: tokens, sentences, a numeric grammar, names from the
/// learned recogniser (or, without a model, capitalised spans labelled from
/// the lexicon), refined to OntoNotes labels, canonical names, and
/// cue-pattern claims.
public struct NewsExtractor: Extractor {
    public let lexicon: Lexicon
    public let tagger: NERTagger?
    public var identifier: String { tagger == nil ? "byline-rules/0.3" : "byline-news/0.4+perceptron-conll" }

    /// With `model`, names come from the learned recogniser merged with the
    /// rules' names that have evidence (what `byline` runs by default);
    /// without, from the rule-based name finder alone.
    public init(lexicon: Lexicon = .builtin, model: NERModel? = nil) {
        self.lexicon = lexicon
        self.tagger = model.map(NERTagger.init(model:))
    }

    public func extract(_ string: String) -> ExtractionResult {
        let text = ArticleText(string)
        let tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(tokens)
        var entities = findEntities(text: text, tokens: tokens, sentences: sentences)
        // The model reads hyphenated words in parts and finds the names inside itself.
        if tagger == nil { CompoundNames.split(&entities, tokens: tokens, lexicon: lexicon) }
        entities.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        Canonicalizer.assign(&entities, text: text, lexicon: lexicon)
        let claims = ClaimFinder(text: text, tokens: tokens, sentences: sentences, entities: entities).find()
        return ExtractionResult(entities: entities, claims: claims)
    }

    private func findEntities(text: ArticleText, tokens: [Token], sentences: [Range<Int>]) -> [Entity] {
        if let tagger { return learnedEntities(tagger, text: text, tokens: tokens, sentences: sentences) }
        // Words the article also writes in lower case are common words when
        // capitalised at the start of a sentence.
        var lowercaseWords = Set<String>()
        for t in tokens where t.kind == .word && !t.isCapitalized { lowercaseWords.insert(t.text) }
        // What the article says about each word, as in training (only the
        // learned recogniser reads it).
        let modelSentences = tagger == nil ? [] : sentences.map { NERSentence(tokens: tokens[$0], lexicon: lexicon) }
        let document = NERDocument(sentences: modelSentences)

        var found: [(first: Int, last: Int, label: EntityLabel?)] = []
        let names = NameFinder(lexicon: lexicon)
        let refiner = LabelRefiner(lexicon: lexicon)
        for (n, s) in sentences.enumerated() {
            var taken = Set<Int>()
            var numbers: [(first: Int, last: Int, label: EntityLabel)] = []
            for m in NumericGrammar.match(tokens, in: s) {
                // A capitalised month inside a name is still a date, but "One"
                // opening a sentence must not swallow a name after it. A bare
                // number may end a name the model finds (`Euro 96`).
                if tagger != nil, m.first == m.last, Self.mayOpenOrEndName(tokens[m.first], m.label) {
                    numbers.append((m.first, m.last, m.label))
                    continue
                }
                found.append((m.first, m.last, m.label))
                taken.formUnion(m.first...m.last)
            }
            if let tagger {
                // The learned recogniser, merged with the rules' multi-word
                // names that have evidence (NameMerger says how). Single
                // known words are left to the model, which sees the lexicon
                // as a feature and the context besides.
                let rules = names.find(tokens, in: s, taken: taken, lowercaseWords: lowercaseWords).filter { $0.confident }
                let tags = tagger.tag(modelSentences[n], document: document)
                let headline = Self.isTitleCase(tokens[s])
                let model = NEREvaluation.spans(tags).flatMap { span -> [(first: Int, last: Int, kind: Int, label: EntityLabel)] in
                    guard let edges = NameEdges.trim(tokens, s.lowerBound + span.start, s.lowerBound + span.end - 1,
                                                     sentenceStart: s.lowerBound, lexicon: lexicon),
                          !edges.contains(where: taken.contains) else { return [] }
                    let first = edges.lowerBound, last = edges.upperBound
                    // Titles before a name (`Supreme Leader Ali`, `Former MP Ali`) name
                    // nobody themselves; a title word alone elsewhere may be a
                    // surname (`King, 30, said`).
                    if last + 1 < s.upperBound, tokens[last + 1].isCapitalized,
                       (first...last).allSatisfy({ names.isTitle(tokens[$0]) }) {
                        return []
                    }
                    // A number alone is the number (`Fourth`, `90`): it joins a name only as part of one.
                    if first == last, numbers.contains(where: { $0.first == first }) { return [] }
                    // In a title-case headline capitals say little: a name holding a word the
                    // article writes in lower case (`US Sees Potential Iran Transfer`) is a phrase.
                    if headline, (first...last).contains(where: { tokens[$0].isCapitalized && lowercaseWords.contains(tokens[$0].lower) }) {
                        return []
                    }
                    // Words that open sentences and web furniture (`Photo`, `Read`,
                    // `Getty Images`) alone are no name.
                    if (first...last).allSatisfy({ NameFinder.notNames.contains(tokens[$0].text) }) { return [] }
                    return splitAtTitle(tokens, first, last, kind: span.kind, refiner: refiner)
                }
                let merged = NameMerger.merge(rules: rules, model: model) { k in
                    tokens[k].text.count == 2 && tokens[k].isCapitalized && tokens[k].text.hasSuffix(".")
                }
                for c in Self.placingDateline(merged.map { ($0.first, $0.last, $0.label) }, tokens, s, taken: taken) { found.append(c) }
                for n in numbers where !merged.contains(where: { $0.first <= n.first && $0.last >= n.last }) {
                    found.append((n.first, n.last, n.label))
                }
            } else {
                let rules = names.find(tokens, in: s, taken: taken, lowercaseWords: lowercaseWords)
                for n in Self.placingDateline(rules.map { ($0.first, $0.last, $0.label) }, tokens, s, taken: taken) { found.append(n) }
            }
        }
        // Unlabelled single names: a person if the article names a person
        // with that word, or if a title or speech verb stands beside it.
        var personWords = Set<String>()
        for f in found where f.label == .person {
            for k in f.first...f.last { personWords.insert(tokens[k].text) }
        }
        // The surname of a person the article names in full stands for the
        // person wherever it stands alone (`Putin's visit` after `Vladimir
        // Putin`): the model, reading only the sentence, often calls it a
        // group or an organisation.
        var surnames = Set<String>()
        for f in found where f.label == .person && f.last > f.first { surnames.insert(tokens[f.last].text) }
        var entities: [Entity] = []
        for f in found {
            var label = f.label
            if f.first == f.last, label == .norp || label == .org, surnames.contains(tokens[f.first].text),
               lexicon.label(of: tokens[f.first].text) == nil {
                label = .person
            }
            if label == nil {
                let word = tokens[f.first].text
                let prev = f.first > 0 ? tokens[f.first - 1].text : ""
                let next = f.last + 1 < tokens.count ? tokens[f.last + 1].lower : ""
                if personWords.contains(word) || NameFinder.titles.contains(prev) || Cues.verbs.contains(next) {
                    label = .person
                }
            }
            guard let label else { continue }
            let start = tokens[f.first].start, end = tokens[f.last].end
            entities.append(Entity(start: start, end: end, text: text.string(start, end), label: label))
        }
        return entities
    }

    /// The learned recogniser's entities, every type the model knows (the
    /// 18 of OntoNotes), as it tags Byline's tokens split at hyphens.
    private func learnedEntities(_ tagger: NERTagger, text: ArticleText, tokens: [Token], sentences: [Range<Int>]) -> [Entity] {
        let sentenceTokens = sentences.map { NERTokens.split(tokens[$0]) }
        let modelSentences = sentenceTokens.map { NERSentence(tokens: $0[...], lexicon: lexicon) }
        let document = NERDocument(sentences: modelSentences)
        let types = tagger.model.tags
        var entities: [Entity] = []
        for (n, s) in sentenceTokens.enumerated() {
            for span in NEREvaluation.spans(tagger.tag(modelSentences[n], document: document)) {
                guard let label = EntityLabel(rawValue: types.type(span.kind)) else { continue }
                let start = s[span.start].start, end = s[span.end - 1].end
                entities.append(Entity(start: start, end: end, text: text.string(start, end), label: label))
            }
        }
        return entities
    }

    /// In a dateline the place names are places: they replace whatever
    /// names were found over them (a date's words, `Tuesday, September
    /// 17`, are no place).
    static func placingDateline(_ names: [(first: Int, last: Int, label: EntityLabel?)], _ tokens: [Token],
                                _ s: Range<Int>, taken: Set<Int>) -> [(first: Int, last: Int, label: EntityLabel?)] {
        let places = Dateline.places(tokens, s)
        guard !places.isEmpty, !places.contains(where: { $0.contains(where: taken.contains) }) else { return names }
        return names.filter { n in !places.contains { $0.overlaps(n.first...n.last) } } + places.map { ($0.lowerBound, $0.upperBound, .gpe) }
    }

    /// `Iranian MP Ali Motahari`, `Security Council Secretary Patrushev`: a
    /// title inside a name the model found parts it into what comes before
    /// (a place, a group, an organisation) and the person after; the title
    /// itself belongs to neither (OntoNotes and CoNLL alike).
    private func splitAtTitle(_ tokens: [Token], _ first: Int, _ last: Int, kind: Int,
                              refiner: LabelRefiner) -> [(first: Int, last: Int, kind: Int, label: EntityLabel)] {
        let whole = [(first, last, kind, refiner.label(tokens, first, last, kind: kind))]
        let names = NameFinder(lexicon: lexicon)
        func isTitle(_ k: Int) -> Bool { names.isTitle(tokens[k]) }
        guard last > first, let t = (first..<last).last(where: isTitle), last - t <= 3,
              ((t + 1)...last).allSatisfy({ tokens[$0].isCapitalized && !isTitle($0) && !NameFinder.orgHeads.contains(tokens[$0].text) })
        else { return whole }
        var out: [(first: Int, last: Int, kind: Int, label: EntityLabel)] = []
        var end = t - 1
        while end >= first, isTitle(end) { end -= 1 }
        if end >= first {
            if end == first, let known = lexicon.label(of: tokens[first].text) {
                out.append((first, end, NameMerger.kind(of: known), known))
            } else {
                out.append((first, end, kind, refiner.label(tokens, first, end, kind: kind)))
            }
        }
        out.append((t + 1, last, 1, .person))
        return out
    }

    /// A one-token number the model may take into a name: a bare number
    /// (`Euro 96`), a capitalised ordinal opening a company's name (`First
    /// Union`).
    static func mayOpenOrEndName(_ t: Token, _ label: EntityLabel) -> Bool {
        switch label {
        case .cardinal: return true
        case .ordinal: return t.isCapitalized
        default: return false
        }
    }

    /// Most words capitalised, not all in capitals: a headline in title case.
    static func isTitleCase(_ tokens: ArraySlice<Token>) -> Bool {
        var words = 0, capitalised = 0, allCaps = 0
        for t in tokens where t.kind == .word && t.end - t.start > 3 {
            words += 1
            if t.isCapitalized { capitalised += 1 }
            if t.isAllCaps { allCaps += 1 }
        }
        return words >= 3 && capitalised * 10 >= words * 7 && allCaps < words
    }
}
