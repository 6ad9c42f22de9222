import Diagnostics
import Foundation
import ReportReading

/// The report files named on a command line: a file as given, a folder as the reports
/// in it (`ReportFolder`). A folder without reports is an error, shown on standard
/// error; `failed` says there was one.
enum ReportFiles {
    static func expand(_ paths: [String], context: CommandContext) -> (files: [String], failed: Bool) {
        var files: [String] = []
        var failed = false
        for path in paths {
            let absolute = context.absolute(path)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: absolute, isDirectory: &isFolder), isFolder.boolValue else {
                files.append(path)
                continue
            }
            let found = ReportFolder.reports(in: absolute)
            if found.isEmpty {
                context.standardError(
                    context.errorRenderer.render(Diagnostic.folderWithoutReports(path)))
                failed = true
            }
            files += found.map { (path.hasSuffix("/") ? path : path + "/") + $0 }
        }
        return (files, failed)
    }
}
