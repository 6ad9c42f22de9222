/// A function a rule may call: everything about it in one value, so that the checker,
/// the evaluator and the explanations cannot disagree. The built-ins are
/// `Function.builtIns`; an application adds its own (the audit's `mentions`).
public struct Function: Hashable, Sendable, CustomStringConvertible {
    /// As rules write it: `starts-with`.
    public let name: String
    public let arity: ClosedRange<Int>
    /// The type of each argument, the last repeated for the rest; `.any` is not checked.
    public let argumentTypes: [ValueType]
    public let result: ResultType
    /// How an explanation reads a call, `{1}` standing for the first argument:
    /// `{1} 以 {2} 开头`. Without it a call reads in its written form.
    public let wording: String?
    private let body: @Sendable ([Value]) throws -> Value

    /// The type of a call's value.
    public enum ResultType: Hashable, Sendable {
        case always(ValueType)
        /// The type the arguments from this position on share (`if`, `min`).
        case sharedByArguments(from: Int)
    }

    public init(
        _ name: String, arity: ClosedRange<Int>, arguments: [ValueType], result: ResultType, wording: String? = nil,
        _ body: @escaping @Sendable ([Value]) throws -> Value
    ) {
        precondition(!arguments.isEmpty, "a function declares the type of its arguments")
        self.name = name
        self.arity = arity
        self.argumentTypes = arguments
        self.result = result
        self.wording = wording
        self.body = body
    }

    /// The declared type of the argument at `index`.
    public func argumentType(at index: Int) -> ValueType {
        argumentTypes[Swift.min(index, argumentTypes.count - 1)]
    }

    public func callAsFunction(_ arguments: [Value]) throws -> Value {
        guard arity.contains(arguments.count) else {
            let expected = arity.count == 1 ? "\(arity.lowerBound)" : "\(arity.lowerBound) to \(arity.upperBound)"
            throw EvaluationError("\(name) takes \(expected) argument\(arity == 1...1 ? "" : "s"), got \(arguments.count)")
        }
        return try body(arguments)
    }

    /// A call read aloud, its arguments already in words: the wording filled in, or the
    /// written form `round(…, 2)` for a function without one (arithmetic keeps its form).
    public func reading(_ arguments: [String]) -> String {
        guard let wording else { return "\(name)(\(arguments.joined(separator: ", ")))" }
        // One pass, so that an argument's own text is never read as a placeholder.
        var text = "", rest = Substring(wording)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}"),
            let number = Int(rest[rest.index(after: open)..<close]), arguments.indices.contains(number - 1)
        {
            text += rest[..<open] + arguments[number - 1]
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }

    public var description: String { name }

    /// Functions are told apart by name; a knowledge base has one function of each name.
    public static func == (a: Function, b: Function) -> Bool { a.name == b.name }
    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}
