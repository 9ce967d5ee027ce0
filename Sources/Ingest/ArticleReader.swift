import Crypto
import Journal
import Posix
import SystemPackage
#if canImport(Glibc)
import Glibc
#endif

/// Reads one input file safely: never through a symlink, never a
/// non-regular file, never more than the size limit (a file over it is not
/// read at all), and hashing exactly the bytes it read.
public enum ArticleReader {
    public enum Outcome: Sendable {
        case bytes([UInt8], sha256: String, doc: DocumentInfo)
        case rejected(RejectedRecord)
        /// Not readable *now*, for a reason that passes (`EMFILE`,
        /// `ENFILE`, `ENOMEM`, `EIO`, `EAGAIN`): no outcome yet, to be tried
        /// again. Rejecting it would make a passing shortage permanent.
        case deferred(RejectedRecord)
    }

    /// Failures that say nothing about the file.
    static func isTransient(_ errno: Errno) -> Bool {
        [.tooManyOpenFiles, .tooManyOpenFilesInSystem, .noMemory, .ioError, .resourceTemporarilyUnavailable].contains(errno)
    }

    /// Reads `name` in `directory`. `O_NOFOLLOW` makes a symlink fail at
    /// open, so a link to `/etc/shadow` dropped in the folder is never read,
    /// and the checks after open are on the descriptor, so a file swapped
    /// between check and read cannot slip through.
    public static func read(directory: String, name: String, options: IngestOptions) -> Outcome {
        let path = FileSystem.join(directory, name)
        var doc = DocumentInfo(path: path, name: FileSystem.baseName(of: name))
        func reject(_ reason: RejectionReason, _ detail: String) -> Outcome {
            .rejected(RejectedRecord(doc: doc, reason: reason, detail: detail))
        }
        func postpone(_ error: SystemError) -> Outcome {
            .deferred(RejectedRecord(doc: doc, reason: .unreadable, detail: error.description))
        }
        let file: FileHandle
        do {
            // O_NONBLOCK: opening a FIFO dropped into the folder must not hang.
            file = try FileHandle.open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_NOCTTY)
        } catch {
            // Which file this was, for the journal's memory: without it two
            // different symlinks named `link.txt`, one after the other, were
            // one rejection.
            doc.fileID = (try? FileSystem.status(path))?.identity
            if isTransient(error.errno) { return postpone(error) }
            switch error.errno {
            case .noSuchFileOrDirectory: return reject(.vanished, "the file disappeared before it could be read")
            case .tooManySymbolicLinkLevels: return reject(.symlink, "symbolic links are never followed")
            case .permissionDenied: return reject(.unreadable, "permission denied")
            default: return reject(.unreadable, error.description)
            }
        }
        do {
            let status = try file.stat()
            doc.fileID = status.identity
            guard status.kind == .regular else { return reject(.notRegular, "not a regular file") }
            doc.bytes = status.size
            var hasher = SHA256()
            var bytes: [UInt8] = []
            if status.size > options.maxBytes {
                // The size alone decides: hashing an 8 GiB sparse file to
                // name it took 35 s, with a drain and the watchdog waiting.
                return reject(.tooLarge, "\(status.size) bytes is over the limit of \(options.maxBytes)")
            }
            bytes = try file.read(upTo: status.size + 1)
            // The file grew while we read it: read on, within the limit.
            while bytes.count > status.size {
                let more = try file.read(upTo: 1 << 16)
                if more.isEmpty { break }
                bytes.append(contentsOf: more)
                if bytes.count > options.maxBytes {
                    doc.bytes = bytes.count
                    return reject(.tooLarge, "grew past the limit of \(options.maxBytes) bytes while being read")
                }
            }
            hasher.update(data: bytes)
            let sha = Hex.encode(hasher.finalize())
            doc.sha256 = sha
            doc.bytes = bytes.count
            return .bytes(bytes, sha256: sha, doc: doc)
        } catch {
            if isTransient(error.errno) { return postpone(error) }
            return reject(.unreadable, error.description)
        }
    }
}
