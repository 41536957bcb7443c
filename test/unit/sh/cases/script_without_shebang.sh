echo 'echo "run as script: $1"' > s
chmod +x s
./s arg
