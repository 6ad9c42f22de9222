import Diagnostics
import Foundation
import RuleEngine

/// Reads knowledge files (or folders of `*.rules`) into a knowledge base.
public enum KnowledgeLoader {
    public struct Result: Sendable {
        /// The rules that compiled; empty when nothing could be read.
        public let knowledgeBase: KnowledgeBase
        /// Errors, sorted by file and position.
        public let diagnostics: [Diagnostic]
        /// Lint warnings, when asked for.
        public var warnings: [Diagnostic] = []
        /// The files read, in order.
        public let files: [String]

        public var hasErrors: Bool { diagnostics.hasErrors }
    }

    /// The `.rules` files a list of paths names: files as given, folders searched
    /// (sorted, so the order is the same on every machine). Relative paths are read
    /// from `directory` but keep the spelling the person typed.
    public static func ruleFiles(in paths: [String], relativeTo directory: String? = nil) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        let manager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: FilePath.resolve(path, from: directory), isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            if isDirectory.boolValue {
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                // A folder given as a symbolic link is searched where it points.
                let target = URL(fileURLWithPath: FilePath.resolve(path, from: directory)).resolvingSymlinksInPath().path
                let found = (manager.enumerator(atPath: target)?.allObjects as? [String] ?? [])
                    .filter { $0.hasSuffix(".rules") }
                    .sorted()
                    .map { "\(base)/\($0)" }
                files += found
            } else {
                files.append(path)
            }
        }
        return (files, missing)
    }


    /// Loads from disk; rules may call the functions of `functions`.
    public static func load(
        paths: [String], relativeTo directory: String? = nil, functions: FunctionLibrary = .builtIn, lint: Bool = false
    ) -> Result {
        let (files, missing) = ruleFiles(in: paths, relativeTo: directory)
        var sources: [(String, String)] = []
        var diagnostics = missing.map { Diagnostic.unreadableFile($0, localized("文件或文件夹不存在", english: "no such file or folder")) }
        for file in files {
            switch KnowledgeFileText.read(FilePath.resolve(file, from: directory)) {
            case .success(let text): sources.append((file, text))
            case .failure(let unreadable): diagnostics.append(.unreadableFile(file, unreadable.reason))
            }
        }
        var result = load(sources: sources, functions: functions, lint: lint)
        result = Result(
            knowledgeBase: result.knowledgeBase, diagnostics: (diagnostics + result.diagnostics).sortedForDisplay(),
            warnings: result.warnings, files: files)
        return result
    }

    /// Loads from texts already in memory (path, text), as tests and tools do.
    public static func load(sources: [(path: String, text: String)], functions: FunctionLibrary = .builtIn, lint: Bool = false) -> Result {
        var parsed: [KnowledgeFile] = []
        var diagnostics: [Diagnostic] = []
        for (path, text) in sources {
            var parser = Parser(path: path, text: text)
            parsed.append(parser.parse())
            diagnostics += parser.diagnostics
        }
        var compiler = KnowledgeCompiler(
            files: parsed, sources: Dictionary(sources.map { ($0.path, $0.text) }, uniquingKeysWith: { a, _ in a }), functions: functions)
        let knowledge = compiler.compile()
        diagnostics += compiler.diagnostics
        var result = Result(knowledgeBase: knowledge, diagnostics: diagnostics.sortedForDisplay(), files: sources.map(\.path))
        if lint {
            result.warnings = Linter(files: parsed, knowledge: knowledge, analyses: compiler.analyses).run().sortedForDisplay()
        }
        return result
    }
}
