import ArgumentParsing
import Diagnostics
import Foundation

/// `--jobs N`: how many reports are audited at once; by default one per core.
enum JobsOption {
    static var spec: ArgumentSpec {
        .option(
            "--jobs", "-j", value: "N",
            help: localized("同时审核的报告数（默认：处理器核数）；输出顺序不变。", english: "How many reports to audit at once (default: the number of cores); the output order stays the same."))
    }

    static func count(_ arguments: ParsedArguments, command: [String]) throws(UsageError) -> Int {
        guard let text = arguments.value("jobs") else { return ProcessInfo.processInfo.activeProcessorCount }
        guard let jobs = Int(text), (1...256).contains(jobs) else { throw .invalidJobs(text, command: command) }
        return jobs
    }
}
