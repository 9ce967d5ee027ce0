/// The extractor: tokens, sentences, entities of the 18 OntoNotes types
/// from the learned recogniser (or, without a model, a numeric grammar and
/// capitalised spans labelled from the lexicon), canonical names, and
/// cue-pattern claims.
public struct NewsExtractor: Extractor {
    public let lexicon: Lexicon
    public let tagger: NERTagger?
    public var identifier: String { tagger == nil ? "byline-rules/0.3" : "byline-news/0.5+ontonotes" }

    /// With `model`, entities of every type come from the learned
    /// recogniser (what `byline` runs by default), decoded with a beam of
    /// `beamWidth`; without, from the rule-based name finder and the
    /// numeric grammar.
    public init(lexicon: Lexicon = .builtin, model: NERModel? = nil, tables: WordTables? = nil,
                beamWidth: Int = NERTagger.defaultWidth, beamMargin: Float = NERTagger.defaultMargin) {
        self.lexicon = lexicon
        self.tagger = model.map { NERTagger(model: $0, tables: tables ?? .builtin, width: beamWidth, margin: beamMargin) }
    }

    public func extract(_ string: String) -> ExtractionResult {
        // Most articles are one window; very long ones are read window by
        // window (ArticleWindows), each extracted and dropped in turn.
        guard string.utf8.count > ArticleWindows.size else { return extractWhole(string) }
        let windows = ArticleWindows.split(string)
        if windows.count == 1 { return extractWhole(string) }
        var result = ExtractionResult()
        for window in windows {
            let part = extractWhole(String(window.text)).shifted(by: window.offset)
            result.entities += part.entities
            result.claims += part.claims
        }
        return result
    }

    private func extractWhole(_ string: String) -> ExtractionResult {
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
        var found: [(first: Int, last: Int, label: EntityLabel?)] = []
        let names = NameFinder(lexicon: lexicon)
        for s in sentences {
            var taken = Set<Int>()
            for m in NumericGrammar.match(tokens, in: s) {
                found.append((m.first, m.last, m.label))
                taken.formUnion(m.first...m.last)
            }
            let rules = names.find(tokens, in: s, taken: taken, lowercaseWords: lowercaseWords)
            for n in Self.placingDateline(rules.map { ($0.first, $0.last, $0.label) }, tokens, s, taken: taken) { found.append(n) }
        }
        // Unlabelled single names: a person if the article names a person
        // with that word, or if a title or speech verb stands beside it.
        var personWords = Set<String>()
        for f in found where f.label == .person {
            for k in f.first...f.last { personWords.insert(tokens[k].text) }
        }
        // The surname of a person the article names in full stands for the
        // person wherever it stands alone (`Putin's visit` after `Vladimir
        // Putin`), whatever the lexicon's label for the word.
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
        let modelSentences = sentenceTokens.map { NERSentence(tokens: $0[...], lexicon: lexicon, tables: tagger.tables) }
        let document = NERDocument(sentences: modelSentences)
        // Each of the model's types as a label, found once, not per span.
        let labels = tagger.model.tags.types.map(EntityLabel.init(rawValue:))
        var entities: [Entity] = []
        for (s, tags) in zip(sentenceTokens, tagger.tag(modelSentences, document: document)) {
            // Tokens up to here are in an entity a rule extended.
            var taken = -1
            for var span in NEREvaluation.spans(tags) where span.start > taken {
                guard var label = labels[span.kind - 1] else { continue }
                // `expected to [last] five weeks`: the verb is no part of it.
                if label == .date || label == .time, span.end - span.start > 1, VerbLast.isVerb(s, at: span.start) {
                    span = NEREvaluation.SpanKey(start: span.start + 1, end: span.end, kind: span.kind)
                }
                // No entity ends on a joining word or mark (`November of`,
                // `year-`): a sequence the beam let run on.
                var last = span.end - 1
                while last > span.start, Self.joiners.contains(lowerOf: s[last]) { last -= 1 }
                // A name runs on to the end of a word written with `&`, and an
                // organisation past its bracketed region to its legal form.
                let word = (label == .org ? CompanyParentheses.end(s, after: last) : nil) ?? AmpersandWords.end(s, from: last)
                if word > last {
                    last = word
                    taken = word
                }
                if label == .money || label == .cardinal, let unit = MoneyCurrency.unit(after: last, in: s) {
                    label = .money
                    last = unit
                    taken = unit
                } else if label == .money, !MoneyCurrency.isNamed(in: s[span.start...last]) {
                    label = .cardinal
                } else if label == .date, span.start == last, NumberBeforeHyphen.isCount(s, at: last) {
                    label = .cardinal
                } else if label == .date || label == .cardinal, NumberBeforeHyphen.isTally(s, span.start, last) {
                    label = .cardinal
                    last = span.start
                }
                if label == .org || label == .person, CityBeforeState.isCity(s, span.start, last) { label = .gpe }
                // A signature on one line, the name and its city: `Ruth K.
                // Nelson Cullowhee, N.C.`.
                if label == .person, CityBeforeState.endsInCity(s, span.start, last) {
                    entities += [Self.entity(s, span.start...last - 1, .person, in: text), Self.entity(s, last...last, .gpe, in: text)]
                    continue
                }
                if label == .cardinal, span.start == last, PronounOne.isPronoun(s, at: last) { continue }
                if label == .time, let (day, part) = DayParts.split(s, span.start, last) {
                    entities += [Self.entity(s, day...day, .date, in: text), Self.entity(s, part...part, .time, in: text)]
                    continue
                }
                if let (from, to) = AmountChanges.split(s, span.start, last, label) {
                    entities += [Self.entity(s, from, label, in: text), Self.entity(s, to, label, in: text)]
                    continue
                }
                if label == .date, let items = DateLists.items(s, span.start, last) {
                    entities += items.map { Self.entity(s, $0, label, in: text) }
                    continue
                }
                // A sentence's last word whose point ends the sentence too
                // (`Corp.`): the entity ends before the point.
                // A full date before its noun keeps its closing comma (`the
                // [Oct. 19, 1987,] crash`).
                let end = last == s.count - 1 && SentencePeriod.isShared(s[last]) ? s[last].end - 1
                    : label == .date && AttributiveDate.takesComma(s, endingAt: last) ? s[last + 1].end : s[last].end
                if let previous = entities.last, Self.runsInto(s, span.start, label: label, after: previous) {
                    entities[entities.count - 1] = Entity(start: previous.start, end: end, text: text.string(previous.start, end), label: label)
                    continue
                }
                // One left out (`about [200]`) goes in.
                let first = NumericModifiers.start(s, before: span.start, label: label, notBefore: entities.last?.end ?? 0) ?? span.start
                let start = s[first].start
                entities.append(Entity(start: start, end: end, text: text.string(start, end), label: label))
            }
            // `Smith, 45, said`: a name before an age the tagger left untagged.
            for name in AgeAppositive.names(s) {
                let person = Self.entity(s, name, .person, in: text)
                guard !entities.contains(where: { $0.start < person.end && person.start < $0.end }) else { continue }
                entities.insert(person, at: entities.firstIndex { $0.start > person.start } ?? entities.count)
            }
        }
        // Last, so that a modifier the tagger closed on its own (`[over]
        // [9%]`) has joined its number first; a modifier phrase left
        // alone (`[More than] a few`), or a comparison with no number
        // (`[as high] as $374`), is no entity.
        let kept = entities.filter {
            OneWordEntities.mayStand($0) && !(NumericModifiers.modifies($0.label) && NumericModifiers.isPhrase($0.text))
                && !($0.label.isNumeric && NumericModifiers.isNumberless($0.text))
        }
        var named = TitleCaseHeadlines.dropUnattested(kept, tokens: tokens, sentences: sentences)
        OneTypePerName.unify(&named)
        return named
    }

    /// The `label` entity of tokens `range` of `s`, as `text` writes it:
    /// for the rules that split the tagger's span in two or more.
    private static func entity(_ s: [Token], _ range: ClosedRange<Int>, _ label: EntityLabel, in text: ArticleText) -> Entity {
        let start = s[range.lowerBound].start, end = s[range.upperBound].end
        return Entity(start: start, end: end, text: text.string(start, end), label: label)
    }

    /// Whether `previous` and the `label` entity whose first token is `k`
    /// of `s` are one entity of that type: `previous` a phrase of no
    /// entity's own tagged apart from the number it modifies, which takes
    /// the number's type (`[as much as] [1/4]`, `[More than] [400]`), or a
    /// comparison of any number (`[fewer than] [three years]`); or a count
    /// before a range's or a choice's date (`[two] or [three years]`).
    ///
    /// Any lower-case words without a digit tagged apart before a number
    /// of their type joined it too (`[last] [Dec. 7]`, `[below] [3%]`)
    /// until the development articles said otherwise: without that, the
    /// newswire found 6 more entities and 4 fewer false ones, broadcast
    /// news 1 more, and all 425 development documents 14 more and 6 fewer
    /// false (OntoNotes leaves `last` or `below` out of such dates and
    /// percentages as often as not, and the tagger had left it out).
    private static func runsInto(_ s: [Token], _ k: Int, label: EntityLabel, after previous: Entity) -> Bool {
        if previous.end + 1 >= s[k].start,
           (NumericModifiers.modifies(label) && NumericModifiers.isPhrase(previous.text))
               || (label.isNumeric && NumericModifiers.isOpenComparison(previous.text)) {
            return true
        }
        return label == .date && DateRanges.continues(s, dateAt: k, after: previous)
    }

    static let joiners: WordSet = ["-", "of", "from", "in", "a", "an", "to", "and", "the", "for", "at", "on", "by", "with", ","]

    /// In a dateline the place names are places: they replace whatever
    /// names were found over them (a date's words, `Tuesday, September
    /// 17`, are no place).
    static func placingDateline(_ names: [(first: Int, last: Int, label: EntityLabel?)], _ tokens: [Token],
                                _ s: Range<Int>, taken: Set<Int>) -> [(first: Int, last: Int, label: EntityLabel?)] {
        let places = Dateline.places(tokens, s)
        guard !places.isEmpty, !places.contains(where: { $0.contains(where: taken.contains) }) else { return names }
        return names.filter { n in !places.contains { $0.overlaps(n.first...n.last) } } + places.map { ($0.lowerBound, $0.upperBound, .gpe) }
    }
}
