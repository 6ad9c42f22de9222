import Diagnostics
import RuleEngine

/// Conditions, actions and facts: the lines inside a rule's blocks.
extension Parser {
    static let aggregateFunctions: Set<String> = ["count", "sum", "min", "max", "collect"]

    mutating func condition(_ stream: inout TokenStream) throws(Lexer.Failure) -> ConditionNode {
        guard let first = stream.peek else { throw Lexer.Failure(diagnostic: .expected(localized("一个条件", english: "a condition"), found: nil, at: stream.end)) }
        if first.isKeyword("not") || first.isKeyword("exists") {
            _ = stream.next()
            let pattern = try self.pattern(&stream)
            return first.isKeyword("not") ? .not(pattern, keyword: first.range) : .exists(pattern, keyword: first.range)
        }
        if first.isKeyword("test") {
            _ = stream.next()
            return .test(try stream.expression())
        }
        if first.isKeyword("let") {
            _ = stream.next()
            let variable = try stream.expectVariable(localized(" 'let' 后面的变量，如 ?total", english: "a variable after 'let', like ?total"))
            _ = try stream.expect("=", localized("变量后面的 '='", english: "'=' after the variable"))
            return .binding(variable: variable, value: try stream.expression())
        }
        if case .variable(let name) = first.kind {
            _ = stream.next()
            let variable = Located(value: name, range: first.range)
            if stream.take(":") != nil {
                return .pattern(try pattern(&stream), factVariable: variable)
            }
            if stream.take("=") != nil {
                let function = try stream.expectIdentifier(localized(" count、sum、min、max 或 collect", english: "count, sum, min, max or collect"))
                guard Self.aggregateFunctions.contains(function.value) else {
                    throw Lexer.Failure(diagnostic: .unknownAggregate(function))
                }
                var argument: ExpressionNode?
                if function.value != "count" { argument = try stream.expression() }
                guard stream.takeKeyword("of") != nil else {
                    let example = "\(function.value)\(function.value == "count" ? "" : " ?value") of template(…)"
                    throw Lexer.Failure(diagnostic: .expected(localized(" 'of' 和一个模式，如：\(example)", english: "'of' and a pattern, as in: \(example)"), found: stream.peek, at: stream.peek?.range ?? stream.end))
                }
                return .aggregate(variable: variable, function: function, argument: argument, pattern: try pattern(&stream))
            }
            throw Lexer.Failure(diagnostic: .expected(localized("\(first.display) 后面的 ':'（绑定事实）或 '='（汇总）", english: "':' to bind a fact or '=' to aggregate after \(first.display)"), found: stream.peek, at: stream.peek?.range ?? stream.end))
        }
        if first.identifier != nil, stream.peek(1)?.isSymbol("(") == true {
            return .pattern(try pattern(&stream), factVariable: nil)
        }
        throw Lexer.Failure(diagnostic: .expected(localized("一个条件：template(…)、not …、exists …、?x = sum … of …、let … 或 test …", english: "a condition: template(…), not …, exists …, ?x = sum … of …, let …, or test …"), found: first, at: first.range))
    }

    /// A token that begins a value: a variable, parameter, number or text.
    static func startsValue(_ token: Token) -> Bool {
        switch token.kind {
        case .variable, .parameter, .number, .text: true
        default: false
        }
    }

    mutating func pattern(_ stream: inout TokenStream) throws(Lexer.Failure) -> PatternNode {
        let template = try stream.expectIdentifier(localized("模板名", english: "a template name"))
        _ = try stream.expect("(", localized("模板名后面的 '('", english: "'(' after the template name"))
        var constraints: [ConstraintNode] = []
        if stream.take(")") == nil {
            repeat {
                if let name = stream.peek, case .identifier(let slot) = name.kind, stream.peek(1)?.isSymbol(":") == true {
                    _ = stream.next()
                    _ = stream.next()
                    constraints.append(.slot(Located(value: slot, range: name.range), try stream.expression()))
                } else if let name = stream.peek, case .identifier(let slot) = name.kind, let next = stream.peek(1),
                    Self.startsValue(next)
                {
                    throw Lexer.Failure(diagnostic: .expected(localized("槽名 '\(slot)' 后面的 ':'", english: "':' after the slot name '\(slot)'"), found: next, at: next.range))
                } else {
                    constraints.append(.test(try stream.expression()))
                }
            } while stream.take(",") != nil
            _ = try stream.expect(")", localized("模式中的 ',' 或 ')'", english: "',' or ')' in the pattern"))
        }
        return PatternNode(template: template, constraints: constraints, range: template.range.through(stream.previousEnd))
    }

    /// `[label:] template(slot: value, …)`
    mutating func fact(_ stream: inout TokenStream, labelled: Bool) throws(Lexer.Failure) -> FactNode {
        var label: Located<String>?
        if labelled, stream.peek?.identifier != nil, stream.peek(1)?.isSymbol(":") == true {
            label = try stream.expectIdentifier(localized("标签", english: "a label"))
            _ = stream.next()
        }
        let template = try stream.expectIdentifier(localized("模板名", english: "a template name"))
        let assignments = try self.assignments(&stream, after: "the template name")
        return FactNode(
            label: label, template: template, slots: assignments, range: (label?.range ?? template.range).through(stream.previousEnd))
    }

    /// `(slot: value, …)`
    mutating func assignments(_ stream: inout TokenStream, after what: String) throws(Lexer.Failure)
        -> [(Located<String>, ExpressionNode)]
    {
        _ = try stream.expect("(", localized("\(what) 后面的 '('", english: "'(' after \(what)"))
        var result: [(Located<String>, ExpressionNode)] = []
        if stream.take(")") == nil {
            repeat {
                let slot = try stream.expectIdentifier(localized("槽名", english: "a slot name"))
                _ = try stream.expect(":", localized("槽名后面的 ':'", english: "':' after the slot name"))
                result.append((slot, try stream.expression()))
            } while stream.take(",") != nil
            _ = try stream.expect(")", localized(" ',' 或 ')'", english: "',' or ')'"))
        }
        return result
    }

    mutating func action(_ stream: inout TokenStream) throws(Lexer.Failure) -> ActionNode {
        guard let first = stream.next() else { throw Lexer.Failure(diagnostic: .expected(localized("一个动作", english: "an action"), found: nil, at: stream.end)) }
        switch first.identifier {
        case "finding":
            return .finding(first.range)
        case "derive", "assert":
            let fact = try self.fact(&stream, labelled: false)
            return first.identifier == "derive" ? .derive(fact) : .assert(fact)
        case "retract":
            return .retract(try stream.expectVariable(localized(" 'retract' 后面的事实变量，如 ?f", english: "a fact variable after 'retract', like ?f")))
        case "modify":
            let variable = try stream.expectVariable(localized(" 'modify' 后面的事实变量，如 ?f", english: "a fact variable after 'modify', like ?f"))
            let slots = try assignments(&stream, after: "the fact variable")
            return .modify(variable, slots, first.range.through(stream.previousEnd))
        case "emit":
            let name = try stream.expectIdentifier(localized(" 'emit' 后面的结果名", english: "a result name after 'emit'"))
            let arguments = try assignments(&stream, after: "the result name")
            return .emit(name, arguments, first.range.through(stream.previousEnd))
        case "halt":
            return .halt(first.range)
        default:
            throw Lexer.Failure(diagnostic: .expected(localized("一个动作：finding、derive、assert、retract、modify、emit 或 halt", english: "an action: finding, derive, assert, retract, modify, emit or halt"), found: first, at: first.range))
        }
    }
}
