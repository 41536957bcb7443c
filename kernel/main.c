/*
 * main.c - from the boot loader to the first process.
 *
 * kmain() brings up the machine (console, paging, descriptor tables,
 * interrupt controllers, FPU, memory), makes the kernel tasks and one
 * process per boot module, starts the clock and enters the first process.
 */
#include "kernel.h"

extern char _end[];

struct proc proc[NR_SLOTS];
uint32_t boot_time;
char boot_cmdline[256];
bool boot_opt_panic_exit;
struct boot_module boot_modules[MAX_BOOT_MODULES];
struct boot_info boot_info[MAX_BOOT_MODULES];
int nr_boot_modules;

/* Boot options are words of the command line; unknown ones are ignored
 * (they are for the boot processes, which can read the line). */
static void parse_boot_options(void)
{
	const char *s = boot_cmdline;

	for (; *s != '\0'; s++) {
		if ((s == boot_cmdline || s[-1] == ' ')
		    && strncmp(s, "panic=exit", 10) == 0
		    && (s[10] == ' ' || s[10] == '\0'))
			boot_opt_panic_exit = true;
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

static const struct boot_image *image_entry(const char *name)
{
	int i;

	for (i = 0; i < nr_boot_image; i++)
		if (strcmp(boot_image[i].name, name) == 0)
			return &boot_image[i];
	return NULL;
}

static struct proc *free_slot(const struct boot_image *ip)
{
	struct proc *p;

	if (ip->nr != ANY_SLOT) {
		p = proc_addr(ip->nr);
		return isemptyp(p) ? p : NULL;
	}
	for (p = proc_addr(NR_BOOT_FIXED); p < END_PROC_ADDR; p++)
		if (isemptyp(p))
			return p;
	return NULL;
}

/* Privileges from the boot image entry; everyone may reach everyone. */
static void set_boot_priv(struct proc *p, const struct boot_image *ip)
{
	struct priv *pr;
	int i;

	if (!(ip->flags & PRIV_SYS_PROC))
		return;			/* ordinary program: priv[0] */
	if (priv_alloc(p) != OK)
		panic("no privilege structure for %s", ip->name);
	pr = p->p_priv;
	pr->s_flags = ip->flags;
	pr->s_trap_mask = ip->trap_mask;
	memset(pr->s_ipc_to, 0xFF, sizeof(pr->s_ipc_to));
	if (ip->calls == CALLS_ALL)
		for (i = 0; i < NR_SYS_CALLS; i++)
			SET_BIT(pr->s_k_call_mask, i);
	for (i = 0; i < ip->nr_io; i++)
		pr->s_io[pr->s_nr_io++] = ip->io[i];
	for (i = 0; i < ip->nr_irq; i++)
		pr->s_irq[pr->s_nr_irq++] = ip->irq[i];
	for (i = 0; i < ip->nr_mem; i++)
		pr->s_mem[pr->s_nr_mem++] = ip->mem[i];
}

static void start_module(int m)
{
	struct boot_module *bm = &boot_modules[m];
	const struct boot_image *ip = image_entry(bm->name);
	struct proc *p;
	int r;

	strlcpy(boot_info[m].bi_name, bm->name, sizeof(boot_info[m].bi_name));
	boot_info[m].bi_endpoint = NONE;
	boot_info[m].bi_base = bm->base;
	boot_info[m].bi_size = bm->size;
	if (ip == NULL) {
		kprintf("kernel: module '%s' has no boot image entry; not started\n",
			bm->name);
		return;
	}
	if (ip->flags & BOOT_DATA)
		return;			/* data for a process, such as rootfs */
	if ((p = free_slot(ip)) == NULL)
		panic("no process slot for boot module %s", bm->name);
	strlcpy(p->p_name, bm->name, sizeof(p->p_name));
	p->p_priority = ip->queue;
	p->p_quantum = p->p_ticks_left = ip->quantum;
	set_boot_priv(p, ip);
	if ((r = pt_create(p)) != OK || (r = elf_load_boot(p, bm)) != OK)
		panic("cannot load boot module %s: error %d", bm->name, r);
	boot_info[m].bi_endpoint = p->p_endpoint;
	p->p_rts_flags = 0;
	enqueue(p);
}

/* After all modules are loaded: who handles whose signals, and whom
 * ordinary programs may call. */
static void finish_boot_privileges(void)
{
	static const proc_nr_t user_peers[] = { PM_PROC_NR, VFS_PROC_NR,
		RS_PROC_NR, DS_PROC_NR };
	struct proc *p, *rs = proc_addr(RS_PROC_NR);
	bool have_rs = !isemptyp(rs);
	size_t i;

	for (p = proc_addr(0); p < END_PROC_ADDR; p++) {
		if (isemptyp(p) || !(p->p_priv->s_flags & PRIV_SYS_PROC))
			continue;
		p->p_priv->s_sig_mgr = (have_rs && p != rs) ? RS_PROC_EP : NONE;
	}
	priv[USER_PRIV_ID].s_sig_mgr = isemptyp(proc_addr(PM_PROC_NR))
		? NONE : PM_PROC_EP;
	/* Ordinary programs may make one kernel call: growing their own
	 * heap (SYS_MEMMAP on themselves; see lib/libc/sys/brk.c). */
	SET_BIT(priv[USER_PRIV_ID].s_k_call_mask, SYS_MEMMAP - KERNEL_CALL);
	for (i = 0; i < ELEMENTS(user_peers); i++) {
		p = proc_addr(user_peers[i]);
		if (!isemptyp(p))
			SET_BIT(priv[USER_PRIV_ID].s_ipc_to, priv_id(p));
	}
}

void kmain(uint32_t magic, phys_bytes mbi)
{
	int i;

	serial_init();
	vga_clear();
	kprintf("%s %s (i386) booting\n", OS_NAME, OS_RELEASE);
	vm_init();
	multiboot_parse(magic, mbi);
	fwcfg_cmdline(boot_cmdline, sizeof(boot_cmdline));
	parse_boot_options();
	prot_init();
	pic_init();
	fpu_init();
	init_memory();
	boot_time = cmos_boot_time();
	kprintf("kernel: %u KiB of memory, %u KiB free; command line '%s'\n",
		mem_total_bytes() / 1024, mem_free_bytes() / 1024, boot_cmdline);

	priv_init();
	init_proc_table();
	for (i = 0; i < nr_boot_modules; i++)
		start_module(i);
	finish_boot_privileges();
	kprintf("kernel: %d boot modules:", nr_boot_modules);
	for (i = 0; i < nr_boot_modules; i++)
		kprintf(" %s", boot_modules[i].name);
	kprintf("\n");
	clock_init();
	restart();
}
