/// A tag of the learned recogniser: BIOL over the entity types the
/// training data names. B opens an entity (a one-word entity is its B
/// alone), I continues one that goes on, L is the last word of one of
/// several words. Tag 0 is O; type `k` (1-based, in `NERTagSet.types`) has
/// B = 3k - 2, I = 3k - 1 and L = 3k, so a tag's type and position are
/// arithmetic and the tag set is read from the data, not written here.
///
/// Why L (Ratinov and Roth 2009 found BILOU ahead of BIO): with BIO an
/// entity ends wherever the next word is not tagged I, and no weight ever
/// says "this is the last word"; most of the BIO model's DATE errors on
/// the development newswire were spans cut short or run on (`the [month
/// before]`, `[five years], 1995 to 1999`). With L, the end is a decision
/// the model learns, with the features of the word it ends on. (U, a
/// one-word entity's own tag, would take 18 types to 73 tags, past the 64
/// that `NERTrainer.Example.allowed` holds as bits.)
struct NERTag: Hashable, Sendable {
    let rawValue: UInt8

    init(rawValue: UInt8) { self.rawValue = rawValue }

    static let o = NERTag(rawValue: 0)

    static func begin(_ kind: Int) -> NERTag { NERTag(rawValue: UInt8(3 * kind - 2)) }
    static func inside(_ kind: Int) -> NERTag { NERTag(rawValue: UInt8(3 * kind - 1)) }
    static func last(_ kind: Int) -> NERTag { NERTag(rawValue: UInt8(3 * kind)) }

    var isBegin: Bool { rawValue % 3 == 1 }
    var isInside: Bool { rawValue > 0 && rawValue % 3 == 2 }
    var isLast: Bool { rawValue > 0 && rawValue % 3 == 0 }
    /// I or L: the word continues the entity before it.
    var continues: Bool { rawValue > 0 && rawValue % 3 != 1 }
    /// O or L: no entity goes on past this word.
    var closes: Bool { rawValue % 3 == 0 }

    /// The type index, 1-based; 0 for O.
    var kind: Int { (Int(rawValue) + 2) / 3 }

    /// The tag as one bit of a set (`NERTrainer.Example.allowed`).
    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// Every B- tag, as a set.
    static let beginBits: UInt64 = 0x2492_4924_9249_2492

    /// I-X and L-X only after B-X or I-X. Anything else may follow
    /// anything: an I followed by O or a B ends its entity there, as in
    /// BIO. (Holding the tagger to I or L after an I, in training and
    /// decoding, scored far lower: the beam sums scores against O's, and
    /// where O was never a candidate its score meant nothing. Development
    /// newswire, greedy 0.872, beam 0.816.)
    @inline(__always)
    func canFollow(_ previous: NERTag) -> Bool {
        guard continues else { return true }
        return previous.kind == kind && !previous.closes
    }
}

/// The entity types a model knows, in the order of its tags. The scores of
/// all tags fit `TagScores`, so a model has at most 18 types (OntoNotes
/// has 18).
struct NERTagSet: Hashable, Sendable {
    static let maxTypes = (TagScores.lanes - 1) / 3

    let types: [String]

    init(types: [String]) {
        precondition(types.count <= Self.maxTypes, "at most \(Self.maxTypes) entity types")
        self.types = types
    }

    /// O and B/I/L of every type.
    var count: Int { 1 + 3 * types.count }

    var all: [NERTag] { (0..<count).map { NERTag(rawValue: UInt8($0)) } }

    func name(_ tag: NERTag) -> String {
        tag == .o ? "O" : (tag.isBegin ? "B-" : tag.isInside ? "I-" : "L-") + types[tag.kind - 1]
    }

    /// The type name of a type index (1-based).
    func type(_ kind: Int) -> String { types[kind - 1] }
}

/// Choosing a tag from scores, one per tag, in memory.
enum TagScores {
    /// O and B/I/L of 18 types, and one lane no tag uses (`NERModel.empty`).
    static let lanes = 56

    /// The highest-scoring tag among the first `count` that may follow
    /// `previous` (ties: the lowest tag).
    @inline(__always)
    static func best<T: Comparable>(_ scores: UnsafeBufferPointer<T>, count: Int, after previous: NERTag) -> NERTag {
        var best = 0
        var bestScore = scores[0]
        // B tags may always follow; I and L only those of the previous
        // tag's type after its B or I.
        var r = 1
        while r < count {
            if scores[r] > bestScore { bestScore = scores[r]; best = r }
            r += 3
        }
        let inside = 3 * previous.kind - 1
        if !previous.closes, inside + 1 < count {
            for c in inside...(inside + 1) where scores[c] > bestScore || (scores[c] == bestScore && c < best) {
                bestScore = scores[c]
                best = c
            }
        }
        return NERTag(rawValue: UInt8(best))
    }
}
