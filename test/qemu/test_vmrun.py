"""tools/vmrun's command mode, as other tests and people rely on it: it
types each command at the booted shell, prints the transcript, and
exits 0 when all went well, 1 naming the commands that failed, 2 when
one ran past --timeout or the system did not boot."""

from harness import vmrun


def test_all_commands_succeed_exit_0_with_the_transcript():
    status, out, err = vmrun('--timeout', '60', '--',
                             'echo first output', 'true', 'uname -s')
    assert status == 0, err
    assert 'first output\n' in out and 'Resurgo\n' in out, out
    assert out.index('first output') < out.index('Resurgo\n'), out


def test_a_failing_command_is_named_and_the_rest_still_run():
    status, out, err = vmrun('--timeout', '60', '--',
                             'true', 'sh -c "exit 3"', 'echo ran after')
    assert status == 1, (status, err)
    assert "command 'sh -c \"exit 3\"' exited with status 3" in err, err
    assert 'true' not in err, err
    assert 'ran after\n' in out, out


def test_a_command_past_the_timeout_is_reported_as_such():
    # The timeout covers the boot too: room for a slow, busy host.
    status, out, err = vmrun('--timeout', '40', '--', 'echo before',
                             'sleep 600', 'echo never', timeout=150)
    assert status == 2, (status, err)
    assert "command 'sleep 600' ran past the 40s timeout" in err, err
    assert 'never' not in out.replace('echo never', ''), out


def test_until_stops_at_the_first_match():
    status, out, err = vmrun('--timeout', '60', '--until',
                             r'services are up')
    assert status == 0, err
    assert 'services are up' in out, out


def test_bad_flag_and_missing_iso_exit_2():
    status, out, err = vmrun('--no-such-flag')
    assert status == 2 and 'usage' in err.lower(), (status, err)
    status, out, err = vmrun('--iso', '/nonexistent.iso', '--', 'true')
    assert status == 2 and '/nonexistent.iso does not exist' in err, err
