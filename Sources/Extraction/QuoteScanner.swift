/// A quotation between two marks, or from its opening mark to the end of
/// the paragraph when it runs on into the next one (the news convention
/// for long quotes: no closing mark, the next paragraph opens again).
struct Quote {
    let open: Int
    /// The closing mark's token, or the paragraph's end when `closed` is false.
    let close: Int
    let closed: Bool
}

/// Finds paragraphs and the quotations in them.
enum QuoteScanner {
    /// Token ranges of the text's lines (paragraphs, in news copy).
    static func lines(_ tokens: [Token]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var start = 0
        for i in tokens.indices where i > start && tokens[i].startsLine {
            out.append(start..<i)
            start = i
        }
        if start < tokens.count { out.append(start..<tokens.count) }
        return out
    }

    /// Curly and angle marks say which side of a quotation they stand on;
    /// straight ones (`"`, `''`) open or close by position; single ones
    /// are passed over, too often apostrophes or quotes inside quotes.
    static let openingMarks: WordSet = ["\u{201C}", "\u{00AB}", "\u{201E}", "``"]
    static let closingMarks: WordSet = ["\u{201D}", "\u{00BB}"]
    static let singleMarks: WordSet = ["'", "\u{2018}", "\u{2019}", "`"]

    /// Pairs quotation marks within a line: straight quotes and `''`
    /// alternate, curly ones say which side they are. Single quotes are
    /// skipped: they are too often apostrophes or quotes inside quotes.
    static func quotes(in line: Range<Int>, _ tokens: [Token]) -> [Quote] {
        var out: [Quote] = []
        var open: Int?
        for i in line where tokens[i].kind == .quote {
            let t = tokens[i].text
            if singleMarks.contains(t) { continue }
            let isOpen = openingMarks.contains(t)
            let isClose = closingMarks.contains(t)
            if let o = open, !isOpen || isClose {
                if i > o + 1 { out.append(Quote(open: o, close: i, closed: true)) }
                open = nil
            } else if !isClose || i == line.lowerBound {
                open = i  // (a closing mark that opens its paragraph opens a quotation: `”Fear. ...”`)
            }
        }
        // A quote left open runs to the paragraph's end when it opens the
        // paragraph, a sentence or follows a colon, or a comma when the mark
        // is set as an opening one (`said, "We see`; not `told," she said`
        // or `told, " she said`, a closing mark); anywhere else it is a
        // stray mark.
        if let o = open, line.upperBound - o > 3,
           o == line.lowerBound || [":", ".", "?", "!"].contains(tokens[o - 1].text)
            || tokens[o - 1].isPunct(",") && tokens[o].start > tokens[o - 1].end && tokens[o + 1].start == tokens[o].end {
            out.append(Quote(open: o, close: line.upperBound, closed: false))
        }
        return out
    }
}
