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
        public var entities: [Entity]
        public var claims: [Claim]
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

    private struct Doc: Decodable {
        var path: String
        var name: String
        var sha256: String?
        var bytes: Int?
        var encoding: String?
        var title: String?
        var fileID: String?
        enum CodingKeys: String, CodingKey {
            case path, name, sha256, bytes, encoding, title
            case fileID = "file_id"
        }
    }

    private struct Body: Decodable {
        var doc: Doc?
        var entities: [Entity]?
        var claims: [Claim]?
        var extractor: String?
        var reason: String?
        var detail: String?
    }

    /// Decodes a batch on `threads` threads (every core by default):
    /// decoding the records' JSON is most of a catch-up's work
    /// (Foundation's JSONDecoder), and each record is independent of the
    /// others.
    public static func decode(_ records: [JournalRecord], threads: Int = ProcessInfo.processInfo.activeProcessorCount) throws(Malformed) -> [ProjectedRecord] {
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
                    decoded.append(try ProjectedRecord(record))
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

    public init(_ record: JournalRecord) throws(Malformed) {
        guard ["article", "duplicate", "rejected"].contains(record.type) else {
            self = .other
            return
        }
        let body: Body
        do {
            // The line's own bytes, not a copy (60 MB for a 15 MB article):
            // the Data lives only for this synchronous decode.
            body = try record.line.withUnsafeBytes { raw in
                guard let base = raw.baseAddress else { throw Malformed(seq: record.seq, reason: "empty record") }
                let data = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: raw.count, deallocator: .none)
                return try JSONDecoder().decode(Body.self, from: data)
            }
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
                                    extractor: body.extractor, entities: body.entities ?? [], claims: body.claims ?? []))
        case "duplicate":
            self = .duplicate(try arrival())
        default:
            self = .rejected(Rejection(seq: record.seq, time: record.time, path: doc.path, name: doc.name,
                                       reason: body.reason ?? "unknown", detail: body.detail, sha256: doc.sha256, bytes: doc.bytes))
        }
    }
}
