/*
 * test_stdio.c - streams over the fake files: opening modes, reading and
 * writing blocks, lines and characters, seeking, ungetc(), the three
 * buffering modes and the defaults (line for terminals, full for files,
 * none for stderr), errors, perror(), exit() flushing, and the writer
 * callback extension.
 */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "harness.h"
#include "rs.h"

static const char *file_text(const char *name)
{
	const char *d = fake_file_data(name, NULL);

	return d != NULL ? d : "(no file)";
}

static void test_open(void)
{
	rs_FILE *f;

	rs_errno = 0;
	f = rs_fopen("missing", "r");
	t_check("fopen missing file", f == NULL && rs_errno == RS_ENOENT,
	    "errno %d", rs_errno);
	rs_errno = 0;
	t_check("fopen bad mode", rs_fopen("x", "q") == NULL &&
	    rs_errno == RS_EINVAL, "errno %d", rs_errno);
	f = rs_fopen("a.txt", "w");
	rs_fputs("hello\n", f);
	t_str("nothing written before fclose", file_text("a.txt"), "");
	t_int("fclose", rs_fclose(f), 0);
	t_str("fopen w, fputs, fclose", file_text("a.txt"), "hello\n");
	t_int("fclose closes the descriptor", fake_open_fds(), 0);
	f = rs_fopen("a.txt", "a");
	rs_fprintf(f, "%s\n", "world");
	rs_fclose(f);
	t_str("fopen a appends", file_text("a.txt"), "hello\nworld\n");
	f = rs_fopen("a.txt", "w");
	rs_fclose(f);
	t_str("fopen w truncates", file_text("a.txt"), "");
	rs_errno = 0;
	t_check("fopen x on existing", rs_fopen("a.txt", "wx") == NULL &&
	    rs_errno == RS_EEXIST, "errno %d", rs_errno);
	f = rs_fopen("b.txt", "wx");
	t_check("fopen x creates", f != NULL, "NULL");
	rs_fclose(f);
}

static void test_read(void)
{
	static const char text[] = "line one\nline two\nlast";
	char buf[64], *line = NULL;
	size_t cap = 0;
	rs_FILE *f;
	long n;
	int c;

	fake_file_put("r.txt", text, strlen(text));
	f = rs_fopen("r.txt", "r");
	t_str("fgets first line", rs_fgets(buf, sizeof(buf), f), "line one\n");
	t_str("fgets short buffer", rs_fgets(buf, 5, f), "line");
	t_str("fgets rest of line", rs_fgets(buf, sizeof(buf), f), " two\n");
	t_str("fgets last line without newline", rs_fgets(buf, sizeof(buf), f),
	    "last");
	t_check("fgets at end", rs_fgets(buf, sizeof(buf), f) == NULL &&
	    rs_feof(f), "feof %d", rs_feof(f));
	t_int("fgetc at end", rs_fgetc(f), RS_EOF);
	rs_rewind(f);
	t_check("rewind clears EOF", !rs_feof(f) && rs_fgetc(f) == 'l', "no");
	t_int("ungetc", rs_ungetc('X', f), 'X');
	t_int("read back pushed char", rs_fgetc(f), 'X');
	t_int("then the stream goes on", rs_fgetc(f), 'i');
	rs_ungetc('2', f);
	rs_ungetc('1', f);
	t_check("two ungetc, last first", rs_fgetc(f) == '1' &&
	    rs_fgetc(f) == '2', "wrong order");
	t_int("ungetc EOF fails", rs_ungetc(RS_EOF, f), RS_EOF);
	rs_fseek(f, 0, 0);
	n = rs_getline(&line, &cap, f);
	t_check("getline", n == 9 && strcmp(line, "line one\n") == 0,
	    "n=%ld", n);
	n = rs_getdelim(&line, &cap, ' ', f);
	t_check("getdelim", n == 5 && strcmp(line, "line ") == 0, "n=%ld", n);
	rs_fseek(f, -4, 2);
	t_check("fseek from end", rs_fgetc(f) == 'l' && rs_ftell(f) == 19,
	    "ftell %ld", rs_ftell(f));
	rs_fseek(f, 2, 1);
	c = rs_fgetc(f);
	t_check("fseek from here", c == 't', "got %c", c);
	while (rs_fgetc(f) != RS_EOF)
		;
	rs_ungetc('!', f);
	t_check("ungetc clears EOF", !rs_feof(f) && rs_fgetc(f) == '!', "no");
	rs_fclose(f);
	rs_free(line);
}

static void test_blocks(void)
{
	static char big[10000], back[10000];
	rs_FILE *f;
	size_t n;
	int ok = 1;

	for (int i = 0; i < 10000; i++)
		big[i] = (char) (i * 13 + i / 256);
	f = rs_fopen("bin", "w+");
	n = rs_fwrite(big, 100, 100, f);
	t_int("fwrite returns items", (long long) n, 100);
	rs_fseek(f, 0, 0);
	fake_set_read_chunk(7);		/* short reads, like a pipe */
	n = rs_fread(back, 1, 10000, f);
	t_check("fread through short reads", n == 10000 &&
	    memcmp(big, back, 10000) == 0, "n=%zu", n);
	rs_fseek(f, 5000, 0);
	n = rs_fread(back, 3, 1000, f);
	t_check("fread partial items", n == 1000 && memcmp(back, big + 5000,
	    3000) == 0, "n=%zu", n);
	n = rs_fread(back, 1000, 10, f);
	t_check("fread stops at end", n == 2 && rs_feof(f), "n=%zu", n);
	fake_set_read_chunk((size_t) -1);
	rs_fseek(f, 10, 0);
	rs_fputs("XYZ", f);
	rs_fseek(f, 8, 0);
	n = rs_fread(back, 1, 6, f);
	t_check("write after seek, then read", n == 6 &&
	    memcmp(back, big + 8, 2) == 0 && memcmp(back + 2, "XYZ", 3) == 0,
	    "n=%zu", n);
	t_int("ftell while reading", rs_ftell(f), 14);
	rs_fputc('!', f);
	t_int("ftell while writing", rs_ftell(f), 15);
	rs_fclose(f);
	ok = file_text("bin")[14] == '!';
	t_check("switching from reading to writing", ok, "byte 14 is %d",
	    file_text("bin")[14]);
}

static void test_modes(void)
{
	char mybuf[16];
	rs_FILE *f;

	fake_clear_output();
	rs_printf("prompt: ");
	t_int("stdout on a terminal waits for a newline", fake_write_calls(1), 0);
	rs_printf("done\nmore");
	t_check("stdout on a terminal writes at a newline",
	    fake_write_calls(1) == 1 && strcmp(fake_output(1),
	    "prompt: done\nmore") == 0, "%d writes, \"%s\"",
	    fake_write_calls(1), fake_output(1));
	rs_fflush(rs_stdout);

	fake_clear_output();
	rs_fputs("ab", rs_stderr);
	rs_fputc('c', rs_stderr);
	t_int("stderr is unbuffered", fake_write_calls(2), 2);

	fake_set_tty(1, 0);
	fake_clear_output();
	f = rs_fdopen(1, "w");
	for (int i = 0; i < 100; i++)
		rs_fputs("line\n", f);
	t_int("a file is fully buffered", fake_write_calls(1), 0);
	for (int i = 0; i < 200; i++)
		rs_fputs("line\n", f);
	t_int("a full buffer is written", fake_write_calls(1), 1);
	rs_fflush(f);
	t_int("fflush writes the rest", (long long) strlen(fake_output(1)),
	    300 * 5);

	fake_clear_output();
	rs_setvbuf(f, mybuf, RS_IOFBF, sizeof(mybuf));
	rs_fputs("0123456789abcdefXYZ", f);
	t_check("setvbuf with a small buffer", fake_write_calls(1) == 1,
	    "%d writes", fake_write_calls(1));
	rs_setvbuf(f, NULL, RS_IONBF, 0);
	fake_clear_output();
	rs_fputc('a', f);
	rs_fputc('b', f);
	t_check("setvbuf _IONBF", fake_write_calls(1) == 2 &&
	    strcmp(fake_output(1), "ab") == 0, "%d writes \"%s\"",
	    fake_write_calls(1), fake_output(1));
	rs_setvbuf(f, NULL, RS_IOLBF, 0);
	fake_clear_output();
	rs_fputs("x\ny", f);
	t_str("setvbuf _IOLBF", fake_output(1), "x\ny");
	t_int("setvbuf bad mode", rs_setvbuf(f, NULL, 7, 0) != 0, 1);
	fake_set_tty(1, 1);
	fake_clear_output();
	rs_FILE *g = rs_fdopen(1, "w");
	rs_fputs("tty\n", g);
	t_str("a stream on a terminal is line buffered", fake_output(1), "tty\n");
	rs_fputs("tail", g);
	rs_fputs("tail", f);
	rs_fflush(NULL);
	t_str("fflush(NULL) flushes every stream", fake_output(1),
	    "tty\ntailtail");
}

static void test_stdin(void)
{
	char buf[32];

	fake_set_tty(0, 1);
	fake_set_stdin("first\nsecond\n");
	fake_clear_output();
	rs_printf("name? ");
	t_str("reading stdin flushes the prompt",
	    rs_fgets(buf, sizeof(buf), rs_stdin), "first\n");
	t_str("prompt written", fake_output(1), "name? ");
	t_int("getchar", rs_getchar(), 's');
	rs_fgets(buf, sizeof(buf), rs_stdin);
	t_int("EOF on stdin", rs_getchar(), RS_EOF);
	fake_set_stdin("again");
	t_int("EOF stays until clearerr", rs_getchar(), RS_EOF);
	rs_clearerr(rs_stdin);
	t_int("clearerr lets reading resume", rs_getchar(), 'a');
}

static void test_errors(void)
{
	rs_FILE *f;

	fake_file_put("ro", "data", 4);
	f = rs_fopen("ro", "r");
	t_check("writing a read-only stream fails",
	    rs_fputc('x', f) == RS_EOF && rs_ferror(f), "no error");
	rs_clearerr(f);
	t_int("clearerr", rs_ferror(f), 0);
	rs_fclose(f);
	f = rs_fopen("wo", "w");
	t_check("reading a write-only stream fails",
	    rs_fgetc(f) == RS_EOF && rs_ferror(f), "no error");
	rs_fclose(f);

	f = rs_fdopen(1, "w");
	fake_fail_writes(1, 1);
	rs_fputs("lost", f);
	t_check("a failed write shows in fflush and ferror",
	    rs_fflush(f) == RS_EOF && rs_ferror(f), "no error");
	fake_fail_writes(1, 0);
	fake_clear_output();
	rs_errno = 2;
	rs_perror("open");
	t_str("perror", fake_output(2), "open: No such file or directory\n");
	fake_clear_output();
	rs_errno = 22;
	rs_perror(NULL);
	t_str("perror without prefix", fake_output(2), "Invalid argument\n");
}

static rs_ssize_t collect(void *cookie, const char *buf, size_t n)
{
	strncat(cookie, buf, n);
	return (rs_ssize_t) n;
}

static void test_writer(void)
{
	char got[128] = "";
	rs_FILE *f = rs_fdopen(1, "w");

	fake_clear_output();
	rs___stdio_set_writer(f, collect, got);
	rs_fprintf(f, "to the %s\n", "console");
	rs_fflush(f);
	t_check("__stdio_set_writer diverts output", strcmp(got,
	    "to the console\n") == 0 && fake_write_calls(1) == 0,
	    "got \"%s\", %d writes", got, fake_write_calls(1));
	rs___stdio_set_writer(f, NULL, NULL);
	rs_fputs("back\n", f);
	rs_fflush(f);
	t_str("NULL writer goes back to write()", fake_output(1), "back\n");
}

/* A stream given a writer before its first use is a console: it writes
 * at each newline, without asking isatty() (a message to VFS). */
static void test_writer_console(void)
{
	char got[128] = "";
	rs_FILE *f = rs_fopen("console", "w");
	int asked = fake_isatty_calls();

	rs___stdio_set_writer(f, collect, got);
	rs_fputs("ab", f);
	t_str("writer stream holds a partial line", got, "");
	rs_fputs("c\n", f);
	t_str("writer stream is line-buffered", got, "abc\n");
	rs_fputs("d", f);
	t_int("writer stream does not call isatty", fake_isatty_calls(),
	    asked);
	rs_fclose(f);
	t_str("writer stream flushed at fclose", got, "abc\nd");
}

static void test_reopen(void)
{
	rs_FILE *f = rs_freopen("redirected", "w", rs_stdout);

	t_check("freopen stdout", f == rs_stdout, "other stream");
	rs_printf("into the file\n");
	rs_fflush(rs_stdout);
	t_str("output lands in the new file", file_text("redirected"),
	    "into the file\n");
}

static int order[4], norder;

static void first(void)  { order[norder++] = 1; }
static void second(void) { order[norder++] = 2; }

static void test_exit(void)
{
	jmp_buf jb;
	rs_FILE *f = rs_fopen("at_exit", "w");

	rs_atexit(first);
	rs_atexit(second);
	rs_fputs("pending", f);
	fake_exit_jump = &jb;
	if (setjmp(jb) == 0)
		rs_exit(3);
	fake_exit_jump = NULL;
	t_check("exit runs atexit handlers newest first", norder == 2 &&
	    order[0] == 2 && order[1] == 1, "order %d %d (%d)", order[0],
	    order[1], norder);
	t_str("exit flushes streams", file_text("at_exit"), "pending");
	t_int("exit status reaches _exit", fake_exit_status, 3);
}

int main(void)
{
	fake_files_reset();
	fake_set_tty(1, 1);		/* before stdout's first use */
	fake_set_tty(0, 0);
	test_open();
	test_read();
	test_blocks();
	test_modes();
	test_stdin();
	test_errors();
	test_writer();
	test_writer_console();
	test_reopen();
	test_exit();
	return t_done();
}
