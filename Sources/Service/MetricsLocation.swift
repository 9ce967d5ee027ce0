import Posix
import Settings

/// Where the daemon writes its metrics, and so where `byline stats` reads
/// them: one rule for both.
public enum MetricsLocation {
    /// `[metrics] textfile`; unset, `byline.prom` beside the journal folder
    /// (the state folder under systemd); nil when it is "" (off).
    public static func path(_ config: BylineConfig) -> String? {
        switch config.metricsTextfile {
        case ""?:
            return nil
        case let configured?:
            return configured
        case nil:
            return FileSystem.beside(config.journalDirectory, named: "byline.prom")
        }
    }
}
