import ExactDecimal

/// The department, year and region a report is about, read from its title and text.
struct ReportIdentity {
    let department: String?
    let year: Int?
    let region: String?
    /// Where the department is named, to cite.
    let span: SourceSpan?

    static let provinces = [
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东",
        "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西", "西藏",
        "宁夏", "新疆",
    ]

    init(report: Report, names: OrganisationNames) {
        let source = report.source
        var counts: [String: (count: Int, first: SourceSpan)] = [:]
        var years: [Int: Int] = [:]
        let mainLines = report.units.first?.lines ?? 1...source.lineCount
        for line in mainLines where line <= source.lineCount {
            let characters = source.text(line)
            for (start, end) in names.names(in: characters) {
                let name = String(characters: characters[start..<end])
                let span = SourceSpan(start: source.point(line: line, index: start), end: source.point(line: line, index: end))
                counts[name, default: (0, span)].count += 1
            }
            for (year, end, saysYearOf) in Self.years(in: characters) {
                let after = String(characters: characters[end..<min(characters.count, end + 12)])
                var weight = saysYearOf ? 2 : 1
                if ["自评", "部门整体", "决算", "绩效评价", "部门预算"].contains(where: after.contains) { weight += 3 }
                years[year, default: 0] += weight
            }
        }
        if let titleYear = report.title.firstMatch(of: /(\d{4})\s*年/).flatMap({ Int(QuantityScanner.withASCIIDigits($0.output.1)) }) { years[titleYear, default: 0] += 100 }
        // The body the title names; else the one whose suffix the vocabulary lists first
        // (a 局 before a 中心 it mentions), then the most often named, then the longest.
        let titled = Set(names.names(in: Array(report.title)).map { String(Array(report.title)[$0.start..<$0.end]) })
        let rank = { (name: String, count: Int) in (titled.contains(name) ? 1 : 0, -names.rank(of: name), count, name.count) }
        let best = counts.max { a, b in rank(a.key, a.value.count) < rank(b.key, b.value.count) }
        department = best?.key
        span = best?.value.first
        year = years.max { a, b in (a.value, a.key) < (b.value, b.key) }?.key
        let text = report.title + source.lines.prefix(400).joined()
        region = Self.provinces.first { text.contains($0 + "省") || text.contains($0 + "市") && ["北京", "天津", "上海", "重庆"].contains($0) }
            .map { ["北京", "天津", "上海", "重庆"].contains($0) ? $0 + "市" : $0 + "省" }
    }

    /// "2023年" and "2023 年度": the year, where the mention ends, and whether it says 年度.
    static func years(in text: [Character]) -> [(year: Int, end: Int, saysYearOf: Bool)] {
        var found: [(Int, Int, Bool)] = []
        for (index, c) in text.enumerated() where c == "年" {
            var start = index
            while start > 0, text[start - 1] == " " { start -= 1 }
            guard start >= 4, (start - 4..<start).allSatisfy({ QuantityScanner.asciiDigit(text[$0]) != nil }),
                start == 4 || QuantityScanner.asciiDigit(text[start - 5]) == nil,
                let year = Int(QuantityScanner.withASCIIDigits(text[(start - 4)..<start])), (1990...2100).contains(year)
            else { continue }
            let saysYearOf = index + 1 < text.count && text[index + 1] == "度"
            found.append((year, index + (saysYearOf ? 2 : 1), saysYearOf))
        }
        return found
    }

    /// A project's name from its annex title: "2024年科技创新券专项资金绩效自评报告" → 科技创新券专项资金.
    static func project(of unit: ReportUnit) -> String? {
        var title = unit.title
        if let range = title.firstRange(of: /^\d{4}\s*年度?/) { title.removeSubrange(range) }
        for suffix in ["绩效自评报告", "自评报告", "绩效评价报告", "绩效"] where title.hasSuffix(suffix) {
            title.removeLast(suffix.count)
        }
        let trimmed = title.trimmedText
        return trimmed.isEmpty ? nil : trimmed
    }
}
