echo plain
echo -n no newline; echo
echo -n; echo x
echo -- dashes
echo ""
echo a "" b
