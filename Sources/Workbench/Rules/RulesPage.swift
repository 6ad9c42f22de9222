import Audit
import RuleLanguage
import WebServer

/// `/rules`: the knowledge base by topic (a file is a topic: weights, execution, …):
/// each file's rules with severity, and its parameters with value and basis. Policy
/// staff open a file from here to edit it.
enum RulesPage {
    static func respond(_ context: Route.Context) -> HTTPResponse {
        let knowledge = context.workbench.current.knowledge.rules
        let editable = context.workbench.editable
        let mayEdit = editable != nil && context.visitor.role == .policy
        var body = "<p class=\"hint\">规则库 <code>\(Markup.escape(context.workbench.current.run.knowledgePath))</code>：\(knowledge.rules.count) 条规则，\(knowledge.parameters.count) 个参数。"
        if editable == nil {
            body += "这是 audit 内置的规则库，不能在这里修改：请先用 <code>audit knowledge export 文件夹</code> 导出，再用 <code>audit serve --knowledge 文件夹</code> 启动。"
        } else if !mayEdit {
            body += "只有政策人员可以修改。"
        }
        body += "</p>\n"
        let files = (knowledge.rules.map(\.range.file) + knowledge.parameters.map(\.range.file)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for file in files.sorted() {
            body += "<section class=\"topic\">\n<h2>\(Markup.escape(file))</h2>\n"
            if let summary = openingComment(knowledge.sources[file] ?? "") { body += "<p class=\"hint\">\(Markup.escape(summary))</p>\n" }
            // For policy staff, each rule and parameter opens the editor at its line.
            var edit: ((Int) -> String)? = nil
            if mayEdit, let editable, file.hasPrefix(editable.name + "/") {
                let relative = String(file.dropFirst(editable.name.count + 1))
                body += "<p>" + Markup.anchor(Markup.link(RuleEditorPage.path, [("file", relative)]), "编辑这个文件") + "</p>\n"
                edit = { line in Markup.link(RuleEditorPage.path, [("file", relative), ("line", "\(line)")]) }
            }
            body += ruleTable(knowledge.rules.filter { $0.range.file == file }, edit: edit)
            body += parameterTable(knowledge.parameters.filter { $0.range.file == file }, edit: edit)
            body += "</section>\n"
        }
        return Page(title: "规则", body: body).response(for: context.visitor)
    }

    /// A rule's or parameter's name, a link to its line in the editor when `edit` is given.
    private static func name(_ text: String, line: Int, edit: ((Int) -> String)?) -> String {
        let code = "<code>\(Markup.escape(text))</code>"
        return edit.map { "<a href=\"\(Markup.escape($0(line)))\">\(code)</a>" } ?? code
    }

    private static func ruleTable(_ rules: [RuleDefinition], edit: ((Int) -> String)?) -> String {
        guard !rules.isEmpty else { return "" }
        var out = "<table class=\"list rules\">\n<thead><tr><th>规则</th><th>标题</th><th>严重程度</th><th>作用</th></tr></thead>\n<tbody>\n"
        for rule in rules {
            out += "<tr><td>\(name(rule.id, line: rule.range.start.line, edit: edit))</td><td>\(Markup.escape(rule.title))</td>"
            out += "<td class=\"\(rule.severity?.rawValue ?? "")\">\(rule.severity?.chinese ?? "")</td>"
            out += "<td>\(rule.kind == .finding ? "给出问题" : "推导事实")</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    private static func parameterTable(_ parameters: [ParameterDefinition], edit: ((Int) -> String)?) -> String {
        guard !parameters.isEmpty else { return "" }
        var out = "<table class=\"list parameters\">\n<thead><tr><th>参数</th><th>名称</th><th>值</th><th>依据或理由</th></tr></thead>\n<tbody>\n"
        for parameter in parameters {
            let reason = parameter.basis.map(\.text).joined(separator: "；") + (parameter.rationale.map { parameter.basis.isEmpty ? $0 : "；" + $0 } ?? "")
            out += "<tr><td>\(name(parameter.name, line: parameter.range.start.line, edit: edit))</td><td>\(Markup.escape(parameter.label ?? ""))</td>"
            out += "<td>\(Markup.escape(parameter.displayValue))</td><td>\(Markup.escape(reason))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// The comment a file opens with (its `#` lines before anything else), as one line.
    static func openingComment(_ text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).prefix { $0.hasPrefix("#") }
        let words = lines.map { $0.drop { $0 == "#" || $0 == " " } }.filter { !$0.isEmpty }.joined(separator: " ")
        return words.isEmpty ? nil : words
    }
}
