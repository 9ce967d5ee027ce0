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
    @Option(help: "Passes over the training data.") var epochs: Int = 10
    @Option(help: "Drop features whose averaged weights are all smaller than this.") var prune: Float = 0.01

    func run() throws {
        let lexicon = Lexicon.builtin
        let trainText = try String(contentsOfFile: train, encoding: .utf8)
        let examples = NERTrainer.examples(conll: trainText, lexicon: lexicon)
        var trainer = NERTrainer()
        let start = Date()
        trainer.train(examples, epochs: epochs)
        let bytes = trainer.modelBytes(pruneBelow: prune)
        try Data(bytes).write(to: URL(fileURLWithPath: output))
        Output.error("trained on \(examples.count) sentences, \(epochs) epochs in \(String(format: "%.1f", Date().timeIntervalSince(start)))s; "
            + "\(trainer.featureCount) features, \(bytes.count) bytes written to \(output)")
        if let dev {
            let model = try bytes.withUnsafeBytes { try NERModel(bytes: $0) }
            let devExamples = NERTrainer.examples(conll: try String(contentsOfFile: dev, encoding: .utf8), lexicon: lexicon)
            let (p, r, f) = NEREvaluation.f1(NERTagger(model: model), on: devExamples)
            Output.print(String(format: "dev (gold tokens): P %.4f R %.4f F1 %.4f", p, r, f))
        }
    }
}
