import ArgumentParser
import Extraction
import Foundation

/// `byline train`: reproduces the shipped entity model from CoNLL-2003.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Train the entity recogniser on CoNLL-2003 and write its weights (bit for bit reproducible).")

    @Option(help: "Training data (CoNLL-2003 format).") var train: String
    @Option(help: "Development data, for the printed score.") var dev: String?
    @Option(help: "Where to write the model.") var output: String
    @Option(help: "Passes over the training data.") var epochs: Int = 24
    @Option(help: "Drop features whose averaged weights are all smaller than this.") var prune: Float = 0.006
    @Option(help: "Models trained on differently shuffled data and averaged (parameter mixing).") var mix: Int = 4
    @Option(help: "The largest step of a passive-aggressive update.") var aggressiveness: Float = 0.01

    func validate() throws {
        guard mix >= 1, epochs >= 1 else { throw ValidationError("--mix and --epochs must be at least 1") }
        guard aggressiveness > 0 else { throw ValidationError("--aggressiveness must be positive") }
    }

    func run() throws {
        let lexicon = Lexicon.builtin
        let trainText = try String(contentsOfFile: train, encoding: .utf8)
        let examples = NERTrainer.examples(conll: trainText, lexicon: lexicon)
        let start = Date()
        let trainers = (0..<mix).map { k in
            var trainer = NERTrainer(aggressiveness: aggressiveness)
            trainer.train(examples, epochs: epochs, seed: 0x5EED &+ UInt64(k) &* 7919)
            return trainer
        }
        let bytes = NERTrainer.mixedModelBytes(trainers, pruneBelow: prune)
        try Data(bytes).write(to: URL(fileURLWithPath: output))
        let model = try bytes.withUnsafeBytes { try NERModel(bytes: $0) }
        Output.error("trained on \(examples.reduce(0) { $0 + $1.sentenceCount }) sentences in \(examples.count) documents, "
            + "\(mix) x \(epochs) epochs in \(String(format: "%.1f", Date().timeIntervalSince(start)))s; "
            + "\(model.featureCount) features, \(bytes.count) bytes written to \(output)")
        if let dev {
            let devExamples = NERTrainer.examples(conll: try String(contentsOfFile: dev, encoding: .utf8), lexicon: lexicon)
            let (p, r, f) = NEREvaluation.f1(NERTagger(model: model), on: devExamples)
            Output.print(String(format: "dev (gold tokens): P %.4f R %.4f F1 %.4f", p, r, f))
        }
    }
}
