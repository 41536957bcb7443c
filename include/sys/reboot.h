/*
 * sys/reboot.h - halting and rebooting (root only).
 */
#ifndef _SYS_REBOOT_H
#define _SYS_REBOOT_H

#define RB_HALT		0
#define RB_REBOOT	1
#define RB_POWEROFF	2

int reboot(int how);

#endif
