/// Every way reading or writing a workbook can fail, with the context needed
/// to tell the user where.
///
/// `part` is the path of the package part (`xl/worksheets/sheet1.xml`),
/// `sheet` the sheet's name as the user sees it.
public enum XLSXError: Error, Equatable, Sendable {
    /// The file could not be opened or read (`errno` from the system).
    case fileUnreadable(path: String, errno: Int32)
    /// The file is empty.
    case emptyFile
    /// The bytes are not a zip archive, or the archive is damaged or truncated.
    case notZip(detail: String)
    /// A zip archive that is not a spreadsheet (a .docx renamed, say).
    case notSpreadsheet(detail: String)
    /// An OLE compound file holding an `EncryptedPackage`: a password-protected workbook.
    case encryptedWorkbook
    /// A legacy .xls workbook older than Excel 97 (BIFF5 and before: Excel 5.0/95).
    case oldXLSVersion
    /// A legacy .xls workbook whose container or records are damaged.
    case corruptXLS(detail: String)
    /// Some other OLE compound file (an old .doc, say).
    case unsupportedOLE
    /// A part the workbook refers to is not in the archive.
    case missingPart(part: String)
    /// An entry of the archive could not be inflated.
    case corruptPart(part: String, detail: String)
    /// A part is not well-formed XML; `offset` is the byte offset in the inflated part.
    case malformedXML(part: String, offset: Int, detail: String)
    /// A part carries a document type declaration, which is never processed.
    case doctypeNotAllowed(part: String)
    /// Elements nest deeper than ``ReadLimits/maxNestingDepth``.
    case nestingTooDeep(part: String, limit: Int)
    /// One part inflates beyond ``ReadLimits/maxPartBytes``.
    case partTooLarge(part: String, limit: Int)
    /// All parts together inflate beyond ``ReadLimits/maxTotalBytes``.
    case workbookTooLarge(limit: Int)
    /// A single tag or text run is larger than ``ReadLimits/maxTokenBytes``.
    case tokenTooLarge(part: String, limit: Int)
    /// The file is larger than ``ReadLimits/maxFileBytes``.
    case fileTooLarge(limit: Int)
    /// A cell or range reference that is malformed or beyond 1,048,576 rows × 16,384 columns.
    case invalidCellReference(sheet: String, reference: String)
    /// A shared-string index that is negative or beyond the shared-string table.
    case sharedStringIndexOutOfRange(sheet: String, cell: String, index: String)
    /// The sheets read hold more cells than ``ReadLimits/maxCells``.
    case tooManyCells(sheet: String, limit: Int)
    /// The shared-string table holds more strings or text than the limits allow.
    case tooManySharedStrings(limit: Int)
    /// A number cell whose value is not a decimal number (`1,5`, `0x10`).
    case invalidNumber(sheet: String, cell: String, text: String)
    /// A cell with more than one value.
    case duplicateValue(sheet: String, cell: String)
    /// No sheet with that name or 1-based number.
    case sheetNotFound(String)
    /// Two sheets share one name.
    case duplicateSheetName(String)
    /// libxlsxwriter reported an error while writing.
    case writeFailed(path: String, detail: String)
}
