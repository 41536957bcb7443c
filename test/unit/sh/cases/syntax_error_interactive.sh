# ref: bash
printf 'echo one\nif then\necho two\nfi )\necho three\n' | $SH -i 2>/dev/null
echo "status $?"
