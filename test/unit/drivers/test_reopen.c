/*
 * test_reopen.c - host tests of libdriver's rule after a restart
 * (lib/libdriver/reopen.c): each client is refused until it opens.
 */
#include <stdio.h>
#include "driver_impl.h"

static int passed, failed;

/* One case per check, named after what it checks. */
#define CHECK(name, c) do { \
	if (c) { passed++; printf("ok %s\n", name); } \
	else { failed++; printf("FAIL %s: %s\n", name, #c); } \
} while (0)

#define VFS	5
#define MFS_A	300
#define MFS_B	301

static void before_a_restart_everyone_is_served(void)
{
	CHECK("before_a_restart_vfs_is_served", !drv_reopen_needed(VFS, false));
	CHECK("before_a_restart_mfs_is_served",
	    !drv_reopen_needed(MFS_A, false));
}

static void each_client_waits_for_its_own_open(void)
{
	drv_reopen_start();
	CHECK("after_a_restart_vfs_is_refused", drv_reopen_needed(VFS, false));
	CHECK("after_a_restart_mfs_is_refused",
	    drv_reopen_needed(MFS_A, false));
	CHECK("an_open_is_served", !drv_reopen_needed(VFS, true));
	CHECK("after_its_open_a_client_is_served",
	    !drv_reopen_needed(VFS, false));
	CHECK("one_clients_open_does_not_serve_another",
	    drv_reopen_needed(MFS_A, false));
	CHECK("the_other_clients_open_is_served",
	    !drv_reopen_needed(MFS_A, true));
	CHECK("after_its_own_open_the_other_is_served",
	    !drv_reopen_needed(MFS_A, false));
	CHECK("a_client_that_never_opened_is_refused",
	    drv_reopen_needed(MFS_B, false));
}

static void a_second_restart_starts_over(void)
{
	drv_reopen_start();
	CHECK("a_second_restart_refuses_vfs_again",
	    drv_reopen_needed(VFS, false));
	CHECK("a_second_restart_refuses_mfs_again",
	    drv_reopen_needed(MFS_A, false));
}

static void a_full_table_serves_everyone(void)
{
	int i;

	drv_reopen_start();
	for (i = 0; i < 16; i++)
		(void) drv_reopen_needed(1000 + i, true);
	CHECK("a_full_table_still_refuses_until_the_next_open",
	    drv_reopen_needed(VFS, false));
	CHECK("an_open_with_no_room_left_is_served",
	    !drv_reopen_needed(VFS, true));
	CHECK("with_no_room_the_rule_ends_for_everyone",
	    !drv_reopen_needed(MFS_B, false));
}

int main(void)
{
	before_a_restart_everyone_is_served();
	each_client_waits_for_its_own_open();
	a_second_restart_starts_over();
	a_full_table_serves_everyone();
	printf("%d passed, %d failed\n", passed, failed);
	return failed != 0;
}
