/* The same 200,000 x 10 sheet written by libxlsxwriter directly from C, as the peer of
 * gongkai-writer-benchmark. Build: gcc -O2 writer_peer.c -o writer_peer -lxlsxwriter
 * Usage: writer_peer OUT.xlsx [--constant-memory] [--tmpdir DIR]
 * --tmpdir gives libxlsxwriter the scratch folder Gongkai's writer uses (/dev/shm when there is one),
 * so that both write their temporary parts under the same conditions. */
#include <stdio.h>
#include <stdint.h>
#include <string.h>
#include <xlsxwriter.h>

static uint64_t state = 2023;
static uint64_t next(void) {
    state = state * 6364136223846793005ULL + 1442695040888963407ULL;
    return state >> 33;
}

int main(int argc, char **argv) {
    if (argc < 2) return 64;
    lxw_workbook_options options = {0};
    for (int i = 2; i < argc; i++) {
        if (strcmp(argv[i], "--constant-memory") == 0) options.constant_memory = 1;
        else if (strcmp(argv[i], "--tmpdir") == 0 && i + 1 < argc) options.tmpdir = argv[++i];
    }
    lxw_workbook *workbook = workbook_new_opt(argv[1], &options);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "数据");
    lxw_format *text = workbook_add_format(workbook);
    lxw_format *amount = workbook_add_format(workbook);
    format_set_num_format(amount, "#,##0.00");
    char names[500][64], code[16];
    for (int i = 0; i < 500; i++) snprintf(names[i], sizeof names[i], "科目名称%d号测试", i);
    for (int row = 0; row < 200000; row++) {
        snprintf(code, sizeof code, "%llu", (unsigned long long)(1000000 + next() % 9000000));
        worksheet_write_string(sheet, row, 0, code, text);
        worksheet_write_string(sheet, row, 1, names[next() % 500], text);
        for (int column = 2; column < 10; column++)
            worksheet_write_number(sheet, row, column, (double)(next() % 100000000) / 100, amount);
    }
    return workbook_close(workbook) == LXW_NO_ERROR ? 0 : 1;
}
