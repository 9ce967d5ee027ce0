#if canImport(Glibc)
import Glibc
#endif

/// A one-line progress bar on stderr, drawn only when stderr is a terminal
/// (pipes and logs get the summary line alone).
struct ProgressBar {
    let enabled = isatty(STDERR_FILENO) == 1

    func update(_ done: Int, _ total: Int) {
        guard enabled, total > 0 else { return }
        let width = 30
        let filled = done * width / total
        let bar = String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled)
        Output.errorRaw("\r[\(bar)] \(done)/\(total)")
    }

    func finish() {
        if enabled { Output.errorRaw("\n") }
    }
}
