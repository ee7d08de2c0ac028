/// Tells an OLE compound file (a legacy .xls, an encrypted workbook, an old .doc) from a
/// zip package by its first bytes; what the compound file holds is decided by ``CompoundFile``.
enum ContainerSniffer {
    private static let oleSignature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// Whether `bytes` start with the OLE compound file signature.
    static func isOLE(_ bytes: UnsafeRawBufferPointer) -> Bool {
        bytes.count >= oleSignature.count && bytes.prefix(oleSignature.count).elementsEqual(oleSignature)
    }
}
