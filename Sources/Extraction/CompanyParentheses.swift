/// A company's name can hold its region or its holding in brackets
/// before the legal form: `Goldman Sachs (Japan) Corp.`, `Hudbay Oil
/// (Indonesia) Ltd.`. OntoNotes' training split marks such a name as one
/// ORG every time it has one (12 of 12); the tagger, which rarely sees a
/// bracket inside a name, closed the name before the bracket and read the
/// rest apart (`[Hudbay Oil] ([Indonesia]) Ltd.`, `[BP Petroleum
/// Development] ([SES) Ltd.]`). An organisation right before one or two
/// capitalised words in brackets and a legal form runs to the legal form.
enum CompanyParentheses {
    private static let legalForms: WordSet = [
        "corp", "corp.", "ltd", "ltd.", "inc", "inc.", "co", "co.", "plc", "ag", "s.a.", "n.v.", "bhd", "bhd.",
        "gmbh", "limited", "llc",
    ]

    /// The legal form's token, when the organisation ending at token
    /// `last` of `s` is followed by `(`, one or two capitalised words,
    /// `)` and a legal form.
    static func end(_ s: [Token], after last: Int) -> Int? {
        guard last + 4 < s.count, s[last + 1].text == "(" else { return nil }
        var k = last + 2
        while k < s.count, k <= last + 3, s[k].kind == .word, s[k].isCapitalized { k += 1 }
        guard k > last + 2, k + 1 < s.count, s[k].text == ")", legalForms.contains(lowerOf: s[k + 1]) else { return nil }
        return k + 1
    }
}
