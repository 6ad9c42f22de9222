import Audit

extension ParameterUse {
    /// Where a threshold's value comes from, as every explanation shows it:
    /// “（依据：《…》）” when a document sets it, “（理由：…）” when it is a rule of thumb.
    var source: String {
        if !basis.isEmpty { return "（依据：\(basis.joined(separator: "；"))）" }
        return rationale.map { "（理由：\($0)）" } ?? ""
    }

    /// The threshold by its label, value and source, one per line of a list.
    static func lines(_ parameters: [ParameterUse], indent: String) -> String {
        parameters.map { "\(indent)\($0.label)：\($0.value)\($0.source)\n" }.joined()
    }
}
