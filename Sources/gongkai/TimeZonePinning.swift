#if canImport(Glibc)
import Glibc
#endif

/// Makes glibc read the local time zone once per process instead of once per zip entry.
///
/// libzip converts every entry's DOS time with `mktime` when it opens an archive, and
/// libxlsxwriter stamps every part it writes with `localtime`. With `TZ` unset, glibc stats
/// `/etc/localtime` on each of those calls to see whether it changed: about 36 `stat` calls per
/// converted submission. Setting `TZ` to the same file (`:/etc/localtime`) names the same zone
/// and lets glibc keep it once loaded. A `TZ` the user set is left alone.
enum TimeZonePinning {
    /// Sets `TZ` to the system's zone file when it is unset.
    static func apply() {
        #if canImport(Glibc)
        guard getenv("TZ") == nil else { return }
        setenv("TZ", ":/etc/localtime", 0)
        #endif
    }
}
