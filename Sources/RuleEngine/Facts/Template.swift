/// A kind of fact: a name and typed slots, declared before facts of it are asserted.
public struct Template: Sendable, Hashable {
    public let name: String
    public let slots: [Slot]

    public struct Slot: Sendable, Hashable {
        public let name: String
        public let type: ValueType
        /// The value a fact gets when the slot is not given.
        public let defaultValue: Value

        public init(_ name: String, _ type: ValueType = .any, default defaultValue: Value = .absent) {
            self.name = name
            self.type = type
            self.defaultValue = defaultValue
        }
    }

    public init(_ name: String, slots: [Slot] = []) {
        self.name = name
        self.slots = slots
    }

    public func slotIndex(_ name: String) -> Int? {
        slots.firstIndex { $0.name == name }
    }
}
