mkdir -p d1/sub d2 && touch d1/f1 d1/f2 d2/g file
echo */
echo d*/*
echo */sub
echo d1/f?
