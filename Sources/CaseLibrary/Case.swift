import Diagnostics
import Foundation

/// One case of the library: a folder with the report, what the audit must find
/// (`expected.txt`) and the teaching notes (`notes.md`).
public struct Case: Sendable {
    /// The folder's name: "weights-100-scheme".
    public let name: String
    public let folder: String
    /// The report file, as a path a person can pass to `audit check`.
    public let report: String
    public let expected: ExpectedFindings
    public let notes: TeachingNotes

    public var title: String { notes.title.isEmpty ? name : notes.title }
    public var difficulty: Int { notes.difficulty ?? 1 }

    public static let reportNames = ["report.txt", "report.docx"]
}

/// Loads the cases of a folder (each sub-folder with a report is a case), in name order.
public enum CaseLoader {
    public struct Result: Sendable {
        public var cases: [Case] = []
        public var diagnostics: [Diagnostic] = []
    }

    /// `folder` as given (relative to `directory` when not absolute); paths in cases
    /// and messages keep the form given.
    public static func load(_ folder: String, relativeTo directory: String, knownRules: [String]) -> Result {
        let base = FilePath.resolve(folder, from: directory)
        var result = Result()
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: base, isDirectory: &isFolder), isFolder.boolValue else {
            result.diagnostics.append(.noCaseFolder(folder))
            return result
        }
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: base)) ?? []).sorted()
        for name in names where !name.hasPrefix(".") {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: base + "/" + name, isDirectory: &isDirectory), isDirectory.boolValue else { continue }
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
            guard let report = Case.reportNames.first(where: { FileManager.default.fileExists(atPath: base + "/" + name + "/" + $0) }) else {
                result.diagnostics.append(
                    .caseWithoutReport(name, path: path))
                continue
            }
            let expectedPath = path + "/expected.txt"
            guard let expectedText = try? String(contentsOfFile: base + "/" + name + "/expected.txt", encoding: .utf8) else {
                result.diagnostics.append(
                    .caseWithoutExpectations(name, path: path))
                continue
            }
            let (expected, problems) = ExpectedFindings.parse(expectedText, file: expectedPath, knownRules: knownRules)
            result.diagnostics += problems
            let notesText = (try? String(contentsOfFile: base + "/" + name + "/notes.md", encoding: .utf8)) ?? ""
            result.cases.append(
                Case(name: name, folder: path, report: path + "/" + report, expected: expected, notes: TeachingNotes(parsing: notesText)))
        }
        return result
    }
}
