import Diagnostics
import Foundation

/// The report files named on a command line: a file as given, a folder as every .txt,
/// .docx, .xlsx, .pdf, .html and .htm under it (sorted, hidden files and Word's `~$` lock files left out), so
/// that one folder may mix text, Word, Excel, PDF and web-page reports. A folder without reports is an
/// error, shown on standard error; `failed` says there was one.
enum ReportFiles {
    static let extensions = [".txt", ".docx", ".xlsx", ".html", ".htm", ".pdf"]

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
            let found = (FileManager.default.enumerator(atPath: absolute)?.allObjects as? [String] ?? [])
                .filter { relative in
                    let name = (relative as NSString).lastPathComponent
                    return !name.hasPrefix(".") && !name.hasPrefix("~$") && !relative.contains("/.")
                        && extensions.contains { name.lowercased().hasSuffix($0) }
                }
                .sorted()
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
