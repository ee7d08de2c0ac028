#include <zlib.h>

/// inflateInit2 is a macro, which Swift cannot call: this opens a raw deflate stream (no zlib or gzip header), as zip entries hold.
static inline int gongkai_inflate_init_raw(z_streamp stream) {
    return inflateInit2(stream, -MAX_WBITS);
}
