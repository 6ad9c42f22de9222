import Audit
import CaseLibrary
import ReportReading
import WebServer

/// The edit a form posts: which file, its text, and the version it started from.
struct PostedEdit {
    let folder: KnowledgeFolder
    let file: String
    let text: String
    let version: String
    /// The folder of reports the impact covers besides the case library ("" for all of them).
    let scope: String

    static func from(_ context: Route.Context) throws(Refused) -> PostedEdit {
        guard let folder = context.workbench.editable else { throw Refused(page: Refusal.builtInKnowledge) }
        let form = context.request.form
        guard let file = form["file"], folder.text(of: file) != nil else { throw Refused(page: Refusal.noSuchKnowledgeFile) }
        // Browsers send a textarea's line ends as CR LF.
        let text = (form["text"] ?? "").replacingOccurrences(of: "\r\n", with: "\n")
        // Only a folder asked for is looked for (the live check posts an empty one at every pause in typing).
        let asked = form["scope"] ?? ""
        let scope = !asked.isEmpty && context.workbench.reportFolders.contains(asked) ? asked : ""
        return PostedEdit(folder: folder, file: file, text: text, version: form["version"] ?? "", scope: scope)
    }

    /// Answers with `body` given the posted edit, checked; a form naming no editable file is refused.
    static func checked(_ context: Route.Context, _ body: (PostedEdit, KnowledgeCheck) -> HTTPResponse) -> HTTPResponse {
        do {
            let edit = try from(context)
            return body(edit, KnowledgeCheck(edit.file, text: edit.text, in: edit.folder))
        } catch {
            return error.page.response(for: context.visitor)
        }
    }

    func state(check: KnowledgeCheck?) -> RuleEditorPage.State {
        RuleEditorPage.State(file: file, text: text, version: version, check: check, scope: scope)
    }
}

/// `POST /rules/check`: the edit checked, and what it would do to the case library and
/// the folder's reports, before anything is saved.
enum RuleCheckAction {
    static let path = "/rules/check"

    static func respond(_ context: Route.Context) -> HTTPResponse {
        PostedEdit.checked(context) { edit, check in
            var state = edit.state(check: check)
            if check.canSave { state.impacts = impacts(of: check.loaded.knowledge, in: context.workbench, scope: edit.scope) }
            return RuleEditorPage.page(state, visitor: context.visitor, folders: context.workbench.reportFolders)
        }
    }

    /// The findings that change in the case library and in the folder of reports (or the
    /// folder within it that `scope` names; "" for all of it).
    static func impacts(of edited: AuditKnowledge, in workbench: Workbench, scope: String) -> [(title: String, impact: ChangeImpact)] {
        let current = workbench.current.knowledge
        var impacts: [(String, ChangeImpact)] = []
        if let classroom = workbench.training {
            // The library read at start, in the order of its folders, as `rules diff` lists it.
            let reports = classroom.cases.sorted { $0.name < $1.name }.map(classroom.report)
            impacts.append(
                ("案例库（\(reports.count) 个案例）", ChangeImpact.measure(old: current, new: edited, reports: reports, in: classroom.folder)))
        }
        let folder = workbench.reports.root
        let reports = workbench.reportFiles.filter { scope.isEmpty || $0.hasPrefix(scope + "/") }
        let name = scope.isEmpty ? "报告文件夹" : "报告文件夹中的 \(scope)"
        impacts.append(("\(name)（\(reports.count) 份报告）", ChangeImpact.measure(old: current, new: edited, reports: reports, in: folder)))
        return impacts
    }
}

/// `POST /rules/lint`: the check alone, as a fragment of the editor page (for the
/// script that checks while the person types).
enum RuleLintAction {
    static let path = "/rules/lint"

    static func respond(_ context: Route.Context) -> HTTPResponse {
        PostedEdit.checked(context) { _, check in HTTPResponse(html: CheckView.html(check)) }
    }
}

/// `POST /rules/save`: saves an edit without errors, unless someone saved the file since
/// it was opened (then the difference is shown and the edit kept in the editor); from
/// then on the workbench audits with the new knowledge.
enum RuleSaveAction {
    static let path = "/rules/save"

    static func respond(_ context: Route.Context) -> HTTPResponse {
        PostedEdit.checked(context) { edit, check in save(edit, check, context: context) }
    }

    private static func save(_ edit: PostedEdit, _ check: KnowledgeCheck, context: Route.Context) -> HTTPResponse {
        var state = edit.state(check: check)
        guard check.canSave else {
            state.notice = "有 \(check.errorCount) 个错误，没有保存。"
            state.status = HTTPStatus(422, "Unprocessable Content")
            return RuleEditorPage.page(state, visitor: context.visitor, folders: context.workbench.reportFolders)
        }
        do {
            try edit.folder.save(edit.file, text: edit.text, startedFrom: edit.version)
        } catch {
            switch error {
            case .changedMeanwhile(let current):
                state.notice = "这个文件在你编辑期间已被别人保存。你的修改没有保存，也没有丢失：它仍在下面的编辑框中。请对照下面的差异，确认后再保存（将替换别人的版本）。"
                state.conflict = LineDiff.lines(current, edit.text)
                state.version = KnowledgeFolder.version(of: current)
                state.status = .conflict
                return RuleEditorPage.page(state, visitor: context.visitor, folders: context.workbench.reportFolders)
            case .cannotWrite(let failure):
                return Refusal.cannotSave(edit.folder.name + "/" + edit.file, failure).response(for: context.visitor)
            }
        }
        // What is on disk now (another file may have been saved since the check).
        let reloaded = AuditKnowledge.load(sources: edit.folder.sources(), place: edit.folder.name)
        let knowledge = reloaded.hasErrors ? check.loaded.knowledge : reloaded.knowledge
        let workbench = context.workbench
        workbench.current.replace(
            with: knowledge, run: RunInfo(version: workbench.settings.run.version, knowledgePath: edit.folder.name, knowledge: knowledge))
        return .seeOther(Markup.link(RuleEditorPage.path, [("file", edit.file), ("saved", "1")]))
    }
}
