/// The person behind a request, as far as the workbench knows: the role their key opens.
struct Visitor: Sendable {
    let role: Role
    /// The key they entered with; "" when none was needed.
    let key: String
    /// What their forms must carry back.
    let formToken: String
    /// For a trainee: their class and themselves.
    var trainee: (classID: String, traineeID: String)? = nil
}
