import RuleEngine

/// The functions a knowledge base may call, by the names rules write: the engine's
/// built-ins and whatever the application adds (the audit adds `mentions`).
public struct FunctionLibrary: Sendable {
    private let byName: [String: Function]

    public init(_ functions: [Function]) {
        // A later function of the same name replaces an earlier one: an application may redefine a built-in.
        byName = Dictionary(functions.map { ($0.name, $0) }, uniquingKeysWith: { _, later in later })
    }

    /// The engine's built-ins alone.
    public static let builtIn = FunctionLibrary(Function.builtIns)

    /// This library with more functions.
    public func adding(_ functions: [Function]) -> FunctionLibrary {
        FunctionLibrary(Array(byName.values) + functions)
    }

    public subscript(name: String) -> Function? { byName[name] }

    public var names: [String] { byName.keys.sorted() }
}
