/// The words that mark attribution, and the words that weaken or negate it.
enum Cues {
    /// Verbs of saying, reporting, thinking and assessing, in the forms news uses.
    static let verbs: Set<String> = [
        "say", "says", "said", "tell", "tells", "told", "add", "adds", "added", "note", "notes", "noted",
        "state", "states", "stated", "declare", "declares", "declared", "announce", "announces", "announced",
        "warn", "warns", "warned", "urge", "urges", "urged", "deny", "denies", "denied", "claim", "claims", "claimed",
        "insist", "insists", "insisted", "admit", "admits", "admitted", "acknowledge", "acknowledges", "acknowledged",
        "report", "reports", "reported", "cite", "cites", "cited", "quote", "quotes", "quoted", "reveal", "reveals",
        "revealed", "write", "writes", "wrote", "believe", "believes", "believed", "suggest", "suggests", "suggested",
        "assess", "assesses", "assessed", "expect", "expects", "expected", "consider", "considers", "considered",
        "explain", "explains", "explained", "confirm", "confirms", "confirmed", "stress", "stresses", "stressed",
        "emphasize", "emphasizes", "emphasized", "emphasise", "emphasised", "argue", "argues", "argued",
        "estimate", "estimates", "estimated", "allege", "alleges", "alleged", "describe", "describes", "described",
        "predict", "predicts", "predicted", "indicate", "indicates", "indicated", "assert", "asserts", "asserted",
        "maintain", "maintains", "maintained", "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed",
        "concede", "conceded", "concedes", "testify", "testified", "recall", "recalled", "recalls", "mention", "mentioned",
        "show", "shows", "showed", "think", "thinks", "thought", "fear", "fears", "feared", "hope", "hopes", "hoped",
        "promise", "promised", "promises", "pledge", "pledged", "vow", "vowed", "threaten", "threatened", "accuse", "accused",
        "accuses", "tout", "touts", "touted", "reaffirm", "reaffirms", "reaffirmed", "reiterate", "reiterates", "reiterated",
        "conclude", "concludes", "concluded", "observe", "observes", "observed", "contend", "contends", "contended",
        "assure", "assures", "assured", "caution", "cautions", "cautioned", "disclose", "discloses", "disclosed",
    ]
    static let denial: Set<String> = ["deny", "denies", "denied", "reject", "rejects", "rejected", "dismiss", "dismisses", "dismissed", "refute", "refuted"]
    static let hedgingVerbs: Set<String> = ["believe", "believes", "believed", "suggest", "suggests", "suggested", "expect",
                                            "expects", "expected", "think", "thinks", "thought", "estimate", "estimates",
                                            "estimated", "allege", "alleges", "alleged", "assess", "assesses", "assessed", "fear", "fears", "feared"]
    static let hedges: Set<String> = ["reportedly", "may", "might", "could", "possibly", "likely", "allegedly", "probably",
                                      "perhaps", "apparently", "unlikely", "seemingly", "purportedly", "supposedly"]
    /// Tokens that may stand between a source and its verb: "Sources also suggest".
    static let between: Set<String> = ["also", "have", "has", "had", "will", "would", "previously", "later", "repeatedly",
                                       "further", "again", "then", "publicly", "earlier", "recently", "reportedly", "once",
                                       "separately", "on", "already", "still", "firmly", "strongly", "openly", "do", "does", "did", "not", "never"]
    static let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i"]
    /// Nouns that can head a source without a capital letter.
    static let agents: Set<String> = [
        "officials", "official", "sources", "source", "experts", "expert", "analysts", "analyst", "spokesperson",
        "spokesman", "spokeswoman", "ministry", "report", "reports", "statement", "media", "authorities", "diplomats",
        "diplomat", "lawmakers", "researchers", "observers", "residents", "witnesses", "people", "officers", "government",
        "administration", "study", "survey", "agency", "intelligence", "countries", "police", "military", "army",
        "commander", "minister", "president", "leader", "leaders", "critics", "supporters", "investigators",
        "prosecutors", "scientists", "economists", "officer", "spokesmen", "representatives", "representative", "team",
    ]
}
