/// What a section is, from the words of its heading and the section classes of the
/// reading vocabulary. A heading joined with 及/和/与/、/， ("存在的问题及原因分析") is
/// each of its parts.
struct SectionClassifier {
    let vocabulary: ReadingVocabulary

    func kinds(of title: String) -> [SectionKind] {
        var result: [SectionKind] = []
        for part in VocabularyText.compact(title).split(whereSeparator: { "及和与、，,".contains($0) }) {
            if let kind = vocabulary.matchers.sections.match(String(part))?.key, !result.contains(kind) { result.append(kind) }
        }
        return result
    }
}
