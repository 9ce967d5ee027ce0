import ArgumentParser
import Extraction
import Foundation

/// `byline eval GOLD_DIR FILES...`: the figures of `score.py`, without Python.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Extract FILES and score them against GOLD_DIR/NAME.json (as eval/score.py does).")

    @Argument(help: "Folder of gold NAME.json files.") var gold: String
    @OptionGroup var paths: ArticlePaths
    @Flag(help: "Map labels to CoNLL PER/LOC/ORG/MISC before comparing.") var conll = false
    @OptionGroup var input: InputOptions

    struct Gold: Decodable {
        var entities: [GoldEntity]
        var claims: [Claim]?
    }

    /// Gold entities may carry CoNLL labels (converted corpora).
    struct GoldEntity: Decodable {
        var start: Int, end: Int, text: String?, label: String
    }

    func run() throws {
        let extractor = try input.warmedExtractor()
        var scorer = Scorer(mapping: conll ? Scorer.conll : nil)
        let reverse: [String: EntityLabel] = ["PER": .person, "LOC": .loc, "ORG": .org, "MISC": .norp]
        var words = 0
        var seconds = 0.0
        for file in try paths.resolve() {
            let name = URL(fileURLWithPath: file).deletingPathExtension().lastPathComponent
            let goldURL = URL(fileURLWithPath: gold).appendingPathComponent(name + ".json")
            guard let goldData = try? Data(contentsOf: goldURL) else { continue }
            let g = try JSONDecoder().decode(Gold.self, from: goldData)
            let text = String(decoding: try Data(contentsOf: URL(fileURLWithPath: file)), as: UTF8.self)
            let start = Date()
            let predicted = extractor.extract(text)
            seconds += Date().timeIntervalSince(start)
            words += InputOptions.words(text)
            let entities = g.entities.compactMap { e -> Entity? in
                guard let label = EntityLabel(rawValue: e.label) ?? reverse[e.label] else { return nil }
                return Entity(start: e.start, end: e.end, text: e.text ?? "", label: label)
            }
            scorer.add(gold: ExtractionResult(entities: entities, claims: g.claims ?? []), predicted: predicted)
        }
        Output.print("\(scorer.figures)")
        Output.print(String(format: "%d words in %.3fs of extraction: %.0f words/s on one core", words, seconds, Double(words) / max(seconds, 1e-9)))
    }
}
