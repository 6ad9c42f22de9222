/// Rows of cells as a terminal shows them: columns padded by display width (Chinese
/// counts two), two blanks apart, the columns named in `rightAligned` (figures) aligned
/// right; each line indented and without trailing blanks.
public enum TextTable {
    public static func render(_ rows: [[String]], rightAligned: Set<Int> = [], indent: String = "  ") -> String {
        let columns = rows.map(\.count).max() ?? 0
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? DisplayWidth.of($0[column]) : 0 }.max() ?? 0 }
        return rows.map { row in
            var line = row.enumerated().map { index, cell in
                let pad = String(repeating: " ", count: widths[index] - DisplayWidth.of(cell))
                return rightAligned.contains(index) ? pad + cell : cell + pad
            }.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return indent + line + "\n"
        }.joined()
    }
}
