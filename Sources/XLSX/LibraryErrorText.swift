import CXlsxWriter
import CZip
import Foundation

/// Chinese words for what the system, libzip and libxlsxwriter report, so that no English
/// library message reaches a finance officer.
public enum LibraryErrorText {
    /// A system error number (`errno`).
    public static func system(_ code: Int32) -> String {
        switch code {
        case ENOSPC: return "磁盘空间不足"
        case EDQUOT: return "超出磁盘配额"
        case EACCES, EPERM: return "没有权限"
        case ENOENT: return "文件或文件夹不存在"
        case ENOTDIR: return "路径中有一段不是文件夹"
        case EISDIR: return "这是一个文件夹，不是文件"
        case EROFS: return "所在磁盘是只读的"
        case ENAMETOOLONG: return "文件名过长"
        case EEXIST: return "文件已存在"
        case EIO: return "磁盘读写错误"
        case EFBIG: return "文件超过系统允许的大小"
        case EMFILE, ENFILE: return "同时打开的文件过多"
        case ENOMEM: return "内存不足"
        case EXDEV: return "不能跨磁盘改名"
        default: return "系统错误 \(code)"
        }
    }

    /// A file or compressed stream that ends before its data does.
    static let truncated = "文件意外结束（可能不完整）"

    /// A libzip error code (`zip_error_code_zip`), with the system error where libzip has one.
    static func zip(_ error: inout zip_error_t) -> String {
        let system = zip_error_code_system(&error)
        switch zip_error_code_zip(&error) {
        case ZIP_ER_NOZIP: return "不是 zip 压缩包"
        case ZIP_ER_INCONS: return "压缩包结构不一致"
        case ZIP_ER_EOF: return truncated
        case ZIP_ER_CRC: return "校验和错误"
        case ZIP_ER_ZLIB, ZIP_ER_COMPRESSED_DATA: return "压缩数据损坏"
        case ZIP_ER_COMPNOTSUPP: return "不支持的压缩方式"
        case ZIP_ER_ENCRNOTSUPP, ZIP_ER_NOPASSWD, ZIP_ER_WRONGPASSWD: return "压缩包已加密"
        case ZIP_ER_MEMORY: return "内存不足"
        case ZIP_ER_MULTIDISK: return "不支持分卷压缩包"
        case ZIP_ER_OPEN, ZIP_ER_READ, ZIP_ER_SEEK, ZIP_ER_TELL: return "无法读取文件（\(self.system(system))）"
        case ZIP_ER_NOENT: return "文件不存在"
        default: return "压缩包错误 \(zip_error_code_zip(&error))"
        }
    }

    /// A libxlsxwriter result.
    static func xlsxwriter(_ result: lxw_error) -> String {
        switch result {
        case LXW_ERROR_MEMORY_MALLOC_FAILED: return "内存不足"
        case LXW_ERROR_CREATING_XLSX_FILE: return "无法创建文件（文件夹不存在、没有写入权限或磁盘已满）"
        case LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_READING_TMPFILE: return "无法使用临时文件（临时文件夹不可写或磁盘已满）"
        case LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE,
             LXW_ERROR_ZIP_BAD_ZIP_FILE, LXW_ERROR_ZIP_INTERNAL_ERROR, LXW_ERROR_ZIP_PARAMETER_ERROR:
            return "写入压缩包失败（磁盘已满或没有写入权限）"
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: return "单元格文字超过 32767 个字符"
        case LXW_ERROR_SHEETNAME_LENGTH_EXCEEDED, LXW_ERROR_INVALID_SHEETNAME_CHARACTER,
             LXW_ERROR_SHEETNAME_START_END_APOSTROPHE, LXW_ERROR_SHEETNAME_ALREADY_USED:
            return "工作表名称无效"
        case LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE: return "单元格超出工作表范围"
        default: return "写入工作簿出错（代码 \(result.rawValue)）"
        }
    }
}
