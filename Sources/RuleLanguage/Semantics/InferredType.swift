import Diagnostics
import RuleEngine

/// What the checker knows of an expression's type: enough to say "a number compared
/// with a text" before any fact is seen.
enum InferredType: Equatable, CustomStringConvertible {
    case text
    case number
    case boolean
    case reference(String?)
    case list
    /// Anything (a slot of type `any`, an absent value): no checks.
    case unknown

    init(_ type: ValueType, template: String? = nil) {
        switch type {
        case .text: self = .text
        case .number: self = .number
        case .boolean: self = .boolean
        case .reference: self = .reference(template)
        case .list: self = .list
        case .any: self = .unknown
        }
    }

    init(of value: Value) {
        switch value {
        case .text: self = .text
        case .number: self = .number
        case .boolean: self = .boolean
        case .reference: self = .reference(nil)
        case .list: self = .list
        case .absent: self = .unknown
        }
    }

    var description: String {
        switch self {
        case .text: localized("文本", english: "text")
        case .number: localized("数值", english: "a number")
        case .boolean: localized("真/假", english: "true/false")
        case .reference(let t): t.map { localized("指向 \($0) 的引用", english: "a reference to \($0)") } ?? localized("引用", english: "a reference")
        case .list: localized("列表", english: "a list")
        case .unknown: localized("任意值", english: "any value")
        }
    }

    /// Whether values of the two types can ever be equal.
    func canEqual(_ other: InferredType) -> Bool {
        switch (self, other) {
        case (.unknown, _), (_, .unknown): true
        case (.reference, .reference): true
        default: self == other
        }
    }

    func isOrderable(with other: InferredType) -> Bool {
        switch (self, other) {
        case (.unknown, .number), (.number, .unknown), (.unknown, .text), (.text, .unknown), (.unknown, .unknown): true
        case (.number, .number), (.text, .text): true
        default: false
        }
    }
}
