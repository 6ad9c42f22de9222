import Foundation
import FuzzTargets

#if FUZZING
    /// libFuzzer's entry for programs that have their own main.
    @_silgen_name("LLVMFuzzerRunDriver")
    func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Int32
#endif

/// The target the driver's callback runs (a C callback cannot capture it).
nonisolated(unsafe) var selected: FuzzTarget?

/// `fuzz TARGET [libFuzzer options] [CORPUS …]`. Built with `-DFUZZING` and
/// `-sanitize=fuzzer,address` (Scripts/fuzz.sh), it hands over to libFuzzer; built
/// plainly, it replays the files and folders given through the target and prints what
/// became of each (how the committed corpora and crashers are checked without libFuzzer).
@main
enum Fuzz {
    static func main() {
        var arguments = CommandLine.arguments
        guard arguments.count >= 2, let target = FuzzTarget.named(arguments[1]) else {
            let names = FuzzTarget.all.map { "  \($0.name)\t\($0.summary)" }.joined(separator: "\n")
            FileHandle.standardError.write(Data("usage: fuzz TARGET [libFuzzer options] [CORPUS …]\ntargets:\n\(names)\n".utf8))
            exit(64)
        }
        selected = target
        arguments.remove(at: 1)
        #if FUZZING
            var argc = Int32(arguments.count)
            var cArguments: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
            let status = cArguments.withUnsafeMutableBufferPointer { buffer in
                var argv = buffer.baseAddress
                return LLVMFuzzerRunDriver(&argc, &argv) { data, size in
                    _ = selected?.run(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
                    return 0
                }
            }
            exit(status)
        #else
            for path in arguments.dropFirst() where !path.hasPrefix("-") {
                for file in files(at: path) {
                    let bytes = FileManager.default.contents(atPath: file).map { [UInt8]($0) } ?? []
                    print("\(file)\t\(target.run(bytes))")
                }
            }
        #endif
    }

    /// The file, or the files of the folder in name order.
    static func files(at path: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else { return [path] }
        return names.filter { !$0.hasPrefix(".") }.sorted().map { path + "/" + $0 }
    }
}
