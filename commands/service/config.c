/*
 * config.c - reading etc/system.conf (format: see the file's header).
 *
 * Every service gets the basic privileges; its entry adds to them.  A
 * malformed entry is refused with the file and line named.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdbool.h>
#include "service.h"

static const char *const call_names[] = {
#define _KCALL_NAME(NAME, name) #NAME,
	KERNEL_CALL_LIST(_KCALL_NAME)
#undef _KCALL_NAME
};

static const int basic_calls[] = {
	SYS_GETINFO, SYS_TIMES, SYS_SETALARM, SYS_SETGRANT, SYS_SAFECOPYFROM,
	SYS_SAFECOPYTO, SYS_DIAGCTL, SYS_MEMMAP, SYS_EXIT, SYS_STATECTL,
};

static const char *const basic_ipc[] = { "rs", "ds", "pm", "vfs" };

static const char *file_name;
static int line_no;

void base_privileges(struct rs_start *rs)
{
	struct priv_desc *d = &rs->rss_priv;
	size_t i;

	memset(d, 0, sizeof(*d));
	d->pd_trap_mask = IPC_TRAP_MASK_ALL;
	d->pd_queue = 5;
	d->pd_quantum = 10;
	for (i = 0; i < sizeof(basic_calls) / sizeof(basic_calls[0]); i++)
		SET_BIT(d->pd_k_calls, basic_calls[i] - KERNEL_CALL);
	rs->rss_nr_ipc = 0;
	for (i = 0; i < sizeof(basic_ipc) / sizeof(basic_ipc[0]); i++)
		strcpy(rs->rss_ipc[rs->rss_nr_ipc++], basic_ipc[i]);
}

static int bad(const char *what, const char *word)
{
	fprintf(stderr, "service: %s:%d: %s '%s'\n", file_name, line_no, what,
		word);
	return -1;
}

static int add_call(struct rs_start *rs, const char *word)
{
	size_t i;

	for (i = 0; i < sizeof(call_names) / sizeof(call_names[0]); i++) {
		if (strcmp(call_names[i], word) == 0) {
			SET_BIT(rs->rss_priv.pd_k_calls, i);
			return 0;
		}
	}
	return bad("unknown kernel call", word);
}

static int add_ipc(struct rs_start *rs, const char *word)
{
	if (rs->rss_nr_ipc == RS_MAX_IPC || strlen(word) >= RS_LABEL_LEN)
		return bad("too many IPC targets at", word);
	strcpy(rs->rss_ipc[rs->rss_nr_ipc++], word);
	return 0;
}

/* "BASE:COUNT" in hex. */
static int range(const char *word, unsigned long *base, unsigned long *count)
{
	char *end;

	*base = strtoul(word, &end, 16);
	if (*end != ':' || end == word)
		return -1;
	*count = strtoul(end + 1, &end, 16);
	return *end != '\0' || *count == 0 ? -1 : 0;
}

static int add_io(struct rs_start *rs, const char *word)
{
	struct priv_desc *d = &rs->rss_priv;
	unsigned long base, count;

	if (range(word, &base, &count) < 0 || base + count - 1 > 0xFFFF)
		return bad("bad port range", word);
	if (d->pd_nr_io == NR_IO_RANGE)
		return bad("too many port ranges at", word);
	d->pd_io[d->pd_nr_io].ior_base = base;
	d->pd_io[d->pd_nr_io++].ior_limit = base + count - 1;
	return 0;
}

static int add_mem(struct rs_start *rs, const char *word)
{
	struct priv_desc *d = &rs->rss_priv;
	unsigned long base, size;

	if (range(word, &base, &size) < 0)
		return bad("bad memory range", word);
	if (d->pd_nr_mem == NR_MEM_RANGE)
		return bad("too many memory ranges at", word);
	d->pd_mem[d->pd_nr_mem].mr_base = base;
	d->pd_mem[d->pd_nr_mem++].mr_limit = base + size - 1;
	return 0;
}

static int number(const char *word, unsigned long max, unsigned long *v)
{
	char *end;

	*v = strtoul(word, &end, 0);
	return *end != '\0' || end == word || *v > max ? -1 : 0;
}

static int add_irq(struct rs_start *rs, const char *word)
{
	struct priv_desc *d = &rs->rss_priv;
	unsigned long irq;

	if (number(word, 15, &irq) < 0)
		return bad("bad IRQ", word);
	if (d->pd_nr_irq == NR_IRQ)
		return bad("too many IRQs at", word);
	d->pd_irq[d->pd_nr_irq++] = irq;
	return 0;
}

/* "VID:DID" in hex. */
static int add_pci_device(struct rs_pci_acl *acl, const char *word)
{
	unsigned long vid, did;
	char *end;

	vid = strtoul(word, &end, 16);
	if (*end != ':' || end == word || vid > 0xFFFF)
		return bad("bad PCI device", word);
	did = strtoul(end + 1, &end, 16);
	if (*end != '\0' || did > 0xFFFF)
		return bad("bad PCI device", word);
	if (acl->nr_id == RS_MAX_PCI)
		return bad("too many PCI devices at", word);
	acl->id[acl->nr_id].vid = vid;
	acl->id[acl->nr_id++].did = did;
	return 0;
}

/* "CC", "CC/SS" or "CC/SS/PI" in hex: a class, a subclass of it, or
 * one programming interface of that. */
static int add_pci_class(struct rs_pci_acl *acl, const char *word)
{
	uint32_t code = 0, mask = 0;
	const char *p = word;
	unsigned long v;
	char *end;
	int shift;

	for (shift = 16; shift >= 0; shift -= 8) {
		v = strtoul(p, &end, 16);
		if (end == p || v > 0xFF)
			return bad("bad PCI class", word);
		code |= v << shift;
		mask |= 0xFFu << shift;
		if (*end == '\0')
			break;
		if (*end != '/' || shift == 0)
			return bad("bad PCI class", word);
		p = end + 1;
	}
	if (acl->nr_class == RS_MAX_PCI)
		return bad("too many PCI classes at", word);
	acl->class[acl->nr_class].code = code;
	acl->class[acl->nr_class++].mask = mask;
	return 0;
}

/* "pci device VID:DID...;" or "pci class CC/SS...;": the service may
 * use those devices, and talk to the PCI bus driver. */
static int pci_statement(struct rs_start *rs, char **words, int n)
{
	int i, r = 0;

	if (n < 3 || (strcmp(words[1], "device") != 0 &&
	    strcmp(words[1], "class") != 0))
		return bad("expected 'device' or 'class' after",  "pci");
	for (i = 2; i < n && r == 0; i++)
		r = words[1][0] == 'd' ? add_pci_device(&rs->rss_pci, words[i])
			: add_pci_class(&rs->rss_pci, words[i]);
	for (i = 0; i < rs->rss_nr_ipc; i++)
		if (strcmp(rs->rss_ipc[i], "pci") == 0)
			return r;
	return r == 0 ? add_ipc(rs, "pci") : r;
}

/* One "key value...;" statement of an entry. */
static int statement(struct rs_start *rs, char **words, int n)
{
	unsigned long v;
	int i, r = 0;

	if (strcmp(words[0], "pci") == 0)
		return pci_statement(rs, words, n);
	for (i = 1; i < n && r == 0; i++) {
		if (strcmp(words[0], "system") == 0)
			r = add_call(rs, words[i]);
		else if (strcmp(words[0], "ipc") == 0)
			r = add_ipc(rs, words[i]);
		else if (strcmp(words[0], "io") == 0)
			r = add_io(rs, words[i]);
		else if (strcmp(words[0], "irq") == 0)
			r = add_irq(rs, words[i]);
		else if (strcmp(words[0], "memory") == 0)
			r = add_mem(rs, words[i]);
		else if (strcmp(words[0], "period") == 0)
			r = number(words[i], 100000, &v) < 0
				? bad("bad period", words[i])
				: (rs->rss_period = v, 0);
		else if (strcmp(words[0], "uid") == 0)
			r = number(words[i], 65535, &v) < 0
				? bad("bad uid", words[i]) : (rs->rss_uid = v, 0);
		else if (strcmp(words[0], "restart") == 0)
			rs->rss_flags |= strcmp(words[i], "no") == 0
				? RSF_NO_RESTART : 0;
		else
			r = bad("unknown keyword", words[0]);
	}
	return r;
}

/* The next token: a word, or one of { } ; */
static char *token(FILE *f, char *buf, size_t size)
{
	size_t n = 0;
	int c;

	for (;;) {
		c = getc(f);
		if (c == '#')
			while (c != '\n' && c != EOF)
				c = getc(f);
		if (c == '\n')
			line_no++;
		if (c == EOF)
			return NULL;
		if (!isspace(c))
			break;
	}
	buf[n++] = c;
	if (c != '{' && c != '}' && c != ';') {
		while ((c = getc(f)) != EOF && !isspace(c) && c != ';'
		    && c != '{' && c != '}' && n < size - 1)
			buf[n++] = c;
		if (c != EOF)
			ungetc(c, f);
	}
	buf[n] = '\0';
	return buf;
}

/* The body of an entry, after its '{'; filled in only if want. */
static int entry(FILE *f, struct rs_start *rs, bool want)
{
	char buf[16][64], *words[16], tok[64];
	int n = 0;

	for (;;) {
		if (token(f, tok, sizeof(tok)) == NULL)
			return bad("unexpected end of file after", "{");
		if (strcmp(tok, "}") == 0)
			break;
		if (strcmp(tok, ";") == 0) {
			if (n > 0 && want && statement(rs, words, n) < 0)
				return -1;
			n = 0;
			continue;
		}
		if (n == 16)
			return bad("statement too long at", tok);
		strcpy(buf[n], tok);
		words[n] = buf[n];
		n++;
	}
	if (token(f, tok, sizeof(tok)) == NULL || strcmp(tok, ";") != 0)
		return bad("missing ';' after", "}");
	return 0;
}

int read_config(const char *file, const char *name, struct rs_start *rs)
{
	char tok[64], svc[64];
	int found = 1;
	FILE *f;

	if ((f = fopen(file, "r")) == NULL) {
		perror(file);
		return -1;
	}
	file_name = file;
	line_no = 1;
	while (token(f, tok, sizeof(tok)) != NULL) {
		if (strcmp(tok, "service") != 0
		    || token(f, svc, sizeof(svc)) == NULL
		    || token(f, tok, sizeof(tok)) == NULL || strcmp(tok, "{")) {
			fclose(f);
			return bad("expected 'service NAME {' at", tok);
		}
		if (entry(f, rs, strcmp(svc, name) == 0) < 0) {
			fclose(f);
			return -1;
		}
		if (strcmp(svc, name) == 0)
			found = 0;
	}
	fclose(f);
	return found;
}
