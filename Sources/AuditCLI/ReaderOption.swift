import ArgumentParsing
import ReportReading

/// `--max-size MIB`, shared by every command that reads reports.
enum ReaderOption {
    static var spec: ArgumentSpec {
        .option(
            "--max-size", value: "MIB", help: "Refuse report files larger than this many MiB.",
            default: String(ReportReader.defaultMaximumSize / 1_048_576))
    }

    /// A reader with the vocabulary and the size limit given.
    static func reader(_ arguments: ParsedArguments, command: [String], vocabulary: ReadingVocabulary) throws(UsageError) -> ReportReader {
        let text = arguments.value("max-size") ?? ""
        guard let mebibytes = Int(text), (1...4096).contains(mebibytes) else {
            throw UsageError(
                message: "'--max-size' takes a whole number of MiB from 1 to 4096, not '\(text)'", help: nil, command: command)
        }
        return ReportReader(vocabulary: vocabulary, maximumSize: mebibytes * 1_048_576)
    }
}
