/// How far a journal has been projected: the seq and hash of the last
/// record whose rows are in the store (seq 0 and the genesis hash before
/// the first).
public struct StoreCursor: Sendable, Equatable {
    public var seq: UInt64
    public var hash: String
}
