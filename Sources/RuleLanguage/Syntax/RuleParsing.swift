import Diagnostics
import RuleEngine

/// A rule's lines: its fields, and the lines of its blocks.
extension Parser {
    mutating func startRule(_ stream: inout TokenStream) throws(Lexer.Failure) {
        let id = try stream.expectIdentifier(localized(" 'rule' 后面的规则编号", english: "a rule id after 'rule'"))
        try stream.expectEnd()
        file.rules.append(RuleDeclaration(id: id))
        context = .rule(file.rules.count - 1, .fields)
    }

    mutating func parseRuleLine(_ content: Substring, line: Int, column: Int, rule: Int, block: Block)
        throws(Lexer.Failure)
    {
        if let (name, value, offset) = field(content), Self.ruleFields.contains(name) {
            try parseRuleField(name, value, line: line, column: column, valueColumn: column + offset, rule: rule, block: block)
            return
        }
        switch block {
        case .when:
            var stream = try logicalTokens(content, line: line, column: column)
            let start = stream.peek?.range ?? stream.end
            let parsed = try condition(&stream)
            try stream.expectEnd()
            file.rules[rule].conditions.append(parsed)
            file.rules[rule].conditionRanges.append(start.through(stream.previousEnd))
        case .then:
            var stream = try logicalTokens(content, line: line, column: column)
            file.rules[rule].actions.append(try action(&stream))
            try stream.expectEnd()
        case .given:
            var stream = try logicalTokens(content, line: line, column: column)
            let fact = try self.fact(&stream, labelled: true)
            try stream.expectEnd()
            file.rules[rule].examples[file.rules[rule].examples.count - 1].facts.append(fact)
        case .fields, .example:
            if let (name, _, _) = field(content) {
                throw Lexer.Failure(diagnostic: .unknownField(name, in: .rule, known: Self.ruleFields, range(line, column, name.count)))
            }
            let word = leadingWord(content) ?? String(content.prefix(1))
            throw Lexer.Failure(diagnostic: .expectedField(range(line, column, word.count)))
        }
    }

    mutating func parseRuleField(
        _ name: String, _ value: Substring, line: Int, column: Int, valueColumn: Int, rule: Int, block: Block
    ) throws(Lexer.Failure) {
        let keyword = range(line, column, name.count)
        let text = textField(value, line: line, column: valueColumn)
        let inExample = block == .example || block == .given
        switch name {
        case "given", "expect":
            guard inExample else { throw Lexer.Failure(diagnostic: .outsideExample(name, keyword)) }
        default:
            if inExample, name != "example" {
                // A rule field after an example's lines closes the example.
                context = .rule(rule, .fields)
            }
        }
        var nextBlock = Block.fields
        switch name {
        case "title": file.rules[rule].title = text
        case "severity": file.rules[rule].severity = text
        case "kind": file.rules[rule].kind = text
        case "cites": file.rules[rule].cites = text
        case "basis": file.rules[rule].basis.append(text)
        case "message": file.rules[rule].message = text
        case "recommendation": file.rules[rule].recommendation = text
        case "explain": file.rules[rule].explain = text
        case "salience":
            var stream = try logicalTokens(value, line: line, column: valueColumn)
            let expression = try stream.expression()
            try stream.expectEnd()
            guard case .literal(.number(let number), let r) = expression, let salience = number.intValue else {
                throw Lexer.Failure(diagnostic: .expected(localized("表示优先级（salience）的整数", english: "a whole number for the salience"), found: nil, at: expression.range))
            }
            file.rules[rule].salience = Located(value: salience, range: r)
        case "when", "then":
            if name == "when" { file.rules[rule].whenRange = keyword } else { file.rules[rule].thenRange = keyword }
            nextBlock = name == "when" ? .when : .then
            context = .rule(rule, nextBlock)
            if !value.isEmpty { try parseRuleLine(value, line: line, column: valueColumn, rule: rule, block: nextBlock) }
            return
        case "example":
            file.rules[rule].examples.append(ExampleNode(title: text))
            nextBlock = .example
        case "given":
            file.rules[rule].examples[file.rules[rule].examples.count - 1].givenRange = keyword
            nextBlock = .given
            context = .rule(rule, nextBlock)
            if !value.isEmpty { try parseRuleLine(value, line: line, column: valueColumn, rule: rule, block: .given) }
            return
        case "expect":
            var stream = try logicalTokens(value, line: line, column: valueColumn)
            let expectation: ExpectationNode
            if let token = stream.peek, case .text(let message) = token.kind {
                _ = stream.next()
                expectation = .message(message, token.range)
            } else if let token = stream.peek, token.isKeyword("nothing"), stream.peek(1) == nil {
                _ = stream.next()
                expectation = .nothing(token.range)
            } else if stream.peek?.identifier != nil, stream.peek(1)?.isSymbol("(") == true {
                expectation = .fact(try fact(&stream, labelled: false))
            } else {
                throw Lexer.Failure(diagnostic: .unquotedExpectation(text.range))
            }
            try stream.expectEnd()
            file.rules[rule].examples[file.rules[rule].examples.count - 1].expectations.append(expectation)
            nextBlock = .example
        default:
            break
        }
        context = .rule(rule, nextBlock)
    }
}
