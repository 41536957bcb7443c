/*
 * syslib.h - the kernel calls as functions (lib/libsys, one per file).
 *
 * Each returns OK or a negated error code.
 */
#ifndef _MINIX_SYSLIB_H
#define _MINIX_SYSLIB_H

#include <errno.h>
#include <minix/types.h>
#include <minix/ipc.h>
#include <minix/com.h>
#include <minix/priv.h>
#include <minix/kinfo.h>
#include <minix/safecopies.h>

int _kernel_call(int call, message *m);

int sys_getinfo(int request, void *buf, size_t len, endpoint_t ep);
int sys_getkinfo(struct kinfo *ki);
int sys_whoami(struct proc_info *pi);
int sys_getproc(endpoint_t ep, struct proc_info *pi);
int sys_getproctab(struct proc_info *tab, int n);
int sys_getpriv(endpoint_t ep, struct priv_desc *pd);
int sys_getcmdline(char *buf, size_t len);
int sys_getgrants(endpoint_t ep);
int sys_getimage(struct boot_info *bi, int n);
int sys_findproc(const char *name, endpoint_t *ep);

int sys_times(endpoint_t ep, uint32_t *user, uint32_t *sys, uint32_t *uptime,
	uint32_t *boot_time);
int sys_setalarm(uint32_t exp_time, int abs_time);
int sys_vtimer(endpoint_t ep, int which, int set, uint32_t value,
	uint32_t interval, uint32_t *old_value, uint32_t *old_interval);

int sys_devio(int request, uint32_t port, uint32_t value, uint32_t *result);
int sys_inb(uint32_t port, uint32_t *value);
int sys_inw(uint32_t port, uint32_t *value);
int sys_inl(uint32_t port, uint32_t *value);
int sys_outb(uint32_t port, uint32_t value);
int sys_outw(uint32_t port, uint32_t value);
int sys_outl(uint32_t port, uint32_t value);
int sys_vdevio(int request, struct pv_pair *pairs, int count);

int sys_irqsetpolicy(int irq, int policy, int *hook_id);
int sys_irqrmpolicy(int *hook_id);
int sys_irqenable(int *hook_id);
int sys_irqdisable(int *hook_id);

int sys_privctl(endpoint_t ep, int request, void *arg);
int sys_setgrant(cp_grant_t *table, int entries);
int sys_safecopyfrom(endpoint_t owner, cp_grant_id_t grant, vir_bytes offset,
	void *addr, size_t bytes);
int sys_safecopyto(endpoint_t owner, cp_grant_id_t grant, vir_bytes offset,
	const void *addr, size_t bytes);

int sys_kill(endpoint_t ep, int sig);
int sys_stop(endpoint_t ep);
int sys_resume(endpoint_t ep);
int sys_faultinj(endpoint_t ep, int kind, uint32_t where, uint32_t mask,
	uint32_t *old, vir_bytes *addr);
int sys_schedctl(endpoint_t ep, int queue);
int sys_statectl(int request);
int sys_exit(endpoint_t ep, int status);
int sys_abort(int how);
int sys_diagctl(int code, const void *buf, size_t len);
int sys_fork(endpoint_t parent, int flags, endpoint_t *child);
int sys_fork_empty(endpoint_t *child);
int sys_exec(endpoint_t ep, vir_bytes sp, vir_bytes pc, const char *name,
	int flags);
int sys_memmap(int op, endpoint_t ep, vir_bytes addr, vir_bytes len,
	phys_bytes phys, int flags);
int sys_dmaalloc(vir_bytes addr, vir_bytes len, phys_bytes *phys);
int sys_vircopy(endpoint_t src_ep, vir_bytes src, endpoint_t dst_ep,
	vir_bytes dst, size_t bytes);
int sys_getksig(endpoint_t *ep, uint32_t *sigs);
int sys_endksig(endpoint_t ep);
int sys_sigsend(endpoint_t ep, int sig, vir_bytes handler,
	vir_bytes trampoline, uint32_t mask);
int sys_sigreturn(endpoint_t ep, vir_bytes context);
int sys_update(endpoint_t ep1, endpoint_t ep2);

/* Grants (grant.c): the caller's table, grown on demand. */
cp_grant_id_t cpf_grant_direct(endpoint_t who, vir_bytes addr, size_t len,
	int access);
cp_grant_id_t cpf_grant_indirect(endpoint_t who, endpoint_t from,
	cp_grant_id_t grant, vir_bytes offset, size_t len, int access);
cp_grant_id_t cpf_grant_magic(endpoint_t who, endpoint_t from, vir_bytes addr,
	size_t len, int access);
int cpf_revoke(cp_grant_id_t grant);

/* Device memory in the driver's window (devmem.c): registers, and
 * buffers for the device's DMA (zeroed, physically contiguous). */
int map_phys(phys_bytes phys, size_t len, void **ptr);
int alloc_dma(size_t len, void **ptr, phys_bytes *phys);

/* Sending that never blocks (asynsend.c); flags: AMF_NOREPLY. */
int asynsend(endpoint_t dst, const message *m);
int asynsend3(endpoint_t dst, const message *m, int flags);

/* Diagnostics (kputc.c, panic.c).  A system process's assert() is a
 * panic too (assert.c): it must not go through PM as abort() does. */
void kputc(int c);
void sys_stdio_to_console(void);
void panic(const char *fmt, ...)
	__attribute__((noreturn, format(printf, 1, 2)));

#endif
