import Foundation
import Journal

/// Writing to the terminal: JSON Lines on stdout, messages on stderr.
enum Output {
    static func line(type: String, body: some Encodable) throws {
        line(try JournalEntry(type: type, body: body))
    }

    static func line(_ entry: JournalEntry) {
        let type = entry.type
        var bytes = Array(#"{"type":""#.utf8) + Array(type.utf8) + [UInt8(ascii: "\"")]
        if entry.body.count > 2 {
            bytes.append(UInt8(ascii: ","))
            bytes.append(contentsOf: entry.body.dropFirst().dropLast())
        }
        bytes.append(UInt8(ascii: "}"))
        write(bytes)
    }

    static func write(_ bytes: [UInt8]) {
        var bytes = bytes
        bytes.append(UInt8(ascii: "\n"))
        FileHandle.standardOutput.write(Data(bytes))
    }

    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data(("byline: " + text + "\n").utf8))
    }
}

extension Output {
    static func errorRaw(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }
}
