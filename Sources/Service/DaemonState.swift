/// The daemon's life, as an explicit state machine. Signals arrive at any
/// moment; each transition says what a signal means in each state.
enum DaemonState: Equatable {
    case starting
    /// SIGHUP came during start-up: the configuration may have changed
    /// since it was read, so it is read again once ready.
    case startingReloadPending
    case running
    case reloading
    case stopping
    case stopped

    enum Input { case ready, hangup, reloaded, terminate, drained }

    /// The next state, or nil when the input is ignored in this state
    /// (SIGHUP while stopping, a second SIGTERM).
    var isStarting: Bool { self == .starting || self == .startingReloadPending }

    func next(_ input: Input) -> DaemonState? {
        switch (self, input) {
        case (.starting, .ready), (.startingReloadPending, .ready): return .running
        case (.starting, .hangup), (.startingReloadPending, .hangup): return .startingReloadPending
        case (.running, .hangup): return .reloading
        case (.reloading, .reloaded): return .running
        case (.starting, .terminate), (.startingReloadPending, .terminate), (.running, .terminate), (.reloading, .terminate):
            return .stopping
        case (.stopping, .drained): return .stopped
        default: return nil
        }
    }
}
