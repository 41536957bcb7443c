/*
 * tty.h - the terminal driver's declarations.
 *
 * One terminal (the console) whose output goes to the screen (VGA text,
 * or a framebuffer under UEFI) and the first serial port, and whose input comes from the PS/2 keyboard and
 * the serial port.  /dev/console (minor 0) and /dev/tty00 (minor 16)
 * name it.  The line discipline (canonical editing, echo, signals) is
 * termios-driven.
 */
#ifndef _TTY_TTY_H
#define _TTY_TTY_H

#include <stdbool.h>
#include <limits.h>
#include <termios.h>
#include <minix/syslib.h>
#include <minix/driver.h>

#define TTY_IN_SIZE	MAX_INPUT	/* input not yet read */
#define TTY_LINE_MAX	MAX_CANON	/* a canonical line */
#define TTY_HELD	4	/* requests from background groups, held */

/* A read, write or ioctl waiting to be answered (req.dr_type says
 * which). */
struct tty_io {
	struct driver_req req;		/* req.dr_pgrp: the caller's group */
	endpoint_t owner;
	cp_grant_id_t grant;
	size_t count;			/* bytes; an ioctl's request */
};

struct tty {
	struct termios t_termios;
	struct winsize t_winsize;
	int t_pgrp;			/* foreground process group */

	char t_in[TTY_IN_SIZE];		/* typed characters, processed */
	size_t t_in_head, t_in_count;
	size_t t_lines;			/* complete lines in t_in (canonical) */
	size_t t_col;			/* where the cursor is, for erase */

	bool t_reading;			/* a read is waiting */
	struct tty_io t_read;		/* ... this one */
	bool t_held_used[TTY_HELD];
	struct tty_io t_held[TTY_HELD]; /* from background groups: SIGTTIN
					 * or SIGTTOU sent, held until their
					 * group is given the terminal */

	bool t_timer_on;		/* VTIME: a read's timer runs */
	uint32_t t_deadline;		/* ... until this tick */
	bool t_timed_out;		/* ... and has run out */

	unsigned t_sel_ops;		/* select: CDEV_OP_* to tell of */
	unsigned t_sel_names;		/* ... for which minors (bits) */
	endpoint_t t_sel_watcher;	/* ... to whom (VFS) */

	int t_open_count;
};

extern struct tty console_tty;

/* tty.c */
void tty_input(struct tty *tp, const char *buf, size_t n);
void tty_output(struct tty *tp, const char *buf, size_t n);
ssize_t tty_write(struct tty *tp, const struct tty_io *wr);
int tty_control(struct tty *tp, const struct tty_io *io);

/* read.c */
bool tty_readable(struct tty *tp);
ssize_t tty_read(struct tty *tp, const struct tty_io *rd, int flags);
bool tty_wait_read(struct tty *tp, const struct tty_io *rd);
void tty_finish_read(struct tty *tp);
struct tty_io tty_unwait_read(struct tty *tp);
void tty_cancel_read(struct tty *tp, uint32_t id);
void tty_input_came(struct tty *tp);
void tty_alarm(uint32_t stamp);

/* jobctl.c */
bool tty_in_background(const struct tty *tp, const struct driver_req *req);
ssize_t tty_background_read(struct tty *tp, const struct tty_io *rd,
	int flags);
ssize_t tty_background_change(struct tty *tp, const struct tty_io *io,
	int flags);
void tty_set_foreground(struct tty *tp, pid_t pgrp);
void tty_release_held(struct tty *tp);
void tty_cancel_held(struct tty *tp, uint32_t id);

/* A screen the console draws on (vgatext.c, fbcon.c): a grid of
 * character cells, cell i at row i / d_cols.  attr is a PC text mode
 * attribute (background << 4 | foreground). */
struct display {
	int d_rows, d_cols;
	void (*d_put)(int row, int col, unsigned char c, uint8_t attr);
	void (*d_clear)(int from, int to, uint8_t attr);  /* cells [from, to) */
	void (*d_scroll)(uint8_t attr);		/* up a row, the last blank */
	void (*d_cursor)(int row, int col);	/* -1: off while drawing */
};

/* screen.c */
#define SCREEN_MAX_PARAMS	4
struct screen_state {			/* the cursor, an escape sequence */
	int v_row, v_col;
	int v_escape;
	int v_params[SCREEN_MAX_PARAMS], v_nparams;
};
int screen_init(void);
int screen_map(void);
void screen_size(int *rows, int *cols);
void screen_kernel_news(void);
void screen_get(struct screen_state *v);
void screen_set(const struct screen_state *v);
void screen_write(const char *buf, size_t n);

/* vgatext.c */
extern const struct display vgatext_display;
int vgatext_open(bool fresh, int *row, int *col);

/* fbcon.c */
struct fb_info;
extern struct display fbcon_display;
int fbcon_open(const struct fb_info *fbi, bool fresh);

/* keyboard.c */
struct kbd_state {			/* the modifier keys */
	bool k_shift, k_ctrl, k_caps, k_extended;
};
int kbd_init(void);
void kbd_get(struct kbd_state *k);
void kbd_set(const struct kbd_state *k);
void kbd_interrupt(void);

/* rs232.c */
int rs_init(bool fresh);
bool rs_present(void);
void rs_set_present(bool there);
void rs_write(const char *buf, size_t n);
void rs_interrupt(void);

/* lu.c: a live update carries the terminal over. */
int tty_lu_save(int state, uint32_t *version);
int tty_lu_restore(uint32_t version, size_t len);

#define KBD_IRQ		1
#define RS232_IRQ	4
#define KBD_HOOK	0	/* bits in the HARDWARE notification */
#define RS232_HOOK	1

#endif
