import Diagnostics
import RuleEngine

/// Declarations: templates and their slots, policy bases, parameters.
extension Parser {
    // MARK: Templates

    mutating func startTemplate(_ stream: inout TokenStream) throws(Lexer.Failure) {
        let name = try stream.expectIdentifier(localized(" 'template' 后面的模板名", english: "a template name after 'template'"))
        var label: String?
        var derived = false
        while let token = stream.next() {
            if case .text(let text) = token.kind, label == nil {
                label = text
            } else if token.isKeyword("derived") {
                derived = true
            } else {
                throw Lexer.Failure(diagnostic: .expected(localized("引号中的标签或 'derived'", english: "a label in quotes or 'derived'"), found: token, at: token.range))
            }
        }
        var declaration = TemplateDeclaration(name: name, label: label)
        declaration.derived = derived
        file.templates.append(declaration)
        context = .template(file.templates.count - 1)
    }

    /// `name: type ["label"] [default value]`
    mutating func parseSlot(_ content: Substring, line: Int, column: Int, template: Int) throws(Lexer.Failure) {
        var stream = try logicalTokens(content, line: line, column: column)
        let name = try stream.expectIdentifier(localized("槽名", english: "a slot name"))
        _ = try stream.expect(":", localized("槽名后面的 ':'", english: "':' after the slot name"))
        let typeName = try stream.expectIdentifier(localized("槽类型（text、number、boolean、list、any、reference）", english: "a slot type (text, number, boolean, list, any, reference)"))
        let type: SlotType
        switch typeName.value {
        case "reference":
            if stream.takeKeyword("to") != nil {
                type = .reference(try stream.expectIdentifier(localized(" 'reference to' 后面的模板名", english: "a template name after 'reference to'")))
            } else {
                type = .reference(nil)
            }
        default:
            guard let valueType = ValueType(rawValue: typeName.value) else {
                throw Lexer.Failure(diagnostic: .unknownType(typeName))
            }
            type = .value(valueType)
        }
        var label: String?
        if let token = stream.peek, case .text(let text) = token.kind {
            _ = stream.next()
            label = text
        }
        var defaultValue: ExpressionNode?
        if stream.takeKeyword("default") != nil { defaultValue = try stream.expression() }
        try stream.expectEnd()
        let end = stream.previousEnd
        file.templates[template].slots.append(
            SlotDeclaration(
                name: name, type: Located(value: type, range: typeName.range.through(end)), label: label,
                defaultValue: defaultValue))
    }

    // MARK: Bases

    mutating func startBasis(_ stream: inout TokenStream) throws(Lexer.Failure) {
        let name = try stream.expectIdentifier(localized(" 'basis' 后面的名称", english: "a name after 'basis'"))
        try stream.expectEnd()
        file.bases.append(BasisDeclaration(name: name, range: name.range))
        context = .basis(file.bases.count - 1)
    }

    mutating func parseBasisField(_ content: Substring, line: Int, column: Int, basis: Int) throws(Lexer.Failure) {
        guard let (name, value, offset) = field(content), Self.basisFields.contains(name) else {
            let word = leadingWord(content) ?? String(content.prefix(1))
            throw Lexer.Failure(diagnostic: .unknownField(word, in: .basis, known: Self.basisFields, range(line, column, word.count)))
        }
        file.bases[basis].fields[name] = textField(value, line: line, column: column + offset)
    }

    // MARK: Parameters

    mutating func startParameter(_ stream: inout TokenStream) throws(Lexer.Failure) {
        let name = try stream.expectIdentifier(localized(" 'parameter' 后面的参数名", english: "a parameter name after 'parameter'"))
        try stream.expectEnd()
        file.parameters.append(ParameterDeclaration(name: name, range: name.range))
        context = .parameter(file.parameters.count - 1)
    }

    mutating func parseParameterField(_ content: Substring, line: Int, column: Int, parameter: Int)
        throws(Lexer.Failure)
    {
        guard let (name, value, offset) = field(content), Self.parameterFields.contains(name) else {
            let word = leadingWord(content) ?? String(content.prefix(1))
            throw Lexer.Failure(diagnostic: .unknownField(word, in: .parameter, known: Self.parameterFields, range(line, column, word.count)))
        }
        let valueColumn = column + offset
        let text = textField(value, line: line, column: valueColumn)
        switch name {
        case "label": file.parameters[parameter].label = text
        case "unit": file.parameters[parameter].unit = text
        case "basis": file.parameters[parameter].basis.append(text)
        case "description": file.parameters[parameter].description = text
        case "rationale": file.parameters[parameter].rationale = text
        default:
            var stream = try logicalTokens(value, line: line, column: valueColumn)
            file.parameters[parameter].value = try stream.expression()
            try stream.expectEnd()
        }
    }
}
