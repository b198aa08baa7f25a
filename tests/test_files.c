/* test_files.c - reading with a cap, and atomic writes: the old file or the
 * new one, never half; links stay links; FIFOs are written, not replaced. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/files.h"

static char dir[64];

static int setup(void **state) {
  (void)state;
  strcpy(dir, "/tmp/tl-files-XXXXXX");
  return mkdtemp(dir) ? 0 : -1;
}

static int teardown(void **state) {
  (void)state;
  DIR *d = opendir(dir);
  struct dirent *e;
  char path[400];
  while (d && (e = readdir(d))) {
    if (e->d_name[0] == '.')
      continue;
    snprintf(path, sizeof path, "%s/%s", dir, e->d_name);
    unlink(path);
  }
  if (d)
    closedir(d);
  return rmdir(dir);
}

static int count_entries(void) {
  DIR *d = opendir(dir);
  int n = 0;
  struct dirent *e;
  while ((e = readdir(d)))
    n += e->d_name[0] != '.';
  closedir(d);
  return n;
}

static char *read_all(const char *path) {
  char err[256], *data;
  size_t len;
  if (tl_read_file(path, 1 << 20, &data, &len, err, sizeof err) != TL_OK)
    return NULL;
  return data;
}

static void test_replace_keeps_mode(void **state) {
  (void)state;
  char path[128], err[256];
  snprintf(path, sizeof path, "%s/a.yaml", dir);
  assert_int_equal(tl_write_file_atomic(path, "old\n", 4, err, sizeof err),
                   TL_OK);
  chmod(path, 0600);
  assert_int_equal(tl_write_file_atomic(path, "new\n", 4, err, sizeof err),
                   TL_OK);
  char *got = read_all(path);
  assert_string_equal(got, "new\n");
  free(got);
  struct stat st;
  stat(path, &st);
  assert_int_equal(st.st_mode & 0777, 0600);
  assert_int_equal(count_entries(), 1); /* no temporary file left */
}

static void test_symlink_stays_a_link(void **state) {
  (void)state;
  char target[128], link[128], err[256];
  snprintf(target, sizeof target, "%s/real.yaml", dir);
  snprintf(link, sizeof link, "%s/link.yaml", dir);
  assert_int_equal(tl_write_file_atomic(target, "v1", 2, err, sizeof err),
                   TL_OK);
  assert_int_equal(symlink(target, link), 0);
  assert_int_equal(tl_write_file_atomic(link, "v2", 2, err, sizeof err), TL_OK);
  struct stat st;
  lstat(link, &st);
  assert_true(S_ISLNK(st.st_mode));
  char *got = read_all(target);
  assert_string_equal(got, "v2");
  free(got);
}

static void test_fifo_is_written_not_replaced(void **state) {
  (void)state;
  char fifo[128], err[256];
  snprintf(fifo, sizeof fifo, "%s/pipe", dir);
  assert_int_equal(mkfifo(fifo, 0600), 0);
  /* A reader must be present for the writer's open to succeed. */
  int rd = open(fifo, O_RDONLY | O_NONBLOCK);
  assert_true(rd >= 0);
  assert_int_equal(tl_write_file_atomic(fifo, "through", 7, err, sizeof err),
                   TL_OK);
  char buf[16] = {0};
  assert_int_equal(read(rd, buf, sizeof buf), 7);
  assert_string_equal(buf, "through");
  close(rd);
  struct stat st;
  assert_int_equal(lstat(fifo, &st), 0);
  assert_true(S_ISFIFO(st.st_mode));
}

static void test_errors(void **state) {
  (void)state;
  char path[128], err[256];
  assert_int_equal(tl_write_file_atomic(dir, "x", 1, err, sizeof err),
                   TL_ERR_IO);
  assert_non_null(strstr(err, "it is a directory"));
  snprintf(path, sizeof path, "%s/no-such-dir/a.yaml", dir);
  assert_int_equal(tl_write_file_atomic(path, "x", 1, err, sizeof err),
                   TL_ERR_IO);
  assert_non_null(strstr(err, "No such file or directory"));
  assert_int_equal(count_entries(), 0);
}

static void test_read_limits(void **state) {
  (void)state;
  char path[128], err[256], *data;
  size_t len;
  snprintf(path, sizeof path, "%s/big", dir);
  FILE *f = fopen(path, "wb");
  for (int i = 0; i < 1000; i++)
    fputs("0123456789", f);
  fclose(f);
  assert_int_equal(tl_read_file(path, 10000, &data, &len, err, sizeof err),
                   TL_OK);
  assert_int_equal(len, 10000);
  assert_int_equal(data[len], '\0');
  free(data);
  assert_int_equal(tl_read_file(path, 9999, &data, &len, err, sizeof err),
                   TL_ERR_LIMIT);
  assert_null(data);
  assert_non_null(strstr(err, "larger than the limit of 9999 bytes"));
  assert_int_equal(tl_read_file(dir, 100, &data, &len, err, sizeof err),
                   TL_ERR_IO);
  assert_non_null(strstr(err, "it is a directory"));
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_replace_keeps_mode, setup, teardown),
      cmocka_unit_test_setup_teardown(test_symlink_stays_a_link, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_fifo_is_written_not_replaced, setup,
                                      teardown),
      cmocka_unit_test_setup_teardown(test_errors, setup, teardown),
      cmocka_unit_test_setup_teardown(test_read_limits, setup, teardown),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
