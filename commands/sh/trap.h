/*
 * trap.h - signal dispositions and the commands of `trap`.
 */
#ifndef SH_TRAP_H
#define SH_TRAP_H

void trap_init(void);
void trap_interactive(void);
int trap_set(int sig, const char *action);
void trap_run_pending(void);
int trap_pending(void);
int trap_interrupted(void);
void trap_child(int bg_without_jobctl);
void trap_run_exit(void);
int trap_has_exit(void);
void trap_print(void);
int sig_number(const char *name);
const char *sig_name(int sig);

#endif
