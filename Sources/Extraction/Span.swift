/// A stretch of the article: Unicode code-point offsets into the decoded
/// text, `end` exclusive, and the text itself (so a reader of the journal
/// needs no copy of the article to see what was found).
public struct Span: Codable, Sendable, Hashable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}
