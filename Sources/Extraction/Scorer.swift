/// The reference scoring of `eval/score.py`, in Swift, so the test suite
/// and `byline eval` compute the same figures without Python.
///
/// Entities: exact span and label, micro-averaged, a leading "the" stripped
/// from both sides. Claims: greedy one-to-one matching on content overlap of
/// at least half the shorter span; source right when spans overlap.
public struct Scorer {
    public struct Figures: Sendable, CustomStringConvertible {
        public var entityTP = 0, entityFP = 0, entityFN = 0
        public var claimTP = 0, claimFP = 0, claimFN = 0
        public var sourceRight = 0, kindRight = 0, stanceRight = 0

        public var entityF1: Double { f1(entityTP, entityFP, entityFN) }
        public var claimF1: Double { f1(claimTP, claimFP, claimFN) }
        public var sourceAccuracy: Double { claimTP == 0 ? 0 : Double(sourceRight) / Double(claimTP) }
        public var kindAccuracy: Double { claimTP == 0 ? 0 : Double(kindRight) / Double(claimTP) }
        public var stanceAccuracy: Double { claimTP == 0 ? 0 : Double(stanceRight) / Double(claimTP) }

        public var description: String {
            func r(_ x: Double) -> String { String(Double(Int(x * 1000 + 0.5)) / 1000) }
            return "entities F1 \(r(entityF1)) (tp \(entityTP) fp \(entityFP) fn \(entityFN)); "
                + "claims F1 \(r(claimF1)) source \(r(sourceAccuracy)) kind \(r(kindAccuracy)) stance \(r(stanceAccuracy))"
        }

        private func f1(_ tp: Int, _ fp: Int, _ fn: Int) -> Double {
            let p = tp + fp == 0 ? 0 : Double(tp) / Double(tp + fp)
            let r = tp + fn == 0 ? 0 : Double(tp) / Double(tp + fn)
            return p + r == 0 ? 0 : 2 * p * r / (p + r)
        }
    }

    public static let conll: [EntityLabel: String] = [
        .person: "PER", .org: "ORG", .gpe: "LOC", .loc: "LOC", .fac: "LOC", .norp: "MISC", .product: "MISC",
        .event: "MISC", .workOfArt: "MISC", .law: "MISC", .language: "MISC",
    ]

    public private(set) var figures = Figures()
    /// Map labels (e.g. ``conll``) before comparing; unmapped labels are dropped.
    public var mapping: [EntityLabel: String]?

    public init(mapping: [EntityLabel: String]? = nil) {
        self.mapping = mapping
    }

    public mutating func add(gold: ExtractionResult, predicted: ExtractionResult) {
        var goldCounts: [Key: Int] = [:], predCounts: [Key: Int] = [:]
        for e in gold.entities { if let k = key(e) { goldCounts[k, default: 0] += 1 } }
        for e in predicted.entities { if let k = key(e) { predCounts[k, default: 0] += 1 } }
        for (k, n) in predCounts {
            let hit = min(n, goldCounts[k] ?? 0)
            figures.entityTP += hit
            figures.entityFP += n - hit
        }
        for (k, n) in goldCounts { figures.entityFN += n - min(n, predCounts[k] ?? 0) }
        scoreClaims(gold.claims, predicted.claims)
    }

    private struct Key: Hashable { let start: Int, end: Int, label: String }

    private func key(_ e: Entity) -> Key? {
        let label: String
        if let mapping {
            guard let mapped = mapping[e.label] else { return nil }
            label = mapped
        } else {
            label = e.label.rawValue
        }
        var start = e.start
        for article in ["the ", "The ", "THE "] where e.text.hasPrefix(article) && e.end - e.start > 4 {
            start += 4
            break
        }
        return Key(start: start, end: e.end, label: label)
    }

    private mutating func scoreClaims(_ gold: [Claim], _ pred: [Claim]) {
        var used = Set<Int>()
        for g in gold {
            var best: Int?
            var bestOverlap = 0
            for (i, p) in pred.enumerated() where !used.contains(i) {
                let ov = overlap(g.start, g.end, p.start, p.end)
                if ov > 0, Double(ov) >= 0.5 * Double(min(g.end - g.start, p.end - p.start)), ov > bestOverlap {
                    best = i
                    bestOverlap = ov
                }
            }
            guard let best else { continue }
            used.insert(best)
            figures.claimTP += 1
            let p = pred[best]
            if let gs = g.source, let ps = p.source, overlap(gs.start, gs.end, ps.start, ps.end) > 0 { figures.sourceRight += 1 }
            if g.kind == p.kind { figures.kindRight += 1 }
            if g.stance == p.stance { figures.stanceRight += 1 }
        }
        figures.claimFP += pred.count - used.count
        figures.claimFN += gold.count - used.count
    }

    private func overlap(_ a0: Int, _ a1: Int, _ b0: Int, _ b1: Int) -> Int { max(0, min(a1, b1) - max(a0, b0)) }
}
