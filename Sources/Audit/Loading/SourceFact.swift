import ReportReading

/// What the engine carries, untouched, for a fact read from a report: which extracted
/// fact it is and where it was read. Findings and explanations cite through it.
public struct SourceFact: Sendable {
    /// The reader's id ("F12"), as `audit facts` shows it.
    public let id: String
    public let kind: String
    public let unit: String
    public let citation: Citation
    /// Single cells of a table row, by slot.
    public let slotCitations: [String: Citation]
}
