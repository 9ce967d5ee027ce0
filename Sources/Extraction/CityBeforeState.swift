/// A place name followed by a comma and a US state's abbreviation is a
/// city, a GPE (`White Plains, N.Y.`, `Baton Rouge, La.`): in OntoNotes'
/// training split an entity of three words at most before `, N.Y.` and
/// the like is a GPE 583 times, a NORP 111 (a party: `D., Calif.`), an
/// ORG once and a PERSON once. The tagger read short town names it had
/// not seen (`Red Bank`, `State College`) as organisations, and some
/// (`Ann Arbor`, `Marina del Rey`) as people.
enum CityBeforeState {
    /// The AP abbreviations news writes after a city, without their point.
    private static let states: WordSet = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan", "ky", "la", "md",
        "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev", "n.h", "n.j", "n.m", "n.y", "n.c", "n.d",
        "okla", "ore", "pa", "r.i", "s.c", "s.d", "tenn", "tex", "va", "vt", "wash", "wis", "w.va", "wyo", "d.c",
    ]

    /// Whether the entity of tokens `first...last` of `s`, three words at
    /// most (a city's name, not an agency's), stands before `, ` and a
    /// state's abbreviation.
    static func isCity(_ s: [Token], _ first: Int, _ last: Int) -> Bool {
        last - first < 3 && stateFollows(s, last)
    }

    /// Whether a person's name of four words or more before `, ` and a
    /// state's abbreviation ends in the city: a letter's signature,
    /// `Ruth K. Nelson Cullowhee, N.C.`, written on one line. In the
    /// training split a name stands straight before the city of such a
    /// place 24 times (in one word 19 of them) and no person's name of
    /// four words stands before the comma.
    static func endsInCity(_ s: [Token], _ first: Int, _ last: Int) -> Bool {
        last - first >= 3 && stateFollows(s, last)
    }

    /// `, ` and a state's abbreviation after token `last`: written with
    /// its point, or else not opening a name of its own (`La Canada`).
    private static func stateFollows(_ s: [Token], _ last: Int) -> Bool {
        guard last + 2 < s.count, s[last + 1].text == "," else { return false }
        let state = s[last + 2].lower
        if state.hasSuffix(".") { return states.contains(String(state.dropLast())) }
        guard states.contains(state) else { return false }
        return last + 3 == s.count || s[last + 3].text == "." || !s[last + 3].isCapitalized
    }
}
