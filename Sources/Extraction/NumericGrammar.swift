/// A deterministic grammar for DATE, TIME, MONEY, PERCENT, QUANTITY,
/// ORDINAL and CARDINAL over a sentence's tokens.
///
/// Longest match wins at each position; matches never overlap.
public enum NumericGrammar {
    struct Match {
        let first: Int
        let last: Int  // inclusive token index
        let label: EntityLabel
    }

    static let months: WordSet = ["january", "february", "march", "april", "may", "june", "july", "august",
                                      "september", "october", "november", "december",
                                      "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec."]
    static let weekdays: WordSet = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    static let seasons: WordSet = ["spring", "summer", "autumn", "fall", "winter"]
    static let periods: WordSet = ["year", "years", "month", "months", "week", "weeks", "day", "days",
                                       "decade", "decades", "century", "weekend", "quarter", "half"]
    static let relative: WordSet = ["this", "last", "next", "past", "coming", "recent", "early", "late", "previous", "same"]
    static let oneWordDates: WordSet = ["today", "yesterday", "tomorrow", "tonight"]
    static let scales: WordSet = ["thousand", "million", "billion", "trillion", "mln", "bln", "bn", "m", "k"]
    static let currencyWords: WordSet = ["dollar", "dollars", "euro", "euros", "pound", "pounds", "rouble", "roubles",
                                             "ruble", "rubles", "rial", "rials", "yuan", "yen", "rupees", "hryvnia", "hryvnias", "usd", "eur"]
    static let units: WordSet = ["km", "kilometers", "kilometres", "kilometer", "kilometre", "miles", "mile", "meters", "metres",
                                     "meter", "metre", "m", "cm", "mm", "kg", "kilograms", "tons", "tonnes", "ton", "tonne",
                                     "feet", "foot", "ft", "inches", "barrels", "bpd", "liters", "litres", "gallons", "acres",
                                     "hectares", "square", "megawatts", "mw", "gw", "kilotons", "knots", "degrees", "mph", "km/h"]
    static let numberWords: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
        "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
    ]
    static let vagueCounts: WordSet = ["hundreds", "thousands", "millions", "billions", "dozens", "tens"]
    static let ordinals: WordSet = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                        "ninth", "tenth", "eleventh", "twelfth", "twentieth", "hundredth"]
    /// Words before a number that belong to a CARDINAL ("more than 2,000"),
    /// split once; the ones that only sometimes do are listed as such.
    static let approximators: [[String]] = ["more than", "less than", "nearly", "almost", "up to", "at least",
                                            "roughly", "approximately", "several"].map { $0.split(separator: " ").map(String.init) }

    static func match(_ tokens: [Token], in range: Range<Int>) -> [Match] {
        var out: [Match] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let m = matchAt(tokens, i, range.upperBound) {
                out.append(m)
                i = m.last + 1
            } else {
                i += 1
            }
        }
        return out
    }

    /// Every word that can begin a match; any other word without a digit
    /// is skipped with one lookup (most tokens are such words).
    static let starters = WordSet(
        Array([months, weekdays, seasons, relative, oneWordDates, ordinals, vagueCounts].joined())
            + numberWords.keys + approximators.map { $0[0] } + ["a", "us", "the"])

    /// Digits or a number word (`12`, `twelve`).
    static func isNumber(_ t: Token) -> Bool {
        t.kind == .number || numberWords[t.lower] != nil
    }

    /// A year from 1900 to 2100, in digits.
    static func isYear(_ t: Token) -> Bool {
        guard t.kind == .number, t.text.count == 4, let v = Int(t.text) else { return false }
        return v >= 1900 && v <= 2100
    }

    private static func isDayNumber(_ t: Token) -> Bool {
        guard t.kind == .number, let v = Int(t.text) else {
            // 15th
            let l = t.lower
            for suffix in ["st", "nd", "rd", "th"] where l.hasSuffix(suffix) {
                if let v = Int(l.dropLast(2)) { return v >= 1 && v <= 31 }
            }
            return false
        }
        return v >= 1 && v <= 31
    }

    private static func matchAt(_ t: [Token], _ i: Int, _ end: Int) -> Match? {
        func at(_ k: Int) -> Token? { k < end ? t[k] : nil }
        let tok = t[i]
        let l = tok.lower
        if tok.kind == .word && !tok.hasDigit && !l.utf8.contains(UInt8(ascii: "-")) && !starters.contains(l) { return nil }
        if tok.kind == .punctuation || tok.kind == .quote { return nil }

        // --- DATE ---
        // OntoNotes keeps "the" in a relative date or a season of a year:
        // "the past two decades", "the spring of 2024" (not "last week").
        if l == "the", let n = at(i + 1), relative.contains(n.lower) || seasons.contains(n.lower),
           let m = matchAt(t, i + 1, end), m.label == .date, m.last > i + 1 {
            return Match(first: i, last: m.last, label: .date)
        }
        if months.contains(l) && (tok.isCapitalized) {
            if l == "may" || l == "march" {
                // "may" the verb, "march" the noun: only with a day or year.
                guard let n = at(i + 1), isDayNumber(n) || isYear(n) else { return nil }
            }
            var last = i
            if let n = at(i + 1), isDayNumber(n) {
                last = i + 1
                if let c = at(i + 2), c.isPunct(","), let y = at(i + 3), isYear(y) { last = i + 3 }
                else if let y = at(i + 2), isYear(y) { last = i + 2 }
            } else if let y = at(i + 1), isYear(y) {
                last = i + 1
            }
            return Match(first: i, last: last, label: .date)
        }
        if weekdays.contains(l) && tok.isCapitalized {
            var last = i
            // Tuesday, September 17
            if let c = at(i + 1), c.isPunct(","), let m = at(i + 2), months.contains(m.lower), let d = at(i + 3), isDayNumber(d) {
                last = i + 3
            }
            return Match(first: i, last: last, label: .date)
        }
        if isDayNumber(tok), let m = at(i + 1), months.contains(m.lower), m.isCapitalized {
            var last = i + 1
            if let y = at(i + 2), isYear(y) { last = i + 2 }
            return Match(first: i, last: last, label: .date)
        }
        if oneWordDates.contains(l) { return Match(first: i, last: i, label: .date) }
        // mid-December, two-and-a-half-year, 10-year
        if tok.kind == .word, let dash = l.lastIndex(of: "-") {
            let head = l[..<dash], tail = l[l.index(after: dash)...]
            if head == "mid" || head == "early" || head == "late", months.contains(String(tail)) || seasons.contains(String(tail)) || Int(tail) != nil {
                return Match(first: i, last: i, label: .date)
            }
            if ["year", "month", "week", "day", "decade"].contains(String(tail)),
               head.split(separator: "-").allSatisfy({ numberWords[String($0)] != nil || Int($0) != nil || $0 == "and" || $0 == "a" || $0 == "half" }) {
                return Match(first: i, last: i, label: .date)
            }
        }
        // this spring, last month, the past two decades, recent weeks
        if relative.contains(l) {
            var k = i + 1
            if let n = at(k), isNumber(n) { k += 1 }
            if let p = at(k), seasons.contains(p.lower) || periods.contains(p.lower) || weekdays.contains(p.lower) {
                // the spring of 2024
                if let o = at(k + 1), o.lower == "of", let y = at(k + 2), isYear(y) { return Match(first: i, last: k + 2, label: .date) }
                return Match(first: i, last: k, label: .date)
            }
        }
        if seasons.contains(l), let o = at(i + 1), o.lower == "of", let y = at(i + 2), isYear(y) {
            return Match(first: i, last: i + 2, label: .date)
        }
        if (l == "a" || isNumber(tok)), let p = at(i + 1), ["year", "years", "months", "weeks", "days", "decades"].contains(p.lower),
           let ago = at(i + 2), ago.lower == "ago" {
            return Match(first: i, last: i + 2, label: .date)
        }
        if isYear(tok) {
            return Match(first: i, last: i, label: .date)
        }
        // the 1990s
        if tok.kind == .word, l.count == 5, l.hasSuffix("s"), let v = Int(l.dropLast()), v >= 1900, v <= 2100 {
            return Match(first: i, last: i, label: .date)
        }

        // --- TIME ---
        if tok.kind == .number, let c = at(i + 1), c.isPunct(":"), let m = at(i + 2), m.kind == .number, m.text.count == 2 {
            var last = i + 2
            if let ap = at(i + 3), ["am", "pm", "a.m.", "p.m.", "gmt", "utc"].contains(ap.lower) { last = i + 3 }
            return Match(first: i, last: last, label: .time)
        }
        if tok.kind == .number, let ap = at(i + 1), ["a.m.", "p.m.", "am", "pm"].contains(ap.lower) {
            return Match(first: i, last: i + 1, label: .time)
        }

        // --- MONEY --- $1, €140 million, US$ 5
        if tok.kind == .currency || (tok.text == "US" && at(i + 1)?.kind == .currency) {
            var k = tok.kind == .currency ? i + 1 : i + 2
            guard let n = at(k), n.kind == .number else { return nil }
            if let s = at(k + 1), scales.contains(s.lower) { k += 1 }
            return Match(first: i, last: k, label: .money)
        }
        if tok.kind == .number {
            var k = i
            if let s = at(k + 1), scales.contains(s.lower) { k += 1 }
            if let c = at(k + 1), currencyWords.contains(c.lower) { return Match(first: i, last: k + 1, label: .money) }
            // --- PERCENT ---
            if let p = at(k + 1), p.text == "%" || ["percent", "pct", "per"].contains(p.lower) {
                if p.lower == "per", let c = at(k + 2), c.lower == "cent" { return Match(first: i, last: k + 2, label: .percent) }
                if p.lower != "per" { return Match(first: i, last: k + 1, label: .percent) }
            }
            // --- QUANTITY --- 300 km, 300 and 700 km
            if let u = at(k + 1), units.contains(u.lower) { return Match(first: i, last: k + 1, label: .quantity) }
            if let a = at(k + 1), a.lower == "and" || a.lower == "to", let n2 = at(k + 2), n2.kind == .number, let u = at(k + 3), units.contains(u.lower) {
                return Match(first: i, last: k + 3, label: .quantity)
            }
        }

        // --- ORDINAL ---
        if ordinals.contains(l) { return Match(first: i, last: i, label: .ordinal) }
        if tok.kind == .word, l.count >= 3, Int(l.dropLast(2)) != nil, ["st", "nd", "rd", "th"].contains(String(l.suffix(2))) {
            return Match(first: i, last: i, label: .ordinal)
        }

        // --- CARDINAL ---
        // more than 2,000 ; several dozen ; hundreds ; two
        for words in approximators where words[0] == l {
            var k = i
            var ok = true
            for w in words {
                guard let x = at(k), x.lower == w else { ok = false; break }
                k += 1
            }
            if ok, let n = at(k), isNumber(n) || (words == ["several"] && n.lower == "dozen") {
                var last = k
                if let s = at(k + 1), scales.contains(s.lower) || s.lower == "dozen" { last = k + 1 }
                return Match(first: i, last: last, label: .cardinal)
            }
        }
        if vagueCounts.contains(l) { return Match(first: i, last: i, label: .cardinal) }
        if isNumber(tok) {
            // "one of the ..." is a cardinal; lower-case "one" alone is too often a pronoun.
            if l == "one" && !tok.isCapitalized, at(i + 1)?.lower != "of" { return nil }
            var last = i
            while let s = at(last + 1), scales.contains(s.lower) || numberWords[s.lower] != nil { last += 1 }
            return Match(first: i, last: last, label: .cardinal)
        }
        return nil
    }
}
