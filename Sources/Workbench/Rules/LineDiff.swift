/// The lines two texts share and those only one has, in order (a longest common
/// subsequence of lines): to show a person what another person's save changed.
enum LineDiff {
    enum Kind { case same, removed, added }

    struct Line: Equatable {
        let kind: Kind
        let text: String
    }

    /// Files are a few hundred lines: the quadratic table is small.
    static func lines(_ old: String, _ new: String) -> [Line] {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var common = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                common[i][j] = a[i] == b[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var result: [Line] = []
        var (i, j) = (0, 0)
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                result.append(Line(kind: .same, text: a[i]))
                (i, j) = (i + 1, j + 1)
            } else if i < a.count, j == b.count || common[i + 1][j] >= common[i][j + 1] {
                result.append(Line(kind: .removed, text: a[i]))
                i += 1
            } else {
                result.append(Line(kind: .added, text: b[j]))
                j += 1
            }
        }
        return result
    }

    /// The changed lines with two lines of context around each change.
    static func html(_ lines: [Line], old: String, new: String) -> String {
        let changed = lines.indices.filter { lines[$0].kind != .same }
        guard !changed.isEmpty else { return "<p class=\"hint\">两个版本相同。</p>\n" }
        let shown = Set(changed.flatMap { max(0, $0 - 2)...min(lines.count - 1, $0 + 2) })
        var out = "<p class=\"hint\">以“－”开头的行只在\(Markup.escape(old))中，以“＋”开头的行只在\(Markup.escape(new))中。</p>\n<pre class=\"diff\">"
        var previous = -1
        for index in lines.indices where shown.contains(index) {
            if previous >= 0, index > previous + 1 { out += "<span class=\"gap\">⋯</span>\n" }
            let line = lines[index]
            switch line.kind {
            case .same: out += "  " + Markup.escape(line.text) + "\n"
            case .removed: out += "<del>－ " + Markup.escape(line.text) + "</del>\n"
            case .added: out += "<ins>＋ " + Markup.escape(line.text) + "</ins>\n"
            }
            previous = index
        }
        return out + "</pre>\n"
    }
}
