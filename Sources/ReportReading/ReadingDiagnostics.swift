import Diagnostics

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
