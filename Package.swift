// swift-tools-version: 6.0
import PackageDescription

// No third-party dependencies, by design: everything here is the standard library,
// Foundation and XCTest.
let package = Package(
    name: "PerformanceAudit",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "audit", targets: ["audit"]),
        .executable(name: "engine-bench", targets: ["EngineBench"]),
        .library(name: "RuleEngine", targets: ["RuleEngine"]),
        .executable(name: "fuzz", targets: ["Fuzz"]),
    ],
    targets: [
        // Shared by every stage: the one type for errors a person sees.
        .target(name: "Diagnostics"),
        // Exact decimal numbers for money and percentages, shared by the reader and the engine.
        .target(name: "ExactDecimal"),
        // The one regular-expression wrapper, shared by the rules and the reader.
        .target(name: "RegularExpressions"),
        // The general production system; knows nothing about audits.
        // No unsafe flags, so that other packages can depend on it: the arenas its loops
        // touch waive exclusivity checks themselves (`@exclusivity(unchecked)`).
        .target(name: "RuleEngine", dependencies: ["Diagnostics", "ExactDecimal", "RegularExpressions"]),
        // Hand-written command-line parsing (no swift-argument-parser).
        .target(name: "ArgumentParsing", dependencies: ["Diagnostics"]),
        // The rule language: knowledge files → engine rules, lint, examples.
        .target(name: "RuleLanguage", dependencies: ["Diagnostics", "RegularExpressions", "RuleEngine"]),
        // SHA-256 for the reproducibility block of a run.
        .target(name: "Checksums"),
        // ZIP archives and DEFLATE, written here for .docx (no dependencies).
        .target(name: "ZipArchive"),
        // A small HTTP/1.1 server on POSIX sockets (for `audit serve`); knows nothing about audits.
        .target(name: "WebServer"),
        // Reading reports (text and .docx) into a document model and facts with citations.
        .target(name: "ReportReading", dependencies: ["Diagnostics", "ExactDecimal", "Checksums", "RegularExpressions", "ZipArchive"]),
        // The audit: facts into the engine, findings with citations, explanations.
        .target(name: "Audit", dependencies: ["Diagnostics", "RuleEngine", "RuleLanguage", "ReportReading", "Checksums"]),
        // The case library: reports with expected findings and teaching notes.
        .target(name: "CaseLibrary", dependencies: ["Diagnostics", "Audit"]),
        // What people read: facts, findings and explanations as text, JSON, Markdown, HTML, SARIF.
        .target(name: "Rendering", dependencies: ["Diagnostics", "RuleEngine", "RuleLanguage", "ReportReading", "Audit"]),
        // The trainer: sessions, scoring, progress.
        .target(name: "Training", dependencies: ["Audit", "CaseLibrary", "Rendering", "RuleLanguage", "ReportReading", "Diagnostics"]),
        // `audit serve`: the pages auditors, policy staff and trainers use in a browser.
        .target(
            name: "Workbench",
            dependencies: ["Diagnostics", "WebServer", "Checksums", "RuleEngine", "RuleLanguage", "ReportReading", "Audit", "Rendering", "CaseLibrary", "Training"]),
        // The `audit` commands, as a library so tests can drive them.
        .target(
            name: "AuditCLI",
            dependencies: [
                "ArgumentParsing", "Diagnostics", "RuleEngine", "RuleLanguage", "ReportReading", "Audit", "CaseLibrary", "Rendering",
                "Training", "BuiltInKnowledge", "WebServer", "Workbench",
            ]),
        .executableTarget(name: "audit", dependencies: ["AuditCLI"]),
        // The default knowledge base, built into the binary from knowledge/ at build time.
        .target(name: "BuiltInKnowledge", plugins: ["EmbedKnowledge"]),
        .plugin(name: "EmbedKnowledge", capability: .buildTool(), dependencies: ["KnowledgeEmbedder"], path: "Sources/BuildTools/EmbedKnowledge"),
        .executableTarget(name: "KnowledgeEmbedder", path: "Sources/BuildTools/KnowledgeEmbedder"),
        // Benchmark workloads (Miss Manners, a synthetic audit), tested like the rest.
        .target(name: "EngineWorkloads", dependencies: ["RuleEngine"]),
        .executableTarget(
            name: "EngineBench",
            dependencies: ["EngineWorkloads", "RuleEngine", "RuleLanguage", "ReportReading", "Audit", "Diagnostics", "ZipArchive"]),
        // Every parser as a fuzz target (Scripts/fuzz.sh), and the driver that runs one.
        .target(name: "FuzzTargets", dependencies: ["Audit", "BuiltInKnowledge", "Diagnostics", "ReportReading", "RuleLanguage", "WebServer", "ZipArchive"]),
        .executableTarget(name: "Fuzz", dependencies: ["FuzzTargets"]),

        // Helpers shared by the test targets (golden files, a seeded generator).
        .target(name: "TestSupport", dependencies: ["Diagnostics"], path: "Tests/TestSupport"),
        // The shipped reading vocabulary for tests that read reports.
        .target(name: "ReadingTestSupport", dependencies: ["ReportReading", "TestSupport", "ZipArchive"], path: "Tests/ReadingTestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics", "TestSupport"]),
        .testTarget(name: "ExactDecimalTests", dependencies: ["ExactDecimal", "TestSupport"]),
        .testTarget(name: "RuleEngineTests", dependencies: ["ExactDecimal", "RegularExpressions", "RuleEngine", "Diagnostics", "TestSupport"]),
        .testTarget(
            name: "EngineWorkloadsTests", dependencies: ["ExactDecimal", "EngineWorkloads", "RuleEngine", "RuleLanguage"],
            resources: [.copy("Fixtures")]),
        .testTarget(
            name: "RuleLanguageTests", dependencies: ["ExactDecimal", "RuleLanguage", "RuleEngine", "Diagnostics", "TestSupport"],
            exclude: ["Fixtures"]),
        .testTarget(name: "ArgumentParsingTests", dependencies: ["ArgumentParsing", "Diagnostics", "TestSupport"]),
        .testTarget(name: "ChecksumsTests", dependencies: ["Checksums"]),
        .testTarget(name: "ZipArchiveTests", dependencies: ["ZipArchive"], exclude: ["Fixtures"]),
        .testTarget(name: "WebServerTests", dependencies: ["TestSupport", "WebServer"]),
        .testTarget(
            name: "WorkbenchTests",
            dependencies: ["ReadingTestSupport", "TestSupport", "Workbench", "WebServer", "Audit", "ReportReading", "RuleLanguage", "Checksums"],
            exclude: ["Golden"]),
        .testTarget(name: "FuzzTargetsTests", dependencies: ["FuzzTargets"]),
        .testTarget(
            name: "AuditTests", dependencies: ["ReadingTestSupport", "TestSupport", "Audit", "ReportReading", "RuleEngine", "RuleLanguage"],
            exclude: ["Fixtures"]),
        .testTarget(name: "CaseLibraryTests", dependencies: ["ReadingTestSupport", "TestSupport", "CaseLibrary", "Audit", "ReportReading", "RuleLanguage", "Diagnostics"]),
        .testTarget(name: "TrainingTests", dependencies: ["ReadingTestSupport", "Training", "CaseLibrary", "Audit", "ReportReading", "RuleLanguage"]),
        .testTarget(
            name: "RenderingTests", dependencies: ["ReadingTestSupport", "Rendering", "Audit", "ReportReading", "RuleLanguage", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "ReportReadingTests", dependencies: ["ReadingTestSupport", "ExactDecimal", "ReportReading", "RuleEngine", "RuleLanguage", "Diagnostics", "TestSupport", "ZipArchive"],
            exclude: ["Fixtures"]),
        .testTarget(
            name: "MetamorphicTests", dependencies: ["Audit", "ReportReading", "RuleLanguage", "ExactDecimal", "ReadingTestSupport", "TestSupport"]),
        .testTarget(
            name: "AuditCLITests",
            dependencies: [
                "ReadingTestSupport", "Audit", "AuditCLI", "TestSupport", "ArgumentParsing", "CaseLibrary", "Diagnostics", "ReportReading", "RuleEngine",
                "RuleLanguage", "Training", "WebServer", "Workbench", "ZipArchive",
            ], exclude: ["Fixtures", "Golden"]),
    ]
)
