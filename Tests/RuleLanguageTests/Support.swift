import Diagnostics
import Foundation
import RuleLanguage
import TestSupport
import XCTest

enum Fixtures {
    /// In the source tree, so that golden files can be re-recorded in place.
    static var folder: URL {
        get throws {
            URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        }
    }

    static var prelude: String {
        get throws {
            try String(contentsOf: folder.appendingPathComponent("prelude.rules"), encoding: .utf8)
        }
    }

    /// Loads a knowledge text with the prelude's declarations, linting.
    static func load(_ text: String, path: String = "snippet.rules", functions: FunctionLibrary = .builtIn) throws -> KnowledgeLoader.Result {
        KnowledgeLoader.load(sources: [("prelude.rules", try prelude), (path, text)], functions: functions, lint: true)
    }

    /// The repository root, found from this file's place.
    static var repository: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }
}


extension Diagnostic {
    /// `3:12: error[KB020]: message`, the form fixtures pin.
    var pinned: String {
        let place = range.map { "\($0.start.line):\($0.start.column)" } ?? "-"
        return "\(place): \(severity.rawValue)[\(code)]: \(message)"
    }
}
