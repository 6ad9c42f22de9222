/// A fact's identity in one engine, stable across `modify`.
public struct FactID: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let rawValue: Int
    public init(_ rawValue: Int) { self.rawValue = rawValue }
    public static func < (a: FactID, b: FactID) -> Bool { a.rawValue < b.rawValue }
    public var description: String { "#\(rawValue)" }
}

/// Where a fact came from, opaque to the engine: the report reader stores file, lines
/// and quote here; explanations hand it back untouched.
public typealias Provenance = any Sendable

/// An immutable snapshot of a fact as it was at some moment (when a rule matched it,
/// say). Later modifications do not change a snapshot.
public struct Fact: Sendable, CustomStringConvertible {
    public let id: FactID
    public let template: Template
    public let values: [Value]
    public let provenance: Provenance?
    /// Increases on every assert or modify, engine-wide; orders facts by recency.
    public let timestamp: Int

    public subscript(slot: String) -> Value? {
        template.slotIndex(slot).map { values[$0] }
    }

    /// Slot names and values in declaration order.
    public var slots: [(name: String, value: Value)] {
        zip(template.slots, values).map { ($0.name, $1) }
    }

    /// `(guest (name g1) (sex m))`, leaving out absent slots.
    public var description: String {
        let parts = slots.filter { !$0.value.isAbsent }.map { "(\($0.name) \($0.value.literal))" }
        return "(\(([template.name] + parts).joined(separator: " ")))"
    }
}
