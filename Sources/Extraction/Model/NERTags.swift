/// The tag set of the learned recogniser: BIO over the four CoNLL classes.
/// Finer OntoNotes labels come after, from the lexicon and the name's words.
enum NERTag: UInt8, CaseIterable, Sendable {
    case o = 0, bPER, iPER, bLOC, iLOC, bORG, iORG, bMISC, iMISC

    static let count = 9

    var isInside: Bool { self == .iPER || self == .iLOC || self == .iORG || self == .iMISC }
    var isBegin: Bool { self == .bPER || self == .bLOC || self == .bORG || self == .bMISC }

    /// The class index 1...4 (PER, LOC, ORG, MISC), 0 for O.
    var kind: Int { self == .o ? 0 : (Int(rawValue) + 1) / 2 }

    var name: String {
        ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"][Int(rawValue)]
    }

    init?(name: String) {
        guard let t = NERTag.allCases.first(where: { $0.name == name }) else { return nil }
        self = t
    }

    /// I-X may only follow B-X or I-X.
    func canFollow(_ previous: NERTag) -> Bool {
        guard isInside else { return true }
        return previous.kind == kind
    }
}
