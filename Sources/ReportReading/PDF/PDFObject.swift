/// A PDF object (ISO 32000-1 §7.3): what the file's syntax builds.
indirect enum PDFObject: Equatable {
    case null
    case boolean(Bool)
    case integer(Int)
    case real(Double)
    /// A string's bytes: PDF strings are bytes, their meaning depends on where they stand.
    case string([UInt8])
    case name(String)
    case array([PDFObject])
    case dictionary([String: PDFObject])
    /// `12 0 R`: object 12, generation 0.
    case reference(Int, Int)
    case stream([String: PDFObject], [UInt8])

    var dictionary: [String: PDFObject]? {
        switch self {
        case .dictionary(let entries), .stream(let entries, _): entries
        default: nil
        }
    }

    var array: [PDFObject]? { if case .array(let items) = self { items } else { nil } }
    var name: String? { if case .name(let name) = self { name } else { nil } }
    var string: [UInt8]? { if case .string(let bytes) = self { bytes } else { nil } }

    var number: Double? {
        switch self {
        case .integer(let value): Double(value)
        case .real(let value): value
        default: nil
        }
    }

    var integer: Int? {
        switch self {
        case .integer(let value): value
        case .real(let value) where value.isFinite && abs(value) < 1e15: Int(value)
        default: nil
        }
    }

    subscript(key: String) -> PDFObject? { dictionary?[key] }
}
