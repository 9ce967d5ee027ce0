/// Finds proper names: runs of capitalised tokens, labelled from the
/// lexicon, from the words inside them (`Ministry`, `Institute`), from
/// their shape (`Fateh-110`) and from the words around them (`Mr.`, `said`).
///
/// This is the baseline recogniser: rules and a lexicon, no learning.
struct NameFinder {
    let lexicon: Lexicon

    static let connectors: WordSet = ["of", "for", "the", "de", "al", "bin", "von", "van", "der", "on", "and"]
    static let orgHeads: WordSet = ["Ministry", "Forces", "Force", "Corps", "Institute", "Agency", "Council", "Committee",
                                        "Department", "Association", "Union", "Party", "Front", "Commission", "Court", "Guard",
                                        "Guards", "Army", "Navy", "Bank", "University", "Journal", "Times", "Post", "News",
                                        "Organization", "Organisation", "Company", "Corporation", "Group", "Foundation",
                                        "Center", "Centre", "Service", "Services", "Office", "Parliament", "Assembly",
                                        "Administration", "Staff", "Authority", "Fund", "Police", "Brigade", "Battalion",
                                        "Inc.", "Corp.", "Ltd", "Bureau", "Directorate", "Cabinet", "Senate", "Duma"]
    static let facHeads: WordSet = ["Airport", "Bridge", "Plant", "Station", "Base", "Port", "Palace", "Square",
                                        "Tower", "Stadium", "Range", "Highway", "Street", "Avenue", "Building", "Hall"]
    static let locHeads: WordSet = ["Sea", "Ocean", "River", "Mountains", "Valley", "Peninsula", "Gulf", "Corridor",
                                        "Strait", "Desert", "Lake", "Island", "Islands", "Bay", "Coast"]
    /// Words that make a place's administrative unit: `Moscow Region`.
    static let gpeSuffixes: WordSet = ["Region", "Oblast", "Province", "Governorate", "District", "Krai", "County", "Prefecture"]
    static let lawHeads: WordSet = ["Treaty", "Act", "Agreement", "Accord", "Accords", "Convention", "Plan", "Protocol", "Pact", "Deal"]
    static let eventHeads: WordSet = ["War", "Summit", "Forum", "Election", "Elections", "Olympics", "Games", "Conference", "Revolution"]
    static let titles: WordSet = ["Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "Gen.", "Col.", "Lt.", "Sgt.", "Capt.", "Adm.", "Maj.",
                                      "Sen.", "Rep.", "Gov.", "President", "Minister", "Secretary", "Prime", "Chancellor",
                                      "King", "Queen", "Prince", "Pope", "Ayatollah", "Sheikh", "General", "Colonel",
                                      "spokesperson", "spokesman", "spokeswoman", "Spokesperson", "Spokesman", "leader",
                                      "Director", "director", "Chief", "chief", "Commander", "commander", "Ambassador",
                                      "ambassador", "analyst", "expert", "envoy", "Envoy", "Speaker", "Senator", "Governor",
                                      "CEO", "Chairman", "chairman", "official", "Deputy", "deputy", "head", "Head", "Mayor",
                                      "MP", "MPs", "Former", "former", "Supreme", "Leader", "Lawmaker", "lawmaker",
                                      "Cardinal", "Archbishop", "Bishop", "Emperor", "Duke", "Rabbi", "Imam"]
    /// Capitalised words that start sentences and headings but are not names.
    static let notNames: WordSet = [
        "The", "A", "An", "In", "On", "At", "To", "For", "From", "By", "With", "Without", "Of", "And", "But", "Or", "If",
        "As", "After", "Before", "While", "When", "Where", "Why", "How", "What", "Who", "Which", "This", "That", "These",
        "Those", "It", "Its", "He", "She", "They", "We", "I", "You", "His", "Her", "Their", "Our", "My", "Your", "There",
        "Here", "However", "Meanwhile", "Moreover", "Also", "According", "Although", "Though", "Despite", "Since", "Until",
        "During", "Under", "Over", "Some", "Many", "Most", "All", "Both", "Each", "Other", "Another", "Such", "No", "Not",
        "Yes", "So", "Then", "Now", "Thus", "Still", "Yet", "Even", "Just", "Only", "Later", "Earlier", "Today", "Sources",
        "Officials", "Read", "More", "Photo", "Video", "Watch", "Update", "Breaking", "Analysis", "Opinion", "News",
        "Assistance", "Advertisement", "Subscribe", "Share", "Follow", "Click", "Related", "See", "Also", "Mr", "Mrs",
        "Following", "Furthermore", "Additionally", "Instead", "Indeed", "Nevertheless", "Previously", "Ms",
        "File", "FILE", "PHOTO", "Photos", "PHOTOS", "Image", "Images", "Credit", "Caption", "Getty",
    ]

    struct Name {
        var first: Int
        var last: Int  // inclusive
        var label: EntityLabel?
        /// The label comes from the lexicon or the name's own head word or
        /// shape, not from a guess (two capitalised words are a person).
        var confident = false
    }

    /// Capitalised runs in `range` that overlap no token in `taken`.
    func find(_ tokens: [Token], in range: Range<Int>, taken: Set<Int>, lowercaseWords: Set<String>) -> [Name] {
        var names: [Name] = []
        var i = range.lowerBound
        while i < range.upperBound {
            guard !taken.contains(i), isNameToken(tokens[i], first: i == range.lowerBound || tokens[i].startsLine, lowercaseWords: lowercaseWords) else {
                i += 1
                continue
            }
            var last = i
            var k = i + 1
            while k < range.upperBound, !taken.contains(k), !tokens[k].startsLine {
                if isNameToken(tokens[k], first: false, lowercaseWords: lowercaseWords) {
                    last = k
                    k += 1
                } else if Self.connectors.contains(tokens[k].text), k + 1 < range.upperBound,
                          tokens[k].text != "and" || lexicon.label(of: joined(tokens, i, k + 1)) != nil {
                    // "Institute for the Study of War": connectors inside an
                    // organisation-like name only.
                    var j = k + 1
                    while j < range.upperBound, Self.connectors.contains(tokens[j].text) { j += 1 }
                    guard j < range.upperBound, !taken.contains(j), isNameToken(tokens[j], first: false, lowercaseWords: lowercaseWords),
                          !tokens[j].startsLine, spanHasOrgHead(tokens, i, j) || tokens[j].text == "War" || lexicon.label(of: joined(tokens, i, j)) != nil
                    else { break }
                    last = j
                    k = j + 1
                } else {
                    break
                }
            }
            // "The Wall Street Journal" keeps "The" only when the lexicon has it.
            var first = i
            if tokens[first].text == "The" && last > first && lexicon.label(of: joined(tokens, first, last)) == nil { first += 1 }
            if first <= last && !(first == last && Self.notNames.contains(tokens[first].text)) {
                names.append(contentsOf: splitAndLabel(tokens, first, last, lowercaseWords: lowercaseWords))
            }
            i = last + 1
        }
        return names
    }

    /// A title or role word (`Minister`, `MP`) that is not itself a known name.
    func isTitle(_ t: Token) -> Bool { Self.titles.contains(t.text) && lexicon.label(of: t.text) == nil }

    private func isNameToken(_ t: Token, first: Bool, lowercaseWords: Set<String>) -> Bool {
        guard t.kind == .word else { return false }
        guard t.isCapitalized || (t.hasDigit && t.text.contains("-") && t.text.first?.isUppercase == true) || (t.hasDigit && Self.isIndexDesignation(t.text))
        else { return false }
        if t.text == "'s" || t.text == "'S" { return false }
        if isTitle(t) { return false }
        if first && Self.notNames.contains(t.text) { return false }
        if first && lexicon.label(of: t.text) == nil && !t.isAllCaps && lowercaseWords.contains(t.lower) { return false }
        return true
    }

    /// Splits a run at lexicon boundaries where that explains it better
    /// ("Russia Iran" in a headline) and labels each part.
    private func splitAndLabel(_ tokens: [Token], _ first: Int, _ last: Int, lowercaseWords: Set<String>) -> [Name] {
        if let label = lexicon.label(of: joined(tokens, first, last)) {
            return [Name(first: first, last: last, label: label, confident: true)]
        }
        if last > first, Self.gpeSuffixes.contains(tokens[last].text), lexicon.label(of: joined(tokens, first, last - 1)) == .gpe {
            return [Name(first: first, last: last, label: .gpe, confident: true)]
        }
        // An organisation's name that runs on through a connector stays whole:
        // `Aerospace Forces of the Islamic Revolutionary Guard Corps`.
        if let c = (first...last).first(where: { Self.connectors.contains(tokens[$0].text) }), c > first,
           (first..<c).contains(where: { Self.orgHeads.contains(tokens[$0].text) }) {
            return [Name(first: first, last: last, label: .org, confident: true)]
        }
        // Greedy longest lexicon match from the left; unknown stretches stay together.
        var out: [Name] = []
        var i = first
        var pendingStart: Int?
        while i <= last {
            var matched = false
            var j = min(last, i + lexicon.maxTokens(startingWith: tokens[i].text) - 1)
            while j >= i {
                if let label = lexicon.label(of: joined(tokens, i, j)), j > i || first == last || label != .org || tokens[i].isAllCaps {
                    // Inside a longer unknown name, a single known word is only
                    // split off when it is a place or group ("Russian Defense Ministry" stays whole).
                    if j == i && last > first && (label == .org || hasHeads(tokens, first, last)) { break }
                    if let p = pendingStart { out.append(labelled(tokens, p, i - 1, lowercaseWords: lowercaseWords)) }
                    pendingStart = nil
                    out.append(Name(first: i, last: j, label: label, confident: true))
                    i = j + 1
                    matched = true
                    break
                }
                j -= 1
            }
            if !matched {
                if pendingStart == nil { pendingStart = i }
                i += 1
            }
        }
        if let p = pendingStart { out.append(labelled(tokens, p, last, lowercaseWords: lowercaseWords)) }
        // A name split into a known modifier and an unknown rest reads better whole
        // when the rest is an organisation ("Iranian Foreign Ministry", "White
        // House National Security Council").
        if out.count == 2, (out[0].label == .norp || out[0].label == .gpe) && out[0].first == out[0].last || out[0].label == .org || out[0].label == .fac,
           out[1].label == .org, hasHeads(tokens, out[1].first, out[1].last) {
            return [Name(first: first, last: last, label: .org, confident: true)]
        }
        return out
    }

    private func hasHeads(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        (a...b).contains { Self.orgHeads.contains(tokens[$0].text) || Self.facHeads.contains(tokens[$0].text) || Self.locHeads.contains(tokens[$0].text) }
    }

    private func spanHasOrgHead(_ tokens: [Token], _ a: Int, _ b: Int) -> Bool {
        (a...b).contains { Self.orgHeads.contains(tokens[$0].text) || Self.lawHeads.contains(tokens[$0].text) }
    }

    private func labelled(_ tokens: [Token], _ a: Int, _ b: Int, lowercaseWords: Set<String>) -> Name {
        // A known word left over by a split keeps its lexicon label (`Iranian`).
        if a == b, let known = lexicon.label(of: tokens[a].text) { return Name(first: a, last: b, label: known, confident: true) }
        var label = shapeLabel(tokens, a, b)
        // Several capitalised words read as a person only when none of them
        // is a word the article also writes in lower case (`Secret Nuclear
        // Program` in a title-case headline), unless a first name opens them.
        if label == .person, !WordFacts.of(tokens[a].lower).firstName,
           (a...b).contains(where: { lowercaseWords.contains(tokens[$0].lower) }) {
            label = nil
        }
        // Head words and weapon-style shapes are evidence; the defaults
        // (several capitalised words -> PERSON, capitals -> ORG) are not.
        let words = (a...b).map { tokens[$0].text }
        let evidence = words.contains { Self.orgHeads.contains($0) } || tokens[b].hasDigit || label == .product
            || [Self.lawHeads, Self.eventHeads, Self.locHeads, Self.facHeads].contains { $0.contains(words[words.count - 1]) }
        return Name(first: a, last: b, label: label, confident: evidence && label != nil)
    }

    /// A weapon's index designation: digits, capital letters, digits
    /// (`9M723`, `3M22`, `9K720`), in Latin or Cyrillic letters.
    static func isIndexDesignation(_ word: String) -> Bool {
        var phase = 0  // 0 leading digits, 1 letters, 2 trailing digits
        for u in word.unicodeScalars {
            let digit = u.properties.numericType == .decimal
            switch phase {
            case 0: if !digit { guard u.properties.isUppercase else { return false }; phase = 1 }
            case 1: if digit { phase = 2 } else if !u.properties.isUppercase { return false }
            default: if !digit { return false }
            }
        }
        return phase == 2 && word.unicodeScalars.first?.properties.numericType == .decimal
    }

    /// A label from the words of the name itself; nil when only context can tell.
    private func shapeLabel(_ tokens: [Token], _ a: Int, _ b: Int) -> EntityLabel? {
        let words = (a...b).map { tokens[$0].text }
        let lastWord = words[words.count - 1]
        if words.contains(where: { Self.orgHeads.contains($0) }) { return .org }
        if Self.lawHeads.contains(lastWord) { return .law }
        if Self.eventHeads.contains(lastWord) { return .event }
        if Self.locHeads.contains(lastWord) { return .loc }
        if Self.facHeads.contains(lastWord) { return .fac }
        if a == b {
            let t = tokens[a]
            // `Iskander-M`: a known weapon system's variant.
            if let dash = t.text.firstIndex(of: "-"), lexicon.label(of: String(t.text[..<dash])) == .product { return .product }
            if t.hasDigit && t.text.contains("-") { return t.isAllCaps && t.text.split(separator: "-").last.map({ $0.count == 4 }) == true ? .event : .product }
            if t.hasDigit { return .product }
            if t.isAllCaps { return .org }
            return nil
        }
        if words.allSatisfy({ $0.first?.isUppercase == true && !$0.contains(".") || $0.count == 2 }) && words.count <= 4 {
            return .person
        }
        return .org
    }

    func joined(_ tokens: [Token], _ a: Int, _ b: Int) -> String {
        var s = tokens[a].text
        if a < b {
            for k in (a + 1)...b { s += " " + tokens[k].text }
        }
        return s
    }
}
