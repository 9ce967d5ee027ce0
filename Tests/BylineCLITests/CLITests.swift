import Foundation
import Glibc
import Journal
import TestSupport
import Testing

/// A rejected record's fields, as `byline tail` decodes them.
private struct RejectedBody: Encodable {
    var doc: [String: String]
    var reason: String
    var detail: String
}

/// A start record's fields.
private struct StartBody: Encodable {
    var pid: Int
    var watch: String
}

/// The commands on the seeds, end to end through the real binary.
@Suite struct CLITests {
    @Test func extractPrintsOneArticlePerSeed() throws {
        let seeds = CLI.seeds
        #expect(seeds.count == 5)
        let r = try CLI.run(["extract"] + seeds)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        for line in lines {
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
            #expect(object?["type"] as? String == "article")
            let doc = object?["doc"] as? [String: Any]
            #expect((doc?["sha256"] as? String)?.count == 64)
            #expect(((object?["entities"] as? [Any])?.count ?? 0) > 10)
            #expect(((object?["claims"] as? [Any])?.count ?? 0) > 0)
        }
    }

    /// A folder stands for its files, by name (not its sub-folders or
    /// hidden files), and `--files-from` for the paths it lists: the same
    /// records as the files named one by one.
    @Test func extractTakesAFolderOrAListOfPaths() throws {
        let dir = TestDirectory()
        let folder = dir.sub("articles")
        try FileManager.default.createDirectory(atPath: folder + "/sub", withIntermediateDirectories: true)
        let texts = ["b.txt": "Peskov told reporters in Moscow on Monday.", "a.txt": "Smith, 45, said the White House would act.",
                     ".hidden.txt": "Iran said nothing.", "sub/c.txt": "Reuters reported it on Friday."]
        for (name, text) in texts { _ = FileManager.default.createFile(atPath: folder + "/" + name, contents: Data(text.utf8)) }
        let named = try CLI.run(["extract", folder + "/a.txt", folder + "/b.txt"])
        #expect(named.status == 0 && named.stdout.split(separator: "\n").count == 2, "\(named.stderr)")
        let byFolder = try CLI.run(["extract", folder])
        #expect(byFolder.status == 0 && byFolder.stdout == named.stdout, "\(byFolder.stdout)")
        let list = dir.sub("list.txt")
        _ = FileManager.default.createFile(atPath: list, contents: Data((folder + "/a.txt\n\n" + folder + "/b.txt\n").utf8))
        let listed = try CLI.run(["extract", "--files-from", list])
        #expect(listed.status == 0 && listed.stdout == named.stdout, "\(listed.stdout)")
        let none = try CLI.run(["extract"])
        #expect(none.status != 0 && none.stderr.contains("--files-from"), "\(none.stderr)")
    }

    /// `byline word-index` writes, from the word tables' text in the
    /// tree, the index the tree links (`scripts/generate-word-index`).
    @Test func wordIndexWritesTheLinkedIndex() throws {
        let dir = TestDirectory()
        let tables = CLI.root.appendingPathComponent("Sources/CModelData/include")
        let output = dir.sub("words.index")
        let r = try CLI.run(["word-index", "--words", tables.appendingPathComponent("byline-words.tsv").path,
                             "--clusters", tables.appendingPathComponent("byline-clusters.tsv").path,
                             "--brown", tables.appendingPathComponent("byline-brown.tsv").path, "--output", output])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("Brown rows"), "\(r.stderr)")
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        #expect(written.count > 1_000_000)
        let same = written == (try Data(contentsOf: tables.appendingPathComponent("byline-words.index")))
        #expect(same, "byline-words.index is not what byline word-index writes: run scripts/generate-word-index")
    }

    /// `byline model-image` writes, from the model file in the tree, the
    /// image the tree links (`scripts/generate-model-image`); a file that
    /// is no model is refused, and nothing is written.
    @Test func modelImageWritesTheLinkedImage() throws {
        let dir = TestDirectory()
        let include = CLI.root.appendingPathComponent("Sources/CModelData/include")
        let output = dir.sub("ner.image")
        let r = try CLI.run(["model-image", "--model", include.appendingPathComponent("byline-ner.bin").path, "--output", output])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("features"), "\(r.stderr)")
        let written = try Data(contentsOf: URL(fileURLWithPath: output))
        let same = written == (try Data(contentsOf: include.appendingPathComponent("byline-ner.image")))
        #expect(same, "byline-ner.image is not what byline model-image writes: run scripts/generate-model-image")
        let bad = try CLI.run(["model-image", "--model", CLI.seeds[0], "--output", dir.sub("bad.image")])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("not a Byline entity model"), "\(bad.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.sub("bad.image")))
    }

    @Test func ingestTwiceVerifyAndTamper() throws {
        let dir = TestDirectory()
        let journal = dir.sub("J")
        let seedDir = CLI.root.appendingPathComponent("seeds").path
        #expect(try CLI.run(["ingest", seedDir, "--journal", journal]).status == 0)
        #expect(try CLI.run(["ingest", seedDir, "--journal", journal]).status == 0)
        let segment = journal + "/0000000000000001.jsonl"
        let lines = String(decoding: try Data(contentsOf: URL(fileURLWithPath: segment)), as: UTF8.self).split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines.allSatisfy { $0.contains(#""type":"article""#) })
        let ok = try CLI.run(["verify", journal])
        #expect(ok.status == 0 && ok.stdout.hasPrefix("ok: 5 records"))

        var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: segment)))
        let original = bytes
        for offset in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 40)) {
            bytes[offset] ^= 0x04
            try Data(bytes).write(to: URL(fileURLWithPath: segment))
            let bad = try CLI.run(["verify", journal])
            #expect(bad.status == 1, "flip at \(offset) not detected")
            #expect(bad.stderr.contains("damaged"))
            bytes = original
        }
        try Data(original).write(to: URL(fileURLWithPath: segment))
        #expect(try CLI.run(["verify", journal]).status == 0)
    }

    @Test func tailAndQuery() throws {
        let dir = TestDirectory()
        let journal = dir.sub("J")
        _ = try CLI.run(["ingest", CLI.root.appendingPathComponent("seeds").path, "--journal", journal])
        let tail = try CLI.run(["tail", journal, "-n", "2"])
        #expect(tail.status == 0)
        #expect(tail.stdout.split(separator: "\n").count == 2)
        #expect(tail.stdout.hasPrefix("#4 "))
        // Each article line: its name, counts and top names.
        #expect(tail.stdout.split(separator: "\n").allSatisfy {
            $0.contains(".txt") && $0.contains(" entities, ") && $0.contains(" claims [")
        }, "\(tail.stdout)")
        let byEntity = try CLI.run(["query", journal, "--entity", "iran"])
        #expect(byEntity.stdout.split(separator: "\n").count == 5)
        let byLabel = try CLI.run(["query", journal, "--label", "MONEY"])
        #expect(byLabel.stdout.split(separator: "\n").count >= 1)
        #expect(byLabel.stdout.split(separator: "\n").count < 5)
        let bySource = try CLI.run(["query", journal, "--source", "Wall Street Journal"])
        #expect(bySource.stdout.split(separator: "\n").count >= 1)
        let none = try CLI.run(["query", journal, "--entity", "Atlantis Kingdom"])
        #expect(none.status == 0 && none.stdout.isEmpty)
        #expect(try CLI.run(["query", journal, "--label", "NOPE"]).status != 0)
    }

    /// `byline tail` writes what a record got from outside (a rejection's
    /// detail and reason, a reload's detail, the watched folder) escaped,
    /// one record a line: a path with a newline or an escape sequence in a
    /// detail cannot forge a line or restyle the terminal.
    @Test func tailEscapesWhatRecordsGotFromOutside() throws {
        let dir = TestDirectory()
        let journal = dir.sub("J")
        let writer = try JournalWriter(directory: journal)
        let doc: [String: String] = ["name": "a\u{1B}[2J.txt", "path": "/in/a.txt"]
        _ = try writer.append([
            JournalEntry(type: "start", body: StartBody(pid: 1, watch: "/in\nbox")),
            JournalEntry(type: "rejected", body: RejectedBody(doc: doc, reason: "unreadable\u{1B}[31m",
                                                             detail: "open(/in/a\n#9 forged line): I/O error\u{1B}[2J")),
            JournalEntry(type: "reload", body: ["detail": "bad key \u{9B}31m in\u{2028}config"]),
        ])
        writer.close()
        let tail = try CLI.run(["tail", journal])
        #expect(tail.status == 0, "\(tail.stderr)")
        let lines = tail.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == 3, "\(tail.stdout)")
        #expect(!tail.stdout.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{9B}" || $0 == "\u{2028}" }, "\(tail.stdout)")
        #expect(tail.stdout.contains(#"open(/in/a\x0a#9 forged line): I/O error\x1b[2J"#), "\(tail.stdout)")
        #expect(tail.stdout.contains(#"a\x1b[2J.txt: unreadable\x1b[31m"#), "\(tail.stdout)")
        #expect(tail.stdout.contains(#"watching /in\x0abox"#) && tail.stdout.contains(#"bad key \x9b31m in\u{2028}config"#), "\(tail.stdout)")
    }

    @Test func badInputsInAFolderAreRejectedAndIngestCarriesOn() throws {
        let dir = TestDirectory()
        let inbox = dir.sub("inbox")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: inbox + "/good.txt", contents: Data("Iran and Russia signed a deal, Reuters said.".utf8))
        _ = FileManager.default.createFile(atPath: inbox + "/empty.txt", contents: Data())
        _ = FileManager.default.createFile(atPath: inbox + "/bin.dat", contents: Data([0, 1, 2, 3, 0, 0xFF]))
        _ = FileManager.default.createFile(atPath: inbox + "/big.txt", contents: Data(repeating: 0x61, count: 5000))
        _ = FileManager.default.createFile(atPath: inbox + "/latin1.txt", contents: Data([0x63, 0x61, 0x66, 0xE9]))
        try FileManager.default.createSymbolicLink(atPath: inbox + "/link.txt", withDestinationPath: "/etc/passwd")
        let journal = dir.sub("J")
        let r = try CLI.run(["ingest", inbox, "--journal", journal, "--max-bytes", "4096", "--encoding-fallback", "reject"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("6 files: 1 articles, 0 duplicates, 5 rejected"))
        let all = String(decoding: try Data(contentsOf: URL(fileURLWithPath: journal + "/0000000000000001.jsonl")), as: UTF8.self)
        for reason in ["empty", "binary", "too-large", "invalid-utf8", "symlink"] {
            #expect(all.contains(#""reason":"\#(reason)""#), "no \(reason) rejection")
        }
        let extract = try CLI.run(["extract", inbox + "/empty.txt", inbox + "/good.txt"])
        #expect(extract.status == 1)
        #expect(extract.stderr.contains("empty.txt: rejected (empty)"))
        #expect(extract.stdout.split(separator: "\n").count == 2)
    }

    /// What a run that died three times while extracting an article
    /// leaves beside the journal (`extracting`, the article's SHA-256 with
    /// two deaths before the last): the next run rejects the article unread
    /// and journals the others.
    @Test func ingestRejectsAnArticleThatTookEarlierRunsDown() throws {
        let dir = TestDirectory()
        let inbox = dir.sub("in"), journal = dir.sub("J")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: journal, withIntermediateDirectories: true)
        let text = "Iran and Russia met in Tehran, Reuters said."
        _ = FileManager.default.createFile(atPath: inbox + "/bad.txt", contents: Data(text.utf8))
        _ = FileManager.default.createFile(atPath: inbox + "/good.txt", contents: Data("Peskov told reporters in Moscow.".utf8))
        let extracted = try CLI.run(["extract", inbox + "/bad.txt"]).stdout
        let doc = (try JSONSerialization.jsonObject(with: Data(extracted.utf8)) as? [String: Any])?["doc"] as? [String: Any]
        let sha = try #require(doc?["sha256"] as? String)
        _ = FileManager.default.createFile(atPath: journal + "/extracting", contents: Data("2 \(sha)\n".utf8))
        let r = try CLI.run(["ingest", inbox, "--journal", journal])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("(3 of 3 times)") && r.stderr.contains("2 files: 1 articles, 0 duplicates, 1 rejected"), "\(r.stderr)")
        let all = String(decoding: try Data(contentsOf: URL(fileURLWithPath: journal + "/0000000000000001.jsonl")), as: UTF8.self)
        #expect(all.contains(#""reason":"extractor-failed""#) && all.contains(sha))
        #expect(try String(contentsOfFile: journal + "/extracting", encoding: .utf8) == "")
    }

    @Test func tornJournalRecoversThroughIngest() throws {
        let dir = TestDirectory()
        let journal = dir.sub("J")
        let seedDir = CLI.root.appendingPathComponent("seeds").path
        _ = try CLI.run(["ingest", seedDir, "--journal", journal])
        let segment = journal + "/0000000000000001.jsonl"
        // A crash mid-append: the start of a record that was never
        // acknowledged (the head still names the one before it).
        var data = try Data(contentsOf: URL(fileURLWithPath: segment))
        let lastLine = data.dropLast().split(separator: UInt8(ascii: "\n")).last ?? Data()
        data.append(lastLine.prefix(100))
        try data.write(to: URL(fileURLWithPath: segment))
        #expect(try CLI.run(["verify", journal]).status == 1)
        let again = try CLI.run(["ingest", seedDir, "--journal", journal])
        #expect(again.stderr.contains("recovered a torn record"))
        #expect(again.stderr.contains("0 articles"))
        #expect(try CLI.run(["verify", journal]).status == 0)
        // Acknowledged records cut off the end are not a torn write: the
        // journal is refused, not silently shortened.
        data = try Data(contentsOf: URL(fileURLWithPath: segment))
        try data.prefix(data.count - 100).write(to: URL(fileURLWithPath: segment))
        let cut = try CLI.run(["ingest", seedDir, "--journal", journal])
        #expect(cut.status != 0 && cut.stderr.contains("cut off"))
    }
}

/// `byline tail -f` follows records as they are appended.
@Suite struct TailFollowTests {
    @Test func followPrintsNewRecords() throws {
        let dir = TestDirectory()
        let journal = dir.sub("J")
        let inbox = dir.sub("inbox")
        try FileManager.default.createDirectory(atPath: inbox, withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: inbox + "/one.txt", contents: Data("Iran said Russia paid.".utf8))
        _ = try CLI.run(["ingest", inbox, "--journal", journal])
        let outPath = dir.sub("tail.out")
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["tail", journal, "-f"]
        p.standardOutput = FileHandle(forWritingAtPath: outPath)
        try p.run()
        // SIGTERM must stop a follower even though the test runner's
        // children inherit SIGTERM blocked; SIGKILL after a grace period
        // keeps a regression from hanging the suite.
        defer {
            kill(p.processIdentifier, SIGTERM)
            for _ in 0..<250 where p.isRunning { usleep(20_000) }
            let stoppedByTerm = !p.isRunning
            if p.isRunning { kill(p.processIdentifier, SIGKILL) }
            p.waitUntilExit()
            #expect(stoppedByTerm, "tail -f ignored SIGTERM")
        }
        func output() -> String { String(decoding: FileManager.default.contents(atPath: outPath) ?? Data(), as: UTF8.self) }
        // The first record is shown before anything new arrives...
        for _ in 0..<500 where !output().contains("one.txt") { usleep(20_000) }
        #expect(output().contains("#1 ") && output().contains("one.txt"))
        // ...and a record appended afterwards is followed.
        _ = FileManager.default.createFile(atPath: inbox + "/two.txt", contents: Data("Kyiv said Moscow lied.".utf8))
        _ = try CLI.run(["ingest", inbox, "--journal", journal])
        for _ in 0..<500 where !output().contains("two.txt") { usleep(20_000) }
        #expect(output().contains("#2 ") && output().contains("two.txt"))
    }
}
