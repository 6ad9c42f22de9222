import ReportReading

/// How a finding was derived, as data (renderers turn it into text or JSON): the rule
/// that fired, what each of its conditions matched, and, for every derived fact, the
/// firing that produced it, down to the facts read from the report with their quotes.
public struct Explanation: Sendable {
    public let finding: Finding
    public let step: DerivationStep
}

/// One firing of a rule.
public struct DerivationStep: Sendable {
    public let rule: String
    public let title: String
    public let conditions: [ConditionStep]
    /// The parameters the rule reads, with their values and bases.
    public let parameters: [ParameterUse]
}

public struct ParameterUse: Sendable {
    public let name: String
    public let label: String
    /// As a person writes it: "10%", "90分".
    public let value: String
    public let basis: [String]
    /// Why the value, when no document sets it (a tolerance, a rule of thumb).
    public let rationale: String?
}

/// A condition of a rule and what satisfied it.
public struct ConditionStep: Sendable {
    /// As written in the knowledge base.
    public let written: String
    /// In plain Chinese words.
    public let plain: String
    public let evidence: Evidence
}

public enum Evidence: Sendable {
    /// The fact a pattern matched.
    case fact(FactStep)
    /// No fact matched a `not`; the values it was checked with.
    case absent(checked: [NamedValue])
    /// The facts that satisfied an `exists`.
    case witnesses([FactStep])
    /// An aggregation's value and the facts it was computed over.
    case aggregate(value: String, members: [FactStep])
    /// A test held; the values it read.
    case test(values: [NamedValue])
}

public struct NamedValue: Sendable, Hashable {
    public let name: String
    public let value: String

    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }
}

/// A fact as a condition saw it: its kind and slots, and either where the report says
/// it or how a rule derived it.
public struct FactStep: Sendable {
    public let template: String
    /// The template's Chinese name.
    public let label: String
    /// Slots with a value, as "三级指标" = "重点工作完成率".
    public let slots: [NamedValue]
    public let source: Source

    public enum Source: Sendable {
        /// Read from the report: the reader's fact id and the citation.
        case report(id: String, citation: Citation)
        /// Derived by a rule firing, shown in full the first time it appears.
        case derived(DerivationStep)
        /// Derived, and already shown above.
        case derivedAbove(rule: String)
        /// Asserted from elsewhere (an example, a test).
        case given
    }
}
