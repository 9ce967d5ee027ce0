import Extraction
import Foundation

/// Reads user lexicon files for the extractor (which itself reads nothing).
public enum LexiconLoader {
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    public static func load(_ paths: [String]) throws -> Lexicon {
        var lexicon = Lexicon.builtin
        for path in paths {
            guard let data = FileManager.default.contents(atPath: path) else {
                throw Failure(description: "cannot read lexicon \(path)")
            }
            let (extra, errors) = Lexicon.parse(String(decoding: data, as: UTF8.self))
            if let first = errors.first {
                throw Failure(description: "\(path):\(first.line): \(first.message)")
            }
            lexicon = lexicon.merging(extra)
        }
        return lexicon
    }
}
