/// An exact decimal number, `significand × 10^-scale`, for money and percentages.
///
/// Binary floating point cannot hold 0.1 exactly, so sums of money drift; here
/// 0.1 + 0.2 == 0.3. The representation is normalised (no trailing zeros in the
/// fraction), so equal values are equal bit for bit and hash alike, which the join
/// indexes of the network rely on.
///
/// Precision: up to 36 significant digits, at most 18 of them after the point.
/// Division rounds half away from zero (四舍五入) at 18 places. Operations whose exact
/// result does not fit return nil instead of trapping.
public struct Number: Sendable, Hashable, Comparable {
    // Split so that the struct keeps 8-byte alignment (Int128 would force 16 and
    // double the size of every `Value`).
    private let high: Int64
    private let low: UInt64
    /// Digits after the decimal point, 0...maximumScale.
    public let scale: Int8

    public static let maximumScale = 18
    static let maximumDigits = 36
    static let limit: Int128 = power(maximumDigits)

    public static let zero = Number(normalized: 0, scale: 0)
    public static let one = Number(normalized: 1, scale: 0)
    public static let hundred = Number(normalized: 100, scale: 0)

    var significand: Int128 { Int128(high) << 64 | Int128(low) }

    private init(normalized significand: Int128, scale: Int) {
        high = Int64(truncatingIfNeeded: significand >> 64)
        low = UInt64(truncatingIfNeeded: significand)
        self.scale = Int8(scale)
    }

    /// Builds `significand × 10^-scale`, normalising; nil when out of range.
    init?(significand: Int128, scale: Int) {
        var s = significand, k = scale
        while k > 0, s % 10 == 0 {
            s /= 10
            k -= 1
        }
        while k > Number.maximumScale {
            s = Number.divideRounded(s, by: 10)
            k -= 1
        }
        while k < 0 {
            let (p, overflow) = s.multipliedReportingOverflow(by: 10)
            if overflow { return nil }
            s = p
            k += 1
        }
        guard s.magnitude < Number.limit.magnitude else { return nil }
        self.init(normalized: s == 0 ? 0 : s, scale: s == 0 ? 0 : k)
    }

    public init(_ value: Int) {
        self.init(normalized: Int128(value), scale: 0)
    }

    /// Parses plain decimal notation: optional sign, digits, optional fraction
    /// (`-12`, `1233.46`, `.5`). Grouping commas and units are the reader's business.
    public init?(_ text: some StringProtocol) {
        var digits: Int128 = 0
        var scale = 0, count = 0, sawPoint = false, sawDigit = false, negative = false
        var index = text.startIndex
        if index < text.endIndex, text[index] == "-" || text[index] == "+" {
            negative = text[index] == "-"
            index = text.index(after: index)
        }
        while index < text.endIndex {
            let c = text[index]
            if c == "." {
                if sawPoint { return nil }
                sawPoint = true
            } else if let d = c.wholeNumberValue, c.isASCII {
                sawDigit = true
                if digits != 0 || d != 0 { count += 1 }
                if count > Number.maximumDigits { return nil }
                digits = digits * 10 + Int128(d)
                if sawPoint { scale += 1 }
            } else {
                return nil
            }
            index = text.index(after: index)
        }
        guard sawDigit else { return nil }
        self.init(significand: negative ? -digits : digits, scale: scale)
    }

    public var isZero: Bool { high == 0 && low == 0 }
    public var isNegative: Bool { high < 0 }
    public var isInteger: Bool { scale == 0 }

    /// The value as an Int when it is a whole number that fits.
    public var intValue: Int? {
        guard scale == 0, let v = Int(exactly: significand) else { return nil }
        return v
    }

    /// An approximation, for display of ratios and statistics only.
    public var doubleValue: Double {
        Double(significand) / pow10(Int(scale))
    }

    private func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }

    // MARK: Arithmetic (nil when the result does not fit)

    public func adding(_ other: Number) -> Number? {
        let (a, b, scale) = Number.aligned(self, other)
        guard let a, let b else { return nil }
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? nil : Number(significand: sum, scale: scale)
    }

    public func subtracting(_ other: Number) -> Number? {
        adding(other.negated)
    }

    public var negated: Number { Number(normalized: -significand, scale: Int(scale)) }

    public var magnitude: Number { isNegative ? negated : self }

    public func multiplied(by other: Number) -> Number? {
        var a = significand, b = other.significand
        var sa = Int(scale), sb = Int(other.scale)
        while true {
            let (product, overflow) = a.multipliedReportingOverflow(by: b)
            if !overflow, product.magnitude < Number.limit.magnitude {
                return Number(significand: product, scale: sa + sb)
            }
            // Give up fractional digits of the longer operand; beyond that it does not fit.
            if sa >= sb, sa > 0 {
                a = Number.divideRounded(a, by: 10)
                sa -= 1
            } else if sb > 0 {
                b = Number.divideRounded(b, by: 10)
                sb -= 1
            } else {
                return nil
            }
        }
    }

    /// Division rounded half away from zero at `maximumScale` places; nil for division
    /// by zero or when the result does not fit.
    public func divided(by other: Number) -> Number? {
        guard !other.isZero else { return nil }
        // value = (a / 10^sa) / (b / 10^sb) = (a * 10^sb) / (b * 10^sa)
        var numerator = significand.magnitude
        var denominator = other.significand.magnitude
        let shift = Int(other.scale) - Int(scale)
        if shift > 0 {
            let (n, overflow) = numerator.multipliedReportingOverflow(by: UInt128(Number.power(shift)))
            if overflow { return nil }
            numerator = n
        } else if shift < 0 {
            let (d, overflow) = denominator.multipliedReportingOverflow(by: UInt128(Number.power(-shift)))
            if overflow { return nil }
            denominator = d
        }
        var quotient = numerator / denominator
        var remainder = numerator % denominator
        var places = 0
        let limit = UInt128(Number.limit)
        while remainder != 0, places < Number.maximumScale {
            let (q10, overflow) = quotient.multipliedReportingOverflow(by: 10)
            if overflow || q10 >= limit / 10 { break }
            // remainder < denominator <= limit, so remainder * 10 fits in UInt128
            let r10 = remainder * 10
            quotient = q10 + r10 / denominator
            remainder = r10 % denominator
            places += 1
        }
        if remainder != 0, remainder >= denominator - remainder {  // half away from zero
            quotient += 1
        }
        guard quotient < limit else { return nil }
        let negative = isNegative != other.isNegative
        let signed = Int128(quotient)
        return Number(significand: negative ? -signed : signed, scale: places)
    }

    /// Rounded half away from zero to `places` digits after the point.
    public func rounded(toPlaces places: Int) -> Number {
        guard places >= 0, Int(scale) > places else { return self }
        let divisor = Number.power(Int(scale) - places)
        let rounded = Number.divideRounded(significand, by: divisor)
        return Number(significand: rounded, scale: places) ?? self
    }

    // MARK: Comparison

    public static func < (a: Number, b: Number) -> Bool { compare(a, b) < 0 }

    /// Compares without overflow: whole parts first, then fractions at full scale.
    /// -1, 0 or 1 as `a` is less than, equal to or greater than `b`.
    public static func compare(_ a: Number, _ b: Number) -> Int {
        if a.scale == b.scale {
            let x = a.significand, y = b.significand
            return x < y ? -1 : (x > y ? 1 : 0)
        }
        let (wa, fa) = a.wholeAndFraction, (wb, fb) = b.wholeAndFraction
        if wa != wb { return wa < wb ? -1 : 1 }
        return fa < fb ? -1 : (fa > fb ? 1 : 0)
    }

    /// Whole part and the fraction scaled to `maximumScale` digits (same sign).
    private var wholeAndFraction: (Int128, Int128) {
        let divisor = Number.power(Int(scale))
        let whole = significand / divisor
        let fraction = (significand % divisor) * Number.power(Number.maximumScale - Int(scale))
        return (whole, fraction)
    }

    // MARK: Helpers

    static func power(_ n: Int) -> Int128 {
        var r: Int128 = 1
        for _ in 0..<n { r *= 10 }
        return r
    }

    /// Integer division rounding half away from zero.
    static func divideRounded(_ value: Int128, by divisor: Int128) -> Int128 {
        let q = value / divisor, r = value % divisor
        if r.magnitude * 2 >= divisor.magnitude { return value < 0 ? q - 1 : q + 1 }
        return q
    }

    /// Both significands at the larger scale; an operand that cannot be scaled up
    /// without overflow comes back nil.
    private static func aligned(_ a: Number, _ b: Number) -> (Int128?, Int128?, Int) {
        let scale = max(Int(a.scale), Int(b.scale))
        func up(_ n: Number) -> Int128? {
            let (v, overflow) = n.significand.multipliedReportingOverflow(by: power(scale - Int(n.scale)))
            return overflow ? nil : v
        }
        return (up(a), up(b), scale)
    }
}

extension Number: CustomStringConvertible, ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) { self.init(value) }

    /// Plain decimal notation without trailing zeros: `1233.46`, `90`, `-0.05`.
    public var description: String { formatted() }

    /// Decimal notation with exactly `places` digits after the point (rounded) when
    /// given, and thousands separators when `grouping` is set: `1,233.46`.
    public func formatted(places: Int? = nil, grouping: Bool = false) -> String {
        let value = places.map { rounded(toPlaces: $0) } ?? self
        let digits = String(value.significand.magnitude)
        let scale = Int(value.scale)
        var whole: Substring, fraction: String
        if digits.count > scale {
            whole = digits.dropLast(scale)
            fraction = String(digits.suffix(scale))
        } else {
            whole = "0"
            fraction = String(repeating: "0", count: scale - digits.count) + digits
        }
        if let places, fraction.count < places {
            fraction += String(repeating: "0", count: places - fraction.count)
        }
        var wholeText = String(whole)
        if grouping, wholeText.count > 3 {
            var grouped = ""
            for (i, c) in wholeText.enumerated() {
                if i > 0, (wholeText.count - i) % 3 == 0 { grouped.append(",") }
                grouped.append(c)
            }
            wholeText = grouped
        }
        let sign = value.isNegative ? "-" : ""
        return fraction.isEmpty ? sign + wholeText : sign + wholeText + "." + fraction
    }
}

extension Number: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let number = Number(text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "not a decimal number: \(text)")
        }
        self = number
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
