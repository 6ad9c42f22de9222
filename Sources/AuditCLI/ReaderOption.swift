import Diagnostics
import ArgumentParsing
import ReportReading

/// `--max-size MIB`, shared by every command that reads reports.
enum ReaderOption {
    static var spec: ArgumentSpec {
        .option(
            "--max-size", value: "MIB", help: localized("拒绝读取大于这么多 MiB 的报告文件。", english: "Refuse report files larger than this many MiB."),
            default: String(ReportReader.defaultMaximumSize / 1_048_576))
    }

    /// A reader with the vocabulary and the size limit given.
    static func reader(_ arguments: ParsedArguments, command: [String], vocabulary: ReadingVocabulary) throws(UsageError) -> ReportReader {
        let text = arguments.value("max-size") ?? ""
        guard let mebibytes = Int(text), (1...4096).contains(mebibytes) else {
            throw .invalidMaximumSize(text, command: command)
        }
        return ReportReader(vocabulary: vocabulary, maximumSize: mebibytes * 1_048_576)
    }
}
