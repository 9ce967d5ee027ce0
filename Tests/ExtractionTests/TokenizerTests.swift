import Testing
@testable import Extraction

@Suite struct TokenizerTests {
    func words(_ s: String) -> [String] { Tokenizer.tokenize(ArticleText(s)).map(\.text) }

    @Test func abbreviationsKeepTheirPeriod() {
        #expect(words("The U.S. said on Jan. 15 that Mr. Smith left.") ==
                ["The", "U.S.", "said", "on", "Jan.", "15", "that", "Mr.", "Smith", "left", "."])
    }

    @Test func numbersAndCurrencies() {
        #expect(words("€140 million, 2,000 troops, 12.6 pct, $1") ==
                ["€", "140", "million", ",", "2,000", "troops", ",", "12.6", "pct", ",", "$", "1"])
    }

    @Test func hyphenatedNamesAndPossessives() {
        #expect(words("Russia's Fateh-110 and Iskander-M, 9M723; officials' view") ==
                ["Russia", "'s", "Fateh-110", "and", "Iskander-M", ",", "9M723", ";", "officials", "'", "view"])
    }

    @Test func quotesCurlyAndStraight() {
        let t = Tokenizer.tokenize(ArticleText("“We won,” he said. \"Yes\" don't"))
        #expect(t.map(\.text) == ["“", "We", "won", ",", "”", "he", "said", ".", "\"", "Yes", "\"", "don't"])
        #expect(t[0].kind == .quote && t[8].kind == .quote)
    }

    @Test func offsetsAreCodePoints() {
        let text = "Café “Kyiv” 😀 Iran"
        let t = Tokenizer.tokenize(ArticleText(text))
        let iran = t.last!
        #expect(iran.text == "Iran")
        #expect(iran.start == Array(text.unicodeScalars).count - 4)
    }

    @Test func lineBreaksAreMarked() {
        let t = Tokenizer.tokenize(ArticleText("Headline here\nBody text."))
        #expect(t.filter(\.startsLine).map(\.text) == ["Headline", "Body"])
    }

    @Test func sentencesSplitButNotAtAbbreviations() {
        let text = ArticleText("Gen. Smith met Mr. Jones in the U.S. on Monday. They talked. \"It went well.\" He left.")
        let tokens = Tokenizer.tokenize(text)
        let sentences = SentenceSplitter.split(tokens).map { r in tokens[r].map(\.text).joined(separator: " ") }
        #expect(sentences == ["Gen. Smith met Mr. Jones in the U.S. on Monday .", "They talked .", "\" It went well . \"", "He left ."])
    }
}
