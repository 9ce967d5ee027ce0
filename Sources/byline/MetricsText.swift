import Foundation

/// The daemon's metrics file (Prometheus' text format, as the daemon
/// writes it) read back for `byline stats`: families in file order, each
/// with its samples, and histograms summed up as count, mean and
/// quantiles read off their buckets.
struct MetricsText {
    struct Sample {
        var name: String
        /// `k="v"` pairs as written, without the braces ("" for none).
        var labels: String
        var value: Double
    }

    struct Family {
        var name: String
        var type: String
        var samples: [Sample] = []
    }

    /// The `# byline ...` line the daemon writes first.
    var header: String?
    var families: [Family] = []

    init(_ text: String) {
        for line in text.split(separator: "\n") {
            if line.hasPrefix("# byline ") {
                header = String(line.dropFirst(2))
            } else if line.hasPrefix("# TYPE ") {
                let parts = line.split(separator: " ")
                if parts.count >= 4 { families.append(Family(name: String(parts[2]), type: String(parts[3]))) }
            } else if !line.hasPrefix("#"), let sample = Self.sample(line), !families.isEmpty {
                families[families.count - 1].samples.append(sample)
            }
        }
    }

    static func sample(_ line: Substring) -> Sample? {
        guard let space = line.lastIndex(of: " "), let value = Double(line[line.index(after: space)...]) else { return nil }
        let key = line[..<space]
        guard let brace = key.firstIndex(of: "{") else { return Sample(name: String(key), labels: "", value: value) }
        let labels = key[key.index(after: brace)...].dropLast()
        return Sample(name: String(key[..<brace]), labels: String(labels), value: value)
    }

    /// One line per metric (or per label set of a histogram), aligned.
    func report() -> [String] {
        var rows: [(String, String)] = []
        for family in families.sorted(by: { $0.name < $1.name }) {
            if family.type == "histogram" {
                rows += histogramRows(family)
            } else {
                let labelled = family.samples.filter { !$0.labels.isEmpty }
                if labelled.isEmpty {
                    for s in family.samples { rows.append((family.name, Self.number(s.value))) }
                } else {
                    rows.append((family.name, labelled.map { "\(Self.plain($0.labels)) \(Self.number($0.value))" }.joined(separator: ", ")))
                }
            }
        }
        let width = rows.map(\.0.count).max() ?? 0
        return rows.map { $0.0.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.1 }
    }

    private func histogramRows(_ family: Family) -> [(String, String)] {
        let seconds = family.name.hasSuffix("_seconds")
        func show(_ v: Double) -> String { seconds ? Self.duration(v) : Self.number(v) }
        // Group by the labels other than `le`.
        var order: [String] = []
        var groups: [String: (buckets: [(Double, Double)], sum: Double, count: Double)] = [:]
        for s in family.samples {
            var labels = s.labels.split(separator: ",").map(String.init)
            let le = labels.firstIndex { $0.hasPrefix("le=") }.map { labels.remove(at: $0) }
            let key = labels.joined(separator: ",")
            if groups[key] == nil { order.append(key); groups[key] = ([], 0, 0) }
            if s.name.hasSuffix("_bucket"), let le {
                let bound = le.dropFirst(3).trimmingCharacters(in: ["\""])
                groups[key]?.buckets.append((Double(bound) ?? .infinity, s.value))
            } else if s.name.hasSuffix("_sum") {
                groups[key]?.sum = s.value
            } else if s.name.hasSuffix("_count") {
                groups[key]?.count = s.value
            }
        }
        return order.compactMap { key in
            guard let g = groups[key] else { return nil }
            let name = key.isEmpty ? family.name : "\(family.name) \(Self.plain(key))"
            guard g.count > 0 else { return (name, "none yet") }
            let buckets = g.buckets.sorted { $0.0 < $1.0 }
            func quantile(_ q: Double) -> String {
                guard let b = buckets.first(where: { $0.1 >= q * g.count }) else { return "?" }
                if b.0.isInfinite { return "> \(show(buckets.dropLast().last?.0 ?? 0))" }
                return "<= \(show(b.0))"
            }
            return (name, "\(Self.number(g.count)), mean \(show(g.sum / g.count)), p50 \(quantile(0.5)), p99 \(quantile(0.99))")
        }
    }

    /// `outcome="article"` -> `outcome=article`.
    static func plain(_ labels: String) -> String {
        labels.replacingOccurrences(of: "\"", with: "")
    }

    static func number(_ v: Double) -> String {
        v == v.rounded() && abs(v) < 1e15 ? String(Int64(v)) : String(format: "%.3f", v)
    }

    static func duration(_ seconds: Double) -> String {
        if seconds < 0.001 { return String(format: "%.0f µs", seconds * 1e6) }
        if seconds < 1 { return String(format: "%.1f ms", seconds * 1e3) }
        return String(format: "%.2f s", seconds)
    }
}
