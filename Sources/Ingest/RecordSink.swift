import Journal

/// A secondary destination for records once they are durable in the
/// journal (journald, later PostgreSQL). The journal is the record of
/// truth; a sink that fails must not stop the pipeline.
public protocol RecordSink: Sendable {
    func accept(_ record: CommittedRecord)
    /// Whether the sink reads an article's entities and claims. When no
    /// sink does, the pipeline lets them go once the record is written,
    /// rather than holding them until the file is settled.
    var needsArticleContent: Bool { get }
}

extension RecordSink {
    public var needsArticleContent: Bool { true }
}

/// A record as committed: its seq and what it says.
public struct CommittedRecord: Sendable {
    public let seq: UInt64
    public let type: String
    public let time: String
    /// The processed file, for article, rejected and duplicate records.
    public let result: ArticleProcessor.Result?
    /// For duplicates: the article they repeat.
    public let duplicateOf: UInt64?
}
