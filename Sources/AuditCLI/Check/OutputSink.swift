import Diagnostics
import Foundation

/// Where `check` writes its report: standard output, or a file opened before the first
/// report is audited and written to as each is done.
final class OutputSink {
    private let context: CommandContext
    private let path: String?
    private let file: FileHandle?
    private var failure: (any Error)?

    /// Nil, with the error reported, when the file cannot be created.
    init?(_ path: String?, context: CommandContext) {
        self.context = context
        self.path = path
        guard let path else {
            file = nil
            return
        }
        let url = URL(fileURLWithPath: path, relativeTo: URL(fileURLWithPath: context.workingDirectory, isDirectory: true))
        do {
            try Data().write(to: url)
            file = try FileHandle(forWritingTo: url)
        } catch {
            context.standardError(context.errorRenderer.render(Diagnostic.cannotWrite(path, error)))
            return nil
        }
    }

    func write(_ text: String) {
        guard !text.isEmpty, failure == nil else { return }
        guard let file else { return context.standardOutput(text) }
        do { try file.write(contentsOf: Data(VisibleControls.escape(text, keepingStyles: false).utf8)) } catch { failure = error }
    }

    /// False, with the error reported, when a write failed.
    func close() -> Bool {
        try? file?.close()
        guard let failure, let path else { return true }
        context.standardError(context.errorRenderer.render(Diagnostic.cannotWrite(path, failure)))
        return false
    }
}
