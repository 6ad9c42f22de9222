import Audit
import ReportReading

/// `audit explain` as text: the finding, then the derivation as an indented tree down
/// to the quoted source lines.
public enum ExplanationText {
    public static func render(_ explanation: Explanation) -> String {
        let finding = explanation.finding
        var out = "#\(finding.id) \(finding.severity.chinese)[\(finding.rule)] \(finding.title)\n"
        out += "  \(finding.message)\n"
        for basis in finding.basis { out += "  依据：\(basis)\n" }
        out += "\n为什么：\n"
        out += step(explanation.step, indent: 1)
        return out
    }

    static func step(_ step: DerivationStep, indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        var out = "\(pad)规则 \(step.rule)（\(step.title)）在以下条件都成立时触发：\n"
        for (index, condition) in step.conditions.enumerated() {
            out += "\(pad)  \(index + 1). \(condition.plain)\n"
            out += evidence(condition.evidence, indent: indent + 2)
        }
        if !step.parameters.isEmpty {
            out += "\(pad)  所用参数：\n"
            for parameter in step.parameters {
                out += "\(pad)    $\(parameter.name) \(parameter.label) = \(parameter.value)\(parameter.source)\n"
            }
        }
        return out
    }

    static func evidence(_ evidence: Evidence, indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        switch evidence {
        case .fact(let matched):
            return fact(matched, indent: indent)
        case .absent(let checked):
            let values = checked.isEmpty ? "" : "（" + checked.map { "\($0.name) = \($0.value)" }.joined(separator: "，") + "）"
            return "\(pad)没有这样的事实\(values)\n"
        case .witnesses(let facts):
            return "\(pad)有 \(facts.count) 条：\n" + facts.map { fact($0, indent: indent + 1) }.joined()
        case .aggregate(let value, let members):
            return "\(pad)结果 \(value)，由 \(members.count) 条事实汇总：\n" + members.map { fact($0, indent: indent + 1) }.joined()
        case .test(let values):
            return values.isEmpty ? "" : "\(pad)成立：" + values.map { "\($0.name) = \($0.value)" }.joined(separator: "，") + "\n"
        }
    }

    static func fact(_ fact: FactStep, indent: Int) -> String {
        let pad = String(repeating: "  ", count: indent)
        let slots = fact.slots.map { "\($0.name)=\($0.value.replacingNewlines)" }.joined(separator: "，")
        var out = "\(pad)\(fact.label)：\(shorten(slots, limit: 160))\n"
        switch fact.source {
        case .report(let id, let citation):
            out += "\(pad)  ← \(citation.location)〔\(id)〕“\(shorten(citation.quote.displayQuote, limit: 120))”\n"
        case .derived(let step):
            out += "\(pad)  ← 由规则推导：\n" + self.step(step, indent: indent + 2)
        case .derivedAbove(let rule):
            out += "\(pad)  ← 由规则 \(rule) 推导（见上）\n"
        case .given:
            break
        }
        return out
    }
}

/// Long texts cut for a line of text output; JSON keeps them whole.
func shorten(_ text: String, limit: Int) -> String {
    text.count <= limit ? text : String(text.prefix(limit)) + "…"
}
