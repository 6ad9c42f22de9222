import Diagnostics
import ZipArchive

/// Every message the report reader shows, by stable code (RD…).
extension Diagnostic {
    static func cannotOpen(_ file: String, _ reason: String) -> Diagnostic {
        Diagnostic(code: "RD001", message: "cannot read \(file): \(reason)", range: .lines(1, in: file))
    }

    static func emptyFile(_ file: String) -> Diagnostic {
        Diagnostic(code: "RD002", message: "\(file) is empty", range: .lines(1, in: file))
    }

    static func binaryFile(_ file: String) -> Diagnostic {
        Diagnostic(
            code: "RD003", message: "\(file) is not a text file", range: .lines(1, in: file),
            help: "save the report as plain text (UTF-8, UTF-16 or GB18030), or give the .docx")
    }

    static func unknownEncoding(_ file: String) -> Diagnostic {
        Diagnostic(
            code: "RD004", message: "\(file) is in an encoding the reader does not know", range: .lines(1, in: file),
            notes: [Note("the reader takes UTF-8 (with or without BOM), UTF-16 and GB18030/GBK")])
    }

    static func tooLarge(_ file: String, size: Int, limit: Int) -> Diagnostic {
        Diagnostic(
            code: "RD005", message: "\(file) is \(ByteCount.text(size)), more than the limit of \(ByteCount.text(limit))",
            range: .lines(1, in: file), help: "raise the limit with --max-size if the file really is a report")
    }

    static func notAReport(_ file: String, why: String) -> Diagnostic {
        Diagnostic(
            code: "RD006", message: "\(file) does not look like a performance self-evaluation report: \(why)",
            range: .lines(1, in: file))
    }

    static func notADocx(_ file: String) -> Diagnostic {
        Diagnostic(
            code: "RD007", message: "\(file) is not a Word document: a .docx is a ZIP archive, and this file is not one",
            range: .lines(1, in: file), help: "open it in Word and save it again as .docx, or save the report as plain text")
    }

    static func legacyOfficeFile(_ file: String) -> Diagnostic {
        Diagnostic(
            code: "RD013", message: "\(file) is an old-format Office file (Word 97–2003 .doc or similar), which the reader does not take",
            range: .lines(1, in: file), help: "open it in Word or WPS and save it as .docx (文件 → 另存为 → Word 文档)")
    }

    static func damagedDocx(_ file: String, _ failure: ZipFailure) -> Diagnostic {
        switch failure {
        case .tooManyEntries, .entryTooLarge, .totalTooLarge, .compressionRatio:
            Diagnostic(
                code: "RD012", message: "\(file) is refused: \(failure)", range: .lines(1, in: file),
                notes: [Note("the limits keep a crafted archive (a zip bomb) from exhausting memory; a real report stays far below them")])
        case .encrypted:
            Diagnostic(
                code: "RD008", message: "cannot read \(file) as a .docx: \(failure)", range: .lines(1, in: file),
                help: "remove the password in Word (文件 → 信息 → 保护文档) and save a copy")
        case .unsupportedMethod:
            Diagnostic(
                code: "RD008", message: "cannot read \(file) as a .docx: \(failure)", range: .lines(1, in: file),
                help: "open it in Word and save a copy: Word itself writes DEFLATE")
        default:
            Diagnostic(
                code: "RD008", message: "cannot read \(file) as a .docx: \(failure)", range: .lines(1, in: file),
                help: "the file may be damaged or cut short; ask for it again, or open it in Word and save a copy")
        }
    }

    static func notAWordDocument(_ file: String, mainPart: String, entries: [String]) -> Diagnostic {
        let shown = entries.sorted().prefix(5).joined(separator: ", ") + (entries.count > 5 ? ", …" : "")
        return Diagnostic(
            code: "RD009", message: "\(file) is a ZIP archive but not a Word document: it has no \(mainPart)",
            range: .lines(1, in: file), notes: [Note(entries.isEmpty ? "the archive is empty" : "it holds \(shown)")])
    }

    static func declarationInPart(_ file: String, part: String, marker: String, line: Int) -> Diagnostic {
        Diagnostic(
            code: "RD010", message: "\(file): \(part) declares \(marker.dropFirst(2).lowercased() == "doctype" ? "a DTD" : "an entity"), which the reader refuses",
            range: .lines(line, in: "\(file)!/\(part)"),
            notes: [Note("Word never writes DTDs; entities in them can expand without bound or read other files")])
    }

    static func malformedPart(_ file: String, part: String, _ error: XMLSyntaxError) -> Diagnostic {
        Diagnostic(
            code: "RD011", message: "\(file): \(part) is not well-formed XML: \(error.message)",
            range: SourceRange(file: "\(file)!/\(part)", line: max(error.line, 1), column: max(error.column, 1)))
    }
}

/// Sizes as a person reads them: "900 bytes", "12.5 KiB", "20 MiB".
enum ByteCount {
    static func text(_ bytes: Int) -> String {
        for (unit, size) in [("MiB", 1_048_576), ("KiB", 1024)] where bytes >= size {
            let tenths = (bytes * 10 + size / 2) / size
            return tenths % 10 == 0 ? "\(tenths / 10) \(unit)" : "\(tenths / 10).\(tenths % 10) \(unit)"
        }
        return bytes == 1 ? "1 byte" : "\(bytes) bytes"
    }
}
