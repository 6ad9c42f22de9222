import Diagnostics
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

    /// The whole class in the progress file: a line per trainee (cases done, sessions,
    /// best recall and precision averaged over cases, rules most often missed), then the
    /// rules the class misses most.
    static func renderAll(_ progress: TrainingProgress) -> String {
        let names = progress.trainees.keys.sorted()
        guard !names.isEmpty else { return "进度文件里还没有学员。\n" }
        let header = ["学员", "案例", "次数", "召回率", "准确率", "最常漏掉的规则"]
        let rows = names.map { name -> [String] in
            let sessions = progress.trainees[name] ?? []
            let best = Dictionary(grouping: sessions, by: \.case).values.compactMap { tries in
                tries.max { ($0.recall, $0.precision) < ($1.recall, $1.precision) }
            }
            let average = { (value: (TrainingProgress.Session) -> Double) in
                best.isEmpty ? 0 : best.map(value).reduce(0, +) / Double(best.count)
            }
            let weak = progress.weakRules(of: name).prefix(3).map { "\($0.rule)（\($0.count)）" }.joined(separator: "、")
            return [name, "\(best.count)", "\(sessions.count)", Scoring.percent(average(\.recall)), Scoring.percent(average(\.precision)), weak]
        }
        var out = "\(names.count) 名学员\n" + TextTable.render([header] + rows, rightAligned: [1, 2, 3, 4])
        var missed: [String: Int] = [:]
        for name in names { for (rule, count) in progress.weakRules(of: name) { missed[rule, default: 0] += count } }
        let classWeak = missed.sorted { ($1.value, $0.key) < ($0.value, $1.key) }.prefix(5)
        if !classWeak.isEmpty { out += "全班最常漏掉的规则：" + classWeak.map { "\($0.key)（\($0.value) 次）" }.joined(separator: "、") + "\n" }
        return out
    }
}
