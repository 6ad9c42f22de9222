/// A growable array of plain records addressed by `Int32` handles, with reuse of
/// freed handles. Records hold only numbers, so reading and writing them costs no
/// reference counting: this is what keeps the network's inner loops fast.
///
/// Handle 0 is reserved to mean "none". The store owns raw memory; its owner must
/// call `deallocate()` once.
struct RecordStore<Record> {
    private(set) var base: UnsafeMutablePointer<Record>
    private var capacity: Int
    /// First handle never handed out.
    private(set) var end: Int32 = 1
    private var freeHandles: UnsafeMutablePointer<Int32>
    private var freeCount = 0
    private let blank: Record

    init(blank: Record, capacity: Int = 256) {
        self.blank = blank
        self.capacity = capacity
        base = .allocate(capacity: capacity)
        base.initialize(repeating: blank, count: capacity)
        freeHandles = .allocate(capacity: capacity)
    }

    /// Bytes allocated for records and free handles.
    var allocatedBytes: Int { capacity * (MemoryLayout<Record>.stride + MemoryLayout<Int32>.stride) }

    /// Live records (handles handed out and not freed).
    var liveCount: Int { Int(end) - 1 - freeCount }

    @inline(__always)
    subscript(handle: Int32) -> Record {
        unsafeAddress { UnsafePointer(base + Int(handle)) }
        nonmutating unsafeMutableAddress { base + Int(handle) }
    }

    @inline(__always)
    mutating func allocate(_ record: Record) -> Int32 {
        if freeCount > 0 {
            freeCount -= 1
            let handle = freeHandles[freeCount]
            base[Int(handle)] = record
            return handle
        }
        if Int(end) == capacity { grow() }
        let handle = end
        end += 1
        base[Int(handle)] = record
        return handle
    }

    @inline(__always)
    mutating func free(_ handle: Int32) {
        base[Int(handle)] = blank
        freeHandles[freeCount] = handle
        freeCount += 1
    }

    private mutating func grow() {
        let newCapacity = capacity * 2
        let newBase = UnsafeMutablePointer<Record>.allocate(capacity: newCapacity)
        newBase.moveInitialize(from: base, count: capacity)
        (newBase + capacity).initialize(repeating: blank, count: newCapacity - capacity)
        base.deallocate()
        base = newBase
        let newFree = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
        newFree.moveInitialize(from: freeHandles, count: freeCount)
        freeHandles.deallocate()
        freeHandles = newFree
        capacity = newCapacity
    }

    func deallocate() {
        base.deinitialize(count: capacity)
        base.deallocate()
        freeHandles.deallocate()
    }
}
