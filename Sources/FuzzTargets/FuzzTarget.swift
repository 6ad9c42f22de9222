import Audit
import BuiltInKnowledge
import Diagnostics
import Foundation
import ReportReading
import RuleLanguage
import WebServer
import ZipArchive

/// One parser as a fuzzer drives it: bytes in, what became of them out ("ok …" or the
/// code of the error a person would see). Any input must come back: a trap, a hang or
/// unbounded memory is the bug the fuzzer looks for.
public struct FuzzTarget: Sendable {
    public let name: String
    public let summary: String
    public let run: @Sendable ([UInt8]) -> String

    public static let all: [FuzzTarget] = [
        FuzzTarget(name: "text", summary: "a text report: decoding, layout, document model, facts", run: reading("fuzz.txt")),
        FuzzTarget(name: "rules", summary: "a knowledge file: parse, analyse, lint (which runs its examples)") {
            let result = KnowledgeLoader.load(sources: [("fuzz.rules", String(decoding: $0, as: UTF8.self))], functions: AuditFunctions.library, lint: true)
            return result.diagnostics.first.map { "\($0.code)" } ?? "ok \(result.knowledgeBase.rules.count) rules"
        },
        FuzzTarget(name: "zip", summary: "a ZIP archive: directory, headers, inflate, CRC") { bytes in
            do {
                let archive = try ZipArchive(bytes: bytes)
                let sizes = try archive.entries.map { entry throws(ZipFailure) in try archive.contents(of: entry).count }
                return "ok \(sizes.count) entries"
            } catch {
                // The kind of failure, without the entry's name and numbers.
                return "zip " + String(describing: error).prefix { $0 != "(" }
            }
        },
        FuzzTarget(name: "docx", summary: "a .docx as a whole: archive, package, WordprocessingML", run: reading("fuzz.docx")),
        FuzzTarget(name: "wordml", summary: "WordprocessingML in a valid archive (past the CRC): the XML, layout and reader") {
            let archive = StoredZip.make([("[Content_Types].xml", Array(StoredZip.wordContentTypes.utf8)), ("word/document.xml", $0)])
            return reading("fuzz.docx")(archive)
        },
        FuzzTarget(name: "xlsx", summary: "an Excel workbook: archive, shared strings, sheets, merged cells", run: reading("fuzz.xlsx")),
        FuzzTarget(name: "pdf", summary: "a PDF: objects, cross-reference, filters, fonts and CMaps, text and ruling", run: reading("fuzz.pdf")),
        FuzzTarget(name: "html", summary: "a web page: tokenizer, tree, tables, text layout", run: reading("fuzz.html")),
        FuzzTarget(name: "http", summary: "a request to `audit serve`: request line, headers, body, form fields") { bytes in
            do throws(HTTPError) {
                guard case .complete(let request, let consumed) = try HTTPRequestParser.parse(bytes) else { return "incomplete" }
                return "ok \(request.method) \(request.headers.count) headers \(request.form.count) fields \(consumed) bytes"
            } catch {
                return "http \(error.status.code)"
            }
        },
    ]

    public static func named(_ name: String) -> FuzzTarget? { all.first { $0.name == name } }

    /// The reader with the built-in vocabulary, loaded once.
    static let reader = ReportReader(
        vocabulary: AuditKnowledge.load(sources: BuiltInKnowledge.knowledgeFiles, place: BuiltInKnowledge.name).knowledge.vocabulary)

    /// Reads the bytes as a file of this name (its extension chooses the reader).
    private static func reading(_ file: String) -> @Sendable ([UInt8]) -> String {
        { bytes in
            do throws(Diagnostic) {
                return "ok \(try reader.read(data: Data(bytes), file: file).facts.count) facts"
            } catch {
                return error.code
            }
        }
    }
}
