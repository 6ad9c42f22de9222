import Audit
import CaseLibrary
import Diagnostics
import Rendering
import RuleLanguage

/// One trainee working through one case at the terminal: each line typed is a
/// command, each answer a text to show. The expert system's audit of the case is the
/// answer key; it stays hidden until the trainee submits.
public struct TrainingSession {
    public let item: Case
    public let audit: DocumentAudit
    public let parser: AnswerParser
    public private(set) var answers: [Answer] = []
    /// Where `s` with no line number continues.
    private var nextLine = 1

    public static let pageLines = 30

    public init(case item: Case, audit: DocumentAudit) {
        self.item = item
        self.audit = audit
        parser = AnswerParser(rules: audit.knowledge.rules.filter { $0.kind == .finding }, report: audit.read.report)
    }

    public var welcome: String {
        let level = TeachingNotes.difficultyWords[item.difficulty] ?? "\(item.difficulty)"
        return """
            案例 \(item.name)：\(item.title)（难度：\(level)）
            报告 \(item.report)，共 \(audit.read.report.source.lineCount) 行。找出审核应当指出的问题，记下规则和依据的行号，然后交卷。

            \(Self.help)
            """
    }

    static let help = """
        命令：
          s [行号]          看原文，每次 30 行；再按回车继续往下看
          o                 报告结构（各单位、章节和表格所在的行）
          r [关键词]        规则列表，可按中文标题或规则名筛选
          a 规则 行号[,行号]  记下一个问题，规则写编号、规则名或标题中的词，如：a 12 57 或 a weight-total 30
          l                 我记下的问题
          d 编号            删除一条
          submit            交卷评分
          q                 退出，不交卷
          h                 帮助

        """

    public enum Outcome: Equatable, Sendable {
        case `continue`
        case submitted
        case quit
    }

    /// Handles one line; returns what to show and whether the session goes on.
    public mutating func handle(_ input: String) -> (text: String, outcome: Outcome) {
        let line = input.trimmedText
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).map(String.init)
        let command = words.first ?? ""
        let rest = words.dropFirst().joined(separator: " ")
        switch command {
        case "", "n":
            return (page(from: nextLine), .continue)
        case "s":
            guard rest.isEmpty || Int(rest) != nil else { return ("用法：s [行号]\n", .continue) }
            return (page(from: Int(rest) ?? nextLine), .continue)
        case "o":
            return (FactsRendering.outline(audit.read.report), .continue)
        case "r":
            return (ruleList(matching: rest), .continue)
        case "a":
            switch parser.parse(rest) {
            case .success(let answer):
                answers.append(answer)
                return ("记下 #\(answers.count)：\(describe(answer))\n", .continue)
            case .failure(let failure):
                return (failure.message + "\n", .continue)
            }
        case "l":
            guard !answers.isEmpty else { return ("还没有记下问题。\n", .continue) }
            return (answers.enumerated().map { "#\($0 + 1) \(describe($1))" }.joined(separator: "\n") + "\n", .continue)
        case "d":
            guard let number = Int(rest), number >= 1, number <= answers.count else {
                return ("用法：d 编号（1 到 \(answers.count)）\n", .continue)
            }
            let removed = answers.remove(at: number - 1)
            return ("已删除：\(describe(removed))\n", .continue)
        case "submit", "交卷":
            return (TrainingReport.render(Scoring(answers: answers, findings: audit.findings), session: self), .submitted)
        case "q", "quit", "退出":
            return ("已退出，未交卷。\n", .quit)
        case "h", "help", "帮助", "?":
            return (Self.help, .continue)
        default:
            return ("不认识的命令“\(command)”；输入 h 查看帮助。\n", .continue)
        }
    }

    /// The source from `first`, a page at a time, with line numbers.
    private mutating func page(from first: Int) -> String {
        let lines = audit.read.report.source.lines
        guard first <= lines.count else {
            nextLine = 1
            return "（已到报告末尾，共 \(lines.count) 行；s 1 从头看）\n"
        }
        let start = max(first, 1), end = min(start + Self.pageLines - 1, lines.count)
        nextLine = end + 1
        let width = String(lines.count).count
        var out = ""
        for number in start...end {
            let label = String(number)
            out += String(repeating: " ", count: width - label.count) + label + " | " + lines[number - 1].replacing("\t", with: "    ") + "\n"
        }
        return out + (end < lines.count ? "（回车继续，第 \(end + 1) 行起）\n" : "（报告结束）\n")
    }

    private func ruleList(matching word: String) -> String {
        var out = ""
        for (index, rule) in parser.rules.enumerated() where word.isEmpty || rule.id.contains(word) || rule.title.contains(word) {
            out += "\(index + 1). \(rule.id)  \(rule.title)（\(rule.severity?.chinese ?? "")）\n"
        }
        return out.isEmpty ? "没有标题或规则名包含“\(word)”的规则。\n" : out
    }

    func describe(_ answer: Answer) -> String {
        let title = parser.rules.first { $0.id == answer.rule }?.title ?? ""
        return "\(answer.rule)（\(title)）\(answer.unit) 第 \(answer.lines.map(String.init).joined(separator: "、")) 行"
    }
}
