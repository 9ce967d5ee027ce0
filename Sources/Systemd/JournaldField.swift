/// A journald field: validated name, any bytes as value.
///
/// journald silently drops fields whose names are not upper-case ASCII
/// letters, digits and underscores, start with `_` (reserved for trusted
/// fields) or a digit, or exceed 64 bytes; validating here turns that
/// silent loss into an error at the call site.
public struct JournaldField: Sendable, Equatable {
    public let name: String
    public let value: [UInt8]

    public init?(_ name: String, _ value: String) {
        guard Self.isValidName(name) else { return nil }
        self.name = name
        self.value = Array(value.utf8)
    }

    public static func isValidName(_ name: String) -> Bool {
        guard !name.isEmpty, name.utf8.count <= 64, let first = name.utf8.first, first != UInt8(ascii: "_"),
              !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { return false }
        return name.utf8.allSatisfy { ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == UInt8(ascii: "_") }
    }
}
