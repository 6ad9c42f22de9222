/// A fact's handle inside the network: its id's raw value.
typealias FactHandle = Int32

/// Per-fact bookkeeping, as plain numbers.
struct FactHeader {
    var template: Int32 = -1
    /// Where its atoms start in `FactStore.atoms`.
    var slotBase: Int32 = 0
    var isLive = false
    /// Head of the list of tokens whose own fact this is.
    var firstToken: TokenHandle = 0
    /// The atom of `.reference(id)`, for fact variables.
    var referenceAtom: Atom = 0
    var timestamp = 0
    /// Truth maintenance: asserted outright, and/or by how many logical supports.
    var unconditional = false
    var logicalSupport: Int32 = 0
}

/// Working memory: facts by handle (= id), their slot atoms stored flat.
struct FactStore: ~Copyable {
    var headers = RecordStore<FactHeader>(blank: FactHeader())
    /// Slot atoms of every fact ever asserted, each fact's slots contiguous.
    private(set) var atoms = RecordStore<Atom>(blank: 0, capacity: 1024)
    /// Provenance by handle; read only for snapshots.
    private(set) var provenance: [Provenance?] = [nil]

    @inline(__always)
    func atom(_ fact: FactHandle, _ slot: Int) -> Atom {
        atoms[headers[fact].slotBase + Int32(slot)]
    }

    @inline(__always)
    func setAtom(_ fact: FactHandle, _ slot: Int, _ atom: Atom) {
        atoms[headers[fact].slotBase + Int32(slot)] = atom
    }

    func atoms(of fact: FactHandle, count: Int) -> [Atom] {
        (0..<count).map { atom(fact, $0) }
    }

    /// A new fact; handles are never reused, so ids stay unique.
    mutating func append(template: Int32, atoms slotAtoms: [Atom], provenance: Provenance?, timestamp: Int)
        -> FactHandle
    {
        var slotBase: Int32 = 0
        for (i, atom) in slotAtoms.enumerated() {
            let handle = atoms.allocate(atom)
            if i == 0 { slotBase = handle }
        }
        if slotAtoms.isEmpty { slotBase = atoms.allocate(0) }
        let fact = headers.allocate(
            FactHeader(template: template, slotBase: slotBase, isLive: true, timestamp: timestamp))
        self.provenance.append(provenance)
        return fact
    }
}
