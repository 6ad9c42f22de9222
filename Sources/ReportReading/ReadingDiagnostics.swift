import Diagnostics
import ZipArchive

/// Every message the report reader shows, by stable code (RD…), in Chinese and English.
extension Diagnostic {
    enum OpenFailure {
        case noSuchFile, isFolder, unreadable, symbolicLinkLoop, permissionDenied, nameNotUTF8

        var text: String {
            switch self {
            case .noSuchFile: localized("文件不存在", english: "no such file")
            case .isFolder: localized("这是一个文件夹", english: "it is a folder")
            case .unreadable: localized("无法打开", english: "it cannot be opened")
            case .symbolicLinkLoop: localized("符号链接绕回了自身（链接循环）", english: "its symbolic links lead back to themselves (a link loop)")
            case .permissionDenied: localized("没有读取权限", english: "permission denied")
            case .nameNotUTF8:
                localized(
                    "文件名含有不是 UTF-8 的字节（显示为 �），无法按名打开；请把文件改名后再试",
                    english: "its name holds bytes that are not UTF-8 (shown as �), so it cannot be opened by name; rename the file and try again")
            }
        }
    }

    static func cannotOpen(_ file: String, _ failure: OpenFailure) -> Diagnostic {
        Diagnostic(
            code: "RD001", message: localized("无法读取 \(file)：\(failure.text)", english: "cannot read \(file): \(failure.text)"),
            range: .lines(1, in: file))
    }

    static func emptyFile(_ file: String) -> Diagnostic {
        Diagnostic(code: "RD002", message: localized("\(file) 是空文件", english: "\(file) is empty"), range: .lines(1, in: file))
    }

    static func binaryFile(_ file: String) -> Diagnostic {
        Diagnostic(
            code: "RD003", message: localized("\(file) 不是文本文件", english: "\(file) is not a text file"), range: .lines(1, in: file),
            help: localized(
                "把报告另存为纯文本（UTF-8、UTF-16 或 GB18030），或直接给出 .docx",
                english: "save the report as plain text (UTF-8, UTF-16 or GB18030), or give the .docx"))
    }

    /// `place` is the first byte that is not valid UTF-8 (or UTF-16 when the file is UTF-16).
    static func unknownEncoding(_ file: String, at place: SourceLocation? = nil) -> Diagnostic {
        let message = localized("\(file) 的编码无法识别", english: "\(file) is in an encoding the reader does not know")
        let known = Note(localized(
            "可读的编码：UTF-8（带或不带 BOM）、UTF-16 和 GB18030/GBK",
            english: "the reader takes UTF-8 (with or without BOM), UTF-16 and GB18030/GBK"))
        guard let place else { return Diagnostic(code: "RD004", message: message, range: .lines(1, in: file), notes: [known]) }
        return Diagnostic(
            code: "RD004", message: message, range: SourceRange(file: file, line: place.line, column: place.column),
            notes: [
                Note(localized(
                    "第 \(place.line) 行第 \(place.column) 列的字节不是有效的字符编码，文件在这里损坏或混用了编码",
                    english: "the bytes at line \(place.line), column \(place.column) are not a valid character: the file is damaged or mixes encodings there")),
                known,
            ],
            help: localized("用文本编辑器打开，检查这一处，另存为 UTF-8", english: "open it in a text editor, check this place and save it as UTF-8"))
    }

    static func truncatedUTF16(_ file: String, bytes: Int) -> Diagnostic {
        Diagnostic(
            code: "RD017",
            message: localized(
                "\(file) 是 UTF-16 文本，但被截断了：共 \(bytes) 个字节，是奇数，最后一个字符不完整",
                english: "\(file) is UTF-16 text cut short: \(bytes) bytes, an odd number, so the last character is incomplete"),
            range: .lines(1, in: file),
            help: localized("文件可能没有传完整，请重新获取，或另存为 UTF-8", english: "the file may not have been copied whole; ask for it again, or save it as UTF-8"))
    }

    static func tooLarge(_ file: String, size: Int, limit: Int) -> Diagnostic {
        let (actual, maximum) = (ByteCount.text(size), ByteCount.text(limit))
        return Diagnostic(
            code: "RD005",
            message: localized("\(file) 大小为 \(actual)，超过上限 \(maximum)", english: "\(file) is \(actual), more than the limit of \(maximum)"),
            range: .lines(1, in: file),
            help: localized("如果它确实是报告，用 --max-size 放宽上限", english: "raise the limit with --max-size if the file really is a report"))
    }

    /// `chineseCharacters` is how many there are (fewer than a report has).
    static func notAReport(_ file: String, chineseCharacters: Int) -> Diagnostic {
        let why = chineseCharacters == 0
            ? localized("其中没有中文", english: "it has no Chinese text")
            : localized("其中几乎没有中文", english: "it has almost no Chinese text")
        return Diagnostic(
            code: "RD006",
            message: localized("\(file) 看起来不是绩效自评报告：\(why)", english: "\(file) does not look like a performance self-evaluation report: \(why)"),
            range: .lines(1, in: file))
    }

    static func notADocx(_ file: String, as format: OfficeFormat = .wordDocument) -> Diagnostic {
        let (type, application) = (format.fileType, format.application)
        let kind = format == .wordDocument ? localized("Word 文档", english: "a Word document") : localized("Excel 工作簿", english: "an Excel workbook")
        return Diagnostic(
            code: "RD007",
            message: localized(
                "\(file) 不是 \(kind)：\(type) 是 ZIP 压缩包，而这个文件不是",
                english: "\(file) is not \(kind): a \(type) is a ZIP archive, and this file is not one"),
            range: .lines(1, in: file),
            help: localized(
                "用 \(application) 打开后重新另存为 \(type)，或把报告另存为纯文本",
                english: "open it in \(application) and save it again as \(type), or save the report as plain text"))
    }

    /// A Word 97–2003 .doc, an Excel 97–2003 .xls or a WPS file (OLE compound files).
    static func legacyOfficeFile(_ file: String) -> Diagnostic {
        let workbook = file.lowercased().hasSuffix(".xls") || file.lowercased().hasSuffix(".et")
        return Diagnostic(
            code: "RD013",
            message: workbook
                ? localized(
                    "\(file) 是旧格式的 Excel 文件（Excel 97–2003 .xls 等），无法读取",
                    english: "\(file) is an old-format Excel file (Excel 97–2003 .xls or similar), which the reader does not take")
                : localized(
                    "\(file) 是旧格式的 Office 文件（Word 97–2003 .doc 等），无法读取",
                    english: "\(file) is an old-format Office file (Word 97–2003 .doc or similar), which the reader does not take"),
            range: .lines(1, in: file),
            help: workbook
                ? localized(
                    "用 Excel 或 WPS 打开，另存为 .xlsx（文件 → 另存为 → Excel 工作簿）",
                    english: "open it in Excel or WPS and save it as .xlsx (文件 → 另存为 → Excel 工作簿)")
                : localized(
                    "用 Word 或 WPS 打开，另存为 .docx（文件 → 另存为 → Word 文档）",
                    english: "open it in Word or WPS and save it as .docx (文件 → 另存为 → Word 文档)"))
    }

    static func damagedDocx(_ file: String, _ failure: ZipFailure, as format: OfficeFormat = .wordDocument) -> Diagnostic {
        let reason = explanation(of: failure)
        let (type, application) = (format.fileType, format.application)
        let cannotRead = localized("无法按 \(type) 读取 \(file)：\(reason)", english: "cannot read \(file) as a \(type): \(reason)")
        switch failure {
        case .tooManyEntries, .entryTooLarge, .totalTooLarge, .compressionRatio:
            return Diagnostic(
                code: "RD012", message: localized("拒绝读取 \(file)：\(reason)", english: "\(file) is refused: \(reason)"), range: .lines(1, in: file),
                notes: [Note(localized(
                    "这些上限防止精心构造的压缩包（压缩炸弹）耗尽内存；真实报告远低于上限",
                    english: "the limits keep a crafted archive (a zip bomb) from exhausting memory; a real report stays far below them"))])
        case .encrypted:
            return Diagnostic(
                code: "RD008", message: cannotRead, range: .lines(1, in: file),
                help: localized("在 \(application) 中取消密码（文件 → 信息 → \(format.protection)）后另存一份", english: "remove the password in \(application) (文件 → 信息 → \(format.protection)) and save a copy"))
        case .unsupportedMethod:
            return Diagnostic(
                code: "RD008", message: cannotRead, range: .lines(1, in: file),
                help: localized("用 \(application) 打开后另存一份：\(application) 自己写出的是 DEFLATE 压缩", english: "open it in \(application) and save a copy: \(application) itself writes DEFLATE"))
        default:
            return Diagnostic(
                code: "RD008", message: cannotRead, range: .lines(1, in: file),
                help: localized(
                    "文件可能已损坏或不完整；请重新索取，或用 \(application) 打开后另存一份",
                    english: "the file may be damaged or cut short; ask for it again, or open it in \(application) and save a copy"))
        }
    }

    /// Why an archive could not be read, in the current language (English from ZipArchive itself).
    static func explanation(of failure: ZipFailure) -> String {
        let chinese: String =
            switch failure {
            case .notAnArchive: "压缩包缺少结尾记录：文件不完整，或不是 ZIP 压缩包"
            case .damaged(let reason): "压缩包已损坏：\(reason)"
            case .spansSeveralDisks: "压缩包分卷存放在多个磁盘上"
            case .tooManyEntries(let count, let limit): "压缩包有 \(count) 个条目，超过上限 \(limit)"
            case .entryTooLarge(let name, let size, let limit): "\(name) 解压后 \(size) 字节，超过上限 \(limit)"
            case .totalTooLarge(let size, let limit): "压缩包解压后 \(size) 字节，超过上限 \(limit)"
            case .compressionRatio(let name, let ratio, let limit): "\(name) 的压缩比为 \(ratio):1，超过上限 \(limit):1（可能是压缩炸弹）"
            case .encrypted(let name): "\(name) 已加密"
            case .unsupportedMethod(let name, let method): "\(name) 使用压缩方法 \(method)；只能读取存储（0）和 DEFLATE（8）"
            case .checksumMismatch(let name): "\(name) 的 CRC-32 校验不符"
            case .corruptData(let name, let inflate): "\(name) 的压缩数据已损坏：\(chineseExplanation(of: inflate))"
            }
        return localized(chinese, english: failure.description)
    }

    private static func chineseExplanation(of failure: Inflate.Failure) -> String {
        switch failure {
        case .truncated: "数据在一个块的中途结束"
        case .invalidBlockType: "出现保留的块类型 3"
        case .storedLengthMismatch: "存储块的长度与其校验值不符"
        case .invalidCodeLengths: "哈夫曼码表无效"
        case .invalidCode: "出现不是任何编码的位串"
        case .distanceTooFar: "回指到数据开头之前"
        case .outputLimitExceeded: "数据超过允许的大小"
        }
    }

    static func notAWordDocument(_ file: String, mainPart: String, entries: [String]) -> Diagnostic {
        let shown = entries.sorted().prefix(5).joined(separator: ", ") + (entries.count > 5 ? ", …" : "")
        return Diagnostic(
            code: "RD009",
            message: localized(
                "\(file) 是 ZIP 压缩包，但不是 Word 文档或 Excel 工作簿：其中没有 \(mainPart)",
                english: "\(file) is a ZIP archive but neither a Word document nor an Excel workbook: it has no \(mainPart)"),
            range: .lines(1, in: file),
            notes: [Note(entries.isEmpty
                ? localized("压缩包是空的", english: "the archive is empty")
                : localized("其中有 \(shown)", english: "it holds \(shown)"))])
    }

    static func partTextTooLong(_ file: String, part: String, bytes: Int, limit: Int, line: Int) -> Diagnostic {
        let (size, limit) = (ByteCount.text(bytes), ByteCount.text(limit))
        return Diagnostic(
            code: "RD018",
            message: localized(
                "\(file)：\(part) 里有一段连续 \(size) 的文字或标记，超过 XML 读取器单段 \(limit) 的上限，无法读取",
                english: "\(file): \(part) holds \(size) of text or markup in one run, more than the XML reader's limit of \(limit) per run"),
            range: .lines(line, in: "\(file)!/\(part)"),
            notes: [Note(localized(
                "Word 和 WPS 写的文档不会这样：文件可能由其他程序生成或已损坏",
                english: "documents written by Word or WPS are not like this: the file may come from another program, or be damaged"))],
            help: localized("用 Word 或 WPS 打开后另存一份，或把报告另存为纯文本", english: "open it in Word or WPS and save a copy, or save the report as plain text"))
    }

    static func declarationInPart(_ file: String, part: String, marker: String, line: Int) -> Diagnostic {
        let isDTD = marker.dropFirst(2).lowercased() == "doctype"
        return Diagnostic(
            code: "RD010",
            message: isDTD
                ? localized("\(file)：\(part) 声明了 DTD，拒绝读取", english: "\(file): \(part) declares a DTD, which the reader refuses")
                : localized("\(file)：\(part) 声明了实体（entity），拒绝读取", english: "\(file): \(part) declares an entity, which the reader refuses"),
            range: .lines(line, in: "\(file)!/\(part)"),
            notes: [Note(localized(
                "Word 从不写 DTD；其中的实体可能无限展开或读取其他文件",
                english: "Word never writes DTDs; entities in them can expand without bound or read other files"))])
    }

    /// A PDF with pages but no text on them: scanned images, which need OCR first.
    static func scannedPDF(_ file: String, pages: Int) -> Diagnostic {
        Diagnostic(
            code: "RD015",
            message: localized(
                "\(file) 的 \(pages) 页中没有文字层，是扫描件（图片）；读取器不做文字识别",
                english: "\(file) has no text layer on its \(pages) pages: it is a scan (images), and the reader does no OCR"),
            range: .lines(1, in: file),
            help: localized(
                "请索取原 Word/WPS 文档或网页版；或先用 OCR 软件识别为可复制文字的 PDF",
                english: "ask for the original Word/WPS document or the web page, or run it through OCR into a PDF with text"))
    }

    static func unreadablePDF(_ file: String, reason: String) -> Diagnostic {
        Diagnostic(
            code: "RD016",
            message: localized("无法读取 PDF 文件 \(file)：\(reason)", english: "cannot read the PDF \(file): \(reason)"),
            range: .lines(1, in: file),
            help: localized(
                "文件可能已损坏、加密或使用了读取器不支持的格式；请重新导出或索取原文档",
                english: "the file may be damaged, encrypted or in a form the reader does not support; export it again or ask for the original"))
    }

    static func tableTooLarge(_ file: String, cells: Int) -> Diagnostic {
        Diagnostic(
            code: "RD014",
            message: localized(
                "拒绝读取 \(file)：其中的表格超过 \(cells) 个单元格（网页的合并单元格展开后，或一张工作表中），报告不会有这么大的表",
                english: "\(file) is refused: its tables hold more than \(cells) cells (a page's once merged cells are spread out, or one sheet's), more than a report has"),
            range: .lines(1, in: file))
    }

    static func malformedPart(_ file: String, part: String, _ error: XMLSyntaxError) -> Diagnostic {
        Diagnostic(
            code: "RD011",
            message: localized("\(file)：\(part) 不是格式正确的 XML：\(error.message)", english: "\(file): \(part) is not well-formed XML: \(error.message)"),
            range: SourceRange(file: "\(file)!/\(part)", line: max(error.line, 1), column: max(error.column, 1)))
    }
}
