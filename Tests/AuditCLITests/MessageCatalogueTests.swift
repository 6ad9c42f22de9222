@testable import ArgumentParsing
import Audit
@testable import AuditCLI
@testable import CaseLibrary
import Diagnostics
import Foundation
@testable import ReportReading
@testable import RuleEngine
@testable import RuleLanguage
import TestSupport
import WebServer
@testable import Training
import XCTest
import ZipArchive

/// Every message code, in Chinese and in English, pinned in one golden file
/// (Golden/messages.txt): the knowledge-base codes from the malformed fixtures that
/// show them, the others from their catalogue with sample values. Re-record with
/// RECORD_GOLDEN=1 and read the difference before committing.
final class MessageCatalogueTests: XCTestCase {
    /// A way to make the diagnostics of one sample, run once per language.
    struct Sample {
        let name: String
        let make: () -> [Diagnostic]
    }

    func testEveryMessageInBothLanguages() throws {
        var out = ""
        for sample in try Self.samples {
            out += "## \(sample.name)\n"
            for language in MessageLanguage.allCases {
                let text = MessageLanguage.$current.withValue(language) { Self.rendered(sample.make()) }
                out += text.split(separator: "\n").enumerated().map { ($0 == 0 ? language.rawValue : "  ") + "  " + $1 }.joined(separator: "\n") + "\n"
            }
        }
        try assertGolden(out, CapturedRun.testFolder.appendingPathComponent("Golden/messages.txt"))
    }

    /// Each sample's Chinese differs from its English and is written in Chinese.
    func testEverySampleIsTranslated() throws {
        for sample in try Self.samples {
            let chinese = MessageLanguage.$current.withValue(.chinese) { sample.make() }
            let english = MessageLanguage.$current.withValue(.english) { sample.make() }
            XCTAssertFalse(chinese.isEmpty, sample.name)
            for (zh, en) in zip(chinese, english) {
                XCTAssertNotEqual(zh.message, en.message, "\(sample.name): \(zh.code) has no Chinese")
                XCTAssertTrue(zh.message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "\(sample.name): \(zh.message)")
                XCTAssertEqual(zh.help == nil, en.help == nil, sample.name)
                XCTAssertEqual(zh.notes.count, en.notes.count, sample.name)
            }
        }
    }

    /// No code a person can see is missing from the table: every code written in the
    /// sources, and every code of the knowledge-base catalogues.
    func testEveryCodeHasASample() throws {
        let sampled = Set(try Self.samples.flatMap { sample in MessageLanguage.$current.withValue(.english) { sample.make().map(\.code) } })
        var codes = Set(KnowledgeCodes.all.map(\.code) + VocabularyCodes.all.map(\.code))
        let sources = Repository.root.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
        for file in files where file.pathExtension == "swift" {
            let text = try String(contentsOf: file, encoding: .utf8)
            codes.formUnion(text.matches(of: /code: "([A-Z]+[0-9]{3})"/).map { String($0.output.1) })
        }
        XCTAssertGreaterThan(codes.count, 100)
        XCTAssertEqual(codes.subtracting(sampled).sorted(), [], "codes without a sample in MessageCatalogueTests")
    }

    private static func rendered(_ diagnostics: [Diagnostic]) -> String {
        let renderer = DiagnosticRenderer { _ in nil }
        return diagnostics.map { renderer.render($0) }.joined()
    }

    // MARK: The samples

    static var samples: [Sample] {
        get throws { try ruleFixtures + vocabularyFixtures + catalogueSamples }
    }

    private static let fixtures = Repository.root.appendingPathComponent("Tests")

    /// The malformed knowledge files of RuleLanguageTests, each with the prelude it is written against.
    private static var ruleFixtures: [Sample] {
        get throws {
            let folder = fixtures.appendingPathComponent("RuleLanguageTests/Fixtures")
            let prelude = try String(contentsOf: folder.appendingPathComponent("prelude.rules"), encoding: .utf8)
            return try files(in: folder.appendingPathComponent("invalid"), ending: "rules").map { file in
                Sample(name: file.lastPathComponent) {
                    let name = file.lastPathComponent
                    let result = (try? String(contentsOf: file, encoding: .utf8)).map {
                        KnowledgeLoader.load(sources: [("prelude.rules", prelude), (name, $0)], functions: AuditFunctions.library, lint: true)
                    } ?? KnowledgeLoader.load(paths: [file.path], functions: AuditFunctions.library, lint: true)
                    return (result.diagnostics + result.warnings).map { relative($0, file) }.filter { $0.range?.file == name }.sortedForDisplay()
                }
            }
        }
    }

    /// The malformed reading-vocabulary files of ReportReadingTests.
    private static var vocabularyFixtures: [Sample] {
        get throws {
            try files(in: fixtures.appendingPathComponent("ReportReadingTests/Fixtures/vocabulary-invalid"), ending: "vocab").map { file in
                Sample(name: file.lastPathComponent) {
                    let loaded = VocabularyLoader.load(paths: [file.path])
                    return (loaded.diagnostics + loaded.warnings).map { relative($0, file) }.sortedForDisplay()
                }
            }
        }
    }

    private static func files(in folder: URL, ending: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == ending }.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    /// The file named without the machine's folders, so the golden file is the same everywhere.
    private static func relative(_ diagnostic: Diagnostic, _ file: URL) -> Diagnostic {
        var copy = diagnostic
        if copy.range?.file == file.path { copy.range?.file = file.lastPathComponent }
        copy.message = copy.message.replacingOccurrences(of: file.path, with: file.lastPathComponent)
        copy.notes = copy.notes.map { Diagnostic.Note($0.message) }
        return copy
    }

    private static func sample(_ name: String, _ make: @escaping () -> Diagnostic) -> Sample {
        Sample(name: name) { [make()] }
    }

    private static func usage(_ name: String, _ make: @escaping () -> UsageError) -> Sample {
        Sample(name: name) { [make().diagnostic] }
    }

    private struct WriteFailure: LocalizedError {
        var errorDescription: String? { "No space left on device" }
    }

    /// Codes that no malformed file shows: the reader, the engine, the command line, the
    /// case library and the trainer, each with the values a person would see.
    private static var catalogueSamples: [Sample] {
        let place = SourceRange(file: "a.rules", line: 3, column: 5)
        let template = Template("indicator", slots: [.init("weight", .number), .init("name", .text)])
        let command = ["check"]
        return [
            sample("KB040 engine rejected") { .engineRejected(EngineError.duplicateRule("weight-total").diagnostic, place) },
            sample("KB042 folder without rules") { .folderWithoutRules("my-rules") },
            sample("KB213 no vocabulary") { .vocabularyNotFound(["my-rules"]) },
            sample("RD001 no such file") { .cannotOpen("报告.txt", .noSuchFile) },
            sample("RD001 folder") { .cannotOpen("报告", .isFolder) },
            sample("RD001 unreadable") { .cannotOpen("报告.txt", .unreadable) },
            sample("RD001 link loop") { .cannotOpen("报告.txt", .symbolicLinkLoop) },
            sample("RD001 permission") { .cannotOpen("报告.txt", .permissionDenied) },
            sample("RD001 name not UTF-8") { .cannotOpen("报告\u{FFFD}.txt", .nameNotUTF8) },
            sample("RD002") { .emptyFile("报告.txt") },
            sample("RD003") { .binaryFile("报告.txt") },
            sample("RD004") { .unknownEncoding("报告.txt") },
            sample("RD004 place") { .unknownEncoding("报告.txt", at: SourceLocation(line: 12, column: 7)) },
            sample("RD005") { .tooLarge("报告.txt", size: 31_457_280, limit: 20_971_520) },
            sample("RD006 none") { .notAReport("notes.txt", chineseCharacters: 0) },
            sample("RD006 few") { .notAReport("notes.txt", chineseCharacters: 7) },
            sample("RD007") { .notADocx("报告.docx") },
            sample("RD008 encrypted") { .damagedDocx("报告.docx", .encrypted(name: "word/document.xml")) },
            sample("RD008 method") { .damagedDocx("报告.docx", .unsupportedMethod(name: "word/document.xml", method: 12)) },
            sample("RD008 cut short") { .damagedDocx("报告.docx", .notAnArchive) },
            sample("RD008 corrupt") { .damagedDocx("报告.docx", .corruptData(name: "word/document.xml", .truncated)) },
            sample("RD009") { .notAWordDocument("表.xlsx", mainPart: "word/document.xml", entries: ["[Content_Types].xml", "xl/workbook.xml"]) },
            sample("RD010") { .declarationInPart("报告.docx", part: "word/document.xml", marker: "<!DOCTYPE", line: 2) },
            sample("RD011") { .malformedPart("报告.docx", part: "word/document.xml", XMLSyntaxError(line: 4, column: 9, message: "expected '>'")) },
            sample("RD012") { .damagedDocx("报告.docx", .compressionRatio(name: "word/document.xml", ratio: 5000, limit: 1000)) },
            sample("RD013") { .legacyOfficeFile("报告.doc") },
            sample("RD013 workbook") { .legacyOfficeFile("自评表.xls") },
            sample("RD007 workbook") { .notADocx("自评表.xlsx", as: .workbook) },
            sample("RD008 workbook") { .damagedDocx("自评表.xlsx", .notAnArchive, as: .workbook) },
            sample("RD014") { .tableTooLarge("报告.html", cells: 1_000_000) },
            sample("RD015") { .scannedPDF("报告.pdf", pages: 12) },
            sample("RD016") { .unreadablePDF("报告.pdf", reason: localized("文件已加密", english: "the file is encrypted")) },
            sample("RD017") { .truncatedUTF16("报告.txt", bytes: 40_961) },
            sample("RD018") { .partTextTooLong("报告.docx", part: "word/document.xml", bytes: 48_000_000, limit: 10_000_000, line: 2) },
            sample("ENG001") { EngineError.duplicateTemplate("indicator").diagnostic },
            sample("ENG002") { EngineError.duplicateRule("weight-total").diagnostic },
            sample("ENG003") { EngineError.unknownTemplate("indicatr", rule: "r", condition: 0, known: ["indicator"]).diagnostic },
            sample("ENG004") { EngineError.unknownSlot("wieght", template: template, rule: "r", condition: 1).diagnostic },
            sample("ENG005") { EngineError.typeMismatch(slot: "weight", template: "indicator", expected: .number, value: .text("十"), rule: "r").diagnostic },
            sample("ENG006") { EngineError.unboundVariable(rule: "r", variable: "w", condition: 0).diagnostic },
            sample("ENG007") { EngineError.variableRebound(rule: "r", variable: "w", condition: 1).diagnostic },
            sample("ENG008") { EngineError.slotOutsidePattern(rule: "r", slot: "weight", condition: 0).diagnostic },
            sample("ENG009") { EngineError.notAFactVariable(rule: "r", variable: "w").diagnostic },
            sample("ENG010") { EngineError.unknownRule("weight-totl", known: ["weight-total"]).diagnostic },
            sample("ENG011") { EngineError.unknownFact(FactID(99)).diagnostic },
            sample("ENG012") { EngineError.firingLimitReached(limit: 100_000, rule: "count-forever", firings: 99_999).diagnostic },
            sample("ENG013") { EngineError.limitExceeded(.facts, limit: 50_000, rule: nil).diagnostic },
            sample("ENG014") { EngineError.limitExceeded(.derivedFacts, limit: 100_000, rule: "count-up").diagnostic },
            sample("ENG014 no rule") { EngineError.limitExceeded(.derivedFacts, limit: 100_000, rule: nil).diagnostic },
            sample("ENG015") { EngineError.limitExceeded(.memory, limit: 512 << 20, rule: nil).diagnostic },
            usage("CLI001 unknown command") { .unknownCommand("chek", help: Suggestions.didYouMean("chek", among: ["check"]), program: "audit", command: []) },
            usage("CLI001 missing command") { .missingCommand(program: "audit", command: ["rules"]) },
            usage("CLI001 unknown option") { .unknownOption("--frmat", help: nil, program: "audit", command: command) },
            usage("CLI001 flag with value") { .flagWithValue("--strict", command: ["rules", "lint"]) },
            usage("CLI001 missing value") { .missingValue("--format", valueName: "FORMAT", command: command) },
            usage("CLI001 invalid choice") { .invalidChoice("jsn", option: "--format", choices: ["text", "json"], command: command) },
            usage("CLI001 repeated option") { .repeatedOption("--format", command: command) },
            usage("CLI001 missing argument") { .missingArgument("FILE", program: "audit", command: command) },
            usage("CLI001 unexpected argument") { .unexpectedArgument("b", program: "audit", command: ["rules", "show"]) },
            usage("CLI001 unknown finding rule") { .unknownFindingRule("weight-totl", known: ["weight-total"], command: command) },
            usage("CLI001 max size") { .invalidMaximumSize("0", command: command) },
            usage("CLI001 jobs") { .invalidJobs("0", command: command) },
            usage("CLI001 several verdicts") { .severalVerdicts(command: ["review"]) },
            usage("CLI001 no verdict") { .noVerdict(command: ["review"]) },
            sample("CLI002") { .unknownRule("balance-over-limt", known: ["balance-over-limit"]) },
            sample("CLI003") { .cannotWrite("out.html", WriteFailure()) },
            sample("CLI004 none") { .unknownFinding("3", file: "报告.txt", findings: 0) },
            sample("CLI004 some") { .unknownFinding("99", file: "报告.txt", findings: 16) },
            sample("CLI005") { .unknownUnit("附件7", file: "报告.txt", units: ["部门整体", "附件1"]) },
            sample("CLI006 no rules") { .revisionWithoutRules("knowledge", base: "HEAD~1") },
            sample("CLI006 git failed") { .unreadableRevision("v9", reason: "fatal: Not a valid object name v9", gitRan: true) },
            sample("CLI006 no git") { .unreadableRevision("HEAD", reason: "git: not found", gitRan: false) },
            sample("CLI007") { .folderWithoutReports("reports") },
            sample("CLI008") { .exportFolderExists("my-rules") },
            sample("CLI009") { .damagedReviewFile("报告.txt.review.json") },
            sample("CLI010") { .noReportFolder("reports") },
            sample("CLI011 in use") { .cannotListen(.cannotListen(host: "127.0.0.1", port: 8765, reason: .addressInUse, systemWords: "Address already in use")) },
            sample("CLI011 no such address") {
                .cannotListen(.cannotListen(host: "10.9.9.9", port: 0, reason: .addressNotAvailable, systemWords: "Cannot assign requested address"))
            },
            sample("CLI011 permission") { .cannotListen(.cannotListen(host: "0.0.0.0", port: 80, reason: .permissionDenied, systemWords: "Permission denied")) },
            sample("CLI011 other") { .cannotListen(.cannotListen(host: "127.0.0.1", port: 8765, reason: .other, systemWords: "Network is down")) },
            sample("CLI011 not an address") { .cannotListen(.notAnAddress("localhost")) },
            sample("CLI011 no socket") { .cannotListen(.noSocket(reason: "Too many open files")) },
            sample("CLI012") { .damagedClassFile("reports/.workbench/classes/c1.json") },
            usage("CLI001 port") { .invalidPort("http", command: ["serve"]) },
            usage("CLI001 token") { .weakToken(command: ["serve"]) },
            sample("CASE001") { .unknownExpectedLine("findng", place) },
            sample("CASE002 finding") { .incompleteFinding(place) },
            sample("CASE002 quiet") { .incompleteQuiet(place) },
            sample("CASE003") { .invalidLineNumber("三十", place) },
            sample("CASE004") { .unknownExpectedRule("weight-totl", known: ["weight-total"], place) },
            sample("CASE005 folder") { .noCaseFolder("cases") },
            sample("CASE005 report") { .caseWithoutReport("weight-typo", path: "cases/weight-typo") },
            sample("CASE006") { .caseWithoutExpectations("weight-typo", path: "cases/weight-typo") },
            sample("CASE007") { .invalidCaseName("Bad Name") },
            sample("CASE008") { .caseExists("cases/weight-typo") },
            sample("TRN001") { .unreadableProgress("training.json") },
            sample("TRN002") { .unknownCase("weight-typ", known: ["weight-typo"]) },
            sample("TRN003") { .unreadableAnswers("answers.txt") },
            sample("TRN004 format") { .invalidAnswer(.format, line: 1, in: "answers.txt") },
            sample("TRN004 rule") { .invalidAnswer(.unknownRule("weight-totl", suggestion: "weight-total"), line: 2, in: "answers.txt") },
            sample("TRN004 ambiguous") { .invalidAnswer(.ambiguousRule("结余", candidates: ["balance-over-limit", "no-balance-contradicted"]), line: 3, in: "answers.txt") },
            sample("TRN004 line") { .invalidAnswer(.lineOutOfRange(300, last: 120), line: 4, in: "answers.txt") },
            sample("TRN005") { .unwritableProgress("training.json", WriteFailure()) },
        ]
    }
}
