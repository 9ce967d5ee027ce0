import Testing
@testable import Extraction

/// #11: very long articles are extracted window by window; every span must
/// still point at its own text in the whole article.
@Suite struct ArticleWindowsTests {
    @Test func windowsCoverTheTextAndCutAtBreaks() {
        let paragraph = "Sergei Shoigu visited Tehran on Monday, Reuters said. “We will respond,” Lavrov said in Moscow.\n\n"
        let text = String(repeating: paragraph, count: 400)
        let windows = ArticleWindows.split(text, size: 5_000)
        #expect(windows.count > 1)
        #expect(windows.map { String($0.text) }.joined() == text)
        var offset = 0
        for w in windows {
            #expect(w.offset == offset)
            offset += w.text.unicodeScalars.count
            if w.offset + w.text.unicodeScalars.count < text.unicodeScalars.count { #expect(w.text.hasSuffix("\n\n")) }
        }
    }

    @Test func spansOfALongArticlePointAtTheirText() {
        let paragraph = "Sergei Shoigu visited Tehran on Monday, Reuters said. “We will respond,” Lavrov said in Moscow — über 30 Prozent.\n\n"
        let text = String(repeating: paragraph, count: ArticleWindows.size / paragraph.unicodeScalars.count * 3)
        let result = NewsExtractor(model: NERModel.builtin).extract(text)
        let scalars = Array(text.unicodeScalars)
        func at(_ start: Int, _ end: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        #expect(result.entities.count > 1_000)
        #expect(result.entities.allSatisfy { at($0.start, $0.end) == $0.text })
        #expect(result.claims.allSatisfy { at($0.start, $0.end) == $0.text && ($0.source.map { at($0.start, $0.end) == $0.text } ?? true) })
        // The last paragraph reads like the first.
        let last = result.entities.filter { $0.start >= scalars.count - paragraph.unicodeScalars.count }.map(\.text)
        let first = result.entities.filter { $0.end <= paragraph.unicodeScalars.count }.map(\.text)
        #expect(first == last)
    }
}
