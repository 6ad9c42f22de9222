/// Where a compiled rule finds a variable's value: in a token some levels above the
/// one being extended, or in the candidate fact itself.
enum Accessor: Hashable, Sendable, CustomStringConvertible {
    case slot(distance: Int, index: Int)
    case fact(distance: Int)
    case aggregate(distance: Int)
    case ownSlot(Int)
    case ownFact

    var description: String {
        switch self {
        case .slot(let d, let i): "slot(\(d),\(i))"
        case .fact(let d): "fact(\(d))"
        case .aggregate(let d): "aggregate(\(d))"
        case .ownSlot(let i): "own(\(i))"
        case .ownFact: "own-fact"
        }
    }
}

extension Network {
    /// The atom an accessor reads, from token `base` (walking up) or fact `own`.
    @inline(__always)
    func atom(of accessor: Accessor, base: TokenHandle, own: FactHandle) -> Atom {
        switch accessor {
        case .ownSlot(let index):
            return facts.atom(own, index)
        case .slot(let distance, let index):
            return facts.atom(tokens[ancestor(base, distance)].fact, index)
        case .ownFact:
            return referenceAtom(own)
        case .fact(let distance):
            return referenceAtom(tokens[ancestor(base, distance)].fact)
        case .aggregate(let distance):
            return aggregateAtom(tokens[ancestor(base, distance)].aggregate)
        }
    }

    @inline(__always)
    func value(of accessor: Accessor, base: TokenHandle, own: FactHandle) -> Value {
        values.value(atom(of: accessor, base: base, own: own))
    }
}

/// A test of the common shape, one value against another for equality, compared
/// as atoms without evaluating an expression tree.
struct SimpleTest {
    enum Kind {
        case equal, notEqual
    }

    let kind: Kind
    let left: Accessor
    /// The right-hand side: another accessor, or a constant atom when nil.
    let right: Accessor?
    let constant: Atom

    /// The simple form of an expression, if it has one.
    init?(_ expression: ExpressionTree<Accessor>, network: Network) {
        switch expression {
        case .binary(let op, .leaf(let a), .leaf(let b)) where op == .equal || op == .notEqual:
            (kind, left, right, constant) = (op == .equal ? .equal : .notEqual, a, b, 0)
        case .binary(let op, .leaf(let a), .constant(let v)) where op == .equal || op == .notEqual,
            .binary(let op, .constant(let v), .leaf(let a)) where op == .equal || op == .notEqual:
            (kind, left, right, constant) = (op == .equal ? .equal : .notEqual, a, nil, network.values.atom(for: v))
        default:
            return nil
        }
    }
}

/// A node's tests on (parent token, candidate fact): simple ones first, as atoms;
/// the rest evaluated as expressions, where an error counts as false and is reported.
struct NodeTests {
    private let simple: FixedArray<SimpleTest>
    private let expressions: [ExpressionTree<Accessor>]

    init(_ tests: [ExpressionTree<Accessor>], network: Network) {
        var simple: [SimpleTest] = []
        var expressions: [ExpressionTree<Accessor>] = []
        for test in tests {
            if let fast = SimpleTest(test, network: network) { simple.append(fast) } else { expressions.append(test) }
        }
        self.simple = FixedArray(simple)
        self.expressions = expressions
    }

    var isEmpty: Bool { simple.isEmpty && expressions.isEmpty }

    /// `rule` is the rule's order, named in a warning if an expression fails.
    @inline(__always)
    func pass(base: TokenHandle, own: FactHandle, network: Network, rule: Int) -> Bool {
        for i in 0..<simple.count {
            let test = simple[i]
            let left = network.atom(of: test.left, base: base, own: own)
            let right = test.right.map { network.atom(of: $0, base: base, own: own) } ?? test.constant
            if (left == right) != (test.kind == .equal) { return false }
        }
        if expressions.isEmpty { return true }
        return network.passes(expressions, base: base, own: own, rule: rule)
    }

    func deallocate() { simple.deallocate() }
}

extension Network {
    func passes(_ tests: [ExpressionTree<Accessor>], base: TokenHandle, own: FactHandle, rule: Int) -> Bool {
        for test in tests {
            do {
                guard try test.holds({ value(of: $0, base: base, own: own) }) else { return false }
            } catch let error as EvaluationError {
                reportEvaluationError(error, rule: rules[rule])
                return false
            } catch {
                return false
            }
        }
        return true
    }
}
