/// A report in the text layout as the generator rewrites it: lines of prose, and tables
/// (each cell a TAB-led line, a wrapped cell continued on short lines, rows apart by
/// blank lines). Parsing then writing gives the text back unchanged.
struct TextLayout {
    enum Block {
        case line(String)
        case table(Table)
    }

    struct Table {
        /// Each cell as its lines: the first after the TAB, then the lines it wraps onto.
        var rows: [[[String]]]
        /// Blank lines after each row but the last.
        var gaps: [Int]

        func text(_ row: Int, _ cell: Int) -> String { rows[row][cell].joined() }

        mutating func insert(_ cells: [String], at index: Int) {
            rows.insert(cells.map { [$0] }, at: index)
            gaps.insert(1, at: min(index, gaps.count))
        }
    }

    var blocks: [Block]

    /// A continued cell is short, as the reader has it.
    static let continuationLimit = 12

    init(parsing text: String) {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        blocks = []
        var index = 0
        while index < lines.count {
            guard lines[index].hasPrefix("\t") else {
                blocks.append(.line(lines[index]))
                index += 1
                continue
            }
            var table = Table(rows: [], gaps: [])
            var row: [[String]] = []
            var blanks = 0
            while index < lines.count {
                let line = lines[index]
                if line.hasPrefix("\t") {
                    if blanks > 0, !row.isEmpty {
                        table.rows.append(row)
                        table.gaps.append(blanks)
                        row = []
                    }
                    blanks = 0
                    row.append([String(line.dropFirst())])
                } else if line.allSatisfy(\.isWhitespace), !line.contains("\t") {
                    blanks += 1
                    // Past two blank lines the table has ended: they belong to what follows.
                    if blanks > 2 { break }
                } else if blanks == 0, !row.isEmpty, Self.isContinuation(line) {
                    row[row.count - 1].append(line)
                } else {
                    break
                }
                index += 1
            }
            if !row.isEmpty { table.rows.append(row) }
            blocks.append(.table(table))
            // The blank lines after the last row are prose lines again.
            index -= blanks
        }
    }

    private static func isContinuation(_ line: String) -> Bool {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty, trimmed.count <= continuationLimit else { return false }
        return !(trimmed.first.map { "一二三四五六七八九十（(第附①②③④⑤".contains($0) || $0.isNumber } ?? false)
    }

    var text: String {
        var lines: [String] = []
        for block in blocks {
            switch block {
            case .line(let line):
                lines.append(line)
            case .table(let table):
                for (index, row) in table.rows.enumerated() {
                    for cell in row {
                        lines.append("\t" + (cell.first ?? ""))
                        lines += cell.dropFirst()
                    }
                    if index < table.gaps.count { lines += Array(repeating: "", count: table.gaps[index]) }
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The tables in order, with their place in `blocks`.
    var tables: [(block: Int, table: Table)] {
        blocks.enumerated().compactMap { index, block in
            if case .table(let table) = block { return (index, table) }
            return nil
        }
    }

    mutating func replaceTable(at block: Int, with table: Table) { blocks[block] = .table(table) }

    /// Every prose line rewritten.
    mutating func mapLines(_ transform: (String) -> String) {
        blocks = blocks.map { block in
            if case .line(let line) = block { return .line(transform(line)) }
            return block
        }
    }
}

import Foundation
