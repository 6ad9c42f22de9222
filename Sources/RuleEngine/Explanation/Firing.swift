/// A variable and its value in a match.
public struct Binding: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public let value: Value

    public init(name: String, value: Value) {
        self.name = name
        self.value = value
    }

    public var description: String { "?\(name) = \(value.literal)" }
}

/// The justification of one firing, recorded when it happened: which rule, what each
/// condition matched, and what the firing changed. Explanations are built from
/// these records; text is only a rendering of them.
public struct Firing: Sendable {
    /// 1 for the first firing of the engine, and so on.
    public let sequence: Int
    public let rule: String
    /// One entry per condition of the rule, in order.
    public let matches: [ConditionMatch]
    /// Every top-level variable of the rule, in binding order.
    public let bindings: [Binding]
    public internal(set) var asserted: [FactID] = []
    public internal(set) var retracted: [FactID] = []
    public internal(set) var modified: [FactID] = []
    /// Ids of the results the firing emitted.
    public internal(set) var results: [Int] = []

    public func binding(_ name: String) -> Value? {
        bindings.first { $0.name == name }?.value
    }
}

/// What one condition of a rule matched in a firing.
public enum ConditionMatch: Sendable {
    /// A positive pattern and the fact it matched, as it was then.
    case fact(Pattern, Fact)
    /// A `not`: no fact matched; `bindings` are the values of the earlier variables
    /// the pattern read (so "no table for unit 附件3" can be said).
    case absent(Pattern, bindings: [Binding])
    /// An `exists` and the facts that satisfied it.
    case exists(Pattern, witnesses: [Fact])
    /// An aggregation, its value and the facts it was computed over.
    case aggregate(Aggregation, value: Value, members: [Fact])
    /// A test and the values of the variables it read.
    case test(RuleExpression, bindings: [Binding])

    /// Facts this condition rests on.
    public var facts: [Fact] {
        switch self {
        case .fact(_, let fact): [fact]
        case .absent, .test: []
        case .exists(_, let witnesses): witnesses
        case .aggregate(_, _, let members): members
        }
    }
}

/// A result handed out by an `emit` action: a finding, a line of output.
public struct EmittedResult: Sendable {
    /// 1 for the first result of the engine, and so on.
    public let id: Int
    public let name: String
    public let arguments: [Binding]
    public let rule: String
    /// The firing that emitted it (see `Engine.firings`).
    public let firing: Int

    public func argument(_ name: String) -> Value? {
        arguments.first { $0.name == name }?.value
    }
}

/// How a version of a fact came to be.
public enum FactOrigin: Hashable, Sendable {
    /// Asserted or modified from outside the rules (by the report reader, say).
    case given
    /// Asserted or modified by a firing.
    case firing(Int)
}
