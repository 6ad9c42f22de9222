import Diagnostics
import RuleEngine

/// Reads a knowledge file. The grammar is line-oriented: every line starts with a
/// keyword (`rule`, `title:`, `when:`, …) or belongs to the block the last keyword
/// opened (conditions under `when:`, facts under `given:`). Indentation is for the
/// reader only. A line with an error is reported and skipped, so that one pass
/// reports every error in the file. See knowledge/README.md for the grammar.
struct Parser {
    let path: String
    private let lines: [Substring]
    private(set) var diagnostics: [Diagnostic] = []
    private var file: KnowledgeFile
    private var lineIndex = 0

    /// What the current line belongs to.
    private enum Context {
        case none
        case template(Int)
        case parameter(Int)
        case rule(Int, Block)
        case basis(Int)
    }

    private enum Block {
        case fields, when, then, example, given
    }

    private var context = Context.none

    static let ruleFields: Set<String> = [
        "title", "severity", "kind", "cites", "basis", "message", "explain", "recommendation", "salience", "when", "then", "example",
        "given", "expect",
    ]
    static let parameterFields: Set<String> = ["label", "value", "unit", "basis", "rationale", "description"]
    static let basisFields: Set<String> = ["document", "number", "article", "scope", "quote", "summary", "verified", "reason"]

    init(path: String, text: String) {
        self.path = path
        lines = SourceLines.split(text)
        file = KnowledgeFile(path: path)
    }

    mutating func parse() -> KnowledgeFile {
        while lineIndex < lines.count {
            let number = lineIndex + 1
            let line = lines[lineIndex]
            lineIndex += 1
            let content = line.drop { $0.isWhitespace }
            if content.isEmpty || content.hasPrefix("#") || content.hasPrefix("＃") { continue }
            let column = line.count - content.count + 1
            do throws(Lexer.Failure) {
                try parseLine(content, line: number, column: column)
            } catch {
                diagnostics.append(error.diagnostic)
                markFailure()
            }
        }
        return file
    }

    /// A line of the current rule failed: the rule must not compile from the rest of
    /// its lines, and a failed expectation must not also read as a missing one.
    private mutating func markFailure() {
        guard case .rule(let index, let block) = context else { return }
        file.rules[index].hasSyntaxErrors = true
        if block == .example || block == .given, let last = file.rules[index].examples.indices.last {
            file.rules[index].examples[last].hasSyntaxErrors = true
        }
    }

    // MARK: Lines

    private func range(_ line: Int, _ column: Int, _ length: Int) -> SourceRange {
        SourceRange(file: path, line: line, column: column, length: length)
    }

    /// `name:` at the start of a line: the field name, and where its value starts.
    private func field(_ content: Substring) -> (name: String, value: Substring, offset: Int)? {
        var i = content.startIndex
        while i < content.endIndex, Lexer.isNameCharacter(content[i]) { i = content.index(after: i) }
        guard i > content.startIndex else { return nil }
        let name = String(content[..<i])
        var j = i
        while j < content.endIndex, content[j] == " " || content[j] == "\t" { j = content.index(after: j) }
        guard j < content.endIndex, content[j] == ":" || content[j] == "：" else { return nil }
        let valueStart = content.index(after: j)
        let value = content[valueStart...]
        let trimmed = value.drop { $0.isWhitespace }
        return (name, trimmed, content.distance(from: content.startIndex, to: valueStart) + (value.count - trimmed.count))
    }

    private func textField(_ value: Substring, line: Int, column: Int) -> TextField {
        var text = String(value)
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return TextField(text: text, range: range(line, column, max(text.count, 1)))
    }

    private mutating func parseLine(_ content: Substring, line: Int, column: Int) throws(Lexer.Failure) {
        // Top-level declarations.
        if let keyword = leadingWord(content), ["template", "parameter", "rule", "basis"].contains(keyword),
            content.dropFirst(keyword.count).first?.isWhitespace ?? true, field(content) == nil
        {
            let lexer = Lexer(file: path, line: line)
            var stream = TokenStream(try lexer.tokens(content, startColumn: column), end: endRange(line, column, content))
            _ = stream.next()
            switch keyword {
            case "template": try startTemplate(&stream)
            case "parameter": try startParameter(&stream)
            case "basis": try startBasis(&stream)
            default: try startRule(&stream)
            }
            return
        }
        switch context {
        case .none:
            throw Lexer.Failure(diagnostic: .expectedDeclaration(range(line, column, leadingWord(content)?.count ?? 1)))
        case .template(let index):
            try parseSlot(content, line: line, column: column, template: index)
        case .parameter(let index):
            try parseParameterField(content, line: line, column: column, parameter: index)
        case .basis(let index):
            try parseBasisField(content, line: line, column: column, basis: index)
        case .rule(let index, let block):
            try parseRuleLine(content, line: line, column: column, rule: index, block: block)
        }
    }

    private func leadingWord(_ content: Substring) -> String? {
        let word = content.prefix { Lexer.isNameCharacter($0) }
        return word.isEmpty ? nil : String(word)
    }

    private func endRange(_ line: Int, _ column: Int, _ content: Substring) -> SourceRange {
        range(line, column + content.count, 1)
    }

    /// Tokens of a logical line: continues onto the next lines while a bracket is open.
    private mutating func logicalTokens(_ content: Substring, line: Int, column: Int) throws(Lexer.Failure) -> TokenStream {
        var tokens = try Lexer(file: path, line: line).tokens(content, startColumn: column)
        var end = endRange(line, column, content)
        func depth(_ tokens: [Token]) -> Int {
            tokens.reduce(0) { sum, token in
                sum + (token.isSymbol("(") || token.isSymbol("[") ? 1 : (token.isSymbol(")") || token.isSymbol("]") ? -1 : 0))
            }
        }
        while depth(tokens) > 0, lineIndex < lines.count {
            let next = lines[lineIndex]
            let nextContent = next.drop { $0.isWhitespace }
            if !nextContent.isEmpty, field(nextContent).map({ Self.ruleFields.contains($0.name) }) == true { break }
            lineIndex += 1
            let nextColumn = next.count - nextContent.count + 1
            tokens += try Lexer(file: path, line: lineIndex).tokens(nextContent, startColumn: nextColumn)
            end = endRange(lineIndex, nextColumn, nextContent)
        }
        return TokenStream(tokens, end: end)
    }

    // MARK: Templates

    private mutating func startTemplate(_ stream: inout TokenStream) throws(Lexer.Failure) {
        let name = try stream.expectIdentifier(localized(" 'template' 后面的模板名", english: "a template name after 'template'"))
        var label: String?
        var derived = false
        while let token = stream.next() {
            if case .text(let text) = token.kind, label == nil {
                label = text
            } else if token.isKeyword("derived") {
                derived = true
            } else {
                throw Lexer.Failure(diagnostic: .expected(localized("引号中的标签或 'derived'", english: "a label in quotes or 'derived'"), found: token, at: token.range))
            }
        }
        var declaration = TemplateDeclaration(name: name, label: label)
        declaration.derived = derived
        file.templates.append(declaration)
        context = .template(file.templates.count - 1)
    }

    /// `name: type ["label"] [default value]`
    private mutating func parseSlot(_ content: Substring, line: Int, column: Int, template: Int) throws(Lexer.Failure) {
        var stream = try logicalTokens(content, line: line, column: column)
        let name = try stream.expectIdentifier(localized("槽名", english: "a slot name"))
        _ = try stream.expect(":", localized("槽名后面的 ':'", english: "':' after the slot name"))
        let typeName = try stream.expectIdentifier(localized("槽类型（text、number、boolean、list、any、reference）", english: "a slot type (text, number, boolean, list, any, reference)"))
        let type: SlotType
        switch typeName.value {
        case "reference":
            if stream.takeKeyword("to") != nil {
                type = .reference(try stream.expectIdentifier(localized(" 'reference to' 后面的模板名", english: "a template name after 'reference to'")))
            } else {
                type = .reference(nil)
            }
        default:
            guard let valueType = ValueType(rawValue: typeName.value) else {
                throw Lexer.Failure(diagnostic: .unknownType(typeName))
            }
            type = .value(valueType)
        }
        var label: String?
        if let token = stream.peek, case .text(let text) = token.kind {
            _ = stream.next()
            label = text
        }
        var defaultValue: ExpressionNode?
        if stream.takeKeyword("default") != nil { defaultValue = try stream.expression() }
        try stream.expectEnd()
        let end = stream.previousEnd
        file.templates[template].slots.append(
            SlotDeclaration(
                name: name, type: Located(value: type, range: typeName.range.through(end)), label: label,
                defaultValue: defaultValue))
    }

    // MARK: Bases

    private mutating func startBasis(_ stream: inout TokenStream) throws(Lexer.Failure) {
        let name = try stream.expectIdentifier(localized(" 'basis' 后面的名称", english: "a name after 'basis'"))
        try stream.expectEnd()
        file.bases.append(BasisDeclaration(name: name, range: name.range))
        context = .basis(file.bases.count - 1)
    }

    private mutating func parseBasisField(_ content: Substring, line: Int, column: Int, basis: Int) throws(Lexer.Failure) {
        guard let (name, value, offset) = field(content), Self.basisFields.contains(name) else {
            let word = leadingWord(content) ?? String(content.prefix(1))
            throw Lexer.Failure(diagnostic: .unknownField(word, in: .basis, known: Self.basisFields, range(line, column, word.count)))
        }
        file.bases[basis].fields[name] = textField(value, line: line, column: column + offset)
    }

    // MARK: Parameters

    private mutating func startParameter(_ stream: inout TokenStream) throws(Lexer.Failure) {
        let name = try stream.expectIdentifier(localized(" 'parameter' 后面的参数名", english: "a parameter name after 'parameter'"))
        try stream.expectEnd()
        file.parameters.append(ParameterDeclaration(name: name, range: name.range))
        context = .parameter(file.parameters.count - 1)
    }

    private mutating func parseParameterField(_ content: Substring, line: Int, column: Int, parameter: Int)
        throws(Lexer.Failure)
    {
        guard let (name, value, offset) = field(content), Self.parameterFields.contains(name) else {
            let word = leadingWord(content) ?? String(content.prefix(1))
            throw Lexer.Failure(diagnostic: .unknownField(word, in: .parameter, known: Self.parameterFields, range(line, column, word.count)))
        }
        let valueColumn = column + offset
        let text = textField(value, line: line, column: valueColumn)
        switch name {
        case "label": file.parameters[parameter].label = text
        case "unit": file.parameters[parameter].unit = text
        case "basis": file.parameters[parameter].basis.append(text)
        case "description": file.parameters[parameter].description = text
        case "rationale": file.parameters[parameter].rationale = text
        default:
            var stream = try logicalTokens(value, line: line, column: valueColumn)
            file.parameters[parameter].value = try stream.expression()
            try stream.expectEnd()
        }
    }

    // MARK: Rules

    private mutating func startRule(_ stream: inout TokenStream) throws(Lexer.Failure) {
        let id = try stream.expectIdentifier(localized(" 'rule' 后面的规则编号", english: "a rule id after 'rule'"))
        try stream.expectEnd()
        file.rules.append(RuleDeclaration(id: id))
        context = .rule(file.rules.count - 1, .fields)
    }

    private mutating func parseRuleLine(_ content: Substring, line: Int, column: Int, rule: Int, block: Block)
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

    private mutating func parseRuleField(
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

    // MARK: Conditions, actions, facts

    private static let aggregateFunctions: Set<String> = ["count", "sum", "min", "max", "collect"]

    private mutating func condition(_ stream: inout TokenStream) throws(Lexer.Failure) -> ConditionNode {
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
    private static func startsValue(_ token: Token) -> Bool {
        switch token.kind {
        case .variable, .parameter, .number, .text: true
        default: false
        }
    }

    private mutating func pattern(_ stream: inout TokenStream) throws(Lexer.Failure) -> PatternNode {
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
    private mutating func fact(_ stream: inout TokenStream, labelled: Bool) throws(Lexer.Failure) -> FactNode {
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
    private mutating func assignments(_ stream: inout TokenStream, after what: String) throws(Lexer.Failure)
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

    private mutating func action(_ stream: inout TokenStream) throws(Lexer.Failure) -> ActionNode {
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
