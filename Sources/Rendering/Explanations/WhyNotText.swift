import Audit

/// `audit why-not` as text.
public enum WhyNotText {
    public static func render(_ answer: WhyNotExplanation) -> String {
        let scope = answer.unit.map { "（单位 \($0)）" } ?? ""
        var out = "规则 \(answer.rule)（\(answer.title)）\(scope)\n"
        out += "条件：\n"
        for (index, condition) in answer.conditions.enumerated() { out += "  \(index + 1). \(condition)\n" }
        if !answer.findings.isEmpty {
            out += "\n它已报告 \(answer.findings.count) 项发现：\n"
            for finding in answer.findings { out += "  #\(finding.id) \(finding.message)\n" }
            return out
        }
        if answer.matched {
            return out + "\n条件全部成立（这是推导规则，推导出的事实见 audit explain）。\n"
        }
        if answer.candidates.isEmpty {
            return out + "\n没有可比较的事实。\n"
        }
        out += "\n没有触发。最接近的\(answer.candidates.count == 1 ? "" : " \(answer.candidates.count) 个")情形：\n"
        for (index, candidate) in answer.candidates.enumerated() {
            out += "\n  情形 \(index + 1)：\n"
            for (number, condition) in candidate.satisfied.enumerated() {
                out += "    ✓ \(number + 1). \(condition.plain)\n"
                out += ExplanationText.evidence(condition.evidence, indent: 4)
            }
            out += "    ✗ \(candidate.satisfied.count + 1). \(candidate.failing.plain)\n"
            out += reason(candidate.failing.reason)
        }
        if answer.truncated { out += "\n（比较的组合太多，只列出在搜索上限内找到的情形。）\n" }
        if !answer.parameters.isEmpty {
            out += "\n所用参数：\n"
            for parameter in answer.parameters { out += "  $\(parameter.name) \(parameter.label) = \(parameter.value)\n" }
        }
        return out
    }

    static func reason(_ reason: WhyNotExplanation.Reason) -> String {
        switch reason {
        case .noFacts(let label):
            return "      报告中没有“\(label)”\n"
        case .noCandidate(let tried, let rejections):
            var out = tried == 1 ? "      唯一一条事实不符合：\n" : "      \(tried) 条事实都不符合，最接近的：\n"
            for rejection in rejections {
                out += ExplanationText.fact(rejection.fact, indent: 4)
                out += "          不符：\(rejection.comparison)\n"
            }
            return out
        case .blocked(let fact):
            return "      但有这样一条事实：\n" + ExplanationText.fact(fact, indent: 4)
        case .noAggregateValue(let members):
            return "      汇总没有结果（\(members) 条事实）\n"
        case .testFailed(let comparison):
            return "      \(comparison)\n"
        }
    }
}
