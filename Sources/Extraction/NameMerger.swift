/// Merges the learned recogniser's names with the rules' confident ones
/// (lexicon names, head words, weapon-style shapes) in one sentence.
///
/// Each side knows something the other does not: the model reads context
/// (`NEW YORK 72 65` in a standings table is a team, `New York Stock
/// Exchange` one name), the rules know OntoNotes classes the model's four
/// do not separate and long names it breaks (`Aerospace Forces of the
/// Islamic Revolutionary Guard Corps`). So, per rule name:
///
/// - no model name overlaps it: the rule's name;
/// - the model has the same span: the rule's finer label when it falls in
///   the model's class (GPE for LOC), else the model's (a city the model
///   reads as a team is an organisation);
/// - the model's name holds the rule's and more: the model's;
/// - otherwise (the rule's is longer, or they cross): the rule's.
struct NameMerger {
    struct Candidate {
        let first: Int
        let last: Int  // inclusive
        let label: EntityLabel?
    }

    /// `model` spans come with their CoNLL kind (1 PER, 2 LOC, 3 ORG, 4 MISC)
    /// and the label the refiner gives them.
    static func merge(rules: [NameFinder.Name], model: [(first: Int, last: Int, kind: Int, label: EntityLabel)],
                      isInitial: (Int) -> Bool = { _ in false }) -> [Candidate] {
        var out: [Candidate] = []
        var dropped = Set<Int>()  // model spans replaced by a rule's name
        for r in rules {
            let overlapping = model.indices.filter { model[$0].first <= r.last && model[$0].last >= r.first }
            guard let m = overlapping.first.map({ model[$0] }) else {
                out.append(Candidate(first: r.first, last: r.last, label: r.label))
                continue
            }
            if overlapping.count == 1, m.first == r.first, m.last == r.last {
                // The rule's finer label when it agrees with the model's class.
                guard let l = r.label, Self.kind(of: l) == m.kind else { continue }
                out.append(Candidate(first: r.first, last: r.last, label: l))
                dropped.insert(overlapping[0])
            } else if overlapping.count == 1, m.first <= r.first, m.last >= r.last {
                continue  // the model's longer name stands
            } else {
                out.append(Candidate(first: r.first, last: r.last, label: r.label))
                dropped.formUnion(overlapping)
            }
        }
        for (k, m) in model.enumerated() where !dropped.contains(k) {
            out.append(Candidate(first: m.first, last: m.last, label: m.label))
        }
        return join(out.sorted { $0.first < $1.first }, isInitial: isInitial)
    }

    /// Neighbouring names that are one:
    /// - `Iranian` + `Foreign Ministry` -> `Iranian Foreign Ministry` (ORG): a
    ///   nationality right before an organisation's name is part of it;
    /// - `Patrick` + `J. Leahy` -> `Patrick J. Leahy`: a middle initial
    ///   continues a person's name.
    static func join(_ names: [Candidate], isInitial: (Int) -> Bool) -> [Candidate] {
        var out: [Candidate] = []
        var k = 0
        while k < names.count {
            let a = names[k]
            if k + 1 < names.count, names[k + 1].first == a.last + 1 {
                let b = names[k + 1]
                if a.label == .norp, a.first == a.last, b.label == .org {
                    out.append(Candidate(first: a.first, last: b.last, label: .org))
                    k += 2
                    continue
                }
                if a.label == .person, b.label == .person, isInitial(b.first) {
                    out.append(Candidate(first: a.first, last: b.last, label: .person))
                    k += 2
                    continue
                }
            }
            out.append(a)
            k += 1
        }
        return out
    }

    /// The CoNLL class an OntoNotes label falls in (1 PER, 2 LOC, 3 ORG, 4 MISC).
    static func kind(of label: EntityLabel) -> Int {
        switch label {
        case .person: return 1
        case .gpe, .loc, .fac: return 2
        case .org: return 3
        default: return 4
        }
    }
}
