/// A complete match of a rule: fires once (refraction) and stays until its match
/// goes away, so that facts it asserted logically keep their support.
struct ActivationRecord {
    var token: TokenHandle = 0
    var rule: Int32 = 0
    /// Creation order, engine-wide; the conflict strategies order by it.
    var sequence = 0
    var fired = false
    /// It logically supports facts (in `Agenda.supports`) or emitted results (in
    /// `Agenda.emitted`): removing it must withdraw them.
    var hasSupports = false
    /// 1 + index of its agenda level while waiting to fire; 0 once fired.
    var level: Int32 = 0
    var next: Int32 = 0
    var previous: Int32 = 0
    /// Links in its rule's list of complete matches.
    var nextInRule: Int32 = 0
    var previousInRule: Int32 = 0
}

/// Activations waiting to fire: one list per salience, highest salience first.
/// Adding, removing and choosing the next are O(1) once the salience level exists.
struct Agenda: ~Copyable {
    let strategy: ConflictStrategy
    var activations = RecordStore<ActivationRecord>(blank: ActivationRecord(), capacity: 1024)
    /// Facts supported logically by each activation that has any.
    var supports: [Int32: [FactHandle]] = [:]
    /// Results emitted by each activation that emitted any (result ids).
    var emitted: [Int32: [Int]] = [:]
    /// Levels in creation order (their ids), and their ids by descending salience.
    private var levels: [(salience: Int, head: Int32, tail: Int32)] = []
    private var levelOrder: [Int] = []
    private(set) var count = 0

    init(strategy: ConflictStrategy) {
        self.strategy = strategy
    }

    mutating func add(_ activation: Int32, salience: Int) {
        let level = levelID(for: salience)
        activations[activation].level = Int32(level + 1)
        let (_, head, tail) = levels[level]
        switch strategy {
        case .depth:
            activations[activation].next = head
            if head != 0 { activations[head].previous = activation } else { levels[level].tail = activation }
            levels[level].head = activation
        case .breadth:
            activations[activation].previous = tail
            if tail != 0 { activations[tail].next = activation } else { levels[level].head = activation }
            levels[level].tail = activation
        }
        count += 1
    }

    mutating func remove(_ activation: Int32) {
        let level = Int(activations[activation].level) - 1
        guard level >= 0 else { return }
        let next = activations[activation].next, previous = activations[activation].previous
        if previous != 0 { activations[previous].next = next } else { levels[level].head = next }
        if next != 0 { activations[next].previous = previous } else { levels[level].tail = previous }
        activations[activation].next = 0
        activations[activation].previous = 0
        activations[activation].level = 0
        count -= 1
    }

    /// The activation that fires next, or 0.
    var next: Int32 {
        for level in levelOrder where levels[level].head != 0 { return levels[level].head }
        return 0
    }

    /// All waiting activations in firing order.
    var ordered: [Int32] {
        var result: [Int32] = []
        for level in levelOrder {
            var current = levels[level].head
            while current != 0 {
                result.append(current)
                current = activations[current].next
            }
        }
        return result
    }

    private mutating func levelID(for salience: Int) -> Int {
        for id in levelOrder where levels[id].salience == salience { return id }
        levels.append((salience, 0, 0))
        let id = levels.count - 1
        let position = levelOrder.firstIndex { levels[$0].salience < salience } ?? levelOrder.count
        levelOrder.insert(id, at: position)
        return id
    }
}
