/*
 * table.c - what the kernel itself decides about the first processes:
 * the kernel tasks, and the privileges of the root of trust.
 *
 * Everything else about the boot set lives in etc/boot.list (which
 * modules, in which order, which are core) and in etc/system.conf (what
 * each may do).  The first boot module (RS; ktest in the self-test image)
 * is the root of trust: it alone starts with privileges, and gives every
 * other boot process its own before letting it run (main.c).
 */
#include "kernel.h"

const struct boot_task boot_tasks[NR_TASKS] = {
	{ IDLE,		"idle" },
	{ CLOCK,	"clock" },
	{ SYSTEM,	"system" },
	{ HARDWARE,	"kernel" },
};

/* The names of the well-known slots (minix/com.h). */
#define WK_NAME(NAME, name)	[NAME##_PROC_NR] = name,
const char *const well_known_names[NR_BOOT_FIXED] = {
	WELL_KNOWN_PROCS(WK_NAME)
};
#undef WK_NAME

/* The root of trust may make every call and reach everyone; it sets
 * others' privileges (PRIV_ROOT_SYS) and builds their address spaces
 * (PRIV_VM).  Its ports, interrupts and memory are none: what it needs of
 * those it must grant itself, in the open.  p has its own structure. */
void root_privileges(struct proc *p)
{
	struct priv *pr = p->p_priv;
	int i;

	p->p_priority = 4;
	p->p_quantum = p->p_ticks_left = 20;
	pr->s_flags = PRIV_SYS_PROC | PRIV_PREEMPTIBLE | PRIV_ROOT_SYS
		| PRIV_VM;
	pr->s_trap_mask = IPC_TRAP_MASK_ALL;
	memset(pr->s_ipc_to, 0xFF, sizeof(pr->s_ipc_to));
	for (i = 0; i < NR_SYS_CALLS; i++)
		SET_BIT(pr->s_k_call_mask, i);
}
