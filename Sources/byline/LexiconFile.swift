import ArgumentParser
import Extraction
import Foundation

/// Reads a user lexicon file for the extractor (which itself reads nothing).
enum LexiconFile {
    static func load(_ path: String) throws -> Lexicon {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("cannot read lexicon \(path)")
        }
        let (lexicon, errors) = Lexicon.parse(String(decoding: data, as: UTF8.self))
        if let first = errors.first {
            throw ValidationError("\(path):\(first.line): \(first.message)")
        }
        return lexicon
    }
}
