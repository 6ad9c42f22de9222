import Foundation

/// A ruled table on a PDF page (ISO 32000 says nothing of tables; Word and WPS draw
/// every cell border as a line): the x of its column rules, the y of its row rules, top
/// down, and for each band which rules are drawn, so that a missing rule makes a cell
/// span columns or continue the cell above.
struct PDFTableGrid {
    let xs: [Double]
    /// Top to bottom (PDF y grows upward).
    let ys: [Double]
    private let segments: [PDFTextExtractor.Segment]
    static let tolerance = 1.5

    /// The ruled tables of a page: groups of horizontal and vertical rules that cross.
    static func tables(_ segments: [PDFTextExtractor.Segment]) -> [PDFTableGrid] {
        let rules = segments.filter { abs($0.y0 - $0.y1) < tolerance || abs($0.x0 - $0.x1) < tolerance }
            .filter { hypot($0.x1 - $0.x0, $0.y1 - $0.y0) > 3 }
        // Groups of rules that touch, merged until stable.
        var groups: [[PDFTextExtractor.Segment]] = []
        for rule in rules {
            let touching = groups.indices.filter { index in groups[index].contains { touches($0, rule) } }
            var merged = touching.flatMap { groups[$0] } + [rule]
            for index in touching.reversed() { groups.remove(at: index) }
            merged.sort { ($0.y0, $0.x0) < ($1.y0, $1.x0) }
            groups.append(merged)
        }
        return groups.compactMap { group in
            let xs = cluster(group.filter { abs($0.x0 - $0.x1) < tolerance }.map { ($0.x0 + $0.x1) / 2 })
            let ys = cluster(group.filter { abs($0.y0 - $0.y1) < tolerance }.map { ($0.y0 + $0.y1) / 2 }).reversed()
            guard xs.count >= 2, ys.count >= 2 else { return nil }
            return PDFTableGrid(xs: xs, ys: Array(ys), segments: group)
        }.sorted { $0.ys[0] > $1.ys[0] }
    }

    private static func touches(_ a: PDFTextExtractor.Segment, _ b: PDFTextExtractor.Segment) -> Bool {
        let (ax0, ax1) = (min(a.x0, a.x1) - tolerance, max(a.x0, a.x1) + tolerance)
        let (ay0, ay1) = (min(a.y0, a.y1) - tolerance, max(a.y0, a.y1) + tolerance)
        return max(b.x0, b.x1) >= ax0 && min(b.x0, b.x1) <= ax1 && max(b.y0, b.y1) >= ay0 && min(b.y0, b.y1) <= ay1
    }

    /// Values within the tolerance of each other, as one (their mean), ascending.
    static func cluster(_ values: [Double]) -> [Double] {
        var clusters: [[Double]] = []
        for value in values.sorted() {
            if let last = clusters.last?.last, value - last <= tolerance { clusters[clusters.count - 1].append(value) } else { clusters.append([value]) }
        }
        return clusters.map { $0.reduce(0, +) / Double($0.count) }
    }

    /// Whether a vertical rule at column rule `column` is drawn beside row band `row`.
    func hasVerticalRule(_ column: Int, row: Int) -> Bool {
        let x = xs[column], middle = (ys[row] + ys[row + 1]) / 2
        return segments.contains { abs($0.x0 - $0.x1) < Self.tolerance && abs($0.x0 - x) < Self.tolerance && min($0.y0, $0.y1) <= middle && max($0.y0, $0.y1) >= middle }
    }

    /// Whether a horizontal rule at row rule `row` is drawn over column band `column`.
    func hasHorizontalRule(_ row: Int, column: Int) -> Bool {
        let y = ys[row], middle = (xs[column] + xs[column + 1]) / 2
        return segments.contains { abs($0.y0 - $0.y1) < Self.tolerance && abs($0.y0 - y) < Self.tolerance && min($0.x0, $0.x1) <= middle && max($0.x0, $0.x1) >= middle }
    }

    func contains(x: Double, y: Double) -> Bool {
        x >= xs[0] - Self.tolerance && x <= xs[xs.count - 1] + Self.tolerance && y <= ys[0] + Self.tolerance && y >= ys[ys.count - 1] - Self.tolerance
    }

    /// The row band and column band a point lies in.
    func band(x: Double, y: Double) -> (row: Int, column: Int)? {
        guard let row = (0..<(ys.count - 1)).first(where: { y <= ys[$0] + Self.tolerance && y >= ys[$0 + 1] - Self.tolerance }),
            let column = (0..<(xs.count - 1)).first(where: { x >= xs[$0] - Self.tolerance && x <= xs[$0 + 1] + Self.tolerance })
        else { return nil }
        return (row, column)
    }

    /// The table's rows of cells: a cell runs right until a vertical rule is drawn, and
    /// continues the cell above where the rule over it is missing; each cell's runs,
    /// read as lines.
    func rows(_ runs: [PDFTextExtractor.Run]) -> [[TextLayout.Cell]] {
        // A cell merged down has its text centred over all its rows: every run goes to
        // the top row of the merge it lies in.
        var byBand: [Int: [PDFTextExtractor.Run]] = [:]
        for run in runs {
            guard var band = band(x: (run.x + run.endX) / 2, y: run.y + run.size * 0.3) else { continue }
            while band.row > 0, !hasHorizontalRule(band.row, column: band.column) { band.row -= 1 }
            byBand[band.row * 10_000 + band.column, default: []].append(run)
        }
        var rows: [[TextLayout.Cell]] = []
        for row in 0..<(ys.count - 1) {
            var cells: [TextLayout.Cell] = []
            var column = 0
            while column < xs.count - 1 {
                var end = column + 1
                while end < xs.count - 1, !hasVerticalRule(end, row: row) { end += 1 }
                let runs = (column..<end).flatMap { byBand[row * 10_000 + $0] ?? [] }
                let continues = row > 0 && !hasHorizontalRule(row, column: column)
                cells.append(TextLayout.Cell(pieces: continues ? [] : [Self.joined(PDFTextLines.lines(runs))], span: end - column, continuesMerge: continues))
                column = end
            }
            rows.append(cells)
        }
        return rows
    }

    /// A cell's lines as the cell's text: the lines are where the cell wrapped, so a
    /// number or code broken over two lines is one again; words in Latin letters keep a
    /// space between them.
    static func joined(_ lines: [String]) -> String {
        var text = ""
        for line in lines {
            if let last = text.last, let first = line.first, last.isASCII, first.isASCII, last.isLetter, first.isLetter { text += " " }
            text += line
        }
        return text
    }
}
