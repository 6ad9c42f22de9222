import Diagnostics
import RuleEngine

/// Checks one rule against the knowledge base's templates and parameters and
/// compiles it to an engine rule. Reports every problem it finds, not only the first.
struct RuleAnalyzer {
    let symbols: Symbols
    let declaration: RuleDeclaration
    /// The source text of a range, for the rule's condition texts.
    let sourceText: (SourceRange) -> String
    var diagnostics: [Diagnostic] = []
    /// Every variable the rule binds, with its uses.
    var records: [VariableRecord] = []
    var usedParameters: [String] = []

    var scope: [String: Variable] = [:]
    var bindingOrder: [String] = []
    var lets: [String: (expression: RuleExpression, type: InferredType, variable: Variable)] = [:]
    var letOrder: [String] = []
    var factTemplates: [String: TemplateDefinition] = [:]

    /// The declared bases; resolving a rule's `basis:` may add diagnostics to it.
    var bases: BasisCompiler

    init(symbols: Symbols, declaration: RuleDeclaration, bases: BasisCompiler, sourceText: @escaping (SourceRange) -> String) {
        self.symbols = symbols
        self.declaration = declaration
        self.bases = bases
        self.sourceText = sourceText
    }

    mutating func report(_ diagnostic: Diagnostic) {
        // After a line of the rule could not be read, a variable that line would have bound
        // is "not bound" everywhere after it: knock-on errors that only hide the first one.
        if declaration.hasSyntaxErrors, diagnostic.code == "KB023" { return }
        diagnostics.append(diagnostic)
    }

    mutating func analyze() -> RuleDefinition? {
        let id = declaration.id
        if id.value.wholeMatch(of: /[a-z][a-z0-9]*(-[a-z0-9]+)*/) == nil { report(.invalidRuleID(id)) }
        let when = compileConditions()
        var actions = declaration.actions.compactMap { compile($0) }
        let isFinding = declaration.actions.contains { if case .finding = $0 { true } else { false } }
        if declaration.whenRange == nil { report(.missingBlock("when", rule: id)) }
        if declaration.thenRange == nil { report(.missingBlock("then", rule: id)) }

        let title = declaration.title.map { renderedTitle($0) }
        if title == nil { report(.missingField("title", rule: id, why: localized("每条规则都要有中文标题，如 权重合计不符", english: "every rule needs a Chinese title, e.g. 权重合计不符"))) }
        let fields = compileFields(isFinding: isFinding, actions: actions)
        let basis = declaration.basis.compactMap { bases.resolve($0) }
        diagnostics += bases.takeDiagnostics()
        let examples = declaration.examples.compactMap { compile($0) }
        actions = completingFindings(actions, title: title)
        let cited = declaration.cites.map { citedConditions($0, factConditions: when.factConditions) }
        let salience = declaration.salience?.value ?? (isFinding ? Self.findingSalience : 0)
        guard !diagnostics.hasErrors, !declaration.hasSyntaxErrors, let title else { return nil }
        return RuleDefinition(
            id: id.value, title: title, writtenTitle: declaration.title?.text ?? title, kind: isFinding ? .finding : .derivation, severity: fields.severity,
            needsReview: fields.needsReview, citedConditions: cited,
            basis: basis, message: fields.message, recommendation: fields.recommendation, explanation: fields.explanation,
            lets: letOrder.compactMap { name in lets[name].map { LetDefinition(name: name, expression: $0.expression) } },
            salience: salience, conditionTexts: when.texts, plainConditions: when.plainWords,
            conditionSources: when.sources,
            parameters: usedParameters,
            examples: examples,
            engineRule: Rule(id.value, salience: salience, when: when.conditions, then: actions),
            range: id.range)
    }

    /// Findings wait for the derivations they read, unless a rule says otherwise: a
    /// finding that counts tables fires once on the finished count, not again on every
    /// table as it is derived.
    static let findingSalience = -1

    mutating func useParameter(_ name: String) {
        if !usedParameters.contains(name) { usedParameters.append(name) }
    }

    var knownVariables: [String] { bindingOrder + lets.keys.sorted() }
}
