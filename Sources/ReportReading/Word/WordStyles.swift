/// What the reader takes from styles.xml: the numbering and the outline level a
/// paragraph style gives, following `basedOn`. A paragraph style's outline level comes
/// from `w:outlineLvl` or from the built-in names "heading 1" … "heading 9".
struct WordStyles {
    private var numbering: [String: WordNumberReference] = [:]
    private var outlineLevels: [String: Int] = [:]

    init(_ styles: XMLTree?) {
        var directNumbering: [String: WordNumberReference] = [:]
        var directOutline: [String: Int] = [:]
        var parent: [String: String] = [:]
        var ids: [String] = []
        for style in styles?.all("style") ?? [] {
            guard let id = style.attributes["styleId"] else { continue }
            ids.append(id)
            parent[id] = style.value(of: "basedOn")
            let properties = style.child("pPr")
            if let numPr = properties?.child("numPr"), let num = numPr.value(of: "numId") {
                directNumbering[id] = WordNumberReference(numberingID: num, level: numPr.value(of: "ilvl").flatMap(Int.init) ?? 0)
            }
            if let level = properties?.value(of: "outlineLvl").flatMap(Int.init) ?? Self.headingLevel(name: style.value(of: "name")) {
                directOutline[id] = level
            }
        }
        // The nearest style up the basedOn chain that says, for each property.
        for id in ids {
            var current: String? = id
            var seen: Set<String> = []
            while let style = current, seen.insert(style).inserted {
                if numbering[id] == nil, let found = directNumbering[style] { numbering[id] = found }
                if outlineLevels[id] == nil, let found = directOutline[style] { outlineLevels[id] = found }
                current = parent[style]
            }
        }
    }

    func numbering(of styleID: String?) -> WordNumberReference? { styleID.flatMap { numbering[$0] } }

    /// 0 for 标题 1 … 8 for 标题 9; nil for body text (outline level 9 means body text).
    func outlineLevel(of styleID: String?) -> Int? {
        guard let level = styleID.flatMap({ outlineLevels[$0] }), level < 9 else { return nil }
        return level
    }

    private static func headingLevel(name: String?) -> Int? {
        guard let name = name?.lowercased(), name.hasPrefix("heading "), let number = Int(name.dropFirst(8)), (1...9).contains(number) else {
            return nil
        }
        return number - 1
    }
}
