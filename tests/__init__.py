"""The test suite: one package, so its conftest is one module (`tests.conftest`) whether pytest
loads it or a test imports its helpers; two copies would each count the records they make from 1."""
