/// The language every message a person reads is written in: Chinese by default (the
/// people who use the tool are Chinese civil servants), English on request.
///
/// Messages are composed when they are made, under the language of the task that
/// makes them; the command line sets it once for the whole run.
public enum MessageLanguage: String, Sendable, CaseIterable {
    case chinese = "zh"
    case english = "en"

    @TaskLocal public static var current: MessageLanguage = .chinese

    /// `--lang` when given; otherwise the first of LC_ALL, LC_MESSAGES, LANG that is set
    /// (POSIX order): `en…` is English, anything else Chinese.
    public static func chosen(option: String?, environment: [String: String]) -> MessageLanguage {
        if let option { return MessageLanguage(rawValue: option) ?? .chinese }
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty }
        return locale?.lowercased().hasPrefix("en") == true ? .english : .chinese
    }
}

/// The message in the current language: every catalogue writes its messages this way.
public func localized(_ chinese: String, english: String) -> String {
    MessageLanguage.current == .english ? english : chinese
}
