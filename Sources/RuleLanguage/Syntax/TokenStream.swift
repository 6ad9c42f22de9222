import ExactDecimal
import Diagnostics
import RuleEngine

/// Tokens of one logical line, consumed left to right by the parser.
struct TokenStream {
    private let tokens: [Token]
    private(set) var index = 0
    /// How deep the expression being read nests, counting each operator of a chain: a
    /// pasted line of a thousand parentheses is an error at its place, not a stack overflow.
    private var depth = 0
    static let maximumDepth = 100
    /// Where the line ends, for "expected … at the end of the line".
    let end: SourceRange

    init(_ tokens: [Token], end: SourceRange) {
        self.tokens = tokens
        self.end = end
    }

    var isAtEnd: Bool { index >= tokens.count }
    var peek: Token? { index < tokens.count ? tokens[index] : nil }
    func peek(_ offset: Int) -> Token? { index + offset < tokens.count ? tokens[index + offset] : nil }
    var previousEnd: SourceRange { index > 0 ? tokens[index - 1].range : end }

    mutating func next() -> Token? {
        defer { index += 1 }
        return peek
    }

    mutating func take(_ symbol: String) -> Token? {
        guard let token = peek, token.isSymbol(symbol) else { return nil }
        index += 1
        return token
    }

    mutating func takeKeyword(_ keyword: String) -> Token? {
        guard let token = peek, token.isKeyword(keyword) else { return nil }
        index += 1
        return token
    }

    mutating func expect(_ symbol: String, _ what: String) throws(Lexer.Failure) -> Token {
        if let token = take(symbol) { return token }
        throw Lexer.Failure(diagnostic: .expected(what, found: peek, at: peek?.range ?? end))
    }

    mutating func expectIdentifier(_ what: String) throws(Lexer.Failure) -> Located<String> {
        guard let token = peek, case .identifier(let name) = token.kind else {
            throw Lexer.Failure(diagnostic: .expected(what, found: peek, at: peek?.range ?? end))
        }
        index += 1
        return Located(value: name, range: token.range)
    }

    mutating func expectVariable(_ what: String) throws(Lexer.Failure) -> Located<String> {
        guard let token = peek, case .variable(let name) = token.kind else {
            throw Lexer.Failure(diagnostic: .expected(what, found: peek, at: peek?.range ?? end))
        }
        index += 1
        return Located(value: name, range: token.range)
    }

    mutating func expectEnd() throws(Lexer.Failure) {
        if let token = peek {
            throw Lexer.Failure(diagnostic: .expected(localized("行尾", english: "the end of the line"), found: token, at: token.range))
        }
    }

    // MARK: Expressions (precedence climbing)

    mutating func expression() throws(Lexer.Failure) -> ExpressionNode {
        try deeper(peek?.range ?? end)
        defer { depth -= 1 }
        return try or()
    }

    private mutating func deeper(_ range: SourceRange) throws(Lexer.Failure) {
        depth += 1
        guard depth <= Self.maximumDepth else { throw Lexer.Failure(diagnostic: .nestedTooDeep(limit: Self.maximumDepth, range)) }
    }

    private mutating func or() throws(Lexer.Failure) -> ExpressionNode {
        var left = try and()
        var added = 0
        defer { depth -= added }
        while let keyword = takeKeyword("or") {
            try deeper(keyword.range)
            added += 1
            let right = try and()
            left = .binary(.or, left, right, left.range.through(right.range))
        }
        return left
    }

    private mutating func and() throws(Lexer.Failure) -> ExpressionNode {
        var left = try negation()
        var added = 0
        defer { depth -= added }
        while let keyword = takeKeyword("and") {
            try deeper(keyword.range)
            added += 1
            let right = try negation()
            left = .binary(.and, left, right, left.range.through(right.range))
        }
        return left
    }

    private mutating func negation() throws(Lexer.Failure) -> ExpressionNode {
        if let keyword = takeKeyword("not") {
            try deeper(keyword.range)
            defer { depth -= 1 }
            let operand = try negation()
            return .unary(.not, operand, keyword.range.through(operand.range))
        }
        return try comparison()
    }

    private static let comparisons: [String: BinaryOperator] = [
        "==": .equal, "=": .equal, "!=": .notEqual, "<": .less, "<=": .lessOrEqual, ">": .greater,
        ">=": .greaterOrEqual,
    ]

    private mutating func comparison() throws(Lexer.Failure) -> ExpressionNode {
        let left = try additive()
        guard let token = peek else { return left }
        if let symbol = token.symbol, let op = Self.comparisons[symbol] {
            index += 1
            let right = try additive()
            return .binary(op, left, right, left.range.through(right.range))
        }
        if token.isKeyword("contains") || token.isKeyword("in") {
            index += 1
            let right = try additive()
            return .binary(token.isKeyword("in") ? .in : .contains, left, right, left.range.through(right.range))
        }
        if token.isKeyword("matches") {
            index += 1
            let right = try additive()
            return .matches(left, right, left.range.through(right.range))
        }
        return left
    }

    private mutating func additive() throws(Lexer.Failure) -> ExpressionNode {
        var left = try multiplicative()
        var added = 0
        defer { depth -= added }
        while let token = peek, token.isSymbol("+") || token.isSymbol("-") {
            index += 1
            try deeper(token.range)
            added += 1
            let right = try multiplicative()
            left = .binary(token.isSymbol("+") ? .add : .subtract, left, right, left.range.through(right.range))
        }
        return left
    }

    private mutating func multiplicative() throws(Lexer.Failure) -> ExpressionNode {
        var left = try unary()
        var added = 0
        defer { depth -= added }
        while let token = peek, token.isSymbol("*") || token.isSymbol("/") {
            index += 1
            try deeper(token.range)
            added += 1
            let right = try unary()
            left = .binary(token.isSymbol("*") ? .multiply : .divide, left, right, left.range.through(right.range))
        }
        return left
    }

    private mutating func unary() throws(Lexer.Failure) -> ExpressionNode {
        if let minus = take("-") {
            try deeper(minus.range)
            defer { depth -= 1 }
            let operand = try unary()
            if case .literal(.number(let n), let r) = operand { return .literal(.number(n.negated), minus.range.through(r)) }
            return .unary(.negate, operand, minus.range.through(operand.range))
        }
        return try primary()
    }

    private mutating func primary() throws(Lexer.Failure) -> ExpressionNode {
        guard let token = next() else {
            throw Lexer.Failure(diagnostic: .expected(localized("一个值", english: "a value"), found: nil, at: end))
        }
        switch token.kind {
        case .number(let digits, _):
            guard let number = Number(digits) else { throw Lexer.Failure(diagnostic: .invalidNumber(digits, token.range)) }
            return .literal(.number(number), token.range)
        case .text(let text):
            return .literal(.text(text), token.range)
        case .variable(let name):
            return .variable(name, token.range)
        case .parameter(let name):
            return .parameter(name, token.range)
        case .identifier(let name):
            switch name {
            case "true": return .literal(.boolean(true), token.range)
            case "false": return .literal(.boolean(false), token.range)
            case "absent": return .literal(.absent, token.range)
            default: break
            }
            if take("(") != nil {
                var arguments: [ExpressionNode] = []
                if take(")") == nil {
                    repeat { arguments.append(try expression()) } while take(",") != nil
                    _ = try expect(")", localized(" ')'，以结束 \(name) 的参数", english: "')' to close the arguments of \(name)"))
                }
                return .call(Located(value: name, range: token.range), arguments, token.range.through(previousEnd))
            }
            return .name(name, token.range)
        case .symbol("("):
            let inner = try expression()
            _ = try expect(")", localized(" ')'", english: "')'"))
            return inner
        case .symbol("["):
            var items: [ExpressionNode] = []
            if take("]") == nil {
                repeat { items.append(try expression()) } while take(",") != nil
                _ = try expect("]", localized(" ']'，以结束列表", english: "']' to close the list"))
            }
            return .list(items, token.range.through(previousEnd))
        case .symbol:
            throw Lexer.Failure(diagnostic: .expected(localized("一个值", english: "a value"), found: token, at: token.range))
        }
    }
}
