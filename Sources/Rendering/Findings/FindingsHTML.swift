import Audit
import ReportReading
import RuleLanguage

/// `audit check --format html`: one self-contained page (no scripts, no network): a
/// summary, every finding with its evidence, and each report's text with the cited
/// lines highlighted. Findings link to their lines and lines back to their findings.
/// The markup is well-formed XML so that it can be checked mechanically.
public enum FindingsHTML {
    /// `includeSource: false` leaves out the report's text (a shorter page to hand on).
    public static func render(_ audits: [DocumentAudit], run: RunInfo, includeSource: Bool = true) -> String {
        let title = "绩效自评报告审核结果 — " + (audits.count == 1 ? audits[0].read.report.title.isEmpty ? audits[0].file : audits[0].read.report.title : "\(audits.count) 份报告")
        var out = """
            <!DOCTYPE html>
            <html lang="zh-CN">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(e(title))</title>
            <style>\(style)</style>
            </head>
            <body>
            <header>
            <h1>\(e(title))</h1>
            <p class="run">\(e(run.tool)) \(e(run.version)) · 规则库 <code>\(e(run.knowledgePath))</code>（\(run.ruleCount) 条规则，sha256 <code>\(e(run.knowledgeSHA256))</code>）</p>
            </header>

            """
        out += summary(audits)
        for (index, audit) in audits.enumerated() { out += document(audit, prefix: "d\(index + 1)", includeSource: includeSource) }
        out += "</body>\n</html>\n"
        return out
    }

    private static func e(_ text: String) -> String { HTMLText.escape(text) }

    private static func severityCells(_ findings: [Finding]) -> String {
        FindingSeverity.allCases.sorted(by: >).map { severity in
            let count = findings.filter { $0.severity == severity }.count
            return "<td class=\"num \(count > 0 ? severity.rawValue : "")\">\(count)</td>"
        }.joined()
    }

    private static let severityHeader = "<th>高</th><th>中</th><th>低</th>"

    static func summary(_ audits: [DocumentAudit]) -> String {
        var out = "<section class=\"summary\">\n<h2>概览</h2>\n<table>\n<thead><tr><th>报告</th><th>单位</th>\(severityHeader)</tr></thead>\n<tbody>\n"
        for (index, audit) in audits.enumerated() {
            out += "<tr><td><a href=\"#d\(index + 1)\">\(e(audit.file))</a></td><td class=\"num\">\(audit.read.report.units.count)</td>"
            out += severityCells(audit.findings) + "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        let all = audits.flatMap(\.findings)
        if !all.isEmpty {
            out += "<h3>按规则</h3>\n<table>\n<thead><tr><th>规则</th><th>标题</th><th>严重程度</th><th>发现</th></tr></thead>\n<tbody>\n"
            let byRule = Dictionary(grouping: all, by: \.rule)
            let rules = byRule.keys.sorted { a, b in
                let (left, right) = (byRule[a]?.first?.severity ?? .low, byRule[b]?.first?.severity ?? .low)
                return left != right ? left > right : a < b
            }
            for rule in rules {
                guard let findings = byRule[rule], let first = findings.first else { continue }
                out += "<tr><td><code>\(e(rule))</code></td><td>\(e(first.title))</td>"
                out += "<td class=\"\(first.severity.rawValue)\">\(first.severity.chinese)</td><td class=\"num\">\(findings.count)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    static func document(_ audit: DocumentAudit, prefix: String, includeSource: Bool = true) -> String {
        let report = audit.read.report
        var out = "<section class=\"document\" id=\"\(prefix)\">\n<h2>\(e(report.file))</h2>\n"
        out += "<p class=\"meta\">\(e(report.source.encoding.rawValue))，\(report.source.lineCount) 行，sha256 <code>\(e(audit.read.sha256))</code></p>\n"
        out += "<table class=\"units\">\n<thead><tr><th>单位</th><th>类型</th><th>标题</th>\(severityHeader)</tr></thead>\n<tbody>\n"
        for unit in report.units {
            let findings = audit.findings.filter { $0.unit == unit.id }
            out += "<tr><td>\(findings.isEmpty ? e(unit.id) : "<a href=\"#\(prefix)-u-\(anchor(unit.id))\">\(e(unit.id))</a>")</td>"
            out += "<td>\(e(unit.kind.rawValue))</td><td>\(e(unit.title))</td>" + severityCells(findings) + "</tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += readingNotes(audit.read.gaps, prefix: prefix)
        if audit.findings.isEmpty { out += "<p class=\"none\">未发现问题。</p>\n" }
        var shown = Set<String>()
        for unit in report.units {
            let findings = audit.findings.filter { $0.unit == unit.id }
            guard !findings.isEmpty else { continue }
            out += "<h3 id=\"\(prefix)-u-\(anchor(unit.id))\">\(e(unit.id))〔\(e(unit.kind.rawValue))〕\(e(unit.title))</h3>\n"
            for finding in findings {
                out += self.finding(finding, prefix: prefix, reasoning: audit.plainExplanation(of: finding.id), decision: audit.decision(for: finding))
                shown.insert(finding.id)
            }
        }
        let rest = audit.findings.filter { !shown.contains($0.id) }
        if !rest.isEmpty {
            out += "<h3>（未归属单位）</h3>\n"
                + rest.map { finding($0, prefix: prefix, reasoning: audit.plainExplanation(of: $0.id), decision: audit.decision(for: $0)) }.joined()
        }
        out += staleDecisions(audit)
        if includeSource { out += source(audit, prefix: prefix) }
        return out + "</section>\n"
    }

    /// Decisions whose finding the audit no longer gives, apart from the findings.
    public static func staleDecisions(_ audit: DocumentAudit) -> String {
        guard !audit.staleDecisions.isEmpty else { return "" }
        return "<aside class=\"reading-notes\"><h4>\(e(ReviewDecision.staleHeading))</h4>\n<ul>\n"
            + audit.staleDecisions.map { "<li>\(e($0.shownStale))</li>\n" }.joined() + "</ul></aside>\n"
    }

    /// What the reader could not read: shown apart from the findings, as notes.
    public static func readingNotes(_ gaps: [ReadingGap], prefix: String) -> String {
        guard !gaps.isEmpty else { return "" }
        var out = "<aside class=\"reading-notes\">\n<h3>读取提示</h3>\n<p>读取器未能完整读取的部分；这不是审核发现，相关内容需人工核对。</p>\n<ul>\n"
        for gap in gaps {
            out += "<li>\(e(gap.message)) <a href=\"#\(prefix)-L\(gap.citation.line)\">\(e(gap.citation.chineseLocation))</a></li>\n"
        }
        return out + "</ul>\n</aside>\n"
    }

    /// `page` is the address of the page holding the report's lines, when not this one;
    /// `expanded` shows the reasoning unfolded.
    public static func finding(
        _ finding: Finding, prefix: String, reasoning: PlainExplanation? = nil, decision: ReviewDecision? = nil, page: String = "", expanded: Bool = false
    ) -> String {
        var out = "<article class=\"finding \(finding.severity.rawValue)\" id=\"\(prefix)-f\(finding.id)\">\n"
        out += "<h4><span class=\"badge\">\(finding.severity.chinese)</span> #\(finding.id) \(e(finding.title))\(finding.needsReview ? " <span class=\"review\">\(Finding.reviewLabel)</span>" : "") <code>\(e(finding.rule))</code></h4>\n"
        out += "<p class=\"message\">\(e(finding.message))</p>\n<ul class=\"evidence\">\n"
        for citation in finding.citations {
            out += "<li><a href=\"\(e(page))#\(prefix)-L\(citation.line)\">\(e(citation.chineseLocation))</a> "
            out += citation.cells.isEmpty ? "<q>\(e(citation.quote.displayQuote))</q></li>\n" : row(citation.cells) + "</li>\n"
        }
        out += "</ul>\n"
        if !finding.basis.isEmpty { out += "<p class=\"basis\">依据：\(finding.basis.map { basis in "<span title=\"\(e(basis.summary ?? ""))\">\(e(basis.text))</span>" }.joined(separator: "；"))</p>\n" }
        if !finding.recommendation.isEmpty { out += "<p class=\"advice\">建议：\(e(finding.recommendation))</p>\n" }
        if let decision { out += "<p class=\"decision \(decision.verdict.rawValue)\">审核意见：\(e(decision.shown))</p>\n" }
        if !finding.related.isEmpty {
            out += "<p class=\"related\">同一问题另见："
                + finding.related.map { "<a href=\"#\(prefix)-f\($0)\">#\($0)</a>" }.joined(separator: "、") + "</p>\n"
        }
        if let reasoning { out += self.reasoning(reasoning, prefix: prefix, page: page, expanded: expanded) }
        return out + "</article>\n"
    }

    /// A cited table row as a small table: its headers over its cells.
    static func row(_ cells: [CitedCell]) -> String {
        "<table class=\"row\"><tr>" + cells.map { "<th>\(e($0.header))</th>" }.joined() + "</tr><tr>"
            + cells.map { "<td>\(e($0.text))</td>" }.joined() + "</tr></table>"
    }

    /// How the finding was reached, folded away until the auditor asks.
    static func reasoning(_ reasoning: PlainExplanation, prefix: String, page: String = "", expanded: Bool = false) -> String {
        var out = "<details class=\"reasoning\"\(expanded ? " open=\"open\"" : "")><summary>怎样得出</summary>\n<ol>\n"
        for step in reasoning.steps {
            out += "<li>\(e(step.sentence))"
            for quote in step.quotes {
                out += "<br/><a href=\"\(e(page))#\(prefix)-L\(quote.line)\">\(e(quote.chineseLocation))</a> <q>\(e(quote.quote.displayQuote))</q>"
            }
            out += "</li>\n"
        }
        out += "</ol>\n"
        if !reasoning.parameters.isEmpty {
            out += "<p class=\"standards\">所用标准："
            out += reasoning.parameters.map { parameter in
                e("\(parameter.label) \(parameter.value)\(parameter.source)")
            }.joined(separator: "；")
            out += "</p>\n"
        }
        return out + "</details>\n"
    }

    /// The report's text, a row per line; cited characters marked, each cited line
    /// linking back to its findings, or showing what `margin` makes of them.
    public static func source(_ audit: DocumentAudit, prefix: String, margin: (([Finding]) -> String)? = nil) -> String {
        let margin = margin ?? { findings in findings.map { "<a href=\"#\(prefix)-f\($0.id)\">#\($0.id)</a>" }.joined(separator: " ") }
        let lines = audit.read.report.source.lines
        var marks: [Int: [(start: Int, end: Int, severity: FindingSeverity)]] = [:]
        var references: [Int: [Finding]] = [:]
        for finding in audit.findings {
            for citation in finding.citations where citation.line >= 1 && citation.endLine <= lines.count {
                for line in citation.line...citation.endLine {
                    let start = line == citation.line ? citation.column : 1
                    let end = line == citation.endLine ? citation.endColumn : lines[line - 1].count + 1
                    marks[line, default: []].append((start, end, finding.severity))
                }
                if references[citation.line]?.contains(where: { $0.id == finding.id }) != true {
                    references[citation.line, default: []].append(finding)
                }
            }
        }
        let tables = Dictionary(
            audit.read.report.units.flatMap(\.tables).map { ($0.lines.lowerBound, $0) }, uniquingKeysWith: { a, _ in a })
        var out = "<h3>原文</h3>\n<table class=\"source\">\n<tbody>\n"
        var skipUntil = 0
        for (index, line) in lines.enumerated() {
            let number = index + 1
            if number <= skipUntil { continue }
            if let table = tables[number], table.lines.upperBound <= lines.count {
                // A table of the report, as a table: one source row for all its lines.
                skipUntil = table.lines.upperBound
                let severities = table.lines.reduce(into: [Int: FindingSeverity]()) { result, line in
                    result[line] = marks[line]?.map(\.severity).max()
                }
                let cited = table.lines.flatMap { references[$0] ?? [] }
                let severity = severities.values.max()
                out += "<tr\(severity.map { " class=\"cited \($0.rawValue)\"" } ?? "")>"
                out += "<td class=\"ln\">\(table.lines.lowerBound)–\(table.lines.upperBound)</td><td class=\"text\">"
                out += SourceTableHTML.render(table, severities: severities) { "\(prefix)-L\($0)" }
                out += "</td><td class=\"refs\">"
                out += margin(cited.reduce(into: [Finding]()) { unique, finding in if !unique.contains(where: { $0.id == finding.id }) { unique.append(finding) } })
                out += "</td></tr>\n"
                continue
            }
            let lineMarks = marks[number] ?? []
            let severity = lineMarks.map(\.severity).max()
            out += "<tr id=\"\(prefix)-L\(number)\"\(severity.map { " class=\"cited \($0.rawValue)\"" } ?? "")>"
            out += "<td class=\"ln\">\(number)</td><td class=\"text\">\(marked(line, lineMarks))</td><td class=\"refs\">"
            out += margin(references[number] ?? [])
            out += "</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n"
    }

    /// A line with the cited characters (1-based columns, end exclusive) in <mark>.
    static func marked(_ line: String, _ spans: [(start: Int, end: Int, severity: FindingSeverity)]) -> String {
        guard !spans.isEmpty else { return e(line) }
        let characters = Array(line)
        var inside = [Bool](repeating: false, count: characters.count)
        for span in spans {
            let start = max(span.start - 1, 0), end = min(span.end - 1, characters.count)
            if start < end { for index in start..<end { inside[index] = true } }
        }
        var out = "", index = 0
        while index < characters.count {
            var next = index
            while next < characters.count, inside[next] == inside[index] { next += 1 }
            let text = e(String(characters[index..<next]))
            out += inside[index] ? "<mark>\(text)</mark>" : text
            index = next
        }
        return out
    }

    /// Unit ids ("附件3") as anchor names.
    private static func anchor(_ id: String) -> String {
        String(id.unicodeScalars.map { scalar in
            scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) ? Character(scalar) : "-"
        })
    }

    public static let style = """

        body { font-family: "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 72em; padding: 0 1em; color: #222; line-height: 1.5; }
        h1 { font-size: 1.6em; margin-bottom: 0.2em; }
        h2 { border-bottom: 2px solid #ccc; padding-bottom: 0.2em; margin-top: 2em; }
        code { font-family: "Noto Sans Mono CJK SC", monospace; font-size: 0.9em; }
        .run, .meta { color: #555; font-size: 0.9em; }
        table { border-collapse: collapse; margin: 0.5em 0 1em; }
        th, td { border: 1px solid #ddd; padding: 0.25em 0.6em; text-align: left; vertical-align: top; }
        th { background: #f4f4f4; }
        td.num { text-align: right; }
        td.high { color: #b00020; font-weight: bold; }
        td.medium { color: #9a5b00; font-weight: bold; }
        td.low { color: #00607a; font-weight: bold; }
        .finding { border-left: 5px solid #999; background: #fafafa; margin: 0.8em 0; padding: 0.4em 1em; break-inside: avoid; }
        .finding.high { border-color: #b00020; }
        .finding.medium { border-color: #e09000; }
        .finding.low { border-color: #0090b0; }
        .finding h4 { margin: 0.3em 0; }
        .badge { display: inline-block; min-width: 1.6em; text-align: center; color: #fff; border-radius: 3px; background: #999; }
        .high .badge { background: #b00020; }
        .medium .badge { background: #e09000; }
        .low .badge { background: #0090b0; }
        .review { display: inline-block; font-size: 0.8em; padding: 0 0.4em; border: 1px solid #7a5c00; color: #7a5c00; border-radius: 3px; }
        .message { font-weight: bold; }
        .evidence q { background: #fff3c4; quotes: "“" "”"; }
        table.row { margin: 0.2em 0 0.4em; font-size: 0.9em; border-collapse: collapse; }
        table.row th, table.row td { border: 1px solid #ccc; padding: 0.1em 0.4em; text-align: left; vertical-align: top; }
        table.row th { background: #eef1f5; font-weight: normal; color: #444; }
        table.row td { background: #fff3c4; }
        .basis, .advice { color: #444; font-size: 0.95em; margin: 0.2em 0; }
        .decision { font-weight: bold; margin: 0.2em 0; }
        .decision.accepted { color: #1b5e20; }
        .decision.rejected { color: #6d4c41; text-decoration: line-through; }
        .decision.pending { color: #7a5c00; }
        .reasoning { margin: 0.3em 0; font-size: 0.95em; }
        .reasoning summary { cursor: pointer; color: #2b579a; }
        .reasoning q, .standards { color: #444; }
        table.source { width: 100%; font-family: "Noto Sans Mono CJK SC", monospace; font-size: 0.85em; }
        table.source td { border: none; padding: 0 0.5em; }
        table.source td.ln { color: #999; text-align: right; user-select: none; width: 3em; }
        table.source td.text { white-space: pre-wrap; tab-size: 4; word-break: break-all; }
        table.source td.refs { width: 6em; white-space: nowrap; }
        table.grid { border-collapse: collapse; margin: 0.3em 0; font-family: "Noto Sans CJK SC", sans-serif; white-space: normal; }
        table.grid th, table.grid td { border: 1px solid #bbb; padding: 0.1em 0.4em; vertical-align: top; }
        table.grid th { background: #eef1f5; font-weight: normal; }
        table.grid td.cited, table.grid th.cited { background: #ffe082; }
        tr.cited td.text { background: #fff8e1; }
        tr.cited.high td.ln { color: #b00020; font-weight: bold; }
        tr.cited.medium td.ln { color: #9a5b00; font-weight: bold; }
        tr.cited.low td.ln { color: #00607a; font-weight: bold; }
        mark { background: #ffe082; }
        aside.reading-notes { border-left: 4px solid #90a4ae; background: #eceff1; padding: 0.3em 1em; margin: 1em 0; }
        :target { outline: 2px solid #1a73e8; }
        @page { size: A4; margin: 15mm 12mm; }
        @media print {
          body { margin: 0; max-width: none; font-size: 10.5pt; }
          table.grid, .finding, tr { break-inside: avoid; }
          a { color: inherit; text-decoration: none; }
          .finding { background: none; }
          table.source { font-size: 0.75em; }
          tr.cited td.text, mark { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        }

        """
}
