import RuleEngine
import RuleLanguage
import XCTest

@testable import ReportReading

/// The reader fills the templates declared in knowledge/facts.rules: every kind it
/// extracts is a template there, every slot is declared with a type that accepts the
/// value, and every declared slot of a read template is one the reader can fill.
final class TemplateConformanceTests: XCTestCase {
    private func knowledge() throws -> KnowledgeBase {
        let result = KnowledgeLoader.load(paths: [Fixtures.repository.appendingPathComponent("knowledge/facts.rules").path])
        XCTAssertFalse(result.hasErrors)
        return result.knowledgeBase
    }

    private func check(_ reads: [ReadReport], against knowledge: KnowledgeBase) -> Set<String> {
        var filled = Set<String>()
        for read in reads {
            for fact in read.facts {
                guard let template = knowledge.template(fact.kind) else {
                    XCTFail("\(fact.kind) is not declared in knowledge/facts.rules")
                    continue
                }
                XCTAssertFalse(template.derived, "\(fact.kind) is read from reports, so it must not be declared derived")
                for (name, value) in fact.slots {
                    guard let slot = template.slot(name) else {
                        XCTFail("\(fact.kind).\(name) is not declared in knowledge/facts.rules")
                        continue
                    }
                    if value != .absent { filled.insert("\(fact.kind).\(name)") }
                    if slot.type == .reference {
                        XCTAssertNotNil(fact[name]?.linkedFact, "\(fact.kind).\(name) is a reference, but the reader gives no fact id")
                        XCTAssertEqual(
                            slot.referenceTemplate, read.facts.first { $0.id == fact[name]?.linkedFact }?.kind, "\(fact.kind).\(name)")
                    } else {
                        XCTAssertTrue(Self.accepts(slot.type, value), "\(fact.kind).\(name) is \(slot.type), but the reader gave \(value)")
                    }
                }
            }
        }
        return filled
    }

    func testTheSeedsAndFixturesFitTheTemplatesAndFillEverySlot() throws {
        let knowledge = try knowledge()
        let reads = try Fixtures.allSeeds() + ["annexed-report.txt", "project-with-scores.txt", "central-form.txt"].map(Fixtures.fixture)
            + [Fixtures.read(Fixtures.repository.appendingPathComponent("Tests/AuditCLITests/Fixtures/reports/unread-form.txt"))]
        let filled = check(reads, against: knowledge)
        let kinds = Set(reads.flatMap { $0.facts.map(\.kind) })
        for template in knowledge.templates where kinds.contains(template.name) {
            for slot in template.slots {
                XCTAssertTrue(filled.contains("\(template.name).\(slot.name)"), "no report fills \(template.name).\(slot.name): is it still read?")
            }
        }
        // Every kind the reader knows appears in some seed, but the survey (its fixture is SurveyTests').
        XCTAssertEqual(kinds.sorted(), FactKind.allCases.map(\.rawValue).filter { $0 != "survey" }.sorted())
    }

    /// The reader's definition of what it extracts and facts.rules agree both ways: every
    /// kind is a template that is not derived, with exactly the slots the reader may fill,
    /// and every template that is not derived is a kind the reader extracts.
    func testTheReadersKindsAreTheTemplatesOfFactsRules() throws {
        let knowledge = try knowledge()
        let read = knowledge.templates.filter { !$0.derived }
        XCTAssertEqual(Set(read.map(\.name)), Set(FactKind.allCases.map(\.rawValue)))
        for kind in FactKind.allCases {
            guard let template = knowledge.template(kind.rawValue) else { continue }
            XCTAssertEqual(template.slots.map(\.name), kind.slots, "\(kind.rawValue): FactKind.slots and facts.rules differ")
        }
    }

    /// A reader's value fits a declared slot type as the engine would take it.
    static func accepts(_ type: ValueType, _ value: SlotValue) -> Bool {
        switch value {
        case .absent: true
        case .text: type == .text || type == .any
        case .number: type == .number || type == .any
        case .boolean: type == .boolean || type == .any
        case .list: type == .list || type == .any
        case .fact: type == .reference || type == .any
        }
    }
}
