/*
 * proto.h - functions shared between kernel files.
 */
#ifndef _PROTO_H
#define _PROTO_H

#include <stdarg.h>
#include "glo.h"

struct stackframe;

/* main.c */
void kmain(uint32_t magic, phys_bytes mbi);

/* table.c */
void root_privileges(struct proc *p);

/* arch/i386/mpx.S, head.S */
void restart(void) __attribute__((noreturn));
void idle_wait(void) __attribute__((noreturn));
void load_gdt(struct desc_ptr *gp);
void load_idt(struct desc_ptr *ip);

/* arch/i386 */
void prot_init(void);
void pic_init(void);
void pic_enable(int irq);
void pic_disable(int irq);
void pic_eoi(int irq);
bool pic_spurious(int irq);
void pit_init(int hz);
void serial_init(void);
void serial_putc(int c);
void serial_drain(void);
void vga_clear(void);
void vga_putc(int c);
void fpu_init(void);
bool fpu_trap(struct proc *p);
void fpu_release(struct proc *p);
bool fpu_state_ok(const struct fpu_state *s);
void exception_user(struct proc *p, int vec);
const char *exception_name(int vec);
void user_trap(void);
void kernel_trap(struct stackframe *f);
struct stackframe *switch_to_user(void);
void arch_shutdown(int how) __attribute__((noreturn));
void arch_panic_exit(void) __attribute__((noreturn));
void fwcfg_cmdline(char *buf, size_t len);
void boot_parse(uint32_t magic, phys_bytes info);
void boot_add_module(phys_bytes start, phys_bytes end, const char *string);
void boot_add_memory(uint64_t base, uint64_t length, uint32_t type);
void boot_set_fb(uint64_t phys, const struct fb_info *fb);
void boot_no_screen(void);
void boot_set_rsdp(const void *rsdp, uint32_t len);
void multiboot_parse(const void *info);
void multiboot2_parse(const void *info);
uint32_t cmos_boot_time(void);
void vm_init(void);
void *vm_window(phys_bytes pa);
void *kmap(phys_bytes pa);
phys_bytes alloc_user_page(void);
void vm_window_close(void);
void acpi_init(void);
int pt_create(struct proc *p);
void pt_destroy(struct proc *p);
int pt_map(struct proc *p, vir_bytes va, phys_bytes pa, uint32_t flags);
int pt_alloc_range(struct proc *p, vir_bytes va, vir_bytes len, bool writable);
void pt_protect(struct proc *p, vir_bytes va, vir_bytes len);
int pt_set_access(struct proc *p, vir_bytes va, vir_bytes len, int flags);
void *umap_miss(struct proc *p, vir_bytes va, bool write);
int copy_vir(struct proc *sp, vir_bytes sa, struct proc *dp, vir_bytes da,
	size_t n);
int copy_to_proc(struct proc *p, vir_bytes va, const void *src, size_t n);
bool user_writable(struct proc *p, vir_bytes va, size_t n);
int pt_copy(struct proc *child, struct proc *parent);
void pt_unmap_range(struct proc *p, vir_bytes va, vir_bytes len);
bool pt_grow_stack(struct proc *p, vir_bytes va);
bool pt_range_unmapped(struct proc *p, vir_bytes va, vir_bytes len);
void fpu_save(struct proc *p);

/* clock.c */
void clock_init(void);
void clock_tick(bool from_user);
uint32_t set_alarm(struct priv *pr, uint32_t exp);
uint32_t alarm_left(struct priv *pr);

/* console.c */
void kputc(int c);
bool kproc_msg_ok(struct proc *p);
void kproc_msg_tick(void);
void console_taken(endpoint_t owner);
void console_tick(void);
void kprintf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void kvprintf(const char *fmt, va_list ap);

/* elf.c */
int elf_load_boot(struct proc *p, const struct boot_module *bm);

/* interrupt.c */
void irq_handle(int irq, bool from_user);
int irq_hook_set(struct proc *owner, int irq, int policy, int notify_id);
int irq_hook_remove(struct proc *owner, int hook_id);
int irq_hook_enable(struct proc *owner, int hook_id, bool enable);
void irq_hooks_release(struct proc *owner);
uint32_t irq_unacked_ticks(const struct proc *owner);

/* lib.c */
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
void *memset(void *dst, int c, size_t n);
int memcmp(const void *a, const void *b, size_t n);
void *memchr(const void *s, int c, size_t n);
size_t strlen(const char *s);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
size_t strlcpy(char *dst, const char *src, size_t size);

/* msgfault.c */
#define MSGF_PASS	0	/* deliver it as usual */
#define MSGF_DROP	1	/* pretend it was delivered */
#define MSGF_DUP	2	/* deliver it, then once more */
int msgfault_take(struct proc *sender, message *m, bool can_dup);

/* memory.c */
void mem_init(const struct mem_range *avail, int navail,
	const struct mem_range *res, int nres);
phys_bytes alloc_page(void);
phys_bytes alloc_contig(uint32_t n);
void free_page(phys_bytes f);
void free_page_last(phys_bytes f);
uint32_t mem_free_bytes(void);
bool mem_room_for(const struct proc *p, uint32_t pages);
uint32_t mem_total_bytes(void);

/* panic.c */
void panic(const char *fmt, ...)
	__attribute__((noreturn, format(printf, 1, 2)));
void panic_frame(const struct stackframe *f, const char *fmt, ...)
	__attribute__((noreturn, format(printf, 2, 3)));
const char *ksym_lookup(uint32_t addr, uint32_t *offset);

/* privilege.c */
void priv_init(void);
int priv_alloc(struct proc *p);
void priv_release(struct proc *p);
int priv_desc_check(const struct priv_desc *d);
void priv_from_desc(struct priv *pr, const struct priv_desc *d);
void priv_to_desc(const struct proc *p, struct priv_desc *d);
bool priv_io_allowed(const struct priv *pr, uint32_t port, int size);
bool priv_irq_allowed(const struct priv *pr, int irq);

/* ipc.c */
void do_ipc(struct proc *caller);
int ep_to_proc(endpoint_t e, struct proc **pp);
int mini_notify(struct proc *caller, struct proc *dst);
void notify_from(endpoint_t task, struct proc *dst);
void clear_ipc_refs(struct proc *rc, int err);
void clear_endpoint(struct proc *rc);
void forget_pending_from(struct proc *p);

/* ipcfast.c */
bool ipc_fast(struct proc *caller, int call);
bool ipc_fast_reply_recv(struct proc *caller);
bool set_messbuf(struct proc *p, vir_bytes m_ptr);
message *messbuf_k(struct proc *p);

/* sched.c */
void enqueue(struct proc *p);
void dequeue(struct proc *p);
void proc_no_time(struct proc *p);
void rts_set(struct proc *p, uint32_t flags);
void rts_unset(struct proc *p, uint32_t flags);
void sched_set_priority(struct proc *p, int q);
void sched_sample_load(void);
extern uint32_t load_avg[3];

/* system.c and system/ */
int kernel_call(struct proc *caller, vir_bytes m_ptr);
int call_target(struct proc *caller, endpoint_t e, struct proc **pp);
void cause_sig(struct proc *p, int sig);
void proc_terminate(struct proc *p);
int devio_size(int request);
uint32_t devio_do(int request, uint32_t port, uint32_t value);

#endif
