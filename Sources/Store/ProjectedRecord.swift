import Dispatch
import Foundation
import Journal
import Posix

/// What one journal record becomes in the store. Decoded here from the
/// record's JSON with the store's own types: the store reads the journal's
/// format, not the extractor's Swift types.
public enum ProjectedRecord: Sendable {
    case article(Article)
    case duplicate(Arrival)
    case rejected(Rejection)
    /// Records about the daemon itself (start, stop, reload): nothing to
    /// project, but the cursor moves past them.
    case other

    public struct Arrival: Sendable, Equatable {
        public var seq: UInt64
        public var time: String
        public var path: String
        public var name: String
        public var fileID: String?
        public var sha256: String
    }

    public struct Article: Sendable {
        public var arrival: Arrival
        public var title: String?
        public var bytes: Int?
        public var encoding: String?
        public var extractor: String?
        /// Decoded, unless they are left in the line (`deferred`).
        public var entities: [Entity]
        public var claims: [Claim]
        /// A large record's entities and claims, to be read from its line
        /// after `entities` and `claims` (which are then empty); only when
        /// the decoder was asked to (`deferringMentionsAbove`).
        public var deferred: MentionStream?
    }

    public struct Entity: Codable, Sendable, Equatable {
        public var label: String
        public var text: String
        public var canonical: String
        public var start: Int
        public var end: Int
    }

    public struct Span: Codable, Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
    }

    public struct Claim: Codable, Sendable, Equatable {
        public var text: String
        public var start: Int
        public var end: Int
        public var kind: String
        public var stance: String
        public var cue: Span?
        public var source: Span?
        public var sourceCanonical: String?

        enum CodingKeys: String, CodingKey {
            case text, start, end, kind, stance, cue, source
            case sourceCanonical = "source_canonical"
        }
    }

    public struct Rejection: Sendable, Equatable {
        public var seq: UInt64
        public var time: String
        public var path: String
        public var name: String
        public var reason: String
        public var detail: String?
        public var sha256: String?
        public var bytes: Int?
    }

    /// A record whose body does not decode as its type says.
    public struct Malformed: Error, CustomStringConvertible {
        public let seq: UInt64
        public let reason: String
        public var description: String { "record \(seq) cannot be projected: \(reason)" }
    }

    private struct Doc {
        var path: String
        var name: String
        var sha256: String?
        var bytes: Int?
        var encoding: String?
        var title: String?
        var fileID: String?
    }

    private struct Body {
        var doc: Doc?
        var entities: [Entity]?
        var claims: [Claim]?
        /// Where the arrays are, when they were skipped and not decoded.
        var entitiesAt: Int?
        var claimsAt: Int?
        var extractor: String?
        var reason: String?
        var detail: String?
    }

    /// The fields of a record the store keeps, read from its line
    /// (``RecordJSON``); unknown keys are skipped.
    private static func body(_ line: UnsafeRawBufferPointer, deferMentions: Bool) throws(RecordJSON.Failure) -> Body {
        var r = RecordJSON(line)
        var body = Body()
        try r.object { r, key throws(RecordJSON.Failure) in
            switch key {
            case "doc": body.doc = r.null() ? nil : try doc(&r)
            case "entities" where deferMentions, "claims" where deferMentions:
                if key == "entities" { body.entitiesAt = r.offset } else { body.claimsAt = r.offset }
                try r.skip()
            case "entities":
                guard !r.null() else { return }
                var entities: [Entity] = []
                try r.array { r throws(RecordJSON.Failure) in entities.append(try entity(&r)) }
                body.entities = entities
            case "claims":
                guard !r.null() else { return }
                var claims: [Claim] = []
                try r.array { r throws(RecordJSON.Failure) in claims.append(try claim(&r)) }
                body.claims = claims
            case "extractor": body.extractor = try r.optionalString()
            case "reason": body.reason = try r.optionalString()
            case "detail": body.detail = try r.optionalString()
            default: try r.skip()
            }
        }
        return body
    }

    private static func missing(_ what: String) -> RecordJSON.Failure {
        RecordJSON.Failure(offset: 0, reason: "no \(what)")
    }

    private static func doc(_ r: inout RecordJSON) throws(RecordJSON.Failure) -> Doc {
        var path: String?, name: String?
        var d = Doc(path: "", name: "")
        try r.object { r, key throws(RecordJSON.Failure) in
            switch key {
            case "path": path = try r.string()
            case "name": name = try r.string()
            case "sha256": d.sha256 = try r.optionalString()
            case "bytes": d.bytes = try r.optionalInt()
            case "encoding": d.encoding = try r.optionalString()
            case "title": d.title = try r.optionalString()
            case "file_id": d.fileID = try r.optionalString()
            default: try r.skip()
            }
        }
        guard let path, let name else { throw missing("doc.path or doc.name") }
        d.path = path
        d.name = name
        return d
    }

    static func entity(_ r: inout RecordJSON) throws(RecordJSON.Failure) -> Entity {
        var label: String?, text: String?, canonical: String?, start: Int?, end: Int?
        try r.object { r, key throws(RecordJSON.Failure) in
            switch key {
            case "label": label = try r.string()
            case "text": text = try r.string()
            case "canonical": canonical = try r.string()
            case "start": start = try r.int()
            case "end": end = try r.int()
            default: try r.skip()
            }
        }
        guard let label, let text, let canonical, let start, let end else { throw missing("entity field") }
        return Entity(label: label, text: text, canonical: canonical, start: start, end: end)
    }

    private static func span(_ r: inout RecordJSON) throws(RecordJSON.Failure) -> Span? {
        if r.null() { return nil }
        var text: String?, start: Int?, end: Int?
        try r.object { r, key throws(RecordJSON.Failure) in
            switch key {
            case "text": text = try r.string()
            case "start": start = try r.int()
            case "end": end = try r.int()
            default: try r.skip()
            }
        }
        guard let text, let start, let end else { throw missing("span field") }
        return Span(text: text, start: start, end: end)
    }

    static func claim(_ r: inout RecordJSON) throws(RecordJSON.Failure) -> Claim {
        var text: String?, start: Int?, end: Int?, kind: String?, stance: String?
        var cue: Span?, source: Span?, canonical: String?
        try r.object { r, key throws(RecordJSON.Failure) in
            switch key {
            case "text": text = try r.string()
            case "start": start = try r.int()
            case "end": end = try r.int()
            case "kind": kind = try r.string()
            case "stance": stance = try r.string()
            case "cue": cue = try span(&r)
            case "source": source = try span(&r)
            case "source_canonical": canonical = try r.optionalString()
            default: try r.skip()
            }
        }
        guard let text, let start, let end, let kind, let stance else { throw missing("claim field") }
        return Claim(text: text, start: start, end: end, kind: kind, stance: stance, cue: cue, source: source, sourceCanonical: canonical)
    }

    /// Decodes a batch on `threads` threads (every core by default):
    /// reading the records' JSON is much of a catch-up's work, and each
    /// record is independent of the others. An article whose line is
    /// longer than `deferringMentionsAbove` bytes keeps its mentions in
    /// the line (`Article.deferred`).
    public static func decode(_ records: [JournalRecord], threads: Int = ProcessInfo.processInfo.activeProcessorCount,
                              deferringMentionsAbove: Int = .max) throws(Malformed) -> [ProjectedRecord] {
        let chunks = min(records.count, max(1, threads))
        let size = (records.count + chunks - 1) / max(chunks, 1)
        let results = Locked([Int: Result<[ProjectedRecord], Malformed>]())
        DispatchQueue.concurrentPerform(iterations: chunks) { chunk in
            let part = records[(chunk * size)..<min(records.count, (chunk + 1) * size)]
            var result = Result<[ProjectedRecord], Malformed>.success([])
            var decoded: [ProjectedRecord] = []
            decoded.reserveCapacity(part.count)
            for record in part {
                do throws(Malformed) {
                    decoded.append(try ProjectedRecord(record, deferringMentionsAbove: deferringMentionsAbove))
                } catch {
                    result = .failure(error)
                    break
                }
            }
            if case .success = result { result = .success(decoded) }
            results.withLock { $0[chunk] = result }
        }
        var all: [ProjectedRecord] = []
        all.reserveCapacity(records.count)
        let done = results.withLock { $0 }
        for chunk in 0..<chunks {
            switch done[chunk] {
            case .success(let part)?: all += part
            case .failure(let error)?: throw error
            case nil: break
            }
        }
        return all
    }

    public init(_ record: JournalRecord, deferringMentionsAbove: Int = .max) throws(Malformed) {
        guard ["article", "duplicate", "rejected"].contains(record.type) else {
            self = .other
            return
        }
        let body: Body
        let deferMentions = record.type == "article" && record.line.count > deferringMentionsAbove
        do {
            body = try record.line.withUnsafeBytes { raw throws(RecordJSON.Failure) in try Self.body(raw, deferMentions: deferMentions) }
        } catch {
            throw Malformed(seq: record.seq, reason: "\(error)")
        }
        guard let doc = body.doc else { throw Malformed(seq: record.seq, reason: "no doc") }
        func arrival() throws(Malformed) -> Arrival {
            guard let sha = doc.sha256 else { throw Malformed(seq: record.seq, reason: "no doc.sha256") }
            return Arrival(seq: record.seq, time: record.time, path: doc.path, name: doc.name, fileID: doc.fileID, sha256: sha)
        }
        switch record.type {
        case "article":
            self = .article(Article(arrival: try arrival(), title: doc.title, bytes: doc.bytes, encoding: doc.encoding,
                                    extractor: body.extractor, entities: body.entities ?? [], claims: body.claims ?? [],
                                    deferred: deferMentions ? MentionStream(seq: record.seq, line: record.line,
                                                                            entitiesAt: body.entitiesAt, claimsAt: body.claimsAt) : nil))
        case "duplicate":
            self = .duplicate(try arrival())
        default:
            self = .rejected(Rejection(seq: record.seq, time: record.time, path: doc.path, name: doc.name,
                                       reason: body.reason ?? "unknown", detail: body.detail, sha256: doc.sha256, bytes: doc.bytes))
        }
    }
}
