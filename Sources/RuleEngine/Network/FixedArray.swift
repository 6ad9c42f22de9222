/// An immutable array of plain values in raw memory. Reading it inside the network's
/// loops costs no reference counting, unlike an `Array` stored in a class.
/// The owner calls `deallocate()` once.
struct FixedArray<Element> {
    private let base: UnsafeMutablePointer<Element>
    let count: Int

    init(_ elements: [Element]) {
        count = elements.count
        base = .allocate(capacity: max(count, 1))
        base.initialize(from: elements, count: count)
    }

    var isEmpty: Bool { count == 0 }

    @inline(__always)
    subscript(index: Int) -> Element { base[index] }

    func deallocate() {
        base.deinitialize(count: count)
        base.deallocate()
    }
}
