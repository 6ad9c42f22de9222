/// A report as read: its source and the units under review in it.
public struct Report: Sendable {
    public let source: SourceDocument
    /// The department or report title from the first lines, if any.
    public let title: String
    public let units: [ReportUnit]

    public var file: String { source.file }
}

/// What a unit under review is: the department as a whole, one project (usually an
/// annex), or the department's final-accounts explanation (决算说明) that carries annexes.
public enum UnitKind: String, Sendable, Codable, CaseIterable {
    case department = "部门整体"
    case project = "项目"
    case finalAccounts = "决算说明"
}

/// One unit under review: the main document, or an annex (附件N) with its title.
public struct ReportUnit: Sendable {
    /// "部门整体", "决算说明", or "附件4".
    public let id: String
    public let kind: UnitKind
    public let annex: Int?
    public let title: String
    public let lines: ClosedRange<Int>
    /// Top-level sections, in order.
    public let sections: [Section]
    public let tables: [Table]
    /// Every paragraph, in order, with the section it is in.
    public let paragraphs: [Paragraph]
}

/// A heading and everything under it.
public struct Section: Sendable {
    public let heading: Heading
    /// What the section is, from its heading words; empty when it says nothing known.
    public let kinds: [SectionKind]
    public let level: Int
    public let lines: ClosedRange<Int>
    public let children: [Section]
    /// Everything under the heading (sub-headings included), for rules that read it.
    public let text: String
    /// A table stands under the heading (a section can answer with a table alone).
    public let holdsTable: Bool

    /// The section and all below it, depth first.
    public var all: [Section] { [self] + children.flatMap(\.all) }
}

/// A numbered (or unnumbered) heading: `（一）机构组成`.
public struct Heading: Sendable {
    public let marker: HeadingMarker?
    public let title: String
    let piece: TextPiece
    /// The title's characters in the piece.
    let titleRange: Range<Int>
    /// Where the title is, for citations.
    let titleSpan: SourceSpan
}

/// The classes of section reviewers look for, by the words real reports use.
public enum SectionKind: String, Sendable, Codable, CaseIterable {
    case basics = "基本情况"
    case finances = "收支"
    case evaluationProcess = "评价过程"
    case performance = "绩效分析"
    case conclusion = "评价结论"
    case problems = "存在问题"
    case causes = "原因分析"
    case suggestions = "改进建议"
    case resultUse = "结果应用"
    case other = "其他"
}

public struct Paragraph: Sendable {
    let piece: TextPiece
    /// The kinds of the sections it is in, innermost first (empty before any heading).
    public let sectionKinds: [SectionKind]
    /// The section it belongs to (its innermost heading that is not run-in, by opening
    /// order; 0 before any heading): paragraphs of one group may state one thing together.
    let group: Int
    /// The title of the run-in heading on its line ("年初预算" in "1.年初预算：500万元").
    let lead: String?
    public var text: String { piece.text }
}

/// A table rebuilt from the layout: its rows of cells in the grid, what it holds part
/// by part, and its kind (that of its main part).
public struct Table: Sendable {
    public let rows: [GridRow]
    public let lines: ClosedRange<Int>
    public let structure: TableStructure

    public var kind: TableKind { structure.kind }
    public var rowTexts: [[String]] { rows.map { $0.cells.map(\.text) } }
}

public enum TableKind: String, Sendable, Codable {
    /// 绩效目标完成情况自评表
    case indicators = "指标表"
    /// Budget against execution, item by item.
    case budget = "预算执行表"
    /// Indicator, weight, score.
    case scores = "得分表"
    case other = "其他表"
}
