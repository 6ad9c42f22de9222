/// A growable array of plain records addressed by `Int32` handles, with reuse of
/// freed handles. Records hold only numbers, so reading and writing them costs no
/// reference counting: this is what keeps the network's inner loops fast.
///
/// Handle 0 is reserved to mean "none". The store is the one owner of its memory: it
/// cannot be copied (so no copy aliases it) and frees it in `deinit`, with the memory its
/// records point to (`release` frees that, when a record is freed or the store goes).
/// A record of a freed handle reads as `blank`.
struct RecordStore<Record>: ~Copyable {
    private(set) var base: UnsafeMutablePointer<Record>
    private var capacity: Int
    /// First handle never handed out.
    private(set) var end: Int32 = 1
    private var freeHandles: UnsafeMutablePointer<Int32>
    private var freeCount = 0
    private let blank: Record
    private let release: ((inout Record) -> Void)?

    init(blank: Record, capacity: Int = 256, release: ((inout Record) -> Void)? = nil) {
        self.blank = blank
        self.release = release
        self.capacity = capacity
        base = .allocate(capacity: capacity)
        base.initialize(repeating: blank, count: capacity)
        freeHandles = .allocate(capacity: capacity)
    }

    deinit {
        if let release { for handle in 1..<Int(end) { release(&base[handle]) } }
        base.deinitialize(count: capacity)
        base.deallocate()
        freeHandles.deallocate()
    }

    /// Bytes allocated for records and free handles.
    var allocatedBytes: Int { capacity * (MemoryLayout<Record>.stride + MemoryLayout<Int32>.stride) }

    /// Live records (handles handed out and not freed).
    var liveCount: Int { Int(end) - 1 - freeCount }

    /// Handles are checked in debug builds only: the release build's loops pay nothing.
    @inline(__always)
    subscript(handle: Int32) -> Record {
        unsafeAddress {
            assert(handle >= 0 && Int(handle) < capacity, "record handle \(handle) out of range")
            return UnsafePointer(base + Int(handle))
        }
        nonmutating unsafeMutableAddress {
            assert(handle >= 0 && Int(handle) < capacity, "record handle \(handle) out of range")
            return base + Int(handle)
        }
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
        release?(&base[Int(handle)])
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
}
