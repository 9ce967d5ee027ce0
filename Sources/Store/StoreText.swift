/// How names are matched: case-insensitively, the same way in Swift, in
/// SQLite and in PostgreSQL. Keys are computed here, once, on both the
/// stored side and the asked side, because the databases' own `lower()`
/// differ (SQLite's folds ASCII only).
enum StoreText {
    static func key(_ text: String) -> String { text.lowercased() }

    /// What `--source` searches in a claim: its source's text and
    /// canonical name, lower-cased, one per line (a needle has no newline,
    /// so it cannot match across the two).
    static func sourceKey(_ claim: ProjectedRecord.Claim) -> String {
        key(claim.source?.text ?? "") + "\n" + key(claim.sourceCanonical ?? "")
    }

    /// Byte-wise substring search, as SQLite's `instr` and PostgreSQL's
    /// `strpos` do it (Swift's `contains` compares by canonical
    /// equivalence, which would answer differently for some text).
    static func contains(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty else { return true }
        guard h.count >= n.count else { return false }
        for start in 0...(h.count - n.count) where h[start] == n[0] && h[start..<(start + n.count)].elementsEqual(n) {
            return true
        }
        return false
    }
}
