import Dispatch
import Extraction
import Foundation
import Ingest
import Journal
import Logging
import Posix
import Prometheus
import Settings
import Store
import Systemd

/// `byline run`: the long-running service.
///
/// Start-up: signals first (so none is lost), then journal recovery, the
/// seen-index rebuild, the extractor, the pipeline and the watcher's
/// start-up scan; only then `READY=1`. SIGHUP reloads the configuration
/// (`RELOADING=1` ... `READY=1`); SIGTERM/SIGINT stop intake, drain what is
/// in flight, append a `stop` record and exit 0.
public final class Daemon: Sendable {
    public static let version = "0.2.0"

    private let source: ConfigSource
    private let logger: Logger
    private let notifier = Notifier()
    private let control = DispatchQueue(label: "byline.control")
    private let state = Locked(DaemonState.starting)
    private let stopped = DispatchSemaphore(value: 0)
    /// Large files and the store's projection of large records take turns.
    private let largeWork = LargeWorkGate()

    private struct Running: Sendable {
        var config: BylineConfig
        var journal: JournalWriter
        var pipeline: Pipeline
        var watcher: FolderWatcher
        var extractorID: String
        /// The learned model, when the daemon lets it go while idle.
        var model: ReleasableExtractor?
        var store: StoreFollower?
        var metrics: MetricsTextfile?
        /// The articles in extraction (`ExtractionLedger`), kept across reloads.
        var ledger: ExtractionLedger
    }

    private let running = Locked<Running?>(nil)
    /// Whether a check of the model's idleness is scheduled (at most one).
    private let modelCheckPending = Locked(false)
    private let exitCode = Locked<Int32>(0)

    public init(source: ConfigSource, logger: Logger) {
        self.source = source
        self.logger = logger
    }

    /// Runs until stopped; returns the process exit status.
    public func run() -> Int32 {
        // A log with no reader (a shell pipe closed, journald's stream
        // gone) fails its writes with EPIPE instead of killing the daemon
        // mid-journal: systemd ignores SIGPIPE for its services
        // (IgnoreSIGPIPE=yes), a daemon started any other way did not.
        signal(SIGPIPE, SIG_IGN)
        Memory.mapLargeAllocations(from: 1 << 20)
        let config: BylineConfig
        do {
            config = try source.load()
        } catch {
            logger.critical("configuration refused: \(error)")
            notifier.status("configuration refused: \(error)")
            return 78  // EX_CONFIG: systemd does not restart into the same error forever
        }
        let signals = SignalWatcher(queue: control, handlers: [
            SIGTERM: { [self] in terminate("SIGTERM") },
            SIGINT: { [self] in terminate("SIGINT") },
            SIGHUP: { [self] in reload() },
        ])
        signals.start()
        // Recovery and the seen-index rebuild read the whole journal: ask
        // systemd for time while they run.
        notifier.notify("EXTEND_TIMEOUT_USEC=60000000")
        do {
            try start(config)
        } catch {
            logger.critical("cannot start: \(error)")
            notifier.status("cannot start: \(error)")
            return 1
        }
        // Its own queue: the control queue blocks while draining at stop,
        // and a healthy drain must keep the pings coming.
        let watchdogQueue = DispatchQueue(label: "byline.watchdog")
        let watchdog = running.withLock { $0?.pipeline }.flatMap { Watchdog(notifier: notifier, pipeline: $0, queue: watchdogQueue) }
        // The status line follows the work, not a clock: the pipeline says
        // when files are settled (at most four updates a second, the last
        // one always sent), so an idle daemon has no timer of its own.
        let statusPending = Locked(false)
        running.withLock { $0?.pipeline }?.onProgress { [self, control] in
            let (store, metrics) = running.withLock { ($0?.store, $0?.metrics) }
            store?.poke()
            metrics?.request()
            checkModel()
            let schedule = statusPending.withLock { pending -> Bool in
                if pending { return false }
                pending = true
                return true
            }
            guard schedule else { return }
            control.asyncAfter(deadline: .now() + .milliseconds(250)) { [self] in
                statusPending.withLock { $0 = false }
                if state.withLock({ $0 }) == .running { notifier.status(statusLine()) }
            }
        }
        let (becameReady, reloadPending) = state.withLock { s -> (Bool, Bool) in
            guard let next = s.next(.ready) else { return (false, false) }
            defer { s = next }
            return (true, s == .startingReloadPending)
        }
        if becameReady {
            running.withLock { $0?.metrics }?.writeNow()
            checkModel()
            notifier.ready(status: statusLine())
            logger.info("ready: \(statusLine())")
            if reloadPending {
                logger.info("SIGHUP arrived during start-up: reloading now")
                control.async { [self] in reload() }
            }
        }
        if !becameReady { control.async { [self] in drain(reason: "stopped during start-up") } }
        stopped.wait()
        watchdog?.stop()
        return exitCode.withLock { $0 }
    }

    private func start(_ config: BylineConfig) throws {
        let journal = try JournalWriter(directory: config.journalDirectory, options: .init(segmentBytes: config.segmentBytes))
        if journal.openReport.tornBytes > 0 {
            logger.warning("recovered a torn record at the end of the journal: \(journal.openReport.tornBytes) bytes kept in \(journal.openReport.sideFile ?? "?")")
        }
        // Reading the journal after the index's checkpoint (all of it when
        // there is none): systemd is asked for more time as it goes.
        let opened = try SeenIndexCheckpoint.open(journal: config.journalDirectory) { [notifier] _ in
            notifier.notify("EXTEND_TIMEOUT_USEC=30000000")
        }
        let seen = opened.index
        logger.info("journal \(config.journalDirectory) opened at seq \(journal.lastSeq); \(seen.count) files already journaled; \(opened.note)")
        let ledger = ExtractionLedger(directory: config.journalDirectory) { [logger] in logger.warning("\($0)") }
        let processor = try Self.processor(config, logger: logger, ledger: ledger)
        let watchRoot = FileSystem.absolute(config.watchDirectory)
        var sinks: [any RecordSink] = config.journaldEnabled ? [JournaldRecordSink()] : []
        // What became of each file goes in the log as well, unless the
        // records already go where the log goes.
        if !(config.journaldEnabled && JournaldLogHandler.stderrIsJournal) { sinks.append(LogRecordSink(logger: logger)) }
        let logger = self.logger
        let metrics = metricsTextfile(config)
        let pipeline = Pipeline(root: watchRoot, journal: journal, seen: seen, processor: processor,
                                options: Self.pipelineOptions(config, root: watchRoot), sinks: sinks,
                                metrics: metrics.map { PipelineMetrics(factory: $0.factory) } ?? PipelineMetrics(),
                                largeWork: largeWork,
                                onJournalFailure: { [self] error in journalFailed(error) },
                                log: { logger.error("\($0)") })
        let watcher = FolderWatcher(root: watchRoot, pipeline: pipeline, options: Self.watcherOptions(config, root: watchRoot),
                                    log: { logger.warning("\($0)") })
        try FileSystem.makeDirectories(config.journalDirectory)
        let store = try storeFollower(config, journal: journal, pipeline: pipeline, metrics: metrics)
        if let metrics {
            let gauges = DaemonGauges(factory: metrics.factory, store: store != nil,
                                      releasableModel: processor.extractor is ReleasableExtractor)
            metrics.onSample { [running] in
                gauges.sample(pipeline: pipeline, watcher: watcher, journal: journal, store: store,
                              model: running.withLock { $0?.model })
            }
        }
        running.withLock { $0 = Running(config: config, journal: journal, pipeline: pipeline, watcher: watcher,
                                        extractorID: processor.extractor.identifier,
                                        model: processor.extractor as? ReleasableExtractor, store: store, metrics: metrics,
                                        ledger: ledger) }
        try watcher.start()
        let (mode, reason) = watcher.mode
        if mode == .poll { notifier.status("polling \(watchRoot): \(reason)") }
        do {
            try pipeline.appendControl(JournalEntry(type: RecordType.start, body: StartRecord(
                version: Self.version, pid: getpid(), watch: watchRoot, journal: FileSystem.absolute(config.journalDirectory),
                mode: mode.rawValue, recoveredBytes: journal.openReport.tornBytes, extractor: processor.extractor.identifier)))
        } catch {
            // Starting on a full disk must not become a restart loop: files
            // wait in the folder, and intake pauses until there is room.
            guard case JournalError.noSpace = error else { throw error }
            logger.warning("could not journal the start record: \(error)")
        }
        store?.start()
    }

    /// The store's follower, or nil when `[store] url` is "".
    private func storeFollower(_ config: BylineConfig, journal: JournalWriter, pipeline: Pipeline,
                               metrics: MetricsTextfile?) throws -> StoreFollower? {
        // Unset: beside the journal; "": parsed to nil, no store.
        let configured = try config.storeURL.map { try StoreURL.parse($0) }
        guard let url = configured ?? .besideJournal(config.journalDirectory) else {
            logger.info("no store configured ([store] url is empty)")
            return nil
        }
        logger.info("projecting the journal into \(url)")
        return StoreFollower(url: url, journalDirectory: config.journalDirectory, journalID: journal.id, logger: logger,
                             largeWork: largeWork, intakeBusy: { pipeline.stats.inFlight > 0 }, onStatus: { _ in metrics?.request() })
    }

    /// The metrics file, or nil when `[metrics] textfile` is "".
    private func metricsTextfile(_ config: BylineConfig) -> MetricsTextfile? {
        guard let path = MetricsLocation.path(config) else {
            logger.info("no metrics file ([metrics] textfile is empty)")
            return nil
        }
        logger.info("writing metrics to \(path)")
        let logger = self.logger
        return MetricsTextfile(path: path, registry: PrometheusCollectorRegistry(), log: { logger.warning("\($0)") })
    }

    // MARK: signals

    private func terminate(_ why: String) {
        let go = state.withLock { s -> Bool in
            guard let next = s.next(.terminate) else { return false }
            let wasStarting = s.isStarting
            s = next
            return !wasStarting  // during start-up, run() drains once start() returns
        }
        guard go else { return }
        drain(reason: why)
    }

    private func drain(reason: String) {
        notifier.stopping()
        logger.info("stopping (\(reason)): finishing files in flight")
        guard let r = running.withLock({ $0 }) else {
            finish(0)
            return
        }
        r.watcher.stop()
        var lastExtend = DispatchTime.now()
        r.pipeline.waitUntilIdle {
            if DispatchTime.now().uptimeNanoseconds - lastExtend.uptimeNanoseconds > 5_000_000_000 {
                notifier.notify("EXTEND_TIMEOUT_USEC=15000000")
                lastExtend = DispatchTime.now()
            }
        }
        let stats = r.pipeline.stats
        var code: Int32 = 0
        do {
            try r.pipeline.appendControl(JournalEntry(type: RecordType.stop, body: StopRecord(
                reason: reason, articles: stats.articles, duplicates: stats.duplicates, rejected: stats.rejected)))
        } catch {
            logger.error("could not journal the stop record: \(error)")
            // A full disk is no failure of Byline's (the files wait, and are
            // taken at the next start); a journal that failed is.
            if case JournalError.noSpace = error {} else { code = 1 }
        }
        do {
            try r.pipeline.checkpoint()
        } catch {
            logger.warning("could not checkpoint the seen index: \(error); the next start reads more of the journal")
        }
        r.store?.stop(waitingAtMost: 10)
        r.metrics?.writeNow()
        r.journal.close()
        logger.info("stopped: \(stats.journaled) files journaled this run")
        finish(code)
    }

    /// The exit status is the worst one reported: a journal failure during
    /// a drain is not turned back into success by the drain's end.
    private func finish(_ code: Int32) {
        state.withLock { s in if let next = s.next(.drained) { s = next } }
        exitCode.withLock { $0 = max($0, code) }
        stopped.signal()
    }

    private func journalFailed(_ error: JournalError) {
        logger.critical("journal write failed, stopping without settling further files: \(error)")
        notifier.status("journal write failed: \(error)")
        // The files stay in the folder; after a restart, recovery and the
        // seen index give each its one outcome.
        control.async { [self] in
            state.withLock { $0 = .stopped }
            exitCode.withLock { $0 = 1 }
            stopped.signal()
        }
    }

    private func reload() {
        let begin = state.withLock { s -> Bool in
            guard let next = s.next(.hangup) else { return false }
            s = next
            return true
        }
        guard begin, let r = running.withLock({ $0 }) else { return }
        notifier.notify("RELOADING=1\nMONOTONIC_USEC=\(monotonicMicroseconds())")
        var applied = false
        var detail: String?
        do {
            let new = try source.load()
            let processor = try Self.processor(new, logger: logger, ledger: r.ledger)
            var notes: [String] = []
            var effective = new
            if FileSystem.absolute(new.watchDirectory) != r.watcher.root {
                notes.append("watch.directory change needs a restart; still watching \(r.watcher.root)")
                effective.watchDirectory = r.config.watchDirectory
            }
            if new.journalDirectory != r.config.journalDirectory || new.segmentBytes != r.config.segmentBytes {
                notes.append("journal settings change needs a restart")
                effective.journalDirectory = r.config.journalDirectory
                effective.segmentBytes = r.config.segmentBytes
            }
            if new.storeURL != r.config.storeURL {
                notes.append("store.url change needs a restart")
                effective.storeURL = r.config.storeURL
            }
            if new.metricsTextfile != r.config.metricsTextfile {
                notes.append("metrics.textfile change needs a restart")
                effective.metricsTextfile = r.config.metricsTextfile
            }
            r.pipeline.update(processor: processor, options: Self.pipelineOptions(effective, root: r.watcher.root))
            r.watcher.update(Self.watcherOptions(effective, root: r.watcher.root))
            running.withLock {
                $0?.config = effective
                $0?.extractorID = processor.extractor.identifier
                $0?.model = processor.extractor as? ReleasableExtractor
            }
            checkModel()
            applied = true
            detail = notes.isEmpty ? nil : notes.joined(separator: "; ")
            logger.info("configuration reloaded\(detail.map { " (\($0))" } ?? "")")
        } catch {
            detail = "\(error)"
            logger.error("reload refused, keeping the running configuration: \(error)")
        }
        try? r.pipeline.appendControl(JournalEntry(type: RecordType.reload, body: ReloadRecord(applied: applied, detail: detail)))
        state.withLock { s in if let next = s.next(.reloaded) { s = next } }
        let status = applied ? statusLine() : "reload refused (\(detail ?? "")); \(statusLine())"
        notifier.ready(status: status)
    }

    // MARK: pieces

    private func statusLine() -> String {
        guard let r = running.withLock({ $0 }) else { return "starting" }
        let s = r.pipeline.stats
        let (mode, _) = r.watcher.mode
        let paused = s.paused.map { "intake paused (\($0)); " } ?? ""
        return paused + "watching \(r.watcher.root)\(mode == .poll ? " (polling)" : ""), \(s.journaled) journaled, "
            + "\(s.inFlight + r.watcher.waiting) queued, \(s.rejected) rejected" + (r.store.map { ", \($0.statusText)" } ?? "")
    }

    static func processor(_ config: BylineConfig, logger: Logger, ledger: ExtractionLedger) throws -> ArticleProcessor {
        let lexicon = try LexiconLoader.load(config.lexiconFiles)
        let fallback: IngestOptions.Fallback = config.encodingFallback == .reject ? .reject : .windows1252
        let options = IngestOptions(maxBytes: config.maxArticleBytes, fallback: fallback)
        guard config.recognizer == .learned else {
            return ArticleProcessor(extractor: NewsExtractor(lexicon: lexicon, model: nil), options: options, ledger: ledger)
        }
        // The daemon's own copy of the model (never the process-wide
        // `builtin` one, which is never freed), let go when idle unless told
        // otherwise. Its word tables are a view of the executable's linked
        // bytes (`WordIndex`): nothing to copy; the pages articles touched
        // leave memory with the model (2 MB after the seeds, in smaps).
        let build: @Sendable () -> any Extractor = {
            NewsExtractor(lexicon: lexicon, model: NERModel.loadBuiltin(), tables: .loadBuiltin())
        }
        let extractor: any Extractor = config.releaseModelAfterSeconds > 0
            ? ReleasableExtractor(build: build, onReload: { [logger] in
                logger.info("extraction model loaded again in \(($0 + 500_000) / 1_000_000) ms")
            }, onRelease: { WordTables.releaseLinkedPages() })
            : build()
        return ArticleProcessor(extractor: extractor, options: options, ledger: ledger)
    }

    /// Lets the learned model go once no article has used it for
    /// `[extraction] release_model_after_s`. Asked when files are settled
    /// and at ready; while the model is loaded one check waits at a time,
    /// so at most one wake-up per that many seconds, and none once it is
    /// let go (the next settled file asks again).
    private func checkModel(afterNanoseconds delay: UInt64? = nil) {
        let (model, seconds) = running.withLock { ($0?.model, $0?.config.releaseModelAfterSeconds ?? 0) }
        guard let model, seconds > 0, model.isLoaded else { return }
        let idle = UInt64(seconds) * 1_000_000_000
        let schedule = modelCheckPending.withLock { pending -> Bool in
            defer { pending = true }
            return !pending
        }
        guard schedule else { return }
        control.asyncAfter(deadline: .now() + .nanoseconds(Int(delay ?? idle))) { [self] in
            // Cleared first: a file settled from here on schedules its own check.
            modelCheckPending.withLock { $0 = false }
            // A reload may have brought another model: ask the current one.
            guard state.withLock({ $0 }) == .running, let current = running.withLock({ $0?.model }) else { return }
            switch current.releaseIfIdle(for: idle) {
            case .released:
                // The word tables' arrays and the articles' leftovers sit in
                // the extraction threads' heaps, which glibc keeps: give
                // them back now the daemon is idle.
                Memory.trim()
                running.withLock { $0?.metrics }?.request()
                logger.info("extraction model released: no article for \(seconds) s (the next one loads it again)")
            case .unloaded:
                break
            case .checkAgain(let next):
                checkModel(afterNanoseconds: next)
            }
        }
    }

    static func pipelineOptions(_ config: BylineConfig, root: String) -> Pipeline.Options {
        let action = SettlePolicy.Action(rawValue: config.settleAction.rawValue) ?? .move
        return Pipeline.Options(
            concurrency: config.effectiveConcurrency(cores: ProcessInfo.processInfo.activeProcessorCount),
            maxInFlight: config.maxInFlight,
            settle: SettlePolicy(action: action, processedDirectory: absolute(config.processedDirectory, root: root),
                                 failedDirectory: absolute(config.failedDirectory, root: root)))
    }

    static func watcherOptions(_ config: BylineConfig, root: String) -> FolderWatcher.Options {
        let mode: FolderWatcher.Mode? = config.watchMode == .auto ? nil : (config.watchMode == .poll ? .poll : .inotify)
        let excluded: Set<String> = config.settleAction == .move
            ? [absolute(config.processedDirectory, root: root), absolute(config.failedDirectory, root: root)] : []
        return FolderWatcher.Options(recursive: config.recursive, settleMilliseconds: config.settleMilliseconds,
                                     rescanSeconds: config.rescanIntervalSeconds, forcedMode: mode, excluded: excluded)
    }

    static func absolute(_ path: String, root: String) -> String {
        path.hasPrefix("/") ? path : FileSystem.join(root, path)
    }

    private func monotonicMicroseconds() -> UInt64 {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return UInt64(ts.tv_sec) * 1_000_000 + UInt64(ts.tv_nsec) / 1000
    }
}
