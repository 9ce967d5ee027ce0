import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// Delivers SIGTERM, SIGINT and SIGHUP to handlers on a queue instead of
/// letting them kill the process.
///
/// `start()` returns only once every source's registration handler has
/// run: a signal sent right after a source is activated but before the
/// kernel-side registration completes would otherwise take its default
/// action (terminate). Readiness is announced after this.
final class SignalWatcher {
    private let sources: [any DispatchSourceSignal]

    init(queue: DispatchQueue, handlers: [CInt: @Sendable () -> Void]) {
        var made: [any DispatchSourceSignal] = []
        for (signo, handler) in handlers.sorted(by: { $0.key < $1.key }) {
            let source = DispatchSource.makeSignalSource(signal: signo, queue: queue)
            source.setEventHandler { @Sendable in handler() }
            made.append(source)
        }
        sources = made
    }

    func start() {
        let registered = DispatchGroup()
        for source in sources {
            signal(Int32(source.handle), SIG_IGN)
            registered.enter()
            source.setRegistrationHandler { @Sendable in registered.leave() }
            source.activate()
        }
        registered.wait()
    }
}
