/// A claim's content holds its quotations whole. The patterns trim a
/// sentence's closing punctuation, and with it the mark that closes a
/// quotation the content opened (`his temperament is “dangerous for a
/// president.”` came out as `... “dangerous for a president`), which left
/// a record with one mark and no partner. Annotators, ours and
/// PolNeAR's, take the content on through the closing mark; likewise a
/// content that starts just inside a quotation it then closes goes back
/// to the opening mark.
extension ClaimFinder {
    /// `content` grown to the marks it leaves unpaired: forward past at
    /// most two punctuation tokens to a closing mark, back to an opening
    /// mark right before it. The marks are classed as `QuoteScanner`
    /// pairs them; single quotes are left alone (apostrophes).
    func balanced(_ content: Span) -> Span {
        let first = firstToken(atOrAfter: content.start)
        guard first < tokens.count, tokens[first].end <= content.end else { return content }
        var last = first
        while last + 1 < tokens.count, tokens[last + 1].end <= content.end { last += 1 }
        var open = 0, unopened = false, straightCount = 0
        for i in first...last where tokens[i].kind == .quote {
            let mark = tokens[i].text
            if QuoteScanner.openingMarks.contains(mark) {
                open += 1
            } else if QuoteScanner.closingMarks.contains(mark) {
                if open > 0 { open -= 1 } else { unopened = true }
            } else if isStraight(mark) {
                straightCount += 1
            }
        }
        var start = first, end = last
        if open > 0 || straightCount % 2 == 1 {
            var k = last + 1
            while k < tokens.count, k <= last + 2, tokens[k].kind == .punctuation, !tokens[k].startsLine { k += 1 }
            if k < tokens.count, tokens[k].kind == .quote, !tokens[k].startsLine,
               QuoteScanner.closingMarks.contains(tokens[k].text) || (open == 0 && isStraight(tokens[k].text)) {
                end = k
            }
        }
        if unopened || (straightCount % 2 == 1 && end == last), first > 0, !tokens[first].startsLine,
           tokens[first - 1].kind == .quote, QuoteScanner.openingMarks.contains(tokens[first - 1].text) || isStraight(tokens[first - 1].text) {
            start = first - 1
        }
        guard start != first || end != last else { return content }
        return spanOf(start, end)
    }

    /// A straight mark (`"`, `''`), which opens or closes by position.
    private func isStraight(_ mark: String) -> Bool {
        !QuoteScanner.singleMarks.contains(mark) && !QuoteScanner.openingMarks.contains(mark) && !QuoteScanner.closingMarks.contains(mark)
    }
}
