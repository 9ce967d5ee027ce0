import ArgumentParser
import Extraction
import Foundation

/// `byline model-image`: the entity model's table as the binary links it
/// (`byline-ner.image`), built from the model file by the code that reads
/// it; `scripts/generate-model-image` runs it after `byline train`.
struct ModelImageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "model-image",
        abstract: "Build the entity model's table image that the binary links, from the model file (scripts/generate-model-image).")

    @Option(help: "The model file (what `byline train` writes, byline-ner.bin).") var model: String
    @Option(help: "Where to write the image.") var output: String

    func run() throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: model))
        let built: NERModel
        do {
            built = try bytes.withUnsafeBytes { try NERModel(bytes: $0) }
        } catch {
            throw ValidationError("--model \(model): not a Byline entity model (\(error))")
        }
        let image = built.image
        // Whole or not at all: the build links whatever is at `output`.
        try Data(image).write(to: URL(fileURLWithPath: output), options: .atomic)
        Output.error("\(built.featureCount) features: \(image.count) bytes written to \(output)")
    }
}
