import Foundation

/// A fresh folder under the system temp directory, removed at deinit.
public final class TestDirectory {
    public let path: String

    public init(_ label: String = #function) {
        let clean = label.filter { $0.isLetter || $0.isNumber }
        path = NSTemporaryDirectory() + "byline-\(clean)-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    public func sub(_ name: String) -> String { path + "/" + name }
}
