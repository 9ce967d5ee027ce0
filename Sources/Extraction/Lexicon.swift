/// Known names with their labels, and aliases to canonical names.
///
/// The extractor takes a lexicon as a value (no file reading here): the
/// shipped one is ``Lexicon/builtin``; a newsroom's own lists are merged in
/// by the caller with ``merging(_:)``.
public struct Lexicon: Sendable {
    /// Exact surface form -> label (`"North Korea"` -> GPE).
    public private(set) var labels: [String: EntityLabel]
    /// Alternative form -> canonical name (`"WSJ"` -> `"The Wall Street Journal"`).
    public private(set) var aliases: [String: String]
    /// The longest entry, in tokens, bounding lookups.
    public private(set) var maxTokens: Int
    /// By hash, asked about every capitalised token (most are not known,
    /// and a miss here costs no SipHash): the entries, and per first word
    /// the most tokens of an entry starting with it, so a lookup tries only
    /// lengths that can match.
    private var known = HashIndex<Bool>([], absent: false)
    private var longestByHash = HashIndex<Int>([], absent: 0)
    /// The aliases' forms by hash, asked about every entity (few are
    /// aliases, and a miss here costs no SipHash).
    private var aliasKnown = HashIndex<Bool>([], absent: false)

    public init(labels: [String: EntityLabel] = [:], aliases: [String: String] = [:]) {
        self.labels = labels
        self.aliases = aliases
        self.maxTokens = 1
        recount()
    }

    /// The lexicon shipped in the binary parsed anew (`builtin` parses it
    /// once and keeps it; `byline bench load` times this).
    public static func loadBuiltin() -> Lexicon { parse(builtinTable).0 }

    /// `other` wins where both name the same form.
    public func merging(_ other: Lexicon) -> Lexicon {
        var merged = self
        merged.labels.merge(other.labels) { _, new in new }
        merged.aliases.merge(other.aliases) { _, new in new }
        merged.recount()
        return merged
    }

    /// The label of `name` as written; a name in capitals (a headline) is
    /// also tried in title case (`NORTH KOREA` -> `North Korea`).
    public func label(of name: String) -> EntityLabel? { label(of: name, hash: FeatureHash.of(name)) }

    /// The same, with `FeatureHash.of(name)` at hand (the recogniser's
    /// tokens carry it).
    func label(of name: String, hash: UInt64) -> EntityLabel? {
        if known[hash: hash], let l = labels[name] { return l }
        guard name.hasNoLowercase, name.titleCaseDiffers else { return nil }
        let titled = name.capitalizedWords
        return known[hash: FeatureHash.of(titled)] ? labels[titled] : nil
    }

    /// The canonical form of `name` if it is an alias (`aliases[name]`),
    /// asked by its hash first.
    public func alias(of name: String) -> String? {
        aliasKnown[hash: FeatureHash.of(name)] ? aliases[name] : nil
    }

    /// Whether a name whose hash (`FeatureHash.of`) is `hash` may be in
    /// the lexicon as written: no name is, where this says no (a hash
    /// shared by chance only costs a longer look).
    func mayKnow(hash: UInt64) -> Bool { known[hash: hash] }

    /// How many tokens starting with `word` could form a known name (an
    /// upper bound: a hash shared by chance only costs a longer try).
    public func maxTokens(startingWith word: String) -> Int { maxTokens(startingWith: word, hash: FeatureHash.of(word)) }

    /// The same, with `FeatureHash.of(word)` at hand.
    func maxTokens(startingWith word: String, hash: UInt64) -> Int {
        let n = longestByHash[hash: hash]
        // Only a word in capitals can match in title case (`NORTH` -> `North`),
        // and only one that title case changes: a number (`1996`) has no
        // title case of its own to look up (7,000 of them on `eng.testa`,
        // each made a string to find the same nothing).
        guard n == 0, word.hasNoLowercase, word.titleCaseDiffers else { return n }
        return longestByHash[hash: FeatureHash.of(word.capitalizedWords)]
    }

    /// Words are split at ASCII spaces, as bytes, and the first word kept
    /// by its hash: splitting every entry by `Character` (grapheme
    /// breaking) and keying a dictionary by it cost a small `byline
    /// extract` 3 to 7 ms of its 50 at start-up.
    private mutating func recount() {
        var longest: [UInt64: Int] = [:]
        longest.reserveCapacity(labels.count)
        var hashes: [(UInt64, Bool)] = []
        hashes.reserveCapacity(labels.count)
        for key in labels.keys {
            var key = key
            key.withUTF8 { bytes in
                hashes.append((FeatureHash.of(bytes: bytes), true))
                // Words are the runs between spaces (empty ones do not count).
                var words = 0, first: Slice<UnsafeBufferPointer<UInt8>>?, start = 0
                for i in 0...bytes.count where i == bytes.count || bytes[i] == 0x20 {
                    if i > start {
                        words += 1
                        if first == nil { first = bytes[start..<i] }
                    }
                    start = i + 1
                }
                guard let first else { return }
                let hash = FeatureHash.of(bytes: first)
                longest[hash] = max(longest[hash] ?? 0, words)
            }
        }
        maxTokens = max(1, longest.values.max() ?? 1)
        known = HashIndex(hashes, absent: false)
        longestByHash = HashIndex(longest.map { ($0.key, $0.value) }, absent: 0)
        aliasKnown = HashIndex(aliases.keys.map { (FeatureHash.of($0), true) }, absent: false)
    }

    /// Each label's name as bytes: a line's label is matched without
    /// building a string and switching on it (a quarter of the parse).
    private static let labelNames = EntityLabel.allCases.map { (name: Array($0.rawValue.utf8), label: $0) }

    /// Parses the plain list format used in `Config/lexicons`: one entry a
    /// line, `LABEL<TAB>Name` or `LABEL<TAB>Name<TAB>Canonical`; `#` starts a
    /// comment. Returns the lexicon and the lines it could not read.
    public static func parse(_ text: String) -> (Lexicon, errors: [(line: Int, message: String)]) {
        var labels: [String: EntityLabel] = [:]
        var aliases: [String: String] = [:]
        var errors: [(Int, String)] = []
        // Lines and fields cut as bytes (tabs, newlines and the spaces
        // trimmed are ASCII), and a string built only for each name: the
        // built-in table's 5,600 lines are parsed at every start, and
        // splitting each into substrings and an array of strings took
        // 2 to 4 ms of a small `byline extract`'s 36 (perf stat -r 30).
        var text = text
        text.withUTF8 { bytes in
            /// `range` without `trimmed` bytes at either end.
            func trim(_ range: Range<Int>, _ trimmed: (UInt8) -> Bool) -> Range<Int> {
                var lower = range.lowerBound, upper = range.upperBound
                while lower < upper, trimmed(bytes[lower]) { lower += 1 }
                while upper > lower, trimmed(bytes[upper - 1]) { upper -= 1 }
                return lower..<upper
            }
            func string(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
            /// The label named by the bytes in `range`, matched as bytes.
            func label(_ range: Range<Int>) -> EntityLabel? {
                Self.labelNames.first { $0.name.count == range.count && $0.name.elementsEqual(bytes[range]) }?.label
            }
            // At most a name a line.
            labels.reserveCapacity(bytes.count { $0 == 0x0A } + 1)
            var lineStart = 0, lineNumber = 0
            var fields: [Range<Int>] = []
            fields.reserveCapacity(4)
            while lineStart <= bytes.count {
                var lineEnd = lineStart
                while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                defer { lineStart = lineEnd + 1 }
                lineNumber += 1
                let line = trim(lineStart..<lineEnd) { $0 == 0x20 || $0 == 0x0D }
                if line.isEmpty || bytes[line.lowerBound] == UInt8(ascii: "#") { continue }
                // The fields between tabs (none empty: two tabs in a row
                // make one), each without spaces at its ends; a fourth
                // only says the line has too many.
                fields.removeAll(keepingCapacity: true)
                var fieldStart = line.lowerBound
                for i in line.lowerBound...line.upperBound where i == line.upperBound || bytes[i] == 0x09 {
                    if i > fieldStart, fields.count < 4 { fields.append(trim(fieldStart..<i) { $0 == 0x20 }) }
                    fieldStart = i + 1
                }
                guard fields.count == 2 || fields.count == 3, let label = label(fields[0]),
                      !fields[1].isEmpty else {
                    errors.append((lineNumber, "expected LABEL<TAB>Name[<TAB>Canonical] with an OntoNotes label"))
                    continue
                }
                let name = string(fields[1])
                labels[name] = label
                if fields.count == 3 { aliases[name] = string(fields[2]) }
            }
        }
        return (Lexicon(labels: labels, aliases: aliases), errors)
    }
}

extension StringProtocol {
    /// No lower-case letter (ASCII checked without the Unicode tables).
    var hasNoLowercase: Bool {
        for u in unicodeScalars {
            if u.isASCII { if u.value >= 0x61 && u.value <= 0x7A { return false } } else if u.properties.isLowercase { return false }
        }
        return true
    }

    /// Whether `capitalizedWords` of a word with no lower-case letter
    /// differs from it: an ASCII capital after a word's first character
    /// (`NASA`, `U.S.`); any word with other characters is taken to.
    var titleCaseDiffers: Bool {
        var wordStart = true
        for b in utf8 {
            if b >= 0x80 || (!wordStart && b >= 0x41 && b <= 0x5A) { return true }
            wordStart = b == 0x20
        }
        return false
    }

    /// `NORTH KOREA` -> `North Korea`, for matching headlines in capitals.
    var capitalizedWords: String {
        // ASCII, the common case, byte by byte: no substrings are built.
        if utf8.allSatisfy({ $0 < 0x80 }) {
            var bytes: [UInt8] = []
            bytes.reserveCapacity(utf8.count)
            var wordStart = true
            for b in utf8 {
                let upper = b >= 0x41 && b <= 0x5A, lower = b >= 0x61 && b <= 0x7A
                bytes.append(wordStart ? (lower ? b - 0x20 : b) : (upper ? b + 0x20 : b))
                wordStart = b == 0x20
            }
            return String(decoding: bytes, as: UTF8.self)
        }
        return split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst().lowercased() }.joined(separator: " ")
    }
}
