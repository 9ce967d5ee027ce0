import Foundation
import Glibc
import Testing
@testable import Posix

/// Defect 6 of #10: names that are not UTF-8 were decoded lossily, so the
/// file could never be opened by the name Byline held.
@Suite struct FileNameTests {
    @Test func everyByteSequenceRoundTrips() {
        let cases: [[UInt8]] = [
            Array("plain.txt".utf8),
            Array("café – 𝄞.txt".utf8),
            [0x63, 0x61, 0x66, 0xE9, 0x2E, 0x74, 0x78, 0x74],  // caf\xE9.txt (Latin-1)
            [0xE9],                                           // alone
            [0x80, 0x41],                                     // a stray continuation byte first
            [0x41, 0xE2, 0x82],                               // a sequence cut at the end
            [0xC0, 0x80, 0x41],                               // overlong NUL
            [0xED, 0xA0, 0x80],                               // a surrogate
            [0xF5, 0x80, 0x80, 0x80],                         // past U+10FFFF
            [0xFF, 0xFE, 0x41, 0x00 + 0x42],                  // a UTF-16 BOM's bytes
            Array("\u{F7E9}".utf8),                           // the escape range itself, written as UTF-8
        ]
        for bytes in cases {
            let name = FileName.decode(bytes)
            #expect(String(validating: Array(name.utf8), as: UTF8.self) != nil)
            if bytes == Array("\u{F7E9}".utf8) {
                // The documented limit: a real private-use name reads back as the byte it stands for.
                #expect(FileName.encode(name) == [0xE9])
            } else {
                #expect(FileName.encode(name) == bytes, "\(bytes)")
            }
        }
        #expect(FileName.decode(Array("plain.txt".utf8)) == "plain.txt")
    }

    /// A name shown in a log line or `byline tail` stays on its line and
    /// reads back unambiguously, whatever bytes it holds.
    @Test func aPrintableNameHoldsNoControlCharacters() {
        #expect(FileName.printable("café – 𝄞.txt") == "café – 𝄞.txt")
        #expect(FileName.printable("two\nlines.txt") == "two\\x0alines.txt")
        #expect(FileName.printable("\u{1B}[31mred.txt") == "\\x1b[31mred.txt")
        #expect(FileName.printable("a\\x0a.txt") == "a\\\\x0a.txt", "a real backslash is told apart from an escape")
        #expect(FileName.printable("\u{202E}txt.exe") == "\\u{202e}txt.exe")
        #expect(FileName.printable("sep\u{2028}.txt") == "sep\\u{2028}.txt")
        #expect(FileName.printable(FileName.decode([0x63, 0x61, 0x66, 0xE9])) == "caf\\xe9")
        #expect(FileName.printable("del\u{7F}\u{85}") == "del\\x7f\\x85")
    }

    @Test func aLatin1NameIsListedOpenedAndRenamed() throws {
        let dir = NSTemporaryDirectory() + "byline-names-\(getpid())"
        try FileSystem.makeDirectories(dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let raw: [CChar] = (Array((dir + "/caf").utf8) + [0xE9] + Array(".txt".utf8) + [0]).map { CChar(bitPattern: $0) }
        let fd = raw.withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT, 0o644) }
        try #require(fd >= 0)
        _ = write(fd, "x", 1)
        close(fd)
        let names = try FileSystem.list(dir)
        #expect(names.count == 1)
        let name = try #require(names.first)
        let handle = try FileHandle.open(FileSystem.join(dir, name), O_RDONLY)
        #expect(try handle.read(upTo: 10) == [UInt8(ascii: "x")])
        let folder = try DirectoryHandle.open(trusted: dir)
        try folder.renameNoReplace(name, to: folder, as: "moved-" + name)
        #expect(try FileSystem.list(dir) == ["moved-" + name])
        #expect(FileName.encode("moved-" + name) == Array("moved-caf".utf8) + [0xE9] + Array(".txt".utf8))
    }
}

/// Found by AddressSanitizer (#10's hunting suite): listing a folder read
/// each entry's name by copying the whole 256-byte `d_name`, past the end of
/// the directory buffer for its last entry. A big folder fills the buffer
/// to its end; under ASan (CI runs this suite so) the old code fails here.
@Suite struct DirectoryListingTests {
    @Test func aFolderOfTenThousandNamesIsListedWhole() throws {
        let dir = NSTemporaryDirectory() + "byline-list-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try FileSystem.makeDirectories(dir)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let names = (0..<10_000).map { "n\($0)-" + String(repeating: "x", count: $0 % 40) }
        for name in names { _ = FileManager.default.createFile(atPath: dir + "/" + name, contents: nil) }
        #expect(try FileSystem.list(dir) == names.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) })
    }
}
