import Posix
#if canImport(Glibc)
import Glibc
#endif

/// The articles being extracted now, by the SHA-256 of their bytes, kept in
/// a small file beside the journal (`extracting`), so that an article on
/// which extraction takes the whole process down (a trap in the extractor,
/// the watchdog's abort of a loop that never ends, the kernel's OOM kill) is
/// known when the daemon starts again.
///
/// Without it such a file was read again at every start and took the daemon
/// down again: systemd restarts a failed service five times in ten seconds
/// and then gives up, and every other article waited. Extraction is pure,
/// so the same bytes fail the same way: once the process has died
/// `maxDeaths` times with an article's bytes in extraction, the article is
/// rejected (`extractor-failed`) without being extracted again.
///
/// One death is not enough: `kill -9`, a power cut or an OOM kill caused by
/// something else also stop the daemon mid-extraction, and the article must
/// then simply be extracted again. An article that finishes extraction is
/// cleared, whatever happened before.
///
/// The file is rewritten at every start and end of an extraction, without
/// `fsync`: what a process writes survives that process's death, which is
/// what the ledger is for; after a crash of the whole machine, a count may
/// be lost and the article is tried again.
///
/// Layout: a line per article in extraction, `DEATHS SHA256`, DEATHS being
/// how many times the process had died with it in extraction before.
public final class ExtractionLedger: Sendable {
    static let fileName = "extracting"
    /// Deaths of the process with an article in extraction after which the
    /// article is rejected unread.
    public static let maxDeaths = 3

    private struct State {
        /// Articles in extraction now (written with their `deaths`), with
        /// how many workers are extracting each: two files with the same
        /// bytes may be in extraction at once, and the article stays listed
        /// until the last of them ends, so a death during the second still
        /// counts.
        var inFlight: [String: Int] = [:]
        /// Articles that were in extraction when the process last died, with
        /// their deaths so far (until one is extracted again).
        var deaths: [String: Int] = [:]
        /// Nil when the file could not be opened: the ledger is off (the
        /// log has said why), and extraction goes on without it. Reached
        /// only under the lock, by whichever worker holds it.
        var file: FileHandle?
        /// Whether the last write failed (a full disk): said once in the
        /// log, and each write after tries again, the whole list each time.
        var failing = false
    }

    private let state: Locked<State>
    public let path: String
    private let log: @Sendable (String) -> Void

    /// Opens (or creates) the ledger in `directory`, taking the articles it
    /// lists as in extraction when the process died. `log` hears what was
    /// found, and a failure to keep the ledger.
    public init(directory: String, log: @escaping @Sendable (String) -> Void = { _ in }) {
        path = FileSystem.join(directory, Self.fileName)
        var state = State()
        do {
            let file = try FileHandle.open(path, O_RDWR | O_CREAT | O_CLOEXEC, mode: 0o640)
            for line in try file.readToEnd().split(separator: UInt8(ascii: "\n")) {
                let fields = line.split(separator: UInt8(ascii: " "))
                guard fields.count == 2, let before = Int(String(decoding: fields[0], as: UTF8.self)) else { continue }
                state.deaths[String(decoding: fields[1], as: UTF8.self)] = before + 1
            }
            state.file = file
        } catch {
            log("extraction ledger \(path) is off: \(error)")
        }
        for (sha, deaths) in state.deaths.sorted(by: { $0.key < $1.key }) {
            log("the process stopped while extracting the article with SHA-256 \(sha) (\(deaths) of \(Self.maxDeaths) times)")
        }
        self.state = Locked(state)
        self.log = log
        // Nothing is in extraction yet.
        self.state.withLock { persist(&$0) }
    }

    /// How many times the process died while extracting the article with
    /// these bytes (0 for most).
    public func deaths(_ sha256: String) -> Int {
        state.withLock { $0.deaths[sha256] ?? 0 }
    }

    /// The article with these bytes goes into extraction.
    public func begin(_ sha256: String) {
        state.withLock {
            $0.inFlight[sha256, default: 0] += 1
            persist(&$0)
        }
    }

    /// The article with these bytes came out of extraction: it is no suspect.
    public func end(_ sha256: String) {
        state.withLock {
            if let workers = $0.inFlight[sha256], workers > 1 {
                $0.inFlight[sha256] = workers - 1
            } else {
                $0.inFlight[sha256] = nil
            }
            $0.deaths[sha256] = nil
            persist(&$0)
        }
    }

    /// Writes the articles in extraction over the file's contents.
    private func persist(_ state: inout State) {
        guard let file = state.file else { return }
        var text = ""
        for sha in state.inFlight.keys.sorted() { text += "\(state.deaths[sha] ?? 0) \(sha)\n" }
        do {
            _ = try file.seek(to: 0)
            try file.write(all: Array(text.utf8))
            try file.truncate(to: text.utf8.count)
            if state.failing { log("extraction ledger \(path) written again") }
            state.failing = false
        } catch {
            if !state.failing { log("extraction ledger \(path) could not be written: \(error); trying again at the next article") }
            state.failing = true
        }
    }
}
