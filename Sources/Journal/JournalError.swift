import Posix

/// Why the journal refused an operation.
public enum JournalError: Error, CustomStringConvertible, Sendable {
    case system(SystemError)
    /// A record before the last one is damaged: not a torn write, so the
    /// journal refuses to truncate it away. `byline verify` says more.
    case corrupt(segment: String, offset: Int, reason: String)
    /// An earlier write or flush failed; the state on disk is unknown, so
    /// the writer takes no more records until the journal is reopened
    /// (which recovers it).
    case writerFailed(String)
    case closed
    /// The journal's file system is full (or its quota spent). Nothing of
    /// the refused records is left on disk, and the writer takes records
    /// again once there is room.
    case noSpace(String)
    /// Another writer (the daemon, or a `byline ingest`) has the journal
    /// open: two writers would hand out the same seqs.
    case locked(directory: String)

    public var description: String {
        switch self {
        case .system(let e): return e.description
        case .corrupt(let segment, let offset, let reason):
            return "journal segment \(segment) is damaged at byte \(offset): \(reason)"
        case .writerFailed(let why): return "journal writer stopped after an I/O failure: \(why)"
        case .closed: return "journal is closed"
        case .noSpace(let why): return "no space left for the journal: \(why)"
        case .locked(let directory):
            return "journal \(directory) is in use by another writer (a running daemon or byline ingest); stop it first"
        }
    }
}
