import Diagnostics
import RuleEngine

extension RuleAnalyzer {
    /// A call of a function of the library: its arity and argument types checked against
    /// the function's own declaration, its result typed by it.
    mutating func compileCall(
        _ name: Located<String>, _ argumentNodes: [ExpressionNode], _ range: SourceRange,
        local: [String: Variable], template: TemplateDefinition?
    ) -> (RuleExpression, InferredType)? {
        guard let function = symbols.functions[name.value] else {
            report(.unknownFunction(name, known: symbols.functions.names))
            return nil
        }
        guard function.arity.contains(argumentNodes.count) else {
            report(.wrongArgumentCount(name.value, arity: function.arity, got: argumentNodes.count, range))
            return nil
        }
        let compiled = argumentNodes.map { compile($0, local: local, template: template) }
        guard compiled.allSatisfy({ $0 != nil }) else { return nil }
        let types = compiled.compactMap { $0?.1 }
        for (index, type) in types.enumerated() {
            let expected = InferredType(function.argumentType(at: index))
            guard expected.canEqual(type) else {
                report(.typeMismatch(localized(
                    "\(name.value) 的第 \(index + 1) 个参数应是\(expected)，这里却是\(type)",
                    english: "argument \(index + 1) of \(name.value) should be \(expected), but this is \(type)"), argumentNodes[index].range))
                return nil
            }
        }
        return (.call(function, compiled.compactMap { $0?.0 }), Self.resultType(of: function, arguments: types))
    }

    /// What a call gives, as far as the argument types tell.
    static func resultType(of function: Function, arguments: [InferredType]) -> InferredType {
        switch function.result {
        case .always(let type):
            return InferredType(type)
        case .sharedByArguments(let first):
            let shared = arguments.dropFirst(first)
            // One list: the function reads its elements, whose type is not known here.
            if shared.count == 1, shared.first == .list { return .unknown }
            let known = shared.filter { $0 != .unknown }
            guard let type = known.first, known.allSatisfy({ $0 == type }) else { return .unknown }
            return type
        }
    }
}
