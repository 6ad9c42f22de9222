/// The generator's own check: a report parsed and written back is the same report.
struct RoundTrip: LayoutTransformation {
    let name = "parse and write back"

    func apply(to report: ReportText) -> RewrittenReport? { .text(report.layout.text) }
}
