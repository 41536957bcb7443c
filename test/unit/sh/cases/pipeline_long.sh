seq 1 100 | grep 7 | sort -r | head -n 3 | tail -n 1 | wc -l | tr -d ' '
yes | head -n 3
