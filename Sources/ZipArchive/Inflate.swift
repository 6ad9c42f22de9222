extension Inflate.Failure: CustomStringConvertible {
    public var description: String {
        switch self {
        case .truncated: "the data ends inside a block"
        case .invalidBlockType: "a block of the reserved type 3"
        case .storedLengthMismatch: "a stored block's length does not match its check"
        case .invalidCodeLengths: "a Huffman table that is not a valid code"
        case .invalidCode: "a bit pattern that is not a code"
        case .distanceTooFar: "a back-reference to before the start of the data"
        case .outputLimitExceeded: "more data than allowed"
        }
    }
}

/// DEFLATE decompression (RFC 1951): stored, fixed-Huffman and dynamic-Huffman blocks.
/// Canonical Huffman codes are decoded a bit at a time from code-length counts (as in
/// zlib's reference decoder `puff`): small and easy to check; fast enough for the few
/// megabytes of a Word document.
public enum Inflate {
    public enum Failure: Error, Equatable, Sendable {
        /// The data ended inside a block.
        case truncated
        case invalidBlockType
        /// A stored block's length and its complement disagree.
        case storedLengthMismatch
        /// A code-length set that is over-subscribed or incomplete where it may not be.
        case invalidCodeLengths
        /// A bit pattern that is no code, or a symbol out of range.
        case invalidCode
        /// A back-reference before the start of the output.
        case distanceTooFar
        /// More output than `limit` bytes.
        case outputLimitExceeded
    }

    /// Decompresses raw DEFLATE `input`, refusing to produce more than `limit` bytes.
    public static func decompress(_ input: some Collection<UInt8>, limit: Int = .max) throws(Failure) -> [UInt8] {
        var reader = BitReader(Array(input))
        var output: [UInt8] = []
        var isLast = false
        while !isLast {
            isLast = try reader.bits(1) == 1
            switch try reader.bits(2) {
            case 0: try stored(&reader, into: &output, limit: limit)
            case 1: try codes(&reader, into: &output, limit: limit, lengths: fixedLengths, distances: fixedDistances)
            case 2:
                let (lengths, distances) = try dynamicTables(&reader)
                try codes(&reader, into: &output, limit: limit, lengths: lengths, distances: distances)
            default: throw .invalidBlockType
            }
        }
        return output
    }

    // MARK: Blocks

    private static func stored(_ reader: inout BitReader, into output: inout [UInt8], limit: Int) throws(Failure) {
        reader.alignToByte()
        let length = try reader.bits(16)
        let complement = try reader.bits(16)
        guard length == ~complement & 0xFFFF else { throw .storedLengthMismatch }
        guard output.count + length <= limit else { throw .outputLimitExceeded }
        try reader.copyBytes(length, into: &output)
    }

    private static let lengthBase: [Int] = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra: [Int] = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBase: [Int] = [
        1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
    ]
    private static let distanceExtra: [Int] = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// Literal/length and distance symbols up to the end-of-block symbol 256.
    private static func codes(
        _ reader: inout BitReader, into output: inout [UInt8], limit: Int, lengths: Huffman, distances: Huffman
    ) throws(Failure) {
        while true {
            let symbol = try lengths.decode(&reader)
            if symbol < 256 {
                guard output.count < limit else { throw .outputLimitExceeded }
                output.append(UInt8(symbol))
                continue
            }
            if symbol == 256 { return }
            let index = symbol - 257
            guard index < lengthBase.count else { throw .invalidCode }
            let length = lengthBase[index] + (try reader.bits(lengthExtra[index]))
            let distanceSymbol = try distances.decode(&reader)
            guard distanceSymbol < distanceBase.count else { throw .invalidCode }
            let distance = distanceBase[distanceSymbol] + (try reader.bits(distanceExtra[distanceSymbol]))
            guard distance <= output.count else { throw .distanceTooFar }
            guard output.count + length <= limit else { throw .outputLimitExceeded }
            // Byte by byte: a copy may overlap the bytes it produces (distance < length).
            var from = output.count - distance
            for _ in 0..<length {
                output.append(output[from])
                from += 1
            }
        }
    }

    private static let fixedLengths = Huffman(
        lengths: Array(repeating: 8, count: 144) + Array(repeating: 9, count: 112) + Array(repeating: 7, count: 24)
            + Array(repeating: 8, count: 8))
    private static let fixedDistances = Huffman(lengths: Array(repeating: 5, count: 30))

    /// The order in which code-length code lengths are stored.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private static func dynamicTables(_ reader: inout BitReader) throws(Failure) -> (Huffman, Huffman) {
        let literalCount = try reader.bits(5) + 257
        let distanceCount = try reader.bits(5) + 1
        let codeLengthCount = try reader.bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw .invalidCodeLengths }
        var codeLengthLengths = Array(repeating: 0, count: 19)
        for index in 0..<codeLengthCount { codeLengthLengths[codeLengthOrder[index]] = try reader.bits(3) }
        let codeLengthCode = Huffman(lengths: codeLengthLengths)
        guard codeLengthCode.unusedCodes == 0 else { throw .invalidCodeLengths }
        var lengths: [Int] = []
        let total = literalCount + distanceCount
        while lengths.count < total {
            let symbol = try codeLengthCode.decode(&reader)
            var repeated = 0, count = 0
            switch symbol {
            case 0..<16:
                lengths.append(symbol)
                continue
            case 16:
                guard let previous = lengths.last else { throw .invalidCodeLengths }
                repeated = previous
                count = 3 + (try reader.bits(2))
            case 17: count = 3 + (try reader.bits(3))
            default: count = 11 + (try reader.bits(7))
            }
            guard lengths.count + count <= total else { throw .invalidCodeLengths }
            lengths += Array(repeating: repeated, count: count)
        }
        guard lengths[256] != 0 else { throw .invalidCodeLengths }  // no end-of-block code
        // An incomplete code is allowed only for a single code (RFC 1951 §3.2.7 and zlib).
        let literalLengths = Array(lengths[0..<literalCount])
        let distanceLengths = Array(lengths[literalCount...])
        let literal = Huffman(lengths: literalLengths), distance = Huffman(lengths: distanceLengths)
        guard literal.unusedCodes >= 0, distance.unusedCodes >= 0,
            literal.unusedCodes == 0 || literalLengths.filter({ $0 > 0 }).count == 1,
            distance.unusedCodes == 0 || distanceLengths.filter({ $0 > 0 }).count <= 1
        else { throw .invalidCodeLengths }
        return (literal, distance)
    }
}

/// A canonical Huffman code: how many codes of each length, and the symbols in code order.
struct Huffman: Sendable {
    private let counts: [Int]
    private let symbols: [Int]

    /// Codes of the 15-bit space left unused: negative when the lengths over-subscribe
    /// it (never valid), positive when the code is incomplete (valid only for the fixed
    /// codes and for a code of one symbol).
    let unusedCodes: Int

    init(lengths: [Int]) {
        var counts = Array(repeating: 0, count: 16)
        for length in lengths { counts[length] += 1 }
        var left = 1
        for length in 1...15 where left >= 0 { left = left * 2 - counts[length] }
        unusedCodes = left
        var offsets = Array(repeating: 0, count: 16)
        for length in 1..<15 { offsets[length + 1] = offsets[length] + counts[length] }
        var symbols = Array(repeating: 0, count: lengths.count)
        for (symbol, length) in lengths.enumerated() where length != 0 {
            symbols[offsets[length]] = symbol
            offsets[length] += 1
        }
        counts[0] = 0
        self.counts = counts
        self.symbols = symbols
    }

    func decode(_ reader: inout BitReader) throws(Inflate.Failure) -> Int {
        var code = 0, first = 0, index = 0
        for length in 1...15 {
            code |= try reader.bits(1)
            let count = counts[length]
            if code - count < first { return symbols[index + (code - first)] }
            index += count
            first = (first + count) << 1
            code <<= 1
        }
        throw .invalidCode
    }
}

/// Bits least significant first, as DEFLATE packs them.
struct BitReader {
    private let bytes: [UInt8]
    private var position = 0
    private var buffer = 0
    private var available = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    mutating func bits(_ count: Int) throws(Inflate.Failure) -> Int {
        while available < count {
            guard position < bytes.count else { throw .truncated }
            buffer |= Int(bytes[position]) << available
            position += 1
            available += 8
        }
        let value = buffer & ((1 << count) - 1)
        buffer >>= count
        available -= count
        return value
    }

    mutating func alignToByte() {
        buffer = 0
        available = 0
    }

    mutating func copyBytes(_ count: Int, into output: inout [UInt8]) throws(Inflate.Failure) {
        guard position + count <= bytes.count else { throw .truncated }
        output += bytes[position..<(position + count)]
        position += count
    }
}
