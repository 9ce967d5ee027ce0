/// Everything `byline run` can be told, with the defaults of
/// `Config/byline.toml`.
public struct BylineConfig: Sendable, Equatable {
    public enum SettleAction: String, Sendable, CaseIterable { case move, delete, leave }
    public enum WatchMode: String, Sendable, CaseIterable { case auto, inotify, poll }
    public enum Recognizer: String, Sendable, CaseIterable { case rules, learned }
    public enum EncodingFallback: String, Sendable, CaseIterable {
        case windows1252 = "windows-1252"
        case reject
    }

    public var watchDirectory = "byline-data/inbox"
    public var recursive = false
    public var settleMilliseconds = 100
    public var rescanIntervalSeconds = 60
    public var watchMode = WatchMode.auto
    public var maxArticleBytes = 16 << 20
    public var encodingFallback = EncodingFallback.windows1252
    public var settleAction = SettleAction.move
    public var processedDirectory = "processed"
    public var failedDirectory = "failed"
    public var journalDirectory = "byline-data/journal"
    public var segmentBytes = 64 << 20
    public var concurrency = 0
    public var maxInFlight = 64
    public var journaldEnabled = true
    public var lexiconFiles: [String] = []
    public var recognizer = Recognizer.learned
    /// Seconds without an article after which the daemon lets the learned
    /// model's memory go (the next article loads it again); 0: never.
    public var releaseModelAfterSeconds = 30
    /// Where the journal is projected for queries; nil: `byline.sqlite`
    /// beside the journal folder; "": no store.
    public var storeURL: String?
    /// Where the live figures are written in Prometheus' text format; nil:
    /// `byline.prom` beside the journal folder; "": not written.
    public var metricsTextfile: String?

    public init() {}

    /// The processed folder as a path (relative ones hang off the watch folder).
    public var processedPath: String { resolve(processedDirectory) }
    public var failedPath: String { resolve(failedDirectory) }

    private func resolve(_ p: String) -> String {
        p.hasPrefix("/") ? p : (watchDirectory.hasSuffix("/") ? watchDirectory + p : watchDirectory + "/" + p)
    }

    /// Workers for extraction: the configured number, or one per core.
    public func effectiveConcurrency(cores: Int) -> Int { concurrency > 0 ? concurrency : max(1, cores) }
}
