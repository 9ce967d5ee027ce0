/// A name written the same way twice in one article names the same thing
/// (`Giuliani` the candidate, not once a company), so it takes the type
/// most of its mentions have. The tagger decides each mention on its
/// window, and a mention with little around it (`Stung by the Giuliani
/// ads`) gets a type the rest of the article contradicts. The
/// classical cure for a left-to-right tagger's inconsistency (Krishnan
/// and Manning 2006).
///
/// Not relabelled: a GPE, whose use varies inside one article as a team
/// or a government (`NEW YORK` the dateline and the team), and a NORP or
/// a LANGUAGE (`Chinese` the people and the tongue); a GPE still counts
/// in the vote.
enum OneTypePerName {
    private static let keepsType: Set<EntityLabel> = [.gpe, .norp, .language]

    static func unify(_ entities: inout [Entity]) {
        var votes: [String: [EntityLabel: Int]] = [:]
        for e in entities where !e.label.isNumeric && e.label != .norp && e.label != .language {
            votes[e.text, default: [:]][e.label, default: 0] += 1
        }
        for i in entities.indices where !entities[i].label.isNumeric && !keepsType.contains(entities[i].label) {
            guard let counts = votes[entities[i].text], counts.count > 1 else { continue }
            let ranked = counts.sorted { $0.value > $1.value }
            if ranked[0].value > ranked[1].value { entities[i].label = ranked[0].key }
        }
    }
}
