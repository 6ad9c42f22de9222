import Foundation

/// The reports in a folder: every .txt, .docx, .xlsx, .pdf, .html and .htm under it,
/// sorted, with hidden files and Word's `~$` lock files left out, so that one folder may
/// mix text, Word, Excel, PDF and web-page reports.
public enum ReportFolder {
    public static let extensions = [".txt", ".docx", ".xlsx", ".html", ".htm", ".pdf"]

    /// Paths relative to `folder` (an absolute path); empty when it has none or cannot be read.
    public static func reports(in folder: String) -> [String] {
        (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
            .filter(isReport)
            .sorted()
    }

    /// A relative path names a report: a supported extension, nothing hidden on the way.
    public static func isReport(_ relative: String) -> Bool {
        let name = (relative as NSString).lastPathComponent
        return !name.hasPrefix(".") && !name.hasPrefix("~$") && !relative.hasPrefix(".") && !relative.contains("/.")
            && extensions.contains { name.lowercased().hasSuffix($0) }
    }
}
