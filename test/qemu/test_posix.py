"""POSIX as a program sees it: each in-guest program of test/posix (in
/usr/tests/posix) runs on a fresh boot and reports its own cases, and
every case is a sub-result.

vmrun's status 1 only means the program exited non-zero, which its failed
cases already say; status 2 (boot failure, panic or timeout) is a failed
sub-result of its own.
"""

from harness import vmrun, guest_results


def run_posix(program, timeout, expect_at_least):
    """Boot, run /usr/tests/posix/PROGRAM, and turn its report into
    sub-results; timeout is vmrun's wait for the program."""
    status, out, err = vmrun('--timeout', str(timeout), '--',
                             '/usr/tests/posix/' + program,
                             timeout=timeout + 120)
    subs = guest_results(out, expect_at_least=expect_at_least)
    if status == 2:
        subs.append(('vm', False, 'vmrun status 2: %s' % err.strip()))
    return subs


def test_files_read_write_seek_truncate_and_flags():
    return run_posix('files', 300, 26)


def test_bigfile_16mib_reads_back_and_frees_its_space():
    return run_posix('bigfile', 900, 11)


def test_manyfiles_1000_in_a_directory_each_listed_once():
    return run_posix('manyfiles', 600, 10)


def test_dirs_mkdir_rmdir_chdir_getcwd():
    return run_posix('dirs', 300, 20)


def test_links_hard_links_rename_and_symlinks():
    return run_posix('links', 300, 18)


def test_pipes_carry_data_block_and_break():
    return run_posix('pipes', 300, 19)


def test_proc_fork_exec_wait_and_exit_statuses():
    return run_posix('proc', 300, 19)


def test_signals_caught_blocked_ignored_and_fatal():
    return run_posix('signals', 300, 25)


def test_errno_bad_calls_fail_with_the_right_error():
    return run_posix('errno', 600, 26)


def test_select_pipes_timeouts_signals_devices_and_errors():
    return run_posix('select', 300, 24)


def test_perms_groups_in_checks_and_chown_clearing_setid():
    return run_posix('perms', 300, 6)


def test_timers_real_virtual_and_prof_fire_and_repeat():
    return run_posix('timers', 300, 10)


def test_locks_fcntl_record_locks_wait_interrupt_and_deadlock():
    return run_posix('locks', 300, 12)


def test_libc_system_popen_exec_paths_users_limits_and_vectors():
    return run_posix('libc', 300, 14)


def test_math_libm_within_one_ulp_and_fenv_modes_and_flags():
    return run_posix('math', 300, 8)


def test_memory_mmap_mprotect_and_user_contexts():
    return run_posix('memory', 300, 13)


def test_sockets_every_call_and_its_errors_over_loopback():
    return run_posix('sockets', 400, 34)
