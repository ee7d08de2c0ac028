/* Why small parts are decompressed by libdeflate: every deflated part of the given workbooks
 * (as Gongkai reads them: not the theme, not docProps/app.xml) decompressed in memory, with its
 * CRC-32, by zlib (one raw stream, reset between parts, as Inflater does) and by libdeflate
 * (one whole-buffer call per part); each timed over the same parts, best of five.
 * Build: gcc -O2 inflate_peers.c -o inflate_peers -lzip -lz -ldeflate
 * Usage: inflate_peers FILE.xlsx... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <zip.h>
#include <zlib.h>
#include <libdeflate.h>

typedef struct { unsigned char *data; size_t size; size_t inflated; unsigned long crc; } part;

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
    size_t count = 0, capacity = 1024, largest = 0;
    part *parts = malloc(capacity * sizeof *parts);
    for (int file = 1; file < argc; file++) {
        int error;
        zip_t *archive = zip_open(argv[file], ZIP_RDONLY, &error);
        if (!archive) return 1;
        for (zip_int64_t index = 0; index < zip_get_num_entries(archive, 0); index++) {
            zip_stat_t stat;
            zip_stat_index(archive, index, 0, &stat);
            if (stat.comp_method != ZIP_CM_DEFLATE || strstr(stat.name, "theme") || strstr(stat.name, "docProps/app")) continue;
            if (count == capacity) parts = realloc(parts, (capacity *= 2) * sizeof *parts);
            part *p = &parts[count++];
            p->data = malloc(stat.comp_size);
            p->size = stat.comp_size;
            p->inflated = stat.size;
            p->crc = stat.crc;
            zip_file_t *entry = zip_fopen_index(archive, index, ZIP_FL_COMPRESSED);
            if (!entry || zip_fread(entry, p->data, p->size) != (zip_int64_t)p->size) return 1;
            zip_fclose(entry);
            if (p->inflated > largest) largest = p->inflated;
        }
        zip_close(archive);
    }
    unsigned char *out = malloc(largest + 1);
    z_stream stream = {0};
    inflateInit2(&stream, -MAX_WBITS);
    struct libdeflate_decompressor *decompressor = libdeflate_alloc_decompressor();
    double best[2] = {1e9, 1e9};
    size_t bytes = 0;
    for (int round = 0; round < 5; round++) {
        double start = now();
        for (size_t i = 0; i < count; i++) {
            inflateReset(&stream);
            stream.next_in = parts[i].data;
            stream.avail_in = parts[i].size;
            stream.next_out = out;
            stream.avail_out = largest + 1;
            if (inflate(&stream, Z_FINISH) != Z_STREAM_END || crc32(0, out, stream.total_out) != parts[i].crc) return 2;
        }
        double middle = now();
        bytes = 0;
        for (size_t i = 0; i < count; i++) {
            size_t made;
            if (libdeflate_deflate_decompress(decompressor, parts[i].data, parts[i].size, out, largest + 1, &made) != LIBDEFLATE_SUCCESS
                || libdeflate_crc32(0, out, made) != parts[i].crc) return 3;
            bytes += made;
        }
        double end = now();
        if (middle - start < best[0]) best[0] = middle - start;
        if (end - middle < best[1]) best[1] = end - middle;
    }
    printf("%zu parts, %.1f MB inflated: zlib %.3f s, libdeflate %.3f s (%.2fx)\n",
           count, bytes / 1e6, best[0], best[1], best[0] / best[1]);
    return 0;
}
