/// What a section is, from the words of its heading. A heading joined with 及/和/与
/// ("存在的问题及原因分析") is each of its parts; within a part, the first matching
/// class wins, in the order below (so that "部门整体支出绩效情况" is performance, not
/// finances).
enum SectionClassifier {
    /// Ordered: specific classes before general ones.
    static let vocabulary: [(SectionKind, [String])] = [
        (.problems, ["存在问题", "存在的问题", "存在主要问题", "存在的主要问题", "主要问题", "需重点关注的问题", "问题与不足", "不足之处"]),
        (.causes, ["原因分析", "偏差原因", "未完成原因", "问题原因", "产生原因"]),
        (.resultUse, ["结果应用", "结果拟应用", "应用建议", "应用情况", "公开情况"]),
        (.suggestions, ["改进建议", "改进措施", "措施建议", "有关建议", "相关建议", "相关措施", "下一步", "整改", "建议", "措施"]),
        (.conclusion, ["评价结论", "综合评价", "自评结论", "评价等级", "自评结果", "评价结果", "结论", "自评得分"]),
        (.evaluationProcess, ["评价实施", "评价工作开展", "评价组织", "评价方法", "评价目的", "评价选点", "评价重点", "前期准备", "分析评价", "评价工作"]),
        (.performance, ["绩效分析", "绩效情况", "履职", "主要成效", "绩效评价情况", "评价分析", "项目绩效", "目标完成", "工作开展情况", "成效"]),
        (.finances, ["收支", "收入", "支出", "预算", "资金", "决算", "执行", "结余", "结转", "三公"]),
        (.basics, ["基本情况", "概况", "职责", "职能", "机构", "人员", "编制", "主要任务", "工作任务", "绩效目标"]),
    ]

    static func kinds(of title: String) -> [SectionKind] {
        var result: [SectionKind] = []
        for part in title.split(whereSeparator: { "及和与、".contains($0) }) {
            // "存在的问题及原因": a bare 原因 beside a problem; "立项的原因及背景" is background.
            if part == "原因" || part == "主要原因" {
                if !result.contains(.causes) { result.append(.causes) }
                continue
            }
            for (kind, words) in vocabulary where words.contains(where: { part.contains($0) }) {
                if !result.contains(kind) { result.append(kind) }
                break
            }
        }
        return result
    }
}
