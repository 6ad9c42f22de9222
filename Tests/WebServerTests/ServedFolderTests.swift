import Foundation
import XCTest

@testable import WebServer

/// Only files inside the folder are served: no `..`, no hidden files, no symbolic link out.
final class ServedFolderTests: XCTestCase {
    private var folder: URL!
    private var outside: URL!

    override func setUpWithError() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("served-\(UUID().uuidString)")
        folder = base.appendingPathComponent("reports")
        outside = base.appendingPathComponent("secret.txt")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("2024"), withIntermediateDirectories: true)
        try "报告".write(to: folder.appendingPathComponent("2024/a.txt"), atomically: true, encoding: .utf8)
        try "x".write(to: folder.appendingPathComponent(".hidden"), atomically: true, encoding: .utf8)
        try "secret".write(to: outside, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("link.txt"), withDestinationURL: outside)
        try FileManager.default.createSymbolicLink(at: folder.appendingPathComponent("inside.txt"), withDestinationURL: folder.appendingPathComponent("2024/a.txt"))
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder.deletingLastPathComponent())
    }

    func testFilesInsideAreServed() throws {
        let served = try XCTUnwrap(ServedFolder(folder.path))
        XCTAssertNotNil(served.file("2024/a.txt"))
        XCTAssertNotNil(served.file("inside.txt"), "a link that stays inside is followed")
    }

    func testEverythingElseIsRefused() throws {
        let served = try XCTUnwrap(ServedFolder(folder.path))
        for attempt in [
            "../secret.txt", "2024/../../secret.txt", "2024/../a.txt", "./2024/a.txt", "link.txt", ".hidden", "2024", "", "/etc/passwd",
            "2024//a.txt", "2024\\a.txt", "missing.txt", "2024/a.txt\0.png",
        ] {
            XCTAssertNil(served.file(attempt), attempt)
        }
    }

    func testAFolderThatDoesNotExist() {
        XCTAssertNil(ServedFolder(folder.appendingPathComponent("nowhere").path))
    }
}
