/// The OntoNotes 5 entity classes (see the annotation guidelines).
public enum EntityLabel: String, Codable, Sendable, CaseIterable {
    case person = "PERSON", norp = "NORP", fac = "FAC", org = "ORG", gpe = "GPE", loc = "LOC"
    case product = "PRODUCT", event = "EVENT", workOfArt = "WORK_OF_ART", law = "LAW", language = "LANGUAGE"
    case date = "DATE", time = "TIME", percent = "PERCENT", money = "MONEY", quantity = "QUANTITY"
    case ordinal = "ORDINAL", cardinal = "CARDINAL"

    /// A number's type (dates and times, counts and measures), not a name's.
    public var isNumeric: Bool {
        switch self {
        case .date, .time, .percent, .money, .quantity, .ordinal, .cardinal: true
        default: false
        }
    }
}

/// One entity mention, with the fullest name of the same thing in the
/// article as `canonical` (`Shoigu` -> `Sergei Shoigu`).
public struct Entity: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String
    public var label: EntityLabel
    public var canonical: String

    public init(start: Int, end: Int, text: String, label: EntityLabel, canonical: String? = nil) {
        self.start = start
        self.end = end
        self.text = text
        self.label = label
        self.canonical = canonical ?? text
    }
}
