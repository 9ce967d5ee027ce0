/// A dateline, the line that opens a wire story with where and when it was
/// filed (`LONDON 1996-08-30`, `MILWAUKEE, Wisconsin 1996-08-29`,
/// `KYIV, Aug. 30`): its names are places, however the recogniser reads a
/// city in capitals on its own.
enum Dateline {
    /// The place names of sentence `s` when it is a dateline: one or two
    /// runs of capitalised words parted by a comma, then a date, and
    /// nothing else on the line.
    static func places(_ tokens: [Token], _ s: Range<Int>) -> [ClosedRange<Int>] {
        guard s.count >= 2, s.count <= 10, tokens[s.lowerBound].startsLine else { return [] }
        var end = s.upperBound - 1
        if tokens[end].isPunct(",") || tokens[end].isPunct("-") { end -= 1 }
        guard end > s.lowerBound else { return [] }
        // The date: 1996-08-30, or a month and a day (`Aug. 30`).
        if isISODate(tokens[end].text) {
            end -= 1
        } else if tokens[end].kind == .number, end - 1 > s.lowerBound, NumericGrammar.months.contains(lowerOf: tokens[end - 1]) {
            end -= 2
        } else {
            return []
        }
        if end > s.lowerBound, tokens[end].isPunct(",") { end -= 1 }
        var runs: [ClosedRange<Int>] = []
        var start: Int?
        for k in s.lowerBound...end {
            if tokens[k].kind == .word, tokens[k].isCapitalized {
                if start == nil { start = k }
            } else if tokens[k].isPunct(","), let first = start {
                runs.append(first...(k - 1))
                start = nil
            } else {
                return []
            }
        }
        guard let first = start else { return [] }
        runs.append(first...end)
        return runs.count <= 2 ? runs : []
    }

    /// `1996-08-30`.
    static func isISODate(_ s: String) -> Bool {
        let parts = s.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts.map(\.count) == [4, 2, 2] && parts.allSatisfy { $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
