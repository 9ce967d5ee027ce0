import ArgumentParser
import Extraction
import Foundation

extension Bench {
    /// The parts of a `byline extract`'s start-up that are Byline's own
    /// work, each timed in process: the model's table built from its
    /// linked bytes, the tagger's tables from the model, and the built-in
    /// lexicon parsed. A small `byline extract` takes about 20 ms, and
    /// these were over half of it; timed whole, the process's figure moves
    /// by a quarter from run to run on a shared machine, too much to see a
    /// millisecond gained. The median of the rounds is the figure.
    struct Load: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "load", abstract: "Time the start-up parts of extraction, in process (one JSON line per part).")

        @Option(help: "Times to build each part.") var rounds = 30

        func run() throws {
            let rounds = max(1, self.rounds)
            guard let model = NERModel.loadBuiltin() else { throw ValidationError("the built-in model does not load") }
            let parts: [(String, () -> Void)] = [
                ("model", { _ = NERModel.loadBuiltin() }),
                ("tagger", { _ = NERTagger(model: model) }),
                ("lexicon", { _ = Lexicon.loadBuiltin() }),
            ]
            for (name, build) in parts {
                let clock = ContinuousClock()
                let times = (0..<rounds).map { _ in clock.measure(build) }.sorted()
                func ms(_ d: Duration) -> String {
                    String(format: "%.3f", (Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18) * 1e3)
                }
                Output.print(#"{"figure":"load","part":"\#(name)","rounds":\#(rounds),"median_ms":\#(ms(times[rounds / 2])),"min_ms":\#(ms(times[0])),"max_ms":\#(ms(times[rounds - 1]))}"#)
            }
        }
    }
}
