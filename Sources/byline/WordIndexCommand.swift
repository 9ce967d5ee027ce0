import ArgumentParser
import Extraction
import Foundation

/// `byline word-index`: the word tables' index the binary links
/// (`byline-words.index`), built from their text with the code that reads
/// it; `scripts/generate-word-index` runs it after any table changes.
struct WordIndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "word-index",
        abstract: "Build the word tables' index that the binary links, from the tables' text (scripts/generate-word-index).")

    @Option(help: "Word frequency bands and name flags (byline-words.tsv).") var words: String
    @Option(help: "Word clusters (byline-clusters.tsv).") var clusters: String
    @Option(help: "Brown cluster paths (byline-brown.tsv).") var brown: String
    @Option(help: "Where to write the index.") var output: String

    func run() throws {
        let facts = try Data(contentsOf: URL(fileURLWithPath: words))
        let clusterText = try Data(contentsOf: URL(fileURLWithPath: clusters))
        let brownText = try Data(contentsOf: URL(fileURLWithPath: brown))
        let built = WordTables.indexImage(facts: Array(facts), clusters: Array(clusterText), brown: Array(brownText))
        // Whole or not at all: the build links whatever is at `output`.
        try Data(built.image).write(to: URL(fileURLWithPath: output), options: .atomic)
        Output.error("\(built.factRows) fact rows, \(built.clusterRows) cluster rows and \(built.brownRows) Brown rows: "
            + "\(built.image.count) bytes written to \(output)")
    }
}
