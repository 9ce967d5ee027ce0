/// Groups tokens into sentences: a line break always ends one (news files
/// put headlines, datelines and paragraphs on lines of their own), and so
/// does `.`, `!` or `?` (with any closing quotes) before a token that can
/// start a sentence. Abbreviations keep their period inside the token, so
/// `Gen. Smith` never splits.
public enum SentenceSplitter {
    /// Token index ranges, one per sentence, covering every token.
    public static func split(_ tokens: [Token]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        var start = 0
        var i = 0
        while i < tokens.count {
            if i > start && tokens[i].startsLine {
                sentences.append(start..<i)
                start = i
            }
            let t = tokens[i]
            if t.kind == .punctuation && (t.text == "." || t.text == "!" || t.text == "?") {
                var end = i + 1
                // Closing quotes and brackets attach to the period (no space
                // before them); a quote after a space opens the next sentence.
                while end < tokens.count && !tokens[end].startsLine && tokens[end].start == tokens[end - 1].end
                        && (tokens[end].kind == .quote || tokens[end].isPunct(")")) {
                    end += 1
                }
                if end < tokens.count && !tokens[end].startsLine && canStartSentence(tokens[end]) {
                    sentences.append(start..<end)
                    start = end
                    i = end
                    continue
                }
            }
            i += 1
        }
        if start < tokens.count { sentences.append(start..<tokens.count) }
        return sentences
    }

    private static func canStartSentence(_ t: Token) -> Bool {
        t.isCapitalized || t.kind == .number || t.kind == .quote || t.kind == .currency
    }
}
