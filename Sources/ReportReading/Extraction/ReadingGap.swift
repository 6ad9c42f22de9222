/// A part of a report the reader saw and could not read (wholly): a table that looks
/// like a self-evaluation form whose header it cannot make out, header columns it does
/// not know. Every output shows these as 读取提示, and no rule blames the report for them.
public struct ReadingGap: Sendable {
    public enum Problem: String, Sendable {
        /// The part looks like a table the reader reads, but no header of it was found.
        case unreadableTable = "表头无法识别"
        /// A table was read, but some header cells name no column the reader knows.
        case unknownColumns = "有未识别的列"
        /// The file holds the unit's forms but not its text (a workbook of the 自评表):
        /// what the text would say (存在问题, 偏差原因 …) is not in it to be read.
        case formsOnly = "只有表格"
    }

    /// The part a `formsOnly` gap names.
    public static let reportText = "报告正文"

    /// The fact kind the reader states gaps as, so that rules can see them too.
    public static let kind = FactKind.readingGap.rawValue

    public let problem: Problem
    public let unit: String
    /// The component the gap is in, as reviewers name it (绩效目标完成情况自评表, 预算执行表).
    public let part: String
    /// What was not read: the header cells.
    public let detail: String
    public let citation: Citation

    /// The gap a `reading-gap` fact states.
    public init?(_ fact: ExtractedFact) {
        guard fact.kind == Self.kind, let problem = fact["problem"]?.text.flatMap(Problem.init(rawValue:)) else { return nil }
        self.problem = problem
        unit = fact.unit
        part = fact["part"]?.text ?? ""
        detail = fact["detail"]?.text ?? ""
        citation = fact.citation
    }

    /// The note as people read it.
    public var message: String {
        switch problem {
        case .unreadableTable: "\(unit)的表格看起来是\(part)（\(detail)），但读取器认不出它的表头，未能读取；请核对表头写法，并在读取词表中补充"
        case .unknownColumns: "\(unit)的\(part)中，表头“\(detail)”不是读取词表中的列名，这些列未读取"
        case .formsOnly: "\(unit)只有表格（\(detail)），没有报告正文；存在问题、偏差原因等应写在正文里的内容未作审核"
        }
    }

    /// The component a table kind is, in the words of the rules (knowledge/components.rules).
    static func part(_ kind: TableKind) -> String {
        switch kind {
        case .indicators: "绩效目标完成情况自评表"
        case .budget: "预算执行表"
        case .scores: "指标得分表"
        case .other: "表格"
        }
    }
}
