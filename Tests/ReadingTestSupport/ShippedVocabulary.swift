import ReportReading
import TestSupport
import ZipArchive

/// The reading vocabulary the repository ships (knowledge/reading), loaded once.
public enum ShippedVocabulary {
    public static let value: ReadingVocabulary = {
        let loaded = VocabularyLoader.load(paths: [Repository.knowledge])
        precondition(!loaded.hasErrors && !loaded.files.isEmpty, "the shipped reading vocabulary does not load: \(loaded.diagnostics)")
        return loaded.vocabulary
    }()
}

extension ReportReader {
    /// A reader with the shipped vocabulary, as tests mostly want.
    public init(maximumSize: Int = ReportReader.defaultMaximumSize, archiveLimits: ZipArchive.Limits = ZipArchive.Limits()) {
        self.init(vocabulary: ShippedVocabulary.value, maximumSize: maximumSize, archiveLimits: archiveLimits)
    }
}
