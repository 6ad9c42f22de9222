import Diagnostics
import RuleEngine

/// Compiles parsed knowledge files into a knowledge base: declarations first (so that
/// rules may use templates declared in any file), then each rule. Rules with errors
/// are left out; every error is reported.
struct KnowledgeCompiler {
    let files: [KnowledgeFile]
    let sources: [String: String]
    let functions: FunctionLibrary
    private(set) var diagnostics: [Diagnostic] = []
    /// What the lint checks need to know about each compiled rule.
    private(set) var analyses: [RuleAnalysis] = []

    init(files: [KnowledgeFile], sources: [String: String], functions: FunctionLibrary) {
        self.files = files
        self.sources = sources
        self.functions = functions
    }

    mutating func compile() -> KnowledgeBase {
        let templates = compileTemplates()
        var bases = BasisCompiler()
        let declaredBases = bases.compile(files)
        let parameters = compileParameters(&bases)
        diagnostics += bases.takeDiagnostics()
        let symbols = Symbols(
            templates: Dictionary(templates.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }),
            parameters: Dictionary(parameters.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first }),
            functions: functions)
        var rules: [RuleDefinition] = []
        var seen: [String: SourceRange] = [:]
        let lines = sources.mapValues(SourceLines.split)
        for file in files {
            for declaration in file.rules {
                if let first = seen[declaration.id.value] {
                    diagnostics.append(.duplicate(.rule, declaration.id.value, declaration.id.range, first: first))
                    continue
                }
                seen[declaration.id.value] = declaration.id.range
                var analyzer = RuleAnalyzer(symbols: symbols, declaration: declaration, bases: bases) { range in
                    Self.text(of: range, in: lines[range.file] ?? [])
                }
                let definition = analyzer.analyze()
                bases = analyzer.bases
                diagnostics += analyzer.diagnostics
                analyses.append(
                    RuleAnalysis(declaration: declaration, definition: definition, variables: analyzer.records, parameters: analyzer.usedParameters))
                if let definition { rules.append(definition) }
            }
        }
        var knowledge = KnowledgeBase(templates: templates, parameters: parameters, rules: rules, sources: sources)
        knowledge.bases = declaredBases
        // The engine has the last word; it should agree with everything checked above.
        do {
            _ = try knowledge.makeEngine()
        } catch {
            diagnostics.append(.engineRejected(error.diagnostic, rules.first?.range ?? SourceRange(file: files.first?.path ?? "", line: 1, column: 1)))
            knowledge = KnowledgeBase(templates: templates, parameters: parameters, rules: [], sources: sources)
            knowledge.bases = declaredBases
        }
        return knowledge
    }

    /// The text of a range, across lines.
    static func text(of range: SourceRange, in lines: [Substring]) -> String {
        guard range.start.line >= 1, range.end.line <= lines.count else { return "" }
        var pieces: [String] = []
        for number in range.start.line...range.end.line {
            let line = Array(lines[number - 1])
            let from = number == range.start.line ? range.start.column - 1 : 0
            let to = number == range.end.line ? min(range.end.column - 1, line.count) : line.count
            if from < to { pieces.append(withoutComment(String(line[from..<to])).trimmedText) }
        }
        return pieces.joined(separator: " ")
    }

    /// The part of a line before a `#` comment (a `#` inside quotes is text).
    static func withoutComment(_ line: String) -> String {
        var closers: Set<Character>?
        var result = ""
        for character in line {
            if let open = closers {
                if open.contains(character) { closers = nil }
            } else if let quote = Lexer.quotes[character] {
                closers = quote
            } else if character == "#" || character == "＃" {
                break
            }
            result.append(character)
        }
        return result
    }

    // MARK: Declarations

    private mutating func compileTemplates() -> [TemplateDefinition] {
        var seen: [String: SourceRange] = [:]
        var declarations: [TemplateDeclaration] = []
        for file in files {
            for template in file.templates {
                if let first = seen[template.name.value] {
                    diagnostics.append(.duplicate(.template, template.name.value, template.name.range, first: first))
                } else {
                    seen[template.name.value] = template.name.range
                    declarations.append(template)
                }
            }
        }
        return declarations.map { declaration in
            var slots: [SlotDefinition] = []
            var slotNames: [String: SourceRange] = [:]
            for slot in declaration.slots {
                if let first = slotNames[slot.name.value] {
                    diagnostics.append(.duplicate(.slot, slot.name.value, slot.name.range, first: first))
                    continue
                }
                slotNames[slot.name.value] = slot.name.range
                var type = ValueType.any
                var reference: String?
                switch slot.type.value {
                case .value(let valueType): type = valueType
                case .reference(let target):
                    type = .reference
                    if let target {
                        if seen[target.value] == nil {
                            diagnostics.append(.unknownTemplate(target, known: seen.keys.sorted()))
                        }
                        reference = target.value
                    }
                }
                var defaultValue = Value.absent
                if let node = slot.defaultValue {
                    if let value = Self.constant(node) {
                        if type.accepts(value) {
                            defaultValue = value
                        } else {
                            diagnostics.append(.typeMismatch(localized("槽 '\(slot.name.value)' 存放\(InferredType(type))，默认值却是\(InferredType(of: value))", english: "slot '\(slot.name.value)' holds \(InferredType(type)), but its default is \(InferredType(of: value))"), node.range))
                        }
                    } else {
                        diagnostics.append(.invalidValue(localized("默认值应是一个值：数字、引号中的文本、true 或 false", english: "a default is a value: a number, a text in quotes, true or false"), node.range))
                    }
                }
                slots.append(SlotDefinition(name: slot.name.value, type: type, referenceTemplate: reference, label: slot.label, defaultValue: defaultValue))
            }
            return TemplateDefinition(
                name: declaration.name.value, label: declaration.label, slots: slots, derived: declaration.derived,
                range: declaration.name.range)
        }
    }

    private mutating func compileParameters(_ bases: inout BasisCompiler) -> [ParameterDefinition] {
        var seen: [String: SourceRange] = [:]
        var result: [ParameterDefinition] = []
        for file in files {
            for parameter in file.parameters {
                if let first = seen[parameter.name.value] {
                    diagnostics.append(.duplicate(.parameter, parameter.name.value, parameter.name.range, first: first))
                    continue
                }
                seen[parameter.name.value] = parameter.name.range
                guard let node = parameter.value else {
                    diagnostics.append(.invalidValue(localized("参数 '$\(parameter.name.value)' 缺少 'value:'", english: "parameter '$\(parameter.name.value)' has no 'value:'"), parameter.name.range))
                    continue
                }
                guard let value = Self.constant(node) else {
                    diagnostics.append(.invalidValue(localized("参数的值应是数字、引号中的文本、true/false 或由它们组成的列表", english: "a parameter's value is a number, a text in quotes, true/false or a list of these"), node.range))
                    continue
                }
                let basis = parameter.basis.compactMap { bases.resolve($0) }
                result.append(
                    ParameterDefinition(
                        name: parameter.name.value, label: parameter.label?.text, value: value, unit: parameter.unit?.text,
                        basis: basis, rationale: parameter.rationale?.text, description: parameter.description?.text,
                        range: parameter.name.range))
            }
        }
        return result
    }

    /// The value of a constant expression (literals, negative numbers, lists of them).
    static func constant(_ node: ExpressionNode) -> Value? {
        switch node {
        case .literal(let value, _): return value
        case .list(let items, _):
            let values = items.compactMap(constant)
            return values.count == items.count ? .list(values) : nil
        default: return nil
        }
    }
}

/// A compiled (or failed) rule with what lint checks need.
struct RuleAnalysis {
    let declaration: RuleDeclaration
    let definition: RuleDefinition?
    let variables: [VariableRecord]
    let parameters: [String]
}
