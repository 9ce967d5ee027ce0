import ArgumentParser
import Foundation

extension Bench {
    /// Extraction alone, in process, on the files given: the figure the
    /// extractor is judged by (words per second on one core), apart from
    /// start-up, reading and output. Several rounds, so a profiler sees
    /// extraction and not the model loading.
    struct Extract: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "extract", abstract: "Words per second of extraction, in process (one JSON line per round).")

        @OptionGroup var input: InputOptions
        @Option(help: "Times to extract every file.") var rounds = 5
        @OptionGroup var paths: ArticlePaths

        func run() throws {
            let extractor = try input.warmedExtractor()
            let texts = try paths.resolve().map { String(decoding: try Data(contentsOf: URL(fileURLWithPath: $0)), as: UTF8.self) }
            let words = texts.reduce(0) { $0 + InputOptions.words($1) }
            for round in 1...max(1, rounds) {
                let clock = ContinuousClock()
                var entities = 0
                let elapsed = clock.measure {
                    for text in texts { entities += extractor.extract(text).entities.count }
                }
                let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
                Output.print(#"{"figure":"extraction","round":\#(round),"files":\#(texts.count),"words":\#(words),"entities":\#(entities),"seconds":\#(String(format: "%.3f", seconds)),"words_per_s":\#(Int(Double(words) / max(seconds, 1e-9)))}"#)
            }
        }
    }
}
