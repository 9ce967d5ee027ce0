import Extraction
import FuzzSupport
import Ingest

/// Extraction on arbitrary bytes, as the daemon meets them: decoded (with
/// the Windows-1252 fallback), then entities and claims found. Anything
/// but a clean return is a finding; so is a span outside the text.
let extractor = NewsExtractor(model: NERModel.builtin)

func fuzzOne(_ bytes: [UInt8]) {
    guard case .text(let text, _) = TextDecoder.decode(bytes, fallback: .windows1252) else { return }
    let result = extractor.extract(text)
    let scalars = Array(text.unicodeScalars)
    let length = scalars.count
    for e in result.entities {
        precondition(0 <= e.start && e.start < e.end && e.end <= length, "entity span \(e.start)..<\(e.end) outside \(length)")
        var slice = String.UnicodeScalarView()
        slice.append(contentsOf: scalars[e.start..<e.end])
        precondition(String(slice) == e.text, "entity text \(e.text) is not the text at \(e.start)..<\(e.end)")
    }
    for c in result.claims {
        for span in [Span(start: c.start, end: c.end, text: c.text), c.source, c.cue].compactMap({ $0 }) {
            precondition(0 <= span.start && span.start <= span.end && span.end <= length, "claim span \(span.start)..<\(span.end) outside \(length)")
        }
    }
}

@main enum Main {
    static func main() { Fuzz.main(fuzzOne) }
}
