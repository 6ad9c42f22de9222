/// Builds the document model from the layout: joins wrapped lines, splits the units
/// at annex markers, recognises headings and nests them, classifies sections and tables.
struct DocumentBuilder {
    let source: SourceDocument
    let vocabulary: ReadingVocabulary

    /// Longest text after a marker that still reads as a heading.
    static let headingLimit = 30
    /// A run-in heading ("（一）评价结论。按照…") ends at a 。 within this many characters.
    static let runInLimit = 25

    func build() -> Report {
        let blocks = joinWrappedLines(LayoutScanner(source: source).scan())
        let parts = splitUnits(blocks)
        let units = parts.enumerated().map { index, part in
            unit(part.blocks, annex: part.annex, annexTitle: part.title, isMain: index == 0, end: index + 1 < parts.count ? parts[index + 1].firstLine - 1 : source.lineCount)
        }
        let title = units.first?.title ?? ""
        return Report(source: source, title: title, units: units)
    }

    // MARK: Lines

    private static let sentenceEnds: Set<Character> = ["。", "！", "？", "；", "：", ":", "”", "」", "）", ")", "；", "，"]

    /// A prose line cut in the middle of a sentence continues on the next line; a
    /// heading by its .docx style neither continues nor is continued. A run of lines
    /// is gathered first and made one piece at its end, so joining is linear.
    private func joinWrappedLines(_ blocks: [LayoutBlock]) -> [LayoutBlock] {
        var result: [LayoutBlock] = []
        var run: WrappedLines?
        for block in blocks {
            guard case .prose(let piece) = block else {
                if let lines = run.take() { result.append(.prose(lines.piece(in: source))) }
                result.append(block)
                continue
            }
            if let lines = run, continues(lines, with: piece) {
                run?.append(piece)
                continue
            }
            if let lines = run.take() { result.append(.prose(lines.piece(in: source))) }
            run = WrappedLines(piece)
        }
        if let lines = run { result.append(.prose(lines.piece(in: source))) }
        return result
    }

    private func continues(_ previous: WrappedLines, with piece: TextPiece) -> Bool {
        guard piece.firstLine == previous.lastLine + 1, source.outlineLevel(piece.firstLine) == nil,
            source.outlineLevel(previous.firstLine) == nil, let last = previous.lastVisible,
            !Self.sentenceEnds.contains(last), previous.visibleCount > 2
        else { return false }
        return HeadingMarker.parse(piece.characters) == nil && AnnexMarker.parse(piece.characters) == nil
            && HeadingMarker.parse(previous.characters) == nil && AnnexMarker.parse(previous.characters) == nil
    }

    // MARK: Units

    private struct UnitPart {
        var blocks: [LayoutBlock]
        let annex: Int?
        let title: String
        let firstLine: Int
    }

    /// The main document and each annex. An annex marker before any heading (a
    /// report that is itself "附件1" of a submission) does not start a unit.
    private func splitUnits(_ blocks: [LayoutBlock]) -> [UnitPart] {
        var parts = [UnitPart(blocks: [], annex: nil, title: "", firstLine: 1)]
        var sawHeading = false
        var index = 0
        while index < blocks.count {
            let block = blocks[index]
            if case .prose(let piece) = block, let marker = AnnexMarker.parse(piece.characters) {
                if sawHeading {
                    // The annex title: the rest of the marker line and the title lines after it.
                    var title = String(piece.characters[marker.titleStart...]).trimmedText
                    var next = index + 1
                    while next < blocks.count, case .prose(let line) = blocks[next], HeadingMarker.parse(line.characters) == nil,
                        line.text.trimmedText.count <= 40, title.count < 60, !line.text.contains("。")
                    {
                        title += line.text.trimmedText
                        next += 1
                    }
                    parts.append(UnitPart(blocks: [], annex: marker.number, title: title, firstLine: piece.firstLine))
                    parts[parts.count - 1].blocks = Array(blocks[(index + 1)..<next])
                    index = next
                    continue
                }
                index += 1  // the report's own label, not an annex of it
                continue
            }
            // A numbered heading, or one set in a heading style without a number (Word's
            // 标题 styles, HTML's <h1>…<h6>).
            if case .prose(let piece) = block, HeadingMarker.parse(piece.characters) != nil || source.outlineLevel(piece.firstLine) != nil {
                sawHeading = true
            }
            if case .table = block { sawHeading = true }
            parts[parts.count - 1].blocks.append(block)
            index += 1
        }
        return parts
    }

    private func unit(_ blocks: [LayoutBlock], annex: Int?, annexTitle: String, isMain: Bool, end: Int) -> ReportUnit {
        var builder = SectionTreeBuilder(source: source, classifier: SectionClassifier(vocabulary: vocabulary))
        var titleLines: [String] = []
        var tables: [Table] = []
        var paragraphs: [Paragraph] = []
        var first = Int.max
        for (position, block) in blocks.enumerated() {
            switch block {
            case .table(let rows, let lines):
                first = min(first, lines.lowerBound)
                let table = Table(rows: rows, lines: lines, structure: TableStructureReader(vocabulary: vocabulary).read(rows))
                tables.append(table)
                builder.add(table: table)
            case .prose(let piece):
                first = min(first, piece.firstLine)
                let text = piece.text.trimmedText
                if text.isEmpty { continue }
                // Title lines: short lines before any heading, at the top. A Word document's
                // first paragraph in a heading or title style that names a report is its title.
                let styledTitle = source.outlineLevel(piece.firstLine) != nil && position == 0 && text.contains("报告")
                if builder.isEmpty, position < 4, annex == nil, HeadingMarker.parse(piece.characters) == nil,
                    source.outlineLevel(piece.firstLine) == nil || styledTitle,
                    text.count <= 40, !text.contains("。"), !Self.isCoverField(text)
                {
                    titleLines.append(text)
                    continue
                }
                if let paragraph = builder.add(prose: piece) { paragraphs.append(paragraph) }
            }
        }
        let sections = builder.finish(lastLine: end)
        let title = annex == nil ? titleLines.joined() : annexTitle
        let kind = self.kind(title: title, sections: sections, isMain: isMain)
        let id = annex.map { "附件\($0)" } ?? kind.rawValue
        return ReportUnit(
            id: id, kind: kind, annex: annex, title: title,
            lines: (isMain ? 1 : min(first, end))...max(min(first, end), end), sections: sections, tables: tables,
            paragraphs: paragraphs)
    }

    /// Cover-page lines that are not part of the title: a form label ("单位名称（盖章）：") or a date ("二O二一年六月三日").
    static func isCoverField(_ text: String) -> Bool {
        if text.hasSuffix("：") || text.hasSuffix(":") { return true }
        return text.wholeMatch(of: /[0-9〇○OＯ零一二三四五六七八九十]{2,4}\s*年\s*[0-9一二三四五六七八九十]{1,2}\s*月(\s*[0-9一二三四五六七八九十]{1,3}\s*日)?/) != nil
    }

    /// What a unit is, by the words of its title (the vocabulary's unit kinds); without
    /// such a title, a main document whose top-level headings are of final accounts
    /// (2024年度部门决算情况说明) explains them; an annex is a project, else the department.
    private func kind(title: String, sections: [Section], isMain: Bool) -> UnitKind {
        let matcher = vocabulary.matchers.unitKinds
        if let kind = matcher.match(VocabularyText.splitNotes(title).text)?.key { return kind }
        if sections.contains(where: { matcher.match(VocabularyText.compact($0.heading.title))?.key == .finalAccounts }) { return .finalAccounts }
        return isMain ? .department : .project
    }
}

/// Nests headings by their numbering and attaches paragraphs and tables.
///
/// Levels follow the sequence of numbers rather than the marker style, because real
/// reports mix styles: a heading numbered n is the sibling of the open heading
/// numbered n − 1 (preferring the same style, then the same family, then the
/// deepest), so "（一）… （2）… （3）" are siblings and "1、… 5、 六、 七、 8、"
/// continue one list. A heading numbered 1 opens a level below the current one.
struct SectionTreeBuilder {
    let source: SourceDocument
    let classifier: SectionClassifier

    private final class Node {
        /// Headings are numbered in the order they open, from 1.
        let id: Int
        /// A run-in heading ("1.年初预算：500万元") labels the text on its line.
        let runIn: Bool
        let heading: Heading
        let level: Int
        /// The outline level of a .docx heading paragraph (0 for 标题 1).
        let outline: Int?
        let kinds: [SectionKind]
        let firstLine: Int
        var lastLine: Int
        var children: [Node] = []
        var texts: [String] = []
        var holdsTable = false

        init(id: Int, runIn: Bool, heading: Heading, level: Int, outline: Int?, kinds: [SectionKind], firstLine: Int) {
            self.id = id
            self.runIn = runIn
            self.heading = heading
            self.level = level
            self.outline = outline
            self.kinds = kinds
            self.firstLine = firstLine
            lastLine = firstLine
        }
    }

    private var roots: [Node] = []
    private var stack: [Node] = []

    init(source: SourceDocument, classifier: SectionClassifier) {
        self.source = source
        self.classifier = classifier
    }

    var isEmpty: Bool { roots.isEmpty }

    /// Kinds along the open path, innermost first.
    private var openKinds: [SectionKind] {
        var kinds: [SectionKind] = []
        for node in stack.reversed() { for kind in node.kinds where !kinds.contains(kind) { kinds.append(kind) } }
        return kinds
    }

    mutating func add(table: Table) {
        for node in stack {
            node.lastLine = max(node.lastLine, table.lines.upperBound)
            node.holdsTable = true
        }
    }

    /// A prose piece: a heading (then nil, or the run-in body as a paragraph) or a paragraph.
    mutating func add(prose piece: TextPiece) -> Paragraph? {
        let characters = piece.characters
        if let marker = HeadingMarker.parse(characters) {
            let restStart = marker.length
            let (_, end) = piece.trimmedBounds
            let rest = restStart < end ? Array(characters[restStart..<end]) : []
            // "1.财政拨款收入：指单位从…": a label, then its body.
            if let colon = rest.prefix(DocumentBuilder.runInLimit).firstIndex(where: { $0 == "：" || $0 == ":" }), colon >= 2,
                colon + 1 < rest.count, !rest[..<colon].contains("，")
            {
                open(marker: marker, piece: piece, titleRange: (restStart, restStart + colon + 1), runIn: true)
                return paragraph(TextPiece.sub(piece, from: restStart + colon + 1, to: end, in: source))
            }
            if rest.count <= DocumentBuilder.headingLimit, !rest.dropLast().contains("。") {
                open(marker: marker, piece: piece, titleRange: (restStart, max(restStart, end)))
                return nil
            }
            if let stop = rest.prefix(DocumentBuilder.runInLimit).firstIndex(of: "。"), stop + 1 < rest.count {
                open(marker: marker, piece: piece, titleRange: (restStart, restStart + stop + 1), runIn: true)
                let body = TextPiece.sub(piece, from: restStart + stop + 1, to: end, in: source)
                return paragraph(body)
            }
        }
        // A .docx paragraph in a heading style is a heading without a number.
        if source.outlineLevel(piece.firstLine) != nil {
            let (start, end) = piece.trimmedBounds
            if start < end, end - start <= DocumentBuilder.headingLimit, !characters[start..<end].dropLast().contains("。") {
                open(marker: nil, piece: piece, titleRange: (start, end))
                return nil
            }
        }
        return paragraph(piece)
    }

    private mutating func paragraph(_ piece: TextPiece) -> Paragraph {
        for node in stack {
            node.texts.append(piece.text.trimmedText)
            node.lastLine = max(node.lastLine, piece.lastLine)
        }
        // Run-in headings on their own lines are items of the section around them.
        let lead = stack.last.flatMap { $0.runIn && $0.heading.piece.firstLine == piece.firstLine ? $0.heading.title : nil }
        let group = stack.last { !$0.runIn }?.id ?? 0
        return Paragraph(piece: piece, sectionKinds: openKinds, group: group, lead: lead)
    }

    private var headingCount = 0

    private mutating func open(marker: HeadingMarker?, piece: TextPiece, titleRange: (Int, Int), runIn: Bool = false) {
        var title = piece.text(titleRange.0, titleRange.1).trimmedText
        while let last = title.last, "。：:；".contains(last) { title.removeLast() }
        let heading = Heading(
            marker: marker, title: title, piece: piece, titleRange: titleRange.0..<titleRange.1,
            titleSpan: piece.span(titleRange.0, titleRange.1, in: source))
        let outline = source.outlineLevel(piece.firstLine)
        let level = marker.map(placement) ?? placement(outline: outline ?? 0)
        while let last = stack.last, last.level >= level { stack.removeLast() }
        headingCount += 1
        let node = Node(
            id: headingCount, runIn: runIn, heading: heading, level: level, outline: outline, kinds: classifier.kinds(of: title),
            firstLine: piece.firstLine)
        node.lastLine = piece.lastLine
        // The heading's words are part of the text of every section above it.
        for parent in stack { parent.texts.append(title) }
        if let parent = stack.last { parent.children.append(node) } else { roots.append(node) }
        stack.append(node)
    }

    /// The level of a new heading, by the sibling rule.
    private func placement(of marker: HeadingMarker) -> Int {
        let open = stack.map { ($0.heading.marker, $0.level) }
        let previous = open.enumerated().filter { $0.element.0?.number == marker.number - 1 }
        let sameStyle = previous.last { $0.element.0?.style == marker.style }
        let sameFamily = previous.last { $0.element.0?.style.family == marker.style.family }
        if let sibling = sameStyle ?? sameFamily ?? previous.last { return sibling.element.1 }
        if marker.number != 1, let sibling = open.last(where: { $0.0?.style == marker.style }) { return sibling.1 }
        return (stack.last?.level ?? 0) + 1
    }

    /// The level of an unnumbered heading, by its outline level: beside an open heading
    /// of the same outline level, below one of a higher level, below the current
    /// heading when the open ones have no outline level (numbered in the text).
    private func placement(outline: Int) -> Int {
        if outline == 0 { return 1 }
        if let sibling = stack.last(where: { $0.outline == outline }) { return sibling.level }
        if let parent = stack.last(where: { ($0.outline ?? Int.max) < outline }) { return parent.level + 1 }
        return (stack.last?.level ?? 0) + 1
    }

    func finish(lastLine: Int) -> [Section] {
        func section(_ node: Node) -> Section {
            let children = node.children.map(section)
            let last = max(node.lastLine, children.map(\.lines.upperBound).max() ?? node.lastLine)
            return Section(
                heading: node.heading, kinds: node.kinds, level: node.level, lines: node.firstLine...max(node.firstLine, last),
                children: children, text: node.texts.joined(separator: "\n"), holdsTable: node.holdsTable)
        }
        return roots.map(section)
    }
}

extension TextPiece {
    /// The characters [from, to) of a piece, as a piece.
    static func sub(_ piece: TextPiece, from: Int, to: Int, in source: SourceDocument) -> TextPiece {
        var fragments: [LineFragment] = []
        for (fragment, offset) in piece.fragments {
            let length = fragment.end - fragment.start
            let start = max(from, offset), end = min(to, offset + length)
            if start < end {
                fragments.append(LineFragment(line: fragment.line, start: fragment.start + start - offset, end: fragment.start + end - offset))
            }
        }
        return TextPiece(fragments, in: source)
    }
}
