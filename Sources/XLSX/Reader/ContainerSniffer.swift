/// Tells what kind of container a file is before it is opened as a zip.
///
/// Encrypted workbooks and legacy .xls files are both OLE compound files; they
/// are told apart by the stream names in the compound file's directory, which
/// are stored as UTF-16LE.
enum ContainerSniffer {
    private static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Whether `bytes` start with the OLE compound file signature.
    static func isOLE(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= oleSignature.count && bytes.prefix(oleSignature.count).elementsEqual(oleSignature)
    }

    /// Throws the typed error for a file that is empty or an OLE container; returns for anything else.
    /// An OLE container must be passed whole, since its directory can lie anywhere in it.
    static func rejectNonZip(_ bytes: UnsafeRawBufferPointer) throws {
        guard !bytes.isEmpty else { throw XLSXError.emptyFile }
        guard isOLE(bytes) else { return }
        if contains(utf16Name: "EncryptedPackage", in: bytes) {
            throw XLSXError.encryptedWorkbook
        }
        if contains(utf16Name: "Workbook", in: bytes) || contains(utf16Name: "Book", in: bytes) {
            throw XLSXError.legacyXLS
        }
        throw XLSXError.unsupportedOLE
    }

    private static func contains(utf16Name name: String, in bytes: UnsafeRawBufferPointer) -> Bool {
        let pattern: [UInt8] = name.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] } + [0, 0]
        guard let first = pattern.first, bytes.count >= pattern.count else { return false }
        var index = 0
        let last = bytes.count - pattern.count
        while index <= last {
            if bytes[index] == first {
                var matched = true
                for offset in 1..<pattern.count where bytes[index + offset] != pattern[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }
}
