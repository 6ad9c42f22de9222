import Diagnostics
import RuleEngine

/// Expressions: names resolved, types inferred, lowered to the engine's expression tree.
extension RuleAnalyzer {
    /// Compiles an expression; inside a pattern of `template`, bare names are its slots.
    mutating func compile(_ node: ExpressionNode, local: [String: Variable], template: TemplateDefinition?)
        -> (RuleExpression, InferredType)?
    {
        switch node {
        case .literal(let value, _):
            return (.constant(value), InferredType(of: value))
        case .variable(let name, let range):
            return compileVariable(name, range, local: local)
        case .parameter(let name, let range):
            guard let parameter = parameter(name, at: range) else { return nil }
            return (.constant(parameter.value), InferredType(of: parameter.value))
        case .name(let name, let range):
            return compileSlot(name, range, of: template)
        case .list(let items, let range):
            return compileList(items, range, local: local, template: template)
        case .unary(let op, let operand, let range):
            guard let (expression, type) = compile(operand, local: local, template: template) else { return nil }
            let expected: InferredType = op == .not ? .boolean : .number
            if type != expected, type != .unknown {
                report(.typeMismatch(localized("'\(op.rawValue)' 需要\(expected)，这里却是\(type)", english: "'\(op.rawValue)' needs \(expected), but this is \(type)"), range))
                return nil
            }
            return (.unary(op, expression), expected)
        case .binary(let op, let leftNode, let rightNode, let range):
            // Both sides, so that an error on the left does not hide one on the right.
            let leftResult = compile(leftNode, local: local, template: template)
            let rightResult = compile(rightNode, local: local, template: template)
            guard let (left, leftType) = leftResult, let (right, rightType) = rightResult else { return nil }
            guard let type = binaryType(op, leftType, rightType, leftNode, rightNode, range) else { return nil }
            return (.binary(op, left, right), type)
        case .matches(let textNode, let patternNode, _):
            return compileMatches(textNode, patternNode, local: local, template: template)
        case .call(let name, let argumentNodes, let range):
            return compileCall(name, argumentNodes, range, local: local, template: template)
        }
    }

    /// `?name`: a variable of this pattern or an earlier condition, or a `let` (replaced by its expression).
    mutating func compileVariable(_ name: String, _ range: SourceRange, local: [String: Variable]) -> (RuleExpression, InferredType)? {
        if let variable = local[name] ?? scope[name] {
            records[variable.record].uses += 1
            return (.variable(name), variable.type)
        }
        if let binding = lets[name] {
            records[binding.variable.record].uses += 1
            return (binding.expression, binding.type)
        }
        report(.unboundVariable(name, range, known: knownVariables + local.keys.sorted()))
        return nil
    }

    /// A bare name: a slot of the fact the enclosing pattern matches.
    mutating func compileSlot(_ name: String, _ range: SourceRange, of template: TemplateDefinition?) -> (RuleExpression, InferredType)? {
        guard let template else {
            report(.slotOutsidePattern(name, range))
            return nil
        }
        guard let slot = template.slot(name) else {
            report(.unknownSlot(Located(value: name, range: range), template: template.name, known: template.slots.map(\.name)))
            return nil
        }
        return (.slot(name), InferredType(slot.type, template: slot.referenceTemplate))
    }

    /// `["a", "b"]`: values only, so the list is a constant.
    mutating func compileList(_ items: [ExpressionNode], _ range: SourceRange, local: [String: Variable], template: TemplateDefinition?)
        -> (RuleExpression, InferredType)?
    {
        var values: [Value] = []
        for item in items {
            guard let (expression, _) = compile(item, local: local, template: template) else { return nil }
            guard case .constant(let value) = expression else {
                report(.invalidValue(localized("列表只能包含值，不能包含变量", english: "a list may only hold values, not variables"), range))
                return nil
            }
            values.append(value)
        }
        return (.constant(.list(values)), .list)
    }

    /// The type of `left op right`, or nil (reported) when the types do not fit.
    mutating func binaryType(
        _ op: BinaryOperator, _ left: InferredType, _ right: InferredType, _ leftNode: ExpressionNode,
        _ rightNode: ExpressionNode, _ range: SourceRange
    ) -> InferredType? {
        func mismatch(_ text: String) -> InferredType? {
            report(.typeMismatch(text, range))
            return nil
        }
        switch op {
        case .add, .subtract, .multiply, .divide:
            for (type, node) in [(left, leftNode), (right, rightNode)] where type != .number && type != .unknown {
                report(.typeMismatch(localized("'\(op.rawValue)' 需要数值，这里却是\(type)", english: "'\(op.rawValue)' needs numbers, but this is \(type)"), node.range))
                return nil
            }
            return .number
        case .equal, .notEqual:
            guard left.canEqual(right) else {
                return mismatch(localized("把\(left)与\(right)比较：两者永远不会相等", english: "compares \(left) with \(right): they are never equal"))
            }
            return .boolean
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            guard left.isOrderable(with: right) else {
                return mismatch(localized("'\(op.rawValue)' 只比较数值与数值、文本与文本，不能比较\(left)与\(right)", english: "'\(op.rawValue)' compares numbers with numbers or texts with texts, not \(left) with \(right)"))
            }
            return .boolean
        case .and, .or:
            for (type, node) in [(left, leftNode), (right, rightNode)] where type != .boolean && type != .unknown {
                report(.typeMismatch(localized("'\(op.rawValue)' 连接的是条件，这里却是\(type)", english: "'\(op.rawValue)' joins conditions, but this is \(type)"), node.range))
                return nil
            }
            return .boolean
        case .contains:
            switch (left, right) {
            case (.text, .text), (.list, _), (.unknown, _), (.text, .unknown): return .boolean
            default: return mismatch(localized("'contains' 在文本中找文本、在列表中找值，不能在\(left)中找\(right)", english: "'contains' looks for text in text or a value in a list, not \(right) in \(left)"))
            }
        case .in:
            switch (left, right) {
            case (_, .list), (_, .unknown), (.text, .text): return .boolean
            default: return mismatch(localized("'in' 在列表中找值，这里却是\(right)", english: "'in' looks for a value in a list, but this is \(right)"))
            }
        }
    }
}
