/// Where a name the learned model found begins and ends, as OntoNotes
/// draws names: the model, trained on CoNLL's tokens and reading a word at
/// a time, sometimes runs a name into what stands beside it.
///
/// - quotes and punctuation at either end are not the name (`“Iran`),
///   except a closing bracket whose opening one is inside (`Mladost (L)`);
/// - a word that opens sentences (`While Europe`) is not, at a sentence's
///   start;
/// - a name ends on a capitalised word, a number or a known name: not on
///   a plain lower-case word (`WSJ reports`) nor on a title (`U.S.
///   Ambassador`: titles stay outside names).
enum NameEdges {
    static func trim(_ tokens: [Token], _ first: Int, _ last: Int, sentenceStart: Int, lexicon: Lexicon) -> ClosedRange<Int>? {
        var first = first, last = last
        func isMark(_ k: Int) -> Bool { tokens[k].kind == .quote || tokens[k].kind == .punctuation }
        while first <= last, isMark(first) { first += 1 }
        while last >= first, isMark(last), !(tokens[last].text == ")" && (first..<last).contains { tokens[$0].text == "(" }) { last -= 1 }
        guard first <= last else { return nil }
        let opensSentence = first == sentenceStart || tokens[first].startsLine || isMark(first - 1)
        if first < last, opensSentence, tokens[first].text != "The", NameFinder.notNames.contains(tokens[first].text) { first += 1 }
        let names = NameFinder(lexicon: lexicon)
        while last > first, isPlainLowercase(tokens[last]) || names.isTitle(tokens[last]) { last -= 1 }
        return first...last
    }

    /// A word with no capital letter and no digit (`reports`; not `al-Saadani`).
    static func isPlainLowercase(_ t: Token) -> Bool {
        t.kind == .word && !t.hasDigit && t.text == t.lower
    }
}
