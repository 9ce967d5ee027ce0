/// A tag of the learned recogniser: BIO over the entity types the training
/// data names. Tag 0 is O; type `k` (1-based, in `NERTagSet.types`) has
/// B = 2k - 1 and I = 2k, so a tag's type and position are arithmetic and
/// the tag set is read from the data, not written here.
struct NERTag: Hashable, Sendable {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }

    static let o = NERTag(rawValue: 0)

    static func begin(_ kind: Int) -> NERTag { NERTag(rawValue: UInt8(2 * kind - 1)) }
    static func inside(_ kind: Int) -> NERTag { NERTag(rawValue: UInt8(2 * kind)) }

    var isInside: Bool { rawValue > 0 && rawValue % 2 == 0 }
    var isBegin: Bool { rawValue % 2 == 1 }

    /// The type index, 1-based; 0 for O.
    var kind: Int { self == .o ? 0 : (Int(rawValue) + 1) / 2 }

    /// The tag as one bit of a set (`NERTrainer.Example.allowed`).
    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// Every B- tag, as a set.
    static let beginBits: UInt64 = 0xAAAA_AAAA_AAAA_AAAA

    /// I-X may only follow B-X or I-X.
    @inline(__always)
    func canFollow(_ previous: NERTag) -> Bool {
        guard isInside else { return true }
        return previous.kind == kind
    }
}

/// The entity types a model knows, in the order of its tags. The scores of
/// all tags fit `TagScores`, so a model has at most 19 types (OntoNotes
/// has 18).
struct NERTagSet: Hashable, Sendable {
    static let maxTypes = (TagScores.lanes - 1) / 2

    let types: [String]

    init(types: [String]) {
        precondition(types.count <= Self.maxTypes, "at most \(Self.maxTypes) entity types")
        self.types = types
    }

    /// O and B/I of every type.
    var count: Int { 1 + 2 * types.count }

    var all: [NERTag] { (0..<count).map { NERTag(rawValue: UInt8($0)) } }

    func name(_ tag: NERTag) -> String {
        tag == .o ? "O" : (tag.isBegin ? "B-" : "I-") + types[tag.kind - 1]
    }

    /// The type name of a type index (1-based).
    func type(_ kind: Int) -> String { types[kind - 1] }

    /// `B-ORG`, `I-DATE`, `O`; nil for a type this set does not hold.
    func tag(named name: String) -> NERTag? {
        if name == "O" { return .o }
        guard name.count > 2, let k = types.firstIndex(of: String(name.dropFirst(2))) else { return nil }
        return name.hasPrefix("B-") ? .begin(k + 1) : name.hasPrefix("I-") ? .inside(k + 1) : nil
    }
}

/// Choosing a tag from scores, one per tag, in memory.
enum TagScores {
    /// At most O and B/I of 19 types.
    static let lanes = 40

    /// The highest-scoring tag among the first `count` that may follow
    /// `previous` (ties: the lowest tag).
    @inline(__always)
    static func best<T: Comparable>(_ scores: UnsafeBufferPointer<T>, count: Int, after previous: NERTag) -> NERTag {
        var best = 0
        var bestScore = scores[0]
        // B tags (odd) may always follow; of the I tags (even) only that of
        // the previous tag's type.
        var r = 1
        while r < count {
            if scores[r] > bestScore { bestScore = scores[r]; best = r }
            r += 2
        }
        let inside = 2 * previous.kind
        if inside > 0, inside < count, scores[inside] > bestScore || (scores[inside] == bestScore && inside < best) {
            best = inside
        }
        return NERTag(rawValue: UInt8(best))
    }
}
