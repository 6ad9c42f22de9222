import ArgumentParsing
import TestSupport
import XCTest

final class ArgumentParserTests: EnglishMessagesTestCase {
    let root = CommandSpec(
        "tool", abstract: "A tool.",
        subcommands: [
            CommandSpec(
                "check", abstract: "Check files.",
                arguments: [
                    .option("--format", "-f", value: "FORMAT", help: "Output format.", choices: ["text", "json"], default: "text"),
                    .option("--knowledge", value: "DIR", help: "Rules folder."),
                    .option("--unit", value: "UNIT", help: "Units.", repeating: true),
                    .flag("--strict", help: "Fail on warnings."),
                    .positional("FILE", help: "Reports.", repeating: true),
                ]),
            CommandSpec(
                "rules", abstract: "Rule tools.",
                subcommands: [
                    CommandSpec("show", abstract: "Show a rule.", arguments: [.positional("ID", help: "Rule id.")]),
                    CommandSpec("list", abstract: "List rules.", arguments: [.positional("PATH", help: "Folder.", optional: true)]),
                ]),
        ])

    func parse(_ line: String) throws(UsageError) -> ParseOutcome {
        try ArgumentParser(root: root).parse(line.split(separator: " ").map(String.init))
    }

    func run(_ line: String) throws -> ParsedArguments {
        guard case .run(let parsed) = try parse(line) else { throw XCTSkip("not a run") }
        return parsed
    }

    func error(_ line: String) -> UsageError? {
        do {
            _ = try parse(line)
            return nil
        } catch {
            return error
        }
    }

    func testOptionsFlagsAndPositionalsInAnyOrder() throws {
        let parsed = try run("check a.txt --format json --strict b.txt")
        XCTAssertEqual(parsed.command, ["check"])
        XCTAssertEqual(parsed.values("FILE"), ["a.txt", "b.txt"])
        XCTAssertTrue(parsed.flag("strict"))
        XCTAssertEqual(error("check a.txt --format json -f text")?.message, "option '-f' is given more than once")
    }

    func testDefaultsEqualsSpellingRepeatsAndDoubleDash() throws {
        let parsed = try run("check --unit=附件1 --unit 附件3 -- --odd-name.txt")
        XCTAssertEqual(parsed.value("format"), "text")
        XCTAssertEqual(parsed.values("unit"), ["附件1", "附件3"])
        XCTAssertEqual(parsed.values("FILE"), ["--odd-name.txt"])
        XCTAssertNil(parsed.value("knowledge"))
    }

    func testNestedSubcommands() throws {
        XCTAssertEqual(try run("rules show weight-total").value("ID"), "weight-total")
        XCTAssertEqual(try run("rules list").command, ["rules", "list"])
        XCTAssertNil(try run("rules list").value("PATH"))
    }

    func testHelpAndVersion() throws {
        XCTAssertEqual(try parse("--help"), .help(command: []))
        XCTAssertEqual(try parse("rules show --help"), .help(command: ["rules", "show"]))
        XCTAssertEqual(try parse("rules -h"), .help(command: ["rules"]))
        XCTAssertEqual(try parse("--version"), .version)
        XCTAssertEqual(try ArgumentParser(root: root).parse([]), .help(command: []))
    }

    func testUsageErrorsArePrecise() {
        let cases: [(String, String, String?)] = [
            ("chek a", "unknown command 'chek'", "did you mean 'check'?"),
            ("check --frmat json a", "unknown option '--frmat'", "did you mean '--format'?"),
            ("check --format xml a", "'xml' is not a valid value for '--format'", "choose one of: text, json"),
            ("check --format jsn a", "'jsn' is not a valid value for '--format'", "choose one of: text, json (did you mean 'json'?)"),
            ("check a --knowledge", "option '--knowledge' needs a value DIR", nil),
            ("check --strict=yes a", "option '--strict' takes no value", nil),
            ("check", "missing FILE", "see 'tool check --help'"),
            ("rules", "missing command", "see 'tool rules --help'"),
            ("rules show a b", "unexpected argument 'b'", "see 'tool rules show --help'"),
            ("--verison", "unknown option '--verison'", "did you mean '--version'?"),
        ]
        for (line, message, help) in cases {
            let error = error(line)
            XCTAssertEqual(error?.message, message, line)
            XCTAssertEqual(error?.help, help, line)
        }
    }

    func testHelpIsGeneratedFromTheSpec() {
        let help = HelpFormatter(root: root)
        XCTAssertEqual(help.usage(["check"]), "USAGE: tool check [--format FORMAT] [--knowledge DIR] [--unit UNIT] … [--strict] FILE …")
        XCTAssertEqual(
            help.help(["rules"]),
            """
            Rule tools.

            USAGE: tool rules <command>

            OPTIONS:
              -h, --help  Show help for this command.

            COMMANDS:
              show      Show a rule.
              list      List rules.

              See 'tool rules <command> --help' for a command's options.

            """)
        XCTAssertTrue(help.help(["check"]).contains("  -f, --format FORMAT  Output format. (text, json) [default: text]\n"), help.help(["check"]))
    }
}
