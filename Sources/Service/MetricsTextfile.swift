import Dispatch
import Foundation
import Journal
import Posix
import Prometheus

/// The daemon's swift-metrics figures, kept by a Prometheus registry and
/// written in Prometheus' text format to a file for node_exporter's
/// textfile collector: the ingest unit has no network (`PrivateNetwork=yes`),
/// so nothing can scrape it.
///
/// The file follows the work, not a clock: it is rewritten after work
/// (at most four times a second, the last state always written) and at
/// stop, so an idle daemon has no timer for it. Each write replaces the
/// file by rename, so the collector never reads half of one. Gauges that
/// describe a state rather than count events (queue depth, journal size,
/// store lag) are sampled just before each write.
final class MetricsTextfile: Sendable {
    let path: String
    let registry: PrometheusCollectorRegistry
    private let queue = DispatchQueue(label: "byline.metrics")
    private let scheduled = Locked(false)
    /// Whether the last write failed: a failing disk is logged once, then
    /// again when it works.
    private let failing = Locked(false)
    private let sample: Locked<@Sendable () -> Void>
    private let log: @Sendable (String) -> Void
    private let started = Date()

    static let interval = DispatchTimeInterval.milliseconds(250)

    /// The swift-metrics factory whose metrics land in this file.
    let factory: PrometheusMetricsFactory

    init(path: String, registry: PrometheusCollectorRegistry, log: @escaping @Sendable (String) -> Void) {
        self.path = path
        self.registry = registry
        self.log = log
        sample = Locked({})
        factory = Self.factory(registry)
    }

    /// Durations get buckets from 100 µs (a file's extraction takes about a
    /// millisecond) to 10 s; values from 1 to 1,000 (files per commit).
    private static func factory(_ registry: PrometheusCollectorRegistry) -> PrometheusMetricsFactory {
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [
            .microseconds(100), .microseconds(250), .microseconds(500), .milliseconds(1), .microseconds(2500),
            .milliseconds(5), .milliseconds(10), .milliseconds(25), .milliseconds(50), .milliseconds(100),
            .milliseconds(250), .milliseconds(500), .seconds(1), .microseconds(2_500_000), .seconds(5), .seconds(10),
        ]
        factory.defaultValueHistogramBuckets = [1, 2, 5, 10, 25, 50, 100, 250, 500, 1000]
        return factory
    }

    /// Who sets the state gauges before a write (the daemon, once its
    /// pieces exist).
    func onSample(_ sample: @escaping @Sendable () -> Void) {
        self.sample.withLock { $0 = sample }
    }

    /// Something changed: write soon, coalescing a burst into one write.
    func request() {
        let schedule = scheduled.withLock { pending -> Bool in
            defer { pending = true }
            return !pending
        }
        guard schedule else { return }
        queue.asyncAfter(deadline: .now() + Self.interval) { [self] in
            scheduled.withLock { $0 = false }
            write()
        }
    }

    /// Writes now and returns when done (start and stop).
    func writeNow() {
        queue.sync { write() }
    }

    private func write() {
        sample.withLock { $0 }()
        var bytes = Array("# byline \(Daemon.version), pid \(getpid()), written \(Self.timestamp(Date())), up since \(Self.timestamp(started))\n".utf8)
        registry.emit(into: &bytes)
        do {
            try FileSystem.replaceContents(of: path, with: bytes, mode: 0o644, durable: false)
            if setFailing(false) { log("metrics are written to \(path) again") }
        } catch {
            if !setFailing(true) {
                log("cannot write the metrics to \(path): \(error); intake goes on without them")
            }
        }
    }

    /// Sets the failing flag, returning what it was.
    private func setFailing(_ now: Bool) -> Bool {
        failing.withLock { flag in
            defer { flag = now }
            return flag
        }
    }

    static func timestamp(_ date: Date) -> String {
        Timestamp.string(secondsSince1970: date.timeIntervalSince1970)
    }
}
