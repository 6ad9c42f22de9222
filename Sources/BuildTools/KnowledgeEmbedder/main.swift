import Foundation

// knowledge-embedder KNOWLEDGE_DIR OUTPUT.swift
// Writes every file of the knowledge folder (rules, reading vocabulary, the guide) into
// a Swift source as exact string literals, so that the audit binary carries its default
// knowledge base. Run by the EmbedKnowledge build plugin; files in name order, so the
// output is the same for the same folder.

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: knowledge-embedder KNOWLEDGE_DIR OUTPUT.swift\n".utf8))
    exit(64)
}
let folder = URL(fileURLWithPath: arguments[1])
let output = URL(fileURLWithPath: arguments[2])

/// A Swift string literal holding exactly `text`.
func literal(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\"": out += "\\\""
        case "\\": out += "\\\\"
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        default:
            if scalar.value < 0x20 || scalar.value == 0x7F || (0x80...0x9F).contains(scalar.value) {
                out += "\\u{\(String(scalar.value, radix: 16))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
    }
    return out + "\""
}

let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? [])
    .filter { name in
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: folder.appendingPathComponent(name).path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && !name.split(separator: "/").contains { $0.hasPrefix(".") }
    }
    .sorted()
var source = "// Generated from the knowledge folder by knowledge-embedder at build time; do not edit.\n\n"
source += "extension BuiltInKnowledge {\n    static let embeddedFiles: [(path: String, text: String)] = [\n"
for name in names {
    guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path),
        let text = String(data: data, encoding: .utf8)
    else {
        FileHandle.standardError.write(Data("knowledge-embedder: \(name) is not UTF-8 text\n".utf8))
        exit(1)
    }
    source += "        (\(literal("knowledge/" + name)), \(literal(text))),\n"
}
source += "    ]\n}\n"
do {
    try Data(source.utf8).write(to: output, options: .atomic)
} catch {
    FileHandle.standardError.write(Data("knowledge-embedder: cannot write \(output.path): \(error)\n".utf8))
    exit(1)
}
