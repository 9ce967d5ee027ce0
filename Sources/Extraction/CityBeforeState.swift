/// A place name followed by a comma and a US state's abbreviation is a
/// city, a GPE (`White Plains, N.Y.`, `Baton Rouge, La.`): in OntoNotes'
/// training split an entity of three words at most before `, N.Y.` and
/// the like is a GPE 583 times, a NORP 111 (a party: `D., Calif.`) and an
/// ORG once. The tagger read short town names it had not seen (`Red
/// Bank`, `State College`) as organisations.
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
        guard last - first < 3, last + 2 < s.count, s[last + 1].text == "," else { return false }
        let state = s[last + 2].lower
        return states.contains(state.hasSuffix(".") ? String(state.dropLast()) : state)
    }
}
