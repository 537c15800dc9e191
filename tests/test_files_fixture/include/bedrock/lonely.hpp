// A public header without a test file, for the CTest tests_follow_headers_rejects_a_header_without_tests.
