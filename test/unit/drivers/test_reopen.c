/*
 * test_reopen.c - host tests of libdriver's rule after a restart
 * (lib/libdriver/reopen.c): each client is refused until it opens.
 */
#include <stdio.h>
#include "driver_impl.h"

static int passed, failed;

/* One case per check, named after its line: "ok main_42". */
#define CHECK(c) do { \
	if (c) { passed++; printf("ok %s_%d\n", __func__, __LINE__); } \
	else { failed++; printf("FAIL %s_%d: %s\n", __func__, __LINE__, #c); } \
} while (0)

#define VFS	5
#define MFS_A	300
#define MFS_B	301

static void before_a_restart_everyone_is_served(void)
{
	CHECK(!drv_reopen_needed(VFS, false));
	CHECK(!drv_reopen_needed(MFS_A, false));
}

static void each_client_waits_for_its_own_open(void)
{
	drv_reopen_start();
	CHECK(drv_reopen_needed(VFS, false));
	CHECK(drv_reopen_needed(MFS_A, false));
	CHECK(!drv_reopen_needed(VFS, true));	/* an open is served */
	CHECK(!drv_reopen_needed(VFS, false));	/* ... and then the rest */
	CHECK(drv_reopen_needed(MFS_A, false));	/* not another's */
	CHECK(!drv_reopen_needed(MFS_A, true));
	CHECK(!drv_reopen_needed(MFS_A, false));
	CHECK(drv_reopen_needed(MFS_B, false));
}

static void a_second_restart_starts_over(void)
{
	drv_reopen_start();
	CHECK(drv_reopen_needed(VFS, false));
	CHECK(drv_reopen_needed(MFS_A, false));
}

static void a_full_table_serves_everyone(void)
{
	int i;

	drv_reopen_start();
	for (i = 0; i < 16; i++)
		(void) drv_reopen_needed(1000 + i, true);
	CHECK(drv_reopen_needed(VFS, false));
	CHECK(!drv_reopen_needed(VFS, true));	/* no room: the rule ends */
	CHECK(!drv_reopen_needed(MFS_B, false));
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
