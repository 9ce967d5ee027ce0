import Foundation
import Testing
@testable import Extraction
@testable import Ingest

/// The hand-written article encoder gives the bytes `JSONEncoder` gives
/// (sorted keys, slashes as they are), so records read the same whichever
/// wrote them.
@Suite struct ArticleRecordJSONTests {
    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return e
    }()

    func expectSameBytes(_ record: ArticleRecord) throws {
        let expected = Array(try Self.encoder.encode(record))
        let written = record.jsonObject()
        #expect(written == expected, "\(String(decoding: written, as: UTF8.self))\n\(String(decoding: expected, as: UTF8.self))")
    }

    @Test func seedArticlesEncodeAsJSONEncoderDoes() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let seeds = root.appendingPathComponent("seeds")
        let extractor = NewsExtractor(model: NERModel.builtin)
        for name in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() {
            let text = String(decoding: try Data(contentsOf: seeds.appendingPathComponent(name)), as: UTF8.self)
            var doc = DocumentInfo(path: "/srv/in box/\(name)", name: name, sha256: String(repeating: "ab", count: 32),
                                   bytes: text.utf8.count, encoding: "utf-8", title: String(text.prefix(40)))
            doc.fileID = "2049:1234:1700000000000000000"
            try expectSameBytes(ArticleRecord(doc: doc, result: extractor.extract(text), extractor: extractor.identifier))
        }
    }

    @Test func hostileStringsAndMissingFields() throws {
        let odd = "quote \" back \\ slash / tab \t nl \n cr \r bell \u{7} nul \u{0} del \u{7F} ü € 𝄞 \u{2028}"
        let claim = Claim(content: Span(start: 0, end: 3, text: odd), source: nil, sourceCanonical: nil, cue: nil,
                          kind: .indirect, stance: .hedged)
        let withSource = Claim(content: Span(start: 5, end: 9, text: "x"), source: Span(start: 1, end: 2, text: odd),
                               sourceCanonical: odd, cue: Span(start: 3, end: 4, text: "said"), kind: .direct, stance: .denied)
        let entity = Entity(start: -1, end: Int.max, text: odd, label: .workOfArt, canonical: "")
        // Numbers at the ends of Int's range and 0, which the writer spells itself.
        let extremes = Entity(start: Int.min, end: 0, text: "", label: .cardinal, canonical: "")
        let result = ExtractionResult(entities: [entity, entity, extremes], claims: [claim, withSource])
        try expectSameBytes(ArticleRecord(doc: DocumentInfo(path: odd, name: odd), result: result, extractor: odd))
        try expectSameBytes(ArticleRecord(doc: DocumentInfo(path: "", name: ""), result: ExtractionResult(entities: []), extractor: ""))
    }
}
