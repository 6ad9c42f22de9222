import Diagnostics
import RegularExpressions
import RuleEngine

extension RuleAnalyzer {
    /// `text matches "…"`: the regular expression is fixed when the rule compiles (quoted, or
    /// a text parameter policy staff can tune) and compiled once, here.
    mutating func compileMatches(_ textNode: ExpressionNode, _ patternNode: ExpressionNode, local: [String: Variable], template: TemplateDefinition?)
        -> (RuleExpression, InferredType)?
    {
        guard let (text, textType) = compile(textNode, local: local, template: template) else { return nil }
        guard let source = patternSource(patternNode) else { return nil }
        if textType != .text, textType != .unknown {
            report(.typeMismatch(localized("'matches' 在文本中查找，这里却是\(textType)", english: "'matches' searches text, but this is \(textType)"), textNode.range))
            return nil
        }
        guard let regex = try? RegularExpression(source) else {
            report(.invalidRegularExpression(source, patternNode.range))
            return nil
        }
        return (.matches(text, regex), .boolean)
    }

    /// The pattern's text: quoted, or the value of a text parameter.
    private mutating func patternSource(_ node: ExpressionNode) -> String? {
        let notAPattern = Diagnostic.typeMismatch(
            localized("'matches' 后面应是引号中的正则表达式或文本参数", english: "'matches' takes a regular expression in quotes or a text parameter"),
            node.range)
        switch node {
        case .literal(.text(let text), _):
            return text
        case .parameter(let name, let range):
            // A misspelt name is an unknown parameter, with the closest one; not a type error.
            guard let parameter = symbols.parameters[name] else {
                report(.unknownParameter(name, range, known: symbols.parameterNames))
                return nil
            }
            guard case .text(let text) = parameter.value else {
                report(notAPattern)
                return nil
            }
            useParameter(name)
            return text
        default:
            report(notAPattern)
            return nil
        }
    }
}
