import Foundation
import Training

/// The classes and their trainees' work, under `folder`: a file per class
/// (`classes/ID.json`: its cases and trainees) and a file per trainee (`work/CLASS/ID.json`:
/// marks and submissions by case). Each is written whole after each change (a temporary
/// file renamed). A trainee's work has a lock of its own, so that trainees marking and
/// submitting at once never wait for each other, and none loses an answer.
final class ClassStore: @unchecked Sendable {
    typealias Work = [String: CaseWork]

    private let folder: String
    private let lock = NSLock()
    private var classes: [String: TrainingClass] = [:]
    private var works: [String: TraineeWork] = [:]

    private final class TraineeWork: @unchecked Sendable {
        let lock = NSLock()
        var work: Work
        /// The file could not be read: it is left as it is, and changes are refused.
        let damaged: String?
        init(_ work: Work, damaged: String? = nil) { (self.work, self.damaged) = (work, damaged) }
    }

    enum StoreError: LocalizedError {
        case noSuchClass
        /// A file of the folder is not what the workbench wrote.
        case damaged(String)

        var errorDescription: String? {
            switch self {
            case .noSuchClass: "培训班不存在"
            case .damaged(let path): "\(path) 不是审核工作台写出的文件；为了不丢失其中的内容，没有改动它"
            }
        }
    }

    /// A class file that is not what the workbench wrote: the classes cannot be read.
    struct DamagedFile: Error {
        let path: String
    }

    /// Reads the classes in `folder` (none when it does not exist yet).
    init(folder: String) throws(DamagedFile) {
        self.folder = folder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder + "/classes")) ?? []
        for name in names where name.hasSuffix(".json") {
            let path = folder + "/classes/" + name
            guard let data = FileManager.default.contents(atPath: path), let training = try? JSONDecoder().decode(TrainingClass.self, from: data) else {
                throw DamagedFile(path: path)
            }
            classes[training.id] = training
        }
    }

    /// Oldest first (ids are made in order of time).
    var all: [TrainingClass] { lock.withLock { classes.values.sorted { $0.id < $1.id } } }

    func `class`(_ id: String) -> TrainingClass? { lock.withLock { classes[id] } }

    /// The class and trainee a trainee's key opens.
    func trainee(withKey key: String) -> (classID: String, traineeID: String)? {
        lock.withLock {
            for training in classes.values {
                if let trainee = training.trainees.first(where: { AccessKeys.sameSecret($0.key, key) }) { return (training.id, trainee.id) }
            }
            return nil
        }
    }

    /// Writes a new class, or a class changed (a trainee joined).
    func save(_ training: TrainingClass) throws {
        try lock.withLock {
            try write(training, to: folder + "/classes/\(training.id).json")
            classes[training.id] = training
        }
    }

    /// Changes a class with `change` while no other change can come between; written before it counts.
    @discardableResult
    func changeClass<T>(_ id: String, _ change: (inout TrainingClass) throws -> T) throws -> T {
        try lock.withLock {
            guard var training = classes[id] else { throw StoreError.noSuchClass }
            let result = try change(&training)
            try write(training, to: folder + "/classes/\(id).json")
            classes[id] = training
            return result
        }
    }

    /// A trainee's work, as it is now.
    func work(_ classID: String, _ traineeID: String) -> Work {
        let box = traineeWork(classID, traineeID)
        return box.lock.withLock { box.work }
    }

    /// Changes a trainee's work; written before it counts, so an answer the trainee was
    /// told is kept is on disk.
    @discardableResult
    func changeWork<T>(_ classID: String, _ traineeID: String, _ change: (inout Work) throws -> T) throws -> T {
        let box = traineeWork(classID, traineeID)
        return try box.lock.withLock {
            if let damaged = box.damaged { throw StoreError.damaged(damaged) }
            var work = box.work
            let result = try change(&work)
            try write(work, to: workPath(classID, traineeID))
            box.work = work
            return result
        }
    }

    private func workPath(_ classID: String, _ traineeID: String) -> String { folder + "/work/\(classID)/\(traineeID).json" }

    private func traineeWork(_ classID: String, _ traineeID: String) -> TraineeWork {
        lock.withLock {
            let key = classID + "/" + traineeID
            if let box = works[key] { return box }
            let path = workPath(classID, traineeID)
            let box: TraineeWork
            if let data = FileManager.default.contents(atPath: path) {
                let work = try? JSONDecoder().decode(Work.self, from: data)
                box = TraineeWork(work ?? [:], damaged: work == nil ? path : nil)
            } else {
                box = TraineeWork([:])
            }
            works[key] = box
            return box
        }
    }

    private func write(_ value: some Encodable, to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try encoder.encode(value).write(to: URL(fileURLWithPath: path), options: .atomic)
    }
}
