/// Hyphenated compounds built of names: OntoNotes (and our guidelines)
/// mark the names inside, not the compound: `[Russian]-[Iranian] ties`,
/// `[Russia]-[Iran] deal`, `a [London]-based group`, `[British]-made`.
///
/// A word is split only when every part is either a place or group the
/// lexicon knows or a lower-case word (`based`, `made`, `led`), so names
/// that merely contain a hyphen (`Nagorno-Karabakh`, `Fateh-110`,
/// `Iskander-M`, `al-Aqsa`) stay whole.
enum CompoundNames {
    static let partLabels: Set<EntityLabel> = [.gpe, .norp, .loc]

    static func split(_ entities: inout [Entity], tokens: [Token], lexicon: Lexicon) {
        let candidates = tokens.indices.filter { tokens[$0].kind == .word && tokens[$0].text.utf8.contains(UInt8(ascii: "-")) }.map { tokens[$0] }
        guard !candidates.isEmpty else { return }
        // One sweep over the candidates and the entities, both in text order.
        let order = entities.indices.sorted { entities[$0].start < entities[$1].start }
        var j = 0
        var drop = Set<Int>()
        var added: [Entity] = []
        for t in candidates {
            while j < order.count, entities[order[j]].end <= t.start { j += 1 }
            let covering = j < order.count && entities[order[j]].start <= t.start && entities[order[j]].end >= t.end ? order[j] : nil
            if let k = covering {
                // Inside a longer name (`Kansas City-based Commerce`), or a
                // weapon or event the recogniser found whole: left alone.
                let e = entities[k]
                guard e.start == t.start, e.end == t.end, e.label != .product, e.label != .event else { continue }
            }
            guard lexicon.label(of: t.text) == nil, let parts = namedParts(t, lexicon: lexicon) else { continue }
            if let k = covering { drop.insert(k) }
            added.append(contentsOf: parts)
        }
        guard !added.isEmpty else { return }
        entities = entities.enumerated().filter { !drop.contains($0.offset) }.map(\.element) + added
    }

    /// The known names in a hyphenated word, or nil when it is not a compound of names.
    static func namedParts(_ t: Token, lexicon: Lexicon) -> [Entity]? {
        var out: [Entity] = []
        var offset = t.start
        for part in t.text.split(separator: "-", omittingEmptySubsequences: false) {
            let length = part.unicodeScalars.count
            defer { offset += length + 1 }
            guard let first = part.unicodeScalars.first else { return nil }
            if let label = lexicon.label(of: String(part)), partLabels.contains(label) {
                out.append(Entity(start: offset, end: offset + length, text: String(part), label: label))
            } else if !first.properties.isLowercase {
                return nil
            }
        }
        return out.isEmpty ? nil : out
    }
}
