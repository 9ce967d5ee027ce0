import Testing
@testable import Ingest

/// An article's title is its first line with text, trimmed and capped.
@Suite struct ArticleTitleTests {
    @Test func firstNonBlankLineTrimmed() {
        #expect(ArticleProcessor.title(of: "\n \r\n\t\r  Storm hits coast  \nBody text\n") == "Storm hits coast")
        #expect(ArticleProcessor.title(of: "One line, no newline") == "One line, no newline")
        #expect(ArticleProcessor.title(of: "Windows\r\nline two") == "Windows")
    }

    @Test func blankTextHasNoTitle() {
        #expect(ArticleProcessor.title(of: "") == nil)
        #expect(ArticleProcessor.title(of: " \n\r\n\t \n") == nil)
    }

    @Test func longLineIsCapped() {
        let line = String(repeating: "é", count: 1_000)
        #expect(ArticleProcessor.title(of: "\n" + line + "\nrest") == String(repeating: "é", count: 300))
    }
}
