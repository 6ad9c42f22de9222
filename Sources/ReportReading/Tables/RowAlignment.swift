/// Puts the cells of a data row under the header columns they belong to.
///
/// A .docx says where each cell stands in the grid. In text a row with as many cells as
/// the header has columns lines up cell by cell; a shorter row lost cells to merges,
/// and its figures are the header's last columns. An indicator row is lined up around
/// its 指标性质 cell (≥, ≤, 定性), which survives any merge: the categories and name
/// before it, the target, unit, weight and actual after it.
struct RowAlignment {
    let header: TableHeader
    let values: ValueReader

    func cells(of row: GridRow) -> [TableColumn: GridCell] {
        var result: [TableColumn: GridCell] = [:]
        func put(_ column: TableColumn?, _ cell: GridCell) {
            guard let column, column != .ignored else { return }
            if result[column].map({ $0.isEmpty && !cell.isEmpty }) ?? true { result[column] = cell }
        }
        if row.spansKnown, !spansSeveralColumns(row) {
            let columns = header.columns.map(\.column)
            for cell in row.cells where cell.column < columns.count { put(columns[cell.column], cell) }
            return result
        }
        // In text, or where a cell spans what the header says are different columns (a
        // row short of a cell, merged to fill the grid), the cells are read in order.
        let columns = header.sequence
        let cells = row.cells
        if header.kind == .indicators, let aligned = aroundNature(cells, columns) {
            for (column, cell) in aligned { put(column, cell) }
            return result
        }
        if cells.count < columns.count, header.kind != .indicators {
            // The first cell names the row; the figures stand under the last columns.
            if let first = cells.first { put(columns.first ?? nil, first) }
            for (column, cell) in zip(columns.reversed(), cells.dropFirst().reversed()) { put(column, cell) }
            return result
        }
        for (column, cell) in zip(columns, cells) { put(column, cell) }
        return result
    }

    /// A cell of the row covers grid columns the header names differently.
    private func spansSeveralColumns(_ row: GridRow) -> Bool {
        row.cells.contains { cell in
            Set(cell.columns.compactMap { $0 < header.columns.count ? header.columns[$0].column : nil }).count > 1
        }
    }

    /// An indicator row lined up around its 指标性质 cell: categories and name before it,
    /// right-aligned (a cell repeated by mistake counts once); target, unit, weight,
    /// actual after it (with one cell short, the unit is the one missing). Nil when the
    /// header has no 指标性质 column or the row no operator.
    private func aroundNature(_ cells: [GridCell], _ columns: [TableColumn?]) -> [(TableColumn?, GridCell)]? {
        guard let natureIndex = columns.firstIndex(of: .nature) else { return nil }
        if cells.count == columns.count {
            let text = cells[natureIndex].text
            if text.isEmpty || values.operator(text) != nil { return nil }
        }
        guard let anchor = cells.firstIndex(where: { values.operator($0.text) != nil }) else { return nil }
        var aligned: [(TableColumn?, GridCell)] = [(.nature, cells[anchor])]
        var before: [GridCell] = []
        for cell in cells[..<anchor] {
            if let previous = before.last, !cell.isEmpty, previous.text == cell.text { continue }
            before.append(cell)
        }
        let leading = columns[..<natureIndex].filter { $0 != nil && $0 != .label && $0 != .ignored }
        for (column, cell) in zip(leading.reversed(), before.reversed()) { aligned.append((column, cell)) }
        var trailing = Array(columns[(natureIndex + 1)...])
        let after = Array(cells[(anchor + 1)...])
        if after.count < trailing.count, let unit = trailing.firstIndex(of: .measure) { trailing.remove(at: unit) }
        for (column, cell) in zip(trailing, after) { aligned.append((column, cell)) }
        return aligned
    }
}
