/// Gives every mention the fullest name of the same thing in the article.
///
/// - A person's surname (or first name) alone points at the full name used
///   elsewhere: `Shoigu` -> `Sergei Shoigu`.
/// - An acronym points at the expansion written beside it,
///   `Institute for the Study of War (ISW)`, or at the lexicon's.
/// - Lexicon aliases (`WSJ`, `REUTERS`) map to their canonical form.
/// - An organisation's acronym points at the one name in the article with
///   those initials, `IRS` -> `Internal Revenue Service` (`Acronyms`).
enum Canonicalizer {
    static func assign(_ entities: inout [Entity], text: ArticleText, lexicon: Lexicon) {
        // Acronyms defined in the text: "Long Name (ACR)".
        var expansions: [String: String] = [:]
        let sorted = entities.indices.sorted { entities[$0].start < entities[$1].start }
        for (a, b) in zip(sorted, sorted.dropFirst()) {
            let long = entities[a], short = entities[b]
            // The bracket first: it rules out nearly every pair, and costs
            // no Unicode property lookup.
            guard short.start - long.end <= 3, short.start >= 1, text[short.start - 1] == "(",
                  short.text.unicodeScalars.allSatisfy({ $0.properties.isUppercase || $0 == "." || $0 == "-" }),
                  long.text.split(separator: " ").count >= 2 else { continue }
            expansions[short.text] = long.text
        }
        // Each word of a full name -> the longest full name holding it, built
        // once so that a long article stays linear.
        var fullNames: [Substring: String] = [:]
        for e in entities where e.label == .person && e.text.utf8.contains(0x20) {
            for word in Self.words(e.text) where (fullNames[word]?.count ?? 0) < e.text.count {
                fullNames[word] = e.text
            }
        }
        let acronyms = Acronyms(entities.lazy.filter { $0.label == .org && $0.text.utf8.contains(0x20) }.map(\.text))
        for i in entities.indices {
            let e = entities[i]
            // Most articles define no acronym: no hashing then.
            if !expansions.isEmpty, let long = expansions[e.text] {
                entities[i].canonical = lexicon.alias(of: long) ?? long
            } else if let alias = lexicon.alias(of: e.text) {
                entities[i].canonical = alias
            } else if e.label == .person && !e.text.utf8.contains(0x20) {
                // The longest full name containing this word, e.g. Shoigu.
                if let full = fullNames[Substring(e.text)] { entities[i].canonical = full }
            } else if e.text.isAllCapsWord, lexicon.labels[e.text] == nil, lexicon.labels[e.text.capitalizedWords] != nil {
                entities[i].canonical = e.text.capitalizedWords  // REUTERS -> Reuters
            } else if e.label == .org, let long = acronyms.expansion(of: e.text) {
                entities[i].canonical = lexicon.alias(of: long) ?? long
            }
        }
    }
}

extension Canonicalizer {
    /// `text` split at its spaces, as `split(separator: " ")` splits it:
    /// ASCII by its bytes, which needs no grapheme breaking (splitting
    /// every person's name by `Character` was a sixth of this pass's
    /// instructions, callgrind).
    static func words(_ text: String) -> [Substring] {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: " ") }
        return text.utf8.split(separator: UInt8(ascii: " ")).map { Substring($0) }
    }
}

extension String {
    var isAllCapsWord: Bool {
        var letters = 0
        for s in unicodeScalars {
            // ASCII without the Unicode tables: most names are.
            if s.isASCII {
                let v = s.value
                if v >= 0x61 && v <= 0x7A { return false }
                if v >= 0x41 && v <= 0x5A { letters += 1 }
                continue
            }
            guard s.properties.isAlphabetic else { continue }
            if !s.properties.isUppercase { return false }
            letters += 1
        }
        return letters >= 3
    }
}
