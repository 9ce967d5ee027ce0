#if canImport(Glibc)
import Glibc
#endif

/// A value guarded by a pthread mutex.
///
/// Byline's shared state goes through this rather than the standard
/// library's `Mutex`: that one's futex-based lock is invisible to
/// ThreadSanitizer, which then reports every access made under it as a race
/// (`scripts/hunt/sanitize thread`), drowning real ones. pthread mutexes
/// are intercepted by the sanitizer, so what it reports is real.
///
/// `@unchecked Sendable`: every access to `value` happens inside
/// `withLock`, under `lock`; that discipline, not the type system, is what
/// makes sharing it across threads safe.
public final class Locked<Value>: @unchecked Sendable {
    private let lock: UnsafeMutablePointer<pthread_mutex_t>
    private var value: Value

    public init(_ value: Value) {
        self.value = value
        lock = .allocate(capacity: 1)
        lock.initialize(to: pthread_mutex_t())
        pthread_mutex_init(lock, nil)
    }

    deinit {
        pthread_mutex_destroy(lock)
        lock.deallocate()
    }

    /// Runs `body` with the value, holding the lock.
    @inline(__always)
    public func withLock<T, E: Error>(_ body: (inout Value) throws(E) -> T) throws(E) -> T {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return try body(&value)
    }
}
