import Dispatch
import Journal
import Posix
#if canImport(Glibc)
import Glibc
#endif

/// The stages a file goes through after the watcher admits it:
///
///     read + hash + decode + extract   (BoundedExecutor, ~one per core)
///       -> commit                      (one serial stage: dedup verdict, journal append, group commit)
///       -> settle                      (move / delete / leave, then tell the watcher)
///
/// Back-pressure: the watcher admits a file only while fewer than
/// `maxInFlight` are anywhere in these stages, so memory stays bounded
/// however many files arrive. Exactly once: the commit stage alone decides
/// whether a file needs a record, against the ``SeenIndex`` rebuilt from
/// the journal at start, and a file is settled only after its record is
/// durable; a crash in between leaves the file in place, and on restart it
/// is found already journaled and only settled.
public final class Pipeline: Sendable {
    public struct Options: Sendable {
        public var concurrency: Int
        public var maxInFlight: Int
        public var settle: SettlePolicy
        /// The seen index is checkpointed beside the journal after this
        /// many records (and at a clean stop), so start-up reads only what
        /// came after.
        public var checkpointEvery: Int

        public init(concurrency: Int, maxInFlight: Int, settle: SettlePolicy, checkpointEvery: Int = 10_000) {
            self.concurrency = concurrency
            self.maxInFlight = maxInFlight
            self.settle = settle
            self.checkpointEvery = checkpointEvery
        }
    }

    public typealias Finished = @Sendable (_ name: String, _ done: ReadinessTracker.Done) -> Void

    public let root: String
    private let journal: JournalWriter
    private let executor: BoundedExecutor
    private let commitQueue = DispatchQueue(label: "byline.pipeline.commit")
    private let settleQueue = DispatchQueue(label: "byline.pipeline.settle")
    /// Checkpoints are written here, one at a time, off the commit stage.
    private let checkpointQueue = DispatchQueue(label: "byline.pipeline.checkpoint")
    private let onJournalFailure: @Sendable (JournalError) -> Void
    private let log: @Sendable (String) -> Void

    private struct Settings {
        var processor: ArticleProcessor
        var options: Options
        var sinks: [any RecordSink]
        var finished: Finished
        var progress: @Sendable () -> Void = {}
    }

    /// A file done with extraction, waiting for the commit stage.
    fileprivate struct Processed {
        var name: String
        var result: ArticleProcessor.Result
        /// When the watcher admitted it (uptime nanoseconds), for the latency figure.
        var admitted: UInt64
        /// Holds the large-file gate until settled.
        var large = false
    }

    private struct CommitState {
        var pending: [Processed] = []
        var draining = false
        var seen: SeenIndex
        var failed = false
        /// Seconds before the next attempt after the journal's disk filled:
        /// doubles while it stays full, back to the minimum once a batch
        /// commits.
        var retryDelay = Pipeline.minimumRetry
        /// File records since the last checkpoint of `seen`.
        var sinceCheckpoint = 0
    }

    static let minimumRetry = 1
    static let maximumRetry = 30

    /// Group commit: while every extraction worker is busy (a backlog, not
    /// a trickle), a batch waits up to this long, in steps of
    /// `gatherStep`, for more files to join it (`PipelineStats.extracting`
    /// counts those still on their way), so that one `fdatasync`
    /// serves them all. Without it a burst on two cores committed files one
    /// at a time as each came out of extraction: 5,128 `fdatasync`s and
    /// 116,000 context switches for 6,000 files, where `byline ingest` made
    /// 190 and 3,700. Files arriving a few at a time wait for nothing: the
    /// wait is for throughput, and a trickle has none to gain.
    static let gatherWindow = 10_000  // microseconds
    static let gatherStep = 2_000

    /// Files read too soon to tell (a passing `EMFILE`, `ENOMEM`, `EIO`):
    /// how many times each was tried. After `maxAttempts` the failure is
    /// taken as the file's own and it is rejected.
    private let attempts = Locked<[String: Int]>([:])
    static let maxAttempts = 5
    static let deferDelay = 2

    private let settings: Locked<Settings>
    private let commit: Locked<CommitState>
    private let counters = Locked(PipelineStats())
    private let metrics: PipelineMetrics
    /// Files of at least `largeFile` bytes go through one at a time, from
    /// their read until they are settled: a 15 MB article holds about
    /// 250 MB on its way (its text, ~400,000 mentions, a 60 MB record), and
    /// four side by side took 700 MB. News articles are far below it and
    /// never wait. The store's follower takes the same gate to project a
    /// large record.
    private let largeGate: LargeWorkGate
    static let largeFile = 1 << 20
    /// Large files past the gate now, and the most there ever were (tests).
    private let largeInFlight = Locked((now: 0, peak: 0))
    var largePeak: Int { largeInFlight.withLock { $0.peak } }

    public init(root: String, journal: JournalWriter, seen: SeenIndex, processor: ArticleProcessor, options: Options,
                sinks: [any RecordSink], metrics: PipelineMetrics = PipelineMetrics(), largeWork: LargeWorkGate = LargeWorkGate(),
                onJournalFailure: @escaping @Sendable (JournalError) -> Void,
                log: @escaping @Sendable (String) -> Void = { _ in }) {
        self.root = root
        largeGate = largeWork
        self.journal = journal
        self.metrics = metrics
        self.onJournalFailure = onJournalFailure
        self.log = log
        executor = BoundedExecutor(label: "byline.pipeline.extract", limit: options.concurrency)
        settings = Locked(Settings(processor: processor, options: options, sinks: sinks, finished: { _, _ in }))
        commit = Locked(CommitState(seen: seen))
    }

    /// Who hears that a file is done (the watcher, to admit more).
    public func onFinished(_ finished: @escaping Finished) {
        settings.withLock { $0.finished = finished }
    }

    /// Who hears that a batch of files was settled or paused (the status
    /// line), on the settle queue.
    public func onProgress(_ progress: @escaping @Sendable () -> Void) {
        settings.withLock { $0.progress = progress }
    }

    /// Reload: new extractor, limits and settle policy apply to files
    /// admitted from now on.
    public func update(processor: ArticleProcessor, options: Options) {
        settings.withLock {
            $0.processor = processor
            $0.options = options
        }
        executor.setLimit(options.concurrency)
    }

    public var stats: PipelineStats { counters.withLock { $0 } }

    /// How many more files the watcher may admit now.
    public var freeSlots: Int {
        let limit = settings.withLock { $0.options.maxInFlight }
        return counters.withLock { $0.admitting ? max(0, limit - $0.inFlight) : 0 }
    }

    /// Takes one file (a name relative to the watched folder) through the stages.
    public func submit(_ name: String) {
        counters.withLock {
            $0.inFlight += 1
            $0.extracting += 1
        }
        let processor = settings.withLock { $0.processor }
        let admitted = DispatchTime.now().uptimeNanoseconds
        executor.submit { [self] in
            let large = ((try? FileSystem.status(FileSystem.join(root, name)))?.size ?? 0) >= Self.largeFile
            if large {
                largeGate.enter()
                largeInFlight.withLock {
                    $0.now += 1
                    $0.peak = max($0.peak, $0.now)
                }
            }
            let begun = DispatchTime.now().uptimeNanoseconds
            var result = processor.process(directory: root, name: name)
            metrics.processing.recordNanoseconds(DispatchTime.now().uptimeNanoseconds - begun)
            if let bytes = result.doc.bytes { metrics.bytesRead.increment(by: bytes) }
            let tried = attempts.withLock { a -> Int in
                guard case .deferred = result else { a[name] = nil; return 0 }
                a[name, default: 0] += 1
                return a[name] ?? 0
            }
            if case .deferred(let why) = result {
                guard tried >= Self.maxAttempts else {
                    if large { releaseLarge(1) }
                    deferFile(name, why, attempt: tried)
                    return
                }
                attempts.withLock { $0[name] = nil }
                var rejected = why
                rejected.detail += " (still failing after \(tried) attempts)"
                result = .rejected(rejected)
            }
            counters.withLock { $0.extracting -= 1 }
            enqueueCommit(Processed(name: name, result: result, admitted: admitted, large: large))
        }
    }

    /// Hands a file that could not be read now back to the watcher after a
    /// pause, with no record: its outcome comes when it can be read.
    private func deferFile(_ name: String, _ why: RejectedRecord, attempt: Int) {
        log("\(why.doc.path) could not be read now (\(why.detail)); trying again in \(Self.deferDelay * attempt)s (attempt \(attempt) of \(Self.maxAttempts))")
        counters.withLock {
            $0.inFlight -= 1
            $0.extracting -= 1
            $0.deferred += 1
        }
        metrics.deferred.increment()
        let finished = settings.withLock { $0.finished }
        settleQueue.asyncAfter(deadline: .now() + .seconds(Self.deferDelay * attempt)) { [self] in
            finished(name, lookAgain(name))
        }
    }

    /// Appends a record that is not about a file (start, stop, reload),
    /// in order with the file records.
    public func appendControl(_ entry: JournalEntry) throws(JournalError) {
        let result = commitQueue.sync { Result { () throws(JournalError) in try journal.append([entry]) } }
        _ = try result.get()
        metrics.countRecord(type: entry.type)
    }

    /// Calls `done` once a no-op has passed through every stage: a place
    /// among the extraction workers, then the commit and settle queues. A
    /// wedged stage never calls it (the watchdog).
    public func probe(_ done: @escaping @Sendable () -> Void) {
        executor.probe { [commitQueue, settleQueue] in
            commitQueue.async { settleQueue.async { done() } }
        }
    }

    /// Blocks until every admitted file is settled.
    public func waitUntilIdle(tick: () -> Void = {}) {
        while counters.withLock({ $0.inFlight }) > 0 {
            tick()
            usleep(20_000)
        }
        commitQueue.sync {}
        settleQueue.sync {}
    }

    // MARK: commit stage

    private func enqueueCommit(_ item: Processed) {
        let schedule = commit.withLock { state -> Bool in
            state.pending.append(item)
            if state.draining { return false }
            state.draining = true
            return true
        }
        if schedule { commitQueue.async { self.drainCommits() } }
    }

    private func drainCommits() {
        while true {
            var waited = 0
            let busy = max(1, settings.withLock { $0.options.concurrency })
            while waited < Self.gatherWindow, counters.withLock({ $0.extracting }) >= busy {
                usleep(UInt32(Self.gatherStep))
                waited += Self.gatherStep
            }
            var batch = commit.withLock { state -> [Processed] in
                let taken = state.pending
                state.pending.removeAll(keepingCapacity: true)
                if taken.isEmpty { state.draining = false }
                return taken
            }
            if batch.isEmpty { return }
            commitBatch(&batch)
        }
    }

    /// Decides each file's record, appends them all in one flush, then
    /// hands the files to the settle stage.
    /// `batch` is emptied once its entries are built, so that what no one
    /// needs any more (a large article's mentions) goes before the write.
    private func commitBatch(_ batch: inout [Processed]) {
        var entries: [JournalEntry] = []
        var planned: [Planned] = []
        let failedAlready = commit.withLock { $0.failed }
        if failedAlready {
            // The journal is gone; the files stay where they are for the next start.
            counters.withLock { $0.inFlight -= batch.count }
            releaseLarge(batch.filter(\.large).count)
            return
        }
        var base: UInt64 = 0
        commit.withLock { state in
            base = journal.lastSeq
            for item in batch {
                let entry: JournalEntry?
                do {
                    entry = try OutcomeBuilder.entry(for: item.result, seen: state.seen)
                } catch {
                    entry = nil  // encoding our own Codable types does not fail
                }
                guard let entry else {
                    planned.append(Planned(item: item, entryIndex: nil, duplicateOf: nil))
                    continue
                }
                entries.append(entry)
                let seq = base + UInt64(entries.count)
                let duplicateOf: UInt64? = entry.type == RecordType.duplicate ? state.seen.verdict(item.result.doc).duplicateSeq : nil
                // Provisional: a second copy in this same batch is a duplicate of this one.
                state.seen.note(type: entry.type, seq: seq, doc: item.result.doc)
                planned.append(Planned(item: item, entryIndex: entries.count - 1, duplicateOf: duplicateOf))
            }
        }
        // Without a sink that reads them, an article's entities and claims
        // are not needed past its record.
        if settings.withLock({ !$0.sinks.contains { $0.needsArticleContent } }) {
            for k in planned.indices { planned[k].item.result = planned[k].item.result.slim }
        }
        batch.removeAll()
        var committed: [Committed] = []
        if !entries.isEmpty {
            let begun = DispatchTime.now().uptimeNanoseconds
            do {
                committed = try journal.append(entries)
            } catch {
                if case .noSpace = error {
                    pause(planned, entries: entries, base: base, why: error)
                    return
                }
                commit.withLock { $0.failed = true }
                counters.withLock { $0.inFlight -= planned.count }
                releaseLarge(planned.filter(\.item.large).count)
                onJournalFailure(error)
                return
            }
            metrics.commit.recordNanoseconds(DispatchTime.now().uptimeNanoseconds - begun)
            metrics.batchFiles.record(entries.count)
            resumeIfPaused()
            checkpointIfDue(records: entries.count, last: committed.last)
        }
        let (policy, sinks, finished, progress) = settings.withLock { ($0.options.settle, $0.sinks, $0.finished, $0.progress) }
        // The settle stage needs the records' types, not their bytes: a
        // 15 MB article's record is 60 MB, and it goes as soon as it is on disk.
        let types = entries.map(\.type)
        entries = []
        settleQueue.async { [self, planned, committed, types] in
            for p in planned {
                let item = p.item
                let failed: Bool
                if case .rejected = item.result { failed = true } else { failed = false }
                if let index = p.entryIndex {
                    let c = committed[index]
                    let record = CommittedRecord(seq: c.seq, type: types[index], time: c.time, result: item.result, duplicateOf: p.duplicateOf)
                    for sink in sinks { sink.accept(record) }
                }
                let done = settle(item.name, doc: item.result.doc, failed: failed, policy: policy)
                let type = p.entryIndex.map { types[$0] }
                counters.withLock { stats in
                    stats.inFlight -= 1
                    switch type {
                    case RecordType.article?: stats.articles += 1
                    case RecordType.duplicate?: stats.duplicates += 1
                    case RecordType.rejected?: stats.rejected += 1
                    default: stats.resettled += 1
                    }
                }
                if let type { metrics.countRecord(type: type) }
                metrics.files[type ?? "resettled"]?.increment()
                metrics.latency.recordNanoseconds(DispatchTime.now().uptimeNanoseconds - item.admitted)
                if item.large { releaseLarge(1) }
                finished(item.name, done)
            }
            progress()
        }
    }

    /// Every `checkpointEvery` file records, the seen index as of the last
    /// one is saved beside the journal, in the background: the snapshot is
    /// a copy-on-write value, consistent with the records committed so far.
    private func checkpointIfDue(records: Int, last: Committed?) {
        guard let last else { return }
        let every = settings.withLock { $0.options.checkpointEvery }
        let snapshot = commit.withLock { state -> SeenIndex? in
            state.sinceCheckpoint += records
            guard state.sinceCheckpoint >= every else { return nil }
            state.sinceCheckpoint = 0
            return state.seen
        }
        guard let snapshot else { return }
        let directory = journal.directory
        checkpointQueue.async { [log] in
            do {
                try SeenIndexCheckpoint.save(snapshot, seq: last.seq, hash: last.hash, journal: directory)
            } catch {
                log("could not checkpoint the seen index: \(error); the next start reads more of the journal")
            }
        }
    }

    /// Saves the seen index as of the journal's last record now (a clean
    /// stop), after any checkpoint still being written.
    public func checkpoint() throws(SystemError) {
        let (snapshot, last) = commitQueue.sync { (commit.withLock { $0.seen }, journal.last) }
        let result = checkpointQueue.sync {
            Result { () throws(SystemError) in try SeenIndexCheckpoint.save(snapshot, seq: last.seq, hash: last.hash, journal: journal.directory) }
        }
        try result.get()
    }

    /// The journal's disk is full and it refused this batch (leaving none
    /// of it on disk). Intake pauses; the batch's files stay where they
    /// are, unsettled, and go back to the watcher to be taken again once
    /// intake resumes. A retry after a growing delay finds out whether
    /// there is room again.
    private func pause(_ planned: [Planned],
                       entries: [JournalEntry], base: UInt64, why: JournalError) {
        let delay = commit.withLock { state -> Int in
            for p in planned.reversed() {
                guard let index = p.entryIndex else { continue }
                state.seen.unnote(type: entries[index].type, seq: base + UInt64(index) + 1, doc: p.item.result.doc)
            }
            let delay = state.retryDelay
            state.retryDelay = min(Self.maximumRetry, state.retryDelay * 2)
            return delay
        }
        counters.withLock { stats in
            stats.inFlight -= planned.count
            stats.paused = "\(why)"
            stats.admitting = false
        }
        releaseLarge(planned.filter(\.item.large).count)
        if delay == Self.minimumRetry { log("\(why); intake paused, nothing moved or half-written, retrying every \(Self.minimumRetry)-\(Self.maximumRetry)s") }
        let (finished, progress) = settings.withLock { ($0.finished, $0.progress) }
        settleQueue.async { [self] in
            for p in planned { finished(p.item.name, lookAgain(p.item.name)) }
            progress()
        }
        commitQueue.asyncAfter(deadline: .now() + .seconds(delay)) { [self] in
            // Let the watcher admit again: the next batch is the probe.
            counters.withLock { $0.admitting = true }
        }
    }

    private func releaseLarge(_ count: Int) {
        guard count > 0 else { return }
        Memory.trim()
        largeInFlight.withLock { $0.now -= count }
        for _ in 0..<count { largeGate.leave() }
    }

    private func resumeIfPaused() {
        let wasPaused = commit.withLock { state -> Bool in
            defer { state.retryDelay = Self.minimumRetry }
            return state.retryDelay > Self.minimumRetry
        }
        if wasPaused {
            counters.withLock { $0.paused = nil }
            log("the journal has room again; intake resumed")
        }
    }

    /// What the watcher should make of a file handed back with no outcome:
    /// a new arrival, as it now stands, or nothing if it is gone.
    private func lookAgain(_ name: String) -> ReadinessTracker.Done {
        (try? FileSystem.status(FileSystem.join(root, name))).map { .again($0) } ?? .gone
    }

    /// Settles one file whose outcome is durable, and says what the
    /// watcher should make of the name now. A failure is logged and the
    /// file left where it is, not read again until it changes: before, an
    /// `EXDEV` from a `processed/` on another file system was swallowed and
    /// the file extracted again at every rescan.
    private func settle(_ name: String, doc: DocumentInfo, failed: Bool, policy: SettlePolicy) -> ReadinessTracker.Done {
        do {
            switch try Settler.settle(root: root, name: name, identity: doc.fileID, failed: failed, policy: policy) {
            case .moved, .deleted, .gone:
                return .gone
            case .left(let status):
                return .left(status)
            case .replaced(let status):
                counters.withLock { $0.replaced += 1 }
                metrics.replaced.increment()
                log("\(doc.path) was replaced while being processed; its record is of the file that was read, and the new one is read afresh")
                return .again(status)
            }
        } catch {
            counters.withLock { $0.settleFailures += 1 }
            metrics.settleFailures.increment()
            let action = policy.action == .delete ? "deleted" : "moved"
            log("\(doc.path) is journaled but could not be \(action): \(error); it stays in place and is not read again until it changes")
            let status = try? FileSystem.status(FileSystem.join(root, name))
            return status.map { .left($0) } ?? .gone
        }
    }
}

/// A file's place in a batch: its record's index among the batch's
/// entries (nil when it needs none: already journaled) and, for a
/// duplicate, the seq of the article it repeats.
private struct Planned {
    var item: Pipeline.Processed
    var entryIndex: Int?
    var duplicateOf: UInt64?
}

extension SeenIndex.Verdict {
    var duplicateSeq: UInt64? {
        if case .duplicate(let seq) = self { return seq }
        return nil
    }
}
