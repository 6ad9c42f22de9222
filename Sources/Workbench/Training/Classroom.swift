import CaseLibrary
import Foundation

/// What training needs: the case library (read once, at start) and the classes kept in
/// the workbench's folder.
final class Classroom: Sendable {
    let store: ClassStore
    /// Easiest first, then by name.
    let cases: [Case]
    /// The library's folder (absolute).
    let folder: String

    init(cases folder: String, store: String) throws(ClassStore.DamagedFile) {
        self.folder = folder
        self.store = try ClassStore(folder: store)
        cases = CaseLoader.load(folder, relativeTo: "/", knownRules: []).cases.sorted { ($0.difficulty, $0.name) < ($1.difficulty, $1.name) }
    }

    func `case`(_ name: String) -> Case? { cases.first { $0.name == name } }

    /// The class and the trainee a trainee's key opened; nil for anyone else, or when the
    /// class is gone.
    func membership(of visitor: Visitor) -> (training: TrainingClass, trainee: Trainee)? {
        guard let (classID, traineeID) = visitor.trainee, let training = store.class(classID), let trainee = training.trainee(traineeID) else { return nil }
        return (training, trainee)
    }

    /// A case's report as the library's audits name it (`weight-typo/report.txt`).
    func report(of item: Case) -> String {
        item.report.hasPrefix(folder + "/") ? String(item.report.dropFirst(folder.count + 1)) : item.report
    }
}
