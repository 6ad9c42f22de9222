import Diagnostics

/// Compiles `basis` declarations, and resolves what a rule or parameter writes after
/// `basis:`: the name of a declared basis, or (as before declarations existed) a
/// citation written out, which counts as not verified.
struct BasisCompiler {
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var declared: [String: PolicyBasis] = [:]

    mutating func compile(_ files: [KnowledgeFile]) -> [PolicyBasis] {
        var seen: [String: SourceRange] = [:]
        var result: [PolicyBasis] = []
        for declaration in files.flatMap(\.bases) {
            if let first = seen[declaration.name.value] {
                diagnostics.append(.duplicate(.basis, declaration.name.value, declaration.name.range, first: first))
                continue
            }
            seen[declaration.name.value] = declaration.name.range
            if let basis = compile(declaration) {
                result.append(basis)
                declared[declaration.name.value] = basis
            }
        }
        return result
    }

    private mutating func compile(_ declaration: BasisDeclaration) -> PolicyBasis? {
        let fields = declaration.fields
        let name = declaration.name
        var valid = true
        func require(_ field: String, _ why: String) {
            if fields[field] == nil {
                diagnostics.append(.basisIncomplete(name, localized("缺少 '\(field):'", english: "has no '\(field):'"), why: why))
                valid = false
            }
        }
        require("document", localized("依据要写明所引的文件，如 document: 项目支出绩效评价管理办法", english: "a basis names the document it cites, e.g. document: 项目支出绩效评价管理办法"))
        require("scope", localized("写明文件适用于谁：项目、部门整体或全部", english: "say whom the document governs: 项目, 部门整体 or 全部"))
        require("verified", localized("写明条款是否已对照公开原文核实：yes 或 no", english: "say whether the clause was checked against the published text: yes or no"))
        var scope: PolicyBasis.Scope?
        if let field = fields["scope"] {
            scope = PolicyBasis.Scope(rawValue: field.text)
            if scope == nil {
                let scopes = PolicyBasis.Scope.allCases.map(\.rawValue).joined(separator: "、")
                diagnostics.append(.invalidValue(localized("适用范围 '\(field.text)' 不是 \(scopes) 之一", english: "scope '\(field.text)' is not one of \(scopes)"), field.range))
                valid = false
            }
        }
        var verified = false
        if let field = fields["verified"] {
            switch field.text.lowercased() {
            case "yes", "是": verified = true
            case "no", "否": verified = false
            default:
                diagnostics.append(.invalidValue(localized("verified '\(field.text)' 不是 yes 或 no", english: "verified '\(field.text)' is not yes or no"), field.range))
                valid = false
            }
        }
        if verified, fields["quote"] == nil {
            diagnostics.append(.basisIncomplete(name, localized("标为已核实，却没有引用原文", english: "is verified but quotes nothing"), why: localized("已核实的依据要抄录条款原文：quote: …", english: "a verified basis copies the clause's words: quote: …")))
            valid = false
        }
        guard valid else { return nil }
        let document = fields["document"]?.text.trimmingCharacters(in: ["《", "》"])
        return PolicyBasis(
            id: name.value, document: document, number: fields["number"]?.text, article: fields["article"]?.text, scope: scope,
            quote: fields["quote"]?.text, summary: fields["summary"]?.text, verified: verified, reason: fields["reason"]?.text)
    }

    /// The diagnostics found since the last call.
    mutating func takeDiagnostics() -> [Diagnostic] {
        defer { diagnostics = [] }
        return diagnostics
    }

    /// What `basis:` names: a declared basis, or a citation written out.
    mutating func resolve(_ field: TextField) -> PolicyBasis? {
        if let basis = declared[field.text] { return basis }
        if field.text.wholeMatch(of: /[a-z][a-z0-9]*(-[a-z0-9]+)*/) != nil {
            diagnostics.append(.unknownBasis(field, known: declared.keys.sorted()))
            return nil
        }
        guard let parsed = PolicyBasis(parsing: field.text) else {
            diagnostics.append(.invalidBasis(field))
            return nil
        }
        return parsed
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
