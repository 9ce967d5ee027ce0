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

/// One score per tag, in vector lanes (40: O and B/I of up to 19 types).
/// Summed as vectors, so scoring a feature is two vector additions
/// whatever the number of types.
struct TagScores {
    static let lanes = 40

    var low = SIMD32<Float>()
    var high = SIMD8<Float>()

    @inline(__always)
    subscript(_ i: Int) -> Float {
        get { i < 32 ? low[i] : high[i - 32] }
        set { if i < 32 { low[i] = newValue } else { high[i - 32] = newValue } }
    }

    /// The highest-scoring tag of `tags` that may follow `previous` (ties:
    /// the lowest tag).
    @inline(__always)
    func best(of count: Int, after previous: NERTag) -> NERTag {
        var best = NERTag.o
        var bestScore = -Float.infinity
        for r in 0..<count {
            let t = NERTag(rawValue: UInt8(r))
            if t.canFollow(previous), self[r] > bestScore {
                bestScore = self[r]
                best = t
            }
        }
        return best
    }
}
