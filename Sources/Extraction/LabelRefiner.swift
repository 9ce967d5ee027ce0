/// Turns the recogniser's four CoNLL classes into OntoNotes labels, from
/// the lexicon and the words of the name itself:
///
/// - PER -> PERSON;
/// - LOC -> the lexicon's GPE/LOC/FAC, else LOC for seas, regions and
///   corridors, FAC for plants, airports and bridges, else GPE;
/// - ORG -> ORG (LAW or EVENT when the name says so);
/// - MISC -> NORP for nationalities and groups, EVENT, LAW or PRODUCT by the
///   name's head word or shape (`Fateh-110`), else NORP for one word and
///   PRODUCT for more.
struct LabelRefiner {
    let lexicon: Lexicon

    func label(_ tokens: [Token], _ first: Int, _ last: Int, kind: Int) -> EntityLabel {
        var a = first
        if tokens[a].text == "The" && a < last { a += 1 }
        let words = (a...last).map { tokens[$0].text }
        let name = words.joined(separator: " ")
        let known = lexicon.label(of: name)
        let head = words[words.count - 1]
        // A weapon system the lexicon knows is one whatever the model's class
        // (it reads `Shahed` or `Javelin` as a place or a person).
        if known == .product { return .product }
        if words.count == 1, let dash = head.firstIndex(of: "-"), lexicon.label(of: String(head[..<dash])) == .product { return .product }
        if words.count == 1, NameFinder.isIndexDesignation(head) { return .product }
        switch kind {
        case 1:
            return .person
        case 2:
            if let known, [.gpe, .loc, .fac].contains(known) { return known }
            if NameFinder.locHeads.contains(head) { return .loc }
            if NameFinder.facHeads.contains(head) { return .fac }
            return .gpe
        case 3:
            if NameFinder.lawHeads.contains(head) && words.count > 1 { return .law }
            // A country's short form in capitals (`US`, `U.K.`) is the country:
            // the model, trained on `U.S.`, reads it as an acronym.
            if words.count == 1, known == .gpe, tokens[last].isAllCaps, head.unicodeScalars.filter({ $0 != "." }).count <= 3 { return .gpe }
            return .org
        default:
            if let known, known == .norp || known == .law || known == .event || known == .product { return known }
            // A single word the lexicon knows as a place or an organisation
            // (`the West`, `ISW`): the model's catch-all class gives way.
            if words.count == 1, let known, [.gpe, .loc, .org].contains(known) { return known }
            if NameFinder.lawHeads.contains(head) { return .law }
            if NameFinder.eventHeads.contains(head) { return .event }
            let t = tokens[last]
            if words.count == 1 && t.hasDigit && t.isAllCaps && t.text.contains("-") { return .event }  // ARMY-2019
            if t.hasDigit { return .product }
            if words.count == 1 { return .norp }
            return words.allSatisfy({ isDemonymLike($0) }) ? .norp : .product
        }
    }

    private func isDemonymLike(_ w: String) -> Bool {
        ["an", "ans", "ese", "ish", "i", "is", "ic"].contains { w.hasSuffix($0) } || w.contains("-")
    }
}
