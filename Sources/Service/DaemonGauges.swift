import CoreMetrics
import Foundation
import Ingest
import Journal

/// The state half of the daemon's figures: values read just before the
/// metrics file is written, not counted as events happen (the pipeline's
/// counters and histograms are in ``PipelineMetrics``).
struct DaemonGauges: Sendable {
    /// Files admitted and not yet settled, plus files seen and waiting to
    /// be admitted.
    private let queueDepth: Meter
    private let inFlight: Meter
    private let paused: Meter
    private let journalBytes: Meter
    private let journalSeq: Meter
    private let storeLag: Meter
    private let storeUp: Meter
    private let storeSeq: Meter
    private let startTime: Meter
    private let modelLoaded: Meter
    private let modelReloads: Meter

    init(factory: any MetricsFactory, store: Bool, releasableModel: Bool) {
        queueDepth = Meter(label: "byline_queue_depth", factory: factory)
        inFlight = Meter(label: "byline_in_flight_files", factory: factory)
        paused = Meter(label: "byline_intake_paused", factory: factory)
        journalBytes = Meter(label: "byline_journal_bytes", factory: factory)
        journalSeq = Meter(label: "byline_journal_last_seq", factory: factory)
        // Only with a store: a lag of 0 from a daemon without one would
        // read as "caught up".
        let none = NOOPMetricsHandler.instance
        storeLag = Meter(label: "byline_store_lag_records", factory: store ? factory : none)
        storeUp = Meter(label: "byline_store_up", factory: store ? factory : none)
        storeSeq = Meter(label: "byline_store_cursor_seq", factory: store ? factory : none)
        startTime = Meter(label: "byline_start_time_seconds", factory: factory)
        // Only when the model is let go while idle: otherwise it is always in.
        modelLoaded = Meter(label: "byline_model_loaded", factory: releasableModel ? factory : none)
        modelReloads = Meter(label: "byline_model_reloads", factory: releasableModel ? factory : none)
        startTime.set(Date().timeIntervalSince1970.rounded())
    }

    func sample(pipeline: Pipeline, watcher: FolderWatcher, journal: JournalWriter, store: StoreFollower?,
                model: ReleasableExtractor?) {
        let stats = pipeline.stats
        if let model {
            modelLoaded.set(model.isLoaded ? 1 : 0)
            modelReloads.set(model.reloads)
        }
        queueDepth.set(stats.inFlight + watcher.waiting)
        inFlight.set(stats.inFlight)
        paused.set(stats.paused == nil ? 0 : 1)
        if let bytes = try? journal.bytesOnDisk() { journalBytes.set(bytes) }
        journalSeq.set(Int(journal.lastSeq))
        if let store {
            let status = store.status
            // Against the journal's end now, not as of the follower's last
            // run: records committed since are lag too.
            let last = journal.lastSeq
            storeLag.set(Int(last > status.cursor ? last - status.cursor : 0))
            storeSeq.set(Int(status.cursor))
            // Up: the last attempt reached the store (also after stop).
            storeUp.set(status.failures == 0 && status.phase != .starting ? 1 : 0)
        }
    }
}
