import Foundation

/// Polls `condition` until it holds or `seconds` pass; waiting, not timing.
public func wait(seconds: Double, _ condition: () -> Bool) -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
        if condition() { return true }
        usleep(20_000)
    }
    return condition()
}
