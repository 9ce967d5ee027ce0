import Foundation
import Testing
@testable import Extraction

/// Guards extraction quality on the seed articles against the project's own
/// gold annotations (a copy of the seed gold lives in Fixtures/gold).
@Suite struct SeedGoldTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    struct Gold: Decodable {
        let entities: [Entity]
        let claims: [Claim]
    }

    func score(_ extractor: NewsExtractor = NewsExtractor()) throws -> Scorer.Figures {
        var scorer = Scorer()
        let goldDir = Self.root.appendingPathComponent("Tests/ExtractionTests/Fixtures/gold")
        let names = try FileManager.default.contentsOfDirectory(atPath: goldDir.path).filter { $0.hasSuffix(".json") }.sorted()
        #expect(names.count == 5)
        for name in names {
            let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: goldDir.appendingPathComponent(name)))
            let textURL = Self.root.appendingPathComponent("seeds").appendingPathComponent(name.replacingOccurrences(of: ".json", with: ".txt"))
            let text = String(decoding: try Data(contentsOf: textURL), as: UTF8.self)
            scorer.add(gold: ExtractionResult(entities: gold.entities, claims: gold.claims), predicted: extractor.extract(text))
        }
        return scorer.figures
    }

    /// The levels the baseline reached when this test was written; a
    /// change that lowers them fails here.
    @Test func seedScoresDoNotRegress() throws {
        let f = try score()
        print("seed gold: \(f)")
        #expect(f.entityF1 >= 0.93)
        // The claim levels issue #5 asks for (0.85 / 0.95 / 0.90 / 0.85),
        // with what the finder reached at the time as the floor.
        #expect(f.claimF1 >= 0.90)
        #expect(f.sourceAccuracy >= 0.97)
        #expect(f.kindAccuracy >= 0.93)
        // Stance is scored over matched claims: 78 right of 85 (0.918) before
        // `..., the ISW reports.` was found, 78 of 87 (0.898) after, that
        // claim's `may` in a when-clause read as a hedge.
        #expect(f.stanceAccuracy >= 0.89)
    }

    /// The learned recogniser on the same articles. It is tuned on
    /// OntoNotes' development articles, never on these five (web copy of
    /// 2024 with weapon systems, photo credits and title-case headlines,
    /// which the rules were fitted to): this floor guards against a
    /// regression, it is no target.
    @Test func learnedScoresDoNotRegress() throws {
        let model = try #require(NERModel.builtin)
        let f = try score(NewsExtractor(model: model))
        print("seed gold, learned: \(f)")
        #expect(f.entityF1 >= 0.83)
        #expect(f.claimF1 >= 0.87)
    }

    @Test func scorerAgreesWithItselfOnGold() throws {
        var scorer = Scorer()
        let e = [Entity(start: 0, end: 10, text: "The Kremlin", label: .org), Entity(start: 20, end: 24, text: "Iran", label: .gpe)]
        scorer.add(gold: ExtractionResult(entities: e), predicted: ExtractionResult(entities: [Entity(start: 4, end: 10, text: "Kremlin", label: .org)]))
        #expect(scorer.figures.entityTP == 1 && scorer.figures.entityFN == 1 && scorer.figures.entityFP == 0)
    }
}
