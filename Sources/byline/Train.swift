import ArgumentParser
import Extraction
import Foundation
import Posix

/// `byline train`: reproduces the shipped entity model from OntoNotes 5.0.
struct Train: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the entity recogniser on CoNLL-layout data (OntoNotes 5.0) and write its weights (bit for bit reproducible).")

    @Option(help: "Training data (CoNLL layout: token ... tag, -DOCSTART- between documents).") var train: String
    @Option(help: "CoNLL-2003 data (PER/LOC/ORG/MISC, IOB1) to learn from as well, each label read as the OntoNotes types it covers.") var partial: String?
    @Option(help: "Development data, for the printed score.") var dev: String?
    @Option(help: "Where to write the model.") var output: String
    @Option(help: "Passes over the training data.") var epochs: Int = 9
    @Option(help: "Drop averaged weights smaller than this (and features left with none).") var prune: Float = NERTrainer.defaultPrune
    @Option(help: "Models trained on differently shuffled data and averaged (parameter mixing), trained in parallel.") var mix: Int = 4
    @Option(help: "The largest step of a passive-aggressive update.") var aggressiveness: Float = 0.1
    @Option(help: "The share of a word's features each training step leaves out (0 to 0.9).") var dropout: Float = 0.1
    @Option(help: "A lower-case word opens entities this often in the data to be scored where others are skipped...") var openerMinimum: Int = 2
    @Option(help: "... and at least this share of the times it occurs.") var openerShare: Double = 0.01

    /// What CoNLL-2003's labels cover of OntoNotes' types.
    static let conllTypes = [
        "PER": ["PERSON"], "ORG": ["ORG"], "LOC": ["GPE", "LOC", "FAC"],
        "MISC": ["NORP", "EVENT", "WORK_OF_ART", "LAW", "LANGUAGE", "PRODUCT"],
    ]
    /// What CoNLL-2003 leaves unmarked.
    static let numericTypes = ["DATE", "TIME", "PERCENT", "MONEY", "QUANTITY", "ORDINAL", "CARDINAL"]

    func validate() throws {
        guard mix >= 1, epochs >= 1 else { throw ValidationError("--mix and --epochs must be at least 1") }
        guard aggressiveness > 0 else { throw ValidationError("--aggressiveness must be positive") }
        guard dropout >= 0, dropout <= 0.9 else { throw ValidationError("--dropout must be from 0 to 0.9") }
    }

    func run() throws {
        let lexicon = Lexicon.builtin
        let corpus = NERCorpus(conll: try String(contentsOfFile: train, encoding: .utf8), lexicon: lexicon)
        Output.error("read \(corpus.examples.count) documents, \(corpus.examples.reduce(0) { $0 + $1.sentenceCount }) sentences, "
            + "\(corpus.entityCount) entities (\(corpus.unalignedCount) not on Byline's token edges); types: "
            + corpus.types.joined(separator: " "))
        var all = corpus.examples
        if let partial {
            let coarse = NERCorpus(conll: try String(contentsOfFile: partial, encoding: .utf8), lexicon: lexicon, types: corpus.types,
                                   coarse: Self.conllTypes, unmarked: Self.numericTypes)
            Output.error("read \(coarse.examples.count) documents, \(coarse.entityCount) entities from \(partial) as OntoNotes types")
            all += coarse.examples
        }
        let examples = all
        let start = Date()
        let (types, epochs, aggressiveness, dropout) = (corpus.types, self.epochs, self.aggressiveness, self.dropout)
        // The mixed models are independent: trained side by side, put back in order.
        let results = Locked<[NERTrainer?]>(Array(repeating: nil, count: mix))
        DispatchQueue.concurrentPerform(iterations: mix) { k in
            var trainer = NERTrainer(types: types, aggressiveness: aggressiveness, dropout: dropout)
            trainer.train(examples, epochs: epochs, seed: 0x5EED &+ UInt64(k) &* 7919)
            results.withLock { $0[k] = trainer }
        }
        let trainers = results.withLock { $0.compactMap { $0 } }
        let openers = NERTrainer.openers(corpus.examples, minimum: openerMinimum, share: openerShare)
        let bytes = NERTrainer.mixedModelBytes(trainers, openers: openers, pruneBelow: prune)
        try Data(bytes).write(to: URL(fileURLWithPath: output))
        let model = try bytes.withUnsafeBytes { try NERModel(bytes: $0) }
        Output.error("\(mix) x \(epochs) epochs in \(String(format: "%.1f", Date().timeIntervalSince(start)))s; "
            + "\(model.featureCount) features, \(openers.count) openers, \(bytes.count) bytes written to \(output)")
        if let dev {
            let devCorpus = NERCorpus(conll: try String(contentsOfFile: dev, encoding: .utf8), lexicon: lexicon, types: corpus.types)
            let (p, r, f) = NEREvaluation.f1(NERTagger(model: model), on: devCorpus.examples)
            Output.print(String(format: "dev (Byline's tokens, tagger alone): P %.4f R %.4f F1 %.4f", p, r, f))
        }
    }
}
