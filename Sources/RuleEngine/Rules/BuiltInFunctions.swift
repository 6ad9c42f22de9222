import ExactDecimal

/// The functions every knowledge base may call. A new one is one entry here: its
/// name, arity, types, wording and meaning; the checker, the evaluator and the
/// explanations read it from this table.
extension Function {
    public static let builtIns: [Function] = [
        abs, round, min, max, length, concat, startsWith, endsWith, isAbsent, sum, `if`,
    ]

    public static let abs = Function("abs", arity: 1...1, arguments: [.number], result: .always(.number)) { args in
        .number(try Operators.number(args[0], for: "abs").magnitude)
    }

    /// round(x, places): half away from zero.
    public static let round = Function("round", arity: 2...2, arguments: [.number], result: .always(.number)) { args in
        guard let places = try Operators.number(args[1], for: "round").intValue, (0...18).contains(places) else {
            throw EvaluationError("round needs a whole number of places from 0 to 18, got \(args[1].literal)")
        }
        return .number(try Operators.number(args[0], for: "round").rounded(toPlaces: places))
    }

    /// The least of its arguments, or of the one list it is given.
    public static let min = Function("min", arity: 1...16, arguments: [.any], result: .sharedByArguments(from: 0)) { args in
        try extreme(args, name: "min") { $0 < 0 }
    }

    public static let max = Function("max", arity: 1...16, arguments: [.any], result: .sharedByArguments(from: 0)) { args in
        try extreme(args, name: "max") { $0 > 0 }
    }

    /// Characters of a text, or elements of a list.
    public static let length = Function("length", arity: 1...1, arguments: [.any], result: .always(.number)) { args in
        switch args[0] {
        case .text(let t): return .number(Number(t.count))
        case .list(let l): return .number(Number(l.count))
        default: throw EvaluationError("length needs text or a list, got \(Operators.typeName(args[0])) \(args[0].literal)")
        }
    }

    /// Joins the texts of its arguments.
    public static let concat = Function("concat", arity: 1...16, arguments: [.any], result: .always(.text)) { args in
        .text(args.map(\.description).joined())
    }

    public static let startsWith = Function(
        "starts-with", arity: 2...2, arguments: [.text], result: .always(.boolean), wording: "{1} 以 {2} 开头"
    ) { args in
        let (text, part) = try Operators.texts(args, for: "starts-with")
        return .boolean(text.hasPrefix(part))
    }

    public static let endsWith = Function(
        "ends-with", arity: 2...2, arguments: [.text], result: .always(.boolean), wording: "{1} 以 {2} 结尾"
    ) { args in
        let (text, part) = try Operators.texts(args, for: "ends-with")
        return .boolean(text.hasSuffix(part))
    }

    /// True when the value is absent.
    public static let isAbsent = Function("is-absent", arity: 1...1, arguments: [.any], result: .always(.boolean), wording: "{1} 为空") { args in
        .boolean(args[0] == .absent)
    }

    /// Sum of a list of numbers; absent elements are skipped.
    public static let sum = Function("sum", arity: 1...1, arguments: [.list], result: .always(.number)) { args in
        guard case .list(let items) = args[0] else {
            throw EvaluationError("sum needs a list, got \(Operators.typeName(args[0])) \(args[0].literal)")
        }
        var total = Number.zero
        for item in items where item != .absent {
            guard let next = total.adding(try Operators.number(item, for: "sum")) else {
                throw EvaluationError("number out of range in sum")
            }
            total = next
        }
        return .number(total)
    }

    /// if(condition, then, otherwise): the second argument when the condition holds.
    public static let `if` = Function("if", arity: 3...3, arguments: [.boolean, .any], result: .sharedByArguments(from: 1)) { args in
        try Operators.truth(args[0]) ? args[1] : args[2]
    }

    private static func extreme(_ args: [Value], name: String, keeps: (Int) -> Bool) throws -> Value {
        let values = args.count == 1 && args[0].list != nil ? args[0].list ?? [] : args
        guard var best = values.first else { throw EvaluationError("\(name) of an empty list") }
        for v in values.dropFirst() where keeps(try Operators.order(v, best, .less)) { best = v }
        return best
    }
}
