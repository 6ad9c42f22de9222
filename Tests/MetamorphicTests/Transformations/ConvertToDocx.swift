import Foundation
import TestSupport

/// The report as a Word document, made by Tests/Scripts/make-docx.py (real tables with
/// vertical merges and grid spans, heading styles, automatic numbering).
struct ConvertToDocx: LayoutTransformation {
    let name = "convert to .docx"

    func apply(to report: ReportText) -> RewrittenReport? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("metamorphic-\(getpid())-\(UUID().uuidString)")
        guard (try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)) != nil else { return nil }
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("report.txt"), docx = folder.appendingPathComponent("report.docx")
        guard (try? report.text.write(to: text, atomically: true, encoding: .utf8)) != nil else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Repository.root.appendingPathComponent("Tests/Scripts/make-docx.py").path, text.path, docx.path]
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: docx.path) else { return nil }
        return .docx(data)
    }
}
