/// Every digit written full-width (２０２４年, ４２６.４３万元, 表格里的 ９０), as some
/// reports typed on Chinese input methods are.
struct FullWidthDigits: LayoutTransformation {
    let name = "full-width digits"

    func apply(to report: ReportText) -> RewrittenReport? {
        .text(String(report.text.unicodeScalars.map { scalar -> Character in
            (0x30...0x39).contains(scalar.value) ? Character(UnicodeScalar(scalar.value - 0x30 + 0xFF10)!) : Character(scalar)
        }))
    }
}
