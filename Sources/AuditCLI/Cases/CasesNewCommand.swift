import ArgumentParsing
import Diagnostics
import Foundation

/// `audit cases new NAME [--in DIR]`: a case folder to fill in.
enum CasesNewCommand: AuditCommand {
    static let path = ["cases", "new"]
    static var spec: CommandSpec {
        CommandSpec(
            "new", abstract: localized("新建一个案例文件夹，内含报告模板、预期问题和教学说明。", english: "Create a case folder with a template report, expected findings and teaching notes."),
            arguments: [
                .option("--in", value: "DIR", help: localized("案例库。", english: "The case library."), default: CaseOption.defaultPath),
                .positional("NAME", help: localized("案例的文件夹名，如 balance-exactly-10。", english: "The case's folder name, e.g. balance-exactly-10.")),
            ])
    }

    static func run(_ arguments: ParsedArguments, context: CommandContext) -> ExitCode {
        let name = arguments.value("NAME") ?? ""
        let library = arguments.value("in") ?? CaseOption.defaultPath
        let renderer = context.errorRenderer
        guard name.wholeMatch(of: /[a-z0-9][a-z0-9-]*/) != nil else {
            context.standardError(
                renderer.render(Diagnostic.invalidCaseName(name)))
            return .inputError
        }
        let folder = (library.hasSuffix("/") ? library : library + "/") + name
        let absolute = context.absolute(folder)
        guard !FileManager.default.fileExists(atPath: absolute) else {
            context.standardError(renderer.render(Diagnostic.caseExists(folder)))
            return .inputError
        }
        do {
            try FileManager.default.createDirectory(atPath: absolute, withIntermediateDirectories: true)
            for (file, text) in [("report.txt", CaseTemplate.report), ("expected.txt", CaseTemplate.expected), ("notes.md", CaseTemplate.notes)] {
                try text.write(toFile: absolute + "/" + file, atomically: true, encoding: .utf8)
            }
        } catch {
            context.standardError(renderer.render(Diagnostic.cannotWrite(folder, error)))
            return .inputError
        }
        context.standardOutput(
            localized(
                """
                已创建 \(folder)/
                  report.txt    报告，按样本的版式（表格每个单元格一行，以 TAB 开头）
                  expected.txt  审核必须给出的问题，以及必须保持沉默的规则
                  notes.md      教学说明：标题、难度、要注意什么、政策依据
                接下来：修改这些文件，再运行 'audit check \(folder)/report.txt' 和 'audit cases test \(library)'

                """,
                english: """
                    created \(folder)/
                      report.txt    the report, in the layout of the samples (each table cell a line starting with a TAB)
                      expected.txt  the findings the audit must give, and the rules that must stay quiet
                      notes.md      teaching notes: title, 难度, what to notice, policy basis
                    next: edit them, then run 'audit check \(folder)/report.txt' and 'audit cases test \(library)'

                    """))
        return .success
    }
}

/// The files of a new case.
enum CaseTemplate {
    static let report = """
        2024年度某某市某某局某某专项资金绩效自评报告
        一、项目基本情况
        （在此描述项目的立项依据、资金规模和主要内容。）
        二、绩效目标完成情况

        \t项目支出绩效目标完成情况自评表

        \t单位：万元

        \t项目名称
        \t某某专项资金

        \t年度资金总额
        \t100

        \t一级指标
        \t二级指标
        \t三级指标
        \t指标性质
        \t指标值
        \t度量单位
        \t权重
        \t实际完成值

        \t产出指标
        \t数量指标
        \t某某指标
        \t≥
        \t10
        \t个
        \t90
        \t10

        三、评价结论
        经自评，本项目自评得分为90分，评价等级为优。
        四、存在问题
        （写明存在的问题。）
        五、改进建议
        （写明改进措施。）

        """

    static let expected = """
        # 这个案例中审核应当报告的发现，一行一条：
        #   finding 规则 单位 行[,行]
        # 例如：finding weight-total 项目 19
        # 应当保持安静的规则（报告里正确、却容易误判的数字）：
        #   quiet 规则 [单位]   # 说明
        # 例如：quiet sum-mismatch 项目   # 合计与各项相符

        """

    static let notes = """
        # 案例标题
        难度：1

        这个案例要学员注意什么，为什么重要，依据哪个文件。

        ## weight-total
        （学员漏掉这条发现时给出的讲解。）

        """
}
