import CaseLibrary
import Training

/// `audit train --progress`: a trainee's record and the next case to do.
enum ProgressReport {
    static func render(_ progress: TrainingProgress, trainee: String, cases: [Case]) -> String {
        let sessions = progress.trainees[trainee] ?? []
        var out = "学员 \(trainee)："
        if sessions.isEmpty {
            out += "还没有做过案例。\n"
        } else {
            let done = Set(sessions.map(\.case))
            out += "做过 \(done.count) 个案例，共 \(sessions.count) 次。\n"
            for name in done.sorted() {
                let tries = sessions.filter { $0.case == name }
                let best = tries.max { ($0.recall, $0.precision) < ($1.recall, $1.precision) } ?? tries[0]
                out += "  \(name)：最好一次找到 \(best.found)/\(best.expected)（召回率 \(Scoring.percent(best.recall))，准确率 \(Scoring.percent(best.precision))），做了 \(tries.count) 次\n"
            }
            let weak = progress.weakRules(of: trainee).prefix(5)
            if !weak.isEmpty { out += "最常漏掉的规则：" + weak.map { "\($0.rule)（\($0.count) 次）" }.joined(separator: "、") + "\n" }
        }
        if let next = progress.suggestion(for: trainee, among: cases) {
            let level = TeachingNotes.difficultyWords[next.difficulty] ?? "\(next.difficulty)"
            let weak = Set(progress.weakRules(of: trainee).map(\.rule))
            let practice = Set(next.expected.findings.map(\.rule)).intersection(weak).sorted()
            out += "建议下一个案例：\(next.name)（\(next.title)，\(level)）"
            out += practice.isEmpty ? "\n" : "——练习 \(practice.joined(separator: "、"))\n"
            out += "  audit train \(next.name) --trainee \(trainee)\n"
        } else {
            out += "所有案例都已全部找对，没有误报。\n"
        }
        return out
    }
}
