/// An open-addressing hash map from join keys to non-zero `Int32` handles (linear
/// probing, backward-shift deletion). Faster than `Dictionary` for this one job and
/// free of reference counting. Storage is allocated on first insert, so an empty
/// map is a plain value. A map lives in a `RecordStore` record, and that store is its
/// one owner: it calls `release()` when the record is freed or the store goes.
struct KeyMap {
    private var keys: UnsafeMutablePointer<JoinKey>?
    private var values: UnsafeMutablePointer<Int32>?  // 0 = empty slot
    private var mask = -1
    private(set) var count = 0

    init() {}

    @inline(__always)
    func find(_ key: JoinKey) -> Int32 {
        guard let keys, let values else { return 0 }
        var i = Int(truncatingIfNeeded: key.mixed) & mask
        while true {
            let v = values[i]
            if v == 0 { return 0 }
            if keys[i] == key { return v }
            i = (i + 1) & mask
        }
    }

    /// Stores `value` (non-zero) for a key that is not present.
    mutating func insert(_ key: JoinKey, _ value: Int32) {
        if (count + 1) * 4 > (mask + 1) * 3 { grow() }
        guard let keys, let values else { return }
        var i = Int(truncatingIfNeeded: key.mixed) & mask
        while values[i] != 0 { i = (i + 1) & mask }
        keys[i] = key
        values[i] = value
        count += 1
    }

    mutating func remove(_ key: JoinKey) {
        guard let keys, let values else { return }
        var i = Int(truncatingIfNeeded: key.mixed) & mask
        while true {
            if values[i] == 0 { return }
            if keys[i] == key { break }
            i = (i + 1) & mask
        }
        // Backward-shift the following run so that lookups need no tombstones.
        var hole = i
        var j = (i + 1) & mask
        while values[j] != 0 {
            let home = Int(truncatingIfNeeded: keys[j].mixed) & mask
            // The entry at j may fill the hole unless its home lies cyclically in (hole, j].
            let staysPut = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j)
            if !staysPut {
                keys[hole] = keys[j]
                values[hole] = values[j]
                hole = j
            }
            j = (j + 1) & mask
        }
        values[hole] = 0
        count -= 1
    }

    private mutating func grow() {
        let oldKeys = keys, oldValues = values, oldSize = mask + 1
        let size = max(8, oldSize * 2)
        mask = size - 1
        let newKeys = UnsafeMutablePointer<JoinKey>.allocate(capacity: size)
        newKeys.initialize(repeating: .empty, count: size)
        let newValues = UnsafeMutablePointer<Int32>.allocate(capacity: size)
        newValues.initialize(repeating: 0, count: size)
        keys = newKeys
        values = newValues
        count = 0
        if let oldKeys, let oldValues {
            for i in 0..<oldSize where oldValues[i] != 0 { insert(oldKeys[i], oldValues[i]) }
            oldKeys.deallocate()
            oldValues.deallocate()
        }
    }

    mutating func release() {
        keys?.deallocate()
        values?.deallocate()
        keys = nil
        values = nil
        mask = -1
        count = 0
    }
}
