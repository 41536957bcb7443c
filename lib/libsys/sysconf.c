/*
 * sysconf.c - reading etc/system.conf, the one list of what each system
 * service may do (its format: the file's header).
 *
 * The service command reads the file before `service up`; RS reads the
 * copy built into it for the boot services, before any file system is
 * up.  Both get the same answer from the same text.  Every service gets
 * the basic privileges (sysconf_base); its entry adds to them.  A
 * malformed entry is refused, with the file and line named.
 *
 * Entry points: sysconf_base(), sysconf_entry(), sysconf_call_name().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <ctype.h>
#include <stdbool.h>
#include <minix/sysconf.h>

#define MAX_WORDS	16		/* of one statement */
#define MAX_WORD	64

static const char *const call_names[] = {
#define CALL_NAME(NAME, name)	#NAME,
	KERNEL_CALL_LIST(CALL_NAME)
#undef CALL_NAME
};

static const int basic_calls[] = {
	SYS_GETINFO, SYS_TIMES, SYS_SETALARM, SYS_SETGRANT, SYS_SAFECOPYFROM,
	SYS_SAFECOPYTO, SYS_DIAGCTL, SYS_MEMMAP, SYS_EXIT, SYS_STATECTL,
};

static const char *const basic_ipc[] = { "rs", "ds", "pm", "vfs" };

static const struct { const char *name; uint32_t flag; } flag_names[] = {
	{ "VM", PRIV_VM }, { "MAGIC", PRIV_MAGIC },
};

/* Where the parser is: the text, and what to say when it is wrong. */
struct cursor {
	const char *p, *end;
	const char *file;
	int line;
	char *why;
	size_t why_size;
};

const char *sysconf_call_name(int nr)
{
	if (nr < 0 || nr >= (int) (sizeof(call_names) / sizeof(call_names[0])))
		return NULL;
	return call_names[nr];
}

void sysconf_base(struct rs_start *rs)
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

static int bad(struct cursor *c, const char *what, const char *word)
{
	snprintf(c->why, c->why_size, "%s:%d: %s '%s'", c->file, c->line,
		what, word);
	return -1;
}

static int add_call(struct cursor *c, struct rs_start *rs, const char *word)
{
	size_t i;

	for (i = 0; i < sizeof(call_names) / sizeof(call_names[0]); i++) {
		if (strcmp(call_names[i], word) == 0) {
			SET_BIT(rs->rss_priv.pd_k_calls, i);
			return 0;
		}
	}
	return bad(c, "unknown kernel call", word);
}

static int add_flag(struct cursor *c, struct rs_start *rs, const char *word)
{
	size_t i;

	for (i = 0; i < sizeof(flag_names) / sizeof(flag_names[0]); i++) {
		if (strcmp(flag_names[i].name, word) == 0) {
			rs->rss_priv.pd_flags |= flag_names[i].flag;
			return 0;
		}
	}
	return bad(c, "unknown flag", word);
}

static int add_ipc(struct cursor *c, struct rs_start *rs, const char *word)
{
	if (rs->rss_nr_ipc == RS_MAX_IPC || strlen(word) >= RS_LABEL_LEN)
		return bad(c, "too many IPC targets at", word);
	strcpy(rs->rss_ipc[rs->rss_nr_ipc++], word);
	return 0;
}

/* "BASE:COUNT" in hex, ending at most at 4 GiB - 1; the last unit. */
static int range(const char *word, uint32_t *base, uint32_t *last)
{
	unsigned long long b, n;
	char *end;

	b = strtoull(word, &end, 16);
	if (*end != ':' || end == word)
		return -1;
	n = strtoull(end + 1, &end, 16);
	if (*end != '\0' || n == 0 || b + n - 1 > 0xFFFFFFFFull)
		return -1;
	*base = b;
	*last = b + n - 1;
	return 0;
}

static int add_io(struct cursor *c, struct rs_start *rs, const char *word)
{
	struct priv_desc *d = &rs->rss_priv;
	uint32_t base, last;

	if (range(word, &base, &last) < 0 || last > 0xFFFF)
		return bad(c, "bad port range", word);
	if (d->pd_nr_io == NR_IO_RANGE)
		return bad(c, "too many port ranges at", word);
	d->pd_io[d->pd_nr_io].ior_base = base;
	d->pd_io[d->pd_nr_io++].ior_limit = last;
	return 0;
}

static int add_mem(struct cursor *c, struct rs_start *rs, const char *word)
{
	struct priv_desc *d = &rs->rss_priv;
	uint32_t base, last;

	/* The boot loader's framebuffer: the kernel knows where it is. */
	if (strcmp(word, "framebuffer") == 0) {
		d->pd_flags |= PRIV_FRAMEBUFFER;
		return 0;
	}
	if (range(word, &base, &last) < 0)
		return bad(c, "bad memory range", word);
	if (d->pd_nr_mem == NR_MEM_RANGE)
		return bad(c, "too many memory ranges at", word);
	d->pd_mem[d->pd_nr_mem].mr_base = base;
	d->pd_mem[d->pd_nr_mem++].mr_limit = last;
	return 0;
}

static int number(const char *word, unsigned long min, unsigned long max,
	unsigned long *v)
{
	char *end;

	*v = strtoul(word, &end, 0);
	return *end != '\0' || end == word || *v < min || *v > max ? -1 : 0;
}

static int add_irq(struct cursor *c, struct rs_start *rs, const char *word)
{
	struct priv_desc *d = &rs->rss_priv;
	unsigned long irq;

	if (number(word, 0, 15, &irq) < 0)
		return bad(c, "bad IRQ", word);
	if (d->pd_nr_irq == NR_IRQ)
		return bad(c, "too many IRQs at", word);
	d->pd_irq[d->pd_nr_irq++] = irq;
	return 0;
}

/* "VID:DID" in hex. */
static int add_pci_device(struct cursor *c, struct rs_pci_acl *acl,
	const char *word)
{
	unsigned long vid, did;
	char *end;

	vid = strtoul(word, &end, 16);
	if (*end != ':' || end == word || vid > 0xFFFF)
		return bad(c, "bad PCI device", word);
	did = strtoul(end + 1, &end, 16);
	if (*end != '\0' || did > 0xFFFF)
		return bad(c, "bad PCI device", word);
	if (acl->nr_id == RS_MAX_PCI)
		return bad(c, "too many PCI devices at", word);
	acl->id[acl->nr_id].vid = vid;
	acl->id[acl->nr_id++].did = did;
	return 0;
}

/* "CC", "CC/SS" or "CC/SS/PI" in hex: a class, a subclass of it, or
 * one programming interface of that. */
static int add_pci_class(struct cursor *c, struct rs_pci_acl *acl,
	const char *word)
{
	uint32_t code = 0, mask = 0;
	const char *p = word;
	unsigned long v;
	char *end;
	int shift;

	for (shift = 16; shift >= 0; shift -= 8) {
		v = strtoul(p, &end, 16);
		if (end == p || v > 0xFF)
			return bad(c, "bad PCI class", word);
		code |= v << shift;
		mask |= 0xFFu << shift;
		if (*end == '\0')
			break;
		if (*end != '/' || shift == 0)
			return bad(c, "bad PCI class", word);
		p = end + 1;
	}
	if (acl->nr_class == RS_MAX_PCI)
		return bad(c, "too many PCI classes at", word);
	acl->class[acl->nr_class].code = code;
	acl->class[acl->nr_class++].mask = mask;
	return 0;
}

/* "pci device VID:DID...;" or "pci class CC/SS...;": the service may
 * use those devices, and talk to the PCI bus driver. */
static int pci_statement(struct cursor *c, struct rs_start *rs, char **words,
	int n)
{
	int i, r = 0;

	if (n < 3 || (strcmp(words[1], "device") != 0 &&
	    strcmp(words[1], "class") != 0))
		return bad(c, "expected 'device' or 'class' after", "pci");
	for (i = 2; i < n && r == 0; i++)
		r = words[1][0] == 'd'
			? add_pci_device(c, &rs->rss_pci, words[i])
			: add_pci_class(c, &rs->rss_pci, words[i]);
	for (i = 0; i < rs->rss_nr_ipc; i++)
		if (strcmp(rs->rss_ipc[i], "pci") == 0)
			return r;
	return r == 0 ? add_ipc(c, rs, "pci") : r;
}

/* A statement whose value is one number. */
static int numeric(struct cursor *c, struct rs_start *rs, char **words, int n)
{
	static const struct { const char *key; unsigned long min, max; } keys[]
	    = { { "period", 0, RS_PERIOD_MAX }, { "uid", 0, 65535 },
		{ "priority", 0, NR_SCHED_QUEUES - 2 },
		{ "quantum", 1, 10 * HZ } };
	unsigned long v;
	size_t k;

	for (k = 0; strcmp(keys[k].key, words[0]) != 0; k++)
		;
	if (n != 2 || number(words[1], keys[k].min, keys[k].max, &v) < 0
	    || (k == 0 && v != 0 && v < RS_PERIOD_MIN))
		return bad(c, "bad value for", words[0]);
	if (k == 0)
		rs->rss_period = v;
	else if (k == 1)
		rs->rss_uid = v;
	else if (k == 2)
		rs->rss_priv.pd_queue = v;
	else
		rs->rss_priv.pd_quantum = v;
	return 0;
}

static bool is_numeric(const char *key)
{
	return strcmp(key, "period") == 0 || strcmp(key, "uid") == 0
		|| strcmp(key, "priority") == 0 || strcmp(key, "quantum") == 0;
}

/* One "key value...;" statement of an entry. */
static int statement(struct cursor *c, struct rs_start *rs, char **words,
	int n)
{
	int i, r = 0;

	if (strcmp(words[0], "pci") == 0)
		return pci_statement(c, rs, words, n);
	if (is_numeric(words[0]))
		return numeric(c, rs, words, n);
	if (n < 2)
		return bad(c, "no value for", words[0]);
	for (i = 1; i < n && r == 0; i++) {
		if (strcmp(words[0], "system") == 0)
			r = add_call(c, rs, words[i]);
		else if (strcmp(words[0], "ipc") == 0)
			r = add_ipc(c, rs, words[i]);
		else if (strcmp(words[0], "io") == 0)
			r = add_io(c, rs, words[i]);
		else if (strcmp(words[0], "irq") == 0)
			r = add_irq(c, rs, words[i]);
		else if (strcmp(words[0], "memory") == 0)
			r = add_mem(c, rs, words[i]);
		else if (strcmp(words[0], "flags") == 0)
			r = add_flag(c, rs, words[i]);
		else if (strcmp(words[0], "restart") == 0
		    && strcmp(words[i], "no") == 0)
			rs->rss_flags |= RSF_NO_RESTART;
		else
			r = bad(c, strcmp(words[0], "restart") == 0
				? "bad value for restart:" : "unknown keyword",
				strcmp(words[0], "restart") == 0
				? words[i] : words[0]);
	}
	return r;
}

/* The next token into buf: a word, or one of { } ;  false at the end. */
static bool token(struct cursor *c, char *buf, size_t size)
{
	size_t n = 0;

	for (;;) {
		if (c->p < c->end && *c->p == '#')
			while (c->p < c->end && *c->p != '\n')
				c->p++;
		if (c->p == c->end)
			return false;
		if (!isspace((unsigned char) *c->p))
			break;
		if (*c->p++ == '\n')
			c->line++;
	}
	buf[n++] = *c->p++;
	if (strchr("{};", buf[0]) == NULL)
		while (c->p < c->end && !isspace((unsigned char) *c->p)
		    && strchr("{};#", *c->p) == NULL && n < size - 1)
			buf[n++] = *c->p++;
	buf[n] = '\0';
	return true;
}

/* The body of an entry, after its '{'; filled in only if want. */
static int entry(struct cursor *c, struct rs_start *rs, bool want)
{
	char buf[MAX_WORDS][MAX_WORD], *words[MAX_WORDS], tok[MAX_WORD];
	int n = 0;

	for (;;) {
		if (!token(c, tok, sizeof(tok)))
			return bad(c, "unexpected end of file after", "{");
		if (strcmp(tok, "}") == 0)
			break;
		if (strcmp(tok, ";") == 0) {
			if (n > 0 && want && statement(c, rs, words, n) < 0)
				return -1;
			n = 0;
			continue;
		}
		if (n == MAX_WORDS)
			return bad(c, "statement too long at", tok);
		strcpy(buf[n], tok);
		words[n] = buf[n];
		n++;
	}
	if (!token(c, tok, sizeof(tok)) || strcmp(tok, ";") != 0)
		return bad(c, "missing ';' after", "}");
	return 0;
}

int sysconf_entry(const char *text, size_t len, const char *file,
	const char *name, struct rs_start *rs, char *why, size_t why_size)
{
	struct cursor c = { text, text + len, file, 1, why, why_size };
	char tok[MAX_WORD], svc[MAX_WORD];
	int found = 0;

	while (token(&c, tok, sizeof(tok))) {
		if (strcmp(tok, "service") != 0 || !token(&c, svc, sizeof(svc))
		    || !token(&c, tok, sizeof(tok)) || strcmp(tok, "{") != 0)
			return bad(&c, "expected 'service NAME {' at", tok);
		if (entry(&c, rs, strcmp(svc, name) == 0) < 0)
			return -1;
		found |= strcmp(svc, name) == 0;
	}
	return found ? 0 : 1;
}
