/*
 * ex.c - vi: the commands typed after ':'.
 *
 *	:w [file]	write the text (to file, which becomes its name)
 *	:q		quit, unless there are unwritten changes
 *	:q!		quit anyway
 *	:wq, :x		write (:x only if changed) and quit
 *	:N, :$		go to line N, or the last
 *
 * Entry point: ex_command.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "vi.h"

static int write_file(const char *name)
{
	size_t bytes = 0;

	if (name != NULL && *name != '\0') {
		free(ed.file);
		ed.file = strdup(name);
	}
	if (ed.file == NULL) {
		message("No file name");
		return -1;
	}
	if (file_save(ed.file) < 0) {
		message("\"%s\" %s", ed.file, strerror(errno));
		return -1;
	}
	for (size_t i = 0; i < ed.nlines; i++)
		bytes += line_at(i)->len + 1;
	ed.modified = 0;
	message("\"%s\" %zuL, %zuC written", ed.file, ed.nlines, bytes);
	return 0;
}

static void go_line(const char *cmd)
{
	char *end;
	unsigned long n = strtoul(cmd, &end, 10);

	if (*end != '\0') {
		message("Not an editor command: %s", cmd);
		return;
	}
	ed.row = n == 0 ? 0 : n > ed.nlines ? ed.nlines - 1 : n - 1;
	ed.col = 0;
	cursor_fix(0);
}

void ex_command(const char *cmd)
{
	const char *arg;

	while (*cmd == ' ' || *cmd == ':')
		cmd++;
	arg = cmd + strcspn(cmd, " ");
	while (*arg == ' ')
		arg++;
	if (*cmd == '\0')
		return;
	if (strcmp(cmd, "q") == 0) {
		if (ed.modified)
			message("No write since last change (add ! to "
			    "override)");
		else
			ed.quit = 1;
	} else if (strcmp(cmd, "q!") == 0) {
		ed.quit = 1;
	} else if (strncmp(cmd, "wq", 2) == 0 && (cmd[2] == '\0' ||
	    cmd[2] == ' ')) {
		ed.quit = write_file(arg) == 0;
	} else if (strcmp(cmd, "x") == 0) {
		ed.quit = !ed.modified || write_file(NULL) == 0;
	} else if (cmd[0] == 'w' && (cmd[1] == '\0' || cmd[1] == ' ' ||
	    (cmd[1] == '!' && (cmd[2] == '\0' || cmd[2] == ' ')))) {
		(void) write_file(arg);
	} else if (strcmp(cmd, "$") == 0) {
		ed.row = ed.nlines - 1;
		cursor_fix(0);
	} else if (*cmd >= '0' && *cmd <= '9') {
		go_line(cmd);
	} else {
		message("Not an editor command: %s", cmd);
	}
}
