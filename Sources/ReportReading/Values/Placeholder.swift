/// Rows and labels left as the template had them: "……", "时效指标……".
enum Placeholder {
    /// "……", "......", "…" and the like: a row left as in the template.
    static func isPlaceholder(_ text: String) -> Bool {
        let trimmed = text.trimmedText
        return !trimmed.isEmpty && trimmed.allSatisfy { "…..。·-—".contains($0) }
    }

    /// The text without trailing placeholder dots ("时效指标……" is 时效指标).
    static func stripped(_ text: String) -> String {
        var result = text.trimmedText
        while let last = result.last, "…..。".contains(last) { result.removeLast() }
        return result.trimmedText
    }
}
