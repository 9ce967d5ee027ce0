import CoreMetrics

/// The pipeline's live figures, through swift-metrics. The daemon hands in
/// a factory that keeps them for its Prometheus textfile; tests and
/// `byline ingest` use the no-op default. Handles are made once, here, so
/// counting a file is an atomic add and no lookup by name.
///
/// Names follow Prometheus' conventions (base units, `_total` counters);
/// the README lists them with what each measures.
public struct PipelineMetrics: Sendable {
    /// Files with an outcome, by outcome: `article`, `duplicate`,
    /// `rejected`, or `resettled` (journaled before a crash, settled now).
    let files: [String: Counter]
    /// Journal records appended, by type (file outcomes and control records).
    private let records: [String: Counter]
    /// Bytes of the files read.
    let bytesRead: Counter
    let deferred: Counter
    let settleFailures: Counter
    let replaced: Counter
    /// One file's read, hash, decode and extraction.
    let processing: Timer
    /// One batch's journal append and `fdatasync`.
    let commit: Timer
    /// Files per committed batch: how much one `fdatasync` carries.
    let batchFiles: Recorder
    /// Admission by the watcher to a durable record (or rejection): what a
    /// newsroom waits.
    let latency: Timer

    static let recordTypes = ["article", "duplicate", "rejected", "start", "stop", "reload"]
    static let outcomes = ["article", "duplicate", "rejected", "resettled"]

    public init(factory: any MetricsFactory = MetricsSystem.factory) {
        files = Dictionary(uniqueKeysWithValues: Self.outcomes.map {
            ($0, Counter(label: "byline_files_total", dimensions: [("outcome", $0)], factory: factory))
        })
        records = Dictionary(uniqueKeysWithValues: Self.recordTypes.map {
            ($0, Counter(label: "byline_journal_records_total", dimensions: [("type", $0)], factory: factory))
        })
        bytesRead = Counter(label: "byline_read_bytes_total", factory: factory)
        deferred = Counter(label: "byline_deferred_reads_total", factory: factory)
        settleFailures = Counter(label: "byline_settle_failures_total", factory: factory)
        replaced = Counter(label: "byline_replaced_files_total", factory: factory)
        processing = Timer(label: "byline_processing_seconds", factory: factory)
        commit = Timer(label: "byline_commit_seconds", factory: factory)
        batchFiles = Recorder(label: "byline_commit_batch_files", factory: factory)
        latency = Timer(label: "byline_file_latency_seconds", factory: factory)
    }

    func countRecord(type: String) {
        records[type]?.increment()
    }
}
