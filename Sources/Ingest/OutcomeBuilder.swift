import Journal

/// Turns a processed file into the one journal entry it deserves, given
/// what the journal already holds. `nil` means the file already has its
/// outcome and needs no new record.
public enum OutcomeBuilder {
    public static func entry(for result: ArticleProcessor.Result, seen: SeenIndex) throws -> JournalEntry? {
        let doc = result.doc
        switch seen.verdict(doc) {
        case .alreadyJournaled:
            return nil
        case .duplicate(let seq):
            if case .article = result {
                var slim = doc
                slim.title = nil
                return try JournalEntry(type: RecordType.duplicate, body: DuplicateRecord(doc: slim, duplicateOf: seq))
            }
            fallthrough
        case .new:
            switch result {
            case .article(let a): return JournalEntry(type: RecordType.article, jsonObject: a.jsonObject())
            case .rejected(let r): return try JournalEntry(type: RecordType.rejected, body: r)
            // A deferred file gets its outcome once it can be read (callers
            // hold such files back before asking).
            case .deferred: return nil
            }
        }
    }
}
