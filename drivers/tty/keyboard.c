/*
 * keyboard.c - the PS/2 keyboard: scan code set 1, US layout, with
 * shift, control and caps lock; the arrow keys send the ANSI sequences a
 * terminal would.
 */
#include <string.h>
#include "tty.h"

#define KBD_DATA	0x60
#define KBD_STATUS	0x64
#define STATUS_FULL	0x01
#define RELEASE		0x80
#define EXTENDED	0xE0

#define SC_LSHIFT	0x2A
#define SC_RSHIFT	0x36
#define SC_CTRL		0x1D
#define SC_CAPS		0x3A
#define SC_ALT		0x38

static int hook = KBD_HOOK;
static bool shift, ctrl, caps, extended;

static const char plain[128] = {
	0, 0x1B, '1', '2', '3', '4', '5', '6', '7', '8', '9', '0', '-', '=',
	0x7F, '\t', 'q', 'w', 'e', 'r', 't', 'y', 'u', 'i', 'o', 'p', '[', ']',
	'\r', 0, 'a', 's', 'd', 'f', 'g', 'h', 'j', 'k', 'l', ';', '\'', '`',
	0, '\\', 'z', 'x', 'c', 'v', 'b', 'n', 'm', ',', '.', '/', 0, '*',
	0, ' ',
};

static const char shifted[128] = {
	0, 0x1B, '!', '@', '#', '$', '%', '^', '&', '*', '(', ')', '_', '+',
	0x7F, '\t', 'Q', 'W', 'E', 'R', 'T', 'Y', 'U', 'I', 'O', 'P', '{', '}',
	'\r', 0, 'A', 'S', 'D', 'F', 'G', 'H', 'J', 'K', 'L', ':', '"', '~',
	0, '|', 'Z', 'X', 'C', 'V', 'B', 'N', 'M', '<', '>', '?', 0, '*',
	0, ' ',
};

/* The modifier keys' state, for a live update's new version. */
void kbd_get(struct kbd_state *k)
{
	k->k_shift = shift;
	k->k_ctrl = ctrl;
	k->k_caps = caps;
	k->k_extended = extended;
}

void kbd_set(const struct kbd_state *k)
{
	shift = k->k_shift;
	ctrl = k->k_ctrl;
	caps = k->k_caps;
	extended = k->k_extended;
}

int kbd_init(void)
{
	uint32_t status, junk;
	int r;

	if ((r = sys_irqsetpolicy(KBD_IRQ, IRQ_REENABLE, &hook)) != OK)
		return r;
	while (sys_inb(KBD_STATUS, &status) == OK && (status & STATUS_FULL))
		sys_inb(KBD_DATA, &junk);	/* drop stale scan codes */
	return OK;
}

/* Arrows and the like: ESC [ A ... */
static void extended_key(uint8_t code)
{
	static const struct { uint8_t code; const char *seq; } keys[] = {
		{ 0x48, "\033[A" }, { 0x50, "\033[B" }, { 0x4D, "\033[C" },
		{ 0x4B, "\033[D" }, { 0x47, "\033[H" }, { 0x4F, "\033[F" },
		{ 0x53, "\033[3~" }, { 0x1C, "\r" },
	};
	size_t i;

	for (i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		if (keys[i].code == code)
			tty_input(&console_tty, keys[i].seq, strlen(keys[i].seq));
}

static void key(uint8_t code)
{
	bool release = code & RELEASE;
	char c;

	code &= ~RELEASE;
	if (code == SC_LSHIFT || code == SC_RSHIFT) {
		shift = !release;
		return;
	}
	if (code == SC_CTRL) {
		ctrl = !release;
		return;
	}
	if (release || code == SC_ALT)
		return;
	if (code == SC_CAPS) {
		caps = !caps;
		return;
	}
	if (extended) {
		extended_key(code);
		return;
	}
	c = shift ? shifted[code] : plain[code];
	if (caps && c >= 'a' && c <= 'z')
		c -= 'a' - 'A';
	else if (caps && c >= 'A' && c <= 'Z' && shift)
		c += 'a' - 'A';
	if (ctrl && c != 0)
		c &= 0x1F;
	if (c != 0)
		tty_input(&console_tty, &c, 1);
}

void kbd_interrupt(void)
{
	uint32_t status, code;

	while (sys_inb(KBD_STATUS, &status) == OK && (status & STATUS_FULL)) {
		sys_inb(KBD_DATA, &code);
		if (code == EXTENDED) {
			extended = true;
			continue;
		}
		key((uint8_t) code);
		extended = false;
	}
}
