/// A value bound into, or read out of, SQL: the three kinds the schema
/// uses, so both backends can be driven by the same statements.
public enum SQLValue: Sendable, Equatable {
    case integer(Int64)
    case text(String)
    case null

    public init(_ value: String?) { self = value.map(SQLValue.text) ?? .null }
    public init(_ value: Int?) { self = value.map { .integer(Int64($0)) } ?? .null }
    public init(_ value: UInt64) { self = .integer(Int64(bitPattern: value)) }

    public var string: String? {
        switch self {
        case .text(let s): s
        case .integer(let i): String(i)
        case .null: nil
        }
    }

    public var int: Int64? {
        switch self {
        case .integer(let i): i
        case .text(let s): Int64(s)
        case .null: nil
        }
    }
}
