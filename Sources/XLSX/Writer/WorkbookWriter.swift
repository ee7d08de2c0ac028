import CXlsxWriter
import Foundation

/// A thin, safe wrapper over libxlsxwriter that writes one workbook atomically.
///
/// The workbook is written to a temporary file beside the target and renamed
/// over it only when libxlsxwriter reports a complete file, so a failure never
/// leaves a partial workbook and an existing file is only replaced by a
/// complete one. The creation time is fixed (`SOURCE_DATE_EPOCH` when set), so
/// the same content gives the same bytes.
public final class WorkbookWriter {
    private let path: String
    private let temporaryPath: String
    private let handle: UnsafeMutablePointer<lxw_workbook>
    /// The formats made so far, each with its style's signature: a workbook has a dozen styles,
    /// and a short linear search comparing signatures first beats hashing every field of a
    /// style for every cell.
    private var formats: [(signature: UInt64, style: CellStyle, format: UnsafeMutablePointer<lxw_format>)] = []
    /// Where in `formats` the last style asked for is, tried first: neighbouring cells mostly
    /// share a style. (Moving the found style to the front instead cost more than the search.)
    private var lastUsed = 0
    private var sheets: [SheetWriter] = []
    private var finished = false

    /// Starts a workbook that will be written to `path`, with document `properties`.
    ///
    /// With `constantMemory`, each row is written out as soon as the next one starts, so
    /// memory stays flat for very large sheets; rows must then be written in order.
    public init(path: String, properties: CoreProperties = CoreProperties(), constantMemory: Bool = false) throws {
        self.path = path
        temporaryPath = TemporaryPath.beside(path)
        var options = lxw_workbook_options()
        options.constant_memory = constantMemory ? 1 : 0
        let scratch = Self.scratchFolder.flatMap { strdup($0) }
        defer { free(scratch) }
        options.tmpdir = scratch
        guard let workbook = workbook_new_opt(temporaryPath, &options) else {
            throw XLSXError.writeFailed(path: path, detail: "无法创建工作簿")
        }
        handle = workbook
        try Self.withDocumentProperties(properties) { workbook_set_properties(workbook, &$0) }
    }

    deinit {
        if !finished {
            workbook_close(handle)
            unlink(temporaryPath)
        }
    }

    /// Where libxlsxwriter keeps its per-sheet scratch files: memory-backed /dev/shm when the
    /// system has it (no disk I/O for parts that are deleted a moment later), else the default.
    static let scratchFolder: String? = {
        var status = stat()
        return stat("/dev/shm", &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR && access("/dev/shm", W_OK) == 0 ? "/dev/shm" : nil
    }()

    /// The fixed creation time: `SOURCE_DATE_EPOCH` when set, else 2000-01-01.
    static var creationTime: time_t {
        if let text = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], let seconds = Int(text) {
            return time_t(seconds)
        }
        return 946_684_800
    }

    private static func withDocumentProperties(_ properties: CoreProperties, _ body: (inout lxw_doc_properties) -> lxw_error) throws {
        let texts = [properties.title, properties.subject, properties.keywords, properties.creator, properties.description]
        let copies = texts.map { $0.flatMap { strdup(SafeText.property($0)) } }
        defer { copies.forEach { free($0) } }
        var document = lxw_doc_properties()
        document.created = creationTime
        document.title = copies[0]
        document.subject = copies[1]
        document.keywords = copies[2]
        document.author = copies[3]
        document.comments = copies[4]
        _ = body(&document)
    }

    /// Adds a worksheet named `name`.
    public func addSheet(_ name: String) throws -> SheetWriter {
        guard let sheet = workbook_add_worksheet(handle, name) else {
            throw XLSXError.writeFailed(path: path, detail: "无法添加工作表“\(name)”")
        }
        let writer = SheetWriter(sheet: sheet, workbook: self, name: name)
        sheets.append(writer)
        return writer
    }

    /// Writes the file and moves it into place.
    public func close() throws {
        finished = true
        let result = workbook_close(handle)
        guard result == LXW_NO_ERROR else {
            unlink(temporaryPath)
            throw XLSXError.writeFailed(path: path, detail: LibraryErrorText.xlsxwriter(result))
        }
        guard rename(temporaryPath, path) == 0 else {
            let detail = LibraryErrorText.system(errno)
            unlink(temporaryPath)
            throw XLSXError.writeFailed(path: path, detail: detail)
        }
    }

    /// The libxlsxwriter format for `style`, made once per workbook.
    func format(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        if formats.indices.contains(lastUsed), formats[lastUsed].style == style { return formats[lastUsed].format }
        let signature = style.signature
        if let index = formats.firstIndex(where: { $0.signature == signature && $0.style == style }) {
            lastUsed = index
            return formats[index].format
        }
        guard let format = makeFormat(style) else { return nil }
        formats.append((signature, style, format))
        lastUsed = formats.count - 1
        return format
    }

    private func makeFormat(_ style: CellStyle) -> UnsafeMutablePointer<lxw_format>? {
        guard let format = workbook_add_format(handle) else { return nil }
        format_set_font_name(format, "宋体")
        format_set_font_size(format, style.fontSize)
        if style.bold { format_set_bold(format) }
        switch style.alignment {
        case .general: break
        case .left: format_set_align(format, UInt8(LXW_ALIGN_LEFT.rawValue))
        case .center: format_set_align(format, UInt8(LXW_ALIGN_CENTER.rawValue))
        case .right: format_set_align(format, UInt8(LXW_ALIGN_RIGHT.rawValue))
        }
        if style.verticallyCentered { format_set_align(format, UInt8(LXW_ALIGN_VERTICAL_CENTER.rawValue)) }
        if style.outlined {
            format_set_border(format, UInt8(LXW_BORDER_MEDIUM.rawValue))
            format_set_border_color(format, 0xC00000)
        } else if style.bordered {
            format_set_border(format, UInt8(LXW_BORDER_THIN.rawValue))
        }
        if let numberFormat = style.numberFormat { format_set_num_format(format, numberFormat) }
        if style.wraps { format_set_text_wrap(format) }
        if style.indent > 0 { format_set_indent(format, UInt8(clamping: style.indent)) }
        if !style.locked { format_set_unlocked(format) }
        if let fill = style.fill {
            format_set_pattern(format, UInt8(LXW_PATTERN_SOLID.rawValue))
            format_set_bg_color(format, fill)
        }
        if style.link {
            format_set_font_color(format, 0x0563C1)
            format_set_underline(format, UInt8(LXW_UNDERLINE_SINGLE.rawValue))
        }
        return format
    }

    /// An error for a libxlsxwriter result on `sheet`.
    func check(_ result: lxw_error, sheet: String, at place: @autoclosure () -> String) throws {
        guard result == LXW_NO_ERROR else {
            throw XLSXError.writeFailed(path: path, detail: "工作表“\(sheet)” \(place())：\(LibraryErrorText.xlsxwriter(result))")
        }
    }
}
