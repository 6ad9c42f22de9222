import Audit
import Diagnostics
import Foundation
import RuleLanguage

/// A knowledge base as it was: read from a folder, or from a git revision of the
/// folder the current one lives in (`git show REV:path` for each .rules and .vocab file).
enum KnowledgeRevision {
    static func load(_ base: String, knowledgePath: String, workingDirectory: String) throws(Diagnostic) -> AuditKnowledge.Loaded {
        let folder = FilePath.resolve(base, from: workingDirectory)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue {
            return AuditKnowledge.load(paths: [base], relativeTo: workingDirectory)
        }
        let knowledge = FilePath.resolve(knowledgePath, from: workingDirectory)
        // The knowledge folder's path inside its repository, and the files it had at REV.
        let prefix = try git(["rev-parse", "--show-prefix"], in: knowledge, base: base).trimmingCharacters(in: .whitespacesAndNewlines)
        let files = try git(["ls-tree", "-r", "--name-only", "--full-tree", base, "--", prefix], in: knowledge, base: base)
            .split(separator: "\n").map(String.init).filter { $0.hasSuffix(".rules") || $0.hasSuffix(".vocab") }
        guard files.contains(where: { $0.hasSuffix(".rules") }) else {
            throw Diagnostic.revisionWithoutRules(knowledgePath, base: base)
        }
        var sources: [(path: String, text: String)] = []
        for file in files {
            sources.append(("\(base):\(file)", try git(["show", "\(base):\(file)"], in: knowledge, base: base)))
        }
        return AuditKnowledge.load(sources: sources, place: "\(knowledgePath) at \(base)")
    }

    private static func git(_ arguments: [String], in directory: String, base: String) throws(Diagnostic) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory] + arguments
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            throw Diagnostic.unreadableRevision(base, reason: error.localizedDescription, gitRan: false)
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let first = message.split(separator: "\n").first.map(String.init) ?? "git failed"
            throw Diagnostic.unreadableRevision(base, reason: first, gitRan: true)
        }
        return String(decoding: data, as: UTF8.self)
    }
}
