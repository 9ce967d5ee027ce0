/// Very long articles are read in windows of about 256 Ki code points, cut
/// at a paragraph break (else a line break, else a sentence end), so that
/// what extraction holds at once (tokens, sentences, the model's features)
/// is bounded by the window, not the article: one 15 MB article took 1 GB
/// read whole. Offsets are shifted back to the article's; what ties
/// mentions together (canonical names, a source named earlier) works
/// within a window. News articles are far below the window and read whole.
enum ArticleWindows {
    static let size = 1 << 18

    /// The windows of `text`, in order, covering it: each as its text and
    /// the code-point offset where it starts.
    static func split(_ text: String, size: Int = ArticleWindows.size) -> [(text: Substring, offset: Int)] {
        let scalars = text.unicodeScalars
        var windows: [(Substring, Int)] = []
        var start = scalars.startIndex
        var offset = 0
        while start < scalars.endIndex {
            // Up to `size` code points on, then back to a good cut.
            var end = start
            var count = 0
            while count < size, end < scalars.endIndex {
                scalars.formIndex(after: &end)
                count += 1
            }
            if end < scalars.endIndex, let better = cut(scalars, from: start, before: end, length: count) {
                count -= scalars.distance(from: better, to: end)
                end = better
            }
            windows.append((Substring(text.unicodeScalars[start..<end]), offset))
            offset += count
            start = end
        }
        return windows
    }

    /// Where to end a window starting at `start` no later than `limit`:
    /// after a blank line, a line break, or a sentence's end in the
    /// window's second half; nil to cut at `limit`.
    static func cut(_ s: String.UnicodeScalarView, from start: String.Index, before limit: String.Index, length: Int) -> String.Index? {
        let floor = s.index(start, offsetBy: length / 2)
        func search(_ matches: (Unicode.Scalar, Unicode.Scalar) -> Bool) -> String.Index? {
            var k = s.index(before: limit)
            while k > floor {
                let previous = s.index(before: k)
                if matches(s[previous], s[k]) { return s.index(after: k) }
                k = previous
            }
            return nil
        }
        return search { $0 == "\n" && $1 == "\n" }
            ?? search { _, c in c == "\n" }
            ?? search { p, c in c == " " && (p == "." || p == "!" || p == "?") }
    }
}

extension ExtractionResult {
    /// This window's result with every offset moved by `shift` code points.
    func shifted(by shift: Int) -> ExtractionResult {
        guard shift != 0 else { return self }
        func move(_ span: Span?) -> Span? { span.map { Span(start: $0.start + shift, end: $0.end + shift, text: $0.text) } }
        var out = self
        for i in out.entities.indices {
            out.entities[i].start += shift
            out.entities[i].end += shift
        }
        for i in out.claims.indices {
            out.claims[i].start += shift
            out.claims[i].end += shift
            out.claims[i].source = move(out.claims[i].source)
            out.claims[i].cue = move(out.claims[i].cue)
        }
        return out
    }
}
