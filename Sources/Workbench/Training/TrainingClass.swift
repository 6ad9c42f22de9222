import Training

/// A class a trainer opens: a set of cases, the key of its join link, and its trainees
/// (their work is kept apart, one file each). Kept by `ClassStore`.
struct TrainingClass: Codable, Sendable, Equatable {
    var id: String
    var name: String
    /// Case names, in the order the trainee takes them.
    var cases: [String]
    var joinKey: String
    var trainees: [Trainee] = []

    func trainee(_ id: String) -> Trainee? { trainees.first { $0.id == id } }
}

/// One trainee of a class, known by the key of their own link.
struct Trainee: Codable, Sendable, Equatable {
    var id: String
    var name: String
    var key: String
}

/// A trainee's work on one case: the findings marked so far, and every submission.
struct CaseWork: Codable, Sendable, Equatable {
    var marks: [Answer] = []
    /// Oldest first; the last one is the score shown.
    var attempts: [Attempt] = []
    /// After a submission, until the trainee starts again: the answers may be read.
    var submitted = false

    var latest: Attempt? { attempts.last }
}

/// A submission: what was marked and how it scored.
struct Attempt: Codable, Sendable, Equatable {
    let answers: [Answer]
    let score: TrainingProgress.Session
}
