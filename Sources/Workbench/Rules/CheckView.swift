/// A checked edit as HTML: whether it may be saved, the diagnostics as `audit rules
/// lint` prints them, and the examples of the file, passed and failed.
enum CheckView {
    static func html(_ check: KnowledgeCheck) -> String {
        var out = "<section class=\"check\">\n<h2>检查结果</h2>\n"
        out += check.canSave
            ? "<p class=\"saved\">没有错误，可以保存。</p>\n"
            : "<p class=\"problem\">有 \(check.errorCount) 个错误，改正后才能保存。</p>\n"
        let problems = check.renderedProblems
        if !problems.isEmpty { out += "<pre class=\"diagnostics\">\(Markup.escape(problems))</pre>\n" }
        guard !check.examples.isEmpty else { return out + "</section>\n" }
        let failed = check.examples.filter { !$0.passed }.count
        out += "<h3>示例：\(check.examples.count) 个，\(failed == 0 ? "全部通过" : "\(failed) 个没有通过")</h3>\n<ul class=\"examples\">\n"
        for example in check.examples {
            out += "<li class=\"\(example.passed ? "passed" : "failed")\">\(example.passed ? "✓" : "✗") <code>\(Markup.escape(example.owner))</code> "
            out += "\(Markup.escape(example.title))（第 \(example.line) 行）"
            if !example.detail.isEmpty { out += "<pre>\(Markup.escape(example.detail.joined(separator: "\n")))</pre>" }
            out += "</li>\n"
        }
        return out + "</ul>\n</section>\n"
    }
}
