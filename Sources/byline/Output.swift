import Foundation
import Journal
import Posix

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
        put(bytes, to: 1)
    }

    static func print(_ text: String) {
        put(Array((text + "\n").utf8), to: 1)
    }

    static func error(_ text: String) {
        put(Array(("byline: " + text + "\n").utf8), to: 2)
    }

    static func errorRaw(_ text: String) {
        put(Array(text.utf8), to: 2)
    }

    /// Writes through the Posix wrapper. A reader that went away
    /// (`byline query ... | head`: EPIPE, SIGPIPE being ignored once
    /// SwiftNIO is loaded) ends the command quietly, as for any Unix
    /// filter; Foundation's FileHandle would trap instead.
    private static func put(_ bytes: [UInt8], to fd: CInt) {
        let handle = Posix.FileHandle(adopting: fd, path: fd == 1 ? "stdout" : "stderr")
        defer { handle.relinquish() }
        do {
            try handle.write(all: bytes)
        } catch {
            if error.errno == .brokenPipe { exit(0) }
        }
    }
}
