/*
 * main.c - from the boot loader to the first process.
 *
 * kmain() brings up the machine (console, paging, descriptor tables,
 * interrupt controllers, FPU, memory), makes the kernel tasks and one
 * process per boot module, starts the clock and enters the first process.
 */
#include "kernel.h"

extern char _end[];

/* Below this much free memory after boot the boot processes cannot all
 * start (measured: they take about 6 MiB; the rest is for the shell). */
#define MIN_FREE_MEMORY	(8u << 20)
/* Memory the firmware reports but no one can use anyway (the BIOS area
 * below 1 MiB, rounding): not worth a message. */
#define DIRECTMAP_SLACK	(2u << 20)
/* Memory a data module's growth never takes (see grow_data_modules). */
#define ROOT_GROW_KEEP	(16u << 20)

struct proc proc[NR_SLOTS];
uint32_t boot_time;
char boot_cmdline[256];
bool boot_opt_panic_exit;
static int boot_opt_modules;		/* modules=N: how many GRUB loads */
struct boot_module boot_modules[MAX_BOOT_MODULES];
struct boot_info boot_info[MAX_BOOT_MODULES];
int nr_boot_modules;

/* Boot options are words of the command line; unknown ones are ignored
 * (they are for the boot processes, which can read the line). */
static void parse_boot_options(void)
{
	const char *s = boot_cmdline;

	for (; *s != '\0'; s++) {
		if (s != boot_cmdline && s[-1] != ' ')
			continue;
		if (strncmp(s, "panic=exit", 10) == 0
		    && (s[10] == ' ' || s[10] == '\0'))
			boot_opt_panic_exit = true;
		if (strncmp(s, "modules=", 8) == 0)
			for (s += 8, boot_opt_modules = 0; *s >= '0' && *s <= '9';
			     s++)
				boot_opt_modules = boot_opt_modules * 10
					+ (*s - '0');
		if (*s == '\0')
			break;
	}
}

/* tools/mkiso tells the kernel how many modules GRUB was asked to load
 * (modules=N): GRUB goes on without those that do not fit in memory, and
 * a system without its root file system would fail later, unclearly. */
static void check_modules(void)
{
	if (boot_opt_modules > nr_boot_modules)
		panic("not enough memory: the boot loader loaded %d of the %d "
			"boot modules; the machine's %u MiB are too little for the "
			"boot image (give it at least 32 MiB)", nr_boot_modules,
			boot_opt_modules, (unsigned) (mem_present >> 20));
}

/* The value of word "key=N" in s, or 0. */
static uint32_t word_value(const char *line, const char *key)
{
	size_t n = strlen(key);
	const char *s;
	uint32_t v = 0;

	for (s = line; *s != '\0'; s++) {
		if ((s != line && s[-1] != ' ') || strncmp(s, key, n) != 0)
			continue;
		for (s += n; *s >= '0' && *s <= '9'; s++)
			v = v * 10 + (uint32_t) (*s - '0');
		return v;
	}
	return 0;
}

/* The end of the memory region holding [base, end), less the modules and
 * the kernel that lie above base in it: how far a module may grow. */
static phys_bytes room_after(phys_bytes base, phys_bytes end)
{
	phys_bytes limit = 0;
	int i;

	for (i = 0; i < nr_mem_avail; i++)
		if (base >= mem_avail[i].mr_base && end - 1 <= mem_avail[i].mr_limit)
			limit = MIN(mem_avail[i].mr_limit + 1, DIRECTMAP_LIMIT);
	for (i = 0; i < nr_boot_modules; i++)
		if (boot_modules[i].base >= end && boot_modules[i].base < limit)
			limit = boot_modules[i].base & ~(PAGE_SIZE - 1);
	if (KERNEL_PHYS >= end && KERNEL_PHYS < limit)
		limit = KERNEL_PHYS;
	return limit > end ? limit : end;
}

/* A data module with "size=KIB" (the root file system, which GRUB loads
 * cut after its used blocks: tools/mkroot) grows in place to that size
 * where memory allows, the new part zeroed: half of what the boot
 * processes would leave free beyond ROOT_GROW_KEEP.  On a small machine
 * the device stays as loaded, with the spare room it came with, and MFS
 * uses the file system's zones up to the device's end (servers/mfs/super.c). */
static void grow_data_modules(void)
{
	struct boot_module *bm;
	phys_bytes end, want, grow, free = 0;
	int i;

	for (i = 0; i < nr_mem_avail; i++)
		free += MIN(mem_avail[i].mr_limit, DIRECTMAP_LIMIT - 1)
			- MIN(mem_avail[i].mr_base, DIRECTMAP_LIMIT - 1);
	free -= MIN(free, vir_to_phys(_end) - KERNEL_PHYS);
	for (i = 0; i < nr_boot_modules; i++)
		free -= MIN(free, boot_modules[i].size);
	for (i = 0; i < nr_boot_modules; i++) {
		bm = &boot_modules[i];
		want = word_value(bm->args, "size=") * 1024;
		end = (bm->base + bm->size + PAGE_SIZE - 1) & ~(PAGE_SIZE - 1);
		if (want <= end - bm->base || free <= ROOT_GROW_KEEP)
			continue;
		grow = MIN(want - (end - bm->base), (free - ROOT_GROW_KEEP) / 2);
		grow = MIN(grow, room_after(bm->base, end) - end);
		grow &= ~(PAGE_SIZE - 1);
		memset(phys_to_vir(end), 0, grow);
		bm->size = end - bm->base + grow;
		free -= grow;
		if (bm->size < want)
			kprintf("kernel: %s is %u KiB of its %u (little "
				"memory): the file system has that room\n",
				bm->name, bm->size / 1024, want / 1024);
	}
}

static void init_memory(void)
{
	struct mem_range res[MAX_BOOT_MODULES + 1];
	int i, n = 0;

	res[n].mr_base = KERNEL_PHYS;
	res[n++].mr_limit = vir_to_phys(_end) - 1;
	for (i = 0; i < nr_boot_modules; i++) {
		res[n].mr_base = boot_modules[i].base;
		res[n++].mr_limit = boot_modules[i].base
			+ MAX(boot_modules[i].size, 1) - 1;
	}
	mem_init(mem_avail, nr_mem_avail, res, n);
}

static void init_proc_table(void)
{
	struct proc *p;
	int i;

	for (p = BEG_PROC_ADDR; p < END_PROC_ADDR; p++) {
		memset(p, 0, sizeof(*p));
		p->p_nr = (p - proc) - NR_TASKS;
		p->p_endpoint = make_endpoint(0, p->p_nr);
		p->p_rts_flags = RTS_SLOT_FREE;
		p->p_priv = &priv[USER_PRIV_ID];
		p->p_sendto_e = p->p_getfrom_e = NONE;
	}
	for (i = 0; i < NR_TASKS; i++) {
		p = &proc[endpoint_slot(boot_tasks[i].endpoint)];
		strlcpy(p->p_name, boot_tasks[i].name, sizeof(p->p_name));
		p->p_rts_flags = 0;	/* tasks never sit in a queue */
		p->p_priority = TASK_Q;
		if (priv_alloc(p) != OK)
			panic("no privilege structure for task %s", p->p_name);
	}
}

/* Take the boot set's words (BI_*) out of a module's arguments. */
static uint32_t take_module_words(char *args)
{
#define BI_WORD(FLAG, word, bit)	{ word, FLAG },
	static const struct { const char *word; uint32_t flag; } words[] = {
		BOOT_MODULE_WORDS(BI_WORD)
	};
#undef BI_WORD
	char *w = args, *end, *out = args;
	uint32_t flags = 0;
	size_t i, n;
	bool taken;

	while (*w != '\0') {
		for (end = w; *end != '\0' && *end != ' '; end++)
			;
		n = end - w;
		taken = false;
		for (i = 0; i < ELEMENTS(words) && !taken; i++)
			if (n == strlen(words[i].word)
			    && strncmp(w, words[i].word, n) == 0) {
				flags |= words[i].flag;
				taken = true;
			}
		if (!taken && n > 0) {
			if (out != args)
				*out++ = ' ';
			memmove(out, w, n);
			out += n;
		}
		w = *end == ' ' ? end + 1 : end;
	}
	*out = '\0';
	return flags;
}

/* The first module that is a program: the root of trust. */
static int first_program_module(void)
{
	int m;

	for (m = 0; m < nr_boot_modules; m++)
		if (!(boot_modules[m].flags & BI_DATA))
			return m;
	return -1;
}

/* The slot for the boot module called name: the first program module is
 * the root of trust in RS's slot; a well-known name has its own. */
static struct proc *boot_slot(const char *name, bool first)
{
	struct proc *p;
	int nr;

	if (first)
		nr = RS_PROC_NR;
	else
		for (nr = 0; nr < NR_BOOT_FIXED; nr++)
			if (strcmp(well_known_names[nr], name) == 0)
				break;
	if (nr == RS_PROC_NR && !first)
		panic("boot module %s must come first in the boot list", name);
	if (nr < NR_BOOT_FIXED)
		return isemptyp(proc_addr(nr)) ? proc_addr(nr) : NULL;
	for (p = proc_addr(NR_BOOT_FIXED); p < END_PROC_ADDR; p++)
		if (isemptyp(p))
			return p;
	return NULL;
}

/* The root of trust runs at once; every other boot process waits, held
 * (RTS_NO_PRIV) with an empty privilege structure of its own, until the
 * root gives it its privileges and lets it run. */
static void set_boot_priv(struct proc *p, bool root)
{
	if (priv_alloc(p) != OK)
		panic("no privilege structure for %s", p->p_name);
	if (root) {
		root_privileges(p);
		p->p_rts_flags = 0;
	} else {
		p->p_priority = USER_Q;
		p->p_quantum = p->p_ticks_left = USER_QUANTUM;
		p->p_rts_flags = RTS_NO_PRIV;
	}
}

static void start_module(int m, bool root)
{
	struct boot_module *bm = &boot_modules[m];
	struct proc *p;
	int r;

	strlcpy(boot_info[m].bi_name, bm->name, sizeof(boot_info[m].bi_name));
	boot_info[m].bi_endpoint = NONE;
	boot_info[m].bi_base = bm->base;
	boot_info[m].bi_size = bm->size;
	boot_info[m].bi_flags = bm->flags;
	if (bm->flags & BI_DATA)
		return;			/* data for a process, such as rootfs */
	if ((p = boot_slot(bm->name, root)) == NULL)
		panic("no process slot for boot module %s", bm->name);
	strlcpy(p->p_name, bm->name, sizeof(p->p_name));
	set_boot_priv(p, root);
	p->p_root_mem = true;		/* the boot set runs as root (init) */
	if ((r = pt_create(p)) != OK || (r = elf_load_boot(p, bm)) != OK)
		panic("cannot load boot module %s: error %d", bm->name, r);
	boot_info[m].bi_endpoint = p->p_endpoint;
	if (p->p_rts_flags == 0)
		enqueue(p);
}

/* After all modules are loaded: whom ordinary programs may call (the
 * well-known servers; their privilege ids exist already, held or not),
 * and who handles their signals. */
static void finish_boot_privileges(void)
{
	struct proc *p;
	int nr;

	for (nr = 0; nr < NR_BOOT_FIXED; nr++) {
		p = proc_addr(nr);
		if (!isemptyp(p) && nr != INIT_PROC_NR)
			SET_BIT(priv[USER_PRIV_ID].s_ipc_to, priv_id(p));
	}
	priv[USER_PRIV_ID].s_sig_mgr = isemptyp(proc_addr(PM_PROC_NR))
		? NONE : PM_PROC_EP;
	/* Ordinary programs may make one kernel call: growing their own
	 * heap (SYS_MEMMAP on themselves; see lib/libc/sys/brk.c). */
	SET_BIT(priv[USER_PRIV_ID].s_k_call_mask, SYS_MEMMAP - KERNEL_CALL);
}

/* Resurgo runs on one processor: say so when there are more. */
static void report_cpus(void)
{
	if (acpi_cpus > 1)
		kprintf("kernel: %d processors found; Resurgo uses one of "
			"them\n", acpi_cpus);
}

/* Say what memory the machine has that the kernel does not use, and stop
 * with a clear message when what is left after the boot modules cannot
 * run the boot processes (rather than fail somewhere later, unclearly). */
static void check_memory(void)
{
	uint64_t used = 0;
	int i;

	for (i = 0; i < nr_mem_avail; i++)
		used += mem_avail[i].mr_limit - mem_avail[i].mr_base + 1;
	if (mem_present > used + DIRECTMAP_SLACK)
		kprintf("kernel: the machine has %u MiB; the %u MiB below "
			"4 GiB are used (more needs PAE)\n",
			(unsigned) (mem_present >> 20), (unsigned) (used >> 20));
	if (mem_free_bytes() < MIN_FREE_MEMORY)
		panic("not enough memory: %u KiB free after loading the "
			"boot modules, at least %u KiB are needed (give the "
			"machine more RAM)", mem_free_bytes() / 1024,
			MIN_FREE_MEMORY / 1024);
}

void kmain(uint32_t magic, phys_bytes mbi)
{
	int i, root;

	serial_init();
	vga_clear();
	kprintf("%s %s (i386) booting\n", OS_NAME, OS_RELEASE);
	vm_init();
	boot_parse(magic, mbi);
	acpi_init();
	report_cpus();
	fwcfg_cmdline(boot_cmdline, sizeof(boot_cmdline));
	parse_boot_options();
	prot_init();
	pic_init();
	fpu_init();
	grow_data_modules();
	init_memory();
	boot_time = cmos_boot_time();
	kprintf("kernel: %u KiB of memory, %u KiB free; command line '%s'\n",
		mem_total_bytes() / 1024, mem_free_bytes() / 1024, boot_cmdline);
	check_modules();
	check_memory();

	priv_init();
	init_proc_table();
	for (i = 0; i < nr_boot_modules; i++)
		boot_modules[i].flags = take_module_words(boot_modules[i].args);
	root = first_program_module();
	for (i = 0; i < nr_boot_modules; i++)
		start_module(i, i == root);
	finish_boot_privileges();
	kprintf("kernel: %d boot modules:", nr_boot_modules);
	for (i = 0; i < nr_boot_modules; i++)
		kprintf(" %s", boot_modules[i].name);
	kprintf("\n");
	clock_init();
	restart();
}
