/// What a rule does when it fires, in order.
public enum Action: Hashable, Sendable {
    /// Asserts a fact. A logical assertion is truth-maintained: the fact is retracted
    /// when the match that asserted it no longer holds (and no other supports it).
    case assert(template: String, slots: [SlotAssignment], logical: Bool)
    /// Retracts the fact bound to a fact variable.
    case retract(variable: String)
    /// Changes slots of the fact bound to a fact variable (keeps its identity).
    case modify(variable: String, slots: [SlotAssignment])
    /// Hands a result (a finding, a printed line) to the engine's `onEmit` callback.
    case emit(name: String, arguments: [SlotAssignment])
    /// Stops the run after this firing.
    case halt
}

public struct SlotAssignment: Hashable, Sendable {
    public var slot: String
    public var value: RuleExpression

    public init(_ slot: String, _ value: RuleExpression) {
        self.slot = slot
        self.value = value
    }
}

/// A production: conditions, actions and a salience (higher fires first).
public struct Rule: Hashable, Sendable {
    public var name: String
    public var salience: Int
    public var conditions: [Condition]
    public var actions: [Action]

    public init(_ name: String, salience: Int = 0, when conditions: [Condition], then actions: [Action]) {
        self.name = name
        self.salience = salience
        self.conditions = conditions
        self.actions = actions
    }
}
