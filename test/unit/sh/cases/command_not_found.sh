nonexistent_command_xyz
echo "status $?"
