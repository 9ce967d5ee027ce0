/// The daemon's life, as an explicit state machine. Signals arrive at any
/// moment; each transition says what a signal means in each state.
enum DaemonState: Equatable {
    case starting
    case running
    case reloading
    case stopping
    case stopped

    enum Input { case ready, hangup, reloaded, terminate, drained }

    /// The next state, or nil when the input is ignored in this state
    /// (SIGHUP while stopping, a second SIGTERM).
    func next(_ input: Input) -> DaemonState? {
        switch (self, input) {
        case (.starting, .ready): return .running
        case (.running, .hangup): return .reloading
        case (.reloading, .reloaded): return .running
        case (.starting, .terminate), (.running, .terminate), (.reloading, .terminate): return .stopping
        case (.stopping, .drained): return .stopped
        default: return nil
        }
    }
}
