/// A name written the same way twice in one article names the same thing
/// (`Giuliani` the candidate, not once a company), so it takes the type
/// most of its mentions have. The tagger decides each mention on its
/// window, and a mention with little around it (`Stung by the Giuliani
/// ads`) gets a type the rest of the article contradicts. The
/// classical cure for a left-to-right tagger's inconsistency (Krishnan
/// and Manning 2006).
///
/// Not relabelled: a GPE, whose use varies inside one article as a team
/// or a government (`NEW YORK` the dateline and the team), though it
/// counts in the vote; nor a NORP or a LANGUAGE (`Chinese` the people and
/// the tongue), which takes no part.
enum OneTypePerName {
    /// Whether a mention of this type takes part: names, but a NORP or a
    /// LANGUAGE is a use of a word, not a thing named.
    private static func votes(_ label: EntityLabel) -> Bool { !label.isNumeric && label != .norp && label != .language }

    static func unify(_ entities: inout [Entity]) {
        // Names by their text's hash: the type first seen, and the names
        // seen with another too. Most articles have none of those, and
        // for them this is all.
        var hashes = [UInt64](repeating: 0, count: entities.count)
        var firstType: [UInt64: EntityLabel] = [:]
        var mixed = Set<UInt64>()
        for (i, e) in entities.enumerated() where votes(e.label) {
            let h = FeatureHash.of(e.text)
            hashes[i] = h
            if let type = firstType[h] {
                if type != e.label { mixed.insert(h) }
            } else {
                firstType[h] = e.label
            }
        }
        guard !mixed.isEmpty else { return }
        var counts: [UInt64: [EntityLabel: Int]] = [:]
        for (i, e) in entities.enumerated() where votes(e.label) && mixed.contains(hashes[i]) {
            counts[hashes[i], default: [:]][e.label, default: 0] += 1
        }
        for i in entities.indices where votes(entities[i].label) && entities[i].label != .gpe {
            guard let forName = counts[hashes[i]] else { continue }
            let ranked = forName.sorted { $0.value > $1.value }
            if ranked[0].value > ranked[1].value { entities[i].label = ranked[0].key }
        }
    }
}
