/// Interns values: each distinct value gets one atom for the life of the engine.
final class ValueTable {
    // Unchecked exclusivity: every test reads values, and no access here can overlap another.
    @exclusivity(unchecked) private(set) var values: ContiguousArray<Value> = [.absent]
    @exclusivity(unchecked) private var atoms: [Value: Atom] = [.absent: 0]

    var count: Int { values.count }

    @inline(__always)
    func value(_ atom: Atom) -> Value { values[Int(atom)] }

    func atom(for value: Value) -> Atom {
        if let atom = atoms[value] { return atom }
        let atom = Atom(values.count)
        values.append(value)
        atoms[value] = atom
        return atom
    }
}
