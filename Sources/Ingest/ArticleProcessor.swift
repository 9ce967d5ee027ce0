import Extraction
import Journal

/// One file's journey from bytes to a journal entry: decode, extract, and
/// build the record. Pure apart from the read, so many run in parallel.
public struct ArticleProcessor: Sendable {
    public let extractor: any Extractor
    public let options: IngestOptions
    /// Where the daemon notes the articles in extraction, so that one on
    /// which extraction takes the process down is rejected once it has done
    /// so `ExtractionLedger.maxDeaths` times (nil: no such guard).
    public let ledger: ExtractionLedger?

    public init(extractor: any Extractor, options: IngestOptions, ledger: ExtractionLedger? = nil) {
        self.extractor = extractor
        self.options = options
        self.ledger = ledger
    }

    /// What processing decided, before deduplication against the journal.
    public enum Result: Sendable {
        case article(ArticleRecord)
        case rejected(RejectedRecord)
        /// Could not be read now, for a passing reason: no outcome yet.
        case deferred(RejectedRecord)

        /// The same outcome without an article's entities and claims (what
        /// the settle stage keeps when no sink needs them).
        var slim: Result {
            guard case .article(let a) = self else { return self }
            return .article(ArticleRecord(doc: a.doc, result: ExtractionResult(entities: [], claims: []), extractor: a.extractor))
        }

        public var doc: DocumentInfo {
            switch self {
            case .article(let a): return a.doc
            case .rejected(let r), .deferred(let r): return r.doc
            }
        }
    }

    public func process(directory: String, name: String) -> Result {
        switch ArticleReader.read(directory: directory, name: name, options: options) {
        case .rejected(let r):
            return .rejected(r)
        case .deferred(let r):
            return .deferred(r)
        case .bytes(let bytes, let sha256, var doc):
            guard let ledger else { return process(bytes: bytes, doc: &doc) }
            let deaths = ledger.deaths(sha256)
            guard deaths < ExtractionLedger.maxDeaths else {
                return .rejected(RejectedRecord(doc: doc, reason: .extractorFailed,
                                                detail: "the daemon stopped \(deaths) times while extracting this article; it is not extracted again"))
            }
            ledger.begin(sha256)
            defer { ledger.end(sha256) }
            return process(bytes: bytes, doc: &doc)
        }
    }

    /// Decodes and extracts bytes already read (also used by `byline extract`).
    public func process(bytes: [UInt8], doc: inout DocumentInfo) -> Result {
        switch TextDecoder.decode(bytes, fallback: options.fallback) {
        case .rejected(let reason, let detail):
            return .rejected(RejectedRecord(doc: doc, reason: reason, detail: detail))
        case .text(let text, let encoding):
            doc.encoding = encoding
            doc.title = Self.title(of: text)
            return .article(ArticleRecord(doc: doc, result: extractor.extract(text), extractor: extractor.identifier))
        }
    }

    static func title(of text: String) -> String? {
        // Line by line from the start, not `split`: that would cut the whole
        // article into lines to read the first (4% of `byline extract`).
        var rest = Substring(text)
        while !rest.isEmpty {
            let end = rest.firstIndex(where: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) ?? rest.endIndex
            let trimmed = rest[..<end].trimmingWhitespace()
            if !trimmed.isEmpty { return String(trimmed.prefix(300)) }
            rest = end < rest.endIndex ? rest[rest.index(after: end)...] : rest[rest.endIndex...]
        }
        return nil
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var s = self
        while let f = s.first, f.isWhitespace { s = s.dropFirst() }
        while let l = s.last, l.isWhitespace { s = s.dropLast() }
        return s
    }
}
