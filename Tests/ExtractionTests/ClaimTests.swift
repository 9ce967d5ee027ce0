import Testing
@testable import Extraction

@Suite struct ClaimTests {
    let extractor = NewsExtractor()

    func claims(_ s: String) -> [Claim] { extractor.extract(s).claims }

    @Test func saidThat() throws {
        let c = try #require(claims("One of the American officials said that the U.S. is concerned about the deal.").first)
        #expect(c.text == "the U.S. is concerned about the deal")
        #expect(c.source?.text == "One of the American officials")
        #expect(c.cue?.text == "said")
        #expect(c.kind == .indirect && c.stance == .asserted)
    }

    @Test func accordingToBothOrders() {
        let a = claims("According to U.S. officials, Russia's interest became evident in December.")
        #expect(a.first?.source?.text == "U.S. officials")
        #expect(a.first?.text == "Russia's interest became evident in December")
        let b = claims("Russia is reportedly planning to buy missiles, according to The Wall Street Journal.")
        #expect(b.first?.text == "Russia is reportedly planning to buy missiles")
        #expect(b.first?.source?.text == "The Wall Street Journal")
        #expect(b.first?.stance == .hedged)
    }

    @Test func directQuoteBothSides() {
        let a = claims("“We will respond firmly,” Lavrov said.")
        #expect(a.first?.text == "We will respond firmly")
        #expect(a.first?.kind == .direct)
        #expect(a.first?.source?.text == "Lavrov")
        let b = claims("Lavrov said: \"We will respond firmly to any attack.\"")
        #expect(b.first?.text == "We will respond firmly to any attack")
        #expect(b.first?.kind == .direct)
    }

    @Test func trailingAttribution() {
        let c = claims("The missiles arrived last week, officials said.")
        #expect(c.first?.text == "The missiles arrived last week")
        #expect(c.first?.source?.text == "officials")
    }

    @Test func denialAndHedge() {
        #expect(claims("Both countries denied their collaboration in the attack.").first?.stance == .denied)
        #expect(claims("Sources also suggest that Tehran may supply the missiles.").first?.stance == .hedged)
    }

    @Test func pronounSourceResolves() {
        let c = claims("Sergei Shoigu arrived on Monday. He said the talks were useful for both sides.")
        #expect(c.first?.source?.text == "He")
        #expect(c.first?.sourceCanonical == "Sergei Shoigu")
    }

    @Test func headlineAttribution() {
        let c = claims("Russia to buy ballistic missiles from Iran - WSJ\nBody text follows here.")
        #expect(c.first?.source?.text == "WSJ")
        #expect(c.first?.cue?.text == "-")
    }

    @Test func nameWordsAreNotCues() {
        let c = claims("The United States said on Friday that the transfer would mark an escalation.")
        #expect(c.count == 1)
        #expect(c.first?.cue?.text == "said")
        #expect(c.first?.source?.text == "The United States")
    }

    @Test func moreReportingVerbs() {
        let c = claims("Eslami reiterated that Iran had agreed to limit its enrichment.")
        #expect(c.first?.cue?.text == "reiterated")
        #expect(c.first?.text == "Iran had agreed to limit its enrichment")
    }

    @Test func reportedCitingGivesTwoClaims() {
        let c = claims("The Wall Street Journal reported, citing an unnamed US official, that missiles have been delivered to Russia.")
        #expect(c.count == 2)
        #expect(Set(c.compactMap { $0.source?.text }) == ["The Wall Street Journal", "an unnamed US official"])
        #expect(Set(c.compactMap { $0.cue?.text }) == ["reported", "citing"])
        #expect(c.allSatisfy { $0.text == "missiles have been delivered to Russia" })
    }

    @Test func agentlessPassiveIsNotAClaim() {
        #expect(claims("The deal was reported in the spring.").isEmpty)
    }
}
