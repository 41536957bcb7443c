/*
 * cases.h - the list of MFS test cases, in the order they run.
 *
 * One X() line per case: the name printed, and t_NAME the function that
 * runs it.  The list makes both these prototypes and harness.c's table.
 */
#ifndef MFS_TEST_CASES_H
#define MFS_TEST_CASES_H

#define CASES(X)							\
	X(mount_mkfs_minix)						\
	X(format_1k)							\
	X(file_read_write)						\
	X(file_truncate)						\
	X(file_16mib_indirect)						\
	X(small_cache_eviction)						\
	X(cache_write_back)						\
	X(dir_1000_files)						\
	X(getdents_records)						\
	X(mkdir_rmdir)							\
	X(hard_links)							\
	X(rename_files)							\
	X(rename_dirs)							\
	X(symlinks)							\
	X(device_nodes)							\
	X(attributes)							\
	X(atime_marked_by_read)						\
	X(unlink_open_file)						\
	X(enospc_fill_free)						\
	X(enospc_rolls_back)						\
	X(enametoolong)							\
	X(errno_each)							\
	X(readonly_erofs)						\
	X(eio_bad_zone)							\
	X(block_sizes_2k_4k_8k)						\
	X(corrupt_zeroed_super)						\
	X(corrupt_magic)						\
	X(corrupt_truncated)						\
	X(short_device_used_to_its_end)					\
	X(corrupt_counts)						\
	X(corrupt_ext2)							\
	X(fsck_sees_damage)						\
	X(corrupt_random_bytes)						\
	X(mkfs_mfs_tree)						\
	X(mkfs_mfs_too_small)						\
	X(mkfs_mfs_bad_input)						\
	X(mkfs_mfs_perms)

#define DECLARE_CASE(name)	void t_##name(void);
CASES(DECLARE_CASE)

#endif
