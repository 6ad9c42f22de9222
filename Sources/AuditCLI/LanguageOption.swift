import ArgumentParsing
import Diagnostics

/// `--lang zh|en`, accepted by every command: the language of help, errors and
/// diagnostics. It is taken out of the command line before parsing, so that the
/// parser's own errors are already in the language asked for.
enum LanguageOption {
    static var spec: ArgumentSpec {
        .option(
            "--lang", value: "LANG",
            help: localized(
                "提示和错误信息的语言（zh 中文，en 英文）；默认按环境变量 LANG，以 en 开头时为英文，否则为中文。",
                english: "The language of help and messages (zh Chinese, en English); by default English when LANG starts with en, else Chinese."),
            choices: choices)
    }

    static let choices = MessageLanguage.allCases.map(\.rawValue)

    /// The arguments without `--lang`, and the value it was given (the last, when repeated).
    static func extract(_ arguments: [String]) -> (rest: [String], value: String?, missingValue: Bool) {
        var rest: [String] = [], value: String?, missingValue = false
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if word == "--" {
                rest += arguments[(index - 1)...]
                break
            }
            if word.hasPrefix("--lang=") {
                value = String(word.dropFirst("--lang=".count))
            } else if word == "--lang" {
                if index < arguments.count {
                    value = arguments[index]
                    index += 1
                } else {
                    missingValue = true
                }
            } else {
                rest.append(word)
            }
        }
        return (rest, value, missingValue)
    }
}
