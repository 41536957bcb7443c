/*
 * lu.c - the terminal across a live update: everything it knows is its
 * state record, so that the new version goes on where the old one
 * stopped.  The screen itself is VGA or framebuffer memory, which
 * outlives both (the new version maps it again); the record holds where the cursor is, the
 * line being typed and the input not read yet, the terminal's settings,
 * the read waiting for input and the requests job control holds, the
 * VTIME timer, a select waiting, and the keyboard's modifier keys.
 * What the old version asked of the kernel (its interrupt hooks, its
 * alarm) stays with the endpoint, which the new version takes over.
 *
 * The layout is this version's structures as they are: a new version
 * with other structures says so with another version number and reads
 * this one's itself, or refuses it.
 *
 * Entry points: tty_lu_save(), tty_lu_restore().
 */
#include "tty.h"

#define TTY_RECORD_V1	1

struct tty_record {
	struct tty r_tty;
	struct screen_state r_screen;
	struct kbd_state r_kbd;
	bool r_serial;
};

int tty_lu_save(int state, uint32_t *version)
{
	struct tty_record rec;

	*version = TTY_RECORD_V1;
	rec.r_tty = console_tty;
	screen_get(&rec.r_screen);
	kbd_get(&rec.r_kbd);
	rec.r_serial = rs_present();
	return sef_lu_put(&rec, sizeof(rec));
}

int tty_lu_restore(uint32_t version, size_t len)
{
	struct tty_record rec;
	int r;

	if (version != TTY_RECORD_V1 || len != sizeof(rec))
		return -ENOTSUP;
	if ((r = sef_lu_get(&rec, sizeof(rec))) != OK)
		return r;
	console_tty = rec.r_tty;
	screen_set(&rec.r_screen);
	kbd_set(&rec.r_kbd);
	rs_set_present(rec.r_serial);
	return OK;
}
