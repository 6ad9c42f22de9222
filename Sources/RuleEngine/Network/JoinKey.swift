/// An interned value: equal values have equal atoms, so equality tests and join keys
/// compare integers. 0 is `.absent`.
typealias Atom = Int32

/// The values a join compares for equality, hashed on both sides of the join. Up to
/// four; a condition comparing more slots keeps the rest as ordinary tests.
struct JoinKey: Hashable {
    var a: Atom = 0
    var b: Atom = 0
    var c: Atom = 0
    var d: Atom = 0

    static let maximumCount = 4
    static let empty = JoinKey()

    @inline(__always)
    init() {}

    @inline(__always)
    init(count: Int, _ atom: (Int) -> Atom) {
        if count > 0 { a = atom(0) }
        if count > 1 { b = atom(1) }
        if count > 2 { c = atom(2) }
        if count > 3 { d = atom(3) }
    }

    /// A well-mixed hash that does not depend on a per-process seed.
    @inline(__always)
    var mixed: UInt64 {
        var h = UInt64(UInt32(bitPattern: a)) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ UInt64(UInt32(bitPattern: b))) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ UInt64(UInt32(bitPattern: c))) &* 0x94D0_49BB_1331_11EB
        h = (h ^ UInt64(UInt32(bitPattern: d))) &* 0x9E37_79B9_7F4A_7C15
        return h ^ (h >> 31)
    }
}
