// A public header whose test file includes another header first.
