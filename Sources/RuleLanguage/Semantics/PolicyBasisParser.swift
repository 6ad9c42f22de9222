import RuleEngine

extension PolicyBasis {
    /// Reads `《项目支出绩效评价管理办法》 财预〔2020〕10号 第十五条`: the title in 《》,
    /// a document number (an issuer, a year in 〔〕 or [] and a number with 号), and the
    /// rest as the article. Nil when neither title nor number is there.
    init?(parsing text: String) {
        var rest = text
        var document: String?
        if let open = rest.firstIndex(of: "《"), let close = rest[open...].firstIndex(of: "》") {
            document = String(rest[rest.index(after: open)..<close])
            rest.removeSubrange(open...close)
        }
        var number: String?
        if let match = rest.firstMatch(of: /[\p{Han}A-Za-z]+[〔\[［(（]\d{4}[〕\]］)）]\s*\d+\s*号/) {
            number = String(match.output)
            rest.removeSubrange(match.range)
        }
        guard document != nil || number != nil else { return nil }
        let article = rest.trimmedText.trimmingCharacters(in: "，,;；。")
        self.init(document: document, number: number, article: article.isEmpty ? nil : article)
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        String(drop { set.contains($0) || $0.isWhitespace }.reversed().drop { set.contains($0) || $0.isWhitespace }.reversed())
    }
}
