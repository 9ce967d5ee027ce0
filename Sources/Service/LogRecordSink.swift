import Ingest
import Logging
import Posix

/// Says in the daemon's log what became of each file, where the systemd
/// journal does not already hold it: a rejection as a warning with its
/// reason, a duplicate as a notice, an article at debug level (`byline tail
/// -f` shows articles, with their entities and claims; a log line per
/// article would drown the rest).
///
/// Under systemd, with `[journald] enabled`, `JournaldRecordSink` puts every
/// record in the systemd journal, where the log goes too, and this sink is
/// not used: each rejection would be there twice. Run in a terminal
/// (`scripts/run`), or under a supervisor that keeps stderr, a rejected
/// file was otherwise said only in the Byline journal.
struct LogRecordSink: RecordSink {
    let logger: Logger
    /// Names and reasons only: an article's entities and claims may be let
    /// go as soon as its record is written.
    var needsArticleContent: Bool { false }

    func accept(_ record: CommittedRecord) {
        guard let result = record.result else { return }
        switch result {
        case .article(let article):
            if let of = record.duplicateOf {
                logger.notice("\(RecordMessage.duplicate(article.doc, of: of, oneLine: true)) (record \(record.seq))")
            } else {
                logger.debug("article \(FileName.printable(article.doc.name)) (record \(record.seq))")
            }
        case .rejected(let rejected):
            logger.warning("\(RecordMessage.rejected(rejected, oneLine: true)) (record \(record.seq))")
        case .deferred:
            break
        }
    }
}
