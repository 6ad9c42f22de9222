import Foundation

/// A page's text runs as lines, top to bottom: runs whose baselines lie within
/// half a glyph of each other form a line, read left to right. Words in Latin letters
/// and digits keep a space where the gap between runs shows one; Chinese runs join
/// without; a gap wider than two glyphs (the next column of a table) is a TAB.
enum PDFTextLines {
    static func lines(_ runs: [PDFTextExtractor.Run]) -> [String] {
        grouped(runs).map(text)
    }

    /// Runs in lines, top to bottom; blank runs left out.
    static func grouped(_ runs: [PDFTextExtractor.Run]) -> [[PDFTextExtractor.Run]] {
        var lines: [[PDFTextExtractor.Run]] = []
        for run in runs.sorted(by: { ($0.y, -$0.x) > ($1.y, -$1.x) }) where !run.text.allSatisfy(\.isWhitespace) {
            if let last = lines.last?.last, abs(last.y - run.y) <= max(last.size, run.size) * 0.5 {
                lines[lines.count - 1].append(run)
            } else {
                lines.append([run])
            }
        }
        return lines
    }

    /// One line's runs as text, left to right.
    static func text(_ line: [PDFTextExtractor.Run]) -> String {
        var text = ""
        var previous: PDFTextExtractor.Run?
        for run in line.sorted(by: { $0.x < $1.x }) {
            if let previous {
                let gap = run.x - previous.endX, size = max(previous.size, run.size, 1)
                if gap > size * 2 {
                    text += "\t"
                } else if gap > size * 0.2, let left = text.last, let right = run.text.first, left.isASCII, right.isASCII,
                    !left.isWhitespace, !right.isWhitespace
                {
                    text += " "
                }
            }
            text += run.text
            previous = run
        }
        return text.trimmingCharacters(in: .whitespaces)
    }
}
