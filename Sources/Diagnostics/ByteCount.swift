/// Sizes as a person reads them: "900 bytes", "12.5 KiB", "20 MiB".
public enum ByteCount {
    public static func text(_ bytes: Int) -> String {
        for (unit, size) in [("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)] where bytes >= size {
            let tenths = (bytes * 10 + size / 2) / size
            return tenths % 10 == 0 ? "\(tenths / 10) \(unit)" : "\(tenths / 10).\(tenths % 10) \(unit)"
        }
        return localized("\(bytes) 字节", english: bytes == 1 ? "1 byte" : "\(bytes) bytes")
    }
}
