/// Span-level precision, recall and F1 of a tagger on tagged sentences
/// (the CoNLL measure), for tuning `byline train`.
public enum NEREvaluation {
    public static func f1(_ tagger: NERTagger, on examples: [NERTrainer.Example]) -> (p: Double, r: Double, f: Double) {
        var tp = 0, predicted = 0, gold = 0
        for ex in examples {
            for (tags, guess) in zip(ex.gold, tagger.tag(ex.sentences, document: ex.document)) {
                let g = Set(spans(tags)), p = Set(spans(guess))
                tp += g.intersection(p).count
                predicted += p.count
                gold += g.count
            }
        }
        let prec = predicted == 0 ? 0 : Double(tp) / Double(predicted)
        let rec = gold == 0 ? 0 : Double(tp) / Double(gold)
        return (prec, rec, prec + rec == 0 ? 0 : 2 * prec * rec / (prec + rec))
    }

    struct SpanKey: Hashable { let start: Int, end: Int, kind: Int }

    /// Entity spans of a BIOL sequence (token indices, end exclusive): an
    /// entity ends at its L, or, as in BIO, before the first tag that does
    /// not continue it.
    static func spans(_ tags: [NERTag]) -> [SpanKey] {
        var out: [SpanKey] = []
        var start: Int?
        var kind = 0
        for (i, t) in tags.enumerated() {
            if !(t.continues && start != nil && t.kind == kind) {
                if let s = start { out.append(SpanKey(start: s, end: i, kind: kind)) }
                start = t == .o ? nil : i
                kind = t.kind
            }
            if t.isLast, let s = start {
                out.append(SpanKey(start: s, end: i + 1, kind: kind))
                start = nil
            }
        }
        if let s = start { out.append(SpanKey(start: s, end: tags.count, kind: kind)) }
        return out
    }
}
