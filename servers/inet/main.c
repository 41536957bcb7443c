/*
 * main.c - INET, the TCP/IP server: its start and its loop.
 *
 * INET is a socket driver for VFS (AF_INET; minix/msg/sock.h, through
 * libsockdriver) and the client of every network driver (minix/msg/
 * net.h).  Neither protocol ever makes it wait: everything it sends goes
 * by asynsend, and it only ever waits in its receive.  The loop handles
 * one message, then what that message queued for the loopback interface;
 * timers run on CLOCK's notifications.
 *
 * After a crash RS starts INET again.  The sockets of the dead instance
 * are gone (VFS fails their calls); the new one takes the configuration
 * the old one kept in DS, configures the network drivers again, and
 * announces itself so that VFS sends it the new sockets (docs/net.md).
 */
#include <stdio.h>
#include <minix/syslib.h>
#include <minix/ds.h>
#include <minix/sef.h>
#include "sock.h"

static bool restarted;

static int init(int type, sef_init_info_t *info)
{
	restarted = type == SEF_INIT_RESTART;
	sock_init();
	ip_init();
	loop_init();
	tcp_init();
	return OK;
}

static void handle(message *m)
{
	if (is_notify(m->m_type)) {
		if (m->m_source == DS_PROC_EP)
			ndev_ds_event();
		else if (m->m_source == CLOCK)
			timers_expire();
		return;
	}
	if (IS_SDEV_REQUEST(m->m_type))
		sockdriver_process(&inet_sockdriver, m);
	else if (ndev_is_driver(m->m_source))
		ndev_reply(m);
}

int main(void)
{
	message m;

	sef_setcb_init_fresh(init);
	sef_setcb_init_restart(init);
	sef_startup();
	if (restarted)
		printf("inet: restarted; the sockets of the last instance "
			"are gone\n");
	ndev_init(restarted);
	sockdriver_announce();
	for (;;) {
		timers_arm();
		sockdriver_flush();
		if (sef_receive(ANY, &m) != OK)
			continue;
		clock_tick();
		handle(&m);
		loop_run();
	}
}
