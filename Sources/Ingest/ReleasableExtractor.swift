import Extraction
import Posix

/// An extractor whose model is let go after a spell with no article, and
/// built again by the next one.
///
/// The learned recogniser's weight table is 9 MB, most of an idle
/// daemon's own memory, and a newsroom's inbox is idle for most of the
/// day. Built again, it costs 22 to 64 ms (median about 32, with the word
/// tables that were parsed then too) on the 2-core machine of the README's
/// figures, once per quiet spell; kept, 19.5 MB for as long as nothing
/// arrives. The daemon asks
/// `releaseIfIdle` when the pipeline has settled files, and again when
/// that answer says to: no timer runs while the model is unloaded.
public final class ReleasableExtractor: Extractor {
    /// What the model is doing: the only transitions are load (first
    /// article after a release), use and end of use, and release (idle
    /// long enough, nothing in flight).
    enum State {
        case unloaded
        case loaded(any Extractor, inUse: Int, lastUse: UInt64)
    }

    public let identifier: String
    private let build: @Sendable () -> any Extractor
    private let onReload: @Sendable (_ nanoseconds: UInt64) -> Void
    private let onRelease: @Sendable () -> Void
    /// The state, and how many times the model was built again after a
    /// release, under one lock.
    private let state: Locked<(model: State, reloads: Int)>

    /// Builds the extractor once now, so that a model that cannot be
    /// built fails the start, not the first article. `onReload` hears how
    /// long each later build took; `onRelease` runs after each release,
    /// once the model is freed (what else an idle process may let go).
    public init(build: @escaping @Sendable () -> any Extractor,
                onReload: @escaping @Sendable (_ nanoseconds: UInt64) -> Void = { _ in },
                onRelease: @escaping @Sendable () -> Void = {}) {
        let first = build()
        self.build = build
        self.onReload = onReload
        self.onRelease = onRelease
        identifier = first.identifier
        state = Locked((.loaded(first, inUse: 0, lastUse: monotonicNow()), 0))
    }

    public func extract(_ text: String) -> ExtractionResult {
        let extractor = begin()
        defer { end() }
        return extractor.extract(text)
    }

    /// Whether the model is in memory now.
    public var isLoaded: Bool {
        state.withLock { if case .loaded = $0.model { true } else { false } }
    }

    /// How many times the model was built again after a release.
    public var reloads: Int { state.withLock { $0.reloads } }

    /// What `releaseIfIdle` did.
    public enum IdleCheck: Equatable, Sendable {
        /// Let the model go now.
        case released
        /// Nothing to let go: released before, not used since.
        case unloaded
        /// In use, or used lately: ask again in this many nanoseconds.
        case checkAgain(in: UInt64)
    }

    /// Lets the model go if no article has used it for `idle` nanoseconds
    /// and none is using it now.
    public func releaseIfIdle(for idle: UInt64) -> IdleCheck {
        releaseIfIdle(for: idle, now: monotonicNow())
    }

    func releaseIfIdle(for idle: UInt64, now: UInt64) -> IdleCheck {
        // The released extractor comes out of the lock and is freed after
        // it: unmapping the table need not hold up a worker that wants the
        // model.
        let (check, _) = state.withLock { s -> (IdleCheck, (any Extractor)?) in
            switch s.model {
            case .unloaded:
                return (.unloaded, nil)
            case .loaded(let extractor, let inUse, let lastUse):
                if inUse > 0 { return (.checkAgain(in: idle), nil) }
                let quiet = now > lastUse ? now - lastUse : 0
                if quiet < idle { return (.checkAgain(in: idle - quiet), nil) }
                s.model = .unloaded
                return (.released, extractor)
            }
        }
        // The extractor went with `_` above.
        if check == .released { onRelease() }
        return check
    }

    func begin() -> any Extractor {
        let (extractor, took) = state.withLock { s -> (any Extractor, UInt64?) in
            switch s.model {
            case .unloaded:
                // Built under the lock: a second worker waits for this
                // build rather than making its own 9 MB copy.
                let started = monotonicNow()
                let extractor = build()
                let now = monotonicNow()
                s.reloads += 1
                s.model = .loaded(extractor, inUse: 1, lastUse: now)
                return (extractor, now - started)
            case .loaded(let extractor, let inUse, _):
                s.model = .loaded(extractor, inUse: inUse + 1, lastUse: monotonicNow())
                return (extractor, nil)
            }
        }
        if let took { onReload(took) }
        return extractor
    }

    func end() {
        state.withLock { s in
            // An article only ends after it began, on a loaded model.
            guard case .loaded(let extractor, let inUse, _) = s.model else { return }
            s.model = .loaded(extractor, inUse: inUse - 1, lastUse: monotonicNow())
        }
    }
}
