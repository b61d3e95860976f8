"""Checks shared by the tests: each returns a list of problems (empty = pass),
so the same code runs on the real site and on the broken fixtures."""
