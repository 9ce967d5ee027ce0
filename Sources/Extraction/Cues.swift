/// The words that mark attribution, and the words that weaken or negate it.
enum Cues {
    /// Verbs of saying, reporting, thinking, assessing and judging, in the forms news uses.
    static let verbs = WordSet(Array(saying) + Array(judgements))
    private static let saying: WordSet = [
        "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "note", "notes", "noted",
        "stated", "declare", "declares", "declared", "announce", "announces", "announced",
        "warn", "warns", "warned", "urge", "urges", "urged", "deny", "denies", "denied", "claim", "claims", "claimed",
        "insist", "insists", "insisted", "admit", "admits", "admitted", "acknowledge", "acknowledges", "acknowledged",
        "report", "reports", "reported", "cite", "cites", "cited", "quote", "quotes", "quoted", "reveal", "reveals",
        "revealed", "write", "writes", "wrote", "believe", "believes", "believed", "suggest", "suggests", "suggested",
        "assess", "assesses", "assessed", "expect", "expects", "expected", "consider", "considers", "considered",
        "explain", "explains", "explained", "confirm", "confirms", "confirmed", "stress", "stresses", "stressed",
        "emphasize", "emphasizes", "emphasized", "emphasise", "emphasised", "argue", "argues", "argued",
        "estimate", "estimates", "estimated", "allege", "alleges", "alleged", "describe", "describes", "described",
        "predict", "predicts", "predicted", "indicate", "indicates", "indicated", "assert", "asserts", "asserted",
        "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed",
        "concede", "conceded", "concedes", "testify", "testified", "recall", "recalled", "recalls", "mention", "mentioned",
        "show", "shows", "showed", "think", "thinks", "thought", "fear", "fears", "feared", "hope", "hopes", "hoped",
        "promise", "promised", "promises", "pledge", "pledged", "vow", "vowed", "threaten", "threatened", "accuse", "accused",
        "accuses", "tout", "touts", "touted", "reaffirm", "reaffirms", "reaffirmed", "reiterate", "reiterates", "reiterated",
        "conclude", "concludes", "concluded", "observe", "observes", "observed", "contend", "contends", "contended",
        "assure", "assures", "assured", "caution", "cautions", "cautioned", "disclose", "discloses", "disclosed",
        "tweet", "tweets", "tweeted", "respond", "responds", "responded", "reply", "replies", "replied", "counter",
        "countered", "charge", "charges", "charged", "complain", "complains", "complained", "speculate", "speculated",
        "lament", "lamented", "laments", "boast", "boasted", "boasts", "quip", "quipped", "joke", "joked", "remark",
        "remarked", "retort", "retorted", "demand", "demands", "demanded", "recommend", "recommended", "forecast",
        "forecasts", "project", "projected", "worry", "worries", "worried", "doubt", "doubts", "doubted", "question",
        "questioned", "signal", "signals", "signalled", "signaled",
        "ask", "asks", "asked", "call", "calls", "called",
    ]
    /// Verbs of judging whose object is a person or a thing, not a
    /// statement: cues when said, nothing when negated.
    static let judgements: WordSet = [
        "criticize", "criticizes", "criticized", "criticise", "criticises", "criticised", "blast", "blasts", "blasted",
        "slam", "slams", "slammed", "condemn", "condemns", "condemned", "praise", "praises", "praised",
    ]
    /// Every word `ClaimFinder.isCue` can accept: one lookup turns away
    /// the rest (nearly every token).
    static let cueWords = WordSet(Array([verbs, asVerbs, needThat, intentions, quotationVerbs].joined()) + ["point", "points", "pointed"])
    /// Verbs that attribute only beside a quotation: `"Q," she continued.`,
    /// `She continued: "Q"`, `"Q," the letter reads.`, `"Q," agrees X`
    /// (elsewhere `the fighting continued`, `he read the report`, `agreed
    /// to lend`).
    static let quotationVerbs: WordSet = ["continued", "continues", "reads", "read", "agrees", "agreed", "muses", "mused", "quips", "jokes"]
    /// `-ing` forms that attribute to the clause's subject: `..., saying S`.
    static let participles: WordSet = [
        "saying", "adding", "arguing", "noting", "warning", "claiming", "insisting", "suggesting", "accusing",
        "stating", "declaring", "explaining", "asserting", "stressing", "urging", "promising", "acknowledging",
        "denying", "writing", "predicting", "complaining", "contending", "telling", "alleging",
        "emphasizing", "emphasising", "insinuating", "maintaining", "reiterating", "conceding", "vowing", "pledging",
        "announcing", "confirming", "revealing", "reporting", "calling", "asking", "demanding", "describing",
        "criticizing", "criticising", "blasting", "questioning", "pointing", "recalling", "tweeting", "responding", "citing",
        "referencing", "comparing", "encouraging", "showing", "touting", "defending", "offering", "painting",
    ]
    /// Verbs that attribute only with a `that` clause: `a study found that S`.
    static let needThat: WordSet = [
        "maintain", "maintains", "maintained",  // `have maintained strong growth momentum`: kept
        "find", "finds", "found", "know", "knows", "knew", "agree", "agrees", "agreed", "realize", "realized",
        "recognize", "recognized", "learn", "learned", "decided", "understand", "understands", "feel", "feels", "felt",
        "state", "states",  // as often a noun: `a swing state`, `state troopers`
        "posted",  // in news most often a result: `posted a 62% rise in pretax profit`
    ]
    /// Verbs of intention, cues only before `to`: `Clinton wants to triple
    /// the program`, `the campaign plans to employ ...` (what the subject
    /// means to do, attributed to it).
    static let intentions: WordSet = ["wants", "want", "plans", "planned", "intends", "intended"]
    /// `find` in its forms: a cue without `that` after a study (`studies`).
    static let findVerbs: WordSet = ["find", "finds", "found"]
    /// Nouns for research whose findings are claims (`a 2014 study by X found S`).
    static let studies: WordSet = [
        "study", "studies", "survey", "surveys", "poll", "polls", "analysis", "analyses", "research", "report",
        "review", "audit", "investigation", "inquiry", "researchers",
    ]
    /// Capitalised headline verbs that are never part of a name (not
    /// `Said`, a surname, nor `Claims`, `Reports`, `States`, nouns too).
    static let headlineVerbs: Set<String> = ["Says", "Tells", "Warns", "Urges", "Insists", "Vows", "Denies", "Admits",
                                             "Accuses", "Predicts", "Suggests"]
    /// `X sees Y as Z`, `X views Y as Z`: an assessment of Y.
    static let asVerbs: WordSet = ["see", "sees", "saw", "view", "views", "viewed", "regard", "regards", "regarded"]
    /// Nouns that turn a cue word before them into a noun: "think tank".
    static let nounFollowers: WordSet = ["tank", "tanks", "process", "card", "cards", "form", "forms", "piece", "pieces"]
    /// Cue words that are as often plural nouns (`the G7 states, ...`):
    /// verbs only when something other than punctuation or `of` follows.
    static let nounLike: WordSet = [
        "states", "claims", "reports", "notes", "calls", "charges", "estimates", "quotes", "fears", "hopes", "doubts",
        "questions", "demands", "promises", "shows", "forecasts", "tweets", "remarks", "signals", "concerns",
        "demand",  // `demand from China cooled`
        "note",  // `took note of the storm`
    ]
    /// Cue words that are as often singular nouns: nouns after an article
    /// and an adjective (`a similar question`, `an hourlong show`).
    static let singularNouns: WordSet = [
        "show", "question", "claim", "report", "note", "call", "charge", "estimate", "quote", "fear", "hope", "doubt",
        "demand", "promise", "forecast", "tweet", "remark", "signal", "concern", "comment", "statement", "project",
    ]
    /// Verbs whose object is the listener: `told DW`, `assured reporters`.
    static let listenerVerbs: WordSet = ["told", "tell", "tells", "telling", "assured", "assures", "warned", "reminded"]
    static let auxiliaries: WordSet = ["is", "are", "was", "were", "been", "be", "am"]
    static let denial: WordSet = ["deny", "denies", "denied", "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed", "refute", "refuted"]
    static let hedgingVerbs: WordSet = ["believe", "believes", "believed", "suggest", "suggests", "suggested", "expect",
                                            "expects", "expected", "think", "thinks", "thought", "estimate", "estimates",
                                            "estimated", "allege", "alleges", "alleged", "assess", "assesses", "assessed", "fear", "fears", "feared"]
    static let hedges: WordSet = ["reportedly", "may", "might", "could", "possibly", "likely", "allegedly", "probably",
                                      "perhaps", "apparently", "unlikely", "seemingly", "purportedly", "supposedly"]
    /// Tokens that may stand between a source and its verb: "Sources also suggest".
    static let between: WordSet = ["also", "have", "has", "had", "will", "would", "previously", "later", "repeatedly",
                                       "further", "again", "then", "publicly", "earlier", "recently", "reportedly", "once",
                                       "separately", "on", "already", "still", "firmly", "strongly", "openly", "do", "does", "did", "not", "never"]
    /// Words that end no source, left off one found before its cue
    /// (`Clinton now says`, `Trump has often cited`); unlike `between`,
    /// they make no verb after them a cue.
    static let trailing: WordSet = ["now", "often", "just", "even", "always", "first", "ever", "sometimes", "almost", "and", "or"]
    /// Lower-case words in -ly that are nouns, or stand for one, not
    /// adverbs: `the family said`, `the daily reported`, `the elderly say`.
    static let lyNouns: WordSet = ["family", "ally", "rally", "assembly", "supply", "daily", "weekly", "monthly", "quarterly",
                                   "bully", "belly", "monopoly", "anomaly", "reply", "folly", "elderly", "italy"]

    /// Whether `token` ends no source found before its cue: a word of
    /// `between` or `trailing`, an auxiliary, a contracted negation
    /// (`isn't`, `didn’t`), or an adverb in -ly (`Gingrich cynically
    /// dismissed`, `did not immediately respond`), which a closed list
    /// could not hold.
    static func endsNoSource(_ token: Token) -> Bool {
        if between.contains(lowerOf: token) || trailing.contains(lowerOf: token) || auxiliaries.contains(lowerOf: token) { return true }
        guard token.kind == .word, !token.isCapitalized else { return false }
        let word = token.lower
        if isContractedNegation(token) { return true }
        return word.utf8.count >= 5 && word.hasSuffix("ly") && !lyNouns.contains(lowerOf: token)
    }
    /// `isn't`, `didn’t`: a verb's, between a source and its cue (`many who didn't believe`).
    static func isContractedNegation(_ token: Token) -> Bool {
        token.kind == .word && !token.isCapitalized && (token.lower.hasSuffix("n't") || token.lower.hasSuffix("n\u{2019}t"))
    }
    /// Whether a cue word is a verb and never a noun (`said`, `warned`,
    /// `says`), so that a possessive before it ends a name (`Moody's
    /// said`) rather than owning a nominal cue (`Moody's warning`).
    static func onlyVerb(_ token: Token) -> Bool {
        ["said", "says", "told", "tells", "wrote", "writes", "adds"].contains(token.lower) || token.lower.hasSuffix("ed")
    }
    /// Words that open a noun phrase: a cue word after one is a noun (`the states`, `his claims`).
    static let nounOpeners: WordSet = ["the", "a", "an", "these", "those", "his", "her", "its", "their", "our", "my", "your"]
    /// Quantifiers that are no subject: before a cue word that is as often
    /// a noun, a noun (`every question`, `no claims`).
    static let quantifiers: WordSet = ["every", "any", "no"]
    /// Quantifiers that may be a subject (`many fear`, `some note`): a
    /// noun after one only in the plural (`both reports`).
    static let pluralQuantifiers: WordSet = ["both", "several", "many", "all", "some"]
    static let pronouns: WordSet = ["he", "she", "they", "it", "we", "i"]
    /// Nouns that can head a source without a capital letter.
    static let agents: WordSet = [
        "officials", "official", "sources", "source", "experts", "expert", "analysts", "analyst", "spokesperson",
        "spokesman", "spokeswoman", "ministry", "report", "reports", "statement", "media", "authorities", "diplomats",
        "diplomat", "lawmakers", "researchers", "observers", "residents", "witnesses", "people", "officers", "government",
        "administration", "study", "survey", "agency", "intelligence", "countries", "police", "military", "army",
        "commander", "minister", "president", "leader", "leaders", "critics", "supporters", "investigators",
        "prosecutors", "scientists", "economists", "officer", "spokesmen", "representatives", "representative", "team",
        "mission", "embassy", "office", "department", "campaign", "committee", "council", "group", "groups", "company",
        "firm", "newspaper", "outlet", "website", "paper", "channel", "broadcaster", "network", "poll", "polls", "data",
        "figures", "documents", "letter", "memo", "filing", "court", "judge", "lawyer", "lawyers", "attorney", "attorneys",
        "aide", "aides", "adviser", "advisers", "advisor", "advisors", "insiders", "person", "activists", "union", "party",
        "candidate", "senator", "governor", "mayor", "ambassador", "envoy", "chief", "director", "chairman", "chairwoman",
        "executive", "head", "members", "member", "voters", "citizens", "protesters", "workers", "students", "parents",
        "doctors", "economist", "researcher", "scientist", "professor", "author", "authors", "writer", "editor", "official's",
        "campaigners", "organizers", "organisers", "negotiators", "planners", "owners", "owner", "manager", "spokespeople",
        "release", "press", "newspapers", "reporters", "journalist", "journalists", "article",
    ]
}
