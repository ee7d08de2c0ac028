#if canImport(Glibc)
import Glibc
#endif

/// Keeps freed memory in the process between files instead of handing it back to the kernel.
///
/// Writing a workbook allocates and frees the same few hundred kilobytes per file (libxlsxwriter's
/// parts, zlib's deflate state). With glibc's defaults the top of the heap is trimmed after each
/// file and grown again for the next: a batch of 100 conversions made about 7,700 `brk` calls and
/// as many page faults, a tenth of its time in the kernel. A higher trim threshold and top pad
/// (glibc's `mallopt`, looked up at run time so that other C libraries are unaffected) keep that
/// memory for the next file; peak memory does not change.
enum HeapTuning {
    private static let trimThreshold: Int32 = -1  // M_TRIM_THRESHOLD in <malloc.h>
    private static let topPad: Int32 = -2  // M_TOP_PAD

    /// Applies the settings, where the C library has `mallopt`.
    static func apply() {
        #if canImport(Glibc)
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "mallopt") else { return }
        typealias MallocOption = @convention(c) (Int32, Int32) -> Int32
        let mallopt = unsafeBitCast(symbol, to: MallocOption.self)
        _ = mallopt(trimThreshold, 64 << 20)
        _ = mallopt(topPad, 16 << 20)
        #endif
    }
}
