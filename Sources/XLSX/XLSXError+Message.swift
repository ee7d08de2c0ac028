/// Chinese messages for finance staff, one per error case.
extension XLSXError: CustomStringConvertible {
    /// A message that says what is wrong and, where it can, what to do.
    public var description: String {
        switch self {
        case .fileUnreadable(let path, let code):
            return "无法读取文件 \(path)（\(LibraryErrorText.system(code))），请检查路径和权限"
        case .emptyFile:
            return "文件为空（0 字节），请重新获取该文件"
        case .notZip(let detail):
            return "该文件不是有效的 .xlsx 工作簿（文件已损坏、不完整或并非 Excel 文件：\(detail)）"
        case .notSpreadsheet(let detail):
            return "该文件不是 Excel 工作簿（可能是改了扩展名的 Word 或其他文档：\(detail)）"
        case .encryptedWorkbook:
            return "该工作簿设置了打开密码，请在 Excel 中取消密码后重试"
        case .oldXLSVersion:
            return "该文件是 Excel 5.0/95 或更早版本的 .xls，无法读取；请在 Excel 或 WPS 中另存为 .xlsx（或 Excel 97-2003 .xls）后重试"
        case .corruptXLS(let detail):
            return "该 .xls 文件已损坏或不完整，无法读取（\(detail)）；请重新获取该文件，或在 Excel 中另存为 .xlsx 后重试"
        case .unsupportedOLE:
            return "该文件是旧版 Office 文档而非 .xlsx 工作簿，请另存为 .xlsx 后重试"
        case .missingPart(let part):
            return "工作簿不完整：缺少部件 \(part)"
        case .corruptPart(let part, let detail):
            return "工作簿部件 \(part) 已损坏，无法解压（\(detail)）"
        case .malformedXML(let part, let offset, let detail):
            return "工作簿部件 \(part) 的 XML 格式错误（第 \(offset) 字节附近：\(detail)）"
        case .doctypeNotAllowed(let part):
            return "工作簿部件 \(part) 含有 DOCTYPE 声明，出于安全考虑拒绝读取"
        case .nestingTooDeep(let part, let limit):
            return "工作簿部件 \(part) 的 XML 嵌套超过 \(limit) 层，出于安全考虑拒绝读取"
        case .partTooLarge(let part, let limit):
            return "工作簿部件 \(part) 解压后超过 \(limit) 字节上限，疑似压缩炸弹，拒绝读取"
        case .workbookTooLarge(let limit):
            return "工作簿解压后总大小超过 \(limit) 字节上限，疑似压缩炸弹，拒绝读取"
        case .tokenTooLarge(let part, let limit):
            return "工作簿部件 \(part) 中有超过 \(limit) 字节的单个标记或文本，拒绝读取"
        case .fileTooLarge(let limit):
            return "文件超过 \(limit) 字节上限，拒绝读取"
        case .invalidCellReference(let sheet, let reference):
            return "工作表“\(sheet)”中的单元格引用 \(reference) 无效或超出 1048576 行 × 16384 列的范围"
        case .sharedStringIndexOutOfRange(let sheet, let cell, let index):
            return "工作表“\(sheet)”单元格 \(cell) 引用了不存在的共享字符串（序号 \(index)）"
        case .tooManyCells(let sheet, let limit):
            return "读到工作表“\(sheet)”时单元格已超过 \(limit) 个上限（部门决算报送不会这么大），疑似压缩炸弹或异常文件，拒绝读取；确需读取可用 --large 放宽上限"
        case .tooManySharedStrings(let limit):
            return "工作簿的共享字符串超过 \(limit) 个或总长度超过上限，疑似压缩炸弹或异常文件，拒绝读取；确需读取可用 --large 放宽上限"
        case .invalidNumber(let sheet, let cell, let text):
            return "工作表“\(sheet)”单元格 \(cell) 应为数字，但文件中存的是“\(Quoted.text(text))”；文件可能被其他程序改坏，请在 Excel 或 WPS 中打开并另存后重试"
        case .duplicateValue(let sheet, let cell):
            return "工作表“\(sheet)”单元格 \(cell) 在文件中有两个值，无法确定哪一个是对的；文件可能被其他程序改坏，请在 Excel 或 WPS 中打开并另存后重试"
        case .sheetNotFound(let selector):
            return "找不到工作表“\(selector)”（可用名称或从 1 开始的序号指定）"
        case .duplicateSheetName(let name):
            return "工作簿中有两个同名工作表“\(name)”"
        case .writeFailed(let path, let detail):
            return "写入 \(path) 失败：\(detail)"
        }
    }
}
