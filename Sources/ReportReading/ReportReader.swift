import Checksums
import Diagnostics
import Foundation
import ZipArchive

/// Reads a report file into its document model and facts.
public struct ReportReader: Sendable {
    /// The words reports use, from knowledge/reading.
    public let vocabulary: ReadingVocabulary
    /// Files larger than this are refused (a report is a few hundred kilobytes).
    public var maximumSize: Int
    /// What a .docx may unpack to.
    public var archiveLimits: ZipArchive.Limits

    public static let defaultMaximumSize = 20 * 1_048_576

    public init(
        vocabulary: ReadingVocabulary, maximumSize: Int = ReportReader.defaultMaximumSize, archiveLimits: ZipArchive.Limits = ZipArchive.Limits()
    ) {
        self.vocabulary = vocabulary
        self.maximumSize = maximumSize
        self.archiveLimits = archiveLimits
    }

    /// Reads `path` (read from `directory` when relative), naming it as given.
    public func read(path: String, relativeTo directory: String? = nil) throws(Diagnostic) -> ReadReport {
        let location = FilePath.resolve(path, from: directory)
        let status = try FileStatus(path: location, named: path)
        guard !status.isFolder else { throw .cannotOpen(path, .isFolder) }
        if status.size > maximumSize { throw .tooLarge(path, size: status.size, limit: maximumSize) }
        guard let data = FileManager.default.contents(atPath: location) else { throw .cannotOpen(path, .unreadable) }
        return try read(data: data, file: path)
    }

    /// Reads bytes already in memory, naming them `file`: a .docx or .xlsx by its ZIP
    /// signature and main part, a PDF by its header, an HTML page by its name or its
    /// first tag, text otherwise.
    public func read(data: Data, file: String) throws(Diagnostic) -> ReadReport {
        guard data.count <= maximumSize else { throw .tooLarge(file, size: data.count, limit: maximumSize) }
        let bytes = [UInt8](data.prefix(8))
        if OfficePackage.looksLikeArchive(bytes) {
            let expected: OfficeFormat = file.lowercased().hasSuffix(".xlsx") ? .workbook : .wordDocument
            let package = try OfficePackage(file: file, bytes: [UInt8](data), limits: archiveLimits, expected: expected)
            let (text, origins) = package.format == .workbook ? try WorkbookReader(package: package).read() : try DocxReader(package: package).read()
            let encoding: TextEncoding = package.format == .workbook ? .excelWorkbook : .wordDocument
            return try read(text: text, file: file, encoding: encoding, origins: origins, sha256: SHA256.hex(data))
        }
        if file.lowercased().hasSuffix(".docx") { throw .notADocx(file) }
        if file.lowercased().hasSuffix(".xlsx") { throw .notADocx(file, as: .workbook) }
        if data.starts(with: Array("%PDF-".utf8)) {
            let (text, origins) = try PDFReader(file: file).read([UInt8](data))
            return try read(text: text, file: file, encoding: .pdfDocument, origins: origins, sha256: SHA256.hex(data))
        }
        // Word 97–2003 (.doc), Excel (.xls) and WPS files are OLE compound files.
        if data.starts(with: [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) { throw .legacyOfficeFile(file) }
        let (text, encoding) = try TextDecoder.decode(data, file: file)
        if HTMLReader.looksLikeHTML(text, file: file) {
            let (layout, origins) = try HTMLReader(file: file).read(text)
            return try read(text: layout, file: file, encoding: .htmlPage, origins: origins, sha256: SHA256.hex(data))
        }
        return try read(text: text, file: file, encoding: encoding, sha256: SHA256.hex(data))
    }

    /// Reads text, naming it `file`; `origins` says where each line came from in a .docx;
    /// `sha256` is the digest of the file's bytes (of the text's UTF-8 when not given).
    public func read(
        text: String, file: String, encoding: TextEncoding = .utf8, origins: [LineOrigin?] = [], sha256: String? = nil
    ) throws(Diagnostic) -> ReadReport {
        let chinese = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        guard chinese >= 20 else {
            throw .notAReport(file, chineseCharacters: chinese)
        }
        let source = SourceDocument(file: file, text: text, encoding: encoding, origins: origins)
        let report = DocumentBuilder(source: source, vocabulary: vocabulary).build()
        return ReadReport(
            report: report, facts: FactExtractor(report: report, vocabulary: vocabulary).extract(),
            sha256: sha256 ?? SHA256.hex(Array(text.utf8)))
    }
}

/// A report as read: the document model and the facts extracted from it.
public struct ReadReport: Sendable {
    public let report: Report
    public let facts: [ExtractedFact]
    /// SHA-256 of the input bytes, hexadecimal: which file exactly was read.
    public let sha256: String

    /// What the reader saw and could not read, in report order.
    public var gaps: [ReadingGap] { facts.compactMap(ReadingGap.init) }
}
